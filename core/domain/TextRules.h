#pragma once

#include "core/Error.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace waymark {

// The character rule and length limit of every free-text field, checked at the door before
// anything is stored (docs/validation.md lists them). Lengths count Unicode characters (code
// points), not bytes.
enum class TextShape
{
    SingleLine, // letters, digits, punctuation, spaces; no control characters, no line breaks
    MultiLine,  // as SingleLine, but line feeds and tabs are allowed (the address)
    Phone,      // digits, spaces and + ( ) - . / ; "ext" or "x" for an extension
    Identifier, // letters, digits, spaces and / - . _ (PNC reference, UPN, local authority id)
};

struct FieldRule
{
    std::string_view field; // the Error::field it reports, e.g. "phone"
    std::size_t maxChars = 0;
    TextShape shape = TextShape::SingleLine;
};

// Every free-text field's rule, in display order.
std::span<const FieldRule> fieldRules();
// The rule of `field`, or nullopt for a field that is not free text (codes, dates, flags).
std::optional<FieldRule> fieldRule(std::string_view field);

inline constexpr std::size_t kMaxAliases = 20;
inline constexpr std::size_t kMaxContacts = 20;

// Why `text` breaks `rule`, as a stable rule key, or nullopt when it is acceptable:
// "invalid_utf8", "control_characters" (C0, DEL or C1), "line_break" (a single-line field
// with a line break), "too_long", "phone_characters", "identifier_characters".
std::optional<std::string_view> textProblem(std::string_view text, const FieldRule& rule);

// English detail for a rule key from textProblem() (for logs and the CLI; no personal data).
std::string textProblemDetail(std::string_view ruleKey, const FieldRule& rule);

// Validation error for `text` under the rule of `field`, or success. The error names
// `reportAs` when given (contacts report "contacts", the table that holds them).
Status checkTextField(std::string_view field, std::string_view text, std::string_view reportAs = {});

// True for a code point that is a C0 or C1 control character or DEL.
constexpr bool isControlCodePoint(char32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

} // namespace waymark
