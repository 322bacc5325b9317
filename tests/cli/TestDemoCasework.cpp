// The demo generator's referrals and casework (core/demo/DemoGenerator.h), in-process with a
// pinned clock: the shares of sources, routes and outcomes, determinism, a resumed run, the
// workflow history and the casework patterns. People and cancellation: TestDemoGenerator.cpp.

#include "core/Casebook.h"
#include "core/demo/DemoGenerator.h"
#include "core/domain/Codes.h"
#include "core/domain/Outcome.h"
#include "core/domain/PersonRules.h"
#include "core/reports/Reports.h"
#include "core/store/Database.h"
#include "tests/cli/DemoTestSupport.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <tuple>

using namespace waymark;
using test::fastOptions;
using test::pinnedClock;

namespace {

std::vector<ReferralSummary> allReferrals(Casebook& casebook)
{
    ReferralListQuery query;
    query.sort = ReferralSort::Received;
    query.limit = 1000;
    return test::allRows(query, [&](const ReferralListQuery& q) { return casebook.referrals().list(q); });
}

bool acceptedState(ReferralState s)
{
    return s == ReferralState::Accepted || s == ReferralState::Active || s == ReferralState::ClosureRequested ||
           s == ReferralState::Closed;
}

std::string pct(long long part, long long whole)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%",
                  whole ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0);
    return buf;
}

} // namespace

