// The kill test (S11): the real waymark-cli running every command that writes — kCommands in
// KillLoopCommands.cpp: init and demo into a new path; person add and update; referral add and
// its steps (screen, decide, allocate, first contact); assessment add; template publish; plan goal add;
// intervention add and update; provider add and update; session add and update; note add;
// task add and done; user add, a coordinator's password reset and a user's own password
// change; compact; backup create and restore — killed with SIGKILL at random moments drawn
// uniformly over each command's own measured duration (the median of three unkilled runs).
// After every kill: the casebook opens and `verify` passes, every acknowledged write (exit 0
// seen) is there (the record itself, by id or reference, through its list or show command),
// nobody is locked out (kim signs in with her acknowledged password, or after a killed change
// with the old or the new one), and no temporary file is left beside the casebook. A killed
// init or demo leaves either nothing under its path (and init there then works) or a casebook
// that opens and verifies, and nothing temporary once that next init or open has run.
// Problems are collected, not stopped at, so a long run reports all it finds; a figure table
// ends the run. CI runs 100 kills (WAYMARK_KILLS overrides; tests/kill-loop.sh runs 1,000).
// A second test kills `backup restore` at evenly spread moments: the casebook is always either
// the old one or the restored one, never neither.
//
// Adding a command is one entry in kCommands (KillLoopCommands.cpp): its words, and what it
// acknowledges (an Expect: the read that must show the record, by the id it printed, and the
// field it set). This file holds the test class: the checks after each run and the figures.

#include "tests/cli/CliRunner.h"
#include "tests/cli/KillLoopCommands.h"
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
#include <map>
#include <optional>
#include <string_view>

using namespace waymark;
using namespace waymark::test::killloop;
using test::CliRun;
using test::runCli;

namespace {

// Figures per command.
struct Figures
{
    qint64 medianMs = 0;
    QList<qint64> timedMs;
    int runs = 0;
    int killed = 0;
    int finishedFirst = 0;
    int checked = 0; // acknowledged writes checked after its runs
    int lost = 0;
    int leftovers = 0;         // temporary files still there after the recovery
    int leftAtKill = 0;        // temporary files right after a kill (cleared by the next init / open)
    QSet<QString> kindsAtKill; // which (".pending-", ".creating", ...)
    int nothing = 0;           // init, demo: nothing under the path after the kill
    int whole = 0;             // init, demo: a casebook that opens and verifies
};

} // namespace

class TestKillLoop : public QObject
{
    Q_OBJECT

    QStringList m_problems;
    std::map<std::string, Figures> m_figures;
    int m_restoredCount = 0;
    int m_oldCount = 0;
    int m_demoRetries = 0;

    void problem(const QString& what)
    {
        m_problems << what;
        qWarning("PROBLEM: %s", qPrintable(what));
    }

    // The --json read `args` as the coordinator, once per check (cached).
    const CliRun& read(std::map<QStringList, CliRun>& cache, const Harness& h, const QStringList& args)
    {
        auto it = cache.find(args);
        if (it == cache.end())
            it = cache.emplace(args, runCli(h.as(kCoord, QStringList{"--json"} + args), coordEnv())).first;
        return it->second;
    }

