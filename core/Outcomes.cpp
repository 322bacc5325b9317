// casebook.outcomes(): closure, outcome snapshots and follow-up (core/Outcomes.h).

#include "core/Outcomes.h"

#include "core/Clock.h"
#include "core/DeskContext.h"
#include "core/Referrals.h"
#include "core/Text.h"
#include "core/Users.h"
#include "core/domain/TextRules.h"
#include "core/store/ChangeLog.h"
#include "core/store/Database.h"
#include "core/store/OutcomeStore.h"
#include "core/store/ReferralStore.h"

namespace waymark {

namespace {

Error invalid(std::string detail, std::string field, std::string rule)
{
    Error e = Error::make(ErrorCode::Validation, std::move(detail), std::move(field));
    e.rule = std::move(rule);
    return e;
}

bool startEditable(ReferralState s)
{
    return s == ReferralState::Accepted || s == ReferralState::Active || s == ReferralState::ClosureRequested ||
           s == ReferralState::Reopened;
}

bool endEditable(ReferralState s)
{
    return s == ReferralState::Active || s == ReferralState::ClosureRequested || s == ReferralState::Reopened;
}

// Makes the referral's snapshot of `stage` dated `on`, or re-dates the one there is.
Status ensureSnapshot(OutcomeStore& store, ChangeLog& changes, const Referral& r, std::string_view stage, Date on,
                      const Uuid& user, const std::string& now)
{
    auto existing = store.snapshot(r.id, stage);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing) {
        OutcomeSnapshot after = **existing;
        after.takenOn = on;
        return store.updateSnapshot(**existing, after, changes);
    }
    OutcomeSnapshot s;
    s.referralId = r.id;
    s.personId = r.personId;
    s.stage = std::string(stage);
    s.takenOn = on;
    s.recordedAt = now;
    s.recordedBy = user;
    return store.insertSnapshot(s, changes);
}

void setChecks(Closure& c)
{
    c.followUp3 = followUpDue(c.closedOn, "3m");
    c.followUp6 = followUpDue(c.closedOn, "6m");
    c.followUp12 = followUpDue(c.closedOn, "12m");
}

} // namespace

Status recordClosureStep(Database& db, ChangeLog& changes, const Referral& after, ReferralStep step,
                         std::string_view code, std::string_view note, const Uuid& user, const std::string& now,
                         Date today)
{
    OutcomeStore store(db);
    switch (step) {
    case ReferralStep::Accept:
        return ensureSnapshot(store, changes, after, "start", today, user, now);
    case ReferralStep::RequestClosure: {
        Closure c;
        c.referralId = after.id;
        c.personId = after.personId;
        c.status = std::string(code);
        c.note = std::string(note);
        c.state = "requested";
        c.requestedBy = user;
        c.requestedAt = now;
        if (auto st = store.insertClosure(c, changes); !st)
            return st;
        return ensureSnapshot(store, changes, after, "end", today, user, now);
    }
    case ReferralStep::ApproveClosure:
    case ReferralStep::ReturnClosure: {
        auto latest = store.latestClosure(after.id);
        if (!latest)
            return std::unexpected(latest.error());
        const bool approve = step == ReferralStep::ApproveClosure;
        Closure before;
        bool found = *latest && (*latest)->state == "requested";
        if (found) {
            before = **latest;
        } else {
            // Requested before closures were recorded (an older casebook): the row is made now.
            before.referralId = after.id;
            before.personId = after.personId;
            before.status = "other";
            before.requestedAt = now;
        }
        Closure c = before;
        c.state = approve ? "approved" : "returned";
        c.decidedBy = user;
        c.decidedAt = now;
        if (approve) {
            c.closedOn = today;
            setChecks(c);
        } else {
            c.comment = std::string(note);
        }
        if (auto st = found ? store.updateClosure(before, c, changes) : store.insertClosure(c, changes); !st)
            return st;
        if (approve)
            return ensureSnapshot(store, changes, after, "end", today, user, now);
        return {};
    }
    case ReferralStep::Reopen: {
        auto latest = store.latestClosure(after.id);
        if (!latest)
            return std::unexpected(latest.error());
        if (!*latest || (*latest)->state != "approved")
            return {};
        Closure c = **latest;
        c.reopenedBy = user;
        c.reopenedAt = now;
        c.reopenReason = std::string(note);
        return store.updateClosure(**latest, c, changes);
    }
    default:
        return {};
    }
}

// --- closure -------------------------------------------------------------------------------

