// verify's replay of the change log at a scale (core/store/ChangeReplay.h, docs/threat-model.md,
// "Edits outside the change log"): the replay alone, then the whole verify, with the process's
// peak memory. Figures, never pass/fail.
//
//   bench_change_replay CASEBOOK USER [--runs N] [--verify 0|1]
//   (password: WAYMARK_PASSWORD)

#include "core/Casebook.h"
#include "core/store/ChangeReplay.h"

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace waymark;
using Steady = std::chrono::steady_clock;

namespace {

double msSince(Steady::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Steady::now() - t0).count();
}

long peakKib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_change_replay CASEBOOK USER [--runs N] (password: WAYMARK_PASSWORD)\n");
        return 2;
    }
    int runs = 3;
    bool verify = true;
    for (int i = 3; i + 1 < argc; i += 2) {
        if (std::string(argv[i]) == "--runs")
            runs = std::atoi(argv[i + 1]);
        else if (std::string(argv[i]) == "--verify")
            verify = std::string(argv[i + 1]) != "0";
    }
    const char* password = std::getenv("WAYMARK_PASSWORD");
    auto cb = Casebook::open(argv[1], argv[2], password ? password : "");
    if (!cb) {
        std::fprintf(stderr, "open: %s\n", describe(cb.error()).c_str());
        return 1;
    }
    for (int run = 0; run < runs; ++run) {
        auto t0 = Steady::now();
        auto replayed = replayChangeLog((*cb)->database());
        const double replayMs = msSince(t0);
        if (!replayed) {
            std::fprintf(stderr, "replay: %s\n", describe(replayed.error()).c_str());
            return 1;
        }
        const long replayPeak = peakKib();
        std::printf("run %d: replay %.0f ms (%s: %s); peak %ld KiB\n", run + 1, replayMs,
                    replayed->ok ? "ok" : "FAILED", replayed->detail.c_str(), replayPeak);
        if (!verify)
            continue;
        t0 = Steady::now();
        auto report = (*cb)->verify();
        const double verifyMs = msSince(t0);
        if (!report) {
            std::fprintf(stderr, "verify: %s\n", describe(report.error()).c_str());
            return 1;
        }
        std::printf("run %d: verify %.0f ms (ok %d, changes: %s); peak %ld KiB\n", run + 1, verifyMs,
                    report->ok() ? 1 : 0, report->changesDetail.c_str(), peakKib());
    }
    return 0;
}
