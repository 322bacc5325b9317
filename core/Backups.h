#pragma once

// Backups of the casebook: an encrypted copy of the casebook and of its key file, made
// through SQLCipher (never a plaintext byte on disk, never a raw copy of the live file), into
// a folder the user chooses; listed, verified and restored from there. See docs/backups.md.
//
// A backup is a pair, like a casebook: `<casebook>-YYYYMMDD-HHMMSS.waymark` (UTC) and its
// `.keys` file. It is built under a `.partial` name, synced and renamed into place, so a crash
// leaves no half backup under a real name. It records the moment it was made (the audit
// chain's head and the key file's generation), so a restore of it shows in the audit trail.

#include "core/Error.h"
#include "core/Progress.h"
#include "core/security/Role.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class Clock;
class DeskContext;
class CasebookKey;

// The moment a backup holds: what a restore of it brings back.
struct BackupMoment
{
    std::string madeAt;              // UTC, "2026-11-30T14:22:00.000Z"
    std::string madeBy;              // user name
    std::int64_t auditSeq = 0;       // the newest audit row it holds
    std::string auditHash;           // that row's hash (hex)
    std::uint64_t keyGeneration = 0; // of its key file
    // The audit anchor of that moment, sealed and kept inside the backup (core/security/Anchor.h);
    // false for backups made before anchors were.
    bool anchored = false;
};

struct BackupFile
{
    std::filesystem::path path;                     // the backup's database file (its key file is path + ".keys")
    std::chrono::system_clock::time_point madeAt{}; // from its name
    std::int64_t bytes = 0;                         // both files
    bool whole = false;                             // both files there and its key file names it (no password needed)
};

struct BackupCheck
{
    bool ok = false;
    std::string detail; // "ok" or the first problem found
    std::optional<BackupMoment> moment;
};

struct RestoreReport
{
    BackupMoment moment;          // of the backup restored
    std::filesystem::path keptAs; // the casebook as it was before, kept beside it
};

// When an automatic backup is considered: while the app is open (daily), or as it closes.
enum class AutomaticBackup
{
    Daily,  // due when the last good backup is a day old or more (or there is none)
    OnExit, // due as Daily, and also when anything was saved since the last good backup
};

// Retention: of the given times (any order), the indexes to keep, ascending: every backup of
// the newest day, the newest of each of the 6 days (UTC) before it that have one, and the newest
// of each of the 4 newest ISO weeks.
std::vector<std::size_t> backupsToKeep(const std::vector<std::chrono::system_clock::time_point>& times);

class Backups
{
public:
    Backups(DeskContext& context, CasebookKey& key)
        : m_context(context)
        , m_key(key)
    {}
    Backups(const Backups&) = delete;
    Backups& operator=(const Backups&) = delete;

    // Writes a backup into `folder` (Action::BackupCreate; audited as "backup.created"), then
    // applies retention to this casebook's backups there (only files named as Waymark names
    // them). The casebook's write lock is held while the pages are copied, so the database
    // and the key file copied are of one moment. Progress 0..100; cancelling leaves nothing.
    Result<BackupFile> create(const std::filesystem::path& folder, const ProgressFn& progress = {});
    // The backups in `folder`, newest first (Action::BackupCreate). Cheap: no password.
    Result<std::vector<BackupFile>> list(const std::filesystem::path& folder);
    // Opens a copy of the backup with the signed-in user's name and `password` (a slot in the
    // backup's key file), and checks every page (cipher integrity), the b-trees and the audit
    // chain. WrongCredentials when the user holds no slot in it or the password is wrong.
    Result<BackupCheck> verify(const std::filesystem::path& file, std::string_view password);
    // Replaces the casebook's content with the backup's (Action::BackupRestore, coordinators).
    // First verifies the backup (nothing is touched when it fails); keeps the casebook as it
    // was as a backup beside it (`<casebook>.before-restore-<time>`); the copy into the
    // casebook is one transaction; the key file follows (its generation kept in step, see
    // core/KeyFileChange.h). Audited as "casebook.restored" with `reason` and the backup's
    // moment, in the restored casebook. Other connections to the casebook in this process
    // should be reopened afterwards.
    Result<RestoreReport> restore(const std::filesystem::path& file, std::string_view password, std::string_view reason,
                                  const ProgressFn& progress = {});

    // The lost laptop: brings a backup back where no casebook is left (core/BackupRestore.cpp).
    // AlreadyExists when a casebook is at `casebook` (restore() replaces one that is open).
    // The user's own slot in the backup's key file must unlock it, and they must be a
    // coordinator in it; the backup is checked as restore() checks it before anything is
    // written. The casebook is built under `files::creatingPath(casebook)` and published by
    // rename (a kill leaves nothing or a whole casebook; the next init or restore into that
    // path clears what it left); audited there as "casebook.restored" with `reason`, and this
    // machine's audit anchors of it are reset to the restore. `keptAs` in the report is empty.
    static Result<RestoreReport> restoreInto(const std::filesystem::path& file, const std::filesystem::path& casebook,
                                             std::string_view username, std::string_view password,
                                             std::string_view reason, std::shared_ptr<const Clock> clock = {},
                                             const ProgressFn& progress = {});

    // Settings: the folder backups go to by default (empty when unset); changing it needs
    // Action::SettingsChange and is audited.
    std::filesystem::path folder();
    Status setFolder(const std::filesystem::path& folder);
    // Automatic backups (on by default; they need a backup folder): turning them on or off
    // needs Action::SettingsChange and is audited.
    bool automatic();
    Status setAutomatic(bool on);
    // The folder an automatic backup should go to now, or nullopt when none is due: automatic
    // backups are on, the folder is set and there, the signed-in user may make backups, and
    // `when` says it is time. Cheap (a few settings read, nothing written).
    std::optional<std::filesystem::path> automaticDue(AutomaticBackup when);
    // Makes the automatic backup when one is due (create() into that folder, audited as
    // automatic); nullopt in the Result when none was due.
    Result<std::optional<BackupFile>> createAutomatic(AutomaticBackup when, const ProgressFn& progress = {});
    // Removes what a killed restore, backup of the casebook or check left beside the casebook
    // (staging copies, half-made copies), and what a killed backup of it left in the backup
    // folder when that folder is there, unless the process that made them is still running.
    // Called at every sign-in.
    void clearLeftovers();

    // When the last backup was made by this casebook (nullopt: never).
    std::optional<std::chrono::system_clock::time_point> lastBackup();
    // True when there is no backup or the last is more than `days` days old.
    bool overdue(int days = 7);

private:
    Result<BackupFile> create(const std::filesystem::path& folder, const ProgressFn& progress, std::string_view how);
    Result<BackupFile> write(const std::filesystem::path& target, const ProgressFn& progress, bool audited,
                             std::string_view how = {});

    DeskContext& m_context;
    CasebookKey& m_key;
};

} // namespace waymark
