#pragma once

#include "core/Error.h"

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace waymark {

// A calendar date with no time and no zone (date of birth, referral date, due date).
// Boost.Date_Time does the arithmetic behind this wrapper, out of the public headers.
// Valid range: 1400-01-01 .. 9999-12-31. A default-constructed Date is "no date" (isNull()).
class Date
{
public:
    Date() = default;

    static Result<Date> fromYmd(int year, int month, int day);
    // Strict ISO 8601 calendar date "YYYY-MM-DD" (the storage form).
    static Result<Date> fromIso(std::string_view iso);
    static Date fromDaysSinceEpoch(std::int32_t days);

    bool isNull() const { return m_days == kNull; }
    int year() const;
    int month() const;
    int day() const;
    // 1 = Monday .. 7 = Sunday (ISO 8601).
    int dayOfWeek() const;
    std::int32_t daysSinceEpoch() const { return m_days; }

    Date addDays(int days) const { return fromDaysSinceEpoch(m_days + days); }
    // Calendar months; the day is clamped to the end of a shorter month (31 Jan + 1 month = 28/29 Feb).
    Date addMonths(int months) const;
    Date addYears(int years) const { return addMonths(years * 12); }
    int daysUntil(Date other) const { return other.m_days - m_days; }

    std::string toIso() const;     // 2026-11-26 (storage)
    std::string toDisplay() const; // 26/11/2026 (UK display)

    friend auto operator<=>(const Date&, const Date&) = default;

private:
    static constexpr std::int32_t kNull = INT32_MIN;
    std::int32_t m_days = kNull;
};

bool isLeapYear(int year);
int daysInMonth(int year, int month);

} // namespace waymark
