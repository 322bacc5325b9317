#include "core/store/Columns.h"

#include "core/store/ChangeLog.h"
#include "core/store/Database.h"

#include <charconv>

namespace waymark::columns {

void fromValue(std::string& out, Value v)
{
    out = v ? std::move(*v) : std::string();
}

void fromValue(Date& out, Value v)
{
    out = v ? Date::fromIso(*v).value_or(Date{}) : Date{};
}

void fromValue(bool& out, Value v)
{
    out = v && *v != "0" && !v->empty();
}

void fromValue(int& out, Value v)
{
    out = 0;
    if (v)
        std::from_chars(v->data(), v->data() + v->size(), out);
}

void fromValue(Uuid& out, Value v)
{
    out = v ? Uuid::parse(*v).value_or(Uuid{}) : Uuid{};
}

Value stored(const Info& info, Value v)
{
    switch (info.kind) {
    case Kind::Text:
    case Kind::Code:
        if (!info.required && v && v->empty())
            return std::nullopt;
        if (info.required && !v)
            return std::string();
        return v;
    case Kind::Bool:
    case Kind::Int:
        return v ? v : Value{"0"};
    case Kind::Date:
    case Kind::Uuid:
        return v;
    }
    return v;
}

void bind(Statement& st, int index, Kind kind, const Value& v)
{
    if (!v) {
        st.bindNull(index);
        return;
    }
    switch (kind) {
    case Kind::Bool:
    case Kind::Int: {
        std::int64_t n = 0;
        std::from_chars(v->data(), v->data() + v->size(), n);
        st.bind(index, n);
        return;
    }
    case Kind::Uuid:
        st.bind(index, Uuid::parse(*v).value_or(Uuid{}));
        return;
    case Kind::Text:
    case Kind::Code:
    case Kind::Date:
        st.bind(index, std::string_view(*v));
        return;
    }
}

bool logsOnInsert(const Info& info, const Value& v)
{
    if (!info.logged || !v)
        return false;
    if (info.kind == Kind::Bool || info.kind == Kind::Int)
        return *v != "0";
    return true;
}

namespace {

std::string declaration(const Info& c)
{
    std::string out(c.name);
    switch (c.kind) {
    case Kind::Text:
    case Kind::Code:
    case Kind::Date:
        out += " TEXT";
        break;
    case Kind::Bool:
    case Kind::Int:
        return out + " INTEGER NOT NULL DEFAULT 0";
    case Kind::Uuid:
        out += " BLOB";
        break;
    }
    if (c.required)
        out += " NOT NULL";
    if (!c.references.empty()) {
        out += " REFERENCES ";
        out += c.references;
    }
    return out;
}

std::string indexSql(std::string_view table, const Index& i)
{
    std::string out = i.unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
    out += i.name;
    out += " ON ";
    out += table;
    out += '(';
    out += i.on;
    out += ')';
    if (i.liveOnly)
        out += " WHERE deleted = 0";
    if (!i.where.empty()) {
        out += i.liveOnly ? " AND " : " WHERE ";
        out += i.where;
    }
    return out + ";\n";
}

std::string columnIndexSql(std::string_view table, const Info& c)
{
    std::string name(table);
    name += '_';
    name += c.name;
    Index index;
    index.name = name;
    index.on = c.name;
    return indexSql(table, index);
}

} // namespace

std::string createTableSql(std::string_view table, const std::vector<Info>& columns, const std::vector<Index>& indexes,
                           int version)
{
    std::string sql = "CREATE TABLE ";
    sql += table;
    sql += " (\n    id BLOB PRIMARY KEY";
    for (const auto& c : columns)
        if (c.since <= version)
            sql += ",\n    " + declaration(c);
    sql += ",\n    updated_hlc TEXT NOT NULL,\n    deleted INTEGER NOT NULL DEFAULT 0\n);\n";
    for (const auto& c : columns)
        if (c.indexed && c.since <= version)
            sql += columnIndexSql(table, c);
    for (const auto& i : indexes)
        if (i.since <= version)
            sql += indexSql(table, i);
    return sql;
}

std::string addColumnsSql(std::string_view table, const std::vector<Info>& columns, const std::vector<Index>& indexes,
                          int version)
{
    std::string sql;
    for (const auto& c : columns)
        if (c.since == version) {
            sql += "ALTER TABLE ";
            sql += table;
            sql += " ADD COLUMN " + declaration(c) + ";\n";
            if (c.indexed)
                sql += columnIndexSql(table, c);
        }
    for (const auto& i : indexes)
        if (i.since == version)
            sql += indexSql(table, i);
    return sql;
}

NamedRow::NamedRow(const Statement& st)
    : m_st(st)
{
    const int n = st.columnCount();
    m_names.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        m_names.push_back(st.columnName(i));
}

int NamedRow::index(std::string_view name) const
{
    const std::size_t n = m_names.size();
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = (m_next + k) % n;
        if (m_names[i] == name) {
            m_next = i + 1 == n ? 0 : i + 1;
            return static_cast<int>(i);
        }
    }
    return -1;
}

