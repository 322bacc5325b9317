// Runs the real waymark-cli binary (QProcess) against casebooks in temporary folders.
// Every test starts from its own folder; casebooks are made with `init --kdf minimum`.
// The people are generated or obviously fictional.

#include "core/Casebook.h"
#include "core/demo/DemoGenerator.h"
#include "core/store/Database.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTest>

#include <memory>

namespace {

using namespace waymark;
using test::CliRun;
using test::runCli;

const QString kCoord = QStringLiteral("coord");
const QString kCoordPassword = QStringLiteral("correct horse battery staple");
const QString kNewPassword = QStringLiteral("a brand new long passphrase 42");
const QString kDemoUser = QString::fromUtf8(demo::kDemoUser.data(), static_cast<qsizetype>(demo::kDemoUser.size()));
const QString kDemoPassword =
    QString::fromUtf8(demo::kDemoPassword.data(), static_cast<qsizetype>(demo::kDemoPassword.size()));

QByteArray fileSha256(const QString& path)
{
    return test::sha256(std::filesystem::path(path.toStdString())).toHex();
}

// A list document with the parts that differ between two casebooks removed, in content order
// (namesakes are listed in id order, and ids differ between casebooks).
QStringList withoutIdentity(const QJsonArray& rows)
{
    QStringList out;
    for (const auto& row : rows) {
        QJsonObject o = row.toObject();
        o.remove(QStringLiteral("id"));
        o.remove(QStringLiteral("case_reference"));
        o.remove(QStringLiteral("created_at"));
        o.remove(QStringLiteral("updated_hlc"));
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    out.sort();
    return out;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    QString m_casebook;

    QString pathIn(const QString& name) const
    {
        return QString::fromStdString((m_dir->path() / name.toStdString()).string());
    }

    // waymark-cli --casebook <m_casebook> --user <user> <args> with WAYMARK_PASSWORD=<password>.
    CliRun as(const QString& user, const QString& password, const QStringList& args, QMap<QString, QString> env = {},
              const QByteArray& input = {})
    {
        env.insert(QStringLiteral("WAYMARK_PASSWORD"), password);
        return runCli(QStringList{QStringLiteral("--casebook"), m_casebook, QStringLiteral("--user"), user} + args, env,
                      input);
    }
    CliRun coord(const QStringList& args, const QMap<QString, QString>& env = {})
    {
        return as(kCoord, kCoordPassword, args, env);
    }

    bool initCasebook()
    {
        const CliRun r = coord({QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("minimum")});
        if (r.exitCode != 0)
            qWarning("init failed: %s", qPrintable(r.describe()));
        return r.exitCode == 0;
    }

    bool addUser(const QString& name, const QString& role, const QString& password)
    {
        const CliRun r = coord({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role},
                               {{QStringLiteral("WAYMARK_NEW_PASSWORD"), password}});
        if (r.exitCode != 0)
            qWarning("user add failed: %s", qPrintable(r.describe()));
        return r.exitCode == 0;
    }

    // -1 when the list cannot be read.
    int personCount()
    {
        const CliRun r = coord({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("list"),
                                QStringLiteral("--limit"), QStringLiteral("0")});
        if (r.exitCode != 0 || !r.json().isArray())
            return -1;
        return static_cast<int>(r.json().array().size());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        QVERIFY(m_dir->isValid());
        m_casebook = pathIn(QStringLiteral("test.waymark"));
    }

    void cleanup() { m_dir.reset(); }

    void auditTrailForAnAuditor()
    {
        const QMap<QString, QString> coord{{QStringLiteral("WAYMARK_PASSWORD"), kCoordPassword}};
        const QString book = pathIn(QStringLiteral("audit.waymark"));
        QCOMPARE(runCli({QStringLiteral("--casebook"), book, QStringLiteral("--user"), kCoord, QStringLiteral("init"),
                         QStringLiteral("--kdf"), QStringLiteral("minimum")},
                        coord)
                     .exitCode,
                 0);
        const CliRun added = runCli({QStringLiteral("--casebook"), book, QStringLiteral("--user"), kCoord,
                                     QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"),
                                     QStringLiteral("Nerys"), QStringLiteral("--family"), QStringLiteral("Auditwell"),
                                     QStringLiteral("--dob"), QStringLiteral("2012-02-02")},
                                    coord);
        QCOMPARE(added.exitCode, 0);
        const QString ref = QString::fromUtf8(added.out.trimmed());
        QCOMPARE(runCli({QStringLiteral("--casebook"), book, QStringLiteral("--user"), kCoord, QStringLiteral("person"),
                         QStringLiteral("show"), ref},
                        coord)
                     .exitCode,
                 0);
        QMap<QString, QString> addAuditor = coord;
        addAuditor.insert(QStringLiteral("WAYMARK_NEW_PASSWORD"), QStringLiteral("an auditor's passphrase"));
        QCOMPARE(
            runCli({QStringLiteral("--casebook"), book, QStringLiteral("--user"), kCoord, QStringLiteral("user"),
                    QStringLiteral("add"), QStringLiteral("dpo"), QStringLiteral("--role"), QStringLiteral("auditor")},
                   addAuditor)
                .exitCode,
            0);

        const QMap<QString, QString> dpo{
            {QStringLiteral("WAYMARK_PASSWORD"), QStringLiteral("an auditor's passphrase")}};
        const CliRun trail = runCli({QStringLiteral("--json"), QStringLiteral("--casebook"), book,
                                     QStringLiteral("--user"), QStringLiteral("dpo"), QStringLiteral("audit"),
                                     QStringLiteral("list"), QStringLiteral("--person"), ref},
                                    dpo);
        QVERIFY2(trail.exitCode == 0, qPrintable(trail.describe()));
        const QJsonArray rows = trail.json().array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("operation")).toString(), QStringLiteral("person.viewed"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("user")).toString(), kCoord);
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("operation")).toString(), QStringLiteral("person.created"));
        QVERIFY(!trail.out.contains("Nerys")); // the trail carries who and what, not the record's content

        const CliRun all =
            runCli({QStringLiteral("--casebook"), book, QStringLiteral("--user"), QStringLiteral("dpo"),
                    QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3")},
                   dpo);
        QCOMPARE(all.exitCode, 0);
        // Newest first: this sign-in, then the previous read (itself audited), then its sign-in.
        const QList<QByteArray> lines = all.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).contains("signin.ok") && lines.at(1).contains("audit.read"), all.out.constData());

        const CliRun refused =
            runCli({QStringLiteral("--casebook"), book, QStringLiteral("--user"), kCoord, QStringLiteral("audit"),
                    QStringLiteral("list"), QStringLiteral("--person"), QStringLiteral("WM-NOPE-2026-00001")},
                   coord);
        QCOMPARE(refused.exitCode, 7);
        qInfo("audit list: an auditor sees who created and viewed a person (no record content); reads are audited");
    }

    void personFieldsFromStdin()
    {
        const QString book = pathIn(QStringLiteral("stdin.waymark"));
        const QMap<QString, QString> coord{{QStringLiteral("WAYMARK_PASSWORD"), kCoordPassword}};
        QCOMPARE(runCli({QStringLiteral("--casebook"), book, QStringLiteral("--user"), kCoord, QStringLiteral("init"),
                         QStringLiteral("--kdf"), QStringLiteral("minimum")},
                        coord)
                     .exitCode,
                 0);
        // Password first, then the record: nothing of the child on the command line.
        const QByteArray input = kCoordPassword.toUtf8() +
                                 "\n# fields\ngiven=Gwenllian\nfamily=Stdinford\ndob=14/03/2011\n"
                                 "postcode=cf10 1aa\nflag=looked-after\ncontact=Carer Stdinford|foster_carer||yes\n";
        const CliRun added = runCli({QStringLiteral("--json"), QStringLiteral("--casebook"), book,
                                     QStringLiteral("--user"), kCoord, QStringLiteral("--password-stdin"),
                                     QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--fields-stdin")},
                                    {}, input);
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        const QJsonObject person = added.json().object();
        QCOMPARE(person.value(QStringLiteral("given_name")).toString(), QStringLiteral("Gwenllian"));
        QCOMPARE(person.value(QStringLiteral("postcode")).toString(), QStringLiteral("CF10 1AA"));
        QCOMPARE(person.value(QStringLiteral("flags")).toArray().size(), 1);
        QCOMPARE(person.value(QStringLiteral("contacts")).toArray().size(), 1);

        const CliRun bad = runCli({QStringLiteral("--casebook"), book, QStringLiteral("--user"), kCoord,
                                   QStringLiteral("--password-stdin"), QStringLiteral("person"), QStringLiteral("add"),
                                   QStringLiteral("--fields-stdin")},
                                  {}, kCoordPassword.toUtf8() + "\ngiven Gwen without an equals sign\n");
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(!bad.err.contains("Gwen")); // the message names the format, not the data
        qInfo("person add --fields-stdin: record read from standard input after the password; bad lines exit 2");
    }

    void calendarCommands()
    {
        // Bank holidays as the published list has them (Scotland 2022: moved spring holiday,
        // Platinum Jubilee, State Funeral, St Andrew's Day substitute).
        const CliRun holidays =
            runCli({QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("holidays"),
                    QStringLiteral("--division"), QStringLiteral("scotland"), QStringLiteral("--from"),
                    QStringLiteral("2022"), QStringLiteral("--to"), QStringLiteral("2022")});
        QVERIFY2(holidays.exitCode == 0, qPrintable(holidays.describe()));
        const QJsonArray list = holidays.json().array();
        QStringList dates;
        for (const auto& h : list)
            dates << h.toObject().value(QStringLiteral("date")).toString();
        QCOMPARE(dates, (QStringList{"2022-01-03", "2022-01-04", "2022-04-15", "2022-05-02", "2022-06-02", "2022-06-03",
                                     "2022-08-01", "2022-09-19", "2022-11-30", "2022-12-26", "2022-12-27"}));
        QVERIFY(list.first().toObject().contains(QStringLiteral("substitute")));
        QVERIFY(!list.first().toObject().value(QStringLiteral("name")).toString().isEmpty());

        const CliRun plain =
            runCli({QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("--division"),
                    QStringLiteral("england-and-wales"), QStringLiteral("--from"), QStringLiteral("2023"),
                    QStringLiteral("--to"), QStringLiteral("2023")});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.split('\n').contains("2023-05-08")); // the Coronation

        // Across Easter 2026 (Good Friday 3 April, Easter Monday 6 April).
        const CliRun add =
            runCli({QStringLiteral("calendar"), QStringLiteral("add-working-days"), QStringLiteral("2026-04-01"),
                    QStringLiteral("3"), QStringLiteral("--division"), QStringLiteral("england-and-wales")});
        QCOMPARE(add.exitCode, 0);
        QCOMPARE(add.out.trimmed(), QByteArray("2026-04-08"));
        const CliRun count =
            runCli({QStringLiteral("calendar"), QStringLiteral("working-days"), QStringLiteral("2026-12-24"),
                    QStringLiteral("2027-01-04"), QStringLiteral("--division"), QStringLiteral("england-and-wales")});
        QCOMPARE(count.exitCode, 0);
        QCOMPARE(count.out.trimmed(), QByteArray("4"));

        for (const QStringList& bad :
             {QStringList{"calendar", "holidays", "--division", "wales", "--from", "2020", "--to", "2020"},
              QStringList{"calendar", "holidays", "--division", "scotland", "--from", "20x0", "--to", "2020"},
              QStringList{"calendar", "add-working-days", "31/02/2026", "3", "--division", "scotland"},
              QStringList{"calendar", "working-days", "2026-01-01", "--division", "scotland"}}) {
            const CliRun r = runCli(bad);
            QVERIFY2(r.exitCode == 2, qPrintable(bad.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.describe()));
            QVERIFY(!r.err.trimmed().isEmpty());
        }
        qInfo("calendar: Scotland 2022 list (11 dates), E&W 2023 Coronation, working days across Easter and "
              "Christmas, 4 bad inputs exit 2");
    }

    void versionNamesSqlCipher()
    {
        const CliRun r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.startsWith(QStringLiteral("waymark-cli ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("(SQLCipher 4.")), qPrintable(text));
        const CliRun j = runCli({QStringLiteral("--json"), QStringLiteral("--version")});
        QCOMPARE(j.exitCode, 0);
        QCOMPARE(j.json().object().value(QStringLiteral("name")).toString(), QStringLiteral("waymark-cli"));
        qInfo("--version prints: %s", qPrintable(text.trimmed()));
    }

    void helpListsExitCodes()
    {
        const CliRun r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.contains(QStringLiteral("Exit codes")));
        QVERIFY(text.contains(QStringLiteral("9 casebook from a newer Waymark")));
        const CliRun none = runCli({});
        QCOMPARE(none.exitCode, 2);
        qInfo("--help lists commands and exit codes; no command exits 2");
    }

    void initPasswordFromStdin()
    {
        const CliRun r = runCli({QStringLiteral("--casebook"), m_casebook, QStringLiteral("--user"), kCoord,
                                 QStringLiteral("--password-stdin"), QStringLiteral("--json"), QStringLiteral("init"),
                                 QStringLiteral("--kdf"), QStringLiteral("minimum"), QStringLiteral("--division"),
                                 QStringLiteral("scotland")},
                                {}, (kCoordPassword + QStringLiteral("\n")).toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().object().value(QStringLiteral("division")).toString(), QStringLiteral("scotland"));
        QVERIFY(!r.out.contains(kCoordPassword.toUtf8()));
        const CliRun info = coord({QStringLiteral("--json"), QStringLiteral("info")});
        QVERIFY2(info.exitCode == 0, qPrintable(info.describe()));
        QCOMPARE(info.json().object().value(QStringLiteral("demo")).toBool(true), false);
        qInfo("init with --password-stdin created a Scotland casebook; WAYMARK_PASSWORD signs in to it");
    }

    void verifyFreshCasebook()
    {
        QVERIFY(initCasebook());
        const CliRun r = coord({QStringLiteral("--json"), QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("integrity_ok")).toBool(), true);
        QVERIFY(o.value(QStringLiteral("first_broken_audit_row")).isNull());
        QVERIFY(o.value(QStringLiteral("audit_rows")).toInteger() >= 1);
        qInfo("verify on a fresh casebook: ok, %lld audit rows", o.value(QStringLiteral("audit_rows")).toInteger());
    }

    void personRoundTrip()
    {
        QVERIFY(initCasebook());
        const QStringList add = {
            QStringLiteral("--json"),
            QStringLiteral("person"),
            QStringLiteral("add"),
            QStringLiteral("--given"),
            QStringLiteral("Zoë"),
            QStringLiteral("--family"),
            QStringLiteral("Testington-Ap Llŷr"),
            QStringLiteral("--preferred"),
            QStringLiteral("Zo"),
            QStringLiteral("--alias"),
            QStringLiteral("Zoe Test"),
            QStringLiteral("--alias"),
            QStringLiteral("Z. Example"),
            QStringLiteral("--dob"),
            QStringLiteral("14/03/2011"),
            QStringLiteral("--sex"),
            QStringLiteral("female"),
            QStringLiteral("--ethnicity"),
            QStringLiteral("mixed_other"),
            QStringLiteral("--first-language"),
            QStringLiteral("Welsh"),
            QStringLiteral("--address"),
            QStringLiteral("1 Example Road, Nowhere"),
            QStringLiteral("--postcode"),
            QStringLiteral("le4 5ab"),
            QStringLiteral("--phone"),
            QStringLiteral("07700 900123"),
            QStringLiteral("--ete-status"),
            QStringLiteral("school_full_time"),
            QStringLiteral("--nhs"),
            QStringLiteral("999 000 0018"),
            QStringLiteral("--flag"),
            QStringLiteral("looked-after"),
            QStringLiteral("--flag"),
            QStringLiteral("send-aln"),
            QStringLiteral("--contact"),
            QStringLiteral("Jane Testington|mother|07700 900456|yes"),
            QStringLiteral("--interpreter"),
        };
        const CliRun added = coord(add);
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        const QJsonObject p = added.json().object();
        const QString ref = p.value(QStringLiteral("case_reference")).toString();
        QVERIFY2(!ref.isEmpty(), qPrintable(added.describe()));
        QCOMPARE(p.value(QStringLiteral("given_name")).toString(), QStringLiteral("Zoë"));
        QCOMPARE(p.value(QStringLiteral("family_name")).toString(), QStringLiteral("Testington-Ap Llŷr"));
        QCOMPARE(p.value(QStringLiteral("date_of_birth")).toString(), QStringLiteral("2011-03-14"));
        QCOMPARE(p.value(QStringLiteral("postcode")).toString(), QStringLiteral("LE4 5AB"));
        QCOMPARE(p.value(QStringLiteral("nhs_number")).toString(), QStringLiteral("9990000018"));
        QCOMPARE(p.value(QStringLiteral("interpreter_needed")).toBool(), true);
        QCOMPARE(p.value(QStringLiteral("aliases")).toArray().size(), 2);
        QCOMPARE(p.value(QStringLiteral("flags")).toArray(),
                 QJsonArray({QStringLiteral("looked-after"), QStringLiteral("send-aln")}));
        const QJsonObject contact = p.value(QStringLiteral("contacts")).toArray().at(0).toObject();
        QCOMPARE(contact.value(QStringLiteral("relationship")).toString(), QStringLiteral("mother"));
        QCOMPARE(contact.value(QStringLiteral("parental_responsibility")).toBool(), true);
        QVERIFY(p.value(QStringLiteral("possible_duplicates")).toArray().isEmpty());
        qInfo("person add stored %s with normalised postcode and NHS number", qPrintable(ref));

        // Plain output of add is just the reference.
        const CliRun second =
            coord({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"), QStringLiteral("Zoe"),
                   QStringLiteral("--family"), QStringLiteral("Testington-Ap Llyr"), QStringLiteral("--dob"),
                   QStringLiteral("2011-03-14")});
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
        QVERIFY(second.out.trimmed().startsWith("WM-"));
        QVERIFY2(second.err.contains("warning") && second.err.contains(ref.toUtf8()), qPrintable(second.describe()));
        qInfo("a second, similar person was saved with a duplicate warning naming %s", qPrintable(ref));

        const CliRun shown = coord({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("show"), ref});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
        QJsonObject expected = p;
        expected.remove(QStringLiteral("possible_duplicates"));
        QCOMPARE(expected.take(QStringLiteral("restricted_match")).toBool(true), false); // add's own answer
        QCOMPARE(shown.json().object(), expected);
        const CliRun byId = coord({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("show"),
                                   p.value(QStringLiteral("id")).toString()});
        QCOMPARE(byId.json().object(), expected);
        const CliRun text = coord({QStringLiteral("person"), QStringLiteral("show"), ref});
        QVERIFY(text.out.contains("Case reference: " + ref.toUtf8()));
        qInfo("person show (by reference, by id, as text) returns the stored record");

        const CliRun list = coord({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QCOMPARE(list.json().array().size(), 2);
        const CliRun lookedAfter = coord({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("list"),
                                          QStringLiteral("--filter"), QStringLiteral("looked-after")});
        QCOMPARE(lookedAfter.json().array().size(), 1);
        QCOMPARE(lookedAfter.json().array().at(0).toObject().value(QStringLiteral("case_reference")).toString(), ref);
        const CliRun limited = coord({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("list"),
                                      QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(limited.json().array().size(), 1);
        qInfo("person list: 2 rows, --filter looked-after 1 row, --limit 1 one row");

        const CliRun search = coord(
            {QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("search"), QStringLiteral("zoe test")});
        QVERIFY2(search.exitCode == 0, qPrintable(search.describe()));
        QCOMPARE(search.json().array().size(), 2);
        const CliRun byRef = coord({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("search"), ref});
        QCOMPARE(byRef.json().array().size(), 1);
        const CliRun none = coord({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("search"),
                                   QStringLiteral("Nobodyhere")});
        QVERIFY2(none.exitCode == 0, qPrintable(none.describe()));
        QCOMPARE(none.json().array().size(), 0);
        qInfo("person search: accent-folded name prefixes find both, the reference finds one, a stranger none");

        const CliRun updated = coord({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("update"), ref,
                                      QStringLiteral("--postcode"), QStringLiteral("LE11 2DE"),
                                      QStringLiteral("--flag"), QStringLiteral("exploitation-concern"),
                                      QStringLiteral("--contact"), QString(), QStringLiteral("--interpreter=no")});
        QVERIFY2(updated.exitCode == 0, qPrintable(updated.describe()));
        const CliRun after = coord({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("show"), ref});
        const QJsonObject a = after.json().object();
        QCOMPARE(a.value(QStringLiteral("postcode")).toString(), QStringLiteral("LE11 2DE"));
        QCOMPARE(a.value(QStringLiteral("flags")).toArray(), QJsonArray({QStringLiteral("exploitation-concern")}));
        QVERIFY(a.value(QStringLiteral("contacts")).toArray().isEmpty());
        QCOMPARE(a.value(QStringLiteral("interpreter_needed")).toBool(), false);
        QCOMPARE(a.value(QStringLiteral("given_name")).toString(), QStringLiteral("Zoë"));
        QCOMPARE(a.value(QStringLiteral("aliases")).toArray().size(), 2);
        QCOMPARE(a.value(QStringLiteral("case_reference")).toString(), ref);
        QVERIFY(a.value(QStringLiteral("updated_hlc")).toString() != p.value(QStringLiteral("updated_hlc")).toString());
        qInfo("person update replaced postcode, flags, contacts and interpreter; kept the other fields");

        const CliRun verify = coord({QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
        qInfo("verify after the round trip: ok");
    }

    void userLifecycle()
    {
        QVERIFY(initCasebook());
        const QString alice1 = QStringLiteral("first long passphrase one");
        const QString alice2 = QStringLiteral("second long passphrase two");
        const QString alice3 = QStringLiteral("third long passphrase three");
        const CliRun added = coord({QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("add"),
                                    QStringLiteral("alice"), QStringLiteral("--role"), QStringLiteral("caseworker"),
                                    QStringLiteral("--display-name"), QStringLiteral("Alice Example")},
                                   {{QStringLiteral("WAYMARK_NEW_PASSWORD"), alice1}});
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        QCOMPARE(added.json().object().value(QStringLiteral("role")).toString(), QStringLiteral("caseworker"));
        QVERIFY(!added.out.contains(alice1.toUtf8()) && !added.err.contains(alice1.toUtf8()));

        const CliRun list = coord({QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        bool found = false;
        for (const auto& v : list.json().array()) {
            const QJsonObject u = v.toObject();
            if (u.value(QStringLiteral("username")).toString() == QStringLiteral("alice")) {
                found = true;
                QCOMPARE(u.value(QStringLiteral("role")).toString(), QStringLiteral("caseworker"));
                QCOMPARE(u.value(QStringLiteral("active")).toBool(), true);
                QCOMPARE(u.value(QStringLiteral("display_name")).toString(), QStringLiteral("Alice Example"));
            }
        }
        QVERIFY(found);
        QCOMPARE(as(QStringLiteral("alice"), alice1, {QStringLiteral("person"), QStringLiteral("list")}).exitCode, 0);
        qInfo("user add alice (caseworker); user list shows her; she signs in");

        // Own password through stdin: line 1 current, line 2 new.
        const CliRun own =
            runCli({QStringLiteral("--casebook"), m_casebook, QStringLiteral("--user"), QStringLiteral("alice"),
                    QStringLiteral("--password-stdin"), QStringLiteral("user"), QStringLiteral("passwd")},
                   {}, (alice1 + QStringLiteral("\n") + alice2 + QStringLiteral("\n")).toUtf8());
        QVERIFY2(own.exitCode == 0, qPrintable(own.describe()));
        QCOMPARE(as(QStringLiteral("alice"), alice1, {QStringLiteral("person"), QStringLiteral("list")}).exitCode, 3);
        QCOMPARE(as(QStringLiteral("alice"), alice2, {QStringLiteral("person"), QStringLiteral("list")}).exitCode, 0);
        qInfo("alice changed her own password via --password-stdin: old refused (3), new accepted");

        // A caseworker cannot reset someone else's password.
        const CliRun notHers =
            as(QStringLiteral("alice"), alice2, {QStringLiteral("user"), QStringLiteral("passwd"), kCoord},
               {{QStringLiteral("WAYMARK_NEW_PASSWORD"), kNewPassword}});
        QCOMPARE(notHers.exitCode, 6);

        const CliRun reset = coord({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("alice")},
                                   {{QStringLiteral("WAYMARK_NEW_PASSWORD"), alice3}});
        QVERIFY2(reset.exitCode == 0, qPrintable(reset.describe()));
        QCOMPARE(as(QStringLiteral("alice"), alice2, {QStringLiteral("person"), QStringLiteral("list")}).exitCode, 3);
        // After the reset alice must choose her own password first: all else is refused (6).
        for (const QStringList& cmd : {QStringList{QStringLiteral("person"), QStringLiteral("list")},
                                       QStringList{QStringLiteral("info")}, QStringList{QStringLiteral("work")},
                                       QStringList{QStringLiteral("user"), QStringLiteral("passwd"), kCoord}}) {
            const CliRun refused = as(QStringLiteral("alice"), alice3, QStringList{QStringLiteral("--json")} + cmd,
                                      {{QStringLiteral("WAYMARK_NEW_PASSWORD"), kNewPassword}});
            const QJsonValue rule = refused.json()[QStringLiteral("error")][QStringLiteral("rule")];
            const bool told = refused.err.contains("user passwd"); // says what to run
            QVERIFY2(refused.exitCode == 6 && told && rule == QStringLiteral("must_change_password"),
                     qPrintable(cmd.join(QLatin1Char(' ')) + QStringLiteral(": ") + refused.describe()));
        }
        const QString alice4 = QStringLiteral("fourth long passphrase four");
        const CliRun chosen = as(QStringLiteral("alice"), alice3, {QStringLiteral("user"), QStringLiteral("passwd")},
                                 {{QStringLiteral("WAYMARK_NEW_PASSWORD"), alice4}});
        QVERIFY2(chosen.exitCode == 0, qPrintable(chosen.describe()));
        QCOMPARE(as(QStringLiteral("alice"), alice4, {QStringLiteral("person"), QStringLiteral("list")}).exitCode, 0);
        qInfo("coordinator reset alice's password: refused (6) until she chooses her own; resetting another's: 6");

        const CliRun weak = coord({QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("add"),
                                   QStringLiteral("bob"), QStringLiteral("--role"), QStringLiteral("auditor")},
                                  {{QStringLiteral("WAYMARK_NEW_PASSWORD"), QStringLiteral("short")}});
        QCOMPARE(weak.exitCode, 4);
        QCOMPARE(
            weak.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
            QStringLiteral("password"));
        QCOMPARE(as(QStringLiteral("bob"), QStringLiteral("short"), {QStringLiteral("person"), QStringLiteral("list")})
                     .exitCode,
                 3);
        qInfo("a too-short new password is refused (4, field password) and no account is made");

        const CliRun removed = coord({QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("alice")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        QCOMPARE(as(QStringLiteral("alice"), alice3, {QStringLiteral("person"), QStringLiteral("list")}).exitCode, 3);
        const CliRun after = coord({QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")});
        for (const auto& v : after.json().array()) {
            const QJsonObject u = v.toObject();
            if (u.value(QStringLiteral("username")).toString() == QStringLiteral("alice"))
                QCOMPARE(u.value(QStringLiteral("active")).toBool(), false);
        }
        const CliRun self = coord({QStringLiteral("user"), QStringLiteral("remove"), kCoord});
        QVERIFY(self.exitCode != 0);
        QCOMPARE(coord({QStringLiteral("person"), QStringLiteral("list")}).exitCode, 0);
        qInfo("user remove alice: she can no longer sign in; the coordinator cannot remove herself (exit %d)",
              self.exitCode);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("setup"); // none | fresh | toonew
        QTest::addColumn<bool>("withCasebook");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("expectedExit");
        QTest::addColumn<QString>("expectedCode");
        QTest::addColumn<QString>("expectedField");

        const QString wrong = QStringLiteral("definitely not the password");
        const QString auditorPw = QStringLiteral("auditor long passphrase");
        const QString workerPw = QStringLiteral("caseworker long passphrase");
        const QStringList add = {QStringLiteral("person"),  QStringLiteral("add"),      QStringLiteral("--given"),
                                 QStringLiteral("Adaline"), QStringLiteral("--family"), QStringLiteral("Testcase")};

        QTest::newRow("no casebook file")
            << "none" << true << kCoord << kCoordPassword << QStringList{"person", "list"} << 7 << "not_found"
            << "";
        QTest::newRow("no --casebook option")
            << "fresh" << false << kCoord << kCoordPassword << QStringList{"person", "list"} << 2 << "invalid_input"
            << "";
        QTest::newRow("unknown command") << "fresh" << true << kCoord << kCoordPassword << QStringList{"frobnicate"}
                                         << 2 << "invalid_input"
                                         << "";
        QTest::newRow("unknown option") << "fresh" << true << kCoord << kCoordPassword
                                        << QStringList{"person", "list", "--colour", "red"} << 2 << "invalid_input"
                                        << "";
        QTest::newRow("missing subcommand")
            << "fresh" << true << kCoord << kCoordPassword << QStringList{"person"} << 2 << "invalid_input"
            << "";
        QTest::newRow("impossible date of birth") << "fresh" << true << kCoord << kCoordPassword
                                                  << (add + QStringList{"--dob", "31/02/2012"}) << 2 << "invalid_input"
                                                  << "date_of_birth";
        QTest::newRow("two-digit year") << "fresh" << true << kCoord << kCoordPassword
                                        << (add + QStringList{"--dob", "1/5/12"}) << 2 << "invalid_input"
                                        << "date_of_birth";
        QTest::newRow("unknown flag") << "fresh" << true << kCoord << kCoordPassword
                                      << (add + QStringList{"--dob", "2012-05-01", "--flag", "famous"}) << 2
                                      << "invalid_input"
                                      << "flags";
        QTest::newRow("bad limit") << "fresh" << true << kCoord << kCoordPassword
                                   << QStringList{"person", "list", "--limit", "lots"} << 2 << "invalid_input"
                                   << "limit";
        QTest::newRow("wrong password") << "fresh" << true << kCoord << wrong << QStringList{"person", "list"} << 3
                                        << "wrong_credentials"
                                        << "";
        QTest::newRow("unknown user") << "fresh" << true << "nobody" << kCoordPassword << QStringList{"person", "list"}
                                      << 3 << "wrong_credentials"
                                      << "";
        QTest::newRow("validation: postcode")
            << "fresh" << true << kCoord << kCoordPassword
            << (add + QStringList{"--dob", "2012-05-01", "--postcode", "NOT A POSTCODE"}) << 4 << "validation"
            << "postcode";
        QTest::newRow("validation: date of birth in the future")
            << "fresh" << true << kCoord << kCoordPassword << (add + QStringList{"--dob", "2099-01-01"}) << 4
            << "validation"
            << "date_of_birth";
        QTest::newRow("validation: no family name")
            << "fresh" << true << kCoord << kCoordPassword
            << QStringList{"person", "add", "--given", "Adaline", "--dob", "2012-05-01"} << 4 << "validation"
            << "family_name";
        QTest::newRow("validation: NHS check digit")
            << "fresh" << true << kCoord << kCoordPassword
            << (add + QStringList{"--dob", "2012-05-01", "--nhs", "1234567890"}) << 4 << "validation"
            << "nhs_number";
        QTest::newRow("validation: ethnicity code")
            << "fresh" << true << kCoord << kCoordPassword
            << (add + QStringList{"--dob", "2012-05-01", "--ethnicity", "martian"}) << 4 << "validation"
            << "ethnicity";
        QTest::newRow("permission: auditor adds a person")
            << "fresh" << true << "audrey" << auditorPw << (add + QStringList{"--dob", "2012-05-01"}) << 6
            << "permission_denied"
            << "";
        QTest::newRow("permission: caseworker adds a user")
            << "fresh" << true << "casey" << workerPw << QStringList{"user", "add", "eve", "--role", "auditor"} << 6
            << "permission_denied"
            << "";
        QTest::newRow("permission: caseworker generates demo data")
            << "fresh" << true << "casey" << workerPw << QStringList{"demo", "--scale", "small"} << 6
            << "permission_denied"
            << "";
        QTest::newRow("unknown case reference")
            << "fresh" << true << kCoord << kCoordPassword << QStringList{"person", "show", "WM-NONE-2026-99999"} << 7
            << "not_found"
            << "";
        QTest::newRow("unknown person id")
            << "fresh" << true << kCoord << kCoordPassword
            << QStringList{"person", "update", "01890000-0000-7000-8000-000000000000", "--given", "X"} << 7
            << "not_found"
            << "";
        QTest::newRow("unknown user to reset") << "fresh" << true << kCoord << kCoordPassword
                                               << QStringList{"user", "passwd", "nobody"} << 7 << "not_found"
                                               << "username";
        QTest::newRow("init over an existing casebook")
            << "fresh" << true << kCoord << kCoordPassword << QStringList{"init", "--kdf", "minimum"} << 8
            << "already_exists"
            << "";
        QTest::newRow("demo into a casebook with real records")
            << "fresh" << true << kCoord << kCoordPassword << QStringList{"demo", "--scale", "small"} << 8 << "conflict"
            << "";
        QTest::newRow("casebook from a newer Waymark")
            << "toonew" << true << kCoord << kCoordPassword << QStringList{"person", "list"} << 9 << "too_new"
            << "";
    }

    void exitCodes()
    {
        QFETCH(QString, setup);
        QFETCH(bool, withCasebook);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QStringList, args);
        QFETCH(int, expectedExit);
        QFETCH(QString, expectedCode);
        QFETCH(QString, expectedField);

        int peopleBefore = -1;
        if (setup != QStringLiteral("none")) {
            QVERIFY(initCasebook());
            QVERIFY(addUser(QStringLiteral("audrey"), QStringLiteral("auditor"),
                            QStringLiteral("auditor long passphrase")));
            QVERIFY(addUser(QStringLiteral("casey"), QStringLiteral("caseworker"),
                            QStringLiteral("caseworker long passphrase")));
            // One real record, so demo data is refused and counts can be compared.
            const CliRun one =
                coord({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"),
                       QStringLiteral("Existing"), QStringLiteral("--family"), QStringLiteral("Recordholder"),
                       QStringLiteral("--dob"), QStringLiteral("2010-01-02")});
            QVERIFY2(one.exitCode == 0, qPrintable(one.describe()));
            peopleBefore = personCount();
            QCOMPARE(peopleBefore, 1);
        }
        if (setup == QStringLiteral("toonew")) {
            auto casebook =
                Casebook::open(m_casebook.toStdString(), kCoord.toStdString(), kCoordPassword.toStdString());
            QVERIFY2(casebook.has_value(), casebook ? "" : describe(casebook.error()).c_str());
            QVERIFY((*casebook)->database().exec("PRAGMA user_version = 9999").has_value());
        }

        QStringList full;
        if (withCasebook)
            full << QStringLiteral("--casebook") << m_casebook;
        full << QStringLiteral("--user") << user << QStringLiteral("--json") << args;
        const CliRun r = runCli(full, {{QStringLiteral("WAYMARK_PASSWORD"), password},
                                       {QStringLiteral("WAYMARK_NEW_PASSWORD"), kNewPassword}});
        QVERIFY2(r.exitCode == expectedExit, qPrintable(r.describe()));

        // One line on stderr, and the same error as JSON on stdout.
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QVERIFY2(lines.size() == 1 && lines.front().startsWith("waymark-cli: "), qPrintable(r.describe()));
        const QJsonObject error = r.json().object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), expectedCode);
        if (!expectedField.isEmpty())
            QCOMPARE(error.value(QStringLiteral("field")).toString(), expectedField);
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());

        // Never a password or the person's data in the output.
        for (const QByteArray& secret : {password.toUtf8(), kNewPassword.toUtf8(), QByteArray("Adaline"),
                                         QByteArray("NOT A POSTCODE"), QByteArray("2099")}) {
            QVERIFY2(!r.err.contains(secret) && !r.out.contains(secret), secret.constData());
        }
        // A refused command stores nothing.
        if (peopleBefore >= 0 && setup != QStringLiteral("toonew"))
            QCOMPARE(personCount(), peopleBefore);
        qInfo("exit %d, code %s%s: %s", r.exitCode, qPrintable(expectedCode),
              expectedField.isEmpty() ? "" : qPrintable(QStringLiteral(", field ") + expectedField),
              r.err.trimmed().constData());
    }

    void wrongPasswordLeavesFilesUntouched()
    {
        QVERIFY(initCasebook());
        const QString keyFile = QString::fromStdString(Casebook::keyFilePath(m_casebook.toStdString()).string());
        QVERIFY(QFile::exists(keyFile));
        const QByteArray dbBefore = fileSha256(m_casebook);
        const QByteArray keyBefore = fileSha256(keyFile);
        for (int i = 0; i < 3; ++i) {
            const CliRun r = as(kCoord, QStringLiteral("wrong password number %1").arg(i),
                                {QStringLiteral("person"), QStringLiteral("list")});
            QCOMPARE(r.exitCode, 3);
        }
        QCOMPARE(fileSha256(m_casebook), dbBefore);
        QCOMPARE(fileSha256(keyFile), keyBefore);
        qInfo("3 wrong passwords: exit 3 each; SHA-256 of casebook and key file unchanged (%s...)",
              dbBefore.left(16).constData());
    }

    void damagedCasebook()
    {
        QVERIFY(initCasebook());
        {
            // Enough records for a file of many pages.
            auto casebook =
                Casebook::open(m_casebook.toStdString(), kCoord.toStdString(), kCoordPassword.toStdString());
            QVERIFY2(casebook.has_value(), casebook ? "" : describe(casebook.error()).c_str());
            std::vector<Person> people;
            for (int i = 0; i < 300; ++i)
                people.push_back(test::samplePerson(i));
            auto saved = (*casebook)->people().createMany(std::move(people));
            QVERIFY2(saved.has_value(), saved ? "" : describe(saved.error()).c_str());
        }
        QCOMPARE(coord({QStringLiteral("verify")}).exitCode, 0);

        QFile file(m_casebook);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const qsizetype middle = bytes.size() / 2;
        for (qsizetype i = middle; i < middle + 64; ++i)
            bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
        qInfo("flipped 64 bytes at offset %lld of %lld", static_cast<long long>(middle),
              static_cast<long long>(bytes.size()));

        const CliRun verify = coord({QStringLiteral("--json"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 5, qPrintable(verify.describe()));
        QCOMPARE(
            verify.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("damaged"));
        for (const QStringList& args :
             {QStringList{QStringLiteral("info")}, QStringList{QStringLiteral("person"), QStringLiteral("list"),
                                                               QStringLiteral("--limit"), QStringLiteral("0")}}) {
            const CliRun r = coord(args);
            QVERIFY2(r.exitCode == 0 || r.exitCode == 5, qPrintable(r.describe()));
        }
        qInfo("damaged casebook: verify exits 5 (%s); other commands exit 0 or 5, never 3",
              verify.err.trimmed().constData());
    }

    void damagedKeyFile()
    {
        QVERIFY(initCasebook());
        const auto keyFile = Casebook::keyFilePath(m_casebook.toStdString());
        QByteArray bytes = test::readFile(keyFile);
        QVERIFY(bytes.size() > 8);
        bytes.truncate(bytes.size() / 2);
        test::writeFile(keyFile, bytes);
        const CliRun r = coord({QStringLiteral("person"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
        qInfo("a truncated key file: exit 5 (%s)", r.err.trimmed().constData());
    }

    void demoIsDeterministic()
    {
        const QString first = pathIn(QStringLiteral("demo-a.waymark"));
        const QString second = pathIn(QStringLiteral("demo-b.waymark"));
        QJsonArray lists[2];
        int index = 0;
        for (const QString& path : {first, second}) {
            const CliRun made =
                runCli({QStringLiteral("--casebook"), path, QStringLiteral("--json"), QStringLiteral("demo"),
                        QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--seed"),
                        QStringLiteral("7"), QStringLiteral("--kdf"), QStringLiteral("minimum")});
            QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
            const QJsonObject o = made.json().object();
            QCOMPARE(o.value(QStringLiteral("people_added")).toInt(), 1000);
            QCOMPARE(o.value(QStringLiteral("created")).toBool(), true);
            QVERIFY2(made.err.contains("demo: 100% adding people"), made.err.constData());
            qInfo("demo small seed 7 into %s: %.1f s", qPrintable(QFileInfo(path).fileName()),
                  o.value(QStringLiteral("seconds")).toDouble());

            const CliRun list = runCli({QStringLiteral("--casebook"), path, QStringLiteral("--user"), kDemoUser,
                                        QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("list"),
                                        QStringLiteral("--limit"), QStringLiteral("0")},
                                       {{QStringLiteral("WAYMARK_PASSWORD"), kDemoPassword}});
            QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
            lists[index++] = list.json().array();

            const CliRun info = runCli({QStringLiteral("--casebook"), path, QStringLiteral("--user"), kDemoUser,
                                        QStringLiteral("--json"), QStringLiteral("info")},
                                       {{QStringLiteral("WAYMARK_PASSWORD"), kDemoPassword}});
            QCOMPARE(info.json().object().value(QStringLiteral("demo")).toBool(), true);
        }
        QCOMPARE(lists[0].size(), 1000);
        QCOMPARE(withoutIdentity(lists[0]), withoutIdentity(lists[1]));
        qInfo("the two casebooks hold the same 1000 people (ids and references aside)");

        // The mix looks like a caseload: ages 10-25, some flags, distinct names.
        const QDate today = QDate::currentDate();
        int lookedAfter = 0;
        int exploitation = 0;
        int teens = 0;
        QSet<QString> names;
        for (const auto& v : lists[0]) {
            const QJsonObject p = v.toObject();
            const QDate dob = QDate::fromString(p.value(QStringLiteral("date_of_birth")).toString(), Qt::ISODate);
            QVERIFY(dob.isValid());
            int age = today.year() - dob.year();
            if (QDate(today.year(), dob.month(), dob.day() <= 28 ? dob.day() : 28) > today)
                --age;
            QVERIFY2(age >= 9 && age <= 25, qPrintable(QString::number(age)));
            if (age >= 14 && age <= 17)
                ++teens;
            const QJsonArray flags = p.value(QStringLiteral("flags")).toArray();
            lookedAfter += flags.contains(QStringLiteral("looked-after")) ? 1 : 0;
            exploitation += flags.contains(QStringLiteral("exploitation-concern")) ? 1 : 0;
            names.insert(p.value(QStringLiteral("given_name")).toString() + QLatin1Char(' ') +
                         p.value(QStringLiteral("family_name")).toString());
        }
        QVERIFY2(lookedAfter >= 15 && lookedAfter <= 80, qPrintable(QString::number(lookedAfter)));
        QVERIFY2(exploitation >= 25 && exploitation <= 110, qPrintable(QString::number(exploitation)));
        QVERIFY2(teens >= 450, qPrintable(QString::number(teens)));
        QVERIFY2(names.size() >= 900, qPrintable(QString::number(names.size())));
        qInfo("mix: %d aged 14-17, %d looked after, %d exploitation concern, %lld distinct names", teens, lookedAfter,
              exploitation, static_cast<long long>(names.size()));

        // Another seed gives other people.
        const QString third = pathIn(QStringLiteral("demo-c.waymark"));
        const CliRun other =
            runCli({QStringLiteral("--casebook"), third, QStringLiteral("demo"), QStringLiteral("--seed"),
                    QStringLiteral("8"), QStringLiteral("--kdf"), QStringLiteral("minimum")});
        QVERIFY2(other.exitCode == 0, qPrintable(other.describe()));
        const CliRun otherList =
            runCli({QStringLiteral("--casebook"), third, QStringLiteral("--user"), kDemoUser, QStringLiteral("--json"),
                    QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")},
                   {{QStringLiteral("WAYMARK_PASSWORD"), kDemoPassword}});
        QCOMPARE(otherList.json().array().size(), 1000);
        QVERIFY(withoutIdentity(otherList.json().array()) != withoutIdentity(lists[0]));
        qInfo("seed 8 gives a different set of people");

        const CliRun verify =
            runCli({QStringLiteral("--casebook"), first, QStringLiteral("--user"), kDemoUser, QStringLiteral("verify")},
                   {{QStringLiteral("WAYMARK_PASSWORD"), kDemoPassword}});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
        qInfo("verify on the demo casebook: ok");
    }

    void jsonEscapesEverything()
    {
        QVERIFY(initCasebook());
        const QString awkward = QStringLiteral("Quote\" Back\\slash Tab\tÖmer");
        const CliRun added =
            coord({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"),
                   QStringLiteral("Ömer"), QStringLiteral("--family"), QStringLiteral("Jsontest"),
                   QStringLiteral("--dob"), QStringLiteral("2010-06-30"), QStringLiteral("--address"), awkward});
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(added.out, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        QCOMPARE(doc.object().value(QStringLiteral("address")).toString(), awkward);
        qInfo("quotes, backslashes, tabs and non-ASCII survive the JSON writer");
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
