// waymark-cli and bad input: no control character reaches the terminal, no value is echoed
// in an error, queries can stay out of the process list, and odd files get their own
// message before any password is read.

#include "app/cli/Escape.h"
#include "app/cli/Json.h"
#include "core/store/Database.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

#include <filesystem>
#include <sstream>
#include <sys/stat.h>

using namespace waymark;
using test::CliRun;
using test::runCli;

namespace {

const QString kCoord = QStringLiteral("coord");
const QString kCoordPassword = QStringLiteral("correct horse battery staple");

// Raw ESC, CSI (U+009B as UTF-8), BEL or NUL anywhere in `bytes`.
bool hasRawControl(const QByteArray& bytes)
{
    return bytes.contains('\x1b') || bytes.contains("\xc2\x9b") || bytes.contains('\a') || bytes.contains('\0');
}

std::int64_t mtimeNs(const std::filesystem::path& p)
{
    struct stat info
    {};
    if (::stat(p.c_str(), &info) != 0)
        return -1;
    return static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
}

} // namespace

class TestCliInput : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    QString m_casebook;

    QString pathIn(const std::string& name) const { return QString::fromStdString((m_dir->path() / name).string()); }

    CliRun coord(const QStringList& args, const QByteArray& input = {}, const QString& casebook = {})
    {
        return runCli(QStringList{QStringLiteral("--casebook"), casebook.isEmpty() ? m_casebook : casebook,
                                  QStringLiteral("--user"), kCoord} +
                          args,
                      {{QStringLiteral("WAYMARK_PASSWORD"), kCoordPassword}}, input);
    }

    bool initCasebook(const QString& path = {})
    {
        const CliRun r = coord({QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("minimum")}, {}, path);
        if (r.exitCode != 0)
            qWarning("init failed: %s", qPrintable(r.describe()));
        return r.exitCode == 0;
    }

