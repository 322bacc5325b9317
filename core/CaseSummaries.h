#pragma once

// casebook.caseSummaries(): the one-page case summary a caseworker takes to a panel meeting.
// Plain data for a printer (ui/render/CaseSummaryPdf): who the young person is, the current
// referral, the latest assessment's domain ratings and their change, the plan's interventions,
// session attendance and open tasks. Never case notes, never an assessment's or a session's
// free text: a summary leaves the scheme. Each summary is a disclosure: audited
// ("case.summary_disclosed") with its recipient. A desk of the Casebook door (core/Casebook.h).

#include "core/Error.h"
#include "core/Uuid.h"
#include "core/calendar/Date.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class DeskContext;

struct CaseSummaryDomain
{
    std::string domain; // the template's code
    std::string label;  // the template's English label
    std::optional<int> previous;
    std::optional<int> current;
    std::optional<int> change; // current - previous when both are rated
};

struct CaseSummaryIntervention
{
    std::string type;     // intervention type code
    std::string provider; // empty: the scheme itself
    std::string status;   // interventionStatusCodes()
    Date plannedStart;
    Date plannedEnd;
    std::string outcome; // once completed or ended early
};

struct CaseSummaryTask
{
    std::string title; // a clock task's source code ("assessment_due") when it has no title
    Date due;
    bool overdue = false;
};

struct CaseSummary
{
    // Who
    std::string caseReference;
    std::string name; // display name
    Date dateOfBirth; // null when not known
    bool dateOfBirthEstimated = false;
    int age = -1;                   // whole years on `preparedOn`; -1 when no date of birth
    std::vector<std::string> flags; // "looked_after", ... (restricted is never printed)
    // The current referral (the open one received last, else the last one); empty reference
    // when the person has none.
    std::string referralReference;
    std::string state; // stateName()
    std::string route;
    std::string source;
    std::string offenceCategory;
    Date received;
    Date offenceDate;
    Date decisionDate;
    Date firstContact;
    std::string worker; // allocated worker's display name; empty when unallocated
    int referrals = 0;  // how many the person has
    // The latest assessment of the current referral.
    Date assessedOn; // null: not assessed
    Date previousAssessedOn;
    std::vector<CaseSummaryDomain> domains;
    std::optional<int> totalChange; // with a previous assessment
    std::vector<CaseSummaryIntervention> interventions;
    // Sessions of the current referral, by this person's attendance.
    int sessionsAttended = 0;
    int sessionsMissed = 0;                 // did not attend
    int sessionsOther = 0;                  // planned, cancelled, ...
    std::vector<CaseSummaryTask> openTasks; // earliest due first
    // The disclosure
    std::string recipient;
    std::string preparedBy; // the signed-in user's display name
    std::string preparedAt; // UTC "YYYY-MM-DDTHH:MM:SSZ"
    Date preparedOn;
};

class CaseSummaries
{
public:
    explicit CaseSummaries(DeskContext& context)
        : m_context(context)
    {}

    // The summary of the person with this case reference (or id), for `recipient` (required:
    // who the panel is; one line, the "report_recipient" text rule). Coordinators, and a
    // caseworker allocated to the person's current referral (Action::CaseSummary; auditors
    // never). Audited as "case.summary_disclosed" with the recipient. NotFound for no such
    // person; Validation for a missing or bad recipient; PermissionDenied otherwise.
    Result<CaseSummary> disclose(std::string_view caseReference, std::string_view recipient);

private:
    DeskContext& m_context;
};

} // namespace waymark
