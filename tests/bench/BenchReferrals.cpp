// bench_referrals: My work and the referral queue at a scale, through the Referrals desk and
// as the same SQL on the same SQLCipher connection with no Waymark code in between ("raw").
// Figures, never pass/fail (docs/benchmarks.md, "Referrals").
//
//   bench_referrals [--scale small|medium|large] [--dir DIR] [--runs N] [--explain]
//
// --explain prints each statement's query plan instead of measuring.
//
// The casebook is the demo casebook of the scale (core/demo: people, caseworkers, referrals
// with their past), generated once into DIR and reused.

#include "core/Casebook.h"
#include "core/demo/DemoGenerator.h"
#include "core/store/Database.h"

#include "BenchRaw.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

using namespace waymark;
using namespace waymark::demo;
using waymark::bench::RawConn;
using waymark::bench::RawIdentity;
namespace fs = std::filesystem;
using Steady = std::chrono::steady_clock;

namespace {

[[noreturn]] void fatal(const std::string& what)
{
    std::fprintf(stderr, "bench_referrals: %s\n", what.c_str());
    std::exit(1);
}

template <typename T> T need(Result<T> r, const char* what)
{
    if (!r)
        fatal(std::string(what) + ": " + describe(r.error()));
    return std::move(*r);
}

double msSince(Steady::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Steady::now() - t0).count();
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// ---- The SQL ReferralStore runs (core/store/ReferralStore.cpp), copied: keep in step. ----
constexpr const char* kOpen = "r.state IN ('received', 'screening', 'accepted', 'active', 'closure_requested', "
                              "'reopened')";
constexpr const char* kSummaryColumns =
    "SELECT r.id, r.reference, r.person_id, p.case_reference AS person_reference, p.given_name, p.family_name, "
    "p.preferred_name, r.received, r.source, r.route, r.state, r.allocated_to, u.display_name AS worker_name, "
    "u.username AS worker_username, r.decision_due, r.first_contact_due, r.first_contact, r.repeat_ordinal, "
    "r.running_due FROM referrals r";
constexpr const char* kSummaryJoins = " JOIN people p ON p.id = r.person_id LEFT JOIN users u ON u.id = r.allocated_to";
constexpr const char* kOpenDue = " INDEXED BY referrals_open_due";
constexpr const char* kOrderDue = " ORDER BY r.running_due, r.received, r.id LIMIT ?";

std::string workCountsSql()
{
    return std::string("SELECT r.allocated_to AS worker, "
                       "(SELECT coalesce(nullif(display_name, ''), username) FROM users WHERE id = r.allocated_to) AS "
                       "worker_name, "
                       "sum(r.state = 'received') AS awaiting, "
                       "sum(r.state IN ('received', 'screening') AND r.running_due >= ?1) AS decisions_due, "
                       "sum(r.state IN ('received', 'screening') AND r.running_due < ?1) AS decisions_overdue, "
                       "sum(r.state IN ('accepted', 'active') AND r.running_due >= ?1 AND r.running_due < ?2) AS "
                       "contacts_due, "
                       "sum(r.state IN ('accepted', 'active') AND r.running_due < ?1) AS contacts_overdue "
                       "FROM referrals r INDEXED BY referrals_work WHERE r.deleted = 0 AND ") +
           kOpen + " GROUP BY r.allocated_to";
}

// Runs `sql` with text parameters, reading every column of every row.
bool g_explain = false;

int rawRun(sqlite3* db, const std::string& sql, const std::vector<std::string>& texts, int limit = -1)
{
    if (g_explain) {
        std::printf("%s\n", sql.c_str());
        sqlite3_stmt* plan = nullptr;
        if (sqlite3_prepare_v2(db, ("EXPLAIN QUERY PLAN " + sql).c_str(), -1, &plan, nullptr) == SQLITE_OK) {
            while (sqlite3_step(plan) == SQLITE_ROW)
                std::printf("    %s\n", reinterpret_cast<const char*>(sqlite3_column_text(plan, 3)));
            sqlite3_finalize(plan);
        }
    }
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
        fatal("prepare: " + std::string(sqlite3_errmsg(db)));
    int i = 1;
    for (const auto& t : texts)
        sqlite3_bind_text(st, i++, t.c_str(), static_cast<int>(t.size()), SQLITE_TRANSIENT);
    if (limit >= 0)
        sqlite3_bind_int(st, i, limit);
    // Every value is copied out, as any caller must before the next step: the rows a page shows.
    int rows = 0;
    std::vector<std::vector<std::string>> kept;
    while (sqlite3_step(st) == SQLITE_ROW) {
        ++rows;
        auto& row = kept.emplace_back();
        for (int c = 0; c < sqlite3_column_count(st); ++c) {
            const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
            row.emplace_back(t ? t : "", static_cast<std::size_t>(sqlite3_column_bytes(st, c)));
        }
    }
    sqlite3_finalize(st);
    return rows;
}

void rawTeamWork(sqlite3* db, const std::string& today)
{
    rawRun(db, workCountsSql(), {today, "9999-12-31"});
    const std::string unallocated = std::string(" WHERE r.deleted = 0 AND r.allocated_to IS NULL AND ") + kOpen;
    rawRun(db, "SELECT count(*) AS n FROM referrals r" + unallocated, {});
    const std::string openList = std::string(kSummaryColumns) + kOpenDue + kSummaryJoins;
    rawRun(db, openList + unallocated + kOrderDue, {}, 51);
    const std::string open = std::string(" WHERE r.deleted = 0 AND ") + kOpen;
    rawRun(db, openList + open + " AND r.state = 'received'" + kOrderDue, {}, 51);
    rawRun(db, openList + open + " AND r.state IN ('received', 'screening')" + kOrderDue, {}, 51);
    rawRun(db, openList + open + " AND r.state IN ('accepted', 'active') AND r.running_due < ?" + kOrderDue,
           {"9999-12-31"}, 51);
}

void rawQueuePage(sqlite3* db)
{
    rawRun(db, std::string(kSummaryColumns) + kSummaryJoins + " WHERE r.deleted = 0" + kOrderDue, {}, 201);
}

std::unique_ptr<Casebook> openDemo(const fs::path& path)
{
    return need(Casebook::open(path, std::string(kDemoUser), std::string(kDemoPassword)), "open");
}

void generate(const fs::path& path, Scale scale)
{
    // The demo casebook as `waymark-cli demo` makes it: people, the demo caseworkers and their
    // referrals with their past (docs/demo-data.md).
    DemoOptions options;
    options.scale = scale;
    options.kdf = KdfStrength::Minimum;
    const auto t0 = Steady::now();
    const int people = need(generateDemo(path, options, {}), "demo");
    std::printf("generated %d people with their referrals in %.1f s\n", people, msSince(t0) / 1000);
}

} // namespace

