#include "core/store/OutcomeStore.h"

#include "core/store/ChangeLog.h"
#include "core/store/Columns.h"
#include "core/store/Database.h"

#include <chrono>

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

constexpr int kSince = 13; // the schema step that made these tables

template <class R, auto Ref> Column<R> col(std::string_view name, Kind kind, bool required = false)
{
    Info i;
    i.name = name;
    i.kind = kind;
    i.required = required;
    i.since = kSince;
    return field<R, Ref>(i);
}

Index index(std::string_view name, std::string_view on, std::string_view where = {})
{
    Index i;
    i.name = name;
    i.on = on;
    i.where = where;
    i.since = kSince;
    return i;
}

const Table<Closure>& closureTable()
{
    static const Table<Closure> table = [] {
        using R = Closure;
        Table<R> t;
        t.name = "closures";
        t.id = [](const R& r) { return r.id; };
        t.setId = [](R& r, const Uuid& id) { r.id = id; };
        t.setHlc = [](R& r, std::string hlc) { r.updatedHlc = std::move(hlc); };
        t.columns = {
            col<R, &R::referralId>("referral_id", Kind::Uuid, true),
            col<R, &R::personId>("person_id", Kind::Uuid, true),
            col<R, &R::status>("status", Kind::Code, true),
            col<R, &R::note>("note", Kind::Text),
            col<R, &R::state>("state", Kind::Code, true),
            col<R, &R::requestedBy>("requested_by", Kind::Uuid),
            col<R, &R::requestedAt>("requested_at", Kind::Text, true),
            col<R, &R::decidedBy>("decided_by", Kind::Uuid),
            col<R, &R::decidedAt>("decided_at", Kind::Text),
            col<R, &R::comment>("comment", Kind::Text),
            col<R, &R::closedOn>("closed_on", Kind::Date),
            col<R, &R::followUp3>("follow_up_3m", Kind::Date),
            col<R, &R::followUp6>("follow_up_6m", Kind::Date),
            col<R, &R::followUp12>("follow_up_12m", Kind::Date),
            col<R, &R::reopenedBy>("reopened_by", Kind::Uuid),
            col<R, &R::reopenedAt>("reopened_at", Kind::Text),
            col<R, &R::reopenReason>("reopen_reason", Kind::Text),
        };
        t.indexes = {
            index("closures_referral", "referral_id, requested_at"),
            // The timeline: a person's approved closures by date.
            index("closures_person", "person_id, closed_on"),
            // Quarterly closure cohorts (reoffending) and the follow-up checks.
            index("closures_closed", "closed_on", "state = 'approved'"),
        };
        return t;
    }();
    return table;
}

Value hoursValue(const OutcomeSnapshot& s)
{
    return s.eteHours ? Value{std::to_string(*s.eteHours)} : Value{};
}

void setHours(OutcomeSnapshot& s, Value v)
{
    if (v && !v->empty())
        s.eteHours = std::stoi(*v);
    else
        s.eteHours.reset();
}

const Table<OutcomeSnapshot>& snapshotTable()
{
    static const Table<OutcomeSnapshot> table = [] {
        using R = OutcomeSnapshot;
        Table<R> t;
        t.name = "outcome_snapshots";
        t.id = [](const R& r) { return r.id; };
        t.setId = [](R& r, const Uuid& id) { r.id = id; };
        t.setHlc = [](R& r, std::string hlc) { r.updatedHlc = std::move(hlc); };
        Column<R> hours;
        hours.info.name = "ete_hours";
        hours.info.kind = Kind::Code; // a number or NULL (not recorded)
        hours.info.since = kSince;
        hours.get = hoursValue;
        hours.set = setHours;
        t.columns = {
            col<R, &R::referralId>("referral_id", Kind::Uuid, true),
            col<R, &R::personId>("person_id", Kind::Uuid, true),
            col<R, &R::stage>("stage", Kind::Code, true),
            col<R, &R::takenOn>("taken_on", Kind::Date, true),
            col<R, &R::accommodationSuitable>("accommodation_suitable", Kind::Code),
            col<R, &R::eteSuitable>("ete_suitable", Kind::Code),
            hours,
            col<R, &R::sendAln>("send_aln", Kind::Code),
            col<R, &R::sendPlan>("send_plan", Kind::Code),
            col<R, &R::mentalHealthNeed>("mental_health_need", Kind::Code),
            col<R, &R::mentalHealthOffered>("mental_health_offered", Kind::Code),
            col<R, &R::mentalHealthAttending>("mental_health_attending", Kind::Code),
            col<R, &R::substanceUseNeed>("substance_use_need", Kind::Code),
            col<R, &R::substanceUseOffered>("substance_use_offered", Kind::Code),
            col<R, &R::substanceUseAttending>("substance_use_attending", Kind::Code),
            col<R, &R::victimsContacted>("victims_contacted", Kind::Code),
            col<R, &R::victimsConsented>("victims_consented", Kind::Code),
            col<R, &R::victimsEngaged>("victims_engaged", Kind::Code),
            col<R, &R::recordedAt>("recorded_at", Kind::Text, true),
            col<R, &R::recordedBy>("recorded_by", Kind::Uuid),
        };
        t.indexes = {
            index("outcome_snapshots_referral", "referral_id, stage"),
            index("outcome_snapshots_person", "person_id, taken_on"),
        };
        return t;
    }();
    return table;
}

