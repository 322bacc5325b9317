#include "core/store/Visibility.h"

#include "core/store/Database.h"

#include <array>

namespace waymark::visibility {

namespace {

// The viewer may see restricted person `id`: a coordinator (as the account is now), or
// allocated to one of the person's live referrals (referrals_person index).
std::string allowed(std::string_view id)
{
    return "EXISTS (SELECT 1 FROM temp.waymark_viewer wv WHERE "
           "EXISTS (SELECT 1 FROM users wu WHERE wu.id = wv.user_id AND wu.role = 'coordinator' "
           "AND wu.active = 1 AND wu.deleted = 0) "
           "OR EXISTS (SELECT 1 FROM referrals wr WHERE wr.person_id = " +
           std::string(id) + " AND wr.deleted = 0 AND wr.allocated_to = wv.user_id))";
}

} // namespace

Status setViewer(Database& db, const Uuid& userId)
{
    if (auto st = db.exec("CREATE TEMP TABLE IF NOT EXISTS waymark_viewer (user_id BLOB NOT NULL)"); !st)
        return st;
    if (auto st = db.exec("DELETE FROM temp.waymark_viewer"); !st)
        return st;
    Statement st(db, "INSERT INTO temp.waymark_viewer (user_id) VALUES (?)");
    st.bind(1, userId);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    return {};
}

std::string personVisible(std::string_view personId)
{
    return "NOT EXISTS (SELECT 1 FROM people wp WHERE wp.id = " + std::string(personId) +
           " AND wp.restricted = 1 AND NOT " + allowed("wp.id") + ")";
}

std::string rowVisible(std::string_view alias)
{
    const std::string a(alias);
    return "(" + a + ".restricted = 0 OR " + allowed(a + ".id") + ")";
}

std::string restrictedHidden(std::string_view alias)
{
    return "NOT " + allowed(std::string(alias) + ".id");
}

Result<bool> visible(Database& db, const Uuid& personId)
{
    // Prepared once per connection: every read of a person's records asks it first.
    static const std::string kSql = "SELECT " + personVisible("?1");
    Statement st(db, kSql, true);
    st.bind(1, personId);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    return *row && st.integer(0) != 0;
}

Result<bool> restricted(Database& db, const Uuid& personId)
{
    Statement st(db, "SELECT restricted FROM people WHERE id = ?", true);
    st.bind(1, personId);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    return *row && st.integer(0) != 0;
}

Result<std::optional<Uuid>> personOf(Database& db, std::string_view table, const Uuid& recordId)
{
    // Only known table names reach the SQL text.
    static constexpr std::array<std::string_view, 12> kWithPerson = {"referrals",
                                                                     "notes",
                                                                     "tasks",
                                                                     "plans",
                                                                     "plan_goals",
                                                                     "interventions",
                                                                     "assessments",
                                                                     "closures",
                                                                     "outcome_snapshots",
                                                                     "follow_ups",
                                                                     "session_attendees",
                                                                     "plan_events"};
    std::string sql;
    if (table == "people")
        sql = "SELECT id FROM people WHERE id = ?";
    else if (table == "referral_events")
        sql = "SELECT r.person_id FROM referral_events e JOIN referrals r ON r.id = e.referral_id WHERE e.id = ?";
    else {
        bool known = false;
        for (auto t : kWithPerson)
            known = known || t == table;
        if (!known)
            return std::optional<Uuid>{};
        sql = "SELECT person_id FROM " + std::string(table) + " WHERE id = ?";
    }
    Statement st(db, sql, true); // one of 14 texts: prepared once per connection

    st.bind(1, recordId);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Uuid>{};
    return std::optional<Uuid>(st.uuid(0));
}

Result<std::optional<Uuid>> hiddenPersonOf(Database& db, const Uuid& recordId)
{
    // Ids are UUIDv7, unique across tables: at most one branch names the record (a session's
    // attendees give one row each).
    static const std::string sql =
        "SELECT pid FROM (SELECT id AS pid FROM people WHERE id = ?1 "
        "UNION ALL SELECT person_id FROM referrals WHERE id = ?1 "
        "UNION ALL SELECT person_id FROM notes WHERE id = ?1 "
        "UNION ALL SELECT person_id FROM tasks WHERE id = ?1 "
        "UNION ALL SELECT person_id FROM assessments WHERE id = ?1 "
        "UNION ALL SELECT person_id FROM plans WHERE id = ?1 "
        "UNION ALL SELECT person_id FROM interventions WHERE id = ?1 "
        "UNION ALL SELECT person_id FROM session_attendees WHERE session_id = ?1 AND deleted = 0) "
        "WHERE pid IS NOT NULL AND NOT " +
        personVisible("pid") + " LIMIT 1";
    Statement st(db, sql, true);
    st.bind(1, recordId);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    std::optional<Uuid> out;
    if (*row)
        out = st.uuid(0);
    st.reset();
    return out;
}

} // namespace waymark::visibility
