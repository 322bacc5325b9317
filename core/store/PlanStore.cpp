#include "core/store/PlanStore.h"

#include "core/Text.h"
#include "core/store/ChangeLog.h"
#include "core/store/Columns.h"
#include "core/store/Database.h"
#include "core/store/Visibility.h"

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

constexpr int kSince = 9; // the schema step that made these tables

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

const Table<Plan>& planTable()
{
    static const Table<Plan> table = [] {
        using R = Plan;
        Table<R> t;
        t.name = "plans";
        t.id = [](const R& r) { return r.id; };
        t.setId = [](R& r, const Uuid& id) { r.id = id; };
        t.setHlc = [](R& r, std::string hlc) { r.updatedHlc = std::move(hlc); };
        t.columns = {
            col<R, &R::personId>("person_id", Kind::Uuid, true),
            col<R, &R::referralId>("referral_id", Kind::Uuid, true),
            col<R, &R::createdAt>("created_at", Kind::Text, true),
            col<R, &R::createdBy>("created_by", Kind::Uuid),
            col<R, &R::reviewDate>("review_date", Kind::Date),
        };
        t.indexes = {index("plans_referral", "referral_id"), index("plans_person", "person_id, created_at")};
        return t;
    }();
    return table;
}

// The goal's domains as one code column: "ete,peers_lifestyle" (table order).
Value domainsValue(const PlanGoal& g)
{
    std::string out;
    for (const auto& d : g.domains)
        out += (out.empty() ? "" : ",") + d;
    return out;
}

void setDomains(PlanGoal& g, Value v)
{
    g.domains.clear();
    if (v && !v->empty())
        g.domains = text::split(*v, ',');
}

const Table<PlanGoal>& goalTable()
{
    static const Table<PlanGoal> table = [] {
        using R = PlanGoal;
        Table<R> t;
        t.name = "plan_goals";
        t.id = [](const R& r) { return r.id; };
        t.setId = [](R& r, const Uuid& id) { r.id = id; };
        t.setHlc = [](R& r, std::string hlc) { r.updatedHlc = std::move(hlc); };
        Column<R> domains;
        domains.info = info("domains", Kind::Code);
        domains.get = domainsValue;
        domains.set = setDomains;
        t.columns = {
            col<R, &R::planId>("plan_id", Kind::Uuid, true),
            col<R, &R::personId>("person_id", Kind::Uuid, true),
            col<R, &R::referralId>("referral_id", Kind::Uuid, true),
            col<R, &R::text>("text", Kind::Text, true),
            domains,
            col<R, &R::status>("status", Kind::Code, true),
            col<R, &R::createdAt>("created_at", Kind::Text, true),
            col<R, &R::createdBy>("created_by", Kind::Uuid),
        };
        t.indexes = {index("plan_goals_plan", "plan_id"), index("plan_goals_person", "person_id, created_at")};
        return t;
    }();
    return table;
}

const Table<Intervention>& interventionTable()
{
    static const Table<Intervention> table = [] {
        using R = Intervention;
        Table<R> t;
        t.name = "interventions";
        t.id = [](const R& r) { return r.id; };
        t.setId = [](R& r, const Uuid& id) { r.id = id; };
        t.setHlc = [](R& r, std::string hlc) { r.updatedHlc = std::move(hlc); };
        t.columns = {
            col<R, &R::planId>("plan_id", Kind::Uuid, true),
            col<R, &R::personId>("person_id", Kind::Uuid, true),
            col<R, &R::referralId>("referral_id", Kind::Uuid, true),
            col<R, &R::type>("type", Kind::Code, true),
            col<R, &R::providerId>("provider_id", Kind::Uuid),
            col<R, &R::plannedStart>("planned_start", Kind::Date),
            col<R, &R::plannedEnd>("planned_end", Kind::Date),
            col<R, &R::status>("status", Kind::Code, true),
            col<R, &R::referredOn>("referred_on", Kind::Date),
            col<R, &R::outcome>("outcome", Kind::Code),
            col<R, &R::outcomeNote>("outcome_note", Kind::Text),
            col<R, &R::consentOverridden>("consent_overridden", Kind::Bool),
            col<R, &R::overrideReason>("override_reason", Kind::Text),
            col<R, &R::overriddenBy>("overridden_by", Kind::Uuid),
            col<R, &R::overriddenAt>("overridden_at", Kind::Text),
            col<R, &R::createdAt>("created_at", Kind::Text, true),
            col<R, &R::createdBy>("created_by", Kind::Uuid),
        };
        t.indexes = {
            index("interventions_referral", "referral_id, planned_start"),
            index("interventions_person", "person_id, created_at"),
            // Outcomes by provider and by type (the funders' report).
            index("interventions_provider", "provider_id, status"),
            index("interventions_type", "type, status"),
        };
        return t;
    }();
    return table;
}

