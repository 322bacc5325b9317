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
#include "core/security/Keyring.h"
#include "core/security/SecureBytes.h"
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
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <map>
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

// The large casebook without the demo generator's large run (which took over half an hour):
// the small demo (1,000 people with their referrals and casework) and then a million notes
// made by the demo's own note writer (the same phrase tables, so the same words and their
// spread), written through Notes::addHistory (each note change-logged and indexed, 20,000 a
// call). The notes go to half of the people with a skew: the busiest have thousands of notes,
// the other half keep only their demo casework (a few events each).
double generateBulk(const fs::path& path, std::int64_t notesWanted)
{
    const auto t0 = SteadyClock::now();
    if (!fs::exists(path)) {
        DemoOptions options;
        options.scale = Scale::Small;
        options.seed = 2026;
        options.kdf = KdfStrength::Minimum;
        auto summary = need(generateDemoCasebook(path, options, {}), "demo");
        std::printf("small demo: %d people, %d referrals, %d sessions, %d notes in %.1f s\n", summary.people,
                    summary.referrals, summary.delivery.sessions, summary.delivery.notes, msSince(t0) / 1000);
    }
    auto cb = openDemo(path);
    std::int64_t have = 0;
    {
        Statement st(cb->database(), "SELECT count(*) FROM notes");
        if (st.step().value_or(false))
            have = st.integer(0);
    }
    std::vector<Uuid> people;
    {
        Statement st(cb->database(), "SELECT id FROM people WHERE deleted = 0 ORDER BY rowid");
        (void)st.forEachRow([&] { people.push_back(st.uuid(0)); });
    }
    std::vector<Uuid> authors;
    {
        Statement st(cb->database(), "SELECT id FROM users WHERE role != 'auditor' ORDER BY rowid");
        (void)st.forEachRow([&] { authors.push_back(st.uuid(0)); });
    }
    if (people.size() < 2 || authors.empty())
        fatal("the small demo has no people or authors");
    const std::size_t busy = people.size() / 2;
    static constexpr detail::NoteKind kKinds[] = {
        detail::NoteKind::Session, detail::NoteKind::Session, detail::NoteKind::Session,   detail::NoteKind::Missed,
        detail::NoteKind::Phone,   detail::NoteKind::Phone,   detail::NoteKind::Assessment};
    static constexpr std::string_view kNames[] = {"Jay", "Kai", "Mia", "Leo", "Amy", "Sam", "Zara", "Ellie"};
    static constexpr std::string_view kWorkers[] = {"Leah", "Tom", "Aisha", "Ben"};
    const std::int64_t start = 1'700'000'000; // November 2023
    const std::int64_t span = 60LL * 60 * 24 * 365 * 2;
    constexpr std::int64_t kChunk = 20'000;
    const auto t1 = SteadyClock::now();
    for (std::int64_t done = have; done < notesWanted; done += kChunk) {
        // Each chunk from its own seed, so a build stopped half way resumes with the same notes.
        detail::Rng rng(0x9E3779B97F4A7C15ull + static_cast<std::uint64_t>(done));
        std::vector<Note> notes;
        for (std::int64_t i = 0; i < kChunk && done + i < notesWanted; ++i) {
            Note n;
            // Skewed: the product of two uniform picks favours the first people.
            const auto a = rng.below(busy);
            n.personId = people[static_cast<std::size_t>(a * rng.below(busy) / busy)];
            n.authorId = authors[rng.below(authors.size())];
            const bool sensitive = rng.below(20) == 0;
            n.sensitive = sensitive;
            const auto t = static_cast<std::time_t>(start + static_cast<std::int64_t>(rng.below(span)));
            std::tm utc{};
            gmtime_r(&t, &utc);
            char when[32];
            std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &utc);
            n.createdAt = when;
            detail::NoteContext context;
            context.name = kNames[rng.below(std::size(kNames))];
            context.worker = kWorkers[rng.below(std::size(kWorkers))];
            context.domain = "education";
            context.attendance = "did_not_attend";
            n.text = detail::noteText(
                rng, sensitive ? detail::NoteKind::Safeguarding : kKinds[rng.below(std::size(kKinds))], context);
            notes.push_back(std::move(n));
        }
        need(cb->notes().addHistory(std::move(notes)), "bulk notes");
        if ((done / kChunk) % 5 == 0)
            std::printf("  %lld notes, %.0f s\n", static_cast<long long>(done + kChunk), msSince(t1) / 1000);
        std::fflush(stdout);
    }
    const double seconds = msSince(t0) / 1000;
    std::printf("bulk notes: %lld added in %.1f s\n", static_cast<long long>(notesWanted - have), msSince(t1) / 1000);
    cb.reset();
    std::ofstream(fs::path(path).concat(".generation")) << seconds << "\n";
    return seconds;
}

