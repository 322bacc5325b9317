#pragma once

// casebook.outcomes(): the closure of a referral (requested with a completion status,
// approved or sent back by a coordinator, reopened with a reason), its outcome snapshots at
// the start and at the end, and the follow-up after closure (re-contacts, reoffences and the
// checks at 3, 6 and 12 months). A desk of the Casebook door (core/Casebook.h): it reaches the
// casebook only through its DeskContext, and moves the referral through the Referrals desk's
// workflow (core/Referrals.h), whose steps write the closure rows (recordClosureStep below).
// Rules in core/domain/Outcome.h; SQL in core/store/OutcomeStore. docs/outcomes.md.

#include "core/Error.h"
#include "core/Uuid.h"
#include "core/domain/Outcome.h"
#include "core/domain/Referral.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class ChangeLog;
class Database;
class DeskContext;
class Referrals;

// A scheduled check after closure and whether a follow-up record answers it.
struct FollowUpCheck
{
    std::string check; // followUpCheckCodes(): 3m, 6m, 12m
    Date due;
    bool done = false;
    bool overdue = false; // open and due before today
};

// Everything the outcome box of a referral shows, in one call.
struct OutcomeDetail
{
    Uuid referralId;
    std::string referralReference;
    Uuid personId;
    ReferralState state = ReferralState::Received;
    std::vector<Closure> closures;  // every request, oldest first
    std::optional<Closure> closure; // the latest request (the closure as it stands)
    std::optional<OutcomeSnapshot> start;
    std::optional<OutcomeSnapshot> end;
    bool startEditable = false;        // accepted .. closure requested, reopened
    bool endEditable = false;          // active, closure requested, reopened
    std::vector<FollowUp> followUps;   // oldest first
    std::vector<FollowUpCheck> checks; // of the current closure, while the referral is closed
};

class Outcomes
{
public:
    Outcomes(DeskContext& context, Referrals& referrals)
        : m_context(context)
        , m_referrals(referrals)
    {}

    // The caseworker asks to close the referral (active or reopened) with a completion status
    // (completionStatusCodes(), field "status") and an optional note (Action::ClosureRequest).
    // The end snapshot is made (or re-dated) now. Notes, comments and reasons here are trimmed
    // and follow the "referral_note" text rule (domain/TextRules.h), reported under their own
    // field ("note", "comment", "reason"): nothing is written when they break it.
    Result<Closure> requestClosure(const Uuid& referralId, std::string_view status, std::string_view note = {});
    // A coordinator approves the request (Action::ClosureApprove): the referral is closed, the
    // closure date is today, and the 3-, 6- and 12-month checks are due from it.
    Result<Closure> approveClosure(const Uuid& referralId);
    // A coordinator sends the request back with a comment (required, field "comment"); the
    // referral is active again.
    Result<Closure> returnClosure(const Uuid& referralId, std::string_view comment);
    // Reopens a closed referral with a reason (required, field "reason"; Action::ReferralDecide).
    Result<Closure> reopen(const Uuid& referralId, std::string_view reason);

    // The outcome box (Action::OutcomeView; audited as a consultation).
    Result<OutcomeDetail> show(const Uuid& referralId);

    // Saves a snapshot's answers (Action::OutcomeRecord): `edited` names the referral and the
    // stage; its answers replace the stored ones. The start snapshot may be recorded from
    // acceptance (rule "not_accepted" before), the end one while the referral is active, awaiting
    // closure or reopened (rule "not_active"); neither once closed (rule "closed"). A stale
    // non-empty updatedHlc is a Conflict.
    Result<OutcomeSnapshot> saveSnapshot(OutcomeSnapshot edited);

    // Adds a re-contact or reoffence to a closed referral (Action::OutcomeRecord; rule
    // "not_closed" otherwise), following its current closure (validateFollowUp).
    Result<FollowUp> addFollowUp(FollowUp draft);

private:
    Result<Closure> closureStep(const Uuid& referralId, ReferralStep step, std::string_view code,
                                std::string_view note);

    DeskContext& m_context;
    Referrals& m_referrals;
};

// What a workflow step means for closures and snapshots, written inside the step's own
// transaction by Referrals::step: Accept makes the start snapshot; RequestClosure adds a closure
// row (status = `code`, `note`) and makes or re-dates the end snapshot; ApproveClosure approves
// the latest request (closure date `today`, checks from it); ReturnClosure returns it with
// `note` as the comment; Reopen records who, when and `note` as the reason. Other steps: nothing.
Status recordClosureStep(Database& db, ChangeLog& changes, const Referral& after, ReferralStep step,
                         std::string_view code, std::string_view note, const Uuid& user, const std::string& now,
                         Date today);

} // namespace waymark
