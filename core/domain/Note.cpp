#include "core/domain/Note.h"

#include "core/Text.h"
#include "core/domain/TextRules.h"

namespace waymark {

namespace {

constexpr std::size_t kMaxSearchTerms = 16;
constexpr std::size_t kMaxSearchBytes = 1000;

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n';
}

// A byte that can be part of a word as unicode61 sees it: ASCII letters and digits, and any
// byte of a non-ASCII character (the tokenizer decides about those; an all-punctuation
// phrase simply matches nothing).
bool isWordByte(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

bool hasWordByte(std::string_view s)
{
    for (unsigned char c : s)
        if (isWordByte(c))
            return true;
    return false;
}

// `s` as an FTS5 string: in double quotes, a double quote inside doubled.
std::string quoted(std::string_view s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::unexpected<Error> invalid(std::string detail, std::string rule)
{
    Error e = Error::make(ErrorCode::Validation, std::move(detail), "text");
    e.rule = std::move(rule);
    return std::unexpected(std::move(e));
}

} // namespace

std::string normaliseNoteText(std::string_view text)
{
    std::string unified;
    unified.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            unified += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else {
            unified += text[i];
        }
    }
    // Trailing spaces and tabs of each line.
    std::string out;
    out.reserve(unified.size());
    std::size_t start = 0;
    while (start <= unified.size()) {
        std::size_t end = unified.find('\n', start);
        const bool last = end == std::string::npos;
        if (last)
            end = unified.size();
        std::size_t cut = end;
        while (cut > start && (unified[cut - 1] == ' ' || unified[cut - 1] == '\t'))
            --cut;
        out.append(unified, start, cut - start);
        if (last)
            break;
        out += '\n';
        start = end + 1;
    }
    std::size_t first = 0;
    while (first < out.size() && isBlank(out[first]))
        ++first;
    std::size_t last = out.size();
    while (last > first && isBlank(out[last - 1]))
        --last;
    return out.substr(first, last - first);
}

Status validateNoteText(std::string_view text)
{
    bool onlyBlank = true;
    for (char c : text)
        onlyBlank = onlyBlank && (isBlank(c) || c == '\r');
    if (onlyBlank)
        return invalid("a note needs some text", "required");
    const FieldRule rule{"text", kMaxNoteChars, TextShape::MultiLine};
    if (auto problem = textProblem(text, rule))
        return invalid(textProblemDetail(*problem, rule), std::string(*problem));
    return {};
}

std::size_t noteCharacters(std::string_view text)
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto seq = text::utf8At(text, i);
        i += seq.length == 0 ? 1 : seq.length;
        ++n;
    }
    return n;
}

std::string noteLead(std::string_view text, std::size_t maxChars)
{
    std::string out;
    std::size_t chars = 0;
    bool space = false;
    std::size_t i = 0;
    for (; i < text.size() && chars < maxChars;) {
        const auto seq = text::utf8At(text, i);
        const std::size_t len = seq.length == 0 ? 1 : seq.length;
        const bool blank = isBlank(text[i]) || text[i] == '\r';
        if (blank) {
            space = !out.empty();
        } else {
            if (space) {
                out += ' ';
                ++chars;
                space = false;
            }
            if (seq.length != 0)
                out.append(text.substr(i, len));
            ++chars;
        }
        i += len;
    }
    while (i < text.size() && (isBlank(text[i]) || text[i] == '\r'))
        ++i;
    if (i < text.size()) {
        // Cut at the last space so no word is split, when there is one in the second half.
        const auto lastSpace = out.rfind(' ');
        if (lastSpace != std::string::npos && lastSpace > out.size() / 2)
            out.resize(lastSpace);
        out += "\xE2\x80\xA6"; // …
    }
    return out;
}

std::string noteSearchExpression(std::string_view typed)
{
    if (typed.size() > kMaxSearchBytes)
        typed = typed.substr(0, kMaxSearchBytes);
    std::vector<std::string> terms;
    const auto addWord = [&](std::string_view word) {
        // A word is what lies between spaces; ASCII punctuation at either end goes, except a
        // final * that asks for a prefix.
        bool prefix = false;
        std::size_t b = 0;
        std::size_t e = word.size();
        while (b < e && !isWordByte(static_cast<unsigned char>(word[b])))
            ++b;
        while (e > b && !isWordByte(static_cast<unsigned char>(word[e - 1]))) {
            if (word[e - 1] == '*')
                prefix = true;
            --e;
        }
        const std::string_view core = word.substr(b, e - b);
        if (core.empty() || !hasWordByte(core))
            return;
        std::string term = quoted(core);
        if (prefix && noteCharacters(core) >= 2)
            term += '*';
        terms.push_back(std::move(term));
    };
    std::size_t i = 0;
    while (i < typed.size() && terms.size() < kMaxSearchTerms) {
        const char c = typed[i];
        if (c == '"') {
            const std::size_t close = typed.find('"', i + 1);
            const std::size_t end = close == std::string_view::npos ? typed.size() : close;
            const std::string_view phrase = typed.substr(i + 1, end - i - 1);
            if (hasWordByte(phrase)) {
                // Inside a phrase, runs of blanks are one space (the tokenizer ignores them anyway).
                std::string tidy;
                for (char p : phrase) {
                    if (isBlank(p) || p == '\r' || static_cast<unsigned char>(p) < 0x20) {
                        if (!tidy.empty() && tidy.back() != ' ')
                            tidy += ' ';
                    } else {
                        tidy += p;
                    }
                }
                terms.push_back(quoted(text::trim(tidy)));
            }
            i = close == std::string_view::npos ? typed.size() : close + 1;
            continue;
        }
        if (isBlank(c) || c == '\r' || static_cast<unsigned char>(c) < 0x20) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < typed.size() && typed[end] != '"' && !isBlank(typed[end]) && typed[end] != '\r' &&
               static_cast<unsigned char>(typed[end]) >= 0x20)
            ++end;
        addWord(typed.substr(i, end - i));
        i = end;
    }
    std::string out;
    for (const auto& t : terms) {
        if (!out.empty())
            out += ' ';
        out += t;
    }
    return out;
}

std::vector<SnippetPart> splitSnippet(std::string_view snippet)
{
    std::vector<SnippetPart> parts;
    bool match = false;
    std::string current;
    const auto flush = [&] {
        if (!current.empty())
            parts.push_back({std::move(current), match});
        current.clear();
    };
    for (char c : snippet) {
        if (c == kMatchStart) {
            flush();
            match = true;
        } else if (c == kMatchEnd) {
            flush();
            match = false;
        } else {
            current += c;
        }
    }
    flush();
    return parts;
}

} // namespace waymark
