// The casework delivered on a demo referral, as plain data (core/demo/DemoDelivery.h).
// Shares are per 1,000 and follow what diversion schemes report: an assessment within the
// 15 working-day clock for most, one to three interventions, weekly-ish sessions of which
// about three in four are attended, a note for nearly every session plus calls and reviews.

#include "core/demo/DemoDelivery.h"
#include "core/demo/DemoPhrases.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace waymark::demo::detail {

const std::array<InterventionKind, 11> kDemoInterventionTypes = {{
    {"mentoring", "mentoring", false, 4},
    {"ete_support", "education and training support", false, 2},
    {"restorative_justice", "restorative justice", false, 11},
    {"substance_misuse", "substance misuse work", true, 5},
    {"mental_health", "mental health support", false, 7},
    {"positive_activities", "positive activities", true, 4},
    {"family_support", "family support", false, 1},
    {"speech_language", "speech and language therapy", false, 8},
    {"victim_awareness", "victim awareness", true, 11},
    {"weapons_awareness", "weapons awareness", true, 9},
    {"other", "one-to-one work", false, 10},
}};

const std::array<std::string_view, kDemoDomains> kDemoDomainCodes = {
    "living_arrangements", "family_relationships",    "ete",
    "neighbourhood",       "peers_lifestyle",         "substance_use",
    "physical_health",     "emotional_mental_health", "speech_language_communication",
    "exploitation_safety", "thinking_behaviour",      "attitudes_to_offending",
    "motivation_to_change"};
const std::array<std::string_view, kDemoDomains> kDemoDomainWords = {
    "living arrangements",     "family and relationships", "education and training",
    "the neighbourhood",       "peers and lifestyle",      "substance use",
    "physical health",         "emotional wellbeing",      "speech and communication",
    "exploitation and safety", "thinking and behaviour",   "attitudes to offending",
    "motivation to change"};

