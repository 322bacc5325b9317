#include "core/Text.h"

#include <sodium.h>

namespace waymark::text {

std::string trim(std::string_view s)
{
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    };
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e && isSpace(s[b]))
        ++b;
    while (e > b && isSpace(s[e - 1]))
        --e;
    return std::string(s.substr(b, e - b));
}

std::string toHex(const void* data, std::size_t size)
{
    std::string out(size * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), static_cast<const unsigned char*>(data), size);
    out.resize(size * 2);
    return out;
}

std::optional<std::vector<std::uint8_t>> fromHex(std::string_view hex)
{
    std::vector<std::uint8_t> out(hex.size() / 2);
    std::size_t len = 0;
    const char* end = nullptr;
    if (hex.size() % 2 != 0 ||
        sodium_hex2bin(out.data(), out.size(), hex.data(), hex.size(), nullptr, &len, &end) != 0 ||
        end != hex.data() + hex.size())
        return std::nullopt;
    out.resize(len);
    return out;
}

std::string toBase64(const void* data, std::size_t size)
{
    const std::size_t n = sodium_base64_encoded_len(size, sodium_base64_VARIANT_ORIGINAL);
    std::string out(n, '\0');
    sodium_bin2base64(out.data(), n, static_cast<const unsigned char*>(data), size, sodium_base64_VARIANT_ORIGINAL);
    out.resize(n - 1);
    return out;
}

std::optional<std::vector<std::uint8_t>> fromBase64(std::string_view b64)
{
    std::vector<std::uint8_t> out(b64.size() * 3 / 4 + 3);
    std::size_t len = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out.data(), out.size(), b64.data(), b64.size(), nullptr, &len, &end,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        end != b64.data() + b64.size())
        return std::nullopt;
    out.resize(len);
    return out;
}

std::vector<std::string> split(std::string_view s, char sep)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const auto pos = s.find(sep, start);
        if (pos == std::string_view::npos) {
            parts.emplace_back(s.substr(start));
            return parts;
        }
        parts.emplace_back(s.substr(start, pos - start));
        start = pos + 1;
    }
}

} // namespace waymark::text
