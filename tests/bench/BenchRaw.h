#pragma once

// The raw baselines: the statement sequences of tests/bench/RawSql.h run on a bare SQLCipher
// connection (or, without a key, on plain SQLite: the linked SQLCipher with no key), opened
// and configured as core/store/Database.cpp opens one. No Waymark code runs in between, apart
// from the same pure functions Waymark calls on the values (name folding, SHA-256 of the
// audit chain, time formatting), so the ratio waymark/raw is Waymark's own overhead.

#include "RawSql.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace waymark::bench {

// Who the raw calls act as: what a signed-in Casebook holds in memory.
struct RawIdentity
{
    std::vector<std::uint8_t> userId; // 16 bytes
    std::string userIdText;           // canonical text, as the audit hash feeds it
    std::string username;
    std::string siteId;
};

// What a raw search / list returns: the rows it read (every column touched).
struct RawRows
{
    int rows = 0;
};

class RawConn
{
public:
    // keyHex: "x'...'" raw key spec; empty for an unencrypted file. Aborts the benchmark on failure.
    static std::unique_ptr<RawConn> open(const std::filesystem::path& path, const std::string& keySpec,
                                         RawIdentity identity);
    // Wraps a connection opened elsewhere (not closed here), for benchmarks that run their raw
    // SQL on the casebook's own connection and need only the door's bookkeeping from here.
    static std::unique_ptr<RawConn> wrap(sqlite3* handle, RawIdentity identity);
    // The door's work around a reading: the role check (the user's row) and the consultation's
    // audit row in a transaction of its own, committed without an fsync.
    void doorForReading(const std::string& operation, const std::string& recordType, const std::string& detail);
    // The door's work around a write, without Waymark code: the role check, BEGIN IMMEDIATE,
    // the caller's statements (`body`, which records its change-log rows with changeSet and
    // changeRecord), the audit row with its hash, COMMIT (at the connection's synchronous=FULL).
    void writeThroughDoor(const std::string& operation, const std::string& recordType,
                          const std::vector<std::uint8_t>& recordId, const std::function<void()>& body);
    // ChangeLog::record's rows: the mutation's set (returns its seq) and one record per row
    // with its packed columns (column number, length + 1, bytes; see ChangeLog.cpp).
    std::int64_t changeSet(const std::string& hlc);
    void changeRecord(std::int64_t setSeq, const std::string& table, const std::vector<std::uint8_t>& recordId,
                      const std::vector<std::pair<std::string, std::string>>& columns);
    std::string hlc() { return nextHlc(); }
    ~RawConn();
    RawConn(const RawConn&) = delete;
    RawConn& operator=(const RawConn&) = delete;

    sqlite3* handle() { return m_db; }
    void exec(const char* sql);
    std::int64_t scalar(const std::string& sql, const std::vector<std::string>& params = {});
    std::string scalarText(const std::string& sql, const std::vector<std::string>& params = {});

    // People::search / list / count / view / update, verify: the same sequences as Waymark.
    RawRows searchNames(const std::string& ftsQuery, int limit);
    RawRows searchReference(const std::string& upperPrefix, int limit);
    RawRows searchDob(const std::string& isoDate, int limit);
    RawRows searchReferenceNumber(const std::string& number, int limit);
    RawRows searchPostcode(const std::string& key, int limit);
    RawRows listFirstPage(int filterIndex, int limit, int sortIndex = 0, bool descending = false);
    std::int64_t count(int filterIndex);
    // People::duplicateCandidates' SQL for a draft: its date-of-birth variants (ISO), postcode
    // without spaces ("" for none) and name-key pairs (family key, given key).
    RawRows duplicateCandidates(const std::vector<std::string>& dates, const std::string& postcodeKey,
                                const std::vector<std::pair<std::string, std::string>>& nameKeys);
    int view(const std::vector<std::uint8_t>& personId);
    void saveEdit(const std::vector<std::uint8_t>& personId, const std::string& phoneA, const std::string& phoneB);
    bool verify();

private:
    RawConn() = default;
    sqlite3_stmt* statement(const rawsql::Sql& sql); // cached or freshly prepared
    void release(const rawsql::Sql& sql, sqlite3_stmt* st);
    void authorise();
    // The one audit append (AuditLog::append) inside the caller's transaction.
    void auditAppend(const std::string& operation, const std::string& recordType,
                     const std::vector<std::uint8_t>& recordId, const std::string& detail);
    // Casebook::audit outside a transaction: in one of its own.
    void auditInOwnTransaction(const std::string& operation, const std::string& recordType,
                               const std::vector<std::uint8_t>& recordId, const std::string& detail);
    // Casebook::auditConsultation
    void auditConsultation(const std::string& operation, const std::string& recordType,
                           const std::vector<std::uint8_t>& recordId, const std::string& detail);
    RawRows summaries(sqlite3_stmt* st);
    // PersonStore::inDisplayOrder over the rowids `rowids` yields in order.
    int inDisplayOrder(sqlite3_stmt* rowids, int limit);
    // PersonStore::load; returns the person row's columns and the aliases.
    struct Loaded
    {
        std::vector<std::string> columns;
        std::vector<std::string> aliases;
    };
    Loaded load(const std::vector<std::uint8_t>& personId);
    std::string nextHlc();
    std::int64_t changeColumn(const std::string& table, const std::string& column);

    sqlite3* m_db = nullptr;
    RawIdentity m_identity;
    std::map<const char*, sqlite3_stmt*> m_cache;
    std::map<std::string, std::int64_t> m_changeColumns;
    std::int64_t m_hlcMillis = 0;
    // The audit rows' signing (schema 17) and change coverage (schema 19), as AuditLog::append
    // and the connection's ChangeTally do them: a key pair of the raw connection's own (signing
    // costs the same whoever's key it is), and a BLAKE2b state fed by changeRecord.
    std::array<std::uint8_t, 64> m_signSecret{};
    std::array<std::uint8_t, 32> m_signPublic{};
    struct Tally;
    std::unique_ptr<Tally> m_tally;
    std::int64_t m_setSeq = 0;
    std::string m_setHlc;
    void startSigning();
    bool m_owned = true;
    int m_hlcCounter = 0;
};

std::string rawKeySpec(const std::uint8_t* key, std::size_t size);
// PersonStore::searchNames' FTS5 query for a typed query.
std::string ftsQuery(const std::string& typed);

} // namespace waymark::bench
