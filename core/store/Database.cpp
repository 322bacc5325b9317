#include "core/store/Database.h"

#include "core/Text.h"
#include "core/Uuid.h"
#include "core/security/SecureBytes.h"
#include "core/store/ChangeDigest.h"
#include "core/store/PageStats.h"

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace waymark {

namespace {

Error sqliteError(sqlite3* db, int rc, std::string_view what)
{
    const int primary = rc & 0xFF;
    ErrorCode code = ErrorCode::Internal;
    switch (primary) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        code = ErrorCode::Damaged;
        break;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        code = ErrorCode::Io;
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        code = ErrorCode::Busy;
        break;
    case SQLITE_CONSTRAINT:
        code = ErrorCode::Conflict;
        break;
    case SQLITE_INTERRUPT: {
        Error e = Error::make(ErrorCode::Cancelled, std::string(what) + ": interrupted");
        e.rule = "interrupted";
        return e;
    }
    default:
        break;
    }
    std::string detail(what);
    detail += ": ";
    detail += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    if (code == ErrorCode::Io) {
        // Said in plain words ("the disk is full", "read-only"), from the system's own error
        // where SQLite kept it.
        const int sysErr = db ? sqlite3_system_errno(db) : 0;
        if (primary == SQLITE_FULL || sysErr == ENOSPC || sysErr == EDQUOT)
            return ioErrorFromErrno(ENOSPC, detail);
        if (primary == SQLITE_READONLY || sysErr == EROFS)
            return ioErrorFromErrno(EROFS, detail);
        if (primary == SQLITE_PERM || sysErr == EACCES || sysErr == EPERM)
            return ioErrorFromErrno(EACCES, detail);
        if (sysErr != 0)
            return ioErrorFromErrno(sysErr, detail);
        Error e = Error::make(code, "the disk could not be read or written (" + detail + ")");
        e.rule = "io";
        return e;
    }
    return Error::make(code, std::move(detail));
}

} // namespace

