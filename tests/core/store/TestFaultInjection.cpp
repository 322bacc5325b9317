// Faults under a save (S12). A fault-injecting SQLite VFS, registered as the default for this
// test only, wraps the real one and fails the Nth write, sync, truncate or open; each save is
// tried with N = 1, 2, ... until it succeeds without the fault being reached. After every
// failed attempt: the caller got an I/O error with words a person can act on, the casebook
// opens again, its integrity check and audit chain pass, and it holds exactly the old data or
// exactly the new (never a mix). A full disk is a write failing with SQLITE_FULL.
//
// Power loss is covered by a second mode: the VFS keeps every write in memory until the file
// is synced, and "pulling the plug" throws those away. Reopening then must show every save
// that returned success, and nothing half-done.

#include "tests/support/TestSupport.h"

#include "core/Casebook.h"
#include "core/store/AuditLog.h"

#include <sqlite3.h>

#include <QTest>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

using namespace waymark;

namespace {

enum class Kind
{
    None,
    Write,
    Sync,
    Truncate,
    Open,
    Full, // a write refused because the disk is full
};

const char* kindName(Kind k)
{
    switch (k) {
    case Kind::None:
        return "none";
    case Kind::Write:
        return "write";
    case Kind::Sync:
        return "sync";
    case Kind::Truncate:
        return "truncate";
    case Kind::Open:
        return "open";
    case Kind::Full:
        return "full disk";
    }
    return "?";
}

// What the VFS does now. One test thread; SQLite calls back on it.
struct Faults
{
    Kind kind = Kind::None;
    int failAt = 0; // the Nth call of `kind` fails (1-based)
    int seen = 0;   // calls of `kind` so far
    bool tripped = false;
    bool holdUnsynced = false; // power-loss mode: writes stay in memory until xSync
    bool dead = false;         // after a power cut: nothing reaches the disk any more
};
Faults g_faults;

bool trip(Kind k)
{
    const Kind counted = g_faults.kind == Kind::Full ? Kind::Write : g_faults.kind;
    if (counted != k)
        return false;
    if (++g_faults.seen != g_faults.failAt)
        return false;
    g_faults.tripped = true;
    return true;
}

sqlite3_vfs* g_real = nullptr;

// A file: our header, then the real VFS's file object.
struct FaultFile
{
    sqlite3_file base;
    sqlite3_file* real;
    // Power-loss mode: writes since the last sync (offset -> bytes), and the size they imply.
    std::map<sqlite3_int64, std::string>* pending;
    sqlite3_int64 pendingSize;
};

// Every open file, so a power cut can throw their unsynced writes away.
std::vector<FaultFile*> g_open;

FaultFile* ff(sqlite3_file* f)
{
    return reinterpret_cast<FaultFile*>(f);
}

int flushPending(FaultFile* f)
{
    if (f->pending == nullptr || f->pending->empty())
        return SQLITE_OK;
    for (const auto& [offset, bytes] : *f->pending) {
        const int rc = f->real->pMethods->xWrite(f->real, bytes.data(), static_cast<int>(bytes.size()), offset);
        if (rc != SQLITE_OK)
            return rc;
    }
    f->pending->clear();
    return SQLITE_OK;
}

int xClose(sqlite3_file* file)
{
    FaultFile* f = ff(file);
    // A clean close is not a power cut: what the program wrote reaches the file.
    if (!g_faults.dead)
        (void)flushPending(f);
    delete f->pending;
    f->pending = nullptr;
    std::erase(g_open, f);
    const int rc = f->real->pMethods->xClose(f->real);
    return rc;
}

int xRead(sqlite3_file* file, void* buf, int amount, sqlite3_int64 offset)
{
    FaultFile* f = ff(file);
    int rc = f->real->pMethods->xRead(f->real, buf, amount, offset);
    if (f->pending == nullptr || f->pending->empty())
        return rc;
    // Lay the unsynced writes over what the disk holds.
    bool covered = rc == SQLITE_OK;
    auto* out = static_cast<char*>(buf);
    const sqlite3_int64 end = offset + amount;
    std::vector<bool> filled;
    if (rc == SQLITE_IOERR_SHORT_READ)
        filled.assign(static_cast<std::size_t>(amount), false);
    for (const auto& [at, bytes] : *f->pending) {
        const sqlite3_int64 wEnd = at + static_cast<sqlite3_int64>(bytes.size());
        if (wEnd <= offset || at >= end)
            continue;
        const sqlite3_int64 from = std::max(at, offset);
        const sqlite3_int64 to = std::min(wEnd, end);
        std::memcpy(out + (from - offset), bytes.data() + (from - at), static_cast<std::size_t>(to - from));
        if (!filled.empty())
            std::fill(filled.begin() + (from - offset), filled.begin() + (to - offset), true);
    }
    if (!covered && !filled.empty()) {
        // A short read stays short only where neither the disk nor a pending write has bytes.
        // Bytes past the real end already read as zero; pending writes filled their part.
        sqlite3_int64 realSize = 0;
        f->real->pMethods->xFileSize(f->real, &realSize);
        bool all = true;
        for (sqlite3_int64 i = 0; i < amount; ++i)
            if (offset + i >= realSize && !filled[static_cast<std::size_t>(i)])
                all = false;
        return all ? SQLITE_OK : SQLITE_IOERR_SHORT_READ;
    }
    return rc;
}

int xWrite(sqlite3_file* file, const void* buf, int amount, sqlite3_int64 offset)
{
    FaultFile* f = ff(file);
    if (g_faults.dead)
        return SQLITE_OK;
    if (trip(Kind::Write))
        return g_faults.kind == Kind::Full ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    if (f->pending != nullptr) {
        auto& slot = (*f->pending)[offset];
        if (slot.size() < static_cast<std::size_t>(amount))
            slot.resize(static_cast<std::size_t>(amount));
        std::memcpy(slot.data(), buf, static_cast<std::size_t>(amount));
        f->pendingSize = std::max(f->pendingSize, offset + amount);
        return SQLITE_OK;
    }
    return f->real->pMethods->xWrite(f->real, buf, amount, offset);
}

int xTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    FaultFile* f = ff(file);
    if (g_faults.dead)
        return SQLITE_OK;
    if (trip(Kind::Truncate))
        return SQLITE_IOERR_TRUNCATE;
    if (f->pending != nullptr) {
        // Keep it simple: a truncate is a sync point for the pending writes before it.
        if (const int rc = flushPending(f); rc != SQLITE_OK)
            return rc;
        f->pendingSize = 0;
    }
    return f->real->pMethods->xTruncate(f->real, size);
}

