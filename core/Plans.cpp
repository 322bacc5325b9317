// casebook.plans(): the Plans desk. Each method authorises, validates (core/domain/Plan.h),
// writes through core/store/PlanStore with change-log rows, and audits, through its
// DeskContext. Audit details name codes and what was done, never a person's words.

#include "core/Plans.h"

#include "core/DeskContext.h"
#include "core/Text.h"
#include "core/Users.h"
#include "core/domain/TextRules.h"
#include "core/store/ChangeLog.h"
#include "core/store/Database.h"
#include "core/store/PlanStore.h"
#include "core/store/ReferralStore.h"

#include <algorithm>

namespace waymark {

namespace {

Error invalid(std::string detail, std::string field, std::string rule)
{
    Error e = Error::make(ErrorCode::Validation, std::move(detail), std::move(field));
    e.rule = std::move(rule);
    return e;
}

// Plans change while the scheme works with the young person.
bool planEditable(ReferralState s)
{
    return s == ReferralState::Accepted || s == ReferralState::Active || s == ReferralState::ClosureRequested ||
           s == ReferralState::Reopened;
}

Status checkEditable(const Referral& r)
{
    if (planEditable(r.state))
        return {};
    return std::unexpected(invalid("a referral in state '" + std::string(stateName(r.state)) +
                                       "' has no plan to change: plans are for accepted referrals",
                                   "state", "plan_closed"));
}

// An event's time: UTC to the second, as the timeline orders it.
std::string eventTime(const Clock& clock)
{
    const std::string ms = formatUtcMillis(clock.now());
    return ms.substr(0, 19) + "Z";
}

std::string joinCodes(const std::vector<std::string>& codes)
{
    std::string out;
    for (const auto& c : codes)
        out += (out.empty() ? "" : ",") + c;
    return out;
}

Result<Referral> loadReferral(Database& db, const Uuid& id)
{
    auto loaded = ReferralStore(db).load(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such referral");
    return std::move(**loaded);
}

// The plan of `referral`, made now when it has none.
Result<Plan> ensurePlan(PlanStore& store, const Referral& referral, DeskContext& ctx, ChangeLog& changes)
{
    auto existing = store.planForReferral(referral.id);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return std::move(**existing);
    Plan plan;
    plan.id = Uuid::v7(ctx.clock().now());
    plan.personId = referral.personId;
    plan.referralId = referral.id;
    plan.createdAt = formatUtcMillis(ctx.clock().now());
    plan.createdBy = ctx.user().id;
    if (auto st = store.insertPlan(plan, changes); !st)
        return std::unexpected(st.error());
    return plan;
}

Result<bool> typeKnown(PlanStore& store, std::string_view type)
{
    if (isKnownCode(interventionTypeCodes(), type))
        return true;
    auto ext = store.codeExtensions(kInterventionTypeTable);
    if (!ext)
        return std::unexpected(ext.error());
    return std::ranges::any_of(*ext, [&](const CodeExtension& e) { return e.code == type; });
}

constexpr std::string_view kConsentRule = "consent_not_recorded";

} // namespace

// --- the plan ------------------------------------------------------------------------------

Result<PlanDetail> Plans::show(const Uuid& referralId)
{
    if (auto st = m_context.authorise(Action::PlanView, "referral", referralId); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayReadRecord("referrals", referralId, "referral"); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    auto referral = loadReferral(db, referralId);
    if (!referral)
        return std::unexpected(referral.error());
    PlanStore store(db);
    PlanDetail out;
    out.referralId = referral->id;
    out.referralReference = referral->reference;
    out.personId = referral->personId;
    out.referralState = referral->state;
    out.consent = referral->consent;
    out.consentToShare = consentAllowsSharing(referral->consent);
    out.editable = planEditable(referral->state);
    auto plan = store.planForReferral(referralId);
    if (!plan)
        return std::unexpected(plan.error());
    out.plan = std::move(*plan);
    if (out.plan) {
        auto goals = store.goals(out.plan->id);
        if (!goals)
            return std::unexpected(goals.error());
        out.goals = std::move(*goals);
    }
    InterventionQuery q;
    q.referralId = referralId;
    auto items = store.interventions(q);
    if (!items)
        return std::unexpected(items.error());
    out.interventions = std::move(*items);
    auto history = store.events(referralId);
    if (!history)
        return std::unexpected(history.error());
    out.history = std::move(*history);
    if (auto st = m_context.auditConsultation("plan.viewed", "referral", referralId,
                                              std::to_string(out.goals.size()) + " goals, " +
                                                  std::to_string(out.interventions.size()) + " interventions");
        !st)
        return std::unexpected(st.error());
    return out;
}

Result<PlanDetail> Plans::showByReference(std::string_view reference)
{
    if (auto st = m_context.authorise(Action::PlanView, "referral"); !st)
        return std::unexpected(st.error());
    auto id = ReferralStore(m_context.database()).findByReference(text::trim(reference));
    if (!id)
        return std::unexpected(id.error());
    if (!*id)
        return fail(ErrorCode::NotFound, "no referral with this reference");
    return show(**id);
}

Result<Plan> Plans::setReviewDate(const Uuid& referralId, Date reviewDate)
{
    if (auto st = m_context.authorise(Action::PlanUpdate, "referral", referralId); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayWriteRecord("referrals", referralId, "referral"); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto referral = loadReferral(db, referralId);
    if (!referral)
        return std::unexpected(referral.error());
    if (auto st = checkEditable(*referral); !st)
        return std::unexpected(st.error());
    PlanStore store(db);
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    auto plan = ensurePlan(store, *referral, m_context, changes);
    if (!plan)
        return plan;
    Plan after = *plan;
    after.reviewDate = reviewDate;
    if (auto st = store.updatePlan(*plan, after, changes); !st)
        return std::unexpected(st.error());
    if (changes.recorded() == 0)
        return after;
    PlanEvent ev;
    ev.personId = referral->personId;
    ev.referralId = referralId;
    ev.recordId = after.id;
    ev.kind = "review_date";
    ev.code = reviewDate.isNull() ? std::string() : reviewDate.toIso();
    ev.by = m_context.user().id;
    ev.at = eventTime(m_context.clock());
    if (auto st = store.addEvent(ev, changes); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.audit("plan.review_date_set", "plan", after.id, "alteration: review date"); !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return after;
}

// --- goals ---------------------------------------------------------------------------------

Result<PlanGoal> Plans::addGoal(const Uuid& referralId, PlanGoal draft)
{
    if (auto st = m_context.authorise(Action::PlanUpdate, "referral", referralId); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayWriteRecord("referrals", referralId, "referral"); !st)
        return std::unexpected(st.error());
    normaliseGoal(draft);
    if (auto st = validateGoal(draft); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto referral = loadReferral(db, referralId);
    if (!referral)
        return std::unexpected(referral.error());
    if (auto st = checkEditable(*referral); !st)
        return std::unexpected(st.error());
    PlanStore store(db);
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    auto plan = ensurePlan(store, *referral, m_context, changes);
    if (!plan)
        return std::unexpected(plan.error());
    PlanGoal goal = std::move(draft);
    goal.id = Uuid::v7(m_context.clock().now());
    goal.planId = plan->id;
    goal.personId = referral->personId;
    goal.referralId = referralId;
    goal.createdAt = formatUtcMillis(m_context.clock().now());
    goal.createdBy = m_context.user().id;
    if (auto st = store.insertGoal(goal, changes); !st)
        return std::unexpected(st.error());
    PlanEvent ev;
    ev.personId = goal.personId;
    ev.referralId = referralId;
    ev.recordId = goal.id;
    ev.kind = "goal_added";
    ev.code = joinCodes(goal.domains);
    ev.by = m_context.user().id;
    ev.at = eventTime(m_context.clock());
    if (auto st = store.addEvent(ev, changes); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.audit("plan.goal_added", "plan_goal", goal.id,
                                  "collection: goal, " + std::to_string(goal.domains.size()) + " domains");
        !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return goal;
}

Result<PlanGoal> Plans::goal(const Uuid& id)
{
    if (auto st = m_context.authorise(Action::PlanView, "plan_goal", id); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayReadRecord("plan_goals", id, "plan_goal"); !st)
        return std::unexpected(st.error());
    auto loaded = PlanStore(m_context.database()).loadGoal(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such goal");
    if (auto st = m_context.auditConsultation("plan.goal_viewed", "plan_goal", id); !st)
        return std::unexpected(st.error());
    return std::move(**loaded);
}

Result<PlanGoal> Plans::updateGoal(PlanGoal edited)
{
    if (auto st = m_context.authorise(Action::PlanUpdate, "plan_goal", edited.id); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayWriteRecord("plan_goals", edited.id, "plan_goal"); !st)
        return std::unexpected(st.error());
    normaliseGoal(edited);
    if (auto st = validateGoal(edited); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    PlanStore store(db);
    auto loaded = store.loadGoal(edited.id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such goal");
    const PlanGoal& before = **loaded;
    if (before.updatedHlc != edited.updatedHlc)
        return fail(ErrorCode::Conflict, "the goal was changed since it was read");
    auto referral = loadReferral(db, before.referralId);
    if (!referral)
        return std::unexpected(referral.error());
    if (auto st = checkEditable(*referral); !st)
        return std::unexpected(st.error());
    PlanGoal after = before;
    after.text = edited.text;
    after.domains = edited.domains;
    after.status = edited.status;
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    if (auto st = store.updateGoal(before, after, changes); !st)
        return std::unexpected(st.error());
    if (changes.recorded() == 0)
        return before;
    PlanEvent ev;
    ev.personId = after.personId;
    ev.referralId = after.referralId;
    ev.recordId = after.id;
    ev.kind = "goal_updated";
    ev.code = after.status;
    ev.by = m_context.user().id;
    ev.at = eventTime(m_context.clock());
    if (auto st = store.addEvent(ev, changes); !st)
        return std::unexpected(st.error());
    if (auto st =
            m_context.audit("plan.goal_updated", "plan_goal", after.id, "alteration: goal (" + after.status + ")");
        !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return after;
}

// --- interventions -------------------------------------------------------------------------

Result<Intervention> Plans::addIntervention(const Uuid& referralId, Intervention draft, std::string_view overrideReason)
{
    if (auto st = m_context.authorise(Action::PlanUpdate, "referral", referralId); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayWriteRecord("referrals", referralId, "referral"); !st)
        return std::unexpected(st.error());
    return saveIntervention(referralId, nullptr, std::move(draft), overrideReason);
}

Result<Intervention> Plans::updateIntervention(Intervention edited, std::string_view overrideReason)
{
    if (auto st = m_context.authorise(Action::PlanUpdate, "intervention", edited.id); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayWriteRecord("interventions", edited.id, "intervention"); !st)
        return std::unexpected(st.error());
    const Intervention copy = edited;
    return saveIntervention(edited.referralId, &copy, std::move(edited), overrideReason);
}

Result<Intervention> Plans::referToProvider(const Uuid& interventionId, const std::string& expectedHlc,
                                            const Uuid& provider, Date on, std::string_view overrideReason)
{
    if (auto st = m_context.authorise(Action::PlanUpdate, "intervention", interventionId); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayWriteRecord("interventions", interventionId, "intervention"); !st)
        return std::unexpected(st.error());
    auto loaded = PlanStore(m_context.database()).loadIntervention(interventionId);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such intervention");
    Intervention edited = **loaded;
    edited.updatedHlc = expectedHlc;
    edited.status = "referred";
    edited.providerId = provider;
    edited.referredOn = on.isNull() ? m_context.clock().today() : on;
    const Intervention copy = edited;
    return saveIntervention(edited.referralId, &copy, std::move(edited), overrideReason);
}

// Adds (`edited` null) or updates an intervention, with the consent gate. A refusal by the
// gate is audited after the transaction has been rolled back.
Result<Intervention> Plans::saveIntervention(const Uuid& referralIdIn, const Intervention* edited, Intervention draft,
                                             std::string_view overrideReasonIn)
{
    const std::string overrideReason = text::trim(overrideReasonIn);
    std::string refusedConsent;          // the consent status when the gate refused
    std::optional<Action> refusedAction; // a role refusal inside the transaction (its audit row rolled back)
    Uuid recordId = edited ? edited->id : Uuid{};
    auto result = [&]() -> Result<Intervention> {
        normaliseIntervention(draft);
        Database& db = m_context.database();
        const Date today = m_context.clock().today();
        Transaction tx(db);
        if (!tx.begun())
            return std::unexpected(tx.begun().error());
        PlanStore store(db);
        std::optional<Intervention> before;
        Uuid referralId = referralIdIn;
        if (edited) {
            auto loaded = store.loadIntervention(edited->id);
            if (!loaded)
                return std::unexpected(loaded.error());
            if (!*loaded)
                return fail(ErrorCode::NotFound, "no such intervention");
            before = std::move(**loaded);
            if (before->updatedHlc != edited->updatedHlc)
                return fail(ErrorCode::Conflict, "the intervention was changed since it was read");
            referralId = before->referralId;
        }
        auto referral = loadReferral(db, referralId);
        if (!referral)
            return std::unexpected(referral.error());
        if (auto st = checkEditable(*referral); !st)
            return std::unexpected(st.error());

        Intervention after;
        if (before) {
            after = *before;
            after.type = draft.type;
            after.providerId = draft.providerId;
            after.plannedStart = draft.plannedStart;
            after.plannedEnd = draft.plannedEnd;
            after.status = draft.status;
            after.referredOn = draft.referredOn;
            after.outcome = draft.outcome;
            after.outcomeNote = draft.outcomeNote;
            if (!interventionStatusAllows(before->status, after.status))
                return std::unexpected(
                    invalid("an intervention in status '" + before->status + "' cannot become '" + after.status + "'",
                            "status", "illegal_transition"));
        } else {
            after = std::move(draft);
            after.consentOverridden = false;
            after.overrideReason.clear();
            after.overriddenBy = {};
            after.overriddenAt.clear();
            if (!after.status.empty() && isKnownCode(interventionStatusCodes(), after.status) &&
                !isInitialInterventionStatus(after.status))
                return std::unexpected(
                    invalid("a new intervention is planned, referred or active", "status", "not_initial"));
        }
        // Referring now: the status becomes "referred", a referral date appears, or a referred
        // intervention goes to another provider.
        const bool referring = before ? ((after.status == "referred" && before->status != "referred") ||
                                         (before->referredOn.isNull() && !after.referredOn.isNull()) ||
                                         (!after.referredOn.isNull() && after.providerId != before->providerId))
                                      : (after.status == "referred" || !after.referredOn.isNull());
        if (after.status == "referred" && after.referredOn.isNull())
            after.referredOn = today;
        auto known = typeKnown(store, after.type);
        if (!known)
            return std::unexpected(known.error());
        if (auto st = validateIntervention(after, *known, today); !st)
            return std::unexpected(st.error());
        if (!after.providerId.isNull() && (!before || after.providerId != before->providerId)) {
            auto provider = store.loadProvider(after.providerId);
            if (!provider)
                return std::unexpected(provider.error());
            if (!*provider)
                return std::unexpected(invalid("no such provider", "provider", "unknown"));
            if (!(*provider)->active)
                return std::unexpected(invalid("the provider is no longer active", "provider", "inactive"));
        }
        bool overridden = false;
        if (referring) {
            if (auto st = m_context.authorise(Action::ProviderRefer, "intervention", recordId); !st) {
                refusedAction = Action::ProviderRefer;
                return std::unexpected(st.error());
            }
            if (!consentAllowsSharing(referral->consent)) {
                if (overrideReason.empty()) {
                    refusedConsent = referral->consent.empty() ? "not_asked" : referral->consent;
                    return std::unexpected(
                        invalid(consentRefusalDetail(referral->reference), "consent", std::string(kConsentRule)));
                }
                if (auto st = m_context.authorise(Action::ConsentOverride, "intervention", recordId); !st) {
                    refusedAction = Action::ConsentOverride;
                    return std::unexpected(st.error());
                }
                if (auto st = checkTextField("referral_note", overrideReason, "override_reason"); !st)
                    return std::unexpected(st.error());
                overridden = true;
                after.consentOverridden = true;
                after.overrideReason = overrideReason;
                after.overriddenBy = m_context.user().id;
                after.overriddenAt = formatUtcMillis(m_context.clock().now());
            }
        }

        ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
        std::vector<PlanEvent> events;
        const auto event = [&](std::string kind) {
            PlanEvent ev;
            ev.personId = referral->personId;
            ev.referralId = referral->id;
            ev.kind = std::move(kind);
            ev.code = after.type;
            ev.by = m_context.user().id;
            ev.at = eventTime(m_context.clock());
            return ev;
        };
        if (!before) {
            auto plan = ensurePlan(store, *referral, m_context, changes);
            if (!plan)
                return std::unexpected(plan.error());
            after.id = Uuid::v7(m_context.clock().now());
            after.planId = plan->id;
            after.personId = referral->personId;
            after.referralId = referral->id;
            after.createdAt = formatUtcMillis(m_context.clock().now());
            after.createdBy = m_context.user().id;
            if (auto st = store.insertIntervention(after, changes); !st)
                return std::unexpected(st.error());
            auto ev = event("intervention_added");
            ev.toStatus = after.status;
            events.push_back(std::move(ev));
        } else {
            if (auto st = store.updateIntervention(*before, after, changes); !st)
                return std::unexpected(st.error());
            if (changes.recorded() == 0)
                return *before; // nothing changed: nothing written, nothing audited
            auto ev = event(before->status != after.status ? "intervention_status" : "intervention_updated");
            if (before->status != after.status) {
                ev.fromStatus = before->status;
                ev.toStatus = after.status;
            }
            events.push_back(std::move(ev));
        }
        if (overridden) {
            auto ev = event("consent_override");
            ev.code = referral->consent;
            ev.note = overrideReason;
            events.push_back(std::move(ev));
        }
        for (auto& ev : events) {
            ev.recordId = after.id;
            if (auto st = store.addEvent(ev, changes); !st)
                return std::unexpected(st.error());
        }
        const std::string what =
            before ? "alteration: intervention " + after.type + " (" + before->status + " to " + after.status + ")"
                   : "collection: intervention " + after.type + " (" + after.status + ")";
        if (auto st = m_context.audit(before ? "plan.intervention_updated" : "plan.intervention_added", "intervention",
                                      after.id, what);
            !st)
            return std::unexpected(st.error());
        if (referring) {
            if (auto st = m_context.audit(
                    "intervention.referred", "intervention", after.id,
                    "disclosure: referred to a provider (consent: " +
                        (referral->consent.empty() ? std::string("not_asked") : referral->consent) + ")");
                !st)
                return std::unexpected(st.error());
        }
        if (overridden) {
            if (auto st =
                    m_context.audit("intervention.consent_overridden", "intervention", after.id,
                                    "disclosure without recorded consent; the reason is kept on the intervention");
                !st)
                return std::unexpected(st.error());
        }
        if (auto st = tx.commit(); !st)
            return std::unexpected(st.error());
        return after;
    }();
    if (!result && refusedAction) {
        // The refusal's audit row went with the rolled-back transaction: ask again outside it,
        // which audits the refusal for good.
        if (auto st = m_context.authorise(*refusedAction, "intervention", recordId); !st)
            return std::unexpected(st.error());
    }
    if (!result && !refusedConsent.empty()) {
        // Outside the rolled-back transaction, so the refusal stays on record.
        if (auto st = m_context.audit("intervention.refer_refused", "intervention", recordId,
                                      "refused: consent to share not recorded (consent: " + refusedConsent + ")");
            !st)
            return std::unexpected(st.error());
    }
    return result;
}

Result<InterventionItem> Plans::intervention(const Uuid& id)
{
    if (auto st = m_context.authorise(Action::PlanView, "intervention", id); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayReadRecord("interventions", id, "intervention"); !st)
        return std::unexpected(st.error());
    PlanStore store(m_context.database());
    auto loaded = store.loadIntervention(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such intervention");
    InterventionQuery q;
    q.referralId = (*loaded)->referralId;
    auto items = store.interventions(q);
    if (!items)
        return std::unexpected(items.error());
    for (auto& item : *items) {
        if (item.intervention.id != id)
            continue;
        if (auto st = m_context.auditConsultation("plan.intervention_viewed", "intervention", id); !st)
            return std::unexpected(st.error());
        return std::move(item);
    }
    return fail(ErrorCode::NotFound, "no such intervention");
}

Result<std::vector<InterventionItem>> Plans::interventions(const InterventionQuery& query)
{
    if (auto st = m_context.authorise(Action::PlanView, "intervention"); !st)
        return std::unexpected(st.error());
    auto items = PlanStore(m_context.database()).interventions(query);
    if (!items)
        return items;
    if (auto st = m_context.auditConsultation("plan.interventions_listed", "intervention", {},
                                              std::to_string(items->size()) + " shown");
        !st)
        return std::unexpected(st.error());
    return items;
}

// --- providers -----------------------------------------------------------------------------

Result<std::vector<Provider>> Plans::providers(bool activeOnly)
{
    if (auto st = m_context.authorise(Action::PlanView, "provider"); !st)
        return std::unexpected(st.error());
    auto list = PlanStore(m_context.database()).providers(activeOnly);
    if (!list)
        return list;
    if (auto st =
            m_context.auditConsultation("provider.listed", "provider", {}, std::to_string(list->size()) + " shown");
        !st)
        return std::unexpected(st.error());
    return list;
}

Result<Provider> Plans::provider(const Uuid& id)
{
    if (auto st = m_context.authorise(Action::PlanView, "provider", id); !st)
        return std::unexpected(st.error());
    auto loaded = PlanStore(m_context.database()).loadProvider(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such provider");
    return std::move(**loaded);
}

Result<Provider> Plans::addProvider(Provider draft)
{
    if (auto st = m_context.authorise(Action::ProviderManage, "provider"); !st)
        return std::unexpected(st.error());
    normaliseProvider(draft);
    if (auto st = validateProvider(draft); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    PlanStore store(db);
    auto same = store.providerNamed(draft.name, {});
    if (!same)
        return std::unexpected(same.error());
    if (*same) {
        Error e = Error::make(ErrorCode::Conflict, "a provider with this name is already in the list", "name");
        e.rule = "duplicate_name";
        return std::unexpected(std::move(e));
    }
    draft.id = Uuid::v7(m_context.clock().now());
    draft.createdAt = formatUtcMillis(m_context.clock().now());
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    if (auto st = store.insertProvider(draft, changes); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.audit("provider.added", "provider", draft.id, "collection: provider"); !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return draft;
}

Result<Provider> Plans::updateProvider(Provider edited)
{
    if (auto st = m_context.authorise(Action::ProviderManage, "provider", edited.id); !st)
        return std::unexpected(st.error());
    normaliseProvider(edited);
    if (auto st = validateProvider(edited); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    PlanStore store(db);
    auto loaded = store.loadProvider(edited.id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such provider");
    const Provider& before = **loaded;
    if (before.updatedHlc != edited.updatedHlc)
        return fail(ErrorCode::Conflict, "the provider was changed since it was read");
    auto same = store.providerNamed(edited.name, edited.id);
    if (!same)
        return std::unexpected(same.error());
    if (*same) {
        Error e = Error::make(ErrorCode::Conflict, "a provider with this name is already in the list", "name");
        e.rule = "duplicate_name";
        return std::unexpected(std::move(e));
    }
    Provider after = edited;
    after.createdAt = before.createdAt;
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    if (auto st = store.updateProvider(before, after, changes); !st)
        return std::unexpected(st.error());
    if (changes.recorded() == 0)
        return before;
    if (auto st = m_context.audit("provider.updated", "provider", after.id,
                                  std::string("alteration: provider") + (after.active ? "" : " (inactive)"));
        !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return after;
}

// --- intervention types --------------------------------------------------------------------

Result<std::vector<CodeEntry>> Plans::interventionTypes()
{
    if (auto st = m_context.authorise(Action::PlanView, "code"); !st)
        return std::unexpected(st.error());
    std::vector<CodeEntry> out;
    for (const auto& c : interventionTypeCodes())
        out.push_back(CodeEntry{std::string(c.code), std::string(c.label), true});
    auto ext = PlanStore(m_context.database()).codeExtensions(kInterventionTypeTable);
    if (!ext)
        return std::unexpected(ext.error());
    for (auto& e : *ext)
        out.push_back(CodeEntry{std::move(e.code), std::move(e.label), false});
    return out;
}

Result<CodeEntry> Plans::addInterventionType(std::string_view codeIn, std::string_view labelIn)
{
    if (auto st = m_context.authorise(Action::CodeExtend, "code"); !st)
        return std::unexpected(st.error());
    const std::string code = text::trim(codeIn);
    const std::string label = text::trim(labelIn);
    if (!isValidNewCode(code))
        return std::unexpected(
            invalid("a code is 2 to 40 of a-z, 0-9 and _, starting with a letter", "code", "code_characters"));
    if (label.empty())
        return std::unexpected(invalid("a new type needs a label", "label", "required"));
    if (auto st = checkPlanText("code_label", label); !st) {
        Error e = st.error();
        e.field = "label";
        return std::unexpected(std::move(e));
    }
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    PlanStore store(db);
    auto known = typeKnown(store, code);
    if (!known)
        return std::unexpected(known.error());
    if (*known) {
        Error e = Error::make(ErrorCode::Conflict, "the intervention types already have this code", "code");
        e.rule = "duplicate_code";
        return std::unexpected(std::move(e));
    }
    CodeExtension ext;
    ext.id = Uuid::v7(m_context.clock().now());
    ext.tableName = std::string(kInterventionTypeTable);
    ext.code = code;
    ext.label = label;
    ext.createdAt = formatUtcMillis(m_context.clock().now());
    ext.createdBy = m_context.user().id;
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    if (auto st = store.addCodeExtension(ext, changes); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.audit("code.extended", "code", ext.id, "intervention-type " + code); !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return CodeEntry{code, label, false};
}

} // namespace waymark
