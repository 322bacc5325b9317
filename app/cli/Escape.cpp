#include "app/cli/Escape.h"

#include <cstdio>

namespace waymark::cli {

namespace {

void appendHexByte(std::string& out, unsigned char c)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02x", c);
    out += buf;
}

// Length of the UTF-8 sequence at s[i]: >0 valid, 0 invalid, -1 cut short by the end of `s`
// (it may continue in the next write).
int sequenceLength(std::string_view s, std::size_t i, char32_t& cp)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    std::size_t len = 0;
    if (c < 0x80) {
        cp = c;
        return 1;
    }
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
        return 0;
    }
    for (std::size_t k = 1; k < len; ++k) {
        if (i + k >= s.size())
            return -1;
        if ((byte(i + k) & 0xC0u) != 0x80u)
            return 0;
        cp = (cp << 6) | (byte(i + k) & 0x3Fu);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return static_cast<int>(len);
}

// Escapes s[0..]; returns how many bytes were consumed (less than s.size() only when `all` is
// false and s ends inside a UTF-8 sequence).
std::size_t escapeInto(std::string& out, std::string_view s, bool all)
{
    std::size_t i = 0;
    while (i < s.size()) {
        char32_t cp = 0;
        int len = sequenceLength(s, i, cp);
        if (len < 0 && !all)
            return i;
        if (len <= 0) {
            appendHexByte(out, static_cast<unsigned char>(s[i]));
            ++i;
            continue;
        }
        if (len == 1) {
            const auto c = static_cast<unsigned char>(s[i]);
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F)
                appendHexByte(out, c);
            else
                out += static_cast<char>(c);
        } else if (cp >= 0x80 && cp <= 0x9F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
            out += buf;
        } else {
            out.append(s.substr(i, static_cast<std::size_t>(len)));
        }
        i += static_cast<std::size_t>(len);
    }
    return i;
}

} // namespace

std::string escapeForTerminal(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    escapeInto(out, text, true);
    return out;
}

EscapingStreamBuf::EscapingStreamBuf(std::streambuf* target)
    : m_target(target)
{}

EscapingStreamBuf::~EscapingStreamBuf()
{
    drain(true);
    m_target->pubsync();
}

EscapingStreamBuf::int_type EscapingStreamBuf::overflow(int_type ch)
{
    if (traits_type::eq_int_type(ch, traits_type::eof()))
        return traits_type::not_eof(ch);
    m_pending += traits_type::to_char_type(ch);
    if (m_pending.size() >= 4096)
        drain(false);
    return ch;
}

std::streamsize EscapingStreamBuf::xsputn(const char* s, std::streamsize n)
{
    m_pending.append(s, static_cast<std::size_t>(n));
    if (m_pending.size() >= 4096)
        drain(false);
    return n;
}

int EscapingStreamBuf::sync()
{
    drain(false);
    return m_target->pubsync();
}

void EscapingStreamBuf::drain(bool all)
{
    std::string out;
    const std::size_t used = escapeInto(out, m_pending, all);
    m_pending.erase(0, used);
    m_target->sputn(out.data(), static_cast<std::streamsize>(out.size()));
}

} // namespace waymark::cli
