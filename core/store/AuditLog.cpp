#include "core/store/AuditLog.h"

#include "core/Text.h"
#include "core/store/ChangeDigest.h"
#include "core/store/Database.h"
#include "core/store/HashFeed.h"

#include <sodium.h>

#include <array>
#include <cstring>

namespace waymark {

namespace {

// Schema 19 on: audit rows record the change log's coverage. Read once per connection: a
// casebook's schema only moves forward (migrations add no audit rows, and a restore from an
// older backup forgets the connection's memo), so once this connection has seen 19 it keeps it.
bool coversChanges(Database& db)
{
    constexpr const char* kMemo = "schema.audit_covers_changes";
    if (db.cachedId(kMemo))
        return true;
    Statement st(db, "PRAGMA user_version", true);
    auto row = st.step();
    const bool covering = row && *row && st.integer(0) >= 19;
    st.reset();
    if (covering)
        db.cacheId(kMemo, 1);
    return covering;
}

using Hash = std::array<std::uint8_t, crypto_hash_sha256_BYTES>;

void feed(crypto_hash_sha256_state& st, std::string_view field)
{
    // Length-prefixed so that no two different rows hash the same content.
    const std::uint64_t n = field.size();
    unsigned char len[8];
    for (int i = 0; i < 8; ++i)
        len[i] = static_cast<unsigned char>(n >> (8 * i));
    crypto_hash_sha256_update(&st, len, sizeof len);
    crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char*>(field.data()), field.size());
}

Hash rowHash(const Hash& previous, std::int64_t seq, const AuditEvent& e)
{
    crypto_hash_sha256_state st;
    crypto_hash_sha256_init(&st);
    crypto_hash_sha256_update(&st, previous.data(), previous.size());
    feed(st, std::to_string(seq));
    feed(st, e.at);
    feed(st, e.userId.isNull() ? std::string() : e.userId.toString());
    feed(st, e.username);
    feed(st, e.operation);
    feed(st, e.recordType);
    feed(st, e.recordId.isNull() ? std::string() : e.recordId.toString());
    feed(st, e.detail);
    Hash h{};
    crypto_hash_sha256_final(&st, h.data());
    return h;
}

} // namespace

std::vector<std::uint8_t> auditSignedMessage(std::span<const std::uint8_t> rowHash, std::optional<ChangeRange> changes,
                                             std::span<const std::uint8_t> changeDigest)
{
    const std::string_view domain = changes ? "waymark-audit-v2" : "waymark-audit-v1";
    std::vector<std::uint8_t> m(domain.begin(), domain.end());
    m.insert(m.end(), rowHash.begin(), rowHash.end());
    if (changes) {
        for (const std::int64_t n : {changes->from, changes->upto}) {
            const auto v = static_cast<std::uint64_t>(n);
            for (int i = 0; i < 8; ++i)
                m.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
        }
        m.push_back(static_cast<std::uint8_t>(changeDigest.size()));
        m.insert(m.end(), changeDigest.begin(), changeDigest.end());
    }
    return m;
}

