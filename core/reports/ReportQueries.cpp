#include "core/reports/ReportQueries.h"

#include "core/Plans.h"
#include "core/store/Database.h"
#include "core/store/PlanStore.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_set>

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

// Interventions with a linked session starting in [?, ?).
constexpr const char* kInterventionsInPeriod =
    "SELECT s.intervention_id FROM sessions s INDEXED BY sessions_period WHERE s.start >= ? AND s.start < ? AND "
    "s.deleted = 0 AND s.intervention_id IS NOT NULL";

// A hash for ids in the reports' in-memory joins (UUIDv7: the last eight bytes are random).
struct UuidHash
{
    std::size_t operator()(const Uuid& id) const noexcept
    {
        std::uint64_t h = 0;
        std::memcpy(&h, id.bytes().data() + 8, sizeof h);
        return static_cast<std::size_t>(h);
    }
};

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

std::string ReportQueries::attendedSessionIdsSql()
{
    return "SELECT a.session_id FROM session_attendees a INDEXED BY session_attendees_period WHERE a.start >= ? AND "
           "a.start < ? AND a.deleted = 0 AND a.attendance = 'attended'";
}

std::string ReportQueries::periodSessionsSql(const FactFilters& filters)
{
    std::string sql = "SELECT s.id, s.worker_id, s.duration_minutes FROM sessions s INDEXED BY sessions_period WHERE "
                      "s.start >= ? AND s.start < ? AND s.deleted = 0";
    if (filters.worker)
        sql += " AND s.worker_id = ?";
    return sql;
}

