#pragma once

// The measures as pure functions: facts in (core/reports/ReportQueries.h), tables out. Each
// follows its written definition in docs/measures.md exactly; no storage, no clock of its own.

#include "core/calendar/Date.h"
#include "core/domain/Eligibility.h"
#include "core/domain/ReferralClocks.h"
#include "core/reports/Report.h"
#include "core/reports/ReportQueries.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace waymark {

class WorkingCalendar;

// Keeps the facts whose age band (on the received date) is `band` ("" keeps all).
void keepAgeBand(std::vector<ReferralFact>& facts, const std::string& band);

// Diversion funnel over referrals received in the period: tables "funnel" and "not_offered".
std::vector<ReportTable> funnelTables(const std::vector<ReferralFact>& facts, const EligibilityRules& rules);
// Whether a referral passed eligibility (engine pass with the earlier accepted referrals, or an override).
bool isEligible(const ReferralFact& fact, const EligibilityRules& rules);
// Diversion was offered: accepted, or declined by the young person or a parent.
bool isOffered(const ReferralFact& fact);
bool isCompleted(const ReferralFact& fact);

// Repeat demand for from..to: `facts` are the referrals received from
// from.addMonths(-limits.repeatWindowMonths) to `to` (the earlier ones only count towards
// ordinals). Tables "bands", "trigger", "quarters", "sources".
std::vector<ReportTable> repeatDemandTables(const std::vector<ReferralFact>& facts, Date from, Date to,
                                            const TimeLimits& limits);

// Timeliness over referrals received in the period, as of `today`: table "timeliness".
std::vector<ReportTable> timelinessTables(const std::vector<ReferralFact>& facts, const WorkingCalendar& calendar,
                                          const TimeLimits& limits, Date today);

// Local proven reoffending by quarterly closure cohort (quarters overlapping from..to), as of
// `today`: table "cohorts". `reoffences` must cover every offence up to 12 months after `to`.
std::vector<ReportTable> reoffendingTables(const std::vector<ClosureFact>& closures,
                                           const std::vector<ReoffenceFact>& reoffences, Date from, Date to, Date today,
                                           const std::string& ageBand);

// The reoffences of each person, by the person's id.
using ReoffencesByPerson = std::unordered_map<Uuid, std::vector<const ReoffenceFact*>, UuidHash>;
ReoffencesByPerson reoffencesByPerson(const std::vector<ReoffenceFact>& reoffences);
// The proven reoffences of one person after a closure on `closedOn`: an offence after the
// closure and no later than 12 months on, with a caution or conviction given no later than 18
// months on (the 6-month waiting period).
int provenReoffences(Date closedOn, const std::vector<const ReoffenceFact*>& ofPerson);
// Whether reoffending after a closure on `lastClosedOn` is still pending on `today`: its 12
// months and 6-month waiting period have not passed.
bool reoffendingPending(Date lastClosedOn, Date today);

// Caseload per worker: open cases and overdue now, sessions and contact minutes in the period
// (ReportQueries::workerActivity, already filtered). `ageBand` filters the open cases.
// `workers`: the rows.
std::vector<ReportTable> caseloadTables(const std::vector<OpenCaseFact>& open,
                                        const std::vector<WorkerActivity>& activity,
                                        const std::vector<WorkerName>& workers, bool unallocatedRow, Date today,
                                        const std::string& ageBand);

} // namespace waymark
