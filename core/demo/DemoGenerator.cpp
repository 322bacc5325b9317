#include "core/demo/DemoGenerator.h"

#include "core/CasebookFiles.h"
#include "core/Users.h"
#include "core/demo/DemoStages.h"
#include "core/security/Role.h"
#include "core/store/Database.h"
#include "core/store/NoteSearchBuilder.h"
#include "core/store/NoteStore.h"
#include "core/store/ReportFacts.h"

#include <algorithm>
#include <chrono>
#include <span>
#include <system_error>
#include <utility>
#include <vector>

namespace waymark::demo {

using namespace detail;

Result<Scale> scaleFromName(std::string_view name)
{
    if (name == "small")
        return Scale::Small;
    if (name == "medium")
        return Scale::Medium;
    if (name == "large")
        return Scale::Large;
    return fail(ErrorCode::InvalidInput, "unknown scale (expected small, medium or large)", "scale");
}

std::string_view scaleName(Scale scale)
{
    switch (scale) {
    case Scale::Small:
        return "small";
    case Scale::Medium:
        return "medium";
    case Scale::Large:
        return "large";
    }
    return "small";
}

int peopleAtScale(Scale scale)
{
    switch (scale) {
    case Scale::Small:
        return 1000;
    case Scale::Medium:
        return 10000;
    case Scale::Large:
        return 100000;
    }
    return 1000;
}

int caseworkersAtScale(Scale scale)
{
    switch (scale) {
    case Scale::Small:
        return 4;
    case Scale::Medium:
        return 8;
    case Scale::Large:
        return 12;
    }
    return 4;
}

namespace {

// The demo caseworkers of the scale, adding those missing. Returns their ids and how many were added.
// Progress 0..100 per account ("adding the team": each new account's password hash takes a
// moment).
Result<std::pair<std::vector<Uuid>, int>> ensureTeam(Casebook& casebook, const DemoOptions& options,
                                                     const ProgressFn& progress)
{
    auto users = casebook.users().list();
    if (!users)
        return std::unexpected(users.error());
    std::vector<Uuid> ids;
    int added = 0;
    const int wanted = caseworkersAtScale(options.scale);
    for (int i = 0; i < wanted; ++i) {
        const DemoWorker& worker = kDemoCaseworkers[static_cast<std::size_t>(i)];
        const auto it = std::find_if(users->begin(), users->end(),
                                     [&](const UserInfo& u) { return u.username == worker.username; });
        if (it != users->end()) {
            if (it->active)
                ids.push_back(it->id);
            continue;
        }
        auto made = casebook.users().add(worker.username, kDemoPassword, Role::Caseworker, worker.displayName);
        if (!made)
            return std::unexpected(made.error());
        ids.push_back(made->id);
        ++added;
        if (progress && !progress(percentOf(i + 1, wanted), "adding the team"))
            return fail(ErrorCode::Cancelled, "demo generation cancelled");
    }
    return std::pair{std::move(ids), added};
}

} // namespace

Result<DemoSummary> addDemo(Casebook& casebook, const DemoOptions& options, const ProgressFn& progress)
{
    if (auto allowed = casebook.authorise(Action::DemoGenerate); !allowed)
        return std::unexpected(allowed.error());

    // Synthetic people never go into a casebook that holds real records.
    if (!casebook.info().demo) {
        auto existing = casebook.people().count();
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing > 0)
            return fail(ErrorCode::Conflict,
                        "the casebook holds real records; demo people go only into a demo casebook");
        if (auto marked = casebook.markAsDemo(); !marked)
            return std::unexpected(marked.error());
    }

    if (progress && !progress(0, "adding people"))
        return fail(ErrorCode::Cancelled, "demo generation cancelled");
    DemoSummary summary;
    auto people = addPeopleStage(casebook, options, progress);
    if (!people)
        return std::unexpected(people.error());
    summary.people = *people;

