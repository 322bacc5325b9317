// Backups (core/Backups.h) on real SQLCipher casebooks: a restore equals its backup row for
// row (S13: 100 cycles), no plaintext in a backup, damaged and foreign backups refused with
// the casebook untouched, retention, settings.
#include "core/Backups.h"
#include "tests/support/RowDump.h"
#include "tests/support/TestSupport.h"

#include "core/store/AuditLog.h"
#include "core/store/Database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cctype>
#include <ctime>
#include <map>
#include <random>
#include <set>
#include <unistd.h>

using namespace waymark;

namespace {

using test::auditHead;
using test::Dump;
using test::dumpRows;
using test::firstDifference;

std::chrono::system_clock::time_point at(int y, int m, int d, int h = 12)
{
    std::tm tm{};
    tm.tm_year = y - 1900;
    tm.tm_mon = m - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    return std::chrono::system_clock::from_time_t(timegm(&tm));
}

// What retention should keep, worked out the calendar's way (std::chrono's days, weekdays and
// years, not Backups' own arithmetic): every backup of the newest day, the newest of each of
// the 7 newest days that have one, the newest of each of the 4 newest ISO weeks.
std::vector<std::size_t> expectedKeep(const std::vector<std::chrono::system_clock::time_point>& times)
{
    using namespace std::chrono;
    const auto isoWeek = [](sys_days d) {
        const unsigned monday0 = weekday{d}.iso_encoding() - 1;
        const sys_days thursday = d - days{monday0} + days{3};
        const year y = year_month_day{thursday}.year();
        const auto week = (thursday - sys_days{y / January / 1}).count() / 7 + 1;
        return std::pair{int(y), int(week)};
    };
    std::vector<std::size_t> order(times.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return times[a] > times[b]; });
    std::set<std::size_t> keep;
    std::set<sys_days> daysSeen;
    std::set<std::pair<int, int>> weeksSeen;
    const sys_days newest = order.empty() ? sys_days{} : floor<days>(times[order.front()]);
    for (std::size_t i : order) {
        const sys_days d = floor<days>(times[i]);
        if (d == newest)
            keep.insert(i);
        if (!daysSeen.contains(d) && daysSeen.size() < 7)
            keep.insert(i);
        daysSeen.insert(d);
        const auto w = isoWeek(d);
        if (!weeksSeen.contains(w) && weeksSeen.size() < 4)
            keep.insert(i);
        weeksSeen.insert(w);
    }
    return {keep.begin(), keep.end()};
}

// This machine's name as Backups puts it into a temporary file's name.
std::string hostTag()
{
    char name[256] = {};
    ::gethostname(name, sizeof name - 1);
    std::string out;
    for (const char* c = name; *c != 0; ++c)
        if (std::isalnum(static_cast<unsigned char>(*c)) && out.size() < 24)
            out += *c;
    return out.empty() ? std::string("host") : out;
}

