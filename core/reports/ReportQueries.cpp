#include "core/reports/ReportQueries.h"

#include "core/Plans.h"
#include "core/reports/Report.h"
#include "core/store/Database.h"
#include "core/store/PlanStore.h"

#include <algorithm>

namespace waymark {

namespace {

Date dateAt(const Statement& st, int column)
{
    if (st.isNull(column))
        return {};
    return Date::fromIso(st.text(column)).value_or(Date{});
}

// Conditions on the referral `r`, in bind order: worker, source, route, provider.
std::string referralConditions(const FactFilters& f)
{
    std::string sql;
    if (f.worker)
        sql += " AND r.allocated_to = ?";
    if (!f.source.empty())
        sql += " AND r.source = ?";
    if (!f.route.empty())
        sql += " AND r.route = ?";
    if (f.provider)
        sql += " AND EXISTS (SELECT 1 FROM interventions i WHERE i.referral_id = r.id AND i.deleted = 0 AND "
               "i.provider_id = ?)";
    return sql;
}

int bindConditions(Statement& st, int at, const FactFilters& f)
{
    if (f.worker)
        st.bind(at++, *f.worker);
    if (!f.source.empty())
        st.bind(at++, f.source);
    if (!f.route.empty())
        st.bind(at++, f.route);
    if (f.provider)
        st.bind(at++, *f.provider);
    return at;
}

// The approved, not reopened closures with closed_on between the first two parameters, then the
// referral conditions (closures c, referrals r).
std::string closureConditions(const FactFilters& f)
{
    return " WHERE c.state = 'approved' AND c.closed_on >= ? AND c.closed_on <= ? AND c.deleted = 0 AND "
           "c.reopened_at IS NULL AND r.deleted = 0" +
           referralConditions(f);
}

// Every row of `sql`, whose first two parameters are these dates, each made by `read`.
template <typename T, typename Read>
Result<std::vector<T>> rowsBetween(Database& db, const std::string& sql, Date first, Date second, Read read)
{
    Statement st(db, sql);
    if (!st.ok())
        return std::unexpected(st.error());
    st.bind(1, first.toIso()).bind(2, second.toIso());
    std::vector<T> out;
    auto done = st.forEachRow([&] { out.push_back(read(st)); });
    if (!done)
        return std::unexpected(done.error());
    return out;
}

constexpr const char* kOpenStates =
    "r.state IN ('received', 'screening', 'accepted', 'active', 'closure_requested', 'reopened')";

} // namespace

ReadSnapshot::ReadSnapshot(Database& db)
    : m_db(db)
{
    m_begun = db.exec("BEGIN");
    m_open = bool(m_begun);
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_open)
        (void)m_db.exec("ROLLBACK");
}

Status ReadSnapshot::end()
{
    if (!m_open)
        return {};
    m_open = false;
    return m_db.exec("COMMIT");
}

std::string ReportQueries::referralsSql(const FactFilters& filters, bool funnel)
{
    const bool person = funnel || filters.needPerson;
    std::string sql =
        "SELECT r.id, r.person_id, r.received, r.created_at, r.source, r.route, r.event_date, r.statutory_order, "
        "r.state, r.decision, r.decision_reason, r.decision_date, r.allocated_to, r.first_contact, "
        "r.eligibility_overridden";
    sql += person ? ", p.date_of_birth, p.sex, p.ethnicity, p.looked_after, p.child_protection_plan, "
                    "p.child_in_need, p.early_help, p.care_leaver, p.exploitation_concern"
                  : ", NULL, NULL, NULL, 0, 0, 0, 0, 0, 0";
    if (funnel)
        sql += ", (SELECT count(*) FROM referrals e INDEXED BY referrals_accepted WHERE e.person_id = r.person_id AND "
               "e.deleted = 0 AND "
               "e.decision = 'accepted' AND (e.received < r.received OR (e.received = r.received AND "
               "e.created_at < r.created_at))) AS earlier_accepted, "
               "(SELECT c.status FROM closures c INDEXED BY closures_approved WHERE c.referral_id = r.id AND c.deleted "
               "= 0 AND "
               "c.state = 'approved' ORDER BY c.requested_at DESC LIMIT 1) AS completion_status";
    sql += " FROM referrals r INDEXED BY referrals_facts";
    if (person)
        sql += " JOIN people p INDEXED BY people_facts ON p.id = r.person_id";
    sql += " WHERE r.received >= ? AND r.received <= ? AND r.deleted = 0";
    sql += referralConditions(filters);
    return sql;
}