int main(int argc, char** argv)
{
    std::string scaleText = "small";
    fs::path dir = "/tmp/waymark-bench";
    int runs = 11;
    for (int i = 1; i < argc; ++i)
        if (!std::strcmp(argv[i], "--explain"))
            g_explain = true;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--scale"))
            scaleText = argv[i + 1];
        else if (!std::strcmp(argv[i], "--dir"))
            dir = argv[i + 1];
        else if (!std::strcmp(argv[i], "--runs"))
            runs = std::atoi(argv[i + 1]);
    }
    const Scale scale = need(scaleFromName(scaleText), "scale");
    fs::create_directories(dir);
    const fs::path path = dir / ("referrals-" + scaleText + ".waymark");
    if (!fs::exists(path))
        generate(path, scale);

    auto cb = openDemo(path);
    const std::string today = cb->clock().today().toIso();
    std::int64_t referrals = 0;
    {
        Statement st(cb->database(), "SELECT count(*) FROM referrals");
        if (st.step().value_or(false))
            referrals = st.integer(0);
    }
    if (g_explain) {
        rawTeamWork(cb->database().handle(), today);
        rawQueuePage(cb->database().handle());
        return 0;
    }
    // "raw + door": the same SQL plus what the door adds to a reading — the role check (the
    // user's row) and the consultation's audit row — written without Waymark code
    // (tests/bench/BenchRaw.h), as the people benchmark measures it.
    RawIdentity identity;
    identity.userId.assign(cb->user().id.bytes().begin(), cb->user().id.bytes().end());
    identity.userIdText = cb->user().id.toString();
    identity.username = cb->user().username;
    identity.siteId = cb->info().siteId;
    cb.reset();

    struct Op
    {
        const char* name;
        std::function<void(Casebook&)> wm;
        std::function<void(Casebook&)> raw;
        const char* operation; // the audit row the desk writes
    };
    const std::vector<Op> ops = {
        {"My work, coordinator (team)", [](Casebook& c) { need(c.referrals().myWork(), "my work"); },
         [&](Casebook& c) { rawTeamWork(c.database().handle(), today); }, "referral.my_work"},
        {"queue first page (200, by due)",
         [](Casebook& c) {
             ReferralListQuery q;
             q.limit = 200;
             need(c.referrals().list(q), "list");
         },
         [](Casebook& c) { rawQueuePage(c.database().handle()); }, "referral.listed"},
    };
    std::printf("%s: %lld referrals\n%-34s %9s %9s %6s %9s %9s %6s %9s %9s %6s\n", scaleText.c_str(),
                static_cast<long long>(referrals), "operation (median ms)", "wm cold", "raw cold", "ratio", "wm warm",
                "raw warm", "ratio", "+door", "+door wm", "ratio");
    for (const auto& op : ops) {
        std::vector<double> wmCold, rawCold, wmWarm, rawWarm, doorCold, doorWarm;
        for (int run = 0; run < runs; ++run) {
            // Cold: a fresh connection each (an empty page cache), opened untimed.
            {
                auto c = openDemo(path);
                auto t0 = Steady::now();
                op.wm(*c);
                wmCold.push_back(msSince(t0));
            }
            {
                auto c = openDemo(path);
                auto t0 = Steady::now();
                op.raw(*c);
                rawCold.push_back(msSince(t0));
            }
            {
                auto c = openDemo(path);
                auto door = RawConn::wrap(c->database().handle(), identity);
                auto t0 = Steady::now();
                op.raw(*c);
                door->doorForReading(op.operation, "referral", "consultation");
                doorCold.push_back(msSince(t0));
            }
        }
        auto c = openDemo(path);
        auto door = RawConn::wrap(c->database().handle(), identity);
        op.wm(*c);
        op.raw(*c);
        door->doorForReading(op.operation, "referral", "consultation");
        for (int run = 0; run < runs; ++run) {
            auto t0 = Steady::now();
            op.wm(*c);
            wmWarm.push_back(msSince(t0));
            t0 = Steady::now();
            op.raw(*c);
            rawWarm.push_back(msSince(t0));
            t0 = Steady::now();
            op.raw(*c);
            door->doorForReading(op.operation, "referral", "consultation");
            doorWarm.push_back(msSince(t0));
        }
        door.reset();
        const double wc = median(wmCold), rc = median(rawCold), ww = median(wmWarm), rw = median(rawWarm);
        const double dc = median(doorCold), dw = median(doorWarm);
        std::printf("%-34s %9.2f %9.2f %6.2f %9.2f %9.2f %6.2f %9.2f %9.2f %6.2f   (raw+door cold %.2f, ratio %.2f)\n",
                    op.name, wc, rc, wc / rc, ww, rw, ww / rw, dw, ww, ww / dw, dc, wc / dc);
    }
    return 0;
}
