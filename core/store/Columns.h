#pragma once

// Column tables: one description per record type of how its C++ fields map to the columns of
// its table. The store builds from it the INSERT, the UPDATE of only the changed columns (and
// their change-log values), the SELECT read by column name, and the CREATE TABLE / CREATE
// INDEX statements its migration runs. Internal to core/store: include it only from store
// .cpp files (it is the one header with templates in the store, and they are small).
//
// Every synced table also has three columns the table adds itself: `id` (UUIDv7 BLOB
// PRIMARY KEY), `updated_hlc` (the hybrid logical clock of the last change) and `deleted`
// (a tombstone). docs/storage.md, "Column tables", describes how to add a column.
//
// Values travel as ChangeLog::Value, the change log's text form: text and codes as written,
// dates "YYYY-MM-DD", flags "1"/"0", numbers in decimal, ids 8-4-4-4-12; std::nullopt is
// SQL NULL.

#include "core/Error.h"
#include "core/Uuid.h"
#include "core/calendar/Date.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace waymark {

class ChangeLog;
class Database;
class Statement;

namespace columns {

using Value = std::optional<std::string>;

enum class Kind
{
    Text, // TEXT; free text
    Code, // TEXT; a stable code from a code list (or an enum's name)
    Date, // TEXT "YYYY-MM-DD"; a null Date is NULL
    Bool, // INTEGER NOT NULL DEFAULT 0
    Int,  // INTEGER NOT NULL DEFAULT 0
    Uuid, // BLOB; a null id is NULL
};

// How a column is declared (what the DDL says) and how it takes part in writes.
struct Info
{
    std::string_view name;
    Kind kind = Kind::Text;
    // Text/Code: an empty string is stored as NULL (nullable) or as '' (required: NOT NULL).
    // Dates and ids are NULL when null; `required` declares them NOT NULL.
    bool required = false;
    bool indexed = false;        // a single-column index "<table>_<name>" over live rows
    std::string_view references; // a foreign key: "people(id)"
    bool logged = true;          // written to the change log (derived sort keys are not)
    int since = 1;               // the schema version that added the column (see createTableSql)
};

// Where a column's value lives in the record.
template <class R> struct Column
{
    Info info;
    Value (*get)(const R&) = nullptr;
    void (*set)(R&, Value) = nullptr; // null for derived columns (written, never read back)
};

// An index beyond the single-column ones: `on` is the indexed expression list, `where` a
// partial-index condition (ANDed with "deleted = 0").
struct Index
{
    std::string_view name;
    std::string_view on;
    std::string_view where;
    bool unique = false;
    int since = 1;
    bool liveOnly = true; // "WHERE deleted = 0" (the first schema's indexes covered tombstones too)
};

template <class R> struct Table
{
    std::string_view name;
    std::vector<Column<R>> columns; // without id, updated_hlc and deleted
    Uuid (*id)(const R&) = nullptr;
    void (*setId)(R&, const Uuid&) = nullptr;  // when reading; null: the record has no id
    void (*setHlc)(R&, std::string) = nullptr; // when reading; null: the record keeps none
    std::vector<Index> indexes;
};

// --- conversions between a field and its Value ------------------------------------------

inline Value toValue(const std::string& v)
{
    return v;
}
inline Value toValue(const Date& v)
{
    return v.isNull() ? Value{} : Value{v.toIso()};
}
inline Value toValue(bool v)
{
    return std::string(v ? "1" : "0");
}
inline Value toValue(int v)
{
    return std::to_string(v);
}
inline Value toValue(const Uuid& v)
{
    return v.isNull() ? Value{} : Value{v.toString()};
}
void fromValue(std::string& out, Value v);
void fromValue(Date& out, Value v);
void fromValue(bool& out, Value v);
void fromValue(int& out, Value v);
void fromValue(Uuid& out, Value v);

template <class T> constexpr Kind kindOf()
{
    if constexpr (std::is_same_v<T, Date>)
        return Kind::Date;
    else if constexpr (std::is_same_v<T, bool>)
        return Kind::Bool;
    else if constexpr (std::is_same_v<T, int>)
        return Kind::Int;
    else if constexpr (std::is_same_v<T, Uuid>)
        return Kind::Uuid;
    else
        return Kind::Text;
}

// A column over a field: `Ref` is a data-member pointer (&Referral::source) or a capture-less
// lambda returning a reference to the field ([](Person& p) -> auto& { return p.flags.restricted; }).
// The kind follows the field's type (std::string is Text; pass Kind::Code for codes).
template <class R, auto Ref> Column<R> field(Info info)
{
    using T = std::remove_cvref_t<decltype(std::invoke(Ref, std::declval<R&>()))>;
    if (info.kind == Kind::Text)
        info.kind = kindOf<T>();
    Column<R> c;
    c.info = info;
    // Reading through a non-const reference only to name the field; nothing is written.
    c.get = [](const R& r) -> Value { return toValue(std::invoke(Ref, const_cast<R&>(r))); };
    c.set = [](R& r, Value v) { fromValue(std::invoke(Ref, r), std::move(v)); };
    return c;
}
template <class R, auto Ref> Column<R> field(std::string_view name, Kind kind = Kind::Text, bool required = false)
{
    Info info;
    info.name = name;
    info.kind = kind;
    info.required = required;
    return field<R, Ref>(info);
}

// --- what the store builds from a table ---------------------------------------------------

// The value as stored: an empty text of a nullable column is NULL.
Value stored(const Info& info, Value v);
// Binds a stored value at `index` by the column's kind (ids as 16-byte BLOBs).
void bind(Statement& st, int index, Kind kind, const Value& v);
// Whether an insert logs this value (not the column default: NULL, or 0 for flags/numbers).
bool logsOnInsert(const Info& info, const Value& v);
// CREATE TABLE with the columns added up to `version`, and the indexes of that version.
std::string createTableSql(std::string_view table, const std::vector<Info>& columns, const std::vector<Index>& indexes,
                           int version);
// ALTER TABLE .. ADD COLUMN for the columns added in exactly `version`, and their indexes.
std::string addColumnsSql(std::string_view table, const std::vector<Info>& columns, const std::vector<Index>& indexes,
                          int version);

// Reads a row's columns by name (resolved once per statement from SQLite's column names).
class NamedRow
{
public:
    explicit NamedRow(const Statement& st);
    int index(std::string_view name) const; // -1 when the statement has no such column
    bool has(std::string_view name) const { return index(name) >= 0; }
    std::string text(std::string_view name) const;
    std::int64_t integer(std::string_view name) const;
    bool boolean(std::string_view name) const { return integer(name) != 0; }
    waymark::Uuid uuid(std::string_view name) const;
    waymark::Date date(std::string_view name) const;
    Value value(std::string_view name, Kind kind) const;

private:
    const Statement& m_st;
    std::vector<std::string> m_names;
    // Where the next lookup starts: readers ask for columns in about select-list order, so a
    // row's fields are found with one comparison each instead of a scan per field.
    mutable std::size_t m_next = 0;
};

template <class R> std::vector<Info> infos(const Table<R>& t)
{
    std::vector<Info> out;
    out.reserve(t.columns.size());
    for (const auto& c : t.columns)
        out.push_back(c.info);
    return out;
}

template <class R> std::string createTableSql(const Table<R>& t, int version)
{
    return createTableSql(t.name, infos(t), t.indexes, version);
}

// "a, b, c" of the table's columns (with `prefix`, e.g. "r.").
template <class R> std::string selectList(const Table<R>& t, std::string_view prefix = {})
{
    std::string out;
    out += prefix;
    out += "id, ";
    out += prefix;
    out += "updated_hlc";
    for (const auto& c : t.columns) {
        if (!c.set)
            continue;
        out += ", ";
        out += prefix;
        out += c.info.name;
    }
    return out;
}

// Fills `record` from the current row of a statement that selected selectList() (any order).
template <class R> void read(const Table<R>& t, const NamedRow& row, R& record)
{
    if (t.setId)
        t.setId(record, row.uuid("id"));
    if (t.setHlc)
        t.setHlc(record, row.text("updated_hlc"));
    for (const auto& c : t.columns)
        if (c.set && row.has(c.info.name))
            c.set(record, row.value(c.info.name, c.info.kind));
}

// The non-template halves.
struct Cells
{
    std::vector<const Info*> infos;
    std::vector<Value> values;
};
Status insertCells(Database& db, std::string_view table, const Uuid& id, const Cells& cells, ChangeLog& changes,
                   std::optional<std::int64_t> rowid);
Status updateCells(Database& db, std::string_view table, const Uuid& id, const Cells& changed, ChangeLog& changes);

// Inserts `record` (id from the table's id accessor) with updated_hlc = changes.hlc(), and
// logs every logged value that differs from its column default. `rowid`: a chosen rowid.
template <class R>
Status insert(Database& db, const Table<R>& t, const R& record, ChangeLog& changes,
              std::optional<std::int64_t> rowid = std::nullopt)
{
    Cells cells;
    cells.infos.reserve(t.columns.size());
    cells.values.reserve(t.columns.size());
    for (const auto& c : t.columns) {
        cells.infos.push_back(&c.info);
        cells.values.push_back(stored(c.info, c.get(record)));
    }
    return insertCells(db, t.name, t.id(record), cells, changes, rowid);
}

// Updates the columns whose values differ between `before` and `after`, and updated_hlc,
// logging each logged one; writes nothing when nothing differs.
template <class R> Status update(Database& db, const Table<R>& t, const R& before, const R& after, ChangeLog& changes)
{
    Cells changed;
    for (const auto& c : t.columns) {
        Value v = stored(c.info, c.get(after));
        if (v != stored(c.info, c.get(before))) {
            changed.infos.push_back(&c.info);
            changed.values.push_back(std::move(v));
        }
    }
    return updateCells(db, t.name, t.id(after), changed, changes);
}

} // namespace columns
} // namespace waymark
