#include "core/store/BackupCopy.h"

#include "core/store/Database.h"

#include <sqlite3.h>

#include <cerrno>
#include <chrono>
#include <thread>

namespace waymark {

namespace {

// The copy's error in plain words: a full disk says so, from SQLite's code or the system's.
Error copyError(int rc, Database& from, Database& to)
{
    int sysErr = sqlite3_system_errno(to.handle());
    if (sysErr == 0)
        sysErr = sqlite3_system_errno(from.handle());
    const std::string detail = std::string("the copy failed: ") + sqlite3_errstr(rc);
    // Growing the -shm file fails (SQLITE_IOERR_SHMSIZE, no errno kept) when there is no room.
    if ((rc & 0xFF) == SQLITE_FULL || rc == SQLITE_IOERR_SHMSIZE || sysErr == ENOSPC || sysErr == EDQUOT)
        return ioErrorFromErrno(ENOSPC, detail);
    if (sysErr != 0)
        return ioErrorFromErrno(sysErr, detail);
    auto e = Error::make(ErrorCode::Io, detail);
    e.rule = "io";
    return e;
}

} // namespace

Status copyDatabase(Database& from, Database& to, const std::function<bool(int)>& progress,
                    const std::function<Status()>& onLocked)
{
    if (!sqlite3_get_autocommit(to.handle()))
        return fail(ErrorCode::Internal, "the copy's destination is inside a transaction");
    sqlite3_backup* copy = sqlite3_backup_init(to.handle(), "main", from.handle(), "main");
    if (!copy)
        return std::unexpected(to.lastError("start the copy"));
    constexpr int kPagesPerStep = 256;
    bool locked = false;
    int busyRetries = 0;
    Status outcome;
    for (;;) {
        // The first step takes one page only, so the destination is locked before `onLocked`.
        const int rc = sqlite3_backup_step(copy, locked ? kPagesPerStep : 1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++busyRetries > 50) {
                outcome = fail(ErrorCode::Busy, "the casebook is busy (another Waymark is saving); try again");
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            continue;
        }
        if (rc != SQLITE_OK && rc != SQLITE_DONE) {
            outcome = std::unexpected(copyError(rc, from, to));
            break;
        }
        if (!locked) {
            locked = true;
            if (onLocked) {
                if (auto st = onLocked(); !st) {
                    outcome = st;
                    break;
                }
            }
        }
        const int total = sqlite3_backup_pagecount(copy);
        const int left = sqlite3_backup_remaining(copy);
        const int percent = total > 0 ? static_cast<int>(100LL * (total - left) / total) : 100;
        if (rc == SQLITE_DONE) {
            if (progress)
                (void)progress(100);
            break;
        }
        if (progress && !progress(percent)) {
            outcome = fail(ErrorCode::Cancelled, "cancelled");
            break;
        }
    }
    // Without SQLITE_DONE, finish() rolls the destination back.
    const int rc = sqlite3_backup_finish(copy);
    if (outcome && rc != SQLITE_OK)
        return std::unexpected(copyError(rc, from, to));
    return outcome;
}

} // namespace waymark
