#include "ui/render/CaseSummaryPdf.h"

#include "ui/render/PdfPages.h"

#include <algorithm>

#include <QStringList>

namespace waymark::render {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString date(const Date& d)
{
    return d.isNull() ? QStringLiteral("-") : qs(d.toDisplay());
}

QString signedNumber(int v)
{
    return v > 0 ? QStringLiteral("+%1").arg(v) : QString::number(v);
}

class SummaryLayout
{
public:
    SummaryLayout(const CaseSummary& s, const CaseSummaryPdfOptions& options)
        : m_s(s)
        , m_options(options)
        , m_l(options.labels)
    {}

    void draw(PdfPages& pages)
    {
        m_pages = &pages;
        pages.paragraph(m_l.title, pages.font(16, true), Qt::black, pages.pt(2));
        pages.paragraph(m_l.confidential.arg(qs(m_s.recipient)), pages.font(8.5, true), QColor(0x9A, 0x1B, 0x1B),
                        pages.pt(8));

        heading(m_l.person);
        QString dob = date(m_s.dateOfBirth);
        if (m_s.dateOfBirthEstimated)
            dob += QStringLiteral(" ") + m_l.estimated;
        QStringList flags;
        for (const auto& f : m_s.flags)
            flags << code(SummaryCode::Flag, f);
        fields({{m_l.name, qs(m_s.name)},
                {m_l.caseReference, qs(m_s.caseReference)},
                {m_l.dateOfBirth, dob},
                {m_l.age, m_s.age >= 0 ? QString::number(m_s.age) : QStringLiteral("-")},
                {m_l.flags, flags.isEmpty() ? m_l.none : flags.join(QStringLiteral(", "))}});

        heading(m_l.referral);
        if (m_s.referralReference.empty()) {
            note(m_l.noReferral);
        } else {
            fields({{m_l.reference, qs(m_s.referralReference)},
                    {m_l.state, code(SummaryCode::State, m_s.state)},
                    {m_l.route, code(SummaryCode::Route, m_s.route)},
                    {m_l.source, code(SummaryCode::Source, m_s.source)},
                    {m_l.offence, code(SummaryCode::OffenceCategory, m_s.offenceCategory)},
                    {m_l.offenceDate, date(m_s.offenceDate)},
                    {m_l.received, date(m_s.received)},
                    {m_l.decided, date(m_s.decisionDate)},
                    {m_l.firstContact, date(m_s.firstContact)},
                    {m_l.worker, m_s.worker.empty() ? m_l.unallocated : qs(m_s.worker)}});
        }

        heading(m_l.assessment);
        if (m_s.assessedOn.isNull()) {
            note(m_l.notAssessed);
        } else {
            note(m_s.previousAssessedOn.isNull()
                     ? m_l.assessedOn.arg(date(m_s.assessedOn))
                     : m_l.comparedWith.arg(date(m_s.assessedOn), date(m_s.previousAssessedOn)));
            std::vector<std::vector<QString>> rows;
            for (const auto& d : m_s.domains) {
                auto n = [](const std::optional<int>& v) { return v ? QString::number(*v) : QStringLiteral("-"); };
                rows.push_back({code(SummaryCode::Domain, d.domain, d.label), n(d.previous), n(d.current),
                                d.change ? signedNumber(*d.change) : QStringLiteral("-")});
            }
            table({m_l.domain, m_l.previous, m_l.current, m_l.change}, {0.55, 0.15, 0.15, 0.15}, rows, 1);
            if (m_s.totalChange)
                note(m_l.totalChange.arg(signedNumber(*m_s.totalChange)));
        }

        heading(m_l.interventions);
        if (m_s.interventions.empty()) {
            note(m_l.noInterventions);
        } else {
            std::vector<std::vector<QString>> rows;
            for (const auto& i : m_s.interventions)
                rows.push_back(
                    {code(SummaryCode::InterventionType, i.type), i.provider.empty() ? m_l.scheme : qs(i.provider),
                     code(SummaryCode::InterventionStatus, i.status) +
                         (i.outcome.empty() ? QString()
                                            : QStringLiteral(" (") + code(SummaryCode::InterventionOutcome, i.outcome) +
                                                  QStringLiteral(")")),
                     date(i.plannedStart) + QStringLiteral(" – ") + date(i.plannedEnd)});
            table({m_l.type, m_l.provider, m_l.status, m_l.dates}, {0.28, 0.28, 0.22, 0.22}, rows, 99);
        }

        heading(m_l.sessions);
        note(m_l.attendance.arg(m_s.sessionsAttended).arg(m_s.sessionsMissed).arg(m_s.sessionsOther));

        heading(m_l.tasks);
        if (m_s.openTasks.empty()) {
            note(m_l.noTasks);
        } else {
            for (const auto& t : m_s.openTasks)
                note(QStringLiteral("• ") + code(SummaryCode::TaskTitle, t.title) + QStringLiteral(" — ") +
                     (t.overdue ? m_l.overdue : m_l.due).arg(date(t.due)));
        }

        pages.advance(pages.pt(8));
        pages.paragraph(m_l.prepared.arg(qs(m_s.recipient), qs(m_s.preparedBy), qs(m_s.preparedAt)),
                        pages.font(8, false, true), QColor(0x44, 0x44, 0x44));
    }

private:
    QString code(SummaryCode kind, const std::string& c, const std::string& fallback = {}) const
    {
        if (m_options.translate && !c.empty()) {
            const QString t = m_options.translate(kind, c);
            if (!t.isEmpty())
                return t;
        }
        return qs(fallback.empty() ? c : fallback);
    }

