#include "core/calendar/Proclamations.h"

namespace waymark::calendar_data {
namespace {

// Sources: gov.uk/bank-holidays (published lists 2012-2027) and the proclamations themselves.
// Keep rows in date order. Names are the gov.uk titles (typographic apostrophe U+2019).
// clang-format off
constexpr Proclamation kTable[] = {
    // kind                    divisions         year  m   d   key                       name                                                        substitute
    {ProclamationKind::Move,   kAllDivisions,    1995, 5,  8,  "early_may_bank_holiday", "Early May bank holiday (VE day)",                          false},
    {ProclamationKind::Add,    kAllDivisions,    1999, 12, 31, "millennium",             "Millennium celebrations",                                  false},
    {ProclamationKind::Move,   kAllDivisions,    2002, 6,  4,  "spring_bank_holiday",    nullptr,                                                    false},
    {ProclamationKind::Add,    kAllDivisions,    2002, 6,  3,  "golden_jubilee",         "Golden Jubilee",                                           false},
    {ProclamationKind::Add,    kAllDivisions,    2011, 4,  29, "royal_wedding",          "Royal wedding",                                            false},
    // gov.uk marks the moved 2012 spring bank holiday "Substitute day" in England and Wales and in Scotland, not in NI.
    {ProclamationKind::Move,   kEnglandAndWales | kScotland, 2012, 6, 4, "spring_bank_holiday", nullptr,                                    true},
    {ProclamationKind::Move,   kNorthernIreland, 2012, 6,  4,  "spring_bank_holiday",    nullptr,                                                    false},
    {ProclamationKind::Add,    kAllDivisions,    2012, 6,  5,  "diamond_jubilee",        "Queen\u2019s Diamond Jubilee",                             false},
    {ProclamationKind::Move,   kAllDivisions,    2020, 5,  8,  "early_may_bank_holiday", "Early May bank holiday (VE day)",                          false},
    {ProclamationKind::Move,   kAllDivisions,    2022, 6,  2,  "spring_bank_holiday",    nullptr,                                                    false},
    {ProclamationKind::Add,    kAllDivisions,    2022, 6,  3,  "platinum_jubilee",       "Platinum Jubilee bank holiday",                            false},
    {ProclamationKind::Add,    kAllDivisions,    2022, 9,  19, "state_funeral_elizabeth_ii", "Bank Holiday for the State Funeral of Queen Elizabeth II", false},
    {ProclamationKind::Add,    kAllDivisions,    2023, 5,  8,  "coronation_charles_iii", "Bank holiday for the coronation of King Charles III",      false},
    // Scotland only: proclaimed 4 February 2026 for the men's team's first World Cup finals match since 1998.
    {ProclamationKind::Add,    kScotland,        2026, 6,  15, "world_cup_2026",         "World Cup bank holiday",                                   false},
};
// clang-format on

} // namespace

std::span<const Proclamation> proclamations()
{
    return kTable;
}

} // namespace waymark::calendar_data
