#include "core/calendar/Age.h"

namespace waymark {
namespace {

// Month and day on which the birthday falls in `year` (29 Feb -> 1 Mar in a common year).
void birthdayIn(Date birth, int year, int& month, int& day)
{
    month = birth.month();
    day = birth.day();
    if (month == 2 && day == 29 && !isLeapYear(year)) {
        month = 3;
        day = 1;
    }
}

} // namespace

int ageOn(Date birth, Date on)
{
    if (birth.isNull() || on.isNull())
        return 0;
    int age = on.year() - birth.year();
    int month = 0;
    int day = 0;
    birthdayIn(birth, on.year(), month, day);
    const bool reached = on.month() > month || (on.month() == month && on.day() >= day);
    if (!reached)
        --age;
    return age;
}

Date dateAttainingAge(Date birth, int age)
{
    if (birth.isNull())
        return {};
    const int year = birth.year() + age;
    int month = 0;
    int day = 0;
    birthdayIn(birth, year, month, day);
    return Date::fromYmd(year, month, day).value_or(Date{});
}

AgeBand ageBand(int age)
{
    if (age < 0)
        return AgeBand::Unknown;
    if (age < kYouthAges.min)
        return AgeBand::Under10;
    if (kYouthAges.contains(age))
        return AgeBand::Youth;
    if (kYoungAdultAges.contains(age))
        return AgeBand::YoungAdult;
    return AgeBand::Over25;
}

AgeBand ageBandOn(Date birth, Date on)
{
    if (birth.isNull() || on.isNull())
        return AgeBand::Unknown;
    return ageBand(ageOn(birth, on));
}

std::string_view ageBandKey(AgeBand band)
{
    switch (band) {
    case AgeBand::Under10:
        return "under_10";
    case AgeBand::Youth:
        return "10_17";
    case AgeBand::YoungAdult:
        return "18_25";
    case AgeBand::Over25:
        return "over_25";
    case AgeBand::Unknown:
        return "unknown";
    }
    return "unknown";
}

std::string_view ageBandLabel(AgeBand band)
{
    switch (band) {
    case AgeBand::Under10:
        return "Under 10";
    case AgeBand::Youth:
        return "10\u201317";
    case AgeBand::YoungAdult:
        return "18\u201325";
    case AgeBand::Over25:
        return "Over 25";
    case AgeBand::Unknown:
        return "Unknown";
    }
    return "Unknown";
}

bool isAgedWithin(Date birth, Date on, AgeRange range)
{
    if (birth.isNull() || on.isNull() || on < birth)
        return false;
    return range.contains(ageOn(birth, on));
}

} // namespace waymark
