#pragma once

// Inside the Backups desk: unlocking a backup with a user's own slot and checking an opened
// copy of it. Shared by the in-place restore (core/Backups.h) and the restore into a new
// place (core/BackupRestore.h), so both check a backup the same way. Not for the UI.

#include "core/Backups.h"
#include "core/Error.h"
#include "core/security/Keyring.h"
#include "core/security/SecureBytes.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace waymark {

class Database;

namespace backupcheck {

// The backup's key file names the backup (its salt) and opens for the user: the key.
struct UnlockedBackup
{
    Keyring keyring;
    std::unique_ptr<SecureBytes> key;
};

// NotFound (no file), KeyFileMissing, KeyFileMismatch (the key file names another file),
// Damaged (too short), WrongCredentials (no slot of `username`'s, or another password).
Result<UnlockedBackup> unlockBackup(const std::filesystem::path& file, std::string_view username,
                                    std::string_view password);

// Every page, the b-trees, the audit chain, the recorded moment, the key file's generation and
// the backup's sealed audit anchor of an opened copy.
BackupCheck checkOpened(Database& db, const SecureBytes& key, const Keyring& keyring);

// "from backup NAME made T by U (audit row N, hash H, key file generation G, ...)": the
// backup's moment as the casebook.restored audit row names it.
std::string momentPhrase(const std::filesystem::path& file, const BackupMoment& moment);

// Why a backup whose key is not the casebook's cannot be restored over it (KeyFileMismatch):
// "another casebook", or, when the backup is of this casebook (its site id), that a rekey on
// DATE replaced its key and what to do instead (rule "rekeyed_since_backup"). Reads the backup
// through a copy at `scratch` (removed after). In core/BackupRekeyed.cpp.
Error foreignKeyError(const std::filesystem::path& file, const SecureBytes& backupKey, Database& live,
                      const std::filesystem::path& scratch);

// The reason for a restore, trimmed: Validation when empty or over 2,000 characters.
Result<std::string> restoreReason(std::string_view reason);

} // namespace backupcheck

} // namespace waymark
