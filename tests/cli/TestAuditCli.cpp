// `audit verify`, `audit export` and `user role` through the real waymark-cli binary: exit
// codes, text and --json, the CSV a coordinator or auditor gets, the disclosure row, a
// caseworker refused, the last coordinator not demotable, unknown users and roles; and the
// attacks: an audit row altered, and one deleted, with the raw database key (unwrapped from
// a slot, as any user can) — `audit verify` exits 5 naming the row.

#include "app/cli/Cli.h"
#include "core/io/Csv.h"
#include "core/security/Keyring.h"
#include "core/security/SecureBytes.h"
#include "core/store/Database.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cstdlib>
#include <filesystem>

using namespace waymark;
using test::CliRun;
using test::runCli;

namespace {

using cli::kExitDamaged;
using cli::kExitNotFound;
using cli::kExitOk;
using cli::kExitPermission;
using cli::kExitUsage;
using cli::kExitValidation;

constexpr const char* kCaseyPassword = "long river walk at noon";
constexpr const char* kAudreyPassword = "quiet garden path in may";

QString q(const std::filesystem::path& p)
{
    return QString::fromStdString(p.string());
}

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

} // namespace

class TestAuditCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::filesystem::path m_casebook;
    std::filesystem::path m_config;
    QString m_reference; // the young person's case reference
    std::string m_personId;

    CliRun as(const char* user, const char* password, const QStringList& args)
    {
        return runCli(QStringList{QStringLiteral("--casebook"), q(m_casebook), QStringLiteral("--user"),
                                  QString::fromLatin1(user)} +
                          args,
                      {{QStringLiteral("WAYMARK_PASSWORD"), QString::fromLatin1(password)},
                       {QStringLiteral("WAYMARK_CONFIG_DIR"), q(m_config)}});
    }
    CliRun coord(const QStringList& args) { return as(test::kUser, test::kPassword, args); }
    CliRun casey(const QStringList& args) { return as("casey", kCaseyPassword, args); }
    CliRun audrey(const QStringList& args) { return as("audrey", kAudreyPassword, args); }

    // Runs `sql` on the casebook with the database key, unwrapped from the caseworker's own slot.
    void tamper(const std::string& sql)
    {
        auto keyring = Keyring::load(Casebook::keyFilePath(m_casebook));
        QVERIFY(keyring);
        auto key = keyring->unlock("casey", kCaseyPassword);
        QVERIFY(key);
        auto db = Database::open(m_casebook, **key, false);
        QVERIFY(db);
        QVERIFY((*db)->exec(sql));
    }
    std::int64_t seqOf(const char* operation)
    {
        auto cb = Casebook::open(m_casebook, test::kUser, test::kPassword);
        if (!cb)
            return -1;
        return test::scalar(**cb, "SELECT max(seq) FROM audit_log WHERE operation = '" + std::string(operation) + "'");
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
        QVERIFY(cb->users().add("casey", kCaseyPassword, Role::Caseworker));
        QVERIFY(cb->users().add("audrey", kAudreyPassword, Role::Auditor));
        auto p = cb->people().create(test::samplePerson(3));
        QVERIFY(p);
        m_reference = QString::fromStdString(p->person.caseReference);
        m_personId = p->person.id.toString();
        QVERIFY(cb->people().view(p->person.id));
    }
    void cleanup() { m_dir.reset(); }

    void userRole()
    {
        // The only coordinator cannot step down.
        CliRun r = coord(words("user role coord caseworker"));
        QCOMPARE(r.exitCode, kExitValidation);
        QVERIFY2(r.err.contains("last active coordinator"), qPrintable(r.describe()));
        r = coord(words("--json user role casey coordinator"));
        QVERIFY2(r.exitCode == kExitOk, qPrintable(r.describe()));
        const QJsonObject doc = r.json().object();
        QCOMPARE(doc.value(QStringLiteral("role")).toString(), QStringLiteral("coordinator"));
        QCOMPARE(doc.value(QStringLiteral("previous_role")).toString(), QStringLiteral("caseworker"));
        QVERIFY(doc.value(QStringLiteral("changed")).toBool());
        // casey is a coordinator now: may change roles, and the first coordinator may step down.
        r = casey(words("user role audrey caseworker"));
        QVERIFY2(r.exitCode == kExitOk, qPrintable(r.describe()));
        QVERIFY(r.out.contains("audrey: auditor -> caseworker"));
        r = coord(words("user role coord auditor"));
        QVERIFY2(r.exitCode == kExitOk, qPrintable(r.describe()));
        // Now casey is the last one.
        r = casey(words("user role casey caseworker"));
        QCOMPARE(r.exitCode, kExitValidation);
        // A non-coordinator is refused; unknown users and roles are named.
        r = audrey(words("user role casey caseworker"));
        QCOMPARE(r.exitCode, kExitPermission);
        r = casey(words("user role nobody auditor"));
        QCOMPARE(r.exitCode, kExitNotFound);
        QVERIFY2(r.err.contains("no such user"), qPrintable(r.describe()));
        r = casey(words("user role audrey boss"));
        QCOMPARE(r.exitCode, kExitUsage);
        QVERIFY2(r.err.contains("unknown role"), qPrintable(r.describe()));
        r = casey(words("user role audrey"));
        QCOMPARE(r.exitCode, kExitUsage);
        // Audited old -> new.
        r = casey(words("--json audit list --limit 0"));
        QCOMPARE(r.exitCode, kExitOk);
        int changes = 0;
        for (const auto& v : r.json().array())
            if (v.toObject().value(QStringLiteral("operation")).toString() == QStringLiteral("user.role_changed"))
                ++changes;
        QCOMPARE(changes, 3);
    }

    void exportCsv()
    {
        const auto file = m_dir->file("audit.csv");
        CliRun r =
            coord(QStringList{QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("export"),
                              QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"),
                              QStringLiteral("2100-12-31"), QStringLiteral("--operation"), QStringLiteral("user."),
                              QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), q(file),
                              QStringLiteral("--recipient"), QStringLiteral("DPO, subject access request 7")});
        QVERIFY2(r.exitCode == kExitOk, qPrintable(r.describe()));
        QCOMPARE(r.json().object().value(QStringLiteral("rows")).toInt(), 3); // coord, casey, audrey added
        auto table = csv::read(test::readFile(file).toStdString());
        QVERIFY(table);
        QCOMPARE(table->header,
                 (std::vector<std::string>{"seq", "at", "user", "operation", "record_type", "record_id", "detail"}));
        QCOMPARE(table->rows.size(), std::size_t{3});
        for (const auto& row : table->rows)
            QCOMPARE(row.fields[3], std::string("user.added"));
        QCOMPARE(table->rows[1].fields[6], std::string("role caseworker"));
        // The disclosure is in the trail, with the recipient and the count.
        r = audrey(words("--json audit list --limit 5"));
        QCOMPARE(r.exitCode, kExitOk);
        bool found = false;
        for (const auto& v : r.json().array()) {
            const QJsonObject row = v.toObject();
            if (row.value(QStringLiteral("operation")).toString() == QStringLiteral("audit.exported")) {
                const QString detail = row.value(QStringLiteral("detail")).toString();
                QVERIFY2(detail.contains(QStringLiteral("operation=user.")) &&
                             detail.contains(QStringLiteral("rows=3")) &&
                             detail.contains(QStringLiteral("recipient=DPO, subject access request 7")),
                         qPrintable(detail));
                found = true;
            }
        }
        QVERIFY(found);
    }

    void exportByAuditorAndRefusals()
    {
        const auto json = m_dir->file("audit.json");
        CliRun r =
            audrey(QStringList{QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--from"),
                               QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2100-12-31"),
                               QStringLiteral("--user"), QString::fromLatin1(test::kUser), QStringLiteral("--format"),
                               QStringLiteral("json"), QStringLiteral("--out"), q(json)});
        QVERIFY2(r.exitCode == kExitOk, qPrintable(r.describe()));
        QVERIFY(r.out.contains("audit rows written to"));
        const auto doc = QJsonDocument::fromJson(test::readFile(json));
        QVERIFY(doc.isArray() && !doc.array().isEmpty());
        for (const auto& v : doc.array())
            QCOMPARE(v.toObject().value(QStringLiteral("user")).toString(), QString::fromLatin1(test::kUser));

        // One young person's rows, by case reference: ids only, never the name.
        const auto personFile = m_dir->file("person.csv");
        r = audrey(QStringList{QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--from"),
                               QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2100-12-31"),
                               QStringLiteral("--person"), m_reference, QStringLiteral("--format"),
                               QStringLiteral("csv"), QStringLiteral("--out"), q(personFile)});
        QVERIFY2(r.exitCode == kExitOk, qPrintable(r.describe()));
        auto table = csv::read(test::readFile(personFile).toStdString());
        QVERIFY(table && table->rows.size() >= 2); // created, viewed
        for (const auto& row : table->rows)
            QCOMPARE(row.fields[5], m_personId);
        QVERIFY(test::readFile(personFile).indexOf(QByteArray::fromStdString(test::samplePerson(3).familyName)) < 0);

        const auto csvFile = m_dir->file("casey.csv");
        r = casey(QStringList{QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--from"),
                              QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2100-12-31"),
                              QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), q(csvFile)});
        QCOMPARE(r.exitCode, kExitPermission);
        QVERIFY(!std::filesystem::exists(csvFile));
        r = casey(words("audit verify"));
        QCOMPARE(r.exitCode, kExitPermission);
        // Usage errors come before the password is needed.
        r = coord(words("audit export --from 2026-01-01 --format csv --out x.csv"));
        QCOMPARE(r.exitCode, kExitUsage);
        QVERIFY2(r.err.contains("--to"), qPrintable(r.describe()));
        r = coord(words("audit export --from 2026-02-01 --to 2026-01-01 --format csv --out x.csv"));
        QCOMPARE(r.exitCode, kExitUsage);
        r = coord(words("audit export --from 2026-01-01 --to 2026-02-01 --format xml --out x.csv"));
        QCOMPARE(r.exitCode, kExitUsage);
        r = coord(words("audit export --from 2026-01-01 --to 2026-02-01 --person NOPE-0000 --format csv --out x.csv"));
        QCOMPARE(r.exitCode, kExitNotFound);
        r = coord(words("audit export --from 2026-01-01 --to 2026-02-01 --user nobody --format csv --out x.csv"));
        QCOMPARE(r.exitCode, kExitNotFound);
    }

    void verifyOk()
    {
        CliRun r = audrey(words("audit verify"));
        QVERIFY2(r.exitCode == kExitOk, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("audit chain: ok") && r.out.contains("audit anchor: "), qPrintable(r.describe()));
        r = coord(words("--json audit verify"));
        QVERIFY2(r.exitCode == kExitOk, qPrintable(r.describe()));
        const QJsonObject doc = r.json().object();
        QVERIFY(doc.value(QStringLiteral("ok")).toBool());
        QVERIFY(doc.value(QStringLiteral("chain")).toObject().value(QStringLiteral("first_bad_row")).isNull());
    }

    // The attack: a user with the database key edits one audit row (without recomputing the
    // chain). `audit verify` names it by number, time and operation.
    void alteredRowIsNamed()
    {
        const std::int64_t seq = seqOf("person.viewed");
        QVERIFY(seq > 0);
        tamper("UPDATE audit_log SET username = 'someone else' WHERE seq = " + std::to_string(seq));
        CliRun r = audrey(words("audit verify"));
        QCOMPARE(r.exitCode, kExitDamaged);
        const QByteArray named = "broken at row " + QByteArray::number(seq) + " (";
        QVERIFY2(r.err.contains(named) && r.err.contains("person.viewed by someone else"), qPrintable(r.describe()));
        r = coord(words("--json audit verify"));
        QCOMPARE(r.exitCode, kExitDamaged);
        const QJsonObject bad = r.json()
                                    .object()
                                    .value(QStringLiteral("chain"))
                                    .toObject()
                                    .value(QStringLiteral("first_bad_row"))
                                    .toObject();
        QCOMPARE(bad.value(QStringLiteral("seq")).toInteger(), seq);
        QCOMPARE(bad.value(QStringLiteral("operation")).toString(), QStringLiteral("person.viewed"));
        QVERIFY(!bad.value(QStringLiteral("at")).toString().isEmpty());
        QCOMPARE(r.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("damaged"));
        qInfo("attack: audit row %lld altered with the database key -> audit verify exit %d naming it",
              static_cast<long long>(seq), r.exitCode);
    }

    // `audit verify` reads on from this machine's checkpoint (the last verify that found the
    // casebook whole): it says so, checks the signatures of the newer rows only, and still sees
    // any change to a row the checkpoint holds: its content (the chain is hashed whole) or its
    // signature (the checkpoint's digest of those columns), naming the row.
    void checkpointKeepsEveryRowChecked()
    {
        QCOMPARE(coord(words("verify")).exitCode, kExitOk);
        const std::int64_t viewed = seqOf("person.viewed");
        QVERIFY(viewed > 0);
        CliRun r = audrey(words("audit verify"));
        QVERIFY2(r.exitCode == kExitOk && r.out.contains("verified on this machine at"), qPrintable(r.describe()));
        r = coord(words("--json audit verify"));
        QVERIFY2(r.exitCode == kExitOk, qPrintable(r.describe()));
        const QJsonObject chain = r.json().object().value(QStringLiteral("chain")).toObject();
        QVERIFY(chain.value(QStringLiteral("checked_after")).toInteger() > viewed);
        QVERIFY(!chain.value(QStringLiteral("checkpoint_at")).toString().isEmpty());

        tamper("UPDATE audit_log SET signature = zeroblob(64) WHERE seq = " + std::to_string(viewed));
        r = coord(words("audit verify"));
        qInfo("attack: signature of audit row %lld (held by the checkpoint) zeroed -> audit verify exit %d: %s",
              static_cast<long long>(viewed), r.exitCode, qPrintable(r.err.trimmed()));
        QCOMPARE(r.exitCode, kExitDamaged);
        QVERIFY2(r.err.contains("broken at row " + QByteArray::number(viewed) + " ("), qPrintable(r.describe()));
        QVERIFY2(!r.out.contains("verified on this machine at"), qPrintable(r.describe()));
    }

    void deletedRowIsNamed()
    {
        const std::int64_t seq = seqOf("person.viewed");
        QVERIFY(seq > 0);
        tamper("DELETE FROM audit_log WHERE seq = " + std::to_string(seq));
        CliRun r = coord(words("audit verify"));
        QCOMPARE(r.exitCode, kExitDamaged);
        const QByteArray named = "broken at row " + QByteArray::number(seq) + " (no longer there)";
        QVERIFY2(r.err.contains(named), qPrintable(r.describe()));
        // The full verify still reports it too.
        r = coord(words("verify"));
        QCOMPARE(r.exitCode, kExitDamaged);
        qInfo("attack: audit row %lld deleted with the database key -> audit verify exit 5 naming it",
              static_cast<long long>(seq));
    }
};

QTEST_GUILESS_MAIN(TestAuditCli)
#include "TestAuditCli.moc"
