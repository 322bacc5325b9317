#include "core/store/ReferralStore.h"

#include "core/domain/Person.h"
#include "core/store/ChangeLog.h"
#include "core/store/Columns.h"
#include "core/store/Database.h"
#include "core/store/Visibility.h"

#include <algorithm>
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

// A history row as stored: the event and the ids the table needs.
struct EventRow
{
    Uuid id;
    Uuid referralId;
    ReferralEvent event;
};

Info info(std::string_view name, Kind kind, bool required = false, bool logged = true)
{
    Info i;
    i.name = name;
    i.kind = kind;
    i.required = required;
    i.logged = logged;
    i.since = 5;
    return i;
}

constexpr std::string_view kOpenStates =
    "state IN ('received', 'screening', 'accepted', 'active', 'closure_requested', 'reopened')";

Index index(std::string_view name, std::string_view on, std::string_view where = {}, bool unique = false)
{
    Index i;
    i.name = name;
    i.on = on;
    i.where = where;
    i.unique = unique;
    i.since = 5;
    return i;
}

template <class R, auto Ref> Column<R> col(std::string_view name, Kind kind, bool required = false)
{
    return field<R, Ref>(info(name, kind, required));
}

// The referrals table: every field of core/domain/Referral.h (updatedHlc is the table's own).
const Table<Referral>& referralTable()
{
    static const Table<Referral> table = [] {
        using R = Referral;
        Table<R> t;
        t.name = "referrals";
        t.id = [](const R& r) { return r.id; };
        t.setId = [](R& r, const Uuid& id) { r.id = id; };
        t.setHlc = [](R& r, std::string hlc) { r.updatedHlc = std::move(hlc); };
        t.columns = {
            col<R, &R::reference>("reference", Kind::Code, true),
            col<R, &R::personId>("person_id", Kind::Uuid, true),
            col<R, &R::received>("received", Kind::Date, true),
            col<R, &R::source>("source", Kind::Code),
            col<R, &R::referrerName>("referrer_name", Kind::Text),
            col<R, &R::referrerContact>("referrer_contact", Kind::Text),
            col<R, &R::eventDate>("event_date", Kind::Date),
            col<R, &R::route>("route", Kind::Code),
            col<R, &R::offenceCategory>("offence_category", Kind::Code),
            col<R, &R::offenceDate>("offence_date", Kind::Date),
            col<R, &R::policeReference>("police_reference", Kind::Text),
            col<R, &R::risk>("risk", Kind::Code),
            col<R, &R::consent>("consent", Kind::Code),
            col<R, &R::statutoryOrder>("statutory_order", Kind::Bool),
            [] {
                Column<R> c;
                c.info = info("state", Kind::Code, true);
                c.get = [](const R& r) -> Value { return std::string(stateName(r.state)); };
                c.set = [](R& r, Value v) {
                    r.state = stateFromName(v.value_or("")).value_or(ReferralState::Received);
                };
                return c;
            }(),
            col<R, &R::decision>("decision", Kind::Code),
            col<R, &R::decisionReason>("decision_reason", Kind::Code),
            col<R, &R::decisionNote>("decision_note", Kind::Text),
            col<R, &R::decisionDate>("decision_date", Kind::Date),
            col<R, &R::decidedBy>("decided_by", Kind::Uuid),
            col<R, &R::allocatedTo>("allocated_to", Kind::Uuid),
            col<R, &R::firstContact>("first_contact", Kind::Date),
            col<R, &R::decisionDue>("decision_due", Kind::Date),
            col<R, &R::firstContactDue>("first_contact_due", Kind::Date),
            col<R, &R::assessmentDue>("assessment_due", Kind::Date),
            [] {
                Info i = info("assessed_on", Kind::Date);
                i.since = 8;
                return field<R, &R::assessedOn>(i);
            }(),
            col<R, &R::eligibilityOverridden>("eligibility_overridden", Kind::Bool),
            col<R, &R::overrideReason>("override_reason", Kind::Text),
            col<R, &R::overriddenBy>("overridden_by", Kind::Uuid),
            col<R, &R::overriddenAt>("overridden_at", Kind::Text),
            col<R, &R::importSource>("import_source", Kind::Text),
            col<R, &R::repeatOrdinal>("repeat_ordinal", Kind::Int),
            col<R, &R::createdAt>("created_at", Kind::Text, true),
            // Derived: the queue's sort key (written with the record, not logged, never read back).
            [] {
                Column<R> c;
                c.info = info("running_due", Kind::Code, true, false);
                c.get = [](const R& r) -> Value { return ReferralStore::runningDue(r); };
                return c;
            }(),
        };
        t.indexes = {
            index("referrals_reference", "reference", {}, true),
            index("referrals_police_reference", "police_reference", "police_reference IS NOT NULL", true),
            index("referrals_person", "person_id, received"),
            index("referrals_queue", "running_due, received, id"),
            index("referrals_state", "state, running_due, received, id"),
            index("referrals_received", "received, id"),
            index("referrals_work", "allocated_to, state, running_due", kOpenStates),
            index("referrals_open_due", "running_due, received, id, state, allocated_to", kOpenStates),
            // Assessments still to do (core/store/AssessmentStore: My work, tasks).
            [] {
                Index i = index("referrals_assessment_due", "allocated_to, assessment_due",
                                "state IN ('received', 'screening', 'accepted', 'active', 'reopened') AND "
                                "assessed_on IS NULL");
                i.since = 8;
                return i;
            }(),
        };
        return t;
    }();
    return table;
}

