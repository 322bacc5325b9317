#pragma once

// The attacker's tools for the signed-audit tests (test_signed_audit, test_authority_rotation):
// their own key slot, raw sqlite3 on the casebook, the unkeyed audit chain, forged rosters;
// and the team casebook each test starts from.

#include "core/Casebook.h"
#include "tests/support/TestSupport.h"

#include "core/Text.h"
#include "core/security/Keyring.h"
#include "core/security/Roster.h"
#include "core/security/SecureBytes.h"
#include "core/security/Signing.h"
#include "core/store/ChangeDigest.h"
#include "core/store/ChangeLog.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/SigningStore.h"

#include <QElapsedTimer>
#include <QTest>

#include <sodium.h>
#include <sqlite3.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace waymark::signed_audit_test {

constexpr const char* kWorker = "case.one";
constexpr const char* kWorkerPassword = "paper lantern orbit seventeen";
constexpr const char* kOther = "case.two";
constexpr const char* kOtherPassword = "quiet harbour violet engine";

// ---- the attacker's tools: their slot, raw sqlite3, the unkeyed chain -------------------

inline std::unique_ptr<SecureBytes> attackerKey(const std::filesystem::path& casebook, const char* user,
                                                const char* password)
{
    auto keyring = Keyring::load(Casebook::keyFilePath(casebook));
    if (!keyring)
        return {};
    auto key = keyring->unlock(user, password);
    return key ? std::move(*key) : nullptr;
}

