#pragma once

// casebook.plans(): a referral's plan (goals linked to assessment domains, interventions),
// the providers list (partner organisations), the casebook's intervention types, and the
// consent gate on referring a young person to a provider. A desk of the Casebook door
// (core/Casebook.h): it reaches the casebook only through its DeskContext. Rules live in
// core/domain/Plan.h; SQL in core/store/PlanStore.

#include "core/Error.h"
#include "core/Uuid.h"
#include "core/domain/Plan.h"
#include "core/domain/Referral.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class DeskContext;

// An intervention with what a list shows beside it.
struct InterventionItem
{
    Intervention intervention;
    std::string providerName; // empty when delivered by the scheme
    std::string referralReference;
};

struct InterventionQuery
{
    std::optional<Uuid> referralId;
    std::optional<Uuid> personId;
    std::optional<Uuid> providerId;
    std::string status; // empty = any
    int limit = 500;
};

// Everything the plan box of a referral shows, in one call.
struct PlanDetail
{
    Uuid referralId;
    std::string referralReference;
    Uuid personId;
    ReferralState referralState = ReferralState::Received;
    std::string consent;         // the referral's consent status (consentCodes())
    bool consentToShare = false; // consent allows referring to providers
    bool editable = false;       // the referral's state allows plan changes (accepted .. reopened)
    std::optional<Plan> plan;    // none until the first goal, intervention or review date
    std::vector<PlanGoal> goals; // oldest first
    std::vector<InterventionItem> interventions;
    std::vector<PlanEvent> history; // oldest first
};

// The CodeExtension table name of intervention types.
inline constexpr std::string_view kInterventionTypeTable = "intervention-type";

class Plans
{
public:
    explicit Plans(DeskContext& context)
        : m_context(context)
    {}

    // The plan of a referral (Action::PlanView; audited as a consultation).
    Result<PlanDetail> show(const Uuid& referralId);
    Result<PlanDetail> showByReference(std::string_view referralReference);
    // Sets the plan's review date (an empty date clears it), making the plan when needed.
    Result<Plan> setReviewDate(const Uuid& referralId, Date reviewDate);

    // Goals (Action::PlanUpdate). The plan is made with the first goal or intervention; the
    // referral must be accepted, active, closure requested or reopened.
    Result<PlanGoal> addGoal(const Uuid& referralId, PlanGoal draft);
    // Text, domains and status; Conflict on a stale updatedHlc.
    Result<PlanGoal> updateGoal(PlanGoal edited);

    // Interventions (Action::PlanUpdate). Referring to a provider — status "referred" or a
    // referral date set, or a new provider on a referred intervention — also needs
    // Action::ProviderRefer and consent to share recorded on the referral ("given"). Without
    // it the change is refused (Validation, field "consent", rule "consent_not_recorded",
    // audited as "intervention.refer_refused") unless `overrideReason` is given by a
    // coordinator (Action::ConsentOverride): the reason is kept on the intervention and in
    // its history, and the override audited.
    Result<Intervention> addIntervention(const Uuid& referralId, Intervention draft,
                                         std::string_view overrideReason = {});
    // Type, provider, planned dates, status (interventionStatusAllows), referral date,
    // outcome. Conflict on a stale updatedHlc.
    Result<Intervention> updateIntervention(Intervention edited, std::string_view overrideReason = {});
    // Sets status "referred" with `provider` and the date `on` (today when null).
    Result<Intervention> referToProvider(const Uuid& interventionId, const std::string& expectedHlc,
                                         const Uuid& provider, Date on, std::string_view overrideReason = {});
    Result<InterventionItem> intervention(const Uuid& id);
    Result<std::vector<InterventionItem>> interventions(const InterventionQuery& query);

    // Providers: list and read (Action::PlanView), add and update (Action::ProviderManage).
    // Names are unique without case among live providers (Conflict, field "name").
    Result<std::vector<Provider>> providers(bool activeOnly = false);
    Result<Provider> provider(const Uuid& id);
    Result<Provider> addProvider(Provider draft);
    Result<Provider> updateProvider(Provider edited);

    // The intervention types: built-in ones, then the casebook's own (Action::PlanView).
    Result<std::vector<CodeEntry>> interventionTypes();
    // A coordinator adds a type (Action::CodeExtend): a new code (isValidNewCode) and its label.
    Result<CodeEntry> addInterventionType(std::string_view code, std::string_view label);

private:
    Result<Intervention> saveIntervention(const Uuid& referralId, const Intervention* edited, Intervention draft,
                                          std::string_view overrideReason);

    DeskContext& m_context;
};

} // namespace waymark
