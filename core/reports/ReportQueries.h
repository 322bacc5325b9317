#pragma once

// The reports' SQL: every statement the reports run, reading the facts each measure is computed
// from (core/reports/Measures.h). Like the classes in core/store it knows nothing of roles or
// audit; the Reports desk calls it after the role check. Each query reads through an index,
// mostly the covering indexes of core/store/ReportIndexes.h; where a join would probe an index
// once per row, two passes are joined in memory instead. tests/bench/BenchReports.cpp prints
// the plans.

#include "core/Error.h"
#include "core/Uuid.h"
#include "core/calendar/Date.h"
#include "core/domain/Outcome.h"
#include "core/domain/Person.h"
#include "core/domain/Session.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace waymark {

class Database;

// Filters as the SQL takes them (the desk resolves names to ids; age band is applied after,
// from the person's date of birth, which is read only when `needPerson`).
struct FactFilters
{
    std::optional<Uuid> worker;
    std::string source;
    std::string route;
    std::optional<Uuid> provider;
    bool needPerson = false; // join people (age band filter, the funnel's splits)
};

// One referral with what the funnel, repeat demand and timeliness need.
struct ReferralFact
{
    Uuid id;
    Uuid personId;
    Date received;
    std::string createdAt;
    std::string source;
    std::string route;
    Date eventDate;
    bool statutoryOrder = false;
    std::string state;
    std::string decision;
    std::string decisionReason;
    Date decisionDate;
    Uuid allocatedTo;
    Date firstContact;
    bool eligibilityOverridden = false;
    // The person as recorded now.
    Date dateOfBirth;
    std::string sex;
    std::string ethnicity;
    PersonFlags flags;
    // Filled only when asked (funnel).
    int earlierAccepted = 0;      // the person's referrals accepted and received before this one
    std::string completionStatus; // the approved closure's completion status (closed referrals)
    bool enrolled = false;        // reached active (the first attended session activates a referral)
};

// One open referral on a worker's caseload.
struct OpenCaseFact
{
    Uuid allocatedTo; // null = unallocated
    std::string runningDue;
    Date received;
    Date dateOfBirth;
};

// One session a worker ran with at least one attended attendee: per attended attendee when
// referral filters apply (source, route, age band), else one row per session.
struct SessionFact
{
    Uuid sessionId;
    Uuid worker;
    int durationMinutes = 0;
    std::string source; // the attendee's referral
    std::string route;
    Date received;
    Date dateOfBirth;
};

// A worker's held sessions in a period and their minutes (caseload).
struct WorkerActivity
{
    Uuid worker; // null: sessions with no worker recorded
    long long sessions = 0;
    long long minutes = 0;
};

// An approved closure that was not reopened (the reoffending cohorts).
struct ClosureFact
{
    Uuid personId;
    Uuid referralId;
    Date closedOn;
    Date received;    // the referral's, for the age band
    Date dateOfBirth; // read only when needPerson
};

// A reoffence recorded as follow-up after a closure.
struct ReoffenceFact
{
    Uuid personId;
    Date offenceDate;
    std::string outcomeType; // caution, conviction, community_resolution, none
    Date outcomeDate;
};

// An intervention of a plan whose young person first attended one of its sessions in the period
// (outcomes by intervention: enrolled in the period).
struct InterventionFact
{
    Uuid id;
    Uuid referralId;
    Uuid personId;
    std::string type;          // interventionTypeCodes() or a casebook's own
    Uuid providerId;           // null: delivered by the scheme itself
    std::string providerName;  // empty when no provider
    std::string status;        // interventionStatusCodes()
    std::string firstAttended; // UTC start of the first linked session its young person attended
    int contactMinutes = 0;    // the durations of the linked sessions its young person attended
    Date received;             // the referral's, for the age band
    Date dateOfBirth;          // read only when needPerson
};

// An assessment of a referral with an intervention session in the period, with its rated
// domains (assessments.ratings_text: no read of the ratings table).
struct AssessmentScoreFact
{
    Uuid referralId;
    Uuid assessmentId;
    std::string templateCode;
    Date assessedOn;
    std::string createdAt;
    std::vector<std::pair<std::string, int>> ratings; // domain, rating 0..4; not-assessed domains left out
};