    void heading(const QString& text)
    {
        m_pages->advance(m_pages->pt(6));
        m_pages->paragraph(text, m_pages->font(11, true), QColor(0x1F, 0x3A, 0x5F), m_pages->pt(1));
        QPainter& p = m_pages->painter();
        p.setPen(QPen(QColor(0x1F, 0x3A, 0x5F), m_pages->pt(0.6)));
        p.drawLine(QPointF(m_pages->body().left(), m_pages->y()), QPointF(m_pages->body().right(), m_pages->y()));
        m_pages->advance(m_pages->pt(3));
    }

    void note(const QString& text) { m_pages->paragraph(text, m_pages->font(9), Qt::black, m_pages->pt(1)); }

    // Label: value pairs, two to a line.
    void fields(const std::vector<std::pair<QString, QString>>& pairs)
    {
        PdfPages& pages = *m_pages;
        QPainter& p = pages.painter();
        const double half = pages.body().width() / 2;
        // As wide as the longest label needs (Welsh labels run longer), at least 88 pt and at
        // most half the column; a gap before the value.
        p.setFont(pages.font(8.5, true));
        double widest = 0;
        for (const auto& pair : pairs)
            widest = std::max(widest,
                              p.boundingRect(QRectF(0, 0, 1e7, 1e7), Qt::AlignLeft | Qt::AlignTop, pair.first).width());
        const double labelWidth = std::clamp(widest + pages.pt(8), pages.pt(88), half / 2);
        const double line = pages.pt(13);
        const double valueWidth = half - labelWidth - pages.pt(6);
        // A long value (a route's or an offence category's label) wraps onto more lines.
        p.setFont(pages.font(9));
        const double textLine =
            p.boundingRect(QRectF(0, 0, 1e7, 1e7), Qt::AlignLeft | Qt::AlignTop, QStringLiteral("X")).height();
        for (std::size_t i = 0; i < pairs.size(); i += 2) {
            double height = line;
            for (std::size_t j = i; j < std::min(i + 2, pairs.size()); ++j) {
                const double wrapped =
                    p.boundingRect(QRectF(0, 0, valueWidth, 1e7), Qt::AlignLeft | Qt::TextWordWrap, pairs[j].second)
                        .height();
                height = std::max(height, line + wrapped - textLine);
            }
            pages.ensureRoom(height);
            for (std::size_t j = i; j < std::min(i + 2, pairs.size()); ++j) {
                const double x = pages.body().left() + (j - i) * half;
                p.setFont(pages.font(8.5, true));
                p.setPen(QColor(0x44, 0x44, 0x44));
                p.drawText(QRectF(x, pages.y(), labelWidth, line), Qt::AlignLeft | Qt::AlignVCenter, pairs[j].first);
                p.setFont(pages.font(9));
                p.setPen(Qt::black);
                // The first line level with the label, the rest under it.
                const double top = pages.y() + (line - textLine) / 2;
                p.drawText(QRectF(x + labelWidth, top, valueWidth, height),
                           Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, pairs[j].second);
            }
            pages.advance(height);
        }
    }

    // A small table; columns from `firstNumeric` on are right-aligned. A cell longer than its
    // column wraps onto more lines and the row grows to hold it (a Welsh status with its
    // outcome is longer than the English), never cut off at the next column.
    void table(const QStringList& headings, const std::vector<double>& shares,
               const std::vector<std::vector<QString>>& rows, int firstNumeric)
    {
        PdfPages& pages = *m_pages;
        QPainter& p = pages.painter();
        const double width = pages.body().width();
        const double line = pages.pt(12);
        const double pad = pages.pt(3);
        auto drawRow = [&](const QStringList& cells, bool header) {
            p.setFont(pages.font(8.5, header));
            p.setPen(Qt::black);
            const auto flags = [&](int c) {
                return Qt::AlignVCenter | Qt::TextWordWrap | (c >= firstNumeric ? Qt::AlignRight : Qt::AlignLeft);
            };
            double height = line;
            for (int c = 0; c < cells.size(); ++c) {
                const double w = width * shares[static_cast<std::size_t>(c)] - 2 * pad;
                height =
                    std::max(height, p.boundingRect(QRectF(0, 0, w, 1e6), flags(c), cells[c]).height() + pages.pt(3));
            }
            pages.ensureRoom(height);
            if (header)
                p.fillRect(QRectF(pages.body().left(), pages.y(), width, height), QColor(0xE3, 0xE8, 0xEF));
            double x = pages.body().left();
            for (int c = 0; c < cells.size(); ++c) {
                const double w = width * shares[static_cast<std::size_t>(c)];
                p.drawText(QRectF(x + pad, pages.y(), w - 2 * pad, height), flags(c), cells[c]);
                x += w;
            }
            pages.advance(height);
        };
        drawRow(headings, true);
        for (const auto& row : rows)
            drawRow(QStringList(row.begin(), row.end()), false);
        pages.advance(pages.pt(2));
    }

    const CaseSummary& m_s;
    const CaseSummaryPdfOptions& m_options;
    const CaseSummaryLabels& m_l;
    PdfPages* m_pages = nullptr;
};

} // namespace

Result<std::string> renderCaseSummaryPdf(const CaseSummary& summary, const CaseSummaryPdfOptions& options)
{
    SummaryLayout layout(summary, options);
    const QString title = options.labels.title + QStringLiteral(" — ") + QString::fromStdString(summary.caseReference);
    return renderTwice(title, PdfPages::Footer{title, options.labels.page},
                       [&](PdfPages& pages) { layout.draw(pages); });
}

} // namespace waymark::render
