// The raw baseline's door: the audit row with its hash chain, Ed25519 signature and change
// coverage, and the change set and records a write leaves (what Waymark's AuditLog, Signing and
// ChangeLog do, in plain SQL and libsodium).
#include "BenchRaw.h"
#include "BenchRawDetail.h"

#include "core/Clock.h"
#include "core/Text.h"

#include <sodium.h>
#include <sqlite3.h>

#include <array>
#include <chrono>
#include <cstring>

namespace waymark::bench {

using namespace rawsqlite;

void RawConn::startSigning()
{
    crypto_sign_keypair(m_signPublic.data(), m_signSecret.data());
    m_tally = std::make_unique<Tally>();
}

namespace {

// AuditLog.cpp's rowHash: SHA-256(previous || length-prefixed fields).
using Hash = std::array<std::uint8_t, crypto_hash_sha256_BYTES>;

void feed(crypto_hash_sha256_state& st, const std::string& field)
{
    const std::uint64_t n = field.size();
    unsigned char len[8];
    for (int i = 0; i < 8; ++i)
        len[i] = static_cast<unsigned char>(n >> (8 * i));
    crypto_hash_sha256_update(&st, len, sizeof len);
    crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char*>(field.data()), field.size());
}

Hash rowHash(const Hash& previous, std::int64_t seq, const std::array<std::string, 7>& fields)
{
    crypto_hash_sha256_state st;
    crypto_hash_sha256_init(&st);
    crypto_hash_sha256_update(&st, previous.data(), previous.size());
    feed(st, std::to_string(seq));
    for (const auto& f : fields)
        feed(st, f);
    Hash h{};
    crypto_hash_sha256_final(&st, h.data());
    return h;
}

} // namespace

void RawConn::doorForReading(const std::string& operation, const std::string& recordType, const std::string& detail)
{
    authorise();
    auditConsultation(operation, recordType, {}, detail);
}

void RawConn::writeThroughDoor(const std::string& operation, const std::string& recordType,
                               const std::vector<std::uint8_t>& recordId, const std::function<void()>& body)
{
    authorise();
    exec(rawsql::kBegin);
    body();
    auditAppend(operation, recordType, recordId, {});
    exec(rawsql::kCommit);
}

std::int64_t RawConn::changeSet(const std::string& hlc)
{
    sqlite3_stmt* set = statement(rawsql::kChangeSetInsert);
    bindText(set, 1, hlc);
    bindBlob(set, 2, m_identity.userId);
    check(m_db, sqlite3_step(set), "change set");
    release(rawsql::kChangeSetInsert, set);
    m_setSeq = sqlite3_last_insert_rowid(m_db);
    m_setHlc = hlc;
    return m_setSeq;
}

void RawConn::changeRecord(std::int64_t setSeq, const std::string& table, const std::vector<std::uint8_t>& recordId,
                           const std::vector<std::pair<std::string, std::string>>& columns)
{
    std::vector<std::uint8_t> packed;
    for (const auto& [column, value] : columns) {
        appendLeb(packed, static_cast<std::uint64_t>(changeColumn(table, column)));
        appendLeb(packed, value.size() + 1);
        packed.insert(packed.end(), value.begin(), value.end());
    }
    sqlite3_stmt* st = statement(rawsql::kChangeRecordInsert);
    sqlite3_bind_int64(st, 1, setSeq);
    sqlite3_bind_int64(st, 2, changeColumn(table, ""));
    bindBlob(st, 3, recordId);
    bindBlob(st, 4, packed);
    check(m_db, sqlite3_step(st), "change record");
    release(rawsql::kChangeRecordInsert, st);
    const std::int64_t seq = sqlite3_last_insert_rowid(m_db);
    Tally& t = *m_tally;
    if (seq != t.last + 1)
        t.restartAt(seq - 1);
    t.number(seq);
    t.number(setSeq);
    t.bytes(setSeq == m_setSeq ? m_setHlc.data() : "", setSeq == m_setSeq ? m_setHlc.size() : 0);
    t.bytes(m_identity.userId.data(), m_identity.userId.size());
    t.number(changeColumn(table, ""));
    t.bytes(recordId.data(), recordId.size());
    t.bytes(packed.data(), packed.size());
    t.last = seq;
    ++t.count;
}