// referral_events: the history of a referral, one row per transition, allocation, first
// contact, override or edit.
const Table<EventRow>& eventTable()
{
    static const Table<EventRow> table =
                                     [] {
                                         using E = EventRow;
                                         Table<E> t;
                                         t.name = "referral_events";
                                         t.id = [](const E& e) { return e.id; };
                                         t.columns = {col<E, &E::referralId>("referral_id", Kind::Uuid, true), col < E,
                                                      [](E & e) -> auto& {return e.event.kind;
                                     } > ("kind", Kind::Code, true),
                                 col < E, [](E & e) -> auto &
    {
        return e.event.fromState;
    }
    > ("from_state", Kind::Code), col < E, [](E & e) -> auto&
    {
        return e.event.toState;
    }
    > ("to_state", Kind::Code), col < E, [](E & e) -> auto&
    {
        return e.event.reasonCode;
    }
    > ("reason_code", Kind::Code), col < E, [](E & e) -> auto&
    {
        return e.event.note;
    }
    > ("note", Kind::Text), col < E, [](E & e) -> auto&
    {
        return e.event.by;
    }
    > ("by_user", Kind::Uuid), col < E, [](E & e) -> auto&
    {
        return e.event.at;
    }
    > ("at", Kind::Text, true), col < E, [](E & e) -> auto&
    {
        return e.event.allocatedTo;
    }
    > ("allocated_to", Kind::Uuid),
};
t.indexes = {index("referral_events_referral", "referral_id")};
return t;
}
();
return table;
}

// A query's conditions and their values, in order.
struct Where
{
    // Restricted records kept from this user are not listed or counted (core/store/Visibility.h).
    std::string sql = " WHERE r.deleted = 0 AND " + visibility::personVisible("r.person_id");
    std::vector<std::pair<Kind, Value>> values;
    void add(std::string_view condition)
    {
        sql += " AND ";
        sql += condition;
    }
    void add(std::string_view condition, Kind kind, Value v)
    {
        add(condition);
        values.emplace_back(kind, std::move(v));
    }
    int bind(Statement& st) const
    {
        int i = 1;
        for (const auto& [kind, v] : values)
            columns::bind(st, i++, kind, v);
        return i;
    }
};