int xSync(sqlite3_file* file, int flags)
{
    FaultFile* f = ff(file);
    if (g_faults.dead)
        return SQLITE_OK;
    if (trip(Kind::Sync))
        return SQLITE_IOERR_FSYNC;
    if (const int rc = flushPending(f); rc != SQLITE_OK)
        return rc;
    f->pendingSize = 0;
    return f->real->pMethods->xSync(f->real, flags);
}

int xFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    FaultFile* f = ff(file);
    const int rc = f->real->pMethods->xFileSize(f->real, size);
    if (rc == SQLITE_OK && f->pending != nullptr && !f->pending->empty())
        *size = std::max(*size, f->pendingSize);
    return rc;
}

// The rest forward unchanged.
int xLock(sqlite3_file* f, int l)
{
    return ff(f)->real->pMethods->xLock(ff(f)->real, l);
}
int xUnlock(sqlite3_file* f, int l)
{
    return ff(f)->real->pMethods->xUnlock(ff(f)->real, l);
}
int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return ff(f)->real->pMethods->xCheckReservedLock(ff(f)->real, out);
}
int xFileControl(sqlite3_file* f, int op, void* arg)
{
    return ff(f)->real->pMethods->xFileControl(ff(f)->real, op, arg);
}
int xSectorSize(sqlite3_file* f)
{
    return ff(f)->real->pMethods->xSectorSize(ff(f)->real);
}
int xDeviceCharacteristics(sqlite3_file* f)
{
    return ff(f)->real->pMethods->xDeviceCharacteristics(ff(f)->real);
}
int xShmMap(sqlite3_file* f, int pg, int sz, int extend, void volatile** p)
{
    return ff(f)->real->pMethods->xShmMap(ff(f)->real, pg, sz, extend, p);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return ff(f)->real->pMethods->xShmLock(ff(f)->real, offset, n, flags);
}
void xShmBarrier(sqlite3_file* f)
{
    ff(f)->real->pMethods->xShmBarrier(ff(f)->real);
}
int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return ff(f)->real->pMethods->xShmUnmap(ff(f)->real, deleteFlag);
}