Result<std::vector<ReferralFact>> ReportQueries::referrals(Date from, Date to, const FactFilters& filters, bool funnel)
{
    Statement st(m_db, referralsSql(filters, funnel));
    if (!st.ok())
        return std::unexpected(st.error());
    st.bind(1, from.toIso()).bind(2, to.toIso());
    bindConditions(st, 3, filters);
    std::vector<ReferralFact> out;
    auto done = st.forEachRow([&] {
        ReferralFact f;
        f.id = st.uuid(0);
        f.personId = st.uuid(1);
        f.received = dateAt(st, 2);
        f.createdAt = st.text(3);
        f.source = st.text(4);
        f.route = st.text(5);
        f.eventDate = dateAt(st, 6);
        f.statutoryOrder = st.boolean(7);
        f.state = st.text(8);
        f.decision = st.text(9);
        f.decisionReason = st.text(10);
        f.decisionDate = dateAt(st, 11);
        f.allocatedTo = st.isNull(12) ? Uuid{} : st.uuid(12);
        f.firstContact = dateAt(st, 13);
        f.eligibilityOverridden = st.boolean(14);
        f.dateOfBirth = dateAt(st, 15);
        f.sex = st.text(16);
        f.ethnicity = st.text(17);
        f.flags.lookedAfter = st.boolean(18);
        f.flags.childProtectionPlan = st.boolean(19);
        f.flags.childInNeed = st.boolean(20);
        f.flags.earlyHelp = st.boolean(21);
        f.flags.careLeaver = st.boolean(22);
        f.flags.exploitationConcern = st.boolean(23);
        f.enrolled =
            f.state == "active" || f.state == "closure_requested" || f.state == "closed" || f.state == "reopened";
        if (funnel) {
            f.earlierAccepted = static_cast<int>(st.integer(24));
            f.completionStatus = st.text(25);
        }
        out.push_back(std::move(f));
    });
    if (!done)
        return std::unexpected(done.error());
    return out;
}

std::string ReportQueries::openCasesSql(const FactFilters& filters)
{
    return std::string("SELECT r.allocated_to, r.running_due, r.received, ") +
           (filters.needPerson ? "p.date_of_birth FROM referrals r INDEXED BY referrals_work JOIN people p ON p.id = "
                                 "r.person_id WHERE "
                               : "NULL FROM referrals r INDEXED BY referrals_work WHERE ") +
           kOpenStates + " AND r.deleted = 0" + referralConditions(filters);
}

Result<std::vector<OpenCaseFact>> ReportQueries::openCases(const FactFilters& filters)
{
    Statement st(m_db, openCasesSql(filters));
    if (!st.ok())
        return std::unexpected(st.error());
    bindConditions(st, 1, filters);
    std::vector<OpenCaseFact> out;
    auto done = st.forEachRow([&] {
        OpenCaseFact f;
        f.allocatedTo = st.isNull(0) ? Uuid{} : st.uuid(0);
        f.runningDue = st.text(1);
        f.received = dateAt(st, 2);
        f.dateOfBirth = dateAt(st, 3);
        out.push_back(std::move(f));
    });
    if (!done)
        return std::unexpected(done.error());
    return out;
}

namespace {

bool perAttendee(const FactFilters& f)
{
    return f.needPerson || !f.source.empty() || !f.route.empty();
}

} // namespace

