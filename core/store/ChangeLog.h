#pragma once

#include "core/Error.h"
#include "core/Uuid.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace waymark {

class Database;

// The sync outbox and every record's history, written in the same transaction as the change
// it describes.
//
// Compact layout (schema 3):
//   change_set    one row per mutation (one transaction of one user action): its hybrid
//                 logical clock value and author, shared by everything below it;
//   change_record one row per record the mutation touched: set, table number, record id and
//                 the changed columns packed in one BLOB (see encodeValues);
//   change_column the numbers of tables (column_name '') and columns, given once.
// On insert, values equal to the column's default (NULL, or 0 for flags) are not written: a
// record's history is its defaults overlaid with its change records in order. A NULL value
// means the column was cleared.
class ChangeLog
{
public:
    using Value = std::optional<std::string>;
    using Values = std::vector<std::pair<std::string_view, Value>>; // column, new value

    ChangeLog(Database& db, std::string hlc, Uuid author)
        : m_db(db)
        , m_hlc(std::move(hlc))
        , m_author(author)
    {}
    // Records new values of one record's columns (nothing when `values` is empty).
    Status record(std::string_view table, const Uuid& rowId, const Values& values);
    Status record(std::string_view table, const Uuid& rowId, std::string_view column, const Value& value)
    {
        return record(table, rowId, Values{{column, value}});
    }
    const std::string& hlc() const { return m_hlc; }
    // Values recorded so far: 0 means the mutation changed nothing.
    int recorded() const { return m_recorded; }

    // The newest clock value written to the log, or "" for an empty log.
    static std::string lastHlc(Database& db);
    // Gives `table` and each of its columns a number in change_column (idempotent). Every
    // migration that creates or alters a synced table calls it.
    static Status registerColumns(Database& db, std::string_view table);

    // The packed columns: for each value, the column number (LEB128), then 0 for NULL or
    // the text's length + 1 (LEB128) followed by its UTF-8 bytes.
    using Packed = std::vector<std::pair<std::int64_t, Value>>;
    static std::vector<std::uint8_t> encodeValues(const Packed& values);
    // Damaged for bytes that are not such a list.
    static Result<Packed> decodeValues(std::span<const std::uint8_t> bytes);

private:
    Result<std::int64_t> number(std::string_view table, std::string_view column);

    Database& m_db;
    std::string m_hlc;
    Uuid m_author;
    std::int64_t m_set = 0; // change_set row of this mutation, written with the first record
    int m_recorded = 0;
};

} // namespace waymark
