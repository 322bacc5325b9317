#include "core/domain/ReferralClocks.h"

#include "core/calendar/WorkingCalendar.h"

#include <algorithm>
#include <charconv>

namespace waymark {

namespace {

struct LimitKey
{
    std::string_view key;
    int TimeLimits::*member;
    int min;
    int max;
};

constexpr LimitKey kKeys[] = {
    {"time_limits.decision_days", &TimeLimits::decisionDays, 1, 120},
    {"time_limits.first_contact_days", &TimeLimits::firstContactDays, 1, 120},
    {"time_limits.assessment_days", &TimeLimits::assessmentDays, 1, 120},
    {"time_limits.repeat_threshold", &TimeLimits::repeatThreshold, 2, 20},
    {"time_limits.repeat_window_months", &TimeLimits::repeatWindowMonths, 1, 36},
};

std::unexpected<Error> invalid(std::string field, std::string detail, std::string rule)
{
    Error e = Error::make(ErrorCode::Validation, std::move(detail), std::move(field));
    e.rule = std::move(rule);
    return std::unexpected(std::move(e));
}

std::string rangeText(const LimitKey& k)
{
    return "must be from " + std::to_string(k.min) + " to " + std::to_string(k.max);
}

// "time_limits.decision_days" -> "decision_days"
std::string fieldOf(std::string_view key)
{
    return std::string(key.substr(key.find('.') + 1));
}

} // namespace

std::vector<std::pair<std::string, std::string>> timeLimitsToSettings(const TimeLimits& limits)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& k : kKeys)
        out.emplace_back(std::string(k.key), std::to_string(limits.*k.member));
    return out;
}

Result<TimeLimits> timeLimitsFromSettings(const std::vector<std::pair<std::string, std::string>>& settings)
{
    TimeLimits limits;
    for (const auto& [key, value] : settings) {
        const auto* k = std::find_if(std::begin(kKeys), std::end(kKeys), [&](const auto& e) { return e.key == key; });
        if (k == std::end(kKeys))
            continue; // another setting
        int n = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
        if (ec != std::errc{} || end != value.data() + value.size())
            return invalid(key, "must be a whole number", "bad_setting");
        if (n < k->min || n > k->max)
            return invalid(key, rangeText(*k), "out_of_range");
        limits.*k->member = n;
    }
    return limits;
}

Status validateTimeLimits(const TimeLimits& limits)
{
    for (const auto& k : kKeys) {
        const int n = limits.*k.member;
        if (n < k.min || n > k.max)
            return invalid(fieldOf(k.key), rangeText(k), "out_of_range");
    }
    return {};
}

Date dueDate(const WorkingCalendar& calendar, Date received, int limit)
{
    if (received.isNull())
        return {};
    return calendar.addWorkingDays(received, limit);
}

ClockStatus clockStatus(const WorkingCalendar& calendar, Date start, Date due, Date stopped, Date today)
{
    ClockStatus s;
    s.start = start;
    s.due = due;
    s.stopped = stopped;
    if (start.isNull())
        return s;
    if (!stopped.isNull()) {
        s.state = (!due.isNull() && stopped > due) ? ClockState::Missed : ClockState::Met;
        s.workingDaysTaken = static_cast<int>(std::max<std::int64_t>(0, calendar.workingDaysBetween(start, stopped)));
        s.workingDaysLeft = 0;
        return s;
    }
    s.workingDaysTaken = static_cast<int>(std::max<std::int64_t>(0, calendar.workingDaysBetween(start, today)));
    if (due.isNull())
        return s;
    if (today > due) {
        s.state = ClockState::Overdue;
        // Overdue by the working days after the due date up to today; a weekend straight after
        // the due date is still overdue, by at least one day.
        s.workingDaysLeft = -static_cast<int>(std::max<std::int64_t>(1, calendar.workingDaysBetween(due, today)));
    } else {
        s.state = ClockState::Running;
        s.workingDaysLeft = static_cast<int>(calendar.workingDaysBetween(today, due));
    }
    return s;
}

int repeatOrdinal(std::span<const Date> earlier, Date received, int windowMonths)
{
    if (received.isNull())
        return 1;
    const Date from = received.addMonths(-windowMonths);
    int n = 1;
    for (const Date d : earlier)
        if (!d.isNull() && d >= from && d <= received)
            ++n;
    return n;
}

bool isRepeatTrigger(int ordinal, const TimeLimits& limits)
{
    return ordinal >= limits.repeatThreshold;
}

std::string ordinalText(int n)
{
    const int lastTwo = n % 100;
    const int last = n % 10;
    std::string_view suffix = "th";
    if (lastTwo < 11 || lastTwo > 13) {
        if (last == 1)
            suffix = "st";
        else if (last == 2)
            suffix = "nd";
        else if (last == 3)
            suffix = "rd";
    }
    return std::to_string(n) + std::string(suffix);
}

std::string repeatText(int ordinal, int windowMonths)
{
    return ordinalText(ordinal) + " referral in " + std::to_string(windowMonths) +
           (windowMonths == 1 ? " month" : " months");
}

} // namespace waymark
