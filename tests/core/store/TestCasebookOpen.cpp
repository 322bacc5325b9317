#include "core/calendar/WorkingCalendar.h"
#include "core/platform/Process.h"
#include "core/security/SignInThrottle.h"
#include "core/store/Database.h"
#include "tests/support/TestSupport.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <thread>

#include <sys/resource.h>

using namespace waymark;

// S2 engine check, S3 wrong password vs damage, key-slot lifecycle through the door,
// failed sign-ins audited.
class TestCasebookOpen : public QObject
{
    Q_OBJECT

private slots:
    // First: opening a casebook lowers the hard limit too, which this process cannot undo.
    void noCoreDumpsOnceCryptoStarts()
    {
        // S17: whatever the shell allowed, a process that can hold an unlocked casebook
        // writes no core dump.
        rlimit allow{RLIM_INFINITY, RLIM_INFINITY};
        if (setrlimit(RLIMIT_CORE, &allow) != 0) {
            allow.rlim_cur = 4096; // within a capped hard limit
            setrlimit(RLIMIT_CORE, &allow);
        }
        rlimit before{};
        getrlimit(RLIMIT_CORE, &before);
        if (before.rlim_cur == 0)
            QSKIP("this environment forbids core dumps outright; nothing to turn off");
        test::TempDir dir;
        auto cb = test::makeCasebook(dir.file("core.waymark"));
        QVERIFY(cb);
        rlimit now{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &now), 0);
        QCOMPARE(now.rlim_cur, rlim_t(0));
        QCOMPARE(now.rlim_max, rlim_t(0));
        // And not dumpable (Linux): no core, no ptrace by the same user.
        QVERIFY(platform::processIsHardened());
        qInfo("RLIMIT_CORE before opening a casebook: %llu, after: %llu; not dumpable",
              static_cast<unsigned long long>(before.rlim_cur), static_cast<unsigned long long>(now.rlim_cur));
    }

    void engineIsSqlCipher()
    {
        const std::string v = Casebook::engineVersion();
        QVERIFY2(!v.empty(), "PRAGMA cipher_version is empty: not SQLCipher");
        QVERIFY(v.rfind("4.", 0) == 0);
        test::TempDir dir;
        auto cb = test::makeCasebook(dir.file("e.waymark"));
        QVERIFY(cb);
        QCOMPARE(cb->info().cipherVersion, v);
        for (const auto& f : {dir.file("e.waymark"), Casebook::keyFilePath(dir.file("e.waymark"))}) {
            const auto perms = std::filesystem::status(f).permissions();
            QVERIFY2((perms & (std::filesystem::perms::group_all | std::filesystem::perms::others_all)) ==
                         std::filesystem::perms::none,
                     f.c_str());
        }
        const QByteArray header = test::readFile(dir.file("e.waymark")).left(16);
        QVERIFY(!header.startsWith("SQLite format 3"));
        qInfo("SQLCipher %s on SQLite %s; file header is not plain SQLite", v.c_str(),
              cb->info().sqliteVersion.c_str());
    }

    void createRefusesExistingAndBadInput()
    {
        test::TempDir dir;
        const auto path = dir.file("c.waymark");
        QVERIFY(test::makeCasebook(path));
        CreateOptions o;
        o.kdf = KdfStrength::Minimum;
        auto again = Casebook::create(path, "second", "another long passphrase 9", o);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        auto shortPw = Casebook::create(dir.file("d.waymark"), "second", "short", o);
        QVERIFY(!shortPw);
        QCOMPARE(shortPw.error().field, std::string("password"));
        QVERIFY(!Casebook::exists(dir.file("d.waymark")));
        auto noFolder = Casebook::create(dir.file("missing/x.waymark"), "second", "another long passphrase 9", o);
        QVERIFY(!noFolder);
        QCOMPARE(noFolder.error().code, ErrorCode::NotFound);
        QCOMPARE(noFolder.error().field, std::string("path"));
        o.division = "atlantis";
        auto badDivision = Casebook::create(dir.file("e.waymark"), "second", "another long passphrase 9", o);
        QVERIFY(!badDivision);
        QCOMPARE(badDivision.error().field, std::string("division"));
    }

    void wrongPasswordLeavesFileUnchanged()
    {
        test::TempDir dir;
        const auto path = dir.file("w.waymark");
        {
            QVERIFY(test::makeCasebook(path));
        }
        const QByteArray before = test::sha256(path);
        const QByteArray keysBefore = test::sha256(Casebook::keyFilePath(path));
        const int attempts = 100;
        int wrong = 0;
        // 31 s apart, so the sign-in throttle (10 in 5 minutes, tested below) never steps in.
        auto clock = std::make_shared<FixedClock>(std::chrono::system_clock::now());
        for (int i = 0; i < attempts; ++i) {
            const std::string pw = "wrong password " + std::to_string(i);
            clock->advance(std::chrono::seconds(31));
            auto r = Casebook::open(path, i % 10 == 0 ? "nobody" : test::kUser, pw, clock);
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::WrongCredentials);
            QVERIFY(r.error().detail.find(pw) == std::string::npos);
            ++wrong;
        }
        QCOMPARE(test::sha256(path), before);
        QCOMPARE(test::sha256(Casebook::keyFilePath(path)), keysBefore);
        qInfo("%d wrong-password opens: %d reported as wrong user name or password; casebook SHA-256 unchanged",
              attempts, wrong);

        // The failures reach the audit log at the next successful unlock.
        auto cb = Casebook::open(path, test::kUser, test::kPassword, clock);
        QVERIFY(cb);
        QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM audit_log WHERE operation = 'signin.failed'"),
                 static_cast<std::int64_t>(attempts));
        // A typed name that names no account is not kept (it could be a password typed into
        // the wrong field): those failures say "unknown user name" instead.
        QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM audit_log WHERE username = 'nobody' OR detail LIKE "
                                    "'%nobody%'"),
                 std::int64_t(0));
        QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM audit_log WHERE operation = 'signin.failed' "
                                    "AND username = '' AND detail LIKE '%unknown user name%'"),
                 std::int64_t(10));
        QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM audit_log WHERE operation = 'signin.failed' "
                                    "AND username = '" +
                                        std::string(test::kUser) + "'"),
                 std::int64_t(90));
        QVERIFY(!std::filesystem::exists(path.string() + ".signins"));
        QVERIFY(!std::filesystem::exists(path.string() + ".signins.importing"));
    }

    // Attempts made at the same moment are counted like attempts made one after another:
    // each is counted, under a lock, before its password work starts.
    void throttleCountsParallelAttempts()
    {
        test::TempDir dir;
        const auto path = dir.file("p.waymark");
        QVERIFY(test::makeCasebook(path));
        auto clock = std::make_shared<FixedClock>(std::chrono::system_clock::now());
        constexpr int kThreads = 16;
        std::vector<std::thread> threads;
        std::vector<ErrorCode> codes(kThreads, ErrorCode::Internal);
        for (int i = 0; i < kThreads; ++i)
            threads.emplace_back([&, i] {
                auto r = Casebook::open(path, test::kUser, "parallel guess " + std::to_string(i), clock);
                codes[static_cast<std::size_t>(i)] = r ? ErrorCode::Internal : r.error().code;
            });
        for (auto& t : threads)
            t.join();
        const auto wrong = std::count(codes.begin(), codes.end(), ErrorCode::WrongCredentials);
        const auto throttled = std::count(codes.begin(), codes.end(), ErrorCode::Throttled);
        QCOMPARE(wrong + throttled, std::ptrdiff_t(kThreads));
        QCOMPARE(wrong, std::ptrdiff_t(SignInThrottle::kMaxFailures));
        // And the right password is refused now too.
        auto refused = Casebook::open(path, test::kUser, test::kPassword, clock);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Throttled);
        qInfo("%d parallel wrong passwords: %lld tried, %lld refused before any password work; the right "
              "password refused next",
              kThreads, static_cast<long long>(wrong), static_cast<long long>(throttled));
    }

    // An attempt that cannot be counted (a full disk; here the throttle file cannot be
    // written) is refused, even with the right password, rather than allowed uncounted.
    void uncountableAttemptIsRefused()
    {
        test::TempDir dir;
        const auto path = dir.file("u.waymark");
        QVERIFY(test::makeCasebook(path));
        std::filesystem::create_directory(path.string() + ".throttle"); // appending to it fails
        const QByteArray before = test::sha256(path);
        auto r = Casebook::open(path, test::kUser, test::kPassword);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Io);
        QCOMPARE(test::sha256(path), before);
        std::filesystem::remove(path.string() + ".throttle");
        QVERIFY(Casebook::open(path, test::kUser, test::kPassword));
    }

    void throttlesTheEleventhFailureInFiveMinutes()
    {
        // S6, with a pinned clock.
        test::TempDir dir;
        const auto path = dir.file("t.waymark");
        {
            auto cb = test::makeCasebook(path);
            QVERIFY(cb);
            QVERIFY(cb->users().add("casey", "long river walk at noon", Role::Caseworker));
        }
        auto clock = std::make_shared<FixedClock>(std::chrono::system_clock::now());
        for (int i = 0; i < 10; ++i) {
            clock->advance(std::chrono::seconds(20));
            auto r = Casebook::open(path, test::kUser, "guess number " + std::to_string(i), clock);
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::WrongCredentials);
        }
        // The 11th attempt within 5 minutes is refused, even with the right password.
        clock->advance(std::chrono::seconds(20));
        auto refused = Casebook::open(path, test::kUser, test::kPassword, clock);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Throttled);
        // Another account is not affected.
        QVERIFY(Casebook::open(path, "casey", "long river walk at noon", clock));
        // Five minutes after the first failures have aged out, the right password works again.
        clock->advance(std::chrono::minutes(5));
        auto opened = Casebook::open(path, test::kUser, test::kPassword, clock);
        QVERIFY2(opened, opened ? "" : describe(opened.error()).c_str());
        // 10 wrong passwords + 1 refused, all audited.
        QCOMPARE(test::scalar(**opened, "SELECT count(*) FROM audit_log WHERE operation = 'signin.failed' "
                                        "AND username = '" +
                                            std::string(test::kUser) + "'"),
                 std::int64_t(11));
        QCOMPARE(test::scalar(**opened, "SELECT count(*) FROM audit_log WHERE operation = 'signin.failed' "
                                        "AND detail LIKE 'refused%'"),
                 std::int64_t(1));
        QVERIFY(!test::readFile(std::filesystem::path(path.string() + ".throttle")).contains(test::kUser));
        qInfo("S6: 10 failures, the 11th attempt in 5 minutes refused (right password too), other accounts "
              "unaffected, open again after 5 minutes; 11 of 11 failures audited");
    }

    void damageIsNotWrongPassword()
    {
        test::TempDir dir;
        const auto path = dir.file("d.waymark");
        {
            auto cb = test::makeCasebook(path);
            QVERIFY(cb);
            std::vector<Person> people;
            for (int i = 0; i < 300; ++i)
                people.push_back(test::samplePerson(i));
            QVERIFY(cb->people().createMany(people));
        }
        const QByteArray good = test::readFile(path);
        QVERIFY(good.size() > 20 * 4096);
        auto* rng = QRandomGenerator::global();
        const int flips = 60;
        int damaged = 0;
        for (int i = 0; i < flips; ++i) {
            QByteArray bad = good;
            const int offset = i == 0 ? 0 : static_cast<int>(rng->bounded(good.size()));
            bad[offset] = static_cast<char>(bad[offset] ^ (1 << rng->bounded(8)));
            test::writeFile(path, bad);
            auto cb = Casebook::open(path, test::kUser, test::kPassword);
            bool reported = false;
            if (!cb) {
                QVERIFY2(cb.error().code != ErrorCode::WrongCredentials,
                         qPrintable(QStringLiteral("flip at %1 reported as wrong password").arg(offset)));
                QCOMPARE(cb.error().code, ErrorCode::Damaged);
                reported = true;
            } else {
                // Opened: page 1 was fine; the integrity check must find the flipped page.
                auto report = (*cb)->verify();
                if (!report) {
                    QCOMPARE(report.error().code, ErrorCode::Damaged);
                    reported = true;
                } else {
                    reported = !report->integrityOk;
                }
            }
            QVERIFY2(reported, qPrintable(QStringLiteral("flip at offset %1 was read silently").arg(offset)));
            ++damaged;
        }
        test::writeFile(path, good);
        QVERIFY(Casebook::open(path, test::kUser, test::kPassword));
        qInfo("%d random byte flips: %d reported as damaged, 0 as wrong password, 0 read silently", flips, damaged);
    }

    void missingOrDamagedKeyFile()
    {
        test::TempDir dir;
        const auto path = dir.file("k.waymark");
        {
            QVERIFY(test::makeCasebook(path));
        }
        const auto keys = Casebook::keyFilePath(path);
        const QByteArray good = test::readFile(keys);
        QByteArray bad = good;
        bad[good.size() / 2] = static_cast<char>(bad[good.size() / 2] ^ 0x20);
        test::writeFile(keys, bad);
        auto r = Casebook::open(path, test::kUser, test::kPassword);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Damaged);
        std::filesystem::remove(keys);
        r = Casebook::open(path, test::kUser, test::kPassword);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::KeyFileMissing); // its own message, not "damaged"
        test::writeFile(keys, good);
        QVERIFY(Casebook::open(path, test::kUser, test::kPassword));
    }

    void userLifecycleThroughTheDoor()
    {
        test::TempDir dir;
        const auto path = dir.file("u.waymark");
        {
            auto cb = test::makeCasebook(path);
            QVERIFY(cb);
            auto added = cb->users().add("Bethan", "her first long passphrase", Role::Caseworker, "Bethan Example");
            QVERIFY2(added, added ? "" : describe(added.error()).c_str());
            QCOMPARE(added->username, std::string("bethan"));
            auto dup = cb->users().add("bethan", "another long passphrase 9", Role::Caseworker);
            QVERIFY(!dup);
            QCOMPARE(dup.error().code, ErrorCode::AlreadyExists);
            auto weak = cb->users().add("gwen", "short", Role::Caseworker);
            QVERIFY(!weak);
            QCOMPARE(weak.error().field, std::string("password"));
            QCOMPARE(cb->users().list()->size(), std::size_t(2));
        }
        {
            auto cb = Casebook::open(path, "bethan", "her first long passphrase");
            QVERIFY(cb);
            QCOMPARE((*cb)->user().role, Role::Caseworker);
            auto wrongCurrent = (*cb)->users().changeOwnPassword("not it", "her second long passphrase");
            QVERIFY(!wrongCurrent);
            QCOMPARE(wrongCurrent.error().code, ErrorCode::WrongCredentials);
            QVERIFY((*cb)->users().changeOwnPassword("her first long passphrase", "her second long passphrase"));
        }
        QVERIFY(!Casebook::open(path, "bethan", "her first long passphrase"));
        QVERIFY(Casebook::open(path, "bethan", "her second long passphrase"));
        {
            auto cb = Casebook::open(path, test::kUser, test::kPassword);
            QVERIFY(cb);
            QVERIFY((*cb)->users().resetPassword("bethan", "reset by coordinator"));
            QVERIFY(Casebook::open(path, "bethan", "reset by coordinator"));
            auto self = (*cb)->users().remove(test::kUser);
            QVERIFY(!self);
            QVERIFY((*cb)->users().remove("bethan"));
        }
        auto removed = Casebook::open(path, "bethan", "reset by coordinator");
        QVERIFY(!removed);
        QCOMPARE(removed.error().code, ErrorCode::WrongCredentials);
        qInfo("checked: add, duplicate refused, weak refused, change own (old refused), reset, remove");
    }

    // After a coordinator resets a password, the user is asked for their own at next sign-in
    // (Users::mustChangePassword); choosing one clears it. The mark lands with the reset.
    void resetAsksForANewPasswordAtNextSignIn()
    {
        test::TempDir dir;
        const auto path = dir.file("m.waymark");
        {
            auto cb = test::makeCasebook(path);
            QVERIFY(cb);
            QVERIFY(cb->users().add("ffion", "her own quiet harbour", Role::Caseworker));
            QCOMPARE(cb->users().mustChangePassword().value(), false);
        }
        {
            auto cb = Casebook::open(path, "ffion", "her own quiet harbour");
            QVERIFY(cb);
            QCOMPARE((*cb)->users().mustChangePassword().value(), false); // added: their own
        }
        {
            auto cb = Casebook::open(path, test::kUser, test::kPassword);
            QVERIFY(cb);
            QVERIFY((*cb)->users().resetPassword("ffion", "temporary lantern meadow"));
            QCOMPARE((*cb)->users().mustChangePassword().value(), false); // the coordinator's own: not marked
        }
        {
            auto cb = Casebook::open(path, "ffion", "temporary lantern meadow");
            QVERIFY(cb);
            QCOMPARE((*cb)->users().mustChangePassword().value(), true);
        }
        {
            auto cb = Casebook::open(path, "ffion", "temporary lantern meadow");
            QVERIFY(cb);
            QCOMPARE((*cb)->users().mustChangePassword().value(), true); // still, until changed
            auto wrong = (*cb)->users().changeOwnPassword("not the temporary one", "her second quiet harbour");
            QVERIFY(!wrong);
            QCOMPARE((*cb)->users().mustChangePassword().value(), true); // a failed change clears nothing
            QVERIFY((*cb)->users().changeOwnPassword("temporary lantern meadow", "her second quiet harbour"));
            QCOMPARE((*cb)->users().mustChangePassword().value(), false);
        }
        auto cb = Casebook::open(path, "ffion", "her second quiet harbour");
        QVERIFY(cb);
        QCOMPARE((*cb)->users().mustChangePassword().value(), false);
    }

    void calendarSettingsAreCasebookLevel()
    {
        test::TempDir dir;
        const auto path = dir.file("cal.waymark");
        {
            CreateOptions o;
            o.kdf = KdfStrength::Minimum;
            o.division = "scotland";
            auto cb = Casebook::create(path, test::kUser, test::kPassword, o);
            QVERIFY(cb);
            auto settings = (*cb)->calendarSettings();
            QVERIFY(settings);
            QCOMPARE(settings->division, Division::Scotland);
            QVERIFY(settings->closureDays.empty());
            settings->closureDays = {Date::fromYmd(2026, 8, 14).value()};
            settings->annualClosures = {AnnualClosure{12, 27, 12, 31}};
            QVERIFY((*cb)->setCalendarSettings(*settings));
            QVERIFY((*cb)->users().add("casey", "long river walk at noon", Role::Caseworker));
        }
        auto cb = Casebook::open(path, test::kUser, test::kPassword);
        QVERIFY(cb);
        auto settings = (*cb)->calendarSettings();
        QVERIFY(settings);
        QCOMPARE(settings->division, Division::Scotland);
        QCOMPARE(settings->closureDays.size(), std::size_t(1));
        QCOMPARE(settings->annualClosures.size(), std::size_t(1));
        const WorkingCalendar calendar(*settings);
        QVERIFY(!calendar.isWorkingDay(Date::fromYmd(2026, 8, 14).value()));  // scheme closure (a Friday)
        QVERIFY(!calendar.isWorkingDay(Date::fromYmd(2027, 12, 29).value())); // annual closure
        QVERIFY(!calendar.isWorkingDay(Date::fromYmd(2026, 8, 3).value()));   // Scottish summer holiday
        QVERIFY(calendar.isWorkingDay(Date::fromYmd(2026, 8, 31).value()));   // E&W only
        auto worker = Casebook::open(path, "casey", "long river walk at noon");
        QVERIFY(worker);
        auto refused = (*worker)->setCalendarSettings(*settings);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        qInfo("division + closure days stored in the casebook, reread after reopening, applied; caseworker refused");
    }

    void anotherConnectionSharesData()
    {
        test::TempDir dir;
        auto cb = test::makeCasebook(dir.file("a.waymark"));
        QVERIFY(cb);
        auto second = cb->openAnotherConnection();
        QVERIFY(second);
        QVERIFY((*second)->people().create(test::samplePerson(3)));
        QCOMPARE(cb->people().count().value(), std::int64_t(1));
    }

    void pageCheckOverflowReportsAreRecognised()
    {
        // SQLCipher's page check wraps its file offsets at 4 GiB: with 4,096-byte pages, page
        // 1,048,577 is the first past 4 GiB. Those reports are dropped; real ones are kept.
        QVERIFY(Database::isPageCheckOverflowReport("HMAC verification failed for page 1048577", 4096));
        QVERIFY(Database::isPageCheckOverflowReport("HMAC verification failed for page 2000000", 4096));
        QVERIFY(!Database::isPageCheckOverflowReport("HMAC verification failed for page 1048576", 4096));
        QVERIFY(!Database::isPageCheckOverflowReport("HMAC verification failed for page 7", 4096));
        QVERIFY(Database::isPageCheckOverflowReport("HMAC verification failed for page 524289", 8192));
        QVERIFY(!Database::isPageCheckOverflowReport("HMAC operation failed for page 2000000", 4096));
        QVERIFY(!Database::isPageCheckOverflowReport("HMAC verification failed for page 20x", 4096));
        QVERIFY(!Database::isPageCheckOverflowReport("HMAC verification failed for page 2000000", 0));
    }
};

QTEST_GUILESS_MAIN(TestCasebookOpen)
#include "TestCasebookOpen.moc"
