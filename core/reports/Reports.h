#pragma once

// casebook.reports(): the reports funders ask for (docs/measures.md), computed in core. A desk
// of the Casebook door (core/Casebook.h): every run is checked against Action::ReportRun
// (coordinators and auditors: aggregates only, never case detail) and audited; an export is a
// disclosure and is audited as one, with small numbers suppressed.

#include "core/Error.h"
#include "core/Progress.h"
#include "core/reports/Report.h"

#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class DeskContext;

struct ReportInfo
{
    std::string name;       // "caseload"
    std::string title;      // "Caseload and activity per caseworker"
    std::string definition; // the short definition shown under the title
};

class Reports
{
public:
    explicit Reports(DeskContext& context)
        : m_context(context)
    {}

    // The reports there are, in the order the scheme reads them.
    static std::vector<ReportInfo> available();

    // Runs a report. InvalidInput for an unknown name, a missing or reversed date range, an
    // unknown source, route or age band; NotFound for a worker or provider the casebook does
    // not know. Audited as a consultation ("report.run", the name, dates and filter keys).
    // Progress 0..100; returning false cancels (Cancelled).
    // Besides the catalogue, "referrals-by-month" (the dashboard's chart: one table "months",
    // referrals received per calendar month of the period) runs the same way.
    Result<Report> run(std::string_view name, const ReportParams& params, const ProgressFn& progress = {});

    // Readies `report` to leave the scheme: suppresses small numbers with the casebook's
    // threshold (suppressSmallNumbers) and audits the export as a disclosure
    // ("report.exported": name, format, recipient when given). Needs Action::ReportRun. The
    // recipient is trimmed and follows the "report_recipient" text rule (one line, 200
    // characters; field "recipient"): when it breaks it, nothing is suppressed or audited.
    Status prepareExport(Report& report, std::string_view format, std::string_view recipient = {});

    // The small-number threshold (setting "reports.suppression_threshold", default 5).
    Result<int> suppressionThreshold();
    // 1..100 (1 = suppress nothing). Coordinators (Action::SettingsChange); audited.
    Status setSuppressionThreshold(int threshold);

private:
    DeskContext& m_context;
};

} // namespace waymark