// SQLite's memory statistics (sqlite3_memory_used and the soft heap limit, neither of which
// Waymark uses) take a global mutex on every allocation, and the linked library is built
// without lookaside, so every small allocation of the engine meets it: off.
void Database::prepareEngine()
{
    static const bool configured = [] {
        // SQLITE_MISUSE when the engine was already started by someone else: harmless.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    (void)configured;
}

Result<std::unique_ptr<Database>> Database::open(const std::filesystem::path& path, const SecureBytes& key, bool create)
{
    if (create) {
        // Owner-only from the first byte; SQLite gives its WAL and index files the same mode.
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd < 0) {
            if (errno == EEXIST)
                return fail(ErrorCode::AlreadyExists, "cannot create the casebook file: it exists");
            return std::unexpected(ioErrorFromErrno(errno, "creating the casebook file"));
        }
        ::close(fd);
    }
    prepareEngine();
    sqlite3* raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw));
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(raw, rc, "open"));
    sqlite3_extended_result_codes(raw, 1);
    // SQLite quietly opens a write-protected file read-only; a casebook must be writable
    // (every sign-in is audited), so say so now rather than fail on the first write.
    if (sqlite3_db_readonly(raw, "main") == 1)
        return std::unexpected(ioErrorFromErrno(EROFS, "the casebook file cannot be written"));

    if (cipherVersion(raw).empty())
        return fail(ErrorCode::Engine, "the linked SQLite is not SQLCipher (PRAGMA cipher_version is empty)");

    // Raw key: x'<64 hex digits>' — built in locked memory and wiped after use.
    SecureBytes keySpec(3 + key.size() * 2 + 1);
    char* spec = reinterpret_cast<char*>(keySpec.data());
    spec[0] = 'x';
    spec[1] = '\'';
    sodium_bin2hex(spec + 2, key.size() * 2 + 1, key.data(), key.size());
    spec[2 + key.size() * 2] = '\'';
    rc = sqlite3_key_v2(raw, "main", spec, static_cast<int>(3 + key.size() * 2));
    keySpec.wipe();
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(raw, rc, "key"));
    // SQLCipher logs decryption failures to stderr (and resets the level when keyed); Waymark
    // reports them itself, without page numbers on the user's terminal.
    sqlite3_exec(raw, "PRAGMA cipher_log_level = NONE", nullptr, nullptr, nullptr);

    // Another program may be writing: wait for it rather than call the file damaged.
    sqlite3_busy_timeout(raw, 5000);
    // Prove the key before anything else: reading the schema decrypts page 1.
    rc = sqlite3_exec(raw, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        Error e = sqliteError(raw, rc, "reading the first page");
        if (e.code != ErrorCode::Io && e.code != ErrorCode::Busy)
            e.code = ErrorCode::Damaged; // not a database, or a page failed its HMAC
        return std::unexpected(e);
    }

    // WAL with synchronous=FULL: every commit is durable with one fsync of the (encrypted)
    // write-ahead log, readers on a second connection never block the writer. Rollback
    // journal measured 4x slower per audited action here; see docs/storage.md.
    // A new file frees pages back to the file system bit by bit (incremental auto-vacuum,
    // run on close); it can only be chosen before the first table exists.
    if (create) {
        rc = sqlite3_exec(raw, "PRAGMA auto_vacuum = INCREMENTAL", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return std::unexpected(sqliteError(raw, rc, "auto_vacuum"));
    }
    // The WAL is truncated back to 64 MiB after a checkpoint, so one big write (a demo, an
    // import) does not leave a large -wal file behind for the rest of the session.
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY",
                               "PRAGMA synchronous = FULL", "PRAGMA journal_mode = WAL", "PRAGMA secure_delete = ON",
                               "PRAGMA journal_size_limit = 67108864"}) {
        rc = sqlite3_exec(raw, pragma, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return std::unexpected(sqliteError(raw, rc, pragma));
    }
    // The connection's viewer for the restricted-records rule (store/Visibility.h): empty until
    // the Casebook door signs a user in, so a connection nobody signed in to sees no restricted record.
    rc = sqlite3_exec(raw, "CREATE TEMP TABLE IF NOT EXISTS waymark_viewer (user_id BLOB NOT NULL)", nullptr, nullptr,
                      nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(raw, rc, "viewer"));
    db->m_ready = true;
    return db;
}

Database::Database(sqlite3* db)
    : m_db(db)
{}

ChangeTally& Database::changeTally()
{
    if (!m_tally)
        m_tally = std::make_unique<ChangeTally>();
    return *m_tally;
}

Database::~Database()
{
    if (m_ready)
        housekeep();
    for (auto& [sql, stmt] : m_cache)
        sqlite3_finalize(stmt);
    if (m_db)
        sqlite3_close_v2(m_db);
}

std::string Database::cipherVersion(sqlite3* db)
{
    sqlite3_stmt* st = nullptr;
    std::string version;
    if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        if (const auto* t = sqlite3_column_text(st, 0))
            version = reinterpret_cast<const char*>(t);
    sqlite3_finalize(st);
    return version;
}

namespace {

void collectProblems(Database& db, const char* pragma, std::vector<std::string>& problems, std::int64_t pageSize = 0)
{
    Statement st(db, pragma);
    auto r = st.forEachRow([&] {
        if (std::string line = st.text(0);
            line != "ok" && !(pageSize > 0 && Database::isPageCheckOverflowReport(line, pageSize)))
            problems.push_back(std::move(line));
    });
    if (!r)
        problems.push_back(r.error().detail);
}

std::int64_t pageSizeOf(Database& db)
{
    Statement st(db, "PRAGMA page_size");
    std::int64_t size = 0;
    if (!st.forEachRow([&] { size = st.integer(0); }))
        return 0;
    return size;
}

} // namespace

bool Database::isPageCheckOverflowReport(std::string_view line, std::int64_t pageSize)
{
    constexpr std::string_view kPrefix = "HMAC verification failed for page ";
    if (pageSize <= 0 || !line.starts_with(kPrefix))
        return false;
    const std::string_view digits = line.substr(kPrefix.size());
    std::int64_t page = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), page);
    if (ec != std::errc{} || end != digits.data() + digits.size() || page < 1)
        return false;
    return (page - 1) * pageSize >= (std::int64_t{1} << 32);
}

