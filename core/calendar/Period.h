#pragma once

#include "core/Error.h"
#include "core/calendar/Date.h"

#include <string>
#include <string_view>

namespace waymark {

// A calendar period: years, months and days, e.g. the reoffending window "12 months after
// closure plus a 6-month waiting period" = Period::ofMonths(12) + Period::ofMonths(6).
struct Period
{
    int years = 0;
    int months = 0;
    int days = 0;

    static constexpr Period ofYears(int n) { return {n, 0, 0}; }
    static constexpr Period ofMonths(int n) { return {0, n, 0}; }
    static constexpr Period ofWeeks(int n) { return {0, 0, 7 * n}; }
    static constexpr Period ofDays(int n) { return {0, 0, n}; }

    constexpr int totalMonths() const { return years * 12 + months; }
    constexpr bool isZero() const { return totalMonths() == 0 && days == 0; }
    constexpr Period operator+(Period o) const { return {years + o.years, months + o.months, days + o.days}; }
    constexpr Period operator-() const { return {-years, -months, -days}; }
    friend constexpr bool operator==(const Period&, const Period&) = default;
};

// Adds the period in one step: first all the calendar months (years count as 12 months), the
// day clamped to the end of a shorter month (31 Jan + 1 month = 28/29 Feb; 29 Feb 2024 + 1 year
// = 28 Feb 2025), then the days. Because it is one step, 31 Aug 2026 + (6 months + 12 months)
// = 29 Feb 2028, whereas adding 6 and then 12 months separately gives 28 Feb 2028.
// Null Date if the result leaves Date's range (1400-9999).
Date addPeriod(Date date, Period period);
// addPeriod(date, -period): months back (clamped), then days back.
Date subtractPeriod(Date date, Period period);

// start <= date <= addPeriod(start, period): both ends inclusive, so "within 3 months of
// 14 March" includes 14 June. False if any date is null.
bool isWithinPeriod(Date start, Period period, Date date);

// ISO 8601 date-part duration: "P1Y6M", "P10D", "P0D" for zero. Negative parts are written with
// a leading minus on the number ("P-3D"), as a non-standard extension.
std::string formatPeriod(Period period);
// Accepts "PnYnMnWnD" (any subset, in that order; weeks become days), case-insensitive.
Result<Period> parsePeriod(std::string_view text);

} // namespace waymark
