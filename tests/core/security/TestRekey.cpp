// Casebook::rekey: a new database key, every remaining slot sealed to it, the removed user's
// old key file no longer opening anything; stopped at each step, the casebook opens with the
// old key or the new one (core/CasebookRekey.cpp, docs/storage.md "Rekeying").

#include "tests/support/TestSupport.h"

#include "core/Casebook.h"
#include "core/CasebookFiles.h"
#include "core/KeyFileChange.h"
#include "core/security/Keyring.h"
#include "core/security/SecureBytes.h"
#include "core/store/Database.h"

#include <QTest>

#include <filesystem>
#include <stdexcept>

using namespace waymark;

namespace {

constexpr const char* kSam = "sam";
constexpr const char* kSamPassword = "old heron sandstone";
constexpr const char* kAlex = "alex";
constexpr const char* kAlexPassword = "amber fox quarry lane";

struct Crash : std::runtime_error
{
    Crash()
        : std::runtime_error("stopped here")
    {}
};

class StopAt
{
public:
    explicit StopAt(std::string step)
    {
        keyfile::setStepHookForTests([step = std::move(step)](std::string_view reached) {
            if (reached == step)
                throw Crash();
        });
    }
    ~StopAt() { keyfile::setStepHookForTests({}); }
};

bool opens(const std::filesystem::path& path, const char* user, const char* password)
{
    auto cb = Casebook::open(path, user, password);
    if (!cb)
        qWarning("%s cannot open: %s (%s)", user, cb.error().detail.c_str(), cb.error().rule.c_str());
    return cb.has_value();
}

std::int64_t count(const std::filesystem::path& path, const std::string& sql)
{
    auto cb = Casebook::open(path, test::kUser, test::kPassword);
    if (!cb)
        qFatal("coordinator cannot open: %s", cb.error().detail.c_str());
    return test::scalar(**cb, sql);
}

bool leftovers(const std::filesystem::path& path)
{
    return files::hasRekeyLeftovers(path) || !keyfile::pendingFiles(Casebook::keyFilePath(path)).empty() ||
           !keyfile::staleTemporaries(Casebook::keyFilePath(path)).empty();
}

} // namespace

class TestRekey : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    int m_run = 0;

    // coord (coordinator), sam and alex (caseworkers), three people.
    std::filesystem::path makeCasebook()
    {
        const auto path = m_dir.file("rekey-" + std::to_string(++m_run) + ".waymark");
        auto cb = test::makeCasebook(path);
        if (!cb || !cb->users().add(kSam, kSamPassword, Role::Caseworker, "Sam Tester") ||
            !cb->users().add(kAlex, kAlexPassword, Role::Caseworker, "Alex Tester"))
            qFatal("setup failed");
        for (int i = 0; i < 3; ++i)
            if (!cb->people().create(test::samplePerson(i)))
                qFatal("setup failed");
        return path;
    }

