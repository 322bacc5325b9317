#pragma once

// The hand-made casebook of the two outcome reports (outcomes-by-intervention, kpi), built
// through the desks: plans with interventions and providers, sessions linked to them,
// assessments and reassessments, closures, snapshots and a reoffence. The answers are worked out
// by hand in tests/core/reports/TestOutcomeReports.cpp. Generated names only.

#include "tests/core/reports/ReportFixtures.h"

#include <map>

namespace waymark::test {

class OutcomeScheme : public ReportScheme
{
public:
    using ReportScheme::ReportScheme;

    // An accepted referral of a new person, received 2 March 2026, accepted on the 3rd.
    Uuid acceptedReferral()
    {
        const Uuid p = person("female", "white_british", bornForAge2026(15));
        const Uuid r = referral(p, ymd(2026, 3, 2));
        return decide(r, ymd(2026, 3, 3), "accepted") ? r : Uuid{};
    }

    Uuid provider(const std::string& name)
    {
        Provider p;
        p.name = name;
        p.kind = "charity";
        auto added = casebook->plans().addProvider(p);
        return added ? added->id : Uuid{};
    }

    Uuid intervention(const Uuid& referralId, const std::string& type, const Uuid& providerId)
    {
        Intervention i;
        i.type = type;
        i.providerId = providerId;
        auto added = casebook->plans().addIntervention(referralId, i);
        if (!added) {
            qWarning("intervention: %s", describe(added.error()).c_str());
            return {};
        }
        return added->id;
    }

    // Moves an intervention through active to `status` (active, completed, ended_early).
    bool setStatus(const Uuid& id, const std::string& status)
    {
        for (const std::string& step : {std::string("active"), status}) {
            auto item = casebook->plans().intervention(id);
            if (!item)
                return false;
            Intervention edited = item->intervention;
            edited.status = step;
            auto saved = casebook->plans().updateIntervention(edited);
            if (!saved) {
                qWarning("intervention status: %s", describe(saved.error()).c_str());
                return false;
            }
        }
        return true;
    }

    // A session of `minutes` on `on` at 10:00 linked to an intervention, the referral's young
    // person attending with `attendance`.
    Result<Session> addLinkedSession(const Uuid& referralId, const Uuid& interventionId, Date on,
                                     const std::string& attendance, int minutes)
    {
        setToday(on.addDays(1));
        Session s;
        s.start = londonToUtc(LocalDateTime{on, 10 * 60}).value();
        s.durationMinutes = minutes;
        s.type = "face_to_face";
        s.interventionId = interventionId;
        SessionAttendee a;
        a.referralId = referralId;
        a.attendance = attendance;
        s.attendees.push_back(a);
        return casebook->sessions().add(s);
    }

    bool linkedSession(const Uuid& referralId, const Uuid& interventionId, Date on, const std::string& attendance,
                       int minutes)
    {
        auto added = addLinkedSession(referralId, interventionId, on, attendance, minutes);
        if (!added)
            qWarning("session: %s", describe(added.error()).c_str());
        return added.has_value();
    }

    // An assessment on `on` with every domain rated `rating`, except those in `other`; returns its id.
    Uuid assessment(const Uuid& referralId, Date on, int rating, const std::map<std::string, int>& other = {},
                    const Uuid& previous = {})
    {
        setToday(on);
        auto draft = previous.isNull() ? casebook->assessments().startAssessment(referralId)
                                       : casebook->assessments().startReassessment(previous);
        if (!draft)
            return {};
        draft->assessedOn = on;
        for (auto& r : draft->ratings) {
            const auto it = other.find(r.domain);
            r.rating = it == other.end() ? rating : it->second;
            r.notAssessed = false;
        }
        auto recorded = casebook->assessments().record(*draft);
        if (!recorded)
            qWarning("assessment: %s", describe(recorded.error()).c_str());
        return recorded ? recorded->id : Uuid{};
    }

