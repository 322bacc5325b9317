#pragma once

// casebook.referrals(): referrals, their workflow, allocation, eligibility, working-day clocks
// and "My work". A desk of the Casebook door (core/Casebook.h): it reaches the casebook only
// through its DeskContext (core/DeskContext.h). Rules live in core/domain (Referral.h,
// Eligibility.h, ReferralClocks.h); SQL in core/store (ReferralStore).

#include "core/Error.h"
#include "core/Progress.h"
#include "core/Uuid.h"
#include "core/domain/Eligibility.h"
#include "core/domain/Referral.h"
#include "core/domain/ReferralClocks.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class DeskContext;

// One row of the referral queue or My work: enough to show and open it.
struct ReferralSummary
{
    Uuid id;
    std::string reference;
    Uuid personId;
    std::string personReference; // the person's case reference
    std::string personName;      // display name
    Date received;
    std::string source;
    std::string route;
    ReferralState state = ReferralState::Received;
    Uuid allocatedTo;
    std::string allocatedName; // display name of the worker; empty when unallocated
    Date decisionDue;          // null once decided
    Date firstContactDue;      // null once contact recorded
    int repeatOrdinal = 1;
    bool decisionOverdue = false; // as of today
    bool contactOverdue = false;
    Date assessmentDue;             // while open (not awaiting closure) with no assessment
    bool assessmentOverdue = false; // as of today
};

enum class ReferralSort
{
    Due,      // earliest running due date first (decision, else first contact), then received
    Received, // newest first
};

struct ReferralPageCursor
{
    std::vector<std::string> keys;
    Uuid id;
};

// The My work buckets, as list and count filters (so My work's counts are count() queries).
enum class WorkBucket
{
    AwaitingScreening, // state received
    DecisionRunning,   // received or screening: the decision clock runs (due or overdue)
    DecisionDue,       // ... not past its due date
    DecisionOverdue,   // ... past its due date
    ContactRunning,    // accepted or active without a first contact (due or overdue)
    ContactDue,
    ContactOverdue,
};

struct ReferralListQuery
{
    std::optional<ReferralState> state;
    std::string source;         // empty = any
    std::string route;          // empty = any
    std::optional<Uuid> worker; // allocated to
    bool unallocatedOnly = false;
    bool overdueOnly = false; // a running decision or first-contact clock past its due date
    std::optional<Uuid> personId;
    bool openOnly = false;            // states where work remains (isOpenState)
    std::optional<WorkBucket> bucket; // one of My work's buckets
    ReferralSort sort = ReferralSort::Due;
    std::optional<ReferralPageCursor> after;
    int limit = 200;
};

struct ReferralPage
{
    std::vector<ReferralSummary> rows;
    std::optional<ReferralPageCursor> next;
};

// A caseworker's counts on My work (also one row per worker on a coordinator's My work).
struct WorkCounts
{
    Uuid worker; // null for the unallocated row
    std::string workerName;
    std::int64_t awaitingScreening = 0; // state received
    std::int64_t decisionsDue = 0;      // received/screening, decision clock running, not overdue
    std::int64_t decisionsOverdue = 0;
    std::int64_t contactsDue = 0; // accepted/active without first contact, not overdue
    std::int64_t contactsOverdue = 0;
};

struct MyWork
{
    Date today;
    bool team = false;                              // coordinator's view across the team
    WorkCounts totals;                              // for the user (or the whole team)
    std::vector<WorkCounts> perWorker;              // team view only, one row per caseworker with work
    std::int64_t unallocated = 0;                   // team view only: open referrals nobody holds
    std::vector<ReferralSummary> awaitingScreening; // each list: first 50, earliest due first
    std::vector<ReferralSummary> decisions;         // due and overdue
    std::vector<ReferralSummary> contacts;          // due and overdue
    std::vector<ReferralSummary> unallocatedRows;   // team view only
};

struct ReferralSettings
{
    EligibilityRules eligibility;
    TimeLimits limits;
    bool caseworkersMayTake = true; // caseworkers may take unallocated referrals
};

// Everything about one referral a page needs in one call.
struct ReferralDetail
{
    Referral referral;
    EligibilityResult eligibility; // the engine's result now (the override stays beside it)
    ClockStatus decisionClock;
    ClockStatus contactClock;
    ClockStatus assessmentClock;
    std::vector<ReferralStep> steps;    // what this user may do now, in table order
    std::vector<ReferralEvent> history; // oldest first
    bool repeatTrigger = false;         // repeatOrdinal >= threshold
};

