// Referrals::addHistory: referrals that come with their past (demo data; a scheme moving its
// records from another system). Part of the Referrals desk (core/Referrals.h); the same door:
// authorise, validate against the rules of core/domain (the workflow table included), write
// through core/store with change-log rows, audit one row per referral.

#include "core/DeskContext.h"
#include "core/Referrals.h"
#include "core/Users.h"
#include "core/calendar/WorkingCalendar.h"
#include "core/domain/Codes.h"
#include "core/domain/ReferralRules.h"
#include "core/store/ChangeLog.h"
#include "core/store/Database.h"
#include "core/store/MetaStore.h"
#include "core/store/ReferralStore.h"
#include "core/store/UserStore.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

namespace waymark {

namespace {

std::unexpected<Error> invalid(std::string detail, std::string field, std::string rule)
{
    Error e = Error::make(ErrorCode::Validation, std::move(detail), std::move(field));
    e.rule = std::move(rule);
    return std::unexpected(std::move(e));
}

bool decided(ReferralState s)
{
    return s != ReferralState::Received && s != ReferralState::Screening;
}

// The events must walk the workflow table from "received" to the referral's state, and the
// decision fields must say what the walk says.
Status checkHistory(const ReferralHistoryDraft& draft, Date today, const std::set<Uuid>& workers)
{
    const Referral& r = draft.referral;
    ReferralState state = ReferralState::Received;
    std::string decisionState;
    std::string decisionReason;
    for (const auto& e : draft.events) {
        if (e.at.size() < 10)
            return invalid("a history event has no time", "history", "required");
        const auto on = Date::fromIso(std::string_view(e.at).substr(0, 10));
        if (!on || *on > today || *on < r.received)
            return invalid("a history event is dated before the referral or in the future", "history",
                           "bad_event_date");
        if (e.kind == "allocated" || e.kind == "taken") {
            if (!workers.contains(e.allocatedTo))
                return invalid("is not an active caseworker or coordinator", "worker", "unknown_user");
            continue;
        }
        if (e.kind == "first_contact" || e.kind == "override" || e.kind == "updated")
            continue;
        if (e.kind != "transition")
            return invalid("unknown kind of history event", "history", "unknown_code");
        auto from = stateFromName(e.fromState);
        auto to = stateFromName(e.toState);
        if (!from || !to)
            return invalid("a history event names an unknown state", "history", "unknown_code");
        if (*from != state)
            return invalid("a history step starts from '" + e.fromState + "' but the referral was in state '" +
                               std::string(stateName(state)) + "'",
                           "history", "illegal_transition");
        const auto& table = referralTransitions();
        const auto step = std::find_if(table.begin(), table.end(),
                                       [&](const ReferralTransition& t) { return t.from == *from && t.to == *to; });
        if (step == table.end())
            return invalid("a referral in state '" + e.fromState + "' cannot move to '" + e.toState + "'", "state",
                           "illegal_transition");
        // A closure request's code is its completion status; history may leave it out (the
        // closure row written by OutcomeHistory carries it).
        const bool closing = step->step == ReferralStep::RequestClosure;
        if ((step->needsReasonCode && !(closing && e.reasonCode.empty())) || (closing && !e.reasonCode.empty()))
            if (!isKnownCode(stepReasonCodes(step->step), e.reasonCode))
                return invalid("needs a reason code", closing ? "status" : "reason",
                               e.reasonCode.empty() ? "required" : "unknown_code");
        if (step->needsNote && e.note.empty())
            return invalid("needs a note saying why", "note", "required");
        if (step->from == ReferralState::Screening) {
            decisionState = e.toState;
            decisionReason = e.reasonCode;
        }
        state = *to;
    }
    if (state != r.state)
        return invalid("the history ends in state '" + std::string(stateName(state)) + "', the referral is in '" +
                           std::string(stateName(r.state)) + "'",
                       "state", "history_mismatch");
    if (decisionState.empty() != r.decision.empty() || (!decisionState.empty() && decisionState != r.decision) ||
        decisionReason != r.decisionReason)
        return invalid("the decision does not match the history", "decision", "history_mismatch");
    if (decided(r.state) != !r.decision.empty())
        return invalid("the decision does not match the state", "decision", "history_mismatch");
    if (!r.decision.empty()) {
        if (r.decisionDate.isNull() || r.decisionDate < r.received || r.decisionDate > today)
            return invalid("a decision needs a date between receipt and today", "decision_date", "bad_date");
        if (r.decidedBy.isNull())
            return invalid("a decision needs its decider", "decided_by", "required");
    }
    if (!r.firstContact.isNull()) {
        if (r.firstContact < r.received || r.firstContact > today)
            return invalid("is before the referral was received or in the future", "first_contact", "bad_date");
        if (r.decision != "accepted")
            return invalid("is recorded only on an accepted referral", "first_contact", "not_accepted");
    }
    if (!r.allocatedTo.isNull() && !workers.contains(r.allocatedTo))
        return invalid("is not an active caseworker or coordinator", "worker", "unknown_user");
    if (r.eligibilityOverridden && (r.overrideReason.empty() || r.overriddenBy.isNull() || r.overriddenAt.empty()))
        return invalid("an override needs a reason, who and when", "override_reason", "required");
    return {};
}

} // namespace

Result<int> Referrals::addHistory(std::vector<ReferralHistoryDraft> drafts, const ProgressFn& progress)
{
    if (auto st = m_context.authorise(Action::ReferralImport, "referral"); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    const Date today = m_context.clock().today();

    std::set<Uuid> workers;
    {
        auto users = UserStore(db).list();
        if (!users)
            return std::unexpected(users.error());
        for (const auto& u : *users)
            if (u.active && (u.role == Role::Caseworker || u.role == Role::Coordinator))
                workers.insert(u.id);
    }
    for (auto& d : drafts) {
        normaliseReferral(d.referral);
        if (d.referral.personId.isNull())
            return invalid("a referral needs a person", "person", "required");
        if (auto st = validateReferral(d.referral, today); !st)
            return std::unexpected(st.error());
        if (auto st = checkHistory(d, today, workers); !st)
            return std::unexpected(st.error());
    }

    MetaStore meta(db);
    auto limitSettings = meta.withPrefix("time_limits.");
    if (!limitSettings)
        return std::unexpected(limitSettings.error());
    auto limits = timeLimitsFromSettings(*limitSettings);
    if (!limits)
        return std::unexpected(limits.error());
    auto calendarSettings = m_context.calendarSettings();
    if (!calendarSettings)
        return std::unexpected(calendarSettings.error());
    const WorkingCalendar calendar(*calendarSettings);

    constexpr std::size_t kBatch = 1000;
    // Each person's received dates: read once per person, then kept up to date here, so the
    // repeat ordinals count the referrals written earlier in this call.
    std::map<Uuid, std::vector<Date>> receivedByPerson;
    int written = 0;
    for (std::size_t start = 0; start < drafts.size(); start += kBatch) {
        const std::size_t end = std::min(drafts.size(), start + kBatch);
        Transaction tx(db);
        if (!tx.begun())
            return std::unexpected(tx.begun().error());
        const std::string now = formatUtcMillis(m_context.clock().now());
        const int year = today.year();
        const std::string seqKey = "referral_seq_" + std::to_string(year);
        auto stored = MetaStore(db).find(seqKey);
        if (!stored)
            return std::unexpected(stored.error()); // never restart numbering on a failed read
        std::int64_t seq = stored->empty() ? 0 : std::atoll(stored->c_str());
        ReferralStore store(db);
        // One change set and one audit row for the batch, as the other bulk calls write
        // (DeliveryHistory): a signed audit row per referral made most of a large load's cost.
        ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
        for (std::size_t i = start; i < end; ++i) {
            Referral& r = drafts[i].referral;
            auto known = receivedByPerson.find(r.personId);
            if (known == receivedByPerson.end()) {
                auto person = store.personExists(r.personId);
                if (!person)
                    return std::unexpected(person.error());
                if (!*person)
                    return fail(ErrorCode::NotFound, "no such person", "person");
                auto dates = store.receivedDates(r.personId, {});
                if (!dates)
                    return std::unexpected(dates.error());
                known = receivedByPerson.emplace(r.personId, std::move(*dates)).first;
            }
            if (!r.policeReference.empty()) {
                auto same = store.findByPoliceReference(r.policeReference);
                if (!same)
                    return std::unexpected(same.error());
                if (*same) {
                    Error e = Error::make(ErrorCode::Conflict,
                                          "a referral with this police reference is already in the casebook",
                                          "police_reference");
                    e.rule = "duplicate_police_reference";
                    return std::unexpected(std::move(e));
                }
            }
            r.id = Uuid::v7(m_context.clock().now());
            char ref[48];
            std::snprintf(ref, sizeof ref, "RF-%s-%04d-%05lld", m_context.devicePrefix().c_str(), year,
                          static_cast<long long>(++seq));
            r.reference = ref;
            r.createdAt = now;
            r.decisionDue = dueDate(calendar, r.received, limits->decisionDays);
            r.firstContactDue = dueDate(calendar, r.received, limits->firstContactDays);
            r.assessmentDue = dueDate(calendar, r.received, limits->assessmentDays);
            r.repeatOrdinal = repeatOrdinal(known->second, r.received, limits->repeatWindowMonths);
            known->second.push_back(r.received);

            if (auto st = store.insert(r, changes); !st)
                return std::unexpected(st.error());
            ReferralEvent created;
            created.kind = "created";
            created.toState = std::string(stateName(ReferralState::Received));
            created.by = m_context.user().id;
            created.at = r.received.toIso() + "T08:30:00.000Z";
            created.allocatedTo = r.allocatedTo; // allocated at intake, as create() records it
            if (auto st = store.addEvent(r.id, created, changes); !st)
                return std::unexpected(st.error());
            for (auto& e : drafts[i].events) {
                if (e.by.isNull())
                    e.by = m_context.user().id;
                if (auto st = store.addEvent(r.id, e, changes); !st)
                    return std::unexpected(st.error());
            }
        }
        if (auto st = m_context.audit("referral.history_added", "referral", {},
                                      "collection: " + std::to_string(end - start) + " referrals with their history");
            !st)
            return std::unexpected(st.error());
        if (auto st = MetaStore(db).set(seqKey, std::to_string(seq)); !st)
            return std::unexpected(st.error());
        if (auto st = tx.commit(); !st)
            return std::unexpected(st.error());
        written += static_cast<int>(end - start);
        if (progress && !progress(static_cast<int>(100 * end / drafts.size()), "adding referrals"))
            return fail(ErrorCode::Cancelled, "cancelled after " + std::to_string(written) + " referrals");
    }
    return written;
}

} // namespace waymark
