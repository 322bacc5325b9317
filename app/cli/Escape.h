#pragma once

// Nothing a record holds may drive the terminal of whoever reads waymark-cli's output: every
// byte the CLI prints passes through here.

#include <memory>
#include <streambuf>
#include <string>
#include <string_view>

namespace waymark::cli {

// `text` with every control character made visible: C0 controls other than line feed and tab,
// and DEL, as \xHH; C1 controls (U+0080..U+009F) as \uHHHH; bytes that are not UTF-8 as \xHH.
// Printable text, line feeds and tabs are unchanged.
std::string escapeForTerminal(std::string_view text);

// A stream buffer that escapes (escapeForTerminal) everything written through it before it
// reaches `target`. A UTF-8 sequence split across two writes is held back until it is whole.
class EscapingStreamBuf : public std::streambuf
{
public:
    explicit EscapingStreamBuf(std::streambuf* target);
    ~EscapingStreamBuf() override;
    EscapingStreamBuf(const EscapingStreamBuf&) = delete;
    EscapingStreamBuf& operator=(const EscapingStreamBuf&) = delete;

protected:
    int_type overflow(int_type ch) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

private:
    void drain(bool all);

    std::streambuf* m_target;
    std::string m_pending;
};

} // namespace waymark::cli
