#include "core/CasebookFiles.h"

#include "core/Casebook.h"
#include "core/KeyFileChange.h"
#include "core/security/Keyring.h"
#include "core/store/Database.h"

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace waymark {

namespace {

namespace fs = std::filesystem;

constexpr char kPlainSqliteHeader[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                         'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
// Every SQLite page size is a multiple of 512; Waymark's is 4096.
constexpr std::uintmax_t kPageMultiple = 512;
// A key file holds a few hundred bytes per user.
constexpr std::uintmax_t kMaxKeyFileSize = 1024 * 1024;

std::unexpected<Error> notACasebook(std::string rule, std::string detail)
{
    Error e = Error::make(ErrorCode::NotACasebook, std::move(detail), "path");
    e.rule = std::move(rule);
    return std::unexpected(std::move(e));
}

fs::path withSuffix(const fs::path& p, std::string_view suffix)
{
    auto out = p;
    out += std::string(suffix);
    return out;
}

std::uintmax_t sizeOrZero(const fs::path& p)
{
    std::error_code ec;
    const auto n = fs::file_size(p, ec);
    return ec ? 0 : n;
}

} // namespace

namespace files {

std::optional<std::array<std::uint8_t, 16>> fileSalt(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return std::nullopt;
    std::array<std::uint8_t, 16> salt{};
    const ssize_t n = ::pread(fd, salt.data(), salt.size(), 0);
    ::close(fd);
    if (n != static_cast<ssize_t>(salt.size()))
        return std::nullopt;
    return salt;
}

fs::path creatingPath(const fs::path& casebook)
{
    return withSuffix(casebook, ".creating");
}

fs::path searchBuildPath(const fs::path& building)
{
    return withSuffix(building, ".search");
}

Status syncFile(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::unexpected(ioErrorFromErrno(errno, "opening the new casebook to sync it"));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return std::unexpected(ioErrorFromErrno(err, "syncing the new casebook"));
    return {};
}

Status syncFolder(const fs::path& folder)
{
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return std::unexpected(ioErrorFromErrno(errno, "opening the folder to sync it"));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return std::unexpected(ioErrorFromErrno(err, "syncing the folder"));
    return {};
}

Result<bool> clearUnfinishedCreation(const fs::path& casebook)
{
    std::error_code ec;
    const fs::path building = creatingPath(casebook);
    const fs::path buildingKeys = Casebook::keyFilePath(building);
    const fs::path keys = Casebook::keyFilePath(casebook);
    bool strayKeyFile = fs::exists(keys, ec) && !fs::exists(casebook, ec);
    if (strayKeyFile && fs::exists(building, ec)) {
        // Published key file, unpublished casebook: the crash fell between the two renames.
        auto keyring = Keyring::load(keys);
        const auto salt = files::fileSalt(building);
        if (keyring && keyring->databaseSalt() && salt && *keyring->databaseSalt() == *salt) {
            fs::remove(keys, ec);
            if (ec)
                return std::unexpected(ioErrorFromErrno(ec.value(), "removing an unfinished key file"));
            strayKeyFile = false;
        }
    }
    // A demo build runs Casebook::create on `building` itself, which builds under
    // "<name>.creating.creating": a kill there leaves that second level too.
    const fs::path inner = creatingPath(building);
    for (const fs::path& level : {building, inner})
        for (const char* suffix : {"", "-wal", "-shm", "-journal", ".keys", ".signins", ".search", ".search-journal",
                                   ".search-wal", ".search-shm"}) {
            fs::remove(withSuffix(level, suffix), ec);
            if (ec)
                return std::unexpected(ioErrorFromErrno(ec.value(), "removing an unfinished casebook"));
        }
    // Temporary key files of writeFileAtomically: "<name>.creating.keys.tmp-XXXXXX" (and the
    // second level's "<name>.creating.creating.keys.tmp-XXXXXX").
    const fs::path folder = casebook.has_parent_path() ? casebook.parent_path() : fs::path(".");
    const std::string tmpPrefix = buildingKeys.filename().string() + ".tmp-";
    const std::string innerTmpPrefix = Casebook::keyFilePath(inner).filename().string() + ".tmp-";
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(tmpPrefix) || name.starts_with(innerTmpPrefix))
            fs::remove(entry.path(), ec);
    }
    return strayKeyFile;
}

Status publish(const fs::path& built, const fs::path& casebook)
{
    std::error_code ec;
    // Never over anything: a casebook or key file that appeared meanwhile stays.
    if (fs::exists(casebook, ec) || fs::exists(Casebook::keyFilePath(casebook), ec))
        return fail(ErrorCode::AlreadyExists, "a casebook already exists at that path");
    if (::rename(Casebook::keyFilePath(built).c_str(), Casebook::keyFilePath(casebook).c_str()) != 0)
        return std::unexpected(ioErrorFromErrno(errno, "naming the new key file"));
    if (::rename(built.c_str(), casebook.c_str()) != 0)
        return std::unexpected(ioErrorFromErrno(errno, "naming the new casebook"));
    return syncFolder(casebook.has_parent_path() ? casebook.parent_path() : fs::path("."));
}

bool recordDatabaseSalt(Database& db, const fs::path& casebook)
{
    const auto salt = fileSalt(casebook);
    if (!salt)
        return false;
    Transaction tx(db);
    if (!tx.begun())
        return false;
    const fs::path keys = Casebook::keyFilePath(casebook);
    auto keyring = Keyring::load(keys); // again, under the lock: another program may have changed it
    if (!keyring)
        return false;
    if (keyring->databaseSalt())
        return true;
    keyring->setDatabaseSalt(*salt);
    return keyring->save(keys) && tx.commit();
}

Status createEmptyFile(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return std::unexpected(ioErrorFromErrno(errno, "creating a file beside the casebook"));
    ::close(fd);
    return {};
}

RetiredFile::RetiredFile(const fs::path& path)
    : m_fd(::open(path.c_str(), O_RDWR | O_CLOEXEC))
{}

RetiredFile::~RetiredFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void RetiredFile::retire()
{
    if (m_fd < 0)
        return;
    std::array<std::uint8_t, 4096> page{}; // SQLCipher's page: the whole first page, header and all
    randombytes_buf(page.data(), page.size());
    (void)::pwrite(m_fd, page.data(), page.size(), 0);
    ::close(m_fd); // drops this process's locks on the old file: it is unreadable by now
    m_fd = -1;
}

} // namespace files

