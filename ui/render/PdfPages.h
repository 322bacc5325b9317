#pragma once

// The page engine under the printable outputs (ReportPdf, CaseSummaryPdf): an A4 portrait
// QPdfWriter written to memory, a painter measuring in points, a cursor running down the page,
// and the footer ("Page N of M") on every page. A document is laid out twice: the first pass
// counts the pages, the second draws them with the count known.

#include "core/Error.h"

#include <QBuffer>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

#include <functional>
#include <memory>
#include <string>

namespace waymark::render {

// The font family the PDFs ask for: DejaVu covers Latin, Greek, Cyrillic and more; Qt falls
// back per glyph for scripts it lacks, and the text stays real text (pdftotext extracts it).
inline const QString& pdfFontFamily()
{
    static const QString family = QStringLiteral("DejaVu Sans");
    return family;
}

class PdfPages
{
public:
    struct Footer
    {
        QString left;       // e.g. the report's title
        QString pageFormat; // "Page %1 of %2"
    };

    // `totalPages` 0 on the counting pass.
    PdfPages(const QString& documentTitle, Footer footer, int totalPages);
    ~PdfPages();
    PdfPages(const PdfPages&) = delete;
    PdfPages& operator=(const PdfPages&) = delete;

    bool ok() const { return m_ok; }
    QPainter& painter() { return m_painter; }
    // Points to device units.
    double pt(double points) const { return points * m_unitsPerPoint; }
    QFont font(double points, bool bold = false, bool italic = false) const;

    // The area between the margins and above the footer.
    const QRectF& body() const { return m_body; }
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    void advance(double dy) { m_y += dy; }
    double remaining() const { return m_body.bottom() - m_y; }
    // Starts a new page when fewer than `height` units remain (and the page is not fresh).
    void ensureRoom(double height);
    void newPage();
    int page() const { return m_page; }

    // Draws `text` wrapped across the body's width at the cursor and advances past it (breaking
    // onto a new page first when it does not fit).
    void paragraph(const QString& text, const QFont& font, const QColor& colour = Qt::black, double spaceAfter = 0);

    // Ends the document; the PDF's bytes (empty when the writer failed).
    std::string finish();

private:
    void drawFooter();

    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    Footer m_footer;
    int m_totalPages = 0;
    double m_unitsPerPoint = 1;
    QRectF m_body;
    double m_y = 0;
    int m_page = 1;
    bool m_ok = false;
    bool m_fresh = true;
};

// Lays out a document twice through `draw` (first counting pages, then drawing with "of M").
// The PDF's bytes, or an Io error when Qt could not write it.
Result<std::string> renderTwice(const QString& documentTitle, const PdfPages::Footer& footer,
                                const std::function<void(PdfPages&)>& draw);

} // namespace waymark::render