struct Row
{
    std::string id;
    std::string name;
    bool write = false;
    Figures wmCold, rawCold, doorCold, wmWarm, rawWarm, doorWarm, wmDisk, doorDisk;
};

void copyCasebook(const fs::path& from, const fs::path& to)
{
    removeCasebookFiles(to);
    fs::copy_file(from, to, fs::copy_options::overwrite_existing);
    fs::copy_file(withSuffix(from, ".keys"), withSuffix(to, ".keys"), fs::copy_options::overwrite_existing);
}

// The memory probe: this program again, in a fresh process that opens the casebook, runs every
// operation once and prints its peak and resident memory. It is given the people and the
// referral on its command line (finding them scans every note).
int probeMain(int argc, char** argv)
{
    const long before = peakKb();
    auto cb = openDemo(argv[2]);
    const long afterOpen = residentKb();
    DeliveryInputs inputs;
    inputs.openReferral = need(Uuid::parse(argv[3]), "referral");
    for (int i = 4; i < argc; ++i) {
        TimelinePerson p;
        p.label = "person";
        p.id = need(Uuid::parse(argv[i]), "person");
        inputs.people.push_back(p);
    }
    addSearchTerms(inputs);
    for (auto& op : deliveryOps(inputs))
        op.wm(*cb);
    std::printf("%ld %ld %ld %ld\n", before, afterOpen, residentKb(), peakKb());
    return 0;
}

// --profile: where a write's time goes. Each write runs N times on the casebook (after one
// unmeasured call), every statement's own time summed by its SQL (from its first step to its
// reset, clocked here: SQLite's own profile time counts whole milliseconds; COMMIT holds
// FTS5's flush of the new words and the WAL's fsync), and the rest of the call's wall time
// (C++: validation, the audit chain's hash, building the statements) shown apart. Statements
// SQLite runs inside another (FTS5's own, named 'main'.'note_search_...') are counted inside
// it too, so they are not added to the total.
struct StatementTime
{
    double ms = 0;
    int calls = 0;
};

struct Profile
{
    std::map<std::string, StatementTime> times;
    std::map<void*, SteadyClock::time_point> started;
};

int profileCallback(unsigned type, void* ctx, void* p, void*)
{
    auto* out = static_cast<Profile*>(ctx);
    if (type == SQLITE_TRACE_STMT) {
        out->started[p] = SteadyClock::now();
        return 0;
    }
    const auto it = out->started.find(p);
    if (it == out->started.end())
        return 0;
    const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(p));
    auto& t = out->times[sql ? std::string(sql).substr(0, 150) : std::string("?")];
    t.ms += msSince(it->second);
    ++t.calls;
    out->started.erase(it);
    return 0;
}

void profileWrites(const fs::path& path, const DeliveryInputs& inputs, int runs)
{
    for (auto& op : deliveryOps(inputs))
        for (const char* sync : {"FULL", "NORMAL"}) {
            if (!op.write)
                continue;
            auto cb = openDemo(path);
            // NORMAL (this measurement only): a WAL commit without its fsync, to show the rest.
            needOk(cb->database().exec(std::string("PRAGMA synchronous = ") + sync), "synchronous");
            op.wm(*cb);
            Profile profile;
            auto& times = profile.times;
            sqlite3* db = cb->database().handle();
            std::vector<double> walls;
            for (int i = 0; i < runs; ++i) {
                sqlite3_trace_v2(db, SQLITE_TRACE_STMT | SQLITE_TRACE_PROFILE, profileCallback, &profile);
                const auto t0 = SteadyClock::now();
                op.wm(*cb);
                walls.push_back(msSince(t0));
                sqlite3_trace_v2(db, 0, nullptr, nullptr);
            }
            std::vector<std::pair<std::string, StatementTime>> sorted(times.begin(), times.end());
            std::sort(sorted.begin(), sorted.end(), [](auto& a, auto& b) { return a.second.ms > b.second.ms; });
            double inSql = 0;
            for (auto& [sql, t] : sorted)
                if (sql.find("'main'.'") == std::string::npos)
                    inSql += t.ms;
            double wall = 0;
            for (double w : walls)
                wall += w;
            std::printf("\n%s, synchronous = %s: %d calls, mean %.2f ms a call (median %.2f), in statements %.2f ms, "
                        "outside %.2f ms\n",
                        op.name.c_str(), sync, runs, wall / runs, figuresOf(walls).median, inSql / runs,
                        (wall - inSql) / runs);
            for (auto& [sql, t] : sorted)
                std::printf("  %7.3f ms  x%-4.1f %s\n", t.ms / runs, static_cast<double>(t.calls) / runs, sql.c_str());
        }
}

