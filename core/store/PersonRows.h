#pragma once

// How core/store reads a person's summary row and ranks people in display order: shared by
// PersonStore.cpp (writes, loads) and PersonQueries.cpp (searches, lists, counts). Internal to
// core/store.

#include "core/Error.h"
#include "core/People.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace waymark {

class Statement;

namespace personrows {

// The columns of a PersonSummary, in readSummary's order; then family_key (17), given_key (18).
inline constexpr std::string_view kSummaryColumns =
    "p.id, p.case_reference, p.given_name, p.family_name, p.preferred_name, p.date_of_birth, p.dob_estimated, "
    "p.postcode, p.looked_after, p.child_protection_plan, p.child_in_need, p.early_help, p.care_leaver, "
    "p.send_aln, p.send_aln_plan, p.exploitation_concern, p.restricted, p.family_key, p.given_key";

PersonFlags readFlags(const Statement& st, int first);
PersonSummary readSummary(const Statement& st);
Result<std::vector<PersonSummary>> collect(Statement& st);

// Display rank. A person's rowid follows the display order (family key, then given key):
// the top 50 bits encode the first ten characters of "family key, end mark, given key" at 5
// bits each, in an order-preserving way; the low 13 bits number the people who share them.
// So rowid order never contradicts display order, and the full-text index (whose rowids are
// the people's) yields its matches in display order: a search reads only the rows it shows,
// however common the name (cold-cache cost independent of the match count). People are also
// stored next to their alphabetical neighbours, which makes list pages cheap to read.
inline constexpr int kRankWindowBits = 13;
inline constexpr std::int64_t kRankWindow = std::int64_t(1) << kRankWindowBits;

// The lowest rowid of the window of people whose keys start like these.
std::int64_t rankBase(std::string_view familyKey, std::string_view givenKey);

} // namespace personrows
} // namespace waymark