const sqlite3_io_methods kMethods = {2, // version 2: shared memory for WAL, no memory-mapped I/O
                                     xClose,
                                     xRead,
                                     xWrite,
                                     xTruncate,
                                     xSync,
                                     xFileSize,
                                     xLock,
                                     xUnlock,
                                     xCheckReservedLock,
                                     xFileControl,
                                     xSectorSize,
                                     xDeviceCharacteristics,
                                     xShmMap,
                                     xShmLock,
                                     xShmBarrier,
                                     xShmUnmap,
                                     nullptr,
                                     nullptr};

int vOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    FaultFile* f = ff(file);
    f->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + sizeof(FaultFile));
    f->pending = nullptr;
    f->pendingSize = 0;
    f->base.pMethods = nullptr;
    if (trip(Kind::Open))
        return SQLITE_CANTOPEN;
    const int rc = g_real->xOpen(g_real, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    if (g_faults.holdUnsynced)
        f->pending = new std::map<sqlite3_int64, std::string>();
    f->base.pMethods = &kMethods;
    g_open.push_back(f);
    return SQLITE_OK;
}

int vDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    if (g_faults.dead)
        return SQLITE_OK; // a machine without power deletes nothing
    return g_real->xDelete(g_real, name, syncDir);
}
int vAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int vFullPathname(sqlite3_vfs*, const char* name, int n, char* out)
{
    return g_real->xFullPathname(g_real, name, n, out);
}
void* vDlOpen(sqlite3_vfs*, const char* name)
{
    return g_real->xDlOpen(g_real, name);
}
void vDlError(sqlite3_vfs*, int n, char* msg)
{
    g_real->xDlError(g_real, n, msg);
}
void (*vDlSym(sqlite3_vfs*, void* h, const char* sym))(void)
{
    return g_real->xDlSym(g_real, h, sym);
}
void vDlClose(sqlite3_vfs*, void* h)
{
    g_real->xDlClose(g_real, h);
}
int vRandomness(sqlite3_vfs*, int n, char* out)
{
    return g_real->xRandomness(g_real, n, out);
}
int vSleep(sqlite3_vfs*, int us)
{
    return g_real->xSleep(g_real, us);
}
int vCurrentTime(sqlite3_vfs*, double* t)
{
    return g_real->xCurrentTime(g_real, t);
}
int vGetLastError(sqlite3_vfs*, int n, char* buf)
{
    return g_real->xGetLastError(g_real, n, buf);
}
int vCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* t)
{
    return g_real->xCurrentTimeInt64(g_real, t);
}

sqlite3_vfs g_vfs;

