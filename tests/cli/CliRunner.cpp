#include "tests/cli/CliRunner.h"

#include <QProcessEnvironment>

#ifndef WAYMARK_CLI_PATH
#error "WAYMARK_CLI_PATH must name the waymark-cli binary"
#endif

namespace waymark::test {

QProcessEnvironment cliEnvironment(const QMap<QString, QString>& env)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("WAYMARK_PASSWORD"));
    environment.remove(QStringLiteral("WAYMARK_NEW_PASSWORD"));
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    return environment;
}

QString CliRun::describe() const
{
    return QStringLiteral("exit %1; stderr: %2; stdout: %3")
        .arg(exitCode)
        .arg(QString::fromUtf8(err.trimmed()), QString::fromUtf8(out.left(600)));
}

QString cliPath()
{
    return QStringLiteral(WAYMARK_CLI_PATH);
}

CliRun runCli(const QStringList& args, const QMap<QString, QString>& env, const QByteArray& input)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(env));
    process.start(cliPath(), args);
    CliRun run;
    if (!process.waitForStarted(30000)) {
        run.err = "could not start waymark-cli";
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(500000)) {
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

std::unique_ptr<QProcess> startCliWithOpenInput(const QStringList& args, const QMap<QString, QString>& env)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(cliEnvironment(env));
    process->start(cliPath(), args);
    process->waitForStarted(30000);
    return process;
}

std::unique_ptr<QProcess> startCli(const QStringList& args, const QMap<QString, QString>& env)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(cliEnvironment(env));
    process->start(cliPath(), args);
    process->waitForStarted(30000);
    process->closeWriteChannel();
    return process;
}

} // namespace waymark::test
