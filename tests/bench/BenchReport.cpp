#include "BenchReport.h"
#include "BenchRaw.h"
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
// Output

std::string cell(const Stat& s)
{
    if (!s.present())
        return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, s.median < 10 ? "%.2f" : "%.1f", s.median);
    return buf;
}

std::string cellP90(const Stat& s)
{
    if (!s.present())
        return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, s.p90 < 10 ? "%.2f" : "%.1f", s.p90);
    return buf;
}

std::string ratio(const Stat& a, const Stat& b, bool p90)
{
    if (!a.present() || !b.present())
        return "-";
    const double x = p90 ? a.p90 : a.median;
    const double y = p90 ? b.p90 : b.median;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", x / std::max(y, 1e-6));
    return buf;
}

std::string pair(const std::string& a, const std::string& b)
{
    return a + " / " + b;
}

void printTable(const std::vector<Op>& ops, bool p90)
{
    const auto c = p90 ? cellP90 : cell;
    std::printf("%-47s %9s %9s %6s %9s %9s %6s %19s %17s\n", "operation", "wm cold", "raw cold", "ratio", "wm warm",
                "raw warm", "ratio", "after-commit wm/raw", "plain cold/warm");
    std::printf("%s\n", std::string(47 + 10 + 10 + 7 + 10 + 10 + 7 + 20 + 18, '-').c_str());
    for (const auto& op : ops) {
        std::string label = op.name;
        if (op.matches >= 0)
            label += " [" + std::to_string(op.matches) + "]";
        std::printf("%-47s %9s %9s %6s %9s %9s %6s %19s %17s\n", label.c_str(), c(op.wmCold).c_str(),
                    c(op.rawCold).c_str(), ratio(op.wmCold, op.rawCold, p90).c_str(), c(op.wmWarm).c_str(),
                    c(op.rawWarm).c_str(), ratio(op.wmWarm, op.rawWarm, p90).c_str(),
                    pair(c(op.wmAfter), c(op.rawAfter)).c_str(), pair(c(op.plainCold), c(op.plainWarm)).c_str());
    }
}

Json statJson(const Stat& s)
{
    if (!s.present())
        return Json();
    Json o = Json::object();
    o.set("median_ms", s.median);
    o.set("p90_ms", s.p90);
    o.set("n", s.n);
    return o;
}

std::string readFile(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

double numberAt(const Json& root, std::initializer_list<const char*> keys)
{
    const Json* cur = &root;
    for (const char* k : keys) {
        if (cur->kind() != Json::Kind::Object)
            return NAN;
        cur = cur->get(k);
        if (!cur)
            return NAN;
    }
    return cur->kind() == Json::Kind::Number ? cur->number() : NAN;
}

std::string num(double v, const char* unit)
{
    if (std::isnan(v))
        return "-";
    char buf[48];
    if (std::fabs(v) >= 100)
        std::snprintf(buf, sizeof buf, "%.0f%s", v, unit);
    else if (std::fabs(v) >= 10)
        std::snprintf(buf, sizeof buf, "%.1f%s", v, unit);
    else
        std::snprintf(buf, sizeof buf, "%.2f%s", v, unit);
    return buf;
}

std::string change(double oldV, double newV)
{
    if (std::isnan(oldV) || std::isnan(newV) || oldV <= 0)
        return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, "x%.2f", newV / oldV);
    return buf;
}

int compareResults(const Json& oldR, const Json& newR)
{
    const auto label = [](const Json& r) {
        const Json* s = r.get("scale");
        const Json* d = r.get("date");
        const Json* c = r.get("commit");
        return (s ? s->string() : "?") + " " + (d ? d->string() : "?") + " " + (c ? c->string() : "");
    };
    std::printf("\nCompare: OLD = %s\n         NEW = %s\n", label(oldR).c_str(), label(newR).c_str());
    std::printf("(median ms; change = new/old, below 1 is faster)\n");
    std::printf("%-46s %10s %10s %7s %10s %10s %7s %10s %10s %7s\n", "operation", "old cold", "new cold", "change",
                "old warm", "new warm", "change", "old aftr", "new aftr", "change");
    const Json* oldOps = oldR.get("operations");
    const Json* newOps = newR.get("operations");
    if (!oldOps || !newOps)
        return 1;
    for (const auto& n : newOps->items()) {
        const Json* id = n.get("id");
        const Json* name = n.get("name");
        if (!id || !name)
            continue;
        const Json* o = nullptr;
        for (const auto& candidate : oldOps->items())
            if (const Json* oid = candidate.get("id"); oid && oid->string() == id->string())
                o = &candidate;
        const auto get = [](const Json* op, const char* col) { return op ? numberAt(*op, {col, "median_ms"}) : NAN; };
        const double oc = get(o, "waymark_cold"), nc = get(&n, "waymark_cold");
        const double ow = get(o, "waymark_warm"), nw = get(&n, "waymark_warm");
        const double oa = get(o, "waymark_after_commit"), na = get(&n, "waymark_after_commit");
        std::printf("%-46s %10s %10s %7s %10s %10s %7s %10s %10s %7s\n", name->string().c_str(), num(oc).c_str(),
                    num(nc).c_str(), change(oc, nc).c_str(), num(ow).c_str(), num(nw).c_str(), change(ow, nw).c_str(),
                    num(oa).c_str(), num(na).c_str(), change(oa, na).c_str());
    }
    struct Line
    {
        const char* label;
        std::initializer_list<const char*> path;
        double scale;
        const char* unit;
    };
    const Line lines[] = {
        {"verify (waymark) ms", {"verify", "waymark", "median_ms"}, 1, ""},
        {"verify (raw) ms", {"verify", "raw", "median_ms"}, 1, ""},
        {"casebook file MiB (pristine)", {"files", "pristine_bytes"}, 1.0 / 1048576, ""},
        {"casebook + wal MiB (end of run)", {"files", "end_total_bytes"}, 1.0 / 1048576, ""},
        {"bytes per person", {"files", "bytes_per_person"}, 1, ""},
        {"change-log MiB", {"space_groups", "change_log"}, 1.0 / 1048576, ""},
        {"record tables+indexes MiB", {"space_groups", "records"}, 1.0 / 1048576, ""},
        {"change log / records", {"space_groups", "change_log_per_record_bytes"}, 1, ""},
        {"generation s", {"generation", "seconds"}, 1, ""},
        {"unlock ms (standard KDF)", {"memory", "unlock_ms"}, 1, ""},
        {"peak RSS MiB", {"memory", "peak_rss_kb"}, 1.0 / 1024, ""},
        {"steady RSS after workload MiB", {"memory", "rss_after_workload_kb"}, 1.0 / 1024, ""},
    };
    std::printf("\n%-46s %12s %12s %8s\n", "figure", "old", "new", "change");
    for (const auto& l : lines) {
        const double o = numberAt(oldR, l.path) * l.scale;
        const double n = numberAt(newR, l.path) * l.scale;
        std::printf("%-46s %12s %12s %8s\n", l.label, num(o).c_str(), num(n).c_str(), change(o, n).c_str());
    }
    return 0;
}

std::optional<Json> loadJson(const std::string& path)
{
    auto j = Json::parse(readFile(path));
    if (!j)
        std::fprintf(stderr, "bench_people: %s is not a results file\n", path.c_str());
    return j;
}

std::string gitCommit()
{
    // The commit the benchmark was built from, when run from a checkout (informational).
    const char* env = std::getenv("WAYMARK_BENCH_COMMIT");
    return env ? env : "";
}

} // namespace waymark::bench
