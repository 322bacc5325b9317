#include "ui/render/ReportPdf.h"

#include "core/reports/ReportExport.h"
#include "ui/render/PdfPages.h"

#include <QFontMetricsF>
#include <QStringList>

#include <algorithm>
#include <tuple>

namespace waymark::render {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

const QColor kRule(0x88, 0x88, 0x88);
const QColor kStripe(0xF2, 0xF4, 0xF7);
const QColor kHeaderFill(0xE3, 0xE8, 0xEF);
const QColor kMuted(0x44, 0x44, 0x44);

// Text widths as the painter will draw them (the painter's own measure on the PDF device).
class Measure
{
public:
    Measure(QPainter& painter, const QFont& font)
        : m_painter(painter)
        , m_font(font)
    {}
    double width(const QString& text) const
    {
        m_painter.setFont(m_font);
        return m_painter.boundingRect(QRectF(0, 0, 1e7, 1e7), Qt::AlignLeft | Qt::AlignTop, text).width();
    }

private:
    QPainter& m_painter;
    QFont m_font;
};

// `text` cut with an ellipsis to fit `width` (measured as the painter draws it).
QString elided(const Measure& measure, const QString& text, double width)
{
    if (measure.width(text) <= width)
        return text;
    QString cut = text;
    while (!cut.isEmpty() && measure.width(cut + QChar(0x2026)) > width)
        cut.chop(1);
    return cut + QChar(0x2026);
}

class ReportLayout
{
public:
    ReportLayout(const Report& report, const ReportPdfOptions& options)
        : m_report(report)
        , m_options(options)
        , m_labels(options.labels)
    {}

    void draw(PdfPages& pages)
    {
        header(pages);
        for (const auto& chart : m_options.charts) {
            if (!chart)
                continue;
            const double h = pages.pt(m_options.chartHeight);
            pages.ensureRoom(h);
            const QRectF rect(pages.body().left(), pages.y(), pages.body().width(), h);
            pages.painter().save();
            chart(pages.painter(), rect);
            pages.painter().restore();
            pages.advance(h + pages.pt(10));
        }
        for (const auto& table : m_report.tables)
            drawTable(pages, table);
    }

private:
    QString tr(ReportWord kind, const std::string& key, const std::string& english) const
    {
        if (m_options.words) {
            QString t = m_options.words(kind, key, english);
            if (!t.isEmpty())
                return t;
        }
        return qs(english);
    }

    void header(PdfPages& pages)
    {
        pages.paragraph(tr(ReportWord::Title, m_report.name, m_report.title), pages.font(17, true), Qt::black,
                        pages.pt(4));
        pages.paragraph(tr(ReportWord::Definition, m_report.name, m_report.definition), pages.font(9.5, false, true),
                        kMuted, pages.pt(8));
        const auto& p = m_report.params;
        pages.paragraph(m_labels.period.arg(qs(p.from.toIso()), qs(p.to.toIso())), pages.font(9), Qt::black,
                        pages.pt(1));
        QStringList filters;
        const auto& f = p.filters;
        for (const auto& [key, label, value] : {std::tuple{"worker", &m_labels.worker, &f.worker},
                                                {"source", &m_labels.source, &f.source},
                                                {"route", &m_labels.route, &f.route},
                                                {"provider", &m_labels.provider, &f.provider},
                                                {"age_band", &m_labels.ageBand, &f.ageBand}})
            if (!value->empty())
                filters << *label + QStringLiteral(" ") + tr(ReportWord::FilterValue, key, *value);
        pages.paragraph(filters.isEmpty() ? m_labels.noFilters
                                          : m_labels.filters.arg(filters.join(QStringLiteral("; "))),
                        pages.font(9), Qt::black, pages.pt(1));
        pages.paragraph(m_labels.generated.arg(qs(m_report.generatedAt)), pages.font(9), Qt::black, pages.pt(1));
        if (m_report.suppressed)
            pages.paragraph(m_labels.suppressed.arg(qs(kSuppressedMarker)).arg(m_report.threshold - 1),
                            pages.font(8.5, false, true), kMuted, 0);
        pages.advance(pages.pt(6));
        QPainter& p2 = pages.painter();
        p2.setPen(QPen(kRule, pages.pt(0.75)));
        p2.drawLine(QPointF(pages.body().left(), pages.y()), QPointF(pages.body().right(), pages.y()));
        pages.advance(pages.pt(10));
    }

    struct Sized
    {
        double fontPoints = 8.5;
        std::vector<double> widths; // device units
        double headerHeight = 0;
        double rowHeight = 0;
    };

