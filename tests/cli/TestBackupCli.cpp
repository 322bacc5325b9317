// backup create|list|verify|restore and settings backup show|set through the real
// waymark-cli binary: happy paths, errors and exit codes. Casebooks are made in-process with
// the minimum key derivation; the people are generated.

#include "core/store/Database.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <filesystem>

using namespace waymark;
using test::CliRun;
using test::runCli;

namespace {

constexpr int kOk = 0;
constexpr int kUsage = 2;
constexpr int kCredentials = 3;
constexpr int kDamaged = 5;
constexpr int kPermission = 6;
constexpr int kNotFound = 7;

const QString kWorkerPassword = QStringLiteral("long river walk at noon");
const QString kLatePassword = QStringLiteral("violet harbour kettle 9 sings");

QString q(const std::filesystem::path& p)
{
    return QString::fromStdString(p.string());
}

} // namespace

class TestBackupCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::filesystem::path m_casebook;

    CliRun as(const QString& user, const QString& password, const QStringList& args, const QByteArray& input = {})
    {
        return runCli(QStringList{QStringLiteral("--casebook"), q(m_casebook), QStringLiteral("--user"), user} + args,
                      {{QStringLiteral("WAYMARK_PASSWORD"), password}}, input);
    }
    CliRun coord(const QStringList& args, const QByteArray& input = {})
    {
        return as(QString::fromLatin1(test::kUser), QString::fromLatin1(test::kPassword), args, input);
    }
    std::int64_t people()
    {
        auto cb = Casebook::open(m_casebook, test::kUser, test::kPassword);
        return cb ? test::scalar(**cb, "SELECT count(*) FROM people") : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_casebook = m_dir->file("team.waymark");
        auto cb = test::makeCasebook(m_casebook);
        QVERIFY(cb);
        for (int i = 0; i < 10; ++i)
            QVERIFY(cb->people().create(test::samplePerson(i)));
        QVERIFY(cb->users().add("casey", kWorkerPassword.toStdString(), Role::Caseworker));
        std::filesystem::create_directory(m_dir->file("backups"));
    }
    void cleanup() { m_dir.reset(); }

    void createListVerifyRestore()
    {
        // No folder set and none given: a usage error that says how to set one.
        CliRun r = coord({QStringLiteral("backup"), QStringLiteral("create")});
        QCOMPARE(r.exitCode, kUsage);
        QVERIFY(r.err.contains("settings backup set"));

        r = coord({QStringLiteral("settings"), QStringLiteral("backup"), QStringLiteral("set"),
                   QStringLiteral("--folder"), q(m_dir->file("backups"))});
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
        r = coord(
            {QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("backup"), QStringLiteral("show")});
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
        QCOMPARE(r.json().object().value(QStringLiteral("folder")).toString(), q(m_dir->file("backups")));
        QVERIFY(r.json().object().value(QStringLiteral("last_backup")).isNull());
        QVERIFY(r.json().object().value(QStringLiteral("overdue")).toBool());
        QVERIFY(r.json().object().value(QStringLiteral("automatic")).toBool()); // on by default
        // Automatic backups off and on again (coordinators); a caseworker may not.
        r = coord({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("backup"),
                   QStringLiteral("set"), QStringLiteral("--automatic"), QStringLiteral("off")});
        QVERIFY2(r.exitCode == kOk && !r.json().object().value(QStringLiteral("automatic")).toBool(),
                 qPrintable(r.describe()));
        r = coord({QStringLiteral("settings"), QStringLiteral("backup"), QStringLiteral("set"),
                   QStringLiteral("--automatic"), QStringLiteral("maybe")});
        QCOMPARE(r.exitCode, kUsage);
        r = coord({QStringLiteral("settings"), QStringLiteral("backup"), QStringLiteral("set"),
                   QStringLiteral("--automatic"), QStringLiteral("on")});
        QVERIFY2(r.exitCode == kOk && r.out.contains("automatic=on"), qPrintable(r.describe()));

        r = coord({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create")});
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
        QVERIFY(r.err.contains("100%"));
        const QString file = r.json().object().value(QStringLiteral("file")).toString();
        QVERIFY(std::filesystem::exists(file.toStdString()));
        QVERIFY(std::filesystem::exists(file.toStdString() + ".keys"));
        QVERIFY(r.json().object().value(QStringLiteral("bytes")).toInteger() > 0);

        r = coord({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
        QCOMPARE(r.json().array().size(), 1);
        QVERIFY(r.json().array().at(0).toObject().value(QStringLiteral("whole")).toBool());
        r = coord(
            {QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--in"), q(m_dir->file("backups"))});
        QVERIFY2(r.exitCode == kOk && r.out.contains("whole"), qPrintable(r.describe()));

        r = coord({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("verify"), file});
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
        QVERIFY(r.json().object().value(QStringLiteral("ok")).toBool());

        {
            auto cb = Casebook::open(m_casebook, test::kUser, test::kPassword);
            QVERIFY(cb && (*cb)->people().create(test::samplePerson(40)));
        }
        QCOMPARE(people(), std::int64_t{11});

        // The reason comes from standard input; none: a usage error, nothing touched.
        r = coord({QStringLiteral("backup"), QStringLiteral("restore"), file});
        QCOMPARE(r.exitCode, kUsage);
        QCOMPARE(people(), std::int64_t{11});
        r = coord({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("restore"), file},
                  "the person was added by mistake\n");
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
        QVERIFY(r.err.contains("100%"));
        const QString keptAs = r.json().object().value(QStringLiteral("kept_as")).toString();
        QVERIFY(std::filesystem::exists(keptAs.toStdString()));
        QCOMPARE(people(), std::int64_t{10});
        auto cb = Casebook::open(m_casebook, test::kUser, test::kPassword);
        QVERIFY(cb);
        QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM audit_log WHERE operation = 'casebook.restored' AND detail "
                                    "LIKE '%added by mistake%'"),
                 std::int64_t{1});
        cb->reset();
        r = coord({QStringLiteral("verify")});
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
    }

    void damagedBackupRefused()
    {
        CliRun r = coord({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
                          QStringLiteral("--to"), q(m_dir->file("backups"))});
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
        const QString file = r.json().object().value(QStringLiteral("file")).toString();
        QByteArray bytes = test::readFile(file.toStdString());
        for (int i = 0; i < 32; ++i)
            bytes[9000 + i] = static_cast<char>(bytes[9000 + i] ^ 0x33);
        test::writeFile(file.toStdString(), bytes);
        r = coord({QStringLiteral("backup"), QStringLiteral("verify"), file});
        QCOMPARE(r.exitCode, kDamaged);
        r = coord({QStringLiteral("backup"), QStringLiteral("restore"), file}, "try the damaged one\n");
        QCOMPARE(r.exitCode, kDamaged);
        QCOMPARE(people(), std::int64_t{10});
        for (const auto& e : std::filesystem::directory_iterator(m_dir->path()))
            QVERIFY2(e.path().filename().string().find("before-restore") == std::string::npos,
                     e.path().string().c_str());
        r = coord({QStringLiteral("verify")});
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
    }

    void restoreIntoANewPath()
    {
        // The lost laptop: the backup on a stick, no casebook at the new path.
        CliRun r = coord({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
                          QStringLiteral("--to"), q(m_dir->file("backups"))});
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
        const QString file = r.json().object().value(QStringLiteral("file")).toString();
        std::filesystem::create_directory(m_dir->file("new"));
        const auto target = m_dir->file("new") / "team.waymark";
        const auto atTarget = [&](const std::filesystem::path& path, const QString& user, const QString& password,
                                  const QStringList& args, const QByteArray& input = {}) {
            return runCli(QStringList{QStringLiteral("--casebook"), q(path), QStringLiteral("--user"), user} + args,
                          {{QStringLiteral("WAYMARK_PASSWORD"), password}}, input);
        };
        const QString coordName = QString::fromLatin1(test::kUser);
        const QString coordPassword = QString::fromLatin1(test::kPassword);
        const QStringList restore{QStringLiteral("backup"), QStringLiteral("restore"), file};
        const auto nothingThere = [&] { return std::filesystem::is_empty(m_dir->file("new")); };

        // Refusals first, each leaving the folder empty.
        r = atTarget(target, coordName, coordPassword, restore);
        QCOMPARE(r.exitCode, kUsage); // no reason on stdin
        QVERIFY(nothingThere());
        r = atTarget(target, coordName, QStringLiteral("not my password at all"), restore, "laptop lost\n");
        QCOMPARE(r.exitCode, kCredentials);
        QVERIFY(nothingThere());
        r = atTarget(target, QStringLiteral("casey"), kWorkerPassword, restore, "laptop lost\n");
        QCOMPARE(r.exitCode, kPermission);
        QVERIFY(nothingThere());
        r = atTarget(m_dir->file("nope") / "team.waymark", coordName, coordPassword, restore, "laptop lost\n");
        QCOMPARE(r.exitCode, kNotFound);
        r = atTarget(target, coordName, coordPassword,
                     {QStringLiteral("backup"), QStringLiteral("restore"), q(m_dir->file("nothing.waymark"))},
                     "laptop lost\n");
        QCOMPARE(r.exitCode, kNotFound);
        QVERIFY(nothingThere());
        const auto damaged = m_dir->file("backups") / "team-20260101-000000.waymark";
        QByteArray bytes = test::readFile(file.toStdString());
        for (int i = 0; i < 32; ++i)
            bytes[9000 + i] = static_cast<char>(bytes[9000 + i] ^ 0x33);
        test::writeFile(damaged, bytes);
        std::filesystem::copy_file(file.toStdString() + ".keys", damaged.string() + ".keys");
        r = atTarget(target, coordName, coordPassword,
                     {QStringLiteral("backup"), QStringLiteral("restore"), q(damaged)}, "laptop lost\n");
        QCOMPARE(r.exitCode, kDamaged);
        QVERIFY(nothingThere());

        // The restore itself.
        r = atTarget(target, coordName, coordPassword, QStringList{QStringLiteral("--json")} + restore,
                     "laptop left on the bus\n");
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
        QVERIFY(r.err.contains("100%"));
        QCOMPARE(r.json().object().value(QStringLiteral("new_casebook")).toString(), q(target));
        QVERIFY(
            r.json().object().value(QStringLiteral("moment")).toObject().value(QStringLiteral("anchored")).toBool());
        r = atTarget(target, coordName, coordPassword, {QStringLiteral("verify")});
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("audit anchor: restored"), r.out.constData());
        {
            auto cb = Casebook::open(target, test::kUser, test::kPassword);
            QVERIFY(cb);
            QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM people"), std::int64_t{10});
            QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM audit_log WHERE operation = 'casebook.restored' AND "
                                        "detail LIKE '%new place%' AND detail LIKE '%left on the bus%'"),
                     std::int64_t{1});
        }
        // The caseworker's own slot came back with it.
        r = atTarget(target, QStringLiteral("casey"), kWorkerPassword, {QStringLiteral("info")});
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
    }

    void rolesSlotsAndErrors()
    {
        CliRun r = coord({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
                          QStringLiteral("--to"), q(m_dir->file("backups"))});
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
        const QString file = r.json().object().value(QStringLiteral("file")).toString();
        // A caseworker may make and verify backups, not restore them or set the folder.
        std::filesystem::create_directory(m_dir->file("cw"));
        r = as(QStringLiteral("casey"), kWorkerPassword,
               {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--to"), q(m_dir->file("cw"))});
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
        r = as(QStringLiteral("casey"), kWorkerPassword, {QStringLiteral("backup"), QStringLiteral("verify"), file});
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
        r = as(QStringLiteral("casey"), kWorkerPassword, {QStringLiteral("backup"), QStringLiteral("restore"), file},
               "a reason\n");
        QCOMPARE(r.exitCode, kPermission);
        r = as(QStringLiteral("casey"), kWorkerPassword,
               {QStringLiteral("settings"), QStringLiteral("backup"), QStringLiteral("set"), QStringLiteral("--folder"),
                q(m_dir->path())});
        QCOMPARE(r.exitCode, kPermission);
        // A coordinator added after the backup holds no slot in it.
        {
            auto cb = Casebook::open(m_casebook, test::kUser, test::kPassword);
            QVERIFY(cb && (*cb)->users().add("late", kLatePassword.toStdString(), Role::Coordinator));
        }
        r = as(QStringLiteral("late"), kLatePassword, {QStringLiteral("backup"), QStringLiteral("restore"), file},
               "not mine to open\n");
        QCOMPARE(r.exitCode, kCredentials);
        r = as(QStringLiteral("late"), kLatePassword, {QStringLiteral("backup"), QStringLiteral("verify"), file});
        QCOMPARE(r.exitCode, kCredentials);
        // Missing files and folders, usage errors.
        r = coord({QStringLiteral("backup"), QStringLiteral("verify"), q(m_dir->file("nothing.waymark"))});
        QCOMPARE(r.exitCode, kNotFound);
        r = coord({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--in"), q(m_dir->file("nope"))});
        QCOMPARE(r.exitCode, kNotFound);
        r = coord({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--to"), q(m_dir->file("nope"))});
        QCOMPARE(r.exitCode, kNotFound);
        r = coord({QStringLiteral("backup"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, kUsage);
        r = coord({QStringLiteral("backup"), QStringLiteral("explode")});
        QCOMPARE(r.exitCode, kUsage);
        r = coord({QStringLiteral("settings"), QStringLiteral("backup"), QStringLiteral("set")});
        QCOMPARE(r.exitCode, kUsage);
        r = coord({QStringLiteral("settings"), QStringLiteral("backup"), QStringLiteral("set"),
                   QStringLiteral("--folder"), q(m_dir->file("nope"))});
        QCOMPARE(r.exitCode, kNotFound);
        QCOMPARE(people(), std::int64_t{10});
    }
};

QTEST_GUILESS_MAIN(TestBackupCli)
#include "TestBackupCli.moc"
