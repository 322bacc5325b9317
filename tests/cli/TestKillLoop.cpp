// The kill test (S11): the real waymark-cli writing in a loop — every command in kCommands
// below (person add and update, referral add, user add and password reset, compact, backup
// create and restore) — killed with SIGKILL at random moments spread over each command's own
// measured duration (the median of three runs). After every kill: the casebook opens, `verify`
// passes, every acknowledged write is present, nobody is locked out, and no temporary file is
// left behind. CI runs 100 kills (WAYMARK_KILLS overrides; tests/kill-loop.sh runs 1,000).
// A second test kills `backup restore` at evenly spread moments: the casebook is always either
// the old one or the restored one, never neither.
//
// Adding a record type is one line in kCommands, with record(): its add command (the words
// {person}, {n} and {marker} are filled in) and the list command whose output must show the
// marker once the add was acknowledged, e.g.
//   {"note add", record({"note", "add", "{person}", "--text", "{marker}"}, {"note", "list", "{person}"})},

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

#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <string_view>
#include <vector>

using namespace waymark;
using test::CliRun;
using test::runCli;

namespace {

const QString kCoord = QStringLiteral("coord");
const QString kCoordPassword = QStringLiteral("correct horse battery staple");
const QString kWorker = QStringLiteral("kim");
// The two passwords the loop resets kim's to, alternately.
const QString kWorkerPasswords[2] = {QStringLiteral("kestrel over the moor"), QStringLiteral("heron by the weir")};

// Leftovers a finished or recovered command must not leave: temporary files of atomic writes,
// half-made casebooks and copies, staged restores, key-file changes not yet finished after a
// sign-in.
QStringList leftovers(const std::filesystem::path& folder)
{
    QStringList found;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        for (const char* marker :
             {".tmp-", ".creating", ".pending-", ".compacting", ".partial", ".restoring", ".checking"})
            if (name.find(marker) != std::string::npos)
                found << QString::fromStdString(name);
    }
    return found;
}

// One run of a command: what it is, and what it acknowledges when it exits 0.
struct Step
{
    QStringList args; // after --casebook/--user
    QMap<QString, QString> env;
    QByteArray input;        // standard input (a restore's reason)
    QString personFamily;    // person add: its unique family name
    QString personRef;       // person update: which person
    QString personPhone;     // person update: the phone written
    QString user;            // user add
    QString policeRef;       // referral add
    int workerPassword = -1; // reset: index into kWorkerPasswords
    QString marker;          // record(): the text its list must show
    QStringList listArgs;    // record(): the list command
    bool backup = false;     // backup create: the list of backups is not empty
    bool restore = false;    // backup restore: the casebook is the backup's or as it was
};

// What the casebook holds as far as the loop knows.
struct Known
{
    QSet<QString> families;
    std::map<QString, QString> phone;            // acknowledged phone of each person
    std::map<QString, QSet<QString>> maybePhone; // phones a killed update may have left
    QSet<QString> users;
    QSet<QString> policeRefs;
    std::map<QStringList, QSet<QString>> markers; // list command -> markers it must show
    QSet<int> workerPasswords{0};
};

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
    QString person(int n) const { return m_people.isEmpty() ? QString() : m_people.value(n % m_people.size()); }

    void acknowledge(const Step& s)
    {
        if (!s.personFamily.isEmpty())
            m_known.families.insert(s.personFamily);
        if (!s.personRef.isEmpty())
            m_known.phone[s.personRef] = s.personPhone;
        if (!s.user.isEmpty())
            m_known.users.insert(s.user);
        if (s.workerPassword >= 0)
            m_known.workerPasswords = {s.workerPassword};
        if (!s.policeRef.isEmpty())
            m_known.policeRefs.insert(s.policeRef);
        if (!s.marker.isEmpty())
            m_known.markers[s.listArgs].insert(s.marker);
    }
    // A killed command may or may not have landed: both outcomes stay possible until checked.
    void maybe(const Step& s)
    {
        if (s.workerPassword >= 0)
            m_known.workerPasswords.insert(s.workerPassword);
        if (!s.personRef.isEmpty())
            m_known.maybePhone[s.personRef].insert(s.personPhone);
    }

    QString m_path;
    QStringList m_people;  // case references to update
    QString m_backups;     // the backup folder
    QString m_restoreFrom; // the backup the restores bring back
    Known m_known;
    Known m_atBackup; // what m_restoreFrom holds
};

