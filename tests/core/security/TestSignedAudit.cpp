// Signed audit (core/security/Roster.h, docs/threat-model.md) against the attacks it is for,
// on real SQLCipher casebooks. The attacker is a caseworker who unwraps the database key from
// their own key slot (the same Keyring code any program could run) and edits the file with
// raw sqlite3 calls, recomputing the unkeyed SHA-256 audit chain and meta.audit_head as they
// go: (a) makes themselves coordinator; (a') signs a roster of their own; (b) deletes their own
// audit row; (d) adds a row signed with a removed user's key; (e) forges rows in another's name
// and beyond their role; (f) edits a record and forges the change record that explains it, or
// rewrites an old change record. Each prints what was tried and what verify said. A clean casebook,
// and one taken through role changes, password changes, resets, removals and rekeys by the
// door, verifies; an upgraded casebook's earlier rows read as "before signing".

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

using namespace waymark;

namespace {

constexpr const char* kWorker = "case.one";
constexpr const char* kWorkerPassword = "paper lantern orbit seventeen";
constexpr const char* kOther = "case.two";
constexpr const char* kOtherPassword = "quiet harbour violet engine";

// ---- the attacker's tools: their slot, raw sqlite3, the unkeyed chain -------------------

std::unique_ptr<SecureBytes> attackerKey(const std::filesystem::path& casebook, const char* user, const char* password)
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

std::int64_t dbNumber(Database& db, const std::string& sql)
{
    Statement st(db, sql);
    auto row = st.step();
    return row && *row ? st.integer(0) : -1;
}

std::string userIdHex(RawDb& db, const std::string& username)
{
    auto b = db.blob("SELECT id FROM users WHERE username = '" + username + "'");
    return text::toHex(b.data(), b.size());
}

// A seed sealed to a user's key slot, opened with their slot's secret: their own signing key
// (`sealed_seed`), or a coordinator's copy of the authority key (`sealed_authority`).
std::unique_ptr<SigningKey> sealedKey(const std::filesystem::path& casebook, const char* user, const char* password,
                                      const SecureBytes& key, const char* column)
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
std::unique_ptr<SigningKey> ownSigningKey(const std::filesystem::path& casebook, const char* user, const char* password,
                                          const SecureBytes& key)
{
    return sealedKey(casebook, user, password, key, "sealed_seed");
}

// The newest roster version with `user` made coordinator, added as the next version signed by
// `signer`.
bool forgeCoordinatorRoster(RawDb& db, const std::string& user, const SigningKey& signer)
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

std::string hexKey(const PublicKey& k)
{
    return text::toHex(k.data(), k.size());
}

void report(const char* attack, const VerifyReport& r)
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

} // namespace