struct WorkerName
{
    Uuid id;
    std::string username;
    std::string displayName;
    std::string role;
};

// A deferred read transaction (BEGIN .. COMMIT): every query of one report sees the same
// casebook, without taking the write lock (a report on a worker connection never blocks the UI's
// writes). Ends by itself (ROLLBACK) unless end() was called.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    const Status& begun() const { return m_begun; }
    Status end();

private:
    Database& m_db;
    Status m_begun;
    bool m_open = false;
};

class ReportQueries
{
public:
    explicit ReportQueries(Database& db)
        : m_db(db)
    {}

    // Referrals received from..to (inclusive), filtered; `funnel` adds earlierAccepted and enrolled.
    Result<std::vector<ReferralFact>> referrals(Date from, Date to, const FactFilters& filters, bool funnel);
    // Open referrals (received, screening, accepted, active, closure requested, reopened).
    Result<std::vector<OpenCaseFact>> openCases(const FactFilters& filters);
    // Attended attendances of sessions starting in [startUtc, endUtc) ("YYYY-MM-DDTHH:MM:SSZ").
    Result<std::vector<SessionFact>> attendedSessions(const std::string& startUtc, const std::string& endUtc,
                                                      const FactFilters& filters);
    // Held sessions starting in [startUtc, endUtc) added up per worker: without referral filters
    // straight from sessions_held; with them, attendedSessions() kept by the age band (`ageBand`,
    // on the attendee's referral) and counted once per session.
    Result<std::vector<WorkerActivity>> workerActivity(const std::string& startUtc, const std::string& endUtc,
                                                       const FactFilters& filters, const std::string& ageBand);
    // Approved, not reopened closures with closed_on from..to (inclusive), filtered by referral.
    Result<std::vector<ClosureFact>> closures(Date from, Date to, const FactFilters& filters);
    // The same closures unfiltered, with only person, referral and closed_on (the rest empty):
    // for a reading that already holds the referrals it wants (outcomes by intervention).
    Result<std::vector<ClosureFact>> closedOn(Date from, Date to);
    // Reoffences with an offence date after `after` up to `until` (inclusive).
    Result<std::vector<ReoffenceFact>> reoffences(Date after, Date until);
    // Interventions whose first attended session starts in [startUtc, endUtc), filtered by
    // referral (worker, source, route) and by the intervention's provider; in id order.
    Result<std::vector<InterventionFact>> interventions(const std::string& startUtc, const std::string& endUtc,
                                                        const FactFilters& filters);
    // Every assessment, with its rated domains, of these referrals (one probe of
    // assessmentScoresSql() per distinct referral, in id order).
    Result<std::vector<AssessmentScoreFact>> assessmentScores(const std::vector<Uuid>& referralIds);
    // The outcome snapshots (start and end) of the closures closures() returns.
    Result<std::vector<OutcomeSnapshot>> closedSnapshots(Date from, Date to, const FactFilters& filters);
    Result<std::vector<WorkerName>> users();
    // A provider by id text or name (case-insensitive); nullopt when none.
    Result<std::optional<Uuid>> providerId(const std::string& nameOrId);
    // The casebook's own intervention types (a coordinator's additions to
    // interventionTypeCodes()): code -> label as typed.
    Result<std::unordered_map<std::string, std::string>> ownInterventionTypes();

    // The SQL behind each reading, for the benchmark and EXPLAIN QUERY PLAN.
    static std::string referralsSql(const FactFilters& filters, bool funnel);
    static std::string openCasesSql(const FactFilters& filters);
    static std::string attendedSessionsSql(const FactFilters& filters); // with referral filters
    // Without referral filters, the caseload's sessions are one range of sessions_held:
    static std::string heldSessionsSql(const FactFilters& filters); // (start, end[, worker])
    static std::string closuresSql(const FactFilters& filters);
    static std::string closedOnSql(); // (from, to)
    static std::string reoffencesSql();
    // interventions() reads this: (start, end, then the filters' values)
    static std::string interventionsSql(const FactFilters& filters);
    static std::string assessmentScoresSql(); // (referral id), once per referral
    static std::string closedSnapshotsSql(const FactFilters& filters);

private:
    Database& m_db;
};

} // namespace waymark
