#pragma once

// Small helpers the measures use to build report tables (core/reports/Measures.cpp,
// core/reports/OutcomeReports.cpp): column and cell makers and code labels.

#include "core/domain/Codes.h"
#include "core/reports/Report.h"

#include <span>
#include <string>
#include <utility>
#include <vector>

namespace waymark::table_build {

inline ReportColumn textColumn(std::string key, std::string title)
{
    return {std::move(key), std::move(title), ColumnKind::Text, {}, false};
}

inline ReportColumn countColumn(std::string key, std::string title, bool additive = true)
{
    return {std::move(key), std::move(title), ColumnKind::Count, {}, additive};
}

inline ReportColumn derivedColumn(std::string key, std::string title, ColumnKind kind, std::vector<int> deps)
{
    return {std::move(key), std::move(title), kind, std::move(deps), false};
}

inline ReportCell text(std::string s)
{
    ReportCell c;
    c.text = std::move(s);
    return c;
}

inline ReportCell num(double v)
{
    ReportCell c;
    c.number = v;
    return c;
}

inline ReportCell none()
{
    return {};
}

// part / whole as a percentage; not applicable when whole is 0.
inline ReportCell percent(double part, double whole)
{
    return whole > 0 ? num(100.0 * part / whole) : none();
}

inline std::string labelIn(std::span<const CodeOption> codes, const std::string& code)
{
    for (const auto& c : codes)
        if (c.code == code)
            return std::string(c.label);
    return code.empty() ? "Not recorded" : code;
}

} // namespace waymark::table_build
