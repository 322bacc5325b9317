#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark::text {

std::string trim(std::string_view s);
std::string toHex(const void* data, std::size_t size);
std::optional<std::vector<std::uint8_t>> fromHex(std::string_view hex);
std::string toBase64(const void* data, std::size_t size);
std::optional<std::vector<std::uint8_t>> fromBase64(std::string_view b64);
std::vector<std::string> split(std::string_view s, char sep);

// The UTF-8 sequence starting at s[i]: its length (1 to 4) and code point, or length 0 when
// the bytes are not valid UTF-8 (overlong forms, surrogates, values above U+10FFFF, a bad
// continuation byte, or `s` ending inside the sequence — then `truncated` is also set).
struct Utf8Sequence
{
    std::size_t length = 0;
    char32_t codepoint = 0;
    bool truncated = false;
};
Utf8Sequence utf8At(std::string_view s, std::size_t i);

// `s` as a JSON string, quotes included: C0 and C1 controls and DEL escaped, invalid UTF-8
// replaced by U+FFFD, so no JSON string can carry a terminal control.
std::string jsonQuote(std::string_view s);

} // namespace waymark::text