    // Whether `e` holds: acknowledged, the object is there with the value; killed, the field
    // holds the new value or the one before.
    bool holds(std::map<QStringList, CliRun>& cache, const Harness& h, const Expect& e, bool acknowledged,
               QString* seen)
    {
        const CliRun& r = read(cache, h, e.read);
        if (r.exitCode != 0) {
            *seen = r.describe();
            return false;
        }
        const QJsonDocument doc = r.json();
        std::optional<QJsonObject> o =
            e.id.isEmpty() ? std::optional<QJsonObject>(doc.object())
                           : findId(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), e.id);
        if (!o) {
            *seen = QStringLiteral("no record %1").arg(e.id);
            return !acknowledged && !e.before; // a killed add may not be there
        }
        if (e.field.isEmpty())
            return true;
        const QString v = flat(o->value(e.field));
        *seen = QStringLiteral("%1 = '%2'").arg(e.field, v);
        const bool isNew = e.value == kAny ? !v.isEmpty() : v == e.value;
        return isNew || (!acknowledged && e.before && v == *e.before);
    }

    // Every acknowledged write the loop knows of (and every acknowledged user signs in).
    void recheckAll(Harness& h, const QString& what, bool users)
    {
        std::map<QStringList, CliRun> cache;
        for (const Expect& e : h.m_known.expects) {
            QString seen;
            if (!holds(cache, h, e, true, &seen))
                problem(QStringLiteral("%1: acknowledged write lost: %2 %3 (%4)")
                            .arg(what, e.read.join(QLatin1Char(' ')), e.id, seen));
        }
        for (const auto& [listArgs, markers] : h.m_known.markers) {
            const CliRun& list = read(cache, h, listArgs);
            for (const QString& m : markers)
                if (!list.out.contains(m.toUtf8()))
                    problem(QStringLiteral("%1: acknowledged %2 missing").arg(what, m));
        }
        if (users)
            for (const auto& [user, password] : h.m_known.users)
                if (runCli(h.as(user, {"info"}), {{QStringLiteral("WAYMARK_PASSWORD"), password}}).exitCode != 0)
                    problem(QStringLiteral("%1: user %2 locked out").arg(what, user));
    }

    static void noteLeftAtKill(Figures& f, const std::filesystem::path& folder)
    {
        const QStringList left = leftovers(folder);
        if (!left.isEmpty())
            ++f.leftAtKill;
        for (const QString& name : left)
            for (const char* kind :
                 {".tmp-", ".creating", ".pending-", ".compacting", ".partial", ".restoring", ".checking"})
                if (name.contains(QLatin1String(kind)))
                    f.kindsAtKill.insert(QLatin1String(kind));
    }

    // init, demo: after the kill, nothing under the path (and init there works) or a casebook
    // that opens and verifies; nothing temporary left once that next init or open has run.
    void checkCreated(const Step& s, Figures& f, bool acknowledged, const QString& what)
    {
        const std::filesystem::path path = s.casebook.toStdString();
        const auto folder = path.parent_path();
        const QString user = s.demo ? kDemoUser : kCoord;
        const QMap<QString, QString> env{{QStringLiteral("WAYMARK_PASSWORD"), s.demo ? kDemoPassword : kCoordPassword}};
        const auto on = [&](const QStringList& args) {
            return QStringList{QStringLiteral("--casebook"), s.casebook, QStringLiteral("--user"), user} + args;
        };
        noteLeftAtKill(f, folder);
        if (std::filesystem::exists(path)) {
            ++f.whole;
            const CliRun verify = runCli(on({"verify"}), env);
            if (verify.exitCode != 0)
                problem(what + QStringLiteral(": the new casebook does not open and verify: ") + verify.describe());
            if (acknowledged && s.demo) {
                ++f.checked;
                const CliRun people = runCli(on({"--json", "person", "list", "--limit", "0"}), env);
                if (people.json().array().size() != 1000) {
                    ++f.lost;
                    problem(what +
                            QStringLiteral(": acknowledged demo holds %1 people").arg(people.json().array().size()));
                }
            } else if (acknowledged) {
                ++f.checked;
            } else if (s.demo && m_demoRetries++ % 4 == 0) {
                // A killed demo can be run again into what it left.
                const CliRun again = runCli(QStringList{"--casebook", s.casebook} + s.args, {});
                if (again.exitCode != 0 || runCli(on({"verify"}), env).exitCode != 0)
                    problem(what + QStringLiteral(": demo run again over what it left: ") + again.describe());
            }
        } else {
            ++f.nothing;
            if (acknowledged) {
                ++f.lost;
                problem(what + QStringLiteral(": acknowledged, but no casebook"));
            }
            // Nothing half made stands in the way: init there works and verifies.
            const CliRun init =
                runCli({"--casebook", s.casebook, "--user", kCoord, "init", "--kdf", "minimum"}, coordEnv());
            const CliRun verify = runCli({"--casebook", s.casebook, "--user", kCoord, "verify"}, coordEnv());
            if (init.exitCode != 0 || verify.exitCode != 0)
                problem(what + QStringLiteral(": init after it fails: ") + init.describe() + verify.describe());
        }
        const QStringList left = leftovers(folder);
        if (!left.isEmpty()) {
            ++f.leftovers;
            problem(what + QStringLiteral(": left ") + left.join(QStringLiteral(", ")));
        }
        std::error_code ec;
        std::filesystem::remove_all(folder, ec);
    }

    // After any run: the casebook opens and verifies (that sign-in also finishes an interrupted
    // key change and clears a killed restore's leftovers), kim gets in, every acknowledged write
    // is there, and nothing temporary is left beside the casebook. False: the loop cannot go on.
    bool checkAfter(Harness& h, const Command& c, const Step& s, bool acknowledged, int delay,
                    const std::filesystem::path& folder, bool full)
    {
        Figures& f = m_figures[c.name];
        const QString what =
            QStringLiteral("after %1 %2 at %3 ms")
                .arg(QString::fromLatin1(c.name), acknowledged ? QStringLiteral("finished") : QStringLiteral("killed"))
                .arg(delay);
        if (!s.casebook.isEmpty()) {
            checkCreated(s, f, acknowledged, what);
            return true;
        }
        noteLeftAtKill(f, folder);
        const CliRun verify = runCli(h.as(kCoord, {"verify"}), coordEnv());
        if (verify.exitCode != 0) {
            problem(what + QStringLiteral(": ") + verify.describe());
            return false;
        }

        const QSet<QString> families = familiesIn(h);
        if (s.restore) {
            // The restored casebook, or the old one: never neither, never a mixture.
            const bool restored = !families.contains(s.personFamily);
            if (acknowledged && !restored)
                problem(what + QStringLiteral(": acknowledged, not restored"));
            if (restored) {
                ++m_restoredCount;
                h.m_known = h.m_atBackup;
                if (families != h.m_known.families)
                    problem(what + QStringLiteral(": the restored casebook is not the backup's"));
            } else {
                ++m_oldCount;
            }
        }
        // Nobody locked out: kim opens with the password last acknowledged (or, after a
        // killed change, with one of the two).
        int kimWith = -1;
        for (int pw : h.m_known.workerPasswords) {
            // After a reset kim is signed in and asked to choose a new password first (6,
            // must_change_password): the password opened the casebook all the same.
            const CliRun opened =
                runCli(h.as(kWorker, {"--json", "info"}), {{QStringLiteral("WAYMARK_PASSWORD"), kWorkerPasswords[pw]}});
            if (opened.exitCode == 0 || (opened.exitCode == 6 && opened.out.contains("must_change_password"))) {
                kimWith = pw;
                break;
            }
        }
        if (kimWith < 0) {
            problem(what + QStringLiteral(": kim locked out"));
            return false;
        }
        if (s.workerPassword >= 0 && acknowledged)
            ++f.checked;
        h.m_known.workerPasswords = {kimWith}; // now known
        // Every acknowledged write is present.
        for (const QString& family : h.m_known.families)
            if (!families.contains(family)) {
                ++f.lost;
                problem(what + QStringLiteral(": acknowledged person %1 missing").arg(family));
            }
        if (!s.personFamily.isEmpty() && !s.restore && acknowledged)
            ++f.checked;
        if (!s.personRef.isEmpty()) {
            const CliRun shown = runCli(h.as(kCoord, {"--json", "person", "show", s.personRef}), coordEnv());
            const QString phone = shown.json().object().value(QStringLiteral("phone")).toString();
            if (acknowledged) {
                ++f.checked;
                if (phone != s.personPhone) {
                    ++f.lost;
                    problem(what + QStringLiteral(": phone %1, not %2").arg(phone, s.personPhone));
                }
            } else if (!(phone == s.personPhone || h.m_known.phone.count(s.personRef) == 0 ||
                         phone == h.m_known.phone[s.personRef] || h.m_known.maybePhone[s.personRef].contains(phone))) {
                problem(what + QStringLiteral(": phone %1 was never written").arg(phone));
            }
            h.m_known.phone[s.personRef] = phone;
            h.m_known.maybePhone[s.personRef].clear();
        }
        if (!s.marker.isEmpty() && acknowledged) {
            ++f.checked;
            const CliRun list = runCli(h.as(kCoord, QStringList{"--json"} + s.listArgs), coordEnv());
            if (list.exitCode != 0 || !list.out.contains(s.marker.toUtf8())) {
                ++f.lost;
                problem(what + QStringLiteral(": %1 missing: ").arg(s.marker) + list.describe());
            }
        }
        if (s.backup && acknowledged) {
            ++f.checked;
            const CliRun backups = runCli(h.as(kCoord, {"--json", "backup", "list", "--in", h.m_backups}), coordEnv());
            if (backups.exitCode != 0 || backups.json().array().isEmpty()) {
                ++f.lost;
                problem(what + QStringLiteral(": no backup listed: ") + backups.describe());
            }
        }
        if (s.restore && acknowledged)
            ++f.checked;
        if (!s.user_.isEmpty() && acknowledged) {
            ++f.checked;
            const CliRun in =
                runCli(h.as(s.user_, {"info"}), {{QStringLiteral("WAYMARK_PASSWORD"), s.newUserPassword}});
            if (in.exitCode != 0) {
                ++f.lost;
                problem(what + QStringLiteral(": new user %1 cannot sign in: ").arg(s.user_) + in.describe());
            }
        }
        std::map<QStringList, CliRun> cache;
        for (const Expect& expected : s.expects) {
            if (needsOutput(expected) && !acknowledged)
                continue; // a killed add printed nothing: there or not
            const Expect e = filled(expected, m_lastId);
            QString seen;
            if (acknowledged)
                ++f.checked;
            if (!holds(cache, h, e, acknowledged, &seen)) {
                if (acknowledged)
                    ++f.lost;
                problem(
                    what +
                    QStringLiteral(": %1 %2: %3, expected %4").arg(e.read.join(QLatin1Char(' ')), e.id, seen, e.value));
            }
        }
        if (full)
            recheckAll(h, what, false);
        const QStringList left = leftovers(folder);
        if (!left.isEmpty()) {
            ++f.leftovers;
            problem(what + QStringLiteral(": left ") + left.join(QStringLiteral(", ")));
        }
        return true;
    }

    QString m_lastId; // what the step just acknowledged printed

