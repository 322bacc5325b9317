// libFuzzer target: the CSV reader (core/io/Csv.h) on arbitrary bytes. Besides not crashing:
// an accepted file gives rows of exactly the header's width, in valid UTF-8 without NUL bytes,
// with rising line numbers, and writing the table back with quoteField() reads back the same;
// a refusal has a rule, a message, and a line and column unless it is about the whole file.

#include "core/io/Csv.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

std::string writeBack(const waymark::csv::Table& table)
{
    std::string out;
    const auto line = [&](const std::vector<std::string>& fields) {
        // quoteField() where it is enough; a field with ';' is quoted too, so the delimiter
        // found in the header stays ','.
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const std::string quoted = waymark::csv::quoteField(fields[i], ',');
            out += i ? "," : "";
            out += quoted == fields[i] && fields[i].find(';') != std::string::npos ? "\"" + fields[i] + "\"" : quoted;
        }
        out += "\r\n";
    };
    line(table.header);
    for (const auto& row : table.rows)
        line(row.fields);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const auto table = waymark::csv::read(bytes);
    if (!table) {
        const auto& p = table.error();
        check(!p.rule.empty() && !p.message.empty());
        const bool wholeFile =
            p.rule == "empty" || p.rule == "too_large" || p.rule == "utf16" || p.rule == "spreadsheet";
        check(wholeFile == (p.line == 0));
        check(wholeFile == (p.column == 0));
        check(waymark::csv::toError(p).rule == "csv_" + p.rule);
        return 0;
    }
    check(!table->header.empty());
    std::size_t lastLine = 1;
    for (const auto& row : table->rows) {
        check(row.fields.size() == table->header.size());
        check(row.line > lastLine);
        lastLine = row.line;
        for (const auto& field : row.fields) {
            check(waymark::csv::isValidUtf8(field));
            check(field.find('\0') == std::string::npos);
            check(field.find('\r') == std::string::npos);
        }
    }
    // Written back as comma-separated UTF-8, the table reads back the same.
    const auto again = waymark::csv::read(writeBack(*table));
    check(again.has_value());
    check(again->header == table->header);
    check(again->rows.size() == table->rows.size());
    for (std::size_t i = 0; i < table->rows.size(); ++i)
        check(again->rows[i].fields == table->rows[i].fields);
    return 0;
}
