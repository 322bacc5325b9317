// The kill test (S11): the real waymark-cli writing in a loop — person add and update, user
// add and password reset, compact — killed with SIGKILL at random moments spread over each
// command's own measured duration. After every kill: the casebook opens, `verify` passes,
// every acknowledged write is present, nobody is locked out, and no temporary file is left
// behind. CI runs 100 kills (WAYMARK_KILLS overrides; tests/kill-loop.sh runs 1,000).

#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QThread>

#include <filesystem>
#include <map>

using namespace waymark;
using test::CliRun;
using test::runCli;

namespace {

const QString kCoord = QStringLiteral("coord");
const QString kCoordPassword = QStringLiteral("correct horse battery staple");
const QString kWorker = QStringLiteral("kim");
// The two passwords the loop resets kim's to, alternately.
const QString kWorkerPasswords[2] = {QStringLiteral("kestrel over the moor"), QStringLiteral("heron by the weir")};

enum class Op
{
    PersonAdd,
    PersonUpdate,
    UserAdd,
    PasswordReset,
    Compact,
    ReferralAdd,
    BackupCreate,
};
constexpr Op kOps[] = {Op::PersonAdd, Op::PersonUpdate, Op::UserAdd,     Op::PasswordReset,
                       Op::Compact,   Op::ReferralAdd,  Op::BackupCreate};

const char* opName(Op op)
{
    switch (op) {
    case Op::PersonAdd:
        return "person add";
    case Op::PersonUpdate:
        return "person update";
    case Op::UserAdd:
        return "user add";
    case Op::PasswordReset:
        return "user passwd (reset)";
    case Op::Compact:
        return "compact";
    case Op::ReferralAdd:
        return "referral add";
    case Op::BackupCreate:
        return "backup create";
    }
    return "?";
}

// Leftovers a finished or recovered command must not leave: temporary files of atomic writes,
// half-made casebooks, key-file changes not yet finished after a sign-in.
QStringList leftovers(const std::filesystem::path& folder)
{
    QStringList found;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (name.find(".tmp-") != std::string::npos || name.find(".creating") != std::string::npos ||
            name.find(".pending-") != std::string::npos || name.find(".compacting") != std::string::npos ||
            name.find(".partial") != std::string::npos)
            found << QString::fromStdString(name);
    }
    return found;
}

class Harness
{
public:
    explicit Harness(const std::filesystem::path& casebook)
        : m_path(QString::fromStdString(casebook.string()))
    {}

    QStringList as(const QString& user, const QStringList& args) const
    {
        return QStringList{QStringLiteral("--casebook"), m_path, QStringLiteral("--user"), user} + args;
    }

    // The command for op number `n`, its environment and what it acknowledges when it exits 0.
    struct Step
    {
        QStringList args;
        QMap<QString, QString> env;
        QString personFamily;    // person add: its unique family name
        QString personRef;       // person update: which person
        QString personPhone;     // person update: the phone written
        QString user;            // user add
        QString policeRef;       // referral add
        int workerPassword = -1; // reset: index into kWorkerPasswords
    };

