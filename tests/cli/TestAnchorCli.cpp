// Audit anchors through the real waymark-cli binary: `verify` (text and --json, exit codes)
// after (a) an older copy of the casebook put back, (b) the audit trail's tail cut with the
// database key and meta.audit_head rewritten, (c) `backup restore` of an old backup, and
// (d) an anchor file altered. The anchors live in this test's own folder (WAYMARK_CONFIG_DIR).

#include "core/security/Anchor.h"
#include "core/security/Keyring.h"
#include "core/security/SecureBytes.h"
#include "core/store/AnchorQueries.h"
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

constexpr int kOk = 0;
constexpr int kDamaged = 5;

QString q(const std::filesystem::path& p)
{
    return QString::fromStdString(p.string());
}

void copyBack(const std::filesystem::path& from, const std::filesystem::path& to)
{
    std::filesystem::copy_file(from, to, std::filesystem::copy_options::overwrite_existing);
}

} // namespace

class TestAnchorCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::filesystem::path m_casebook;
    std::filesystem::path m_config;
    std::string m_id;

    CliRun coord(const QStringList& args, const QByteArray& input = {})
    {
        return runCli(QStringList{QStringLiteral("--casebook"), q(m_casebook), QStringLiteral("--user"),
                                  QString::fromLatin1(test::kUser)} +
                          args,
                      {{QStringLiteral("WAYMARK_PASSWORD"), QString::fromLatin1(test::kPassword)},
                       {QStringLiteral("WAYMARK_CONFIG_DIR"), q(m_config)}},
                      input);
    }
    CliRun addPerson(int i)
    {
        const Person p = test::samplePerson(i);
        return coord({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"),
                      QString::fromStdString(p.givenName), QStringLiteral("--family"),
                      QString::fromStdString(p.familyName), QStringLiteral("--dob"), QStringLiteral("2012-02-02")});
    }
    QJsonObject verifyJson(int expectedExit, const char* attack)
    {
        const CliRun r = coord({QStringLiteral("--json"), QStringLiteral("verify")});
        const QJsonObject anchor = r.json().object().value(QStringLiteral("anchor")).toObject();
        qInfo("attack: %s -> exit %d, anchor %s: %s", attack, r.exitCode,
              qPrintable(anchor.value(QStringLiteral("state")).toString()),
              qPrintable(anchor.value(QStringLiteral("detail")).toString()));
        if (r.exitCode != expectedExit)
            qWarning("%s", qPrintable(r.describe()));
        return r.exitCode == expectedExit ? r.json().object() : QJsonObject();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_config = m_dir->file("config");
        ::setenv("WAYMARK_CONFIG_DIR", m_config.c_str(), 1); // the in-process casebook below too
        m_casebook = m_dir->file("team.waymark");
        auto cb = test::makeCasebook(m_casebook);
        QVERIFY(cb);
        m_id = cb->info().siteId;
        for (int i = 0; i < 3; ++i)
            QVERIFY(cb->people().create(test::samplePerson(i)));
        std::filesystem::create_directory(m_dir->file("backups"));
    }
    void cleanup() { m_dir.reset(); }

    void verifyReportsTheAnchor()
    {
        const CliRun r = coord({QStringLiteral("verify")});
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("audit anchor: ok"), qPrintable(r.describe()));
        QVERIFY(std::filesystem::exists(m_config / "anchors" / (m_id + ".anchors")));
        const QJsonObject doc = verifyJson(kOk, "none (a casebook used only through the CLI)");
        QVERIFY(doc.value(QStringLiteral("ok")).toBool());
        QCOMPARE(doc.value(QStringLiteral("anchor")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("ok"));
        QVERIFY(doc.value(QStringLiteral("anchor")).toObject().value(QStringLiteral("anchored_row")).toInt() > 0);
    }

    // (a) Copy aside, add people, copy the old file back.
    void rollback()
    {
        const auto aside = m_dir->file("aside.waymark");
        copyBack(m_casebook, aside);
        for (int i = 10; i < 13; ++i)
            QCOMPARE(addPerson(i).exitCode, kOk);
        copyBack(aside, m_casebook);
        const CliRun text = coord({QStringLiteral("verify")});
        QCOMPARE(text.exitCode, kDamaged);
        QVERIFY2(text.err.contains("audit anchor: rollback"), qPrintable(text.describe()));
        QVERIFY2(text.out.contains("older than an anchor made on this machine"), qPrintable(text.describe()));
        const QJsonObject doc = verifyJson(kDamaged, "(a) older copy put back");
        QVERIFY(!doc.isEmpty());
        QVERIFY(!doc.value(QStringLiteral("ok")).toBool());
        QVERIFY(doc.value(QStringLiteral("integrity_ok")).toBool());
        QVERIFY(doc.value(QStringLiteral("first_broken_audit_row")).isNull()); // the chain alone passes
        const QJsonObject anchor = doc.value(QStringLiteral("anchor")).toObject();
        QCOMPARE(anchor.value(QStringLiteral("state")).toString(), QStringLiteral("rollback"));
        QVERIFY(anchor.value(QStringLiteral("missing_rows")).toInt() > 0 ||
                !anchor.value(QStringLiteral("first_bad_row")).isNull());
        QCOMPARE(doc.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("damaged"));
    }

    // (b) With the database key (the attacker's own slot): the newest audit rows deleted and
    // meta.audit_head rewritten so the chain verifies on its own.
    void tailCut()
    {
        QCOMPARE(addPerson(20).exitCode, kOk);
        auto keyring = Keyring::load(Casebook::keyFilePath(m_casebook));
        QVERIFY(keyring);
        auto key = keyring->unlock(test::kUser, test::kPassword);
        QVERIFY(key);
        std::int64_t keep = 0;
        {
            auto db = Database::open(m_casebook, **key, false);
            QVERIFY(db);
            auto before = anchorqueries::head(**db);
            QVERIFY(before);
            keep = before->auditSeq - 3;
            QVERIFY((*db)->exec("DELETE FROM audit_log WHERE seq > " + std::to_string(keep)));
            auto head = anchorqueries::head(**db);
            QVERIFY(head);
            QVERIFY((*db)->exec("UPDATE meta SET value = '" + std::to_string(keep) + ":" + head->auditHash +
                                "' WHERE key = 'audit_head'"));
        }
        const QJsonObject doc = verifyJson(kDamaged, "(b) audit tail cut with the database key");
        QVERIFY(!doc.isEmpty());
        // The chain alone is fooled; the cut rows' change records (the person added) are named as
        // covered by no signed row at the first row after the cut (schema 19).
        QVERIFY2(doc.value(QStringLiteral("first_broken_audit_row")).isNull() ||
                     doc.value(QStringLiteral("audit_detail")).toString().contains(u"covered by no signed audit row"),
                 qPrintable(doc.value(QStringLiteral("audit_detail")).toString()));
        const QJsonObject anchor = doc.value(QStringLiteral("anchor")).toObject();
        QCOMPARE(anchor.value(QStringLiteral("state")).toString(), QStringLiteral("tail_cut"));
        QCOMPARE(anchor.value(QStringLiteral("first_bad_row")).toInteger(), keep + 1);
        QCOMPARE(anchor.value(QStringLiteral("missing_rows")).toInteger(), std::int64_t{3});
    }

    // (c) `backup restore` of an old backup: verify says restored, not rolled back; and the
    // casebook as it was before the restore, copied back by hand (with its key file), is a rollback.
    void restoreIsARestore()
    {
        CliRun r = coord({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
                          QStringLiteral("--to"), q(m_dir->file("backups"))});
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
        const QString file = r.json().object().value(QStringLiteral("file")).toString();
        for (int i = 30; i < 33; ++i)
            QCOMPARE(addPerson(i).exitCode, kOk);
        r = coord({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("restore"), file},
                  "anchor test: back to the backup\n");
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
        const auto keptAs = r.json().object().value(QStringLiteral("kept_as")).toString().toStdString();
        QVERIFY(std::filesystem::exists(keptAs));

        const CliRun text = coord({QStringLiteral("verify")});
        QVERIFY2(text.exitCode == kOk, qPrintable(text.describe()));
        QVERIFY2(text.out.contains("audit anchor: restored"), qPrintable(text.describe()));
        QVERIFY(text.out.contains("restored from a backup made at"));
        const QJsonObject doc = verifyJson(kOk, "(c) backup restore of an old backup (expected to pass as a restore)");
        const QJsonObject anchor = doc.value(QStringLiteral("anchor")).toObject();
        QCOMPARE(anchor.value(QStringLiteral("state")).toString(), QStringLiteral("restored"));
        QVERIFY(!anchor.value(QStringLiteral("restored_from_backup_made_at")).toString().isEmpty());

        // The copy kept before the restore, put back by hand: flagged.
        copyBack(keptAs, m_casebook);
        copyBack(keptAs + ".keys", Casebook::keyFilePath(m_casebook));
        const QJsonObject back = verifyJson(kDamaged, "(c') the pre-restore casebook copied back by hand");
        QVERIFY(!back.isEmpty());
        QCOMPARE(back.value(QStringLiteral("anchor")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("rollback"));
    }

    // (d) An anchor file with a bad MAC is reported, not trusted, and left as it is.
    void alteredAnchorFile()
    {
        QCOMPARE(coord({QStringLiteral("verify")}).exitCode, kOk);
        const auto file = m_config / "anchors" / (m_id + ".anchors");
        QByteArray bytes = test::readFile(file);
        const qsizetype at = bytes.lastIndexOf('\t') + 1; // the MAC of the newest anchor
        QVERIFY(at > 0);
        bytes[at] = bytes[at] == '0' ? '1' : '0';
        test::writeFile(file, bytes);
        const QJsonObject doc = verifyJson(kDamaged, "(d) anchor file with a bad MAC");
        QVERIFY(!doc.isEmpty());
        const QJsonObject anchor = doc.value(QStringLiteral("anchor")).toObject();
        QCOMPARE(anchor.value(QStringLiteral("state")).toString(), QStringLiteral("untrusted"));
        QVERIFY(anchor.value(QStringLiteral("rejected_entries")).toInt() >= 1);
        QCOMPARE(test::readFile(file), bytes);
    }
};

QTEST_GUILESS_MAIN(TestAnchorCli)
#include "TestAnchorCli.moc"
