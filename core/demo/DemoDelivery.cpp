// The delivery stage of the demo: for every referral that became active, its assessments,
// plan, interventions, sessions, notes and tasks (generated in DemoDeliveryPlan.cpp), written
// batch by batch through the desks' bulk paths.

#include "core/demo/DemoDelivery.h"
#include "core/Users.h"
#include "core/demo/DemoClosures.h"
#include "core/demo/DemoStages.h"
#include "core/domain/Assessment.h"
#include "core/domain/Note.h"
#include "core/domain/Plan.h"
#include "core/domain/Session.h"
#include "core/store/Database.h"
#include "core/store/NoteSearchBuilder.h"
#include "core/store/NoteStore.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <future>
#include <map>
#include <unordered_map>
#include <utility>
#include <vector>

namespace waymark::demo {

void DeliveryCounts::addSeconds(std::string_view step, double seconds)
{
    for (auto& [name, total] : stepSeconds)
        if (name == step) {
            total += seconds;
            return;
        }
    stepSeconds.emplace_back(std::string(step), seconds);
}

} // namespace waymark::demo

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

std::string utcText(Date date, int minuteOfDay)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "T%02d:%02d:00.000Z", minuteOfDay / 60, minuteOfDay % 60);
    return date.toIso() + buf;
}

// What a batch is written with: the casebook's code tables and the providers' ids.
struct Writer
{
    Casebook& casebook;
    std::vector<Uuid> providerIds; // demoProviders() order
    std::uint64_t seed = 0;

    static std::string domainCode(std::span<const CodeOption> codes, int index)
    {
        return std::string(codes[static_cast<std::size_t>(index) % codes.size()].code);
    }

