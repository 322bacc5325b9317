#include "core/store/ChangeLog.h"

#include "core/store/ChangeDigest.h"
#include "core/store/Database.h"

namespace waymark {

namespace {

void putLeb(std::vector<std::uint8_t>& out, std::uint64_t v)
{
    while (v >= 0x80) {
        out.push_back(static_cast<std::uint8_t>(v | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<std::uint8_t>(v));
}

bool getLeb(std::span<const std::uint8_t> bytes, std::size_t& at, std::uint64_t& v)
{
    v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (at >= bytes.size())
            return false;
        const std::uint8_t b = bytes[at++];
        v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
        if (!(b & 0x80))
            return true;
    }
    return false;
}

} // namespace

std::vector<std::uint8_t> ChangeLog::encodeValues(const Packed& values)
{
    std::vector<std::uint8_t> out;
    for (const auto& [column, value] : values) {
        putLeb(out, static_cast<std::uint64_t>(column));
        if (!value) {
            putLeb(out, 0);
            continue;
        }
        putLeb(out, value->size() + 1);
        out.insert(out.end(), value->begin(), value->end());
    }
    return out;
}

Result<ChangeLog::Packed> ChangeLog::decodeValues(std::span<const std::uint8_t> bytes)
{
    Packed out;
    std::size_t at = 0;
    while (at < bytes.size()) {
        std::uint64_t column = 0;
        std::uint64_t tag = 0;
        if (!getLeb(bytes, at, column) || !getLeb(bytes, at, tag) || column > INT64_MAX)
            return fail(ErrorCode::Damaged, "a change record's values are not readable");
        if (tag == 0) {
            out.emplace_back(static_cast<std::int64_t>(column), std::nullopt);
            continue;
        }
        if (tag - 1 > bytes.size() - at)
            return fail(ErrorCode::Damaged, "a change record's value runs past its end");
        out.emplace_back(static_cast<std::int64_t>(column),
                         std::string(reinterpret_cast<const char*>(bytes.data() + at), tag - 1));
        at += tag - 1;
    }
    return out;
}

Result<std::int64_t> ChangeLog::number(std::string_view table, std::string_view column)
{
    std::string key(table);
    key += '.';
    key += column;
    if (auto id = m_db.cachedId(key))
        return *id;
    Statement st(m_db, "SELECT id FROM change_column WHERE table_name = ? AND column_name = ?", true);
    st.bind(1, table).bind(2, column);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::Internal, "the change log has no number for " + key);
    const std::int64_t id = st.integer(0);
    // Numbers are only ever added by migrations and never change, so caching them per
    // connection cannot go stale.
    m_db.cacheId(std::move(key), id);
    return id;
}

Status ChangeLog::record(std::string_view table, const Uuid& rowId, const Values& values)
{
    if (values.empty())
        return {};
    Packed packed;
    packed.reserve(values.size());
    for (const auto& [column, value] : values) {
        auto id = number(table, column);
        if (!id)
            return std::unexpected(id.error());
        packed.emplace_back(*id, value);
    }
    auto tableId = number(table, "");
    if (!tableId)
        return std::unexpected(tableId.error());
    if (m_set == 0) {
        Statement set(m_db, "INSERT INTO change_set (hlc, author) VALUES (?, ?)", true);
        set.bind(1, m_hlc).bind(2, m_author);
        if (auto r = set.run(); !r)
            return r;
        m_set = m_db.lastInsertRowId();
    }
    const auto bytes = encodeValues(packed);
    Statement st(m_db, "INSERT INTO change_record (set_seq, table_id, row_id, columns) VALUES (?, ?, ?, ?)", true);
    st.bind(1, m_set).bind(2, *tableId).bind(3, rowId).bindBlob(4, bytes.data(), bytes.size());
    if (auto r = st.run(); !r)
        return r;
    m_db.changeTally().feed(m_db.lastInsertRowId(), m_set, m_hlc, m_author.bytes(), *tableId, rowId.bytes(), bytes);
    m_recorded += static_cast<int>(values.size());
    return {};
}

std::string ChangeLog::lastHlc(Database& db)
{
    Statement st(db, "SELECT hlc FROM change_set ORDER BY seq DESC LIMIT 1", true);
    auto row = st.step();
    return row && *row ? st.text(0) : std::string();
}

Status ChangeLog::registerColumns(Database& db, std::string_view table)
{
    Statement st(db, "INSERT OR IGNORE INTO change_column (table_name, column_name) SELECT ?1, '' UNION ALL "
                     "SELECT ?1, name FROM pragma_table_info(?1) WHERE name NOT IN ('id', 'updated_hlc')");
    st.bind(1, table);
    return st.run();
}

} // namespace waymark
