// casebook.referrals(): the Referrals desk. Each method authorises, validates (core/domain),
// writes through core/store with change-log rows, and audits, through its DeskContext.
// Audit details name states, steps and codes only, never a person's words.

#include "core/Referrals.h"

#include "core/DeskContext.h"
#include "core/Outcomes.h"
#include "core/Text.h"
#include "core/Users.h"
#include "core/calendar/WorkingCalendar.h"
#include "core/domain/Codes.h"
#include "core/domain/ReferralRules.h"
#include "core/domain/TextRules.h"
#include "core/store/ChangeLog.h"
#include "core/store/Database.h"
#include "core/store/MetaStore.h"
#include "core/store/PersonStore.h"
#include "core/store/ReferralStore.h"
#include "core/store/UserStore.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

namespace waymark {

namespace {

constexpr std::string_view kTakeSetting = "referrals.caseworkers_may_take";

Error validation(std::string detail, std::string field, std::string rule)
{
    Error e = Error::make(ErrorCode::Validation, std::move(detail), std::move(field));
    e.rule = std::move(rule);
    return e;
}

// The recorded facts (core/domain/ReferralRules.h), and a person to hang them on.
Status validateFacts(const Referral& r, Date today)
{
    if (r.personId.isNull())
        return std::unexpected(validation("a referral needs a person", "person", "required"));
    return validateReferral(r, today);
}

Status checkNote(std::string_view note, std::string_view field)
{
    return checkTextField("referral_note", note, field);
}

bool isDecisionStep(ReferralStep step)
{
    return step == ReferralStep::Accept || step == ReferralStep::Decline || step == ReferralStep::Signpost ||
           step == ReferralStep::Withdraw;
}

bool deciding(ReferralState s)
{
    return s == ReferralState::Received || s == ReferralState::Screening;
}

std::string stateError(ReferralState s, std::string_view what)
{
    return "a referral in state '" + std::string(stateName(s)) + "' " + std::string(what);
}

// Settings without a role check: the desk's own reading, for the methods that already
// authorised what they do.
Result<ReferralSettings> readSettings(Database& db)
{
    MetaStore meta(db);
    ReferralSettings out;
    auto eligibility = meta.withPrefix("eligibility.");
    if (!eligibility)
        return std::unexpected(eligibility.error());
    auto rules = eligibilityFromSettings(*eligibility);
    if (!rules)
        return std::unexpected(rules.error());
    out.eligibility = std::move(*rules);
    auto limits = meta.withPrefix("time_limits.");
    if (!limits)
        return std::unexpected(limits.error());
    auto parsed = timeLimitsFromSettings(*limits);
    if (!parsed)
        return std::unexpected(parsed.error());
    out.limits = *parsed;
    out.caseworkersMayTake = meta.get(kTakeSetting) != "0";
    return out;
}

} // namespace

// --- settings and calendar -----------------------------------------------------------------

Result<ReferralSettings> Referrals::settings()
{
    if (auto st = m_context.authorise(Action::ReferralView); !st)
        return std::unexpected(st.error());
    return readSettings(m_context.database());
}

Status Referrals::setSettings(const ReferralSettings& s)
{
    if (auto st = m_context.authorise(Action::SettingsChange, "casebook"); !st)
        return st;
    if (auto st = validateEligibilityRules(s.eligibility); !st)
        return st;
    if (auto st = validateTimeLimits(s.limits); !st)
        return st;
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    MetaStore meta(db);
    for (const auto& [key, value] : eligibilityToSettings(s.eligibility))
        if (auto st = meta.set(key, value); !st)
            return st;
    for (const auto& [key, value] : timeLimitsToSettings(s.limits))
        if (auto st = meta.set(key, value); !st)
            return st;
    if (auto st = meta.set(kTakeSetting, s.caseworkersMayTake ? "1" : "0"); !st)
        return st;
    if (auto st = m_context.audit("settings.changed", "casebook", {}, "referral eligibility and time limits"); !st)
        return st;
    return tx.commit();
}

// --- intake and edits ----------------------------------------------------------------------

Result<Referral> Referrals::create(Referral draft)
{
    if (auto st = m_context.authorise(Action::ReferralCreate, "referral"); !st)
        return std::unexpected(st.error());
    std::vector<Referral> one{std::move(draft)};
    if (auto made = insertReferrals(one, {}); !made)
        return std::unexpected(made.error());
    return std::move(one.front());
}

Result<int> Referrals::createMany(std::vector<Referral> drafts, const ProgressFn& progress)
{
    if (auto st = m_context.authorise(Action::ReferralCreate, "referral"); !st)
        return std::unexpected(st.error());
    return insertReferrals(drafts, progress);
}

Result<int> Referrals::insertReferrals(std::vector<Referral>& drafts, const ProgressFn& progress)
{
    Database& db = m_context.database();
    const Date today = m_context.clock().today();
    for (auto& d : drafts) {
        normaliseReferral(d);
        if (auto st = validateFacts(d, today); !st)
            return std::unexpected(st.error());
        if (auto st = m_context.mayWrite(d.personId, "referral"); !st)
            return std::unexpected(st.error());
    }
    auto settings = readSettings(db);
    if (!settings)
        return std::unexpected(settings.error());
    auto calendarSettings = m_context.calendarSettings();
    if (!calendarSettings)
        return std::unexpected(calendarSettings.error());
    const WorkingCalendar calendar(*calendarSettings);
    constexpr std::size_t kBatch = 500;
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
            return std::unexpected(stored.error());
        std::int64_t seq = stored->empty() ? 0 : std::atoll(stored->c_str());
        ReferralStore store(db);
        for (std::size_t i = start; i < end; ++i) {
            Referral& r = drafts[i];
            auto person = store.personExists(r.personId);
            if (!person)
                return std::unexpected(person.error());
            if (!*person)
                return fail(ErrorCode::NotFound, "no such person", "person");
            if (!r.policeReference.empty()) {
                auto same = store.findByPoliceReference(r.policeReference);
                if (!same)
                    return std::unexpected(same.error());
                if (*same) {
                    Error e = Error::make(ErrorCode::Conflict,
                                          "a referral with this police reference is already in "
                                          "the casebook",
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
            r.state = ReferralState::Received;
            r.decision.clear();
            r.decisionReason.clear();
            r.decisionNote.clear();
            r.decisionDate = {};
            r.decidedBy = {};
            r.firstContact = {};
            r.assessedOn = {}; // set by the first assessment (core/Assessments.cpp)
            r.eligibilityOverridden = false;
            r.overrideReason.clear();
            r.overriddenBy = {};
            r.overriddenAt.clear();
            r.decisionDue = dueDate(calendar, r.received, settings->limits.decisionDays);
            r.firstContactDue = dueDate(calendar, r.received, settings->limits.firstContactDays);
            r.assessmentDue = dueDate(calendar, r.received, settings->limits.assessmentDays);
            auto earlier = store.receivedDates(r.personId, r.id);
            if (!earlier)
                return std::unexpected(earlier.error());
            r.repeatOrdinal = repeatOrdinal(*earlier, r.received, settings->limits.repeatWindowMonths);
            ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
            if (auto st = store.insert(r, changes); !st)
                return std::unexpected(st.error());
            ReferralEvent created;
            created.kind = "created";
            created.toState = std::string(stateName(r.state));
            created.by = m_context.user().id;
            created.at = now;
            created.allocatedTo = r.allocatedTo;
            if (auto st = store.addEvent(r.id, created, changes); !st)
                return std::unexpected(st.error());
            if (auto st = m_context.audit("referral.created", "referral", r.id, "collection"); !st)
                return std::unexpected(st.error());
        }
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

Result<Referral> Referrals::update(Referral edited)
{
    if (auto st = m_context.authorise(Action::ReferralUpdate, "referral", edited.id); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayWriteRecord("referrals", edited.id, "referral"); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    const Date today = m_context.clock().today();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    ReferralStore store(db);
    auto loaded = store.load(edited.id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such referral");
    const Referral& before = **loaded;
    if (before.updatedHlc != edited.updatedHlc)
        return fail(ErrorCode::Conflict, "the referral was changed since it was read");
    // Only the recorded facts change here; the workflow's fields keep their values.
    Referral after = before;
    after.received = edited.received;
    after.source = edited.source;
    after.referrerName = edited.referrerName;
    after.referrerContact = edited.referrerContact;
    after.eventDate = edited.eventDate;
    after.route = edited.route;
    after.offenceCategory = edited.offenceCategory;
    after.offenceDate = edited.offenceDate;
    after.policeReference = edited.policeReference;
    after.risk = edited.risk;
    after.consent = edited.consent;
    after.statutoryOrder = edited.statutoryOrder;
    normaliseReferral(after);
    if (auto st = validateFacts(after, today); !st)
        return std::unexpected(st.error());
    if (!after.policeReference.empty() && after.policeReference != before.policeReference) {
        auto same = store.findByPoliceReference(after.policeReference);
        if (!same)
            return std::unexpected(same.error());
        if (*same && **same != after.id) {
            Error e =
                Error::make(ErrorCode::Conflict, "a referral with this police reference is already in the casebook",
                            "police_reference");
            e.rule = "duplicate_police_reference";
            return std::unexpected(std::move(e));
        }
    }
    if (after.received != before.received) {
        auto settings = readSettings(db);
        if (!settings)
            return std::unexpected(settings.error());
        auto calendarSettings = m_context.calendarSettings();
        if (!calendarSettings)
            return std::unexpected(calendarSettings.error());
        const WorkingCalendar calendar(*calendarSettings);
        after.decisionDue = dueDate(calendar, after.received, settings->limits.decisionDays);
        after.firstContactDue = dueDate(calendar, after.received, settings->limits.firstContactDays);
        after.assessmentDue = dueDate(calendar, after.received, settings->limits.assessmentDays);
        if (!after.firstContact.isNull() && after.firstContact < after.received)
            return std::unexpected(
                validation("the first contact would be before the referral was received", "received", "after_contact"));
    }
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    if (auto st = store.update(before, after, changes); !st)
        return std::unexpected(st.error());
    if (changes.recorded() == 0)
        return before; // nothing changed: nothing written, no "alteration" audited
    ReferralEvent ev;
    ev.kind = "updated";
    ev.by = m_context.user().id;
    ev.at = formatUtcMillis(m_context.clock().now());
    if (auto st = store.addEvent(after.id, ev, changes); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.audit("referral.updated", "referral", after.id, "alteration"); !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return after;
}

// --- readings ------------------------------------------------------------------------------

Result<Referral> Referrals::view(const Uuid& id)
{
    if (auto st = m_context.authorise(Action::ReferralView, "referral", id); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayReadRecord("referrals", id, "referral"); !st)
        return std::unexpected(st.error());
    auto loaded = ReferralStore(m_context.database()).load(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such referral");
    if (auto st = m_context.auditConsultation("referral.viewed", "referral", id, "consultation"); !st)
        return std::unexpected(st.error());
    return std::move(**loaded);
}

Result<Referral> Referrals::viewByReference(std::string_view reference)
{
    if (auto st = m_context.authorise(Action::ReferralView, "referral"); !st)
        return std::unexpected(st.error());
    std::string upper = text::trim(reference);
    for (auto& c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    auto id = ReferralStore(m_context.database()).findByReference(upper);
    if (!id)
        return std::unexpected(id.error());
    if (!*id)
        return fail(ErrorCode::NotFound, "no referral with that reference");
    return view(**id);
}

Result<std::vector<std::string>> Referrals::knownPoliceReferences(const std::vector<std::string>& policeReferences)
{
    if (auto st = m_context.authorise(Action::ReferralView, "referral"); !st)
        return std::unexpected(st.error());
    ReferralStore store(m_context.database());
    std::vector<std::string> known;
    for (const auto& raw : policeReferences) {
        std::string reference = text::trim(raw);
        for (auto& c : reference)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (reference.empty())
            continue;
        auto found = store.findByPoliceReference(reference);
        if (!found)
            return std::unexpected(found.error());
        if (*found)
            known.push_back(std::move(reference));
    }
    if (auto st = m_context.auditConsultation("referral.police_references_checked", "referral", {},
                                              std::to_string(policeReferences.size()) + " checked, " +
                                                  std::to_string(known.size()) + " known");
        !st)
        return std::unexpected(st.error());
    return known;
}

Result<std::vector<ReferralEvent>> Referrals::history(const Uuid& id)
{
    if (auto st = m_context.authorise(Action::ReferralView, "referral", id); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayReadRecord("referrals", id, "referral"); !st)
        return std::unexpected(st.error());
    auto events = ReferralStore(m_context.database()).events(id);
    if (!events)
        return events;
    if (auto st = m_context.auditConsultation("referral.history_viewed", "referral", id, "consultation"); !st)
        return std::unexpected(st.error());
    return events;
}

Result<EligibilityResult> Referrals::engineResult(const Referral& r)
{
    Database& db = m_context.database();
    auto settings = readSettings(db);
    if (!settings)
        return std::unexpected(settings.error());
    auto person = PersonStore(db).load(r.personId);
    if (!person)
        return std::unexpected(person.error());
    if (!*person)
        return fail(ErrorCode::NotFound, "the referral's person is not in the casebook");
    auto accepted = ReferralStore(db).acceptedCount(r.personId, r.id);
    if (!accepted)
        return std::unexpected(accepted.error());
    return waymark::assessEligibility(settings->eligibility, eligibilityInputFor(r, **person, *accepted));
}

Result<ReferralDetail> Referrals::detail(const Uuid& id)
{
    if (auto st = m_context.authorise(Action::ReferralView, "referral", id); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayReadRecord("referrals", id, "referral"); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    ReferralStore store(db);
    auto loaded = store.load(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such referral");
    ReferralDetail d;
    d.referral = std::move(**loaded);
    auto result = engineResult(d.referral);
    if (!result)
        return std::unexpected(result.error());
    d.eligibility = std::move(*result);
    auto settings = readSettings(db);
    if (!settings)
        return std::unexpected(settings.error());
    auto calendarSettings = m_context.calendarSettings();
    if (!calendarSettings)
        return std::unexpected(calendarSettings.error());
    const WorkingCalendar calendar(*calendarSettings);
    const Date today = m_context.clock().today();
    const Referral& r = d.referral;
    d.decisionClock = clockStatus(calendar, r.received, r.decisionDue, r.decisionDate, today);
    d.contactClock = clockStatus(calendar, r.received, r.firstContactDue, r.firstContact, today);
    d.assessmentClock = clockStatus(calendar, r.received, r.assessmentDue, r.assessedOn, today);
    for (ReferralStep step : stepsFrom(r.state)) {
        auto t = findTransition(r.state, step);
        if (t && m_context.can(t->needs))
            d.steps.push_back(step);
    }
    auto events = store.events(id);
    if (!events)
        return std::unexpected(events.error());
    d.history = std::move(*events);
    d.repeatTrigger = isRepeatTrigger(r.repeatOrdinal, settings->limits);
    if (auto st = m_context.auditConsultation("referral.viewed", "referral", id, "consultation"); !st)
        return std::unexpected(st.error());
    return d;
}

// --- workflow ------------------------------------------------------------------------------

Result<Referral> Referrals::startScreening(const Uuid& id)
{
    return step(id, ReferralStep::StartScreening, {}, {});
}

Result<Referral> Referrals::decide(const Uuid& id, std::string_view decision, std::string_view reasonCode,
                                   std::string_view note)
{
    if (auto st = m_context.authorise(Action::ReferralDecide, "referral", id); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayWriteRecord("referrals", id, "referral"); !st)
        return std::unexpected(st.error());
    auto s = stepForDecision(decision);
    if (!s)
        return std::unexpected(s.error());
    if (*s != ReferralStep::Accept && text::trim(reasonCode).empty())
        return std::unexpected(
            validation("a decision not to offer diversion needs a reason code", "reason", "required"));
    return step(id, *s, reasonCode, note);
}

Result<Referral> Referrals::step(const Uuid& id, ReferralStep step, std::string_view reasonCodeIn,
                                 std::string_view noteIn)
{
    // The permission a step needs is the same from every state it leaves.
    Action needs = Action::ReferralDecide;
    for (const auto& t : referralTransitions())
        if (t.step == step) {
            needs = t.needs;
            break;
        }
    if (auto st = m_context.authorise(needs, "referral", id); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayWriteRecord("referrals", id, "referral"); !st)
        return std::unexpected(st.error());
    const std::string reasonCode = text::trim(reasonCodeIn);
    const std::string note = text::trim(noteIn);
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    ReferralStore store(db);
    auto loaded = store.load(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such referral");
    const Referral& before = **loaded;
    auto transition = findTransition(before.state, step);
    if (!transition)
        return std::unexpected(transition.error());
    // The reason code's table follows the step: a completion status to request closure.
    const auto reasonCodes = stepReasonCodes(step);
    const char* reasonField = step == ReferralStep::RequestClosure ? "status" : "reason";
    if (transition->needsReasonCode) {
        if (reasonCode.empty())
            return std::unexpected(validation("needs a reason code", reasonField, "required"));
        if (!isKnownCode(reasonCodes, reasonCode))
            return std::unexpected(validation("is not a known reason code", reasonField, "unknown_code"));
    } else if (!reasonCode.empty() && !isKnownCode(reasonCodes, reasonCode)) {
        return std::unexpected(validation("is not a known reason code", reasonField, "unknown_code"));
    }
    if (transition->needsNote && note.empty())
        return std::unexpected(validation("needs a note saying why", "note", "required"));
    if (auto st = checkTextField(isDecisionStep(step) ? "decision_note" : "referral_note", note, "note"); !st)
        return std::unexpected(st.error());
    const Date today = m_context.clock().today();
    const std::string now = formatUtcMillis(m_context.clock().now());
    Referral after = before;
    after.state = transition->to;
    const bool isDecision = isDecisionStep(step);
    if (isDecision) {
        after.decision = std::string(stateName(transition->to));
        after.decisionReason = reasonCode;
        after.decisionNote = note;
        after.decisionDate = today;
        after.decidedBy = m_context.user().id;
    }
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    if (auto st = store.update(before, after, changes); !st)
        return std::unexpected(st.error());
    ReferralEvent ev;
    ev.kind = "transition";
    ev.fromState = std::string(stateName(before.state));
    ev.toState = std::string(stateName(after.state));
    ev.reasonCode = reasonCode;
    ev.note = note;
    ev.by = m_context.user().id;
    ev.at = now;
    if (auto st = store.addEvent(id, ev, changes); !st)
        return std::unexpected(st.error());
    // Closure rows and outcome snapshots that come with the step (core/Outcomes.h).
    if (auto st = recordClosureStep(db, changes, after, step, reasonCode, note, m_context.user().id, now, today); !st)
        return std::unexpected(st.error());
    std::string detail = "alteration: " + ev.fromState + " -> " + ev.toState;
    if (!reasonCode.empty())
        detail += " (" + reasonCode + ")";
    if (auto st = m_context.audit(isDecision ? "referral.decided" : "referral.transition", "referral", id, detail); !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return after;
}

Result<Referral> Referrals::changeAllocation(const Uuid& id, const Uuid& worker, std::string_view reasonIn, bool taking)
{
    const std::string reason = text::trim(reasonIn);
    if (auto st = checkNote(reason, "reason"); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    ReferralStore store(db);
    auto loaded = store.load(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such referral");
    const Referral& before = **loaded;
    if (!isOpenState(before.state))
        return std::unexpected(validation(stateError(before.state, "cannot be allocated"), "state", "not_open"));
    if (taking && !before.allocatedTo.isNull()) {
        Error e = Error::make(ErrorCode::Conflict, "the referral is already allocated", "allocated_to");
        e.rule = "already_allocated";
        return std::unexpected(std::move(e));
    }
    if (before.allocatedTo == worker)
        return before; // already theirs: nothing to do
    if (!taking) {
        auto users = UserStore(db).list();
        if (!users)
            return std::unexpected(users.error());
        const auto it = std::find_if(users->begin(), users->end(), [&](const UserInfo& u) { return u.id == worker; });
        if (it == users->end() || !it->active)
            return std::unexpected(validation("is not an active user", "worker", "unknown_user"));
        if (it->role != Role::Caseworker && it->role != Role::Coordinator)
            return std::unexpected(validation("is not a caseworker or coordinator", "worker", "not_a_worker"));
        if (!before.allocatedTo.isNull() && reason.empty())
            return std::unexpected(validation("a re-allocation needs a reason", "reason", "required"));
    }
    Referral after = before;
    after.allocatedTo = worker;
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    if (auto st = store.update(before, after, changes); !st)
        return std::unexpected(st.error());
    ReferralEvent ev;
    ev.kind = taking ? "taken" : "allocated";
    ev.note = reason;
    ev.by = m_context.user().id;
    ev.at = formatUtcMillis(m_context.clock().now());
    ev.allocatedTo = worker;
    if (auto st = store.addEvent(id, ev, changes); !st)
        return std::unexpected(st.error());
    const std::string detail =
        taking ? "alteration: taken"
               : (before.allocatedTo.isNull() ? "alteration: allocated" : "alteration: re-allocated");
    if (auto st = m_context.audit(taking ? "referral.taken" : "referral.allocated", "referral", id, detail); !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return after;
}

Result<Referral> Referrals::allocate(const Uuid& id, const Uuid& worker, std::string_view reason)
{
    if (auto st = m_context.authorise(Action::ReferralAllocate, "referral", id); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayWriteRecord("referrals", id, "referral"); !st)
        return std::unexpected(st.error());
    if (worker.isNull())
        return std::unexpected(validation("is required", "worker", "required"));
    return changeAllocation(id, worker, reason, false);
}

Result<Referral> Referrals::take(const Uuid& id)
{
    if (auto st = m_context.authorise(Action::ReferralTake, "referral", id); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayWriteRecord("referrals", id, "referral"); !st)
        return std::unexpected(st.error());
    auto settings = readSettings(m_context.database());
    if (!settings)
        return std::unexpected(settings.error());
    if (!settings->caseworkersMayTake) {
        // The role allows it but this casebook does not: refused, and audited as a refusal.
        if (auto st = m_context.audit("refused", "referral", id,
                                      std::string(actionName(Action::ReferralTake)) +
                                          " (the casebook does not let caseworkers take "
                                          "referrals)");
            !st)
            return std::unexpected(st.error());
        Error e = Error::make(ErrorCode::PermissionDenied, "this casebook does not let caseworkers take referrals");
        e.rule = "take_not_allowed";
        return std::unexpected(std::move(e));
    }
    return changeAllocation(id, m_context.user().id, {}, true);
}

Result<Referral> Referrals::recordFirstContact(const Uuid& id, Date date)
{
    if (auto st = m_context.authorise(Action::ReferralUpdate, "referral", id); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayWriteRecord("referrals", id, "referral"); !st)
        return std::unexpected(st.error());
    if (date.isNull())
        return std::unexpected(validation("is required", "first_contact", "required"));
    if (date > m_context.clock().today())
        return std::unexpected(validation("is in the future", "first_contact", "in_future"));
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    ReferralStore store(db);
    auto loaded = store.load(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such referral");
    const Referral& before = **loaded;
    if (!isOpenState(before.state))
        return std::unexpected(
            validation(stateError(before.state, "cannot record a first contact"), "state", "not_open"));
    if (!before.firstContact.isNull())
        return std::unexpected(validation("is already recorded", "first_contact", "already_recorded"));
    if (date < before.received)
        return std::unexpected(validation("is before the referral was received", "first_contact", "before_received"));
    Referral after = before;
    after.firstContact = date;
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    if (auto st = store.update(before, after, changes); !st)
        return std::unexpected(st.error());
    ReferralEvent ev;
    ev.kind = "first_contact";
    ev.by = m_context.user().id;
    ev.at = formatUtcMillis(m_context.clock().now());
    if (auto st = store.addEvent(id, ev, changes); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.audit("referral.first_contact", "referral", id, "alteration: first contact"); !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return after;
}

// --- eligibility ---------------------------------------------------------------------------

Result<EligibilityResult> Referrals::assessEligibility(const Uuid& id)
{
    if (auto st = m_context.authorise(Action::ReferralView, "referral", id); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayReadRecord("referrals", id, "referral"); !st)
        return std::unexpected(st.error());
    auto loaded = ReferralStore(m_context.database()).load(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such referral");
    auto result = engineResult(**loaded);
    if (!result)
        return result;
    if (auto st = m_context.auditConsultation("referral.eligibility_assessed", "referral", id,
                                              result->pass ? "consultation: pass" : "consultation: fail");
        !st)
        return std::unexpected(st.error());
    return result;
}

Result<Referral> Referrals::overrideEligibility(const Uuid& id, std::string_view reasonIn)
{
    if (auto st = m_context.authorise(Action::EligibilityOverride, "referral", id); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayWriteRecord("referrals", id, "referral"); !st)
        return std::unexpected(st.error());
    const std::string reason = text::trim(reasonIn);
    if (reason.empty())
        return std::unexpected(validation("an override needs a reason", "override_reason", "required"));
    if (auto st = checkNote(reason, "override_reason"); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    ReferralStore store(db);
    auto loaded = store.load(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such referral");
    const Referral& before = **loaded;
    if (!deciding(before.state))
        return std::unexpected(
            validation(stateError(before.state, "is already decided; its eligibility stays as it was"), "state",
                       "already_decided"));
    auto result = engineResult(before);
    if (!result)
        return std::unexpected(result.error());
    if (result->pass)
        return std::unexpected(validation("the referral passes the eligibility rules: there is nothing to override",
                                          "eligibility", "not_failed"));
    Referral after = before;
    after.eligibilityOverridden = true;
    after.overrideReason = reason;
    after.overriddenBy = m_context.user().id;
    after.overriddenAt = formatUtcMillis(m_context.clock().now());
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    if (auto st = store.update(before, after, changes); !st)
        return std::unexpected(st.error());
    ReferralEvent ev;
    ev.kind = "override";
    ev.note = reason;
    // The engine's reasons at the time, as codes: kept beside the override.
    for (const auto& why : result->reasons)
        ev.reasonCode += (ev.reasonCode.empty() ? "" : ",") + why.code;
    ev.by = m_context.user().id;
    ev.at = after.overriddenAt;
    if (auto st = store.addEvent(id, ev, changes); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.audit("referral.eligibility_overridden", "referral", id,
                                  "alteration: eligibility overridden (" + ev.reasonCode + ")");
        !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return after;
}

// Lists, counts and My work: core/ReferralLists.cpp.

} // namespace waymark
