// `waymark-cli backup restore FILE` into a path where no casebook is (the lost laptop),
// killed with SIGKILL at 20 moments spread over its measured run (half of them over its
// second half). After each kill there is
// nothing at the path or a whole casebook that opens and verifies as restored; the next
// restore into that path (or, every third time, an `init` there) clears what the kill left,
// and then no temporary file remains.

#include "core/Casebook.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
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

QString q(const std::filesystem::path& p)
{
    return QString::fromStdString(p.string());
}

QMap<QString, QString> coordEnv()
{
    return {{QStringLiteral("WAYMARK_PASSWORD"), QString::fromLatin1(test::kPassword)}};
}

QStringList at(const std::filesystem::path& casebook, const QStringList& args)
{
    return QStringList{QStringLiteral("--casebook"), q(casebook), QStringLiteral("--user"),
                       QString::fromLatin1(test::kUser)} +
           args;
}

// Files in `dir` that belong to `casebook`'s name but are not its pair (temporaries).
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

} // namespace

class TestRestoreIntoKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtSpreadMoments()
    {
        test::TempDir dir;
        const auto original = dir.file("lost.waymark");
        {
            auto cb = test::makeCasebook(original);
            QVERIFY(cb);
            for (int i = 0; i < 600; ++i)
                QVERIFY(cb->people().create(test::samplePerson(i)));
        }
        std::filesystem::create_directory(dir.file("usb"));
        CliRun r = runCli(at(original, {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
                                        QStringLiteral("--to"), q(dir.file("usb"))}),
                          coordEnv());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString backup = r.json().object().value(QStringLiteral("file")).toString();
        // The laptop is gone.
        for (const char* suffix : {"", ".keys", "-wal", "-shm", ".throttle", ".throttle.lock"})
            std::filesystem::remove(original.string() + suffix);
        std::filesystem::create_directory(dir.file("new"));

        const QStringList restore{QStringLiteral("backup"), QStringLiteral("restore"), backup};
        const auto startRestore = [&](const std::filesystem::path& target) {
            auto process = test::startCliWithOpenInput(at(target, restore), coordEnv());
            process->write("laptop lost: kill test\n");
            // Written now, not when an event loop next runs: a kill's sleep must not hold it back.
            process->waitForBytesWritten(10000);
            process->closeWriteChannel();
            return process;
        };
        const auto verifiesAsRestored = [&](const std::filesystem::path& target) {
            const CliRun v = runCli(at(target, {QStringLiteral("verify")}), coordEnv());
            return v.exitCode == 0 && v.out.contains("audit anchor: restored");
        };

        // The run's duration: the median of three unkilled runs.
        std::vector<qint64> times;
        for (int i = 0; i < 3; ++i) {
            const auto target = dir.file("new") / ("timed-" + std::to_string(i) + ".waymark");
            QElapsedTimer t;
            t.start();
            auto process = startRestore(target);
            QVERIFY(process->waitForFinished(120000));
            times.push_back(t.elapsed());
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
            QVERIFY(verifiesAsRestored(target));
        }
        std::sort(times.begin(), times.end());
        const qint64 duration = times[1];

        int nothing = 0;
        int whole = 0;
        int tempAtKill = 0;
        int finished = 0;
        for (int n = 0; n < kKills; ++n) {
            const auto target = dir.file("new") / ("killed-" + std::to_string(n) + ".waymark");
            // Half evenly over the whole run, half over its second half (where the casebook is
            // built and published) up to just past its measured end.
            const int half = kKills / 2;
            const auto delay = quint32(n < half ? duration * n / half : duration * (50 + 55 * (n - half) / half) / 100);
            auto process = startRestore(target);
            QThread::msleep(delay);
            const bool running = process->state() == QProcess::Running;
            if (running)
                process->kill();
            else
                ++finished;
            QVERIFY(process->state() == QProcess::NotRunning || process->waitForFinished(60000));
            if (!temporariesOf(target).empty())
                ++tempAtKill;
            if (std::filesystem::exists(target)) {
                // A whole casebook: it opens and verifies, as a restore.
                ++whole;
                QVERIFY2(verifiesAsRestored(target), qPrintable(QStringLiteral("kill %1 at %2 ms").arg(n).arg(delay)));
                // The next restore into it is the in-place one; nothing of this kill is left.
                const auto beside = temporariesOf(target);
                QVERIFY2(beside.empty(), beside.empty() ? "" : beside.front().c_str());
                continue;
            }
            ++nothing;
            QVERIFY2(!std::filesystem::exists(target.string() + ".keys") || !temporariesOf(target).empty(),
                     "a key file alone, with no unfinished casebook beside it");
            // The next attempt at that path clears what the kill left: an init every third time,
            // else the restore again.
            if (n % 3 == 0) {
                const CliRun init =
                    runCli(at(target, {QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("minimum")}),
                           coordEnv());
                QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
            } else {
                auto again = startRestore(target);
                QVERIFY(again->waitForFinished(120000));
                QVERIFY2(again->exitCode() == 0, again->readAllStandardError().constData());
                QVERIFY(verifiesAsRestored(target));
            }
            const auto left = temporariesOf(target);
            QVERIFY2(left.empty(), left.empty() ? "" : left.front().c_str());
        }
        qInfo("restore into a new path: %lld ms (median of 3); %d kills over it: %d left nothing, %d a whole "
              "casebook (%d of them finished before the kill); %d left a temporary file at the kill, all cleared by "
              "the next "
              "attempt",
              static_cast<long long>(duration), kKills, nothing, whole, finished, tempAtKill);
        QCOMPARE(nothing + whole, kKills);
    }
};

QTEST_GUILESS_MAIN(TestRestoreIntoKill)
#include "TestRestoreIntoKill.moc"