// A referral with its past (demo data; records moved from another system): the referral as it
// stands now (state, decision, allocation, first contact, override) and the history rows that
// led there, oldest first, after "created" (which addHistory writes). Transition rows must walk
// the workflow table from received to the referral's state.
struct ReferralHistoryDraft
{
    Referral referral;
    std::vector<ReferralEvent> events;
};

class Referrals
{
public:
    explicit Referrals(DeskContext& context)
        : m_context(context)
    {}

    // Validates (codes, dates, person exists), assigns id and reference, computes due dates and
    // the repeat ordinal, saves in state received, audits "referral.created". A police reference
    // already in the casebook is a Conflict.
    Result<Referral> create(Referral draft);
    // Many at once in one transaction (imports, demo); one audit row each.
    Result<int> createMany(std::vector<Referral> drafts, const ProgressFn& progress = {});
    // Many referrals with their past, batched (demo data, moving records from another system;
    // core/ReferralHistory.cpp). Checks each as create() does, and its history against the
    // workflow table: the decision, dates (receipt <= decision, contact <= today) and workers
    // must agree with the rows. Assigns ids, references, due dates and repeat ordinals as
    // create() does; one change set and one audit row (`referral.history_added`) per batch of
    // 1,000. Coordinators (Action::ReferralImport).
    Result<int> addHistory(std::vector<ReferralHistoryDraft> drafts, const ProgressFn& progress = {});
    // Edits the recorded facts (not state, decision or allocation). Conflict on a stale updatedHlc.
    Result<Referral> update(Referral edited);
    Result<Referral> view(const Uuid& id);
    Result<Referral> viewByReference(std::string_view reference);
    // Which of these police references the casebook already holds (as normalised: trimmed,
    // upper case), for an import's dry run and re-import; one audit row for the whole check.
    Result<std::vector<std::string>> knownPoliceReferences(const std::vector<std::string>& policeReferences);
    Result<ReferralDetail> detail(const Uuid& id);
    Result<std::vector<ReferralEvent>> history(const Uuid& id);

    // Workflow. Illegal steps are Validation errors naming the current state.
    Result<Referral> startScreening(const Uuid& id);
    // decision: decisionCodes(); reasonCode required unless accepted; note optional (free text).
    Result<Referral> decide(const Uuid& id, std::string_view decision, std::string_view reasonCode,
                            std::string_view note);
    // Any other step of the table (reopen, closure steps later).
    Result<Referral> step(const Uuid& id, ReferralStep step, std::string_view reasonCode, std::string_view note);

    // Coordinator: allocate / re-allocate (a re-allocation needs a reason). The user must be an
    // active caseworker or coordinator.
    Result<Referral> allocate(const Uuid& id, const Uuid& worker, std::string_view reason);
    // Caseworker takes an unallocated referral, when the casebook allows it.
    Result<Referral> take(const Uuid& id);
    // Stops the first-contact clock (date not before received, not in the future).
    Result<Referral> recordFirstContact(const Uuid& id, Date date);

    Result<EligibilityResult> assessEligibility(const Uuid& id);
    // Coordinator overrides a fail with a reason; audited; the engine's result stays visible.
    Result<Referral> overrideEligibility(const Uuid& id, std::string_view reason);

    Result<ReferralPage> list(const ReferralListQuery& query);
    Result<std::int64_t> count(const ReferralListQuery& query);
    Result<std::vector<ReferralSummary>> forPerson(const Uuid& personId);
    // My work for `worker` (default: the signed-in user). A coordinator without `worker` gets the
    // team view. Counts equal count() with the matching queries.
    Result<MyWork> myWork(std::optional<Uuid> worker = std::nullopt);

    Result<ReferralSettings> settings();
    Status setSettings(const ReferralSettings& settings); // coordinator; audited

private:
    Result<int> insertReferrals(std::vector<Referral>& drafts, const ProgressFn& progress);
    Result<Referral> changeAllocation(const Uuid& id, const Uuid& worker, std::string_view reason, bool taking);
    // The engine's result for the referral as it stands (rules, person, earlier referrals).
    Result<EligibilityResult> engineResult(const Referral& referral);

    DeskContext& m_context;
};

} // namespace waymark
