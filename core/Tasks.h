#pragma once

// casebook.tasks(): tasks by hand and from the referral clocks, and My work's task lists.
// A desk of the Casebook door (core/Casebook.h): it reaches the casebook only through its
// DeskContext (core/DeskContext.h). Rules in core/domain/Task.h; SQL in core/store/TaskStore.
//
// Clock tasks ("assessment due", "review due") are never stored: every list reads them from
// the clock that makes them (the referral's assessment due date while no assessment is
// recorded; a plan's review date), beside the stored tasks. So a clock task appears when its
// clock starts and is gone when it stops, with nothing to keep in step. It is done by doing
// the work (recording the assessment, the review) and follows the referral's allocation; the
// desk refuses to complete or reassign it by hand (it has no id).

#include "core/Error.h"
#include "core/Uuid.h"
#include "core/calendar/Date.h"
#include "core/domain/Task.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace waymark {

class DeskContext;

// A task as lists show it.
struct TaskSummary
{
    Task task;
    std::string personReference; // the person's case reference
    std::string personName;      // display name
    std::string ownerName;       // display name of the owner; empty when nobody holds it
    std::string referralReference;
    bool overdue = false; // open and due before today
};

enum class TaskWhen
{
    Any,
    Open,         // not done
    DueOrOverdue, // open, due on or before today + kTaskDueSoonDays
    Due,          // open, due from today to today + kTaskDueSoonDays
    Overdue,      // open, due before today
};

struct TaskQuery
{
    bool mine = false;         // owned by the signed-in user
    std::optional<Uuid> owner; // owned by this worker
    std::optional<Uuid> personId;
    std::optional<Uuid> referralId;
    TaskWhen when = TaskWhen::Open;
    bool includeClock = true; // clock tasks besides the stored ones
    int limit = 200;          // 1..1000; earliest due first
};

// My work's "Tasks due and overdue" for one worker.
struct TaskWork
{
    Date today;
    std::vector<TaskSummary> rows; // due and overdue, earliest due first (first 50)
    std::int64_t due = 0;          // how many are due (not overdue)
    std::int64_t overdue = 0;
};

class Tasks
{
public:
    explicit Tasks(DeskContext& context)
        : m_context(context)
    {}

    // Validates, assigns id, source "manual", creator and time, saves; audits "task.created".
    // The owner (default: the signed-in user) must be an active caseworker or coordinator; the
    // referral, when given, must be the person's.
    Result<Task> add(Task draft);
    // Marks done (now, by the signed-in user) / open again. The owner, the creator or a
    // coordinator may; a clock task is done by doing its work and is refused here.
    Result<Task> complete(const Uuid& id);
    Result<Task> reopen(const Uuid& id);
    // Gives the task to another active caseworker or coordinator (the owner, the creator or a
    // coordinator may).
    Result<Task> reassign(const Uuid& id, const Uuid& owner);
    Result<Task> view(const Uuid& id);

    // Stored and clock tasks matching `query`, earliest due first (Action::TaskView).
    Result<std::vector<TaskSummary>> list(const TaskQuery& query);
    // How many match (ignoring the limit).
    Result<std::int64_t> count(const TaskQuery& query);
    // The user's (or `worker`'s) tasks due and overdue, clock tasks included.
    Result<TaskWork> myWork(std::optional<Uuid> worker = std::nullopt);

private:
    Result<Task> change(const Uuid& id, std::string_view what, const std::optional<Uuid>& newOwner);
    Status checkWorker(const Uuid& worker);

    DeskContext& m_context;
};

} // namespace waymark