    // Column widths: each the widest of its cells and the longest word of its heading (headings
    // wrap); when the table is wider than the page the font steps down, then the columns shrink
    // in proportion (cells elide).
    Sized size(PdfPages& pages, const ReportTable& table, const std::vector<std::vector<QString>>& lines,
               const std::vector<QString>& headings)
    {
        Sized s;
        const double pad = pages.pt(4);
        const double available = pages.body().width();
        for (double points : {8.5, 8.0, 7.5, 7.0, 6.5}) {
            s.fontPoints = points;
            const Measure body(pages.painter(), pages.font(points));
            const Measure bold(pages.painter(), pages.font(points, true));
            s.widths.assign(table.columns.size(), 0);
            for (std::size_t c = 0; c < table.columns.size(); ++c) {
                double w = 0;
                for (const auto& word : headings[c].split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    w = std::max(w, bold.width(word));
                for (std::size_t r = 0; r < lines.size(); ++r)
                    w = std::max(w, (r + 1 == lines.size() && table.totals ? bold : body).width(lines[r][c]));
                s.widths[c] = w + 2 * pad;
            }
            double sum = 0;
            for (double w : s.widths)
                sum += w;
            if (sum <= available || points == 6.5) {
                if (sum > available) {
                    // Numbers keep their width; the text columns (labels) share what is left and
                    // elide.
                    double numbers = 0;
                    double text = 0;
                    for (std::size_t c = 0; c < s.widths.size(); ++c)
                        (table.columns[c].kind == ColumnKind::Text ? text : numbers) += s.widths[c];
                    const double room = std::max(available - numbers, available * 0.25);
                    if (text <= 0) {
                        for (double& w : s.widths)
                            w *= available / sum;
                    } else {
                        // The widest text columns give way first (a code column stays whole
                        // while a long label beside it elides): every text column is capped at
                        // the width that makes them fit together.
                        std::vector<double> texts;
                        for (std::size_t c = 0; c < s.widths.size(); ++c)
                            if (table.columns[c].kind == ColumnKind::Text)
                                texts.push_back(s.widths[c]);
                        std::sort(texts.begin(), texts.end());
                        double cap = room / double(texts.size());
                        double used = 0;
                        for (std::size_t i = 0; i < texts.size(); ++i) {
                            const double share = (room - used) / double(texts.size() - i);
                            if (texts[i] > share) {
                                cap = share;
                                break;
                            }
                            used += texts[i];
                            cap = texts[i];
                        }
                        for (std::size_t c = 0; c < s.widths.size(); ++c)
                            if (table.columns[c].kind == ColumnKind::Text)
                                s.widths[c] = std::min(s.widths[c], cap);
                    }
                } else {
                    // Headings on one line where the page has room for them all the way.
                    double spare = available - sum;
                    for (std::size_t c = 0; c < s.widths.size(); ++c) {
                        const double grow = bold.width(headings[c]) + 2 * pad - s.widths[c];
                        if (grow > 0 && grow <= spare) {
                            s.widths[c] += grow;
                            spare -= grow;
                        }
                    }
                    // The label column takes up to a third of what is left, so the table breathes.
                    if (!s.widths.empty() && table.columns.front().kind == ColumnKind::Text)
                        s.widths.front() += std::min(spare / 3, pages.pt(80));
                }
                break;
            }
        }
        const QFontMetricsF body(pages.font(s.fontPoints), pages.painter().device());
        s.rowHeight = body.height() + pages.pt(4);
        pages.painter().setFont(pages.font(s.fontPoints, true));
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const QRectF b = pages.painter().boundingRect(QRectF(0, 0, s.widths[c] - 2 * pad, 1e9),
                                                          Qt::TextWordWrap | Qt::AlignLeft, headings[c]);
            s.headerHeight = std::max(s.headerHeight, b.height() + pages.pt(5));
        }
        return s;
    }

    void drawHeaderRow(PdfPages& pages, const ReportTable& table, const Sized& s, const std::vector<QString>& headings)
    {
        QPainter& p = pages.painter();
        const double left = pages.body().left();
        double total = 0;
        for (double w : s.widths)
            total += w;
        p.fillRect(QRectF(left, pages.y(), total, s.headerHeight), kHeaderFill);
        p.setFont(pages.font(s.fontPoints, true));
        p.setPen(Qt::black);
        double x = left;
        const double pad = pages.pt(4);
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const bool right = table.columns[c].kind != ColumnKind::Text;
            p.drawText(QRectF(x + pad, pages.y(), s.widths[c] - 2 * pad, s.headerHeight),
                       Qt::TextWordWrap | Qt::AlignVCenter | (right ? Qt::AlignRight : Qt::AlignLeft), headings[c]);
            x += s.widths[c];
        }
        pages.advance(s.headerHeight);
    }