    // Sets a snapshot's answers ("field=value" pairs) for `stage` (start or end).
    bool answers(const Uuid& referralId, const std::string& stage, const std::map<std::string, std::string>& values)
    {
        auto shown = casebook->outcomes().show(referralId);
        if (!shown)
            return false;
        OutcomeSnapshot s =
            stage == "start" ? shown->start.value_or(OutcomeSnapshot{}) : shown->end.value_or(OutcomeSnapshot{});
        s.referralId = referralId;
        s.stage = stage;
        for (const auto& [field, value] : values)
            if (!setSnapshotField(s, field, value))
                return false;
        auto saved = casebook->outcomes().saveSnapshot(s);
        if (!saved)
            qWarning("snapshot: %s", describe(saved.error()).c_str());
        return saved.has_value();
    }

    bool close(const Uuid& referralId, Date on, const std::string& status = "completed")
    {
        setToday(on);
        return casebook->outcomes().requestClosure(referralId, status).has_value() &&
               casebook->outcomes().approveClosure(referralId).has_value();
    }

    bool reoffence(const Uuid& referralId, Date offence, const std::string& outcome, Date outcomeOn)
    {
        setToday(outcomeOn);
        FollowUp f;
        f.referralId = referralId;
        f.kind = "reoffence";
        f.happenedOn = offence;
        f.outcomeType = outcome;
        f.outcomeDate = outcomeOn;
        auto added = casebook->outcomes().addFollowUp(f);
        if (!added)
            qWarning("follow-up: %s", describe(added.error()).c_str());
        return added.has_value();
    }
};

// The outcome casebook, as of 1 December 2027 (the report period is April 2026 for
// outcomes-by-intervention and May 2026 for kpi):
//  R1 mentoring, Northside Youth Trust: attended 10 Apr (60 min) and 17 Apr (45), missed 24 Apr
//     (30); completed. Assessed 5 Mar (all 2) and 10 May (four domains down by 1: -4). Closed
//     20 May 2026; offence 1 Sep 2026, cautioned 1 Oct 2026 (a proven reoffence).
//  R2 mentoring, Northside Youth Trust: attended 14 Apr (60); ended early. Assessed 6 Mar (all 3)
//     and 11 May (one domain down by 1: -1). Closed 21 May 2026; no reoffence.
//  R3 positive activities, no provider: attended 20 Mar and 15 Apr: enrolled in March, not in April.
//  R4 positive activities, no provider: attended 20 Apr (90); completed. One assessment only. Open.
//  R5 family support, Northside Youth Trust: attended 28 Apr (30); active. Also mentoring with
//     Eastgate Mentoring: missed 22 Apr only (not enrolled). Closed 10 Jun 2026: its 18 months
//     end on 10 Dec 2027 (pending on 1 Dec 2027).
// Snapshots (R1, R2 closed in May; R5 in June):
//  R1 start: accommodation yes, ETE no (4 hours a week), SEND/ALN yes, plan no, MH need yes, offered no,
//            victims contacted yes, consented yes, engaged no, substance need no
//     end:   accommodation yes, ETE yes (25 hours), SEND/ALN yes, plan yes, MH need, offered, attending yes,
//            substance need no, victims contacted, consented, engaged yes
//  R2 start: accommodation no, ETE no (0 hours), SEND/ALN no, MH need yes, offered yes, attending no,
//            substance need yes, offered no, victims contacted no
//     end:   accommodation yes, ETE no (6 hours), SEND/ALN not recorded, MH need, offered, attending yes,
//            substance need yes, offered yes, attending no, victims contacted no
inline bool buildOutcomeScheme(OutcomeScheme& s)
{
    const Uuid r1 = s.acceptedReferral(), r2 = s.acceptedReferral(), r3 = s.acceptedReferral(),
               r4 = s.acceptedReferral(), r5 = s.acceptedReferral();
    const Uuid northside = s.provider("Northside Youth Trust"), eastgate = s.provider("Eastgate Mentoring");
    const Uuid i1 = s.intervention(r1, "mentoring", northside), i2 = s.intervention(r2, "mentoring", northside),
               i3 = s.intervention(r3, "positive_activities", {}), i4 = s.intervention(r4, "positive_activities", {}),
               i5 = s.intervention(r5, "family_support", northside), i6 = s.intervention(r5, "mentoring", eastgate);
    bool ok = !r5.isNull() && !i6.isNull();
    const Uuid a1 = s.assessment(r1, ymd(2026, 3, 5), 2);
    const Uuid a2 = s.assessment(r2, ymd(2026, 3, 6), 3);
    ok = ok && !a1.isNull() && !a2.isNull() && !s.assessment(r4, ymd(2026, 3, 9), 1).isNull();
    ok = ok && s.linkedSession(r3, i3, ymd(2026, 3, 20), "attended", 60);
    ok = ok && s.linkedSession(r1, i1, ymd(2026, 4, 10), "attended", 60);
    ok = ok && s.linkedSession(r2, i2, ymd(2026, 4, 14), "attended", 60);
    ok = ok && s.linkedSession(r3, i3, ymd(2026, 4, 15), "attended", 60);
    ok = ok && s.linkedSession(r1, i1, ymd(2026, 4, 17), "attended", 45);
    ok = ok && s.linkedSession(r4, i4, ymd(2026, 4, 20), "attended", 90);
    ok = ok && s.linkedSession(r5, i6, ymd(2026, 4, 22), "did_not_attend", 60);
    ok = ok && s.linkedSession(r1, i1, ymd(2026, 4, 24), "did_not_attend", 30);
    ok = ok && s.linkedSession(r5, i5, ymd(2026, 4, 28), "attended", 30);
    s.setToday(ymd(2026, 5, 1));
    ok = ok && s.setStatus(i1, "completed") && s.setStatus(i2, "ended_early") && s.setStatus(i4, "completed") &&
         s.setStatus(i5, "active");
    ok = ok &&
         !s.assessment(r1, ymd(2026, 5, 10), 2,
                       {{"living_arrangements", 1}, {"family_relationships", 1}, {"ete", 1}, {"neighbourhood", 1}}, a1)
              .isNull();
    ok = ok && !s.assessment(r2, ymd(2026, 5, 11), 3, {{"substance_use", 2}}, a2).isNull();
    s.setToday(ymd(2026, 5, 15));
    ok = ok && s.answers(r1, "start",
                         {{"accommodation_suitable", "yes"},
                          {"ete_suitable", "no"},
                          {"ete_hours", "4"},
                          {"send_aln", "yes"},
                          {"send_plan", "no"},
                          {"mental_health_need", "yes"},
                          {"mental_health_offered", "no"},
                          {"substance_use_need", "no"},
                          {"victims_contacted", "yes"},
                          {"victims_consented", "yes"},
                          {"victims_engaged", "no"}});
    ok = ok && s.answers(r1, "end",
                         {{"accommodation_suitable", "yes"},
                          {"ete_suitable", "yes"},
                          {"ete_hours", "25"},
                          {"send_aln", "yes"},
                          {"send_plan", "yes"},
                          {"mental_health_need", "yes"},
                          {"mental_health_offered", "yes"},
                          {"mental_health_attending", "yes"},
                          {"substance_use_need", "no"},
                          {"victims_contacted", "yes"},
                          {"victims_consented", "yes"},
                          {"victims_engaged", "yes"}});
    ok = ok && s.answers(r2, "start",
                         {{"accommodation_suitable", "no"},
                          {"ete_suitable", "no"},
                          {"ete_hours", "0"},
                          {"send_aln", "no"},
                          {"mental_health_need", "yes"},
                          {"mental_health_offered", "yes"},
                          {"mental_health_attending", "no"},
                          {"substance_use_need", "yes"},
                          {"substance_use_offered", "no"},
                          {"victims_contacted", "no"}});
    ok = ok && s.answers(r2, "end",
                         {{"accommodation_suitable", "yes"},
                          {"ete_suitable", "no"},
                          {"ete_hours", "6"},
                          {"mental_health_need", "yes"},
                          {"mental_health_offered", "yes"},
                          {"mental_health_attending", "yes"},
                          {"substance_use_need", "yes"},
                          {"substance_use_offered", "yes"},
                          {"substance_use_attending", "no"},
                          {"victims_contacted", "no"}});
    ok = ok && s.close(r1, ymd(2026, 5, 20)) && s.close(r2, ymd(2026, 5, 21), "partially_completed");
    ok = ok && s.close(r5, ymd(2026, 6, 10), "disengaged");
    ok = ok && s.reoffence(r1, ymd(2026, 9, 1), "caution", ymd(2026, 10, 1));
    s.setToday(ymd(2027, 12, 1));
    return ok;
}

} // namespace waymark::test
