#pragma once

// Working-day clocks on a referral (decision, first contact, assessment) and the
// repeat-referral trigger. Pure rules over a WorkingCalendar; no storage.

#include "core/Error.h"
#include "core/calendar/Date.h"

#include <span>
#include <string>
#include <utility>
#include <vector>

namespace waymark {

class WorkingCalendar;

struct TimeLimits
{
    int decisionDays = 10;    // working days from receipt to the decision
    int firstContactDays = 5; // working days from receipt to first contact
    int assessmentDays = 15;  // working days from receipt to the assessment
    int repeatThreshold = 3;  // the n-th referral within the window flags repeat demand
    int repeatWindowMonths = 12;

    friend bool operator==(const TimeLimits&, const TimeLimits&) = default;
};

// Settings "time_limits.decision_days" etc. and back; missing keys take the defaults.
std::vector<std::pair<std::string, std::string>> timeLimitsToSettings(const TimeLimits& limits);
Result<TimeLimits> timeLimitsFromSettings(const std::vector<std::pair<std::string, std::string>>& settings);
// 1..120 working days each; threshold 2..20; window 1..36 months.
Status validateTimeLimits(const TimeLimits& limits);

// Due date: `limit` working days after `received` (the day of receipt does not count).
Date dueDate(const WorkingCalendar& calendar, Date received, int limit);

enum class ClockState
{
    Running, // not stopped, today <= due
    Overdue, // not stopped, today > due
    Met,     // stopped on or before due
    Missed,  // stopped after due
};

struct ClockStatus
{
    Date start;
    Date due;
    Date stopped; // null while running
    ClockState state = ClockState::Running;
    int workingDaysTaken = 0; // start..stopped (or start..today while running)
    int workingDaysLeft = 0;  // today..due while running (negative when overdue); 0 once stopped
};

ClockStatus clockStatus(const WorkingCalendar& calendar, Date start, Date due, Date stopped, Date today);

// Repeat demand: `received` is the person's n-th referral within the window, counting the
// referrals received on or after received.addMonths(-windowMonths) and on or before `received`
// (so with 12 months, a referral 365 days earlier in a non-leap span counts; 366 does not).
// `earlier` are the person's other referrals' received dates (any order; later dates ignored).
int repeatOrdinal(std::span<const Date> earlier, Date received, int windowMonths);
bool isRepeatTrigger(int ordinal, const TimeLimits& limits); // ordinal >= threshold
// English, for the CLI and logs (the UI translates its own): "3rd", "11th", "22nd";
// repeatText(3, 12) == "3rd referral in 12 months".
std::string ordinalText(int n);
std::string repeatText(int ordinal, int windowMonths);

} // namespace waymark
