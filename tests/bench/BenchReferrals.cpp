// bench_referrals: My work and the referral queue at a scale, through the Referrals desk and
// as the same SQL on the same SQLCipher connection with no Waymark code in between ("raw").
// Figures, never pass/fail (docs/benchmarks.md, "Referrals").
//
//   bench_referrals [--scale small|medium|large] [--dir DIR] [--runs N] [--explain]
//
// --explain prints each statement's query plan instead of measuring.
//
// The casebook is generated once per scale into DIR (demo people, then 1.5 referrals a
// person through Referrals::createMany with repeat demand concentrated on a few people; the
// workflow states of older referrals are then set in bulk, as years of work would have left
// them) and reused.

#include "core/Casebook.h"
#include "core/demo/DemoGenerator.h"
#include "core/store/Database.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace waymark;
using namespace waymark::demo;
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
    int rows = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        ++rows;
        for (int c = 0; c < sqlite3_column_count(st); ++c)
            (void)sqlite3_column_text(st, c);
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
    DemoOptions options;
    options.scale = scale;
    options.kdf = KdfStrength::Minimum;
    const auto t0 = Steady::now();
    need(generateDemo(path, options, {}), "demo people");
    auto cb = openDemo(path);
    std::vector<Uuid> workers{cb->user().id};
    for (int i = 0; i < 8; ++i)
        workers.push_back(need(cb->users().add("worker" + std::to_string(i), "worker password " + std::to_string(i),
                                               Role::Caseworker, "Worker " + std::to_string(i)),
                               "add worker")
                              .id);
    std::vector<Uuid> people;
    {
        Statement st(cb->database(), "SELECT id FROM people WHERE deleted = 0 ORDER BY rowid");
        (void)st.forEachRow([&] { people.push_back(st.uuid(0)); });
    }
    // Repeat demand: a tenth of the people carry about half the referrals.
    std::mt19937_64 rng(2026);
    const std::size_t total = people.size() * 3 / 2;
    const std::size_t heavy = std::max<std::size_t>(1, people.size() / 10);
    const Date today = cb->clock().today();
    std::vector<Referral> drafts;
    drafts.reserve(total);
    const char* sources[] = {"police", "police", "police", "school", "childrens_social_care", "family", "yot_yjs"};
    const char* routes[] = {"community_resolution", "outcome_22", "triage", "prevention", "youth_caution"};
    for (std::size_t i = 0; i < total; ++i) {
        Referral r;
        r.personId = i < people.size() ? people[i] : people[rng() % heavy];
        r.received = today.addDays(-static_cast<int>(rng() % 730));
        r.eventDate = r.received.addDays(-static_cast<int>(rng() % 40));
        r.source = sources[rng() % std::size(sources)];
        r.route = routes[rng() % std::size(routes)];
        r.risk = "low";
        if (rng() % 10 < 8)
            r.allocatedTo = workers[rng() % workers.size()];
        drafts.push_back(std::move(r));
    }
    std::sort(drafts.begin(), drafts.end(),
              [](const Referral& a, const Referral& b) { return a.received < b.received; });
    need(cb->referrals().createMany(std::move(drafts)), "referrals");
    // Years of work: older referrals decided and mostly closed; recent ones spread over the
    // open states. running_due follows the state as the store computes it.
    const std::string old = today.addDays(-60).toIso();
    const std::string sql = R"sql(
UPDATE referrals SET state = CASE
    WHEN received < ?1 THEN (CASE abs(random()) % 10 WHEN 0 THEN 'declined' WHEN 1 THEN 'signposted' ELSE 'closed' END)
    ELSE (CASE abs(random()) % 10 WHEN 0 THEN 'received' WHEN 1 THEN 'received' WHEN 2 THEN 'screening'
          WHEN 3 THEN 'screening' WHEN 4 THEN 'declined' WHEN 5 THEN 'accepted' WHEN 6 THEN 'accepted'
          ELSE 'active' END) END;
UPDATE referrals SET decision = CASE WHEN state IN ('declined', 'signposted') THEN state ELSE 'accepted' END,
    decision_date = decision_due WHERE state NOT IN ('received', 'screening');
UPDATE referrals SET first_contact = first_contact_due
    WHERE state = 'closed' OR (state IN ('accepted', 'active') AND abs(random()) % 2 = 0);
UPDATE referrals SET running_due = CASE
    WHEN state IN ('received', 'screening') THEN decision_due
    WHEN state IN ('accepted', 'active') AND first_contact IS NULL THEN first_contact_due
    ELSE '9999-12-31' END;
)sql";
    std::string bound = "BEGIN;" + sql + "COMMIT;";
    for (auto pos = bound.find("?1"); pos != std::string::npos; pos = bound.find("?1"))
        bound.replace(pos, 2, "'" + old + "'");
    if (auto st = cb->database().exec(bound); !st)
        fatal("states: " + describe(st.error()));
    std::printf("generated %zu people, %zu referrals in %.1f s\n", people.size(), total, msSince(t0) / 1000);
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
    cb.reset();

    struct Op
    {
        const char* name;
        std::function<void(Casebook&)> wm;
        std::function<void(Casebook&)> raw;
    };
    const std::vector<Op> ops = {
        {"My work, coordinator (team)", [](Casebook& c) { need(c.referrals().myWork(), "my work"); },
         [&](Casebook& c) { rawTeamWork(c.database().handle(), today); }},
        {"queue first page (200, by due)",
         [](Casebook& c) {
             ReferralListQuery q;
             q.limit = 200;
             need(c.referrals().list(q), "list");
         },
         [](Casebook& c) { rawQueuePage(c.database().handle()); }},
    };
    std::printf("%s: %lld referrals\n%-34s %9s %9s %6s %9s %9s %6s\n", scaleText.c_str(),
                static_cast<long long>(referrals), "operation (median ms)", "wm cold", "raw cold", "ratio", "wm warm",
                "raw warm", "ratio");
    for (const auto& op : ops) {
        std::vector<double> wmCold, rawCold, wmWarm, rawWarm;
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
        }
        auto c = openDemo(path);
        op.wm(*c);
        op.raw(*c);
        for (int run = 0; run < runs; ++run) {
            auto t0 = Steady::now();
            op.wm(*c);
            wmWarm.push_back(msSince(t0));
            t0 = Steady::now();
            op.raw(*c);
            rawWarm.push_back(msSince(t0));
        }
        const double wc = median(wmCold), rc = median(rawCold), ww = median(wmWarm), rw = median(rawWarm);
        std::printf("%-34s %9.2f %9.2f %6.2f %9.2f %9.2f %6.2f\n", op.name, wc, rc, wc / rc, ww, rw, ww / rw);
    }
    return 0;
}
