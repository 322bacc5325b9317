#include "BenchMemory.h"

#include "BenchCommon.h"
#include "BenchJson.h"
#include "RawSql.h"

#include "core/Casebook.h"
#include "core/Text.h"
#include "core/demo/DemoGenerator.h"
#include "core/domain/PersonRules.h"
#include "core/security/Keyring.h"
#include "core/security/SecureBytes.h"
#include "core/store/Migrations.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace waymark::bench {

// ------------------------------------------------------------------------------------
// Memory probe: a fresh process (exec of this program) that unlocks with the standard KDF,
// runs the workload once and reports its memory. A separate process so that nothing the
// benchmark itself holds (raw connections, generation) is counted.

int memoryProbeMain(int argc, char** argv)
{
    // argv: --memory-probe PATH PERSON_ID_HEX TERM...
    if (argc < 4)
        return 2;
    const fs::path path = argv[2];
    MemoryFigures m;
    m.baseMaxKb = peakKb();
    {
        // Argon2id alone, median of three (it varies by tens of ms on a shared machine).
        auto keyring = need(Keyring::load(Casebook::keyFilePath(path)), "key file");
        std::vector<double> kdf;
        for (int i = 0; i < 3; ++i) {
            const auto k0 = SteadyClock::now();
            auto key = need(keyring.unlock(demo::kDemoUser, demo::kDemoPassword), "unlock");
            kdf.push_back(msSince(k0));
        }
        m.kdfMs = statOf(kdf).median;
    }
    const auto t0 = SteadyClock::now();
    auto cb = need(Casebook::open(path, demo::kDemoUser, demo::kDemoPassword), "open");
    m.unlockMs = msSince(t0);
    m.unlockMaxKb = peakKb();
    m.unlockRssKb = residentKb();
    for (int i = 4; i < argc; ++i)
        (void)cb->people().search(argv[i], kSearchLimit);
    for (PersonFilter f : kFilters) {
        PersonListQuery q;
        q.filter = f;
        (void)cb->people().list(q);
        (void)cb->people().count(f);
    }
    if (auto id = Uuid::parse(argv[3]))
        (void)cb->people().view(*id);
    m.workloadRssKb = residentKb();
    m.endMaxKb = peakKb();
    m.ruMaxKb = maxRssKb();
    std::printf("MEM %.3f %.3f %ld %ld %ld %ld %ld %ld\n", m.kdfMs, m.unlockMs, m.baseMaxKb, m.unlockMaxKb,
                m.unlockRssKb, m.workloadRssKb, m.endMaxKb, m.ruMaxKb);
    return 0;
}

MemoryFigures runMemoryProbe(const fs::path& path, const std::string& personId, const std::vector<Term>& terms)
{
    MemoryFigures m;
    std::vector<std::string> args = {"bench_people", "--memory-probe", path.string(), personId};
    for (const auto& t : terms)
        args.push_back(t.text);
    int fds[2];
    if (pipe(fds) != 0)
        return m;
    std::fflush(stdout);
    std::fflush(stderr);
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        close(fds[1]);
        std::vector<char*> argvChild;
        for (auto& a : args)
            argvChild.push_back(a.data());
        argvChild.push_back(nullptr);
        execv("/proc/self/exe", argvChild.data());
        _exit(127);
    }
    close(fds[1]);
    std::string out;
    char buf[512];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;)
        out.append(buf, static_cast<std::size_t>(n));
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    std::istringstream in(out);
    std::string tag;
    in >> tag >> m.kdfMs >> m.unlockMs >> m.baseMaxKb >> m.unlockMaxKb >> m.unlockRssKb >> m.workloadRssKb >>
        m.endMaxKb >> m.ruMaxKb;
    m.ok = tag == "MEM" && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return m;
}

} // namespace waymark::bench