std::vector<std::string> Database::integrityProblems(const SecureBytes* key,
                                                     const std::function<void(Database&)>& alongside)
{
    std::vector<std::string> pageProblems;
    std::vector<std::string> treeProblems;
    // Only outside a transaction: inside one, the second connection would not see its changes.
    std::unique_ptr<Database> second;
    if (key && sqlite3_get_autocommit(m_db)) {
        auto opened = Database::open(std::filesystem::path(sqlite3_db_filename(m_db, "main")), *key, false);
        if (opened) {
            second = std::move(*opened);
            second->m_ready = false; // a reader for a moment: no housekeeping when it closes
        }
    }
    if (second) {
        // The second connection reads the same snapshot as long as nothing commits meanwhile;
        // a commit in between only means each check saw a sound file of its own moment.
        std::thread pages([&] {
            collectProblems(*second, "PRAGMA cipher_integrity_check", pageProblems, pageSizeOf(*second));
            if (alongside)
                alongside(*second);
        });
        collectProblems(*this, "PRAGMA integrity_check", treeProblems);
        pages.join();
    } else {
        collectProblems(*this, "PRAGMA cipher_integrity_check", pageProblems, pageSizeOf(*this));
        if (alongside)
            alongside(*this);
        collectProblems(*this, "PRAGMA integrity_check", treeProblems);
    }
    pageProblems.insert(pageProblems.end(), std::make_move_iterator(treeProblems.begin()),
                        std::make_move_iterator(treeProblems.end()));
    return pageProblems;
}

std::optional<std::int64_t> Database::cachedId(const std::string& key) const
{
    const auto it = m_ids.find(key);
    return it == m_ids.end() ? std::nullopt : std::optional<std::int64_t>(it->second);
}

void Database::cacheId(std::string key, std::int64_t id)
{
    m_ids.emplace(std::move(key), id);
}