private Q_SLOTS:
    void rekeyChangesTheKeyAndKeepsEveryone()
    {
        const auto path = makeCasebook();
        const auto saltBefore = files::fileSalt(path);
        {
            auto cb = Casebook::open(path, test::kUser, test::kPassword);
            QVERIFY(cb);
            std::vector<int> seen;
            auto report = (*cb)->rekey("routine rotation", [&](int p, std::string_view) {
                seen.push_back(p);
                return true;
            });
            QVERIFY2(report, report ? "" : report.error().detail.c_str());
            QCOMPARE(report->keySlots, std::size_t(3));
            QVERIFY(!seen.empty());
            QCOMPARE(seen.back(), 100);
            // The same Casebook carries on, on the new file.
            QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM people"), 3);
            QVERIFY((*cb)->people().create(test::samplePerson(7)));
            auto verified = (*cb)->verify();
            QVERIFY(verified && verified->ok());
        }
        QVERIFY(files::fileSalt(path) != saltBefore);
        QVERIFY(opens(path, kSam, kSamPassword));
        QVERIFY(opens(path, kAlex, kAlexPassword));
        QCOMPARE(count(path, "SELECT count(*) FROM people"), 4);
        QCOMPARE(count(path, "SELECT count(*) FROM audit_log WHERE operation = 'casebook.rekeyed' AND detail = "
                             "'routine rotation (3 key slots)'"),
                 1);
        QVERIFY(!leftovers(path));
    }

    void onlyCoordinatorsRekeyAndAReasonIsNeeded()
    {
        const auto path = makeCasebook();
        auto sam = Casebook::open(path, kSam, kSamPassword);
        QVERIFY(sam);
        auto refused = (*sam)->rekey("because");
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        sam->reset();
        auto cb = Casebook::open(path, test::kUser, test::kPassword);
        QVERIFY(cb);
        auto noReason = (*cb)->rekey("   ");
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().code, ErrorCode::Validation);
    }

    void anotherConnectionOpenRefusesAndChangesNothing()
    {
        const auto path = makeCasebook();
        auto cb = Casebook::open(path, test::kUser, test::kPassword);
        auto other = Casebook::open(path, kSam, kSamPassword);
        QVERIFY(cb && other);
        auto refused = (*cb)->rekey("while sam works");
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Busy);
        // Both carry on as before.
        QVERIFY((*cb)->people().create(test::samplePerson(4)));
        QVERIFY((*other)->people().create(test::samplePerson(5)));
        other->reset();
        cb->reset();
        QCOMPARE(count(path, "SELECT count(*) FROM people"), 5);
        QVERIFY(!leftovers(path));
    }

    // The attack: a copy of the key file taken before a user is removed, and that user's
    // password. After the removal and rekey the copy yields only the old key, which does not
    // open the casebook.
    void removedUsersOldKeyFileNoLongerOpens()
    {
        const auto path = makeCasebook();
        const auto keys = Casebook::keyFilePath(path);
        const auto stolen = m_dir.file("stolen-" + std::to_string(m_run) + ".keys");
        std::filesystem::copy_file(keys, stolen);
        {
            auto cb = Casebook::open(path, test::kUser, test::kPassword);
            QVERIFY(cb);
            QVERIFY((*cb)->users().remove(kSam));
            QVERIFY((*cb)->rekey("user removed: sam"));
        }
        auto oldKeyring = Keyring::load(stolen);
        QVERIFY(oldKeyring);
        auto oldKey = oldKeyring->unlock(kSam, kSamPassword);
        QVERIFY(oldKey); // the copy still holds sam's slot with the old key...
        auto db = Database::open(path, **oldKey, false);
        QVERIFY(!db); // ...which no longer opens the casebook
        QVERIFY(!Keyring::load(keys)->unlock(kSam, kSamPassword));
        // The copy put beside the casebook is refused before any password work.
        std::filesystem::copy_file(stolen, keys, std::filesystem::copy_options::overwrite_existing);
        auto withCopy = Casebook::open(path, kSam, kSamPassword);
        QVERIFY(!withCopy);
        QCOMPARE(withCopy.error().code, ErrorCode::KeyFileMismatch);
    }

    void stoppedAfterTheCopyLeavesTheOldKey()
    {
        const auto path = makeCasebook();
        {
            auto cb = Casebook::open(path, test::kUser, test::kPassword);
            QVERIFY(cb);
            StopAt stop("rekey.copied");
            QVERIFY_THROWS_EXCEPTION(Crash, (void)(*cb)->rekey("stopped"));
        }
        QVERIFY(files::hasRekeyLeftovers(path));
        QVERIFY(opens(path, kSam, kSamPassword));
        QVERIFY(!leftovers(path));
        QCOMPARE(count(path, "SELECT count(*) FROM audit_log WHERE operation = 'casebook.rekeyed'"), 0);
        QCOMPARE(count(path, "SELECT count(*) FROM people"), 3);
    }

    void stoppedAfterStagingLeavesTheOldKey()
    {
        const auto path = makeCasebook();
        {
            auto cb = Casebook::open(path, test::kUser, test::kPassword);
            QVERIFY(cb);
            StopAt stop("staged");
            QVERIFY_THROWS_EXCEPTION(Crash, (void)(*cb)->rekey("stopped"));
        }
        QVERIFY(opens(path, kAlex, kAlexPassword));
        QVERIFY(!leftovers(path));
        QCOMPARE(count(path, "SELECT count(*) FROM audit_log WHERE operation = 'casebook.rekeyed'"), 0);
    }

    void stoppedAfterPublishingIsFinishedAtSignIn()
    {
        const auto path = makeCasebook();
        {
            auto cb = Casebook::open(path, test::kUser, test::kPassword);
            QVERIFY(cb);
            StopAt stop("rekey.published");
            QVERIFY_THROWS_EXCEPTION(Crash, (void)(*cb)->rekey("stopped"));
        }
        QCOMPARE(keyfile::pendingFiles(Casebook::keyFilePath(path)).size(), std::size_t(1));
        QVERIFY(Casebook::probe(path)); // the pending key file names the new casebook
        QVERIFY(opens(path, kSam, kSamPassword));
        QVERIFY(!leftovers(path));
        QVERIFY(opens(path, kAlex, kAlexPassword));
        QCOMPARE(count(path, "SELECT count(*) FROM audit_log WHERE operation = 'casebook.rekeyed'"), 1);
        auto cb = Casebook::open(path, test::kUser, test::kPassword);
        QVERIFY(cb);
        auto verified = (*cb)->verify();
        QVERIFY(verified);
        QVERIFY2(verified->ok(), verified->anchor.detail.c_str());
    }

    // A key file of format 1 (the database key wrapped under the password itself, from an
    // older Waymark) still opens; a rekey cannot seal to such a slot and waits until its user
    // sets a password, which writes a format-2 slot.
    void formatOneSlotsOpenAndRekeyWaitsForANewPassword()
    {
        const auto path = m_dir.file("format1-" + std::to_string(++m_run) + ".waymark");
        const std::filesystem::path fixtures(WAYMARK_FIXTURE_DIR);
        std::filesystem::copy_file(fixtures / "schema2.waymark", path);
        std::filesystem::copy_file(fixtures / "schema2.waymark.keys", Casebook::keyFilePath(path));
        QCOMPARE(Keyring::load(Casebook::keyFilePath(path))->passwordOnlySlotCount(), std::size_t(1));
        auto cb = Casebook::open(path, "coord", "fixture-passphrase-2026");
        QVERIFY2(cb, cb ? "" : cb.error().detail.c_str());
        auto refused = (*cb)->rekey("too early");
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QCOMPARE(refused.error().rule, std::string("old_slots"));
        QVERIFY(!leftovers(path));
        constexpr const char* kNew = "quiet heron over the limestone weir";
        auto changed = (*cb)->users().changeOwnPassword("fixture-passphrase-2026", kNew);
        QVERIFY2(changed, changed ? "" : changed.error().detail.c_str());
        QCOMPARE(Keyring::load(Casebook::keyFilePath(path))->passwordOnlySlotCount(), std::size_t(0));
        auto rekeyed = (*cb)->rekey("after the new password");
        QVERIFY2(rekeyed, rekeyed ? "" : rekeyed.error().detail.c_str());
        cb->reset();
        QVERIFY(opens(path, "coord", kNew));
    }
};

QTEST_GUILESS_MAIN(TestRekey)
#include "TestRekey.moc"
