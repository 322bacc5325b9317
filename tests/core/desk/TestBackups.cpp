// Backups (core/Backups.h) on real SQLCipher casebooks: a restore equals its backup row for
// row (S13: 100 cycles), no plaintext in a backup, damaged and foreign backups refused with
// the casebook untouched, retention, settings.
#include "core/Backups.h"
#include "tests/support/TestSupport.h"

#include "core/store/AuditLog.h"
#include "core/store/Database.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <map>

using namespace waymark;

namespace {

using Dump = std::map<std::string, std::vector<std::string>>;

// Every table's rows (sorted), as hex of each value; audit rows after `auditSeq` and the meta
// keys a backup or a restore itself writes are left out.
Dump dumpRows(Database& db, std::int64_t auditSeq)
{
    Dump out;
    std::vector<std::string> tables;
    {
        Statement st(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                         "ORDER BY name");
        (void)st.forEachRow([&] { tables.push_back(st.text(0)); });
    }
    for (const auto& table : tables) {
        std::string sql = "SELECT * FROM \"" + table + "\"";
        if (table == "audit_log")
            sql += " WHERE seq <= " + std::to_string(auditSeq);
        if (table == "meta")
            sql += " WHERE key NOT IN ('keyring_generation', 'audit_head') AND key NOT LIKE 'backup%'";
        Statement st(db, sql);
        auto& rows = out[table];
        (void)st.forEachRow([&] {
            std::string row;
            for (int c = 0; c < st.columnCount(); ++c) {
                if (st.isNull(c)) {
                    row += "NULL|";
                    continue;
                }
                const auto bytes = st.blob(c);
                row += QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()))
                           .toHex()
                           .toStdString() +
                       "|";
            }
            rows.push_back(std::move(row));
        });
        std::sort(rows.begin(), rows.end());
    }
    return out;
}

std::int64_t auditHead(Casebook& cb)
{
    return test::scalar(cb, "SELECT coalesce(max(seq), 0) FROM audit_log");
}

std::string firstDifference(const Dump& a, const Dump& b)
{
    for (const auto& [table, rows] : a) {
        const auto it = b.find(table);
        if (it == b.end())
            return "table " + table + " missing";
        if (it->second != rows)
            return "table " + table + " differs (" + std::to_string(rows.size()) + " vs " +
                   std::to_string(it->second.size()) + " rows)";
    }
    if (a.size() != b.size())
        return "table count differs";
    return {};
}

std::chrono::system_clock::time_point at(int y, int m, int d, int h = 12)
{
    std::tm tm{};
    tm.tm_year = y - 1900;
    tm.tm_mon = m - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    return std::chrono::system_clock::from_time_t(timegm(&tm));
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