    Step step(Op op, int n) const
    {
        Step s;
        s.env = {{QStringLiteral("WAYMARK_PASSWORD"), kCoordPassword}};
        switch (op) {
        case Op::PersonAdd:
            s.personFamily = QStringLiteral("Killtest-%1").arg(n);
            s.args = as(kCoord, {QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"),
                                 QStringLiteral("Alex"), QStringLiteral("--family"), s.personFamily,
                                 QStringLiteral("--dob"), QStringLiteral("2011-03-14")});
            break;
        case Op::PersonUpdate:
            s.personRef = m_people.isEmpty() ? QString() : m_people.value(n % m_people.size());
            s.personPhone = QStringLiteral("077009%1").arg(n % 100000, 5, 10, QLatin1Char('0'));
            s.args = as(kCoord, {QStringLiteral("person"), QStringLiteral("update"), s.personRef,
                                 QStringLiteral("--phone"), s.personPhone});
            break;
        case Op::UserAdd:
            s.user = QStringLiteral("worker%1").arg(n);
            s.env.insert(QStringLiteral("WAYMARK_NEW_PASSWORD"), QStringLiteral("a quiet lane at dusk %1").arg(n));
            s.args = as(kCoord, {QStringLiteral("user"), QStringLiteral("add"), s.user, QStringLiteral("--role"),
                                 QStringLiteral("caseworker")});
            break;
        case Op::PasswordReset:
            s.workerPassword = n % 2;
            s.env.insert(QStringLiteral("WAYMARK_NEW_PASSWORD"), kWorkerPasswords[s.workerPassword]);
            s.args = as(kCoord, {QStringLiteral("user"), QStringLiteral("passwd"), kWorker});
            break;
        case Op::Compact:
            s.args = as(kCoord, {QStringLiteral("compact")});
            break;
        case Op::ReferralAdd:
            s.personRef = m_people.isEmpty() ? QString() : m_people.value(n % m_people.size());
            s.policeRef = QStringLiteral("KL/%1/26").arg(n);
            s.args = as(kCoord, {QStringLiteral("referral"), QStringLiteral("add"), s.personRef,
                                 QStringLiteral("--source"), QStringLiteral("police"), QStringLiteral("--route"),
                                 QStringLiteral("community_resolution"), QStringLiteral("--police-ref"), s.policeRef});
            s.personRef.clear(); // not an update: nothing to compare on the person
            break;
        case Op::BackupCreate:
            s.args =
                as(kCoord, {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--to"), m_backups});
            break;
        }
        return s;
    }

    void acknowledge(const Step& s)
    {
        if (!s.personFamily.isEmpty())
            m_ackedFamilies.insert(s.personFamily);
        if (!s.personRef.isEmpty())
            m_ackedPhone[s.personRef] = s.personPhone;
        if (!s.user.isEmpty())
            m_ackedUsers.insert(s.user);
        if (s.workerPassword >= 0)
            m_workerPasswords = {s.workerPassword};
        if (!s.policeRef.isEmpty())
            m_ackedPoliceRefs.insert(s.policeRef);
    }

    // A killed command may or may not have landed: both outcomes stay possible until checked.
    void maybe(const Step& s)
    {
        if (s.workerPassword >= 0)
            m_workerPasswords.insert(s.workerPassword);
        if (!s.personRef.isEmpty())
            m_maybePhone[s.personRef].insert(s.personPhone);
    }

    QString m_path;
    QStringList m_people; // case references to update
    QSet<QString> m_ackedFamilies;
    std::map<QString, QString> m_ackedPhone;
    std::map<QString, QSet<QString>> m_maybePhone;
    QSet<QString> m_ackedUsers;
    QSet<QString> m_ackedPoliceRefs;
    QString m_backups; // the backup folder
    QSet<int> m_workerPasswords{0};
};

} // namespace

class TestKillLoop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomMomentsLosesNothing()
    {
        const int kills =
            qEnvironmentVariableIsSet("WAYMARK_KILLS") ? qEnvironmentVariableIntValue("WAYMARK_KILLS") : 100;
        const quint32 seed = qEnvironmentVariableIsSet("WAYMARK_KILL_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("WAYMARK_KILL_SEED"))
                                 : 2026u;
        QRandomGenerator random(seed);
        test::TempDir dir;
        const auto path = dir.file("kills.waymark");
        Harness h(path);
        std::filesystem::create_directory(dir.file("backups"));
        h.m_backups = QString::fromStdString(dir.file("backups").string());
        const QMap<QString, QString> coordEnv{{QStringLiteral("WAYMARK_PASSWORD"), kCoordPassword}};

        // A casebook with a caseworker and a few people to update.
        QCOMPARE(
            runCli(h.as(kCoord, {QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("minimum")}), coordEnv)
                .exitCode,
            0);
        CliRun added = runCli(h.as(kCoord, {QStringLiteral("user"), QStringLiteral("add"), kWorker,
                                            QStringLiteral("--role"), QStringLiteral("caseworker")}),
                              {{QStringLiteral("WAYMARK_PASSWORD"), kCoordPassword},
                               {QStringLiteral("WAYMARK_NEW_PASSWORD"), kWorkerPasswords[0]}});
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        for (int i = 0; i < 5; ++i) {
            CliRun p = runCli(
                h.as(kCoord, {QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"),
                              QStringLiteral("Sam"), QStringLiteral("--family"), QStringLiteral("Updatee-%1").arg(i),
                              QStringLiteral("--dob"), QStringLiteral("2010-05-0%1").arg(i + 1)}),
                coordEnv);
            QVERIFY2(p.exitCode == 0, qPrintable(p.describe()));
            h.m_people << QString::fromUtf8(p.out).trimmed();
        }

        // Each command's real duration, so kills land inside it, not after its end.
        std::map<Op, qint64> durationMs;
        for (Op op : kOps) {
            QElapsedTimer t;
            t.start();
            const auto s = h.step(op, 100000 + int(op));
            const CliRun r = runCli(s.args, s.env);
            QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("%1: %2").arg(opName(op), r.describe())));
            durationMs[op] = std::max<qint64>(t.elapsed(), 5);
            h.acknowledge(s);
        }

