#pragma once

#include "BenchTerms.h"

#include <filesystem>
#include <string>
#include <vector>

namespace waymark::bench {

// Memory probe: a fresh process (exec of this program) that unlocks with the standard KDF,
// runs the workload once and reports its memory. A separate process so that nothing the
// benchmark itself holds (raw connections, generation) is counted.

struct MemoryFigures
{
    double kdfMs = 0;       // Argon2id alone (Keyring::unlock), measured first
    double unlockMs = 0;    // Casebook::open: KDF + open + migrate check + sign-in audit
    long baseMaxKb = 0;     // before anything
    long unlockMaxKb = 0;   // ru_maxrss after unlock (includes the KDF's transient)
    long unlockRssKb = 0;   // resident after unlock
    long workloadRssKb = 0; // resident after the workload
    long endMaxKb = 0;      // peak (VmHWM) at the end
    long ruMaxKb = 0;       // getrusage ru_maxrss at the end (may include the forking parent's)
    bool ok = false;
};

// The probe's own entry point (main calls it when started as the probe).
int memoryProbeMain(int argc, char** argv);
MemoryFigures runMemoryProbe(const std::filesystem::path& path, const std::string& personId,
                             const std::vector<Term>& terms);

} // namespace waymark::bench
