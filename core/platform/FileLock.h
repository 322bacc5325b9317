#pragma once

#include "core/Error.h"

#include <filesystem>

namespace waymark::platform {

// An exclusive advisory lock on a small lock file, held until destroyed: between processes and
// between threads of one process alike (each lock opens the file anew). Waits for the holder.
class FileLock
{
public:
    static Result<FileLock> exclusive(const std::filesystem::path& path);
    FileLock(FileLock&& other) noexcept;
    FileLock& operator=(FileLock&&) = delete;
    FileLock(const FileLock&) = delete;
    ~FileLock();

private:
    explicit FileLock(int fd)
        : m_fd(fd)
    {}
    int m_fd = -1;
};

} // namespace waymark::platform
