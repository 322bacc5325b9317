#include "core/security/Keyring.h"
#include "core/security/SecureBytes.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace waymark;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    // A casebook as Waymark's first schema (v1) wrote it: no search index yet.
    static void writeV1Fixture(const std::filesystem::path& path)
    {
        SecureBytes key(Keyring::kKeySize);
        for (std::size_t i = 0; i < key.size(); ++i)
            key.data()[i] = static_cast<std::uint8_t>(0x30 + i);
        Keyring keyring = Keyring::createNew();
        QVERIFY(keyring.setSlot(test::kUser, test::kPassword, key, kdfParamsMinimum()));
        QVERIFY(keyring.save(Casebook::keyFilePath(path)));
        auto db = Database::open(path, key, true);
        QVERIFY(db);
        QVERIFY(migrate(**db, 1));
        QCOMPARE(schemaVersion(**db), 1);
        QVERIFY((*db)->exec(R"sql(
INSERT INTO meta (key, value) VALUES ('site_id', '00112233aabbccdd'), ('device_prefix', 'FXT'),
    ('division', 'scotland'), ('created_at', '2026-01-05T09:00:00.000Z'), ('kdf', 'minimum'), ('demo', '0');
INSERT INTO users (id, username, display_name, role, created_at, updated_hlc)
    VALUES (x'0190000000007000800000000000aa01', 'coord', 'Fixture Coordinator', 'coordinator',
            '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z-0000-00112233aabbccdd');
INSERT INTO people (id, case_reference, given_name, family_name, preferred_name, date_of_birth, family_key, given_key,
                    created_at, updated_hlc)
    VALUES (x'0190000000007000800000000000bb01', 'WM-FXT-2026-00001', 'Eilidh', 'Fixtureson', 'Ellie', '2012-03-04',
            'fixtureson', 'eilidh', '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z-0001-00112233aabbccdd');
INSERT INTO person_aliases (id, person_id, alias, updated_hlc)
    VALUES (x'0190000000007000800000000000cc01', x'0190000000007000800000000000bb01', 'Ellie Mac',
            '2026-01-05T09:00:00.000Z-0001-00112233aabbccdd');
)sql"));
    }

private slots:
    void upgradesV1Fixture()
    {
        test::TempDir dir;
        const auto path = dir.file("v1.waymark");
        writeV1Fixture(path);
        auto cb = Casebook::open(path, test::kUser, test::kPassword);
        QVERIFY2(cb, cb ? "" : describe(cb.error()).c_str());
        QCOMPARE((*cb)->info().schemaVersion, kSchemaVersion);
        QCOMPARE((*cb)->info().division, std::string("scotland"));
        for (const char* q : {"eilidh", "Ellie", "fixt", "mac", "WM-FXT-2026-00001", "04/03/2012"}) {
            auto found = (*cb)->people().search(q);
            QVERIFY(found);
            QVERIFY2(found->size() == 1, q);
        }
        // New records continue the schema's conventions after the upgrade.
        QVERIFY((*cb)->people().create(test::samplePerson(1)));
        QCOMPARE((*cb)->people().count().value(), std::int64_t(2));
        qInfo("v1 fixture upgraded to v%d; old record found by name, preferred name, alias, reference and DOB",
              kSchemaVersion);
    }

    void refusesNewerUntouched()
    {
        test::TempDir dir;
        const auto path = dir.file("new.waymark");
        {
            auto cb = test::makeCasebook(path);
            QVERIFY(cb);
            QVERIFY(cb->database().exec("PRAGMA user_version = " + std::to_string(kSchemaVersion + 1)));
        }
        const QByteArray before = test::sha256(path);
        auto r = Casebook::open(path, test::kUser, test::kPassword);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::TooNew);
        QCOMPARE(test::sha256(path), before);
        qInfo("schema v%d casebook refused with too_new; file unchanged", kSchemaVersion + 1);
    }

    void migrationStepsAreTransactional()
    {
        test::TempDir dir;
        const auto path = dir.file("t.waymark");
        SecureBytes key(Keyring::kKeySize);
        auto db = Database::open(path, key, true);
        QVERIFY(db);
        QVERIFY(migrate(**db, 1));
        // A clashing object makes step 2 fail part-way: nothing of it may remain.
        QVERIFY((*db)->exec("CREATE TABLE person_search (x)"));
        auto st = migrate(**db);
        QVERIFY(!st);
        QCOMPARE(schemaVersion(**db), 1);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
