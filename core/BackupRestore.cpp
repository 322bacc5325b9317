// Restoring a backup where no casebook is left: the lost, dead or wiped laptop. The backup
// is checked exactly as the in-place restore checks it (core/Backups.cpp), then the casebook
// is built beside where it will be, as Casebook::create builds a new one (core/CasebookFiles.h:
// a temporary name, synced, published by rename), so a kill at any moment leaves nothing or a
// whole casebook. See docs/backups.md, "Restoring where no casebook is left".

#include "core/BackupCheck.h"
#include "core/Backups.h"
#include "core/Casebook.h"
#include "core/CasebookFiles.h"
#include "core/Clock.h"
#include "core/domain/UserRules.h"
#include "core/security/Anchor.h"
#include "core/security/Keyring.h"
#include "core/security/Role.h"
#include "core/security/Roster.h"
#include "core/security/SecureBytes.h"
#include "core/security/Signing.h"
#include "core/store/AnchorQueries.h"
#include "core/store/AuditLog.h"
#include "core/store/BackupCopy.h"
#include "core/store/Database.h"
#include "core/store/MetaStore.h"
#include "core/store/Migrations.h"
#include "core/store/UserStore.h"

namespace waymark {

namespace {

namespace fs = std::filesystem;

// A database file and what SQLite may have left beside it (not its key file).
void removeDatabase(const fs::path& p)
{
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        auto piece = p;
        piece += suffix;
        fs::remove(piece, ec);
    }
}

// The restoring user as the backup knows them: an active coordinator.
Result<UserInfo> restoringUser(Database& backup, std::string_view username)
{
    auto user = UserStore(backup).findByName(username);
    if (!user && user.error().code != ErrorCode::NotFound)
        return std::unexpected(user.error());
    if (!user || !user->active)
        return fail(ErrorCode::WrongCredentials, "this backup does not open with your user name and password");
    if (!roleAllows(user->role, Action::BackupRestore))
        return fail(ErrorCode::PermissionDenied, "only a coordinator can restore a backup");
    return user;
}

// The casebook.restored row, in the new casebook.
Status auditRestored(Database& db, const UserInfo& user, const std::string& at, const std::string& detail,
                     const AuditSigner* signer)
{
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    AuditEvent e;
    e.at = at;
    e.userId = user.id;
    e.username = user.username;
    e.operation = "casebook.restored";
    e.recordType = "casebook";
    e.detail = detail;
    if (auto st = AuditLog(db, signer).append(e); !st)
        return st;
    return tx.commit();
}

// Folds the write-ahead log into the file, closes it and syncs it: ready to be renamed.
Status closeAndSync(std::unique_ptr<Database>& db, const fs::path& path)
{
    Status st = db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    db.reset();
    auto log = path;
    log += "-wal";
    std::error_code ec;
    if (st && fs::exists(log, ec) && fs::file_size(log, ec) > 0)
        st = fail(ErrorCode::Io, "the restored casebook's write-ahead log was not folded into it");
    if (st)
        st = files::syncFile(path);
    return st;
}

} // namespace