constexpr std::string_view kDeciding = "r.state IN ('received', 'screening')";
constexpr std::string_view kContacting = "r.state IN ('accepted', 'active')";

Where conditions(const ReferralListQuery& q, Date today)
{
    Where w;
    const std::string t = today.toIso();
    if (q.state)
        w.add("r.state = ?", Kind::Code, std::string(stateName(*q.state)));
    if (!q.source.empty())
        w.add("r.source = ?", Kind::Code, q.source);
    if (!q.route.empty())
        w.add("r.route = ?", Kind::Code, q.route);
    if (q.worker)
        w.add("r.allocated_to = ?", Kind::Uuid, q.worker->toString());
    if (q.unallocatedOnly)
        w.add("r.allocated_to IS NULL");
    if (q.openOnly)
        w.add(std::string("r.") + std::string(kOpenStates));
    if (q.personId)
        w.add("r.person_id = ?", Kind::Uuid, q.personId->toString());
    if (q.overdueOnly)
        w.add("r.running_due < ?", Kind::Code, t);
    if (q.bucket) {
        // Implied by every bucket, and written out so that the open-work indexes apply.
        if (!q.openOnly)
            w.add(std::string("r.") + std::string(kOpenStates));
        switch (*q.bucket) {
        case WorkBucket::AwaitingScreening:
            w.add("r.state = 'received'");
            break;
        case WorkBucket::DecisionRunning:
            w.add(kDeciding);
            break;
        case WorkBucket::DecisionDue:
            w.add(kDeciding);
            w.add("r.running_due >= ?", Kind::Code, t);
            break;
        case WorkBucket::DecisionOverdue:
            w.add(kDeciding);
            w.add("r.running_due < ?", Kind::Code, t);
            break;
        case WorkBucket::ContactRunning:
            w.add(kContacting);
            w.add("r.running_due < ?", Kind::Code, std::string(ReferralStore::kNoDue));
            break;
        case WorkBucket::ContactDue:
            w.add(kContacting);
            w.add("r.running_due >= ?", Kind::Code, t);
            w.add("r.running_due < ?", Kind::Code, std::string(ReferralStore::kNoDue));
            break;
        case WorkBucket::ContactOverdue:
            w.add(kContacting);
            w.add("r.running_due < ?", Kind::Code, t);
            break;
        }
    }
    return w;
}

constexpr std::string_view kSummaryColumns =
    "SELECT r.id, r.reference, r.person_id, p.case_reference AS person_reference, p.given_name, p.family_name, "
    "p.preferred_name, r.received, r.source, r.route, r.state, r.allocated_to, u.display_name AS worker_name, "
    "u.username AS worker_username, r.decision_due, r.first_contact_due, r.first_contact, r.repeat_ordinal, "
    "r.assessment_due, r.assessed_on, "
    "r.running_due FROM referrals r";
constexpr std::string_view kSummaryJoins =
    " JOIN people p ON p.id = r.person_id LEFT JOIN users u ON u.id = r.allocated_to";

