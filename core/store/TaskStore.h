#pragma once

#include "core/Error.h"
#include "core/Tasks.h"
#include "core/domain/Task.h"
#include "core/store/TimelineSource.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class ChangeLog;
class Database;

// SQL for tasks (the `tasks` table, from its column table) and for the clock tasks read from
// the referral clocks. Knows nothing of permissions or audit: the Tasks desk does those.
class TaskStore
{
public:
    explicit TaskStore(Database& db)
        : m_db(db)
    {}

    // CREATE TABLE / CREATE INDEX of `tasks` as of schema `version`.
    static std::string createTablesSql(int version);
    static std::vector<std::string> columnNames();

    // `task` must carry id, createdAt; sets updatedHlc.
    Status insert(Task& task, ChangeLog& changes);
    Status update(const Task& before, Task& after, ChangeLog& changes);
    Result<std::optional<Task>> load(const Uuid& id);

    // Stored tasks and (when query.includeClock) clock tasks, earliest due first. `owner` is the
    // resolved owner filter (the desk turns `mine` into the user's id).
    Result<std::vector<TaskSummary>> list(const TaskQuery& query, const std::optional<Uuid>& owner, Date today);
    Result<std::int64_t> count(const TaskQuery& query, const std::optional<Uuid>& owner, Date today);

    // The referral's person (to check a task's referral belongs to its person); null if none.
    Result<Uuid> referralPerson(const Uuid& referralId);
    Result<bool> personExists(const Uuid& personId);
    // Whether the referral's assessment clock is running (the "assessment due" task exists).
    Result<bool> assessmentClockRunning(const Uuid& referralId);

    // The person's tasks on the timeline (core/store/TimelineSource.h): stored tasks at their
    // due date ("open" / "done", detail the title) and running clock tasks ("assessment_due").
    static std::span<const TimelineSource> timelineSources();

private:
    Database& m_db;
};

} // namespace waymark
