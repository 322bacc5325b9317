#pragma once

#include "core/Error.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace waymark {

class ChangeTally;
class NoteSearchSink;
class SecureBytes;
class Uuid;

// One SQLCipher connection (RAII). The key is the casebook's 32 random bytes, given to
// SQLCipher as a raw key so its own password KDF does not run.
class Database
{
public:
    // Opens (creating when `create`) and keys the file, applies the PRAGMAs, and proves the
    // key by reading the schema. Damaged for a file that is not a casebook or fails to decrypt.
    static Result<std::unique_ptr<Database>> open(const std::filesystem::path& path, const SecureBytes& key,
                                                  bool create);
    // Process-wide engine settings; open() calls it, and so must anything that starts the
    // engine before the first open (it must come before SQLite initialises). Idempotent.
    static void prepareEngine();
    // The query planner's statistics for what this connection has queried (bounded
    // `PRAGMA optimize`); closing a connection gathers them too.
    Status gatherStatistics();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() { return m_db; }
    Status exec(std::string_view sql);
    Error lastError(std::string_view what) const; // maps SQLite's code to an Error
    std::int64_t lastInsertRowId() const;
    int changes() const;

    static std::string cipherVersion(sqlite3* db);
    // PRAGMA cipher_integrity_check (every page's HMAC) and PRAGMA integrity_check (the
    // b-trees, every index against its table): the problems found, none when the file is
    // sound. With `key`, the page check runs at the same time on a second connection (it
    // reads every page; the b-tree check is mostly CPU), so the two take the time of the
    // longer one on a machine with two cores. `alongside` (optional) runs after the page
    // check on the same connection as it (another reading, e.g. the audit chain).
    std::vector<std::string> integrityProblems(const SecureBytes* key = nullptr,
                                               const std::function<void(Database&)>& alongside = {});
    // SQLCipher up to 4.6 computes the page check's file offsets in 32 bits, so in a file
    // larger than 4 GiB it reports "HMAC verification failed for page N" for every page
    // past 4 GiB although nothing is wrong (upstream issue 604). True for such a line: the
    // page lies past 4 GiB at `pageSize`. integrityProblems() drops these lines; the b-tree
    // check still reads, and so authenticates, every page in use there.
    static bool isPageCheckOverflowReport(std::string_view line, std::int64_t pageSize);

    // Small per-connection memo for numbers that never change once written (the change
    // log's column numbers). Never cache anything a rollback could take back.
    std::optional<std::int64_t> cachedId(const std::string& key) const;
    void cacheId(std::string key, std::int64_t id);
    // Forgets the memo: after the whole database was replaced (a restore from a backup).
    void forgetCachedIds() { m_ids.clear(); }

    // The running digest of the change records this connection writes (core/store/ChangeDigest.h).
    ChangeTally& changeTally();

    // A new casebook being built whole (the demo's build, which throws away anything
    // unfinished): the notes' words go to `sink` (core/store/NoteSearchBuilder.h) instead of
    // this connection's full-text index, which the builder fills at the end. None by default.
    void setNoteSearchSink(NoteSearchSink* sink) { m_searchSink = sink; }
    NoteSearchSink* noteSearchSink() const { return m_searchSink; }

    // Housekeeping on close: PRAGMA optimize, and a bounded incremental vacuum when many
    // pages are free. Also run by the destructor of a connection that opened cleanly.
    void housekeep();
    // Closing will not housekeep (nor write anything): for a file that was replaced and must
    // stay as its replacement left it (a rekey's old file).
    void skipHousekeepingOnClose() { m_ready = false; }

    struct Space
    {
        std::string name; // table or index
        std::int64_t bytes = 0;
        std::int64_t rows = 0; // entries (cells on leaf pages)
    };
    // Bytes and rows per table and index (SQLite's dbstat), largest first.
    Result<std::vector<Space>> space();

    // Stops the statement running on this connection now (it fails with Cancelled, rule
    // "interrupted", within a few milliseconds) and fails every later step() the same way
    // until clearInterrupt(), so a long job on a worker's own connection ends at its next
    // statement at the latest. Thread-safe: any thread may call it while the connection is
    // open (the caller keeps it open meanwhile). A read transaction interrupted this way is
    // left to its ROLLBACK; a write is rolled back by SQLite.
    void interrupt();
    bool interrupted() const { return m_interrupted.load(std::memory_order_relaxed); }
    void clearInterrupt() { m_interrupted.store(false, std::memory_order_relaxed); }

    // Free pages as a share of the file (0..1).
    double freeShare();

    // VACUUM (in one transaction through the WAL, so a crash midway leaves the old file),
    // switching the file to incremental auto-vacuum. `progress` gets 0..100.
    Status compact(const std::function<bool(int)>& progress);

private:
    friend class Statement;
    explicit Database(sqlite3* db);
    sqlite3_stmt* cachedStatement(std::string_view sql);

    sqlite3* m_db = nullptr;
    bool m_ready = false; // keyed and configured: housekeeping on close is safe
    NoteSearchSink* m_searchSink = nullptr;
    std::vector<std::pair<std::string, sqlite3_stmt*>> m_cache;
    std::map<std::string, std::int64_t, std::less<>> m_ids;
    std::unique_ptr<ChangeTally> m_tally;
    std::atomic<bool> m_interrupted{false};
};

// A prepared statement. bind*() use 1-based indexes; column*() 0-based.
class Statement
{
public:
    // `cached`: borrow a statement prepared once per connection (hot paths). A cached
    // statement must not be in use twice at the same time.
    Statement(Database& db, std::string_view sql, bool cached = false);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool ok() const { return m_stmt != nullptr; }
    const Error& error() const { return m_error; }

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    Statement& bind(int index, const Uuid& id);
    Statement& bindBlob(int index, const void* data, std::size_t size);
    Statement& bindNull(int index);
    Statement& bindOptionalText(int index, std::string_view text); // NULL when empty

    // true: a row is ready; false: done. Errors: check error() after false (or use run()).
    Result<bool> step();
    Status run(); // step to completion, expecting no rows
    // Calls onRow() for every row (read the columns with text(), integer()...); stops at the
    // first error.
    template <typename F> Status forEachRow(F&& onRow)
    {
        for (;;) {
            auto row = step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                return {};
            onRow();
        }
    }
    void reset();

    std::string text(int column) const;
    std::int64_t integer(int column) const;
    bool boolean(int column) const { return integer(column) != 0; }
    Uuid uuid(int column) const;
    std::vector<std::uint8_t> blob(int column) const;
    // The column's bytes without a copy: valid until the next step() or reset().
    std::span<const std::uint8_t> blobView(int column) const;
    bool isNull(int column) const;
    // The result's columns (their names as the SELECT gave them, without a table prefix).
    int columnCount() const;
    std::string columnName(int column) const;

private:
    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
    Error m_error;
    bool m_cached = false;
};

// BEGIN IMMEDIATE .. COMMIT; rolls back unless commit() succeeded. Begun inside another
// transaction it is a savepoint (SAVEPOINT .. RELEASE): committing it leaves its work to the
// outer transaction, which alone makes it durable; rolling it back undoes only its own work.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& begun() const { return m_begun; }
    Status commit();

private:
    Database& m_db;
    Status m_begun;
    bool m_done = false;
    bool m_nested = false;
};

} // namespace waymark
