#include "ui/render/PdfPages.h"

#include <QPageLayout>
#include <QPageSize>

namespace waymark::render {

namespace {
constexpr int kResolution = 1200; // device units per inch
constexpr double kMargin = 42;    // points (about 15 mm)
constexpr double kFooter = 24;    // points kept for the footer
} // namespace

PdfPages::PdfPages(const QString& documentTitle, Footer footer, int totalPages)
    : m_footer(std::move(footer))
    , m_totalPages(totalPages)
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    m_writer->setResolution(kResolution);
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    m_writer->setTitle(documentTitle);
    m_writer->setCreator(QStringLiteral("Waymark"));
    m_unitsPerPoint = kResolution / 72.0;
    if (!m_painter.begin(m_writer.get()))
        return;
    m_ok = true;
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
    const QSizeF page(m_writer->width(), m_writer->height());
    m_body =
        QRectF(pt(kMargin), pt(kMargin), page.width() - 2 * pt(kMargin), page.height() - 2 * pt(kMargin) - pt(kFooter));
    m_y = m_body.top();
}

PdfPages::~PdfPages()
{
    if (m_painter.isActive())
        m_painter.end();
}

QFont PdfPages::font(double points, bool bold, bool italic) const
{
    QFont f(pdfFontFamily());
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    f.setStyleHint(QFont::SansSerif);
    // No ligatures ("ff" as one glyph reads back as U+FB00 and breaks copy and search): shaping
    // only where a script needs it.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void PdfPages::ensureRoom(double height)
{
    if (!m_fresh && remaining() < height)
        newPage();
    m_fresh = false;
}

void PdfPages::newPage()
{
    drawFooter();
    m_writer->newPage();
    ++m_page;
    m_y = m_body.top();
    m_fresh = true;
}

void PdfPages::paragraph(const QString& text, const QFont& font, const QColor& colour, double spaceAfter)
{
    if (text.isEmpty())
        return;
    m_painter.setFont(font);
    const QRectF bounds = m_painter.boundingRect(QRectF(m_body.left(), 0, m_body.width(), 1e9),
                                                 Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    ensureRoom(bounds.height());
    m_painter.setPen(colour);
    m_painter.drawText(QRectF(m_body.left(), m_y, m_body.width(), bounds.height()),
                       Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    m_y += bounds.height() + spaceAfter;
}

void PdfPages::drawFooter()
{
    const double top = m_body.bottom() + pt(kFooter) - pt(10);
    m_painter.save();
    m_painter.setPen(QPen(QColor(0x99, 0x99, 0x99), pt(0.5)));
    m_painter.drawLine(QPointF(m_body.left(), top - pt(4)), QPointF(m_body.right(), top - pt(4)));
    m_painter.setFont(font(7.5));
    m_painter.setPen(QColor(0x44, 0x44, 0x44));
    const QRectF line(m_body.left(), top, m_body.width(), pt(12));
    m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                       m_painter.fontMetrics().elidedText(m_footer.left, Qt::ElideRight, int(m_body.width() * 0.7)));
    const QString total = m_totalPages > 0 ? QString::number(m_totalPages) : QStringLiteral("?");
    m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, m_footer.pageFormat.arg(m_page).arg(total));
    m_painter.restore();
}

std::string PdfPages::finish()
{
    if (!m_painter.isActive())
        return {};
    drawFooter();
    if (!m_painter.end())
        return {};
    m_writer.reset(); // flushes the PDF's trailer into the buffer
    const QByteArray& bytes = m_buffer.data();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

Result<std::string> renderTwice(const QString& documentTitle, const PdfPages::Footer& footer,
                                const std::function<void(PdfPages&)>& draw)
{
    int pages = 0;
    {
        PdfPages counting(documentTitle, footer, 0);
        if (!counting.ok())
            return fail(ErrorCode::Io, "the PDF could not be started");
        draw(counting);
        pages = counting.page();
        counting.finish();
    }
    PdfPages pdf(documentTitle, footer, pages);
    if (!pdf.ok())
        return fail(ErrorCode::Io, "the PDF could not be started");
    draw(pdf);
    std::string bytes = pdf.finish();
    if (bytes.empty())
        return fail(ErrorCode::Io, "the PDF could not be written");
    return bytes;
}

} // namespace waymark::render
