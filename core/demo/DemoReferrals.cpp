#include "core/demo/DemoGenerator.h"
#include "core/demo/DemoNames.h"
#include "core/demo/DemoRandom.h"
#include "core/demo/DemoStages.h"

#include "core/calendar/Date.h"
#include "core/calendar/WorkingCalendar.h"
#include "core/demo/DemoDelivery.h"
#include "core/domain/Eligibility.h"
#include "core/domain/Referral.h"

#include <algorithm>
#include <unordered_set>
#include <utility>
#include <vector>

namespace waymark::demo::detail {

namespace {

// ---------------------------------------------------------------------------------------
// Referrals. Shares are per 1,000 (or per 10,000) and follow what diversion schemes report:
// the police refer most young people, community resolutions and Outcome 22 are the common
// routes, most referrals are accepted, and a small share of young people account for a
// large share of referrals.

// Referrals per person. Most young people are referred once; a few again and again.
constexpr Weighted<int> kReferralCount[] = {
    {1, 7600}, {2, 1350}, {3, 480}, {4, 240}, {5, 130}, {6, 80}, {7, 50}, {8, 35}, {10, 20}, {12, 15},
};
// Young people who are looked after or at risk of exploitation come back more often.
constexpr Weighted<int> kReferralCountAtRisk[] = {
    {1, 5600}, {2, 2000}, {3, 1000}, {4, 550}, {5, 350}, {6, 200}, {7, 120}, {8, 80}, {10, 60}, {12, 40},
};

constexpr Weighted<Sv> kSource[] = {
    {"police", 560}, {"school", 120}, {"childrens_social_care", 90}, {"yot_yjs", 60}, {"health", 30},
    {"family", 45},  {"self", 15},    {"voluntary_sector", 45},      {"other", 35},
};
constexpr Weighted<Sv> kPoliceRoute[] = {
    {"community_resolution", 300},
    {"outcome_22", 250},
    {"outcome_23_deferred_prosecution", 40},
    {"youth_caution", 40},
    {"youth_conditional_caution", 20},
    {"nfa", 90},
    {"pre_charge_rui", 70},
    {"voluntary_interview", 60},
    {"asb_civil", 40},
    {"triage", 60},
    {"other", 30},
};
// Schools, social care and the youth justice service refer after an out-of-court outcome as
// well as for prevention.
constexpr Weighted<Sv> kOtherRoute[] = {
    {"prevention", 380},           {"asb_civil", 100},  {"triage", 120},
    {"community_resolution", 160}, {"outcome_22", 140}, {"other", 100},
};
constexpr Weighted<Sv> kOffence[] = {
    {"violence_against_person", 260},
    {"theft", 170},
    {"criminal_damage", 110},
    {"drugs", 110},
    {"public_order", 90},
    {"possession_of_weapons", 60},
    {"robbery", 30},
    {"burglary", 30},
    {"vehicle", 25},
    {"sexual", 15},
    {"fraud", 10},
    {"arson", 10},
    {"online_harm", 40},
    {"asb", 40},
    {"other", 20},
};
constexpr Weighted<Sv> kPreventionCategory[] = {
    {"none_prevention", 700}, {"asb", 200}, {"online_harm", 50}, {"other", 50}};
constexpr Weighted<Sv> kRisk[] = {{"low", 550}, {"medium", 350}, {"high", 100}};

// Decisions on an eligible referral, and the reasons when diversion is not offered.
constexpr Weighted<Sv> kDecisionEligible[] = {
    {"accepted", 740}, {"declined", 60}, {"signposted", 110}, {"withdrawn", 90}};
constexpr Weighted<Sv> kDeclinedReason[] = {
    {"young_person_declined", 450}, {"parent_declined", 300}, {"excluded_by_status", 100}, {"other", 150}};
constexpr Weighted<Sv> kSignpostedReason[] = {
    {"programme_full", 300}, {"other", 450}, {"moved_out_of_area", 100}, {"ineligible_offence", 150}};
constexpr Weighted<Sv> kWithdrawnReason[] = {
    {"young_person_declined", 400}, {"parent_declined", 300}, {"moved_out_of_area", 200}, {"other", 100}};

// Working days from receipt to the decision (about nine in ten within the default 10) and to
// first contact.
constexpr Weighted<int> kDecisionDays[] = {
    {1, 80}, {2, 120}, {3, 140}, {4, 130}, {5, 120}, {6, 100}, {7, 80}, {8, 70},
    {9, 50}, {10, 40}, {11, 20}, {12, 20}, {14, 15}, {16, 10}, {20, 5},
};
constexpr Weighted<int> kContactDays[] = {
    {1, 100}, {2, 150}, {3, 180}, {4, 150}, {5, 120}, {6, 80}, {7, 70}, {8, 50}, {10, 50}, {12, 30}, {15, 20},
};

// The scheme has been running this long: the first demo referrals are this old.
constexpr int kHistoryDays = 3 * 365;

constexpr Sv kPoliceRanks[] = {"PC", "PC", "PC", "DC", "PCSO", "Sgt"};
constexpr Sv kReferrerRoles[] = {"Designated safeguarding lead",
                                 "Head of year",
                                 "Social worker",
                                 "School nurse",
                                 "YJS officer",
                                 "Youth worker",
                                 "Pastoral lead"};

std::string utcAt(Date date, int minuteOfDay)
{
    return date.toIso() + format("T%02d:%02d:00.000Z", minuteOfDay / 60, minuteOfDay % 60);
}

// The times of one referral's history rows: in working hours, and never before the row
// before (two steps on one day come in order).
class HistoryTimes
{
public:
    std::string at(Rng& rng, Date date)
    {
        int minute = rng.between(8 * 60 + 30, 17 * 60);
        if (date == m_date && minute <= m_minute)
            minute = std::min(m_minute + rng.between(5, 60), 23 * 60 + 59);
        m_date = date;
        m_minute = minute;
        return utcAt(date, minute);
    }

private:
    Date m_date;
    int m_minute = 0;
};

struct ReferralGenerator
{
    std::uint64_t seed;
    Date today;
    const WorkingCalendar& calendar;
    std::span<const Uuid> workers;     // the demo caseworkers
    std::span<const int> workerWeight; // part-timers hold fewer
    Uuid coordinator;
    EligibilityRules rules; // the casebook's own

