#include "core/platform/FileLock.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace waymark::platform {

Result<FileLock> FileLock::exclusive(const std::filesystem::path& path)
{
    // flock, not fcntl: fcntl locks do not exclude other threads of the same process.
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(ErrorCode::Io, std::string("cannot open a lock file: ") + std::strerror(errno));
    while (::flock(fd, LOCK_EX) != 0) {
        if (errno == EINTR)
            continue;
        const int error = errno;
        ::close(fd);
        return fail(ErrorCode::Io, std::string("cannot lock: ") + std::strerror(error));
    }
    return FileLock(fd);
}

FileLock::FileLock(FileLock&& other) noexcept
    : m_fd(other.m_fd)
{
    other.m_fd = -1;
}

FileLock::~FileLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
}

} // namespace waymark::platform