std::string NamedRow::text(std::string_view name) const
{
    const int i = index(name);
    return i < 0 ? std::string() : m_st.text(i);
}

std::int64_t NamedRow::integer(std::string_view name) const
{
    const int i = index(name);
    return i < 0 ? 0 : m_st.integer(i);
}

Uuid NamedRow::uuid(std::string_view name) const
{
    const int i = index(name);
    return i < 0 || m_st.isNull(i) ? Uuid{} : m_st.uuid(i);
}

Date NamedRow::date(std::string_view name) const
{
    const int i = index(name);
    return i < 0 || m_st.isNull(i) ? Date{} : Date::fromIso(m_st.text(i)).value_or(Date{});
}

Value NamedRow::value(std::string_view name, Kind kind) const
{
    const int i = index(name);
    if (i < 0 || m_st.isNull(i))
        return std::nullopt;
    switch (kind) {
    case Kind::Bool:
    case Kind::Int:
        return std::to_string(m_st.integer(i));
    case Kind::Uuid: {
        const Uuid id = m_st.uuid(i);
        return id.isNull() ? Value{} : Value{id.toString()};
    }
    case Kind::Text:
    case Kind::Code:
    case Kind::Date:
        return m_st.text(i);
    }
    return std::nullopt;
}

Status insertCells(Database& db, std::string_view table, const Uuid& id, const Cells& cells, ChangeLog& changes,
                   std::optional<std::int64_t> rowid)
{
    std::string names = rowid ? "rowid, id, updated_hlc" : "id, updated_hlc";
    std::string params = rowid ? "?, ?, ?" : "?, ?";
    for (const Info* c : cells.infos) {
        names += ", ";
        names += c->name;
        params += ", ?";
    }
    Statement st(db, "INSERT INTO " + std::string(table) + " (" + names + ") VALUES (" + params + ")", true);
    int index = 1;
    if (rowid)
        st.bind(index++, *rowid);
    st.bind(index, id);
    st.bind(index + 1, changes.hlc());
    index += 2;
    for (std::size_t i = 0; i < cells.infos.size(); ++i)
        bind(st, index++, cells.infos[i]->kind, cells.values[i]);
    if (auto r = st.run(); !r)
        return r;
    ChangeLog::Values logged;
    for (std::size_t i = 0; i < cells.infos.size(); ++i)
        if (logsOnInsert(*cells.infos[i], cells.values[i]))
            logged.emplace_back(cells.infos[i]->name, cells.values[i]);
    return changes.record(table, id, logged);
}

Status updateCells(Database& db, std::string_view table, const Uuid& id, const Cells& changed, ChangeLog& changes)
{
    if (changed.infos.empty())
        return {};
    // The change record first, then the row (as every store has always written them).
    ChangeLog::Values logged;
    for (std::size_t i = 0; i < changed.infos.size(); ++i)
        if (changed.infos[i]->logged)
            logged.emplace_back(changed.infos[i]->name, changed.values[i]);
    if (auto r = changes.record(table, id, logged); !r)
        return r;
    std::string sets;
    for (const Info* c : changed.infos) {
        sets += c->name;
        sets += " = ?, ";
    }
    sets += "updated_hlc = ?";
    Statement st(db, "UPDATE " + std::string(table) + " SET " + sets + " WHERE id = ?");
    int index = 1;
    for (std::size_t i = 0; i < changed.infos.size(); ++i)
        bind(st, index++, changed.infos[i]->kind, changed.values[i]);
    st.bind(index, changes.hlc());
    st.bind(index + 1, id);
    if (auto r = st.run(); !r)
        return r;
    if (db.changes() == 0)
        return fail(ErrorCode::NotFound, "the record is gone");
    return {};
}

} // namespace waymark::columns
