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

#include "tests/core/security/SignedAuditAttack.h"

#include <QElapsedTimer>
#include <QTest>

using namespace waymark;
using namespace waymark::signed_audit_test;

class TestSignedAudit : public QObject, private TeamCasebook
{
    Q_OBJECT

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