struct Memory
{
    long baseKb = 0, openKb = 0, residentKb = 0, peakKb = 0;
};

Memory runProbe(const char* self, const fs::path& path, const DeliveryInputs& inputs)
{
    std::vector<std::string> args{self, "--probe", path.string(), inputs.openReferral.toString()};
    for (const auto& p : inputs.people)
        args.push_back(p.id.toString());
    std::vector<char*> argvOut;
    for (auto& a : args)
        argvOut.push_back(a.data());
    argvOut.push_back(nullptr);
    int fds[2];
    if (pipe(fds) != 0)
        fatal("pipe");
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 1);
        close(fds[0]);
        execv(self, argvOut.data());
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

// OS file cache dropped (root only): every page not yet read comes from the disk.
bool dropCaches()
{
    ::sync();
    std::ofstream out("/proc/sys/vm/drop_caches");
    out << "3\n";
    out.flush();
    return static_cast<bool>(out);
}

struct Setup
{
    fs::path path;    // the copy Waymark runs on
    fs::path rawPath; // the copy the raw writes replay on
    std::string keySpec;
    RawIdentity identity;
    DeliveryInputs inputs;
    int runs = 21;
    int diskRuns = 0; // samples with the OS cache dropped (0: not measured)
};

// A reading: captured once on a connection of its own, then per sample: Waymark through the
// desk, the same statements replayed ("raw"), and replayed plus the door's work without
// Waymark code ("raw + door"); each cold (a fresh connection, opened untimed: the statements
// are prepared within the sample, as Waymark prepares its own) and warm (one connection,
// statements kept prepared; the first call discarded).
Row measureReading(const Setup& s, const DeliveryOp& op)
{
    Row row;
    row.id = op.id;
    row.name = op.name;
    std::vector<std::string> statements;
    {
        auto c = openDemo(s.path);
        statements = captureStatements(*c, op.wm, false);
    }
    std::vector<double> wmCold, rawCold, doorCold, wmWarm, rawWarm, doorWarm, wmDisk, doorDisk;
    // replay null: prepared inside the sample (a fresh connection has nothing prepared yet,
    // Waymark's included).
    const auto sample = [&](Casebook& c, RawConn& door, Replay* replay, int variant) {
        const auto t0 = SteadyClock::now();
        std::unique_ptr<Replay> fresh;
        if (variant > 0 && !replay)
            replay = (fresh = std::make_unique<Replay>(c.database().handle(), statements)).get();
        if (variant == 0)
            op.wm(c);
        else
            replay->run();
        if (variant == 2)
            door.doorForReading(op.operation, op.recordType, "consultation");
        return msSince(t0);
    };
    for (int run = 0; run < s.runs; ++run)
        for (int variant = 0; variant < 3; ++variant) {
            auto c = openDemo(s.path);
            auto door = RawConn::wrap(c->database().handle(), s.identity);
            (variant == 0 ? wmCold : variant == 1 ? rawCold : doorCold).push_back(sample(*c, *door, nullptr, variant));
        }
    for (int run = 0; run < s.diskRuns; ++run)
        for (int variant = 0; variant < 3; variant += 2) {
            auto c = openDemo(s.path);
            auto door = RawConn::wrap(c->database().handle(), s.identity);
            if (!dropCaches())
                fatal("--drop-caches: cannot write /proc/sys/vm/drop_caches (root only)");
            (variant == 0 ? wmDisk : doorDisk).push_back(sample(*c, *door, nullptr, variant));
        }
    {
        auto c = openDemo(s.path);
        auto door = RawConn::wrap(c->database().handle(), s.identity);
        Replay replay(c->database().handle(), statements);
        op.wm(*c);
        replay.run();
        for (int run = 0; run < s.runs; ++run)
            for (int variant = 0; variant < 3; ++variant)
                (variant == 0   ? wmWarm
                 : variant == 1 ? rawWarm
                                : doorWarm)
                    .push_back(sample(*c, *door, &replay, variant));
    }
    row.wmCold = figuresOf(wmCold);
    row.rawCold = figuresOf(rawCold);
    row.doorCold = figuresOf(doorCold);
    row.wmWarm = figuresOf(wmWarm);
    row.rawWarm = figuresOf(rawWarm);
    row.doorWarm = figuresOf(doorWarm);
    row.wmDisk = figuresOf(wmDisk);
    row.doorDisk = figuresOf(doorDisk);
    return row;
}