Result<std::vector<SessionFact>> ReportQueries::attendedSessions(const std::string& startUtc, const std::string& endUtc,
                                                                 const FactFilters& filters)
{
    std::vector<SessionFact> out;
    if (!perAttendee(filters) && !filters.provider) {
        // Without referral filters: the sessions of the period and the attended attendances of
        // the period, each read in one pass of its index and joined here (a probe of the
        // attendees' index per session costs several times both passes at a large casebook).
        std::unordered_set<Uuid, UuidHash> attended;
        Statement ids(m_db, attendedSessionIdsSql());
        if (!ids.ok())
            return std::unexpected(ids.error());
        ids.bind(1, startUtc).bind(2, endUtc);
        if (auto done = ids.forEachRow([&] { attended.insert(ids.uuid(0)); }); !done)
            return std::unexpected(done.error());
        Statement st(m_db, periodSessionsSql(filters));
        if (!st.ok())
            return std::unexpected(st.error());
        st.bind(1, startUtc).bind(2, endUtc);
        if (filters.worker)
            st.bind(3, *filters.worker);
        auto done = st.forEachRow([&] {
            Uuid id = st.uuid(0);
            if (!attended.contains(id))
                return;
            SessionFact f;
            f.sessionId = id;
            f.worker = st.isNull(1) ? Uuid{} : st.uuid(1);
            f.durationMinutes = static_cast<int>(st.integer(2));
            out.push_back(std::move(f));
        });
        if (!done)
            return std::unexpected(done.error());
        return out;
    }
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

std::string ReportQueries::reoffencesSql()
{
    return "SELECT f.person_id, f.happened_on, f.outcome_type, f.outcome_date FROM follow_ups f INDEXED BY "
           "follow_ups_reoffence WHERE f.kind = 'reoffence' AND f.happened_on > ? AND f.happened_on <= ? AND "
           "f.deleted = 0";
}

Result<std::vector<ReoffenceFact>> ReportQueries::reoffences(Date after, Date until)
{
    Statement st(m_db, reoffencesSql());
    if (!st.ok())
        return std::unexpected(st.error());
    st.bind(1, after.toIso()).bind(2, until.toIso());
    std::vector<ReoffenceFact> out;
    auto done = st.forEachRow([&] { out.push_back({st.uuid(0), dateAt(st, 1), st.text(2), dateAt(st, 3)}); });
    if (!done)
        return std::unexpected(done.error());
    return out;
}

std::string ReportQueries::interventionsInPeriodSql()
{
    return kInterventionsInPeriod;
}

std::string ReportQueries::interventionFactsSql(const FactFilters& filters)
{
    std::string sql = "SELECT i.id, i.referral_id, i.person_id, i.type, i.provider_id, i.status FROM interventions i "
                      "INDEXED BY interventions_facts WHERE i.deleted = 0";
    if (filters.provider)
        sql += " AND i.provider_id = ?";
    return sql;
}

std::string ReportQueries::referralsByIdSql()
{
    return "SELECT r.id, r.received, r.allocated_to, r.source, r.route FROM referrals r INDEXED BY referrals_by_id "
           "WHERE r.deleted = 0";
}

std::string ReportQueries::birthDatesSql()
{
    return "SELECT p.id, p.date_of_birth FROM people p INDEXED BY people_facts";
}

std::string ReportQueries::interventionSessionsSql()
{
    return "SELECT s.intervention_id, s.start, s.duration_minutes, s.id FROM sessions s INDEXED BY "
           "sessions_intervention_start WHERE s.deleted = 0 AND s.intervention_id IS NOT NULL";
}

std::string ReportQueries::attendedPairsSql()
{
    return "SELECT a.session_id, a.referral_id FROM session_attendees a INDEXED BY session_attendees_attended WHERE "
           "a.deleted = 0 AND a.attendance = 'attended'";
}

Result<std::vector<InterventionFact>>
ReportQueries::interventions(const std::string& startUtc, const std::string& endUtc, const FactFilters& filters)
{
    // Each reading is one pass over a covering index, joined here through hash tables: at a
    // large casebook a probe per intervention and per session (what one SQL join does) costs
    // several times the passes (docs/measures.md, "Performance").
    std::unordered_set<Uuid, UuidHash> inPeriod;
    {
        Statement st(m_db, interventionsInPeriodSql());
        if (!st.ok())
            return std::unexpected(st.error());
        st.bind(1, startUtc).bind(2, endUtc);
        if (auto done = st.forEachRow([&] { inPeriod.insert(st.uuid(0)); }); !done)
            return std::unexpected(done.error());
    }
    std::vector<InterventionFact> out;
    std::unordered_map<Uuid, std::vector<std::size_t>, UuidHash> byReferral;
    {
        Statement st(m_db, interventionFactsSql(filters));
        if (!st.ok())
            return std::unexpected(st.error());
        if (filters.provider)
            st.bind(1, *filters.provider);
        auto done = st.forEachRow([&] {
            Uuid id = st.uuid(0);
            if (!inPeriod.contains(id))
                return;
            InterventionFact f;
            f.id = id;
            f.referralId = st.uuid(1);
            f.personId = st.uuid(2);
            f.type = st.text(3);
            f.providerId = st.isNull(4) ? Uuid{} : st.uuid(4);
            f.status = st.text(5);
            byReferral[f.referralId].push_back(out.size());
            out.push_back(std::move(f));
        });
        if (!done)
            return std::unexpected(done.error());
    }
    // The referral: live, passing the worker, source and route filters; its received date.
    std::vector<char> keep(out.size(), 0);
    {
        Statement st(m_db, referralsByIdSql());
        if (!st.ok())
            return std::unexpected(st.error());
        auto done = st.forEachRow([&] {
            const auto it = byReferral.find(st.uuid(0));
            if (it == byReferral.end())
                return;
            if (filters.worker && (st.isNull(2) || st.uuid(2) != *filters.worker))
                return;
            if (!filters.source.empty() && st.text(3) != filters.source)
                return;
            if (!filters.route.empty() && st.text(4) != filters.route)
                return;
            const Date received = dateAt(st, 1);
            for (std::size_t k : it->second) {
                out[k].received = received;
                keep[k] = 1;
            }
        });
        if (!done)
            return std::unexpected(done.error());
    }
    // The linked sessions of the kept interventions (any time) and who attended them: the
    // intervention's own young person's attended sessions give its first attended start and
    // its contact minutes.
    struct LinkedSession
    {
        std::size_t at;
        std::array<char, 20> start; // "YYYY-MM-DDTHH:MM:SSZ", without a heap copy per session
        int minutes;
    };
    std::unordered_map<Uuid, std::size_t, UuidHash> position;
    for (std::size_t k = 0; k < out.size(); ++k)
        if (keep[k])
            position.emplace(out[k].id, k);
    std::unordered_map<Uuid, LinkedSession, UuidHash> linked;
    linked.reserve(position.size() * 16);
    {
        Statement st(m_db, interventionSessionsSql());
        if (!st.ok())
            return std::unexpected(st.error());
        auto done = st.forEachRow([&] {
            const auto it = position.find(st.uuid(0));
            if (it == position.end())
                return;
            LinkedSession l{it->second, {}, static_cast<int>(st.integer(2))};
            const std::string start = st.text(1);
            std::memcpy(l.start.data(), start.data(), std::min(start.size(), l.start.size()));
            linked.emplace(st.uuid(3), l);
        });
        if (!done)
            return std::unexpected(done.error());
    }
    std::vector<char> attended(out.size(), 0);
    {
        Statement st(m_db, attendedPairsSql());
        if (!st.ok())
            return std::unexpected(st.error());
        auto done = st.forEachRow([&] {
            const auto it = linked.find(st.uuid(0));
            if (it == linked.end())
                return;
            InterventionFact& f = out[it->second.at];
            if (st.uuid(1) != f.referralId)
                return;
            const std::string_view start(it->second.start.data(), it->second.start.size());
            if (!attended[it->second.at] || start < f.firstAttended)
                f.firstAttended = std::string(start);
            f.contactMinutes += it->second.minutes;
            attended[it->second.at] = 1;
        });
        if (!done)
            return std::unexpected(done.error());
    }
    std::unordered_map<Uuid, std::string, UuidHash> providerNames;
    {
        Statement st(m_db, "SELECT id, name FROM providers");
        if (auto done = st.forEachRow([&] { providerNames.emplace(st.uuid(0), st.text(1)); }); !done)
            return std::unexpected(done.error());
    }
    std::vector<InterventionFact> kept;
    kept.reserve(out.size());
    std::unordered_set<Uuid, UuidHash> people;
    for (std::size_t k = 0; k < out.size(); ++k) {
        if (!keep[k] || !attended[k])
            continue;
        InterventionFact& f = out[k];
        if (!f.providerId.isNull())
            if (const auto it = providerNames.find(f.providerId); it != providerNames.end())
                f.providerName = it->second;
        if (filters.needPerson)
            people.insert(f.personId);
        kept.push_back(std::move(f));
    }
    if (filters.needPerson) {
        std::unordered_map<Uuid, Date, UuidHash> born;
        Statement st(m_db, birthDatesSql());
        if (!st.ok())
            return std::unexpected(st.error());
        auto done = st.forEachRow([&] {
            Uuid id = st.uuid(0);
            if (people.contains(id))
                born.emplace(id, dateAt(st, 1));
        });
        if (!done)
            return std::unexpected(done.error());
        for (auto& f : kept)
            if (const auto it = born.find(f.personId); it != born.end())
                f.dateOfBirth = it->second;
    }
    std::sort(kept.begin(), kept.end(),
              [](const InterventionFact& a, const InterventionFact& b) { return a.id < b.id; });
    return kept;
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
    return "SELECT a.referral_id, a.id, a.template_code, a.assessed_on, a.created_at, a.ratings_text FROM "
           "assessments a INDEXED BY assessments_scores WHERE a.deleted = 0";
}

Result<std::vector<AssessmentScoreFact>> ReportQueries::assessmentScores(const std::vector<Uuid>& referralIds)
{
    const std::unordered_set<Uuid, UuidHash> wanted(referralIds.begin(), referralIds.end());
    Statement st(m_db, assessmentScoresSql());
    if (!st.ok())
        return std::unexpected(st.error());
    std::vector<AssessmentScoreFact> out;
    auto done = st.forEachRow([&] {
        if (!wanted.contains(st.uuid(0)))
            return;
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
    });
    if (!done)
        return std::unexpected(done.error());
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
