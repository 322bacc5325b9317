#include "core/platform/Process.h"

#if defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
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

} // namespace waymark::platform
