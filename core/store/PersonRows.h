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

// The columns of a PersonSummary and the display-order keys, read by name (SummaryReader).
inline constexpr std::string_view kSummaryColumns =
    "p.id, p.case_reference, p.given_name, p.family_name, p.preferred_name, p.date_of_birth, p.dob_estimated, "
    "p.postcode, p.looked_after, p.child_protection_plan, p.child_in_need, p.early_help, p.care_leaver, "
    "p.send_aln, p.send_aln_plan, p.exploitation_concern, p.restricted, p.family_key, p.given_key";

// Reads summaries from a statement that selected kSummaryColumns: the columns are found by
// name once, when the reader is made, so a row costs no more than reading by position.
class SummaryReader
{
public:
    explicit SummaryReader(const Statement& st);
    PersonSummary read() const;
    std::string familyKey() const;
    std::string givenKey() const;

private:
    const Statement& m_st;
    int m_id, m_reference, m_given, m_family, m_preferred, m_dob, m_dobEstimated, m_postcode;
    int m_flags[9];
    int m_familyKey, m_givenKey;
};

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
