#pragma once

// A referral: the start of a diversion scheme's work with a young person. A person has any
// number of referrals over time. The workflow is one table (referralTransitions()): the
// core refuses any step the table does not list, naming the state the referral is in.
//
//   received -> screening -> accepted | declined | signposted | withdrawn
//   accepted -> active (first attended session) -> closure_requested -> closed (approved)
//   closure_requested -> active (sent back)          closed -> reopened (with reason)
//   reopened -> active | closure_requested

#include "core/Error.h"
#include "core/Uuid.h"
#include "core/calendar/Date.h"
#include "core/domain/Codes.h"
#include "core/security/Role.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

enum class ReferralState
{
    Received,
    Screening,
    Accepted,
    Declined,
    Signposted,
    Withdrawn,
    Active,
    ClosureRequested,
    Closed,
    Reopened,
};

// What a user (or the system, for Activate) does to move a referral on.
enum class ReferralStep
{
    StartScreening, // received -> screening
    Accept,         // screening -> accepted
    Decline,        // screening -> declined (reason code required)
    Signpost,       // screening -> signposted (reason code required)
    Withdraw,       // screening -> withdrawn (reason code required)
    Activate,       // accepted | reopened -> active (first attended session; later issue)
    RequestClosure, // active | reopened -> closure_requested (completion status required)
    ApproveClosure, // closure_requested -> closed (coordinators; the closure date is today)
    ReturnClosure,  // closure_requested -> active (coordinators; sent back with a comment)
    Reopen,         // closed -> reopened (reason text required)
};

struct ReferralTransition
{
    ReferralState from;
    ReferralStep step;
    ReferralState to;
    Action needs;         // the role permission the step needs
    bool needsReasonCode; // a stepReasonCodes(step) code is required
    bool needsNote;       // free text required (reopen, send back)
};

// The code table of a step's reason code: completionStatusCodes() for RequestClosure (the
// completion status), notOfferedReasonCodes() for the others.
std::span<const CodeOption> stepReasonCodes(ReferralStep step);
// The whole state machine, one row per legal (from, step).
std::span<const ReferralTransition> referralTransitions();
// The legal transition for (from, step), or Validation with rule "illegal_transition" and a
// message naming the current state ("a referral in state 'declined' cannot be accepted").
Result<ReferralTransition> findTransition(ReferralState from, ReferralStep step);
// Steps a user may take from `state` (for the UI's buttons), in table order.
std::vector<ReferralStep> stepsFrom(ReferralState state);

std::string_view stateName(ReferralState state); // "received", "closure_requested", ...
Result<ReferralState> stateFromName(std::string_view name);
std::span<const ReferralState> allReferralStates();
bool isOpenState(ReferralState state);        // received, screening, accepted, active, closure_requested, reopened
std::string_view stepName(ReferralStep step); // "start_screening", "accept", ...
Result<ReferralStep> stepFromName(std::string_view name);
std::span<const ReferralStep> allReferralSteps(); // in declaration order
// The decision codes (decisionCodes()) map to steps: accepted -> Accept, declined -> Decline,
// signposted -> Signpost, withdrawn -> Withdraw.
Result<ReferralStep> stepForDecision(std::string_view decisionCode);

struct Referral
{
    Uuid id;               // assigned on create
    std::string reference; // assigned on create, e.g. RF-K7QX-2026-00042
    Uuid personId;

    Date received;
    std::string source;          // referralSourceCodes()
    std::string referrerName;    // free text
    std::string referrerContact; // free text (phone / email)
    Date eventDate;              // the eligibility event (offence, incident, or referral reason)
    std::string route;           // referralRouteCodes()
    std::string offenceCategory; // offenceCategoryCodes()
    Date offenceDate;            // may be null
    std::string policeReference; // as the force writes it; unique per casebook when set
    std::string risk;            // riskCodes()
    std::string consent;         // consentCodes(): not_asked, given, refused, withdrawn
    bool statutoryOrder = false; // on a statutory order at referral (an exclusion a scheme may configure)

    ReferralState state = ReferralState::Received;
    std::string decision;       // decisionCodes(), empty until decided
    std::string decisionReason; // notOfferedReasonCodes(), when not accepted
    std::string decisionNote;   // free text
    Date decisionDate;
    Uuid decidedBy;

    Uuid allocatedTo;  // null = unallocated
    Date firstContact; // null until recorded; stops the first-contact clock

    // Due dates, fixed at intake from the casebook's working-day calendar and time limits.
    Date decisionDue;
    Date firstContactDue;
    Date assessmentDue;
    // The first assessment's date (core/Assessments.h): stops the assessment clock.
    Date assessedOn;

    // Eligibility override (coordinator): the engine's result stays visible beside it.
    bool eligibilityOverridden = false;
    std::string overrideReason;
    Uuid overriddenBy;
    std::string overriddenAt; // UTC

    std::string importSource; // name of the import source, when imported
    int repeatOrdinal = 1;    // this is the person's n-th referral within the repeat window (at intake)

    std::string createdAt;  // UTC, set by the store
    std::string updatedHlc; // optimistic concurrency: an update must carry the HLC it read
};

// One row of a referral's history: every transition, allocation, contact and override.
struct ReferralEvent
{
    std::string kind; // "created", "transition", "allocated", "taken", "first_contact", "override", "updated"
    std::string fromState;
    std::string toState;
    std::string reasonCode;
    std::string note; // free text (why)
    Uuid by;          // user id
    std::string byName;
    std::string at;   // UTC
    Uuid allocatedTo; // for allocations
};

} // namespace waymark