Result<Closure> Outcomes::closureStep(const Uuid& referralId, ReferralStep step, std::string_view code,
                                      std::string_view note)
{
    // The step writes the closure row in its own transaction (recordClosureStep).
    auto moved = m_referrals.step(referralId, step, code, note);
    if (!moved)
        return std::unexpected(moved.error());
    auto latest = OutcomeStore(m_context.database()).latestClosure(referralId);
    if (!latest)
        return std::unexpected(latest.error());
    if (!*latest)
        return fail(ErrorCode::NotFound, "the referral has no closure");
    return std::move(**latest);
}

Result<Closure> Outcomes::requestClosure(const Uuid& referralId, std::string_view statusIn, std::string_view note)
{
    const std::string status = text::trim(statusIn);
    if (status.empty())
        return std::unexpected(invalid("a closure needs its completion status", "status", "required"));
    if (!isKnownCode(completionStatusCodes(), status))
        return std::unexpected(invalid("is not a completion status", "status", "unknown_code"));
    const std::string trimmed = text::trim(note);
    if (auto st = checkTextField("referral_note", trimmed, "note"); !st)
        return std::unexpected(st.error());
    return closureStep(referralId, ReferralStep::RequestClosure, status, trimmed);
}

Result<Closure> Outcomes::approveClosure(const Uuid& referralId)
{
    return closureStep(referralId, ReferralStep::ApproveClosure, {}, {});
}

Result<Closure> Outcomes::returnClosure(const Uuid& referralId, std::string_view comment)
{
    if (auto st = m_context.authorise(Action::ClosureApprove, "referral", referralId); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayWriteRecord("referrals", referralId, "referral"); !st)
        return std::unexpected(st.error());
    const std::string trimmed = text::trim(comment);
    if (trimmed.empty())
        return std::unexpected(invalid("sending a closure back needs a comment", "comment", "required"));
    if (auto st = checkTextField("referral_note", trimmed, "comment"); !st)
        return std::unexpected(st.error());
    return closureStep(referralId, ReferralStep::ReturnClosure, {}, trimmed);
}

Result<Closure> Outcomes::reopen(const Uuid& referralId, std::string_view reason)
{
    if (auto st = m_context.authorise(Action::ReferralDecide, "referral", referralId); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayWriteRecord("referrals", referralId, "referral"); !st)
        return std::unexpected(st.error());
    const std::string trimmed = text::trim(reason);
    if (trimmed.empty())
        return std::unexpected(invalid("reopening needs a reason", "reason", "required"));
    if (auto st = checkTextField("referral_note", trimmed, "reason"); !st)
        return std::unexpected(st.error());
    return closureStep(referralId, ReferralStep::Reopen, {}, trimmed);
}

// --- reading -------------------------------------------------------------------------------

