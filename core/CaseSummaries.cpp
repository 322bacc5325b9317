#include "core/CaseSummaries.h"

#include "core/DeskContext.h"
#include "core/Text.h"
#include "core/Users.h"
#include "core/calendar/Age.h"
#include "core/domain/Assessment.h"
#include "core/domain/Referral.h"
#include "core/domain/Session.h"
#include "core/domain/TextRules.h"
#include "core/store/AssessmentStore.h"
#include "core/store/Database.h"
#include "core/store/PersonStore.h"
#include "core/store/PlanStore.h"
#include "core/store/ReferralStore.h"
#include "core/store/SessionStore.h"
#include "core/store/TaskStore.h"

#include <algorithm>

namespace waymark {

namespace {

std::vector<std::string> flagNames(const PersonFlags& f)
{
    std::vector<std::string> out;
    for (const auto& [on, name] : {std::pair{f.lookedAfter, "looked_after"},
                                   {f.childProtectionPlan, "child_protection_plan"},
                                   {f.childInNeed, "child_in_need"},
                                   {f.earlyHelp, "early_help"},
                                   {f.careLeaver, "care_leaver"},
                                   {f.sendAln, "send_aln"},
                                   {f.sendAlnPlan, "send_aln_plan"},
                                   {f.exploitationConcern, "exploitation_concern"}})
        if (on)
            out.emplace_back(name);
    return out;
}

} // namespace

Result<CaseSummary> CaseSummaries::disclose(std::string_view caseReference, std::string_view recipient)
{
    if (auto st = m_context.authorise(Action::CaseSummary, "person"); !st)
        return std::unexpected(st.error());
    const std::string to = text::trim(recipient);
    if (to.empty())
        return fail(ErrorCode::Validation, "a case summary needs its recipient (who the panel is)", "recipient");
    if (auto st = checkTextField("report_recipient", to, "recipient"); !st)
        return std::unexpected(st.error());

    Database& db = m_context.database();
    PersonStore people(db);
    auto personId = people.findByReference(text::trim(caseReference));
    if (!personId)
        return std::unexpected(personId.error());
    if (!*personId)
        return fail(ErrorCode::NotFound, "no person has that case reference", "case_reference");
    // A restricted record's summary only for those who may read it (core/store/Visibility.h);
    // the rules below are narrower still for caseworkers, but this one must never be skipped.
    if (auto st = m_context.mayRead(**personId); !st)
        return std::unexpected(st.error());
    auto loaded = people.load(**personId);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no person has that case reference", "case_reference");
    const Person& person = **loaded;

    const Date today = m_context.clock().today();
    CaseSummary s;
    s.caseReference = person.caseReference;
    s.name = person.displayName();
    s.dateOfBirth = person.dateOfBirth;
    s.dateOfBirthEstimated = person.dateOfBirthEstimated;
    s.age = person.dateOfBirth.isNull() ? -1 : ageOn(person.dateOfBirth, today);
    s.flags = flagNames(person.flags);
    s.recipient = to;
    s.preparedBy = m_context.user().displayName.empty() ? m_context.user().username : m_context.user().displayName;
    s.preparedAt = formatUtc(toUtcSeconds(m_context.clock().now()));
    s.preparedOn = today;

    // The current referral, as on the person page: the open one received last, else the last.
    ReferralStore referrals(db);
    ReferralListQuery q;
    q.personId = person.id;
    q.sort = ReferralSort::Received;
    q.limit = 1000;
    auto list = referrals.list(q, today);
    if (!list)
        return std::unexpected(list.error());
    s.referrals = static_cast<int>(list->rows.size());
    std::optional<ReferralSummary> current;
    for (const auto& r : list->rows)
        if (isOpenState(r.state)) {
            current = r;
            break;
        }
    if (!current && !list->rows.empty())
        current = list->rows.front();

    // A caseworker prints the summary of a young person they hold; a coordinator any.
    if (m_context.user().role != Role::Coordinator && (!current || current->allocatedTo != m_context.user().id)) {
        (void)m_context.audit("refused", "person", person.id, "case.summary (not the allocated worker)");
        return fail(ErrorCode::PermissionDenied,
                    "only the caseworker allocated to the current referral, or a coordinator, may print its summary");
    }

    if (current) {
        auto referral = referrals.load(current->id);
        if (!referral)
            return std::unexpected(referral.error());
        if (*referral) {
            const Referral& r = **referral;
            s.referralReference = r.reference;
            s.state = std::string(stateName(r.state));
            s.route = r.route;
            s.source = r.source;
            s.offenceCategory = r.offenceCategory;
            s.received = r.received;
            s.offenceDate = r.offenceDate;
            s.decisionDate = r.decisionDate;
            s.firstContact = r.firstContact;
            s.worker = current->allocatedName;
        }

        // The latest assessment and its change from the one before (ratings only).
        AssessmentStore assessments(db);
        auto latestId = assessments.latestForReferral(current->id);
        if (!latestId)
            return std::unexpected(latestId.error());
        if (*latestId) {
            auto latest = assessments.load(**latestId);
            if (!latest)
                return std::unexpected(latest.error());
            if (*latest) {
                const Assessment& a = **latest;
                s.assessedOn = a.assessedOn;
                auto tmpl = assessments.loadTemplate(a.templateId);
                if (!tmpl)
                    return std::unexpected(tmpl.error());
                const AssessmentTemplate t = tmpl->value_or(AssessmentTemplate{});
                std::optional<Assessment> previous;
                AssessmentTemplate previousTemplate;
                if (!a.previousAssessmentId.isNull()) {
                    auto p = assessments.load(a.previousAssessmentId);
                    if (!p)
                        return std::unexpected(p.error());
                    if (*p) {
                        previous = **p;
                        auto pt = assessments.loadTemplate(previous->templateId);
                        if (!pt)
                            return std::unexpected(pt.error());
                        previousTemplate = pt->value_or(AssessmentTemplate{});
                    }
                }
                if (previous) {
                    const DistanceTravelled d = distanceTravelled(*previous, previousTemplate, a, t);
                    s.previousAssessedOn = d.previousDate;
                    s.totalChange = d.totalChange;
                    for (const auto& c : d.domains)
                        s.domains.push_back({c.domain, c.label, c.previous, c.current, c.change});
                } else {
                    for (const auto& domain : t.domains) {
                        const DomainRating* rating = a.rating(domain.code);
                        s.domains.push_back({domain.code, domain.label, std::nullopt,
                                             rating ? rating->rating : std::nullopt, std::nullopt});
                    }
                }
            }
        }

        // The plan's interventions.
        InterventionQuery iq;
        iq.referralId = current->id;
        auto interventions = PlanStore(db).interventions(iq);
        if (!interventions)
            return std::unexpected(interventions.error());
        for (const auto& item : *interventions) {
            const Intervention& i = item.intervention;
            s.interventions.push_back({i.type, item.providerName, i.status, i.plannedStart, i.plannedEnd, i.outcome});
        }

        // Sessions of the referral, by this person's attendance.
        SessionQuery sq;
        sq.referralId = current->id;
        sq.limit = 1000;
        auto sessions = SessionStore(db).list(sq);
        if (!sessions)
            return std::unexpected(sessions.error());
        for (const auto& session : *sessions)
            for (const auto& attendee : session.attendees) {
                if (attendee.personId != person.id)
                    continue;
                if (attendee.attendance == "attended")
                    ++s.sessionsAttended;
                else if (attendee.attendance == "did_not_attend")
                    ++s.sessionsMissed;
                else
                    ++s.sessionsOther;
            }
    }

    // Open tasks of the person (clock tasks too), earliest due first.
    TaskQuery tq;
    tq.personId = person.id;
    tq.when = TaskWhen::Open;
    tq.limit = 50;
    auto tasks = TaskStore(db).list(tq, std::nullopt, today);
    if (!tasks)
        return std::unexpected(tasks.error());
    for (const auto& t : *tasks)
        // A clock task has no title of its own: its source says what it is ("assessment_due").
        s.openTasks.push_back({t.task.title.empty() ? t.task.source : t.task.title, t.task.due, t.overdue});

    if (auto st = m_context.audit("case.summary_disclosed", "person", person.id, "disclosure: recipient=" + to); !st)
        return std::unexpected(st.error());
    return s;
}

} // namespace waymark