const Table<Provider>& providerTable()
{
    static const Table<Provider> table = [] {
        using R = Provider;
        Table<R> t;
        t.name = "providers";
        t.id = [](const R& r) { return r.id; };
        t.setId = [](R& r, const Uuid& id) { r.id = id; };
        t.setHlc = [](R& r, std::string hlc) { r.updatedHlc = std::move(hlc); };
        t.columns = {
            col<R, &R::name>("name", Kind::Text, true),
            col<R, &R::kind>("kind", Kind::Code),
            col<R, &R::fundingSource>("funding_source", Kind::Text),
            col<R, &R::contactName>("contact_name", Kind::Text),
            col<R, &R::contactPhone>("contact_phone", Kind::Text),
            col<R, &R::contactEmail>("contact_email", Kind::Text),
            col<R, &R::active>("active", Kind::Bool),
            col<R, &R::createdAt>("created_at", Kind::Text, true),
        };
        t.indexes = {index("providers_name", "name COLLATE NOCASE")};
        return t;
    }();
    return table;
}

const Table<PlanEvent>& eventTable()
{
    static const Table<PlanEvent> table = [] {
        using R = PlanEvent;
        Table<R> t;
        t.name = "plan_events";
        t.id = [](const R& r) { return r.id; };
        t.setId = [](R& r, const Uuid& id) { r.id = id; };
        t.columns = {
            col<R, &R::personId>("person_id", Kind::Uuid, true),
            col<R, &R::referralId>("referral_id", Kind::Uuid, true),
            col<R, &R::recordId>("record_id", Kind::Uuid),
            col<R, &R::kind>("kind", Kind::Code, true),
            col<R, &R::code>("code", Kind::Code),
            col<R, &R::fromStatus>("from_status", Kind::Code),
            col<R, &R::toStatus>("to_status", Kind::Code),
            col<R, &R::note>("note", Kind::Text),
            col<R, &R::by>("by_user", Kind::Uuid),
            col<R, &R::at>("at", Kind::Text, true),
        };
        t.indexes = {index("plan_events_person", "person_id, at"), index("plan_events_referral", "referral_id, at")};
        return t;
    }();
    return table;
}

const Table<CodeExtension>& codeTable()
{
    static const Table<CodeExtension> table = [] {
        using R = CodeExtension;
        Table<R> t;
        t.name = "code_extensions";
        t.id = [](const R& r) { return r.id; };
        t.setId = [](R& r, const Uuid& id) { r.id = id; };
        t.setHlc = [](R& r, std::string hlc) { r.updatedHlc = std::move(hlc); };
        t.columns = {
            col<R, &R::tableName>("table_name", Kind::Code, true),
            col<R, &R::code>("code", Kind::Code, true),
            col<R, &R::label>("label", Kind::Text, true),
            col<R, &R::createdAt>("created_at", Kind::Text, true),
            col<R, &R::createdBy>("created_by", Kind::Uuid),
        };
        t.indexes = {index("code_extensions_table", "table_name, created_at")};
        return t;
    }();
    return table;
}

constexpr std::string_view kTables[] = {"plans",     "plan_goals",  "interventions",
                                        "providers", "plan_events", "code_extensions"};

// Timeline rows: what changed in the plan, newest first, through plan_events_person.
// detail: the type or domains, and for a status change "from>to".
constexpr TimelineSource kTimeline[] = {
    {"plan", "SELECT at, record_id, referral_id, kind AS title, "
             "trim(coalesce(code, '') || CASE WHEN to_status IS NULL THEN '' "
             "ELSE ' ' || coalesce(from_status, '') || '>' || to_status END) AS detail, "
             "by_user AS author_id, 0 AS sensitive FROM plan_events INDEXED BY plan_events_person "
             "WHERE person_id = ?1 AND deleted = 0 AND at < ?2 AND at >= ?3 ORDER BY at DESC LIMIT ?4"},
};

