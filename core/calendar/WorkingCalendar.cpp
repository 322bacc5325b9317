#include "core/calendar/WorkingCalendar.h"

#include "core/calendar/HolidayIndex.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace waymark {
namespace {

using calendar_detail::isWeekend;

std::int32_t dayOf(int year, int month, int day)
{
    return Date::fromYmd(year, month, day).value().daysSinceEpoch();
}

std::int32_t firstDay()
{
    static const std::int32_t d = dayOf(1400, 1, 1);
    return d;
}

std::int32_t lastDay()
{
    static const std::int32_t d = dayOf(9999, 12, 31);
    return d;
}

int yearOf(std::int32_t day)
{
    return Date::fromDaysSinceEpoch(day).year();
}

// A month/day that may not exist this year (29 Feb): clamp to the month's last day.
std::int32_t clampedDay(int year, int month, int day)
{
    return dayOf(year, month, std::min(day, daysInMonth(year, month)));
}

bool before(int m1, int d1, int m2, int d2)
{
    return m1 < m2 || (m1 == m2 && d1 < d2);
}

// Days of `year` covered by an annual closure, appended to `out`.
void expandAnnual(const AnnualClosure& c, int year, std::vector<std::int32_t>& out)
{
    auto addRange = [&](std::int32_t from, std::int32_t to) {
        for (std::int32_t d = from; d <= to; ++d)
            out.push_back(d);
    };
    // 29 Feb as a first day starts on 1 Mar in a common year; as a last day it ends on 28 Feb.
    auto startDay = [&](int m, int d) {
        return d > daysInMonth(year, m) ? clampedDay(year, m, d) + 1 : dayOf(year, m, d);
    };
    if (!before(c.lastMonth, c.lastDay, c.firstMonth, c.firstDay)) {
        addRange(startDay(c.firstMonth, c.firstDay), clampedDay(year, c.lastMonth, c.lastDay));
    } else { // wraps the year end: the tail of this year's closure and the head of last year's
        addRange(startDay(c.firstMonth, c.firstDay), dayOf(year, 12, 31));
        addRange(dayOf(year, 1, 1), clampedDay(year, c.lastMonth, c.lastDay));
    }
}

bool validMonthDay(int month, int day)
{
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2000, month); // 2000: leap
}

bool parseMonthDay(std::string_view s, int& month, int& day)
{
    if (s.size() != 5 || s[2] != '-')
        return false;
    for (std::size_t i : {0u, 1u, 3u, 4u})
        if (s[i] < '0' || s[i] > '9')
            return false;
    month = (s[0] - '0') * 10 + (s[1] - '0');
    day = (s[3] - '0') * 10 + (s[4] - '0');
    return validMonthDay(month, day);
}

} // namespace

std::string formatAnnualClosure(const AnnualClosure& c)
{
    char buf[32];
    if (c.firstMonth == c.lastMonth && c.firstDay == c.lastDay)
        std::snprintf(buf, sizeof buf, "%02d-%02d", c.firstMonth, c.firstDay);
    else
        std::snprintf(buf, sizeof buf, "%02d-%02d..%02d-%02d", c.firstMonth, c.firstDay, c.lastMonth, c.lastDay);
    return buf;
}

Result<AnnualClosure> parseAnnualClosure(std::string_view text)
{
    AnnualClosure c;
    const auto dots = text.find("..");
    const std::string_view first = text.substr(0, dots);
    const std::string_view last = dots == std::string_view::npos ? first : text.substr(dots + 2);
    if (!parseMonthDay(first, c.firstMonth, c.firstDay) || !parseMonthDay(last, c.lastMonth, c.lastDay))
        return fail(ErrorCode::InvalidInput, "expected an annual closure as MM-DD or MM-DD..MM-DD, e.g. 12-27..12-31",
                    "annual_closures");
    return c;
}