void registerFaultVfs()
{
    g_real = sqlite3_vfs_find(nullptr);
    g_vfs = sqlite3_vfs{};
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + g_real->szOsFile;
    g_vfs.mxPathname = g_real->mxPathname;
    g_vfs.zName = "waymark-faults";
    g_vfs.xOpen = vOpen;
    g_vfs.xDelete = vDelete;
    g_vfs.xAccess = vAccess;
    g_vfs.xFullPathname = vFullPathname;
    g_vfs.xDlOpen = vDlOpen;
    g_vfs.xDlError = vDlError;
    g_vfs.xDlSym = vDlSym;
    g_vfs.xDlClose = vDlClose;
    g_vfs.xRandomness = vRandomness;
    g_vfs.xSleep = vSleep;
    g_vfs.xCurrentTime = vCurrentTime;
    g_vfs.xGetLastError = vGetLastError;
    g_vfs.xCurrentTimeInt64 = vCurrentTimeInt64;
    sqlite3_vfs_register(&g_vfs, 1); // the default from now on, for this process only
}

// Drops every unsynced write of every open file, as a power cut would; from then on nothing
// reaches the disk (the closing connection's checkpoint included) until the test says so.
void pullThePlug()
{
    g_faults.dead = true;
    for (FaultFile* f : g_open)
        if (f->pending != nullptr) {
            f->pending->clear();
            f->pendingSize = 0;
        }
}

void copyCasebook(const std::filesystem::path& from, const std::filesystem::path& to)
{
    namespace fs = std::filesystem;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        fs::path target = to;
        target += suffix;
        fs::remove(target);
    }
    fs::copy_file(from, to, fs::copy_options::overwrite_existing);
    fs::copy_file(Casebook::keyFilePath(from), Casebook::keyFilePath(to), fs::copy_options::overwrite_existing);
    // Putting a pristine copy back is a rollback, which this machine's audit anchors would
    // rightly report (docs/threat-model.md); this test is about faults, so it starts afresh.
    std::error_code anchorsGone;
    fs::remove_all(AnchorBook::machineFolder(), anchorsGone);
}

// What the test compares before and after: row counts and one person's family name. (The
// audit trail grows with every sign-in and reading, so it is checked by verify(), not here.)
struct Snapshot
{
    std::int64_t people = 0;
    std::int64_t referrals = 0;
    std::int64_t users = 0;
    std::string familyName;
    friend bool operator==(const Snapshot&, const Snapshot&) = default;
};

Snapshot snapshot(Casebook& cb, const Uuid& person)
{
    Snapshot s;
    s.people = test::scalar(cb, "SELECT count(*) FROM people");
    s.referrals = test::scalar(cb, "SELECT count(*) FROM referrals");
    s.users = test::scalar(cb, "SELECT count(*) FROM users");
    auto p = cb.people().view(person);
    s.familyName = p ? p->familyName : std::string("<unreadable>");
    return s;
}

constexpr const char* kNewPassword = "a password changed under faults";

// Opens the work casebook with the password it has now (a password change may have landed).
Result<std::unique_ptr<Casebook>> reopen(const std::filesystem::path& work)
{
    auto cb = Casebook::open(work, test::kUser, test::kPassword);
    if (!cb && cb.error().code == ErrorCode::WrongCredentials)
        return Casebook::open(work, test::kUser, kNewPassword);
    return cb;
}

// Temporary files nothing may leave behind, in `folder` and the backup folder beside it.
std::vector<std::string> leftovers(const std::filesystem::path& folder)
{
    std::vector<std::string> found;
    for (const auto& dir : {folder, folder / "fault-backups"}) {
        std::error_code ec;
        for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            const std::string name = it->path().filename().string();
            for (const char* marker : {".tmp-", ".partial", ".restoring", ".checking", ".pending-"})
                if (name.find(marker) != std::string::npos)
                    found.push_back(name);
        }
    }
    return found;
}

struct Save
{
    const char* name;
    std::function<Status(Casebook&, const Uuid& person)> run;
};

