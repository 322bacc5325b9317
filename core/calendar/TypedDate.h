#pragma once

#include "core/Error.h"
#include "core/calendar/Date.h"

#include <string>
#include <string_view>

namespace waymark {

// Dates as caseworkers type them.
//
// Accepted (surrounding spaces ignored):
//   day first   dd/mm/yyyy and d/m/yyyy, with '/', '.' or '-' (the same one twice): 7/3/2026, 07.03.2026
//   year first  ISO yyyy-mm-dd only: 2026-03-07
// Rejected, with the reason: anything ambiguous or impossible. Two-digit years (7/3/26) are
// refused because Waymark never guesses a century; digits without separators (070326, 130801)
// because they cannot be split safely; 31/02/2026 because the day does not exist; 12/31/2026
// because dates are day first and there is no month 31.
enum class DateInputProblem
{
    None,
    Empty,
    UnexpectedCharacter, // letters, spaces inside, other separators
    NoSeparators,        // 130801, 07032026
    MixedSeparators,     // 7/3-2026
    WrongNumberOfParts,  // 7/3, 7/3/2026/1
    MissingPart,         // 7//2026
    TwoDigitYear,        // 7/3/26
    YearNotFourDigits,   // 7/3/202, 7/3/02026
    DayOrMonthTooLong,   // 007/3/2026
    YearFirstNotIso,     // 2026/03/07, 2026-3-7
    MonthOutOfRange,     // 7/13/2026, 12/31/2026
    DayOutOfRange,       // 31/02/2026, 29/02/2027, 0/3/2026
    YearOutOfRange,      // before 1400 or after 9999
};

struct TypedDateCheck
{
    Date date; // null unless problem == None
    DateInputProblem problem = DateInputProblem::None;
    bool ok() const { return problem == DateInputProblem::None; }
};

TypedDateCheck checkTypedDate(std::string_view text);

// Stable id for the UI to translate, e.g. "two_digit_year".
std::string_view dateInputProblemKey(DateInputProblem problem);
// English sentence saying why, for the CLI and logs. Never repeats the input (it may be a date
// of birth).
std::string_view describeDateInputProblem(DateInputProblem problem);

// checkTypedDate() as a Result: InvalidInput with describeDateInputProblem() as the detail.
Result<Date> parseTypedDate(std::string_view text, std::string field = {});

// Display form dd/mm/yyyy and storage form yyyy-mm-dd ("" for a null Date).
inline std::string formatDisplayDate(Date date)
{
    return date.toDisplay();
}
inline std::string formatStorageDate(Date date)
{
    return date.toIso();
}

} // namespace waymark
