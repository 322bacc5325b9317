// The demo's closures and outcomes: for every demo case that was closed, its closure (a
// completion status, requested by the caseworker and approved by the coordinator; some sent
// back first), its outcome snapshots at the start (on acceptance) and at the end (on closure),
// and the follow-up after it (re-contacts at the 3, 6 and 12-month checks, reoffences with their
// outcomes). Written with each batch of casework through the bulk path
// (casebook.outcomeHistory(), core/OutcomeHistory.h). docs/demo-data.md gives the shares.
//
// Everything about one case depends only on (seed, the person's case number, the referral's
// place among the person's referrals, today), like the rest of its casework.

#include "core/demo/DemoClosures.h"

#include "core/Casebook.h"
#include "core/OutcomeHistory.h"
#include "core/domain/Outcome.h"

#include <algorithm>
#include <cstdio>

namespace waymark::demo::detail {

namespace {

const Weighted<Sv> kCompletedStatus[] = {{"completed", 800}, {"partially_completed", 200}};
const Weighted<Sv> kMixedStatus[] = {{"completed", 250}, {"partially_completed", 350}, {"disengaged", 200},
                                     {"moved_away", 80}, {"escalated_statutory", 60},  {"other", 60}};
const Weighted<Sv> kReoffenceOutcome[] = {
    {"caution", 340}, {"conviction", 260}, {"community_resolution", 300}, {"none", 100}};

const Sv kClosingNotes[] = {
    "Goals reviewed with the young person; the plan is finished and the family agrees.",
    "Sessions completed; onward support in place at school.",
    "Engagement dropped off over the last month; case closed after two attempts to re-engage.",
    "Young person and parent happy to close; signposted to the youth club.",
    "Work finished early: the family moved out of the area.",
    "Plan partly met; the college place is secured and the mentor carries on informally.",
};
const Sv kReturnComments[] = {
    "Please add the end outcome answers before closing.",
    "The last intervention is still shown as active: update it first.",
    "Record the closing conversation with the parent, then request again.",
};

std::string yn(bool yes)
{
    return yes ? "yes" : "no";
}

std::string utcAt(Date date, int minuteOfDay)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "T%02d:%02d:00.000Z", minuteOfDay / 60, minuteOfDay % 60);
    return date.toIso() + buf;
}

bool hasType(const DemoCase& c, Sv code)
{
    return std::any_of(c.interventions.begin(), c.interventions.end(), [&](const DemoIntervention& iv) {
        return kDemoInterventionTypes[static_cast<std::size_t>(iv.type)].code == code;
    });
}

// A need -> offered -> attending funnel: at the start support is often not yet in place; by the
// end most in need were offered it and most offered attend.
void funnel(Rng& rng, bool need, int offeredStart, int attendingStart, int offeredEnd, int attendingEnd,
            std::string OutcomeSnapshot::*needField, std::string OutcomeSnapshot::*offeredField,
            std::string OutcomeSnapshot::*attendingField, OutcomeSnapshot& start, OutcomeSnapshot& end)
{
    start.*needField = yn(need);
    const bool needEnd = need ? !rng.chance(80) : rng.chance(40);
    end.*needField = yn(needEnd);
    if (need) {
        const bool offered = rng.chance(offeredStart);
        start.*offeredField = yn(offered);
        if (offered)
            start.*attendingField = yn(rng.chance(attendingStart));
    }
    if (needEnd) {
        const bool offered = rng.chance(offeredEnd);
        end.*offeredField = yn(offered);
        if (offered)
            end.*attendingField = yn(rng.chance(attendingEnd));
    }
}

} // namespace

