#pragma once

#include "core/Error.h"
#include "core/calendar/BankHolidays.h"
#include "core/calendar/Date.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

// A closure that repeats every year, e.g. the office closed 27-31 December: {12, 27, 12, 31}.
// The range may wrap the year end ({12, 24, 1, 2} closes 24 Dec to 2 Jan). 29 February in a
// range only exists in leap years.
struct AnnualClosure
{
    int firstMonth = 1;
    int firstDay = 1;
    int lastMonth = 1;
    int lastDay = 1;

    friend bool operator==(const AnnualClosure&, const AnnualClosure&) = default;
};

// Storage form "MM-DD..MM-DD", e.g. "12-27..12-31"; a single day may be written "12-24".
std::string formatAnnualClosure(const AnnualClosure& closure);
Result<AnnualClosure> parseAnnualClosure(std::string_view text);

// The casebook-level calendar setting: which UK division's bank holidays apply, plus the
// scheme's own closure days. Stored in casebook settings as
//   calendar.division         = divisionName()            ("england-and-wales" by default)
//   calendar.closure_days     = ISO dates, comma separated ("2026-12-29,2026-12-30")
//   calendar.annual_closures  = formatAnnualClosure(), comma separated ("12-27..12-31")
struct CalendarSettings
{
    Division division = Division::EnglandAndWales;
    std::vector<Date> closureDays;             // one-off days the scheme is closed
    std::vector<AnnualClosure> annualClosures; // closures that repeat every year
};

// Working days: Monday to Friday, except the division's bank holidays and the scheme's closure
// days. All time limits in diversion work are counted with this class.
//
// Immutable after construction and therefore safe to share between threads. Construction copies
// the division's cached holidays for 1950-2150 (a few thousand integers) and merges the closures,
// so queries inside those years are O(log n) without allocation; dates outside them are still
// correct, only slower. Build one per report run, not one per referral.
class WorkingCalendar
{
public:
    explicit WorkingCalendar(Division division, std::vector<Date> closureDays = {},
                             std::vector<AnnualClosure> annualClosures = {});
    explicit WorkingCalendar(const CalendarSettings& settings);

    Division division() const { return m_division; }

    bool isWorkingDay(Date date) const;
    // One of the scheme's own closure days (one-off or annual), whatever the day of the week.
    bool isClosureDay(Date date) const;

    // The n-th working day after `date` (n > 0) or before it (n < 0), not counting `date` itself,
    // which need not be a working day: Saturday + 1 = Monday, Saturday - 1 = Friday.
    // n == 0 returns `date` unchanged (use nextWorkingDay() to roll forward).
    // Returns a null Date if the result would leave Date's range.
    Date addWorkingDays(Date date, int n) const;

    // Working days d with from < d <= to: the start day is excluded, the end day included, so
    // Monday -> Tuesday is 1 and a date to itself is 0. If to < from the result is
    // -workingDaysBetween(to, from). Additive: between(a, b) + between(b, c) == between(a, c).
    // For n >= 0 (and for n < 0 when `date` is a working day)
    //   workingDaysBetween(date, addWorkingDays(date, n)) == n.
    std::int64_t workingDaysBetween(Date from, Date to) const;

    // First working day strictly after / strictly before `date`.
    Date nextWorkingDay(Date date) const { return addWorkingDays(date, 1); }
    Date previousWorkingDay(Date date) const { return addWorkingDays(date, -1); }
    // `date` itself if it is a working day, otherwise the next one.
    Date onOrAfter(Date date) const;

private:
    // Non-working weekdays (holidays and closures) of one year, sorted.
    std::vector<std::int32_t> nonWorkingWeekdays(int year) const;
    // Number of non-working weekdays d with a < d <= b (a <= b).
    std::int64_t countNonWorking(std::int32_t a, std::int32_t b) const;
    std::int64_t between(std::int32_t a, std::int32_t b) const;

    Division m_division;
    std::vector<std::int32_t> m_closures; // one-off closure days, sorted
    std::vector<AnnualClosure> m_annual;
    std::int32_t m_windowFirst = 0; // day numbers covered by m_nonWorking (inclusive)
    std::int32_t m_windowLast = -1;
    std::vector<std::int32_t> m_nonWorking; // holidays + closures on weekdays in the window, sorted
};

} // namespace waymark