namespace {

std::int64_t pragmaInt(sqlite3* db, const char* sql)
{
    sqlite3_stmt* st = nullptr;
    std::int64_t v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

} // namespace

Status Database::gatherStatistics()
{
    // Bounded, so closing stays quick at any size.
    return exec("PRAGMA analysis_limit = 400; PRAGMA optimize");
}

void Database::housekeep()
{
    if (!sqlite3_get_autocommit(m_db))
        return; // a transaction is still open (an error path): leave the file as it is
    (void)gatherStatistics();
    // Give free pages back to the file system, a bounded amount per close (10 MiB of 4 KiB
    // pages), once more than 1 MiB is free. Only files created with incremental
    // auto-vacuum (or compacted since) can do this.
    if (pragmaInt(m_db, "PRAGMA auto_vacuum") == 2 && pragmaInt(m_db, "PRAGMA freelist_count") > 256)
        sqlite3_exec(m_db, "PRAGMA incremental_vacuum(2560)", nullptr, nullptr, nullptr);
}

Result<std::vector<Database::Space>> Database::space()
{
    // Which b-tree is which, then a decrypted image of the file as the pager sees it (kept in
    // memory only, wiped after use) to count pages and entries per b-tree.
    std::vector<SchemaObject> objects{{"sqlite_schema", 1}};
    {
        Statement st(*this, "SELECT name, rootpage FROM sqlite_schema WHERE rootpage > 0 ORDER BY name");
        if (auto r = st.forEachRow([&] {
                objects.push_back(SchemaObject{st.text(0), static_cast<std::uint32_t>(st.integer(1))});
            });
            !r)
            return std::unexpected(r.error());
    }
    // The image is one allocation, which SQLite caps just under 2 GiB; the linked SQLCipher
    // has neither sqlite_dbpage nor dbstat to read pages one at a time.
    constexpr std::int64_t kLargestImage = 2'147'483'391; // SQLITE_MAX_ALLOCATION_SIZE
    if (const std::int64_t bytes = pragmaInt(m_db, "PRAGMA page_count") * pragmaInt(m_db, "PRAGMA page_size");
        bytes > kLargestImage) {
        char size[32];
        std::snprintf(size, sizeof size, "%.1f", static_cast<double>(bytes) / 1e9);
        return fail(ErrorCode::Engine, std::string("the space per table can be counted for casebooks up to 2 GB; this "
                                                   "one is ") +
                                           size + " GB");
    }
    sqlite3_int64 size = 0;
    unsigned char* image = sqlite3_serialize(m_db, "main", &size, 0);
    if (!image)
        return fail(ErrorCode::Io, "could not read the casebook's pages");
    auto stats = walkBtrees(std::span<const std::uint8_t>(image, static_cast<std::size_t>(size)), objects);
    sodium_memzero(image, static_cast<std::size_t>(size));
    sqlite3_free(image);
    if (!stats)
        return std::unexpected(stats.error());
    const std::int64_t pageSize = pragmaInt(m_db, "PRAGMA page_size");
    std::vector<Space> out;
    std::int64_t used = 0;
    for (const auto& s : *stats) {
        out.push_back(Space{s.name, s.pages * pageSize, s.entries});
        used += s.pages;
    }
    const std::int64_t free = pragmaInt(m_db, "PRAGMA freelist_count");
    if (free > 0)
        out.push_back(Space{"(free pages)", free * pageSize, 0});
    // Pointer-map pages of auto-vacuum (and SQLite's lock-byte page in files over 1 GiB).
    const std::int64_t other = pragmaInt(m_db, "PRAGMA page_count") - used - free;
    if (other > 0)
        out.push_back(Space{"(page maps)", other * pageSize, 0});
    std::stable_sort(out.begin(), out.end(), [](const Space& a, const Space& b) { return a.bytes > b.bytes; });
    return out;
}

double Database::freeShare()
{
    const std::int64_t pages = pragmaInt(m_db, "PRAGMA page_count");
    return pages > 0 ? static_cast<double>(pragmaInt(m_db, "PRAGMA freelist_count")) / static_cast<double>(pages) : 0.0;
}

Status Database::compact(const std::function<bool(int)>& progress)
{
    // VACUUM copies every page into a new image and writes it back through the WAL in one
    // transaction: a crash at any moment leaves either the old or the new file, both whole.
    const std::int64_t pages = std::max<std::int64_t>(1, pragmaInt(m_db, "PRAGMA page_count"));
    struct Ticks
    {
        const std::function<bool(int)>* progress;
        std::int64_t expected;
        std::int64_t ticks = 0;
        int last = -1;
    } ticks{&progress, pages * 40};
    // The progress handler runs every 1,000 virtual-machine steps; VACUUM takes roughly
    // 40,000 steps per 1,000 pages (measured here), so this is an estimate, capped at 99.
    sqlite3_progress_handler(
        m_db, 1000,
        [](void* p) -> int {
            auto* t = static_cast<Ticks*>(p);
            const int percent = static_cast<int>(std::min<std::int64_t>(99, ++t->ticks * 100 / t->expected));
            if (percent != t->last && *t->progress) {
                t->last = percent;
                if (!(*t->progress)(percent))
                    return 1; // interrupt: VACUUM rolls back, the file is unchanged
            }
            return 0;
        },
        &ticks);
    auto st = exec("PRAGMA auto_vacuum = INCREMENTAL");
    if (st)
        st = exec("VACUUM");
    sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    if (!st) {
        if ((sqlite3_extended_errcode(m_db) & 0xFF) == SQLITE_INTERRUPT)
            return fail(ErrorCode::Cancelled, "compacting was cancelled; the casebook is unchanged");
        return st;
    }
    // Fold the WAL back into the file and truncate it, so the space is really returned.
    (void)exec("PRAGMA wal_checkpoint(TRUNCATE)");
    if (progress)
        progress(100);
    return {};
}

Status Database::exec(std::string_view sql)
{
    const std::string s(sql);
    const int rc = sqlite3_exec(m_db, s.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(m_db, rc, "exec"));
    return {};
}

void Database::interrupt()
{
    m_interrupted.store(true, std::memory_order_relaxed);
    sqlite3_interrupt(m_db);
}

Error Database::lastError(std::string_view what) const
{
    return sqliteError(m_db, sqlite3_extended_errcode(m_db), what);
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

sqlite3_stmt* Database::cachedStatement(std::string_view sql)
{
    for (auto& [text, stmt] : m_cache)
        if (text == sql)
            return stmt;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) !=
        SQLITE_OK)
        return nullptr;
    m_cache.emplace_back(std::string(sql), stmt);
    return stmt;
}