private Q_SLOTS:
    void killedAtRandomMomentsLosesNothing()
    {
        const int kills =
            qEnvironmentVariableIsSet("WAYMARK_KILLS") ? qEnvironmentVariableIntValue("WAYMARK_KILLS") : 100;
        const quint32 seed = qEnvironmentVariableIsSet("WAYMARK_KILL_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("WAYMARK_KILL_SEED"))
                                 : 2026u;
        QElapsedTimer wall;
        wall.start();
        QRandomGenerator random(seed);
        test::TempDir dir;
        const auto path = dir.file("kills.waymark");
        Harness h(path);
        std::filesystem::create_directory(dir.file("backups"));
        std::filesystem::create_directory(dir.file("new"));
        h.m_backups = QString::fromStdString(dir.file("backups").string());
        h.m_fresh = QString::fromStdString(dir.file("new").string());
        QVERIFY(setUp(h));
        QVERIFY(makeRestoreSource(h, dir.file("restore-from")));
        m_figures.clear();
        m_problems.clear();

        // Each command's real duration (the median of three unkilled runs), so kills land
        // inside it, not after its end.
        for (const Command& c : kCommands) {
            Figures& f = m_figures[c.name];
            for (int k = 0; k < 3; ++k) {
                Step s = makeStep(h, c, 100000 + 10 * int(&c - kCommands.data()) + k);
                QVERIFY2(h.m_prepareFailed.isEmpty(), qPrintable(h.m_prepareFailed));
                if (s.restore)
                    QVERIFY(runCli(h.as(kCoord, {"person", "add", "--given", "Rae", "--family",
                                                 QStringLiteral("Timing-%1").arg(k), "--dob", "2012-01-01"}),
                                   coordEnv())
                                .exitCode == 0);
                QElapsedTimer t;
                t.start();
                auto process = start(h, s);
                QVERIFY(process->waitForFinished(300000));
                f.timedMs << t.elapsed();
                const QByteArray out = process->readAllStandardOutput();
                QVERIFY2(process->exitCode() == 0,
                         qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(c.name),
                                                                 QString::fromUtf8(process->readAllStandardError()))));
                h.acknowledge(s, out);
                if (s.restore)
                    h.m_known = h.m_atBackup;
                if (s.backup)
                    QThread::msleep(1000); // a backup's name has its second: the next one needs another
                if (s.rekey)               // the backup restores bring back must be of the key now in place
                    QVERIFY(makeRestoreSource(h, dir.file("restore-from-timing-" + std::to_string(k))));
                if (!s.casebook.isEmpty()) {
                    std::error_code ec;
                    std::filesystem::remove_all(std::filesystem::path(s.casebook.toStdString()).parent_path(), ec);
                }
            }
            QList<qint64> sorted = f.timedMs;
            std::sort(sorted.begin(), sorted.end());
            f.medianMs = std::max<qint64>(sorted[1], 5);
        }
        const qint64 timingMs = wall.elapsed();

        int backupLeftovers = 0;
        int killed = 0;
        for (int n = 0; n < kills; ++n) {
            const Command& c = kCommands[random.bounded(int(kCommands.size()))];
            Figures& f = m_figures[c.name];
            Step s = makeStep(h, c, n);
            QVERIFY2(h.m_prepareFailed.isEmpty(), qPrintable(h.m_prepareFailed));
            if (s.restore) {
                // Someone added after the backup: gone if the restore lands, there if not.
                s.personFamily = QStringLiteral("Beforerestore-%1").arg(n);
                const CliRun added = runCli(h.as(kCoord, {"person", "add", "--given", "Rae", "--family", s.personFamily,
                                                          "--dob", "2012-01-01"}),
                                            coordEnv());
                QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
                h.m_known.families.insert(s.personFamily);
            }
            // Uniformly inside the command's measured duration; every sixth run is left to
            // finish, so acknowledged writes keep coming and are checked too.
            const bool letFinish = n % 6 == 5;
            const int delay = letFinish ? 0 : int(random.bounded(quint32(f.medianMs + 1)));
            auto process = start(h, s);
            if (letFinish)
                process->waitForFinished(300000);
            else
                QThread::msleep(quint32(delay));
            const bool running = process->state() == QProcess::Running;
            if (running)
                process->kill(); // SIGKILL
            QVERIFY(process->state() == QProcess::NotRunning || process->waitForFinished(60000));
            const bool acknowledged =
                !running && process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
            if (!running && !acknowledged)
                problem(QStringLiteral("%1 (run %2) failed on its own: %3")
                            .arg(QString::fromLatin1(c.name))
                            .arg(n)
                            .arg(QString::fromUtf8(process->readAllStandardError())));
            const QByteArray out = process->readAllStandardOutput();
            m_lastId = idOf(out);
            ++f.runs;
            if (acknowledged) {
                if (!s.restore && s.casebook.isEmpty())
                    h.acknowledge(s, out);
                ++f.finishedFirst;
            } else {
                h.maybe(s);
                ++f.killed;
                ++killed;
            }
            if (!checkAfter(h, c, s, acknowledged, delay, path.parent_path(), n % 10 == 9))
                break;
            if (s.rekey) // rekeyed or not, restores bring back a backup of the key now in place
                QVERIFY(makeRestoreSource(h, dir.file("restore-from-" + std::to_string(n))));
            // A killed backup may leave its .partial copy in the backup folder (never under a
            // backup's real name); the next backup clears it.
            const QStringList leftInBackups = leftovers(dir.file("backups"));
            if (s.backup && acknowledged && !leftInBackups.isEmpty())
                problem(QStringLiteral("a finished backup left %1").arg(leftInBackups.join(", ")));
            backupLeftovers += leftInBackups.isEmpty() ? 0 : 1;
        }
        // Every acknowledged write is still there at the end, and every user signs in.
        recheckAll(h, QStringLiteral("at the end"), true);
        // Every backup under a real name opens and verifies.
        int backupsVerified = 0;
        for (const auto& entry : std::filesystem::directory_iterator(dir.file("backups"))) {
            const std::string name = entry.path().filename().string();
            if (!name.ends_with(".waymark"))
                continue;
            const CliRun verified =
                runCli(h.as(kCoord, {"backup", "verify", QString::fromStdString(entry.path().string())}), coordEnv());
            if (verified.exitCode != 0)
                problem(QStringLiteral("backup %1 does not verify: ").arg(QString::fromStdString(name)) +
                        verified.describe());
            ++backupsVerified;
        }

        // The figures.
        Figures total;
        qInfo("%-22s %8s %-20s %5s %7s %9s %8s %5s %10s %12s %9s %s", "command", "median", "timed (ms)", "runs",
              "killed", "finished", "checked", "lost", "leftovers", "temp at kill", "new: none/whole", "kinds at kill");
        for (const Command& c : kCommands) {
            const Figures& f = m_figures[c.name];
            QStringList timed;
            for (qint64 t : f.timedMs)
                timed << QString::number(t);
            const QString created = QStringLiteral("%1/%2").arg(f.nothing).arg(f.whole);
            QStringList kinds(f.kindsAtKill.begin(), f.kindsAtKill.end());
            kinds.sort();
            qInfo("%-22s %6lld ms %-20s %5d %7d %9d %8d %5d %10d %12d %9s %s", c.name, f.medianMs,
                  qPrintable(timed.join(QLatin1Char(' '))), f.runs, f.killed, f.finishedFirst, f.checked, f.lost,
                  f.leftovers, f.leftAtKill,
                  std::string_view(c.name) == "init" || std::string_view(c.name) == "demo" ? qPrintable(created) : "-",
                  qPrintable(kinds.join(QLatin1Char(' '))));
            total.runs += f.runs;
            total.killed += f.killed;
            total.finishedFirst += f.finishedFirst;
            total.checked += f.checked;
            total.lost += f.lost;
            total.leftovers += f.leftovers;
            total.leftAtKill += f.leftAtKill;
        }
        qInfo("%-22s %8s %-20s %5d %7d %9d %8d %5d %10d %12d", "total", "", "", total.runs, total.killed,
              total.finishedFirst, total.checked, total.lost, total.leftovers, total.leftAtKill);
        qInfo("%d kills asked (seed %u); %d commands; %d problems; restores: %d left the casebook restored, %d as it "
              "was; %d checks right after a kill saw a temporary file beside a casebook (all cleared by the next "
              "open or init: leftovers above counts any that stayed); %d checks saw a killed backup's .partial in "
              "the backup folder (a finished backup clears them); %d backups under real names verify; %d unkilled "
              "runs made records for the steps; timing %.1f s, whole test %.1f s",
              kills, seed, int(kCommands.size()), int(m_problems.size()), m_restoredCount, m_oldCount, total.leftAtKill,
              backupLeftovers, backupsVerified, h.m_prepared, timingMs / 1000.0, wall.elapsed() / 1000.0);
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
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
        QVERIFY(setUp(h));
        QVERIFY(makeRestoreSource(h, dir.file("restore-from")));
        const Command& restore = *std::find_if(kCommands.begin(), kCommands.end(), [](const Command& c) {
            return std::string_view(c.name) == "backup restore";
        });
        m_restoredCount = 0;
        m_oldCount = 0;
        m_problems.clear();
        qint64 duration = 0;
        for (int n = 0; n <= kills; ++n) {
            Step s = makeStep(h, restore, n);
            s.personFamily = QStringLiteral("Beforerestore-%1").arg(n);
            const CliRun added = runCli(
                h.as(kCoord, {"person", "add", "--given", "Rae", "--family", s.personFamily, "--dob", "2012-01-01"}),
                coordEnv());
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
            QVERIFY(checkAfter(h, restore, s, acknowledged, delay, path.parent_path(), false));
            QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
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