class TestSignedAudit : public QObject
{
    Q_OBJECT

private:
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

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("WAYMARK_CONFIG_DIR", QByteArray::fromStdString((m_dir.path() / "config").string()));
    }

    void cleanCasebookVerifies()
    {
        makeTeam();
        const auto r = verifyAsCoordinator();
        QVERIFY2(r.ok(), (r.signatureDetail + " / " + r.auditDetail + " / " + r.changesDetail).c_str());
        QVERIFY(r.signaturesOk);
        QVERIFY2(r.changesOk, r.changesDetail.c_str());
        QVERIFY(r.signedRows > 10);
        QCOMPARE(r.unsignedBeforeSigning, 0);
        QVERIFY2(r.signatureDetail.find("the authority key is the one your key slot holds") != std::string::npos,
                 r.signatureDetail.c_str());
        qInfo("clean casebook: %s", r.signatureDetail.c_str());
        // Every row is signed, from the first.
        auto key = attackerKey(m_casebook, kWorker, kWorkerPassword);
        QVERIFY(key);
        RawDb db(m_casebook, *key);
        QCOMPARE(db.number("SELECT COUNT(*) FROM audit_log WHERE signature IS NULL"), 0);
        QVERIFY(db.number("SELECT COUNT(*) FROM roster") >= 1);
    }

    // (a) UPDATE users SET role = 'coordinator' with the extracted key.
    void roleEscalationIsReported()
    {
        makeTeam();
        auto key = attackerKey(m_casebook, kWorker, kWorkerPassword);
        QVERIFY(key);
        {
            RawDb db(m_casebook, *key);
            QVERIFY(db.exec(std::string("UPDATE users SET role = 'coordinator' WHERE username = '") + kWorker + "'"));
        }
        // The self-made coordinator does not get to act as one: the door holds the role to the
        // signed roster at sign-in.
        auto escalated = Casebook::open(m_casebook, kWorker, kWorkerPassword);
        QVERIFY(!escalated);
        QCOMPARE(escalated.error().code, ErrorCode::PermissionDenied);
        qInfo("(a) the self-made coordinator signing in: refused (%s)", escalated.error().detail.c_str());
        const auto r = verifyAsCoordinator();
        report("(a) caseworker sets own role to coordinator in the users table", r);
        QVERIFY(!r.ok());
        QVERIFY(!r.signaturesOk);
        QVERIFY2(r.signatureDetail.find(kWorker) != std::string::npos, r.signatureDetail.c_str());
        QVERIFY(r.signatureDetail.find("the roster says caseworker") != std::string::npos);
        // The users table is change-logged too: the edit has no change record.
        QVERIFY(!r.changesOk);
        QVERIFY2(r.changesDetail.find("users record") != std::string::npos &&
                     r.changesDetail.find("column role") != std::string::npos,
                 r.changesDetail.c_str());
    }

    // (a') The same, with a roster version of their own signed by their own key.
    void selfSignedRosterIsReported()
    {
        makeTeam();
        auto key = attackerKey(m_casebook, kWorker, kWorkerPassword);
        QVERIFY(key);
        {
            RawDb db(m_casebook, *key);
            QVERIFY(db.exec(std::string("UPDATE users SET role = 'coordinator' WHERE username = '") + kWorker + "'"));
            const std::string content = db.textOf("SELECT content FROM roster ORDER BY version DESC LIMIT 1");
            std::string forged = content;
            const auto at = forged.find(std::string(" ") + kWorker + " caseworker ");
            QVERIFY(at != std::string::npos);
            forged.replace(at, std::strlen(kWorker) + 13, std::string(" ") + kWorker + " coordinator ");
            const std::int64_t version = db.number("SELECT MAX(version) FROM roster") + 1;
            RosterVersion v{version, db.number("SELECT MAX(seq) FROM audit_log"), forged, {}};
            auto mine = SigningKey::generate();
            const auto sig = mine->sign(roster::signedMessage(v));
            QVERIFY(db.exec("INSERT INTO roster VALUES (" + std::to_string(v.version) + ", " +
                            std::to_string(v.afterSeq) + ", '" + forged + "', x'" +
                            text::toHex(sig.data(), sig.size()) + "')"));
        }
        const auto r = verifyAsCoordinator();
        report("(a') caseworker makes self coordinator and signs a roster version with their own key", r);
        QVERIFY(!r.ok());
        QVERIFY2(r.signatureDetail.find("not signed by the casebook's authority key") != std::string::npos,
                 r.signatureDetail.c_str());
    }

    // (b) Delete their own audit row, renumber, recompute the unkeyed chain and audit_head.
    void deletedAuditRowIsReported()
    {
        makeTeam();
        auto key = attackerKey(m_casebook, kWorker, kWorkerPassword);
        QVERIFY(key);
        std::int64_t deleted = 0;
        {
            RawDb db(m_casebook, *key);
            deleted = db.number(std::string("SELECT MIN(seq) FROM audit_log WHERE operation = 'signin.ok' AND "
                                            "username = '") +
                                kWorker + "'");
            QVERIFY(deleted > 0);
            QVERIFY(db.exec("DELETE FROM audit_log WHERE seq = " + std::to_string(deleted)));
            QVERIFY(db.exec("UPDATE audit_log SET seq = -seq WHERE seq > " + std::to_string(deleted)));
            QVERIFY(db.exec("UPDATE audit_log SET seq = -seq - 1 WHERE seq < 0"));
            db.rechain();
        }
        auto cb = signIn();
        QVERIFY(cb);
        auto r = cb->verify();
        QVERIFY(r);
        report("(b) caseworker deletes own signin.ok row, renumbers, recomputes chain and audit_head", *r);
        QVERIFY(!r->ok());
        QCOMPARE(r->firstBrokenAuditRow.value_or(0), deleted);
        QVERIFY2(r->auditDetail.find("signature does not match") != std::string::npos, r->auditDetail.c_str());
    }

    // (b2) Edit an audit row's detail and recompute the chain.
    void editedAuditRowIsReported()
    {
        makeTeam();
        auto key = attackerKey(m_casebook, kWorker, kWorkerPassword);
        QVERIFY(key);
        std::int64_t edited = 0;
        {
            RawDb db(m_casebook, *key);
            edited = db.number("SELECT MIN(seq) FROM audit_log WHERE operation = 'person.created'");
            QVERIFY(db.exec("UPDATE audit_log SET detail = 'nothing happened' WHERE seq = " + std::to_string(edited)));
            db.rechain();
        }
        const auto r = verifyAsCoordinator();
        report("(b2) caseworker edits an audit row's detail, recomputes chain and audit_head", r);
        QVERIFY(!r.ok());
        QCOMPARE(r.firstBrokenAuditRow.value_or(0), edited);
    }

    // (d) A row signed with a removed user's key, added after their removal.
    void rowSignedByRemovedUserIsReported()
    {
        makeTeam();
        // The removed user took their signing key while they could: their slot's secret opens it.
        std::unique_ptr<SigningKey> stolen;
        {
            auto keyring = Keyring::load(Casebook::keyFilePath(m_casebook));
            QVERIFY(keyring);
            auto slot = keyring->unlockSlot(kOther, kOtherPassword);
            QVERIFY(slot && slot->slotSecretKey);
            auto key = attackerKey(m_casebook, kOther, kOtherPassword);
            QVERIFY(key);
            RawDb db(m_casebook, *key);
            const auto sealed =
                db.blob(std::string("SELECT sealed_seed FROM signing_keys WHERE username = '") + kOther + "'");
            stolen = openSealedSeed(sealed, slot->slotPublicKey, *slot->slotSecretKey);
            QVERIFY(stolen);
        }
        {
            auto cb = signIn();
            QVERIFY(cb);
            QVERIFY(cb->users().remove(kOther));
        }
        QVERIFY(verifyAsCoordinator().ok());
        auto key = attackerKey(m_casebook, kWorker, kWorkerPassword); // a current key holder helps
        QVERIFY(key);
        std::int64_t forged = 0;
        {
            RawDb db(m_casebook, *key);
            QVERIFY(db.forgeRow(kOther, userIdHex(db, kOther), "person.viewed", "", stolen.get()));
            forged = db.number("SELECT MAX(seq) FROM audit_log");
        }
        const auto r = verifyAsCoordinator();
        report("(d) a row signed with a removed user's key added after the removal", r);
        QVERIFY(!r.ok());
        QCOMPARE(r.firstBrokenAuditRow.value_or(0), forged);
        QVERIFY2(r.auditDetail.find("was removed") != std::string::npos, r.auditDetail.c_str());
    }

    // (e) Rows forged with the attacker's own key: in the coordinator's name, and an act their
    // role does not allow; and one left unsigned.
    void forgedRowsAreReported()
    {
        struct Case
        {
            const char* name;
            bool asCoordinator;
            const char* operation;
            bool sign;
            const char* expect;
        };
        const Case cases[] = {
            {"(e1) a row in the coordinator's name signed with the caseworker's key", true, "person.viewed", true,
             "signed by"},
            {"(e2) user.role_changed signed by a caseworker", false, "user.role_changed", true,
             "not allowed to that role"},
            {"(e3) an unsigned row", false, "person.viewed", false, "not signed"},
        };
        for (const auto& c : cases) {
            makeTeam();
            auto key = attackerKey(m_casebook, kWorker, kWorkerPassword);
            QVERIFY(key);
            auto own = ownSigningKey(m_casebook, kWorker, kWorkerPassword, *key);
            QVERIFY(own);
            std::int64_t forged = 0;
            {
                RawDb db(m_casebook, *key);
                const std::string who = c.asCoordinator ? test::kUser : kWorker;
                QVERIFY(db.forgeRow(who, userIdHex(db, who), c.operation, "caseworker -> coordinator",
                                    c.sign ? own.get() : nullptr));
                forged = db.number("SELECT MAX(seq) FROM audit_log");
            }
            const auto r = verifyAsCoordinator();
            report(c.name, r);
            QVERIFY(!r.ok());
            QCOMPARE(r.firstBrokenAuditRow.value_or(0), forged);
            QVERIFY2(r.auditDetail.find(c.expect) != std::string::npos, r.auditDetail.c_str());
        }
    }

    // (f) Record edits that bring their own change record, so the tables still equal the replay
    // of the change log. The attacker uses Waymark's own ChangeLog class with the extracted key.
    void forgedChangeRecordsAreReported()
    {
        struct Case
        {
            const char* name;
            int kind; // 0: no audit row; 1: own row without coverage; 2: own row, set in another's name;
                      // 3: an old change record rewritten; 4: own row, covering honestly
            const char* expect;
        };
        const Case cases[] = {
            {"(f1) family name edited with a forged change record, no audit row", 0, "covered by no signed audit row"},
            {"(f2) the same with a person.updated row signed by the caseworker, recording no coverage", 1,
             "does not record the change log's coverage"},
            {"(f3) the same with the change set in the coordinator's name, the row signed by the caseworker", 2,
             "in another user's name"},
            {"(f4) an old change record rewritten (history changed) with the table to match", 3,
             "were altered, added or removed"},
        };
        for (const auto& c : cases) {
            makeTeam();
            auto key = attackerKey(m_casebook, kWorker, kWorkerPassword);
            QVERIFY(key);
            auto own = ownSigningKey(m_casebook, kWorker, kWorkerPassword, *key);
            QVERIFY(own);
            std::string personHex;
            std::string workerHex;
            std::string coordinatorHex;
            {
                RawDb raw(m_casebook, *key);
                auto p = raw.blob("SELECT id FROM people ORDER BY id LIMIT 1");
                personHex = text::toHex(p.data(), p.size());
                workerHex = userIdHex(raw, kWorker);
                coordinatorHex = userIdHex(raw, test::kUser);
            }
            const auto idOf = [](const std::string& hex) {
                std::vector<std::uint8_t> b(16);
                for (std::size_t i = 0; i < 16; ++i)
                    b[i] = static_cast<std::uint8_t>(std::stoi(hex.substr(i * 2, 2), nullptr, 16));
                return Uuid::fromBytes(b.data(), b.size());
            };
            std::int64_t before = 0;
            {
                auto db = Database::open(m_casebook, *key, false);
                QVERIFY(db);
                Database& d = **db;
                before = dbNumber(d, "SELECT MAX(seq) FROM change_record");
                if (c.kind == 3) {
                    // The person's first change record (their creation) rewritten to the new name.
                    const std::int64_t first =
                        dbNumber(d, "SELECT MIN(seq) FROM change_record WHERE row_id = x'" + personHex + "'");
                    Statement read(d, "SELECT columns FROM change_record WHERE seq = ?");
                    read.bind(1, first);
                    QVERIFY(*read.step());
                    auto values = ChangeLog::decodeValues(read.blob(0));
                    QVERIFY(values);
                    read.reset();
                    const std::int64_t familyColumn =
                        dbNumber(d, "SELECT id FROM change_column WHERE table_name = 'people' AND "
                                    "column_name = 'family_name'");
                    for (auto& [column, value] : *values)
                        if (column == familyColumn)
                            value = "Forgedname";
                    const auto bytes = ChangeLog::encodeValues(*values);
                    Statement up(d, "UPDATE change_record SET columns = ? WHERE seq = ?");
                    up.bindBlob(1, bytes.data(), bytes.size()).bind(2, first);
                    QVERIFY(up.run());
                } else {
                    ChangeLog log(d, "9999999999999-0000-forged", idOf(c.kind == 2 ? coordinatorHex : workerHex));
                    QVERIFY(log.record("people", idOf(personHex), "family_name", std::string("Forgedname")));
                }
                QVERIFY(d.exec("UPDATE people SET family_name = 'Forgedname' WHERE id = x'" + personHex + "'"));
            }
            {
                RawDb raw(m_casebook, *key);
                if (c.kind == 1)
                    QVERIFY(raw.forgeRow(kWorker, workerHex, "person.updated", "", own.get()));
                if (c.kind == 2) {
                    auto db = Database::open(m_casebook, *key, false);
                    QVERIFY(db);
                    const std::int64_t upto = dbNumber(**db, "SELECT MAX(seq) FROM change_record");
                    auto digest = change_cover::compute(**db, before, upto);
                    QVERIFY(digest && *digest);
                    db->reset();
                    QVERIFY(raw.forgeRow(kWorker, workerHex, "person.updated", "", own.get(),
                                         RawDb::Cover{before, upto, {(*digest)->begin(), (*digest)->end()}}));
                }
            }
            const auto r = verifyAsCoordinator();
            report(c.name, r);
            QVERIFY(!r.ok());
            const std::string said = r.auditDetail + " / " + r.changesDetail;
            QVERIFY2(said.find(c.expect) != std::string::npos, said.c_str());
            if (c.kind != 0)
                QVERIFY(r.firstBrokenAuditRow.has_value());
        }
    }

    // The limit, shown: a caseworker who forges a change set in their own name and covers it
    // with a row signed by their own key has made an edit their role allows, attributed to them,
    // in the audit trail like any other (what they could have done through Waymark).
    void ownSignedEditIsAttributed()
    {
        makeTeam();
        auto key = attackerKey(m_casebook, kWorker, kWorkerPassword);
        QVERIFY(key);
        auto own = ownSigningKey(m_casebook, kWorker, kWorkerPassword, *key);
        QVERIFY(own);
        RawDb raw(m_casebook, *key);
        const std::string workerHex = userIdHex(raw, kWorker);
        auto p = raw.blob("SELECT id FROM people ORDER BY id LIMIT 1");
        std::int64_t before = 0;
        std::int64_t upto = 0;
        std::vector<std::uint8_t> digest;
        {
            auto db = Database::open(m_casebook, *key, false);
            QVERIFY(db);
            before = dbNumber(**db, "SELECT MAX(seq) FROM change_record");
            ChangeLog log(**db, "9999999999999-0000-forged",
                          Uuid::fromBytes(raw.blob("SELECT id FROM users WHERE "
                                                   "username = 'case.one'")
                                              .data(),
                                          16));
            QVERIFY(log.record("people", Uuid::fromBytes(p.data(), p.size()), "family_name", std::string("Ownedit")));
            QVERIFY((*db)->exec("UPDATE people SET family_name = 'Ownedit' WHERE id = x'" +
                                text::toHex(p.data(), p.size()) + "'"));
            upto = dbNumber(**db, "SELECT MAX(seq) FROM change_record");
            auto d = change_cover::compute(**db, before, upto);
            QVERIFY(d && *d);
            digest.assign((*d)->begin(), (*d)->end());
        }
        QVERIFY(raw.forgeRow(kWorker, workerHex, "person.updated", "", own.get(), RawDb::Cover{before, upto, digest}));
        const auto r = verifyAsCoordinator();
        report("(limit) a caseworker's own edit, with its change set and a row signed by their own key", r);
        QVERIFY2(r.ok(), (r.auditDetail + " / " + r.changesDetail).c_str());
    }

    // (g) The trust root. A key holder replaces the casebook's authority key with one of their
    // own and re-signs every roster version with it (the users table unchanged, or with
    // themselves made coordinator); or strips signing altogether. The coordinator's key slot
    // holds the authority key as it was when their password was set: verify holds the
    // casebook to it.
    void replacedTrustRootIsReported()
    {
        for (int variant = 0; variant < 3; ++variant) {
            makeTeam();
            auto key = attackerKey(m_casebook, kWorker, kWorkerPassword);
            QVERIFY(key);
            {
                auto keyring = Keyring::load(Casebook::keyFilePath(m_casebook));
                QVERIFY(keyring);
                auto slot = keyring->unlockSlot(kWorker, kWorkerPassword);
                QVERIFY(slot && slot->authority); // every slot set since signing began is bound
            }
            {
                RawDb db(m_casebook, *key);
                if (variant == 2) {
                    QVERIFY(db.exec("DELETE FROM roster; DELETE FROM signing_keys; DELETE FROM meta WHERE key IN "
                                    "('authority_public_key', 'signing_from'); UPDATE audit_log SET signer = NULL, "
                                    "signature = NULL"));
                } else {
                    auto mine = SigningKey::generate();
                    const auto pub = mine->publicKey();
                    QVERIFY(db.exec("UPDATE meta SET value = '" + text::toHex(pub.data(), pub.size()) +
                                    "' WHERE key = 'authority_public_key'"));
                    if (variant == 1)
                        QVERIFY(db.exec(std::string("UPDATE users SET role = 'coordinator' WHERE username = '") +
                                        kWorker + "'"));
                    const std::int64_t versions = db.number("SELECT MAX(version) FROM roster");
                    for (std::int64_t v = 1; v <= versions; ++v) {
                        std::string content =
                            db.textOf("SELECT content FROM roster WHERE version = " + std::to_string(v));
                        if (variant == 1 && v == versions) {
                            const auto at = content.find(std::string(" ") + kWorker + " caseworker ");
                            QVERIFY(at != std::string::npos);
                            content.replace(at, std::strlen(kWorker) + 13,
                                            std::string(" ") + kWorker + " coordinator ");
                            QVERIFY(db.exec("UPDATE roster SET content = '" + content +
                                            "' WHERE version = " + std::to_string(v)));
                        }
                        RosterVersion rv{v,
                                         db.number("SELECT after_seq FROM roster WHERE version = " + std::to_string(v)),
                                         content,
                                         {}};
                        const auto sig = mine->sign(roster::signedMessage(rv));
                        QVERIFY(db.exec("UPDATE roster SET signature = x'" + text::toHex(sig.data(), sig.size()) +
                                        "' WHERE version = " + std::to_string(v)));
                    }
                }
            }
            // Nobody works in it: the sign-in is refused to the coordinator, and to the caseworker
            // the forged roster makes coordinator (g2).
            QVERIFY(workIsRefusedByTheTrustRoot());
            // A session opened to verify it may do that alone.
            auto held = Casebook::open(m_casebook, test::kUser, test::kPassword, {}, Casebook::OpenFor::Verify);
            QVERIFY(held);
            QVERIFY(!(*held)->trustRootProblem().empty());
            auto edit = (*held)->people().create(test::samplePerson(11));
            QVERIFY(!edit);
            QCOMPARE(edit.error().rule, std::string("authority"));
            auto verified = (*held)->verify();
            QVERIFY(verified);
            const VerifyReport r = *verified;
            held->reset();
            const char* names[] = {"(g1) authority key replaced, every roster version re-signed with it",
                                   "(g2) the same with the caseworker made coordinator in the re-signed roster",
                                   "(g3) signing stripped: roster, keys, authority key and every signature deleted"};
            report(names[variant], r);
            QVERIFY(!r.ok());
            QVERIFY(!r.signaturesOk);
            QVERIFY2(r.signatureDetail.find(variant == 2 ? "signing was removed" : "not the one the key slot") !=
                         std::string::npos,
                     r.signatureDetail.c_str());
        }
    }

    // (r1) A coordinator leaves with the authority seed (their old key slot opens it). After the
    // removal and the rekey, an accomplice caseworker (who holds the new database key) and the
    // old seed sign a roster naming the caseworker coordinator: the rotation made a new authority
    // key at the removal, so the old one signs nothing that verifies, and the sign-in is refused.
    void removedCoordinatorsOldSeedSignsNothing()
    {
        makeTeam();
        {
            auto cb = signIn();
            QVERIFY(cb);
            QVERIFY(cb->users().setRole(kOther, Role::Coordinator));
        }
        std::unique_ptr<SigningKey> oldSeed;
        {
            auto key = attackerKey(m_casebook, kOther, kOtherPassword);
            QVERIFY(key);
            oldSeed = sealedKey(m_casebook, kOther, kOtherPassword, *key, "sealed_authority");
            QVERIFY(oldSeed); // the leaving coordinator's copy of the authority key
            RawDb db(m_casebook, *key);
            QCOMPARE(db.textOf("SELECT value FROM meta WHERE key = 'authority_public_key'"),
                     hexKey(oldSeed->publicKey()));
        }
        {
            auto cb = signIn();
            QVERIFY(cb);
            QVERIFY(cb->users().remove(kOther));
            QVERIFY(cb->rekey("user removed"));
            auto r = cb->verify(); // the remover's slot still holds the old key: it follows the chain
            QVERIFY(r);
            QVERIFY2(r->ok(), r->signatureDetail.c_str());
            QVERIFY2(r->signatureDetail.find("rotated 2 times") != std::string::npos, r->signatureDetail.c_str());
        }
        auto key = attackerKey(m_casebook, kWorker, kWorkerPassword); // the accomplice: the new database key
        QVERIFY(key);
        {
            RawDb db(m_casebook, *key);
            QVERIFY(db.textOf("SELECT value FROM meta WHERE key = 'authority_public_key'") !=
                    hexKey(oldSeed->publicKey()));
            QCOMPARE(db.number("SELECT COUNT(*) FROM authority_rotations"), 2);
            QCOMPARE(db.number("SELECT COUNT(*) FROM signing_keys WHERE sealed_authority IS NOT NULL"), 1);
            QVERIFY(forgeCoordinatorRoster(db, kWorker, *oldSeed));
        }
        auto refused = Casebook::open(m_casebook, kWorker, kWorkerPassword);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        qInfo("(r1) the caseworker the old seed's roster makes coordinator signing in: refused (%s)",
              refused.error().detail.c_str());
        const auto r = verifyAsCoordinator();
        report("(r1) a removed coordinator's old authority seed signs a roster naming a caseworker coordinator", r);
        QVERIFY(!r.ok());
        QVERIFY2(r.signatureDetail.find("is not signed by the casebook's authority key in force at that version") !=
                     std::string::npos,
                 r.signatureDetail.c_str());

        // (r1b) The old key put back in meta too, the rotations left as they are: the chain no
        // longer ends at the casebook's key, so even a slot still bound to the old key (the
        // caseworker's, not signed in since the rotation) refuses it.
        {
            RawDb db(m_casebook, *key);
            QVERIFY(db.exec("UPDATE meta SET value = '" + hexKey(oldSeed->publicKey()) +
                            "' WHERE key = 'authority_public_key'"));
        }
        QVERIFY(workIsRefusedByTheTrustRoot());
        auto held = Casebook::open(m_casebook, test::kUser, test::kPassword, {}, Casebook::OpenFor::Verify);
        QVERIFY(held);
        auto verified = (*held)->verify();
        QVERIFY(verified);
        report("(r1b) the same with the old authority key put back in meta", *verified);
        QVERIFY(!verified->ok());
        QVERIFY2(verified->signatureDetail.find("not the one its rotations lead to") != std::string::npos,
                 verified->signatureDetail.c_str());
    }

    // (r2) The rotation as the door makes it: the remaining users sign in, each slot is bound again
    // to the new key at that sign-in (one signin.slot_bound row), and verify passes.
    void legitimateRotationRebindsSlots()
    {
        makeTeam();
        {
            auto cb = signIn();
            QVERIFY(cb);
            QVERIFY(cb->users().setRole(kOther, Role::Coordinator));
            QVERIFY(cb->users().remove(kOther));
        }
        const auto boundKey = [&](const char* user, const char* password) {
            auto keyring = Keyring::load(Casebook::keyFilePath(m_casebook));
            auto slot = keyring ? keyring->unlockSlot(user, password) : Result<Keyring::Unlocked>{};
            return slot && slot->authority ? hexKey(*slot->authority) : std::string();
        };
        auto key = attackerKey(m_casebook, kWorker, kWorkerPassword);
        QVERIFY(key);
        std::string current;
        {
            RawDb db(m_casebook, *key);
            current = db.textOf("SELECT value FROM meta WHERE key = 'authority_public_key'");
            QCOMPARE(db.number("SELECT COUNT(*) FROM authority_rotations"), 1);
            QCOMPARE(db.number("SELECT COUNT(*) FROM audit_log WHERE operation = 'casebook.authority_rotated'"), 1);
        }
        QVERIFY(boundKey(kWorker, kWorkerPassword) != current);
        for (const auto& [user, password] :
             {std::pair{kWorker, kWorkerPassword}, std::pair{test::kUser, test::kPassword}}) {
            auto cb = signIn(user, password);
            QVERIFY2(cb, user);
            QCOMPARE(boundKey(user, password), current);
        }
        {
            RawDb db(m_casebook, *key);
            QCOMPARE(db.number("SELECT COUNT(*) FROM audit_log WHERE operation = 'signin.slot_bound' AND detail = "
                               "'the rotated authority key bound into the key slot'"),
                     2);
        }
        const auto r = verifyAsCoordinator();
        qInfo("(r2) a coordinator removed through the door, the others signed in since: %s", r.signatureDetail.c_str());
        QVERIFY2(r.ok(), (r.signatureDetail + " / " + r.auditDetail + " / " + r.changesDetail).c_str());
        QVERIFY2(r.signatureDetail.find("the authority key is the one your key slot holds") != std::string::npos,
                 r.signatureDetail.c_str());
        // A second sign-in binds nothing again.
        QVERIFY(signIn(kWorker, kWorkerPassword));
        RawDb db(m_casebook, *key);
        QCOMPARE(db.number("SELECT COUNT(*) FROM audit_log WHERE operation = 'signin.slot_bound'"), 2);
    }

    // (r3) A rotation forged by a key holder without the authority seed: a new key of their own,
    // the statement signed by it alone, meta and a roster version (naming them coordinator)
    // signed with it. Every slot bound to the old key refuses it; verify names the rotation.
    void forgedRotationIsReported()
    {
        makeTeam();
        auto key = attackerKey(m_casebook, kWorker, kWorkerPassword);
        QVERIFY(key);
        {
            RawDb db(m_casebook, *key);
            auto mine = SigningKey::generate();
            PublicKey from{};
            const auto fromBytes =
                text::fromHex(db.textOf("SELECT value FROM meta WHERE key = 'authority_public_key'"));
            QVERIFY(fromBytes && fromBytes->size() == 32);
            std::memcpy(from.data(), fromBytes->data(), 32);
            const std::int64_t version = db.number("SELECT MAX(version) FROM roster") + 1;
            const auto message = roster::rotationMessage(db.textOf("SELECT value FROM meta WHERE key = 'site_id'"),
                                                         from, mine->publicKey(), version);
            const auto sig = mine->sign(message); // not the authority key's: it cannot make that one
            QVERIFY(db.exec("INSERT INTO authority_rotations VALUES (1, " + std::to_string(version) + ", x'" +
                            hexKey(from) + "', x'" + hexKey(mine->publicKey()) + "', x'" +
                            text::toHex(sig.data(), sig.size()) + "', x'" + text::toHex(sig.data(), sig.size()) +
                            "', '2026-11-30T10:00:00.000Z')"));
            QVERIFY(db.exec("UPDATE meta SET value = '" + hexKey(mine->publicKey()) +
                            "' WHERE key = 'authority_public_key'"));
            QVERIFY(forgeCoordinatorRoster(db, kWorker, *mine));
        }
        QVERIFY(workIsRefusedByTheTrustRoot());
        auto held = Casebook::open(m_casebook, test::kUser, test::kPassword, {}, Casebook::OpenFor::Verify);
        QVERIFY(held);
        auto verified = (*held)->verify();
        QVERIFY(verified);
        const VerifyReport r = *verified;
        report("(r3) a rotation to the key holder's own key, signed by that key alone", r);
        QVERIFY(!r.ok());
        QVERIFY2(r.signatureDetail.find("authority rotation 1 is not signed by the authority key it succeeds") !=
                     std::string::npos,
                 r.signatureDetail.c_str());
    }

    // (r4) A casebook of schema 19 (no rotations table) upgraded: the migration adds the table,
    // verify passes, and the next removal of a coordinator rotates the key.
    void upgradedCasebookRotates()
    {
        makeTeam();
        {
            auto key = attackerKey(m_casebook, kWorker, kWorkerPassword);
            QVERIFY(key);
            RawDb db(m_casebook, *key);
            QVERIFY(db.exec("DROP TABLE authority_rotations; PRAGMA user_version = 19"));
        }
        {
            auto cb = signIn();
            QVERIFY(cb);
            QCOMPARE(cb->info().schemaVersion, kSchemaVersion);
            auto r = cb->verify();
            QVERIFY(r);
            QVERIFY2(r->ok(), (r->signatureDetail + " / " + r->auditDetail).c_str());
            QVERIFY(cb->users().setRole(kOther, Role::Coordinator));
            QVERIFY(cb->users().remove(kOther));
        }
        const auto r = verifyAsCoordinator();
        qInfo("(r4) upgraded from schema 19, then a coordinator removed: %s", r.signatureDetail.c_str());
        QVERIFY2(r.ok(), (r.signatureDetail + " / " + r.auditDetail).c_str());
        QVERIFY2(r.signatureDetail.find("rotated 1 time") != std::string::npos, r.signatureDetail.c_str());
    }

    // What the door does keeps verify passing: role changes, own password change, a reset, a
    // removal (which rekeys), a rekey on demand.
    void changesThroughTheDoorKeepVerifyPassing()
    {
        makeTeam();
        {
            auto cb = signIn();
            QVERIFY(cb);
            QVERIFY(cb->users().setRole(kWorker, Role::Coordinator));
        }
        QVERIFY(verifyAsCoordinator().ok());
        {
            // The new coordinator holds the authority key and can change the roster too.
            auto cb = signIn(kWorker, kWorkerPassword);
            QVERIFY(cb);
            QVERIFY(cb->users().setRole(kOther, Role::Auditor));
            auto r = cb->verify();
            QVERIFY(r);
            QVERIFY2(r->ok(), (r->signatureDetail + " / " + r->auditDetail).c_str());
        }
        {
            auto cb = signIn(kOther, kOtherPassword);
            QVERIFY(cb);
            QVERIFY(cb->users().changeOwnPassword(kOtherPassword, "amber violin cloud ninety"));
            auto r = cb->verify(); // an auditor verifies
            QVERIFY(r);
            QVERIFY2(r->ok(), (r->signatureDetail + " / " + r->auditDetail).c_str());
        }
        {
            auto cb = signIn(kOther, "amber violin cloud ninety");
            QVERIFY(cb);
            QVERIFY(cb->signingKey());
        }
        {
            auto cb = signIn();
            QVERIFY(cb);
            QVERIFY(cb->users().resetPassword(kOther, "copper meadow tiger lamp"));
            QVERIFY(cb->users().setRole(kWorker, Role::Caseworker));
            QVERIFY(cb->users().remove(kWorker));
        }
        {
            auto cb = signIn(kOther, "copper meadow tiger lamp");
            QVERIFY(cb);
            QVERIFY(cb->signingKey());
            auto r = cb->verify();
            QVERIFY(r);
            QVERIFY2(r->ok(), (r->signatureDetail + " / " + r->auditDetail).c_str());
        }
        {
            auto cb = signIn();
            QVERIFY(cb);
            QVERIFY(cb->rekey("scheduled"));
        }
        const auto r = verifyAsCoordinator();
        QVERIFY2(r.ok(), (r.signatureDetail + " / " + r.auditDetail).c_str());
        qInfo("after role changes, a password change, a reset, a removal and a rekey: %s", r.signatureDetail.c_str());
    }

    // A casebook from before signing (simulated: the signing state stripped as schema 17 finds
    // an upgraded casebook): the first coordinator to sign in begins signing; earlier rows are
    // reported as before signing, and the caseworker who signs in later signs too.
    void upgradedCasebookSignsFromTheUpgrade()
    {
        makeTeam();
        auto key = attackerKey(m_casebook, kWorker, kWorkerPassword);
        QVERIFY(key);
        std::int64_t before = 0;
        {
            RawDb db(m_casebook, *key);
            QVERIFY(db.exec("DELETE FROM roster; DELETE FROM signing_keys; DELETE FROM meta WHERE key IN "
                            "('authority_public_key', 'signing_from'); UPDATE audit_log SET signer = NULL, "
                            "signature = NULL"));
            before = db.number("SELECT MAX(seq) FROM audit_log");
        }
        // Slots set before signing hold no authority key: unbind every slot as such a casebook has them.
        {
            auto keyring = Keyring::load(Casebook::keyFilePath(m_casebook));
            QVERIFY(keyring);
            for (const auto& [user, password] : {std::pair<const char*, const char*>{test::kUser, test::kPassword},
                                                 {kWorker, kWorkerPassword},
                                                 {kOther, kOtherPassword}}) {
                auto slot = keyring->unlockSlot(user, password);
                QVERIFY(slot);
                QVERIFY(slot->authority);
                QVERIFY(keyring->setSlot(user, password, *key, kdfParamsMinimum()));
            }
            QVERIFY(keyring->save(Casebook::keyFilePath(m_casebook)));
        }
        {
            auto worker = signIn(kWorker, kWorkerPassword); // before any coordinator: nothing to sign with
            QVERIFY(worker);
            QVERIFY(!worker->signingKey());
        }
        const auto r = verifyAsCoordinator();
        QVERIFY2(r.ok(), (r.signatureDetail + " / " + r.auditDetail).c_str());
        QCOMPARE(r.unsignedBeforeSigning, before + 1); // and the caseworker's sign-in row
        qInfo("upgraded: %s", r.signatureDetail.c_str());
        {
            auto worker = signIn(kWorker, kWorkerPassword);
            QVERIFY(worker);
            QVERIFY(worker->signingKey());
            QVERIFY(worker->people().create(test::samplePerson(9)));
        }
        const auto again = verifyAsCoordinator();
        QVERIFY2(again.ok(), (again.signatureDetail + " / " + again.auditDetail).c_str());
    }

    // Signing and checking cost, measured.
    void signingIsCheap()
    {
        makeTeam();
        auto cb = signIn(kWorker, kWorkerPassword);
        QVERIFY(cb);
        QElapsedTimer t;
        t.start();
        const int n = 2000;
        for (int i = 0; i < n; ++i)
            QVERIFY(cb->audit("person.viewed", "person", {}));
        const double writeUs = static_cast<double>(t.nsecsElapsed()) / 1000.0 / n;
        cb.reset();
        auto coordinator = signIn();
        QVERIFY(coordinator);
        t.restart();
        auto r = coordinator->verify(Casebook::VerifyScope::AuditOnly);
        const double verifyUs = static_cast<double>(t.nsecsElapsed()) / 1000.0 / static_cast<double>(r->auditRows);
        QVERIFY(r && r->ok());
        qInfo("audit rows: %.0f us each to write (signed, each its own transaction); verify %.0f us per row over %lld "
              "rows",
              writeUs, verifyUs, static_cast<long long>(r->auditRows));
    }
};

QTEST_GUILESS_MAIN(TestSignedAudit)
#include "TestSignedAudit.moc"