namespace {

// Fictional partner organisations (names made up; contacts on example.org).
constexpr DemoProvider kProviders[] = {
    {"Brightpath Mentoring", "charity", "PCC grant", "intake@brightpath.example.org", {0, -1, -1}},
    {"Second Chances Trust", "charity", "PCC grant", "referrals@secondchances.example.org", {0, 2, 8}},
    {"Wyvernham Boxing Academy",
     "sport_club",
     "Community safety partnership",
     "coach@wyvernhamboxing.example.org",
     {5, -1, -1}},
    {"Elmsford Youth Football Club",
     "sport_club",
     "Local authority youth fund",
     "youth@elmsfordfc.example.org",
     {5, -1, -1}},
    {"Open Door Young People's Drug Service",
     "health",
     "Public health grant",
     "referrals@opendoor.example.org",
     {3, -1, -1}},
    {"Horizon CAMHS Outreach", "health", "NHS integrated care board", "outreach@horizoncamhs.example.org", {4, -1, -1}},
    {"Kettlebrook Family Hub", "local_authority", "Local authority", "hub@kettlebrook.example.org", {6, -1, -1}},
    {"Restore Together", "charity", "PCC grant", "rj@restoretogether.example.org", {2, 8, -1}},
    {"Stepping Stones Skills Centre",
     "education",
     "Adult education budget",
     "info@steppingstones.example.org",
     {1, -1, -1}},
    {"Thornleigh College Pathways",
     "education",
     "Education and skills funding",
     "pathways@thornleigh.example.org",
     {1, -1, -1}},
    {"Blades Down Project", "charity", "Violence reduction unit", "team@bladesdown.example.org", {9, -1, -1}},
    {"Talk Works Speech and Language", "health", "NHS integrated care board", "slt@talkworks.example.org", {7, -1, -1}},
    {"The Workshop Youth Project",
     "community_group",
     "National Lottery grant",
     "hello@theworkshop.example.org",
     {5, 0, -1}},
    {"Millbridge Climbing Wall",
     "sport_club",
     "Community safety partnership",
     "bookings@millbridgeclimb.example.org",
     {5, -1, -1}},
    {"Harbour Mental Health Charity", "charity", "Charitable donations", "young@harbourmh.example.org", {4, -1, -1}},
    {"Families First Partnership",
     "local_authority",
     "Supporting Families grant",
     "ff@familiesfirst.example.org",
     {6, -1, -1}},
    {"Fenwick Green Sounds Studio", "community_group", "Arts council grant", "studio@fgsounds.example.org", {5, 0, -1}},
    {"Redmere Young Carers", "charity", "Local authority", "carers@redmere.example.org", {6, -1, -1}},
    {"Larkstone Apprenticeship Hub",
     "private",
     "Apprenticeship levy",
     "apprentice@larkstonehub.example.org",
     {1, -1, -1}},
    {"Safe Streets Partnership", "police", "PCC grant", "safestreets@police.example.org", {9, 8, -1}},
    {"Outdoor Minds", "charity", "PCC grant", "adventure@outdoorminds.example.org", {5, 4, -1}},
    {"Castle Amwell Mosque Youth Forum",
     "community_group",
     "Community donations",
     "youth@camyf.example.org",
     {0, 5, -1}},
    {"Oakhurst Motor Project", "charity", "Violence reduction unit", "garage@oakhurstmotors.example.org", {1, 5, -1}},
    {"Brackenfield Food Hub",
     "community_group",
     "Household support fund",
     "food@brackenfield.example.org",
     {6, -1, -1}},
    {"New Leaf Cannabis Education", "charity", "Public health grant", "newleaf@example.org", {3, -1, -1}},
    {"Harrowby Girls' Network", "community_group", "PCC grant", "network@harrowbygirls.example.org", {0, 5, -1}},
    {"County Victim Service", "charity", "Ministry of Justice victims grant", "victims@county.example.org", {8, 2, -1}},
    {"Pathfinder Employment Support", "private", "Shared prosperity fund", "work@pathfinder.example.org", {1, -1, -1}},
};

constexpr Weighted<int> kRatingLow[] = {{0, 320}, {1, 300}, {2, 220}, {3, 110}, {4, 50}};
constexpr Weighted<int> kRatingHigh[] = {{0, 150}, {1, 220}, {2, 280}, {3, 220}, {4, 130}};

constexpr Weighted<Sv> kAttendance[] = {
    {"attended", 755}, {"did_not_attend", 125}, {"cancelled_by_young_person", 70}, {"cancelled_by_staff", 50}};
constexpr Weighted<Sv> kSessionType[] = {
    {"face_to_face", 470}, {"school", 200}, {"home_visit", 160}, {"phone", 100}, {"video", 70}};
constexpr Sv kLocations[] = {"Youth hub, Wyvernham", "School, pastoral room", "Home",           "Library meeting room",
                             "Community centre",     "Cafe in town",          "Leisure centre", "College",
                             "Family hub",           "Scheme office"};

Date nextWeekday(Date d)
{
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

} // namespace

std::span<const DemoProvider> demoProviders()
{
    return kProviders;
}

DemoCase demoCase(std::uint64_t seed, Date today, const WorkingCalendar& calendar, const DemoCaseFacts& facts)
{
    DemoCase c;
    c.facts = facts;
    if (facts.active.isNull() || facts.active > today)
        return c;
    std::uint64_t mix = seed ^ 0x5851F42D4C957F2DULL ^ (facts.number * 0x9E3779B97F4A7C15ULL) ^
                        (static_cast<std::uint64_t>(facts.k) << 48);
    Rng rng(splitmix64(mix));
    const Date end = facts.closed.isNull() ? today : std::min(today, facts.closed);
    const bool high = facts.risk == "high" || facts.risk == "medium";
    NoteContext words{facts.name, facts.workerName, {}, {}, {}, {}};

    // The first assessment: within the 15 working-day clock for about nine in ten.
    DemoAssessment first;
    const Date due = calendar.addWorkingDays(facts.received, 15);
    first.on = rng.chance(900) ? calendar.addWorkingDays(facts.active, rng.between(0, 4))
                               : calendar.addWorkingDays(due, rng.between(1, 8));
    first.on = std::min(first.on, end);
    int total = 0;
    for (int d = 0; d < kDemoDomains; ++d) {
        first.ratings[static_cast<std::size_t>(d)] = pickWeighted<int>(
            rng, high ? std::span<const Weighted<int>>(kRatingHigh) : std::span<const Weighted<int>>(kRatingLow));
        total += first.ratings[static_cast<std::size_t>(d)];
        first.notes[static_cast<std::size_t>(d)] = assessmentDomainNote(
            rng, first.ratings[static_cast<std::size_t>(d)], kDemoDomainWords[static_cast<std::size_t>(d)], facts.name);
    }
    first.strengths = strengthsText(rng, facts.name);
    first.ownView = ownViewText(rng);
    first.goals = ownViewText(rng);
    first.summary = summaryText(rng, facts.name, total);
    c.assessments.push_back(std::move(first));

    // The domains of most concern lead the goals and the choice of interventions.
    std::array<int, kDemoDomains> order{};
    std::iota(order.begin(), order.end(), 0);
    const auto& r0 = c.assessments.front().ratings;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return r0[static_cast<std::size_t>(a)] > r0[static_cast<std::size_t>(b)]; });

    c.planCreated = c.assessments.front().on;
    c.reviewDate = c.planCreated.addMonths(3);
    const int goals = rng.between(1, 4);
    for (int g = 0; g < goals; ++g) {
        DemoGoal goal;
        const int domain = order[static_cast<std::size_t>(g)];
        goal.domains.push_back(domain);
        if (rng.chance(300))
            goal.domains.push_back(order[static_cast<std::size_t>(g + 4)]);
        goal.text = goalText(rng, domain);
        if (facts.closed.isNull() || facts.closed > today)
            goal.status = "open";
        else
            goal.status = rng.chance(550) ? "achieved" : (rng.chance(650) ? "partly_achieved" : "not_achieved");
        c.goals.push_back(std::move(goal));
    }

    // One to three interventions, one after another or overlapping.
    const int count = rng.chance(400) ? 1 : (rng.chance(650) ? 2 : 3);
    Date start = c.planCreated.addDays(rng.between(0, 10));
    for (int i = 0; i < count; ++i) {
        DemoIntervention iv;
        int type = -1;
        const int domain = order[static_cast<std::size_t>(i)];
        for (std::size_t t = 0; t < kDemoInterventionTypes.size(); ++t)
            if (kDemoInterventionTypes[t].domain == domain && rng.chance(700))
                type = static_cast<int>(t);
        if (type < 0)
            type = rng.chance(500) ? 0 : static_cast<int>(rng.below(kDemoInterventionTypes.size()));
        if (std::any_of(c.interventions.begin(), c.interventions.end(),
                        [&](const DemoIntervention& o) { return o.type == type; }))
            type = (type + 5) % static_cast<int>(kDemoInterventionTypes.size());
        iv.type = type;
        if (rng.chance(600)) {
            std::vector<int> fits;
            for (std::size_t p = 0; p < std::size(kProviders); ++p)
                for (int t : kProviders[p].types)
                    if (t == type)
                        fits.push_back(static_cast<int>(p));
            if (!fits.empty())
                iv.provider = fits[static_cast<std::size_t>(rng.below(fits.size()))];
        }
        iv.plannedStart = start;
        iv.plannedEnd = start.addDays(7 * rng.between(6, 12));
        if (iv.provider >= 0)
            iv.referredOn = std::min(today, c.planCreated.addDays(rng.between(0, 5)));
        if (iv.plannedStart > today) {
            iv.status = iv.provider >= 0 ? "referred" : "planned";
        } else if (!facts.closed.isNull() && facts.closed <= today) {
            const int roll = static_cast<int>(rng.below(1000));
            iv.status = roll < 760 ? "completed" : (roll < 950 ? "ended_early" : "cancelled");
            if (iv.status == "completed")
                iv.outcome = rng.chance(600) ? "goals_met" : "goals_partly_met";
            else if (iv.status == "ended_early")
                iv.outcome = rng.chance(600) ? "disengaged" : "moved_away";
        } else {
            iv.status = "active";
        }
        c.interventions.push_back(iv);
        start = rng.chance(500) ? start.addDays(7 * rng.between(1, 4)) : iv.plannedEnd.addDays(rng.between(0, 14));
    }

    // Sessions: the first (attended) on the day the case became active, then weekly-ish until
    // the case closed, and booked ones up to three weeks ahead for open cases.
    const Date horizon = facts.closed.isNull() ? today.addDays(21) : std::min(today, facts.closed);
    Date day = facts.active;
    bool firstSession = true;
    while (day <= horizon) {
        DemoSession s;
        s.date = nextWeekday(day);
        if (s.date > horizon)
            break;
        s.minuteOfDay = 9 * 60 + 30 * rng.between(0, 17);
        s.durationMinutes = 15 * rng.between(2, 8);
        s.worker = facts.worker;
        for (std::size_t i = 0; i < c.interventions.size(); ++i) {
            const auto& iv = c.interventions[i];
            if (iv.status != "cancelled" && iv.plannedStart <= s.date && s.date <= iv.plannedEnd)
                s.intervention = static_cast<int>(i);
        }
        const bool group = !firstSession && s.intervention >= 0 &&
                           kDemoInterventionTypes[static_cast<std::size_t>(
                                                      c.interventions[static_cast<std::size_t>(s.intervention)].type)]
                               .groupWork &&
                           rng.chance(450);
        s.type = group ? "group" : str(pickWeighted<Sv>(rng, kSessionType));
        s.location =
            s.type == "home_visit"
                ? "Home"
                : (s.type == "phone" || s.type == "video" ? "" : str(rng.pick(std::span<const Sv>(kLocations))));
        const int domain =
            s.intervention >= 0
                ? kDemoInterventionTypes[static_cast<std::size_t>(
                                             c.interventions[static_cast<std::size_t>(s.intervention)].type)]
                      .domain
                : order[0];
        s.domains.push_back(domain);
        if (rng.chance(400))
            s.domains.push_back(order[static_cast<std::size_t>(rng.below(3))] == domain
                                    ? order[3]
                                    : order[static_cast<std::size_t>(rng.below(3))]);
        DemoAttendee own;
        own.caseIndex = -1; // the case itself
        if (s.date > today || (s.date == today && s.minuteOfDay > 12 * 60))
            own.attendance = "planned";
        else
            own.attendance = firstSession ? "attended" : str(pickWeighted<Sv>(rng, kAttendance));
        s.attendees.push_back(std::move(own));
        const Date sessionDate = s.date;
        c.sessions.push_back(std::move(s));
        firstSession = false;
        day = sessionDate.addDays(rng.chance(150) ? rng.between(10, 18) : rng.between(5, 9));
    }

    // Notes: one on nearly every session that was due, the assessment write-ups, calls, and
    // the closing note; about one in twenty sensitive.
    auto addNote = [&](NoteKind kind, Date on, int session, int minute) {
        DemoNote n;
        n.session = session;
        n.date = on;
        n.minuteOfDay = std::min(minute, 23 * 60 + 30);
        n.sensitive = rng.chance(50);
        n.text = noteText(rng, n.sensitive ? NoteKind::Safeguarding : kind, words);
        c.notes.push_back(std::move(n));
    };
    for (std::size_t a = 0; a < c.assessments.size(); ++a)
        addNote(NoteKind::Assessment, c.assessments[a].on, -1, rng.between(10 * 60, 17 * 60));
    for (std::size_t i = 0; i < c.sessions.size(); ++i) {
        const DemoSession& s = c.sessions[i];
        const Sv att = s.attendees.front().attendance;
        // Not every contact gets a case note of its own: a short session gets only the
        // session's own line, and a cancellation often nothing.
        const int notePerMille = att == "attended" ? 700 : (att == "did_not_attend" ? 500 : 300);
        if (att == "planned" || !rng.chance(notePerMille))
            continue;
        if (s.intervention >= 0) {
            const auto& iv = c.interventions[static_cast<std::size_t>(s.intervention)];
            words.intervention = kDemoInterventionTypes[static_cast<std::size_t>(iv.type)].words;
            words.provider = iv.provider >= 0 ? kProviders[static_cast<std::size_t>(iv.provider)].name : Sv{};
        }
        words.domain = kDemoDomainWords[static_cast<std::size_t>(s.domains.front())];
        words.attendance = att;
        addNote(att == "attended" ? NoteKind::Session : NoteKind::Missed, s.date, static_cast<int>(i),
                s.minuteOfDay + s.durationMinutes + rng.between(10, 240));
    }
    for (Date on = facts.active.addDays(rng.between(5, 20)); on < end; on = on.addDays(rng.between(40, 80)))
        addNote(NoteKind::Phone, nextWeekday(on) > end ? end : nextWeekday(on), -1, rng.between(9 * 60, 18 * 60));
    if (!facts.closed.isNull() && facts.closed <= today)
        addNote(NoteKind::Closure, facts.closed, -1, rng.between(10 * 60, 17 * 60));
    std::stable_sort(c.notes.begin(), c.notes.end(), [](const DemoNote& a, const DemoNote& b) {
        return std::pair(a.date, a.minuteOfDay) < std::pair(b.date, b.minuteOfDay);
    });

    // A reassessment for cases of more than about three months, before closing.
    if (facts.active.daysUntil(end) > 90) {
        DemoAssessment re = c.assessments.front();
        re.reassessment = true;
        re.on = std::min(end, facts.active.addDays(rng.between(80, 100)));
        int after = 0;
        for (int d = 0; d < kDemoDomains; ++d) {
            int& r = re.ratings[static_cast<std::size_t>(d)];
            if (r > 0 && rng.chance(550))
                r -= rng.chance(800) ? 1 : std::min(r, 2);
            else if (r < 4 && rng.chance(80))
                r += 1;
            after += r;
        }
        re.summary = summaryText(rng, facts.name, after);
        c.assessments.push_back(std::move(re));
    }

    // Tasks: done ones in the past, open ones (some overdue) on open cases.
    const int tasks = rng.between(1, 4);
    for (int t = 0; t < tasks; ++t) {
        DemoTask task;
        task.title = taskTitle(rng, facts.name);
        const int span = std::max(1, facts.active.daysUntil(end));
        task.due = facts.active.addDays(rng.between(0, span + 14));
        const bool open = facts.closed.isNull() && (task.due > today.addDays(-21)) && rng.chance(650);
        if (!open) {
            task.doneOn = std::min(today, task.due.addDays(rng.between(-5, 3)));
            task.doneOn = std::max(task.doneOn, facts.active);
        }
        c.tasks.push_back(std::move(task));
    }
    return c;
}

