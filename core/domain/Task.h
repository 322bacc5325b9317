#pragma once

// A task: something a worker must do by a date about a person (and often one of their
// referrals). Tasks are made by hand ("manual") or come from the referral's clocks
// ("assessment_due", "review_due"). Clock tasks are not stored: they are read from the clock
// that makes them each time (core/store/TaskStore.cpp), so they cannot disagree with it.

#include "core/Error.h"
#include "core/Uuid.h"
#include "core/calendar/Date.h"

#include <span>
#include <string>
#include <string_view>

namespace waymark {

struct Task
{
    Uuid id;         // assigned on add; null for a clock task (it is not stored)
    Uuid personId;   // required
    Uuid referralId; // the referral it belongs to, or null
    std::string title;
    Date due;                      // required
    Uuid owner;                    // the worker who must do it (an active caseworker or coordinator)
    std::string doneAt;            // UTC, empty while open
    Uuid doneBy;                   // null while open
    std::string source = "manual"; // taskSourceCodes()
    Uuid createdBy;
    std::string createdAt;  // UTC, set on add
    std::string updatedHlc; // optimistic concurrency

    bool isDone() const { return !doneAt.empty(); }
    bool fromClock() const { return source != "manual"; }
};

// "manual", "assessment_due", "review_due", and the checks after closure "follow_up_3m",
// "follow_up_6m", "follow_up_12m" (core/domain/Outcome.h).
std::span<const std::string_view> taskSourceCodes();
inline constexpr std::size_t kMaxTaskTitle = 200;
// A task is "due" (not yet overdue) when it is open and due within this many days from today.
inline constexpr int kTaskDueSoonDays = 7;

// Trims the title.
void normaliseTask(Task& task);
// person and due required; title 1..200 characters on one line; source a known code.
Status validateTask(const Task& task);

} // namespace waymark
