// casebook.outcomeHistory(): closures and outcomes with their past, in bulk (core/OutcomeHistory.h).

#include "core/OutcomeHistory.h"

#include "core/Clock.h"
#include "core/DeskContext.h"
#include "core/Users.h"
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

} // namespace

Result<int> OutcomeHistory::add(std::vector<OutcomeHistoryDraft>& drafts)
{
    if (auto st = m_context.authorise(Action::DemoGenerate, "referral"); !st)
        return std::unexpected(st.error());
    const Date today = m_context.clock().today();
    for (auto& d : drafts) {
        Closure& c = d.closure;
        if (!isKnownCode(completionStatusCodes(), c.status))
            return std::unexpected(invalid("is not a completion status", "status", "unknown_code"));
        if (c.closedOn.isNull())
            return std::unexpected(invalid("a closure in the past needs its date", "closed_on", "required"));
        if (today < c.closedOn)
            return std::unexpected(invalid("is in the future", "closed_on", "in_future"));
        if (d.start)
            d.start->stage = "start";
        if (d.end)
            d.end->stage = "end";
        for (auto* s : {d.start ? &*d.start : nullptr, d.end ? &*d.end : nullptr}) {
            if (!s)
                continue;
            if (auto st = validateSnapshot(*s); !st)
                return std::unexpected(st.error());
        }
        if (d.start && d.start->takenOn.isNull())
            return std::unexpected(invalid("is required", "taken_on", "required"));
        if (d.returned) {
            const Closure& r = *d.returned;
            if (!isKnownCode(completionStatusCodes(), r.status))
                return std::unexpected(invalid("is not a completion status", "status", "unknown_code"));
            if (r.comment.empty())
                return std::unexpected(invalid("sending a closure back needs a comment", "comment", "required"));
            const std::string own = c.requestedAt.empty() ? c.closedOn.toIso() + "T12:00:00.000Z" : c.requestedAt;
            if (r.requestedAt.empty() || r.decidedAt.empty() || !(r.requestedAt < r.decidedAt) || !(r.decidedAt < own))
                return std::unexpected(
                    invalid("a request sent back comes before the closure's own", "requested_at", "order"));
        }
        for (const auto& f : d.followUps)
            if (auto st = validateFollowUp(f, c.closedOn, today); !st)
                return std::unexpected(st.error());
    }
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    ReferralStore referrals(db);
    OutcomeStore store(db);
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    const Uuid user = m_context.user().id;
    int followUps = 0;
    for (auto& d : drafts) {
        Closure& c = d.closure;
        auto referral = referrals.load(c.referralId);
        if (!referral)
            return std::unexpected(referral.error());
        if (!*referral)
            return fail(ErrorCode::NotFound, "no such referral", "referral");
        if ((*referral)->state != ReferralState::Closed)
            return std::unexpected(invalid("the referral is not closed", "state", "not_closed"));
        const std::string noon = c.closedOn.toIso() + "T12:00:00.000Z";
        if (d.returned) {
            Closure& r = *d.returned;
            r.id = {};
            r.referralId = c.referralId;
            r.personId = (*referral)->personId;
            r.state = "returned";
            r.closedOn = {};
            if (r.requestedBy.isNull())
                r.requestedBy = user;
            if (r.decidedBy.isNull())
                r.decidedBy = user;
            if (auto st = store.insertClosure(r, changes); !st)
                return std::unexpected(st.error());
        }
        c.id = {};
        c.personId = (*referral)->personId;
        c.state = "approved";
        if (c.requestedAt.empty())
            c.requestedAt = noon;
        if (c.requestedBy.isNull())
            c.requestedBy = user;
        if (c.decidedAt.empty())
            c.decidedAt = noon;
        if (c.decidedBy.isNull())
            c.decidedBy = user;
        c.followUp3 = followUpDue(c.closedOn, "3m");
        c.followUp6 = followUpDue(c.closedOn, "6m");
        c.followUp12 = followUpDue(c.closedOn, "12m");
        if (auto st = store.insertClosure(c, changes); !st)
            return std::unexpected(st.error());
        for (auto [s, stage] :
             {std::pair{d.start ? &*d.start : nullptr, "start"}, std::pair{d.end ? &*d.end : nullptr, "end"}}) {
            if (!s)
                continue;
            s->id = {};
            s->referralId = c.referralId;
            s->personId = c.personId;
            s->stage = stage;
            if (s->takenOn.isNull())
                s->takenOn = c.closedOn;
            if (s->recordedAt.empty())
                s->recordedAt = s->takenOn.toIso() + "T12:00:00.000Z";
            if (s->recordedBy.isNull())
                s->recordedBy = user;
            if (auto st = store.insertSnapshot(*s, changes); !st)
                return std::unexpected(st.error());
        }
        for (auto& f : d.followUps) {
            f.id = {};
            f.referralId = c.referralId;
            f.personId = c.personId;
            f.closureId = c.id;
            if (f.recordedAt.empty())
                f.recordedAt = f.happenedOn.toIso() + "T12:00:00.000Z";
            if (f.recordedBy.isNull())
                f.recordedBy = user;
            if (auto st = store.insertFollowUp(f, changes); !st)
                return std::unexpected(st.error());
            ++followUps;
        }
    }
    if (auto st = m_context.audit("outcome.history_added", "referral", {},
                                  "collection: " + std::to_string(drafts.size()) + " closures, " +
                                      std::to_string(followUps) + " follow-up records");
        !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return static_cast<int>(drafts.size());
}

} // namespace waymark
