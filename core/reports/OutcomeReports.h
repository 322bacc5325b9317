#pragma once

// The two outcome reports (docs/measures.md): outcomes by intervention type and by provider,
// and the KPI summary of the outcome snapshots at start against end. Pure functions from facts
// (core/reports/ReportQueries.h) to tables, and the readings each needs, for the Reports desk.

#include "core/Error.h"
#include "core/calendar/Date.h"
#include "core/domain/Outcome.h"
#include "core/reports/Report.h"
#include "core/reports/ReportQueries.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace waymark {

// Outcomes by intervention over the interventions enrolled in the period (their first attended
// session in it), as of `today`: table "outcomes", sections "type" and "provider". `closures`:
// the approved, not reopened closures of their referrals; `reoffences`: every offence after the
// earliest of them.
std::vector<ReportTable>
outcomesByInterventionTables(const std::vector<InterventionFact>& enrolled,
                             const std::vector<AssessmentScoreFact>& scores, const std::vector<ClosureFact>& closures,
                             const std::vector<ReoffenceFact>& reoffences, Date today,
                             const std::unordered_map<std::string, std::string>& ownTypes = {});

// The KPI funnels of the cases closed in the period (`closures`) from their snapshots: table "kpi".
std::vector<ReportTable> kpiTables(const std::vector<ClosureFact>& closures,
                                   const std::vector<OutcomeSnapshot>& snapshots);

// The readings and the tables. Sessions in the period are those starting in [startUtc, endUtc).
Result<std::vector<ReportTable>> outcomesByInterventionReport(ReportQueries& queries, const ReportParams& params,
                                                              const FactFilters& filters, const std::string& startUtc,
                                                              const std::string& endUtc, Date today);
Result<std::vector<ReportTable>> kpiReport(ReportQueries& queries, const ReportParams& params,
                                           const FactFilters& filters);

} // namespace waymark
