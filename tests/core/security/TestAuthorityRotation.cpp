// The casebook authority key replaced when a coordinator leaves (docs/threat-model.md, "The
// trust root": the rotation), against the attacks it is for: a removed coordinator's old seed
// signing a roster, the old key put back, a forged rotation; and a legitimate rotation and an
// upgraded casebook verifying.

#include "tests/core/security/SignedAuditAttack.h"

#include <QTest>

using namespace waymark;
using namespace waymark::signed_audit_test;

class TestAuthorityRotation : public QObject, private TeamCasebook
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("WAYMARK_CONFIG_DIR", QByteArray::fromStdString((m_dir.path() / "config").string()));
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
};

QTEST_GUILESS_MAIN(TestAuthorityRotation)
#include "TestAuthorityRotation.moc"