Status AuditLog::append(const AuditEvent& event)
{
    Hash previous{};
    std::int64_t seq = 1;
    // Schema 19: every row records the change log's coverage (core/store/ChangeDigest.h).
    const bool covering = coversChanges(m_db);
    std::optional<std::int64_t> previousUpto;
    {
        Statement last(m_db,
                       covering ? "SELECT seq, hash, change_upto FROM audit_log ORDER BY seq DESC LIMIT 1"
                                : "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
                       true);
        auto row = last.step();
        if (!row)
            return std::unexpected(row.error());
        if (*row) {
            seq = last.integer(0) + 1;
            const auto h = last.blob(1);
            if (h.size() == previous.size())
                std::memcpy(previous.data(), h.data(), h.size());
            if (covering && !last.isNull(2))
                previousUpto = last.integer(2);
        }
    }
    std::optional<change_cover::Cover> cover;
    if (covering) {
        auto c = change_cover::next(m_db, previousUpto);
        if (!c)
            return std::unexpected(c.error());
        cover = *c;
    }
    const Hash hash = rowHash(previous, seq, event);
    std::string sql = "INSERT INTO audit_log (seq, at, user_id, username, operation, record_type, record_id, detail, "
                      "hash";
    sql += m_signer ? ", signer, signature" : "";
    sql += cover ? ", change_from, change_upto, change_digest" : "";
    sql += ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?";
    sql += m_signer ? ", ?, ?" : "";
    sql += cover ? ", ?, ?, ?)" : ")";
    Statement ins(m_db, sql, true);
    ins.bind(1, seq).bind(2, event.at);
    if (event.userId.isNull())
        ins.bindNull(3);
    else
        ins.bind(3, event.userId);
    ins.bind(4, event.username).bind(5, event.operation).bind(6, event.recordType);
    if (event.recordId.isNull())
        ins.bindNull(7);
    else
        ins.bind(7, event.recordId);
    ins.bind(8, event.detail).bindBlob(9, hash.data(), hash.size());
    std::span<const std::uint8_t> digest;
    if (cover && cover->digest)
        digest = *cover->digest;
    int next = 10;
    if (m_signer) {
        const auto signer = m_signer->publicKey();
        const auto signature = m_signer->sign(auditSignedMessage(
            hash, cover ? std::optional<ChangeRange>(ChangeRange{cover->from, cover->upto}) : std::nullopt, digest));
        ins.bindBlob(next, signer.data(), signer.size()).bindBlob(next + 1, signature.data(), signature.size());
        next += 2;
    }
    if (cover) {
        ins.bind(next, cover->from).bind(next + 1, cover->upto);
        if (digest.empty())
            ins.bindNull(next + 2);
        else
            ins.bindBlob(next + 2, digest.data(), digest.size());
    }
    if (auto st = ins.run(); !st)
        return st;
    Statement head(m_db,
                   "INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                   true);
    head.bind(1, std::to_string(seq) + ":" + text::toHex(hash.data(), hash.size()));
    return head.run();
}

Result<std::vector<AuditEntry>> AuditLog::list(const AuditQuery& query)
{
    std::string sql = "SELECT seq, at, user_id, username, operation, record_type, record_id, detail FROM audit_log "
                      "WHERE 1 = 1";
    if (query.recordId)
        sql += " AND record_id = ?";
    if (query.beforeSeq)
        sql += " AND seq < ?";
    sql += " ORDER BY seq DESC LIMIT ?";
    Statement st(m_db, sql);
    int i = 1;
    if (query.recordId)
        st.bind(i++, *query.recordId);
    if (query.beforeSeq)
        st.bind(i++, *query.beforeSeq);
    st.bind(i, query.limit > 0 ? query.limit : 100);
    std::vector<AuditEntry> out;
    if (auto r = st.forEachRow([&] {
            out.push_back(AuditEntry{st.integer(0), AuditEvent{st.text(1), st.uuid(2), st.text(3), st.text(4),
                                                               st.text(5), st.uuid(6), st.text(7)}});
        });
        !r)
        return std::unexpected(r.error());
    return out;
}

namespace {

// The digest of what a row carries beside its hashed content (its signature and coverage
// columns): with the chain hash it pins every byte of the rows a verify read.
void feedRowDigest(crypto_generichash_state& st, std::int64_t seq, std::span<const std::uint8_t> signer,
                   std::span<const std::uint8_t> signature, std::optional<ChangeRange> changes,
                   std::span<const std::uint8_t> changeDigest)
{
    // The fields as the change digest takes its own (core/store/HashFeed.h).
    hashfeed::number(st, seq);
    hashfeed::bytes(st, signer);
    hashfeed::bytes(st, signature);
    hashfeed::number(st, changes ? changes->from : -1);
    hashfeed::number(st, changes ? changes->upto : -1);
    hashfeed::bytes(st, changeDigest);
}

std::string finishedHex(const crypto_generichash_state& st)
{
    crypto_generichash_state copy = st; // the running state goes on
    std::array<std::uint8_t, crypto_generichash_BYTES> out{};
    crypto_generichash_final(&copy, out.data(), out.size());
    return text::toHex(out.data(), out.size());
}

} // namespace

AuditChainCheck AuditLog::verify(const AuditRowCheck& check, const AuditCheckpoint* from)
{
    AuditChainCheck out;
    Hash previous{};
    std::int64_t expectedSeq = 1;
    const bool covering = check && coversChanges(m_db);
    crypto_generichash_state rows;
    crypto_generichash_init(&rows, nullptr, 0, crypto_generichash_BYTES);
    // The rows up to the checkpoint are held to it as a whole; only a row check makes one.
    const std::int64_t heldUpTo = check && from ? from->seq : 0;
    Statement st(m_db, !check ? "SELECT seq, at, user_id, username, operation, record_type, record_id, detail, hash "
                                "FROM audit_log ORDER BY seq"
                       : covering
                           ? "SELECT seq, at, user_id, username, operation, record_type, record_id, detail, hash, "
                             "signer, signature, change_from, change_upto, change_digest FROM audit_log ORDER BY seq"
                           : "SELECT seq, at, user_id, username, operation, record_type, record_id, detail, hash, "
                             "signer, signature FROM audit_log ORDER BY seq");
    for (;;) {
        auto row = st.step();
        if (!row) {
            out.firstBroken = expectedSeq;
            out.detail = "cannot read the audit log: " + row.error().detail;
            return out;
        }
        if (!*row)
            break;
        const std::int64_t seq = st.integer(0);
        AuditEvent e;
        e.at = st.text(1);
        e.userId = st.uuid(2);
        e.username = st.text(3);
        e.operation = st.text(4);
        e.recordType = st.text(5);
        e.recordId = st.uuid(6);
        e.detail = st.text(7);
        const auto stored = st.blob(8);
        ++out.rows;
        if (seq != expectedSeq) {
            out.firstBroken = expectedSeq;
            out.detail = "row " + std::to_string(expectedSeq) + " is missing or out of order";
            return out;
        }
        const Hash h = rowHash(previous, seq, e);
        if (stored.size() != h.size() || std::memcmp(stored.data(), h.data(), h.size()) != 0) {
            out.firstBroken = seq;
            out.detail =
                "row " + std::to_string(seq) + " does not match its hash (altered, moved or removed before it)";
            return out;
        }
        if (check) {
            const auto signer = st.blobView(9);
            const auto signature = st.blobView(10);
            AuditRowSeen seen{seq, &e, h, signer, signature, std::nullopt, {}};
            if (covering && !st.isNull(11) && !st.isNull(12)) {
                seen.changes = ChangeRange{st.integer(11), st.integer(12)};
                seen.changeDigest = st.blobView(13);
            }
            feedRowDigest(rows, seq, signer, signature, seen.changes, seen.changeDigest);
            if (seq < heldUpTo) {
                // Held to the checkpoint below, at its row.
            } else if (seq == heldUpTo) {
                if (text::toHex(h.data(), h.size()) != from->hash || finishedHex(rows) != from->digest) {
                    out.checkpointDeparted = true;
                    out.detail =
                        "the rows up to " + std::to_string(seq) + " are not the ones verified before on this machine";
                    return out;
                }
                out.checkedAfter = seq;
            } else if (const std::string problem = check(seen); !problem.empty()) {
                out.firstBroken = seq;
                out.detail = "row " + std::to_string(seq) + ": " + problem;
                return out;
            }
        }
        previous = h;
        ++expectedSeq;
    }
    if (heldUpTo > 0 && out.checkedAfter == 0) {
        out.checkpointDeparted = true; // the checkpoint's row is gone
        out.detail = "row " + std::to_string(heldUpTo) + " verified before on this machine is no longer there";
        return out;
    }
    Statement head(m_db, "SELECT value FROM meta WHERE key = 'audit_head'");
    auto row = head.step();
    const std::string expectedHead =
        out.rows == 0 ? std::string()
                      : std::to_string(expectedSeq - 1) + ":" + text::toHex(previous.data(), previous.size());
    const std::string storedHead = row && *row ? head.text(0) : std::string();
    if (storedHead != expectedHead) {
        out.firstBroken = expectedSeq;
        out.detail = "the newest audit rows were removed (the chain head does not match)";
        return out;
    }
    out.detail = "ok";
    if (out.rows > 0)
        out.lastHash = text::toHex(previous.data(), previous.size());
    if (check)
        out.rowsDigest = finishedHex(rows);
    return out;
}

} // namespace waymark
