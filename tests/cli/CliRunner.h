#pragma once

// Runs the real waymark-cli binary (QProcess) for the CLI tests.

#include <QByteArray>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace waymark::test {

struct CliRun
{
    int exitCode = -1; // -2: did not exit normally
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString describe() const;
};

// The path of the waymark-cli under test (WAYMARK_CLI_PATH at build time).
QString cliPath();

// The environment for a run: no passwords inherited, then `env` added.
QProcessEnvironment cliEnvironment(const QMap<QString, QString>& env);

// Runs waymark-cli with `args`; WAYMARK_PASSWORD and WAYMARK_NEW_PASSWORD come only from `env`.
CliRun runCli(const QStringList& args, const QMap<QString, QString>& env = {}, const QByteArray& input = {});

// Starts waymark-cli with its standard input left open (nothing written yet).
std::unique_ptr<QProcess> startCliWithOpenInput(const QStringList& args, const QMap<QString, QString>& env = {});

// Starts waymark-cli without waiting (for kill tests); the caller owns the process.
std::unique_ptr<QProcess> startCli(const QStringList& args, const QMap<QString, QString>& env = {});

} // namespace waymark::test