std::string ReportQueries::attendedSessionsSql(const FactFilters& filters)
{
    std::string sql;
    if (perAttendee(filters))
        sql = "SELECT s.id, s.worker_id, s.duration_minutes, r.source, r.route, r.received, p.date_of_birth "
              "FROM sessions s INDEXED BY sessions_start "
              "JOIN session_attendees a INDEXED BY session_attendees_session ON a.session_id = s.id "
              "JOIN referrals r INDEXED BY referrals_by_id ON r.id = a.referral_id JOIN people p INDEXED BY "
              "people_facts ON p.id = a.person_id "
              "WHERE s.start >= ? AND s.start < ? AND s.deleted = 0 AND a.deleted = 0 AND "
              "a.attendance = 'attended' AND r.deleted = 0";
    else
        sql = "SELECT s.id, s.worker_id, s.duration_minutes, NULL, NULL, NULL, NULL "
              "FROM sessions s INDEXED BY sessions_period "
              "WHERE s.start >= ? AND s.start < ? AND s.deleted = 0 AND EXISTS (SELECT 1 FROM session_attendees a "
              "INDEXED BY session_attendees_attended WHERE a.session_id = s.id AND a.deleted = 0 AND "
              "a.attendance = 'attended')";
    FactFilters referralOnly = filters;
    referralOnly.worker.reset();
    referralOnly.provider.reset();
    if (filters.worker)
        sql += " AND s.worker_id = ?";
    if (filters.provider)
        sql += " AND EXISTS (SELECT 1 FROM interventions i WHERE i.id = s.intervention_id AND i.provider_id = ?)";
    sql += referralConditions(referralOnly);
    return sql;
}

std::string ReportQueries::heldSessionsSql(const FactFilters& filters)
{
    // sessions_held (schema 18): the sessions someone attended, kept by triggers; one range
    // of its covering index.
    std::string sql = "SELECT h.session_id, h.worker_id, h.duration_minutes FROM sessions_held h INDEXED BY "
                      "sessions_held_period WHERE h.start >= ? AND h.start < ?";
    if (filters.worker)
        sql += " AND h.worker_id = ?";
    return sql;
}

Result<std::vector<SessionFact>> ReportQueries::attendedSessions(const std::string& startUtc, const std::string& endUtc,
                                                                 const FactFilters& filters)
{
    std::vector<SessionFact> out;
    Statement st(m_db, attendedSessionsSql(filters));
    if (!st.ok())
        return std::unexpected(st.error());
    st.bind(1, startUtc).bind(2, endUtc);
    int at = 3;
    if (filters.worker)
        st.bind(at++, *filters.worker);
    if (filters.provider)
        st.bind(at++, *filters.provider);
    FactFilters referralOnly = filters;
    referralOnly.worker.reset();
    referralOnly.provider.reset();
    bindConditions(st, at, referralOnly);
    auto done = st.forEachRow([&] {
        SessionFact f;
        f.sessionId = st.uuid(0);
        f.worker = st.isNull(1) ? Uuid{} : st.uuid(1);
        f.durationMinutes = static_cast<int>(st.integer(2));
        f.source = st.text(3);
        f.route = st.text(4);
        f.received = dateAt(st, 5);
        f.dateOfBirth = dateAt(st, 6);
        out.push_back(std::move(f));
    });
    if (!done)
        return std::unexpected(done.error());
    return out;
}