void RawConn::auditAppend(const std::string& operation, const std::string& recordType,
                          const std::vector<std::uint8_t>& recordId, const std::string& detail)
{
    Hash previous{};
    std::int64_t seq = 1;
    std::int64_t previousUpto = 0;
    {
        sqlite3_stmt* st = statement(rawsql::kAuditLast);
        const int rc = sqlite3_step(st);
        check(m_db, rc, "audit last");
        if (rc == SQLITE_ROW) {
            seq = sqlite3_column_int64(st, 0) + 1;
            if (sqlite3_column_bytes(st, 1) == static_cast<int>(previous.size()))
                std::memcpy(previous.data(), sqlite3_column_blob(st, 1), previous.size());
            previousUpto = sqlite3_column_int64(st, 2);
        }
        release(rawsql::kAuditLast, st);
    }
    // The change records this row covers: (from, upto], and their digest when it wrote any.
    std::int64_t upto = 0;
    {
        sqlite3_stmt* st = statement(rawsql::kChangeUpto);
        check(m_db, sqlite3_step(st), "change upto");
        upto = sqlite3_column_int64(st, 0);
        release(rawsql::kChangeUpto, st);
    }
    std::int64_t from = upto;
    std::array<std::uint8_t, crypto_generichash_BYTES> digest{};
    bool covering = false;
    if (Tally& t = *m_tally; t.count > 0 && t.last == upto && t.start >= previousUpto) {
        from = t.start;
        crypto_generichash_final(&t.hash, digest.data(), digest.size());
        covering = true;
    }
    m_tally->restartAt(upto);
    const std::string at = formatUtcMillis(std::chrono::system_clock::now());
    const Hash hash =
        rowHash(previous, seq,
                {at, m_identity.userIdText, m_identity.username, operation, recordType, uuidText(recordId), detail});
    sqlite3_stmt* ins = statement(rawsql::kAuditInsert);
    sqlite3_bind_int64(ins, 1, seq);
    bindText(ins, 2, at);
    bindBlob(ins, 3, m_identity.userId);
    bindText(ins, 4, m_identity.username);
    bindText(ins, 5, operation);
    bindText(ins, 6, recordType);
    bindBlob(ins, 7, recordId);
    bindText(ins, 8, detail);
    sqlite3_bind_blob(ins, 9, hash.data(), static_cast<int>(hash.size()), SQLITE_TRANSIENT);
    // auditSignedMessage's "waymark-audit-v2": the row hash, the range and the digest, signed.
    static constexpr char kDomain[] = "waymark-audit-v2";
    std::vector<std::uint8_t> message(kDomain, kDomain + sizeof kDomain - 1);
    message.insert(message.end(), hash.begin(), hash.end());
    for (const std::int64_t n : {from, upto})
        for (int i = 0; i < 8; ++i)
            message.push_back(static_cast<std::uint8_t>(static_cast<std::uint64_t>(n) >> (8 * i)));
    message.push_back(static_cast<std::uint8_t>(covering ? digest.size() : 0));
    if (covering)
        message.insert(message.end(), digest.begin(), digest.end());
    std::array<std::uint8_t, crypto_sign_BYTES> signature{};
    crypto_sign_detached(signature.data(), nullptr, message.data(), message.size(), m_signSecret.data());
    sqlite3_bind_blob(ins, 10, m_signPublic.data(), static_cast<int>(m_signPublic.size()), SQLITE_TRANSIENT);
    sqlite3_bind_blob(ins, 11, signature.data(), static_cast<int>(signature.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(ins, 12, from);
    sqlite3_bind_int64(ins, 13, upto);
    if (covering)
        sqlite3_bind_blob(ins, 14, digest.data(), static_cast<int>(digest.size()), SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(ins, 14);
    check(m_db, sqlite3_step(ins), "audit insert");
    release(rawsql::kAuditInsert, ins);
    sqlite3_stmt* head = statement(rawsql::kAuditHead);
    bindText(head, 1, std::to_string(seq) + ":" + text::toHex(hash.data(), hash.size()));
    check(m_db, sqlite3_step(head), "audit head");
    release(rawsql::kAuditHead, head);
}

void RawConn::auditInOwnTransaction(const std::string& operation, const std::string& recordType,
                                    const std::vector<std::uint8_t>& recordId, const std::string& detail)
{
    exec(rawsql::kBegin);
    auditAppend(operation, recordType, recordId, detail);
    exec(rawsql::kCommit);
}

void RawConn::auditConsultation(const std::string& operation, const std::string& recordType,
                                const std::vector<std::uint8_t>& recordId, const std::string& detail)
{
    exec(rawsql::kSyncNormal);
    auditInOwnTransaction(operation, recordType, recordId, detail);
    exec(rawsql::kSyncFull);
}

bool RawConn::verify()
{
    authorise();
    bool ok = true;
    for (const char* pragma : rawsql::kIntegrityChecks) {
        sqlite3_stmt* st = nullptr;
        check(m_db, sqlite3_prepare_v2(m_db, pragma, -1, &st, nullptr), pragma);
        while (sqlite3_step(st) == SQLITE_ROW)
            ok = ok && columnText(st, 0) == "ok";
        sqlite3_finalize(st);
    }
    // AuditLog::verify: the whole chain re-hashed.
    Hash previous{};
    std::int64_t expected = 1;
    sqlite3_stmt* st = statement(rawsql::kAuditChain);
    for (;;) {
        const int rc = sqlite3_step(st);
        check(m_db, rc, "audit chain");
        if (rc != SQLITE_ROW)
            break;
        const std::int64_t seq = sqlite3_column_int64(st, 0);
        const auto blobOf = [&](int c) {
            const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(st, c));
            return p ? std::vector<std::uint8_t>(p, p + sqlite3_column_bytes(st, c)) : std::vector<std::uint8_t>{};
        };
        const auto userId = blobOf(2);
        const auto recordId = blobOf(6);
        const auto stored = blobOf(8);
        const Hash h = rowHash(previous, seq,
                               {columnText(st, 1), uuidText(userId), columnText(st, 3), columnText(st, 4),
                                columnText(st, 5), uuidText(recordId), columnText(st, 7)});
        if (seq != expected || stored.size() != h.size() || std::memcmp(stored.data(), h.data(), h.size()) != 0) {
            ok = false;
            break;
        }
        previous = h;
        ++expected;
    }
    release(rawsql::kAuditChain, st);
    const std::string head = scalarText(rawsql::kAuditHeadRead.text);
    ok = ok && head == std::to_string(expected - 1) + ":" + text::toHex(previous.data(), previous.size());
    auditInOwnTransaction("casebook.verified", "casebook", {}, ok ? "ok" : "problems found");
    return ok;
}

} // namespace waymark::bench