ReferralSummary readSummary(const NamedRow& row, Date today)
{
    ReferralSummary s;
    s.id = row.uuid("id");
    s.reference = row.text("reference");
    s.personId = row.uuid("person_id");
    s.personReference = row.text("person_reference");
    PersonSummary person;
    person.givenName = row.text("given_name");
    person.familyName = row.text("family_name");
    person.preferredName = row.text("preferred_name");
    s.personName = person.displayName();
    s.received = row.date("received");
    s.source = row.text("source");
    s.route = row.text("route");
    s.state = stateFromName(row.text("state")).value_or(ReferralState::Received);
    s.allocatedTo = row.uuid("allocated_to");
    s.allocatedName = row.text("worker_name");
    if (s.allocatedName.empty())
        s.allocatedName = row.text("worker_username");
    const bool deciding = s.state == ReferralState::Received || s.state == ReferralState::Screening;
    const bool contacting =
        (s.state == ReferralState::Accepted || s.state == ReferralState::Active) && row.date("first_contact").isNull();
    if (deciding)
        s.decisionDue = row.date("decision_due");
    if (row.date("first_contact").isNull() && isOpenState(s.state))
        s.firstContactDue = row.date("first_contact_due");
    s.repeatOrdinal = static_cast<int>(row.integer("repeat_ordinal"));
    s.decisionOverdue = deciding && !s.decisionDue.isNull() && s.decisionDue < today;
    s.contactOverdue = contacting && !s.firstContactDue.isNull() && s.firstContactDue < today;
    const bool assessing = isOpenState(s.state) && s.state != ReferralState::ClosureRequested;
    if (assessing && row.date("assessed_on").isNull()) {
        s.assessmentDue = row.date("assessment_due");
        s.assessmentOverdue = !s.assessmentDue.isNull() && s.assessmentDue < today;
    }
    return s;
}

} // namespace

std::string ReferralStore::runningDue(const Referral& r)
{
    Date due;
    if (r.state == ReferralState::Received || r.state == ReferralState::Screening)
        due = r.decisionDue;
    else if ((r.state == ReferralState::Accepted || r.state == ReferralState::Active) && r.firstContact.isNull())
        due = r.firstContactDue;
    return due.isNull() ? std::string(kNoDue) : due.toIso();
}

std::string ReferralStore::createTablesSql(int version)
{
    return columns::createTableSql(referralTable(), version) + columns::createTableSql(eventTable(), version);
}

std::string ReferralStore::addColumnsSql(int version)
{
    return columns::addColumnsSql(referralTable().name, columns::infos(referralTable()), referralTable().indexes,
                                  version);
}

std::vector<std::string> ReferralStore::columnNames(std::string_view table)
{
    std::vector<columns::Info> infos;
    if (table == "referrals")
        infos = columns::infos(referralTable());
    else if (table == "referral_events")
        infos = columns::infos(eventTable());
    std::vector<std::string> out;
    for (const auto& i : infos)
        out.emplace_back(i.name);
    return out;
}

Status ReferralStore::insert(Referral& referral, ChangeLog& changes)
{
    if (auto st = columns::insert(m_db, referralTable(), referral, changes); !st)
        return st;
    referral.updatedHlc = changes.hlc();
    return {};
}

Status ReferralStore::update(const Referral& before, Referral& after, ChangeLog& changes)
{
    if (auto st = columns::update(m_db, referralTable(), before, after, changes); !st)
        return st;
    if (changes.recorded() > 0)
        after.updatedHlc = changes.hlc();
    return {};
}

Status ReferralStore::addEvent(const Uuid& referralId, const ReferralEvent& event, ChangeLog& changes)
{
    EventRow row{Uuid::v7(std::chrono::system_clock::now()), referralId, event};
    return columns::insert(m_db, eventTable(), row, changes);
}

Result<std::optional<Referral>> ReferralStore::load(const Uuid& id)
{
    static const std::string sql =
        "SELECT " + columns::selectList(referralTable()) + " FROM referrals WHERE id = ? AND deleted = 0";
    Statement st(m_db, sql, true);
    st.bind(1, id);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Referral>{};
    const NamedRow named(st);
    Referral r;
    columns::read(referralTable(), named, r);
    st.reset();
    return std::optional<Referral>{std::move(r)};
}

Result<std::optional<Uuid>> ReferralStore::findByReference(std::string_view reference)
{
    Statement st(m_db, "SELECT id FROM referrals WHERE reference = ? AND deleted = 0", true);
    st.bind(1, reference);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    std::optional<Uuid> out;
    if (*row)
        out = NamedRow(st).uuid("id");
    st.reset();
    return out;
}

