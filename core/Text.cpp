#include "core/Text.h"

#include <cstdio>

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
    if (hex.empty()) // no buffer to hand to libsodium (an empty vector's data() may be null)
        return std::vector<std::uint8_t>{};
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

Utf8Sequence utf8At(std::string_view s, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    Utf8Sequence out;
    std::size_t len = 0;
    char32_t cp = 0;
    if (c < 0x80)
        return Utf8Sequence{1, c, false};
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        cp = c & 0x0Fu;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        cp = c & 0x07u;
    } else {
        return out;
    }
    for (std::size_t k = 1; k < len; ++k) {
        if (i + k >= s.size()) {
            out.truncated = true;
            return out;
        }
        if ((byte(i + k) & 0xC0u) != 0x80u)
            return out;
        cp = (cp << 6) | (byte(i + k) & 0x3Fu);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return out;
    return Utf8Sequence{len, cp, false};
}

namespace {

void appendEscapedCodeUnit(std::string& out, unsigned value)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\u%04x", value);
    out += buf;
}

} // namespace

std::string jsonQuote(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (c < 0x20 || c == 0x7F)
                    appendEscapedCodeUnit(out, c);
                else
                    out += static_cast<char>(c);
            }
            ++i;
            continue;
        }
        const std::size_t len = utf8At(text, i).length;
        if (len == 0) {
            out += "\\ufffd";
            ++i;
            continue;
        }
        // C1 controls are escaped too, so no JSON string can carry a terminal control.
        if (len == 2 && static_cast<unsigned char>(text[i]) == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0)
            appendEscapedCodeUnit(out, static_cast<unsigned char>(text[i + 1]));
        else
            out.append(text.substr(i, len));
        i += len;
    }
    out += '"';
    return out;
}

} // namespace waymark::text
