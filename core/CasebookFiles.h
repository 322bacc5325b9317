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
// Where a casebook being built keeps its full-text index while it is made (a side database
// under a key nobody keeps; clearUnfinishedCreation() removes one a killed build left).
std::filesystem::path searchBuildPath(const std::filesystem::path& building);

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

// Where a rekey builds the casebook's copy under the new key (core/CasebookRekey.cpp), and
// what a rekey stopped before publishing it left there.
std::filesystem::path rekeyingPath(const std::filesystem::path& casebook);
// Creates `path` empty (mode 0600), replacing nothing (AlreadyExists/Io otherwise).
Status createEmptyFile(const std::filesystem::path& path);
bool hasRekeyLeftovers(const std::filesystem::path& casebook); // the copy's files, or a stray -journal
void clearRekeyLeftovers(const std::filesystem::path& casebook);
// The casebook's own `-journal`: while a rekey runs the casebook leaves WAL mode, and in
// exclusive locking mode SQLite zeroes its journal rather than deleting it, so a killed rekey
// leaves one. Only under the write lock, in WAL mode (where no journal is in use), after
// SQLite has rolled back any hot journal on opening.
void clearStrayJournal(const std::filesystem::path& casebook);

// A rekey's old casebook file, held open across the rename that replaces it. retire()
// overwrites its first page with random bytes, so a program that opened the old file just
// before it was replaced (and has read nothing yet) fails to read it rather than writing
// into a file no one will open again. It writes nothing durable: the file is already unlinked.
class RetiredFile
{
public:
    explicit RetiredFile(const std::filesystem::path& path);
    ~RetiredFile();
    RetiredFile(const RetiredFile&) = delete;
    RetiredFile& operator=(const RetiredFile&) = delete;
    bool isOpen() const { return m_fd >= 0; }
    void retire();
    // The file stays in use (the rename failed): its descriptor is left open, because closing
    // it would drop this process's SQLite locks on the file (POSIX locks belong to the process).
    void keep() { m_fd = -1; }

private:
    int m_fd = -1;
};

} // namespace waymark::files
