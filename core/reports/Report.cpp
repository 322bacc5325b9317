#include "core/reports/Report.h"

#include "core/calendar/Age.h"

#include <algorithm>
#include <map>

namespace waymark {

int ReportTable::column(std::string_view key) const
{
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].key == key)
            return static_cast<int>(i);
    return -1;
}

std::optional<double> ReportTable::value(const ReportRow& row, std::string_view key) const
{
    const int c = column(key);
    if (c < 0 || static_cast<std::size_t>(c) >= row.cells.size())
        return std::nullopt;
    return row.cells[static_cast<std::size_t>(c)].number;
}

const ReportRow* ReportTable::find(std::string_view section, std::string_view group) const
{
    for (const auto& row : rows)
        if (row.section == section && !row.cells.empty() && row.cells.front().text == group)
            return &row;
    return nullptr;
}

const ReportTable* Report::table(std::string_view tableName) const
{
    for (const auto& t : tables)
        if (t.name == tableName)
            return &t;
    return nullptr;
}

std::vector<std::pair<std::string, std::string>> reportAgeBands()
{
    return {{"under_10", "Under 10"}, {"10_14", "10–14"},     {"15_17", "15–17"},
            {"18_25", "18–25"},       {"over_25", "Over 25"}, {"unknown", "Not known"}};
}

std::string reportAgeBand(Date dateOfBirth, Date on)
{
    if (dateOfBirth.isNull() || on.isNull() || on < dateOfBirth)
        return "unknown";
    const int age = ageOn(dateOfBirth, on);
    if (age < 10)
        return "under_10";
    if (age <= 14)
        return "10_14";
    if (age <= 17)
        return "15_17";
    if (age <= 25)
        return "18_25";
    return "over_25";
}

namespace {

bool isSmall(const ReportCell& cell, int threshold)
{
    return cell.number && *cell.number >= 1 && *cell.number < threshold;
}

void suppressTable(ReportTable& table, int threshold)
{
    const std::size_t width = table.columns.size();
    auto allRows = [&](auto&& fn) {
        for (auto& row : table.rows)
            fn(row);
        if (table.totals)
            fn(*table.totals);
    };
    // 1. Primary.
    for (std::size_t c = 0; c < width; ++c) {
        if (table.columns[c].kind != ColumnKind::Count)
            continue;
        allRows([&](ReportRow& row) {
            if (c < row.cells.size() && isSmall(row.cells[c], threshold))
                row.cells[c].suppressed = true;
        });
    }
    // 2. Complementary, per additive column and section, against the totals row.
    for (std::size_t c = 0; c < width; ++c) {
        if (!table.columns[c].additive || table.columns[c].kind != ColumnKind::Count)
            continue;
        const bool totalHidden = table.totals && c < table.totals->cells.size() && table.totals->cells[c].suppressed;
        if (totalHidden) {
            // A small whole: every part of it is small too.
            for (auto& row : table.rows)
                if (c < row.cells.size() && row.cells[c].number && *row.cells[c].number != 0)
                    row.cells[c].suppressed = true;
            continue;
        }
        if (!table.totals)
            continue;
        std::map<std::string, std::vector<ReportRow*>> sections;
        for (auto& row : table.rows)
            if (c < row.cells.size())
                sections[row.section].push_back(&row);
        for (auto& [name, rows] : sections) {
            const auto hidden =
                std::count_if(rows.begin(), rows.end(), [&](ReportRow* r) { return r->cells[c].suppressed; });
            if (hidden != 1)
                continue;
            ReportRow* smallest = nullptr;
            for (ReportRow* r : rows) {
                const ReportCell& cell = r->cells[c];
                if (cell.suppressed || !cell.number || *cell.number == 0)
                    continue;
                if (!smallest || *cell.number < *smallest->cells[c].number)
                    smallest = r;
            }
            if (smallest)
                smallest->cells[c].suppressed = true;
        }
    }
    // 3. Derived cells follow the cells they are made of.
    for (std::size_t c = 0; c < width; ++c) {
        const auto& deps = table.columns[c].dependsOn;
        if (deps.empty())
            continue;
        allRows([&](ReportRow& row) {
            if (c >= row.cells.size())
                return;
            for (int d : deps)
                if (static_cast<std::size_t>(d) < row.cells.size() && row.cells[static_cast<std::size_t>(d)].suppressed)
                    row.cells[c].suppressed = true;
        });
    }
}

} // namespace

void suppressSmallNumbers(Report& report, int threshold)
{
    report.suppressed = threshold > 1;
    report.threshold = threshold;
    if (threshold <= 1)
        return;
    for (auto& table : report.tables)
        suppressTable(table, threshold);
}

} // namespace waymark
