// A slot change (user add, password change or reset, user remove) and its audit row land
// together or not at all, whatever moment the process stops at (core/KeyFileChange.h). Each
// failure point is reached by a test hook that throws there, as a crash would stop the work:
// before the commit (the transaction rolls back, the staged key file is left behind) and
// after the commit (the new key file is left pending, not yet in place).

#include "tests/support/TestSupport.h"

#include "core/Casebook.h"
#include "core/KeyFileChange.h"
#include "core/security/Keyring.h"

#include <QTest>

#include <filesystem>
#include <stdexcept>

using namespace waymark;

namespace {

constexpr const char* kSam = "sam";
constexpr const char* kSamOld = "old heron sandstone";
constexpr const char* kSamNew = "new kestrel limestone";

struct Crash : std::runtime_error
{
    Crash()
        : std::runtime_error("stopped here")
    {}
};

// Throws at `step` (once) for the duration of the scope.
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
    return Casebook::open(path, user, password).has_value();
}

std::int64_t auditCount(const std::filesystem::path& path, const std::string& operation)
{
    auto cb = Casebook::open(path, test::kUser, test::kPassword);
    if (!cb)
        qFatal("coordinator cannot open: %s", cb.error().detail.c_str());
    return test::scalar(**cb, "SELECT count(*) FROM audit_log WHERE operation = '" + operation + "'");
}

} // namespace

class TestKeyFileChange : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    int m_run = 0;

    // A casebook with coordinator coord and caseworker sam (old password).
    std::filesystem::path makeWithSam()
    {
        const auto path = m_dir.file("slots-" + std::to_string(++m_run) + ".waymark");
        auto cb = test::makeCasebook(path);
        if (!cb || !cb->users().add(kSam, kSamOld, Role::Caseworker, "Sam Tester"))
            qFatal("setup failed");
        return path;
    }

