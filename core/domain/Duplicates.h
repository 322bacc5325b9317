#pragma once

// When a new or edited person may already be in the casebook. The people desk reads the
// candidates (core/store/DuplicateQueries: dates of birth near the draft's, the same postcode,
// the same name) and these rules score each one and say why it matched.
//
// A score adds up the evidence: the date of birth (equal, day and month swapped, one field off
// by one, or close to an estimated one), the given name (equal, a short form, a typo, the
// preferred name), the family name (equal, a typo, part of a double-barrelled one), names
// transposed, aliases, the same postcode. A person is shown when the score reaches
// kDuplicateThreshold and the given name (or an alias, or the names transposed) agrees:
// a twin with another given name at the same address is not the same person.

#include "core/domain/Person.h"

#include <span>
#include <string>
#include <vector>

namespace waymark {

// Why a candidate matched: a stable code (for the CLI's JSON and the UI's translations) and an
// English sentence naming the values compared.
struct MatchReason
{
    std::string code;
    std::string text;
    int points = 0;

    friend bool operator==(const MatchReason&, const MatchReason&) = default;
};

struct DuplicateCandidate
{
    PersonSummary person;
    int score = 0; // 0..100
    std::vector<MatchReason> reasons;
};

// The codes, in the order reasons are listed.
namespace match {
inline constexpr std::string_view kSameDateOfBirth = "same_date_of_birth";
inline constexpr std::string_view kDayMonthSwapped = "date_of_birth_day_month_swapped";
inline constexpr std::string_view kDayOffByOne = "date_of_birth_day_off_by_one";
inline constexpr std::string_view kMonthOffByOne = "date_of_birth_month_off_by_one";
inline constexpr std::string_view kYearOffByOne = "date_of_birth_year_off_by_one";
inline constexpr std::string_view kEstimatedDateOfBirth = "date_of_birth_estimated_close";
inline constexpr std::string_view kNamesTransposed = "names_transposed";
inline constexpr std::string_view kSameGivenName = "same_given_name";
inline constexpr std::string_view kPreferredName = "preferred_name";
inline constexpr std::string_view kGivenDiminutive = "given_name_diminutive";
inline constexpr std::string_view kGivenOneLetter = "given_name_one_letter";
inline constexpr std::string_view kGivenPart = "given_name_part";
inline constexpr std::string_view kGivenSimilar = "given_name_similar";
inline constexpr std::string_view kSameFamilyName = "same_family_name";
inline constexpr std::string_view kFamilyOneLetter = "family_name_one_letter";
inline constexpr std::string_view kFamilyPart = "family_name_part";
inline constexpr std::string_view kFamilySimilar = "family_name_similar";
inline constexpr std::string_view kAlias = "alias";
inline constexpr std::string_view kSamePostcode = "same_postcode";
} // namespace match

inline constexpr int kDuplicateThreshold = 75;

// The dates of birth worth looking up for `dob`: itself, day and month swapped, each of day,
// month and year one up or down, and the calendar days either side. Valid dates only, no
// repeats, `dob` first. Empty for a null date.
std::vector<Date> dateOfBirthVariants(const Date& dob);

// The candidate's score and reasons (reasons empty and score 0 when nothing matched).
// `otherAliases` are the candidate's other names ("Given Family" as recorded).
DuplicateCandidate scoreCandidate(const Person& draft, const PersonSummary& other,
                                  std::span<const std::string> otherAliases = {});
// Whether a scored candidate is shown: the threshold and agreeing given names.
bool isLikelyDuplicate(const DuplicateCandidate& candidate);

// The likely duplicates among `others` (the draft's own record left out), best first (score,
// then name), at most `limit`. aliasesOf[i] belongs to others[i] (may be shorter: no aliases).
std::vector<DuplicateCandidate> rankCandidates(const Person& draft, std::span<const PersonSummary> others,
                                               std::span<const std::vector<std::string>> aliasesOf = {},
                                               std::size_t limit = 20);

// Similar family name and given name (the given name also against the preferred name, either
// way round), or the two names transposed: the name half of the rules above.
bool namesLookAlike(const Person& draft, const PersonSummary& other);

} // namespace waymark
