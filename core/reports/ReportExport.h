#pragma once

// Writing a report out: CSV (UTF-8, RFC 4180 quoting through core/io/Csv quoteField, CRLF line
// ends, an optional byte-order mark so Excel reads UTF-8) and a plain-text table for a
// terminal. A suppressed cell is written as kSuppressedMarker.

#include "core/reports/Report.h"

#include <string>
#include <string_view>
#include <vector>

namespace waymark {

inline constexpr std::string_view kSuppressedMarker = "*";

// A cell as text: counts and minutes as whole numbers, percentages with one decimal, ratios
// with two, days with one; "" for not applicable; the marker when suppressed and `honour`.
std::string formatCell(const ReportColumn& column, const ReportCell& cell, bool honourSuppression);
// One row's cells as the CSV and the terminal table print them (suppression honoured when the
// report was prepared for export); a totals row's first text cell reads `totalLabel` when empty.
std::vector<std::string> formatRow(const Report& report, const ReportTable& table, const ReportRow& row, bool totals,
                                   std::string_view totalLabel = "Total");

struct CsvOptions
{
    bool byteOrderMark = false;   // U+FEFF first, for Excel
    std::string lineEnd = "\r\n"; // RFC 4180; "\n" for a terminal, which must not get a CR
};

// One table: a header line of column keys, its rows, then its totals row (first cell "Total"
// when the first column is text). Suppressed cells (when the report is suppressed) are "*".
std::string tableToCsv(const Report& report, const ReportTable& table, const CsvOptions& options = {});
// The whole report: a block per table, each a line with the table's name, its CSV (as above)
// and a blank line. Rows of different tables have different widths; use tableToCsv for one
// rectangular table.
std::string reportToCsv(const Report& report, const CsvOptions& options = {});
// A terminal table per report table, with the title, definition and parameters on top.
std::string reportToText(const Report& report);

} // namespace waymark