Result<int> ReferralStore::movePerson(const Uuid& from, const Uuid& to, ChangeLog& changes)
{
    std::vector<Uuid> ids;
    {
        Statement st(m_db, "SELECT id FROM referrals WHERE person_id = ? AND deleted = 0 ORDER BY rowid");
        st.bind(1, from);
        const NamedRow row(st);
        if (auto r = st.forEachRow([&] { ids.push_back(row.uuid("id")); }); !r)
            return std::unexpected(r.error());
    }
    for (const Uuid& id : ids) {
        auto before = load(id);
        if (!before)
            return std::unexpected(before.error());
        if (!*before)
            continue;
        Referral after = **before;
        after.personId = to;
        if (auto st = update(**before, after, changes); !st)
            return std::unexpected(st.error());
    }
    return static_cast<int>(ids.size());
}

Result<bool> ReferralStore::personExists(const Uuid& personId)
{
    Statement st(m_db, "SELECT 1 FROM people WHERE id = ? AND deleted = 0", true);
    st.bind(1, personId);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    const bool found = *row;
    st.reset();
    return found;
}

Result<std::optional<Uuid>> ReferralStore::findByPoliceReference(std::string_view policeReference)
{
    Statement st(m_db,
                 "SELECT id FROM referrals WHERE police_reference = ? AND police_reference IS NOT NULL AND deleted = 0",
                 true);
    st.bind(1, policeReference);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    std::optional<Uuid> out;
    if (*row)
        out = NamedRow(st).uuid("id");
    st.reset();
    return out;
}

Result<std::vector<ReferralEvent>> ReferralStore::events(const Uuid& referralId)
{
    static const std::string sql = "SELECT " + columns::selectList(eventTable(), "e.") +
                                   ", u.display_name AS by_name, u.username AS by_username FROM referral_events e "
                                   "LEFT JOIN users u ON u.id = e.by_user WHERE e.referral_id = ? AND e.deleted = 0 "
                                   "ORDER BY e.rowid";
    Statement st(m_db, sql);
    st.bind(1, referralId);
    std::vector<ReferralEvent> out;
    std::optional<NamedRow> named;
    if (auto r = st.forEachRow([&] {
            if (!named)
                named.emplace(st);
            EventRow row;
            columns::read(eventTable(), *named, row);
            row.event.byName = named->text("by_name");
            if (row.event.byName.empty())
                row.event.byName = named->text("by_username");
            out.push_back(std::move(row.event));
        });
        !r)
        return std::unexpected(r.error());
    return out;
}

Result<std::vector<Date>> ReferralStore::receivedDates(const Uuid& personId, const Uuid& except)
{
    Statement st(m_db, "SELECT id, received FROM referrals WHERE person_id = ? AND deleted = 0");
    st.bind(1, personId);
    std::vector<Date> out;
    const NamedRow named(st);
    if (auto r = st.forEachRow([&] {
            if (named.uuid("id") != except)
                out.push_back(named.date("received"));
        });
        !r)
        return std::unexpected(r.error());
    return out;
}

Result<int> ReferralStore::acceptedCount(const Uuid& personId, const Uuid& except)
{
    Statement st(m_db, "SELECT count(*) AS n FROM referrals WHERE person_id = ? AND deleted = 0 AND "
                       "decision = 'accepted' AND id != ?");
    st.bind(1, personId).bind(2, except);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    return static_cast<int>(NamedRow(st).integer("n"));
}

