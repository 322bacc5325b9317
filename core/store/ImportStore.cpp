#include "core/store/ImportStore.h"

#include "core/store/Database.h"

namespace waymark {

namespace {

Result<bool> anyRow(Statement& st)
{
    if (!st.ok())
        return std::unexpected(st.error());
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    return *row;
}

} // namespace

const char* ImportStore::createTablesSql()
{
    return R"sql(
CREATE TABLE import_batches (
    id BLOB PRIMARY KEY,
    source TEXT NOT NULL,
    file_hash TEXT NOT NULL,
    rows INTEGER NOT NULL,
    referrals INTEGER NOT NULL,
    people INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by BLOB NOT NULL
);
CREATE INDEX import_batches_hash ON import_batches(file_hash);
CREATE TABLE import_rows (
    fingerprint TEXT PRIMARY KEY,
    batch_id BLOB NOT NULL,
    line INTEGER NOT NULL
) WITHOUT ROWID;
)sql";
}

Result<bool> ImportStore::rowImported(std::string_view fingerprint)
{
    Statement st(m_db, "SELECT 1 FROM import_rows WHERE fingerprint = ?", true);
    st.bind(1, fingerprint);
    return anyRow(st);
}

Result<std::optional<ImportBatch>> ImportStore::batchByHash(std::string_view fileHash)
{
    Statement st(m_db,
                 "SELECT id, source, file_hash, rows, referrals, people, imported_at, imported_by FROM import_batches "
                 "WHERE file_hash = ? ORDER BY imported_at DESC LIMIT 1");
    st.bind(1, fileHash);
    auto row = anyRow(st);
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<ImportBatch>{};
    ImportBatch b;
    b.id = st.uuid(0);
    b.source = st.text(1);
    b.fileHash = st.text(2);
    b.rows = st.integer(3);
    b.referrals = st.integer(4);
    b.people = st.integer(5);
    b.importedAt = st.text(6);
    b.importedBy = st.uuid(7);
    return std::optional<ImportBatch>{std::move(b)};
}

Status ImportStore::addBatch(const ImportBatch& b)
{
    Statement st(m_db, "INSERT INTO import_batches (id, source, file_hash, rows, referrals, people, imported_at, "
                       "imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, b.id)
        .bind(2, b.source)
        .bind(3, b.fileHash)
        .bind(4, b.rows)
        .bind(5, b.referrals)
        .bind(6, b.people)
        .bind(7, b.importedAt)
        .bind(8, b.importedBy);
    return st.run();
}

Status ImportStore::addRow(std::string_view fingerprint, const Uuid& batchId, std::int64_t line)
{
    Statement st(m_db, "INSERT OR IGNORE INTO import_rows (fingerprint, batch_id, line) VALUES (?, ?, ?)", true);
    st.bind(1, fingerprint).bind(2, batchId).bind(3, line);
    return st.run();
}

} // namespace waymark
