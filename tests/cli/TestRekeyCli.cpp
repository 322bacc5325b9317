// `waymark-cli casebook rekey` and `user remove` (which rekeys), against the real binary:
// - the attack: a copy of the key file taken before user X is removed, and X's password,
//   open nothing after the removal (exit code, no data), while the remaining users get in;
// - killed with SIGKILL at 20 moments spread over its measured run, the casebook always opens
//   with a remaining user's password and verifies, with the old key or the new one, and
//   nothing temporary is left once it has been opened.

#include "core/Casebook.h"
#include "core/CasebookFiles.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <filesystem>

using namespace waymark;
using test::CliRun;
using test::runCli;

namespace {

constexpr int kKills = 20;
constexpr const char* kKim = "kim";
constexpr const char* kKimPassword = "kestrel over the moor";
constexpr const char* kSam = "sam";
constexpr const char* kSamPassword = "heron by the weir";

QString q(const std::filesystem::path& p)
{
    return QString::fromStdString(p.string());
}

QMap<QString, QString> envOf(const char* password)
{
    return {{QStringLiteral("WAYMARK_PASSWORD"), QString::fromLatin1(password)}};
}

QStringList as(const std::filesystem::path& casebook, const char* user, const QStringList& args)
{
    return QStringList{QStringLiteral("--casebook"), q(casebook), QStringLiteral("--user"), QString::fromLatin1(user)} +
           args;
}

// Files beside `casebook` that belong to its name but are not its pair (temporaries).
std::vector<std::string> temporariesOf(const std::filesystem::path& casebook)
{
    std::vector<std::string> out;
    const std::string name = casebook.filename().string();
    for (const auto& e : std::filesystem::directory_iterator(casebook.parent_path())) {
        const std::string f = e.path().filename().string();
        if (f.starts_with(name) && f != name && f != name + ".keys" && !f.ends_with(".throttle.lock") &&
            !f.ends_with(".throttle"))
            out.push_back(f);
    }
    return out;
}

std::filesystem::path makeCasebook(const std::filesystem::path& path, int people)
{
    auto cb = test::makeCasebook(path);
    if (!cb || !cb->users().add(kKim, kKimPassword, Role::Caseworker, "Kim Tester") ||
        !cb->users().add(kSam, kSamPassword, Role::Caseworker, "Sam Tester"))
        qFatal("setup failed");
    for (int i = 0; i < people; ++i)
        if (!cb->people().create(test::samplePerson(i)))
            qFatal("setup failed");
    return path;
}

} // namespace

class TestRekeyCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removedUsersOldKeyFileOpensNothing()
    {
        test::TempDir dir;
        const auto path = makeCasebook(dir.file("team.waymark"), 3);
        const auto keys = Casebook::keyFilePath(path);
        const auto stolen = dir.file("stolen.keys");
        std::filesystem::copy_file(keys, stolen); // sam keeps a copy before leaving

        CliRun removed = runCli(
            as(path, test::kUser,
               {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("remove"), QString::fromLatin1(kSam)}),
            envOf(test::kPassword));
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        QCOMPARE(removed.json().object().value(QStringLiteral("rekeyed")).toBool(), true);
        QCOMPARE(removed.json().object().value(QStringLiteral("key_slots")).toInt(), 2);
        QVERIFY(removed.err.contains("casebook rekey: 100% Rekeyed"));

        // The remaining users get in and see the records.
        const CliRun kim = runCli(as(path, kKim,
                                     {QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("search"),
                                      QStringLiteral("Tester")}),
                                  envOf(kKimPassword));
        QCOMPARE(kim.exitCode, 0);
        QVERIFY2(runCli(as(path, test::kUser, {QStringLiteral("verify")}), envOf(test::kPassword)).exitCode == 0,
                 "verify after the rekey");
        // Sam with the key file now in place: refused like any wrong password (exit 3).
        const CliRun samNow = runCli(as(path, kSam, {QStringLiteral("info")}), envOf(kSamPassword));
        QCOMPARE(samNow.exitCode, 3);
        // Sam with the old copy put back beside the casebook: it names the old file (exit 10,
        // before any password work), and nothing of the casebook is printed.
        std::filesystem::copy_file(keys, dir.file("current.keys"));
        std::filesystem::copy_file(stolen, keys, std::filesystem::copy_options::overwrite_existing);
        for (const QStringList& args :
             {QStringList{QStringLiteral("info")}, QStringList{QStringLiteral("--json"), QStringLiteral("person"),
                                                               QStringLiteral("search"), QStringLiteral("Tester")}}) {
            const CliRun sam = runCli(as(path, kSam, args), envOf(kSamPassword));
            QCOMPARE(sam.exitCode, 10);
            QVERIFY(!sam.out.contains("\"id\"")); // no record
        }
        std::filesystem::copy_file(dir.file("current.keys"), keys, std::filesystem::copy_options::overwrite_existing);

        // The audit rows, exactly: the removal, the signed roster that marks it, then the rekey
        // with its reason and slot count.
        auto cb = Casebook::open(path, test::kUser, test::kPassword);
        QVERIFY(cb);
        QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM audit_log WHERE operation = 'user.removed'"), 1);
        QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM audit_log WHERE operation = 'casebook.rekeyed' AND "
                                    "username = 'coord' AND detail = 'user removed: sam (2 key slots)'"),
                 1);
        QCOMPARE(test::scalar(**cb, "SELECT (SELECT seq FROM audit_log WHERE operation = 'casebook.rekeyed') - "
                                    "(SELECT seq FROM audit_log WHERE operation = 'user.removed')"),
                 2);
        QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM audit_log WHERE operation = 'roster.signed' AND seq = "
                                    "(SELECT seq FROM audit_log WHERE operation = 'user.removed') + 1"),
                 1);
    }

    void onDemandNeedsAReasonAndACoordinator()
    {
        test::TempDir dir;
        const auto path = makeCasebook(dir.file("team.waymark"), 1);
        const QStringList rekey{QStringLiteral("casebook"), QStringLiteral("rekey")};
        QCOMPARE(runCli(as(path, kKim, rekey + QStringList{QStringLiteral("--reason"), QStringLiteral("x")}),
                        envOf(kKimPassword))
                     .exitCode,
                 6);
        const CliRun empty = runCli(as(path, test::kUser, rekey), envOf(test::kPassword));
        QCOMPARE(empty.exitCode, 4);
        // The reason from standard input.
        auto process = test::startCliWithOpenInput(as(path, test::kUser, rekey), envOf(test::kPassword));
        process->write("laptop with a copy of the key file was lost\n");
        process->waitForBytesWritten(10000);
        process->closeWriteChannel();
        QVERIFY(process->waitForFinished(120000));
        QCOMPARE(process->exitCode(), 0);
        auto cb = Casebook::open(path, kKim, kKimPassword);
        QVERIFY(cb);
        QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM audit_log WHERE operation = 'casebook.rekeyed' AND detail = "
                                    "'laptop with a copy of the key file was lost (3 key slots)'"),
                 1);
    }

    void reasonFollowsTheTextRules()
    {
        // The reason goes into the audit row: one line of at most 500 characters (not bytes),
        // no control characters, as every other free-text field (docs/validation.md).
        test::TempDir dir;
        const auto path = makeCasebook(dir.file("reason.waymark"), 1);
        const auto rekey = [&](const QString& reason) {
            return runCli(as(path, test::kUser,
                             {QStringLiteral("--json"), QStringLiteral("casebook"), QStringLiteral("rekey"),
                              QStringLiteral("--reason"), reason}),
                          envOf(test::kPassword));
        };
        const CliRun bell = rekey(QStringLiteral("lost") + QChar(7) + QStringLiteral(" laptop"));
        QCOMPARE(bell.exitCode, 4);
        QVERIFY2(bell.out.contains("control_characters"), qPrintable(bell.describe()));
        const CliRun escape = rekey(QStringLiteral("lost ") + QChar(0x1b) + QStringLiteral("[2J laptop"));
        QCOMPARE(escape.exitCode, 4);
        const CliRun twoLines = rekey(QStringLiteral("lost laptop") + QChar(10) + QStringLiteral("second line"));
        QCOMPARE(twoLines.exitCode, 4);
        QVERIFY2(twoLines.out.contains("line_break"), qPrintable(twoLines.describe()));
        QCOMPARE(rekey(QString(501, QLatin1Char('r'))).exitCode, 4);
        {
            auto cb = Casebook::open(path, test::kUser, test::kPassword);
            QVERIFY(cb);
            QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM audit_log WHERE operation = 'casebook.rekeyed'"), 0);
        }
        // 500 characters of two bytes each are 500 characters.
        const CliRun welsh = rekey(QString(500, QChar(0x0175)));
        QVERIFY2(welsh.exitCode == 0, qPrintable(welsh.describe()));
    }

    void killedAtSpreadMoments()
    {
        test::TempDir dir;
        const auto path = makeCasebook(dir.file("kill.waymark"), 1500);
        const auto rekey = [&](int n) {
            return test::startCli(as(path, test::kUser,
                                     {QStringLiteral("casebook"), QStringLiteral("rekey"), QStringLiteral("--reason"),
                                      QStringLiteral("kill test %1").arg(n)}),
                                  envOf(test::kPassword));
        };
        const auto saltNow = [&] { return files::fileSalt(path); };

        std::vector<qint64> times;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            auto process = rekey(-1 - i);
            QVERIFY(process->waitForFinished(120000));
            times.push_back(t.elapsed());
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        }
        std::sort(times.begin(), times.end());
        const qint64 duration = times[1];

        int oldKey = 0;
        int newKey = 0;
        int tempAtKill = 0;
        int finished = 0;
        for (int n = 0; n < kKills; ++n) {
            const auto before = saltNow();
            const int half = kKills / 2;
            const auto delay = quint32(n < half ? duration * n / half : duration * (50 + 55 * (n - half) / half) / 100);
            auto process = rekey(n);
            QThread::msleep(delay);
            if (process->state() == QProcess::Running)
                process->kill();
            else
                ++finished;
            QVERIFY(process->state() == QProcess::NotRunning || process->waitForFinished(60000));
            if (!temporariesOf(path).empty())
                ++tempAtKill;
            // A remaining caseworker signs in first (that finishes or discards what the kill
            // left), then the coordinator verifies.
            const CliRun kim = runCli(as(path, kKim, {QStringLiteral("info")}), envOf(kKimPassword));
            QVERIFY2(kim.exitCode == 0,
                     qPrintable(QStringLiteral("kill %1 at %2 ms: %3").arg(n).arg(delay).arg(kim.describe())));
            const CliRun verify = runCli(as(path, test::kUser, {QStringLiteral("verify")}), envOf(test::kPassword));
            QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
            const auto left = temporariesOf(path);
            QVERIFY2(left.empty(), left.empty() ? "" : left.front().c_str());
            (saltNow() == before ? oldKey : newKey) += 1;
        }
        auto cb = Casebook::open(path, kSam, kSamPassword);
        QVERIFY(cb);
        QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM people"), 1500);
        qInfo("casebook rekey of 1,500 people: %lld ms (median of 3); %d kills over it: %d left the old key, %d the "
              "new (%d of them finished before the kill); %d left a temporary file at the kill, all cleared by the "
              "next sign-in",
              static_cast<long long>(duration), kKills, oldKey, newKey, finished, tempAtKill);
        QCOMPARE(oldKey + newKey, kKills);
    }
};

QTEST_GUILESS_MAIN(TestRekeyCli)
#include "TestRekeyCli.moc"