Result<std::vector<WorkerActivity>> ReportQueries::workerActivity(const std::string& startUtc,
                                                                  const std::string& endUtc, const FactFilters& filters,
                                                                  const std::string& ageBand)
{
    // A handful of workers: a short list searched from the front beats a hash per row.
    std::vector<WorkerActivity> out;
    const auto add = [&](const Uuid& worker, long long minutes) {
        auto it = std::find_if(out.begin(), out.end(), [&](const WorkerActivity& w) { return w.worker == worker; });
        if (it == out.end())
            it = out.insert(out.end(), WorkerActivity{worker, 0, 0});
        it->sessions += 1;
        it->minutes += minutes;
    };
    if (!perAttendee(filters) && !filters.provider) {
        // Without referral filters: one range of sessions_held (schema 18), each row a held
        // session once.
        Statement st(m_db, heldSessionsSql(filters));
        if (!st.ok())
            return std::unexpected(st.error());
        st.bind(1, startUtc).bind(2, endUtc);
        if (filters.worker)
            st.bind(3, *filters.worker);
        if (auto done = st.forEachRow([&] { add(st.isNull(1) ? Uuid{} : st.uuid(1), st.integer(2)); }); !done)
            return std::unexpected(done.error());
        return out;
    }
    auto sessions = attendedSessions(startUtc, endUtc, filters);
    if (!sessions)
        return std::unexpected(sessions.error());
    // A session counts once however many of its attendees (in the age band) were there.
    std::vector<const SessionFact*> kept;
    kept.reserve(sessions->size());
    for (const auto& s : *sessions)
        if (ageBand.empty() || reportAgeBand(s.dateOfBirth, s.received) == ageBand)
            kept.push_back(&s);
    std::sort(kept.begin(), kept.end(),
              [](const SessionFact* x, const SessionFact* y) { return x->sessionId < y->sessionId; });
    kept.erase(std::unique(kept.begin(), kept.end(),
                           [](const SessionFact* x, const SessionFact* y) { return x->sessionId == y->sessionId; }),
               kept.end());
    for (const SessionFact* s : kept)
        add(s->worker, s->durationMinutes);
    return out;
}

std::string ReportQueries::closuresSql(const FactFilters& filters)
{
    std::string sql = "SELECT c.person_id, c.referral_id, c.closed_on, r.received, ";
    sql += filters.needPerson ? "p.date_of_birth" : "NULL";
    sql += " FROM closures c INDEXED BY closures_cohort JOIN referrals r INDEXED BY referrals_by_id ON r.id = "
           "c.referral_id";
    if (filters.needPerson)
        sql += " JOIN people p INDEXED BY people_facts ON p.id = c.person_id";
    return sql + closureConditions(filters);
}

Result<std::vector<ClosureFact>> ReportQueries::closures(Date from, Date to, const FactFilters& filters)
{
    Statement st(m_db, closuresSql(filters));
    if (!st.ok())
        return std::unexpected(st.error());
    st.bind(1, from.toIso()).bind(2, to.toIso());
    bindConditions(st, 3, filters);
    std::vector<ClosureFact> out;
    auto done = st.forEachRow([&] {
        out.push_back({st.uuid(0), st.uuid(1), dateAt(st, 2), dateAt(st, 3), dateAt(st, 4)});
    });
    if (!done)
        return std::unexpected(done.error());
    return out;
}

std::string ReportQueries::closedOnSql()
{
    // closures_cohort alone (it holds every column read and every condition): no referral probes.
    return "SELECT c.person_id, c.referral_id, c.closed_on FROM closures c INDEXED BY closures_cohort WHERE "
           "c.closed_on >= ? AND c.closed_on <= ? AND c.deleted = 0 AND c.state = 'approved' AND c.reopened_at IS "
           "NULL";
}

Result<std::vector<ClosureFact>> ReportQueries::closedOn(Date from, Date to)
{
    return rowsBetween<ClosureFact>(m_db, closedOnSql(), from, to, [](const Statement& st) {
        ClosureFact c;
        c.personId = st.uuid(0);
        c.referralId = st.uuid(1);
        c.closedOn = dateAt(st, 2);
        return c;
    });
}

std::string ReportQueries::reoffencesSql()
{
    return "SELECT f.person_id, f.happened_on, f.outcome_type, f.outcome_date FROM follow_ups f INDEXED BY "
           "follow_ups_reoffence WHERE f.kind = 'reoffence' AND f.happened_on > ? AND f.happened_on <= ? AND "
           "f.deleted = 0";
}

Result<std::vector<ReoffenceFact>> ReportQueries::reoffences(Date after, Date until)
{
    return rowsBetween<ReoffenceFact>(m_db, reoffencesSql(), after, until, [](const Statement& st) {
        return ReoffenceFact{st.uuid(0), dateAt(st, 1), st.text(2), dateAt(st, 3)};
    });
}

