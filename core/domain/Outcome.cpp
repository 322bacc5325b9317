#include "core/domain/Outcome.h"

#include "core/Text.h"
#include "core/domain/OutcomeFields.h"
#include "core/domain/TextRules.h"

#include <charconv>

namespace waymark {

namespace {

constexpr CodeOption kCompletion[] = {
    {"completed", "Completed"},
    {"partially_completed", "Partially completed"},
    {"disengaged", "Disengaged"},
    {"moved_away", "Moved away"},
    {"escalated_statutory", "Escalated to statutory services"},
    {"other", "Other"},
};

constexpr CodeOption kReoffenceOutcomes[] = {
    {"caution", "Caution"},
    {"conviction", "Conviction"},
    {"community_resolution", "Community resolution"},
    {"none", "None"},
};

constexpr CodeOption kFollowUpKinds[] = {
    {"recontact", "Re-contact"},
    {"reoffence", "Reoffence"},
};

constexpr CodeOption kChecks[] = {
    {"3m", "3-month check"},
    {"6m", "6-month check"},
    {"12m", "12-month check"},
};

constexpr CodeOption kStages[] = {
    {"start", "Start"},
    {"end", "End"},
};

constexpr CodeOption kAnswers[] = {
    {"yes", "Yes"},
    {"no", "No"},
};

using Answer = std::string OutcomeSnapshot::*;

struct AnswerField
{
    std::string_view name;
    Answer member;
};

constexpr AnswerField kAnswerFields[] = {
    {"accommodation_suitable", &OutcomeSnapshot::accommodationSuitable},
    {"ete_suitable", &OutcomeSnapshot::eteSuitable},
    {"send_aln", &OutcomeSnapshot::sendAln},
    {"send_plan", &OutcomeSnapshot::sendPlan},
    {"mental_health_need", &OutcomeSnapshot::mentalHealthNeed},
    {"mental_health_offered", &OutcomeSnapshot::mentalHealthOffered},
    {"mental_health_attending", &OutcomeSnapshot::mentalHealthAttending},
    {"substance_use_need", &OutcomeSnapshot::substanceUseNeed},
    {"substance_use_offered", &OutcomeSnapshot::substanceUseOffered},
    {"substance_use_attending", &OutcomeSnapshot::substanceUseAttending},
    {"victims_contacted", &OutcomeSnapshot::victimsContacted},
    {"victims_consented", &OutcomeSnapshot::victimsConsented},
    {"victims_engaged", &OutcomeSnapshot::victimsEngaged},
};

constexpr std::string_view kFieldNames[] = {
    "accommodation_suitable",
    "ete_suitable",
    "ete_hours",
    "send_aln",
    "send_plan",
    "mental_health_need",
    "mental_health_offered",
    "mental_health_attending",
    "substance_use_need",
    "substance_use_offered",
    "substance_use_attending",
    "victims_contacted",
    "victims_consented",
    "victims_engaged",
};

// Each step of a funnel needs the step before it answered "yes".
struct FunnelStep
{
    Answer step;
    Answer previous;
    std::string_view field;
};

constexpr FunnelStep kFunnels[] = {
    {&OutcomeSnapshot::sendPlan, &OutcomeSnapshot::sendAln, "send_plan"},
    {&OutcomeSnapshot::mentalHealthOffered, &OutcomeSnapshot::mentalHealthNeed, "mental_health_offered"},
    {&OutcomeSnapshot::mentalHealthAttending, &OutcomeSnapshot::mentalHealthOffered, "mental_health_attending"},
    {&OutcomeSnapshot::substanceUseOffered, &OutcomeSnapshot::substanceUseNeed, "substance_use_offered"},
    {&OutcomeSnapshot::substanceUseAttending, &OutcomeSnapshot::substanceUseOffered, "substance_use_attending"},
    {&OutcomeSnapshot::victimsConsented, &OutcomeSnapshot::victimsContacted, "victims_consented"},
    {&OutcomeSnapshot::victimsEngaged, &OutcomeSnapshot::victimsConsented, "victims_engaged"},
};

Error invalid(std::string detail, std::string field, std::string rule)
{
    Error e = Error::make(ErrorCode::Validation, std::move(detail), std::move(field));
    e.rule = std::move(rule);
    return e;
}

const AnswerField* answerField(std::string_view name)
{
    for (const auto& f : kAnswerFields)
        if (f.name == name)
            return &f;
    return nullptr;
}

} // namespace

std::span<const CodeOption> completionStatusCodes()
{
    return kCompletion;
}
std::span<const CodeOption> reoffenceOutcomeCodes()
{
    return kReoffenceOutcomes;
}
std::span<const CodeOption> followUpKindCodes()
{
    return kFollowUpKinds;
}
std::span<const CodeOption> followUpCheckCodes()
{
    return kChecks;
}
std::span<const CodeOption> outcomeStageCodes()
{
    return kStages;
}
std::span<const CodeOption> outcomeAnswerCodes()
{
    return kAnswers;
}

int followUpCheckMonths(std::string_view check)
{
    if (check == "3m")
        return 3;
    if (check == "6m")
        return 6;
    if (check == "12m")
        return 12;
    return 0;
}

Date followUpDue(Date closedOn, std::string_view check)
{
    const int months = followUpCheckMonths(check);
    if (closedOn.isNull() || months == 0)
        return {};
    return closedOn.addMonths(months);
}

std::span<const std::string_view> snapshotFieldNames()
{
    return kFieldNames;
}

Status setSnapshotField(OutcomeSnapshot& s, std::string_view field, std::string_view valueIn)
{
    const std::string value = text::trim(valueIn);
    if (field == "ete_hours") {
        if (value.empty()) {
            s.eteHours.reset();
            return {};
        }
        int hours = 0;
        const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), hours);
        if (ec != std::errc{} || ptr != value.data() + value.size())
            return std::unexpected(invalid("is not a whole number of hours", "ete_hours", "not_a_number"));
        s.eteHours = hours;
        return {};
    }
    const AnswerField* f = answerField(field);
    if (!f)
        return std::unexpected(invalid("is not an outcome field", std::string(field), "unknown_field"));
    if (!value.empty() && !isKnownCode(kAnswers, value))
        return std::unexpected(invalid("is not yes or no", std::string(field), "unknown_code"));
    s.*(f->member) = value;
    return {};
}

