// bench_delivery: casework delivery at a scale — note search, the person's timeline, adding a
// session and a note — through the desks and as the same SQL on the same SQLCipher connection
// with no Waymark code in between ("raw"; reads also "raw + door": the role check and the
// consultation's audit row). Figures, never pass/fail (docs/benchmarks.md, "Delivery").
//
//   bench_delivery [--scale small|medium|large] [--dir DIR] [--runs N] [--json FILE] [--explain]
//
// The casebook is the demo casebook of the scale (core/demo: people, referrals and their
// casework; at large about a million notes), generated once into DIR and reused. The writes
// are made on a copy, so every run measures the same bytes.

#include "core/Casebook.h"
#include "core/demo/DemoGenerator.h"
#include "core/demo/DemoPhrases.h"
#include "core/store/Database.h"

#include "BenchCommon.h"
#include "BenchDeliveryOps.h"
#include "BenchRaw.h"

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

using namespace waymark;
using namespace waymark::bench;
using namespace waymark::demo;

namespace {

struct Figures
{
    double median = 0;
    double p95 = 0;
};

Figures figuresOf(std::vector<double> v)
{
    Figures f;
    if (v.empty())
        return f;
    std::sort(v.begin(), v.end());
    f.median = v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    const auto idx = static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(v.size()))) - 1;
    f.p95 = v[std::min(idx, v.size() - 1)];
    return f;
}

std::unique_ptr<Casebook> openDemo(const fs::path& path)
{
    return need(Casebook::open(path, std::string(kDemoUser), std::string(kDemoPassword)), "open");
}

double generate(const fs::path& path, Scale scale)
{
    DemoOptions options;
    options.scale = scale;
    options.seed = 2026;
    options.kdf = KdfStrength::Minimum;
    const auto t0 = SteadyClock::now();
    auto summary = need(generateDemoCasebook(path, options, {}), "demo");
    const double seconds = msSince(t0) / 1000;
    std::printf("generated %d people, %d referrals, %d sessions and %d notes in %.1f s\n", summary.people,
                summary.referrals, summary.delivery.sessions, summary.delivery.notes, seconds);
    std::ofstream(fs::path(path).concat(".generation")) << seconds << "\n";
    return seconds;
}

struct Row
{
    std::string id;
    std::string name;
    Figures wmCold, rawCold, doorCold, wmWarm, rawWarm, doorWarm;
};

void copyCasebook(const fs::path& from, const fs::path& to)
{
    removeCasebookFiles(to);
    fs::copy_file(from, to, fs::copy_options::overwrite_existing);
    fs::copy_file(withSuffix(from, ".keys"), withSuffix(to, ".keys"), fs::copy_options::overwrite_existing);
}

// The memory probe: this program again, in a fresh process that opens the casebook, runs every
// reading once and each write once, and prints its peak and resident memory.
int probeMain(const fs::path& path)
{
    const long before = peakKb();
    auto cb = openDemo(path);
    const long afterOpen = residentKb();
    const DeliveryInputs inputs = findInputs(*cb);
    auto ops = deliveryOps(inputs);
    for (auto& op : ops)
        op.wm(*cb);
    std::printf("%ld %ld %ld %ld\n", before, afterOpen, residentKb(), peakKb());
    return 0;
}

struct Memory
{
    long baseKb = 0, openKb = 0, residentKb = 0, peakKb = 0;
};

