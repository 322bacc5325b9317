#include "core/domain/PersonSearch.h"

#include "core/calendar/TypedDate.h"

#include <algorithm>
#include <cctype>

namespace waymark {

std::optional<Date> looksLikeDate(std::string_view q)
{
    const auto typed = checkTypedDate(q);
    return typed.ok() ? std::optional<Date>(typed.date) : std::nullopt;
}

bool looksLikeReference(std::string_view q)
{
    // WM-K7QX-2026-00042 or a prefix of one: "WM-" (any case), then letters, digits and '-'.
    // A hyphenated name ("Smith-Jones") is a name.
    if (q.size() < 3 || std::tolower(static_cast<unsigned char>(q[0])) != 'w' ||
        std::tolower(static_cast<unsigned char>(q[1])) != 'm' || q[2] != '-')
        return false;
    return std::all_of(q.begin(), q.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; });
}

bool looksLikeReferenceNumber(std::string_view q)
{
    return !q.empty() && q.size() <= 5 &&
           std::all_of(q.begin(), q.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

bool looksLikePostcode(std::string_view q)
{
    std::size_t letters = 0;
    while (letters < q.size() && std::isalpha(static_cast<unsigned char>(q[letters])))
        ++letters;
    if (letters < 1 || letters > 2 || letters == q.size() || !std::isdigit(static_cast<unsigned char>(q[letters])))
        return false;
    std::size_t significant = 0;
    for (char c : q) {
        if (c == ' ')
            continue;
        if (!std::isalnum(static_cast<unsigned char>(c)))
            return false;
        ++significant;
    }
    return significant <= 7;
}

} // namespace waymark
