#pragma once

// Reading spreadsheet exports (CSV) as they arrive from police forces and schools. Pure C++,
// no Qt, no I/O except loadCsvFile().
//
// What is accepted:
//   encoding    UTF-8 with or without a byte-order mark; anything that is not valid UTF-8 (even
//               after a byte-order mark) is read as Windows-1252 (what Excel writes on a UK Windows machine) and
//               converted to UTF-8. UTF-16 files (a UTF-16 byte-order mark) are refused with a hint.
//   delimiter   ',' or ';', whichever occurs more often outside quotes in the header line
//               (',' when neither does).
//   quoting     RFC 4180: a field in double quotes may hold the delimiter, line breaks and
//               doubled quotes (""); spaces around a quoted field are ignored. A quote inside
//               an unquoted field is kept as it is.
//   line ends   LF, CRLF or CR. A line break inside a quoted field is kept as LF.
//   rows        the first line is the header; every other row must have as many fields as the
//               header. Rows that are entirely empty (",,,," or a blank line) are skipped.
//
// Anything else is a CsvProblem naming the line and the column (1-based, as a spreadsheet
// counts them): the file is refused whole. Problems never quote the file's contents.

#include "core/Error.h"

#include <cstddef>
#include <expected>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace waymark::csv {

inline constexpr std::size_t kDefaultMaxBytes = 50u * 1024u * 1024u; // 50 MiB

enum class Encoding
{
    Utf8,
    Utf8WithBom,
    Windows1252,
};
std::string_view encodingName(Encoding encoding); // "utf-8", "utf-8-bom", "windows-1252"

struct Row
{
    std::size_t line = 0;            // the physical line (1-based) on which the row starts
    std::vector<std::string> fields; // UTF-8, exactly as many as the header has
};

struct Table
{
    Encoding encoding = Encoding::Utf8;
    char delimiter = ',';
    std::vector<std::string> header; // UTF-8, as written (not trimmed)
    std::vector<Row> rows;           // data rows; entirely empty rows are left out
};

// Why a file was refused. `rule` is stable (for translation), `message` English and free of the
// file's contents. `line` and `column` are 1-based; 0 when the problem is the whole file
// (empty, too large, UTF-16).
struct CsvProblem
{
    std::string rule;
    std::size_t line = 0;
    std::size_t column = 0;
    std::string message;
};
// rules:
//   "empty"              the file has no bytes, or only a byte-order mark / blank lines
//   "too_large"          more bytes than the limit
//   "utf16"              a UTF-16 byte-order mark (save as "CSV UTF-8" instead)
//   "spreadsheet"        an Excel workbook (.xlsx or .xls), not CSV
//   "binary"             a NUL byte: not a text file
//   "control_character"  another control character (C0 other than tab/CR/LF, DEL, C1 — which
//                        includes the bytes Windows-1252 leaves undefined: 0x81, 0x8D, 0x8F, 0x90, 0x9D)
//   "no_header"          the first line is blank or has no column names
//   "duplicate_column"   two header columns with the same name (ignoring case and spaces)
//   "unbalanced_quote"   a quoted field is never closed (line and column where it opened)
//   "text_after_quote"   characters other than spaces after a closing quote
//   "column_count"       a row with more or fewer fields than the header
//   "too_many_columns"   more than 1,000 columns

struct ReadOptions
{
    std::size_t maxBytes = kDefaultMaxBytes;
};

// Reads a whole CSV file from memory.
std::expected<Table, CsvProblem> read(std::string_view bytes, const ReadOptions& options = {});

// The problem as an Error (InvalidInput, `rule` as above, detail "line 7, column 3: ...").
Error toError(const CsvProblem& problem);
// "line 7, column 3: a quoted field is not closed" (or just the message for a whole-file problem).
std::string describe(const CsvProblem& problem);

// Reads a file's bytes, refusing (InvalidInput, rule "too_large") a file over `maxBytes`
// before reading it; Io / NotFound for a file that cannot be read.
Result<std::string> loadCsvFile(const std::filesystem::path& path, std::size_t maxBytes = kDefaultMaxBytes);

// Helpers, public for tests and the fuzzer.
bool isValidUtf8(std::string_view bytes);
// Windows-1252 -> UTF-8. The five bytes 1252 leaves undefined become C1 controls (U+0081...),
// as Windows converts them, which read() then refuses.
std::string windows1252ToUtf8(std::string_view bytes);
// A field written back as CSV (quoted when it holds the delimiter, a quote, CR or LF).
std::string quoteField(std::string_view field, char delimiter);

} // namespace waymark::csv