    Status write(std::span<const DemoCase> batch, DeliveryCounts& counts)
    {
        // Plans with their goals and interventions (their ids are needed by the sessions).
        std::vector<PlanHistoryDraft> plans;
        std::vector<std::size_t> planOf; // batch index of each plan
        for (std::size_t ci = 0; ci < batch.size(); ++ci) {
            const DemoCase& c = batch[ci];
            if (c.planCreated.isNull())
                continue;
            const DemoCaseFacts& f = c.facts;
            PlanHistoryDraft d;
            d.plan.personId = f.personId;
            d.plan.referralId = f.referralId;
            d.plan.createdAt = utcText(c.planCreated, 15 * 60);
            d.plan.createdBy = f.worker;
            d.plan.reviewDate = c.reviewDate;
            for (const auto& g : c.goals) {
                PlanGoal goal;
                goal.text = g.text;
                for (int domain : g.domains) {
                    const std::string code = domainCode(assessmentDomainCodes(), domain);
                    if (std::find(goal.domains.begin(), goal.domains.end(), code) == goal.domains.end())
                        goal.domains.push_back(code);
                }
                goal.status = g.status;
                goal.createdAt = d.plan.createdAt;
                goal.createdBy = f.worker;
                d.goals.push_back(std::move(goal));
            }
            for (const auto& iv : c.interventions) {
                Intervention i;
                i.type = std::string(kDemoInterventionTypes[static_cast<std::size_t>(iv.type)].code);
                if (iv.provider >= 0)
                    i.providerId = providerIds[static_cast<std::size_t>(iv.provider)];
                i.plannedStart = iv.plannedStart;
                i.plannedEnd = iv.plannedEnd;
                i.status = iv.status;
                i.referredOn = iv.referredOn;
                i.outcome = iv.outcome;
                i.createdAt = d.plan.createdAt;
                i.createdBy = f.worker;
                d.interventions.push_back(std::move(i));
            }
            plans.push_back(std::move(d));
            planOf.push_back(ci);
        }
        auto lap = std::chrono::steady_clock::now();
        const auto took = [&](std::string_view step) {
            const auto now = std::chrono::steady_clock::now();
            counts.addSeconds(step, std::chrono::duration<double>(now - lap).count());
            lap = now;
        };
        auto planned = casebook.deliveryHistory().addPlans(plans);
        took("plans");
        if (!planned)
            return std::unexpected(planned.error());
        std::vector<const PlanHistoryDraft*> planFor(batch.size(), nullptr);
        for (std::size_t k = 0; k < plans.size(); ++k)
            planFor[planOf[k]] = &plans[k];

        const UtcSeconds now = toUtcSeconds(casebook.clock().now());
        const Date today = casebook.clock().today();
        const std::string nowText = formatUtc(now); // "YYYY-MM-DDTHH:MM:SSZ"

        // Sessions, each attendee with their own referral.
        std::vector<Session> sessions;
        for (std::size_t ci = 0; ci < batch.size(); ++ci) {
            const DemoCase& c = batch[ci];
            for (const auto& ds : c.sessions) {
                Session s;
                auto start = londonToUtc(LocalDateTime{ds.date, ds.minuteOfDay});
                if (!start) // a time the clocks skip: an hour later
                    start = londonToUtc(LocalDateTime{ds.date, std::min(ds.minuteOfDay + 60, 23 * 60)});
                s.start = start.value_or(UtcSeconds{});
                s.durationMinutes = ds.durationMinutes;
                s.type = ds.type;
                s.location = ds.location;
                if (ds.intervention >= 0 && planFor[ci])
                    s.interventionId = planFor[ci]->interventions[static_cast<std::size_t>(ds.intervention)].id;
                for (int domain : ds.domains) {
                    const std::string code = domainCode(sessionDomainCodes(), domain);
                    if (std::find(s.domains.begin(), s.domains.end(), code) == s.domains.end())
                        s.domains.push_back(code);
                }
                s.worker = ds.worker;
                for (const auto& a : ds.attendees) {
                    const DemoCaseFacts& who =
                        a.caseIndex < 0 ? c.facts : batch[static_cast<std::size_t>(a.caseIndex)].facts;
                    SessionAttendee att;
                    att.personId = who.personId;
                    att.referralId = who.referralId;
                    att.attendance = a.attendance;
                    s.attendees.push_back(std::move(att));
                }
                // A session later today has not happened yet, whatever the plan said.
                if (s.start > now)
                    for (auto& a : s.attendees)
                        a.attendance = "planned";
                counts.attendees += static_cast<int>(s.attendees.size());
                sessions.push_back(std::move(s));
            }
        }
        const auto sessionCount = static_cast<int>(sessions.size());
        took("preparing");
        if (auto added = casebook.deliveryHistory().addSessions(sessions); !added)
            return std::unexpected(added.error());
        took("sessions");

        // Notes, each on its referral and, when it is about one, its session.
        std::vector<Note> notes;
        std::size_t firstSession = 0; // the case's first session in `sessions`
        for (const auto& c : batch) {
            for (const auto& dn : c.notes) {
                Note n;
                n.personId = c.facts.personId;
                n.referralId = c.facts.referralId;
                if (dn.session >= 0 && firstSession + static_cast<std::size_t>(dn.session) < sessions.size())
                    n.sessionId = sessions[firstSession + static_cast<std::size_t>(dn.session)].id;
                n.authorId = c.facts.worker;
                char at[32];
                std::snprintf(at, sizeof at, "T%02d:%02d:00Z", dn.minuteOfDay / 60, dn.minuteOfDay % 60);
                n.createdAt = std::min(dn.date.toIso() + at, nowText);
                n.sensitive = dn.sensitive;
                n.text = dn.text;
                notes.push_back(std::move(n));
            }
            firstSession += c.sessions.size();
        }
        const auto noteCount = static_cast<int>(notes.size());
        took("preparing");
        if (auto added = casebook.deliveryHistory().addNotes(notes); !added)
            return std::unexpected(added.error());
        took("notes");
        notes = {};

        std::vector<Task> tasks;
        for (const auto& c : batch) {
            for (const auto& dt : c.tasks) {
                Task t;
                t.personId = c.facts.personId;
                t.referralId = c.facts.referralId;
                t.title = dt.title;
                t.due = dt.due;
                t.owner = c.facts.worker;
                t.createdBy = c.facts.worker;
                t.createdAt = utcText(std::min(dt.due.addDays(-7), c.facts.active.addDays(1)), 11 * 60);
                if (!dt.doneOn.isNull()) {
                    t.doneAt = utcText(dt.doneOn, 16 * 60);
                    t.doneBy = c.facts.worker;
                }
                tasks.push_back(std::move(t));
            }
        }
        const auto taskCount = static_cast<int>(tasks.size());
        took("preparing");
        if (auto added = casebook.deliveryHistory().addTasks(std::move(tasks)); !added)
            return std::unexpected(added.error());
        took("tasks");

        // Assessments: the first of each case, then its reassessment (which follows it).
        std::vector<AssessmentHistoryDraft> assessments;
        for (const auto& c : batch) {
            const int first = static_cast<int>(assessments.size());
            for (const auto& da : c.assessments) {
                AssessmentHistoryDraft d;
                Assessment& a = d.assessment;
                a.personId = c.facts.personId;
                a.referralId = c.facts.referralId;
                a.assessedOn = da.on;
                a.assessor = c.facts.worker;
                // Written up the same afternoon (or just now, for one done today).
                a.createdAt = da.on < today ? utcText(da.on, 16 * 60) : formatUtcMillis(casebook.clock().now());
                for (const auto& domain : defaultTemplate().domains) {
                    DomainRating r;
                    r.domain = domain.code;
                    const auto at = std::find(kDemoDomainCodes.begin(), kDemoDomainCodes.end(), domain.code);
                    if (at == kDemoDomainCodes.end()) {
                        r.notAssessed = true;
                    } else {
                        const auto index = static_cast<std::size_t>(at - kDemoDomainCodes.begin());
                        r.rating = da.ratings[index];
                        r.notes = da.notes[index];
                    }
                    a.ratings.push_back(std::move(r));
                }
                a.strengths = da.strengths;
                a.ownView = da.ownView;
                a.goals = da.goals;
                a.summary = da.summary;
                d.follows = da.reassessment ? first : -1;
                assessments.push_back(std::move(d));
            }
        }
        const auto assessmentCount = static_cast<int>(assessments.size());
        took("preparing");
        if (auto added = casebook.deliveryHistory().addAssessments(assessments); !added)
            return std::unexpected(added.error());
        took("assessments");
        assessments = {};

        for (const auto& c : batch) {
            counts.goals += static_cast<int>(c.goals.size());
            counts.interventions += static_cast<int>(c.interventions.size());
            for (const auto& n : c.notes)
                counts.sensitiveNotes += n.sensitive ? 1 : 0;
        }
        counts.assessments += assessmentCount;
        counts.notes += noteCount;
        counts.plans += static_cast<int>(plans.size());
        counts.sessions += sessionCount;
        counts.tasks += taskCount;
        // Closures with their outcomes and follow-up (DemoClosures.cpp).
        auto closed = writeClosures(casebook, seed, batch, counts);
        took("closures");
        return closed;
    }
};