std::string snapshotFieldValue(const OutcomeSnapshot& s, std::string_view field)
{
    if (field == "ete_hours")
        return s.eteHours ? std::to_string(*s.eteHours) : std::string();
    const AnswerField* f = answerField(field);
    return f ? s.*(f->member) : std::string();
}

SnapshotAnswer snapshotAnswerMember(std::string_view field)
{
    const AnswerField* f = answerField(field);
    return f ? f->member : nullptr;
}

Status validateSnapshot(const OutcomeSnapshot& s)
{
    if (!isKnownCode(kStages, s.stage))
        return std::unexpected(invalid("is not start or end", "stage", "unknown_code"));
    for (const auto& f : kAnswerFields) {
        const std::string& v = s.*(f.member);
        if (!v.empty() && !isKnownCode(kAnswers, v))
            return std::unexpected(invalid("is not yes or no", std::string(f.name), "unknown_code"));
    }
    if (s.eteHours && (*s.eteHours < 0 || *s.eteHours > kMaxEteHours))
        return std::unexpected(
            invalid("hours a week are from 0 to " + std::to_string(kMaxEteHours), "ete_hours", "range"));
    for (const auto& step : kFunnels)
        if (s.*(step.step) == "yes" && s.*(step.previous) != "yes")
            return std::unexpected(
                invalid("a yes here needs a yes at the step before it", std::string(step.field), "needs_previous"));
    return {};
}

Status validateFollowUp(const FollowUp& f, Date closedOn, Date today)
{
    if (!isKnownCode(kFollowUpKinds, f.kind))
        return std::unexpected(
            invalid("is not recontact or reoffence", "kind", f.kind.empty() ? "required" : "unknown_code"));
    if (!f.check.empty() && !isKnownCode(kChecks, f.check))
        return std::unexpected(invalid("is not a follow-up check (3m, 6m, 12m)", "check", "unknown_code"));
    const std::string dateField = f.kind == "reoffence" ? "offence_date" : "contact_date";
    if (f.happenedOn.isNull())
        return std::unexpected(invalid("is required", dateField, "required"));
    if (!closedOn.isNull() && f.happenedOn < closedOn)
        return std::unexpected(invalid("is before the closure date", dateField, "before_closure"));
    if (today < f.happenedOn)
        return std::unexpected(invalid("is in the future", dateField, "in_future"));
    if (f.kind == "reoffence") {
        if (f.outcomeType.empty())
            return std::unexpected(invalid("a reoffence needs its outcome type", "outcome_type", "required"));
        if (!isKnownCode(kReoffenceOutcomes, f.outcomeType))
            return std::unexpected(invalid("is not an outcome type", "outcome_type", "unknown_code"));
        if (f.outcomeType == "none") {
            if (!f.outcomeDate.isNull())
                return std::unexpected(invalid("an outcome of none has no date", "outcome_date", "not_allowed"));
        } else {
            if (f.outcomeDate.isNull())
                return std::unexpected(invalid("is required", "outcome_date", "required"));
            if (f.outcomeDate < f.happenedOn)
                return std::unexpected(invalid("is before the offence", "outcome_date", "before_offence"));
            if (today < f.outcomeDate)
                return std::unexpected(invalid("is in the future", "outcome_date", "in_future"));
        }
    } else if (!f.outcomeType.empty() || !f.outcomeDate.isNull()) {
        return std::unexpected(invalid("a re-contact has no outcome", "outcome_type", "not_allowed"));
    }
    return checkTextField("referral_note", f.note, "note");
}

} // namespace waymark