std::string ReportQueries::interventionsSql(const FactFilters& filters)
{
    // One range of intervention_attendance (schema 18: each intervention's first attended
    // start and attended minutes, kept by triggers) joined to the intervention, its referral,
    // its provider and, when an age band is asked for, its person: a few index probes per
    // intervention enrolled in the period instead of every session and attendance of the
    // casebook's history (docs/measures.md, "Schema 18").
    std::string sql = "SELECT i.id, i.referral_id, i.person_id, i.type, i.provider_id, i.status, f.first_attended, "
                      "f.attended_minutes, r.received, pr.name";
    sql += filters.needPerson ? ", pe.date_of_birth" : ", NULL";
    sql += " FROM intervention_attendance f INDEXED BY intervention_attendance_first "
           "JOIN interventions i INDEXED BY interventions_facts ON i.id = f.intervention_id AND i.deleted = 0 "
           "JOIN referrals r INDEXED BY referrals_by_id ON r.id = i.referral_id AND r.deleted = 0 "
           "LEFT JOIN providers pr ON pr.id = i.provider_id";
    if (filters.needPerson)
        sql += " LEFT JOIN people pe INDEXED BY people_facts ON pe.id = i.person_id";
    sql += " WHERE f.first_attended >= ? AND f.first_attended < ?";
    if (filters.provider)
        sql += " AND i.provider_id = ?";
    if (filters.worker)
        sql += " AND r.allocated_to = ?";
    if (!filters.source.empty())
        sql += " AND r.source = ?";
    if (!filters.route.empty())
        sql += " AND r.route = ?";
    return sql;
}

Result<std::vector<InterventionFact>>
ReportQueries::interventions(const std::string& startUtc, const std::string& endUtc, const FactFilters& filters)
{
    Statement st(m_db, interventionsSql(filters));
    if (!st.ok())
        return std::unexpected(st.error());
    st.bind(1, startUtc).bind(2, endUtc);
    int at = 3;
    if (filters.provider)
        st.bind(at++, *filters.provider);
    if (filters.worker)
        st.bind(at++, *filters.worker);
    if (!filters.source.empty())
        st.bind(at++, filters.source);
    if (!filters.route.empty())
        st.bind(at++, filters.route);
    std::vector<InterventionFact> out;
    auto done = st.forEachRow([&] {
        InterventionFact f;
        f.id = st.uuid(0);
        f.referralId = st.uuid(1);
        f.personId = st.uuid(2);
        f.type = st.text(3);
        f.providerId = st.isNull(4) ? Uuid{} : st.uuid(4);
        f.status = st.text(5);
        f.firstAttended = st.text(6);
        f.contactMinutes = static_cast<int>(st.integer(7));
        f.received = dateAt(st, 8);
        if (!st.isNull(9))
            f.providerName = st.text(9);
        f.dateOfBirth = dateAt(st, 10);
        out.push_back(std::move(f));
    });
    if (!done)
        return std::unexpected(done.error());
    std::sort(out.begin(), out.end(), [](const InterventionFact& a, const InterventionFact& b) { return a.id < b.id; });
    return out;
}

Result<std::unordered_map<std::string, std::string>> ReportQueries::ownInterventionTypes()
{
    auto ext = PlanStore(m_db).codeExtensions(kInterventionTypeTable);
    if (!ext)
        return std::unexpected(ext.error());
    std::unordered_map<std::string, std::string> out;
    for (auto& e : *ext)
        out.emplace(std::move(e.code), std::move(e.label));
    return out;
}

std::string ReportQueries::assessmentScoresSql()
{
    // One referral's assessments: a probe of assessments_scores (keyed by referral) per referral
    // asked for, in key order, rather than a pass over every assessment of the casebook.
    return "SELECT a.referral_id, a.id, a.template_code, a.assessed_on, a.created_at, a.ratings_text FROM "
           "assessments a INDEXED BY assessments_scores WHERE a.referral_id = ? AND a.deleted = 0";
}