Result<ReferralPage> ReferralStore::list(const ReferralListQuery& query, Date today)
{
    Where w = conditions(query, today);
    const bool byDue = query.sort == ReferralSort::Due;
    if (query.after) {
        const auto& keys = query.after->keys;
        if (byDue && keys.size() == 2) {
            w.add("(r.running_due, r.received, r.id) > (?, ?, ?)", Kind::Code, keys[0]);
            w.values.emplace_back(Kind::Code, keys[1]);
            w.values.emplace_back(Kind::Uuid, query.after->id.toString());
        } else if (!byDue && keys.size() == 1) {
            w.add("(r.received, r.id) < (?, ?)", Kind::Code, keys[0]);
            w.values.emplace_back(Kind::Uuid, query.after->id.toString());
        } else {
            return fail(ErrorCode::InvalidInput, "the page cursor does not fit the sort order");
        }
    }
    const int limit = std::clamp(query.limit, 1, 1000);
    // Open work in due order (My work's lists, the unallocated list) walks the open-work index
    // in order and stops at the page's end; without the hint a state list would sort every
    // open referral first.
    const bool openWork = byDue && !query.state && (query.bucket || query.openOnly);
    std::string sql = std::string(kSummaryColumns) + (openWork ? " INDEXED BY referrals_open_due" : "") +
                      std::string(kSummaryJoins) + w.sql +
                      (byDue ? " ORDER BY r.running_due, r.received, r.id" : " ORDER BY r.received DESC, r.id DESC") +
                      " LIMIT ?";
    Statement st(m_db, sql);
    const int next = w.bind(st);
    st.bind(next, limit + 1);
    ReferralPage page;
    std::vector<std::string> lastKeys;
    const NamedRow named(st);
    if (auto r = st.forEachRow([&] {
            if (static_cast<int>(page.rows.size()) == limit) {
                page.next = ReferralPageCursor{lastKeys, page.rows.back().id};
                return;
            }
            page.rows.push_back(readSummary(named, today));
            lastKeys = byDue ? std::vector<std::string>{named.text("running_due"), named.text("received")}
                             : std::vector<std::string>{named.text("received")};
        });
        !r)
        return std::unexpected(r.error());
    return page;
}

Result<std::int64_t> ReferralStore::count(const ReferralListQuery& query, Date today)
{
    const Where w = conditions(query, today);
    Statement st(m_db, "SELECT count(*) AS n FROM referrals r" + w.sql);
    w.bind(st);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    return NamedRow(st).integer("n");
}

Result<std::vector<WorkCounts>> ReferralStore::workCounts(Date today, std::optional<Uuid> worker)
{
    std::string sql =
        "SELECT r.allocated_to AS worker, "
        "(SELECT coalesce(nullif(display_name, ''), username) FROM users WHERE id = r.allocated_to) AS worker_name, "
        "sum(r.state = 'received') AS awaiting, "
        "sum(r.state IN ('received', 'screening') AND r.running_due >= ?1) AS decisions_due, "
        "sum(r.state IN ('received', 'screening') AND r.running_due < ?1) AS decisions_overdue, "
        "sum(r.state IN ('accepted', 'active') AND r.running_due >= ?1 AND r.running_due < ?2) AS contacts_due, "
        "sum(r.state IN ('accepted', 'active') AND r.running_due < ?1) AS contacts_overdue "
        "FROM referrals r INDEXED BY referrals_work WHERE r.deleted = 0 AND r." +
        std::string(kOpenStates) + " AND " + visibility::personVisible("r.person_id");
    if (worker)
        sql += " AND r.allocated_to = ?3";
    sql += " GROUP BY r.allocated_to";
    Statement st(m_db, sql);
    st.bind(1, today.toIso()).bind(2, kNoDue);
    if (worker)
        st.bind(3, *worker);
    std::vector<WorkCounts> out;
    const NamedRow named(st);
    if (auto r = st.forEachRow([&] {
            WorkCounts c;
            c.worker = named.uuid("worker");
            c.workerName = named.text("worker_name");
            c.awaitingScreening = named.integer("awaiting");
            c.decisionsDue = named.integer("decisions_due");
            c.decisionsOverdue = named.integer("decisions_overdue");
            c.contactsDue = named.integer("contacts_due");
            c.contactsOverdue = named.integer("contacts_overdue");
            out.push_back(std::move(c));
        });
        !r)
        return std::unexpected(r.error());
    return out;
}

} // namespace waymark