private Q_SLOTS:
    void resetStoppedBeforeCommitChangesNothing()
    {
        const auto path = makeWithSam();
        {
            auto cb = Casebook::open(path, test::kUser, test::kPassword);
            QVERIFY(cb);
            StopAt stop("staged");
            QVERIFY_THROWS_EXCEPTION(Crash, (void)(*cb)->users().resetPassword(kSam, kSamNew));
        }
        QVERIFY(!keyfile::pendingFiles(Casebook::keyFilePath(path)).empty()); // what a crash leaves
        QVERIFY(opens(path, kSam, kSamOld));
        QVERIFY(!opens(path, kSam, kSamNew));
        QCOMPARE(auditCount(path, "user.password_reset"), 0);
        QVERIFY(keyfile::pendingFiles(Casebook::keyFilePath(path)).empty()); // cleared at sign-in
        qInfo("stopped before the commit: old password works, new does not, no audit row, leftover cleared");
    }

    void resetStoppedAfterCommitIsFinished()
    {
        const auto path = makeWithSam();
        {
            auto cb = Casebook::open(path, test::kUser, test::kPassword);
            QVERIFY(cb);
            StopAt stop("committed");
            QVERIFY_THROWS_EXCEPTION(Crash, (void)(*cb)->users().resetPassword(kSam, kSamNew));
        }
        QCOMPARE(keyfile::pendingFiles(Casebook::keyFilePath(path)).size(), std::size_t(1));
        // The reset happened (it is audited), so the old password must not come back, even
        // as the very first sign-in after the crash, before anything else finished the change.
        QVERIFY(!opens(path, kSam, kSamOld));
        QVERIFY(opens(path, kSam, kSamNew));
        QVERIFY(keyfile::pendingFiles(Casebook::keyFilePath(path)).empty());
        QCOMPARE(auditCount(path, "user.password_reset"), 1);
        qInfo("stopped after the commit: the reset is audited and finished at the next sign-in; old password refused");
    }

    void newPasswordOpensBeforeThePendingFileIsInPlace()
    {
        const auto path = makeWithSam();
        {
            auto cb = Casebook::open(path, kSam, kSamOld);
            QVERIFY(cb);
            StopAt stop("committed");
            QVERIFY_THROWS_EXCEPTION(Crash, (void)(*cb)->users().changeOwnPassword(kSamOld, kSamNew));
        }
        QVERIFY(opens(path, kSam, kSamNew)); // opened through the pending key file, which is then put in place
        QVERIFY(!opens(path, kSam, kSamOld));
        QCOMPARE(auditCount(path, "user.password_changed"), 1);
    }

    void addAndRemoveStoppedAtEachPoint_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("step");
        for (const char* op : {"add", "remove"})
            for (const char* step : {"staged", "committed"})
                QTest::newRow((std::string(op) + " " + step).c_str()) << op << step;
    }

    void addAndRemoveStoppedAtEachPoint()
    {
        QFETCH(QString, operation);
        QFETCH(QString, step);
        const auto path = makeWithSam();
        {
            auto cb = Casebook::open(path, test::kUser, test::kPassword);
            QVERIFY(cb);
            StopAt stop(step.toStdString());
            if (operation == QLatin1String("add"))
                QVERIFY_THROWS_EXCEPTION(
                    Crash, (void)(*cb)->users().add("robin", "quiet meadow by the weir", Role::Caseworker, "Robin"));
            else
                QVERIFY_THROWS_EXCEPTION(Crash, (void)(*cb)->users().remove(kSam));
        }
        const bool committed = step == QLatin1String("committed");
        if (operation == QLatin1String("add")) {
            QCOMPARE(opens(path, "robin", "quiet meadow by the weir"), committed);
            QCOMPARE(auditCount(path, "user.added"), committed ? 3 : 2); // coord and sam were added before
        } else {
            QCOMPARE(opens(path, kSam, kSamOld), !committed);
            QCOMPARE(auditCount(path, "user.removed"), committed ? 1 : 0);
        }
        QVERIFY(keyfile::pendingFiles(Casebook::keyFilePath(path)).empty());
        QVERIFY(opens(path, test::kUser, test::kPassword)); // nobody else locked out
    }

    // The gap an outside review found: a removal committed, its key file not yet written, and
    // a reset of another account in that gap. Both must hold afterwards.
    void resetInTheGapAfterARemovalKeepsBoth()
    {
        const auto path = makeWithSam();
        {
            auto cb = Casebook::open(path, test::kUser, test::kPassword);
            QVERIFY(cb);
            QVERIFY((*cb)->users().add("robin", "quiet meadow by the weir", Role::Caseworker, "Robin"));
            {
                StopAt stop("committed");
                QVERIFY_THROWS_EXCEPTION(Crash, (void)(*cb)->users().remove(kSam));
            }
            auto other = (*cb)->openAnotherConnection();
            QVERIFY(other);
            QVERIFY((*other)->users().resetPassword("robin", "new orchard gate at dusk"));
        }
        QVERIFY(!opens(path, kSam, kSamOld));
        QVERIFY(opens(path, "robin", "new orchard gate at dusk"));
        QVERIFY(!opens(path, "robin", "quiet meadow by the weir"));
    }

    void anOldKeyFilePutBackIsRefused()
    {
        const auto path = makeWithSam();
        const auto keys = Casebook::keyFilePath(path);
        const auto saved = m_dir.file("old-" + std::to_string(m_run) + ".keys");
        std::filesystem::copy_file(keys, saved);
        {
            auto cb = Casebook::open(path, test::kUser, test::kPassword);
            QVERIFY(cb);
            QVERIFY((*cb)->users().remove(kSam));
        }
        std::filesystem::copy_file(saved, keys, std::filesystem::copy_options::overwrite_existing);
        auto again = Casebook::open(path, kSam, kSamOld);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::KeyFileMismatch);
        QCOMPARE(QString::fromStdString(again.error().rule), QStringLiteral("generation"));
        auto coord = Casebook::open(path, test::kUser, test::kPassword);
        QVERIFY(!coord); // refused for everyone until the right key file is back
        QCOMPARE(coord.error().code, ErrorCode::KeyFileMismatch);
        qInfo("an old key file with a removed user's slot put back: refused (%s)", again.error().detail.c_str());
    }

    void aCasebookRolledBackBehindItsKeyFileIsRefused()
    {
        const auto path = makeWithSam();
        const auto saved = m_dir.file("old-" + std::to_string(m_run) + ".waymark");
        std::filesystem::copy_file(path, saved);
        {
            auto cb = Casebook::open(path, test::kUser, test::kPassword);
            QVERIFY(cb);
            QVERIFY((*cb)->users().resetPassword(kSam, kSamNew));
        }
        std::filesystem::copy_file(saved, path, std::filesystem::copy_options::overwrite_existing);
        auto again = Casebook::open(path, test::kUser, test::kPassword);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::KeyFileMismatch);
        QCOMPARE(QString::fromStdString(again.error().rule), QStringLiteral("generation"));
    }
};

QTEST_GUILESS_MAIN(TestKeyFileChange)
#include "TestKeyFileChange.moc"
