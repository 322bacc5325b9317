// task add|done|list and timeline through the real waymark-cli binary: the happy paths, the
// title read from standard input (never argv), JSON lists as arrays, kinds and ranges, the
// next-page cursor, and exit codes for bad input, refusals and unknown records.

#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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
constexpr int kNotFound = 7;

QString isoDays(int days)
{
    return QDate::currentDate().addDays(days).toString(Qt::ISODate);
}

} // namespace

class TestTaskCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<waymark::test::TempDir> m_dir;
    QString m_casebook;
    QString m_person;

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

    QString addTask(const QStringList& extra, const QByteArray& title)
    {
        const CliRun r = worker(QStringList{QStringLiteral("task"), QStringLiteral("add"), m_person} + extra, title);
        if (r.exitCode != 0)
            qWarning("task add failed: %s", qPrintable(r.describe()));
        return r.exitCode == 0 ? QString::fromUtf8(r.out.trimmed()) : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<waymark::test::TempDir>();
        m_casebook = QString::fromStdString((m_dir->path() / "test.waymark").string());
        QCOMPARE(coord({QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("minimum")}).exitCode, kOk);
        QVERIFY(addUser(kWorker, QStringLiteral("caseworker"), kWorkerPassword));
        QVERIFY(addUser(kAuditor, QStringLiteral("auditor"), kAuditorPassword));
        const CliRun added = coord({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"),
                                    QStringLiteral("Tegan"), QStringLiteral("--family"), QStringLiteral("Exampleton"),
                                    QStringLiteral("--dob"), QStringLiteral("2011-03-14")});
        QCOMPARE(added.exitCode, kOk);
        m_person = QString::fromUtf8(added.out.trimmed());
    }

    void cleanup() { m_dir.reset(); }

    void addListAndDone()
    {
        const QString overdue = addTask({QStringLiteral("--due"), isoDays(-2)}, "Ring the school\n");
        QVERIFY(!overdue.isEmpty());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$")).match(overdue).hasMatch());
        QVERIFY(!addTask({QStringLiteral("--due"), isoDays(3)}, "Home visit\n").isEmpty());
        QVERIFY(!addTask({QStringLiteral("--due"), isoDays(30)}, "Review later\n").isEmpty());

        CliRun list = worker({QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, kOk);
        QVERIFY(list.json().isArray());
        QJsonArray rows = list.json().array();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Ring the school"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("overdue"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("manual"));

        list = worker({QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("list"),
                       QStringLiteral("--when=overdue")});
        QCOMPARE(list.exitCode, kOk);
        QCOMPARE(list.json().array().size(), 1);
        list = worker({QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("list"),
                       QStringLiteral("--when"), QStringLiteral("due-or-overdue")});
        QCOMPARE(list.json().array().size(), 2);

        // The coordinator's own list is empty; the person's has all three.
        list = coord({QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, kOk);
        QCOMPARE(list.json().array().size(), 0);
        list = coord({QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("list"),
                      QStringLiteral("--person"), m_person});
        QCOMPARE(list.json().array().size(), 3);
        const CliRun text = worker({QStringLiteral("task"), QStringLiteral("list")});
        QVERIFY(text.out.contains("Ring the school"));
        QVERIFY(text.out.contains("overdue"));

        CliRun done = worker({QStringLiteral("task"), QStringLiteral("done"), overdue});
        QCOMPARE(done.exitCode, kOk);
        QCOMPARE(done.out.trimmed(), QByteArray("done"));
        list = worker({QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("list")});
        QCOMPARE(list.json().array().size(), 2);
        done = worker({QStringLiteral("task"), QStringLiteral("done"), overdue, QStringLiteral("--undo")});
        QCOMPARE(done.exitCode, kOk);
        QCOMPARE(done.out.trimmed(), QByteArray("open"));
    }

    void errorsAndExitCodes()
    {
        // No title on stdin; no due date; a bad date: usage / validation, nothing saved.
        CliRun r =
            worker({QStringLiteral("task"), QStringLiteral("add"), m_person, QStringLiteral("--due"), isoDays(1)});
        QCOMPARE(r.exitCode, kUsage);
        r = worker({QStringLiteral("task"), QStringLiteral("add"), m_person}, "Title\n");
        QCOMPARE(r.exitCode, kUsage);
        r = worker({QStringLiteral("task"), QStringLiteral("add"), m_person, QStringLiteral("--due"),
                    QStringLiteral("2026-02-31")},
                   "Title\n");
        QVERIFY2(r.exitCode == kUsage || r.exitCode == kValidation, qPrintable(r.describe()));
        // The owner must be a worker (an auditor is not one to give tasks to); a colleague is.
        r = worker({QStringLiteral("task"), QStringLiteral("add"), m_person, QStringLiteral("--due"), isoDays(1),
                    QStringLiteral("--owner"), kAuditor},
                   "Title\n");
        QCOMPARE(r.exitCode, kNotFound);
        r = worker({QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("add"), m_person,
                    QStringLiteral("--due"), isoDays(1), QStringLiteral("--owner"), kCoord},
                   "For the coordinator\n");
        QCOMPARE(r.exitCode, kOk);
        QVERIFY(!r.json().object().value(QStringLiteral("owner")).toString().isEmpty());
        // Unknown person / task.
        r = worker({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("WM-ZZZZ-2020-99999"),
                    QStringLiteral("--due"), isoDays(1)},
                   "Title\n");
        QCOMPARE(r.exitCode, kNotFound);
        r = worker(
            {QStringLiteral("task"), QStringLiteral("done"), QStringLiteral("0190aaaa-0000-7000-8000-000000000000")});
        QCOMPARE(r.exitCode, kNotFound);
        // Auditors do not see tasks.
        r = as(kAuditor, kAuditorPassword, {QStringLiteral("task"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, kPermission);
        r = worker({QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--when"), QStringLiteral("soon")});
        QCOMPARE(r.exitCode, kUsage);
        r = worker({QStringLiteral("timeline"), m_person, QStringLiteral("--kind"), QStringLiteral("gossip")});
        QCOMPARE(r.exitCode, kUsage);
        r = worker({QStringLiteral("timeline"), m_person, QStringLiteral("--before"), QStringLiteral("x'; --")});
        QCOMPARE(r.exitCode, kUsage);
    }

    void timelinePagesAndFilters()
    {
        const CliRun ref = coord({QStringLiteral("referral"), QStringLiteral("add"), m_person,
                                  QStringLiteral("--source"), QStringLiteral("police"), QStringLiteral("--route"),
                                  QStringLiteral("community_resolution"), QStringLiteral("--received"), isoDays(-1)});
        QCOMPARE(ref.exitCode, kOk);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!addTask({QStringLiteral("--due"), isoDays(-10 - i)}, QByteArray("Task ") + QByteArray::number(i))
                         .isEmpty());

        CliRun all = worker({QStringLiteral("--json"), QStringLiteral("timeline"), m_person});
        QCOMPARE(all.exitCode, kOk);
        QVERIFY(all.json().isArray());
        const QJsonArray rows = all.json().array();
        // Five tasks and the referral received (its assessment clock starts once accepted).
        QCOMPARE(rows.size(), 6);
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY(rows.at(i - 1).toObject().value(QStringLiteral("at")).toString() >=
                    rows.at(i).toObject().value(QStringLiteral("at")).toString());
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("received"));

        CliRun kinds = worker({QStringLiteral("--json"), QStringLiteral("timeline"), m_person, QStringLiteral("--kind"),
                               QStringLiteral("referral")});
        QCOMPARE(kinds.json().array().size(), 1);
        CliRun range = worker({QStringLiteral("--json"), QStringLiteral("timeline"), m_person, QStringLiteral("--from"),
                               isoDays(-12), QStringLiteral("--to"), isoDays(-11), QStringLiteral("--kind"),
                               QStringLiteral("task")});
        QCOMPARE(range.json().array().size(), 2);

        // Pages: the cursor on stderr leads to the rest.
        CliRun first = worker({QStringLiteral("--json"), QStringLiteral("timeline"), m_person,
                               QStringLiteral("--limit"), QStringLiteral("4")});
        QCOMPARE(first.exitCode, kOk);
        QCOMPARE(first.json().array().size(), 4);
        const auto match = QRegularExpression(QStringLiteral("--before (\\S+)")).match(QString::fromUtf8(first.err));
        QVERIFY2(match.hasMatch(), first.err.constData());
        CliRun second =
            worker({QStringLiteral("--json"), QStringLiteral("timeline"), m_person, QStringLiteral("--limit"),
                    QStringLiteral("4"), QStringLiteral("--before"), match.captured(1)});
        QCOMPARE(second.exitCode, kOk);
        QCOMPARE(second.json().array().size(), 2);
        QVERIFY(!second.err.contains("--before"));

        // Auditors: referrals and decisions only.
        CliRun audit = as(kAuditor, kAuditorPassword, {QStringLiteral("--json"), QStringLiteral("timeline"), m_person});
        QCOMPARE(audit.exitCode, kOk);
        QCOMPARE(audit.json().array().size(), 1);
        QCOMPARE(audit.json().array().at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("referral"));
    }
};

QTEST_GUILESS_MAIN(TestTaskCli)
#include "TestTaskCli.moc"