WorkingCalendar::WorkingCalendar(Division division, std::vector<Date> closureDays,
                                 std::vector<AnnualClosure> annualClosures)
    : m_division(division)
    , m_annual(std::move(annualClosures))
{
    std::erase_if(m_annual, [](const AnnualClosure& c) {
        return !validMonthDay(c.firstMonth, c.firstDay) || !validMonthDay(c.lastMonth, c.lastDay);
    });
    for (Date d : closureDays)
        if (!d.isNull())
            m_closures.push_back(d.daysSinceEpoch());
    std::sort(m_closures.begin(), m_closures.end());
    m_closures.erase(std::unique(m_closures.begin(), m_closures.end()), m_closures.end());

    m_windowFirst = dayOf(calendar_detail::kCacheFirstYear, 1, 1);
    m_windowLast = dayOf(calendar_detail::kCacheLastYear, 12, 31);
    const auto& holidays = calendar_detail::cachedHolidayDays(division);
    m_nonWorking.reserve(holidays.size() + m_closures.size() + 16);
    for (std::int32_t d : holidays)
        if (!isWeekend(d))
            m_nonWorking.push_back(d);
    for (std::int32_t d : m_closures)
        if (d >= m_windowFirst && d <= m_windowLast && !isWeekend(d))
            m_nonWorking.push_back(d);
    if (!m_annual.empty()) {
        std::vector<std::int32_t> days;
        for (int y = calendar_detail::kCacheFirstYear; y <= calendar_detail::kCacheLastYear; ++y)
            for (const AnnualClosure& c : m_annual)
                expandAnnual(c, y, days);
        for (std::int32_t d : days)
            if (!isWeekend(d))
                m_nonWorking.push_back(d);
    }
    std::sort(m_nonWorking.begin(), m_nonWorking.end());
    m_nonWorking.erase(std::unique(m_nonWorking.begin(), m_nonWorking.end()), m_nonWorking.end());
}

WorkingCalendar::WorkingCalendar(const CalendarSettings& settings)
    : WorkingCalendar(settings.division, settings.closureDays, settings.annualClosures)
{}

