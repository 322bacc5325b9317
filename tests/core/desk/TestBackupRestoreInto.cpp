// Backups::restoreInto (core/BackupRestore.cpp): the lost laptop. A backup on a USB stick is
// brought back where no casebook is left; it equals the backup row for row, opens with the
// user's own password (and every other user's), verifies and reads as a restore. A wrong
// password, a damaged backup, a caseworker and a path that is taken are refused with nothing
// written at the target.
#include "core/Backups.h"
#include "tests/support/RowDump.h"
#include "tests/support/TestSupport.h"

#include "core/store/Database.h"

#include <QTest>

#include <algorithm>

using namespace waymark;

namespace {

constexpr const char* kOther = "pat";
constexpr const char* kOtherPassword = "copper lantern drifts eastward 42";

// The files in `dir`, by name.
std::vector<std::string> namesIn(const std::filesystem::path& dir)
{
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
        out.push_back(entry.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

// A casebook with people and a second (caseworker) user, backed up into `usb`, then lost:
// the casebook's files are deleted. Returns the backup file; `rows` and `head` are what it holds.
std::filesystem::path backupThenLoseLaptop(const test::TempDir& dir, test::Dump& rows, std::int64_t& head)
{
    std::filesystem::create_directory(dir.file("usb"));
    std::filesystem::path backup;
    {
        auto cb = test::makeCasebook(dir.file("laptop.waymark"));
        if (!cb)
            return {};
        for (int i = 0; i < 12; ++i)
            if (!cb->people().create(test::samplePerson(i)))
                return {};
        if (!cb->users().add(kOther, kOtherPassword, Role::Caseworker))
            return {};
        head = test::auditHead(*cb);
        rows = test::dumpRows(cb->database(), head);
        auto made = cb->backups().create(dir.file("usb"));
        if (!made)
            return {};
        backup = made->path;
    }
    for (const auto& name : namesIn(dir.path()))
        if (name.starts_with("laptop.waymark"))
            std::filesystem::remove(dir.file(name));
    return backup;
}

// That backup and an empty folder `new` for the restore, with `target` in it.
struct LostLaptop
{
    test::TempDir dir;
    test::Dump before;
    std::int64_t head = 0;
    std::filesystem::path backup;
    std::filesystem::path target;

    LostLaptop()
        : backup(backupThenLoseLaptop(dir, before, head))
        , target(dir.file("new") / "team.waymark")
    {
        std::filesystem::create_directory(dir.file("new"));
    }
};

} // namespace

class TestBackupRestoreInto : public QObject
{
    Q_OBJECT

private slots:
    void restoresWhereNoCasebookIsLeft()
    {
        LostLaptop lost;
        QVERIFY(!lost.backup.empty());
        const auto& [dir, before, head, backup, target] = lost;
        const QByteArray backupHash = test::sha256(backup);
        int lastPercent = -1;
        auto restored = Backups::restoreInto(backup, target, test::kUser, test::kPassword,
                                             "laptop lost on the train; restored from the USB stick", {},
                                             [&](int p, std::string_view) {
                                                 lastPercent = p;
                                                 return true;
                                             });
        QVERIFY2(restored, restored ? "" : describe(restored.error()).c_str());
        QCOMPARE(lastPercent, 100);
        QCOMPARE(restored->moment.auditSeq, head);
        QVERIFY(restored->moment.anchored);
        QVERIFY(restored->keptAs.empty());
        // The pair and nothing else; the backup itself untouched.
        QCOMPARE(namesIn(dir.file("new")), (std::vector<std::string>{"team.waymark", "team.waymark.keys"}));
        QCOMPARE(test::sha256(backup), backupHash);
        // A salt of its own: a new file, not a byte copy of the backup.
        QVERIFY(test::readFile(target).left(16) != test::readFile(backup).left(16));

        auto cb = Casebook::open(target, test::kUser, test::kPassword);
        QVERIFY2(cb, cb ? "" : describe(cb.error()).c_str());
        const std::string diff = test::firstDifference(before, test::dumpRows((*cb)->database(), head));
        QVERIFY2(diff.empty(), diff.c_str());
        // The restore is in its audit trail, right after the backup's head, with its reason.
        QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM audit_log WHERE operation = 'casebook.restored' AND seq = " +
                                        std::to_string(head + 1) +
                                        " AND detail LIKE '%new place%' AND detail LIKE '%laptop lost on the train%' "
                                        "AND detail LIKE '%its audit anchor checked%'"),
                 std::int64_t{1});
        auto verified = (*cb)->verify();
        QVERIFY(verified);
        QVERIFY2(verified->ok(), verified->anchor.detail.c_str());
        QCOMPARE(verified->anchor.state, AnchorState::Restored);
        QVERIFY(verified->anchor.restored.has_value());
        QCOMPARE(verified->anchor.restored->backupSeq, head);
        cb->reset();
        // Every other user's slot came back as it was.
        auto other = Casebook::open(target, kOther, kOtherPassword);
        QVERIFY2(other, other ? "" : describe(other.error()).c_str());
    }