class TestDemoCasework : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referralsInPlausibleShares()
    {
        test::TempDir dir;
        const auto path = dir.file("referrals.waymark");
        auto summary = demo::generateDemoCasebook(path, fastOptions(42), {}, pinnedClock());
        QVERIFY2(summary.has_value(), summary ? "" : describe(summary.error()).c_str());
        QCOMPARE(summary->people, 1000);
        QCOMPARE(summary->caseworkers, demo::caseworkersAtScale(demo::Scale::Small));

        auto opened = Casebook::open(path, demo::kDemoUser, demo::kDemoPassword, pinnedClock());
        QVERIFY(opened.has_value());
        Casebook& casebook = **opened;
        const Date today = casebook.clock().today();
        const std::vector<ReferralSummary> referrals = allReferrals(casebook);
        const long long n = static_cast<long long>(referrals.size());
        QCOMPARE(n, static_cast<long long>(summary->referrals));
        QCOMPARE(*casebook.referrals().count({}), std::int64_t(n));

        // The demo team.
        std::set<Uuid> workers;
        const auto users = casebook.users().list();
        QVERIFY(users.has_value());
        for (const auto& u : *users)
            if (u.role == Role::Caseworker)
                workers.insert(u.id);
        QCOMPARE(workers.size(), std::size_t(demo::caseworkersAtScale(demo::Scale::Small)));

        std::map<std::string, long long> sources, routes;
        std::map<Uuid, long long> perPerson, perWorker;
        long long decided = 0, accepted = 0, declined = 0, signposted = 0, withdrawn = 0, closed = 0;
        long long awaiting = 0, screening = 0, unallocated = 0, repeatFlags = 0, recent = 0;
        for (const auto& r : referrals) {
            ++sources[r.source];
            ++routes[r.route];
            ++perPerson[r.personId];
            QVERIFY(r.received <= today);
            QVERIFY(r.received >= today.addDays(-3 * 365 - 1));
            recent += r.received > today.addDays(-365);
            repeatFlags += r.repeatOrdinal >= 3;
            if (r.allocatedTo.isNull()) {
                ++unallocated;
                QCOMPARE(r.state, ReferralState::Received); // only new ones wait for a worker
            } else {
                QVERIFY2(workers.contains(r.allocatedTo), "held by a demo caseworker");
                ++perWorker[r.allocatedTo];
            }
            switch (r.state) {
            case ReferralState::Received:
                ++awaiting;
                break;
            case ReferralState::Screening:
                ++screening;
                break;
            case ReferralState::Declined:
                ++declined;
                break;
            case ReferralState::Signposted:
                ++signposted;
                break;
            case ReferralState::Withdrawn:
                ++withdrawn;
                break;
            default:
                QVERIFY(acceptedState(r.state));
                ++accepted;
                closed += r.state == ReferralState::Closed;
                break;
            }
        }
        decided = accepted + declined + signposted + withdrawn;

        // About 1.5 referrals a person, every person referred at least once.
        QCOMPARE(perPerson.size(), std::size_t(1000));
        QVERIFY2(n >= 1350 && n <= 1700, std::to_string(n).c_str());

        // Sources: the police refer most; routes: community resolution and Outcome 22 lead.
        std::vector<std::pair<long long, std::string>> bySource, byRoute;
        for (const auto& [code, count] : sources) {
            QVERIFY2(isKnownCode(referralSourceCodes(), code), code.c_str());
            bySource.emplace_back(count, code);
        }
        for (const auto& [code, count] : routes) {
            QVERIFY2(isKnownCode(referralRouteCodes(), code), code.c_str());
            byRoute.emplace_back(count, code);
        }
        std::sort(bySource.rbegin(), bySource.rend());
        std::sort(byRoute.rbegin(), byRoute.rend());
        QCOMPARE(bySource.front().second, std::string("police"));
        QVERIFY2(bySource.front().first * 100 >= n * 45 && bySource.front().first * 100 <= n * 70,
                 pct(bySource.front().first, n).c_str());
        QVERIFY(bySource.size() >= 8);
        const std::set<std::string> topRoutes = {byRoute[0].second, byRoute[1].second, byRoute[2].second};
        QVERIFY(topRoutes.contains("community_resolution"));
        QVERIFY(topRoutes.contains("outcome_22"));
        QVERIFY(byRoute.size() >= 10);

        // Decisions: most old referrals decided, most decided ones accepted, the others each a real share.
        QVERIFY2(decided * 100 >= n * 95, pct(decided, n).c_str());
        QVERIFY2(accepted * 100 >= decided * 55 && accepted * 100 <= decided * 80, pct(accepted, decided).c_str());
        for (long long share : {declined, signposted, withdrawn})
            QVERIFY2(share * 100 >= decided * 2, pct(share, decided).c_str());
        QVERIFY2(closed * 2 >= accepted, "most accepted referrals are long closed");

        // Reasons recorded where diversion was not offered.
        std::map<std::string, long long> reasons;
        for (const auto& r : referrals) {
            if (r.state != ReferralState::Declined && r.state != ReferralState::Signposted &&
                r.state != ReferralState::Withdrawn)
                continue;
            auto full = casebook.referrals().view(r.id);
            QVERIFY(full.has_value());
            QCOMPARE(full->decision, std::string(stateName(r.state)));
            QVERIFY2(isKnownCode(notOfferedReasonCodes(), full->decisionReason), full->decisionReason.c_str());
            QVERIFY(!full->decisionDate.isNull() && full->decisionDate >= full->received &&
                    full->decisionDate <= today);
            ++reasons[full->decisionReason];
        }
        QVERIFY(reasons.size() >= 6);

        // An open caseload for My work: some awaiting screening, decisions due and overdue,
        // first contacts to make; some unallocated; every caseworker holds work.
        auto work = casebook.referrals().myWork();
        QVERIFY2(work.has_value(), work ? "" : describe(work.error()).c_str());
        QVERIFY(work->team);
        QCOMPARE(work->totals.awaitingScreening, awaiting);
        QVERIFY2(awaiting >= 2 && awaiting <= 40, std::to_string(awaiting).c_str());
        QVERIFY2(work->totals.decisionsDue >= 2, std::to_string(work->totals.decisionsDue).c_str());
        QVERIFY2(work->totals.decisionsOverdue >= 1, std::to_string(work->totals.decisionsOverdue).c_str());
        QVERIFY2(work->totals.decisionsDue + work->totals.decisionsOverdue <= 60, "a realistic open caseload");
        QVERIFY2(work->totals.contactsDue + work->totals.contactsOverdue >= 1,
                 std::to_string(work->totals.contactsDue).c_str());
        QVERIFY(unallocated >= 1 && work->unallocated >= 1);
        QCOMPARE(perWorker.size(), workers.size());
        for (const auto& [worker, held] : perWorker)
            QVERIFY2(held * 100 <= n * 40, "no caseworker holds most of the work");

        // Repeat demand concentrated: ~70 % referred once, a few per cent five times or more,
        // and the most-referred tenth of young people account for a large share of referrals.
        std::vector<long long> counts;
        long long once = 0, fivePlus = 0;
        for (const auto& [person, count] : perPerson) {
            counts.push_back(count);
            once += count == 1;
            fivePlus += count >= 5;
        }
        std::sort(counts.rbegin(), counts.rend());
        long long topTenth = 0;
        for (std::size_t i = 0; i < counts.size() / 10; ++i)
            topTenth += counts[i];
        const long long people = static_cast<long long>(counts.size());
        QVERIFY2(once * 100 >= people * 62 && once * 100 <= people * 80, pct(once, people).c_str());
        QVERIFY2(fivePlus * 100 >= people * 1 && fivePlus * 100 <= people * 8, pct(fivePlus, people).c_str());
        QVERIFY2(topTenth * 100 >= n * 25, pct(topTenth, n).c_str());
        QVERIFY2(counts.front() >= 6, std::to_string(counts.front()).c_str());
        QVERIFY(repeatFlags >= 10);
        // Each referral's ordinal is its place among the person's referrals of the 12 months before it.
        std::map<Uuid, std::vector<Date>> datesByPerson;
        for (const auto& r : referrals)
            datesByPerson[r.personId].push_back(r.received);
        for (const auto& r : referrals) {
            std::vector<Date> others = datesByPerson[r.personId];
            others.erase(std::find(others.begin(), others.end(), r.received));
            QCOMPARE(r.repeatOrdinal, repeatOrdinal(others, r.received, 12));
        }

        // A closed referral carries its whole history, walked through the workflow table.
        const auto closedOne = std::find_if(referrals.begin(), referrals.end(),
                                            [](const ReferralSummary& r) { return r.state == ReferralState::Closed; });
        QVERIFY(closedOne != referrals.end());
        auto history = casebook.referrals().history(closedOne->id);
        QVERIFY(history.has_value());
        std::vector<std::string> steps;
        bool contact = false;
        for (const auto& e : *history) {
            if (e.kind == "transition")
                steps.push_back(e.toState);
            contact = contact || e.kind == "first_contact";
        }
        QCOMPARE(steps, (std::vector<std::string>{"screening", "accepted", "active", "closure_requested", "closed"}));
        QVERIFY(contact);
        QCOMPARE(history->front().kind, std::string("created"));
        // Every history row is dated in order, none before receipt or after today.
        for (std::size_t i = 0; i < referrals.size(); i += 15) {
            auto rows = casebook.referrals().history(referrals[i].id);
            QVERIFY(rows.has_value());
            for (std::size_t k = 0; k < rows->size(); ++k) {
                const std::string& at = (*rows)[k].at;
                QVERIFY2(at.substr(0, 10) >= referrals[i].received.toIso() && at.substr(0, 10) <= today.toIso(),
                         at.c_str());
                if (k > 0)
                    QVERIFY2((*rows)[k - 1].at <= at, at.c_str());
            }
        }

        qInfo("%lld referrals for 1000 people (%.2f each): police %s, top routes %s %s / %s %s; decided %s, of which "
              "accepted %s, declined %s, signposted %s, withdrawn %s; %zu reason codes; referred once %s, 5+ %s, the "
              "top tenth of people hold %s of referrals (max %lld); My work: %lld awaiting screening, %lld decisions "
              "due, %lld overdue, %lld contacts due, %lld overdue, %lld unallocated",
              n, static_cast<double>(n) / 1000.0, pct(bySource.front().first, n).c_str(), byRoute[0].second.c_str(),
              pct(byRoute[0].first, n).c_str(), byRoute[1].second.c_str(), pct(byRoute[1].first, n).c_str(),
              pct(decided, n).c_str(), pct(accepted, decided).c_str(), pct(declined, decided).c_str(),
              pct(signposted, decided).c_str(), pct(withdrawn, decided).c_str(), reasons.size(),
              pct(once, people).c_str(), pct(fivePlus, people).c_str(), pct(topTenth, n).c_str(), counts.front(),
              static_cast<long long>(work->totals.awaitingScreening), static_cast<long long>(work->totals.decisionsDue),
              static_cast<long long>(work->totals.decisionsOverdue), static_cast<long long>(work->totals.contactsDue),
              static_cast<long long>(work->totals.contactsOverdue), static_cast<long long>(work->unallocated));
    }

    void sameSeedSameReferrals()
    {
        test::TempDir dir;
        std::vector<std::tuple<std::string, std::string, Date, int, int, std::string>> runs[2];
        for (int i = 0; i < 2; ++i) {
            const auto path = dir.file("same" + std::to_string(i) + ".waymark");
            auto summary = demo::generateDemoCasebook(path, fastOptions(11), {}, pinnedClock());
            QVERIFY2(summary.has_value(), summary ? "" : describe(summary.error()).c_str());
            auto casebook = Casebook::open(path, demo::kDemoUser, demo::kDemoPassword, pinnedClock());
            QVERIFY(casebook.has_value());
            for (const auto& r : allReferrals(**casebook))
                runs[i].emplace_back(r.source, r.route, r.received, static_cast<int>(r.state), r.repeatOrdinal,
                                     r.allocatedName);
            std::sort(runs[i].begin(), runs[i].end());
        }
        QVERIFY(!runs[0].empty());
        QVERIFY(runs[0] == runs[1]);
        qInfo("seed 11 twice with a pinned clock: the same %zu referrals (source, route, date, state, ordinal, worker)",
              runs[0].size());
    }

    void resumedRunCompletesReferrals()
    {
        // A run cut short after the people gets its referrals on the next run; people who
        // already have referrals keep exactly theirs.
        test::TempDir dir;
        const auto path = dir.file("resume.waymark");
        {
            // A new demo is built whole or not at all (cancelAndKillLeaveNothing); resuming is
            // for a casebook that already exists.
            CreateOptions create;
            create.kdf = KdfStrength::Minimum;
            create.demo = true;
            QVERIFY(Casebook::create(path, demo::kDemoUser, demo::kDemoPassword, create, pinnedClock()).has_value());
        }
        auto first = demo::generateDemoCasebook(
            path, fastOptions(3),
            [](int percent, std::string_view phrase) { return phrase != "adding referrals" || percent < 10; },
            pinnedClock());
        QVERIFY(!first.has_value());
        QCOMPARE(first.error().code, ErrorCode::Cancelled);
        std::int64_t before = 0;
        {
            auto casebook = Casebook::open(path, demo::kDemoUser, demo::kDemoPassword, pinnedClock());
            QVERIFY(casebook.has_value());
            before = *(*casebook)->referrals().count({});
            QVERIFY2(before > 0 && before < 1300, std::to_string(before).c_str()); // the first batch only
        }
        auto second = demo::generateDemoCasebook(path, fastOptions(3), {}, pinnedClock());
        QVERIFY2(second.has_value(), second ? "" : describe(second.error()).c_str());
        QCOMPARE(second->caseworkers, 0); // the team was already there
        auto casebook = Casebook::open(path, demo::kDemoUser, demo::kDemoPassword, pinnedClock());
        QVERIFY(casebook.has_value());
        const auto referrals = allReferrals(**casebook);
        QCOMPARE(static_cast<std::int64_t>(referrals.size()), before + second->referrals);
        std::set<Uuid> referred;
        for (const auto& r : referrals)
            referred.insert(r.personId);
        QCOMPARE(static_cast<std::int64_t>(referred.size()), *(*casebook)->people().count());
        qInfo("cut short with %lld referrals; the next run added %d people and %d referrals: every one of %zu people "
              "referred",
              static_cast<long long>(before), second->people, second->referrals, referred.size());
    }

    void historyFollowsTheWorkflowTable()
    {
        // Referrals::addHistory (what the demo writes through) refuses a history the workflow
        // table does not allow, and a decision that does not match it; nothing is written.
        test::TempDir dir;
        auto casebook = test::makeCasebook(dir.file("history.waymark"));
        QVERIFY(casebook);
        auto person = casebook->people().create(test::samplePerson(1));
        QVERIFY(person.has_value());
        auto worker = casebook->users().add("cw.one", "a long sample password 1", Role::Caseworker, "Case Worker");
        QVERIFY(worker.has_value());
        const Date today = casebook->clock().today();
        const Uuid me = casebook->user().id;

        auto draft = [&](ReferralState state, std::vector<std::pair<ReferralState, ReferralState>> steps,
                         std::string decision = {}, std::string reason = {}) {
            ReferralHistoryDraft d;
            d.referral.personId = person->person.id;
            d.referral.received = today.addDays(-40);
            d.referral.eventDate = today.addDays(-45);
            d.referral.source = "police";
            d.referral.route = "community_resolution";
            d.referral.state = state;
            d.referral.allocatedTo = worker->id;
            d.referral.decision = decision;
            d.referral.decisionReason = reason;
            if (!decision.empty()) {
                d.referral.decisionDate = today.addDays(-35);
                d.referral.decidedBy = me;
            }
            for (const auto& [from, to] : steps) {
                ReferralEvent e;
                e.kind = "transition";
                e.fromState = std::string(stateName(from));
                e.toState = std::string(stateName(to));
                e.reasonCode = to == ReferralState::Declined ? reason : std::string();
                e.by = me;
                e.at = today.addDays(-35).toIso() + "T10:00:00.000Z";
                d.events.push_back(e);
            }
            return d;
        };
        using S = ReferralState;

        // Declined, then "accepted": the table has no such step.
        auto bad = casebook->referrals().addHistory(
            {draft(S::Accepted, {{S::Received, S::Screening}, {S::Screening, S::Declined}, {S::Declined, S::Accepted}},
                   "declined", "parent_declined")});
        QVERIFY(!bad.has_value());
        QCOMPARE(bad.error().rule, std::string("illegal_transition"));
        QVERIFY2(bad.error().detail.find("'declined'") != std::string::npos, bad.error().detail.c_str());

        // Skipping screening.
        auto skip = casebook->referrals().addHistory({draft(S::Accepted, {{S::Received, S::Accepted}}, "accepted")});
        QVERIFY(!skip.has_value());
        QCOMPARE(skip.error().rule, std::string("illegal_transition"));

        // Declined without a reason code.
        auto noReason = casebook->referrals().addHistory(
            {draft(S::Declined, {{S::Received, S::Screening}, {S::Screening, S::Declined}}, "declined")});
        QVERIFY(!noReason.has_value());
        QCOMPARE(noReason.error().field, std::string("reason"));

        // A state the history does not reach, and a decision the history does not say.
        auto mismatch = casebook->referrals().addHistory({draft(S::Closed, {{S::Received, S::Screening}}, "accepted")});
        QVERIFY(!mismatch.has_value());
        QCOMPARE(mismatch.error().rule, std::string("history_mismatch"));
        QCOMPARE(*casebook->referrals().count({}), std::int64_t(0));

        // A good one goes in with every row of its history, "created" first.
        auto good = casebook->referrals().addHistory({draft(
            S::Declined, {{S::Received, S::Screening}, {S::Screening, S::Declined}}, "declined", "parent_declined")});
        QVERIFY2(good.has_value(), good ? "" : describe(good.error()).c_str());
        QCOMPARE(*good, 1);
        const auto rows = allReferrals(*casebook);
        QCOMPARE(rows.size(), std::size_t(1));
        auto history = casebook->referrals().history(rows.front().id);
        QVERIFY(history.has_value());
        QCOMPARE(history->size(), std::size_t(3));
        QCOMPARE(history->front().kind, std::string("created"));
        QCOMPARE(history->back().toState, std::string("declined"));
        QCOMPARE(history->back().reasonCode, std::string("parent_declined"));
        auto stored = casebook->referrals().view(rows.front().id);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->decisionReason, std::string("parent_declined"));
        QCOMPARE(stored->allocatedTo, worker->id);
        QVERIFY(!stored->decisionDue.isNull());
        qInfo("illegal steps, a missing reason code and a history that does not match are refused; a good history "
              "is stored with its %zu rows",
              history->size());
    }

    void caseworkInPlausiblePatterns()
    {
        // Every referral that became active has its casework: a plan with goals and
        // interventions, sessions (weekly-ish, about three in four attended), notes (one in
        // twenty sensitive) and tasks; group sessions' other attendees have referrals of
        // their own; everything is readable through the desks, searchable, and verify passes.
        test::TempDir dir;
        const auto path = dir.file("casework.waymark");
        auto summary = demo::generateDemoCasebook(path, fastOptions(2026), {}, pinnedClock());
        QVERIFY2(summary.has_value(), summary ? "" : describe(summary.error()).c_str());
        const demo::DeliveryCounts& d = summary->delivery;
        QCOMPARE(d.providers, 28);
        QVERIFY2(d.plans >= 700 && d.plans <= 1000, std::to_string(d.plans).c_str());
        QVERIFY2(d.sessions >= 8000 && d.sessions <= 16000, std::to_string(d.sessions).c_str());
        QVERIFY2(d.notes >= 8000 && d.notes <= 14000, std::to_string(d.notes).c_str());
        QVERIFY(d.attendees > d.sessions); // group sessions have several
        const double sensitiveShare = static_cast<double>(d.sensitiveNotes) / d.notes;
        QVERIFY2(sensitiveShare > 0.03 && sensitiveShare < 0.08, std::to_string(sensitiveShare).c_str());
        QVERIFY(d.interventions >= d.plans && d.interventions <= 3 * d.plans);
        QVERIFY(d.goals >= d.plans && d.goals <= 4 * d.plans);

        auto casebook = Casebook::open(path, demo::kDemoUser, demo::kDemoPassword, pinnedClock());
        QVERIFY(casebook.has_value());
        Casebook& cb = **casebook;
        const auto referrals = allReferrals(cb);
        std::map<Uuid, Uuid> personOf; // referral -> person
        for (const auto& r : referrals)
            personOf[r.id] = r.personId;

        // Sessions of the people with an active or closed referral.
        std::map<std::string, int> attendance;
        int attendees = 0, groups = 0, sessions = 0, withIntervention = 0;
        std::set<Uuid> seenPeople;
        for (const auto& r : referrals) {
            if (r.state != ReferralState::Closed && r.state != ReferralState::Active)
                continue;
            if (!seenPeople.insert(r.personId).second)
                continue;
            auto list = cb.sessions().forPerson(r.personId);
            QVERIFY2(list.has_value(), list ? "" : describe(list.error()).c_str());
            for (const auto& s : *list) {
                ++sessions;
                groups += s.type == "group" ? 1 : 0;
                withIntervention += s.interventionId.isNull() ? 0 : 1;
                for (const auto& a : s.attendees) {
                    // Every attendee is at the session on a referral of their own.
                    QVERIFY(personOf.contains(a.referralId));
                    QCOMPARE(personOf[a.referralId], a.personId);
                    if (a.personId == r.personId) {
                        ++attendance[a.attendance];
                        ++attendees;
                    }
                }
            }
            if (seenPeople.size() >= 300)
                break;
        }
        QVERIFY(sessions > 1000);
        QVERIFY(groups > 0);
        QVERIFY(withIntervention > sessions / 2);
        const int past = attendees - attendance["planned"];
        const double attended = static_cast<double>(attendance["attended"]) / past;
        const double dna = static_cast<double>(attendance["did_not_attend"]) / past;
        QVERIFY2(attended > 0.70 && attended < 0.82, std::to_string(attended).c_str());
        QVERIFY2(dna > 0.08 && dna < 0.17, std::to_string(dna).c_str());

        // Notes: on the people's referrals, found by the phrase tables' words.
        NoteSearchQuery common;
        common.text = "school";
        auto hits = cb.notes().search(common);
        QVERIFY2(hits.has_value(), hits ? "" : describe(hits.error()).c_str());
        QCOMPARE(static_cast<int>(hits->rows.size()), common.limit);
        for (const auto& h : hits->rows) {
            QVERIFY(personOf.contains(h.note.referralId));
            QCOMPARE(personOf[h.note.referralId], h.note.personId);
        }
        // Every note of the sampled people within 50 to 2,000 characters, most of them short.
        int notes = 0, shortNotes = 0;
        std::size_t longest = 0;
        for (const Uuid& person : seenPeople) {
            NoteListQuery q;
            q.personId = person;
            q.limit = 200;
            auto page = cb.notes().list(q);
            QVERIFY2(page.has_value(), page ? "" : describe(page.error()).c_str());
            for (const auto& n : page->rows) {
                const std::size_t chars = QString::fromStdString(n.note.text).size();
                QVERIFY2(chars >= 50 && chars <= 2000, std::to_string(chars).c_str());
                ++notes;
                shortNotes += chars < 600 ? 1 : 0;
                longest = std::max(longest, chars);
            }
        }
        QVERIFY(notes > 1000);
        QVERIFY2(shortNotes > notes / 2 && longest > 1200,
                 (std::to_string(shortNotes) + " of " + std::to_string(notes) + ", longest " + std::to_string(longest))
                     .c_str());
        qInfo("notes of %zu people: %d, under 600 characters %d, longest %zu", seenPeople.size(), notes, shortNotes,
              longest);

        NoteSearchQuery rare;
        rare.text = "beekeeping";
        auto rareHits = cb.notes().search(rare);
        QVERIFY(rareHits.has_value());
        QVERIFY(!rareHits->rows.empty());

        // Tasks: some done, some open, and some of the open ones overdue.
        auto countTasks = [&](TaskWhen when) {
            TaskQuery q;
            q.when = when;
            q.includeClock = false;
            auto n = cb.tasks().count(q);
            return n ? static_cast<int>(*n) : -1;
        };
        const int allTasks = countTasks(TaskWhen::Any);
        const int open = countTasks(TaskWhen::Open);
        const int overdue = countTasks(TaskWhen::Overdue);
        const int done = allTasks - open;
        QCOMPARE(allTasks, d.tasks);
        QVERIFY2(done > 0 && open > 0 && overdue > 0 && overdue < open,
                 (std::to_string(done) + " " + std::to_string(open) + " " + std::to_string(overdue)).c_str());

        // Assessments: a first one for nearly every case that started, reassessments for the
        // longer ones showing the distance travelled (less concern more often than more), and
        // the referral's assessment clock stopped at the first.
        QVERIFY2(d.assessments >= d.plans && d.assessments <= 2 * d.plans, std::to_string(d.assessments).c_str());
        int firsts = 0, reassessments = 0, better = 0, worse = 0, clocksStopped = 0;
        std::set<Uuid> assessedPeople;
        for (const auto& r : referrals) {
            if (r.state != ReferralState::Closed && r.state != ReferralState::Active)
                continue;
            if (!assessedPeople.insert(r.personId).second)
                continue;
            auto rows = cb.assessments().forReferral(r.id);
            QVERIFY2(rows.has_value(), rows ? "" : describe(rows.error()).c_str());
            for (const auto& row : *rows) {
                QCOMPARE(row.personId, r.personId);
                QCOMPARE(row.ratedCount, 13);
                if (row.previousAssessmentId.isNull()) {
                    ++firsts;
                    auto referral = cb.referrals().view(r.id);
                    QVERIFY(referral.has_value());
                    if (referral->assessedOn == row.assessedOn)
                        ++clocksStopped;
                    continue;
                }
                ++reassessments;
                auto distance = cb.assessments().distance(row.id);
                QVERIFY2(distance.has_value(), distance ? "" : describe(distance.error()).c_str());
                QCOMPARE(distance->previousId, row.previousAssessmentId);
                QVERIFY(distance->previousDate <= distance->currentDate);
                (distance->totalChange < 0 ? better : (distance->totalChange > 0 ? worse : better)) += 1;
            }
            if (assessedPeople.size() >= 300)
                break;
        }
        QVERIFY2(firsts > 200, std::to_string(firsts).c_str());
        QCOMPARE(clocksStopped, firsts);
        QVERIFY2(reassessments > 20, std::to_string(reassessments).c_str());
        QVERIFY2(better > 2 * worse, (std::to_string(better) + " " + std::to_string(worse)).c_str());

        // Honest bulk writing: every note has its change record (sync), the full-text index
        // matches the notes exactly, and each bulk call is audited once.
        Database& db = cb.database();
        {
            Statement number(db, "SELECT id FROM change_column WHERE table_name = 'notes' AND column_name = ''");
            auto found = number.step();
            QVERIFY(found.has_value() && *found);
            // The table number as a literal, so the partial index over the notes' records serves.
            Statement missing(db, "SELECT count(*) FROM notes n WHERE NOT EXISTS (SELECT 1 FROM change_record c "
                                  "WHERE c.row_id = n.id AND c.table_id = " +
                                      std::to_string(number.integer(0)) + ")");
            auto row = missing.step();
            QVERIFY(row.has_value() && *row);
            QCOMPARE(missing.integer(0), std::int64_t(0));
        }
        QVERIFY(db.exec("INSERT INTO note_search (note_search) VALUES ('integrity-check')").has_value());
        // The build fills the full-text index once at the end: every note is in it exactly (the
        // check against the notes themselves), and the build's buffer setting is gone again.
        QVERIFY(db.exec("INSERT INTO note_search (note_search, rank) VALUES ('integrity-check', 1)").has_value());
        {
            Statement config(db, "SELECT count(*) FROM note_search_config WHERE k <> 'version'");
            auto row = config.step();
            QVERIFY(row.has_value() && *row);
            QCOMPARE(config.integer(0), std::int64_t(0));
        }
        {
            Statement audited(db, "SELECT count(*) FROM audit_log WHERE operation = 'note.history_added'");
            auto row = audited.step();
            QVERIFY(row.has_value() && *row);
            QVERIFY2(audited.integer(0) >= 1 && audited.integer(0) <= 101, std::to_string(audited.integer(0)).c_str());
        }

        auto verified = cb.verify();
        QVERIFY(verified.has_value());
        QVERIFY2(verified->ok(), verified->integrityDetail.c_str());
        qInfo("small assessments: %d (%d first and %d reassessments among 300 people; distance travelled: %d less or "
              "no more concern, %d more)",
              d.assessments, firsts, reassessments, better, worse);
        qInfo("small casework: %d plans, %d interventions, %d sessions (%d attendance rows), %d notes (%d sensitive), "
              "%d tasks; of 300 people's %d past attendances %.1f %% attended, %.1f %% did not attend; %d group "
              "sessions; %d tasks, %d done, %d overdue",
              d.plans, d.interventions, d.sessions, d.attendees, d.notes, d.sensitiveNotes, d.tasks, past,
              100 * attended, 100 * dna, groups, allTasks, done, overdue);
    }
    void closuresOutcomesAndFollowUp()
    {
        // Closed cases have their closure (approved by the coordinator, about one in twelve sent
        // back first), start and end outcome snapshots and follow-up; kpi and reoffending give
        // sensible figures on the small demo.
        test::TempDir dir;
        const auto path = dir.file("closures.waymark");
        auto summary = demo::generateDemoCasebook(path, fastOptions(2026), {}, pinnedClock());
        QVERIFY2(summary.has_value(), summary ? "" : describe(summary.error()).c_str());
        const demo::DeliveryCounts& d = summary->delivery;
        auto casebook = Casebook::open(path, demo::kDemoUser, demo::kDemoPassword, pinnedClock());
        QVERIFY(casebook.has_value());
        Casebook& cb = **casebook;
        Database& db = cb.database();
        auto count = [&](const std::string& sql) {
            Statement st(db, sql);
            auto row = st.step();
            return row.has_value() && *row ? st.integer(0) : std::int64_t(-1);
        };

        // Every closed referral has exactly one approved closure, dated on its closing day; no
        // open referral has one.
        const auto closed = count("SELECT count(*) FROM referrals WHERE state = 'closed' AND deleted = 0");
        QVERIFY2(closed >= 500 && closed <= 900, std::to_string(closed).c_str());
        QCOMPARE(d.closures, static_cast<int>(closed));
        QCOMPARE(count("SELECT count(*) FROM closures WHERE state = 'approved' AND deleted = 0"), closed);
        QCOMPARE(count("SELECT count(*) FROM referrals r WHERE r.state = 'closed' AND NOT EXISTS (SELECT 1 FROM "
                       "closures c WHERE c.referral_id = r.id AND c.state = 'approved')"),
                 std::int64_t(0));
        QCOMPARE(count("SELECT count(*) FROM closures c JOIN referrals r ON r.id = c.referral_id WHERE r.state <> "
                       "'closed'"),
                 std::int64_t(0));
        // Sent back first: a "returned" row with a comment, before the approved one.
        const double returned = static_cast<double>(d.returnedClosures) / d.closures;
        QVERIFY2(returned > 0.04 && returned < 0.14, std::to_string(returned).c_str());
        QCOMPARE(count("SELECT count(*) FROM closures WHERE state = 'returned' AND comment <> ''"),
                 std::int64_t(d.returnedClosures));
        QCOMPARE(count("SELECT count(*) FROM closures a JOIN closures r ON r.referral_id = a.referral_id AND "
                       "r.state = 'returned' WHERE a.state = 'approved' AND r.decided_at >= a.requested_at"),
                 std::int64_t(0));
        // Completion statuses: most completed, every one of DOMAIN's list present.
        std::map<std::string, std::int64_t> statuses;
        {
            Statement st(db, "SELECT status, count(*) FROM closures WHERE state = 'approved' GROUP BY status");
            QVERIFY(st.forEachRow([&] { statuses[st.text(0)] = st.integer(1); }).has_value());
        }
        for (const auto& code : completionStatusCodes())
            QVERIFY2(statuses[std::string(code.code)] > 0, std::string(code.code).c_str());
        const double completedShare = static_cast<double>(statuses["completed"]) / d.closures;
        QVERIFY2(completedShare > 0.35 && completedShare < 0.75, std::to_string(completedShare).c_str());
        // Snapshots: nearly every closed case has both.
        QVERIFY2(d.snapshots > 2 * d.closures * 85 / 100 && d.snapshots <= 2 * d.closures,
                 std::to_string(d.snapshots).c_str());
        QCOMPARE(count("SELECT count(*) FROM outcome_snapshots s JOIN referrals r ON r.id = s.referral_id WHERE "
                       "s.stage = 'start' AND s.taken_on < r.received"),
                 std::int64_t(0));
        // Follow-up: re-contacts at the checks, reoffences after closure for about one in five
        // of the cases whose year after closure has passed.
        QCOMPARE(count("SELECT count(*) FROM follow_ups f JOIN closures c ON c.id = f.closure_id WHERE f.happened_on "
                       "< c.closed_on OR f.happened_on > '2026-11-26'"),
                 std::int64_t(0));
        const auto yearPassed = count("SELECT count(*) FROM closures WHERE state = 'approved' AND closed_on <= "
                                      "'2025-11-26'");
        const auto reoffendedInYear =
            count("SELECT count(DISTINCT c.id) FROM closures c JOIN follow_ups f ON f.closure_id = c.id AND f.kind "
                  "= 'reoffence' WHERE c.closed_on <= '2025-11-26' AND f.happened_on <= date(c.closed_on, '+12 "
                  "months')");
        const double reoffendShare = static_cast<double>(reoffendedInYear) / static_cast<double>(yearPassed);
        QVERIFY2(reoffendShare > 0.15 && reoffendShare < 0.30, std::to_string(reoffendShare).c_str());
        QVERIFY(count("SELECT count(*) FROM follow_ups WHERE kind = 'recontact'") > d.closures / 3);

        // kpi over 2025: every case counted, the snapshots recorded, and things better by the end.
        ReportParams params;
        params.from = *Date::fromIso("2025-01-01");
        params.to = *Date::fromIso("2025-12-31");
        auto kpi = cb.reports().run("kpi", params);
        QVERIFY2(kpi.has_value(), kpi ? "" : describe(kpi.error()).c_str());
        const ReportTable* k = kpi->table("kpi");
        QVERIFY(k);
        auto value = [&](const ReportTable* t, std::string_view section, std::string_view group, std::string_view key) {
            const ReportRow* row = t->find(section, group);
            return row ? t->value(*row, key).value_or(-1) : -1.0;
        };
        const double cases = value(k, "cases", "snapshot", "start_of");
        QVERIFY2(cases >= 150 && cases <= 400, std::to_string(cases).c_str());
        QVERIFY(value(k, "cases", "snapshot", "start_pct") > 90);
        for (const char* field : {"accommodation_suitable", "ete_suitable", "mental_health_offered",
                                  "substance_use_offered", "victims_contacted", "victims_engaged"}) {
            const std::string section = std::string(field).substr(0, std::string(field).rfind('_'));
            const ReportRow* row = nullptr;
            for (const auto& r : k->rows)
                if (r.cells[0].text == field)
                    row = &r;
            QVERIFY2(row, field);
            const double start = k->value(*row, "start_pct").value_or(-1);
            const double end = k->value(*row, "end_pct").value_or(-1);
            QVERIFY2(start >= 0 && end > start,
                     (std::string(field) + " " + std::to_string(start) + " -> " + std::to_string(end)).c_str());
        }

        // reoffending from 2024: measured cohorts with plausible rates, recent ones pending.
        params.from = *Date::fromIso("2024-01-01");
        params.to = *Date::fromIso("2026-11-26");
        auto reoffending = cb.reports().run("reoffending", params);
        QVERIFY2(reoffending.has_value(), reoffending ? "" : describe(reoffending.error()).c_str());
        QCOMPARE(reoffending->tables.size(), std::size_t(1));
        const ReportTable& r = reoffending->tables.front();
        int measured = 0, pending = 0;
        double people = 0, reoffenders = 0;
        for (const auto& row : r.rows) {
            const std::string status = row.cells[static_cast<std::size_t>(r.column("status"))].text;
            if (status == "pending") {
                ++pending;
                QVERIFY(!r.value(row, "binary_rate").has_value());
                continue;
            }
            ++measured;
            people += r.value(row, "cohort").value_or(0);
            reoffenders += r.value(row, "reoffenders").value_or(0);
        }
        QVERIFY2(measured >= 3 && pending >= 5, (std::to_string(measured) + " " + std::to_string(pending)).c_str());
        const double rate = reoffenders / people;
        QVERIFY2(people >= 150 && rate > 0.08 && rate < 0.30, std::to_string(rate).c_str());
        qInfo("small closures: %d (%d sent back first), %d snapshots, %d follow-up records (%d reoffences); "
              "completed %.1f %%; reoffended within 12 months %.1f %% of %lld; proven reoffending %.1f %% of %.0f in "
              "%d measured cohorts, %d pending",
              d.closures, d.returnedClosures, d.snapshots, d.followUps, d.reoffences, 100 * completedShare,
              100 * reoffendShare, static_cast<long long>(yearPassed), 100 * rate, people, measured, pending);
    }
};

QTEST_GUILESS_MAIN(TestDemoCasework)
#include "TestDemoCasework.moc"
