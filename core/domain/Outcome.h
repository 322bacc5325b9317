#pragma once

// Closure and outcome: the closure of a referral with its completion status and the
// coordinator's approval, the outcome snapshots taken at the start (on acceptance) and at the
// end (on closure), and the follow-up after closure (re-contacts and reoffences, checks at 3,
// 6 and 12 months). Plain records and their rules; the Outcomes desk (core/Outcomes.h) stores
// them through core/store/OutcomeStore. docs/outcomes.md describes the workflow.

#include "core/Error.h"
#include "core/Uuid.h"
#include "core/calendar/Date.h"
#include "core/domain/Codes.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace waymark {

// completed, partially_completed, disengaged, moved_away, escalated_statutory, other.
std::span<const CodeOption> completionStatusCodes();
// caution, conviction, community_resolution, none.
std::span<const CodeOption> reoffenceOutcomeCodes();
// recontact, reoffence.
std::span<const CodeOption> followUpKindCodes();
// 3m, 6m, 12m: the scheduled checks after closure.
std::span<const CodeOption> followUpCheckCodes();
// start, end.
std::span<const CodeOption> outcomeStageCodes();
// yes, no (an empty answer is "not recorded").
std::span<const CodeOption> outcomeAnswerCodes();

// The months after the closure date of each check (followUpCheckCodes() order): 3, 6, 12.
int followUpCheckMonths(std::string_view check);
// The day a check is due: the closure date plus its months, on the same day of the month or
// the month's last day when it is shorter (31 August + 6 months = 28 or 29 February).
Date followUpDue(Date closedOn, std::string_view check);

// One request to close a referral and what became of it. A referral has one row per request;
// the latest row is the referral's closure as it stands.
struct Closure
{
    Uuid id;
    std::string updatedHlc;
    Uuid referralId;
    Uuid personId;
    std::string status;              // completionStatusCodes(), required
    std::string note;                // the caseworker's words with the request (optional)
    std::string state = "requested"; // requested, approved, returned
    Uuid requestedBy;
    std::string requestedAt; // UTC
    Uuid decidedBy;          // the coordinator who approved or returned it
    std::string decidedAt;   // UTC
    std::string comment;     // why it was sent back (required to return)
    Date closedOn;           // the closure date: the day it was approved
    Date followUp3;          // closedOn + 3, 6 and 12 months (followUpDue)
    Date followUp6;
    Date followUp12;
    Uuid reopenedBy;        // set when the closed referral is reopened
    std::string reopenedAt; // UTC
    std::string reopenReason;
};

// The answers of a snapshot. Each is "yes", "no" or empty (not recorded); the hours are a
// number of hours a week or empty.
struct OutcomeSnapshot
{
    Uuid id;
    std::string updatedHlc;
    Uuid referralId;
    Uuid personId;
    std::string stage; // start | end
    Date takenOn;      // start: the acceptance date; end: the closure request, then the closure date
    std::string accommodationSuitable;
    std::string eteSuitable;
    std::optional<int> eteHours; // hours a week in education, training or employment
    std::string sendAln;         // special educational needs / additional learning needs
    std::string sendPlan;        // ... with a plan (EHCP / IDP)
    std::string mentalHealthNeed;
    std::string mentalHealthOffered;
    std::string mentalHealthAttending;
    std::string substanceUseNeed;
    std::string substanceUseOffered;
    std::string substanceUseAttending;
    std::string victimsContacted;
    std::string victimsConsented;
    std::string victimsEngaged; // engaged in restorative justice
    std::string recordedAt;     // UTC of the last change
    Uuid recordedBy;
};

// A re-contact or a reoffence after closure.
struct FollowUp
{
    Uuid id;
    std::string updatedHlc;
    Uuid referralId;
    Uuid personId;
    Uuid closureId;          // the closure it follows (set by the desk)
    std::string kind;        // followUpKindCodes()
    std::string check;       // followUpCheckCodes(): the scheduled check it answers, or empty
    Date happenedOn;         // recontact: the contact date; reoffence: the offence date
    std::string outcomeType; // reoffence: reoffenceOutcomeCodes()
    Date outcomeDate;        // reoffence: when the outcome was given (not for "none")
    std::string note;
    std::string recordedAt; // UTC
    Uuid recordedBy;
};

// The snapshot's answer fields by their stable names (the CLI's --field, the form's
// objectNames, error fields): "accommodation_suitable", "ete_suitable", "ete_hours",
// "send_aln", "send_plan", "mental_health_need", "mental_health_offered",
// "mental_health_attending", "substance_use_need", "substance_use_offered",
// "substance_use_attending", "victims_contacted", "victims_consented", "victims_engaged".
std::span<const std::string_view> snapshotFieldNames();
// Sets one field from text ("yes", "no", "" to clear; hours as a whole number).
Status setSnapshotField(OutcomeSnapshot& snapshot, std::string_view field, std::string_view value);
// The field as text ("" when not recorded).
std::string snapshotFieldValue(const OutcomeSnapshot& snapshot, std::string_view field);

inline constexpr int kMaxEteHours = 60;

// Answers are yes/no/empty; hours 0..60; each funnel in order: offered "yes" needs the need
// "yes", attending "yes" needs offered "yes"; consented needs contacted, engaged needs
// consented; a plan needs SEND/ALN. Validation errors name the field and rule
// ("unknown_code", "range", "needs_previous").
Status validateSnapshot(const OutcomeSnapshot& snapshot);

// kind known; check known or empty; happenedOn required, not before `closedOn` (rule
// "before_closure") and not after `today` ("in_future"); a reoffence needs an outcome type, and
// an outcome date (not before the offence, not in the future) unless the outcome is "none";
// a re-contact has neither.
Status validateFollowUp(const FollowUp& followUp, Date closedOn, Date today);

} // namespace waymark