    Uuid pickWorker(Rng& rng) const
    {
        int total = 0;
        for (std::size_t i = 0; i < workers.size(); ++i)
            total += workerWeight[i];
        int roll = static_cast<int>(rng.below(static_cast<std::uint64_t>(total)));
        for (std::size_t i = 0; i < workers.size(); ++i) {
            if (roll < workerWeight[i])
                return workers[i];
            roll -= workerWeight[i];
        }
        return workers.back();
    }

    // The person's referrals, oldest first, each with the history that led to its state.
    std::vector<ReferralHistoryDraft> forPerson(const PersonSummary& person) const
    {
        const std::uint64_t number = caseNumber(person.caseReference);
        std::uint64_t mix = seed ^ 0xA0761D6478BD642FULL ^ (number * 0xE7037ED1A0B428DBULL);
        Rng rng(splitmix64(mix));

        const bool atRisk =
            person.flags.lookedAfter || person.flags.exploitationConcern || person.flags.childProtectionPlan;
        int count = pickWeighted<int>(rng, atRisk ? std::span<const Weighted<int>>(kReferralCountAtRisk)
                                                  : std::span<const Weighted<int>>(kReferralCount));

        // Received dates: the last one anywhere in the history; the earlier ones before it,
        // weeks to months apart, squeezed when the young person's history is short.
        const Date historyStart = today.addDays(-kHistoryDays);
        Date earliest = person.dateOfBirth.isNull() ? historyStart : person.dateOfBirth.addYears(10).addDays(30);
        earliest = std::max(earliest, historyStart);
        if (earliest > today)
            earliest = today.addDays(-rng.between(0, 60));
        const int span = earliest.daysUntil(today);
        const Date last = earliest.addDays(rng.between(0, span));
        const int room = earliest.daysUntil(last);
        count = std::max(1, std::min(count, room / 14 + 1));
        std::vector<int> gaps;
        int totalGap = 0;
        for (int i = 1; i < count; ++i) {
            gaps.push_back(rng.chance(550) ? rng.between(21, 120) : rng.between(120, 420));
            totalGap += gaps.back();
        }
        std::vector<Date> received(static_cast<std::size_t>(count));
        received.back() = last;
        for (int i = count - 2; i >= 0; --i) {
            int gap = gaps[static_cast<std::size_t>(i)];
            if (totalGap > room)
                gap = std::max(1, static_cast<int>(static_cast<long long>(gap) * room / totalGap));
            received[static_cast<std::size_t>(i)] = received[static_cast<std::size_t>(i) + 1].addDays(-gap);
        }

        std::vector<ReferralHistoryDraft> out;
        out.reserve(received.size());
        int accepted = 0;
        for (std::size_t k = 0; k < received.size(); ++k)
            out.push_back(referral(rng, person, number, static_cast<int>(k), received[k], accepted));
        return out;
    }