    if (progress && !progress(0, "adding the team"))
        return fail(ErrorCode::Cancelled, "demo generation cancelled");
    auto team = ensureTeam(casebook, options, progress);
    if (!team)
        return std::unexpected(team.error());
    summary.caseworkers = team->second;
    if (progress && !progress(100, "adding the team"))
        return fail(ErrorCode::Cancelled, "demo generation cancelled");

    // Casework goes with the referrals of this run: a run resumed after an interruption adds
    // it for the people who get their referrals now.
    std::vector<PersonSummary> referred;
    auto referrals = addReferralStage(casebook, options, team->first, progress, &referred);
    if (!referrals)
        return std::unexpected(referrals.error());
    summary.referrals = *referrals;

    auto delivery = addDeliveryStage(casebook, options, team->first, std::move(referred), progress);
    if (!delivery)
        return std::unexpected(delivery.error());
    summary.delivery = *delivery;
    return summary;
}

Result<int> addDemoPeople(Casebook& casebook, const DemoOptions& options, const ProgressFn& progress)
{
    auto summary = addDemo(casebook, options, progress);
    if (!summary)
        return std::unexpected(summary.error());
    return summary->people;
}

namespace {

// The build's settings: nothing of an unfinished build is worth keeping (a failed, cancelled
// or killed build is deleted whole), so no rollback journal, no fsync per commit, and no
// scrubbing of freed pages (synthetic data only); a 256 MiB page cache keeps the indexes that
// grow in random order in memory.
constexpr const char* kBuildPragmas[] = {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF",
                                         "PRAGMA secure_delete = OFF", "PRAGMA cache_size = -262144"};
// The casebook's own settings again (core/store/Database.cpp), before it is published.
constexpr const char* kNormalPragmas[] = {"PRAGMA cache_size = -65536", "PRAGMA secure_delete = ON",
                                          "PRAGMA synchronous = FULL", "PRAGMA journal_mode = WAL"};

Status applyPragmas(Database& db, std::span<const char* const> pragmas)
{
    for (const char* pragma : pragmas)
        if (auto st = db.exec(pragma); !st)
            return st;
    return {};
}

// The casework tables' own indexes (not the UNIQUE ones, which checks need): dropped while
// the build adds rows in bulk and created again at the end, when one sort builds each of them
// page by page instead of a million inserts at random places. Nothing the build reads uses
// them. Not for the notes and the change log: their rows are large (a note's text, twice), so
// building an index afterwards means reading the whole table again, which at `large` (several
// gigabytes) costs more than keeping their few narrow indexes up to date as rows arrive.
constexpr std::string_view kBulkTables[] = {
    "sessions",    "session_attendees",  "plans",    "plan_goals",        "plan_events", "interventions", "tasks",
    "assessments", "assessment_ratings", "closures", "outcome_snapshots", "follow_ups"};

// An index or trigger of a bulk table, dropped for the load and made again after it. The
// triggers are the reports' derived facts' (core/store/ReportFacts.h): a recompute per
// session and attendee written would cost more than the whole load, so the facts are rebuilt
// once at the end instead.
struct DeferredIndex
{
    std::string name;
    std::string sql;
    bool trigger = false;
};

Result<std::vector<DeferredIndex>> dropBulkIndexes(Database& db)
{
    std::vector<DeferredIndex> out;
    {
        // Indexes first, then triggers ('index' < 'trigger'), each in creation order.
        Statement st(db, "SELECT name, tbl_name, sql, type FROM sqlite_schema WHERE type IN ('index', 'trigger') AND "
                         "sql IS NOT NULL ORDER BY type, rowid");
        if (auto r = st.forEachRow([&] {
                const std::string table = st.text(1);
                if (std::find(std::begin(kBulkTables), std::end(kBulkTables), table) != std::end(kBulkTables))
                    out.push_back(DeferredIndex{st.text(0), st.text(2), st.text(3) == "trigger"});
            });
            !r)
            return std::unexpected(r.error());
    }
    for (const auto& index : out)
        if (auto st = db.exec(std::string(index.trigger ? "DROP TRIGGER \"" : "DROP INDEX \"") + index.name + "\"");
            !st)
            return std::unexpected(st.error());
    return out;
}

// The finishing steps' shares of the stage's progress: the deferred indexes to this, then the
// notes' full-text index.
constexpr int kIndexesShare = 40;

Status recreateIndexes(Database& db, const std::vector<DeferredIndex>& indexes, const ProgressFn& progress)
{
    for (std::size_t i = 0; i < indexes.size(); ++i) {
        if (auto st = db.exec(indexes[i].sql); !st)
            return st;
        if (progress && !progress(percentOf(static_cast<long long>(i + 1), static_cast<long long>(indexes.size())) *
                                      kIndexesShare / 100,
                                  "finishing"))
            return fail(ErrorCode::Cancelled, "demo generation cancelled");
    }
    return {};
}

// The notes' full-text index, built on a second thread as the notes were written
// (core/store/NoteSearchBuilder.h), copied into the casebook.
Status copySearch(Database& db, NoteSearchBuilder& search, const ProgressFn& progress)
{
    db.setNoteSearchSink(nullptr);
    auto st = search.copyInto(db, [&](int percent) {
        return !progress || progress(kIndexesShare + percent * (99 - kIndexesShare) / 100, "finishing");
    });
    if (!st && st.error().code == ErrorCode::Cancelled)
        return fail(ErrorCode::Cancelled, "demo generation cancelled");
    return st;
}

Status removeBuilding(const std::filesystem::path& path)
{
    // Both levels: the build's own temporary name and the one Casebook::create used inside it.
    auto cleared = files::clearUnfinishedCreation(path);
    if (!cleared)
        return std::unexpected(cleared.error());
    return {};
}

} // namespace

