// Waymark's person benchmark: search, filters, counts, opening and saving a record, verify,
// file size and memory, at the demo scales (small, medium, large), each beside the engine's own limit.
//
// For every operation it reports three measurements:
//   cold          a fresh connection for every sample (what each CLI call and the first
//                 search after unlock see); opening the connection is not timed;
//   warm          the same connection again and again (the first call is discarded);
//   after-commit  the warm connection right after another connection committed (in WAL
//                 mode that empties this connection's page cache).
// and three columns:
//   waymark       the call through the Casebook door (role check, SQL, audit row);
//   raw           the same statement sequence on a bare SQLCipher connection (RawSql.h);
//   plain         that raw sequence on an unencrypted copy of the casebook (encryption cost).
// Figures, never pass/fail: run it with scripts/bench.sh. See docs/benchmarks.md.
//
// Usage: bench_people [--scale small|medium|large] [--dir DIR] [--runs N] [--budget S]
//                     [--verify-runs N] [--json FILE] [--compare OLD.json] [--seed N]
//        bench_people --compare OLD.json --with NEW.json     (compare two result files only)

#include "BenchJson.h"
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

using namespace waymark;
using namespace waymark::bench;
namespace fs = std::filesystem;
using SteadyClock = std::chrono::steady_clock;

namespace {

constexpr int kSearchLimit = 50; // People::search's default, as the quick search asks
constexpr int kPageSize = 200;   // PersonListQuery's default

double msSince(SteadyClock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - t0).count();
}

[[noreturn]] void fatal(const std::string& what)
{
    std::fprintf(stderr, "bench_people: %s\n", what.c_str());
    std::exit(1);
}