template <class R>
Result<std::optional<R>> loadOne(Database& db, const Table<R>& t, const std::string& sql, const Uuid& id)
{
    Statement st(db, sql, true);
    st.bind(1, id);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<R>{};
    const NamedRow named(st);
    R r;
    columns::read(t, named, r);
    st.reset();
    return std::optional<R>{std::move(r)};
}

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

} // namespace

std::string PlanStore::createTablesSql(int version)
{
    return columns::createTableSql(planTable(), version) + columns::createTableSql(goalTable(), version) +
           columns::createTableSql(interventionTable(), version) + columns::createTableSql(providerTable(), version) +
           columns::createTableSql(eventTable(), version) + columns::createTableSql(codeTable(), version);
}

std::span<const std::string_view> PlanStore::tableNames()
{
    return kTables;
}

std::vector<std::string> PlanStore::columnNames(std::string_view table)
{
    std::vector<Info> infos;
    if (table == "plans")
        infos = columns::infos(planTable());
    else if (table == "plan_goals")
        infos = columns::infos(goalTable());
    else if (table == "interventions")
        infos = columns::infos(interventionTable());
    else if (table == "providers")
        infos = columns::infos(providerTable());
    else if (table == "plan_events")
        infos = columns::infos(eventTable());
    else if (table == "code_extensions")
        infos = columns::infos(codeTable());
    std::vector<std::string> out;
    for (const auto& i : infos)
        out.emplace_back(i.name);
    return out;
}

std::span<const TimelineSource> PlanStore::timelineSources()
{
    return kTimeline;
}

// --- plans ---------------------------------------------------------------------------------

Status PlanStore::insertPlan(Plan& plan, ChangeLog& changes)
{
    return insertRow(m_db, planTable(), plan, changes);
}

Status PlanStore::updatePlan(const Plan& before, Plan& after, ChangeLog& changes)
{
    return updateRow(m_db, planTable(), before, after, changes);
}

Result<std::optional<Plan>> PlanStore::planForReferral(const Uuid& referralId)
{
    static const std::string sql = "SELECT " + columns::selectList(planTable()) +
                                   " FROM plans WHERE referral_id = ? AND deleted = 0 ORDER BY created_at, id LIMIT 1";
    return loadOne(m_db, planTable(), sql, referralId);
}

// --- goals ---------------------------------------------------------------------------------

Status PlanStore::insertGoal(PlanGoal& goal, ChangeLog& changes)
{
    return insertRow(m_db, goalTable(), goal, changes);
}

Status PlanStore::updateGoal(const PlanGoal& before, PlanGoal& after, ChangeLog& changes)
{
    return updateRow(m_db, goalTable(), before, after, changes);
}

Result<std::optional<PlanGoal>> PlanStore::loadGoal(const Uuid& id)
{
    static const std::string sql =
        "SELECT " + columns::selectList(goalTable()) + " FROM plan_goals WHERE id = ? AND deleted = 0";
    return loadOne(m_db, goalTable(), sql, id);
}

Result<std::vector<PlanGoal>> PlanStore::goals(const Uuid& planId)
{
    static const std::string sql = "SELECT " + columns::selectList(goalTable()) +
                                   " FROM plan_goals WHERE plan_id = ? AND deleted = 0 ORDER BY created_at, id";
    Statement st(m_db, sql, true);
    st.bind(1, planId);
    return loadMany(st, goalTable());
}

// --- interventions -------------------------------------------------------------------------

Status PlanStore::insertIntervention(Intervention& intervention, ChangeLog& changes)
{
    return insertRow(m_db, interventionTable(), intervention, changes);
}

Status PlanStore::updateIntervention(const Intervention& before, Intervention& after, ChangeLog& changes)
{
    return updateRow(m_db, interventionTable(), before, after, changes);
}

Result<std::optional<Intervention>> PlanStore::loadIntervention(const Uuid& id)
{
    static const std::string sql =
        "SELECT " + columns::selectList(interventionTable()) + " FROM interventions WHERE id = ? AND deleted = 0";
    return loadOne(m_db, interventionTable(), sql, id);
}

