#pragma once

// The files of a casebook on disk, before any key is known: the cheap probe that tells a
// casebook from anything else, and the steps that make creating one atomic. Used by
// Casebook::open and Casebook::create; no SQL here.

#include "core/Error.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>

namespace waymark {
class Database;
}

namespace waymark::files {

// The first 16 bytes of a file (SQLCipher's random salt for a casebook), or nullopt when it
// is shorter or cannot be read.
std::optional<std::array<std::uint8_t, 16>> fileSalt(const std::filesystem::path& path);

// Where a casebook is built before it is published under its real name.
std::filesystem::path creatingPath(const std::filesystem::path& casebook);

// Removes what an interrupted creation of `casebook` left behind: the files under the
// creating name, and a key file published without its casebook when it belongs to the
// unfinished database. Returns true when a key file alone remains that is not such a
// leftover (it may belong to a casebook moved elsewhere: it is kept).
Result<bool> clearUnfinishedCreation(const std::filesystem::path& casebook);

// fsync of one file and of a folder.
Status syncFile(const std::filesystem::path& path);
Status syncFolder(const std::filesystem::path& folder);

// Publishes the built pair: key file first, then the casebook, then the folder is synced.
// A crash between the two renames leaves a key file whose casebook is still under the
// creating name, which clearUnfinishedCreation() recognises.
Status publish(const std::filesystem::path& builtCasebook, const std::filesystem::path& casebook);

// A key file written before it named its casebook gains the `database` line (the casebook's
// salt) at the next successful sign-in, under the casebook's write lock like every key-file
// change. False when it could not be written (it is tried again at the next sign-in).
bool recordDatabaseSalt(Database& db, const std::filesystem::path& casebook);

} // namespace waymark::files
