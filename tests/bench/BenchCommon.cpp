#include "BenchCommon.h"

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

double msSince(SteadyClock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - t0).count();
}

[[noreturn]] void fatal(const std::string& what)
{
    std::fprintf(stderr, "bench_people: %s\n", what.c_str());
    std::exit(1);
}

void needOk(const Status& st, const char* what)
{
    if (!st)
        fatal(std::string(what) + ": " + describe(st.error()));
}

std::int64_t fileSize(const fs::path& p)
{
    std::error_code ec;
    const auto n = fs::file_size(p, ec);
    return ec ? 0 : static_cast<std::int64_t>(n);
}

fs::path withSuffix(fs::path p, const char* suffix)
{
    p += suffix;
    return p;
}

void removeCasebookFiles(const fs::path& p)
{
    std::error_code ec;
    for (const char* s : {"", "-wal", "-shm", "-journal", ".keys", ".signins", ".signins.importing", ".throttle"})
        fs::remove(withSuffix(p, s), ec);
}

long maxRssKb()
{
    struct rusage ru
    {};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

long peakKb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.starts_with("VmHWM:"))
            return std::atol(line.c_str() + 6);
    return maxRssKb();
}

long residentKb()
{
    std::ifstream statm("/proc/self/statm");
    long size = 0;
    long resident = 0;
    statm >> size >> resident;
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

std::string isoNow()
{
    const std::time_t t = std::time(nullptr);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
    return buf;
}

// ------------------------------------------------------------------------------------
// Sampling

Stat statOf(std::vector<double> v)
{
    Stat s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    s.n = static_cast<int>(v.size());
    s.median = v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    const auto idx = static_cast<std::size_t>(std::ceil(0.9 * static_cast<double>(v.size()))) - 1;
    s.p90 = v[std::min(idx, v.size() - 1)];
    return s;
}

void runSeries(const std::vector<Variant*>& variants, bool discardFirst, const Limits& limits)
{
    if (discardFirst)
        for (Variant* v : variants) {
            if (v->before)
                v->before();
            v->body();
            if (v->after)
                v->after();
        }
    const auto t0 = SteadyClock::now();
    for (int i = 0; i < limits.runs; ++i) {
        for (Variant* v : variants) {
            if (v->before)
                v->before();
            const auto s0 = SteadyClock::now();
            v->body();
            v->samples.push_back(msSince(s0));
            if (v->after)
                v->after();
        }
        if (i + 1 >= limits.minRuns && msSince(t0) > limits.budgetMs)
            break;
    }
}

// ------------------------------------------------------------------------------------
// Operations

const char* filterName(PersonFilter f)
{
    switch (f) {
    case PersonFilter::All:
        return "all";
    case PersonFilter::LookedAfter:
        return "looked-after";
    case PersonFilter::ChildProtectionPlan:
        return "child-protection-plan";
    case PersonFilter::ExploitationConcern:
        return "exploitation-concern";
    case PersonFilter::SendAln:
        return "send-aln";
    case PersonFilter::Restricted:
        return "restricted";
    }
    return "?";
}

} // namespace waymark::bench
