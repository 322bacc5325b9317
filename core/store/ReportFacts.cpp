#include "core/store/ReportFacts.h"

#include "core/store/Database.h"

#include <set>
#include <string_view>

namespace waymark::report_facts {

namespace {

// The intervention_attendance row of the intervention whose id the SQL expression `id` gives
// (in a trigger: NEW.x, OLD.x or a subquery), or of every intervention for "". No row for an
// intervention with no attended session.
std::string attendanceSelect(std::string_view id)
{
    std::string sql = "SELECT i.id, MIN(s.start), SUM(s.duration_minutes) FROM interventions i "
                      "JOIN sessions s ON s.intervention_id = i.id AND s.deleted = 0 WHERE ";
    if (!id.empty()) {
        sql += "i.id = ";
        sql += id;
        sql += " AND ";
    }
    sql += "EXISTS (SELECT 1 FROM session_attendees a WHERE a.session_id = s.id AND a.referral_id = i.referral_id "
           "AND a.attendance = 'attended' AND a.deleted = 0) GROUP BY i.id";
    return sql;
}

std::string attendanceRows(std::string_view id)
{
    return "INSERT INTO intervention_attendance (intervention_id, first_attended, attended_minutes) " +
           attendanceSelect(id) + ";\n";
}

std::string recomputeAttendance(std::string_view id)
{
    return "DELETE FROM intervention_attendance WHERE intervention_id = " + std::string(id) + ";\n  " +
           attendanceRows(id);
}

// The sessions_held row of the session `id` (as above), or of every session for "".
std::string heldSelect(std::string_view id)
{
    std::string sql = "SELECT s.id, s.start, s.worker_id, s.duration_minutes FROM sessions s WHERE ";
    if (!id.empty()) {
        sql += "s.id = ";
        sql += id;
        sql += " AND ";
    }
    sql += "s.deleted = 0 AND EXISTS (SELECT 1 FROM session_attendees a WHERE a.session_id = s.id AND "
           "a.attendance = 'attended' AND a.deleted = 0)";
    return sql;
}

std::string heldRows(std::string_view id)
{
    return "INSERT INTO sessions_held (session_id, start, worker_id, duration_minutes) " + heldSelect(id) + ";\n";
}

std::string recomputeHeld(std::string_view id)
{
    return "DELETE FROM sessions_held WHERE session_id = " + std::string(id) + ";\n  " + heldRows(id);
}

std::string trigger(std::string_view name, std::string_view event, std::string_view table, std::string_view when,
                    std::string_view body)
{
    std::string sql = "CREATE TRIGGER ";
    sql += name;
    sql += " AFTER ";
    sql += event;
    sql += " ON ";
    sql += table;
    if (!when.empty()) {
        sql += " WHEN ";
        sql += when;
    }
    sql += " BEGIN\n  ";
    sql += body;
    sql += "END;\n";
    return sql;
}

constexpr std::string_view kInterventionOfNew = "(SELECT intervention_id FROM sessions WHERE id = NEW.session_id)";
constexpr std::string_view kInterventionOfOld = "(SELECT intervention_id FROM sessions WHERE id = OLD.session_id)";

// Every trigger triggersSql() makes, for dropSql().
constexpr const char* kTriggers[] = {"intervention_attendance_session_insert",
                                     "intervention_attendance_session_update",
                                     "intervention_attendance_session_delete",
                                     "intervention_attendance_attendee_insert",
                                     "intervention_attendance_attendee_update",
                                     "intervention_attendance_attendee_delete",
                                     "intervention_attendance_intervention_update",
                                     "intervention_attendance_intervention_delete",
                                     "sessions_held_session_insert",
                                     "sessions_held_session_update",
                                     "sessions_held_session_delete",
                                     "sessions_held_attendee_insert",
                                     "sessions_held_attendee_update",
                                     "sessions_held_attendee_delete"};

} // namespace

std::string createSql()
{
    return "CREATE TABLE intervention_attendance (intervention_id BLOB PRIMARY KEY, first_attended TEXT NOT NULL, "
           "attended_minutes INTEGER NOT NULL) WITHOUT ROWID;\n"
           "CREATE INDEX intervention_attendance_first ON intervention_attendance(first_attended, intervention_id, "
           "attended_minutes);\n"
           "CREATE TABLE sessions_held (session_id BLOB PRIMARY KEY, start TEXT NOT NULL, worker_id BLOB, "
           "duration_minutes INTEGER NOT NULL) WITHOUT ROWID;\n"
           "CREATE INDEX sessions_held_period ON sessions_held(start, worker_id, duration_minutes, session_id);\n";
}

std::string triggersSql()
{
    std::string sql;
    // intervention_attendance
    sql += trigger("intervention_attendance_session_insert", "INSERT", "sessions", "NEW.intervention_id IS NOT NULL",
                   recomputeAttendance("NEW.intervention_id"));
    sql +=
        trigger("intervention_attendance_session_update", "UPDATE OF intervention_id, start, duration_minutes, deleted",
                "sessions", "OLD.intervention_id IS NOT NULL OR NEW.intervention_id IS NOT NULL",
                recomputeAttendance("OLD.intervention_id") + "  " + recomputeAttendance("NEW.intervention_id"));
    sql += trigger("intervention_attendance_session_delete", "DELETE", "sessions", "OLD.intervention_id IS NOT NULL",
                   recomputeAttendance("OLD.intervention_id"));
    sql += trigger("intervention_attendance_attendee_insert", "INSERT", "session_attendees", "",
                   recomputeAttendance(kInterventionOfNew));
    sql += trigger("intervention_attendance_attendee_update", "UPDATE OF session_id, referral_id, attendance, deleted",
                   "session_attendees", "",
                   recomputeAttendance(kInterventionOfOld) + "  " + recomputeAttendance(kInterventionOfNew));
    sql += trigger("intervention_attendance_attendee_delete", "DELETE", "session_attendees", "",
                   recomputeAttendance(kInterventionOfOld));
    sql += trigger("intervention_attendance_intervention_update", "UPDATE OF referral_id", "interventions", "",
                   recomputeAttendance("NEW.id"));
    sql += trigger("intervention_attendance_intervention_delete", "DELETE", "interventions", "",
                   "DELETE FROM intervention_attendance WHERE intervention_id = OLD.id;\n");
    // sessions_held
    sql += trigger("sessions_held_session_insert", "INSERT", "sessions", "", recomputeHeld("NEW.id"));
    sql += trigger("sessions_held_session_update", "UPDATE OF id, start, worker_id, duration_minutes, deleted",
                   "sessions", "", recomputeHeld("OLD.id") + "  " + recomputeHeld("NEW.id"));
    sql += trigger("sessions_held_session_delete", "DELETE", "sessions", "",
                   "DELETE FROM sessions_held WHERE session_id = OLD.id;\n");
    sql += trigger("sessions_held_attendee_insert", "INSERT", "session_attendees", "NEW.attendance = 'attended'",
                   recomputeHeld("NEW.session_id"));
    sql += trigger("sessions_held_attendee_update", "UPDATE OF session_id, attendance, deleted", "session_attendees",
                   "", recomputeHeld("OLD.session_id") + "  " + recomputeHeld("NEW.session_id"));
    sql += trigger("sessions_held_attendee_delete", "DELETE", "session_attendees", "OLD.attendance = 'attended'",
                   recomputeHeld("OLD.session_id"));
    return sql;
}

std::string rebuildSql()
{
    return "DELETE FROM intervention_attendance;\n" + attendanceRows("") + "DELETE FROM sessions_held;\n" +
           heldRows("");
}

std::string dropSql()
{
    std::string sql;
    for (const char* name : kTriggers) {
        sql += "DROP TRIGGER IF EXISTS ";
        sql += name;
        sql += ";\n";
    }
    return sql + "DROP TABLE IF EXISTS intervention_attendance;\nDROP TABLE IF EXISTS sessions_held;\n";
}

Result<std::string> check(Database& db)
{
    // The triggers, each exactly as made (SQLite keeps a trigger's text without its ';').
    std::set<std::string> expected;
    const std::string all = triggersSql();
    for (std::size_t at = 0; at < all.size();) {
        const std::size_t end = all.find("END;\n", at);
        if (end == std::string::npos)
            break;
        expected.insert(all.substr(at, end + 3 - at));
        at = end + 5;
    }
    std::set<std::string> found;
    {
        Statement st(db, "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND (name LIKE "
                         "'intervention\\_attendance\\_%' ESCAPE '\\' OR name LIKE 'sessions\\_held\\_%' ESCAPE '\\')");
        if (!st.ok())
            return std::unexpected(st.error());
        if (auto done = st.forEachRow([&] { found.insert(st.text(0)); }); !done)
            return std::unexpected(done.error());
    }
    if (found != expected)
        return std::string("the report facts' triggers are missing or not as Waymark made them");
    // The rows: what the triggers kept equals what the sessions and attendees give.
    const auto differ = [&](const std::string& kept, const std::string& derived) -> Result<bool> {
        Statement st(db, "SELECT EXISTS (" + kept + " EXCEPT " + derived + ") OR EXISTS (" + derived + " EXCEPT " +
                             kept + ")");
        if (!st.ok())
            return std::unexpected(st.error());
        auto row = st.step();
        if (!row)
            return std::unexpected(row.error());
        return *row && st.integer(0) != 0;
    };
    auto attendance = differ("SELECT intervention_id, first_attended, attended_minutes FROM intervention_attendance",
                             attendanceSelect(""));
    if (!attendance)
        return std::unexpected(attendance.error());
    if (*attendance)
        return std::string("intervention_attendance differs from the sessions and attendances it is derived from");
    auto held = differ("SELECT session_id, start, worker_id, duration_minutes FROM sessions_held", heldSelect(""));
    if (!held)
        return std::unexpected(held.error());
    if (*held)
        return std::string("sessions_held differs from the sessions and attendances it is derived from");
    return std::string();
}

} // namespace waymark::report_facts
