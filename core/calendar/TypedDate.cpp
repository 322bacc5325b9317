#include "core/calendar/TypedDate.h"

#include <array>

namespace waymark {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSeparator(char c)
{
    return c == '/' || c == '.' || c == '-';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

int toInt(std::string_view digits)
{
    int n = 0;
    for (char c : digits)
        n = n * 10 + (c - '0');
    return n;
}

TypedDateCheck problem(DateInputProblem p)
{
    return {Date{}, p};
}

} // namespace

TypedDateCheck checkTypedDate(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    if (text.empty())
        return problem(DateInputProblem::Empty);

    char separator = 0;
    for (char c : text) {
        if (isDigit(c))
            continue;
        if (!isSeparator(c))
            return problem(DateInputProblem::UnexpectedCharacter);
        if (separator == 0)
            separator = c;
        else if (c != separator)
            return problem(DateInputProblem::MixedSeparators);
    }
    if (separator == 0)
        return problem(DateInputProblem::NoSeparators);

    std::array<std::string_view, 3> parts;
    std::size_t count = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == separator) {
            if (count == 3)
                return problem(DateInputProblem::WrongNumberOfParts);
            parts[count++] = text.substr(start, i - start);
            start = i + 1;
        }
    }
    if (count != 3)
        return problem(DateInputProblem::WrongNumberOfParts);
    for (auto p : parts)
        if (p.empty())
            return problem(DateInputProblem::MissingPart);

    int year = 0;
    int month = 0;
    int day = 0;
    // Year first when the first part is long and the last is short: only strict ISO is accepted.
    if (parts[0].size() >= 3 && parts[2].size() <= 2) {
        if (parts[0].size() != 4)
            return problem(DateInputProblem::YearNotFourDigits);
        if (separator != '-' || parts[1].size() != 2 || parts[2].size() != 2)
            return problem(DateInputProblem::YearFirstNotIso);
        year = toInt(parts[0]);
        month = toInt(parts[1]);
        day = toInt(parts[2]);
    } else {
        if (parts[0].size() > 2 || parts[1].size() > 2)
            return problem(DateInputProblem::DayOrMonthTooLong);
        if (parts[2].size() == 2)
            return problem(DateInputProblem::TwoDigitYear);
        if (parts[2].size() != 4)
            return problem(DateInputProblem::YearNotFourDigits);
        day = toInt(parts[0]);
        month = toInt(parts[1]);
        year = toInt(parts[2]);
    }
    if (year < 1400 || year > 9999)
        return problem(DateInputProblem::YearOutOfRange);
    if (month < 1 || month > 12)
        return problem(DateInputProblem::MonthOutOfRange);
    if (day < 1 || day > daysInMonth(year, month))
        return problem(DateInputProblem::DayOutOfRange);
    auto date = Date::fromYmd(year, month, day);
    if (!date)
        return problem(DateInputProblem::DayOutOfRange);
    return {*date, DateInputProblem::None};
}

std::string_view dateInputProblemKey(DateInputProblem p)
{
    switch (p) {
    case DateInputProblem::None:
        return "none";
    case DateInputProblem::Empty:
        return "empty";
    case DateInputProblem::UnexpectedCharacter:
        return "unexpected_character";
    case DateInputProblem::NoSeparators:
        return "no_separators";
    case DateInputProblem::MixedSeparators:
        return "mixed_separators";
    case DateInputProblem::WrongNumberOfParts:
        return "wrong_number_of_parts";
    case DateInputProblem::MissingPart:
        return "missing_part";
    case DateInputProblem::TwoDigitYear:
        return "two_digit_year";
    case DateInputProblem::YearNotFourDigits:
        return "year_not_four_digits";
    case DateInputProblem::DayOrMonthTooLong:
        return "day_or_month_too_long";
    case DateInputProblem::YearFirstNotIso:
        return "year_first_not_iso";
    case DateInputProblem::MonthOutOfRange:
        return "month_out_of_range";
    case DateInputProblem::DayOutOfRange:
        return "day_out_of_range";
    case DateInputProblem::YearOutOfRange:
        return "year_out_of_range";
    }
    return "none";
}

std::string_view describeDateInputProblem(DateInputProblem p)
{
    switch (p) {
    case DateInputProblem::None:
        return "";
    case DateInputProblem::Empty:
        return "no date was entered";
    case DateInputProblem::UnexpectedCharacter:
        return "a date may contain only digits and one kind of separator: / . or - (e.g. 26/11/2026)";
    case DateInputProblem::NoSeparators:
        return "digits without separators are ambiguous: type the date as dd/mm/yyyy (e.g. 26/11/2026)";
    case DateInputProblem::MixedSeparators:
        return "use the same separator between day, month and year";
    case DateInputProblem::WrongNumberOfParts:
        return "a date has three parts: day, month and year (dd/mm/yyyy)";
    case DateInputProblem::MissingPart:
        return "the day, month or year is missing (dd/mm/yyyy)";
    case DateInputProblem::TwoDigitYear:
        return "the year has only two digits: type all four (dd/mm/yyyy); the century is never guessed";
    case DateInputProblem::YearNotFourDigits:
        return "the year must have four digits (dd/mm/yyyy)";
    case DateInputProblem::DayOrMonthTooLong:
        return "the day and the month have one or two digits (dd/mm/yyyy)";
    case DateInputProblem::YearFirstNotIso:
        return "a date that starts with the year must be written yyyy-mm-dd (e.g. 2026-11-26)";
    case DateInputProblem::MonthOutOfRange:
        return "the month must be 1 to 12; dates are written day first (dd/mm/yyyy)";
    case DateInputProblem::DayOutOfRange:
        return "that day does not exist in that month (e.g. 31/04, or 29/02 outside a leap year)";
    case DateInputProblem::YearOutOfRange:
        return "the year must be between 1400 and 9999";
    }
    return "";
}

Result<Date> parseTypedDate(std::string_view text, std::string field)
{
    const TypedDateCheck check = checkTypedDate(text);
    if (!check.ok())
        return fail(ErrorCode::InvalidInput, std::string(describeDateInputProblem(check.problem)), std::move(field));
    return check.date;
}

} // namespace waymark
