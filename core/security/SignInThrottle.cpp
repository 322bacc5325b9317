#include "core/security/SignInThrottle.h"

#include "core/Text.h"
#include "core/platform/FileLock.h"
#include "core/store/AtomicFile.h"

#include <charconv>

namespace waymark {

namespace {

struct Failure
{
    std::string tag;
    std::int64_t ms = 0;
};

std::int64_t toMs(std::chrono::system_clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

std::vector<Failure> readFailures(const std::filesystem::path& path)
{
    std::vector<Failure> out;
    auto content = readWholeFile(path);
    if (!content)
        return out;
    for (const auto& line : text::split(*content, '\n')) {
        const auto space = line.find(' ');
        if (space == std::string::npos)
            continue;
        Failure f{line.substr(0, space), 0};
        const char* first = line.data() + space + 1;
        const char* last = line.data() + line.size();
        if (std::from_chars(first, last, f.ms).ec == std::errc())
            out.push_back(std::move(f));
    }
    return out;
}

} // namespace

SignInThrottle::SignInThrottle(std::filesystem::path casebookPath)
    : m_path(std::move(casebookPath))
{
    m_path += ".throttle";
}

Status SignInThrottle::admit(const std::string& accountTag, std::chrono::system_clock::time_point now)
{
    auto lock = platform::FileLock::exclusive(std::filesystem::path(m_path.string() + ".lock"));
    if (!lock)
        return fail(ErrorCode::Io, "cannot count this sign-in attempt (" + lock.error().detail + "); refused");
    const std::int64_t since = toMs(now - kWindow);
    // Attempts stamped well after "now" (the clock was put back) do not lock anyone out.
    const std::int64_t until = toMs(now + std::chrono::minutes(1));
    int recent = 0;
    for (const auto& f : readFailures(m_path))
        if (f.tag == accountTag && f.ms > since && f.ms <= until)
            ++recent;
    if (recent >= kMaxFailures)
        return fail(ErrorCode::Throttled, "too many failed sign-ins for this account; wait a few minutes");
    if (auto st = appendLine(m_path, accountTag + " " + std::to_string(toMs(now))); !st)
        return fail(ErrorCode::Io, "cannot count this sign-in attempt (is the disk full?); refused");
    return {};
}

void SignInThrottle::clear(const std::string& accountTag, std::chrono::system_clock::time_point now)
{
    auto lock = platform::FileLock::exclusive(std::filesystem::path(m_path.string() + ".lock"));
    std::error_code ec;
    if (!std::filesystem::exists(m_path, ec))
        return;
    const std::int64_t since = toMs(now - kWindow);
    std::string kept;
    for (const auto& f : readFailures(m_path))
        if (f.tag != accountTag && f.ms > since)
            kept += f.tag + " " + std::to_string(f.ms) + "\n";
    if (kept.empty())
        std::filesystem::remove(m_path, ec);
    else
        (void)writeFileAtomically(m_path, kept);
}

} // namespace waymark
