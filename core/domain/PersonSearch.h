#pragma once

// How a typed search is read: the people desk (core/People.cpp) asks these in order —
// a date of birth, a case reference, the running number of one, a postcode — and searches
// names when none applies. Pure functions of the text typed; no data is read.

#include "core/calendar/Date.h"

#include <optional>
#include <string_view>

namespace waymark {

// A date of birth typed as the typed-date rules accept (YYYY-MM-DD, DD/MM/YYYY, ...).
std::optional<Date> looksLikeDate(std::string_view query);
// "WM-K7QX-2026-00042" or a prefix of one ("wm-k7"): "WM-" in any case, then letters,
// digits and '-'. "Smith-Jones" is a name.
bool looksLikeReference(std::string_view query);
// "42", "00042": the running number of a case reference (1 to 5 digits).
bool looksLikeReferenceNumber(std::string_view query);
// "LS1", "ls1 4", "CF10 1AA": one or two letters, a digit, then letters, digits and spaces
// (at most 7 characters besides spaces).
bool looksLikePostcode(std::string_view query);

} // namespace waymark