Result<DemoSummary> buildDemoCasebook(const std::filesystem::path& path, const DemoOptions& options,
                                      const DemoAccount& account, const ProgressFn& progress,
                                      std::shared_ptr<const Clock> clock)
{
    if (Casebook::exists(path))
        return fail(ErrorCode::AlreadyExists, "a casebook already exists at that path");
    std::error_code ec;
    if (path.has_parent_path() && !std::filesystem::is_directory(path.parent_path(), ec))
        return fail(ErrorCode::NotFound, "the folder for the casebook does not exist", "path");
    // What a killed build left behind goes first (a key file of another casebook stays, and
    // then nothing is built).
    if (auto st = removeBuilding(path); !st)
        return std::unexpected(st.error());
    if (std::filesystem::exists(Casebook::keyFilePath(path), ec))
        return fail(ErrorCode::AlreadyExists, "a key file for another casebook is already at that path");

    const auto building = files::creatingPath(path);
    Result<DemoSummary> result = [&]() -> Result<DemoSummary> {
        // Declared before the casebook, so it outlives the connection that feeds it.
        std::unique_ptr<NoteSearchBuilder> search;
        CreateOptions create;
        create.division = options.division;
        create.displayName = account.displayName;
        create.kdf = options.kdf;
        create.demo = true;
        auto created = Casebook::create(building, account.username, account.password, create, std::move(clock));
        if (!created)
            return std::unexpected(created.error());
        std::unique_ptr<Casebook> casebook = std::move(*created);
        Database& db = casebook->database();
        if (auto st = applyPragmas(db, kBuildPragmas); !st)
            return std::unexpected(st.error());
        // The notes' words go to a second thread, which builds the full-text index beside the
        // casebook while the casework is written; copied in at the end.
        {
            auto sql = NoteStore::searchTableDefinition(db);
            if (!sql)
                return std::unexpected(sql.error());
            auto started = NoteSearchBuilder::start(files::searchBuildPath(building), *sql);
            if (!started)
                return std::unexpected(started.error());
            search = std::move(*started);
        }
        db.setNoteSearchSink(search.get());
        // One transaction for the whole build (each bulk call is a savepoint of it): the pages
        // every batch touches (index roots, the full-text index's structure, the months being
        // written) are written to the file once, when the page cache needs the room or at the
        // end, instead of at every batch's commit.
        Transaction whole(db);
        if (!whole.begun())
            return std::unexpected(whole.begun().error());
        auto deferred = dropBulkIndexes(db);
        if (!deferred)
            return std::unexpected(deferred.error());
        auto summary = addDemo(*casebook, options, progress);
        if (!summary)
            return summary;
        if (progress && !progress(0, "finishing"))
            return fail(ErrorCode::Cancelled, "demo generation cancelled");
        auto stepStarted = std::chrono::steady_clock::now();
        const auto stepDone = [&](std::string name) {
            const auto now = std::chrono::steady_clock::now();
            summary->finishingSeconds.emplace_back(std::move(name),
                                                   std::chrono::duration<double>(now - stepStarted).count());
            stepStarted = now;
        };
        if (auto st = recreateIndexes(db, *deferred, progress); !st)
            return std::unexpected(st.error());
        stepDone("indexes");
        if (auto st = db.exec(report_facts::rebuildSql()); !st)
            return std::unexpected(st.error());
        stepDone("report facts");
        if (auto st = copySearch(db, *search, progress); !st)
            return std::unexpected(st.error());
        summary->searchAlongsideSeconds = search->busySeconds();
        search.reset();
        stepDone("search index");
        if (auto st = whole.commit(); !st)
            return std::unexpected(st.error());
        stepDone("commit");
        // Pages freed during the build (the full-text table's two first rows, replaced, and
        // whatever else a bulk call freed): a new casebook gives them back instead of carrying
        // them (it is in incremental auto-vacuum mode, like every casebook).
        if (auto st = db.exec("PRAGMA incremental_vacuum"); !st)
            return std::unexpected(st.error());
        stepDone("free pages");
        // The planner's statistics, which closing the connection would otherwise gather (at
        // `large` a few seconds: tables whose only index is partial, as the change log's, are
        // read whole to count their rows), as a step of its own.
        if (auto st = db.gatherStatistics(); !st)
            return std::unexpected(st.error());
        stepDone("statistics");
        if (auto st = applyPragmas(db, kNormalPragmas); !st)
            return std::unexpected(st.error());
        // Closing checkpoints and removes the write-ahead log; then one fsync, and the pair is
        // renamed into place.
        casebook.reset();
        stepDone("close");
        auto log = building;
        log += "-wal";
        if (std::filesystem::exists(log, ec) && std::filesystem::file_size(log, ec) > 0)
            return fail(ErrorCode::Io, "the demo casebook's write-ahead log was not folded into it");
        if (auto st = files::syncFile(building); !st)
            return std::unexpected(st.error());
        if (auto st = files::publish(building, path); !st)
            return std::unexpected(st.error());
        stepDone("sync");
        if (progress)
            progress(100, "finishing");
        return summary;
    }();
    if (!result)
        (void)removeBuilding(path);
    return result;
}

Result<DemoSummary> generateDemoCasebook(const std::filesystem::path& path, const DemoOptions& options,
                                         const ProgressFn& progress, std::shared_ptr<const Clock> clock)
{
    if (!Casebook::exists(path))
        return buildDemoCasebook(path, options, DemoAccount{}, progress, std::move(clock));
    auto opened = Casebook::open(path, kDemoUser, kDemoPassword, std::move(clock));
    if (!opened)
        return std::unexpected(opened.error());
    return addDemo(**opened, options, progress);
}

Result<int> generateDemo(const std::filesystem::path& path, const DemoOptions& options, const ProgressFn& progress,
                         std::shared_ptr<const Clock> clock)
{
    auto summary = generateDemoCasebook(path, options, progress, std::move(clock));
    if (!summary)
        return std::unexpected(summary.error());
    return summary->people;
}

} // namespace waymark::demo