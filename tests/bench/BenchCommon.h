#pragma once

// What every part of the person benchmark shares: timing, sampling, the operation record,
// small file and memory helpers. Figures, never pass/fail (docs/benchmarks.md).

#include "BenchRaw.h"

#include "core/Casebook.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace waymark::bench {

namespace fs = std::filesystem;
using SteadyClock = std::chrono::steady_clock;

inline constexpr int kSearchLimit = 50; // People::search's default, as the quick search asks
inline constexpr int kPageSize = 200;   // PersonListQuery's default

double msSince(SteadyClock::time_point t0);
[[noreturn]] void fatal(const std::string& what);
template <typename T> T need(Result<T> r, const char* what)
{
    if (!r)
        fatal(std::string(what) + ": " + describe(r.error()));
    return std::move(*r);
}
void needOk(const Status& st, const char* what);
std::int64_t fileSize(const fs::path& p);
fs::path withSuffix(fs::path p, const char* suffix);
void removeCasebookFiles(const fs::path& p);
long maxRssKb();
// Peak resident set of this process image (VmHWM). Unlike ru_maxrss, which Linux carries
// across exec from the process that forked, it starts afresh in an exec'd probe.
long peakKb();
long residentKb();
std::string isoNow();

struct Stat
{
    double median = 0;
    double p90 = 0;
    int n = 0;
    bool present() const { return n > 0; }
};
Stat statOf(std::vector<double> v);

struct Limits
{
    int runs = 21;          // samples wanted
    int minRuns = 5;        // at least this many, whatever the budget
    double budgetMs = 3000; // stop a series after this much wall time once minRuns are in
};

// One way of running an operation: an untimed step before each sample, the timed body, an
// untimed step after it.
struct Variant
{
    std::function<void()> before;
    std::function<void()> body;
    std::function<void()> after;
    std::vector<double> samples;
};

// Runs the variants in turn, sample by sample (so that a noisy moment on a shared machine
// hits them alike). discardFirst: one unmeasured call of each first (warm series).
void runSeries(const std::vector<Variant*>& variants, bool discardFirst, const Limits& limits);

struct Op
{
    std::string id;   // stable across runs (for --compare)
    std::string name; // shown
    std::string kind; // search | list | count | view | save
    std::string term;
    std::int64_t matches = -1;
    std::function<void()> prepare;          // untimed, on the main connection, before each Waymark sample
    std::function<void(Casebook&)> waymark; // the call through the door
    std::function<void(RawConn&)> raw;      // the same statements, raw
    Stat wmCold, rawCold, plainCold, wmWarm, rawWarm, plainWarm, wmAfter, rawAfter;
};

const char* filterName(PersonFilter f);

inline constexpr PersonFilter kFilters[] = {PersonFilter::All,
                                            PersonFilter::LookedAfter,
                                            PersonFilter::ChildProtectionPlan,
                                            PersonFilter::ExploitationConcern,
                                            PersonFilter::SendAln,
                                            PersonFilter::Restricted};

} // namespace waymark::bench
