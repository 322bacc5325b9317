#include "core/Clock.h"

#include "core/calendar/Date.h"

#include <cstdio>
#include <ctime>

namespace waymark {

Date Clock::today() const
{
    const std::time_t t = std::chrono::system_clock::to_time_t(now());
    std::tm local{};
    localtime_r(&t, &local);
    return Date::fromYmd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday).value();
}

std::string formatUtcMillis(std::chrono::system_clock::time_point t)
{
    const auto ms = std::chrono::floor<std::chrono::milliseconds>(t);
    const auto secs = std::chrono::floor<std::chrono::seconds>(ms);
    const std::time_t tt = std::chrono::system_clock::to_time_t(secs);
    std::tm utc{};
    gmtime_r(&tt, &utc);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                  utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>((ms - secs).count()));
    return buf;
}

} // namespace waymark