Result<RestoreReport> Backups::restoreInto(const fs::path& file, const fs::path& casebook, std::string_view usernameIn,
                                           std::string_view password, std::string_view reasonIn,
                                           std::shared_ptr<const Clock> clock, const ProgressFn& progress)
{
    if (!initialiseCrypto())
        return fail(ErrorCode::Engine, "libsodium could not start");
    if (!clock)
        clock = std::make_shared<SystemClock>();
    auto reason = backupcheck::restoreReason(reasonIn);
    if (!reason)
        return std::unexpected(reason.error());
    auto username = normaliseUsername(usernameIn);
    if (!username)
        return fail(ErrorCode::WrongCredentials, "this backup does not open with your user name and password");
    const auto step = [&](int percent, std::string_view phrase) { return !progress || progress(percent, phrase); };

    std::error_code ec;
    if (casebook.has_parent_path() && !fs::is_directory(casebook.parent_path(), ec))
        return fail(ErrorCode::NotFound, "the folder for the casebook does not exist", "path");
    if (Casebook::exists(casebook))
        return fail(ErrorCode::AlreadyExists,
                    "a casebook already exists at that path (open it and restore into it, or choose a new path)",
                    "path");
    auto unlocked = backupcheck::unlockBackup(file, *username, password);
    if (!unlocked)
        return std::unexpected(unlocked.error());

    // What a killed restore or creation left at this path goes; a key file of some other
    // casebook stays, and so nothing is restored over it.
    auto strayKeyFile = files::clearUnfinishedCreation(casebook);
    if (!strayKeyFile)
        return std::unexpected(strayKeyFile.error());
    if (*strayKeyFile)
        return fail(ErrorCode::AlreadyExists, "a key file for another casebook is already at that path", "path");
    const fs::path building = files::creatingPath(casebook);
    // The checked copy of the backup: the second level of the creating name, which the next
    // init or restore into this path clears too.
    const fs::path checking = files::creatingPath(building);
    std::unique_ptr<Database> staged;
    std::unique_ptr<Database> dest;
    const auto failWith = [&](Error error) -> Result<RestoreReport> {
        staged.reset();
        dest.reset();
        (void)files::clearUnfinishedCreation(casebook);
        return std::unexpected(std::move(error));
    };

    // 1. A copy of the backup (ciphertext as it is), checked before anything else is written.
    if (!step(5, "Checking the backup"))
        return failWith(Error::make(ErrorCode::Cancelled, "cancelled"));
    fs::copy_file(file, checking, fs::copy_options::overwrite_existing, ec);
    if (ec)
        return failWith(Error::make(ErrorCode::Io, "the backup could not be read: " + ec.message()));
    {
        auto opened = Database::open(checking, *unlocked->key, false);
        if (!opened)
            return failWith(
                Error::make(ErrorCode::Damaged, "the backup cannot be opened: " + opened.error().detail, "file"));
        staged = std::move(*opened);
    }
    const BackupCheck check = backupcheck::checkOpened(*staged, *unlocked->key, unlocked->keyring);
    if (!check.ok)
        return failWith(Error::make(ErrorCode::Damaged, check.detail, "file"));
    auto user = restoringUser(*staged, *username);
    if (!user)
        return failWith(user.error());
    if (auto st = migrate(*staged); !st)
        return failWith(st.error());
    const BackupMoment moment = *check.moment;

    // 2. The casebook, a new file with a salt of its own, filled page by page from the copy.
    if (!step(20, "Restoring the casebook"))
        return failWith(Error::make(ErrorCode::Cancelled, "cancelled"));
    {
        auto made = Database::open(building, *unlocked->key, true);
        if (!made)
            return failWith(made.error());
        dest = std::move(*made);
    }
    if (auto st = copyDatabase(*staged, *dest,
                               [&](int percent) { return step(20 + percent * 60 / 100, "Restoring the casebook"); });
        !st)
        return failWith(st.error());
    staged.reset();
    removeDatabase(checking);

    // 3. The audit row saying what happened, then this machine's anchor of it (the restored
    //    casebook's head), so verify reads it as a restore and never as a rollback.
    const std::string now = formatUtcMillis(clock->now());
    // Signed by the restoring coordinator's own key, as the restored roster has it.
    std::unique_ptr<SigningKey> signer;
    if (auto slot = unlocked->keyring.unlockSlot(*username, password); slot && slot->slotSecretKey)
        if (auto keys = roster::openSessionKeys(*dest, *username, slot->slotPublicKey, *slot->slotSecretKey); keys)
            signer = std::move(keys->own);
    if (auto st = auditRestored(*dest, *user, now,
                                backupcheck::momentPhrase(file, moment) + "; restored into a new place (" +
                                    casebook.filename().string() + "), where no casebook was; reason: " + *reason,
                                signer.get());
        !st)
        return failWith(st.error());
    auto point = anchorqueries::head(*dest);
    if (!point)
        return failWith(point.error());
    const AnchorBook anchors(AnchorBook::machineFolder(), MetaStore(*dest).get("site_id"), *unlocked->key);
    Anchor restoredAnchor = anchors.make(*point, kAnchorRestored, now, user->id);
    restoredAnchor.backupMadeAt = moment.madeAt;
    restoredAnchor.backupSeq = moment.auditSeq;
    anchors.seal(restoredAnchor);
    if (!step(85, "Restoring the casebook"))
        return failWith(Error::make(ErrorCode::Cancelled, "cancelled"));
    if (auto st = closeAndSync(dest, building); !st)
        return failWith(st.error());

    // 4. Its key file: the backup's, every slot as it was, naming the new file's salt. Then the
    //    pair is published (key file first) and the anchor follows.
    Keyring keys = unlocked->keyring;
    const auto salt = files::fileSalt(building);
    if (!salt)
        return failWith(Error::make(ErrorCode::Io, "the restored casebook could not be read back"));
    keys.setDatabaseSalt(*salt);
    if (auto st = keys.save(Casebook::keyFilePath(building)); !st)
        return failWith(st.error());
    if (auto st = anchors.addPending(restoredAnchor); !st)
        return failWith(st.error());
    if (auto st = files::publish(building, casebook); !st) {
        (void)anchors.dropPending(restoredAnchor);
        return failWith(st.error());
    }
    (void)anchors.resetTo(restoredAnchor); // on failure the pending anchor still reads as a restore
    step(100, "Restored");
    return RestoreReport{moment, {}};
}

} // namespace waymark
