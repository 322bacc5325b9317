#include "core/calendar/Date.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <charconv>
#include <cstdio>

namespace waymark {
namespace {

namespace bg = boost::gregorian;

const bg::date& epoch()
{
    static const bg::date e(1970, 1, 1);
    return e;
}

bg::date toBoost(std::int32_t days)
{
    return epoch() + bg::days(days);
}

} // namespace

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

Result<Date> Date::fromYmd(int year, int month, int day)
{
    if (year < 1400 || year > 9999)
        return fail(ErrorCode::InvalidInput, "year out of range");
    if (month < 1 || month > 12)
        return fail(ErrorCode::InvalidInput, "month must be 1 to 12");
    if (day < 1 || day > daysInMonth(year, month))
        return fail(ErrorCode::InvalidInput, "day does not exist in that month");
    const bg::date d(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                     static_cast<unsigned short>(day));
    return fromDaysSinceEpoch(static_cast<std::int32_t>((d - epoch()).days()));
}

Result<Date> Date::fromIso(std::string_view iso)
{
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
        return fail(ErrorCode::InvalidInput, "expected a date as YYYY-MM-DD");
    int parts[3] = {};
    const std::string_view fields[3] = {iso.substr(0, 4), iso.substr(5, 2), iso.substr(8, 2)};
    for (int i = 0; i < 3; ++i) {
        const auto f = fields[i];
        for (char c : f)
            if (c < '0' || c > '9')
                return fail(ErrorCode::InvalidInput, "expected a date as YYYY-MM-DD");
        std::from_chars(f.data(), f.data() + f.size(), parts[i]);
    }
    return fromYmd(parts[0], parts[1], parts[2]);
}

Date Date::fromDaysSinceEpoch(std::int32_t days)
{
    Date d;
    d.m_days = days;
    return d;
}

int Date::year() const
{
    return toBoost(m_days).year();
}

int Date::month() const
{
    return toBoost(m_days).month();
}

int Date::day() const
{
    return toBoost(m_days).day();
}

int Date::dayOfWeek() const
{
    const int w = toBoost(m_days).day_of_week(); // 0 = Sunday
    return w == 0 ? 7 : w;
}

Date Date::addMonths(int months) const
{
    const auto ymd = toBoost(m_days).year_month_day();
    int total = static_cast<int>(ymd.year) * 12 + (static_cast<int>(ymd.month) - 1) + months;
    const int y = total / 12;
    const int m = total % 12 + 1;
    const int d = std::min<int>(ymd.day, daysInMonth(y, m));
    return fromYmd(y, m, d).value_or(Date{});
}

std::string Date::toIso() const
{
    if (isNull())
        return {};
    const auto ymd = toBoost(m_days).year_month_day();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(ymd.year), static_cast<int>(ymd.month),
                  static_cast<int>(ymd.day));
    return buf;
}

std::string Date::toDisplay() const
{
    if (isNull())
        return {};
    const auto ymd = toBoost(m_days).year_month_day();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", static_cast<int>(ymd.day), static_cast<int>(ymd.month),
                  static_cast<int>(ymd.year));
    return buf;
}

} // namespace waymark
