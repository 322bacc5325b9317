#pragma once

#include "core/Error.h"
#include "core/domain/Session.h"
#include "core/store/TimelineSource.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class ChangeLog;
class Database;

// Which sessions a list reads. Exactly one way in is used, in this order: a referral's or a
// person's sessions (through the attendees' indexes on (referral_id, start) and
// (person_id, start)), else a worker's (worker_id, start), else every session in the range
// (start). `from` inclusive, `to` exclusive.
struct SessionQuery
{
    std::optional<Uuid> referralId;
    std::optional<Uuid> personId;
    std::optional<Uuid> worker;
    std::optional<UtcSeconds> from;
    std::optional<UtcSeconds> to;
    bool newestFirst = true;
    int limit = 200;
};

// SQL for sessions and their attendees (sessions, session_attendees), driven by their column
// tables (core/store/Columns.h). Knows nothing of permissions or audit: the Sessions desk
// does those.
class SessionStore
{
public:
    explicit SessionStore(Database& db)
        : m_db(db)
    {}

    // The CREATE TABLE / CREATE INDEX statements of both tables as of schema `version`.
    static std::string createTablesSql(int version);
    // CREATE INDEX of the indexes added in exactly `version` (15: the reports' covering indexes).
    static std::string addIndexesSql(int version);
    static std::vector<std::string> columnNames(std::string_view table);
    // The person's timeline: one row per session they were (to be) at; title = attendance,
    // detail = session type (core/store/TimelineSource.h).
    static std::span<const TimelineSource> timelineSources();

    // Inserts the session and every attendee (assigning attendee ids). `session` must carry id
    // and createdAt; sets updatedHlc = changes.hlc().
    Status insert(Session& session, ChangeLog& changes);
    // Writes what differs: the session's columns, each attendee's (matched by person), new
    // attendees inserted, missing ones tombstoned. A changed start moves every attendee's copy.
    Status update(const Session& before, Session& after, ChangeLog& changes);

    Result<std::optional<Session>> load(const Uuid& id);
    Result<std::vector<Session>> list(const SessionQuery& query);

private:
    Result<std::vector<SessionAttendee>> attendees(const Uuid& sessionId);
    Database& m_db;
};

} // namespace waymark
