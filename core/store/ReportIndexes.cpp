#include "core/store/ReportIndexes.h"

#include <iterator>

namespace waymark {

namespace {

// Names as the report SQL uses them in INDEXED BY. The live-only ones repeat the tables'
// "deleted = 0" so a reading that asks for live rows is answered from the index alone.
constexpr ReportIndex kIndexes[] = {
    // Referrals received in a period with every fact the funnel, repeat demand and timeliness
    // read (ReportQueries::referrals).
    {"referrals_facts", "referrals",
     "CREATE INDEX referrals_facts ON referrals(received, id, person_id, created_at, source, route, event_date, "
     "statutory_order, state, decision, decision_reason, decision_date, allocated_to, first_contact, "
     "eligibility_overridden) WHERE deleted = 0"},
    // A referral by id with what the filters and the age band need (closures, interventions).
    {"referrals_by_id", "referrals",
     "CREATE INDEX referrals_by_id ON referrals(id, received, person_id, source, route, allocated_to) "
     "WHERE deleted = 0"},
    // A person's accepted referrals in order (the funnel's "earlier accepted referral").
    {"referrals_accepted", "referrals",
     "CREATE INDEX referrals_accepted ON referrals(person_id, received, created_at) WHERE deleted = 0 AND "
     "decision = 'accepted'"},
    // The person facts a report splits by (every person, live or not: a referral keeps its
    // person).
    {"people_facts", "people",
     "CREATE INDEX people_facts ON people(id, date_of_birth, sex, ethnicity, looked_after, child_protection_plan, "
     "child_in_need, early_help, care_leaver, exploitation_concern)"},
    // A referral's approved closure (the funnel's "completed").
    {"closures_approved", "closures",
     "CREATE INDEX closures_approved ON closures(referral_id, requested_at, status) WHERE deleted = 0 AND "
     "state = 'approved'"},
    // Approved closures by date (the reoffending cohorts, kpi, outcomes).
    {"closures_cohort", "closures",
     "CREATE INDEX closures_cohort ON closures(closed_on, referral_id, person_id, reopened_at) WHERE deleted = 0 "
     "AND state = 'approved'"},
    // Interventions with what outcomes by intervention reads.
    {"interventions_facts", "interventions",
     "CREATE INDEX interventions_facts ON interventions(id, referral_id, person_id, type, provider_id, status) "
     "WHERE deleted = 0"},
    // Assessments with their rated domains (outcomes by intervention's distance travelled).
    {"assessments_scores", "assessments",
     "CREATE INDEX assessments_scores ON assessments(referral_id, id, template_code, assessed_on, created_at, "
     "ratings_text) WHERE deleted = 0"},
};

} // namespace

const ReportIndex* reportIndexes(int& count)
{
    count = static_cast<int>(std::size(kIndexes));
    return kIndexes;
}

std::string reportIndexesSql()
{
    std::string sql;
    for (const ReportIndex& i : kIndexes) {
        sql += i.sql;
        sql += ";\n";
    }
    return sql;
}

} // namespace waymark