std::optional<OutcomeHistoryDraft> demoClosure(std::uint64_t seed, Date today, const DemoCase& c)
{
    const DemoCaseFacts& f = c.facts;
    if (f.approved.isNull() || f.approved > today || f.active.isNull())
        return std::nullopt;
    std::uint64_t mix =
        seed ^ 0xC2B2AE3D27D4EB4FULL ^ (f.number * 0x9E3779B97F4A7C15ULL) ^ (static_cast<std::uint64_t>(f.k) << 52);
    Rng rng(splitmix64(mix));

    OutcomeHistoryDraft d;
    Closure& closure = d.closure;
    closure.referralId = f.referralId;

    // The completion status follows how the interventions went.
    int done = 0, counted = 0;
    for (const auto& iv : c.interventions) {
        if (iv.status == "cancelled")
            continue;
        ++counted;
        done += iv.status == "completed" ? 1 : 0;
    }
    const bool allDone = counted > 0 && done == counted;
    closure.status = str(allDone ? pickWeighted<Sv>(rng, kCompletedStatus) : pickWeighted<Sv>(rng, kMixedStatus));
    closure.note = str(rng.pick<Sv>(kClosingNotes));
    closure.closedOn = f.approved;
    const Date requested = f.closed.isNull() ? f.approved : f.closed;
    closure.requestedAt = utcAt(requested, 15 * 60 + rng.between(0, 120));
    closure.requestedBy = f.worker;
    closure.decidedAt = utcAt(f.approved, 9 * 60 + rng.between(0, 300));
    if (f.returned) {
        Closure sentBack;
        sentBack.status = closure.status;
        sentBack.note = closure.note;
        sentBack.requestedAt = utcAt(f.returnRequested, 15 * 60);
        sentBack.requestedBy = f.worker;
        sentBack.decidedAt = utcAt(f.returnedOn, 11 * 60);
        sentBack.comment = str(rng.pick<Sv>(kReturnComments));
        d.returned = std::move(sentBack);
    }

    // Outcome snapshots: a young person's circumstances, then mostly better by the end.
    const bool takeStart = !rng.chance(40);
    const bool takeEnd = !rng.chance(60);
    OutcomeSnapshot start;
    OutcomeSnapshot end;
    start.takenOn = f.accepted.isNull() ? f.received : f.accepted;
    end.takenOn = f.approved;
    const bool high = f.risk == "high" || f.risk == "medium";
    const bool completed = closure.status == "completed" || closure.status == "partially_completed";

    // Accommodation.
    if (!rng.chance(30)) {
        const bool suitable = !rng.chance(high ? 220 : 110);
        start.accommodationSuitable = yn(suitable);
        end.accommodationSuitable = yn(suitable ? !rng.chance(30) : rng.chance(completed ? 550 : 300));
    }
    // Education, training or employment, with the hours a week.
    if (!rng.chance(25)) {
        const bool suitable = rng.chance(high ? 520 : 660);
        start.eteSuitable = yn(suitable);
        start.eteHours = suitable ? rng.between(12, 30) : (rng.chance(500) ? 0 : rng.between(2, 10));
        const bool suitableEnd = suitable ? !rng.chance(70) : rng.chance(completed ? 450 : 200);
        end.eteSuitable = yn(suitableEnd);
        if (suitableEnd)
            end.eteHours =
                std::min(kMaxEteHours, suitable ? *start.eteHours + rng.between(-2, 6) : rng.between(12, 30));
        else
            end.eteHours = rng.chance(500) ? 0 : rng.between(2, 12);
        if (rng.chance(60)) // hours not asked
            start.eteHours.reset();
    }
    // SEND / ALN, with a plan (EHCP / IDP).
    if (!rng.chance(50)) {
        const bool send = rng.chance(high ? 330 : 250);
        start.sendAln = yn(send);
        const bool sendEnd = send || rng.chance(30);
        end.sendAln = yn(sendEnd);
        const bool plan = send && rng.chance(350);
        if (send)
            start.sendPlan = yn(plan);
        if (sendEnd)
            end.sendPlan = yn(plan || rng.chance(250));
    }
    // Mental health and substance use: need, offered support, attending.
    funnel(rng, hasType(c, "mental_health") || rng.chance(high ? 450 : 330), 300, 450, 820, 680,
           &OutcomeSnapshot::mentalHealthNeed, &OutcomeSnapshot::mentalHealthOffered,
           &OutcomeSnapshot::mentalHealthAttending, start, end);
    funnel(rng, hasType(c, "substance_misuse") || rng.chance(high ? 250 : 150), 200, 350, 850, 600,
           &OutcomeSnapshot::substanceUseNeed, &OutcomeSnapshot::substanceUseOffered,
           &OutcomeSnapshot::substanceUseAttending, start, end);
    // Victims: contacted, consented, engaged in restorative justice (only where there is one).
    if (!rng.chance(120)) {
        const bool rj = hasType(c, "restorative_justice") || hasType(c, "victim_awareness");
        const bool contacted = rng.chance(rj ? 350 : 150);
        start.victimsContacted = yn(contacted);
        const bool contactedEnd = contacted || rng.chance(rj ? 600 : 250);
        end.victimsContacted = yn(contactedEnd);
        const bool consented = contacted && rng.chance(550);
        if (contacted)
            start.victimsConsented = yn(consented);
        if (consented)
            start.victimsEngaged = yn(rng.chance(100));
        if (contactedEnd) {
            const bool consentedEnd = consented || rng.chance(550);
            end.victimsConsented = yn(consentedEnd);
            if (consentedEnd)
                end.victimsEngaged = yn(rng.chance(rj ? 700 : 450));
        }
    }
    if (takeStart) {
        start.recordedBy = f.worker;
        d.start = std::move(start);
    }
    if (takeEnd) {
        end.recordedBy = f.worker;
        d.end = std::move(end);
    }

    // Follow-up: re-contacts at the scheduled checks that have come, and for about one in five a
    // proven or unproven reoffence within the year (a few later), with its outcome once given.
    for (Sv check : {Sv("3m"), Sv("6m"), Sv("12m")}) {
        const Date due = followUpDue(f.approved, check);
        const Date on = due.addDays(rng.between(0, 14));
        if (on > today || !rng.chance(check == "3m" ? 380 : (check == "6m" ? 300 : 240)))
            continue;
        FollowUp r;
        r.kind = "recontact";
        r.check = str(check);
        r.happenedOn = on;
        r.note = "Check-in call: doing well, no new concerns.";
        r.recordedBy = f.worker;
        d.followUps.push_back(std::move(r));
    }
    const int reoffendPerMille = (high ? 260 : 170) + (completed ? 0 : 90);
    if (rng.chance(reoffendPerMille)) {
        // Offences cluster in the first months after closure.
        const int day = rng.chance(880) ? std::min(rng.between(5, 365), rng.between(5, 365)) : rng.between(366, 520);
        const Date offence = f.approved.addDays(day);
        if (offence <= today) {
            FollowUp r;
            r.kind = "reoffence";
            r.happenedOn = offence;
            r.outcomeType = str(pickWeighted<Sv>(rng, kReoffenceOutcome));
            if (r.outcomeType != "none") {
                r.outcomeDate = offence.addDays(rng.chance(850) ? rng.between(14, 150) : rng.between(151, 330));
                if (r.outcomeDate > today)
                    r.outcomeDate = {}; // no outcome yet: not recorded until it is
            }
            if (r.outcomeType == "none" || !r.outcomeDate.isNull()) {
                r.note = "Police notified the scheme.";
                r.recordedBy = f.worker;
                d.followUps.push_back(std::move(r));
            }
        }
    }
    std::sort(d.followUps.begin(), d.followUps.end(),
              [](const FollowUp& a, const FollowUp& b) { return a.happenedOn < b.happenedOn; });
    return d;
}

Status writeClosures(Casebook& casebook, std::uint64_t seed, std::span<const DemoCase> batch, DeliveryCounts& counts)
{
    const Date today = casebook.clock().today();
    std::vector<OutcomeHistoryDraft> drafts;
    for (const auto& c : batch)
        if (auto d = demoClosure(seed, today, c))
            drafts.push_back(std::move(*d));
    if (drafts.empty())
        return {};
    auto added = casebook.outcomeHistory().add(drafts);
    if (!added)
        return std::unexpected(added.error());
    for (const auto& d : drafts) {
        ++counts.closures;
        counts.returnedClosures += d.returned ? 1 : 0;
        counts.snapshots += (d.start ? 1 : 0) + (d.end ? 1 : 0);
        for (const auto& r : d.followUps) {
            counts.followUps += 1;
            counts.reoffences += r.kind == "reoffence" ? 1 : 0;
        }
    }
    return {};
}

} // namespace waymark::demo::detail