const Table<FollowUp>& followUpTable()
{
    static const Table<FollowUp> table = [] {
        using R = FollowUp;
        Table<R> t;
        t.name = "follow_ups";
        t.id = [](const R& r) { return r.id; };
        t.setId = [](R& r, const Uuid& id) { r.id = id; };
        t.setHlc = [](R& r, std::string hlc) { r.updatedHlc = std::move(hlc); };
        t.columns = {
            col<R, &R::referralId>("referral_id", Kind::Uuid, true),
            col<R, &R::personId>("person_id", Kind::Uuid, true),
            col<R, &R::closureId>("closure_id", Kind::Uuid, true),
            col<R, &R::kind>("kind", Kind::Code, true),
            col<R, &R::check>("check_code", Kind::Code),
            col<R, &R::happenedOn>("happened_on", Kind::Date, true),
            col<R, &R::outcomeType>("outcome_type", Kind::Code),
            col<R, &R::outcomeDate>("outcome_date", Kind::Date),
            col<R, &R::note>("note", Kind::Text),
            col<R, &R::recordedAt>("recorded_at", Kind::Text, true),
            col<R, &R::recordedBy>("recorded_by", Kind::Uuid),
        };
        t.indexes = {
            index("follow_ups_referral", "referral_id, happened_on"),
            index("follow_ups_person", "person_id, happened_on"),
            // Whether a closure's scheduled check has been answered (My work's follow-up tasks).
            index("follow_ups_closure", "closure_id, check_code"),
            // Reoffences by offence date (the reoffending measure).
            index("follow_ups_reoffence", "happened_on", "kind = 'reoffence'"),
        };
        return t;
    }();
    return table;
}

constexpr std::string_view kTables[] = {"closures", "outcome_snapshots", "follow_ups"};

constexpr TimelineSource kTimeline[] = {
    {"outcome", "SELECT c.closed_on AS at, c.id AS record_id, c.referral_id, 'closed' AS title, c.status AS detail, "
                "c.decided_by AS author_id, 0 AS sensitive FROM closures c INDEXED BY closures_person "
                "WHERE c.person_id = ?1 AND c.deleted = 0 AND c.state = 'approved' AND c.closed_on < ?2 "
                "AND c.closed_on >= ?3 ORDER BY c.closed_on DESC LIMIT ?4"},
    {"outcome", "SELECT s.taken_on AS at, s.id AS record_id, s.referral_id, 'outcome_' || s.stage AS title, "
                "'' AS detail, s.recorded_by AS author_id, 0 AS sensitive FROM outcome_snapshots s "
                "INDEXED BY outcome_snapshots_person WHERE s.person_id = ?1 AND s.deleted = 0 AND s.taken_on < ?2 "
                "AND s.taken_on >= ?3 ORDER BY s.taken_on DESC LIMIT ?4"},
    {"outcome", "SELECT f.happened_on AS at, f.id AS record_id, f.referral_id, f.kind AS title, "
                "coalesce(f.outcome_type, '') AS detail, f.recorded_by AS author_id, 0 AS sensitive FROM follow_ups f "
                "INDEXED BY follow_ups_person WHERE f.person_id = ?1 AND f.deleted = 0 AND f.happened_on < ?2 "
                "AND f.happened_on >= ?3 ORDER BY f.happened_on DESC LIMIT ?4"},
};

template <class R> Result<std::vector<R>> loadMany(Statement& st, const Table<R>& t)
{
    std::vector<R> out;
    std::optional<NamedRow> named;
    auto done = st.forEachRow([&] {
        if (!named)
            named.emplace(st);
        R r;
        columns::read(t, *named, r);
        out.push_back(std::move(r));
    });
    st.reset();
    if (!done)
        return std::unexpected(done.error());
    return out;
}

