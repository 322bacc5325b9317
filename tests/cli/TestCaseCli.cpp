// case close|approve|return|reopen, outcome set|show and followup add|list through the real
// waymark-cli binary: the closure workflow with its completion status and roles, snapshots,
// follow-up with the 3/6/12-month checks, JSON lists as arrays, and exit codes.

#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace {

using waymark::test::CliRun;
using waymark::test::runCli;

const QString kCoord = QStringLiteral("coord");
const QString kCoordPassword = QStringLiteral("correct horse battery staple");
const QString kWorker = QStringLiteral("cw");
const QString kWorkerPassword = QStringLiteral("caseworker pass phrase 1");
const QString kAuditor = QStringLiteral("aud");
const QString kAuditorPassword = QStringLiteral("reader of logs pass 22");

constexpr int kOk = 0;
constexpr int kUsage = 2;
constexpr int kValidation = 4;
constexpr int kPermission = 6;

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString isoDays(int days)
{
    return QDate::currentDate().addDays(days).toString(Qt::ISODate);
}

} // namespace

class TestCaseCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<waymark::test::TempDir> m_dir;
    QString m_casebook;
    QString m_referral;

    CliRun as(const QString& user, const QString& password, const QStringList& args, const QByteArray& input = {})
    {
        return runCli(QStringList{QStringLiteral("--casebook"), m_casebook, QStringLiteral("--user"), user} + args,
                      {{QStringLiteral("WAYMARK_PASSWORD"), password}}, input);
    }
    CliRun coord(const QStringList& args, const QByteArray& input = {})
    {
        return as(kCoord, kCoordPassword, args, input);
    }
    CliRun worker(const QStringList& args, const QByteArray& input = {})
    {
        return as(kWorker, kWorkerPassword, args, input);
    }

    bool addUser(const QString& name, const QString& role, const QString& password)
    {
        const CliRun r = runCli(
            {QStringLiteral("--casebook"), m_casebook, QStringLiteral("--user"), kCoord, QStringLiteral("user"),
             QStringLiteral("add"), name, QStringLiteral("--role"), role},
            {{QStringLiteral("WAYMARK_PASSWORD"), kCoordPassword}, {QStringLiteral("WAYMARK_NEW_PASSWORD"), password}});
        return r.exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = std::make_unique<waymark::test::TempDir>();
        m_casebook = QString::fromStdString((m_dir->path() / "case.waymark").string());
        QCOMPARE(coord(words("init --kdf minimum")).exitCode, kOk);
        QVERIFY(addUser(kWorker, QStringLiteral("caseworker"), kWorkerPassword));
        QVERIFY(addUser(kAuditor, QStringLiteral("auditor"), kAuditorPassword));
        const CliRun person = coord(words("person add --given Tegan --family Exampleton --dob 2011-03-14"));
        QCOMPARE(person.exitCode, kOk);
        const CliRun referral =
            coord({QStringLiteral("referral"), QStringLiteral("add"), QString::fromUtf8(person.out.trimmed()),
                   QStringLiteral("--source"), QStringLiteral("police"), QStringLiteral("--route"),
                   QStringLiteral("community_resolution"), QStringLiteral("--event-date"), isoDays(-5),
                   QStringLiteral("--received"), isoDays(-3)});
        QVERIFY2(referral.exitCode == kOk, qPrintable(referral.describe()));
        m_referral = QString::fromUtf8(referral.out.trimmed());
        QCOMPARE(coord(words("referral screen") << m_referral).exitCode, kOk);
        QCOMPARE(coord(words("referral decide") << m_referral << words("--decision accepted")).exitCode, kOk);
    }

    void cleanupTestCase() { m_dir.reset(); }

    void startSnapshotBeforeClosure()
    {
        const CliRun set = worker(words("--json outcome set")
                                  << m_referral
                                  << words("--stage start --accommodation-suitable yes --ete-suitable no "
                                           "--ete-hours 6 --mental-health-need yes --mental-health-offered yes"));
        QVERIFY2(set.exitCode == kOk, qPrintable(set.describe()));
        QCOMPARE(set.json().object().value(QStringLiteral("ete_hours")).toInt(), 6);
        QCOMPARE(set.json().object().value(QStringLiteral("taken_on")).toString(),
                 QDate::currentDate().toString(Qt::ISODate));
        // Funnel order: attending needs offered.
        const CliRun bad =
            worker(words("outcome set") << m_referral << words("--stage start --substance-use-attending yes"));
        QCOMPARE(bad.exitCode, kValidation);
        QCOMPARE(worker(words("outcome set") << m_referral << words("--stage middle --send-aln yes")).exitCode, kUsage);
        QCOMPARE(worker(words("outcome set") << m_referral << words("--stage start")).exitCode, kUsage);
        // The end snapshot waits for the referral to be active.
        QCOMPARE(worker(words("outcome set") << m_referral << words("--stage end --send-aln no")).exitCode,
                 kValidation);
    }

    void closureWorkflow()
    {
        // Active after the first attended session.
        const CliRun session =
            coord({QStringLiteral("session"), QStringLiteral("add"), m_referral, QStringLiteral("--start"),
                   isoDays(-1) + QStringLiteral(" 10:00"), QStringLiteral("--type"), QStringLiteral("home_visit"),
                   QStringLiteral("--attendance"), QStringLiteral("attended")});
        QVERIFY2(session.exitCode == kOk, qPrintable(session.describe()));
        QCOMPARE(worker(words("case close") << m_referral).exitCode, kUsage); // no status
        QCOMPARE(worker(words("case close") << m_referral << words("--status finished")).exitCode, kUsage);
        const CliRun close = worker(words("--json case close") << m_referral << words("--status completed"));
        QVERIFY2(close.exitCode == kOk, qPrintable(close.describe()));
        QCOMPARE(close.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("requested"));
        QCOMPARE(close.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        // Only a coordinator approves or sends back.
        QCOMPARE(worker(words("case approve") << m_referral).exitCode, kPermission);
        QCOMPARE(coord(words("case return") << m_referral).exitCode, kUsage); // no comment
        // A comment with a control character: refused, naming the field; nothing sent back.
        const CliRun escaped = coord(words("case return")
                                     << m_referral << QStringLiteral("--comment") << QStringLiteral("Not yet\x1b[2J"));
        QCOMPARE(escaped.exitCode, kValidation);
        QVERIFY2(escaped.err.contains("comment") && escaped.err.contains("control characters"),
                 escaped.err.constData());
        QVERIFY(!escaped.err.contains('\x1b'));
        QCOMPARE(
            coord(words("--json outcome show") << m_referral).json().object().value(QStringLiteral("state")).toString(),
            QStringLiteral("closure_requested"));
        const CliRun sent = coord(words("case return") << m_referral << QStringLiteral("--comment")
                                                       << QStringLiteral("Record the end snapshot first."));
        QVERIFY2(sent.exitCode == kOk, qPrintable(sent.describe()));
        QVERIFY(sent.out.contains("sent back"));
        QCOMPARE(
            worker(words("outcome set") << m_referral << words("--stage end --accommodation-suitable yes")).exitCode,
            kOk);
        QCOMPARE(worker(words("case close") << m_referral << words("--status partially_completed")).exitCode, kOk);
        const CliRun approved = coord(words("--json case approve") << m_referral);
        QVERIFY2(approved.exitCode == kOk, qPrintable(approved.describe()));
        const QJsonObject c = approved.json().object();
        const QDate today = QDate::currentDate();
        QCOMPARE(c.value(QStringLiteral("closed_on")).toString(), today.toString(Qt::ISODate));
        QCOMPARE(c.value(QStringLiteral("follow_up_3m")).toString(), today.addMonths(3).toString(Qt::ISODate));
        QCOMPARE(c.value(QStringLiteral("follow_up_6m")).toString(), today.addMonths(6).toString(Qt::ISODate));
        QCOMPARE(c.value(QStringLiteral("follow_up_12m")).toString(), today.addMonths(12).toString(Qt::ISODate));
        // Snapshots are kept as they were once closed.
        QCOMPARE(worker(words("outcome set") << m_referral << words("--stage end --send-aln yes")).exitCode,
                 kValidation);

        // The checks are tasks (as the referral is allocated to nobody, they show with --all).
        const CliRun tasks = coord(words("--json task list --all --when any"));
        QVERIFY2(tasks.exitCode == kOk, qPrintable(tasks.describe()));
        int checks = 0;
        for (const auto& t : tasks.json().array())
            if (t.toObject().value(QStringLiteral("source")).toString().startsWith(QStringLiteral("follow_up_")))
                ++checks;
        QCOMPARE(checks, 3);

        // Follow-up.
        QCOMPARE(worker(words("followup add") << m_referral << words("--kind reoffence") << QStringLiteral("--date")
                                              << today.toString(Qt::ISODate))
                     .exitCode,
                 kValidation); // no outcome type
        const CliRun added =
            worker(words("--json followup add")
                   << m_referral << words("--kind recontact --check 3m --date") << today.toString(Qt::ISODate));
        QVERIFY2(added.exitCode == kOk, qPrintable(added.describe()));
        const CliRun reoffence =
            worker(words("followup add") << m_referral << words("--kind reoffence --outcome caution --date")
                                         << today.toString(Qt::ISODate) << QStringLiteral("--outcome-date")
                                         << today.toString(Qt::ISODate));
        QVERIFY2(reoffence.exitCode == kOk, qPrintable(reoffence.describe()));
        const CliRun list = worker(words("--json followup list") << m_referral);
        QCOMPARE(list.exitCode, kOk);
        QVERIFY2(list.json().isArray(), list.out.constData());
        QCOMPARE(list.json().array().size(), 2);
        const CliRun shown = worker(words("--json outcome show") << m_referral);
        QCOMPARE(shown.exitCode, kOk);
        const QJsonObject o = shown.json().object();
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
        QVERIFY(o.value(QStringLiteral("closures")).isArray());
        QCOMPARE(o.value(QStringLiteral("closures")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("checks")).toArray().size(), 3);
        QVERIFY(o.value(QStringLiteral("checks")).toArray().at(0).toObject().value(QStringLiteral("done")).toBool());
        QCOMPARE(o.value(QStringLiteral("start")).toObject().value(QStringLiteral("accommodation_suitable")).toString(),
                 QStringLiteral("yes"));
        const CliRun text = worker(words("outcome show") << m_referral);
        QCOMPARE(text.exitCode, kOk);
        QVERIFY(text.out.contains("Check 3m due"));
        // Auditors see no case detail.
        QCOMPARE(as(kAuditor, kAuditorPassword, words("outcome show") << m_referral).exitCode, kPermission);

        // Reopen: the reason from standard input (after nothing else: the password comes from
        // the environment).
        QCOMPARE(coord(words("case reopen") << m_referral).exitCode, kUsage);
        // A reason too long or with a control character: a clear error naming the field, and
        // the referral stays closed.
        const CliRun tooLong = coord(words("case reopen") << m_referral, QByteArray(4001, 'r') + '\n');
        QCOMPARE(tooLong.exitCode, kValidation);
        QVERIFY2(tooLong.err.contains("reason") && tooLong.err.contains("4000 characters at most"),
                 tooLong.err.constData());
        const CliRun bell =
            coord(words("case reopen") << m_referral << QStringLiteral("--reason") << QStringLiteral("New\aconcern"));
        QCOMPARE(bell.exitCode, kValidation);
        QVERIFY2(bell.err.contains("reason") && bell.err.contains("control characters"), bell.err.constData());
        QCOMPARE(worker(words("--json outcome show") << m_referral)
                     .json()
                     .object()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("closed"));
        const CliRun reopened = coord(words("--json case reopen") << m_referral, "New concern from the school.\n");
        QVERIFY2(reopened.exitCode == kOk, qPrintable(reopened.describe()));
        QCOMPARE(reopened.json().object().value(QStringLiteral("reopen_reason")).toString(),
                 QStringLiteral("New concern from the school."));
        // The follow-up list keeps its records; no more checks.
        const CliRun after = worker(words("--json outcome show") << m_referral);
        QCOMPARE(after.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("reopened"));
        QCOMPARE(after.json().object().value(QStringLiteral("checks")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCaseCli)
#include "TestCaseCli.moc"
