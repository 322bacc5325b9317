#pragma once

// Changing key slots so that the key file and the casebook never disagree.
//
// A slot change (a user added, a password changed or reset, a user removed) has two halves:
// the slot in the key file and the account row + audit row in the casebook. Neither file
// system nor SQLite can commit both at once, so the change is made in three steps, all
// started under the casebook's write lock:
//
//   1. stage():   the new key file is written beside the old one as `<keys>.pending-<N>`
//                 (fsynced), and the casebook records `keyring_generation = N` with the
//                 account and audit rows, still inside the caller's write transaction;
//   2. commit:    the caller commits: from this moment the change has happened;
//   3. promote(): `<keys>.pending-<N>` is renamed over the key file (and the folder fsynced).
//
// A crash before the commit leaves a pending file whose N the casebook never recorded: the
// next recover() deletes it, and nothing happened (no slot change, no audit row). A crash
// after the commit leaves a pending file whose N the casebook recorded: the next recover()
// (at sign-in, or at the start of the next slot change, both under the write lock) promotes
// it, so the change is finished, never lost, and a password that was reset stays reset.
// Pending files are numbered, so a slow process promoting late can never promote somebody
// else's uncommitted file.
//
// A key file whose generation is not the casebook's (an old copy put back, a slot edited by
// hand) is refused at sign-in (KeyFileMismatch with rule "generation").

#include "core/Error.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string_view>
#include <vector>

namespace waymark {

class Database;
class Keyring;

namespace keyfile {

// The casebook's recorded generation (0 when never recorded: casebooks and key files from
// before generations were kept agree at 0).
Result<std::uint64_t> recordedGeneration(Database& db);

// Pending key files beside `keyPath`, with their numbers.
std::vector<std::pair<std::uint64_t, std::filesystem::path>> pendingFiles(const std::filesystem::path& keyPath);

// Inside a write transaction: finishes or discards what an interrupted change left behind.
Status recover(Database& db, const std::filesystem::path& keyPath);

// Inside a write transaction: recover(), then the key file to change.
Result<Keyring> loadForChange(Database& db, const std::filesystem::path& keyPath);

// Inside the same write transaction, after the account and audit rows: writes the pending
// file and records its generation. Returns the generation for promote().
Result<std::uint64_t> stage(Database& db, Keyring& keyring, const std::filesystem::path& keyPath);

// After the commit. A pending file already promoted by another process is not an error.
Status promote(const std::filesystem::path& keyPath, std::uint64_t generation);

// Tests only: called at each named step ("staged", "committed", "promoted") so a test can
// stop the change there as a crash would (by throwing). Never set in the product.
void setStepHookForTests(std::function<void(std::string_view step)> hook);
void stepReached(std::string_view step);

} // namespace keyfile
} // namespace waymark
