#include "core/store/MergeStore.h"

#include "core/store/ChangeLog.h"
#include "core/store/Database.h"
#include "core/store/SqlNames.h"

namespace waymark {

namespace {} // namespace

Result<std::vector<std::string>> MergeStore::personTables()
{
    // Read from the schema, so a record type added later (with its person_id) moves too.
    Statement st(m_db, "SELECT m.name FROM sqlite_schema m WHERE m.type = 'table' AND m.name <> 'people' AND EXISTS "
                       "(SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'person_id') ORDER BY m.name");
    std::vector<std::string> tables;
    if (auto r = st.forEachRow([&] { tables.push_back(st.text(0)); }); !r)
        return std::unexpected(r.error());
    for (const auto& t : tables) {
        Statement cols(m_db,
                       "SELECT count(*) FROM pragma_table_info(?) WHERE name IN ('id', 'updated_hlc', 'deleted')");
        cols.bind(1, t);
        auto row = cols.step();
        if (!row)
            return std::unexpected(row.error());
        if (cols.integer(0) != 3)
            return fail(ErrorCode::Internal, "table " + t + " names a person but is not a synced table");
    }
    return tables;
}

Result<std::vector<RowsOfTable>> MergeStore::rowsOf(const Uuid& person)
{
    auto tables = personTables();
    if (!tables)
        return std::unexpected(tables.error());
    std::vector<RowsOfTable> out;
    for (const auto& t : *tables) {
        Statement st(m_db,
                     "SELECT count(*), coalesce(sum(deleted = 0), 0) FROM " + quotedName(t) + " WHERE person_id = ?");
        st.bind(1, person);
        auto row = st.step();
        if (!row)
            return std::unexpected(row.error());
        if (st.integer(0) > 0)
            out.push_back(RowsOfTable{t, st.integer(1), st.integer(0)});
    }
    return out;
}

Result<std::vector<RowsOfTable>> MergeStore::moveRows(const Uuid& from, const Uuid& to, ChangeLog& changes)
{
    auto counts = rowsOf(from);
    if (!counts)
        return counts;
    for (const auto& c : *counts) {
        std::vector<Uuid> ids;
        Statement rows(m_db, "SELECT id FROM " + quotedName(c.table) + " WHERE person_id = ? ORDER BY id");
        rows.bind(1, from);
        if (auto r = rows.forEachRow([&] { ids.push_back(rows.uuid(0)); }); !r)
            return std::unexpected(r.error());
        Statement move(m_db, "UPDATE " + quotedName(c.table) + " SET person_id = ?, updated_hlc = ? WHERE id = ?");
        for (const auto& id : ids) {
            move.reset();
            move.bind(1, to).bind(2, changes.hlc()).bind(3, id);
            if (auto r = move.run(); !r)
                return std::unexpected(r.error());
            if (auto r = changes.record(c.table, id, "person_id", to.toString()); !r)
                return std::unexpected(r.error());
        }
    }
    return counts;
}

Status MergeStore::tombstone(const Uuid& merged, const Uuid& survivor, ChangeLog& changes)
{
    Statement rowid(m_db, "SELECT rowid FROM people WHERE id = ? AND deleted = 0");
    rowid.bind(1, merged);
    auto row = rowid.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, "no such person");
    Statement search(m_db, "DELETE FROM person_search WHERE rowid = ?", true);
    search.bind(1, rowid.integer(0));
    if (auto r = search.run(); !r)
        return r;
    Statement st(m_db, "UPDATE people SET deleted = 1, merged_into = ?, updated_hlc = ? WHERE id = ?");
    st.bind(1, survivor).bind(2, changes.hlc()).bind(3, merged);
    if (auto r = st.run(); !r)
        return r;
    return changes.record("people", merged, {{"deleted", std::string("1")}, {"merged_into", survivor.toString()}});
}

Result<std::optional<Uuid>> MergeStore::mergedInto(const Uuid& id)
{
    Statement st(m_db, "SELECT merged_into FROM people WHERE id = ? AND merged_into IS NOT NULL");
    st.bind(1, id);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Uuid>{};
    return std::optional<Uuid>{st.uuid(0)};
}

Result<std::optional<Uuid>> MergeStore::mergedIntoByReference(std::string_view caseReference)
{
    Statement st(m_db, "SELECT merged_into FROM people INDEXED BY people_merged WHERE case_reference = ? AND "
                       "merged_into IS NOT NULL");
    st.bind(1, caseReference);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Uuid>{};
    return std::optional<Uuid>{st.uuid(0)};
}

} // namespace waymark
