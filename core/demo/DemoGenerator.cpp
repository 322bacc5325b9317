#include "core/demo/DemoGenerator.h"

#include "core/Users.h"
#include "core/demo/DemoStages.h"
#include "core/security/Role.h"

#include <algorithm>
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
Result<std::pair<std::vector<Uuid>, int>> ensureTeam(Casebook& casebook, const DemoOptions& options)
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

    auto team = ensureTeam(casebook, options);
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

Result<DemoSummary> generateDemoCasebook(const std::filesystem::path& path, const DemoOptions& options,
                                         const ProgressFn& progress, std::shared_ptr<const Clock> clock)
{
    std::unique_ptr<Casebook> casebook;
    if (!Casebook::exists(path)) {
        CreateOptions create;
        create.division = options.division;
        create.displayName = "Demo coordinator";
        create.kdf = options.kdf;
        create.demo = true; // marked from the first commit, so an interrupted run can be resumed
        auto created = Casebook::create(path, kDemoUser, kDemoPassword, create, std::move(clock));
        if (!created)
            return std::unexpected(created.error());
        casebook = std::move(*created);
    } else {
        auto opened = Casebook::open(path, kDemoUser, kDemoPassword, std::move(clock));
        if (!opened)
            return std::unexpected(opened.error());
        casebook = std::move(*opened);
    }
    return addDemo(*casebook, options, progress);
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