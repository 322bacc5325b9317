// Odd files where a casebook should be: each gets its own error, decided before any password
// work where the files alone can tell, and a failed sign-in never writes the casebook.

#include "core/CasebookFiles.h"
#include "core/security/Keyring.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QTest>

#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

using namespace waymark;
namespace fs = std::filesystem;

namespace {

constexpr const char* kOtherPassword = "another long passphrase 99";

struct Snapshot
{
    bool exists = false;
    QByteArray bytes;
    std::int64_t mtimeNs = 0;
    std::uintmax_t size = 0;
};

Snapshot snapshot(const fs::path& p)
{
    Snapshot s;
    struct stat info
    {};
    if (::stat(p.c_str(), &info) != 0)
        return s;
    s.exists = true;
    s.mtimeNs = static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
    s.size = static_cast<std::uintmax_t>(info.st_size);
    if (S_ISREG(info.st_mode))
        s.bytes = test::readFile(p);
    return s;
}

bool same(const Snapshot& a, const Snapshot& b)
{
    return a.exists == b.exists && a.bytes == b.bytes && a.mtimeNs == b.mtimeNs && a.size == b.size;
}

} // namespace

class TestOddFiles : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    fs::path m_donor; // a real casebook whose key file is copied beside odd files
    fs::path m_donorKeys;

    // Opens `path` with the donor's password and with a wrong one; expects `code` (and `rule`
    // when given) both times, never WrongCredentials, and the casebook file, its key file
    // and its folder's WAL/SHM untouched.
    void expectRefusedUntouched(const fs::path& path, ErrorCode code, const std::string& rule = {})
    {
        const fs::path keys = Casebook::keyFilePath(path);
        const Snapshot before = snapshot(path);
        const Snapshot keysBefore = snapshot(keys);
        auto probed = Casebook::probe(path);
        QVERIFY(!probed);
        QCOMPARE(errorCodeName(probed.error().code), errorCodeName(code));
        if (!rule.empty())
            QCOMPARE(probed.error().rule, rule);
        for (const char* password : {test::kPassword, "not the password at all"}) {
            auto opened = Casebook::open(path, test::kUser, password);
            QVERIFY(!opened);
            QCOMPARE(errorCodeName(opened.error().code), errorCodeName(code));
            if (!rule.empty())
                QCOMPARE(opened.error().rule, rule);
            QVERIFY(same(snapshot(path), before));
            QVERIFY(same(snapshot(keys), keysBefore));
            for (const char* suffix : {"-wal", "-shm", "-journal", ".signins"}) {
                fs::path companion = path;
                companion += suffix;
                QVERIFY2(!fs::exists(companion), companion.c_str());
            }
        }
    }

    fs::path withDonorKeys(const std::string& name)
    {
        const fs::path p = m_dir.file(name);
        fs::copy_file(m_donorKeys, Casebook::keyFilePath(p), fs::copy_options::overwrite_existing);
        return p;
    }