Statement::Statement(Database& db, std::string_view sql, bool cached)
    : m_db(db)
    , m_cached(cached)
{
    if (cached) {
        m_stmt = db.cachedStatement(sql);
        if (!m_stmt)
            m_error = db.lastError("prepare");
        return;
    }
    const int rc = sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()), 0, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        m_error = db.lastError("prepare");
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    if (m_cached) {
        if (m_stmt) {
            sqlite3_reset(m_stmt);
            sqlite3_clear_bindings(m_stmt);
        }
        return;
    }
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const Uuid& id)
{
    return bindBlob(index, id.bytes().data(), id.bytes().size());
}

Statement& Statement::bindBlob(int index, const void* data, std::size_t size)
{
    sqlite3_bind_blob(m_stmt, index, data, static_cast<int>(size), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bindOptionalText(int index, std::string_view text)
{
    return text.empty() ? bindNull(index) : bind(index, text);
}

Result<bool> Statement::step()
{
    if (!m_stmt)
        return std::unexpected(m_error);
    if (m_db.interrupted()) {
        // Interrupted between statements (sqlite3_interrupt only stops one that is running).
        sqlite3_reset(m_stmt);
        m_error = Error::make(ErrorCode::Cancelled, "step: interrupted");
        m_error.rule = "interrupted";
        return std::unexpected(m_error);
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_error = m_db.lastError("step");
    return std::unexpected(m_error);
}

Status Statement::run()
{
    return forEachRow([] {});
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::string Statement::text(int column) const
{
    const auto* t = sqlite3_column_text(m_stmt, column);
    if (!t)
        return {};
    return std::string(reinterpret_cast<const char*>(t),
                       static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)));
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::span<const std::uint8_t> Statement::blobView(int column) const
{
    const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? std::span<const std::uint8_t>(p, static_cast<std::size_t>(n)) : std::span<const std::uint8_t>{};
}

Uuid Statement::uuid(int column) const
{
    return Uuid::fromBytes(sqlite3_column_blob(m_stmt, column),
                           static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)));
}

std::vector<std::uint8_t> Statement::blob(int column) const
{
    const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? std::vector<std::uint8_t>(p, p + n) : std::vector<std::uint8_t>{};
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

std::string Statement::columnName(int column) const
{
    const char* name = m_stmt ? sqlite3_column_name(m_stmt, column) : nullptr;
    return name ? std::string(name) : std::string();
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    // Inside another transaction this one is a savepoint of it: its commit keeps its work for
    // the outer commit, its rollback undoes only its own work. So a desk that writes in its own
    // transaction can be called from a larger one (an import: one transaction per file).
    m_nested = !sqlite3_get_autocommit(db.handle());
    m_begun = db.exec(m_nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE");
    if (!m_begun)
        m_done = true;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    if (m_nested) {
        (void)m_db.exec("ROLLBACK TO nested");
        (void)m_db.exec("RELEASE nested");
    } else {
        (void)m_db.exec("ROLLBACK");
    }
}

Status Transaction::commit()
{
    if (m_done)
        return m_begun ? fail(ErrorCode::Internal, "transaction already finished") : m_begun;
    auto st = m_db.exec(m_nested ? "RELEASE nested" : "COMMIT");
    if (!st) {
        if (m_nested) {
            (void)m_db.exec("ROLLBACK TO nested");
            (void)m_db.exec("RELEASE nested");
        } else {
            (void)m_db.exec("ROLLBACK");
        }
    }
    m_done = true;
    return st;
}

} // namespace waymark