std::vector<Save> saves()
{
    return {
        {"person add",
         [](Casebook& cb, const Uuid&) -> Status {
             auto r = cb.people().create(test::samplePerson(7));
             return r ? Status{} : std::unexpected(r.error());
         }},
        {"person update",
         [](Casebook& cb, const Uuid& person) -> Status {
             auto p = cb.people().view(person);
             if (!p)
                 return std::unexpected(p.error());
             p->familyName = "Renamed-Test";
             auto r = cb.people().update(*p);
             return r ? Status{} : std::unexpected(r.error());
         }},
        {"referral add",
         [](Casebook& cb, const Uuid& person) -> Status {
             Referral r;
             r.personId = person;
             r.received = *Date::fromYmd(2026, 11, 20);
             r.source = "police";
             r.eventDate = r.received.addDays(-7);
             r.route = "community_resolution";
             r.offenceCategory = "theft";
             r.risk = "low";
             auto made = cb.referrals().create(r);
             return made ? Status{} : std::unexpected(made.error());
         }},
        {"compact",
         [](Casebook& cb, const Uuid&) -> Status {
             auto r = cb.compact({});
             return r ? Status{} : std::unexpected(r.error());
         }},
        {"backup",
         [](Casebook& cb, const Uuid&) -> Status {
             // Into an empty folder each time (a backup's name has the second it was made in).
             const auto folder = cb.path().parent_path() / "fault-backups";
             std::filesystem::remove_all(folder);
             std::filesystem::create_directory(folder);
             auto r = cb.backups().create(folder);
             return r ? Status{} : std::unexpected(r.error());
         }},
        {"password change",
         [](Casebook& cb, const Uuid&) -> Status {
             return cb.users().changeOwnPassword(test::kPassword, kNewPassword);
         }},
    };
}

} // namespace

class TestFaultInjection : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::filesystem::path m_pristine;
    Uuid m_person;