Result<std::vector<AssessmentScoreFact>> ReportQueries::assessmentScores(const std::vector<Uuid>& referralIds)
{
    std::vector<Uuid> ids = referralIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    Statement st(m_db, assessmentScoresSql());
    if (!st.ok())
        return std::unexpected(st.error());
    std::vector<AssessmentScoreFact> out;
    const auto onRow = [&] {
        AssessmentScoreFact f;
        f.referralId = st.uuid(0);
        f.assessmentId = st.uuid(1);
        f.templateCode = st.text(2);
        f.assessedOn = dateAt(st, 3);
        f.createdAt = st.text(4);
        // "domain=rating;domain=rating" (AssessmentStore::ratingsText).
        const std::string text = st.text(5);
        std::size_t at = 0;
        while (at < text.size()) {
            std::size_t end = text.find(';', at);
            if (end == std::string::npos)
                end = text.size();
            const std::size_t eq = text.find('=', at);
            if (eq != std::string::npos && eq < end) {
                int rating = 0;
                for (std::size_t k = eq + 1; k < end; ++k)
                    rating = rating * 10 + (text[k] - '0');
                f.ratings.emplace_back(text.substr(at, eq - at), rating);
            }
            at = end + 1;
        }
        out.push_back(std::move(f));
    };
    for (const Uuid& id : ids) {
        st.bind(1, id);
        auto done = st.forEachRow(onRow);
        if (!done)
            return std::unexpected(done.error());
        st.reset();
    }
    return out;
}

std::string ReportQueries::closedSnapshotsSql(const FactFilters& filters)
{
    std::string sql = "SELECT o.referral_id, o.stage";
    for (std::string_view field : snapshotFieldNames())
        sql += ", o." + std::string(field);
    sql += " FROM closures c INDEXED BY closures_cohort JOIN referrals r INDEXED BY referrals_by_id ON r.id = "
           "c.referral_id JOIN outcome_snapshots o INDEXED BY outcome_snapshots_referral ON o.referral_id = "
           "c.referral_id AND "
           "o.deleted = 0";
    return sql + closureConditions(filters);
}

Result<std::vector<OutcomeSnapshot>> ReportQueries::closedSnapshots(Date from, Date to, const FactFilters& filters)
{
    Statement st(m_db, closedSnapshotsSql(filters));
    if (!st.ok())
        return std::unexpected(st.error());
    st.bind(1, from.toIso()).bind(2, to.toIso());
    bindConditions(st, 3, filters);
    std::vector<OutcomeSnapshot> out;
    const auto fields = snapshotFieldNames();
    Status read;
    auto done = st.forEachRow([&] {
        OutcomeSnapshot o;
        o.referralId = st.uuid(0);
        o.stage = st.text(1);
        for (std::size_t i = 0; i < fields.size(); ++i)
            if (auto set = setSnapshotField(o, fields[i], st.text(static_cast<int>(i) + 2)); !set && read)
                read = set;
        out.push_back(std::move(o));
    });
    if (!done)
        return std::unexpected(done.error());
    if (!read)
        return std::unexpected(read.error());
    return out;
}

Result<std::vector<WorkerName>> ReportQueries::users()
{
    Statement st(m_db, "SELECT id, username, display_name, role FROM users WHERE deleted = 0");
    std::vector<WorkerName> out;
    auto done = st.forEachRow([&] { out.push_back({st.uuid(0), st.text(1), st.text(2), st.text(3)}); });
    if (!done)
        return std::unexpected(done.error());
    return out;
}

Result<std::optional<Uuid>> ReportQueries::providerId(const std::string& nameOrId)
{
    if (auto id = Uuid::parse(nameOrId)) {
        Statement st(m_db, "SELECT id FROM providers WHERE id = ? AND deleted = 0");
        st.bind(1, *id);
        auto row = st.step();
        if (!row)
            return std::unexpected(row.error());
        return *row ? std::optional<Uuid>(st.uuid(0)) : std::nullopt;
    }
    Statement st(m_db, "SELECT id FROM providers WHERE name = ? COLLATE NOCASE AND deleted = 0");
    st.bind(1, nameOrId);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? std::optional<Uuid>(st.uuid(0)) : std::nullopt;
}

} // namespace waymark
