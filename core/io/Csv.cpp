#include "core/io/Csv.h"

#include "core/Text.h"

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <system_error>

namespace waymark::csv {

namespace {

constexpr std::size_t kMaxColumns = 1000;

// Windows-1252 0x80..0x9F; 0 where the code page defines nothing (kept as the C1 control
// U+0080+n, as Windows itself does, and then refused as a control character).
constexpr char16_t kHigh1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

CsvProblem problem(std::string rule, std::size_t line, std::size_t column, std::string message)
{
    return CsvProblem{std::move(rule), line, column, std::move(message)};
}

std::string folded(std::string_view name)
{
    std::string out = text::trim(name);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// The delimiter of the header line: ',' or ';', whichever occurs more often outside quotes.
char detectDelimiter(std::string_view text)
{
    std::size_t commas = 0;
    std::size_t semicolons = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

class Parser
{
public:
    Parser(std::string_view text, char delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {}

    // The next record into `fields`; false at the end of the text.
    std::expected<bool, CsvProblem> next(std::vector<std::string>& fields, std::size_t& recordLine)
    {
        fields.clear();
        if (m_pos >= m_text.size())
            return false;
        recordLine = m_line;
        for (;;) {
            std::string field;
            const std::size_t column = fields.size() + 1;
            if (column > kMaxColumns)
                return std::unexpected(problem("too_many_columns", m_line, column,
                                               "more than " + std::to_string(kMaxColumns) + " columns"));
            std::size_t look = m_pos;
            while (look < m_text.size() && m_text[look] == ' ')
                ++look;
            if (look < m_text.size() && m_text[look] == '"') {
                if (auto st = quoted(field, look, column); !st)
                    return std::unexpected(st.error());
            } else {
                while (m_pos < m_text.size()) {
                    const char c = m_text[m_pos];
                    if (c == m_delimiter || c == '\r' || c == '\n')
                        break;
                    if (auto st = plainChar(column); !st)
                        return std::unexpected(st.error());
                    field += c;
                    ++m_pos;
                }
            }
            fields.push_back(std::move(field));
            if (m_pos >= m_text.size())
                return true;
            const char c = m_text[m_pos];
            if (c == m_delimiter) {
                ++m_pos;
                continue;
            }
            lineBreak();
            return true;
        }
    }

private:
    // At a CR or LF: step over one line break (CRLF counts once).
    void lineBreak()
    {
        if (m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    // Refuses NUL and control characters at m_pos (tab is allowed).
    std::expected<void, CsvProblem> plainChar(std::size_t column) const
    {
        const auto c = static_cast<unsigned char>(m_text[m_pos]);
        if (c == 0)
            return std::unexpected(
                problem("binary", m_line, column, "a NUL byte: this does not look like a text file"));
        const bool c0 = c < 0x20 && c != '\t' && c != '\r' && c != '\n';
        const bool c1 = c == 0xC2 && m_pos + 1 < m_text.size() &&
                        static_cast<unsigned char>(m_text[m_pos + 1]) >= 0x80 &&
                        static_cast<unsigned char>(m_text[m_pos + 1]) <= 0x9F;
        if (c0 || c == 0x7F || c1)
            return std::unexpected(problem("control_character", m_line, column,
                                           "a control character: this does not look like a text file"));
        return {};
    }

    std::expected<void, CsvProblem> quoted(std::string& field, std::size_t quoteAt, std::size_t column)
    {
        const std::size_t openLine = m_line;
        m_pos = quoteAt + 1;
        for (;;) {
            if (m_pos >= m_text.size())
                return std::unexpected(problem("unbalanced_quote", openLine, column,
                                               "a quoted field is not closed (a double quote is missing)"));
            const char c = m_text[m_pos];
            if (c == '"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                    field += '"';
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                break;
            }
            if (c == '\r' || c == '\n') {
                field += '\n';
                lineBreak();
                continue;
            }
            if (auto st = plainChar(column); !st)
                return st;
            field += c;
            ++m_pos;
        }
        while (m_pos < m_text.size() && m_text[m_pos] == ' ')
            ++m_pos;
        if (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c != m_delimiter && c != '\r' && c != '\n')
                return std::unexpected(
                    problem("text_after_quote", m_line, column, "text after the closing quote of a quoted field"));
        }
        return {};
    }

    std::string_view m_text;
    char m_delimiter;
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
};

bool allEmpty(const std::vector<std::string>& fields)
{
    for (const auto& f : fields)
        if (!text::trim(f).empty())
            return false;
    return true;
}

} // namespace

std::string_view encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return "utf-8";
    case Encoding::Utf8WithBom:
        return "utf-8-bom";
    case Encoding::Windows1252:
        return "windows-1252";
    }
    return "utf-8";
}

bool isValidUtf8(std::string_view bytes)
{
    for (std::size_t i = 0; i < bytes.size();) {
        const auto seq = text::utf8At(bytes, i);
        if (seq.length == 0)
            return false;
        i += seq.length;
    }
    return true;
}

std::string windows1252ToUtf8(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80)
            out += ch;
        else if (c < 0xA0)
            appendUtf8(out, kHigh1252[c - 0x80] ? kHigh1252[c - 0x80] : c);
        else
            appendUtf8(out, c);
    }
    return out;
}

std::string quoteField(std::string_view field, char delimiter)
{
    // A field that starts with U+FEFF is quoted too: unquoted at the start of a file, the reader
    // would take it for a byte-order mark and drop it.
    if (field.find_first_of(std::string{'"', '\r', '\n', delimiter}) == std::string_view::npos &&
        (field.empty() || (field.front() != ' ' && field.back() != ' ')) && !field.starts_with("\xEF\xBB\xBF"))
        return std::string(field);
    std::string out = "\"";
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::expected<Table, CsvProblem> read(std::string_view bytes, const ReadOptions& options)
{
    if (bytes.size() > options.maxBytes)
        return std::unexpected(problem(
            "too_large", 0, 0, "the file is larger than " + std::to_string(options.maxBytes / (1024 * 1024)) + " MB"));
    if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF')))
        return std::unexpected(problem("utf16", 0, 0, "the file is UTF-16; save it as \"CSV UTF-8\" instead"));
    if (bytes.starts_with(std::string_view("PK\x03\x04", 4)) || bytes.starts_with("\xD0\xCF\x11\xE0"))
        return std::unexpected(problem("spreadsheet", 0, 0,
                                       "the file is a spreadsheet workbook, not CSV; save it as \"CSV UTF-8\" first"));
    Table table;
    std::string converted;
    std::string_view text = bytes;
    if (text.starts_with("\xEF\xBB\xBF")) {
        // A file saved twice by a careless tool can carry the mark twice.
        while (text.starts_with("\xEF\xBB\xBF"))
            text.remove_prefix(3);
        table.encoding = Encoding::Utf8WithBom;
        if (!isValidUtf8(text)) {
            converted = windows1252ToUtf8(text);
            text = converted;
            table.encoding = Encoding::Windows1252;
        }
    } else if (!isValidUtf8(text)) {
        converted = windows1252ToUtf8(text);
        text = converted;
        table.encoding = Encoding::Windows1252;
    }
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return std::unexpected(problem("empty", 0, 0, "the file is empty"));

    table.delimiter = detectDelimiter(text);
    Parser parser(text, table.delimiter);
    std::vector<std::string> fields;
    std::size_t line = 0;
    auto got = parser.next(fields, line);
    if (!got)
        return std::unexpected(got.error());
    if (!*got || allEmpty(fields))
        return std::unexpected(problem("no_header", 1, 1, "the first line has no column names"));
    table.header = fields;
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        const std::string name = folded(table.header[i]);
        if (name.empty())
            continue;
        for (std::size_t j = 0; j < i; ++j)
            if (folded(table.header[j]) == name)
                return std::unexpected(
                    problem("duplicate_column", line, i + 1,
                            "the header names a column twice (also column " + std::to_string(j + 1) + ")"));
    }
    for (;;) {
        got = parser.next(fields, line);
        if (!got)
            return std::unexpected(got.error());
        if (!*got)
            break;
        if (allEmpty(fields))
            continue;
        if (fields.size() != table.header.size())
            return std::unexpected(problem("column_count", line, std::min(fields.size(), table.header.size()) + 1,
                                           "the row has " + std::to_string(fields.size()) +
                                               " columns; the header has " + std::to_string(table.header.size())));
        table.rows.push_back(Row{line, std::move(fields)});
        fields = {};
    }
    return table;
}

std::string describe(const CsvProblem& p)
{
    if (p.line == 0)
        return p.message;
    return "line " + std::to_string(p.line) + ", column " + std::to_string(p.column) + ": " + p.message;
}

Error toError(const CsvProblem& p)
{
    Error e = Error::make(ErrorCode::InvalidInput, describe(p));
    e.rule = "csv_" + p.rule;
    return e;
}

Result<std::string> loadCsvFile(const std::filesystem::path& path, std::size_t maxBytes)
{
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        return fail(ErrorCode::NotFound, "the file does not exist");
    if (!std::filesystem::is_regular_file(status))
        return fail(ErrorCode::InvalidInput, "not a file");
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return std::unexpected(ioErrorFromErrno(ec.value(), "reading the file's size"));
    if (size > maxBytes)
        return std::unexpected(toError(
            problem("too_large", 0, 0, "the file is larger than " + std::to_string(maxBytes / (1024 * 1024)) + " MB")));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::unexpected(ioErrorFromErrno(errno, "opening the file"));
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::size_t>(in.gcount()) != size)
        return std::unexpected(ioErrorFromErrno(errno ? errno : EIO, "reading the file"));
    return bytes;
}

} // namespace waymark::csv
