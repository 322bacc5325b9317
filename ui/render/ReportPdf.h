#pragma once

// A report (core/reports/Report.h) as a printable A4 PDF: the title, the short definition under
// it, the parameters, when it was generated, the charts, then every table with its columns
// (cells formatted exactly as the CSV and the terminal table print them), its totals row and,
// when the report was prepared for export, the suppression marker in hidden cells. A table
// running over a page carries on with its header repeated; every page says "Page N of M".
// The caller writes the bytes (writeFileAtomically), so no half-written PDF is ever left.

#include "core/Error.h"
#include "core/reports/Report.h"

#include <QString>

#include <functional>
#include <string>
#include <vector>

class QPainter;
class QRectF;

namespace waymark::render {

// Draws one chart into the given rectangle (device units of the PDF's painter).
using ChartPainter = std::function<void(QPainter&, const QRectF&)>;

// The fixed words of the PDF. English defaults (the CLI); the GUI passes tr() strings.
struct ReportPdfLabels
{
    QString period = QStringLiteral("From %1 to %2");
    QString filters = QStringLiteral("Filters: %1");
    QString noFilters = QStringLiteral("No filters");
    QString worker = QStringLiteral("worker");
    QString source = QStringLiteral("source");
    QString route = QStringLiteral("route");
    QString provider = QStringLiteral("provider");
    QString ageBand = QStringLiteral("age band");
    QString generated = QStringLiteral("Generated %1");
    QString total = QStringLiteral("Total");
    QString continued = QStringLiteral("%1 (continued)");
    QString page = QStringLiteral("Page %1 of %2");
    // %1 the marker, %2 the threshold.
    QString suppressed = QStringLiteral("%1 marks a count from 1 to %2 (or a figure made from one), hidden so "
                                        "that no young person can be picked out.");
    QString noRows = QStringLiteral("No rows.");
};

// What core writes in English that a reader sees in the PDF, for ReportPdfOptions::words.
enum class ReportWord
{
    Title,      // key: the report's name ("funnel")
    Definition, // key: the report's name
    TableTitle, // key: the table's name ("not_offered")
    Column,     // key: the column's key ("referred")
    Cell,       // key: the text of a text cell ("pending", a section label)
    GroupLabel, // a "label" column's cell; key: "<row section>/<code in the row's first cell>"
    // A filter's value in the parameters line; key: the filter ("worker", "source", "route",
    // "provider", "age_band"), english: the value as the report was run with it (a code, a user
    // name, a provider's name or id).
    FilterValue,
};

struct ReportPdfOptions
{
    ReportPdfLabels labels;
    std::vector<ChartPainter> charts; // drawn after the parameters, one under another
    double chartHeight = 220;         // points
    // A code column beside its label column ("group" + "label", "reason" + "label") prints as
    // the label alone under the code column's heading, as the Reports page shows it (the GUI);
    // false prints both, as the CSV and the terminal table do (the CLI).
    bool labelsOnly = false;
    // Turns what core wrote in English, and the codes of the filters, into the reader's words
    // (the GUI passes the Reports page's own words, ui/reports/ReportTableModel.h ReportWords;
    // the CLI the English labels of core's code tables, ui/render/EnglishLabels.h); an empty
    // answer (or no function) prints it as it is.
    std::function<QString(ReportWord kind, const std::string& key, const std::string& english)> words;
};

// The PDF's bytes; an Io error when Qt could not write it.
Result<std::string> renderReportPdf(const Report& report, const ReportPdfOptions& options = {});

} // namespace waymark::render
