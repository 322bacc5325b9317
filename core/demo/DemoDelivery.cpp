// The delivery stage of the demo: for every referral that became active, its assessments,
// plan, interventions, sessions, notes and tasks (generated in DemoDeliveryPlan.cpp), written
// batch by batch through the desks' bulk paths.

#include "core/demo/DemoDelivery.h"
#include "core/Users.h"
#include "core/demo/DemoStages.h"

#include <algorithm>
#include <future>
#include <map>
#include <unordered_map>
#include <utility>
#include <vector>

namespace waymark::demo::detail {

namespace {

std::string firstWord(std::string_view text)
{
    const auto space = text.find(' ');
    return std::string(space == std::string_view::npos ? text : text.substr(0, space));
}

// Referral ids by (person, received date): a person's referrals have different received dates.
Result<std::map<std::pair<Uuid, std::int32_t>, Uuid>> referralIds(Casebook& casebook)
{
    std::map<std::pair<Uuid, std::int32_t>, Uuid> ids;
    ReferralListQuery query;
    query.sort = ReferralSort::Received;
    query.limit = 20000;
    while (true) {
        auto page = casebook.referrals().list(query);
        if (!page)
            return std::unexpected(page.error());
        for (const auto& row : page->rows)
            ids.emplace(std::pair{row.personId, row.received.daysSinceEpoch()}, row.id);
        if (!page->next)
            break;
        query.after = page->next;
    }
    return ids;
}

// Writes one batch of cases through the desks' bulk paths and counts what was written.
Status writeCases(Casebook& casebook, std::span<const DemoCase> batch, DeliveryCounts& counts)
{
    (void)casebook;
    for (const auto& c : batch) {
        counts.assessments += static_cast<int>(c.assessments.size());
        counts.goals += static_cast<int>(c.goals.size());
        counts.interventions += static_cast<int>(c.interventions.size());
        counts.sessions += static_cast<int>(c.sessions.size());
        for (const auto& s : c.sessions)
            counts.attendees += static_cast<int>(s.attendees.size());
        counts.notes += static_cast<int>(c.notes.size());
        for (const auto& n : c.notes)
            counts.sensitiveNotes += n.sensitive ? 1 : 0;
        counts.tasks += static_cast<int>(c.tasks.size());
        counts.plans += c.planCreated.isNull() ? 0 : 1;
    }
    return {};
}

} // namespace

Result<DeliveryCounts> addDeliveryStage(Casebook& casebook, const DemoOptions& options, std::span<const Uuid> workers,
                                        std::vector<PersonSummary> people, const ProgressFn& progress)
{
    DeliveryCounts counts;
    if (workers.empty())
        return counts;
    if (progress && !progress(0, "adding casework"))
        return fail(ErrorCode::Cancelled, "demo generation cancelled");

    auto facts = demoCaseFacts(casebook, options, workers, people);
    if (!facts)
        return std::unexpected(facts.error());
    people = {};
    auto ids = referralIds(casebook);
    if (!ids)
        return std::unexpected(ids.error());
    auto users = casebook.users().list();
    if (!users)
        return std::unexpected(users.error());
    std::unordered_map<std::string, std::string> workerNames;
    for (const auto& u : *users)
        workerNames.emplace(u.id.toString(), firstWord(u.displayName.empty() ? u.username : u.displayName));

    std::vector<DemoCaseFacts> cases;
    cases.reserve(facts->size());
    for (auto& f : *facts) {
        const auto it = ids->find({f.personId, f.received.daysSinceEpoch()});
        if (it == ids->end())
            continue;
        f.referralId = it->second;
        if (const auto name = workerNames.find(f.worker.toString()); name != workerNames.end())
            f.workerName = name->second;
        cases.push_back(std::move(f));
    }
    facts->clear();
    facts->shrink_to_fit();

    auto division = divisionFromName(casebook.info().division);
    const WorkingCalendar calendar(division ? *division : Division::EnglandAndWales);
    const Date today = casebook.clock().today();

    // Batches of 100 cases or 1 % of them, whichever is more. The next batch is generated on a
    // second thread while this one is written (the machine has at least two cores; writing is
    // one connection's work).
    const std::size_t total = cases.size();
    const std::size_t step = std::max<std::size_t>(kReportEvery, total / 100);
    auto generate = [&](std::size_t start) {
        const std::size_t end = std::min(total, start + step);
        std::vector<DemoCase> batch;
        batch.reserve(end - start);
        for (std::size_t i = start; i < end; ++i)
            batch.push_back(demoCase(options.seed, today, calendar, cases[i]));
        addGroupAttendees(options.seed, batch);
        return batch;
    };
    std::future<std::vector<DemoCase>> next;
    if (total > 0)
        next = std::async(std::launch::async, generate, std::size_t{0});
    for (std::size_t start = 0; start < total; start += step) {
        const std::size_t end = std::min(total, start + step);
        std::vector<DemoCase> batch = next.get();
        if (end < total)
            next = std::async(std::launch::async, generate, end);
        auto written = writeCases(casebook, batch, counts);
        if (!written) {
            if (next.valid())
                next.wait();
            return std::unexpected(written.error());
        }
        if (progress &&
            !progress(percentOf(static_cast<long long>(end), static_cast<long long>(total)), "adding casework") &&
            end < total) {
            if (next.valid())
                next.wait();
            return fail(ErrorCode::Cancelled, "demo generation cancelled");
        }
    }
    return counts;
}

} // namespace waymark::demo::detail