class RawDb
{
public:
    RawDb(const std::filesystem::path& path, const SecureBytes& key)
    {
        sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
        const std::string spec = "x'" + text::toHex(key.data(), key.size()) + "'";
        sqlite3_key(m_db, spec.data(), static_cast<int>(spec.size()));
    }
    ~RawDb() { sqlite3_close(m_db); }
    bool exec(const std::string& sql)
    {
        char* err = nullptr;
        const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &err);
        if (rc != SQLITE_OK)
            qWarning("sql failed: %s (%s)", err ? err : "?", sql.c_str());
        sqlite3_free(err);
        return rc == SQLITE_OK;
    }
    std::int64_t number(const std::string& sql)
    {
        sqlite3_stmt* st = nullptr;
        std::int64_t v = -1;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        return v;
    }
    std::vector<std::uint8_t> blob(const std::string& sql)
    {
        sqlite3_stmt* st = nullptr;
        std::vector<std::uint8_t> v;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
            const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(st, 0));
            v.assign(p, p + sqlite3_column_bytes(st, 0));
        }
        sqlite3_finalize(st);
        return v;
    }
    std::string textOf(const std::string& sql)
    {
        sqlite3_stmt* st = nullptr;
        std::string v;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW &&
            sqlite3_column_text(st, 0))
            v = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
        return v;
    }

    // The chain as the attacker recomputes it: SHA-256 over the previous hash and each
    // length-prefixed field, for every row from `fromSeq`, then meta.audit_head. Returns the
    // hash of each row (by seq) so a forged row can be signed over it.
    std::map<std::int64_t, std::vector<std::uint8_t>> rechain()
    {
        std::map<std::int64_t, std::vector<std::uint8_t>> out;
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(m_db,
                           "SELECT seq, at, user_id, username, operation, record_type, record_id, detail FROM "
                           "audit_log ORDER BY seq",
                           -1, &st, nullptr);
        std::array<std::uint8_t, 32> previous{};
        std::int64_t last = 0;
        std::vector<std::pair<std::int64_t, std::array<std::uint8_t, 32>>> hashes;
        while (sqlite3_step(st) == SQLITE_ROW) {
            crypto_hash_sha256_state h;
            crypto_hash_sha256_init(&h);
            crypto_hash_sha256_update(&h, previous.data(), previous.size());
            const auto feed = [&](const std::string& f) {
                unsigned char len[8];
                for (int i = 0; i < 8; ++i)
                    len[i] = static_cast<unsigned char>(static_cast<std::uint64_t>(f.size()) >> (8 * i));
                crypto_hash_sha256_update(&h, len, 8);
                crypto_hash_sha256_update(&h, reinterpret_cast<const unsigned char*>(f.data()), f.size());
            };
            const auto textCol = [&](int c) {
                const auto* t = sqlite3_column_text(st, c);
                return t ? std::string(reinterpret_cast<const char*>(t)) : std::string();
            };
            const auto uuidCol = [&](int c) {
                if (sqlite3_column_type(st, c) == SQLITE_NULL)
                    return std::string();
                return Uuid::fromBytes(sqlite3_column_blob(st, c), 16).toString();
            };
            last = sqlite3_column_int64(st, 0);
            feed(std::to_string(last));
            feed(textCol(1));
            feed(uuidCol(2));
            feed(textCol(3));
            feed(textCol(4));
            feed(textCol(5));
            feed(uuidCol(6));
            feed(textCol(7));
            crypto_hash_sha256_final(&h, previous.data());
            hashes.emplace_back(last, previous);
            out[last] = std::vector<std::uint8_t>(previous.begin(), previous.end());
        }
        sqlite3_finalize(st);
        for (const auto& [seq, hash] : hashes) {
            sqlite3_stmt* up = nullptr;
            sqlite3_prepare_v2(m_db, "UPDATE audit_log SET hash = ? WHERE seq = ?", -1, &up, nullptr);
            sqlite3_bind_blob(up, 1, hash.data(), 32, SQLITE_TRANSIENT);
            sqlite3_bind_int64(up, 2, seq);
            sqlite3_step(up);
            sqlite3_finalize(up);
        }
        exec("UPDATE meta SET value = '" + std::to_string(last) + ":" + text::toHex(previous.data(), 32) +
             "' WHERE key = 'audit_head'");
        return out;
    }

    // A new audit row at the end, signed (when `signer` is given) over its recomputed hash and,
    // with `cover`, recording the change log's coverage as Waymark would.
    struct Cover
    {
        std::int64_t from = 0;
        std::int64_t upto = 0;
        std::vector<std::uint8_t> digest;
    };
    bool forgeRow(const std::string& username, const std::string& userIdHex, const std::string& operation,
                  const std::string& detail, const SigningKey* signer, const std::optional<Cover>& cover = {})
    {
        const std::int64_t seq = number("SELECT MAX(seq) FROM audit_log") + 1;
        if (!exec("INSERT INTO audit_log (seq, at, user_id, username, operation, record_type, record_id, detail, "
                  "hash) VALUES (" +
                  std::to_string(seq) + ", '2026-11-30T10:00:00.000Z', " +
                  (userIdHex.empty() ? std::string("NULL") : "x'" + userIdHex + "'") + ", '" + username + "', '" +
                  operation + "', 'user', NULL, '" + detail + "', x'00')"))
            return false;
        if (cover &&
            !exec("UPDATE audit_log SET change_from = " + std::to_string(cover->from) +
                  ", change_upto = " + std::to_string(cover->upto) + ", change_digest = " +
                  (cover->digest.empty() ? std::string("NULL")
                                         : "x'" + text::toHex(cover->digest.data(), cover->digest.size()) + "'") +
                  " WHERE seq = " + std::to_string(seq)))
            return false;
        auto hashes = rechain();
        if (!signer)
            return true;
        const auto sig =
            signer->sign(cover ? auditSignedMessage(hashes[seq], ChangeRange{cover->from, cover->upto}, cover->digest)
                               : auditSignedMessage(hashes[seq]));
        const auto pub = signer->publicKey();
        return exec("UPDATE audit_log SET signer = x'" + text::toHex(pub.data(), 32) + "', signature = x'" +
                    text::toHex(sig.data(), sig.size()) + "' WHERE seq = " + std::to_string(seq));
    }

private:
    sqlite3* m_db = nullptr;
};

inline std::int64_t dbNumber(Database& db, const std::string& sql)
{
    Statement st(db, sql);
    auto row = st.step();
    return row && *row ? st.integer(0) : -1;
}

inline std::string userIdHex(RawDb& db, const std::string& username)
{
    auto b = db.blob("SELECT id FROM users WHERE username = '" + username + "'");
    return text::toHex(b.data(), b.size());
}

// A seed sealed to a user's key slot, opened with their slot's secret: their own signing key
// (`sealed_seed`), or a coordinator's copy of the authority key (`sealed_authority`).
inline std::unique_ptr<SigningKey> sealedKey(const std::filesystem::path& casebook, const char* user,
                                             const char* password, const SecureBytes& key, const char* column)
{
    auto keyring = Keyring::load(Casebook::keyFilePath(casebook));
    if (!keyring)
        return {};
    auto slot = keyring->unlockSlot(user, password);
    if (!slot || !slot->slotSecretKey)
        return {};
    RawDb db(casebook, key);
    return openSealedSeed(
        db.blob(std::string("SELECT ") + column + " FROM signing_keys WHERE username = '" + user + "'"),
        slot->slotPublicKey, *slot->slotSecretKey);
}