    void drawTable(PdfPages& pages, const ReportTable& full)
    {
        // ReportPdfOptions::labelsOnly: the code column folded into its label column.
        const bool codeAndLabel = m_options.labelsOnly && full.columns.size() > 1 && full.columns[1].key == "label";
        ReportTable table = full;
        if (codeAndLabel) {
            table.columns.erase(table.columns.begin());
            table.columns.front().title = full.columns.front().title;
            table.columns.front().key = full.columns.front().key;
        }
        std::vector<QString> headings;
        for (const auto& c : table.columns)
            headings.push_back(tr(ReportWord::Column, c.key, c.title));
        std::vector<std::vector<QString>> lines;
        std::vector<const ReportRow*> rows;
        const auto words = [&](const ReportRow& row, std::vector<std::string> fields) {
            std::vector<QString> line;
            for (std::size_t c = codeAndLabel ? 1 : 0; c < fields.size(); ++c) {
                const bool text = c < full.columns.size() && full.columns[c].kind == ColumnKind::Text;
                if (!text)
                    line.push_back(qs(fields[c]));
                else if (full.columns[c].key == "label" && !row.cells.empty())
                    line.push_back(tr(ReportWord::GroupLabel, row.section + "/" + row.cells.front().text, fields[c]));
                else
                    line.push_back(tr(ReportWord::Cell, fields[c], fields[c]));
            }
            return line;
        };
        for (const auto& row : table.rows) {
            rows.push_back(&row);
            lines.push_back(words(row, formatRow(m_report, full, row, false)));
        }
        if (table.totals) {
            rows.push_back(&*table.totals);
            lines.push_back(
                words(*table.totals, formatRow(m_report, full, *table.totals, true, m_labels.total.toStdString())));
        }
        const Sized s = size(pages, table, lines, headings);
        const QFont titleFont = pages.font(11.5, true);
        const double titleHeight = QFontMetricsF(titleFont, pages.painter().device()).height() + pages.pt(4);
        // The title, the header and at least two rows (or the whole of a short table) together.
        const double keep = titleHeight + s.headerHeight + s.rowHeight * double(std::min<std::size_t>(lines.size(), 2));
        pages.ensureRoom(keep);
        const QString title = tr(ReportWord::TableTitle, table.name, table.title);
        auto drawTitle = [&](const QString& text) {
            QPainter& p = pages.painter();
            p.setFont(titleFont);
            p.setPen(Qt::black);
            p.drawText(QRectF(pages.body().left(), pages.y(), pages.body().width(), titleHeight),
                       Qt::AlignLeft | Qt::AlignTop, text);
            pages.advance(titleHeight);
        };
        drawTitle(title);
        drawHeaderRow(pages, table, s, headings);
        if (lines.empty())
            pages.paragraph(m_labels.noRows, pages.font(s.fontPoints, false, true), kMuted);
        double total = 0;
        for (double w : s.widths)
            total += w;
        const double pad = pages.pt(4);
        const double left = pages.body().left();
        for (std::size_t r = 0; r < lines.size(); ++r) {
            const bool isTotal = table.totals && r + 1 == lines.size();
            if (pages.remaining() < s.rowHeight) {
                pages.newPage();
                drawTitle(m_labels.continued.arg(title));
                drawHeaderRow(pages, table, s, headings);
            }
            QPainter& p = pages.painter();
            const double y = pages.y();
            if (!isTotal && r % 2 == 1)
                p.fillRect(QRectF(left, y, total, s.rowHeight), kStripe);
            // A rule between sections (groups of one whole) and above the totals.
            const bool newSection = r > 0 && !isTotal && rows[r]->section != rows[r - 1]->section;
            if (newSection || isTotal) {
                p.setPen(QPen(isTotal ? Qt::black : kRule, pages.pt(isTotal ? 0.75 : 0.5)));
                p.drawLine(QPointF(left, y), QPointF(left + total, y));
            }
            p.setFont(pages.font(s.fontPoints, isTotal));
            p.setPen(Qt::black);
            double x = left;
            for (std::size_t c = 0; c < table.columns.size(); ++c) {
                const bool right = table.columns[c].kind != ColumnKind::Text;
                const double w = s.widths[c] - 2 * pad;
                const QString text = elided(Measure(p, p.font()), lines[r][c], w);
                p.drawText(QRectF(x + pad, y, w, s.rowHeight),
                           Qt::AlignVCenter | (right ? Qt::AlignRight : Qt::AlignLeft), text);
                x += s.widths[c];
            }
            pages.advance(s.rowHeight);
        }
        rule(pages, total);
        pages.advance(pages.pt(14));
    }

    static void rule(PdfPages& pages, double width)
    {
        QPainter& p = pages.painter();
        p.setPen(QPen(kRule, pages.pt(0.5)));
        p.drawLine(QPointF(pages.body().left(), pages.y()), QPointF(pages.body().left() + width, pages.y()));
    }

    const Report& m_report;
    const ReportPdfOptions& m_options;
    const ReportPdfLabels& m_labels;
};

} // namespace

Result<std::string> renderReportPdf(const Report& report, const ReportPdfOptions& options)
{
    ReportLayout layout(report, options);
    QString title = qs(report.title);
    if (options.words) {
        const QString t = options.words(ReportWord::Title, report.name, report.title);
        if (!t.isEmpty())
            title = t;
    }
    return renderTwice(title, PdfPages::Footer{title, options.labels.page},
                       [&](PdfPages& pages) { layout.draw(pages); });
}

} // namespace waymark::render
