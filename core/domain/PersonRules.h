#pragma once

#include "core/Error.h"
#include "core/domain/Person.h"

#include <optional>
#include <string>
#include <string_view>

namespace waymark {

// Tidies typed values in place: trims spaces, upper-cases and spaces the postcode,
// strips spaces from the NHS number, drops empty aliases and empty contacts.
void normalisePerson(Person& person);

// Checks a (normalised) person on `today`. The first broken rule is returned, with
// Error::field naming the field ("given_name", "date_of_birth", "postcode", ...) and
// Error::rule naming the rule ("required", "in_future", "age_out_of_range", "not_uk_postcode",
// "nhs_check_digit", "unknown_code", "contact_needs_name", "plan_needs_send_flag", "too_many",
// and the text rules of core/domain/TextRules.h: "too_long", "control_characters",
// "line_break", "invalid_utf8", "phone_characters", "identifier_characters") so the UI can
// say it in the user's language.
Status validatePerson(const Person& person, Date today);

// UK postcode, any case and spacing -> "SW1A 1AA"; nullopt when not well formed.
std::optional<std::string> normalisePostcode(std::string_view text);
// 10 digits (spaces allowed) with a valid modulus-11 check digit.
bool isValidNhsNumber(std::string_view text);

// Folding for search and duplicate checks: lower case, accents removed (é -> e, ß -> ss),
// punctuation -> space, runs of spaces collapsed.
std::string foldForSearch(std::string_view text);

// 0..1: how alike two names are after folding (1 = same). Used by the duplicate warning.
double nameSimilarity(std::string_view a, std::string_view b);

} // namespace waymark
