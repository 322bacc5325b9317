#include "core/platform/Process.h"

#if defined(__unix__) || defined(__APPLE__)
#include <cerrno>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif
#if defined(__linux__)
#include <sys/prctl.h>
#endif

namespace waymark::platform {

void hardenProcess()
{
#if defined(__unix__) || defined(__APPLE__)
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#endif
#if defined(__linux__)
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

bool processIsHardened()
{
    bool hardened = true;
#if defined(__unix__) || defined(__APPLE__)
    rlimit now{};
    hardened = getrlimit(RLIMIT_CORE, &now) == 0 && now.rlim_cur == 0 && now.rlim_max == 0;
#endif
#if defined(__linux__)
    hardened = hardened && prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#endif
    return hardened;
}

long processId()
{
#if defined(__unix__) || defined(__APPLE__)
    return static_cast<long>(::getpid());
#else
    return 0;
#endif
}

bool processRunning(long pid)
{
#if defined(__unix__) || defined(__APPLE__)
    if (pid <= 0)
        return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#else
    (void)pid;
    return true; // unknown: treated as running, so only age clears its files
#endif
}

std::string hostName()
{
#if defined(__unix__) || defined(__APPLE__)
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) == 0)
        return name;
#endif
    return {};
}

} // namespace waymark::platform