std::vector<std::int32_t> WorkingCalendar::nonWorkingWeekdays(int year) const
{
    std::vector<std::int32_t> days = calendar_detail::holidayDays(m_division, year);
    const std::int32_t first = dayOf(year, 1, 1);
    const std::int32_t last = dayOf(year, 12, 31);
    auto lo = std::lower_bound(m_closures.begin(), m_closures.end(), first);
    auto hi = std::upper_bound(m_closures.begin(), m_closures.end(), last);
    days.insert(days.end(), lo, hi);
    for (const AnnualClosure& c : m_annual)
        expandAnnual(c, year, days);
    std::erase_if(days, [](std::int32_t d) { return isWeekend(d); });
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

bool WorkingCalendar::isClosureDay(Date date) const
{
    if (date.isNull())
        return false;
    const std::int32_t d = date.daysSinceEpoch();
    if (std::binary_search(m_closures.begin(), m_closures.end(), d))
        return true;
    if (m_annual.empty())
        return false;
    std::vector<std::int32_t> days;
    for (const AnnualClosure& c : m_annual)
        expandAnnual(c, date.year(), days);
    return std::find(days.begin(), days.end(), d) != days.end();
}

bool WorkingCalendar::isWorkingDay(Date date) const
{
    if (date.isNull())
        return false;
    const std::int32_t d = date.daysSinceEpoch();
    if (isWeekend(d))
        return false;
    if (d >= m_windowFirst && d <= m_windowLast)
        return !std::binary_search(m_nonWorking.begin(), m_nonWorking.end(), d);
    const auto days = nonWorkingWeekdays(date.year());
    return !std::binary_search(days.begin(), days.end(), d);
}

std::int64_t WorkingCalendar::countNonWorking(std::int32_t a, std::int32_t b) const
{
    std::int64_t count = 0;
    // Inside the precomputed window.
    const std::int32_t lo = std::max(a, m_windowFirst - 1);
    const std::int32_t hi = std::min(b, m_windowLast);
    if (lo < hi)
        count += std::upper_bound(m_nonWorking.begin(), m_nonWorking.end(), hi) -
                 std::upper_bound(m_nonWorking.begin(), m_nonWorking.end(), lo);
    // Outside it, year by year (rare: dates before 1950 or after 2150).
    auto slow = [&](std::int32_t from, std::int32_t to) { // (from, to]
        if (from >= to)
            return;
        for (int y = yearOf(from + 1); y <= yearOf(to); ++y)
            for (std::int32_t d : nonWorkingWeekdays(y))
                if (d > from && d <= to)
                    ++count;
    };
    slow(a, std::min(b, m_windowFirst - 1));
    slow(std::max(a, m_windowLast), b);
    return count;
}

std::int64_t WorkingCalendar::between(std::int32_t a, std::int32_t b) const
{
    if (a == b)
        return 0;
    if (b < a)
        return -between(b, a);
    return calendar_detail::weekdaysUpTo(b) - calendar_detail::weekdaysUpTo(a) - countNonWorking(a, b);
}

std::int64_t WorkingCalendar::workingDaysBetween(Date from, Date to) const
{
    if (from.isNull() || to.isNull())
        return 0;
    return between(from.daysSinceEpoch(), to.daysSinceEpoch());
}

Date WorkingCalendar::addWorkingDays(Date date, int n) const
{
    if (date.isNull() || n == 0)
        return date;
    // Fast path for the usual time limits (a few dozen days, inside the cached years): walk,
    // moving an iterator through the sorted non-working days alongside.
    if (std::abs(n) <= 256 && date.daysSinceEpoch() >= m_windowFirst && date.daysSinceEpoch() <= m_windowLast) {
        std::int32_t d = date.daysSinceEpoch();
        int remaining = std::abs(n);
        if (n > 0) {
            auto it = std::upper_bound(m_nonWorking.begin(), m_nonWorking.end(), d);
            while (remaining > 0 && d < m_windowLast) {
                ++d;
                while (it != m_nonWorking.end() && *it < d)
                    ++it;
                if (!isWeekend(d) && !(it != m_nonWorking.end() && *it == d))
                    --remaining;
            }
        } else {
            auto it = std::lower_bound(m_nonWorking.begin(), m_nonWorking.end(), d); // first >= d
            while (remaining > 0 && d > m_windowFirst) {
                --d;
                while (it != m_nonWorking.begin() && *(it - 1) > d)
                    --it;
                if (!isWeekend(d) && !(it != m_nonWorking.begin() && *(it - 1) == d))
                    --remaining;
            }
        }
        if (remaining == 0)
            return Date::fromDaysSinceEpoch(d);
    }
    // Find the first day x with between(base, x) >= target. Counting forward from `date` this is
    // the n-th working day after it; counting back it is the |n|-th working day before it.
    const std::int32_t base = n > 0 ? date.daysSinceEpoch() : date.daysSinceEpoch() - 1;
    const std::int64_t target = n > 0 ? n : static_cast<std::int64_t>(n) + 1;
    std::int64_t lo = 0;
    std::int64_t hi = 0;
    std::int64_t step = std::abs(static_cast<std::int64_t>(n)) * 7 / 5 + 7;
    auto inRange = [](std::int64_t d) { return d >= firstDay() && d <= lastDay(); };
    if (target > 0) {
        lo = base; // between(base, lo) == 0 < target
        for (;;) {
            hi = static_cast<std::int64_t>(base) + step;
            if (!inRange(hi))
                hi = lastDay();
            if (between(base, static_cast<std::int32_t>(hi)) >= target)
                break;
            if (hi == lastDay())
                return {};
            lo = hi;
            step *= 2;
        }
    } else {
        hi = base; // between(base, hi) == 0 >= target
        for (;;) {
            lo = static_cast<std::int64_t>(base) - step;
            if (!inRange(lo))
                lo = firstDay();
            if (between(base, static_cast<std::int32_t>(lo)) < target)
                break;
            if (lo == firstDay())
                return {};
            hi = lo;
            step *= 2;
        }
    }
    // Invariant: between(base, lo) < target <= between(base, hi).
    while (hi - lo > 1) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        if (between(base, static_cast<std::int32_t>(mid)) >= target)
            hi = mid;
        else
            lo = mid;
    }
    return Date::fromDaysSinceEpoch(static_cast<std::int32_t>(hi));
}

Date WorkingCalendar::onOrAfter(Date date) const
{
    if (date.isNull() || isWorkingDay(date))
        return date;
    return nextWorkingDay(date);
}

} // namespace waymark
