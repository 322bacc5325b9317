// Person quick search and list first page at a PERFORMANCE.md scale, each beside the same
// SQL run directly on SQLCipher (no Waymark code): the ratio is Waymark's overhead.
//
// Usage: bench_people [--scale small|medium|large] [--dir DIR] [--runs N]
// The casebook is generated once into DIR (default: a folder under /tmp) and reused.

#include "core/Casebook.h"
#include "core/demo/DemoGenerator.h"
#include "core/domain/PersonRules.h"
#include "core/security/Keyring.h"
#include "core/security/SecureBytes.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <sys/resource.h>
#include <vector>

using namespace waymark;
using Clock_ = std::chrono::steady_clock;

namespace {

double medianMs(int runs, const std::function<void()>& body)
{
    std::vector<double> samples;
    body(); // warm the cache, as a session that has been open for a while would be
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock_::now();
        body();
        samples.push_back(std::chrono::duration<double, std::milli>(Clock_::now() - t0).count());
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

// The raw engine: one SQLCipher connection with the same key and cache, no Waymark code.
struct RawDb
{
    sqlite3* db = nullptr;
    ~RawDb() { sqlite3_close_v2(db); }

    int rows(const std::string& sql, const std::vector<std::string>& params)
    {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "raw prepare failed: %s\n", sqlite3_errmsg(db));
            std::exit(1);
        }
        for (std::size_t i = 0; i < params.size(); ++i)
            sqlite3_bind_text(st, static_cast<int>(i + 1), params[i].c_str(), -1, SQLITE_TRANSIENT);
        int n = 0;
        while (sqlite3_step(st) == SQLITE_ROW) {
            // Touch every column, as the real path does when it builds its rows.
            for (int c = 0; c < sqlite3_column_count(st); ++c)
                (void)sqlite3_column_text(st, c);
            ++n;
        }
        sqlite3_finalize(st);
        return n;
    }
};

constexpr const char* kSummary =
    "p.id, p.case_reference, p.given_name, p.family_name, p.preferred_name, p.date_of_birth, p.dob_estimated, "
    "p.postcode, p.looked_after, p.child_protection_plan, p.child_in_need, p.early_help, p.care_leaver, "
    "p.send_aln, p.send_aln_plan, p.exploitation_concern, p.restricted, p.family_key, p.given_key";

long residentKb()
{
    struct rusage ru
    {};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

} // namespace