Memory runProbe(const char* self, const fs::path& path)
{
    int fds[2];
    if (pipe(fds) != 0)
        fatal("pipe");
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 1);
        close(fds[0]);
        const std::string p = path.string();
        execl(self, self, "--probe", p.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    close(fds[1]);
    std::string out;
    char buf[256];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;)
        out.append(buf, static_cast<std::size_t>(n));
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    Memory m;
    if (std::sscanf(out.c_str(), "%ld %ld %ld %ld", &m.baseKb, &m.openKb, &m.residentKb, &m.peakKb) != 4)
        fatal("memory probe: " + out);
    return m;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc == 3 && !std::strcmp(argv[1], "--probe"))
        return probeMain(argv[2]);
    std::string scaleText = "small";
    fs::path dir = "/tmp/waymark-bench";
    fs::path json;
    int runs = 21;
    bool explain = false;
    for (int i = 1; i < argc; ++i)
        if (!std::strcmp(argv[i], "--explain"))
            explain = true;
    for (int i = 1; i + 1 < argc; ++i) {
        if (!std::strcmp(argv[i], "--scale"))
            scaleText = argv[++i];
        else if (!std::strcmp(argv[i], "--dir"))
            dir = argv[++i];
        else if (!std::strcmp(argv[i], "--runs"))
            runs = std::max(3, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--json"))
            json = argv[++i];
    }
    const Scale scale = need(scaleFromName(scaleText), "scale");
    fs::create_directories(dir);
    const fs::path kept = dir / ("delivery-" + scaleText + ".waymark");
    double generation = -1;
    if (!fs::exists(kept))
        generation = generate(kept, scale);
    else if (std::ifstream in(fs::path(kept).concat(".generation")); in)
        in >> generation;
    const fs::path path = dir / ("delivery-run-" + scaleText + ".waymark");
    copyCasebook(kept, path);
    if (json.empty())
        json = dir / ("delivery-" + scaleText + ".json");

    RawIdentity identity;
    {
        auto cb = openDemo(path);
        identity.userId.assign(cb->user().id.bytes().begin(), cb->user().id.bytes().end());
        identity.userIdText = cb->user().id.toString();
        identity.username = cb->user().username;
        identity.siteId = cb->info().siteId;
    }
    // The inputs (search terms with their match counts, the people whose timelines are read,
    // what is added) are found once, then every sample runs the same operation.
    DeliveryInputs inputs;
    {
        auto cb = openDemo(path);
        inputs = findInputs(*cb);
        if (explain) {
            for (auto& op : deliveryOps(inputs))
                if (op.explain)
                    op.explain(*cb);
            return 0;
        }
    }
    std::vector<Row> rows;
    std::vector<std::string> notes;
    for (auto& op : deliveryOps(inputs))
        notes.push_back(op.id + ": " + op.about);
    const std::size_t opCount = notes.size();
    for (std::size_t k = 0; k < opCount; ++k) {
        Row row;
        std::vector<double> wmCold, rawCold, doorCold, wmWarm, rawWarm, doorWarm;
        std::string id, name;
        bool write = false;
        for (int run = 0; run < runs; ++run) {
            // Cold: a fresh connection each (an empty page cache), opened untimed; the three
            // columns interleaved so that a noisy moment hits them alike.
            for (int variant = 0; variant < 3; ++variant) {
                auto c = openDemo(path);
                auto ops = deliveryOps(inputs);
                auto& op = ops[k];
                id = op.id;
                name = op.name;
                write = op.write;
                auto door = RawConn::wrap(c->database().handle(), identity);
                if (op.prepare)
                    op.prepare(*c);
                const auto t0 = SteadyClock::now();
                if (variant > 0 && write)
                    continue; // writes: Waymark only (see docs/benchmarks.md)
                if (variant == 0)
                    op.wm(*c);
                else
                    op.raw(*c, *door);
                if (variant == 2)
                    door->doorForReading(op.operation, op.recordType, "consultation");
                (variant == 0 ? wmCold : variant == 1 ? rawCold : doorCold).push_back(msSince(t0));
            }
        }
        {
            auto c = openDemo(path);
            auto ops = deliveryOps(inputs);
            auto& op = ops[k];
            auto door = RawConn::wrap(c->database().handle(), identity);
            op.wm(*c);
            if (op.raw)
                op.raw(*c, *door);
            for (int run = 0; run < runs; ++run) {
                for (int variant = 0; variant < 3; ++variant) {
                    if (variant > 0 && !op.raw)
                        continue;
                    if (op.prepare)
                        op.prepare(*c);
                    const auto t0 = SteadyClock::now();
                    if (variant == 0)
                        op.wm(*c);
                    else
                        op.raw(*c, *door);
                    if (variant == 2)
                        door->doorForReading(op.operation, op.recordType, "consultation");
                    (variant == 0 ? wmWarm : variant == 1 ? rawWarm : doorWarm).push_back(msSince(t0));
                }
            }
        }
        row.id = id;
        row.name = name;
        row.wmCold = figuresOf(wmCold);
        row.rawCold = figuresOf(rawCold);
        row.doorCold = figuresOf(doorCold);
        row.wmWarm = figuresOf(wmWarm);
        row.rawWarm = figuresOf(rawWarm);
        row.doorWarm = figuresOf(doorWarm);
        rows.push_back(row);
    }

    const Memory memory = runProbe(argv[0], path);

    std::printf("\n%s (%s), median of %d, ms; p95 in brackets; ratio = waymark / (raw + door) for readings, "
                "waymark / raw for writes (the raw write includes the door's work)\n",
                scaleText.c_str(), kept.filename().c_str(), runs);
    std::printf("%-52s %16s %16s %16s %6s %16s %16s %16s %6s\n", "operation", "wm cold", "raw cold", "raw+door cold",
                "ratio", "wm warm", "raw warm", "raw+door warm", "ratio");
    auto cell = [](const Figures& f) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%7.2f (%6.2f)", f.median, f.p95);
        return std::string(buf);
    };
    std::ofstream out(json);
    out << "{\n  \"scale\": \"" << scaleText << "\",\n  \"runs\": " << runs << ",\n  \"generation_s\": " << generation
        << ",\n  \"memory_kb\": {\"peak\": " << memory.peakKb << ", \"resident_after_open\": " << memory.openKb
        << ", \"resident_after_workload\": " << memory.residentKb << "},\n  \"operations\": [\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        const bool write = r.id.starts_with("add.");
        const double coldBase = write ? r.rawCold.median : r.doorCold.median;
        const double warmBase = write ? r.rawWarm.median : r.doorWarm.median;
        std::printf("%-52s %16s %16s %16s %6.2f %16s %16s %16s %6.2f\n", r.name.c_str(), cell(r.wmCold).c_str(),
                    write ? "" : cell(r.rawCold).c_str(), write ? "" : cell(r.doorCold).c_str(),
                    write ? 0.0 : r.wmCold.median / coldBase, cell(r.wmWarm).c_str(),
                    write ? "" : cell(r.rawWarm).c_str(), write ? "" : cell(r.doorWarm).c_str(),
                    write ? 0.0 : r.wmWarm.median / warmBase);
        auto js = [](const Figures& f) {
            char buf[96];
            std::snprintf(buf, sizeof buf, "{\"median_ms\": %.3f, \"p95_ms\": %.3f}", f.median, f.p95);
            return std::string(buf);
        };
        out << "    {\"id\": \"" << r.id << "\", \"waymark_cold\": " << js(r.wmCold)
            << ", \"raw_cold\": " << js(r.rawCold) << ", \"raw_door_cold\": " << js(r.doorCold)
            << ", \"waymark_warm\": " << js(r.wmWarm) << ", \"raw_warm\": " << js(r.rawWarm)
            << ", \"raw_door_warm\": " << js(r.doorWarm) << "}" << (i + 1 < rows.size() ? ",\n" : "\n");
    }
    out << "  ]\n}\n";
    std::printf("\nwhat each operation is:\n");
    for (const auto& n : notes)
        std::printf("  %s\n", n.c_str());
    std::printf("memory (a fresh process: open, every operation once): peak %.1f MiB, resident after open %.1f MiB, "
                "after the workload %.1f MiB (minimum-strength KDF: the casebook's key slot is the tests' one)\n",
                static_cast<double>(memory.peakKb) / 1024, static_cast<double>(memory.openKb) / 1024,
                static_cast<double>(memory.residentKb) / 1024);
    if (generation >= 0)
        std::printf("generation: %.1f s\n", generation);
    std::printf("results: %s\n", json.c_str());
    return 0;
}
