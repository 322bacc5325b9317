#pragma once

// Runs the real waymark-cli binary (WAYMARK_CLI_PATH) for the CLI tests.

#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace waymark::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString describe() const
    {
        return QStringLiteral("exit %1; stderr: %2; stdout: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(err.trimmed()), QString::fromUtf8(out.left(600)));
    }
};

// The environment for a run: no passwords inherited, then `env` added.
inline QProcessEnvironment cliEnvironment(const QMap<QString, QString>& env)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("WAYMARK_PASSWORD"));
    environment.remove(QStringLiteral("WAYMARK_NEW_PASSWORD"));
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    return environment;
}

inline CliRun runCli(const QStringList& args, const QMap<QString, QString>& env = {}, const QByteArray& input = {})
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(env));
    process.start(QStringLiteral(WAYMARK_CLI_PATH), args);
    CliRun run;
    if (!process.waitForStarted(30000)) {
        run.err = "could not start waymark-cli";
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        run.err = "waymark-cli did not finish";
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return run;
}

} // namespace waymark::test
