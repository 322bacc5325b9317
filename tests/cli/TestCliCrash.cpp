// A crash during `init` or demo creation: the real waymark-cli is killed (SIGKILL) after
// varied delays, then the command is run again. The retry succeeds, and no casebook that
// cannot be opened is ever left under the real name.

#include "core/demo/DemoGenerator.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QTest>
#include <QThread>

#include <filesystem>

using namespace waymark;
using test::CliRun;
using test::runCli;

namespace {

const QString kCoord = QStringLiteral("coord");
const QString kCoordPassword = QStringLiteral("correct horse battery staple");

// Starts waymark-cli with `args`, kills it with SIGKILL after `delayMs`; true when it was
// still running when killed.
bool killAfter(const QStringList& args, const QMap<QString, QString>& env, int delayMs)
{
    QProcess process;
    process.setProcessEnvironment(test::cliEnvironment(env));
    process.start(QStringLiteral(WAYMARK_CLI_PATH), args);
    if (!process.waitForStarted(30000))
        return false;
    process.closeWriteChannel();
    QThread::msleep(static_cast<unsigned long>(delayMs));
    const bool running = process.state() == QProcess::Running;
    process.kill(); // SIGKILL
    process.waitForFinished(30000);
    return running;
}

bool leftovers(const std::filesystem::path& casebook)
{
    for (const auto& entry : std::filesystem::directory_iterator(casebook.parent_path()))
        if (entry.path().filename().string().find(".creating") != std::string::npos)
            return true;
    return false;
}

} // namespace

class TestCliCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedInit()
    {
        int killedRunning = 0, nothingLeft = 0, finished = 0;
        for (int i = 0; i < 16; ++i) {
            test::TempDir dir;
            const auto path = dir.file("killed.waymark");
            const QString p = QString::fromStdString(path.string());
            const QMap<QString, QString> env{{QStringLiteral("WAYMARK_PASSWORD"), kCoordPassword}};
            const QStringList init{QStringLiteral("--casebook"), p,
                                   QStringLiteral("--user"),     kCoord,
                                   QStringLiteral("init"),       QStringLiteral("--kdf"),
                                   QStringLiteral("minimum")};
            const QStringList info{QStringLiteral("--casebook"), p, QStringLiteral("--user"), kCoord,
                                   QStringLiteral("info")};
            // 0 .. 112 ms, denser early: an init takes 50 to 130 ms here, depending on load.
            const int delay = i * i / 2;
            killedRunning += killAfter(init, env, delay) ? 1 : 0;
            if (std::filesystem::exists(path)) {
                // Whatever is under the real name is a finished casebook that opens.
                const CliRun opened = runCli(info, env);
                QVERIFY2(opened.exitCode == 0,
                         qPrintable(QStringLiteral("after a kill at %1 ms: %2").arg(delay).arg(opened.describe())));
                ++finished;
                continue;
            }
            ++nothingLeft;
            const CliRun retried = runCli(init, env);
            QVERIFY2(retried.exitCode == 0,
                     qPrintable(QStringLiteral("retry after a kill at %1 ms: %2").arg(delay).arg(retried.describe())));
            QVERIFY(!leftovers(path));
            const CliRun opened = runCli(info, env);
            QVERIFY2(opened.exitCode == 0, qPrintable(opened.describe()));
        }
        qInfo("init killed 16 times (%d while running): %d left nothing under the real name and the retry "
              "succeeded, %d had finished and opened",
              killedRunning, nothingLeft, finished);
        QVERIFY(killedRunning > 0);
    }

    void killedDemo()
    {
        const QString demoUser = QString::fromUtf8(demo::kDemoUser.data(), qsizetype(demo::kDemoUser.size()));
        const QString demoPassword =
            QString::fromUtf8(demo::kDemoPassword.data(), qsizetype(demo::kDemoPassword.size()));
        int killedRunning = 0, nothingLeft = 0, partial = 0;
        for (int i = 0; i < 10; ++i) {
            test::TempDir dir;
            const auto path = dir.file("demo.waymark");
            const QString p = QString::fromStdString(path.string());
            const QStringList demoArgs{QStringLiteral("--casebook"), p,
                                       QStringLiteral("demo"),       QStringLiteral("--kdf"),
                                       QStringLiteral("minimum"),    QStringLiteral("--scale"),
                                       QStringLiteral("small")};
            // 0 .. 100 ms hits the creation, 150 .. 300 ms the adding of people (a small demo
            // takes about 330 ms here).
            const int delay = i < 6 ? i * 20 : 150 + (i - 6) * 50;
            killedRunning += killAfter(demoArgs, {}, delay) ? 1 : 0;
            (std::filesystem::exists(path) ? partial : nothingLeft) += 1;
            const CliRun retried = runCli(demoArgs);
            QVERIFY2(
                retried.exitCode == 0,
                qPrintable(QStringLiteral("demo retry after a kill at %1 ms: %2").arg(delay).arg(retried.describe())));
            QVERIFY(!leftovers(path));
            const CliRun info = runCli({QStringLiteral("--json"), QStringLiteral("--casebook"), p,
                                        QStringLiteral("--user"), demoUser, QStringLiteral("info")},
                                       {{QStringLiteral("WAYMARK_PASSWORD"), demoPassword}});
            QVERIFY2(info.exitCode == 0, qPrintable(info.describe()));
            QVERIFY(info.out.contains("\"demo\": true"));
        }
        qInfo("demo killed 10 times (%d while running): %d left nothing, %d left a demo casebook; every retry "
              "succeeded",
              killedRunning, nothingLeft, partial);
        QVERIFY(killedRunning > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliCrash)
#include "TestCliCrash.moc"