template <class R> Status insertRow(Database& db, const Table<R>& t, R& r, ChangeLog& changes)
{
    if (r.id.isNull())
        r.id = Uuid::v7(std::chrono::system_clock::now());
    if (auto st = columns::insert(db, t, r, changes); !st)
        return st;
    r.updatedHlc = changes.hlc();
    return {};
}

template <class R> Status updateRow(Database& db, const Table<R>& t, const R& before, R& after, ChangeLog& changes)
{
    const int recorded = changes.recorded();
    if (auto st = columns::update(db, t, before, after, changes); !st)
        return st;
    if (changes.recorded() > recorded)
        after.updatedHlc = changes.hlc();
    return {};
}

template <class R> Result<std::optional<R>> first(Result<std::vector<R>> rows)
{
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return std::optional<R>{};
    return std::optional<R>{std::move(rows->front())};
}

} // namespace

std::string OutcomeStore::createTablesSql(int version)
{
    return columns::createTableSql(closureTable(), version) + columns::createTableSql(snapshotTable(), version) +
           columns::createTableSql(followUpTable(), version);
}

std::span<const std::string_view> OutcomeStore::tableNames()
{
    return kTables;
}

std::vector<std::string> OutcomeStore::columnNames(std::string_view table)
{
    std::vector<Info> infos;
    if (table == "closures")
        infos = columns::infos(closureTable());
    else if (table == "outcome_snapshots")
        infos = columns::infos(snapshotTable());
    else if (table == "follow_ups")
        infos = columns::infos(followUpTable());
    std::vector<std::string> out;
    for (const auto& i : infos)
        out.emplace_back(i.name);
    return out;
}

std::span<const TimelineSource> OutcomeStore::timelineSources()
{
    return kTimeline;
}

Status OutcomeStore::insertClosure(Closure& closure, ChangeLog& changes)
{
    return insertRow(m_db, closureTable(), closure, changes);
}

Status OutcomeStore::updateClosure(const Closure& before, Closure& after, ChangeLog& changes)
{
    return updateRow(m_db, closureTable(), before, after, changes);
}

Result<std::optional<Closure>> OutcomeStore::latestClosure(const Uuid& referralId)
{
    static const std::string sql = "SELECT " + columns::selectList(closureTable()) +
                                   " FROM closures WHERE referral_id = ? AND deleted = 0 "
                                   "ORDER BY requested_at DESC, id DESC LIMIT 1";
    Statement st(m_db, sql, true);
    st.bind(1, referralId);
    return first(loadMany(st, closureTable()));
}

Result<std::vector<Closure>> OutcomeStore::closures(const Uuid& referralId)
{
    static const std::string sql = "SELECT " + columns::selectList(closureTable()) +
                                   " FROM closures WHERE referral_id = ? AND deleted = 0 ORDER BY requested_at, id";
    Statement st(m_db, sql, true);
    st.bind(1, referralId);
    return loadMany(st, closureTable());
}

Status OutcomeStore::insertSnapshot(OutcomeSnapshot& snapshot, ChangeLog& changes)
{
    return insertRow(m_db, snapshotTable(), snapshot, changes);
}

Status OutcomeStore::updateSnapshot(const OutcomeSnapshot& before, OutcomeSnapshot& after, ChangeLog& changes)
{
    return updateRow(m_db, snapshotTable(), before, after, changes);
}

Result<std::optional<OutcomeSnapshot>> OutcomeStore::snapshot(const Uuid& referralId, std::string_view stage)
{
    static const std::string sql = "SELECT " + columns::selectList(snapshotTable()) +
                                   " FROM outcome_snapshots WHERE referral_id = ? AND stage = ? AND deleted = 0 "
                                   "ORDER BY id LIMIT 1";
    Statement st(m_db, sql, true);
    st.bind(1, referralId);
    st.bind(2, stage);
    return first(loadMany(st, snapshotTable()));
}

Status OutcomeStore::insertFollowUp(FollowUp& followUp, ChangeLog& changes)
{
    return insertRow(m_db, followUpTable(), followUp, changes);
}

Result<std::vector<FollowUp>> OutcomeStore::followUps(const Uuid& referralId)
{
    static const std::string sql = "SELECT " + columns::selectList(followUpTable()) +
                                   " FROM follow_ups WHERE referral_id = ? AND deleted = 0 "
                                   "ORDER BY happened_on, recorded_at, id";
    Statement st(m_db, sql, true);
    st.bind(1, referralId);
    return loadMany(st, followUpTable());
}

} // namespace waymark