    ReferralHistoryDraft referral(Rng& rng, const PersonSummary& person, std::uint64_t number, int k, Date received,
                                  int& acceptedBefore) const
    {
        ReferralHistoryDraft draft;
        Referral& r = draft.referral;
        r.personId = person.id;
        r.received = received;
        r.source = str(pickWeighted<Sv>(rng, kSource));
        const bool police = r.source == "police";
        r.route = str(pickWeighted<Sv>(rng, police ? std::span<const Weighted<Sv>>(kPoliceRoute)
                                                   : std::span<const Weighted<Sv>>(kOtherRoute)));
        // The eligibility event: days or weeks before the referral, now and then months.
        r.eventDate = received.addDays(rng.chance(40) ? -rng.between(95, 200) : -rng.between(0, 45));
        if (r.route == "prevention") {
            r.offenceCategory = str(pickWeighted<Sv>(rng, kPreventionCategory));
        } else {
            r.offenceCategory = str(pickWeighted<Sv>(rng, kOffence));
            r.offenceDate = r.eventDate;
        }
        r.risk = str(pickWeighted<Sv>(rng, kRisk));
        r.statutoryOrder = rng.chance(15);
        if (police) {
            // Unique in the casebook: the person's number and the referral's place in their history.
            r.policeReference =
                format("CR/%02d%06llu%02d/%02d", static_cast<int>((number / 10000000ULL) % 100),
                       static_cast<unsigned long long>(number % 10000000ULL), k % 100, received.year() % 100);
            r.referrerName = format("%s %s", rng.pick(std::span<const Sv>(kPoliceRanks)).data(),
                                    rng.pick(std::span<const Sv>(kBritishFamily)).data());
            r.referrerContact = "diversion.hub@example.org";
        } else {
            const bool female = rng.chance(650);
            r.referrerName = format(
                "%s %s, %s",
                rng.pick(female ? std::span<const Sv>(kBritishFemale) : std::span<const Sv>(kBritishMale)).data(),
                rng.pick(std::span<const Sv>(kBritishFamily)).data(),
                rng.pick(std::span<const Sv>(kReferrerRoles)).data());
            r.referrerContact = dramaMobile(rng);
        }

        // Where it stands today. Recent referrals may still wait for screening or a decision;
        // a few older ones are overdue.
        const int age = received.daysUntil(today);
        int undecidedPerMille = 0;
        if (age <= 2)
            undecidedPerMille = 950;
        else if (age <= 7)
            undecidedPerMille = 550;
        else if (age <= 14)
            undecidedPerMille = 400;
        else if (age <= 28)
            undecidedPerMille = 120;
        else if (age <= 90)
            undecidedPerMille = 20;
        const Date decisionDate = calendar.addWorkingDays(received, pickWeighted<int>(rng, kDecisionDays));
        const bool decided = !rng.chance(undecidedPerMille) && decisionDate <= today;

        const Uuid worker = pickWorker(rng);
        const bool allocated = decided || rng.chance(age <= 2 ? 450 : 800);
        // Allocated at intake: the "created" row of its history says to whom.
        if (allocated)
            r.allocatedTo = worker;
        HistoryTimes times;
        auto transition = [&](ReferralState from, ReferralState to, Date on, Uuid by, std::string reason = {}) {
            ReferralEvent e;
            e.kind = "transition";
            e.fromState = std::string(stateName(from));
            e.toState = std::string(stateName(to));
            e.reasonCode = std::move(reason);
            e.by = by;
            e.at = times.at(rng, on);
            draft.events.push_back(std::move(e));
            r.state = to;
        };

        r.state = ReferralState::Received;
        r.consent = "not_asked";
        if (!decided) {
            // Awaiting screening (recent ones mostly), or in screening.
            if (allocated && !rng.chance(age <= 2 ? 800 : 350))
                transition(ReferralState::Received, ReferralState::Screening,
                           std::min(today, calendar.addWorkingDays(received, rng.between(0, 1))), worker);
            return draft;
        }

        const Uuid decider = rng.chance(200) ? coordinator : worker;
        const Date screening = std::min(decisionDate, calendar.addWorkingDays(received, rng.between(0, 2)));
        transition(ReferralState::Received, ReferralState::Screening, screening, decider);

        // The decision follows the scheme's eligibility rules; a coordinator overrides some fails.
        EligibilityInput in;
        in.dateOfBirth = person.dateOfBirth;
        in.eventDate = r.eventDate;
        in.received = r.received;
        in.route = r.route;
        in.statutoryOrder = r.statutoryOrder;
        in.flags = person.flags;
        in.previouslySupported = acceptedBefore;
        const EligibilityResult eligibility = assessEligibility(rules, in);
        Sv decision;
        Sv reason;
        if (eligibility.pass) {
            decision = pickWeighted<Sv>(rng, kDecisionEligible);
        } else if (rng.chance(eligibility.reasons.front().code == "previously_diverted" ? 450 : 120)) {
            decision = "accepted";
            r.eligibilityOverridden = true;
            r.overrideReason = eligibility.reasons.front().code == "previously_diverted"
                                   ? "A different offence and a new family situation: a second intervention agreed."
                                   : "Circumstances considered at the screening panel: diversion agreed.";
            r.overriddenBy = coordinator;
            r.overriddenAt = times.at(rng, decisionDate);
            ReferralEvent e;
            e.kind = "override";
            e.note = r.overrideReason;
            for (const auto& why : eligibility.reasons)
                e.reasonCode += (e.reasonCode.empty() ? "" : ",") + why.code;
            e.by = coordinator;
            e.at = r.overriddenAt;
            draft.events.push_back(std::move(e));
        } else {
            decision = rng.chance(650) ? "declined" : "signposted";
            reason = eligibility.reasons.front().code;
            if (reason == "missing_date")
                reason = "other";
        }
        if (decision == "declined" && reason.empty())
            reason = pickWeighted<Sv>(rng, kDeclinedReason);
        else if (decision == "signposted" && reason.empty())
            reason = pickWeighted<Sv>(rng, kSignpostedReason);
        else if (decision == "withdrawn")
            reason = pickWeighted<Sv>(rng, kWithdrawnReason);

        // The state the decision leads to, as the workflow table says.
        ReferralState decidedState = ReferralState::Declined;
        if (const auto step = stepForDecision(decision); step)
            if (const auto t = findTransition(ReferralState::Screening, *step); t)
                decidedState = t->to;
        transition(ReferralState::Screening, decidedState, decisionDate, decider, str(reason));
        r.decision = str(decision);
        r.decisionReason = str(reason);
        r.decisionDate = decisionDate;
        r.decidedBy = decider;
        if (decision != "accepted") {
            r.consent = reason == "young_person_declined" || reason == "parent_declined" ? "refused" : "not_asked";
            return draft;
        }
        ++acceptedBefore;
        r.consent = "given";

        // First contact, then (from the first session) active, then closed after a few months.
        Date contact = calendar.addWorkingDays(received, pickWeighted<int>(rng, kContactDays));
        contact = std::max(contact, decisionDate);
        if (contact > today || (age <= 20 && rng.chance(500)))
            return draft; // first contact still to make: due or overdue on My work
        r.firstContact = contact;
        {
            ReferralEvent e;
            e.kind = "first_contact";
            e.by = worker;
            e.at = times.at(rng, contact);
            draft.events.push_back(std::move(e));
        }
        const Date firstSession = calendar.addWorkingDays(contact, rng.between(3, 15));
        if (firstSession > today)
            return draft;
        transition(ReferralState::Accepted, ReferralState::Active, firstSession, worker);
        Date requested = calendar.addWorkingDays(firstSession, rng.between(45, 110));
        if (requested > today)
            return draft;
        // About one request in twelve is sent back by the coordinator and made again a few
        // days later (drawn apart, so the other referrals' draws stay as they were).
        std::uint64_t backMix =
            seed ^ 0xD6E8FEB86659FD93ULL ^ (number * 0x9E3779B97F4A7C15ULL) ^ (static_cast<std::uint64_t>(k) << 44);
        Rng back(splitmix64(backMix));
        if (back.chance(85)) {
            const Date returned = calendar.addWorkingDays(requested, back.between(1, 4));
            const Date again = calendar.addWorkingDays(returned, back.between(2, 8));
            if (again <= today) {
                transition(ReferralState::Active, ReferralState::ClosureRequested, requested, worker);
                transition(ReferralState::ClosureRequested, ReferralState::Active, returned, coordinator);
                draft.events.back().note = "Sent back: the end outcomes and the last intervention need updating.";
                requested = again;
            }
        }
        transition(ReferralState::Active, ReferralState::ClosureRequested, requested, worker);
        const Date approved = calendar.addWorkingDays(requested, rng.between(1, 8));
        if (approved > today)
            return draft;
        transition(ReferralState::ClosureRequested, ReferralState::Closed, approved, coordinator);
        return draft;
    }
};

// Part-time workers hold fewer referrals.
constexpr int kWorkerWeights[] = {10, 10, 8, 10, 10, 6, 10, 10, 8, 10, 10, 6};

} // namespace

// "WM-K7QX-2026-00042" -> 2026 * 10^7 + 42: the person's number in the casebook. Person N of a
// fresh demo casebook is number N + 1 of the year, so the referrals follow the seed.
std::uint64_t caseNumber(std::string_view caseReference)
{
    std::uint64_t year = 0;
    std::uint64_t seq = 0;
    const auto last = caseReference.rfind('-');
    if (last == std::string_view::npos || last < 5)
        return 0;
    const auto prev = caseReference.rfind('-', last - 1);
    for (std::size_t i = prev + 1; i < last; ++i)
        year = year * 10 + static_cast<std::uint64_t>(caseReference[i] - '0');
    for (std::size_t i = last + 1; i < caseReference.size(); ++i)
        seq = seq * 10 + static_cast<std::uint64_t>(caseReference[i] - '0');
    return year * 10000000ULL + seq;
}

Result<std::vector<PersonSummary>> peopleInOrder(Casebook& casebook)
{
    std::vector<PersonSummary> people;
    PersonListQuery query;
    query.sort = PersonSort::CaseReference;
    query.limit = 20000;
    while (true) {
        auto page = casebook.people().list(query);
        if (!page)
            return std::unexpected(page.error());
        for (auto& row : page->rows)
            people.push_back(std::move(row));
        if (!page->next)
            break;
        query.after = page->next;
    }
    std::sort(people.begin(), people.end(), [](const PersonSummary& a, const PersonSummary& b) {
        return caseNumber(a.caseReference) < caseNumber(b.caseReference);
    });
    return people;
}

Result<std::vector<DemoCaseFacts>> demoCaseFacts(Casebook& casebook, const DemoOptions& options,
                                                 std::span<const Uuid> workers, std::span<const PersonSummary> people)
{
    std::vector<DemoCaseFacts> out;
    if (workers.empty())
        return out;
    auto settings = casebook.referrals().settings();
    if (!settings)
        return std::unexpected(settings.error());
    auto division = divisionFromName(casebook.info().division);
    const WorkingCalendar calendar(division ? *division : Division::EnglandAndWales);
    const ReferralGenerator generator{options.seed,
                                      casebook.clock().today(),
                                      calendar,
                                      workers,
                                      std::span<const int>(kWorkerWeights).first(workers.size()),
                                      casebook.user().id,
                                      settings->eligibility};
    const std::string active(stateName(ReferralState::Active));
    const std::string closing(stateName(ReferralState::ClosureRequested));
    const std::string accepted(stateName(ReferralState::Accepted));
    const std::string closed(stateName(ReferralState::Closed));
    for (const PersonSummary& person : people) {
        int k = 0;
        for (const auto& draft : generator.forPerson(person)) {
            DemoCaseFacts f;
            f.personId = person.id;
            f.name = person.preferredName.empty() ? person.givenName : person.preferredName;
            f.worker = draft.referral.allocatedTo;
            f.number = caseNumber(person.caseReference);
            f.k = k++;
            f.received = draft.referral.received;
            f.firstContact = draft.referral.firstContact;
            f.risk = draft.referral.risk;
            for (const auto& e : draft.events) {
                if (e.kind != "transition")
                    continue;
                const auto on = Date::fromIso(std::string_view(e.at).substr(0, 10));
                if (!on)
                    continue;
                if (e.toState == active && e.fromState == accepted)
                    f.active = *on;
                else if (e.toState == active && e.fromState == closing) {
                    f.returned = true; // a closure request sent back
                    f.returnRequested = f.closed;
                    f.returnedOn = *on;
                } else if (e.toState == closing)
                    f.closed = *on;
                else if (e.toState == closed)
                    f.approved = *on;
                else if (e.toState == accepted)
                    f.accepted = *on;
            }
            if (!f.active.isNull() && !f.worker.isNull())
                out.push_back(std::move(f));
        }
    }
    return out;
}

Result<int> addReferralStage(Casebook& casebook, const DemoOptions& options, std::span<const Uuid> workers,
                             const ProgressFn& progress, std::vector<PersonSummary>* referred)
{
    if (workers.empty())
        return 0;
    Referrals& desk = casebook.referrals();
    auto settings = desk.settings();
    if (!settings)
        return std::unexpected(settings.error());

    // People who already have referrals (a run cut short, then resumed) keep theirs.
    std::unordered_set<std::string> done;
    auto existing = desk.count({});
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing > 0) {
        ReferralListQuery query;
        query.sort = ReferralSort::Received;
        query.limit = 20000;
        while (true) {
            auto page = desk.list(query);
            if (!page)
                return std::unexpected(page.error());
            for (const auto& row : page->rows)
                done.insert(row.personId.toString());
            if (!page->next)
                break;
            query.after = page->next;
        }
    }