// The id of a process that has ended.
long deadPid()
{
    QProcess p;
    p.start(QStringLiteral("/bin/true"), {});
    p.waitForStarted();
    const long pid = long(p.processId());
    p.waitForFinished();
    return pid;
}

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private slots:
    void backupThenRestoreEqualsRowForRow()
    {
        test::TempDir dir;
        std::filesystem::create_directory(dir.file("backups"));
        auto cb = test::makeCasebook(dir.file("team.waymark"));
        QVERIFY(cb);
        std::vector<Uuid> ids;
        for (int i = 0; i < 20; ++i) {
            auto p = cb->people().create(test::samplePerson(i));
            QVERIFY(p);
            ids.push_back(p->person.id);
        }
        QVERIFY(cb->backups().overdue());
        const auto head = auditHead(*cb);
        const Dump before = dumpRows(cb->database(), head);
        int lastPercent = -1;
        auto made = cb->backups().create(dir.file("backups"), [&](int p, std::string_view) {
            lastPercent = p;
            return true;
        });
        QVERIFY2(made, made ? "" : describe(made.error()).c_str());
        QCOMPARE(lastPercent, 100);
        QVERIFY(std::filesystem::exists(made->path));
        QVERIFY(std::filesystem::exists(made->path.string() + ".keys"));
        QVERIFY(made->path.filename().string().starts_with("team-"));
        QVERIFY(!cb->backups().overdue());
        QVERIFY(cb->backups().lastBackup().has_value());

        auto check = cb->backups().verify(made->path, test::kPassword);
        QVERIFY2(check, check ? "" : describe(check.error()).c_str());
        QVERIFY2(check->ok, check->detail.c_str());
        QCOMPARE(check->moment->auditSeq, head);

        // Changes after the backup: a new person, an edit, a new user (a key file change).
        QVERIFY(cb->people().create(test::samplePerson(77)));
        auto p = cb->people().view(ids[3]);
        QVERIFY(p);
        p->phone = "01234 999999";
        QVERIFY(cb->people().update(*p));
        QVERIFY(cb->users().add("later", "copper lantern drifts eastward 42", Role::Caseworker));
        QVERIFY(firstDifference(before, dumpRows(cb->database(), head)) != "");

        auto restored = cb->backups().restore(made->path, test::kPassword, "laptop test: rolled back a bad import");
        QVERIFY2(restored, restored ? "" : describe(restored.error()).c_str());
        QCOMPARE(restored->moment.auditSeq, head);
        QVERIFY(std::filesystem::exists(restored->keptAs));
        const std::string diff = firstDifference(before, dumpRows(cb->database(), head));
        QVERIFY2(diff.empty(), diff.c_str());
        // The restore is visible: one row after the backup's head, in the restored chain.
        QCOMPARE(test::scalar(*cb, "SELECT count(*) FROM audit_log WHERE operation = 'casebook.restored' AND detail "
                                   "LIKE '%rolled back a bad import%'"),
                 std::int64_t{1});
        auto verified = cb->verify();
        QVERIFY(verified && verified->ok());
        // Nothing left behind but the kept casebook.
        QVERIFY(!std::filesystem::exists(dir.file("team.waymark.restoring")));
        cb.reset();
        // The key file followed: the casebook opens; the user added after the backup is gone.
        auto reopened = Casebook::open(dir.file("team.waymark"), test::kUser, test::kPassword);
        QVERIFY2(reopened, reopened ? "" : describe(reopened.error()).c_str());
        QVERIFY(!Casebook::open(dir.file("team.waymark"), "later", "copper lantern drifts eastward 42"));
        // The casebook as it was before the restore is kept, and opens as a casebook.
        auto kept = Casebook::open(restored->keptAs, "later", "copper lantern drifts eastward 42");
        QVERIFY2(kept, kept ? "" : describe(kept.error()).c_str());
    }

    void backupPairOpensAsACasebook()
    {
        test::TempDir dir;
        auto cb = test::makeCasebook(dir.file("team.waymark"));
        QVERIFY(cb && cb->people().create(test::samplePerson(1)));
        auto made = cb->backups().create(dir.path());
        QVERIFY(made);
        cb.reset();
        std::filesystem::copy_file(made->path, dir.file("copy.waymark"));
        std::filesystem::copy_file(made->path.string() + ".keys", dir.file("copy.waymark.keys"));
        auto opened = Casebook::open(dir.file("copy.waymark"), test::kUser, test::kPassword);
        QVERIFY2(opened, opened ? "" : describe(opened.error()).c_str());
        QCOMPARE(test::scalar(**opened, "SELECT count(*) FROM people"), std::int64_t{1});
    }

    void backupHoldsNoPlaintext()
    {
        test::TempDir dir;
        std::filesystem::create_directory(dir.file("backups"));
        auto cb = test::makeCasebook(dir.file("team.waymark"));
        QVERIFY(cb);
        Person planted = test::samplePerson(5);
        planted.givenName = "Quorvilda";
        planted.familyName = "Zephyrmantle";
        QVERIFY(cb->people().create(planted));
        for (int i = 0; i < 30; ++i)
            QVERIFY(cb->people().create(test::samplePerson(i)));
        auto made = cb->backups().create(dir.file("backups"));
        QVERIFY(made);
        QVERIFY(test::filesContaining(dir.file("backups"), "Zephyrmantle").empty());
        QVERIFY(test::filesContaining(dir.file("backups"), "Quorvilda").empty());
        QVERIFY(test::filesContaining(dir.file("backups"), "SQLite format 3").empty());
        auto restored = cb->backups().restore(made->path, test::kPassword, "plaintext check");
        QVERIFY(restored);
        QVERIFY(test::filesContaining(dir.path(), "Zephyrmantle").empty());
    }

    void damagedBackupRefusedAndCasebookUntouched()
    {
        test::TempDir dir;
        auto cb = test::makeCasebook(dir.file("team.waymark"));
        QVERIFY(cb);
        for (int i = 0; i < 30; ++i)
            QVERIFY(cb->people().create(test::samplePerson(i)));
        auto made = cb->backups().create(dir.path());
        QVERIFY(made);
        QVERIFY(cb->people().create(test::samplePerson(60)));
        QByteArray bytes = test::readFile(made->path);
        QVERIFY(bytes.size() > 20000);
        for (int i = 0; i < 16; ++i)
            bytes[12000 + i] = static_cast<char>(bytes[12000 + i] ^ 0x5a);
        test::writeFile(made->path, bytes);

        auto check = cb->backups().verify(made->path, test::kPassword);
        QVERIFY(check);
        QVERIFY(!check->ok);
        const auto head = auditHead(*cb);
        const Dump before = dumpRows(cb->database(), head);
        auto restored = cb->backups().restore(made->path, test::kPassword, "should be refused");
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, ErrorCode::Damaged);
        QVERIFY(firstDifference(before, dumpRows(cb->database(), head)).empty());
        QCOMPARE(test::scalar(*cb, "SELECT count(*) FROM people"), std::int64_t{31});
        for (const auto& e : std::filesystem::directory_iterator(dir.path())) {
            const auto name = e.path().filename().string();
            QVERIFY2(name.find("before-restore") == std::string::npos && name.find("restoring") == std::string::npos,
                     name.c_str());
        }
        cb.reset();
        QVERIFY(Casebook::open(dir.file("team.waymark"), test::kUser, test::kPassword));
    }

    void onlyAHolderOfASlotMayRestore()
    {
        test::TempDir dir;
        auto cb = test::makeCasebook(dir.file("team.waymark"));
        QVERIFY(cb);
        auto made = cb->backups().create(dir.path());
        QVERIFY(made);
        // Added after the backup: a coordinator with no slot in it.
        QVERIFY(cb->users().add("newcoord", "violet harbour kettle 9 sings", Role::Coordinator));
        QVERIFY(cb->users().add("casey", "long river walk at noon", Role::Caseworker));
        cb.reset();
        {
            auto other = Casebook::open(dir.file("team.waymark"), "newcoord", "violet harbour kettle 9 sings");
            QVERIFY(other);
            auto r = (*other)->backups().restore(made->path, "violet harbour kettle 9 sings", "not mine");
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::WrongCredentials);
            auto v = (*other)->backups().verify(made->path, "violet harbour kettle 9 sings");
            QVERIFY(!v);
            QCOMPARE(v.error().code, ErrorCode::WrongCredentials);
        }
        {
            auto casey = Casebook::open(dir.file("team.waymark"), "casey", "long river walk at noon");
            QVERIFY(casey);
            auto r = (*casey)->backups().restore(made->path, "long river walk at noon", "caseworker");
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
            // A caseworker may make one (unless made in the same second as the first).
            auto made2 = (*casey)->backups().create(dir.path());
            QVERIFY(made2 || made2.error().code == ErrorCode::AlreadyExists);
            QVERIFY(std::filesystem::exists(made->path)); // the first of the day is kept
        }
        auto coord = Casebook::open(dir.file("team.waymark"), test::kUser, test::kPassword);
        QVERIFY(coord);
        auto wrong = (*coord)->backups().restore(made->path, "not the password at all", "wrong password");
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongCredentials);
        auto noReason = (*coord)->backups().restore(made->path, test::kPassword, "   ");
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().code, ErrorCode::Validation);
        // A backup of another casebook does not restore onto this one.
        auto other = test::makeCasebook(dir.file("other.waymark"));
        QVERIFY(other);
        std::filesystem::create_directory(dir.file("o"));
        auto otherBackup = other->backups().create(dir.file("o"));
        QVERIFY(otherBackup);
        auto foreign = (*coord)->backups().restore(otherBackup->path, test::kPassword, "another casebook");
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().code, ErrorCode::KeyFileMismatch);
        QVERIFY2(foreign.error().detail.find("another casebook") != std::string::npos, foreign.error().detail.c_str());
    }

    // A backup of this casebook made before a rekey is under the key the rekey replaced: the
    // refusal says so, with the rekey's date and what to do, not "another casebook".
    void backupFromBeforeARekeySaysSo()
    {
        test::TempDir dir;
        auto cb = test::makeCasebook(dir.file("team.waymark"));
        QVERIFY(cb);
        auto made = cb->backups().create(dir.path());
        QVERIFY(made);
        auto rekeyed = cb->rekey("laptop with the key file was lost");
        QVERIFY2(rekeyed, rekeyed ? "" : describe(rekeyed.error()).c_str());
        const auto before = test::scalar(*cb, "SELECT count(*) FROM audit_log");
        auto r = cb->backups().restore(made->path, test::kPassword, "roll back a bad import");
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::KeyFileMismatch);
        QCOMPARE(r.error().rule, std::string("rekeyed_since_backup"));
        const std::string& why = r.error().detail;
        QVERIFY2(why.find("another casebook") == std::string::npos, why.c_str());
        QVERIFY2(why.find("this casebook") != std::string::npos, why.c_str());
        const std::string today = formatUtcMillis(std::chrono::system_clock::now()).substr(0, 10);
        QVERIFY2(why.find("rekey on " + today) != std::string::npos, why.c_str());
        QVERIFY2(why.find("key file") != std::string::npos && why.find("coordinator") != std::string::npos,
                 why.c_str());
        // Nothing restored, nothing left beside the casebook.
        QCOMPARE(test::scalar(*cb, "SELECT count(*) FROM audit_log WHERE operation = 'casebook.restored'"), 0);
        QVERIFY(test::scalar(*cb, "SELECT count(*) FROM audit_log") >= before);
        for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
            const std::string name = entry.path().filename().string();
            QVERIFY2(name.find("checking") == std::string::npos && name.find("restoring") == std::string::npos,
                     name.c_str());
        }
    }

    // S13: 100 backup/restore cycles with random changes between them; every restore equals
    // its backup, row for row.
    void hundredCycles()
    {
        test::TempDir dir;
        std::filesystem::create_directory(dir.file("backups"));
        auto clock = std::make_shared<FixedClock>(at(2026, 3, 2));
        auto cb = test::makeCasebook(dir.file("team.waymark"), test::kUser, test::kPassword, clock);
        QVERIFY(cb);
        QRandomGenerator rng(20261130);
        std::vector<Uuid> ids;
        int users = 0;
        const auto randomChanges = [&] {
            const int n = 1 + static_cast<int>(rng.bounded(4));
            for (int i = 0; i < n; ++i) {
                const auto what = rng.bounded(10);
                if (what < 5 || ids.empty()) {
                    auto p = cb->people().create(test::samplePerson(static_cast<int>(rng.bounded(1000))));
                    QVERIFY(p);
                    ids.push_back(p->person.id);
                } else if (what < 9) {
                    auto p = cb->people().view(ids[rng.bounded(static_cast<quint32>(ids.size()))]);
                    QVERIFY(p);
                    p->phone = "01234 " + std::to_string(100000 + rng.bounded(899999));
                    QVERIFY(cb->people().update(*p));
                } else {
                    ++users;
                    QVERIFY(cb->users().add("user" + std::to_string(users),
                                            "walking by the quiet river " + std::to_string(users), Role::Caseworker));
                }
            }
        };
        QElapsedTimer timer;
        timer.start();
        qint64 backupMs = 0;
        qint64 restoreMs = 0;
        for (int cycle = 0; cycle < 100; ++cycle) {
            randomChanges();
            clock->advance(std::chrono::hours(7));
            const auto head = auditHead(*cb);
            const Dump expected = dumpRows(cb->database(), head);
            QElapsedTimer step;
            step.start();
            auto made = cb->backups().create(dir.file("backups"));
            QVERIFY2(made, made ? "" : describe(made.error()).c_str());
            backupMs += step.restart();
            randomChanges();
            clock->advance(std::chrono::minutes(5));
            step.restart();
            auto restored = cb->backups().restore(made->path, test::kPassword, "cycle " + std::to_string(cycle));
            QVERIFY2(restored, restored ? "" : describe(restored.error()).c_str());
            restoreMs += step.elapsed();
            const std::string diff = firstDifference(expected, dumpRows(cb->database(), head));
            QVERIFY2(diff.empty(), ("cycle " + std::to_string(cycle) + ": " + diff).c_str());
            std::filesystem::remove(restored->keptAs);
            std::filesystem::remove(restored->keptAs.string() + ".keys");
            // The restored people are the ones the backup held.
            ids.clear();
            Statement st(cb->database(), "SELECT id FROM people");
            (void)st.forEachRow([&] { ids.push_back(st.uuid(0)); });
        }
        auto verified = cb->verify();
        QVERIFY(verified && verified->ok());
        cb.reset();
        QVERIFY(Casebook::open(dir.file("team.waymark"), test::kUser, test::kPassword));
        qInfo("100 backup/restore cycles: %lld ms (backups %lld ms, restores %lld ms)",
              static_cast<long long>(timer.elapsed()), static_cast<long long>(backupMs),
              static_cast<long long>(restoreMs));
    }

    void retentionKeepsSevenDailyAndFourWeekly()
    {
        // Daily at noon from Monday 5 January 2026 for 60 days (to Thursday 5 March).
        std::vector<std::chrono::system_clock::time_point> times;
        for (int d = 0; d < 60; ++d)
            times.push_back(at(2026, 1, 5) + std::chrono::hours(24 * d));
        auto keep = backupsToKeep(times);
        // 7 newest days (27 Feb .. 5 Mar) and the newest of the 4 newest ISO weeks: 5 Mar and
        // 1 Mar are kept already, then Sunday 22 Feb and Sunday 15 Feb.
        std::vector<std::size_t> expected = {41, 48, 53, 54, 55, 56, 57, 58, 59};
        QCOMPARE(keep, expected);
        // Two on an older day: the newer is kept; every one of the newest day is kept.
        std::vector<std::chrono::system_clock::time_point> sameDay = {at(2026, 3, 4, 9), at(2026, 3, 4, 17),
                                                                      at(2026, 3, 5, 9), at(2026, 3, 5, 17)};
        QCOMPARE(backupsToKeep(sameDay), (std::vector<std::size_t>{1, 2, 3}));
    }

    void retentionInTheFolder()
    {
        test::TempDir dir;
        std::filesystem::create_directory(dir.file("backups"));
        auto clock = std::make_shared<FixedClock>(at(2026, 1, 5));
        auto cb = test::makeCasebook(dir.file("team.waymark"), test::kUser, test::kPassword, clock);
        QVERIFY(cb);
        // Not Waymark's to prune: another casebook's backup and a file of the user's.
        test::writeFile(dir.file("backups") / "other-20250101-120000.waymark", "x");
        test::writeFile(dir.file("backups") / "notes.txt", "mine");
        test::writeFile(dir.file("backups") / "team-old-copy.waymark", "mine");
        for (int d = 0; d < 60; ++d) {
            QVERIFY(cb->backups().create(dir.file("backups")));
            clock->advance(std::chrono::hours(24));
        }
        auto listed = cb->backups().list(dir.file("backups"));
        QVERIFY(listed);
        int mine = 0;
        for (const auto& f : *listed)
            if (f.path.filename().string().starts_with("team-")) {
                ++mine;
                QVERIFY(f.whole);
            }
        QCOMPARE(mine, 9);
        QVERIFY(std::filesystem::exists(dir.file("backups") / "other-20250101-120000.waymark"));
        QVERIFY(std::filesystem::exists(dir.file("backups") / "notes.txt"));
        QVERIFY(std::filesystem::exists(dir.file("backups") / "team-old-copy.waymark"));
        QVERIFY(listed->front().madeAt > listed->back().madeAt);
        // Nothing half made is left.
        for (const auto& e : std::filesystem::directory_iterator(dir.file("backups")))
            QVERIFY(e.path().string().find(".partial") == std::string::npos);
    }

    // Generated backup sets around month and year ends, a leap day and ISO week 53, checked
    // against the calendar's own reckoning.
    void retentionAcrossMonthAndYearBoundaries()
    {
        // By hand: daily from 1 December 2020 to Sunday 10 January 2021. 2020 has an ISO week
        // 53 (Monday 28 December to Sunday 3 January), so the weekly ones are 10 Jan (week 1,
        // also a daily), 3 Jan (week 53), 27 Dec (week 52) and 20 Dec (week 51).
        std::vector<std::chrono::system_clock::time_point> daily;
        for (int d = 0; d < 41; ++d)
            daily.push_back(at(2020, 12, 1) + std::chrono::hours(24 * d));
        std::vector<std::size_t> byHand = {19, 26, 33}; // 20 Dec, 27 Dec, 3 Jan
        for (std::size_t i = 34; i <= 40; ++i)          // 4..10 Jan
            byHand.push_back(i);
        QCOMPARE(backupsToKeep(daily), byHand);
        QCOMPARE(expectedKeep(daily), byHand);

        QRandomGenerator random(1212);
        const std::chrono::system_clock::time_point starts[] = {
            at(2025, 12, 10), // into 2026 (1 January 2026 is a Thursday: ISO week 1 of 2026)
            at(2020, 12, 10), // ISO week 53
            at(2024, 2, 15),  // 29 February
            at(2026, 10, 20), // the clocks go back (backups are named in UTC)
            at(2026, 12, 15), // 1 January 2027 is a Friday: ISO week 53 of 2026
            at(2027, 1, 25),  // January into February
        };
        int sets = 0;
        int kept = 0;
        for (const auto start : starts) {
            for (int n = 0; n < 100; ++n) {
                std::vector<std::chrono::system_clock::time_point> times;
                const int span = 10 + int(random.bounded(50));
                for (int d = 0; d < span; ++d) {
                    const int count = int(random.bounded(4)); // 0..3 a day; some days none
                    for (int k = 0; k < count; ++k)
                        times.push_back(start + std::chrono::hours(24 * d) +
                                        std::chrono::seconds(random.bounded(86400)));
                }
                std::shuffle(times.begin(), times.end(), std::mt19937(random.generate()));
                const auto keep = backupsToKeep(times);
                QCOMPARE(keep, expectedKeep(times));
                kept += int(keep.size());
                ++sets;
            }
        }
        qInfo("retention: %d generated sets across month and year ends agree with the calendar (%d kept)", sets, kept);
    }

    // Automatic backups: due when on, a folder is set and the last good one is a day old (or,
    // on closing, something was saved since); made into the folder and pruned there.
    void automaticBackupsAreDueAndPruned()
    {
        test::TempDir dir;
        std::filesystem::create_directory(dir.file("backups"));
        auto clock = std::make_shared<FixedClock>(at(2020, 12, 1, 9));
        auto cb = test::makeCasebook(dir.file("team.waymark"), test::kUser, test::kPassword, clock);
        QVERIFY(cb);
        auto& b = cb->backups();
        QVERIFY(b.automatic()); // on by default, but nothing without a folder
        QVERIFY(!b.automaticDue(AutomaticBackup::Daily));
        auto none = b.createAutomatic(AutomaticBackup::Daily);
        QVERIFY(none && !none->has_value());
        QVERIFY(b.setFolder(dir.file("backups")));
        QCOMPARE(b.automaticDue(AutomaticBackup::Daily), std::optional(dir.file("backups").lexically_normal()));
        auto made = b.createAutomatic(AutomaticBackup::Daily);
        QVERIFY(made && made->has_value());
        QCOMPARE(test::scalar(*cb, "SELECT count(*) FROM audit_log WHERE operation = 'backup.created' AND detail "
                                   "LIKE 'automatic, daily: team-20201201-090000.waymark%'"),
                 1);
        // Just made: neither due; a save makes the one on closing due, not the daily one.
        QVERIFY(!b.automaticDue(AutomaticBackup::Daily));
        QVERIFY(!b.automaticDue(AutomaticBackup::OnExit));
        QVERIFY(cb->people().create(test::samplePerson(1)));
        QVERIFY(!b.automaticDue(AutomaticBackup::Daily));
        QVERIFY(b.automaticDue(AutomaticBackup::OnExit));
        clock->advance(std::chrono::hours(1));
        auto onExit = b.createAutomatic(AutomaticBackup::OnExit);
        QVERIFY(onExit && onExit->has_value());
        QVERIFY(!b.automaticDue(AutomaticBackup::OnExit));
        clock->advance(std::chrono::hours(23));
        QVERIFY(!b.automaticDue(AutomaticBackup::Daily)); // 23 hours
        clock->advance(std::chrono::hours(1));
        QVERIFY(b.automaticDue(AutomaticBackup::Daily));
        // Off: nothing is due; the change is audited.
        QVERIFY(b.setAutomatic(false));
        QVERIFY(!b.automatic());
        QVERIFY(!b.automaticDue(AutomaticBackup::Daily));
        QVERIFY(!b.automaticDue(AutomaticBackup::OnExit));
        QCOMPARE(test::scalar(*cb, "SELECT count(*) FROM audit_log WHERE operation = 'settings.changed' AND detail = "
                                   "'automatic backups off'"),
                 1);
        QVERIFY(b.setAutomatic(true));

        // Daily (at a random hour) from 2 December 2020 to 10 January 2021, across ISO week
        // 53 and the year's end: the folder keeps what the calendar says.
        QRandomGenerator random(77);
        std::vector<std::chrono::system_clock::time_point> times = {at(2020, 12, 1, 9), at(2020, 12, 1, 10)};
        for (int d = 1; d <= 40; ++d) {
            clock->set(at(2020, 12, 1, 0) + std::chrono::hours(24 * d) + std::chrono::minutes(random.bounded(1440)));
            if (d % 9 == 4)
                continue;                                                       // a day the laptop stayed shut
            auto person = cb->people().create(test::samplePerson(500 + 5 * d)); // born in 2010
            QVERIFY2(person, person ? "" : person.error().detail.c_str());
            // The daily one when a day has passed, else the one on closing (a person was saved).
            const auto when = b.automaticDue(AutomaticBackup::Daily) ? AutomaticBackup::Daily : AutomaticBackup::OnExit;
            auto r = b.createAutomatic(when);
            QVERIFY2(r && r->has_value(), r ? "nothing due" : r.error().detail.c_str());
            times.push_back(std::chrono::floor<std::chrono::seconds>(clock->now()));
            QVERIFY(!b.automaticDue(AutomaticBackup::Daily));
            QVERIFY(!b.automaticDue(AutomaticBackup::OnExit));
        }
        std::set<std::string> expected;
        for (std::size_t i : expectedKeep(times)) {
            const std::time_t secs = std::chrono::system_clock::to_time_t(times[i]);
            std::tm tm{};
            gmtime_r(&secs, &tm);
            char name[64];
            std::strftime(name, sizeof name, "team-%Y%m%d-%H%M%S.waymark", &tm);
            expected.insert(name);
        }
        std::set<std::string> inFolder;
        for (const auto& e : std::filesystem::directory_iterator(dir.file("backups")))
            if (e.path().extension() == ".waymark")
                inFolder.insert(e.path().filename().string());
        QCOMPARE(inFolder, expected);
        qInfo("automatic daily backups 1 December 2020 to 10 January 2021: %d kept in the folder",
              int(inFolder.size()));

        // A caseworker's sign-in makes automatic backups too, but may not turn them off.
        QVERIFY(cb->users().add("casey", "long river walk at noon", Role::Caseworker));
        cb.reset();
        auto casey = Casebook::open(dir.file("team.waymark"), "casey", "long river walk at noon", clock);
        QVERIFY(casey);
        QCOMPARE((*casey)->backups().setAutomatic(false).error().code, ErrorCode::PermissionDenied);
        QVERIFY((*casey)->backups().automatic());
    }

    // A half-made backup is cleared only when its writer is gone: another process or thread
    // still writing keeps its copy; a dead one's goes, with a key file it had already published.
    void temporariesOfALiveWriterAreKept()
    {
        test::TempDir dir;
        const auto folder = dir.file("backups");
        std::filesystem::create_directory(folder);
        auto clock = std::make_shared<FixedClock>(at(2026, 1, 5));
        auto cb = test::makeCasebook(dir.file("team.waymark"), test::kUser, test::kPassword, clock);
        QVERIFY(cb);
        const std::string host = hostTag();
        const std::string dead = std::to_string(deadPid());
        const std::string self = std::to_string(long(::getpid()));
        const auto name = [&](const std::string& n) { return folder / n; };
        const std::map<std::string, bool> files = {
            // name, kept?
            {"team-20260105-100000.waymark.partial~" + host + "~1~aaaaaa", true},            // pid 1 runs
            {"team-20260105-100000.waymark.partial~" + host + "~1~aaaaaa.keys", true},       //
            {"team-20260105-100100.waymark.partial~" + host + "~" + self + "~bbbbbb", true}, // this process
            {"team-20260105-100200.waymark.partial~" + host + "~" + dead + "~cccccc", false},
            {"team-20260105-100200.waymark.partial~" + host + "~" + dead + "~cccccc-wal", false},
            {"team-20260105-100200.waymark.partial~" + host + "~" + dead + "~cccccc.keys.tmp-Ab12Cd", false},
            {"team-20260105-100200.waymark.keys", false}, // published before the database was
            {"team-20260105-100300.waymark.partial~otherlaptop~" + dead + "~dddddd", true},   // recent
            {"team-20260105-100400.waymark.partial~otherlaptop~4242~eeeeee", false},          // 2 hours old
            {"team-20260105-100500.waymark.partial", false},                                  // an older Waymark's name
            {"teamb-20260105-100200.waymark.partial~" + host + "~" + dead + "~ffffff", true}, // not this casebook's
        };
        for (const auto& [f, kept] : files)
            test::writeFile(name(f), "x");
        std::filesystem::last_write_time(name("team-20260105-100400.waymark.partial~otherlaptop~4242~eeeeee"),
                                         std::filesystem::file_time_type::clock::now() - std::chrono::hours(2));
        QVERIFY(cb->backups().create(folder));
        for (const auto& [f, kept] : files)
            QVERIFY2(std::filesystem::exists(name(f)) == kept, (f + (kept ? " was cleared" : " was left")).c_str());

        // Beside the casebook: what a killed restore or check left goes at the next sign-in,
        // unless its process still runs.
        const std::map<std::string, bool> beside = {
            {"team.waymark.restoring~" + host + "~" + dead + "~111111", false},
            {"team.waymark.restoring~" + host + "~" + dead + "~111111-wal", false},
            {"team.waymark.restoring~" + host + "~" + dead + "~111111-shm", false},
            {"team.waymark.checking~" + host + "~" + dead + "~222222", false},
            {"team.waymark.before-restore-20260105-100000.partial~" + host + "~" + dead + "~333333", false},
            {"team.waymark.before-restore-20260105-100000.partial~" + host + "~" + dead + "~333333.keys", false},
            {"team.waymark.restoring", false}, // an older Waymark's name
            {"team.waymark.restoring~" + host + "~1~444444", true},
            {"other.waymark.restoring~" + host + "~" + dead + "~555555", true},
        };
        for (const auto& [f, kept] : beside)
            test::writeFile(dir.file(f), "x");
        cb.reset();
        QVERIFY(Casebook::open(dir.file("team.waymark"), test::kUser, test::kPassword, clock));
        for (const auto& [f, kept] : beside)
            QVERIFY2(std::filesystem::exists(dir.file(f)) == kept, (f + (kept ? " was cleared" : " was left")).c_str());

        // In the backup folder set for the casebook: a killed backup's pair goes at the next
        // sign-in too, not only at the next backup; a live writer's and another casebook's stay.
        {
            auto again = Casebook::open(dir.file("team.waymark"), test::kUser, test::kPassword, clock);
            QVERIFY(again);
            QVERIFY((*again)->backups().setFolder(folder));
        }
        const std::map<std::string, bool> inFolder = {
            {"team-20260105-110000.waymark.partial~" + host + "~" + dead + "~777777", false},
            {"team-20260105-110000.waymark.partial~" + host + "~" + dead + "~777777.keys", false},
            {"team-20260105-110100.waymark.partial~" + host + "~" + self + "~888888", true},
            {"teamb-20260105-110000.waymark.partial~" + host + "~" + dead + "~999999", true},
        };
        for (const auto& [f, kept] : inFolder)
            test::writeFile(name(f), "x");
        QVERIFY(Casebook::open(dir.file("team.waymark"), test::kUser, test::kPassword, clock));
        for (const auto& [f, kept] : inFolder)
            QVERIFY2(std::filesystem::exists(name(f)) == kept, (f + (kept ? " was cleared" : " was left")).c_str());
    }

    void folderSettingAndOverdue()
    {
        test::TempDir dir;
        auto clock = std::make_shared<FixedClock>(at(2026, 1, 5));
        auto cb = test::makeCasebook(dir.file("team.waymark"), test::kUser, test::kPassword, clock);
        QVERIFY(cb);
        QVERIFY(cb->backups().folder().empty());
        QCOMPARE(cb->backups().setFolder("relative/path").error().code, ErrorCode::Validation);
        QCOMPARE(cb->backups().setFolder(dir.file("missing")).error().code, ErrorCode::NotFound);
        QVERIFY(cb->backups().setFolder(dir.path()));
        QCOMPARE(cb->backups().folder(), dir.path().lexically_normal());
        QVERIFY(cb->backups().overdue());
        QVERIFY(cb->backups().create(cb->backups().folder()));
        QVERIFY(!cb->backups().overdue());
        clock->advance(std::chrono::hours(24 * 7 + 1));
        QVERIFY(cb->backups().overdue());
        QVERIFY(cb->users().add("casey", "long river walk at noon", Role::Caseworker));
        cb.reset();
        auto casey = Casebook::open(dir.file("team.waymark"), "casey", "long river walk at noon", clock);
        QVERIFY(casey);
        QCOMPARE((*casey)->backups().setFolder(dir.path()).error().code, ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "TestBackups.moc"