    void refusedWithNothingWritten()
    {
        LostLaptop lost;
        QVERIFY(!lost.backup.empty());
        const auto& [dir, before, head, backup, target] = lost;
        const auto reason = "laptop wiped";

        // A wrong password; a user with no slot.
        auto wrong = Backups::restoreInto(backup, target, test::kUser, "not the password at all", reason);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongCredentials);
        QVERIFY(namesIn(dir.file("new")).empty());
        auto stranger = Backups::restoreInto(backup, target, "nobody", test::kPassword, reason);
        QVERIFY(!stranger);
        QCOMPARE(stranger.error().code, ErrorCode::WrongCredentials);
        QVERIFY(namesIn(dir.file("new")).empty());
        // A caseworker may not restore (as in place).
        auto caseworker = Backups::restoreInto(backup, target, kOther, kOtherPassword, reason);
        QVERIFY(!caseworker);
        QCOMPARE(caseworker.error().code, ErrorCode::PermissionDenied);
        QVERIFY(namesIn(dir.file("new")).empty());
        // No reason.
        auto noReason = Backups::restoreInto(backup, target, test::kUser, test::kPassword, "  ");
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().code, ErrorCode::Validation);
        QVERIFY(namesIn(dir.file("new")).empty());

        // A damaged backup: a copy of the pair with one byte changed on a page past the first.
        const auto damaged = dir.file("usb") / "damaged-20261130-120000.waymark";
        QByteArray bytes = test::readFile(backup);
        QVERIFY(bytes.size() > 3 * 4096);
        bytes[2 * 4096 + 700] = char(bytes[2 * 4096 + 700] ^ 0x5a);
        test::writeFile(damaged, bytes);
        std::filesystem::copy_file(backup.string() + ".keys", damaged.string() + ".keys");
        auto bad = Backups::restoreInto(damaged, target, test::kUser, test::kPassword, reason);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::Damaged);
        QVERIFY(namesIn(dir.file("new")).empty());
        // Its key file missing.
        std::filesystem::remove(damaged.string() + ".keys");
        auto noKeys = Backups::restoreInto(damaged, target, test::kUser, test::kPassword, reason);
        QVERIFY(!noKeys);
        QCOMPARE(noKeys.error().code, ErrorCode::KeyFileMissing);
        QVERIFY(namesIn(dir.file("new")).empty());

        // A casebook already there: refused, untouched (the in-place restore is for that).
        auto there = test::makeCasebook(target);
        QVERIFY(there);
        there.reset();
        const QByteArray thereHash = test::sha256(target);
        const auto thereNames = namesIn(dir.file("new"));
        auto taken = Backups::restoreInto(backup, target, test::kUser, test::kPassword, reason);
        QVERIFY(!taken);
        QCOMPARE(taken.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(test::sha256(target), thereHash);
        QCOMPARE(namesIn(dir.file("new")), thereNames);

        // A key file of another casebook alone at the path stays, and nothing is restored over it.
        const auto lone = dir.file("new") / "lone.waymark";
        std::filesystem::copy_file(target.string() + ".keys", lone.string() + ".keys");
        auto overKeys = Backups::restoreInto(backup, lone, test::kUser, test::kPassword, reason);
        QVERIFY(!overKeys);
        QCOMPARE(overKeys.error().code, ErrorCode::AlreadyExists);
        QVERIFY(!std::filesystem::exists(lone));
        QVERIFY(std::filesystem::exists(lone.string() + ".keys"));
    }

    void clearsWhatAKilledRestoreLeft()
    {
        LostLaptop lost;
        QVERIFY(!lost.backup.empty());
        const auto& [dir, before, head, backup, target] = lost;
        // What a kill leaves: the half-built casebook, the copy being checked, a temporary key file.
        for (const char* name : {"team.waymark.creating", "team.waymark.creating-wal", "team.waymark.creating.creating",
                                 "team.waymark.creating.keys.tmp-Ab12Cd"})
            test::writeFile(dir.file("new") / name, QByteArray(4096, 'x'));
        auto restored = Backups::restoreInto(backup, target, test::kUser, test::kPassword, "after a killed attempt");
        QVERIFY2(restored, restored ? "" : describe(restored.error()).c_str());
        QCOMPARE(namesIn(dir.file("new")), (std::vector<std::string>{"team.waymark", "team.waymark.keys"}));
        auto cb = Casebook::open(target, test::kUser, test::kPassword);
        QVERIFY2(cb, cb ? "" : describe(cb.error()).c_str());
        auto verified = (*cb)->verify();
        QVERIFY(verified && verified->ok());
    }
};

QTEST_GUILESS_MAIN(TestBackupRestoreInto)
#include "TestBackupRestoreInto.moc"