        std::map<Op, int> killedWhileRunning, finishedFirst;
        int backupLeftovers = 0;
        for (int n = 0; n < kills; ++n) {
            const Op op = kOps[random.bounded(int(std::size(kOps)))];
            const auto s = h.step(op, n);
            // Inside the command's measured duration; every sixth run is left to finish, so
            // acknowledged writes keep coming and are checked too.
            const bool letFinish = n % 6 == 5;
            const int delay = letFinish ? 0 : int(random.bounded(quint32(durationMs[op] + 1)));
            auto process = test::startCli(s.args, s.env);
            QVERIFY(process->waitForStarted(30000));
            if (letFinish)
                process->waitForFinished(60000);
            else
                QThread::msleep(quint32(delay));
            const bool running = process->state() == QProcess::Running;
            if (running)
                process->kill(); // SIGKILL
            QVERIFY(process->state() == QProcess::NotRunning || process->waitForFinished(60000));
            const bool acknowledged =
                !running && process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
            if (acknowledged) {
                h.acknowledge(s);
                ++finishedFirst[op];
            } else {
                h.maybe(s);
                ++killedWhileRunning[op];
            }

            // The casebook opens and verifies (this sign-in also finishes an interrupted key change).
            const CliRun verify = runCli(h.as(kCoord, {QStringLiteral("verify")}), coordEnv);
            QVERIFY2(verify.exitCode == 0, qPrintable(QStringLiteral("after %1 killed at %2 ms (kill %3): %4")
                                                          .arg(opName(op))
                                                          .arg(delay)
                                                          .arg(n)
                                                          .arg(verify.describe())));
            // Nobody locked out: kim opens with the password last acknowledged (or, after a
            // killed reset, with one of the two).
            bool kimIn = false;
            int kimWith = -1;
            for (int pw : h.m_workerPasswords) {
                if (runCli(h.as(kWorker, {QStringLiteral("info")}),
                           {{QStringLiteral("WAYMARK_PASSWORD"), kWorkerPasswords[pw]}})
                        .exitCode == 0) {
                    kimIn = true;
                    kimWith = pw;
                    break;
                }
            }
            QVERIFY2(kimIn,
                     qPrintable(QStringLiteral("kim locked out after %1 killed at %2 ms").arg(opName(op)).arg(delay)));
            h.m_workerPasswords = {kimWith}; // now known
            // Every acknowledged write is present.
            const CliRun list =
                runCli(h.as(kCoord, {QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("list"),
                                     QStringLiteral("--limit"), QStringLiteral("0")}),
                       coordEnv);
            QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
            QSet<QString> families;
            for (const auto& v : list.json().array())
                families.insert(v.toObject().value(QStringLiteral("family_name")).toString());
            for (const QString& f : h.m_ackedFamilies)
                QVERIFY2(families.contains(f), qPrintable(QStringLiteral("acknowledged person %1 missing").arg(f)));
            if (op == Op::PersonUpdate) {
                const CliRun shown = runCli(h.as(kCoord, {QStringLiteral("--json"), QStringLiteral("person"),
                                                          QStringLiteral("show"), s.personRef}),
                                            coordEnv);
                QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
                const QString phone = shown.json().object().value(QStringLiteral("phone")).toString();
                if (acknowledged)
                    QCOMPARE(phone, s.personPhone);
                else
                    QVERIFY(phone == s.personPhone || h.m_ackedPhone.count(s.personRef) == 0 ||
                            phone == h.m_ackedPhone[s.personRef] || h.m_maybePhone[s.personRef].contains(phone));
                h.m_ackedPhone[s.personRef] = phone;
                h.m_maybePhone[s.personRef].clear();
            }
            if (!s.policeRef.isEmpty() && acknowledged) {
                const CliRun refs =
                    runCli(h.as(kCoord, {QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("list"),
                                         QStringLiteral("--limit"), QStringLiteral("0")}),
                           coordEnv);
                QVERIFY2(refs.exitCode == 0, qPrintable(refs.describe()));
                // Every acknowledged referral is there (killed ones may or may not be).
                QVERIFY(refs.json().array().size() >= h.m_ackedPoliceRefs.size());
                QVERIFY2(refs.out.contains(s.policeRef.toUtf8()) || !refs.out.contains("police_reference"),
                         qPrintable(refs.describe()));
            }
            if (op == Op::BackupCreate && acknowledged) {
                const CliRun backups =
                    runCli(h.as(kCoord, {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list"),
                                         QStringLiteral("--in"), h.m_backups}),
                           coordEnv);
                QVERIFY2(backups.exitCode == 0 && !backups.json().array().isEmpty(), qPrintable(backups.describe()));
            }
            if (!s.user.isEmpty() && acknowledged) {
                const CliRun users = runCli(
                    h.as(kCoord, {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")}), coordEnv);
                QVERIFY2(users.out.contains(s.user.toUtf8()), qPrintable(users.describe()));
            }
            const QStringList left = leftovers(path.parent_path());
            QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("after %1 killed at %2 ms: left %3")
                                                    .arg(opName(op))
                                                    .arg(delay)
                                                    .arg(left.join(QStringLiteral(", ")))));
            // A killed backup may leave its .partial copy in the backup folder (never under a
            // backup's real name); the next backup clears it.
            const QStringList leftInBackups = leftovers(dir.file("backups"));
            if (op == Op::BackupCreate && acknowledged)
                QVERIFY2(leftInBackups.isEmpty(),
                         qPrintable(QStringLiteral("a finished backup left %1").arg(leftInBackups.join(", "))));
            backupLeftovers += leftInBackups.isEmpty() ? 0 : 1;
        }
        // Every backup under a real name opens and verifies.
        int backupsVerified = 0;
        for (const auto& entry : std::filesystem::directory_iterator(dir.file("backups"))) {
            const std::string name = entry.path().filename().string();
            if (!name.ends_with(".waymark"))
                continue;
            const CliRun verified = runCli(h.as(kCoord, {QStringLiteral("backup"), QStringLiteral("verify"),
                                                         QString::fromStdString(entry.path().string())}),
                                           coordEnv);
            QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
            ++backupsVerified;
        }
        QString summary;
        int killed = 0;
        for (Op op : kOps) {
            killed += killedWhileRunning[op];
            summary += QStringLiteral("%1 %2 ms: %3 killed, %4 finished first; ")
                           .arg(QString::fromLatin1(opName(op)))
                           .arg(durationMs[op])
                           .arg(killedWhileRunning[op])
                           .arg(finishedFirst[op]);
        }
        qInfo("%d runs (seed %u), %d killed while running; %s0 lost acknowledged writes, 0 failed verifies, 0 "
              "lock-outs, 0 leftovers beside the casebook; %d checks saw a killed backup's .partial copy, every "
              "finished backup cleared them; %d backups under real names all verify",
              kills, seed, killed, qPrintable(summary), backupLeftovers, backupsVerified);
        QVERIFY(killed > kills / 2); // the delays really land inside the commands
    }
};

QTEST_GUILESS_MAIN(TestKillLoop)
#include "TestKillLoop.moc"
