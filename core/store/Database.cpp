#include "core/store/Database.h"

#include "core/Text.h"
#include "core/Uuid.h"
#include "core/security/SecureBytes.h"

#include <sodium.h>
#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
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
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY",
                               "PRAGMA synchronous = FULL", "PRAGMA journal_mode = WAL", "PRAGMA secure_delete = ON"}) {
        rc = sqlite3_exec(raw, pragma, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return std::unexpected(sqliteError(raw, rc, pragma));
    }
    return db;
}

Database::~Database()
{
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

std::vector<std::string> Database::integrityProblems()
{
    std::vector<std::string> problems;
    for (const char* pragma : {"PRAGMA cipher_integrity_check", "PRAGMA integrity_check"}) {
        Statement st(*this, pragma);
        auto r = st.forEachRow([&] {
            if (std::string line = st.text(0); line != "ok")
                problems.push_back(std::move(line));
        });
        if (!r)
            problems.push_back(r.error().detail);
    }
    return problems;
}

Status Database::exec(std::string_view sql)
{
    const std::string s(sql);
    const int rc = sqlite3_exec(m_db, s.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(m_db, rc, "exec"));
    return {};
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

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_begun = db.exec("BEGIN IMMEDIATE");
    if (!m_begun)
        m_done = true;
}

Transaction::~Transaction()
{
    if (!m_done)
        (void)m_db.exec("ROLLBACK");
}

Status Transaction::commit()
{
    if (m_done)
        return m_begun ? fail(ErrorCode::Internal, "transaction already finished") : m_begun;
    auto st = m_db.exec("COMMIT");
    if (!st) {
        (void)m_db.exec("ROLLBACK");
    }
    m_done = true;
    return st;
}

} // namespace waymark
