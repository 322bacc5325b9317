// libFuzzer target: the typed-date parser (core/calendar/TypedDate.h) on arbitrary bytes.
// Besides not crashing: a date it accepts is a real date that reads back the same in both
// written forms; a refusal always has a reason with a key and a sentence.

#include "core/calendar/TypedDate.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const waymark::TypedDateCheck check = waymark::checkTypedDate(text);
    if (check.ok()) {
        if (check.date.isNull())
            std::abort();
        const auto iso = waymark::checkTypedDate(check.date.toIso());
        const auto display = waymark::checkTypedDate(check.date.toDisplay());
        if (!iso.ok() || iso.date != check.date || !display.ok() || display.date != check.date)
            std::abort();
    } else {
        if (!check.date.isNull() || waymark::dateInputProblemKey(check.problem).empty() ||
            waymark::describeDateInputProblem(check.problem).empty())
            std::abort();
    }
    const auto parsed = waymark::parseTypedDate(text, "date_of_birth");
    if (parsed.has_value() != check.ok())
        std::abort();
    return 0;
}