Result<OutcomeDetail> Outcomes::show(const Uuid& referralId)
{
    if (auto st = m_context.authorise(Action::OutcomeView, "referral", referralId); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayReadRecord("referrals", referralId, "referral"); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    auto referral = ReferralStore(db).load(referralId);
    if (!referral)
        return std::unexpected(referral.error());
    if (!*referral)
        return fail(ErrorCode::NotFound, "no such referral");
    const Referral& r = **referral;
    OutcomeStore store(db);
    OutcomeDetail d;
    d.referralId = r.id;
    d.referralReference = r.reference;
    d.personId = r.personId;
    d.state = r.state;
    auto closures = store.closures(r.id);
    auto start = store.snapshot(r.id, "start");
    auto end = store.snapshot(r.id, "end");
    auto followUps = store.followUps(r.id);
    if (!closures || !start || !end || !followUps)
        return std::unexpected(!closures ? closures.error()
                               : !start  ? start.error()
                               : !end    ? end.error()
                                         : followUps.error());
    d.closures = std::move(*closures);
    if (!d.closures.empty())
        d.closure = d.closures.back();
    d.start = std::move(*start);
    d.end = std::move(*end);
    d.followUps = std::move(*followUps);
    d.startEditable = startEditable(r.state);
    d.endEditable = endEditable(r.state);
    if (r.state == ReferralState::Closed && d.closure && d.closure->state == "approved") {
        const Date today = m_context.clock().today();
        for (const auto& option : followUpCheckCodes()) {
            FollowUpCheck c;
            c.check = std::string(option.code);
            c.due = followUpDue(d.closure->closedOn, option.code);
            for (const auto& f : d.followUps)
                if (f.closureId == d.closure->id && f.check == c.check)
                    c.done = true;
            c.overdue = !c.done && c.due < today;
            d.checks.push_back(std::move(c));
        }
    }
    if (auto st = m_context.auditConsultation("outcome.viewed", "referral", referralId, "consultation"); !st)
        return std::unexpected(st.error());
    return d;
}

// --- snapshots -----------------------------------------------------------------------------

Result<OutcomeSnapshot> Outcomes::saveSnapshot(OutcomeSnapshot edited)
{
    if (auto st = m_context.authorise(Action::OutcomeRecord, "referral", edited.referralId); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayWriteRecord("referrals", edited.referralId, "referral"); !st)
        return std::unexpected(st.error());
    if (auto st = validateSnapshot(edited); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto referral = ReferralStore(db).load(edited.referralId);
    if (!referral)
        return std::unexpected(referral.error());
    if (!*referral)
        return fail(ErrorCode::NotFound, "no such referral");
    const Referral& r = **referral;
    const bool start = edited.stage == "start";
    if (r.state == ReferralState::Closed)
        return std::unexpected(
            invalid("the referral is closed: its snapshots are kept as they were", "state", "closed"));
    if (start ? !startEditable(r.state) : !endEditable(r.state))
        return std::unexpected(
            start ? invalid("the start snapshot is recorded once the referral is accepted", "state", "not_accepted")
                  : invalid("the end snapshot is recorded while the referral is active", "state", "not_active"));
    OutcomeStore store(db);
    auto existing = store.snapshot(r.id, edited.stage);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing && !edited.updatedHlc.empty() && edited.updatedHlc != (*existing)->updatedHlc)
        return fail(ErrorCode::Conflict, "someone else changed this snapshot", "snapshot");
    const Date today = m_context.clock().today();
    OutcomeSnapshot after = *existing ? **existing : OutcomeSnapshot{};
    if (!*existing) {
        after.referralId = r.id;
        after.personId = r.personId;
        after.stage = edited.stage;
        after.takenOn = start && !r.decisionDate.isNull() ? r.decisionDate : today;
    }
    for (std::string_view name : snapshotFieldNames())
        if (auto st = setSnapshotField(after, name, snapshotFieldValue(edited, name)); !st)
            return std::unexpected(st.error());
    after.recordedAt = formatUtcMillis(m_context.clock().now());
    after.recordedBy = m_context.user().id;
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    if (auto st = *existing ? store.updateSnapshot(**existing, after, changes) : store.insertSnapshot(after, changes);
        !st)
        return std::unexpected(st.error());
    if (auto st = m_context.audit("outcome.snapshot_saved", "referral", r.id, "alteration: " + after.stage); !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return after;
}

// --- follow-up -----------------------------------------------------------------------------

Result<FollowUp> Outcomes::addFollowUp(FollowUp draft)
{
    if (auto st = m_context.authorise(Action::OutcomeRecord, "referral", draft.referralId); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayWriteRecord("referrals", draft.referralId, "referral"); !st)
        return std::unexpected(st.error());
    draft.kind = text::trim(draft.kind);
    draft.check = text::trim(draft.check);
    draft.outcomeType = text::trim(draft.outcomeType);
    draft.note = text::trim(draft.note);
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto referral = ReferralStore(db).load(draft.referralId);
    if (!referral)
        return std::unexpected(referral.error());
    if (!*referral)
        return fail(ErrorCode::NotFound, "no such referral");
    const Referral& r = **referral;
    OutcomeStore store(db);
    auto latest = store.latestClosure(r.id);
    if (!latest)
        return std::unexpected(latest.error());
    if (r.state != ReferralState::Closed || !*latest || (*latest)->state != "approved")
        return std::unexpected(invalid("follow-up is recorded after the referral is closed", "state", "not_closed"));
    const Closure& closure = **latest;
    if (auto st = validateFollowUp(draft, closure.closedOn, m_context.clock().today()); !st)
        return std::unexpected(st.error());
    draft.id = {};
    draft.personId = r.personId;
    draft.closureId = closure.id;
    draft.recordedAt = formatUtcMillis(m_context.clock().now());
    draft.recordedBy = m_context.user().id;
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    if (auto st = store.insertFollowUp(draft, changes); !st)
        return std::unexpected(st.error());
    std::string detail = "alteration: " + draft.kind;
    if (!draft.outcomeType.empty())
        detail += " (" + draft.outcomeType + ")";
    if (auto st = m_context.audit("follow_up.added", "referral", r.id, detail); !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return draft;
}

} // namespace waymark