    // Everyone, in case-reference order (the order they were added in).
    auto everyone = peopleInOrder(casebook);
    if (!everyone)
        return std::unexpected(everyone.error());
    std::vector<PersonSummary> people;
    for (auto& row : *everyone)
        if (!done.contains(row.id.toString()))
            people.push_back(std::move(row));

    auto division = divisionFromName(casebook.info().division);
    const WorkingCalendar calendar(division ? *division : Division::EnglandAndWales);
    const ReferralGenerator generator{options.seed,
                                      casebook.clock().today(),
                                      calendar,
                                      workers,
                                      std::span<const int>(kWorkerWeights).first(workers.size()),
                                      casebook.user().id,
                                      settings->eligibility};

    if (progress && !progress(0, "adding referrals"))
        return fail(ErrorCode::Cancelled, "demo generation cancelled");
    // Batches of people's referrals (each person's in one batch, oldest first): every 100
    // people or 1 % of them, whichever is more, as for the people.
    const std::size_t total = people.size();
    const std::size_t step = std::max<std::size_t>(kReportEvery, total / 100);
    int added = 0;
    std::vector<ReferralHistoryDraft> batch;
    for (std::size_t i = 0; i < total; ++i) {
        for (auto& draft : generator.forPerson(people[i]))
            batch.push_back(std::move(draft));
        if ((i + 1) % step != 0 && i + 1 < total)
            continue;
        auto saved = desk.addHistory(std::move(batch));
        if (!saved)
            return std::unexpected(saved.error());
        added += *saved;
        batch = {};
        if (progress &&
            !progress(percentOf(static_cast<long long>(i + 1), static_cast<long long>(total)), "adding referrals") &&
            i + 1 < total)
            return fail(ErrorCode::Cancelled, "demo generation cancelled");
    }
    if (referred)
        *referred = std::move(people);
    return added;
}

} // namespace waymark::demo::detail