// The demo's partner organisations: those already in the casebook (by name) are reused.
Result<std::vector<Uuid>> ensureProviders(Casebook& casebook, DeliveryCounts& counts)
{
    auto existing = casebook.plans().providers();
    if (!existing)
        return std::unexpected(existing.error());
    std::vector<Uuid> ids(demoProviders().size());
    std::vector<Provider> missing;
    std::vector<std::size_t> missingAt;
    for (std::size_t i = 0; i < demoProviders().size(); ++i) {
        const DemoProvider& d = demoProviders()[i];
        const auto it =
            std::find_if(existing->begin(), existing->end(), [&](const Provider& p) { return p.name == d.name; });
        if (it != existing->end()) {
            ids[i] = it->id;
            continue;
        }
        Provider p;
        p.name = std::string(d.name);
        p.kind = std::string(d.kind);
        p.fundingSource = std::string(d.funding);
        p.contactEmail = std::string(d.contact);
        p.contactName = "Referrals team";
        missing.push_back(std::move(p));
        missingAt.push_back(i);
    }
    if (!missing.empty()) {
        auto added = casebook.deliveryHistory().addProviders(std::move(missing));
        if (!added)
            return std::unexpected(added.error());
        for (std::size_t k = 0; k < added->size(); ++k)
            ids[missingAt[k]] = (*added)[k].id;
        counts.providers += static_cast<int>(added->size());
    }
    return ids;
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
    // Cases in the order they started, so that each batch writes into the same few months of
    // the time-ordered tables (a note's rowid is its creation time; sessions and notes are
    // indexed by time): the pages being written stay in the page cache instead of every batch
    // touching the whole casebook. Each case depends only on its own facts, so the order does
    // not change what is generated (group sessions take their other attendees from the batch).
    std::stable_sort(cases.begin(), cases.end(), [](const DemoCaseFacts& a, const DemoCaseFacts& b) {
        return std::pair(a.active.daysSinceEpoch(), a.number) < std::pair(b.active.daysSinceEpoch(), b.number);
    });

    auto division = divisionFromName(casebook.info().division);
    const WorkingCalendar calendar(division ? *division : Division::EnglandAndWales);
    const Date today = casebook.clock().today();

    auto providerIds = ensureProviders(casebook, counts);
    if (!providerIds)
        return std::unexpected(providerIds.error());
    Writer writer{casebook, std::move(*providerIds), options.seed};

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
        const auto waitFrom = std::chrono::steady_clock::now();
        std::vector<DemoCase> batch = next.get();
        counts.addSeconds("generating",
                          std::chrono::duration<double>(std::chrono::steady_clock::now() - waitFrom).count());
        if (end < total)
            next = std::async(std::launch::async, generate, end);
        // A new casebook's full-text index is built on a second thread, which puts the notes
        // in rowid (time) order: none of this batch or a later one is older than this batch's
        // first case (the cases are in the order they started), give or take a day of time zone.
        if (auto* search = casebook.database().noteSearchSink(); search && !cases[start].active.isNull())
            search->nothingBefore(NoteStore::firstRowidOn(cases[start].active.addDays(-1)));
        auto written = writer.write(batch, counts);
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