private Q_SLOTS:
    // From the first line of main, before a password is read: no core file can be written.
    void noCoreDumpWhileWaitingForThePassword()
    {
        QVERIFY(initCasebook());
        auto process = test::startCliWithOpenInput({QStringLiteral("--casebook"), m_casebook, QStringLiteral("--user"),
                                                    QStringLiteral("coord"), QStringLiteral("--password-stdin"),
                                                    QStringLiteral("info")});
        QVERIFY(process->state() == QProcess::Running);
        // Wait until it is blocked reading the password from standard input (system call 0,
        // read, on descriptor 0x0), then read its limits: they were set before that read.
        const QString proc = QStringLiteral("/proc/%1/").arg(process->processId());
        const auto readProc = [&](const QString& name) {
            QFile f(proc + name);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QTRY_VERIFY_WITH_TIMEOUT(readProc(QStringLiteral("syscall")).startsWith("0 0x0 "), 10000);
        QVERIFY(process->state() == QProcess::Running);
        const QByteArray limits = readProc(QStringLiteral("limits"));
        const QList<QByteArray> lines = limits.split('\n');
        const auto core = std::find_if(lines.begin(), lines.end(),
                                       [](const QByteArray& l) { return l.startsWith("Max core file size"); });
        QVERIFY(core != lines.end());
        const QList<QByteArray> fields = core->simplified().split(' ');
        // "Max core file size <soft> <hard> bytes"
        QCOMPARE(fields.at(4), QByteArray("0"));
        QCOMPARE(fields.at(5), QByteArray("0"));
        process->kill();
        process->waitForFinished(5000);
        qInfo("waymark-cli waiting for its password: core file size limit 0 (soft and hard)");
    }

    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        QVERIFY(m_dir->isValid());
        m_casebook = pathIn("input.waymark");
    }

    void cleanup() { m_dir.reset(); }

    void escapingFunction()
    {
        using cli::escapeForTerminal;
        QCOMPARE(escapeForTerminal("plain Zoë O'Neill\tand\nlines"), std::string("plain Zoë O'Neill\tand\nlines"));
        QCOMPARE(escapeForTerminal("a\x1b[2Jb"), std::string("a\\x1b[2Jb"));
        QCOMPARE(escapeForTerminal("bell\a"), std::string("bell\\x07"));
        QCOMPARE(escapeForTerminal(std::string("nul\0!", 5)), std::string("nul\\x00!"));
        QCOMPARE(escapeForTerminal("cr\rover"), std::string("cr\\x0dover"));
        QCOMPARE(escapeForTerminal("del\x7f"), std::string("del\\x7f"));
        QCOMPARE(escapeForTerminal("csi\xc2\x9b"
                                   "31m"),
                 std::string("csi\\u009b31m"));
        QCOMPARE(escapeForTerminal("bad\xff\xc0\xaf"), std::string("bad\\xff\\xc0\\xaf"));
        QCOMPARE(escapeForTerminal("cut\xe2\x82"), std::string("cut\\xe2\\x82"));
        // Every byte value, one at a time and in a row: nothing below 0x20 but LF and TAB,
        // no DEL and no C1 survives.
        std::string all;
        for (int c = 0; c < 256; ++c)
            all += static_cast<char>(c);
        const std::string escaped = escapeForTerminal(all);
        for (char c : escaped) {
            const auto u = static_cast<unsigned char>(c);
            QVERIFY(u >= 0x20 || c == '\n' || c == '\t');
            QVERIFY(u != 0x7f);
        }
        QVERIFY(escaped.find("\xc2\x9b") == std::string::npos);

        // The stream buffer keeps a character split across two writes whole.
        std::ostringstream sink;
        {
            cli::EscapingStreamBuf buf(sink.rdbuf());
            std::ostream out(&buf);
            out << "Zo\xc3";
            out.flush();
            out << "\xab \x1b]0;title\a" << std::flush;
            out << "end\xc3"; // cut short at the very end: escaped when the buffer closes
        }
        QCOMPARE(sink.str(), std::string("Zoë \\x1b]0;title\\x07end\\xc3"));

        // JSON strings escape C1 controls too.
        QCOMPARE(cli::jsonQuote("a\xc2\x9b"
                                "b\x1b"),
                 std::string("\"a\\u009bb\\u001b\""));
    }

    // Control characters planted behind the door (SQL) and through it (a typed user name at
    // a failed sign-in) never reach the terminal raw, in text or JSON.
    void noRawEscapeEverEmitted()
    {
        QVERIFY(initCasebook());
        CliRun added = coord({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"),
                              QStringLiteral("Alexa"), QStringLiteral("--family"), QStringLiteral("Example"),
                              QStringLiteral("--dob"), QStringLiteral("2011-03-14")});
        QCOMPARE(added.exitCode, 0);
        // Through the door, a control character is refused.
        CliRun refused =
            coord({QStringLiteral("person"), QStringLiteral("update"), QString::fromUtf8(added.out.trimmed()),
                   QStringLiteral("--phone"), QStringLiteral("01632\x1b[2J960001")});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains("control characters"), refused.err.constData());
        QVERIFY(!hasRawControl(refused.err));
        {
            auto cb = Casebook::open(m_casebook.toStdString(), kCoord.toStdString(), kCoordPassword.toStdString());
            QVERIFY(cb);
            QVERIFY(
                (*cb)->database().exec("UPDATE people SET phone = '01632' || char(27) || '[2J' || char(7) || "
                                       "char(155) || '960001', address = 'x' || char(27) || ']0;owned' || char(7)"));
        }
        // A failed sign-in under a name that is no account: the name is not kept at all.
        const CliRun failed = runCli({QStringLiteral("--casebook"), m_casebook, QStringLiteral("--user"),
                                      QStringLiteral("ev\x1b[31mil\a"), QStringLiteral("info")},
                                     {{QStringLiteral("WAYMARK_PASSWORD"), QStringLiteral("not it")}});
        QVERIFY(failed.exitCode != 0);
        QVERIFY(!hasRawControl(failed.err + failed.out));

        const QString ref = QString::fromUtf8(added.out.trimmed());
        const QList<QStringList> commands = {
            {QStringLiteral("person"), QStringLiteral("show"), ref},
            {QStringLiteral("person"), QStringLiteral("list")},
            {QStringLiteral("person"), QStringLiteral("search"), QStringLiteral("alexa")},
            {QStringLiteral("audit"), QStringLiteral("list")},
        };
        for (const auto& command : commands) {
            for (bool json : {false, true}) {
                const CliRun r = coord((json ? QStringList{QStringLiteral("--json")} : QStringList{}) + command);
                QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
                QVERIFY2(!hasRawControl(r.out), qPrintable(command.join(QLatin1Char(' '))));
                QVERIFY(!hasRawControl(r.err));
                if (json)
                    QVERIFY(!QJsonDocument::fromJson(r.out).isNull());
            }
        }
        // The planted text is still there, made visible.
        const CliRun shown = coord({QStringLiteral("person"), QStringLiteral("show"), ref});
        QVERIFY2(shown.out.contains("01632\\x1b[2J\\x07\\u009b960001"), shown.out.constData());
        const CliRun json = coord({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("show"), ref});
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("phone")).toString(),
                 QString::fromUtf8("01632\x1b[2J\a\xc2\x9b"
                                   "960001"));
        const CliRun audit = coord({QStringLiteral("audit"), QStringLiteral("list")});
        QVERIFY2(!audit.out.contains("mil") && audit.out.contains("unknown user name"), audit.out.constData());
    }

    void errorsNeverEchoValues()
    {
        QVERIFY(initCasebook());
        const QByteArray secret = "Tegansecret";
        // An unknown --flag value.
        CliRun r = coord({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"),
                          QStringLiteral("Alexa"), QStringLiteral("--flag"), QStringLiteral("looked-after"),
                          QStringLiteral("--flag"), QString::fromLatin1(secret)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.err.contains(secret) && !r.out.contains(secret), r.err.constData());
        QVERIFY2(r.err.contains("--flag number 2"), r.err.constData());
        // An unknown key on --fields-stdin.
        r = coord({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("add"),
                   QStringLiteral("--fields-stdin")},
                  "given=Alexa\nfamily=Example\n" + secret + "=01/02/2011\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.err.contains(secret) && !r.out.contains(secret), r.err.constData());
        QVERIFY2(r.err.contains("line 3 of --fields-stdin"), r.err.constData());
        // A line that is not option=value.
        r = coord({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--fields-stdin")},
                  "given=Alexa\n" + secret + "\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.contains(secret));
        QVERIFY2(r.err.contains("line 2 of --fields-stdin"), r.err.constData());
        // A value typed where an option was expected.
        r = coord({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("-") + QString::fromLatin1(secret)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.contains(secret));
        QVERIFY2(r.err.contains("argument 1"), r.err.constData());
        r = coord({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--Tegan Secret=x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.contains("Tegan"));
        r = coord({QStringLiteral("person"), QString::fromLatin1(secret)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.contains(secret));
        r = runCli({QString::fromLatin1(secret)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.contains(secret));
        // A huge value is refused: by the door (too long), or before it is read at all.
        r = coord({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--fields-stdin")},
                  "given=Alexa\nfamily=Example\ndob=14/03/2011\nphone=" + QByteArray(600'000, '7') + "\n");
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("phone") && r.err.contains("too long"), r.err.constData());
        r = coord({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--fields-stdin")},
                  "given=Alexa\nphone=" + QByteArray(2'000'000, '7') + "\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("larger than 1 MiB"), r.err.constData());
        // An option name is still named, so a typo can be found.
        r = coord({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--gvien=Alexa")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--gvien"), r.err.constData());
        QVERIFY(!r.err.contains("Alexa"));
    }

    void searchQueries()
    {
        QVERIFY(initCasebook());
        for (const auto& [given, family] : {std::pair{"Alexa", "Example"}, std::pair{"Bryn", "Sampleton"}}) {
            const CliRun r = coord({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"),
                                    QString::fromLatin1(given), QStringLiteral("--family"), QString::fromLatin1(family),
                                    QStringLiteral("--dob"), QStringLiteral("2011-03-14")});
            QCOMPARE(r.exitCode, 0);
        }
        const auto names = [](const CliRun& r) {
            QStringList out;
            for (const auto& row : QJsonDocument::fromJson(r.out).array())
                out << row.toObject().value(QStringLiteral("given_name")).toString();
            return out;
        };
        // --query-stdin: the query is read from standard input, never from the arguments.
        CliRun r = coord({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("search"),
                          QStringLiteral("--query-stdin")},
                         "alexa\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(names(r), QStringList{QStringLiteral("Alexa")});
        // ... after the password line with --password-stdin.
        r = runCli({QStringLiteral("--casebook"), m_casebook, QStringLiteral("--user"), kCoord,
                    QStringLiteral("--password-stdin"), QStringLiteral("--json"), QStringLiteral("person"),
                    QStringLiteral("search"), QStringLiteral("--query-stdin")},
                   {}, kCoordPassword.toUtf8() + "\nbryn\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(names(r), QStringList{QStringLiteral("Bryn")});
        r = coord({QStringLiteral("person"), QStringLiteral("search"), QStringLiteral("--query-stdin")}, "\n");
        QCOMPARE(r.exitCode, 2);
        r = coord({QStringLiteral("person"), QStringLiteral("search"), QStringLiteral("--query-stdin"),
                   QStringLiteral("alexa")},
                  "bryn\n");
        QCOMPARE(r.exitCode, 2);
        // A query that starts with a dash, with or without "--".
        r = coord(
            {QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("search"), QStringLiteral("-alexa")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(names(r), QStringList{QStringLiteral("Alexa")});
        r = coord({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("search"),
                   QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--"), QStringLiteral("--bryn")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(names(r), QStringList{QStringLiteral("Bryn")});
    }

    // Another program holding the write lock longer than the 5-second wait: exit 1, "busy".
    void busyCasebook()
    {
        QVERIFY(initCasebook());
        auto holder = Casebook::open(m_casebook.toStdString(), kCoord.toStdString(), kCoordPassword.toStdString());
        QVERIFY(holder);
        QVERIFY((*holder)->database().exec("BEGIN IMMEDIATE"));
        const CliRun r = coord({QStringLiteral("--json"), QStringLiteral("info")});
        QVERIFY((*holder)->database().exec("ROLLBACK"));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("busy"));
        QVERIFY2(r.err.contains("in use by another program"), r.err.constData());
        // `compact` (documented as busy when the casebook is in use) says so the same way.
        QVERIFY((*holder)->database().exec("BEGIN IMMEDIATE"));
        const CliRun compact = coord({QStringLiteral("--json"), QStringLiteral("compact")});
        QVERIFY((*holder)->database().exec("ROLLBACK"));
        QCOMPARE(compact.exitCode, 1);
        QVERIFY2(compact.out.contains("\"busy\""), qPrintable(compact.describe()));
        QCOMPARE(coord({QStringLiteral("info")}).exitCode, 0); // and fine once it is released
    }

    void helpAndDocsListEveryExitCode()
    {
        const CliRun r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("busy"));
        QVERIFY(r.out.contains("10 not a casebook"));
        QFile doc(QStringLiteral(WAYMARK_SOURCE_DIR "/docs/cli.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QByteArray text = doc.readAll();
        const qsizetype table = text.indexOf("## Exit codes");
        QVERIFY(table >= 0);
        const QByteArray section = text.mid(table, text.indexOf("\n## ", table + 5) - table);
        for (const char* code : {"`busy`", "`io`", "`not_a_casebook`", "`key_file_missing`", "`key_file_mismatch`"})
            QVERIFY2(section.contains(code), code);
        // Wherever a command's row gives busy an exit code, it is the table's: 1.
        const QRegularExpression busyExit(QStringLiteral("exit (\\d+)[,;]? (?:\\(?)busy"));
        for (auto it = busyExit.globalMatch(QString::fromUtf8(text)); it.hasNext();) {
            const auto m = it.next();
            QVERIFY2(m.captured(1) == QStringLiteral("1"), qPrintable(m.captured(0)));
        }
    }

    // Odd files: each has its own message and exit code 10, decided before the password is
    // read (stdin is empty here: asking for it would fail differently), and nothing is written.
    void oddFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected"); // in stderr
        QTest::newRow("zero length") << "empty"
                                     << "the file is empty";
        QTest::newRow("directory") << "directory"
                                   << "folder";
        QTest::newRow("/dev/null") << "devnull"
                                   << "device";
        QTest::newRow("text file") << "text"
                                   << "not a Waymark casebook";
        QTest::newRow("another casebook's key file") << "mismatch"
                                                     << "belongs to another casebook";
        QTest::newRow("missing key file") << "nokeys"
                                          << "key file is missing";
    }

    void oddFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QVERIFY(initCasebook(pathIn("donor.waymark")));
        const std::filesystem::path donorKeys = m_dir->path() / "donor.waymark.keys";
        std::filesystem::path target = m_dir->path() / "odd.waymark";
        const auto withDonorKeys = [&] {
            std::filesystem::copy_file(donorKeys, Casebook::keyFilePath(target),
                                       std::filesystem::copy_options::overwrite_existing);
        };
        if (kind == QLatin1String("empty")) {
            test::writeFile(target, {});
            withDonorKeys();
        } else if (kind == QLatin1String("directory")) {
            std::filesystem::create_directory(target);
        } else if (kind == QLatin1String("devnull")) {
            target = "/dev/null";
        } else if (kind == QLatin1String("text")) {
            test::writeFile(target, "name,dob\nAlexa,2011-03-14\n");
            withDonorKeys();
        } else if (kind == QLatin1String("mismatch")) {
            QVERIFY(initCasebook(QString::fromStdString(target.string())));
            withDonorKeys();
        } else if (kind == QLatin1String("nokeys")) {
            QVERIFY(initCasebook(QString::fromStdString(target.string())));
            std::filesystem::remove(Casebook::keyFilePath(target));
        }
        const bool regular = std::filesystem::is_regular_file(target);
        const QByteArray bytesBefore = regular ? test::readFile(target) : QByteArray();
        const std::int64_t mtimeBefore = mtimeNs(target);
        for (bool json : {false, true}) {
            const CliRun r = runCli((json ? QStringList{QStringLiteral("--json")} : QStringList{}) +
                                        QStringList{QStringLiteral("--casebook"),
                                                    QString::fromStdString(target.string()), QStringLiteral("--user"),
                                                    kCoord, QStringLiteral("--password-stdin"), QStringLiteral("info")},
                                    {}, {});
            QVERIFY2(r.exitCode == 10, qPrintable(r.describe()));
            QVERIFY2(r.err.contains(expected.toUtf8()), qPrintable(r.describe()));
            QVERIFY(!r.err.contains("wrong user name or password"));
            QVERIFY(!r.err.contains("restore"));
            QVERIFY(!r.err.contains("decrypt"));
            if (json)
                QVERIFY(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("error")).isObject());
        }
        // With the right password too: still refused, still untouched.
        const CliRun withPassword = coord({QStringLiteral("info")}, {}, QString::fromStdString(target.string()));
        QCOMPARE(withPassword.exitCode, 10);
        QCOMPARE(mtimeNs(target), mtimeBefore);
        if (regular)
            QCOMPARE(test::readFile(target), bytesBefore);
    }
};

QTEST_GUILESS_MAIN(TestCliInput)
#include "TestCliInput.moc"
