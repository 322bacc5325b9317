// Reports at a scale (docs/measures.md, "Performance"): each report through the Casebook door
// beside its core SQL run on the same SQLCipher connection with nothing in between (prepare,
// bind, step every row), plus the SQL's EXPLAIN QUERY PLAN. Figures, never pass/fail.
//
//   bench_reports CASEBOOK USER [--from DATE --to DATE] [--runs N] [--explain 0|1]
//                 [--only NAME,NAME] [--rebuild-facts 0|1]
//   (password: WAYMARK_PASSWORD)
// --rebuild-facts 1 also times filling the reports' derived facts from scratch (what the
// schema 18 upgrade and the demo generator do; core/store/ReportFacts.h), inside a transaction
// that is rolled back.

#include "core/Casebook.h"
#include "core/reports/ReportQueries.h"
#include "core/store/Database.h"
#include "core/store/ReportFacts.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

using namespace waymark;
using Steady = std::chrono::steady_clock;

namespace {

double msSince(Steady::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Steady::now() - t0).count();
}

// The process's CPU time (user + system), in ms.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1000.0 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Steps through every row of `sql` with `binds` (text) and returns the rows read. With
// `probes`, runs the statement once per id in them (bound as a blob, sorted and each once, as
// the desk does), instead. With `keep`, keeps the blob of column `keepColumn` of every row.
int rawRun(sqlite3* db, const std::string& sql, const std::vector<std::string>& binds,
           const std::vector<std::string>* probes = nullptr, std::vector<std::string>* keep = nullptr,
           int keepColumn = 0)
{
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "prepare: %s\n", sqlite3_errmsg(db));
        std::exit(1);
    }
    int rows = 0;
    const auto steps = [&] {
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(st); ++c)
                (void)sqlite3_column_bytes(st, c);
            if (keep)
                keep->emplace_back(static_cast<const char*>(sqlite3_column_blob(st, keepColumn)),
                                   static_cast<std::size_t>(sqlite3_column_bytes(st, keepColumn)));
            ++rows;
        }
    };
    if (probes) {
        std::vector<std::string> ids = *probes;
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        for (const auto& id : ids) {
            sqlite3_bind_blob(st, 1, id.data(), static_cast<int>(id.size()), SQLITE_STATIC);
            steps();
            sqlite3_reset(st);
        }
    } else {
        for (std::size_t i = 0; i < binds.size(); ++i)
            sqlite3_bind_text(st, static_cast<int>(i + 1), binds[i].c_str(), -1, SQLITE_TRANSIENT);
        steps();
    }
    sqlite3_finalize(st);
    return rows;
}

