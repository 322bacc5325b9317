#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace waymark {

// A coded value as stored (`code`, stable, never translated) with its English label.
// The UI shows its own translated label for each code (ui/widgets/CodeLabels).
struct CodeOption
{
    std::string_view code;
    std::string_view label;
};

std::span<const CodeOption> sexCodes();          // female, male, intersex, not_known, not_stated
std::span<const CodeOption> ethnicityCodes();    // ONS 2021 19 categories + not_stated
std::span<const CodeOption> eteStatusCodes();    // education/training/employment status
std::span<const CodeOption> relationshipCodes(); // mother, father, carer, ...

// Referrals (core/domain/Referral.h).
std::span<const CodeOption> referralSourceCodes();   // police, school, childrens_social_care, ...
std::span<const CodeOption> referralRouteCodes();    // community_resolution, outcome_22, ...
std::span<const CodeOption> offenceCategoryCodes();  // violence_against_person, ..., none_prevention
std::span<const CodeOption> riskCodes();             // low, medium, high
std::span<const CodeOption> decisionCodes();         // accepted, declined, signposted, withdrawn
std::span<const CodeOption> notOfferedReasonCodes(); // why diversion is not offered
std::span<const CodeOption> consentCodes();          // not_asked, given, refused, withdrawn

// A code table by the name `waymark-cli codes NAME` takes: "referral-source", "route",
// "offence-category", "risk", "decision", "reason", "consent", and the person tables "sex",
// "ethnicity", "ete-status", "relationship", and the plan tables "intervention-type",
// "intervention-status", "intervention-outcome", "provider-kind", "goal-status", and the closure
// tables "completion-status", "reoffence-outcome", "follow-up-kind", "follow-up-check".
struct CodeTable
{
    std::string_view name;
    std::string_view description; // English, one line
    std::span<const CodeOption> codes;
};
std::span<const CodeTable> codeTables(); // in the order above
std::optional<CodeTable> codeTableByName(std::string_view name);

bool isKnownCode(std::span<const CodeOption> codes, std::string_view code);
std::string_view codeLabel(std::span<const CodeOption> codes, std::string_view code);

} // namespace waymark