Result<std::vector<InterventionItem>> PlanStore::interventions(const InterventionQuery& q)
{
    std::string sql = "SELECT " + columns::selectList(interventionTable(), "i.") +
                      ", pr.name AS provider_name, r.reference AS referral_reference FROM interventions i "
                      "LEFT JOIN providers pr ON pr.id = i.provider_id "
                      "LEFT JOIN referrals r ON r.id = i.referral_id WHERE i.deleted = 0 AND " +
                      visibility::personVisible("i.person_id");
    std::vector<Uuid> ids;
    if (q.referralId) {
        sql += " AND i.referral_id = ?";
        ids.push_back(*q.referralId);
    }
    if (q.personId) {
        sql += " AND i.person_id = ?";
        ids.push_back(*q.personId);
    }
    if (q.providerId) {
        sql += " AND i.provider_id = ?";
        ids.push_back(*q.providerId);
    }
    if (!q.status.empty())
        sql += " AND i.status = ?";
    sql += " ORDER BY i.planned_start IS NULL, i.planned_start, i.created_at, i.id LIMIT ?";
    Statement st(m_db, sql);
    int n = 1;
    for (const auto& id : ids)
        st.bind(n++, id);
    if (!q.status.empty())
        st.bind(n++, q.status);
    st.bind(n, q.limit);
    std::vector<InterventionItem> out;
    std::optional<NamedRow> named;
    auto done = st.forEachRow([&] {
        if (!named)
            named.emplace(st);
        InterventionItem item;
        columns::read(interventionTable(), *named, item.intervention);
        item.providerName = named->text("provider_name");
        item.referralReference = named->text("referral_reference");
        out.push_back(std::move(item));
    });
    if (!done)
        return std::unexpected(done.error());
    return out;
}

// --- providers -----------------------------------------------------------------------------

Status PlanStore::insertProvider(Provider& provider, ChangeLog& changes)
{
    return insertRow(m_db, providerTable(), provider, changes);
}

Status PlanStore::updateProvider(const Provider& before, Provider& after, ChangeLog& changes)
{
    return updateRow(m_db, providerTable(), before, after, changes);
}

Result<std::optional<Provider>> PlanStore::loadProvider(const Uuid& id)
{
    static const std::string sql =
        "SELECT " + columns::selectList(providerTable()) + " FROM providers WHERE id = ? AND deleted = 0";
    return loadOne(m_db, providerTable(), sql, id);
}

Result<std::vector<Provider>> PlanStore::providers(bool activeOnly)
{
    static const std::string all = "SELECT " + columns::selectList(providerTable()) +
                                   " FROM providers WHERE deleted = 0 ORDER BY name COLLATE NOCASE, id";
    static const std::string active =
        "SELECT " + columns::selectList(providerTable()) +
        " FROM providers WHERE deleted = 0 AND active = 1 ORDER BY name COLLATE NOCASE, id";
    Statement st(m_db, activeOnly ? active : all, true);
    return loadMany(st, providerTable());
}

Result<std::optional<Uuid>> PlanStore::providerNamed(std::string_view name, const Uuid& except)
{
    Statement st(m_db, "SELECT id FROM providers WHERE name = ? COLLATE NOCASE AND deleted = 0 AND id IS NOT ?", true);
    st.bind(1, name);
    if (except.isNull())
        st.bindNull(2);
    else
        st.bind(2, except);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    std::optional<Uuid> out;
    if (*row)
        out = st.uuid(0);
    st.reset();
    return out;
}

// --- history -------------------------------------------------------------------------------

Status PlanStore::addEvent(PlanEvent event, ChangeLog& changes)
{
    event.id = Uuid::v7(std::chrono::system_clock::now());
    return columns::insert(m_db, eventTable(), event, changes);
}

Result<std::vector<PlanEvent>> PlanStore::events(const Uuid& referralId)
{
    static const std::string sql = "SELECT " + columns::selectList(eventTable()) +
                                   " FROM plan_events WHERE referral_id = ? AND deleted = 0 ORDER BY at, id";
    Statement st(m_db, sql, true);
    st.bind(1, referralId);
    return loadMany(st, eventTable());
}

// --- code-table extensions -----------------------------------------------------------------

Status PlanStore::addCodeExtension(CodeExtension& extension, ChangeLog& changes)
{
    return insertRow(m_db, codeTable(), extension, changes);
}

Result<std::vector<CodeExtension>> PlanStore::codeExtensions(std::string_view tableName)
{
    static const std::string sql = "SELECT " + columns::selectList(codeTable()) +
                                   " FROM code_extensions WHERE table_name = ? AND deleted = 0 ORDER BY created_at, id";
    Statement st(m_db, sql, true);
    st.bind(1, tableName);
    return loadMany(st, codeTable());
}

} // namespace waymark