void plan(sqlite3* db, const std::string& sql)
{
    sqlite3_stmt* st = nullptr;
    const std::string explain = "EXPLAIN QUERY PLAN " + sql;
    if (sqlite3_prepare_v2(db, explain.c_str(), -1, &st, nullptr) != SQLITE_OK)
        return;
    while (sqlite3_step(st) == SQLITE_ROW)
        std::printf("      %s\n", reinterpret_cast<const char*>(sqlite3_column_text(st, 3)));
    sqlite3_finalize(st);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_reports CASEBOOK USER [--from DATE --to DATE] [--runs N]\n");
        return 2;
    }
    std::string from = "2025-01-01", to = "2025-12-31";
    int runs = 5;
    bool explain = true;
    std::string only; // comma-separated report names; empty: all
    bool rebuildFacts = false;
    for (int i = 3; i + 1 < argc; i += 2) {
        const std::string k = argv[i];
        if (k == "--from")
            from = argv[i + 1];
        else if (k == "--to")
            to = argv[i + 1];
        else if (k == "--runs")
            runs = std::max(1, std::atoi(argv[i + 1]));
        else if (k == "--explain")
            explain = std::atoi(argv[i + 1]) != 0;
        else if (k == "--only")
            only = argv[i + 1];
        else if (k == "--rebuild-facts")
            rebuildFacts = std::atoi(argv[i + 1]) != 0;
    }
    const char* password = std::getenv("WAYMARK_PASSWORD");
    auto opened = Casebook::open(argv[1], argv[2], password ? password : "");
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", describe(opened.error()).c_str());
        return 1;
    }
    if (rebuildFacts) {
        Database& db = (*opened)->database();
        const double cpu0 = cpuMs();
        const auto t0 = Steady::now();
        const bool ok = db.exec("BEGIN").has_value() && db.exec(report_facts::rebuildSql()).has_value();
        const double wall = msSince(t0), cpu = cpuMs() - cpu0;
        (void)db.exec("ROLLBACK");
        std::printf("rebuild report facts: %s, %.1f ms (cpu %.1f ms)\n", ok ? "ok" : "FAILED", wall, cpu);
    }
    ReportParams params;
    params.from = Date::fromIso(from).value();
    params.to = Date::fromIso(to).value();
    const std::string lookback =
        params.from.addMonths(-12).toIso(); // repeat demand reads the repeat window before the period
    const FactFilters none;
    const std::string today = (*opened)->clock().today().toIso(); // outcomes read closures and reoffences up to today

    struct Raw
    {
        std::string sql;
        std::vector<std::string> binds;
        // keep: this query's column 1 (a referral id) is kept; probe: this query runs once per
        // id the query before kept.
        enum Ids
        {
            None,
            Keep,
            Probe
        } ids = None;
    };
    // One query, keeping or probing the ids carried in `kept` from the query before.
    const auto runOne = [](sqlite3* db, const Raw& q, std::vector<std::string>& kept) {
        return rawRun(db, q.sql, q.binds, q.ids == Raw::Probe ? &kept : nullptr, q.ids == Raw::Keep ? &kept : nullptr,
                      1);
    };
    const auto runAll = [&](sqlite3* db, const std::vector<Raw>& qs) {
        int rows = 0;
        std::vector<std::string> kept;
        for (const auto& q : qs)
            rows += runOne(db, q, kept);
        return rows;
    };
    struct Case
    {
        const char* name;
        std::vector<Raw> raw;
    };
    const std::string start = from + "T00:00:00Z", end = params.to.addDays(1).toIso() + "T00:00:00Z";
    // Session bounds as the desk computes them for Europe/London (GMT in January): midnight UTC.
    const std::vector<Case> cases = {
        {"caseload", {{ReportQueries::openCasesSql(none), {}}, {ReportQueries::heldSessionsSql(none), {start, end}}}},
        {"funnel", {{ReportQueries::referralsSql(none, true), {from, to}}}},
        {"repeat-demand", {{ReportQueries::referralsSql(none, false), {lookback, to}}}},
        {"reoffending",
         {{ReportQueries::closuresSql(none), {from, to}},
          {ReportQueries::reoffencesSql(), {from, params.to.addMonths(12).toIso()}}}},
        {"outcomes-by-intervention",
         {{ReportQueries::interventionsSql(none), {start, end}, Raw::Keep},
          {ReportQueries::assessmentScoresSql(), {}, Raw::Probe},
          {ReportQueries::closedOnSql(), {from, today}},
          {ReportQueries::reoffencesSql(), {from, today}}}},
        {"kpi",
         {{ReportQueries::closuresSql(none), {from, to}}, {ReportQueries::closedSnapshotsSql(none), {from, to}}}},
        {"timeliness", {{ReportQueries::referralsSql(none, false), {from, to}}}},
    };
    // Cold: a new connection (its page cache empty; the operating system's file cache warmed by
    // an untimed run on another connection) and the first run on it. Warm: the median of `runs` runs after one more.
    // Wall and CPU time (the process's user + system): on a loaded machine the CPU time is the
    // steadier figure.
    const auto reopen = [&]() -> Casebook& {
        opened = Casebook::open(argv[1], argv[2], password ? password : "");
        if (!opened) {
            std::fprintf(stderr, "open: %s\n", describe(opened.error()).c_str());
            std::exit(1);
        }
        return **opened;
    };
    std::printf("reports %s..%s; cold = first run on a new connection; warm = median of %d runs; wall (cpu) ms\n",
                from.c_str(), to.c_str(), runs);
    std::printf("  %-24s %18s %18s %18s %18s %8s\n", "report", "waymark cold", "raw cold", "waymark warm", "raw warm",
                "rows");
    const auto pair = [](double wall, double cpu) {
        char buf[48];
        std::snprintf(buf, sizeof buf, "%.1f (%.1f)", wall, cpu);
        return std::string(buf);
    };
    for (const auto& c : cases) {
        if (!only.empty() && ("," + only + ",").find("," + std::string(c.name) + ",") == std::string::npos)
            continue;
        std::vector<double> wm, raw, wmCpu, rawCpu;
        int rows = 0;
        // Cold as the targets define it: a new connection with the operating system's file cache
        // warm. So the report runs once, untimed, on a throwaway connection first (on a casebook
        // larger than the free memory the file cache may not hold everything, and a first run
        // after the file was written or evicted would time the disk instead).
        if (auto r = reopen().reports().run(c.name, params); !r) {
            std::fprintf(stderr, "%s: %s\n", c.name, describe(r.error()).c_str());
            return 1;
        }
        // Cold, through the door, then bare on another new connection (opening is not timed).
        Casebook& coldCb = reopen();
        auto cpu0 = cpuMs();
        auto t0 = Steady::now();
        if (auto r = coldCb.reports().run(c.name, params); !r) {
            std::fprintf(stderr, "%s: %s\n", c.name, describe(r.error()).c_str());
            return 1;
        }
        const double wmCold = msSince(t0), wmColdCpu = cpuMs() - cpu0;
        sqlite3* coldDb = reopen().database().handle();
        cpu0 = cpuMs();
        t0 = Steady::now();
        (void)runAll(coldDb, c.raw);
        const double rawCold = msSince(t0), rawColdCpu = cpuMs() - cpu0;
        Casebook& warm = **opened;
        sqlite3* db = warm.database().handle();
        (void)warm.reports().run(c.name, params); // warm the cache
        for (int i = 0; i < runs; ++i) {
            cpu0 = cpuMs();
            t0 = Steady::now();
            auto r = warm.reports().run(c.name, params);
            wm.push_back(msSince(t0));
            wmCpu.push_back(cpuMs() - cpu0);
            if (!r) {
                std::fprintf(stderr, "%s: %s\n", c.name, describe(r.error()).c_str());
                return 1;
            }
            cpu0 = cpuMs();
            t0 = Steady::now();
            rows = runAll(db, c.raw);
            raw.push_back(msSince(t0));
            rawCpu.push_back(cpuMs() - cpu0);
        }
        std::printf("  %-24s %18s %18s %18s %18s %8d\n", c.name, pair(wmCold, wmColdCpu).c_str(),
                    pair(rawCold, rawColdCpu).c_str(), pair(median(wm), median(wmCpu)).c_str(),
                    pair(median(raw), median(rawCpu)).c_str(), rows);
        if (explain)
            for (std::vector<std::string> kept; const auto& q : c.raw) {
                const auto q0 = Steady::now();
                const int n = runOne(db, q, kept);
                std::printf("    query: %d rows, %.1f ms\n", n, msSince(q0));
                plan(db, q.sql);
            }
    }
    return 0;
}
