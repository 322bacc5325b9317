#include "core/store/AtomicFile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace waymark {

namespace {

Status writeAll(int fd, std::string_view bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return std::unexpected(ioErrorFromErrno(errno, "writing"));
        }
        done += static_cast<std::size_t>(n);
    }
    return {};
}

} // namespace

namespace {
void syncFolderOf(const std::filesystem::path& path)
{
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}
} // namespace

Status renameDurably(const std::filesystem::path& from, const std::filesystem::path& to)
{
    if (::rename(from.c_str(), to.c_str()) != 0)
        return std::unexpected(ioErrorFromErrno(errno, "renaming into place"));
    syncFolderOf(to);
    return {};
}

Status writeFileAtomically(const std::filesystem::path& path, std::string_view bytes)
{
    std::string tmpl = path.string() + ".tmp-XXXXXX";
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0)
        return std::unexpected(ioErrorFromErrno(errno, "creating a temporary file"));
    const std::filesystem::path tmp(tmpl);
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    auto st = writeAll(fd, bytes);
    if (st && ::fsync(fd) != 0)
        st = std::unexpected(ioErrorFromErrno(errno, "syncing"));
    if (::close(fd) != 0 && st)
        st = std::unexpected(ioErrorFromErrno(errno, "closing"));
    if (st && ::rename(tmp.c_str(), path.c_str()) != 0)
        st = std::unexpected(ioErrorFromErrno(errno, "renaming into place"));
    if (!st) {
        std::error_code ec;
        std::filesystem::remove(tmp, ec);
        return st;
    }
    syncFolderOf(path);
    return {};
}

Status appendLine(const std::filesystem::path& path, std::string_view line)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return std::unexpected(ioErrorFromErrno(errno, "opening for append"));
    std::string withNewline(line);
    withNewline += '\n';
    auto st = writeAll(fd, withNewline);
    if (st && ::fsync(fd) != 0)
        st = std::unexpected(ioErrorFromErrno(errno, "syncing"));
    ::close(fd);
    return st;
}

Result<std::string> readWholeFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail(ErrorCode::NotFound, "cannot read " + path.filename().string());
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad())
        return fail(ErrorCode::Io, "read failed: " + path.filename().string());
    return ss.str();
}

} // namespace waymark
