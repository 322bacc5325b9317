// `waymark-cli info --storage` and `waymark-cli compact`, through the real binary: who may run
// them, what they print, and that killing compact at any moment leaves a sound casebook.

#include "core/demo/DemoGenerator.h"
#include "core/security/Anchor.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <csignal>
#include <filesystem>

using namespace waymark;
using test::CliRun;
using test::runCli;

namespace {

const QString kDemoUser = QString::fromUtf8(demo::kDemoUser.data(), static_cast<qsizetype>(demo::kDemoUser.size()));
const QString kDemoPassword =
    QString::fromUtf8(demo::kDemoPassword.data(), static_cast<qsizetype>(demo::kDemoPassword.size()));

QMap<QString, QString> demoEnv()
{
    return {{QStringLiteral("WAYMARK_PASSWORD"), kDemoPassword}};
}

QStringList demoArgs(const QString& casebook, const QStringList& rest)
{
    return QStringList{QStringLiteral("--casebook"), casebook, QStringLiteral("--user"), kDemoUser} + rest;
}

void copyCasebook(const std::filesystem::path& from, const std::filesystem::path& to)
{
    for (const char* suffix : {"", ".keys"}) {
        std::filesystem::remove(to.string() + suffix);
        std::filesystem::copy_file(from.string() + suffix, to.string() + suffix);
    }
    for (const char* suffix : {"-wal", "-shm"})
        std::filesystem::remove(to.string() + suffix);
    // Putting a pristine copy back is a rollback, which this machine's audit anchors would
    // rightly report (docs/threat-model.md); these rounds are about kills, so each starts afresh.
    std::error_code anchorsGone;
    std::filesystem::remove_all(waymark::AnchorBook::machineFolder(), anchorsGone);
}

} // namespace

// A medium demo: the change log's proportion and keyset paging are worth checking at a size
// where pages and indexes matter. Under the sanitizers (CI's second pass) every command runs
// several times slower: there a small demo exercises the same code paths.
#if defined(__SANITIZE_ADDRESS__)
constexpr auto kScale = "small";
constexpr int kPeople = 1000;
#else
constexpr auto kScale = "medium";
constexpr int kPeople = 10000;
#endif
// The kill loop compacts a small demo: every kill is followed by a whole `verify` (which replays
// the change log), and ten of them over a medium casebook took 7-10 minutes of CI for the same
// phases of compact (copy, rewrite, swap) that a small one goes through.
constexpr auto kKillScale = "small";
constexpr int kKillPeople = 1000;
// person list pages 500 rows at a time: this many rows cross at least one page boundary.
constexpr int kListed = kPeople < 1200 ? kPeople : 1200;

class TestStorageCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::filesystem::path m_pristine;     // a demo casebook at kScale, made once
    std::filesystem::path m_pristineKill; // one at kKillScale, for the kill loop

    int personCount(const QString& casebook)
    {
        const CliRun r =
            runCli(demoArgs(casebook, {QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("list"),
                                       QStringLiteral("--limit"), QStringLiteral("0")}),
                   demoEnv());
        return r.exitCode == 0 && r.json().isArray() ? static_cast<int>(r.json().array().size()) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = std::make_unique<test::TempDir>();
        QVERIFY(m_dir->isValid());
        m_pristine = m_dir->file("pristine.waymark");
        const CliRun made = runCli({QStringLiteral("--casebook"), QString::fromStdString(m_pristine.string()),
                                    QStringLiteral("demo"), QStringLiteral("--scale"), QString::fromLatin1(kScale),
                                    QStringLiteral("--kdf"), QStringLiteral("minimum")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        if (QByteArray(kScale) == kKillScale) {
            m_pristineKill = m_pristine;
            return;
        }
        m_pristineKill = m_dir->file("pristine-kill.waymark");
        const CliRun small = runCli({QStringLiteral("--casebook"), QString::fromStdString(m_pristineKill.string()),
                                     QStringLiteral("demo"), QStringLiteral("--scale"), QString::fromLatin1(kKillScale),
                                     QStringLiteral("--kdf"), QStringLiteral("minimum")});
        QVERIFY2(small.exitCode == 0, qPrintable(small.describe()));
    }

    void cleanupTestCase() { m_dir.reset(); }

    void storageListsTablesAndIndexes()
    {
        const QString book = QString::fromStdString(m_pristine.string());
        const CliRun r = runCli(
            demoArgs(book, {QStringLiteral("--json"), QStringLiteral("info"), QStringLiteral("--storage")}), demoEnv());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.json().isArray());
        QMap<QString, QJsonObject> byName;
        qint64 total = 0;
        for (const auto& v : r.json().array()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.keys(), (QStringList{QStringLiteral("bytes"), QStringLiteral("name"), QStringLiteral("rows")}));
            byName.insert(o.value(QStringLiteral("name")).toString(), o);
            total += o.value(QStringLiteral("bytes")).toInteger();
        }
        for (const char* name : {"people", "people_order", "change_set", "change_record", "audit_log"})
            QVERIFY2(byName.contains(QString::fromLatin1(name)), name);
        QCOMPARE(byName.value(QStringLiteral("people")).value(QStringLiteral("rows")).toInteger(), qint64(kPeople));
        // dbstat accounts for every page but the free list: close to the file's size.
        const qint64 fileBytes = QFile(book).size();
        QVERIFY2(total <= fileBytes && total > fileBytes * 8 / 10,
                 qPrintable(QStringLiteral("%1 of %2").arg(total).arg(fileBytes)));
        // The change log stays in proportion to the records it describes.
        qint64 log = 0;
        qint64 records = 0;
        for (auto it = byName.begin(); it != byName.end(); ++it) {
            const qint64 bytes = it.value().value(QStringLiteral("bytes")).toInteger();
            if (it.key().startsWith(QStringLiteral("change_")))
                log += bytes;
            else if (!it.key().startsWith(QStringLiteral("audit")) &&
                     !it.key().startsWith(QStringLiteral("sqlite_schema")))
                records += bytes; // the demo's records (people, referrals, casework) with their indexes
        }
        QVERIFY(records > 0);
        const double share = static_cast<double>(log) / static_cast<double>(records);
        qInfo("%s demo: %lld bytes in dbstat; change log %lld bytes = %.2fx the record tables and indexes "
              "(%lld)",
              kScale, static_cast<long long>(total), static_cast<long long>(log), share,
              static_cast<long long>(records));
        QVERIFY2(share <= 1.5, qPrintable(QString::number(share)));

        // Text output: a header, one line per object, a total.
        const CliRun text = runCli(demoArgs(book, {QStringLiteral("info"), QStringLiteral("--storage")}), demoEnv());
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith("name"));
        QVERIFY(text.out.contains("\ntotal "));
    }

    // person list --sort/--descending: the store's keyset pages in every order.
    void listSortsAcrossPages()
    {
        const QString book = QString::fromStdString(m_pristine.string());
        for (const auto& [sort, field] : {std::pair{QStringLiteral("reference"), QStringLiteral("case_reference")},
                                          std::pair{QStringLiteral("dob"), QStringLiteral("date_of_birth")}}) {
            for (bool descending : {false, true}) {
                QStringList args{QStringLiteral("--json"),
                                 QStringLiteral("person"),
                                 QStringLiteral("list"),
                                 QStringLiteral("--sort"),
                                 sort,
                                 QStringLiteral("--limit"),
                                 QString::number(kListed)};
                if (descending)
                    args << QStringLiteral("--descending");
                const CliRun r = runCli(demoArgs(book, args), demoEnv());
                QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
                const QJsonArray rows = r.json().array();
                QCOMPARE(rows.size(), qsizetype(kListed)); // at least two 500-row pages
                for (qsizetype i = 1; i < rows.size(); ++i) {
                    const QString a = rows[i - 1].toObject().value(field).toString();
                    const QString b = rows[i].toObject().value(field).toString();
                    QVERIFY2(descending ? a >= b : a <= b, qPrintable(a + QStringLiteral(" then ") + b));
                }
            }
        }
        const CliRun bad = runCli(demoArgs(book, {QStringLiteral("person"), QStringLiteral("list"),
                                                  QStringLiteral("--sort"), QStringLiteral("shoe-size")}),
                                  demoEnv());
        QCOMPARE(bad.exitCode, 2);
    }

    void storageAndCompactFollowRoles()
    {
        const std::filesystem::path path = m_dir->file("roles.waymark");
        copyCasebook(m_pristine, path);
        const QString book = QString::fromStdString(path.string());
        const QMap<QString, QString> env = demoEnv();
        for (const auto& [name, role] : {std::pair{QStringLiteral("casey"), QStringLiteral("caseworker")},
                                         std::pair{QStringLiteral("dpo"), QStringLiteral("auditor")}}) {
            QMap<QString, QString> add = env;
            add.insert(QStringLiteral("WAYMARK_NEW_PASSWORD"), QStringLiteral("a long enough passphrase 7"));
            const CliRun r = runCli(
                demoArgs(book, {QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role}),
                add);
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        }
        const QMap<QString, QString> other{
            {QStringLiteral("WAYMARK_PASSWORD"), QStringLiteral("a long enough passphrase 7")}};
        auto as = [&](const QString& user, const QStringList& args) {
            return runCli(QStringList{QStringLiteral("--casebook"), book, QStringLiteral("--user"), user} + args,
                          other);
        };
        QCOMPARE(as(QStringLiteral("casey"), {QStringLiteral("info"), QStringLiteral("--storage")}).exitCode, 6);
        QCOMPARE(as(QStringLiteral("dpo"), {QStringLiteral("info"), QStringLiteral("--storage")}).exitCode, 0);
        QCOMPARE(as(QStringLiteral("casey"), {QStringLiteral("compact")}).exitCode, 6);
        QCOMPARE(as(QStringLiteral("dpo"), {QStringLiteral("compact")}).exitCode, 6);

        const CliRun compacted = runCli(demoArgs(book, {QStringLiteral("--json"), QStringLiteral("compact")}), env);
        QVERIFY2(compacted.exitCode == 0, qPrintable(compacted.describe()));
        const QJsonObject o = compacted.json().object();
        QVERIFY(o.value(QStringLiteral("bytes_after")).toInteger() > 0);
        QVERIFY(o.value(QStringLiteral("bytes_after")).toInteger() <=
                o.value(QStringLiteral("bytes_before")).toInteger());
        QVERIFY(compacted.err.contains("compact: 100%"));
        const CliRun verified = runCli(demoArgs(book, {QStringLiteral("verify")}), env);
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
        // Refusals and the compaction are audited.
        const CliRun trail =
            runCli(demoArgs(book, {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                                   QStringLiteral("--limit"), QStringLiteral("50")}),
                   env);
        QVERIFY(trail.out.contains("casebook.compacted"));
        QVERIFY(trail.out.contains("casebook.compact"));
    }

    void compactSurvivesAKillAtAnyMoment()
    {
        const std::filesystem::path work = m_dir->file("killed.waymark");
        const QString book = QString::fromStdString(work.string());
        // How long one whole run takes here, so the kills spread over its real duration.
        copyCasebook(m_pristineKill, work);
        QElapsedTimer timer;
        timer.start();
        const CliRun whole = runCli(demoArgs(book, {QStringLiteral("compact")}), demoEnv());
        const qint64 duration = timer.elapsed();
        QVERIFY2(whole.exitCode == 0, qPrintable(whole.describe()));

        constexpr int kKills = 10;
        int midway = 0;
        for (int i = 0; i < kKills; ++i) {
            copyCasebook(m_pristineKill, work);
            auto process = test::startCli(demoArgs(book, {QStringLiteral("compact")}), demoEnv());
            QVERIFY(process->state() != QProcess::NotRunning);
            // Spread over the run, with some jitter.
            const qint64 delay = duration * (2 * i + 1) / (2 * kKills) +
                                 QRandomGenerator::global()->bounded(static_cast<int>(duration / kKills) + 1) -
                                 duration / (2 * kKills);
            QThread::msleep(static_cast<unsigned long>(std::max<qint64>(1, delay)));
            ::kill(static_cast<pid_t>(process->processId()), SIGKILL);
            process->waitForFinished(10000);
            const QByteArray progress = process->readAllStandardError();
            if (progress.contains("compact: ") && !progress.contains("compact: 100%"))
                ++midway;
            const CliRun verified = runCli(demoArgs(book, {QStringLiteral("verify")}), demoEnv());
            QVERIFY2(verified.exitCode == 0,
                     qPrintable(QStringLiteral("kill %1 after %2 ms: %3").arg(i).arg(delay).arg(verified.describe())));
            QCOMPARE(personCount(book), kKillPeople);
        }
        qInfo("compact killed %d times over its %lld ms run (%d while compacting): every casebook opened, verified "
              "and kept its %d people",
              kKills, static_cast<long long>(duration), midway, kKillPeople);
        QVERIFY(midway >= 1);
    }
};

QTEST_GUILESS_MAIN(TestStorageCli)
#include "TestStorageCli.moc"
