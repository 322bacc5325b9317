#pragma once

// English labels for the codes a printed document shows that have no code table of their own in
// core/domain/Codes.h: a referral's state, a person's flags and the source of a task with no
// title of its own (a clock task). Used with codeLabel() like the code tables, by the CLI's PDFs
// (ui/render/EnglishLabels.h); the GUI shows its own translated words (ui/widgets/CodeLabels).
// Not code tables of `waymark-cli codes`: nothing is typed or stored against them.

#include "core/domain/Codes.h"

#include <span>

namespace waymark {

std::span<const CodeOption> referralStateLabels(); // stateName(): "received", ..., "reopened"
std::span<const CodeOption> personFlagLabels();    // "looked_after", ..., "restricted" (JSON's flag names)
std::span<const CodeOption> taskSourceLabels();    // taskSourceCodes(): "manual", "assessment_due", ...

} // namespace waymark
