#pragma once

// casebook.outcomeHistory(): closures that come with their past — the demo generator's closed
// cases with their completion status, approval and closure date, start and end snapshots, and
// the re-contacts and reoffences after closure, each with its own dates — written in bulk. A
// desk of the Casebook door (core/Casebook.h): it reaches the casebook only through its
// DeskContext; SQL in core/store/OutcomeStore.
//
// The Outcomes desk applies today's rules to today's work (the closure date is the day of the
// approval). A case closed last year was approved last year, so history is written here
// instead: each draft names a referral already closed (Referrals::addHistory walks it there),
// every record is checked against its domain rules (core/domain/Outcome.h), then the call
// writes everything in one transaction, as one change set, with one audit row. Coordinators
// only (Action::DemoGenerate).

#include "core/Error.h"
#include "core/domain/Outcome.h"

#include <optional>
#include <vector>

namespace waymark {

class DeskContext;

// One closed referral's closure and outcomes, as they were.
struct OutcomeHistoryDraft
{
    // referralId, status, note, closedOn (required) and, when known, requestedAt/By and
    // decidedAt/By (default: the closure date at noon UTC and the signed-in user). The state is
    // "approved"; the check dates follow from closedOn.
    Closure closure;
    std::optional<OutcomeSnapshot> start; // answers; takenOn required
    std::optional<OutcomeSnapshot> end;   // answers; takenOn defaults to closedOn
    std::vector<FollowUp> followUps;      // kind, check, dates, outcome; not before closedOn
    // An earlier request the coordinator sent back (state "returned"): status, requestedAt/By,
    // decidedAt/By (default: the signed-in user), comment (required); before the closure's own.
    std::optional<Closure> returned;
};

class OutcomeHistory
{
public:
    explicit OutcomeHistory(DeskContext& context)
        : m_context(context)
    {}

    // Adds the drafts; fills the ids in them. Each referral must exist and be closed.
    Result<int> add(std::vector<OutcomeHistoryDraft>& drafts);

private:
    DeskContext& m_context;
};

} // namespace waymark
