#include "core/store/SessionStore.h"

#include "core/domain/Person.h"
#include "core/store/ChangeLog.h"
#include "core/store/Columns.h"
#include "core/store/Database.h"
#include "core/store/Visibility.h"

#include <chrono>
#include <map>

namespace waymark {

namespace {

using columns::Column;
using columns::field;
using columns::Index;
using columns::Info;
using columns::Kind;
using columns::NamedRow;
using columns::Table;
using columns::Value;

constexpr int kSince = 10;

// An attendee as stored: the attendee, its session and a copy of the session's start (so a
// person's sessions are read in time order through one index).
struct AttendeeRow
{
    Uuid sessionId;
    UtcSeconds start{};
    SessionAttendee a;
};

Info info(std::string_view name, Kind kind, bool required = false)
{
    Info i;
    i.name = name;
    i.kind = kind;
    i.required = required;
    i.since = kSince;
    return i;
}

Index index(std::string_view name, std::string_view on)
{
    Index i;
    i.name = name;
    i.on = on;
    i.since = kSince;
    return i;
}

template <class R, auto Ref> Column<R> col(std::string_view name, Kind kind, bool required = false)
{
    return field<R, Ref>(info(name, kind, required));
}

// A start instant as text "YYYY-MM-DDTHH:MM:SSZ" (text order is time order).
template <class R, auto Ref> Column<R> startColumn()
{
    Column<R> c;
    c.info = info("start", Kind::Code, true);
    c.get = [](const R& r) -> Value { return formatUtc(std::invoke(Ref, const_cast<R&>(r))); };
    c.set = [](R& r, Value v) { std::invoke(Ref, r) = parseUtc(v.value_or("")).value_or(UtcSeconds{}); };
    return c;
}

UtcSeconds& sessionStart(Session& s)
{
    return s.start;
}
UtcSeconds& rowStart(AttendeeRow& r)
{
    return r.start;
}

const Table<Session>& sessionTable()
{
    static const Table<Session> table = [] {
        using S = Session;
        Table<S> t;
        t.name = "sessions";
        t.id = [](const S& s) { return s.id; };
        t.setId = [](S& s, const Uuid& id) { s.id = id; };
        t.setHlc = [](S& s, std::string hlc) { s.updatedHlc = std::move(hlc); };
        t.columns = {
            startColumn<S, &sessionStart>(),
            col<S, &S::timeZone>("time_zone", Kind::Code, true),
            col<S, &S::durationMinutes>("duration_minutes", Kind::Int),
            col<S, &S::type>("type", Kind::Code, true),
            col<S, &S::location>("location", Kind::Text),
            col<S, &S::interventionId>("intervention_id", Kind::Uuid),
            [] {
                Column<S> c;
                c.info = info("domains", Kind::Code);
                c.get = [](const S& s) -> Value { return joinDomains(s.domains); };
                c.set = [](S& s, Value v) { s.domains = splitDomains(v.value_or("")); };
                return c;
            }(),
            col<S, &S::note>("note", Kind::Text),
            col<S, &S::worker>("worker_id", Kind::Uuid, true),
            col<S, &S::createdAt>("created_at", Kind::Text, true),
        };
        t.indexes = {
            index("sessions_start", "start"),
            index("sessions_worker", "worker_id, start"),
            index("sessions_intervention", "intervention_id"),
            // Schema 15, for the reports: the sessions of a period and of an intervention read
            // from the index alone (docs/measures.md, "Performance").
            [] {
                Index i = index("sessions_period", "start, intervention_id, worker_id, duration_minutes, id");
                i.since = 15;
                return i;
            }(),
            [] {
                Index i = index("sessions_intervention_start", "intervention_id, start, duration_minutes, id");
                i.since = 15;
                return i;
            }(),
        };
        return t;
    }();
    return table;
}

const Table<AttendeeRow>& attendeeTable()
{
    static const Table<AttendeeRow> table =
                                        [] {
                                            using A = AttendeeRow;
                                            Table<A> t;
                                            t.name = "session_attendees";
                                            t.id = [](const A& a) { return a.a.id; };
                                            t.setId = [](A& a, const Uuid& id) { a.a.id = id; };
                                            t.setHlc = [](A& a, std::string hlc) { a.a.updatedHlc = std::move(hlc); };
                                            t.columns = {col<A, &A::sessionId>("session_id", Kind::Uuid, true), col < A,
                                                         [](A & a) -> auto& {return a.a.personId;
                                        } > ("person_id", Kind::Uuid, true),
                                    col < A, [](A & a) -> auto &
    {
        return a.a.referralId;
    }
    > ("referral_id", Kind::Uuid, true), col < A, [](A & a) -> auto&
    {
        return a.a.attendance;
    }
    > ("attendance", Kind::Code, true), startColumn<A, &rowStart>(),
};
t.indexes = {
    index("session_attendees_session", "session_id"),
    index("session_attendees_person", "person_id, start"),
    index("session_attendees_referral", "referral_id, start"),
    // Schema 15: who attended a session, from the index alone (the reports).
    [] {
        Index i = index("session_attendees_attended", "session_id, referral_id");
        i.where = "attendance = 'attended'";
        i.since = 15;
        return i;
    }(),
};
return t;
}
();
return table;
}

constexpr TimelineSource kTimeline[] = {
    {"session", "SELECT a.start AS at, a.session_id AS record_id, a.referral_id AS referral_id, a.attendance AS title, "
                "s.type AS detail, s.worker_id AS author_id, 0 AS sensitive "
                "FROM session_attendees a INDEXED BY session_attendees_person JOIN sessions s ON s.id = a.session_id "
                "WHERE a.person_id = ?1 AND a.deleted = 0 AND a.start < ?2 AND a.start >= ?3 AND s.deleted = 0 "
                "ORDER BY a.start DESC LIMIT ?4"},
};

AttendeeRow rowFor(const Session& s, const SessionAttendee& a)
{
    AttendeeRow r;
    r.sessionId = s.id;
    r.start = s.start;
    r.a = a;
    return r;
}

} // namespace

std::string SessionStore::createTablesSql(int version)
{
    return columns::createTableSql(sessionTable(), version) + columns::createTableSql(attendeeTable(), version);
}

std::string SessionStore::addIndexesSql(int version)
{
    return columns::addColumnsSql(sessionTable().name, {}, sessionTable().indexes, version) +
           columns::addColumnsSql(attendeeTable().name, {}, attendeeTable().indexes, version);
}

std::vector<std::string> SessionStore::columnNames(std::string_view table)
{
    std::vector<columns::Info> infos;
    if (table == "sessions")
        infos = columns::infos(sessionTable());
    else if (table == "session_attendees")
        infos = columns::infos(attendeeTable());
    std::vector<std::string> out;
    for (const auto& i : infos)
        out.emplace_back(i.name);
    return out;
}

std::span<const TimelineSource> SessionStore::timelineSources()
{
    return kTimeline;
}

Status SessionStore::insert(Session& session, ChangeLog& changes)
{
    if (auto st = columns::insert(m_db, sessionTable(), session, changes); !st)
        return st;
    for (auto& a : session.attendees) {
        a.id = Uuid::v7(std::chrono::system_clock::now());
        if (auto st = columns::insert(m_db, attendeeTable(), rowFor(session, a), changes); !st)
            return st;
        a.updatedHlc = changes.hlc();
    }
    session.updatedHlc = changes.hlc();
    return {};
}

Status SessionStore::update(const Session& before, Session& after, ChangeLog& changes)
{
    if (auto st = columns::update(m_db, sessionTable(), before, after, changes); !st)
        return st;
    std::map<Uuid, const SessionAttendee*> old;
    for (const auto& a : before.attendees)
        old[a.personId] = &a;
    for (auto& a : after.attendees) {
        const auto it = old.find(a.personId);
        if (it == old.end()) {
            a.id = Uuid::v7(std::chrono::system_clock::now());
            if (auto st = columns::insert(m_db, attendeeTable(), rowFor(after, a), changes); !st)
                return st;
            a.updatedHlc = changes.hlc();
            continue;
        }
        a.id = it->second->id;
        const std::int64_t recordedBefore = changes.recorded();
        if (auto st = columns::update(m_db, attendeeTable(), rowFor(before, *it->second), rowFor(after, a), changes);
            !st)
            return st;
        a.updatedHlc = changes.recorded() > recordedBefore ? changes.hlc() : it->second->updatedHlc;
        old.erase(it);
    }
    for (const auto& [person, gone] : old) {
        Statement st(m_db, "UPDATE session_attendees SET deleted = 1, updated_hlc = ? WHERE id = ?");
        st.bind(1, changes.hlc());
        st.bind(2, gone->id);
        if (auto r = changes.record("session_attendees", gone->id, {{"deleted", std::string("1")}}); !r)
            return std::unexpected(r.error());
        if (auto r = st.run(); !r)
            return r;
    }
    if (changes.recorded() > 0)
        after.updatedHlc = changes.hlc();
    return {};
}

Result<std::vector<SessionAttendee>> SessionStore::attendees(const Uuid& sessionId)
{
    static const std::string sql =
        "SELECT " + columns::selectList(attendeeTable(), "a.") +
        ", p.case_reference AS person_reference, p.given_name, p.family_name, p.preferred_name, "
        "r.reference AS referral_reference FROM session_attendees a "
        "LEFT JOIN people p ON p.id = a.person_id LEFT JOIN referrals r ON r.id = a.referral_id "
        "WHERE a.session_id = ? AND a.deleted = 0 AND " +
        visibility::personVisible("a.person_id") + " ORDER BY a.rowid";
    Statement st(m_db, sql, true);
    st.bind(1, sessionId);
    std::vector<SessionAttendee> out;
    const NamedRow row(st);
    auto r = st.forEachRow([&] {
        AttendeeRow a;
        columns::read(attendeeTable(), row, a);
        a.a.personReference = row.text("person_reference");
        PersonSummary p;
        p.givenName = row.text("given_name");
        p.familyName = row.text("family_name");
        p.preferredName = row.text("preferred_name");
        a.a.personName = p.displayName();
        a.a.referralReference = row.text("referral_reference");
        out.push_back(std::move(a.a));
    });
    st.reset();
    if (!r)
        return std::unexpected(r.error());
    return out;
}

Result<std::optional<Session>> SessionStore::load(const Uuid& id)
{
    static const std::string sql =
        "SELECT " + columns::selectList(sessionTable()) + " FROM sessions WHERE id = ? AND deleted = 0";
    Session s;
    {
        Statement st(m_db, sql, true);
        st.bind(1, id);
        auto row = st.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return std::optional<Session>{};
        columns::read(sessionTable(), NamedRow(st), s);
        st.reset();
    }
    auto people = attendees(id);
    if (!people)
        return std::unexpected(people.error());
    s.attendees = std::move(*people);
    return std::optional<Session>{std::move(s)};
}

Result<std::vector<Session>> SessionStore::list(const SessionQuery& q)
{
    std::string sql;
    std::vector<std::pair<Kind, Value>> values;
    const char* order = q.newestFirst ? " DESC" : "";
    auto range = [&](std::string_view column) {
        if (q.from) {
            sql += " AND " + std::string(column) + " >= ?";
            values.emplace_back(Kind::Code, formatUtc(*q.from));
        }
        if (q.to) {
            sql += " AND " + std::string(column) + " < ?";
            values.emplace_back(Kind::Code, formatUtc(*q.to));
        }
    };
    if (q.referralId || q.personId) {
        const bool byReferral = q.referralId.has_value();
        sql = "SELECT a.session_id AS id FROM session_attendees a WHERE a.deleted = 0 AND " +
              visibility::personVisible("a.person_id") + " AND ";
        sql += byReferral ? "a.referral_id = ?" : "a.person_id = ?";
        values.emplace_back(Kind::Uuid, (byReferral ? *q.referralId : *q.personId).toString());
        if (byReferral && q.personId) {
            sql += " AND a.person_id = ?";
            values.emplace_back(Kind::Uuid, q.personId->toString());
        }
        range("a.start");
        if (q.worker) {
            sql += " AND (SELECT worker_id FROM sessions s WHERE s.id = a.session_id) = ?";
            values.emplace_back(Kind::Uuid, q.worker->toString());
        }
        sql += std::string(" ORDER BY a.start") + order + ", a.session_id" + order;
    } else {
        // A session with a restricted attendee kept from this user is not listed (Visibility.h).
        sql = "SELECT id FROM sessions WHERE deleted = 0 AND NOT EXISTS (SELECT 1 FROM session_attendees ha "
              "WHERE ha.session_id = sessions.id AND ha.deleted = 0 AND NOT " +
              visibility::personVisible("ha.person_id") + ")";
        if (q.worker) {
            sql += " AND worker_id = ?";
            values.emplace_back(Kind::Uuid, q.worker->toString());
        }
        range("start");
        sql += std::string(" ORDER BY start") + order + ", id" + order;
    }
    sql += " LIMIT ?";
    std::vector<Uuid> ids;
    {
        Statement st(m_db, sql);
        int i = 1;
        for (const auto& [kind, v] : values)
            columns::bind(st, i++, kind, v);
        st.bind(i, std::max(0, q.limit));
        if (auto r = st.forEachRow([&] { ids.push_back(st.uuid(0)); }); !r)
            return std::unexpected(r.error());
    }
    std::vector<Session> out;
    out.reserve(ids.size());
    for (const Uuid& id : ids) {
        auto s = load(id);
        if (!s)
            return std::unexpected(s.error());
        if (*s)
            out.push_back(std::move(**s));
    }
    return out;
}

} // namespace waymark