template <typename T> T need(Result<T> r, const char* what)
{
    if (!r)
        fatal(std::string(what) + ": " + describe(r.error()));
    return std::move(*r);
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

// Peak resident set of this process image (VmHWM). Unlike ru_maxrss, which Linux carries
// across exec from the process that forked, it starts afresh in an exec'd probe.
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

struct Stat
{
    double median = 0;
    double p90 = 0;
    int n = 0;
    bool present() const { return n > 0; }
};

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

constexpr PersonFilter kFilters[] = {PersonFilter::All,
                                     PersonFilter::LookedAfter,
                                     PersonFilter::ChildProtectionPlan,
                                     PersonFilter::ExploitationConcern,
                                     PersonFilter::SendAln,
                                     PersonFilter::Restricted};

// ------------------------------------------------------------------------------------
// Search terms from the data

struct Term
{
    std::string id;
    std::string label;
    std::string kind; // name | reference | dob
    std::string text;
    std::int64_t matches = 0;
};

std::vector<std::string> tokensOf(const std::string& folded)
{
    std::vector<std::string> out;
    std::string cur;
    for (char c : folded + " ") {
        if (c == ' ') {
            if (!cur.empty())
                out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    return out;
}

bool asciiLetters(const std::string& s, std::size_t n)
{
    if (s.size() < n)
        return false;
    for (std::size_t i = 0; i < n; ++i)
        if (!(s[i] >= 'a' && s[i] <= 'z'))
            return false;
    return true;
}

struct Picked
{
    std::vector<Term> terms;
    std::vector<std::uint8_t> personId; // the record opened and saved
    std::string personRef;
};

Picked pickTerms(RawConn& raw)
{
    std::map<std::string, std::int64_t> prefixCount[4]; // by prefix length 1..3: people with a token so prefixed
    struct Row
    {
        std::string given, family, ref, dob, postcode;
    };
    std::vector<Row> rows;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(raw.handle(), rawsql::kNameTokens, -1, &st, nullptr) != SQLITE_OK)
        fatal("cannot read names");
    const auto col = [&](int c) {
        const auto* t = sqlite3_column_text(st, c);
        return t ? std::string(reinterpret_cast<const char*>(t)) : std::string();
    };
    while (sqlite3_step(st) == SQLITE_ROW) {
        std::set<std::string> seen[4];
        for (int c = 0; c < 3; ++c)
            for (const auto& tok : tokensOf(foldForSearch(col(c))))
                for (std::size_t n = 1; n <= 3; ++n)
                    if (asciiLetters(tok, n))
                        seen[n].insert(tok.substr(0, n));
        for (std::size_t n = 1; n <= 3; ++n)
            for (const auto& p : seen[n])
                ++prefixCount[n][p];
        rows.push_back(Row{col(0), col(1), col(3), col(4), col(5)});
    }
    sqlite3_finalize(st);
    if (rows.empty())
        fatal("the casebook holds no people");

    const auto ranked = [&](std::size_t n) {
        std::vector<std::pair<std::string, std::int64_t>> v(prefixCount[n].begin(), prefixCount[n].end());
        std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        return v;
    };
    Picked out;
    const auto add = [&](std::string id, std::string label, std::string kind, std::string text) {
        out.terms.push_back(Term{std::move(id), std::move(label), std::move(kind), std::move(text), 0});
    };
    // The candidates are ranked by what the search itself finds (aliases count too).
    const auto rankedBySearch = [&](std::size_t n) {
        auto v = ranked(n);
        v.resize(std::min<std::size_t>(v.size(), 8));
        for (auto& [p, count] : v)
            count = raw.scalar(rawsql::kCountNames, {ftsQuery(p)});
        std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        return v;
    };
    const auto r1 = rankedBySearch(1);
    const auto r2 = rankedBySearch(2);
    for (std::size_t i = 0; i < 3 && i < r1.size(); ++i)
        add("prefix1." + std::to_string(i + 1), "1-letter #" + std::to_string(i + 1), "name", r1[i].first);
    for (std::size_t i = 0; i < 3 && i < r2.size(); ++i)
        add("prefix2." + std::to_string(i + 1), "2-letter #" + std::to_string(i + 1), "name", r2[i].first);
    // Rare: the 3-letter prefix with the fewest people, at least two (else one).
    std::string rare;
    std::int64_t rareCount = 0;
    for (std::int64_t floor : {2, 1}) {
        for (const auto& [p, n] : prefixCount[3])
            if (n >= floor && (rare.empty() || n < rareCount)) {
                rare = p;
                rareCount = n;
            }
        if (!rare.empty())
            break;
    }
    if (!rare.empty())
        add("prefix3.rare", "rare prefix", "name", rare);
    const Row& mid = rows[rows.size() / 2];
    const auto given = tokensOf(foldForSearch(mid.given));
    const auto family = tokensOf(foldForSearch(mid.family));
    if (!given.empty() && !family.empty())
        add("two-words", "two words", "name", given.front().substr(0, 2) + " " + family.front().substr(0, 3));
    add("reference.full", "case ref", "reference", mid.ref);
    add("reference.partial", "partial ref", "reference", mid.ref.substr(0, mid.ref.size() - 2));
    add("reference.number", "ref number", "refnumber", mid.ref.substr(mid.ref.size() - 5));
    if (const auto space = mid.postcode.find(' '); space != std::string::npos)
        add("postcode.outward", "postcode start", "postcode", mid.postcode.substr(0, space));
    add("dob", "birth date", "dob", mid.dob);

    for (auto& t : out.terms) {
        if (t.kind == "name")
            t.matches = raw.scalar(rawsql::kCountNames, {ftsQuery(t.text)});
        else if (t.kind == "reference")
            t.matches = raw.scalar(rawsql::kCountReference, {t.text, t.text + "\x7f"});
        else if (t.kind == "refnumber")
            t.matches = raw.scalar(rawsql::kCountRefNumber, {t.text});
        else if (t.kind == "postcode")
            t.matches = raw.scalar(rawsql::kCountPostcode, {t.text, t.text + "\x7f"});
        else
            t.matches = raw.scalar(rawsql::kCountDob, {t.text});
    }
    // The person opened and saved: the same one.
    sqlite3_stmt* idSt = nullptr;
    sqlite3_prepare_v2(raw.handle(), rawsql::kPersonIdByReference, -1, &idSt, nullptr);
    sqlite3_bind_text(idSt, 1, mid.ref.c_str(), -1, SQLITE_TRANSIENT);
    if (sqlite3_step(idSt) == SQLITE_ROW) {
        const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(idSt, 0));
        out.personId.assign(p, p + sqlite3_column_bytes(idSt, 0));
    }
    sqlite3_finalize(idSt);
    out.personRef = mid.ref;
    return out;
}

// ------------------------------------------------------------------------------------
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

std::string ratio(const Stat& a, const Stat& b, bool p90 = false)
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

std::string num(double v, const char* unit = "")
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

} // namespace

