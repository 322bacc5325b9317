#include "core/security/Keyring.h"
#include "core/security/PasswordPolicy.h"
#include "core/security/SecureBytes.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include <chrono>

using namespace waymark;

class TestKeyring : public QObject
{
    Q_OBJECT

private slots:
    void slotRoundTripAndWrongPassword()
    {
        test::TempDir dir;
        const auto path = dir.file("k.keys");
        SecureBytes key(Keyring::kKeySize);
        for (std::size_t i = 0; i < key.size(); ++i)
            key.data()[i] = static_cast<std::uint8_t>(i * 7 + 1);
        Keyring k = Keyring::createNew();
        QVERIFY(k.setSlot("alice", "alice's long password", key, kdfParamsMinimum()));
        QVERIFY(k.save(path));
        QVERIFY(!test::readFile(path).contains("alice"));

        auto loaded = Keyring::load(path);
        QVERIFY2(loaded, loaded ? "" : describe(loaded.error()).c_str());
        auto unlocked = loaded->unlock("alice", "alice's long password");
        QVERIFY(unlocked);
        QVERIFY(std::equal(key.data(), key.data() + key.size(), (*unlocked)->data()));
        auto wrong = loaded->unlock("alice", "not the password");
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongCredentials);
        auto unknown = loaded->unlock("bob", "alice's long password");
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::WrongCredentials);
    }

    void lifecycle()
    {
        SecureBytes key(Keyring::kKeySize);
        key.data()[0] = 42;
        Keyring k = Keyring::createNew();
        QVERIFY(k.setSlot("alice", "first password here", key, kdfParamsMinimum()));
        QVERIFY(k.setSlot("bob", "bob's own password", key, kdfParamsMinimum()));
        QCOMPARE(k.slotCount(), std::size_t(2));
        // Changing a password rewrites one slot: the old password stops working.
        QVERIFY(k.setSlot("alice", "second password here", key, kdfParamsMinimum()));
        QCOMPARE(k.slotCount(), std::size_t(2));
        QVERIFY(!k.unlock("alice", "first password here"));
        QVERIFY(k.unlock("alice", "second password here"));
        QVERIFY(k.unlock("bob", "bob's own password"));
        QVERIFY(k.removeSlot("bob"));
        QVERIFY(!k.unlock("bob", "bob's own password"));
        QCOMPARE(k.slotCount(), std::size_t(1));
        qInfo("checked: add, change (old password refused), remove");
    }

    void damagedFileIsDamagedNotWrongPassword()
    {
        test::TempDir dir;
        const auto path = dir.file("k.keys");
        SecureBytes key(Keyring::kKeySize);
        Keyring k = Keyring::createNew();
        QVERIFY(k.setSlot("alice", "alice's long password", key, kdfParamsMinimum()));
        QVERIFY(k.save(path));
        const QByteArray good = test::readFile(path);
        int damaged = 0;
        for (int i = 0; i < good.size(); i += 3) {
            QByteArray bad = good;
            bad[i] = static_cast<char>(bad[i] ^ 0x04);
            test::writeFile(path, bad);
            auto r = Keyring::load(path);
            QVERIFY2(!r, qPrintable(QStringLiteral("byte %1 flipped but the key file loaded").arg(i)));
            QCOMPARE(r.error().code, ErrorCode::Damaged);
            ++damaged;
        }
        test::writeFile(path, good.left(good.size() / 2));
        auto truncated = Keyring::load(path);
        QVERIFY(!truncated);
        QCOMPARE(truncated.error().code, ErrorCode::Damaged);
        qInfo("key file: %d single-byte flips + truncation, all reported as damaged", damaged);
    }

    void kdfParametersAndTiming()
    {
        const auto standard = kdfParamsStandard();
        const auto minimum = kdfParamsMinimum();
        QVERIFY(minimum.memlimit >= 19u * 1024 * 1024 && minimum.opslimit >= 2);
        QVERIFY(standard.memlimit >= minimum.memlimit && standard.opslimit >= minimum.opslimit);
        SecureBytes key(Keyring::kKeySize);
        Keyring k = Keyring::createNew();
        QVERIFY(k.setSlot("alice", "alice's long password", key, standard));
        const auto t0 = std::chrono::steady_clock::now();
        QVERIFY(k.unlock("alice", "alice's long password"));
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0);
        qInfo("Argon2id standard: t=%llu, m=%zu MiB; unlock took %lld ms (figure, not asserted)",
              static_cast<unsigned long long>(standard.opslimit), standard.memlimit / (1024 * 1024),
              static_cast<long long>(ms.count()));
    }

    void keyBufferIsWiped()
    {
        SecureBytes key(32);
        for (std::size_t i = 0; i < key.size(); ++i)
            key.data()[i] = 0xAB;
        QVERIFY(!key.isZero());
        key.wipe();
        QVERIFY(key.isZero());
    }

    void passwordPolicy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("11 characters") << "plum kettle" << false;
        QTest::newRow("12 characters") << "plum kettle!" << true;
        QTest::newRow("12 characters, guessable") << "Summer2026!!" << false;
        QTest::newRow("three words") << "wrong horse battery" << true;
        QTest::newRow("12 characters, accented") << QString::fromUtf8("ŵŷâêîôûŵŷâêî") << true;
        QTest::newRow("no composition rules") << "all lower case words" << true;
        QTest::newRow("64 characters") << "a long sentence about the river and the old mill by the bridge." +
                                              QString(QLatin1Char('x'))
                                       << true;
        QTest::newRow("300 characters") << QString(300, QLatin1Char('y')) << false;
        QTest::newRow("common password") << "password1234" << false;
        QTest::newRow("common password, other case") << "PassWord1234" << false;
        QTest::newRow("contains user name") << "my name is alice ok" << false;
        QTest::newRow("user name with punctuation") << "coordinator-sam99" << false;
        // Found by an outside review: each was accepted by the length-only policy.
        QTest::newRow("one letter repeated") << "aaaaaaaaaaaa" << false;
        QTest::newRow("twelve spaces") << "            " << false;
        QTest::newRow("Password123!") << "Password123!" << false;
        QTest::newRow("Welcome2024!") << "Welcome2024!" << false;
        QTest::newRow("product name and year") << "Waymark2026!" << false;
        QTest::newRow("the field's words") << "youthjustice1" << false;
        QTest::newRow("a keyboard walk") << "qwertyuiop123" << false;
    }

    void passwordPolicy()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        const auto st = checkNewPassword(
            password.toStdString(), password.startsWith(QLatin1String("coordinator")) ? "coordinator-sam" : "alice");
        QCOMPARE(st.has_value(), accepted);
        if (!accepted) {
            QCOMPARE(QString::fromStdString(st.error().field), QStringLiteral("password"));
            QVERIFY(!st.error().rule.empty());
        }
    }

    // A short user name is not a substring test: "a.b" must not refuse every sentence with
    // "ab" in it. The user's own names still count against the estimate.
    void passwordPolicyShortUserName()
    {
        QVERIFY(checkNewPassword("grab a cab now please", "a.b").has_value());
        const auto own = checkNewPassword("Tegwen Pritchard 1", "t.pritchard", "Tegwen Pritchard");
        QVERIFY(!own.has_value());
        QCOMPARE(QString::fromStdString(own.error().rule), QStringLiteral("guessable"));
        // The same shape with words that are not the user's passes.
        QVERIFY(checkNewPassword("Heron Sandstone 1", "t.pritchard", "Tegwen Pritchard").has_value());
    }

    void passwordStrengthBands()
    {
        const auto words = passwordContextWords("alice");
        const auto weak = passwordStrength("Password123!", words);
        const auto strong = passwordStrength("a brand new long passphrase 42", words);
        qInfo("bits: 'Password123!' %.1f, a 30-character sentence %.1f (minimum %.0f)", weak.bits, strong.bits,
              kMinPasswordBits);
        QVERIFY(!weak.acceptable);
        QVERIFY(weak.score <= 1);
        QVERIFY(strong.acceptable);
        QCOMPARE(strong.score, 4);
        QCOMPARE(passwordStrength("", words).score, 0);
    }
};

QTEST_GUILESS_MAIN(TestKeyring)
#include "TestKeyring.moc"
