// Signed audit through the real waymark-cli binary: a caseworker who takes the database key
// from their own key slot and makes themselves coordinator in the users table cannot then use
// the CLI as one (sign-in refused), and `verify` exits 5 naming the account; a clean casebook
// verifies with its signatures line.

#include "core/Casebook.h"
#include "core/security/Keyring.h"
#include "core/security/SecureBytes.h"
#include "core/store/Database.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QJsonObject>
#include <QTest>

#include <cstdlib>
#include <filesystem>

using namespace waymark;
using test::CliRun;
using test::runCli;

namespace {

constexpr const char* kWorker = "case.one";
constexpr const char* kWorkerPassword = "paper lantern orbit seventeen";

QString q(const std::filesystem::path& p)
{
    return QString::fromStdString(p.string());
}

} // namespace

class TestSignedAuditCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::filesystem::path m_casebook;
    std::filesystem::path m_config;

    CliRun as(const char* user, const char* password, const QStringList& args)
    {
        return runCli(QStringList{QStringLiteral("--casebook"), q(m_casebook), QStringLiteral("--user"),
                                  QString::fromLatin1(user)} +
                          args,
                      {{QStringLiteral("WAYMARK_PASSWORD"), QString::fromLatin1(password)},
                       {QStringLiteral("WAYMARK_CONFIG_DIR"), q(m_config)}});
    }

    // The caseworker turned attacker: the database key from their own key slot, the casebook
    // opened with it directly.
    std::unique_ptr<Database> attackerDb()
    {
        auto keyring = Keyring::load(Casebook::keyFilePath(m_casebook));
        auto key = keyring ? keyring->unlock(kWorker, kWorkerPassword) : std::unexpected(keyring.error());
        if (!key)
            return nullptr;
        auto db = Database::open(m_casebook, **key, false);
        return db ? std::move(*db) : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_config = m_dir->file("config");
        ::setenv("WAYMARK_CONFIG_DIR", m_config.c_str(), 1);
        m_casebook = m_dir->file("team.waymark");
        auto cb = test::makeCasebook(m_casebook);
        QVERIFY(cb);
        QVERIFY(cb->users().add(kWorker, kWorkerPassword, Role::Caseworker, "Case One"));
        QVERIFY(cb->people().create(test::samplePerson(1)));
    }
    void cleanup() { m_dir.reset(); }

    void cleanCasebookVerifies()
    {
        const CliRun r = as(test::kUser, test::kPassword, {QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("signatures: ok ("), qPrintable(r.describe()));
        QVERIFY2(r.out.contains("changes: ok ("), qPrintable(r.describe()));
        const CliRun a = as(test::kUser, test::kPassword, {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(a.exitCode == 0 && a.out.contains("signatures: ok ("), qPrintable(a.describe()));
    }

    void selfMadeCoordinatorIsRefusedAndReported()
    {
        QCOMPARE(as(kWorker, kWorkerPassword, {QStringLiteral("user"), QStringLiteral("list")}).exitCode != 0, true);
        {
            auto db = attackerDb();
            QVERIFY(db);
            QVERIFY(db->exec(std::string("UPDATE users SET role = 'coordinator' WHERE username = '") + kWorker + "'"));
        }
        const CliRun escalated = as(kWorker, kWorkerPassword, {QStringLiteral("user"), QStringLiteral("list")});
        qInfo("self-made coordinator runs `user list`: exit %d: %s", escalated.exitCode,
              qPrintable(escalated.err.trimmed()));
        QVERIFY2(escalated.exitCode != 0, qPrintable(escalated.describe()));
        QVERIFY2(escalated.err.contains("signed roster"), qPrintable(escalated.describe()));

        const CliRun v = as(test::kUser, test::kPassword, {QStringLiteral("--json"), QStringLiteral("verify")});
        const QJsonObject sig = v.json().object().value(QStringLiteral("signatures")).toObject();
        qInfo("verify after the escalation: exit %d, signatures: %s", v.exitCode,
              qPrintable(sig.value(QStringLiteral("detail")).toString()));
        QCOMPARE(v.exitCode, 5);
        QVERIFY(!sig.value(QStringLiteral("ok")).toBool());
        QVERIFY(sig.value(QStringLiteral("detail")).toString().contains(QLatin1String(kWorker)));
    }

    // The trust root: the casebook's authority key replaced with the raw key. Every sign-in
    // for work is refused (exit 6), the coordinator's too; `verify` and `audit verify` still
    // open it and exit 5 saying why.
    void replacedAuthorityKeyOpensOnlyToVerify()
    {
        {
            auto db = attackerDb();
            QVERIFY(db);
            QVERIFY(
                db->exec("UPDATE meta SET value = '" + std::string(64, 'a') + "' WHERE key = 'authority_public_key'"));
        }
        for (const auto& [user, password] :
             {std::pair{kWorker, kWorkerPassword}, std::pair{test::kUser, test::kPassword}}) {
            const CliRun r = as(user, password, {QStringLiteral("person"), QStringLiteral("list")});
            qInfo("%s runs `person list` on a casebook whose authority key was replaced: exit %d: %s", user, r.exitCode,
                  qPrintable(r.err.trimmed()));
            QVERIFY2(r.exitCode == 6, qPrintable(r.describe()));
            QVERIFY2(r.err.contains("authority key is not the one your key slot holds"), qPrintable(r.describe()));
        }
        for (const QStringList& args :
             {QStringList{QStringLiteral("verify")}, QStringList{QStringLiteral("audit"), QStringLiteral("verify")}}) {
            const CliRun v = as(test::kUser, test::kPassword, args);
            QVERIFY2(v.exitCode == 5, qPrintable(v.describe()));
            QVERIFY2(v.out.contains("signatures: FAILED (the casebook's authority key is not the one the key slot of"),
                     qPrintable(v.describe()));
        }
    }

    // Issue 11 (c): a person's family name edited with the raw key and no change record. verify
    // exits 5 with a `changes:` line naming the table, record and column, and no value.
    void editOutsideTheChangeLogIsReported()
    {
        std::string id;
        std::string original;
        {
            auto db = attackerDb();
            QVERIFY(db);
            Statement st(*db, "SELECT id, family_name FROM people WHERE deleted = 0 LIMIT 1");
            QVERIFY(st.step().value_or(false));
            id = st.uuid(0).toString();
            original = st.text(1);
            QVERIFY(db->exec("UPDATE people SET family_name = 'Tamperedvalue' WHERE family_name = '" + original + "'"));
        }
        const CliRun v = as(test::kUser, test::kPassword, {QStringLiteral("verify")});
        qInfo("verify after a family name edited with the raw key: exit %d\n%s", v.exitCode, qPrintable(v.out));
        QCOMPARE(v.exitCode, 5);
        const QByteArray line = QByteArray::fromStdString("changes: FAILED (people record " + id +
                                                          " column family_name differs from its change log)");
        QVERIFY2(v.out.contains(line), qPrintable(v.describe()));
        QVERIFY2(v.err.contains("changes: people record"), qPrintable(v.describe()));
        for (const std::string& value : {std::string("Tamperedvalue"), original})
            QVERIFY2(!v.out.contains(value.c_str()) && !v.err.contains(value.c_str()), qPrintable(v.describe()));

        const CliRun j = as(test::kUser, test::kPassword, {QStringLiteral("--json"), QStringLiteral("verify")});
        QCOMPARE(j.exitCode, 5);
        const QJsonObject changes = j.json().object().value(QStringLiteral("changes")).toObject();
        QVERIFY(!changes.value(QStringLiteral("ok")).toBool(true));
        QVERIFY(changes.value(QStringLiteral("detail")).toString().contains(QStringLiteral("family_name")));
    }
};

QTEST_GUILESS_MAIN(TestSignedAuditCli)
#include "TestSignedAuditCli.moc"