using Make = std::function<void(const Harness&, int n, Step&)>;

// A record type's add command and the list that must show it: see the note at the top.
Make record(const QStringList& add, const QStringList& list)
{
    return [add, list](const Harness& h, int n, Step& s) {
        const QString marker = QStringLiteral("KL%1x%2").arg(n).arg(add.value(0));
        const auto fill = [&](QStringList words) {
            for (QString& w : words)
                w.replace(QStringLiteral("{person}"), h.person(n))
                    .replace(QStringLiteral("{n}"), QString::number(n))
                    .replace(QStringLiteral("{marker}"), marker);
            return words;
        };
        s.args = fill(add);
        s.listArgs = fill(list);
        s.marker = marker;
    };
}

struct Command
{
    const char* name;
    Make make;
};

// The commands the loop runs. A later record type is one line (record(), above).
const std::vector<Command> kCommands = {
    {"person add",
     [](const Harness&, int n, Step& s) {
         s.personFamily = QStringLiteral("Killtest-%1").arg(n);
         s.args = {QStringLiteral("person"), QStringLiteral("add"),       QStringLiteral("--given"),
                   QStringLiteral("Alex"),   QStringLiteral("--family"),  s.personFamily,
                   QStringLiteral("--dob"),  QStringLiteral("2011-03-14")};
     }},
    {"person update",
     [](const Harness& h, int n, Step& s) {
         s.personRef = h.person(n);
         s.personPhone = QStringLiteral("077009%1").arg(n % 100000, 5, 10, QLatin1Char('0'));
         s.args = {QStringLiteral("person"), QStringLiteral("update"), s.personRef, QStringLiteral("--phone"),
                   s.personPhone};
     }},
    {"referral add",
     [](const Harness& h, int n, Step& s) {
         s.policeRef = QStringLiteral("KL/%1/26").arg(n);
         s.args = {QStringLiteral("referral"),
                   QStringLiteral("add"),
                   h.person(n),
                   QStringLiteral("--source"),
                   QStringLiteral("police"),
                   QStringLiteral("--route"),
                   QStringLiteral("community_resolution"),
                   QStringLiteral("--police-ref"),
                   s.policeRef};
     }},
    {"user add",
     [](const Harness&, int n, Step& s) {
         s.user = QStringLiteral("worker%1").arg(n);
         s.env.insert(QStringLiteral("WAYMARK_NEW_PASSWORD"), QStringLiteral("a quiet lane at dusk %1").arg(n));
         s.args = {QStringLiteral("user"), QStringLiteral("add"), s.user, QStringLiteral("--role"),
                   QStringLiteral("caseworker")};
     }},
    {"user passwd (reset)",
     [](const Harness&, int n, Step& s) {
         s.workerPassword = n % 2;
         s.env.insert(QStringLiteral("WAYMARK_NEW_PASSWORD"), kWorkerPasswords[s.workerPassword]);
         s.args = {QStringLiteral("user"), QStringLiteral("passwd"), kWorker};
     }},
    {"compact", [](const Harness&, int, Step& s) { s.args = {QStringLiteral("compact")}; }},
    {"backup create",
     [](const Harness& h, int, Step& s) {
         s.backup = true;
         s.args = {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--to"), h.m_backups};
     }},
    {"backup restore",
     [](const Harness& h, int n, Step& s) {
         s.restore = true;
         s.input = QStringLiteral("kill test %1\n").arg(n).toUtf8();
         s.args = {QStringLiteral("backup"), QStringLiteral("restore"), h.m_restoreFrom};
     }},
    // Delivery record types: one line each here. Note text and task titles come on stdin.
    {"note add",
     [](const Harness& h, int n, Step& s) {
         record({"note", "add", "--person", "{person}"},
                {"note", "list", "--person", "{person}", "--limit", "200"})(h, n, s);
         s.input = s.marker.toUtf8() + '\n';
     }},
    {"task add",
     [](const Harness& h, int n, Step& s) {
         record({"task", "add", "{person}", "--due", "2027-01-15"},
                {"task", "list", "--person", "{person}", "--when", "any", "--limit", "500"})(h, n, s);
         s.input = s.marker.toUtf8() + '\n';
     }},
};

// Starts a step's command (its input written and closed).
std::unique_ptr<QProcess> start(const Harness& h, const Step& s)
{
    auto process = s.input.isEmpty() ? test::startCli(h.as(kCoord, s.args), s.env)
                                     : test::startCliWithOpenInput(h.as(kCoord, s.args), s.env);
    if (!s.input.isEmpty()) {
        process->write(s.input);
        process->closeWriteChannel();
    }
    return process;
}

Step makeStep(const Harness& h, const Command& c, int n)
{
    Step s;
    s.env = {{QStringLiteral("WAYMARK_PASSWORD"), kCoordPassword}};
    c.make(h, n, s);
    return s;
}

QSet<QString> familiesIn(const Harness& h)
{
    const CliRun list = runCli(h.as(kCoord, {QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("list"),
                                             QStringLiteral("--limit"), QStringLiteral("0")}),
                               {{QStringLiteral("WAYMARK_PASSWORD"), kCoordPassword}});
    QSet<QString> families;
    for (const auto& v : list.json().array())
        families.insert(v.toObject().value(QStringLiteral("family_name")).toString());
    return families;
}

// A casebook with a caseworker (kim) and a few people to update, at `path`.
bool setUp(Harness& h)
{
    const QMap<QString, QString> coordEnv{{QStringLiteral("WAYMARK_PASSWORD"), kCoordPassword}};
    if (runCli(h.as(kCoord, {QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("minimum")}), coordEnv)
            .exitCode != 0)
        return false;
    if (runCli(h.as(kCoord, {QStringLiteral("user"), QStringLiteral("add"), kWorker, QStringLiteral("--role"),
                             QStringLiteral("caseworker")}),
               {{QStringLiteral("WAYMARK_PASSWORD"), kCoordPassword},
                {QStringLiteral("WAYMARK_NEW_PASSWORD"), kWorkerPasswords[0]}})
            .exitCode != 0)
        return false;
    for (int i = 0; i < 5; ++i) {
        CliRun p =
            runCli(h.as(kCoord, {QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"),
                                 QStringLiteral("Sam"), QStringLiteral("--family"), QStringLiteral("Updatee-%1").arg(i),
                                 QStringLiteral("--dob"), QStringLiteral("2010-05-0%1").arg(i + 1)}),
                   coordEnv);
        if (p.exitCode != 0)
            return false;
        h.m_people << QString::fromUtf8(p.out).trimmed();
        h.m_known.families.insert(QStringLiteral("Updatee-%1").arg(i));
    }
    return true;
}

// Makes the backup the restores bring back (outside the backup folder, so retention never
// prunes it) and remembers what it holds.
bool makeRestoreSource(Harness& h, const std::filesystem::path& folder)
{
    std::filesystem::create_directory(folder);
    const CliRun made =
        runCli(h.as(kCoord, {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
                             QStringLiteral("--to"), QString::fromStdString(folder.string())}),
               {{QStringLiteral("WAYMARK_PASSWORD"), kCoordPassword}});
    if (made.exitCode != 0)
        return false;
    for (const auto& e : std::filesystem::directory_iterator(folder))
        if (e.path().extension() == ".waymark")
            h.m_restoreFrom = QString::fromStdString(e.path().string());
    h.m_atBackup = h.m_known;
    h.m_atBackup.maybePhone.clear();
    return !h.m_restoreFrom.isEmpty();
}

} // namespace