private slots:
    void initTestCase()
    {
        m_donor = m_dir.file("donor.waymark");
        QVERIFY(test::makeCasebook(m_donor));
        m_donorKeys = Casebook::keyFilePath(m_donor);
        auto keyring = Keyring::load(m_donorKeys);
        QVERIFY(keyring);
        QVERIFY(keyring->databaseSalt().has_value()); // new key files name their casebook
        QCOMPARE(*keyring->databaseSalt(), *files::fileSalt(m_donor));
    }

    void zeroLengthFile()
    {
        const fs::path p = withDonorKeys("empty.waymark");
        test::writeFile(p, {});
        expectRefusedUntouched(p, ErrorCode::NotACasebook, "empty");
        QCOMPARE(fs::file_size(p), std::uintmax_t(0)); // no schema written into it (was 0 -> 102,400)
        fs::remove(Casebook::keyFilePath(p));
        expectRefusedUntouched(p, ErrorCode::NotACasebook, "empty");
    }

    void directory()
    {
        const fs::path p = withDonorKeys("folder.waymark");
        fs::create_directory(p);
        expectRefusedUntouched(p, ErrorCode::NotACasebook, "directory");
    }

    void devNull() { expectRefusedUntouched("/dev/null", ErrorCode::NotACasebook, "not_a_file"); }

    void textFile()
    {
        const fs::path p = withDonorKeys("notes.waymark");
        test::writeFile(p, "Shopping list\nmilk\nbread\n");
        expectRefusedUntouched(p, ErrorCode::NotACasebook, "wrong_size");
        // A text file that happens to be a whole number of pages: its first bytes are not
        // the salt the key file names.
        const QByteArray page = QByteArray("Dear diary, today nothing happened. ").repeated(300).left(8192);
        test::writeFile(p, page);
        expectRefusedUntouched(p, ErrorCode::KeyFileMismatch);
        // A first sector of one repeated byte reads as damage (a bad disk), not as a stranger.
        test::writeFile(p, QByteArray(8192, 'a'));
        expectRefusedUntouched(p, ErrorCode::Damaged);
    }

    void plainSqlite()
    {
        const fs::path p = withDonorKeys("plain.waymark");
        QByteArray bytes("SQLite format 3", 16); // with its NUL
        bytes.append(QByteArray(4096 - 16, '\0'));
        test::writeFile(p, bytes);
        expectRefusedUntouched(p, ErrorCode::NotACasebook, "plain_sqlite");
    }

    void anotherCasebooksKeyFile()
    {
        const fs::path a = m_dir.file("a.waymark");
        {
            auto cb = test::makeCasebook(a, "alex", kOtherPassword);
            QVERIFY(cb);
        }
        // a's own key file replaced by the donor's: the donor's password would unwrap a key,
        // but the probe tells the pair apart before that.
        fs::copy_file(m_donorKeys, Casebook::keyFilePath(a), fs::copy_options::overwrite_existing);
        expectRefusedUntouched(a, ErrorCode::KeyFileMismatch);
        auto opened = Casebook::open(a, "alex", kOtherPassword);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::KeyFileMismatch);
    }

    void missingKeyFile()
    {
        const fs::path b = m_dir.file("b.waymark");
        {
            QVERIFY(test::makeCasebook(b));
        }
        fs::remove(Casebook::keyFilePath(b));
        expectRefusedUntouched(b, ErrorCode::KeyFileMissing);
        // A folder where the key file should be is no key file either.
        fs::create_directory(Casebook::keyFilePath(b));
        expectRefusedUntouched(b, ErrorCode::KeyFileMissing);
    }

    void nothingThere()
    {
        const fs::path p = m_dir.file("absent.waymark");
        auto probed = Casebook::probe(p);
        QVERIFY(!probed);
        QCOMPARE(probed.error().code, ErrorCode::NotFound);
        QVERIFY(!fs::exists(p));
    }

    void aGoodCasebookPassesTheProbe()
    {
        QVERIFY(Casebook::probe(m_donor).has_value());
        // A wrong password on a good casebook does not write it either.
        const Snapshot before = snapshot(m_donor);
        QVERIFY(!Casebook::open(m_donor, test::kUser, "not the password at all"));
        QVERIFY(same(snapshot(m_donor), before));
    }

    void readOnlyCasebookSaysSo()
    {
        if (::geteuid() == 0)
            QSKIP("root may write to read-only files; this needs an ordinary user");
        const fs::path p = m_dir.file("readonly.waymark");
        QVERIFY(test::makeCasebook(p));
        fs::permissions(p, fs::perms::owner_read);
        expectRefusedUntouched(p, ErrorCode::Io, "read_only");
        fs::permissions(p, fs::perms::owner_read | fs::perms::owner_write);
    }

    void ioErrorsSayWhatHappened()
    {
        const Error full = ioErrorFromErrno(ENOSPC, "writing");
        QCOMPARE(full.code, ErrorCode::Io);
        QCOMPARE(full.rule, std::string("disk_full"));
        QVERIFY(full.detail.starts_with("the disk is full"));
        const Error readOnly = ioErrorFromErrno(EROFS, "writing");
        QCOMPARE(readOnly.rule, std::string("read_only"));
        QVERIFY(readOnly.detail.find("read-only") != std::string::npos);
        QCOMPARE(ioErrorFromErrno(EACCES, "reading").rule, std::string("permission_denied"));
        QVERIFY(describe(full).find("decrypt") == std::string::npos);
    }

    // A key file from before the `database` line gains it at the next sign-in.
    void olderKeyFileGainsTheCasebookSalt()
    {
        const fs::path p = m_dir.file("older.waymark");
        QVERIFY(test::makeCasebook(p));
        const fs::path keys = Casebook::keyFilePath(p);
        // Rewrite the key file as an older Waymark wrote it: no database line, fresh checksum.
        QByteArray body;
        for (const QByteArray& line : test::readFile(keys).split('\n'))
            if (!line.isEmpty() && !line.startsWith("database ") && !line.startsWith("check "))
                body += line + '\n';
        body += "check " + QCryptographicHash::hash(body, QCryptographicHash::Blake2b_256).toHex() + '\n';
        test::writeFile(keys, body);
        auto older = Keyring::load(keys);
        QVERIFY2(older, older ? "" : describe(older.error()).c_str());
        QVERIFY(!older->databaseSalt());
        QVERIFY(Casebook::probe(p));

        QVERIFY(Casebook::open(p, test::kUser, test::kPassword));
        auto now = Keyring::load(keys);
        QVERIFY(now);
        QVERIFY(now->databaseSalt().has_value());
        QCOMPARE(*now->databaseSalt(), *files::fileSalt(p));
        // From now on a stranger's key file beside it is caught before any password.
        fs::copy_file(m_donorKeys, keys, fs::copy_options::overwrite_existing);
        QCOMPARE(Casebook::probe(p).error().code, ErrorCode::KeyFileMismatch);
    }

    // What an interrupted creation leaves behind does not stop the next attempt.
    void leftoversOfAnInterruptedCreation()
    {
        const fs::path p = m_dir.file("retry.waymark");
        const fs::path building = files::creatingPath(p);
        // Killed while building: a half-written database and key file under the temporary name.
        test::writeFile(building, QByteArray(4096, 'x'));
        test::writeFile(Casebook::keyFilePath(building), "waymark-keys 1\n");
        fs::path tmpKeys = Casebook::keyFilePath(building);
        tmpKeys += ".tmp-Ab12Cd";
        test::writeFile(tmpKeys, "partial");
        QVERIFY(test::makeCasebook(p));
        QVERIFY(!fs::exists(building));
        QVERIFY(!fs::exists(Casebook::keyFilePath(building)));
        QVERIFY(!fs::exists(tmpKeys));
        QVERIFY(Casebook::open(p, test::kUser, test::kPassword));

        // A killed demo build: Casebook::create ran on the build's own temporary name, so a
        // second level "<name>.creating.creating" (with its log and shared-memory files) is left.
        const fs::path d = m_dir.file("demo.waymark");
        const fs::path inner = files::creatingPath(files::creatingPath(d));
        fs::path innerWal = inner;
        innerWal += "-wal";
        fs::path innerShm = inner;
        innerShm += "-shm";
        fs::path innerTmpKeys = Casebook::keyFilePath(inner);
        innerTmpKeys += ".tmp-Zz98Yy";
        for (const fs::path& f : {inner, innerWal, innerShm, innerTmpKeys})
            test::writeFile(f, QByteArray(4096, 'y'));
        QVERIFY(test::makeCasebook(d));
        for (const fs::path& f : {inner, innerWal, innerShm, innerTmpKeys})
            QVERIFY2(!fs::exists(f), f.filename().c_str());
        QVERIFY(Casebook::open(d, test::kUser, test::kPassword));

        // Killed between the two renames: the key file is published, the casebook is not.
        const fs::path q = m_dir.file("between.waymark");
        QVERIFY(test::makeCasebook(q));
        fs::rename(q, files::creatingPath(q));
        QVERIFY(test::makeCasebook(q, "sam", kOtherPassword));
        QVERIFY(!fs::exists(files::creatingPath(q)));
        QVERIFY(Casebook::open(q, "sam", kOtherPassword));

        // A key file alone that is no leftover of ours is kept, and creation refuses.
        const fs::path r = withDonorKeys("stray.waymark");
        const QByteArray keysBefore = test::readFile(Casebook::keyFilePath(r));
        CreateOptions options;
        options.kdf = KdfStrength::Minimum;
        auto refused = Casebook::create(r, "sam", kOtherPassword, options);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(test::readFile(Casebook::keyFilePath(r)), keysBefore);
        QVERIFY(!fs::exists(r));
    }
};

QTEST_GUILESS_MAIN(TestOddFiles)
#include "TestOddFiles.moc"
