#pragma once

#include <span>

namespace waymark::calendar_data {

// One-off changes to the rule-based bank holidays, made by royal proclamation.
// This is data, not code: a new proclamation is one more row in Proclamations.cpp.
enum class ProclamationKind
{
    Move, // the rule holiday `key` of that year is moved to the date given (e.g. 2022 spring bank holiday)
    Add,  // an extra holiday on the date given (e.g. 2023 coronation)
};

// Bit mask of divisions a row applies to.
inline constexpr unsigned kEnglandAndWales = 1u << 0;
inline constexpr unsigned kScotland = 1u << 1;
inline constexpr unsigned kNorthernIreland = 1u << 2;
inline constexpr unsigned kAllDivisions = kEnglandAndWales | kScotland | kNorthernIreland;

struct Proclamation
{
    ProclamationKind kind;
    unsigned divisions;
    int year;
    int month;
    int day;
    const char* key;  // Move: key of the rule holiday moved; Add: key of the new holiday
    const char* name; // English title as published; nullptr on a Move keeps the rule's name
    bool substitute;  // gov.uk marks the day "Substitute day"
};

std::span<const Proclamation> proclamations();

} // namespace waymark::calendar_data
