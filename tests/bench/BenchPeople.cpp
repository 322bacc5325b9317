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

#include "BenchCommon.h"
#include "BenchJson.h"
#include "BenchMemory.h"
#include "BenchRaw.h"
#include "BenchReport.h"
#include "BenchTerms.h"
#include "RawSql.h"

#include "core/Casebook.h"
#include "core/Text.h"
#include "core/demo/DemoGenerator.h"
#include "core/domain/Duplicates.h"
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
        const char* sortNames[] = {"name", "reference", "date of birth"};
        for (int filter : {0, 4})
            for (int sort = 0; sort < 3; ++sort)
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
    {
        // A new person at intake who is the middle person with a one-letter slip in the given
        // name: the candidates are read through the indexes (dates of birth near theirs, their
        // postcode, their name) and scored (People::duplicateCandidates).
        Person draft = need(main->people().view(personId), "view");
        draft.id = {};
        draft.caseReference.clear();
        draft.givenName += draft.givenName.empty() ? "" : std::string(1, draft.givenName.back());
        std::vector<std::string> dates;
        for (const auto& d : dateOfBirthVariants(draft.dateOfBirth))
            dates.push_back(d.toIso());
        std::string postcodeKey;
        for (char c : draft.postcode)
            if (c != ' ')
                postcodeKey += c;
        std::vector<std::pair<std::string, std::string>> nameKeys{
            {foldForSearch(draft.familyName), foldForSearch(draft.givenName)}};
        if (!draft.preferredName.empty())
            nameKeys.emplace_back(foldForSearch(draft.familyName), foldForSearch(draft.preferredName));
        nameKeys.emplace_back(foldForSearch(draft.givenName), foldForSearch(draft.familyName));
        const auto found = need(main->people().duplicateCandidates(draft), "duplicates");
        Op dup;
        dup.id = "duplicates";
        dup.name = "duplicate candidates for a new person";
        dup.kind = "duplicates";
        dup.matches = static_cast<std::int64_t>(found.size());
        dup.waymark = [draft](Casebook& cb) { need(cb.people().duplicateCandidates(draft), "duplicates"); };
        dup.raw = [dates, postcodeKey, nameKeys](RawConn& r) { r.duplicateCandidates(dates, postcodeKey, nameKeys); };
        std::printf("\nduplicate candidates for the middle person with a one-letter slip: %zu shown (best score %d), "
                    "from %zu date-of-birth lookups, a postcode lookup and %zu name lookups\n",
                    found.size(), found.empty() ? 0 : found.front().score, dates.size(), nameKeys.size());
        ops.push_back(std::move(dup));
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
