#pragma once

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

bool isKnownCode(std::span<const CodeOption> codes, std::string_view code);
std::string_view codeLabel(std::span<const CodeOption> codes, std::string_view code);

} // namespace waymark
