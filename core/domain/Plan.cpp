#include "core/domain/Plan.h"

#include "core/Text.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace waymark {

namespace {

// The default assessment template's domains, by the codes the assessments desk uses.
constexpr CodeOption kDomains[] = {
    {"living_arrangements", "Living arrangements"},
    {"family_relationships", "Family and relationships"},
    {"ete", "Education, training and employment"},
    {"neighbourhood", "Neighbourhood"},
    {"peers_lifestyle", "Peers and lifestyle"},
    {"substance_use", "Substance use"},
    {"physical_health", "Physical health"},
    {"emotional_mental_health", "Emotional and mental health"},
    {"speech_language_communication", "Speech, language and communication"},
    {"exploitation_safety", "Exploitation and safety"},
    {"thinking_behaviour", "Thinking and behaviour"},
    {"attitudes_to_offending", "Attitudes to offending"},
    {"motivation_to_change", "Motivation to change"},
};

constexpr CodeOption kGoalStatus[] = {
    {"open", "Open"},
    {"achieved", "Achieved"},
    {"partly_achieved", "Partly achieved"},
    {"not_achieved", "Not achieved"},
};

constexpr CodeOption kInterventionTypes[] = {
    {"mentoring", "Mentoring"},
    {"ete_support", "Education, training and employment support"},
    {"restorative_justice", "Restorative justice"},
    {"substance_misuse", "Substance misuse"},
    {"mental_health", "Mental health"},
    {"positive_activities", "Sport and positive activities"},
    {"family_support", "Family support"},
    {"speech_language", "Speech and language"},
    {"victim_awareness", "Victim awareness"},
    {"weapons_awareness", "Weapons awareness"},
    {"other", "Other"},
};

constexpr CodeOption kInterventionStatus[] = {
    {"planned", "Planned"},     {"referred", "Referred to provider"}, {"active", "Active"},
    {"completed", "Completed"}, {"ended_early", "Ended early"},       {"cancelled", "Cancelled"},
};

constexpr CodeOption kOutcomes[] = {
    {"goals_met", "Goals met"},
    {"goals_partly_met", "Goals partly met"},
    {"goals_not_met", "Goals not met"},
    {"disengaged", "Young person disengaged"},
    {"provider_ended", "Ended by the provider"},
    {"moved_away", "Moved away"},
    {"other", "Other"},
};

constexpr CodeOption kProviderKinds[] = {
    {"charity", "Charity or voluntary organisation"},
    {"community_group", "Community group"},
    {"health", "Health service"},
    {"local_authority", "Local authority service"},
    {"education", "School, college or training provider"},
    {"sport_club", "Sport or activity club"},
    {"police", "Police"},
    {"private", "Private company"},
    {"other", "Other"},
};

constexpr std::array<FieldRule, 7> kPlanRules = {{
    {"goal_text", 1000, TextShape::MultiLine},
    {"outcome_note", 4000, TextShape::MultiLine},
    {"provider_name", 200, TextShape::SingleLine},
    {"funding_source", 100, TextShape::SingleLine},
    {"provider_contact", 100, TextShape::SingleLine},
    {"provider_email", 200, TextShape::SingleLine},
    {"code_label", 100, TextShape::SingleLine},
}};

Error invalid(std::string detail, std::string field, std::string rule)
{
    Error e = Error::make(ErrorCode::Validation, std::move(detail), std::move(field));
    e.rule = std::move(rule);
    return e;
}

Status checkAs(std::string_view rule, std::string_view text, std::string_view field)
{
    auto st = checkPlanText(rule, text);
    if (!st) {
        Error e = st.error();
        e.field = std::string(field);
        return std::unexpected(std::move(e));
    }
    return {};
}

std::string lower(std::string s)
{
    std::ranges::transform(s, s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

} // namespace

std::span<const CodeOption> assessmentDomainCodes()
{
    return kDomains;
}
std::span<const CodeOption> goalStatusCodes()
{
    return kGoalStatus;
}
std::span<const CodeOption> interventionTypeCodes()
{
    return kInterventionTypes;
}
std::span<const CodeOption> interventionStatusCodes()
{
    return kInterventionStatus;
}
std::span<const CodeOption> interventionOutcomeCodes()
{
    return kOutcomes;
}
std::span<const CodeOption> providerKindCodes()
{
    return kProviderKinds;
}

std::span<const FieldRule> planFieldRules()
{
    return kPlanRules;
}

Status checkPlanText(std::string_view field, std::string_view text)
{
    for (const auto& rule : kPlanRules) {
        if (rule.field != field)
            continue;
        const auto problem = textProblem(text, rule);
        if (!problem)
            return {};
        return std::unexpected(invalid(textProblemDetail(*problem, rule), std::string(field), std::string(*problem)));
    }
    return fail(ErrorCode::Internal, "no text rule for a field");
}

bool isFinalInterventionStatus(std::string_view s)
{
    return s == "completed" || s == "ended_early" || s == "cancelled";
}

bool isInitialInterventionStatus(std::string_view s)
{
    return s == "planned" || s == "referred" || s == "active";
}

bool interventionStatusAllows(std::string_view from, std::string_view to)
{
    if (from == to)
        return true;
    if (from == "planned")
        return to == "referred" || to == "active" || to == "cancelled";
    if (from == "referred")
        return to == "active" || to == "cancelled" || to == "ended_early";
    if (from == "active")
        return to == "completed" || to == "ended_early";
    return false;
}

bool consentAllowsSharing(std::string_view consent)
{
    return consent == "given";
}

std::string consentRefusalDetail(std::string_view referralReference)
{
    return "consent to share with partner organisations is not recorded on referral " + std::string(referralReference) +
           "; record consent first, or a coordinator may override with a reason";
}

bool isValidNewCode(std::string_view code)
{
    if (code.size() < 2 || code.size() > 40)
        return false;
    if (code.front() < 'a' || code.front() > 'z')
        return false;
    return std::ranges::all_of(code,
                               [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

void normaliseGoal(PlanGoal& goal)
{
    goal.text = text::trim(goal.text);
    goal.status = lower(text::trim(goal.status));
    if (goal.status.empty())
        goal.status = "open";
    std::vector<std::string> domains;
    for (auto& d : goal.domains) {
        std::string code = lower(text::trim(d));
        if (!code.empty() && std::ranges::find(domains, code) == domains.end())
            domains.push_back(std::move(code));
    }
    // In table order, so the same set is always stored the same way.
    std::ranges::sort(domains, {}, [](const std::string& c) {
        for (std::size_t i = 0; i < std::size(kDomains); ++i)
            if (kDomains[i].code == c)
                return i;
        return std::size(kDomains);
    });
    goal.domains = std::move(domains);
}

Status validateGoal(const PlanGoal& goal)
{
    if (goal.text.empty())
        return std::unexpected(invalid("a goal needs its text", "goal_text", "required"));
    if (auto st = checkAs("goal_text", goal.text, "goal_text"); !st)
        return st;
    for (const auto& d : goal.domains)
        if (!isKnownCode(kDomains, d))
            return std::unexpected(invalid("not an assessment domain", "domains", "unknown_code"));
    if (!isKnownCode(kGoalStatus, goal.status))
        return std::unexpected(invalid("not a goal status", "goal_status", "unknown_code"));
    return {};
}

void normaliseIntervention(Intervention& i)
{
    i.type = lower(text::trim(i.type));
    i.status = lower(text::trim(i.status));
    if (i.status.empty())
        i.status = "planned";
    i.outcome = lower(text::trim(i.outcome));
    i.outcomeNote = text::trim(i.outcomeNote);
}

Status validateIntervention(const Intervention& i, bool typeKnown, Date today)
{
    if (i.type.empty())
        return std::unexpected(invalid("an intervention needs a type", "type", "required"));
    if (!typeKnown)
        return std::unexpected(invalid("not an intervention type", "type", "unknown_code"));
    if (!isKnownCode(kInterventionStatus, i.status))
        return std::unexpected(invalid("not an intervention status", "status", "unknown_code"));
    if (!i.plannedStart.isNull() && !i.plannedEnd.isNull() && i.plannedEnd < i.plannedStart)
        return std::unexpected(invalid("the planned end is before the planned start", "planned_end", "before_start"));
    if (!i.referredOn.isNull() && today < i.referredOn)
        return std::unexpected(invalid("the referral to the provider is in the future", "referred_on", "in_future"));
    if (i.status == "referred") {
        if (i.providerId.isNull())
            return std::unexpected(invalid("a referral to a provider needs the provider", "provider", "required"));
        if (i.referredOn.isNull())
            return std::unexpected(invalid("a referral to a provider needs its date", "referred_on", "required"));
    }
    if (!i.referredOn.isNull() && i.providerId.isNull())
        return std::unexpected(invalid("a referral to a provider needs the provider", "provider", "required"));
    if (!i.outcome.empty()) {
        if (!isKnownCode(kOutcomes, i.outcome))
            return std::unexpected(invalid("not an intervention outcome", "outcome", "unknown_code"));
        if (i.status != "completed" && i.status != "ended_early")
            return std::unexpected(invalid("an outcome is recorded once the intervention is completed or ended early",
                                           "outcome", "not_ended"));
    }
    if (!i.outcomeNote.empty() && i.status != "completed" && i.status != "ended_early")
        return std::unexpected(invalid("an outcome is recorded once the intervention is completed or ended early",
                                       "outcome_note", "not_ended"));
    return checkAs("outcome_note", i.outcomeNote, "outcome_note");
}

void normaliseProvider(Provider& p)
{
    p.name = text::trim(p.name);
    p.kind = lower(text::trim(p.kind));
    p.fundingSource = text::trim(p.fundingSource);
    p.contactName = text::trim(p.contactName);
    p.contactPhone = text::trim(p.contactPhone);
    p.contactEmail = text::trim(p.contactEmail);
}

Status validateProvider(const Provider& p)
{
    if (p.name.empty())
        return std::unexpected(invalid("a provider needs a name", "name", "required"));
    if (auto st = checkAs("provider_name", p.name, "name"); !st)
        return st;
    if (!p.kind.empty() && !isKnownCode(kProviderKinds, p.kind))
        return std::unexpected(invalid("not a kind of provider", "kind", "unknown_code"));
    if (auto st = checkAs("funding_source", p.fundingSource, "funding_source"); !st)
        return st;
    if (auto st = checkAs("provider_contact", p.contactName, "contact_name"); !st)
        return st;
    if (auto st = checkTextField("contact_phone", p.contactPhone); !st)
        return st;
    if (auto st = checkAs("provider_email", p.contactEmail, "contact_email"); !st)
        return st;
    if (!p.contactEmail.empty() && p.contactEmail.find('@') == std::string::npos)
        return std::unexpected(invalid("not an email address", "contact_email", "not_email"));
    return {};
}

} // namespace waymark