// The attacker's own signing key: their slot's secret opens its sealed seed in the casebook.
inline std::unique_ptr<SigningKey> ownSigningKey(const std::filesystem::path& casebook, const char* user,
                                                 const char* password, const SecureBytes& key)
{
    return sealedKey(casebook, user, password, key, "sealed_seed");
}

// The newest roster version with `user` made coordinator, added as the next version signed by
// `signer`.
inline bool forgeCoordinatorRoster(RawDb& db, const std::string& user, const SigningKey& signer)
{
    std::string content = db.textOf("SELECT content FROM roster ORDER BY version DESC LIMIT 1");
    const auto at = content.find(" " + user + " caseworker ");
    if (at == std::string::npos)
        return false;
    content.replace(at, user.size() + 13, " " + user + " coordinator ");
    RosterVersion v{
        db.number("SELECT MAX(version) FROM roster") + 1, db.number("SELECT MAX(seq) FROM audit_log"), content, {}};
    const auto sig = signer.sign(roster::signedMessage(v));
    return db.exec("UPDATE users SET role = 'coordinator' WHERE username = '" + user + "'") &&
           db.exec("INSERT INTO roster VALUES (" + std::to_string(v.version) + ", " + std::to_string(v.afterSeq) +
                   ", '" + content + "', x'" + text::toHex(sig.data(), sig.size()) + "')");
}

inline std::string hexKey(const PublicKey& k)
{
    return text::toHex(k.data(), k.size());
}

inline void report(const char* attack, const VerifyReport& r)
{
    std::string said = r.ok() ? "PASSED (not detected)" : "DETECTED: ";
    if (!r.signaturesOk)
        said += r.signatureDetail;
    if (r.firstBrokenAuditRow)
        said += "first bad row " + std::to_string(*r.firstBrokenAuditRow) + ": " + r.auditDetail;
    if (!r.changesOk)
        said += " changes: " + r.changesDetail;
    qInfo("attack %s -> %s", attack, said.c_str());
}

// A casebook with a coordinator, two caseworkers and some people, and signing in to it.
class TeamCasebook
{
protected:
    test::TempDir m_dir;
    std::filesystem::path m_casebook;

    std::unique_ptr<Casebook> signIn(const char* user = test::kUser, const char* password = test::kPassword)
    {
        auto cb = Casebook::open(m_casebook, user, password);
        if (!cb)
            qWarning("open failed: %s", cb.error().detail.c_str());
        return cb ? std::move(*cb) : nullptr;
    }

    VerifyReport verifyAsCoordinator()
    {
        auto cb = signIn();
        if (!cb)
            return {};
        auto r = cb->verify();
        return r ? *r : VerifyReport{};
    }

    // The coordinator and the caseworker are both refused a sign-in for work by the trust root.
    bool workIsRefusedByTheTrustRoot()
    {
        for (const auto& [user, password] :
             {std::pair{test::kUser, test::kPassword}, std::pair{kWorker, kWorkerPassword}}) {
            auto refused = Casebook::open(m_casebook, user, password);
            if (refused || refused.error().code != ErrorCode::PermissionDenied || refused.error().rule != "authority") {
                qWarning("%s was not refused by the trust root", user);
                return false;
            }
        }
        return true;
    }

    // A casebook with a coordinator, two caseworkers and some people, used by each.
    void makeTeam()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_dir.path() / "team", ec);
        std::filesystem::create_directories(m_dir.path() / "team");
        m_casebook = m_dir.path() / "team" / "casebook.waymark";
        auto cb = test::makeCasebook(m_casebook);
        QVERIFY(cb);
        QVERIFY(cb->users().add(kWorker, kWorkerPassword, Role::Caseworker, "Case One"));
        QVERIFY(cb->users().add(kOther, kOtherPassword, Role::Caseworker, "Case Two"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(cb->people().create(test::samplePerson(i)));
        cb.reset();
        auto worker = signIn(kWorker, kWorkerPassword);
        QVERIFY(worker);
        QVERIFY(worker->people().create(test::samplePerson(7)));
    }
};

} // namespace waymark::signed_audit_test
