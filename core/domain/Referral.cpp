#include "core/domain/Referral.h"

#include "core/domain/Codes.h"
#include "core/domain/Outcome.h"

#include <array>
#include <string>

namespace waymark {

namespace {

using S = ReferralState;
using P = ReferralStep;

// The whole workflow. A row per legal (from, step); nothing else decides what may follow what.
// A caseworker requests closure with a completion status (the step's reason code, from
// completionStatusCodes()); only a coordinator approves it or sends it back with a comment.
constexpr ReferralTransition kTransitions[] = {
    // from                step               to                     needs                    code   note
    {S::Received, P::StartScreening, S::Screening, Action::ReferralDecide, false, false},
    {S::Screening, P::Accept, S::Accepted, Action::ReferralDecide, false, false},
    {S::Screening, P::Decline, S::Declined, Action::ReferralDecide, true, false},
    {S::Screening, P::Signpost, S::Signposted, Action::ReferralDecide, true, false},
    {S::Screening, P::Withdraw, S::Withdrawn, Action::ReferralDecide, true, false},
    {S::Accepted, P::Activate, S::Active, Action::ReferralUpdate, false, false},
    {S::Active, P::RequestClosure, S::ClosureRequested, Action::ClosureRequest, true, false},
    {S::ClosureRequested, P::ApproveClosure, S::Closed, Action::ClosureApprove, false, false},
    {S::ClosureRequested, P::ReturnClosure, S::Active, Action::ClosureApprove, false, true},
    {S::Closed, P::Reopen, S::Reopened, Action::ReferralDecide, false, true},
    {S::Reopened, P::Activate, S::Active, Action::ReferralUpdate, false, false},
    {S::Reopened, P::RequestClosure, S::ClosureRequested, Action::ClosureRequest, true, false},
};

constexpr std::array kStates = {S::Received,  S::Screening, S::Accepted,         S::Declined, S::Signposted,
                                S::Withdrawn, S::Active,    S::ClosureRequested, S::Closed,   S::Reopened};

constexpr std::array kSteps = {P::StartScreening, P::Accept,         P::Decline,        P::Signpost,      P::Withdraw,
                               P::Activate,       P::RequestClosure, P::ApproveClosure, P::ReturnClosure, P::Reopen};

// "a referral in state 'x' cannot <phrase>"
std::string_view refusedPhrase(ReferralStep step)
{
    switch (step) {
    case P::StartScreening:
        return "start screening";
    case P::Accept:
        return "be accepted";
    case P::Decline:
        return "be declined";
    case P::Signpost:
        return "be signposted";
    case P::Withdraw:
        return "be withdrawn";
    case P::Activate:
        return "become active";
    case P::RequestClosure:
        return "have its closure requested";
    case P::ApproveClosure:
        return "be closed";
    case P::ReturnClosure:
        return "be sent back from closure";
    case P::Reopen:
        return "be reopened";
    }
    return "take that step";
}

} // namespace

std::span<const CodeOption> stepReasonCodes(ReferralStep step)
{
    return step == P::RequestClosure ? completionStatusCodes() : notOfferedReasonCodes();
}

std::span<const ReferralTransition> referralTransitions()
{
    return kTransitions;
}

Result<ReferralTransition> findTransition(ReferralState from, ReferralStep step)
{
    for (const auto& t : kTransitions)
        if (t.from == from && t.step == step)
            return t;
    std::string detail =
        "a referral in state '" + std::string(stateName(from)) + "' cannot " + std::string(refusedPhrase(step));
    const auto allowed = stepsFrom(from);
    if (allowed.empty()) {
        detail += " (no step leads on from '" + std::string(stateName(from)) + "')";
    } else {
        detail += " (from '" + std::string(stateName(from)) + "' the steps are: ";
        for (std::size_t i = 0; i < allowed.size(); ++i) {
            if (i > 0)
                detail += ", ";
            detail += stepName(allowed[i]);
        }
        detail += ")";
    }
    Error e = Error::make(ErrorCode::Validation, std::move(detail), "state");
    e.rule = "illegal_transition";
    return std::unexpected(std::move(e));
}

std::vector<ReferralStep> stepsFrom(ReferralState state)
{
    std::vector<ReferralStep> steps;
    for (const auto& t : kTransitions)
        if (t.from == state)
            steps.push_back(t.step);
    return steps;
}

std::string_view stateName(ReferralState state)
{
    switch (state) {
    case S::Received:
        return "received";
    case S::Screening:
        return "screening";
    case S::Accepted:
        return "accepted";
    case S::Declined:
        return "declined";
    case S::Signposted:
        return "signposted";
    case S::Withdrawn:
        return "withdrawn";
    case S::Active:
        return "active";
    case S::ClosureRequested:
        return "closure_requested";
    case S::Closed:
        return "closed";
    case S::Reopened:
        return "reopened";
    }
    return "received";
}

Result<ReferralState> stateFromName(std::string_view name)
{
    for (ReferralState s : kStates)
        if (stateName(s) == name)
            return s;
    Error e = Error::make(ErrorCode::InvalidInput,
                          "unknown referral state (expected received, screening, accepted, declined, signposted, "
                          "withdrawn, active, closure_requested, closed or reopened)",
                          "state");
    e.rule = "unknown_code";
    return std::unexpected(std::move(e));
}

std::span<const ReferralState> allReferralStates()
{
    return kStates;
}

bool isOpenState(ReferralState state)
{
    switch (state) {
    case S::Received:
    case S::Screening:
    case S::Accepted:
    case S::Active:
    case S::ClosureRequested:
    case S::Reopened:
        return true;
    case S::Declined:
    case S::Signposted:
    case S::Withdrawn:
    case S::Closed:
        return false;
    }
    return false;
}

std::string_view stepName(ReferralStep step)
{
    switch (step) {
    case P::StartScreening:
        return "start_screening";
    case P::Accept:
        return "accept";
    case P::Decline:
        return "decline";
    case P::Signpost:
        return "signpost";
    case P::Withdraw:
        return "withdraw";
    case P::Activate:
        return "activate";
    case P::RequestClosure:
        return "request_closure";
    case P::ApproveClosure:
        return "approve_closure";
    case P::ReturnClosure:
        return "return_closure";
    case P::Reopen:
        return "reopen";
    }
    return "start_screening";
}

Result<ReferralStep> stepFromName(std::string_view name)
{
    for (ReferralStep s : kSteps)
        if (stepName(s) == name)
            return s;
    Error e = Error::make(ErrorCode::InvalidInput,
                          "unknown referral step (expected start_screening, accept, decline, signpost, withdraw, "
                          "activate, request_closure, approve_closure, return_closure or reopen)",
                          "step");
    e.rule = "unknown_code";
    return std::unexpected(std::move(e));
}

std::span<const ReferralStep> allReferralSteps()
{
    return kSteps;
}

Result<ReferralStep> stepForDecision(std::string_view decisionCode)
{
    if (decisionCode == "accepted")
        return P::Accept;
    if (decisionCode == "declined")
        return P::Decline;
    if (decisionCode == "signposted")
        return P::Signpost;
    if (decisionCode == "withdrawn")
        return P::Withdraw;
    Error e = Error::make(ErrorCode::InvalidInput,
                          "unknown decision (expected accepted, declined, signposted or withdrawn)", "decision");
    e.rule = "unknown_code";
    return std::unexpected(std::move(e));
}

} // namespace waymark
