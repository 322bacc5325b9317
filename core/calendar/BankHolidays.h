#pragma once

#include "core/Error.h"
#include "core/calendar/Date.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

// The three UK bank-holiday divisions, as gov.uk publishes them.
enum class Division
{
    EnglandAndWales,
    Scotland,
    NorthernIreland,
};

inline constexpr std::array<Division, 3> kAllDivisions = {Division::EnglandAndWales, Division::Scotland,
                                                          Division::NorthernIreland};

// Stable machine name, as used by gov.uk and stored in casebook settings:
// "england-and-wales", "scotland", "northern-ireland".
std::string_view divisionName(Division division);
// English display name: "England and Wales", "Scotland", "Northern Ireland".
std::string_view divisionDisplayName(Division division);
// Accepts the machine names above (case-insensitive); anything else is InvalidInput.
Result<Division> divisionFromName(std::string_view name);

struct BankHoliday
{
    Date date;
    std::string key;         // stable id for translation in the UI, e.g. "christmas_day", "platinum_jubilee"
    std::string name;        // English title as gov.uk publishes it, e.g. "Christmas Day"
    bool substitute = false; // the day off replaces a holiday that fell on a weekend (gov.uk "Substitute day")

    friend bool operator==(const BankHoliday&, const BankHoliday&) = default;
};

// The bank holidays of one division in one calendar year, in date order.
//
// Computed from rules (fixed dates, nth/last weekday of a month, Easter, substitute days when a
// fixed-date holiday falls on a weekend) and then corrected by a data table of one-off royal
// proclamations and moved days (see Proclamations.cpp). For every year gov.uk publishes
// (checked 2012-2027) the result equals the official list. Years without a table entry come
// from the rules alone. Modern rules are applied from the year they began (early May 1978,
// St Andrew's Day 2007); lists before 1971 are not historical. Years outside Date's range
// (1400-9999) give an empty list.
//
// Thread-safe. Years 1950-2150 are computed once per division and then served from a cache.
std::vector<BankHoliday> bankHolidays(Division division, int year);

// The holiday on that date, if any (after substitution: a Saturday Christmas is not on the list,
// its Monday substitute is).
std::optional<BankHoliday> bankHolidayOn(Division division, Date date);
bool isBankHoliday(Division division, Date date);

// Western (Gregorian) Easter Sunday; null Date outside 1583-9999.
Date easterSunday(int year);

} // namespace waymark
