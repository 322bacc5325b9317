#include "core/calendar/Period.h"

#include <cctype>
#include <charconv>
#include <cstdint>
#include <cstdio>

namespace waymark {

Date addPeriod(Date date, Period period)
{
    if (date.isNull())
        return {};
    Date d = period.totalMonths() == 0 ? date : date.addMonths(period.totalMonths());
    if (d.isNull())
        return {};
    // Date::addDays does not check the range.
    static const std::int64_t first = Date::fromYmd(1400, 1, 1).value().daysSinceEpoch();
    static const std::int64_t last = Date::fromYmd(9999, 12, 31).value().daysSinceEpoch();
    const std::int64_t n = static_cast<std::int64_t>(d.daysSinceEpoch()) + period.days;
    if (n < first || n > last)
        return {};
    return Date::fromDaysSinceEpoch(static_cast<std::int32_t>(n));
}

Date subtractPeriod(Date date, Period period)
{
    return addPeriod(date, -period);
}

bool isWithinPeriod(Date start, Period period, Date date)
{
    if (start.isNull() || date.isNull())
        return false;
    const Date end = addPeriod(start, period);
    if (end.isNull())
        return false;
    return start <= end ? (date >= start && date <= end) : (date >= end && date <= start);
}

std::string formatPeriod(Period p)
{
    if (p.isZero())
        return "P0D";
    std::string out = "P";
    char buf[16];
    auto part = [&](int n, char unit) {
        if (n == 0)
            return;
        std::snprintf(buf, sizeof buf, "%d%c", n, unit);
        out += buf;
    };
    part(p.years, 'Y');
    part(p.months, 'M');
    part(p.days, 'D');
    return out;
}

Result<Period> parsePeriod(std::string_view text)
{
    auto bad = [] {
        return fail(ErrorCode::InvalidInput, "expected a period as ISO 8601, e.g. P18M, P1Y6M or P10D", "period");
    };
    if (text.size() < 3 || (text[0] != 'P' && text[0] != 'p'))
        return bad();
    Period p;
    const char order[] = {'Y', 'M', 'W', 'D'};
    int next = 0; // index in `order` a unit must not precede
    std::size_t i = 1;
    while (i < text.size()) {
        int n = 0;
        const char* first = text.data() + i;
        const char* last = text.data() + text.size();
        if (*first == '+')
            return bad();
        auto [ptr, ec] = std::from_chars(first, last, n);
        if (ec != std::errc() || ptr == last)
            return bad();
        const char unit = static_cast<char>(std::toupper(static_cast<unsigned char>(*ptr)));
        int idx = -1;
        for (int k = 0; k < 4; ++k)
            if (order[k] == unit)
                idx = k;
        if (idx < next)
            return bad();
        next = idx + 1;
        switch (unit) {
        case 'Y':
            p.years = n;
            break;
        case 'M':
            p.months = n;
            break;
        case 'W':
            p.days += 7 * n;
            break;
        case 'D':
            p.days += n;
            break;
        default:
            return bad();
        }
        i = static_cast<std::size_t>(ptr - text.data()) + 1;
    }
    return p;
}

} // namespace waymark
