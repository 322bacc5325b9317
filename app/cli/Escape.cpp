#include "app/cli/Escape.h"

#include "core/Text.h"

#include <cstdio>

namespace waymark::cli {

namespace {

void appendHexByte(std::string& out, unsigned char c)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02x", c);
    out += buf;
}

// Escapes s[0..]; returns how many bytes were consumed (less than s.size() only when `all` is
// false and s ends inside a UTF-8 sequence).
std::size_t escapeInto(std::string& out, std::string_view s, bool all)
{
    std::size_t i = 0;
    while (i < s.size()) {
        // A sequence cut short by the end of `s` may continue in the next write.
        const auto sequence = text::utf8At(s, i);
        const char32_t cp = sequence.codepoint;
        const int len = sequence.truncated ? -1 : static_cast<int>(sequence.length);
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
