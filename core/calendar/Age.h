#pragma once

#include "core/calendar/Date.h"

#include <string_view>

namespace waymark {

// Age in whole years on a date.
//
// Convention (UK law): a person attains an age at the start of the anniversary of their birth
// (Family Law Reform Act 1969 s.9; Age of Legal Capacity (Scotland) Act 1991 s.6). A person born
// on 29 February attains it on 29 February in a leap year and on 1 March in other years (stated
// in the 1991 Act s.6(2), and the accepted reading in England, Wales and Northern Ireland), so
// on 28 February of a common year they are still the younger age.
// Negative when `on` is before `birth` (-1 in the year before birth); 0 if either date is null.
int ageOn(Date birth, Date on);

// The day on which a person born on `birth` attains `age` (1 March for a leap-day birth in a
// common year). Null Date if out of range.
Date dateAttainingAge(Date birth, int age);

// Inclusive range of ages, e.g. the youth justice range 10-17.
struct AgeRange
{
    int min = 0;
    int max = 0;
    constexpr bool contains(int age) const { return age >= min && age <= max; }
    friend constexpr bool operator==(const AgeRange&, const AgeRange&) = default;
};

inline constexpr AgeRange kYouthAges{10, 17};      // children in the youth justice system
inline constexpr AgeRange kYoungAdultAges{18, 25}; // young-adult diversion schemes

enum class AgeBand
{
    Under10,    // below the age of criminal responsibility (England, Wales, NI)
    Youth,      // 10-17
    YoungAdult, // 18-25
    Over25,
    Unknown, // no date of birth, or age negative
};

AgeBand ageBand(int age);
AgeBand ageBandOn(Date birth, Date on);
// Stable id ("under_10", "10_17", "18_25", "over_25", "unknown") and English label ("10–17").
std::string_view ageBandKey(AgeBand band);
std::string_view ageBandLabel(AgeBand band);

// Aged within the range on that date (e.g. eligibility: kYouthAges at the eligibility event).
bool isAgedWithin(Date birth, Date on, AgeRange range);

} // namespace waymark