// A write: the desk call made 2 × runs + 2 times on one connection with every statement
// captured (the door's too: the user's row, BEGIN, the change log, the audit row and its
// chain, COMMIT), on the copy Waymark runs on, right after a copy of it was taken for the
// raw side. Replayed in the same order on that copy, the statements meet the same rows and
// write the same bytes, with one fsync'd commit each (synchronous = FULL, as Waymark). Waymark's
// own samples carry on on its copy. Cold: a fresh connection each (opened untimed; the raw
// one with the same pragmas, the replay prepared within the sample); warm: one each (the
// replay prepared untimed: its statements carry their values, Waymark's are kept prepared).
Row measureWrite(const Setup& s, const DeliveryOp& op, bool fsync)
{
    Row row;
    row.id = fsync ? op.id : op.id + ".nofsync";
    row.name = fsync ? op.name : op.name + ", no fsync";
    // Without the fsync (both sides, this measurement only): synchronous = NORMAL, so a commit
    // writes the log without waiting for the disk, and what is left is the work itself.
    const std::string sync = fsync ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL";
    row.write = true;
    const int calls = 2 * s.runs + 2;
    std::vector<std::vector<std::string>> captured;
    {
        auto c = openDemo(s.path);
        needOk(c->database().exec("PRAGMA wal_checkpoint(TRUNCATE)"), "checkpoint");
        removeCasebookFiles(s.rawPath);
        fs::copy_file(s.path, s.rawPath);
        fs::copy_file(withSuffix(s.path, ".keys"), withSuffix(s.rawPath, ".keys"));
        // The copy's pages on the disk before any commit is timed: a writeback of gigabytes
        // would slow the raw side's fsyncs alone.
        ::sync();
        for (int i = 0; i < calls; ++i)
            captured.push_back(captureStatements(*c, op.wm, true));
    }
    std::size_t next = 0;
    std::vector<double> wmCold, rawCold, wmWarm, rawWarm;
    for (int run = 0; run < s.runs; ++run) {
        {
            auto c = openDemo(s.path);
            needOk(c->database().exec(sync), "synchronous");
            const auto t0 = SteadyClock::now();
            op.wm(*c);
            wmCold.push_back(msSince(t0));
        }
        {
            auto r = RawConn::open(s.rawPath, s.keySpec, s.identity);
            // As Waymark's connection has when it opens (its sign-in commits): one commit made
            // untimed (the schema's user_version set to itself, so no row changes), which opens
            // the write-ahead log again after the last connection's close checkpointed it.
            r->exec(sync.c_str());
            const std::string version = std::to_string(r->scalar("PRAGMA user_version"));
            r->exec(("PRAGMA user_version = " + version).c_str());
            const auto t0 = SteadyClock::now();
            Replay(r->handle(), captured[next++]).run();
            rawCold.push_back(msSince(t0));
        }
    }
    {
        auto c = openDemo(s.path);
        auto r = RawConn::open(s.rawPath, s.keySpec, s.identity);
        needOk(c->database().exec(sync), "synchronous");
        r->exec(sync.c_str());
        op.wm(*c);
        Replay(r->handle(), captured[next++]).run();
        for (int run = 0; run < s.runs; ++run) {
            auto t0 = SteadyClock::now();
            op.wm(*c);
            wmWarm.push_back(msSince(t0));
            Replay replay(r->handle(), captured[next++]);
            t0 = SteadyClock::now();
            replay.run();
            rawWarm.push_back(msSince(t0));
        }
    }
    row.wmCold = figuresOf(wmCold);
    row.rawCold = figuresOf(rawCold);
    row.wmWarm = figuresOf(wmWarm);
    row.rawWarm = figuresOf(rawWarm);
    return row;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc >= 4 && !std::strcmp(argv[1], "--probe"))
        return probeMain(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress lines reach a log as they are printed
    std::string scaleText = "small";
    fs::path dir = "/tmp/waymark-bench";
    fs::path json;
    std::string only;
    Setup setup;
    bool explain = false;
    bool fullDemo = false;
    bool profile = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--explain"))
            explain = true;
        if (!std::strcmp(argv[i], "--full-demo"))
            fullDemo = true;
        if (!std::strcmp(argv[i], "--profile"))
            profile = true;
    }
    for (int i = 1; i + 1 < argc; ++i) {
        if (!std::strcmp(argv[i], "--scale"))
            scaleText = argv[++i];
        else if (!std::strcmp(argv[i], "--dir"))
            dir = argv[++i];
        else if (!std::strcmp(argv[i], "--runs"))
            setup.runs = std::max(3, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--drop-caches"))
            setup.diskRuns = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--only"))
            only = argv[++i];
        else if (!std::strcmp(argv[i], "--json"))
            json = argv[++i];
    }
    const Scale scale = need(scaleFromName(scaleText), "scale");
    fs::create_directories(dir);
    fs::path kept = dir / ("delivery-" + scaleText + ".waymark");
    // At large, unless --full-demo: the small demo and a million bulk notes (generateBulk), kept
    // in WAYMARK_DELIVERY_LARGE (or DIR/delivery-large-bulk.waymark) and built once.
    const bool bulk = scale == Scale::Large && !fullDemo;
    if (bulk) {
        const char* env = std::getenv("WAYMARK_DELIVERY_LARGE");
        kept = env && *env ? fs::path(env) : dir / "delivery-large-bulk.waymark";
    }
    double generation = -1;
    if (bulk && (!fs::exists(kept) || !fs::exists(fs::path(kept).concat(".generation"))))
        generation = generateBulk(kept, 1'000'000);
    else if (!fs::exists(kept))
        generation = generate(kept, scale);
    else if (std::ifstream in(fs::path(kept).concat(".generation")); in)
        in >> generation;
    const auto indexSize = [&](const char* when) {
        auto keyring = need(Keyring::load(Casebook::keyFilePath(kept)), "key file");
        auto key = need(keyring.unlock(kDemoUser, kDemoPassword), "unlock");
        RawIdentity nobody;
        auto raw = RawConn::open(kept, rawKeySpec(key->data(), key->size()), nobody);
        const auto pageSize = raw->scalar("PRAGMA page_size");
        std::printf("%s: schema %lld, %.1f MB in %lld pages, note_search index %.1f MB (%lld blocks)\n", when,
                    static_cast<long long>(raw->scalar("PRAGMA user_version")),
                    static_cast<double>(raw->scalar("PRAGMA page_count") * pageSize) / 1e6,
                    static_cast<long long>(raw->scalar("PRAGMA page_count")),
                    static_cast<double>(raw->scalar("SELECT sum(length(block)) FROM note_search_data")) / 1e6,
                    static_cast<long long>(raw->scalar("SELECT count(*) FROM note_search_data")));
    };
    indexSize("kept casebook before opening");
    {
        // Opened once as it is kept, so a schema upgrade (at large, schema 14 rebuilds the
        // full-text index) happens once, here, and is reported.
        const auto t0 = SteadyClock::now();
        auto cb = openDemo(kept);
        std::printf("kept casebook %s opened in %.1f s (schema %d)\n", kept.c_str(), msSince(t0) / 1000,
                    cb->info().schemaVersion);
    }
    indexSize("kept casebook after opening");
    setup.path = dir / ("delivery-run-" + scaleText + ".waymark");
    setup.rawPath = dir / ("delivery-raw-" + scaleText + ".waymark");
    copyCasebook(kept, setup.path);
    if (json.empty())
        json = dir / ("delivery-" + scaleText + ".json");

    {
        auto cb = openDemo(setup.path);
        setup.identity.userId.assign(cb->user().id.bytes().begin(), cb->user().id.bytes().end());
        setup.identity.userIdText = cb->user().id.toString();
        setup.identity.username = cb->user().username;
        setup.identity.siteId = cb->info().siteId;
        auto keyring = need(Keyring::load(Casebook::keyFilePath(setup.path)), "key file");
        auto key = need(keyring.unlock(kDemoUser, kDemoPassword), "unlock");
        setup.keySpec = rawKeySpec(key->data(), key->size());
    }
    // The inputs (search terms, the people whose timelines are read, what is added) are found
    // once, then every sample runs the same operation.
    {
        auto cb = openDemo(setup.path);
        setup.inputs = findInputs(*cb);
        if (explain) {
            for (auto& op : deliveryOps(setup.inputs))
                if (!op.write)
                    explainStatements(cb->database().handle(), captureStatements(*cb, op.wm, false));
            return 0;
        }
    }
    if (profile) {
        profileWrites(setup.path, setup.inputs, setup.runs);
        return 0;
    }
    std::vector<Row> rows;
    std::vector<std::string> notes;
    for (const auto& op : deliveryOps(setup.inputs)) {
        if (!only.empty() && !op.id.starts_with(only))
            continue;
        notes.push_back(op.id + ": " + op.about);
        if (!op.write) {
            rows.push_back(measureReading(setup, op));
            continue;
        }
        rows.push_back(measureWrite(setup, op, true));
        rows.push_back(measureWrite(setup, op, false));
        std::fflush(stdout);
    }

    const Memory memory = runProbe(argv[0], setup.path, setup.inputs);

    std::printf("\n%s (%s, %lld notes), median of %d, ms; p95 in brackets; ratio = waymark / (raw + door) for "
                "readings, waymark / raw for writes (whose raw replay holds the door's statements)\n",
                scaleText.c_str(), kept.filename().c_str(), static_cast<long long>(setup.inputs.notes), setup.runs);
    std::printf("%-58s %16s %16s %16s %6s %16s %16s %16s %6s\n", "operation", "wm cold", "raw cold", "raw+door cold",
                "ratio", "wm warm", "raw warm", "raw+door warm", "ratio");
    auto cell = [](const Figures& f) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%7.2f (%6.2f)", f.median, f.p95);
        return std::string(buf);
    };
    std::ofstream out(json);
    out << "{\n  \"scale\": \"" << scaleText << "\",\n  \"casebook\": \"" << (bulk ? "small demo + bulk notes" : "demo")
        << "\",\n  \"notes\": " << setup.inputs.notes << ",\n  \"runs\": " << setup.runs
        << ",\n  \"disk_runs\": " << setup.diskRuns << ",\n  \"generation_s\": " << generation
        << ",\n  \"memory_kb\": {\"peak\": " << memory.peakKb << ", \"resident_after_open\": " << memory.openKb
        << ", \"resident_after_workload\": " << memory.residentKb << "},\n  \"operations\": [\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        const double coldBase = r.write ? r.rawCold.median : r.doorCold.median;
        const double warmBase = r.write ? r.rawWarm.median : r.doorWarm.median;
        std::printf("%-58s %16s %16s %16s %6.2f %16s %16s %16s %6.2f\n", r.name.c_str(), cell(r.wmCold).c_str(),
                    cell(r.rawCold).c_str(), r.write ? "" : cell(r.doorCold).c_str(), r.wmCold.median / coldBase,
                    cell(r.wmWarm).c_str(), cell(r.rawWarm).c_str(), r.write ? "" : cell(r.doorWarm).c_str(),
                    r.wmWarm.median / warmBase);
        auto js = [](const Figures& f) {
            char buf[96];
            std::snprintf(buf, sizeof buf, "{\"median_ms\": %.3f, \"p95_ms\": %.3f}", f.median, f.p95);
            return std::string(buf);
        };
        std::string name = r.name;
        std::replace(name.begin(), name.end(), '"', '\'');
        out << "    {\"id\": \"" << (r.id.find('"') == std::string::npos ? r.id : name) << "\", \"name\": \"" << name
            << "\", \"waymark_cold\": " << js(r.wmCold) << ", \"raw_cold\": " << js(r.rawCold)
            << ", \"raw_door_cold\": " << js(r.doorCold) << ", \"waymark_warm\": " << js(r.wmWarm)
            << ", \"raw_warm\": " << js(r.rawWarm) << ", \"raw_door_warm\": " << js(r.doorWarm)
            << ", \"waymark_disk\": " << js(r.wmDisk) << ", \"raw_door_disk\": " << js(r.doorDisk) << "}"
            << (i + 1 < rows.size() ? ",\n" : "\n");
    }
    out << "  ]\n}\n";
    if (setup.diskRuns > 0) {
        std::printf("\nOS cache dropped before each sample (echo 3 > /proc/sys/vm/drop_caches), median of %d:\n",
                    setup.diskRuns);
        for (const Row& r : rows)
            if (!r.write)
                std::printf("%-58s %16s %16s %6.2f\n", r.name.c_str(), cell(r.wmDisk).c_str(), cell(r.doorDisk).c_str(),
                            r.wmDisk.median / r.doorDisk.median);
    }
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