Status Casebook::probe(const std::filesystem::path& path)
{
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec && ec != std::errc::no_such_file_or_directory)
        return std::unexpected(ioErrorFromErrno(ec.value(), "looking at the casebook file"));
    if (!fs::exists(status))
        return fail(ErrorCode::NotFound, "no casebook at that path", "path");
    if (fs::is_directory(status))
        return notACasebook("directory", "that is a folder, not a casebook file");
    if (!fs::is_regular_file(status))
        return notACasebook("not_a_file", "that is a device or other special file, not a casebook file");

    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::unexpected(ioErrorFromErrno(errno, "reading the casebook file"));
    struct stat info
    {};
    char header[16] = {};
    const bool statted = ::fstat(fd, &info) == 0;
    const ssize_t got = ::pread(fd, header, sizeof header, 0);
    const int readErr = errno;
    ::close(fd);
    if (!statted || got < 0)
        return std::unexpected(ioErrorFromErrno(readErr, "reading the casebook file"));
    const auto size = static_cast<std::uintmax_t>(info.st_size);
    // Right after a crash, a live casebook's pages may all still be in its write-ahead log.
    const bool walHoldsPages = sizeOrZero(withSuffix(path, "-wal")) > 0;
    if (size == 0 && !walHoldsPages)
        return notACasebook("empty", "the file is empty (0 bytes)");
    if (got == static_cast<ssize_t>(sizeof header) && std::memcmp(header, kPlainSqliteHeader, sizeof header) == 0)
        return notACasebook("plain_sqlite", "that is an unencrypted SQLite database, not a casebook");
    if (size % kPageMultiple != 0)
        return notACasebook("wrong_size", "its size is not a whole number of database pages");

    const fs::path keys = keyFilePath(path);
    const auto keyStatus = fs::status(keys, ec);
    if (!fs::exists(keyStatus))
        return fail(ErrorCode::KeyFileMissing,
                    "the key file " + keys.filename().string() + " is not beside the casebook", "path");
    if (!fs::is_regular_file(keyStatus))
        return fail(ErrorCode::KeyFileMissing, "the key file " + keys.filename().string() + " is not a file", "path");
    if (sizeOrZero(keys) > kMaxKeyFileSize)
        return fail(ErrorCode::Damaged, "the casebook's key file is damaged (far too large)");
    auto keyring = Keyring::load(keys);
    if (!keyring)
        return std::unexpected(keyring.error());
    // A rekey stopped after its new casebook file was published and before its key file was
    // put in place: the pending key file names the casebook (core/Casebook.h, rekey()).
    bool pendingNamesIt = false;
    if (keyring->databaseSalt() && got == static_cast<ssize_t>(sizeof header))
        for (const auto& [n, pendingPath] : keyfile::pendingFiles(keys)) {
            auto pending = Keyring::load(pendingPath);
            if (pending && pending->databaseSalt() &&
                std::memcmp(pending->databaseSalt()->data(), header, sizeof header) == 0)
                pendingNamesIt = true;
        }
    if (keyring->databaseSalt() && size > 0 && !pendingNamesIt) {
        // Another casebook's salt differs in about half of its 128 bits; a few flipped bits
        // are damage to this casebook's first page.
        int differingBits = 0;
        for (std::size_t i = 0; i < keyring->databaseSalt()->size(); ++i)
            differingBits += std::popcount(
                static_cast<unsigned>((*keyring->databaseSalt())[i] ^ static_cast<std::uint8_t>(header[i])));
        // A first sector overwritten with one repeated byte is damage too (a bad disk).
        const bool uniform = std::all_of(header, header + sizeof header, [&](char c) { return c == header[0]; });
        if (differingBits > 8 && !uniform)
            return fail(ErrorCode::KeyFileMismatch,
                        "the key file beside it belongs to another casebook (or the file is not a casebook)", "path");
        if (differingBits > 0)
            return fail(ErrorCode::Damaged, "the casebook's first page is damaged");
    }

    // Every sign-in is audited, so the casebook, its key file and its folder must be writable.
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    for (const fs::path& p : {path, keys, folder})
        if (::access(p.c_str(), W_OK) != 0)
            return std::unexpected(ioErrorFromErrno(errno == EACCES ? EROFS : errno,
                                                    "the casebook, its key file and its folder must be writable"));
    return {};
}

} // namespace waymark