void addGroupAttendees(std::uint64_t seed, std::span<DemoCase> cases)
{
    if (cases.empty())
        return;
    std::uint64_t mix = seed ^ 0x2545F4914F6CDD1DULL ^ cases.front().facts.number;
    Rng rng(splitmix64(mix));
    for (std::size_t ci = 0; ci < cases.size(); ++ci) {
        for (auto& s : cases[ci].sessions) {
            if (s.type != "group")
                continue;
            const int wanted = rng.between(1, 5);
            // Others whose cases are running that day, tried from a random start.
            const std::size_t from = static_cast<std::size_t>(rng.below(cases.size()));
            for (std::size_t step = 0; step < cases.size() && static_cast<int>(s.attendees.size()) <= wanted; ++step) {
                const std::size_t other = (from + step) % cases.size();
                const DemoCaseFacts& f = cases[other].facts;
                if (other == ci || cases[other].sessions.empty() || f.active > s.date ||
                    (!f.closed.isNull() && f.closed < s.date))
                    continue;
                if (std::any_of(s.attendees.begin(), s.attendees.end(),
                                [&](const DemoAttendee& a) {
                                    return a.caseIndex >= 0 &&
                                           cases[static_cast<std::size_t>(a.caseIndex)].facts.personId == f.personId;
                                }) ||
                    f.personId == cases[ci].facts.personId)
                    continue;
                DemoAttendee a;
                a.caseIndex = static_cast<int>(other);
                a.attendance =
                    s.attendees.front().attendance == "planned" ? "planned" : str(pickWeighted<Sv>(rng, kAttendance));
                s.attendees.push_back(std::move(a));
            }
        }
    }
}

} // namespace waymark::demo::detail