int main(int argc, char** argv)
{
    if (argc >= 2 && !std::strcmp(argv[1], "--memory-probe"))
        return memoryProbeMain(argc, argv);

    std::string scaleName = "large";
    std::string dir = "/tmp/waymark-bench";
    std::string jsonPath;
    std::string comparePath;
    std::string withPath;
    std::uint64_t seed = 2026;
    Limits limits;
    int verifyRuns = 3;
    std::string only; // measure only the operations whose id contains this (development)
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        const std::string v = argv[i + 1];
        if (a == "--scale")
            scaleName = v;
        else if (a == "--dir")
            dir = v;
        else if (a == "--runs")
            limits.runs = std::max(1, std::atoi(v.c_str()));
        else if (a == "--budget")
            limits.budgetMs = 1000.0 * std::max(0.1, std::atof(v.c_str()));
        else if (a == "--verify-runs")
            verifyRuns = std::max(1, std::atoi(v.c_str()));
        else if (a == "--json")
            jsonPath = v;
        else if (a == "--compare")
            comparePath = v;
        else if (a == "--with")
            withPath = v;
        else if (a == "--only")
            only = v;
        else if (a == "--seed")
            seed = std::strtoull(v.c_str(), nullptr, 10);
        else {
            std::fprintf(stderr, "bench_people: unknown option %s\n", a.c_str());
            return 2;
        }
    }
    limits.minRuns = std::min(limits.minRuns, limits.runs);
    if (!comparePath.empty() && !withPath.empty()) {
        auto o = loadJson(comparePath);
        auto n = loadJson(withPath);
        return o && n ? compareResults(*o, *n) : 2;
    }
    auto scale = demo::scaleFromName(scaleName);
    if (!scale) {
        std::fprintf(stderr, "bench_people: %s\n", describe(scale.error()).c_str());
        return 2;
    }
    fs::create_directories(dir);
    if (jsonPath.empty())
        jsonPath = (fs::path(dir) / ("bench-" + scaleName + ".json")).string();

    Json results = Json::object();
    results.set("benchmark", "bench_people");
    results.set("format", 1);
    results.set("scale", scaleName);
    results.set("seed", static_cast<double>(seed));
    results.set("date", isoNow());
    results.set("commit", gitCommit());
    results.set("schema_version", kSchemaVersion);
    results.set("sqlcipher", Casebook::engineVersion());
    results.set("sqlite", sqlite3_libversion());
    results.set("cores", static_cast<double>(sysconf(_SC_NPROCESSORS_ONLN)));
    results.set("runs", limits.runs);
    results.set("min_runs", limits.minRuns);
    results.set("budget_s", limits.budgetMs / 1000.0);

    std::printf("Waymark person benchmark — scale %s, seed %llu, schema v%d, SQLCipher %s (SQLite %s)\n",
                scaleName.c_str(), static_cast<unsigned long long>(seed), kSchemaVersion,
                Casebook::engineVersion().c_str(), sqlite3_libversion());
    std::printf("median of up to %d samples per series (at least %d; a series stops after %.0f s)\n\n", limits.runs,
                limits.minRuns, limits.budgetMs / 1000.0);

    // ---- 1. The casebook: generated once per scale, seed and schema; reused when present. ----
    const fs::path pristine = fs::path(dir) / ("bench-" + scaleName + "-seed" + std::to_string(seed) + "-schema" +
                                               std::to_string(kSchemaVersion) + ".waymark");
    const fs::path genRecord = withSuffix(pristine, ".generation.json");
    Json generation = Json::object();
    if (!Casebook::exists(pristine) || !fs::exists(genRecord)) {
        removeCasebookFiles(pristine);
        demo::DemoOptions options;
        options.scale = *scale;
        options.seed = seed;
        options.kdf = KdfStrength::Standard; // the bench casebook unlocks as a real one does
        std::fprintf(stderr, "generating %s ...\n", pristine.c_str());
        const auto t0 = SteadyClock::now();
        int lastTenth = -1;
        const int people = need(demo::generateDemo(pristine, options,
                                                   [&](int percent, std::string_view) {
                                                       if (percent / 10 != lastTenth) {
                                                           std::fprintf(stderr, "  %d%%\n", percent);
                                                           lastTenth = percent / 10;
                                                       }
                                                       return true;
                                                   }),
                                "generate");
        const double seconds = msSince(t0) / 1000.0;
        generation.set("seconds", seconds);
        generation.set("people", people);
        generation.set("generated_at", isoNow());
        generation.set("kdf", "standard");
        std::ofstream(genRecord) << generation.dump(2) << "\n";
        generation.set("reused", false);
    } else {
        generation = Json::parse(readFile(genRecord)).value_or(Json::object());
        generation.set("reused", true);
    }
    const double genSeconds = generation.get("seconds") ? generation.get("seconds")->number() : NAN;
    const std::int64_t pristineBytes = fileSize(pristine);
    generation.set("file_bytes", pristineBytes);
    results.set("generation", generation);
    std::printf("generation: %.1f s%s (seed %llu, standard KDF), file %.1f MiB\n", genSeconds,
                generation.get("reused")->number() != 0 ? ", reused from an earlier run" : "",
                static_cast<unsigned long long>(seed), static_cast<double>(pristineBytes) / 1048576.0);

    // ---- 2. A working copy, so every run starts from the same bytes. ----
    const fs::path run = fs::path(dir) / ("run-" + scaleName + ".waymark");
    const fs::path plain = fs::path(dir) / ("run-" + scaleName + "-plain.sqlite");
    removeCasebookFiles(run);
    removeCasebookFiles(plain);
    fs::copy_file(pristine, run);
    fs::copy_file(Casebook::keyFilePath(pristine), Casebook::keyFilePath(run));

    // ---- 3. The key and identity for the raw connections (the KDF runs here, untimed). ----
    std::string keySpec;
    RawIdentity identity;
    {
        auto keyring = need(Keyring::load(Casebook::keyFilePath(run)), "key file");
        auto key = need(keyring.unlock(demo::kDemoUser, demo::kDemoPassword), "unlock");
        keySpec = rawKeySpec(key->data(), key->size());
    }
    identity.username = std::string(demo::kDemoUser);
    std::unique_ptr<RawConn> setup = RawConn::open(run, keySpec, identity);
    {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(setup->handle(), rawsql::kFindUser.text, -1, &st, nullptr);
        sqlite3_bind_text(st, 1, identity.username.c_str(), -1, SQLITE_TRANSIENT);
        if (sqlite3_step(st) != SQLITE_ROW)
            fatal("no demo user");
        const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(st, 0));
        identity.userId.assign(p, p + sqlite3_column_bytes(st, 0));
        identity.userIdText = Uuid::fromBytes(p, identity.userId.size()).toString();
        sqlite3_finalize(st);
        identity.siteId = setup->scalarText(rawsql::kSiteId);
    }
    const std::int64_t people = setup->scalar(rawsql::kCount[0].text);
    results.set("people", people);

    // ---- 4. Inputs from the data. ----
    const Picked picked = pickTerms(*setup);
    Json termsJson = Json::array();
    std::printf("\nsearch terms from the data (matches = people the search finds):\n");
    for (const auto& t : picked.terms) {
        std::printf("  %-14s %-22s %8lld matches\n", t.label.c_str(), ("'" + t.text + "'").c_str(),
                    static_cast<long long>(t.matches));
        Json tj = Json::object();
        tj.set("id", t.id);
        tj.set("label", t.label);
        tj.set("text", t.text);
        tj.set("matches", t.matches);
        termsJson.push(tj);
    }
    results.set("terms", termsJson);
    const Uuid personId = Uuid::fromBytes(picked.personId.data(), picked.personId.size());

    // ---- 5. The unencrypted copy (same pages, no key) for the plain column. ----
    std::map<std::string, std::pair<std::string, std::string>> objects; // name -> table, type
    std::map<std::string, std::int64_t> rowCounts;
    {
        int reserve = -1; // query
        sqlite3_file_control(setup->handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
        const auto t0 = SteadyClock::now();
        // An empty file is an empty database (ATTACH does not create one); owner-only, as
        // Waymark creates its files, although the data is synthetic.
        if (const int fd = ::open(plain.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, S_IRUSR | S_IWUSR); fd >= 0)
            ::close(fd);
        const std::string attach = rawsql::kAttachPlainBefore + plain.string() + rawsql::kAttachPlainAfter;
        setup->exec(attach.c_str());
        // The same bytes reserved per page as SQLCipher's IV and HMAC take: the same rows fit
        // on a page, so the plain copy has the encrypted file's layout.
        int plainReserve = reserve;
        if (reserve > 0)
            sqlite3_file_control(setup->handle(), "plaintext", SQLITE_FCNTL_RESERVE_BYTES, &plainReserve);
        setup->exec(rawsql::kExportPlain);
        const double s = msSince(t0) / 1000.0;
        setup->exec(rawsql::kDetachPlain);
        {
            sqlite3_stmt* st = nullptr;
            sqlite3_prepare_v2(setup->handle(), rawsql::kSchemaObjects, -1, &st, nullptr);
            while (sqlite3_step(st) == SQLITE_ROW)
                objects[reinterpret_cast<const char*>(sqlite3_column_text(st, 0))] = {
                    reinterpret_cast<const char*>(sqlite3_column_text(st, 1)),
                    reinterpret_cast<const char*>(sqlite3_column_text(st, 2))};
            sqlite3_finalize(st);
        }
        for (const auto& [name, info] : objects)
            if (info.second == "table" && name == info.first && !name.starts_with("sqlite_"))
                rowCounts[name] = setup->scalar(rawsql::kRowCountBefore + name + rawsql::kRowCountAfter);
        results.set("plain_export_seconds", s);
        std::printf("\nplain copy (sqlcipher_export, %d reserved bytes a page as the encrypted file): %.1f s, "
                    "%.1f MiB\n",
                    reserve, s, static_cast<double>(fileSize(plain)) / 1048576.0);
    }
    setup.reset();

    // ---- 6. Memory and unlock, with the standard KDF, in a fresh process. ----
    const MemoryFigures mem = runMemoryProbe(run, personId.toString(), picked.terms);
    {
        Json m = Json::object();
        m.set("ok", mem.ok);
        m.set("kdf_ms", mem.kdfMs);
        m.set("unlock_ms", mem.unlockMs);
        m.set("unlock_minus_kdf_ms", mem.unlockMs - mem.kdfMs);
        m.set("baseline_peak_rss_kb", static_cast<double>(mem.baseMaxKb));
        m.set("ru_maxrss_kb", static_cast<double>(mem.ruMaxKb));
        m.set("peak_rss_kb", static_cast<double>(mem.endMaxKb));
        m.set("peak_rss_after_unlock_kb", static_cast<double>(mem.unlockMaxKb));
        m.set("rss_after_unlock_kb", static_cast<double>(mem.unlockRssKb));
        m.set("rss_after_workload_kb", static_cast<double>(mem.workloadRssKb));
        m.set("kdf_transient_kb", static_cast<double>(mem.unlockMaxKb - mem.unlockRssKb));
        results.set("memory", m);
        if (mem.ok) {
            std::printf("\nunlock (standard KDF, fresh process): %.0f ms, of which Argon2id alone %.0f ms "
                        "(so %.0f ms of Waymark's own work)\n",
                        mem.unlockMs, mem.kdfMs, mem.unlockMs - mem.kdfMs);
            std::printf("memory: peak RSS %.1f MiB (VmHWM of the fresh process, includes the KDF's transient); "
                        "resident after unlock "
                        "%.1f MiB, after the workload %.1f MiB (steady state); KDF transient about %.1f MiB\n",
                        static_cast<double>(mem.endMaxKb) / 1024.0, static_cast<double>(mem.unlockRssKb) / 1024.0,
                        static_cast<double>(mem.workloadRssKb) / 1024.0,
                        static_cast<double>(mem.unlockMaxKb - mem.unlockRssKb) / 1024.0);
        } else {
            std::printf("\nmemory probe failed (no figures)\n");
        }
    }

    // ---- 7. The connections. ----
    const auto tOpen = SteadyClock::now();
    auto main = need(Casebook::open(run, demo::kDemoUser, demo::kDemoPassword), "open");
    std::printf("\nunlock in the benchmark process: %.0f ms\n", msSince(tOpen));
    auto committer = need(main->openAnotherConnection(), "second connection");
    auto rawWarm = RawConn::open(run, keySpec, identity);
    auto plainWarm = RawConn::open(plain, "", identity);

    // ---- 8. The operations. ----
    std::vector<Op> ops;
    for (const auto& t : picked.terms) {
        Op op;
        op.id = "search." + t.id;
        op.name = "search '" + t.text + "' (" + t.label + ")";
        op.kind = "search";
        op.term = t.text;
        op.matches = t.matches;
        const std::string text = t.text;
        op.waymark = [text](Casebook& cb) { need(cb.people().search(text, kSearchLimit), "search"); };
        if (t.kind == "name") {
            const std::string fts = ftsQuery(text);
            op.raw = [fts](RawConn& r) { r.searchNames(fts, kSearchLimit); };
        } else if (t.kind == "reference") {
            std::string upper = text::trim(text);
            for (auto& c : upper)
                if (c >= 'a' && c <= 'z')
                    c = static_cast<char>(c - 'a' + 'A');
            op.raw = [upper](RawConn& r) { r.searchReference(upper, kSearchLimit); };
        } else if (t.kind == "refnumber") {
            op.raw = [text](RawConn& r) { r.searchReferenceNumber(text, kSearchLimit); };
        } else if (t.kind == "postcode") {
            op.raw = [text](RawConn& r) { r.searchPostcode(text, kSearchLimit); };
        } else {
            op.raw = [text](RawConn& r) { r.searchDob(text, kSearchLimit); };
        }
        ops.push_back(std::move(op));
    }
    for (std::size_t fi = 0; fi < std::size(kFilters); ++fi) {
        const PersonFilter f = kFilters[fi];
        const int index = static_cast<int>(fi);
        const std::int64_t n = need(main->people().count(f), "count");
        Op list;
        list.id = std::string("list.") + filterName(f);
        list.name = std::string("list first page: ") + filterName(f);
        list.kind = "list";
        list.matches = n;
        list.waymark = [f](Casebook& cb) {
            PersonListQuery q;
            q.filter = f;
            q.limit = kPageSize;
            need(cb.people().list(q), "list");
        };
        list.raw = [index](RawConn& r) { r.listFirstPage(index, kPageSize); };
        ops.push_back(std::move(list));
        Op count;
        count.id = std::string("count.") + filterName(f);
        count.name = std::string("count: ") + filterName(f);
        count.kind = "count";
        count.matches = n;
        count.waymark = [f](Casebook& cb) { need(cb.people().count(f), "count"); };
        count.raw = [index](RawConn& r) { r.count(index); };
        ops.push_back(std::move(count));
    }
    // Sorted first pages (the list's column headings), for everyone and for the largest filter.
    {
        const char* sortNames[] = {"name", "given name", "reference", "date of birth"};
        for (int filter : {0, 4})
            for (int sort = 0; sort < 4; ++sort)
                for (bool descending : {false, true}) {
                    if (sort == 0 && !descending)
                        continue; // the default order is measured above
                    const PersonFilter f = kFilters[static_cast<std::size_t>(filter)];
                    Op list;
                    list.id = std::string("list.sorted.") + filterName(f) + "." + std::to_string(sort) +
                              (descending ? ".desc" : ".asc");
                    list.name = std::string("first page by ") + sortNames[sort] + (descending ? " desc" : "") + ": " +
                                filterName(f);
                    list.kind = "list";
                    list.matches = need(main->people().count(f), "count");
                    list.waymark = [f, sort, descending](Casebook& cb) {
                        PersonListQuery q;
                        q.filter = f;
                        q.limit = kPageSize;
                        q.sort = static_cast<PersonSort>(sort);
                        q.descending = descending;
                        need(cb.people().list(q), "list");
                    };
                    list.raw = [filter, sort, descending](RawConn& r) {
                        r.listFirstPage(filter, kPageSize, sort, descending);
                    };
                    ops.push_back(std::move(list));
                }
    }
    {
        Op view;
        view.id = "view";
        view.name = "open a record (People::view)";
        view.kind = "view";
        view.waymark = [personId](Casebook& cb) { need(cb.people().view(personId), "view"); };
        view.raw = [pid = picked.personId](RawConn& r) { r.view(pid); };
        ops.push_back(std::move(view));
    }
    const std::string phoneA = "01632 960001";
    const std::string phoneB = "01632 960002";
    auto editing = std::make_shared<Person>();
    {
        Op save;
        save.id = "save";
        save.name = "save one edit (People::update, fsync)";
        save.kind = "save";
        // The record as it is now (the raw column edits it too), read before the sample.
        save.prepare = [&main, editing, personId] { *editing = need(main->people().view(personId), "view"); };
        save.waymark = [editing, phoneA, phoneB](Casebook& cb) {
            Person p = *editing;
            p.phone = p.phone == phoneA ? phoneB : phoneA;
            *editing = need(cb.people().update(p), "update");
        };
        save.raw = [pid = picked.personId, phoneA, phoneB](RawConn& r) { r.saveEdit(pid, phoneA, phoneB); };
        ops.push_back(std::move(save));
    }

    if (!only.empty())
        std::erase_if(ops, [&](const Op& op) { return op.id.find(only) == std::string::npos; });
    const auto touchCommit = [&committer] { needOk(committer->markAsDemo(), "commit on another connection"); };
    std::printf("\nmeasuring %zu operations ...\n", ops.size());
    for (auto& op : ops) {
        std::fprintf(stderr, "  %s\n", op.name.c_str());
        // Cold: a fresh connection per sample, opened (and closed) outside the timing.
        std::unique_ptr<Casebook> fresh;
        std::unique_ptr<RawConn> freshRaw;
        std::unique_ptr<RawConn> freshPlain;
        Variant wmCold{[&] {
                           if (op.prepare)
                               op.prepare();
                           fresh = need(main->openAnotherConnection(), "fresh connection");
                       },
                       [&] { op.waymark(*fresh); },
                       [&] { fresh.reset(); },
                       {}};
        Variant rawCold{[&] { freshRaw = RawConn::open(run, keySpec, identity); },
                        [&] { op.raw(*freshRaw); },
                        [&] { freshRaw.reset(); },
                        {}};
        Variant plainCold{[&] { freshPlain = RawConn::open(plain, "", identity); },
                          [&] { op.raw(*freshPlain); },
                          [&] { freshPlain.reset(); },
                          {}};
        runSeries({&wmCold, &rawCold, &plainCold}, false, limits);
        // Warm: the same connection, first call discarded.
        Variant wmWarm{op.prepare, [&] { op.waymark(*main); }, {}, {}};
        runSeries({&wmWarm}, true, limits);
        Variant rawWarmV{{}, [&] { op.raw(*rawWarm); }, {}, {}};
        runSeries({&rawWarmV}, true, limits);
        Variant plainWarmV{{}, [&] { op.raw(*plainWarm); }, {}, {}};
        runSeries({&plainWarmV}, true, limits);
        // After another connection's commit: warm connection, cache emptied by the commit.
        Variant wmAfter{[&] {
                            if (op.prepare)
                                op.prepare();
                            touchCommit();
                        },
                        [&] { op.waymark(*main); },
                        {},
                        {}};
        Variant rawAfter{touchCommit, [&] { op.raw(*rawWarm); }, {}, {}};
        runSeries({&wmAfter, &rawAfter}, false, limits);
        op.wmCold = statOf(wmCold.samples);
        op.rawCold = statOf(rawCold.samples);
        op.plainCold = statOf(plainCold.samples);
        op.wmWarm = statOf(wmWarm.samples);
        op.rawWarm = statOf(rawWarmV.samples);
        op.plainWarm = statOf(plainWarmV.samples);
        op.wmAfter = statOf(wmAfter.samples);
        op.rawAfter = statOf(rawAfter.samples);
    }

    // ---- 9. verify: few runs, it reads the whole file. ----
    Limits verifyLimits;
    verifyLimits.runs = verifyRuns;
    verifyLimits.minRuns = 1;
    verifyLimits.budgetMs = 10000; // at large one verify takes seconds: two or three runs
    bool verifiedOk = true;
    Variant wmVerify{{}, [&] { verifiedOk = need(main->verify(), "verify").ok() && verifiedOk; }, {}, {}};
    runSeries({&wmVerify}, false, verifyLimits);
    Variant rawVerify{{}, [&] { verifiedOk = rawWarm->verify() && verifiedOk; }, {}, {}};
    runSeries({&rawVerify}, false, verifyLimits);
    const Stat vWm = statOf(wmVerify.samples);
    const Stat vRaw = statOf(rawVerify.samples);
    {
        Json v = Json::object();
        v.set("waymark", statJson(vWm));
        v.set("raw", statJson(vRaw));
        v.set("ok", verifiedOk);
        results.set("verify", v);
    }

    // ---- 10. Where the bytes are (measured on the plain copy, before the run wrote to it) and the files. ----
    committer.reset();
    plainWarm.reset();
    Json spaceJson = Json::array();
    std::map<std::string, double> groups;
    {
        // Which part of the casebook a table or index belongs to (by its table's name).
        const auto groupOf = [](const std::string& table) -> std::string {
            if (table.starts_with("change"))
                return "change_log";
            if (table.starts_with("person_search"))
                return "search_index";
            if (table.starts_with("audit"))
                return "audit_log";
            if (table == "people" || table.starts_with("person_") || table == "users")
                return "records";
            return "other";
        };
        // The product's own report (Casebook::storage, what `waymark-cli info --storage` prints):
        // pages per b-tree of the real file, free pages included.
        const auto storage = need(main->storage(), "storage");
        std::int64_t total = 0;
        for (const auto& e : storage)
            total += e.bytes;
        std::printf("\nwhere the bytes are (Casebook::storage on the measured file):\n"
                    "%-34s %-22s %-6s %12s %8s %6s %10s %9s\n",
                    "name", "table", "type", "bytes", "MiB", "%", "rows", "bytes/row");
        for (const auto& e : storage) {
            const auto info = objects.find(e.name);
            const std::string table = info == objects.end() ? e.name : info->second.first;
            const std::string type = info == objects.end() ? "" : info->second.second;
            const auto rows = rowCounts.find(e.name);
            const std::int64_t rowCount = rows == rowCounts.end() ? -1 : rows->second;
            const std::string group = e.name.starts_with("(free") ? "free" : groupOf(table);
            groups[group] += static_cast<double>(e.bytes);
            std::printf("%-34s %-22s %-6s %12lld %8.1f %5.1f%% %10s %9s\n", e.name.c_str(), table.c_str(), type.c_str(),
                        static_cast<long long>(e.bytes), static_cast<double>(e.bytes) / 1048576.0,
                        100.0 * static_cast<double>(e.bytes) / static_cast<double>(std::max<std::int64_t>(total, 1)),
                        rowCount >= 0 ? std::to_string(rowCount).c_str() : "",
                        rowCount > 0 ? std::to_string(e.bytes / rowCount).c_str() : "");
            Json sj = Json::object();
            sj.set("name", e.name);
            sj.set("table", table);
            sj.set("type", type);
            sj.set("group", group);
            sj.set("bytes", e.bytes);
            sj.set("entries", e.rows);
            sj.set("rows", rowCount >= 0 ? Json(rowCount) : Json());
            spaceJson.push(sj);
        }
        Json g = Json::object();
        std::printf("\nby part:");
        for (const auto& [name, bytes] : groups) {
            g.set(name, bytes);
            std::printf("  %s %.1f MiB (%.1f%%)", name.c_str(), bytes / 1048576.0,
                        100.0 * bytes / static_cast<double>(std::max<std::int64_t>(total, 1)));
        }
        const double share = groups["records"] > 0 ? groups["change_log"] / groups["records"] : NAN;
        g.set("change_log_per_record_bytes", share);
        g.set("total", static_cast<double>(total));
        std::printf("\nchange log = %.2f x the record tables and their indexes\n", share);
        results.set("space", spaceJson);
        results.set("space_groups", g);
    }
    rawWarm.reset();
    Json files = Json::object();
    const std::int64_t endDb = fileSize(run);
    const std::int64_t endWal = fileSize(withSuffix(run, "-wal"));
    files.set("pristine_bytes", pristineBytes);
    files.set("end_db_bytes", endDb);
    files.set("end_wal_bytes", endWal);
    files.set("end_total_bytes", endDb + endWal);
    files.set("plain_bytes", fileSize(plain));
    files.set("bytes_per_person", people > 0 ? static_cast<double>(pristineBytes) / static_cast<double>(people) : 0.0);
    results.set("files", files);

    main.reset();

    // ---- 11. The table. ----
    std::printf("\n== %s: %lld people; times in ms, median (p90 below); [n] = matches or people in the filter ==\n",
                scaleName.c_str(), static_cast<long long>(people));
    std::printf("ratio = waymark / raw (same statements on SQLCipher); plain = raw on an unencrypted copy\n\n");
    printTable(ops, false);
    std::printf("%-47s %9s %9s %6s\n", "verify (integrity checks + audit chain)", cell(vWm).c_str(), cell(vRaw).c_str(),
                ratio(vWm, vRaw).c_str());
    std::printf("\np90:\n");
    printTable(ops, true);
    std::printf("\nfiles: pristine casebook %lld bytes (%.1f MiB, %.0f bytes per person); at the end of the run "
                "%lld + wal %lld bytes\n",
                static_cast<long long>(pristineBytes), static_cast<double>(pristineBytes) / 1048576.0,
                people > 0 ? static_cast<double>(pristineBytes) / static_cast<double>(people) : 0.0,
                static_cast<long long>(endDb), static_cast<long long>(endWal));
    std::printf("generation %.1f s; verify %s; unlock %.0f ms (Argon2id %.0f ms); peak RSS %.1f MiB, "
                "steady %.1f MiB\n",
                genSeconds, verifiedOk ? "ok" : "FOUND PROBLEMS", mem.unlockMs, mem.kdfMs,
                static_cast<double>(mem.endMaxKb) / 1024.0, static_cast<double>(mem.workloadRssKb) / 1024.0);

    Json opsJson = Json::array();
    for (const auto& op : ops) {
        Json o = Json::object();
        o.set("id", op.id);
        o.set("name", op.name);
        o.set("kind", op.kind);
        if (!op.term.empty())
            o.set("term", op.term);
        if (op.matches >= 0)
            o.set("matches", op.matches);
        o.set("waymark_cold", statJson(op.wmCold));
        o.set("raw_cold", statJson(op.rawCold));
        o.set("plain_cold", statJson(op.plainCold));
        o.set("waymark_warm", statJson(op.wmWarm));
        o.set("raw_warm", statJson(op.rawWarm));
        o.set("plain_warm", statJson(op.plainWarm));
        o.set("waymark_after_commit", statJson(op.wmAfter));
        o.set("raw_after_commit", statJson(op.rawAfter));
        opsJson.push(o);
    }
    results.set("operations", opsJson);
    std::ofstream(jsonPath) << results.dump(2) << "\n";
    std::printf("\nresults written to %s\n", jsonPath.c_str());

    // The copies are large at scale: keep the pristine casebook, drop the run's.
    removeCasebookFiles(plain);
    removeCasebookFiles(run);

    if (!comparePath.empty())
        if (auto old = loadJson(comparePath))
            compareResults(*old, results);
    return verifiedOk ? 0 : 1;
}