private Q_SLOTS:
    void initTestCase()
    {
        registerFaultVfs();
        m_pristine = m_dir.file("pristine.waymark");
        auto cb = test::makeCasebook(m_pristine);
        QVERIFY(cb);
        for (int i = 0; i < 20; ++i) {
            auto p = cb->people().create(test::samplePerson(100 + i));
            QVERIFY(p);
            if (i == 0)
                m_person = p->person.id;
        }
    }

    void everyFailurePointOfEverySave_data()
    {
        QTest::addColumn<int>("save");
        QTest::addColumn<int>("kind");
        const auto all = saves();
        for (int s = 0; s < int(all.size()); ++s)
            for (Kind k : {Kind::Write, Kind::Sync, Kind::Truncate, Kind::Open, Kind::Full})
                QTest::newRow((std::string(all[std::size_t(s)].name) + " / " + kindName(k)).c_str()) << s << int(k);
    }

    void everyFailurePointOfEverySave()
    {
        QFETCH(int, save);
        QFETCH(int, kind);
        const auto all = saves();
        const Save& op = all[std::size_t(save)];
        const auto work = m_dir.file("work.waymark");
        int failures = 0;
        int landedDespiteError = 0;
        Snapshot before;
        Snapshot after;
        std::vector<Snapshot> landed;
        bool haveAfter = false;
        // WAYMARK_FAULT_STRIDE=k tries every kth point only (the sanitizer run, where each
        // attempt is slow); the main run tries them all.
        const int stride = std::max(1, qEnvironmentVariableIntValue("WAYMARK_FAULT_STRIDE"));
        for (int n = 1; n <= 3000; n += stride) {
            copyCasebook(m_pristine, work);
            Status result;
            {
                auto cb = Casebook::open(work, test::kUser, test::kPassword);
                QVERIFY(cb);
                before = snapshot(**cb, m_person);
                g_faults = Faults{static_cast<Kind>(kind), n, 0, false, false};
                result = op.run(**cb, m_person);
                g_faults.kind = Kind::None;
                if (!g_faults.tripped) {
                    QVERIFY2(result.has_value(), result ? "" : result.error().detail.c_str());
                    after = snapshot(**cb, m_person);
                    haveAfter = true;
                    break;
                }
            }
            ++failures;
            if (result) {
                // Some faults SQLite survives on its own (a failed truncate of the WAL, say):
                // then the save must really be there.
                auto cb = reopen(work);
                QVERIFY(cb);
                QVERIFY((*cb)->verify()->ok());
                continue;
            }
            QVERIFY2(result.error().code == ErrorCode::Io || result.error().code == ErrorCode::Busy,
                     (std::string(op.name) + " at fault " + std::to_string(n) + ": " + result.error().detail).c_str());
            // Nothing half-made is left (a key file change's pending file is dealt with at the
            // next sign-in, just below).
            for (const auto& name : leftovers(work.parent_path()))
                QVERIFY2(name.find(".pending-") != std::string::npos,
                         (std::string(op.name) + " left " + name + " at fault " + std::to_string(n)).c_str());
            // Reopen with the disk healthy again: whole and unchanged (or, rarely, the save
            // reached the disk before the failing call: then it is there whole).
            auto cb = reopen(work);
            QVERIFY2(cb, cb ? "" : cb.error().detail.c_str());
            auto report = (*cb)->verify();
            QVERIFY(report);
            QVERIFY2(report->ok(), (report->integrityDetail + " / " + report->auditDetail).c_str());
            const Snapshot now = snapshot(**cb, m_person);
            if (!(now == before))
                landed.push_back(now);
            const auto left = leftovers(work.parent_path());
            QVERIFY2(left.empty(), left.empty() ? "" : left.front().c_str());
        }
        QVERIFY(haveAfter);
        landedDespiteError = int(landed.size());
        // A save that reached the disk before its error is there whole: what the successful run made.
        for (const Snapshot& s : landed)
            QVERIFY(s == after);
        if (landedDespiteError > 0)
            qInfo("%s / %s: %d attempt(s) reported an error after the data was already durable", op.name,
                  kindName(static_cast<Kind>(kind)), landedDespiteError);
        qInfo("%s / %s: failed at %d points (every %d%s); every time the casebook reopened whole, verified, with the "
              "old data",
              op.name, kindName(static_cast<Kind>(kind)), failures, stride,
              stride == 1 ? "" : " by WAYMARK_FAULT_STRIDE");
    }

    void fullDiskSaysSo()
    {
        const auto work = m_dir.file("full.waymark");
        copyCasebook(m_pristine, work);
        auto cb = Casebook::open(work, test::kUser, test::kPassword);
        QVERIFY(cb);
        g_faults = Faults{Kind::Full, 1, 0, false, false};
        auto r = (*cb)->people().create(test::samplePerson(9));
        g_faults.kind = Kind::None;
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Io);
        QCOMPARE(QString::fromStdString(r.error().rule), QStringLiteral("disk_full"));
        qInfo("full disk: \"%s\"", r.error().detail.c_str());
    }

    // Power cut: unsynced writes are lost. Every save that returned success must survive.
    void powerCutKeepsEveryAcknowledgedSave()
    {
        const auto work = m_dir.file("power.waymark");
        int acknowledged = 0;
        for (int cut = 1; cut <= 12; ++cut) {
            copyCasebook(m_pristine, work);
            std::int64_t expectedPeople = 0;
            {
                g_faults = Faults{};
                g_faults.holdUnsynced = true;
                auto cb = Casebook::open(work, test::kUser, test::kPassword);
                QVERIFY(cb);
                expectedPeople = test::scalar(**cb, "SELECT count(*) FROM people");
                for (int i = 0; i < cut; ++i) {
                    if ((*cb)->people().create(test::samplePerson(200 + i))) {
                        ++expectedPeople;
                        ++acknowledged;
                    }
                }
                pullThePlug();
            }
            g_faults = Faults{}; // the machine is back on
            auto cb = Casebook::open(work, test::kUser, test::kPassword);
            QVERIFY(cb);
            auto report = (*cb)->verify();
            QVERIFY(report && report->ok());
            QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM people"), expectedPeople);
        }
        qInfo("power cut after 1..12 saves: all %d acknowledged saves present after reopening", acknowledged);
    }
};

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "TestFaultInjection.moc"
