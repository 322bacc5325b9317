#pragma once

// Internal to core/calendar: fast day-number helpers shared by BankHolidays.cpp and
// WorkingCalendar.cpp. Not part of the public calendar API.

#include "core/calendar/BankHolidays.h"

#include <cstdint>
#include <vector>

namespace waymark::calendar_detail {

// Years whose holidays are computed once and kept (per division).
inline constexpr int kCacheFirstYear = 1950;
inline constexpr int kCacheLastYear = 2150;

// ISO weekday of a day number (days since 1970-01-01, a Thursday): 1 = Monday .. 7 = Sunday.
constexpr int isoWeekday(std::int32_t days)
{
    const int r = static_cast<int>((static_cast<std::int64_t>(days) + 3) % 7);
    return (r < 0 ? r + 7 : r) + 1;
}

constexpr bool isWeekend(std::int32_t days)
{
    return isoWeekday(days) >= 6;
}

// Number of Mondays-to-Fridays in (-inf, days], counted from an arbitrary origin; only
// differences are meaningful. Exact for negative day numbers too.
constexpr std::int64_t weekdaysUpTo(std::int32_t days)
{
    // 1970-01-05 (day 4) is a Monday: u = 0 on a Monday.
    const std::int64_t u = static_cast<std::int64_t>(days) - 4;
    std::int64_t q = u / 7;
    std::int64_t r = u % 7;
    if (r < 0) {
        r += 7;
        q -= 1;
    }
    return 5 * q + (r + 1 < 5 ? r + 1 : 5);
}

// Sorted day numbers of every holiday of the division in kCacheFirstYear..kCacheLastYear.
const std::vector<std::int32_t>& cachedHolidayDays(Division division);

// Sorted day numbers of the division's holidays in one year (cached or computed).
std::vector<std::int32_t> holidayDays(Division division, int year);

} // namespace waymark::calendar_detail
