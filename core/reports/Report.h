#pragma once

// What a report returns (docs/measures.md): its title, the short definition shown under the
// title, the parameters it ran with, when it ran, and one or more tables of columns, rows and
// totals. Plain data: the Reports desk (core/reports/Reports.h) fills it, the CLI and the UI
// show it, and the exports (ReportExport.h) write it out with small numbers suppressed.

#include "core/calendar/Date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace waymark {

// What a column holds; decides formatting and whether small-number suppression applies.
enum class ColumnKind
{
    Text,    // a label or code
    Count,   // people or referrals: suppressed below the threshold in exports
    Number,  // a whole number that counts no one (minutes, sessions, a limit): never suppressed
    Days,    // working days (a median or mean): suppressed with the count it is taken over
    Percent, // 0..100, one decimal: suppressed with its numerator or denominator
    Ratio,   // a disparity ratio, two decimals: suppressed with the counts it is made of
    Rate,    // per 100, one decimal: suppressed with the counts it is made of
    Mean,    // a mean over the counted cases (a score change), one decimal: suppressed with that count
};

struct ReportColumn
{
    std::string key;   // machine name: CSV header, JSON member ("referred", "pct_within")
    std::string title; // English heading for the table view ("Referred")
    ColumnKind kind = ColumnKind::Count;
    // Columns (indexes in the same table) this value is computed from: a derived cell is
    // suppressed when any cell it depends on (in the same row) is suppressed.
    std::vector<int> dependsOn;
    // Rows of one section add up to the section's total in this column (counts of
    // non-overlapping groups): complementary suppression applies (see suppressSmallNumbers).
    bool additive = false;
};

struct ReportCell
{
    std::string text;             // Text columns
    std::optional<double> number; // other columns; nullopt = not applicable ("-")
    bool suppressed = false;      // replaced by the suppression marker in an export
    bool operator==(const ReportCell&) const = default;
};

struct ReportRow
{
    std::string section; // rows of one section are groups of one whole (e.g. "ethnicity")
    std::vector<ReportCell> cells;
};

struct ReportTable
{
    std::string name;  // "funnel", "not_offered", "bands", ...
    std::string title; // English
    std::vector<ReportColumn> columns;
    std::vector<ReportRow> rows;
    std::optional<ReportRow> totals; // the whole of which each section's rows are parts

    int column(std::string_view key) const; // index, or -1
    // The number in `row` at column `key` (nullopt when absent or not applicable).
    std::optional<double> value(const ReportRow& row, std::string_view key) const;
    // The first row of `section` whose first cell's text is `group`; nullptr when none.
    const ReportRow* find(std::string_view section, std::string_view group) const;
};

// Filters every report takes (empty = any). Values are codes as stored, except worker (a user
// name or user id) and provider (a provider's name or id).
struct ReportFilters
{
    std::string worker;
    std::string source; // referralSourceCodes()
    std::string route;  // referralRouteCodes()
    std::string provider;
    std::string ageBand; // reportAgeBands(): "10_14", "15_17", ...
    bool any() const
    {
        return !worker.empty() || !source.empty() || !route.empty() || !provider.empty() || !ageBand.empty();
    }
};

struct ReportParams
{
    Date from; // inclusive
    Date to;   // inclusive
    ReportFilters filters;
};

struct Report
{
    std::string name;       // "funnel"
    std::string title;      // "Diversion funnel"
    std::string definition; // the short definition shown under the title
    ReportParams params;
    std::string generatedAt; // UTC "YYYY-MM-DDTHH:MM:SSZ"
    std::vector<ReportTable> tables;
    // Export state: set by suppressSmallNumbers().
    bool suppressed = false;
    int threshold = 0;

    const ReportTable* table(std::string_view name) const;
};

// The report age bands: age in whole years on the referral's received date.
// "under_10", "10_14", "15_17", "18_25", "over_25", "unknown" (no date of birth).
std::vector<std::pair<std::string, std::string>> reportAgeBands(); // key, English label
std::string reportAgeBand(Date dateOfBirth, Date on);

// Small-number suppression for output that leaves the scheme (docs/measures.md,
// "Small numbers"). For every table:
//  1. primary: a Count cell from 1 to threshold-1 is suppressed (0 is shown: it picks out nobody);
//  2. complementary: in an additive column, when a section's rows (or the totals row's
//     sections) would leave exactly one suppressed cell recoverable from the total, the smallest
//     non-zero unsuppressed cell of that section and column is suppressed too; repeated until no
//     section has exactly one;
//  3. derived: a Percent, Ratio or Days cell is suppressed when a cell it depends on is.
// Values stay in the cells (callers writing an export print the marker instead); the screen
// shows the report unsuppressed. threshold <= 1 suppresses nothing.
void suppressSmallNumbers(Report& report, int threshold);

} // namespace waymark