int main(int argc, char** argv)
{
    std::string scaleName = "large";
    std::string dir = "/tmp/waymark-bench";
    int runs = 21;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--scale"))
            scaleName = argv[i + 1];
        else if (!std::strcmp(argv[i], "--dir"))
            dir = argv[i + 1];
        else if (!std::strcmp(argv[i], "--runs"))
            runs = std::max(3, std::atoi(argv[i + 1]));
    }
    auto scale = demo::scaleFromName(scaleName);
    if (!scale) {
        std::fprintf(stderr, "bench_people: %s\n", describe(scale.error()).c_str());
        return 2;
    }
    std::filesystem::create_directories(dir);
    const auto path = std::filesystem::path(dir) / ("bench-" + scaleName + ".waymark");

    std::printf("Waymark person search benchmark — scale %s, median of %d runs\n", scaleName.c_str(), runs);
    if (!Casebook::exists(path)) {
        demo::DemoOptions options;
        options.scale = *scale;
        options.seed = 2026;
        options.kdf = KdfStrength::Minimum;
        const auto t0 = Clock_::now();
        int lastPercent = -1;
        auto made = demo::generateDemo(path, options, [&](int percent, std::string_view) {
            if (percent / 10 != lastPercent / 10)
                std::fprintf(stderr, "generating: %d%%\n", percent);
            lastPercent = percent;
            return true;
        });
        if (!made) {
            std::fprintf(stderr, "bench_people: %s\n", describe(made.error()).c_str());
            return 1;
        }
        std::printf("generate %-6s : %d people in %.1f s, file %.1f MiB\n", scaleName.c_str(), *made,
                    std::chrono::duration<double>(Clock_::now() - t0).count(),
                    static_cast<double>(std::filesystem::file_size(path)) / (1024.0 * 1024.0));
    }

    const auto tOpen = Clock_::now();
    auto opened = Casebook::open(path, demo::kDemoUser, demo::kDemoPassword);
    if (!opened) {
        std::fprintf(stderr, "bench_people: %s\n", describe(opened.error()).c_str());
        return 1;
    }
    Casebook& cb = **opened;
    std::printf("unlock (minimum KDF) + open: %.1f ms\n",
                std::chrono::duration<double, std::milli>(Clock_::now() - tOpen).count());
    std::printf("people: %lld\n", static_cast<long long>(cb.people().count().value_or(-1)));

    // Raw connection with the same key, cache and engine.
    auto keyring = Keyring::load(Casebook::keyFilePath(path));
    auto key = keyring->unlock(demo::kDemoUser, demo::kDemoPassword);
    RawDb raw;
    sqlite3_open_v2(path.c_str(), &raw.db, SQLITE_OPEN_READWRITE, nullptr);
    std::string keySpec = "x'";
    static const char* hex = "0123456789abcdef";
    for (std::size_t i = 0; i < (*key)->size(); ++i) {
        keySpec += hex[(*key)->data()[i] >> 4];
        keySpec += hex[(*key)->data()[i] & 15];
    }
    keySpec += "'";
    sqlite3_key(raw.db, keySpec.data(), static_cast<int>(keySpec.size()));
    std::fill(keySpec.begin(), keySpec.end(), '\0');
    sqlite3_exec(raw.db, "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr);

    // Pick real values to look for from the first page.
    PersonListQuery first;
    first.limit = 200;
    auto page = cb.people().list(first);
    if (!page || page->rows.empty()) {
        std::fprintf(stderr, "bench_people: empty casebook\n");
        return 1;
    }
    const PersonSummary& sample = page->rows[page->rows.size() / 2];
    const std::string namePrefix = foldForSearch(sample.familyName).substr(0, 3);
    const std::string twoWords =
        foldForSearch(sample.givenName).substr(0, 2) + " " + foldForSearch(sample.familyName).substr(0, 4);
    const std::string reference = sample.caseReference;
    const std::string dob = sample.dateOfBirth.toIso();

    struct Row
    {
        std::string what;
        double waymark;
        double raw;
    };
    std::vector<Row> table;
    const auto ftsQuery = [](const std::string& q) {
        std::string out;
        std::string tok;
        for (char c : q + " ") {
            if (c == ' ') {
                if (!tok.empty())
                    out += (out.empty() ? "" : " ") + ("\"" + tok + "\"*");
                tok.clear();
            } else {
                tok += c;
            }
        }
        return out;
    };
    const std::string ftsSql = std::string("SELECT ") + kSummary +
                               " FROM person_search s JOIN people p ON p.rowid = s.rowid WHERE person_search MATCH ? "
                               "AND p.deleted = 0 ORDER BY p.family_key, p.given_key, p.id LIMIT 50";
    table.push_back({"search name prefix '" + namePrefix + "' (top 50)",
                     medianMs(runs, [&] { (void)cb.people().search(namePrefix, 50); }),
                     medianMs(runs, [&] { raw.rows(ftsSql, {ftsQuery(namePrefix)}); })});
    table.push_back({"search two words '" + twoWords + "' (top 50)",
                     medianMs(runs, [&] { (void)cb.people().search(twoWords, 50); }),
                     medianMs(runs, [&] { raw.rows(ftsSql, {ftsQuery(twoWords)}); })});
    table.push_back(
        {"search case reference", medianMs(runs, [&] { (void)cb.people().search(reference, 50); }), medianMs(runs, [&] {
             raw.rows(std::string("SELECT ") + kSummary +
                          " FROM people p WHERE p.case_reference >= ? AND p.case_reference < ? AND p.deleted = 0 "
                          "ORDER BY p.case_reference LIMIT 50",
                      {reference, reference + "\x7f"});
         })});
    table.push_back(
        {"search date of birth", medianMs(runs, [&] { (void)cb.people().search(dob, 50); }), medianMs(runs, [&] {
             raw.rows(std::string("SELECT ") + kSummary +
                          " FROM people p WHERE p.date_of_birth = ? AND p.deleted = 0 "
                          "ORDER BY p.family_key, p.given_key, p.id LIMIT 50",
                      {dob});
         })});
    const std::string listSql = std::string("SELECT ") + kSummary +
                                " FROM people p WHERE p.deleted = 0 ORDER BY p.family_key, p.given_key, p.id LIMIT 201";
    table.push_back({"list first page (200 rows)", medianMs(runs, [&] { (void)cb.people().list(first); }),
                     medianMs(runs, [&] { raw.rows(listSql, {}); })});
    PersonListQuery lac = first;
    lac.filter = PersonFilter::LookedAfter;
    table.push_back({"list first page, looked-after filter", medianMs(runs, [&] { (void)cb.people().list(lac); }),
                     medianMs(runs, [&] {
                         raw.rows(std::string("SELECT ") + kSummary +
                                      " FROM people p WHERE p.deleted = 0 AND p.looked_after = 1 "
                                      "ORDER BY p.family_key, p.given_key, p.id LIMIT 201",
                                  {});
                     })});
    PersonListQuery deep = first;
    deep.after = page->next;
    table.push_back(
        {"list next page (keyset)", medianMs(runs, [&] { (void)cb.people().list(deep); }), medianMs(runs, [&] {
             raw.rows(std::string("SELECT ") + kSummary +
                          " FROM people p WHERE p.deleted = 0 AND (p.family_key, p.given_key, p.id) > "
                          "(?, ?, (SELECT id FROM people WHERE case_reference = ?)) "
                          "ORDER BY p.family_key, p.given_key, p.id LIMIT 201",
                      {page->next->familyKey, page->next->givenKey, page->rows.back().caseReference});
         })});

    // Every search and list page also writes one audit row (consultation, committed without
    // an fsync). The engine's own cost of that: one small committed insert at synchronous=NORMAL.
    sqlite3_exec(raw.db, "PRAGMA journal_mode = WAL; CREATE TABLE IF NOT EXISTS bench_scratch (x)", nullptr, nullptr,
                 nullptr);
    sqlite3_exec(raw.db, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
    const double rawLogRow = medianMs(runs, [&] {
        sqlite3_exec(raw.db, "BEGIN IMMEDIATE; INSERT INTO bench_scratch VALUES (1); COMMIT", nullptr, nullptr,
                     nullptr);
    });
    sqlite3_exec(raw.db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);

    std::printf("\n%-44s %11s %9s %7s %11s %7s\n", "operation", "waymark ms", "raw ms", "ratio", "raw+log ms", "ratio");
    for (const auto& r : table)
        std::printf("%-44s %11.3f %9.3f %7.2f %11.3f %7.2f\n", r.what.c_str(), r.waymark, r.raw,
                    r.waymark / std::max(r.raw, 1e-6), r.raw + rawLogRow,
                    r.waymark / std::max(r.raw + rawLogRow, 1e-6));
    std::printf("(raw = the same SELECT on SQLCipher; raw+log = that plus one committed audit-sized insert, "
                "%.3f ms: Waymark audits every reading)\n",
                rawLogRow);

    // Door-only costs (audit row + transaction): no raw equivalent.
    const double view = medianMs(runs, [&] { (void)cb.people().view(sample.id); });
    auto person = cb.people().view(sample.id);
    int flip = 0;
    const double save = medianMs(runs, [&] {
        person->phone = (flip++ % 2) ? "01632 960001" : "01632 960002";
        auto saved = cb.people().update(*person);
        if (saved)
            *person = std::move(*saved);
    });
    // The engine's floor for any durable write: one tiny committed transaction.
    sqlite3_exec(raw.db,
                 "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                 "CREATE TABLE IF NOT EXISTS bench_scratch (x)",
                 nullptr, nullptr, nullptr);
    const double rawCommit = medianMs(runs, [&] {
        sqlite3_exec(raw.db, "BEGIN IMMEDIATE; INSERT INTO bench_scratch VALUES (1); COMMIT", nullptr, nullptr,
                     nullptr);
    });
    std::printf("\n%-44s %12.3f %12.3f %8.2f\n", "open a person (audited view)", view, rawCommit, view / rawCommit);
    std::printf("%-44s %12.3f %12.3f %8.2f\n", "save one edit (tx + change log + audit row)", save, rawCommit,
                save / rawCommit);
    std::printf("(raw column for these two: one committed one-row transaction, the engine's floor)\n");
    std::printf("peak resident memory: %.1f MiB\n", static_cast<double>(residentKb()) / 1024.0);
    return 0;
}
