#include "core/domain/TextRules.h"

#include "core/Text.h"

#include <algorithm>
#include <array>
#include <string>

namespace waymark {

namespace {

constexpr FieldRule kRules[] = {
    {"given_name", 100, TextShape::SingleLine},
    {"family_name", 100, TextShape::SingleLine},
    {"preferred_name", 100, TextShape::SingleLine},
    {"aliases", 100, TextShape::SingleLine},
    {"gender_identity", 100, TextShape::SingleLine},
    {"first_language", 60, TextShape::SingleLine},
    {"address", 500, TextShape::MultiLine},
    {"phone", 40, TextShape::Phone},
    {"school", 200, TextShape::SingleLine},
    {"pnc_reference", 20, TextShape::Identifier},
    {"upn", 20, TextShape::Identifier},
    {"local_authority_id", 40, TextShape::Identifier},
    {"contact_name", 100, TextShape::SingleLine},
    {"contact_phone", 40, TextShape::Phone},
    {"display_name", 100, TextShape::SingleLine},
    {"search_query", 200, TextShape::SingleLine},
    {"postcode", 16, TextShape::SingleLine},
    {"code", 64, TextShape::SingleLine}, // coded values (sex, ethnicity, ...) and the NHS number
    // Referrals
    {"referrer_name", 100, TextShape::SingleLine},
    {"referrer_contact", 200, TextShape::SingleLine}, // a phone number or an email address
    {"police_reference", 40, TextShape::Identifier},
    {"decision_note", 4000, TextShape::MultiLine},
    {"referral_note", 4000, TextShape::MultiLine}, // why: a reopen, a re-allocation, an override
    {"import_source", 100, TextShape::SingleLine},
    // Assessments
    {"assessment_notes", 2000, TextShape::MultiLine}, // one domain's notes
    {"assessment_text", 4000, TextShape::MultiLine},  // strengths, own view, goals, summary
    {"template_name", 100, TextShape::SingleLine},
    {"domain_label", 100, TextShape::SingleLine},
    // Sessions
    {"session_location", 200, TextShape::SingleLine},
    {"session_note", 1000, TextShape::MultiLine}, // a short note; case notes hold the long ones
    // Reports
    {"report_recipient", 200, TextShape::SingleLine}, // who an export is for (kept in the audit row)
    // Security
    {"audit_reason", 500, TextShape::SingleLine}, // why a casebook was rekeyed (kept in the audit row)
};

bool phoneCharacter(char32_t cp)
{
    return (cp >= '0' && cp <= '9') || std::u32string_view(U" +()-./extEXT").find(cp) != std::u32string_view::npos;
}

bool identifierCharacter(char32_t cp)
{
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           std::u32string_view(U" /-._").find(cp) != std::u32string_view::npos;
}

} // namespace

std::span<const FieldRule> fieldRules()
{
    return kRules;
}

std::optional<FieldRule> fieldRule(std::string_view field)
{
    const auto it =
        std::find_if(std::begin(kRules), std::end(kRules), [&](const FieldRule& r) { return r.field == field; });
    if (it == std::end(kRules))
        return std::nullopt;
    return *it;
}

std::optional<std::string_view> textProblem(std::string_view text, const FieldRule& rule)
{
    // More bytes than the longest possible text: too long, without decoding megabytes.
    if (text.size() > rule.maxChars * 4)
        return "too_long";
    std::size_t chars = 0;
    bool hasDigit = false;
    std::optional<std::string_view> shapeProblem;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = static_cast<unsigned char>(text[i]);
        if (cp < 0x80) {
            ++i; // ASCII: no decoding (most text, and every long note of a bulk load)
        } else {
            const auto sequence = text::utf8At(text, i);
            if (sequence.length == 0)
                return "invalid_utf8";
            cp = sequence.codepoint;
            i += sequence.length;
        }
        ++chars;
        const bool lineBreak = cp == '\n' || cp == 0x2028 || cp == 0x2029;
        if (lineBreak) {
            if (rule.shape != TextShape::MultiLine)
                return "line_break";
            continue;
        }
        if (cp == '\t' && rule.shape == TextShape::MultiLine)
            continue; // pasted addresses may hold tabs: harmless on any screen
        if (isControlCodePoint(cp))
            return "control_characters";
        hasDigit = hasDigit || (cp >= '0' && cp <= '9');
        if (rule.shape == TextShape::Phone && !phoneCharacter(cp))
            shapeProblem = "phone_characters";
        else if (rule.shape == TextShape::Identifier && !identifierCharacter(cp))
            shapeProblem = "identifier_characters";
    }
    if (chars > rule.maxChars)
        return "too_long";
    if (rule.shape == TextShape::Phone && chars > 0 && !hasDigit)
        return "phone_characters";
    return shapeProblem;
}

std::string textProblemDetail(std::string_view ruleKey, const FieldRule& rule)
{
    if (ruleKey == "too_long")
        return "is too long (" + std::to_string(rule.maxChars) + " characters at most)";
    if (ruleKey == "invalid_utf8")
        return "is not valid UTF-8 text";
    if (ruleKey == "control_characters")
        return "contains control characters";
    if (ruleKey == "line_break")
        return "must be on one line";
    if (ruleKey == "phone_characters")
        return "may use only digits, spaces and + ( ) - . / (and ext for an extension)";
    if (ruleKey == "identifier_characters")
        return "may use only letters, digits, spaces and / - . _";
    return "is not acceptable text";
}

Status checkTextField(std::string_view field, std::string_view text, std::string_view reportAs)
{
    const auto rule = fieldRule(field);
    if (!rule)
        return fail(ErrorCode::Internal, "no text rule for a field");
    const auto problem = textProblem(text, *rule);
    if (!problem)
        return {};
    Error e = Error::make(ErrorCode::Validation, textProblemDetail(*problem, *rule),
                          std::string(reportAs.empty() ? field : reportAs));
    e.rule = std::string(*problem);
    return std::unexpected(std::move(e));
}

} // namespace waymark