class TestKillLoop : public QObject
{
    Q_OBJECT

    // After any run: the casebook opens and verifies (that sign-in also finishes an interrupted
    // key change and clears a killed restore's leftovers), kim gets in, every acknowledged write
    // is there, and nothing temporary is left beside the casebook.
    void checkAfter(Harness& h, const Command& c, const Step& s, bool acknowledged, int delay,
                    const std::filesystem::path& folder)
    {
        const QMap<QString, QString> coordEnv{{QStringLiteral("WAYMARK_PASSWORD"), kCoordPassword}};
        const QString what = QStringLiteral("after %1 killed at %2 ms").arg(QString::fromLatin1(c.name)).arg(delay);
        const CliRun verify = runCli(h.as(kCoord, {QStringLiteral("verify")}), coordEnv);
        QVERIFY2(verify.exitCode == 0, qPrintable(what + QStringLiteral(": ") + verify.describe()));

        const QSet<QString> families = familiesIn(h);
        if (s.restore) {
            // The restored casebook, or the old one: never neither, never a mixture.
            const bool restored = !families.contains(s.personFamily);
            QVERIFY2(restored || !acknowledged, qPrintable(what + QStringLiteral(": acknowledged, not restored")));
            if (restored) {
                ++m_restoredCount;
                h.m_known = h.m_atBackup;
                QCOMPARE(families, h.m_known.families);
            } else {
                ++m_oldCount;
            }
        }
        // Nobody locked out: kim opens with the password last acknowledged (or, after a
        // killed reset, with one of the two).
        int kimWith = -1;
        for (int pw : h.m_known.workerPasswords) {
            if (runCli(h.as(kWorker, {QStringLiteral("info")}),
                       {{QStringLiteral("WAYMARK_PASSWORD"), kWorkerPasswords[pw]}})
                    .exitCode == 0) {
                kimWith = pw;
                break;
            }
        }
        QVERIFY2(kimWith >= 0, qPrintable(what + QStringLiteral(": kim locked out")));
        h.m_known.workerPasswords = {kimWith}; // now known
        // Every acknowledged write is present.
        for (const QString& f : h.m_known.families)
            QVERIFY2(families.contains(f),
                     qPrintable(what + QStringLiteral(": acknowledged person %1 missing").arg(f)));
        if (!s.personRef.isEmpty()) {
            const CliRun shown = runCli(
                h.as(kCoord, {QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("show"), s.personRef}),
                coordEnv);
            QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
            const QString phone = shown.json().object().value(QStringLiteral("phone")).toString();
            if (acknowledged)
                QCOMPARE(phone, s.personPhone);
            else
                QVERIFY(phone == s.personPhone || h.m_known.phone.count(s.personRef) == 0 ||
                        phone == h.m_known.phone[s.personRef] || h.m_known.maybePhone[s.personRef].contains(phone));
            h.m_known.phone[s.personRef] = phone;
            h.m_known.maybePhone[s.personRef].clear();
        }
        if (!s.policeRef.isEmpty() && acknowledged) {
            const CliRun refs =
                runCli(h.as(kCoord, {QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("list"),
                                     QStringLiteral("--limit"), QStringLiteral("0")}),
                       coordEnv);
            QVERIFY2(refs.exitCode == 0, qPrintable(refs.describe()));
            QVERIFY(refs.json().array().size() >= h.m_known.policeRefs.size());
            QVERIFY2(refs.out.contains(s.policeRef.toUtf8()) || !refs.out.contains("police_reference"),
                     qPrintable(refs.describe()));
        }
        if (!s.marker.isEmpty() && acknowledged) {
            const CliRun list = runCli(h.as(kCoord, QStringList{QStringLiteral("--json")} + s.listArgs), coordEnv);
            QVERIFY2(list.exitCode == 0 && list.out.contains(s.marker.toUtf8()), qPrintable(list.describe()));
        }
        if (s.backup && acknowledged) {
            const CliRun backups = runCli(h.as(kCoord, {QStringLiteral("--json"), QStringLiteral("backup"),
                                                        QStringLiteral("list"), QStringLiteral("--in"), h.m_backups}),
                                          coordEnv);
            QVERIFY2(backups.exitCode == 0 && !backups.json().array().isEmpty(), qPrintable(backups.describe()));
        }
        if (!s.user.isEmpty() && acknowledged) {
            const CliRun users = runCli(
                h.as(kCoord, {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")}), coordEnv);
            QVERIFY2(users.out.contains(s.user.toUtf8()), qPrintable(users.describe()));
        }
        const QStringList left = leftovers(folder);
        QVERIFY2(left.isEmpty(), qPrintable(what + QStringLiteral(": left ") + left.join(QStringLiteral(", "))));
    }

    int m_restoredCount = 0;
    int m_oldCount = 0;

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
        QVERIFY(setUp(h));
        QVERIFY(makeRestoreSource(h, dir.file("restore-from")));

        // Each command's real duration (the median of three runs), so kills land inside it,
        // not after its end.
        std::map<std::string, qint64> durationMs;
        for (const Command& c : kCommands) {
            std::vector<qint64> times;
            for (int k = 0; k < 3; ++k) {
                Step s = makeStep(h, c, 100000 + 10 * int(&c - kCommands.data()) + k);
                if (s.restore)
                    QVERIFY(runCli(h.as(kCoord, {QStringLiteral("person"), QStringLiteral("add"),
                                                 QStringLiteral("--given"), QStringLiteral("Rae"),
                                                 QStringLiteral("--family"), QStringLiteral("Timing-%1").arg(k),
                                                 QStringLiteral("--dob"), QStringLiteral("2012-01-01")}),
                                   coordEnv)
                                .exitCode == 0);
                QElapsedTimer t;
                t.start();
                auto process = start(h, s);
                QVERIFY(process->waitForFinished(120000));
                times.push_back(t.elapsed());
                QVERIFY2(process->exitCode() == 0,
                         qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(c.name),
                                                                 QString::fromUtf8(process->readAllStandardError()))));
                h.acknowledge(s);
                if (s.restore)
                    h.m_known = h.m_atBackup;
                if (s.backup)
                    QThread::msleep(1000); // a backup's name has its second: the next one needs another
            }
            std::sort(times.begin(), times.end());
            durationMs[c.name] = std::max<qint64>(times[1], 5);
        }

        std::map<std::string, int> killedWhileRunning, finishedFirst;
        int backupLeftovers = 0;
        for (int n = 0; n < kills; ++n) {
            const Command& c = kCommands[random.bounded(int(kCommands.size()))];
            Step s = makeStep(h, c, n);
            if (s.restore) {
                // Someone added after the backup: gone if the restore lands, there if not.
                s.personFamily = QStringLiteral("Beforerestore-%1").arg(n);
                const CliRun added =
                    runCli(h.as(kCoord, {QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"),
                                         QStringLiteral("Rae"), QStringLiteral("--family"), s.personFamily,
                                         QStringLiteral("--dob"), QStringLiteral("2012-01-01")}),
                           coordEnv);
                QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
                h.m_known.families.insert(s.personFamily);
            }
            // Inside the command's measured duration; every sixth run is left to finish, so
            // acknowledged writes keep coming and are checked too.
            const bool letFinish = n % 6 == 5;
            const int delay = letFinish ? 0 : int(random.bounded(quint32(durationMs[c.name] + 1)));
            auto process = start(h, s);
            if (letFinish)
                process->waitForFinished(120000);
            else
                QThread::msleep(quint32(delay));
            const bool running = process->state() == QProcess::Running;
            if (running)
                process->kill(); // SIGKILL
            QVERIFY(process->state() == QProcess::NotRunning || process->waitForFinished(60000));
            const bool acknowledged =
                !running && process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
            if (acknowledged) {
                if (!s.restore)
                    h.acknowledge(s);
                ++finishedFirst[c.name];
            } else {
                h.maybe(s);
                ++killedWhileRunning[c.name];
            }
            checkAfter(h, c, s, acknowledged, delay, path.parent_path());
            if (QTest::currentTestFailed())
                return;
            // A killed backup may leave its .partial copy in the backup folder (never under a
            // backup's real name); the next backup clears it.
            const QStringList leftInBackups = leftovers(dir.file("backups"));
            if (s.backup && acknowledged)
                QVERIFY2(leftInBackups.isEmpty(),
                         qPrintable(QStringLiteral("a finished backup left %1").arg(leftInBackups.join(", "))));
            backupLeftovers += leftInBackups.isEmpty() ? 0 : 1;
        }
        // Every record type's acknowledged markers are still listed.
        for (const auto& [listArgs, markers] : h.m_known.markers) {
            const CliRun list = runCli(h.as(kCoord, QStringList{QStringLiteral("--json")} + listArgs), coordEnv);
            for (const QString& m : markers)
                QVERIFY2(list.out.contains(m.toUtf8()), qPrintable(m + QStringLiteral(" missing")));
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
        for (const Command& c : kCommands) {
            killed += killedWhileRunning[c.name];
            summary += QStringLiteral("%1 %2 ms: %3 killed, %4 finished first; ")
                           .arg(QString::fromLatin1(c.name))
                           .arg(durationMs[c.name])
                           .arg(killedWhileRunning[c.name])
                           .arg(finishedFirst[c.name]);
        }
        qInfo("%d runs (seed %u), %d killed while running; %s0 lost acknowledged writes, 0 failed verifies, 0 "
              "lock-outs, 0 leftovers beside the casebook; restores: %d left the casebook restored, %d as it was; "
              "%d checks saw a killed backup's .partial copy, every finished backup cleared them; %d backups under "
              "real names all verify",
              kills, seed, killed, qPrintable(summary), m_restoredCount, m_oldCount, backupLeftovers, backupsVerified);
        QVERIFY(killed > kills / 2); // the delays really land inside the commands
    }

    // `backup restore` killed at moments spread over its measured duration (and closely over its
    // end, where it commits): every time the casebook opens and verifies, and is either the old
    // one or the restored one.
    void killedRestoreLeavesOldOrRestored()
    {
        const int kills = qEnvironmentVariableIsSet("WAYMARK_RESTORE_KILLS")
                              ? qEnvironmentVariableIntValue("WAYMARK_RESTORE_KILLS")
                              : 24;
        test::TempDir dir;
        const auto path = dir.file("restore.waymark");
        Harness h(path);
        const QMap<QString, QString> coordEnv{{QStringLiteral("WAYMARK_PASSWORD"), kCoordPassword}};
        QVERIFY(setUp(h));
        QVERIFY(makeRestoreSource(h, dir.file("restore-from")));
        const Command& restore = *std::find_if(kCommands.begin(), kCommands.end(), [](const Command& c) {
            return std::string_view(c.name) == "backup restore";
        });
        m_restoredCount = 0;
        m_oldCount = 0;
        qint64 duration = 0;
        for (int n = 0; n <= kills; ++n) {
            Step s = makeStep(h, restore, n);
            s.personFamily = QStringLiteral("Beforerestore-%1").arg(n);
            const CliRun added =
                runCli(h.as(kCoord, {QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"),
                                     QStringLiteral("Rae"), QStringLiteral("--family"), s.personFamily,
                                     QStringLiteral("--dob"), QStringLiteral("2012-01-01")}),
                       coordEnv);
            QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
            h.m_known.families.insert(s.personFamily);
            QElapsedTimer t;
            t.start();
            auto process = start(h, s);
            int delay = 0;
            if (n == 0) { // the first run measures
                QVERIFY(process->waitForFinished(120000));
                duration = t.elapsed();
            } else {
                // Half evenly over the whole run, half more closely over its last fifth (where the
                // copy commits and the key file follows), the last ones just past its measured end.
                const int half = kills / 2;
                delay = n <= half ? int(duration * n / half)
                                  : int(duration * (80 + 30 * (n - half) / std::max(1, kills - half)) / 100);
                QThread::msleep(quint32(delay));
            }
            const bool running = process->state() == QProcess::Running;
            if (running)
                process->kill();
            QVERIFY(process->state() == QProcess::NotRunning || process->waitForFinished(60000));
            const bool acknowledged =
                !running && process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
            QVERIFY2(n > 0 || acknowledged, process->readAllStandardError().constData());
            checkAfter(h, restore, s, acknowledged, delay, path.parent_path());
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("backup restore (%lld ms) killed at %d moments spread over it: %d left the casebook restored, %d as "
              "it was; every time it opened, verified and left nothing temporary",
              duration, kills, m_restoredCount - 1, m_oldCount);
        QVERIFY(m_oldCount > 0);                           // killed before it could land
        QCOMPARE(m_oldCount + m_restoredCount, kills + 1); // and every run was one or the other
    }
};

QTEST_GUILESS_MAIN(TestKillLoop)
#include "TestKillLoop.moc"
