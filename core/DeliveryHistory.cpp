#include "core/DeliveryHistory.h"

#include "core/DeskContext.h"
#include "core/Users.h"
#include "core/security/Role.h"
#include "core/store/AssessmentStore.h"
#include "core/store/ChangeLog.h"
#include "core/store/Database.h"
#include "core/store/NoteStore.h"
#include "core/store/PlanStore.h"
#include "core/store/ReferralStore.h"
#include "core/store/SessionStore.h"
#include "core/store/TaskStore.h"
#include "core/store/UserStore.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <numeric>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace waymark {

namespace {

std::string countOf(std::size_t n, const char* what)
{
    return std::to_string(n) + " " + what;
}

// A plan event's time, "YYYY-MM-DDTHH:MM:SSZ", from a record's createdAt ("...:SS.mmmZ" or "...:SSZ").
std::string eventAt(const std::string& createdAt)
{
    return createdAt.size() >= 19 ? createdAt.substr(0, 19) + "Z" : createdAt;
}

std::string joinCodes(const std::vector<std::string>& codes)
{
    std::string out;
    for (const auto& c : codes)
        out += (out.empty() ? "" : ",") + c;
    return out;
}

// "YYYY-MM-DDTHH:MM:SSZ" as UTC milliseconds, or nullopt when it is not that shape.
std::optional<std::int64_t> parseUtcSeconds(std::string_view s)
{
    int y = 0;
    unsigned mo = 0, d = 0, h = 0, mi = 0, se = 0;
    char z = 0;
    if (s.size() != 20 ||
        std::sscanf(std::string(s).c_str(), "%4d-%2u-%2uT%2u:%2u:%2u%c", &y, &mo, &d, &h, &mi, &se, &z) != 7 ||
        z != 'Z' || h > 23 || mi > 59 || se > 59)
        return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{mo}, std::chrono::day{d}};
    if (!ymd.ok())
        return std::nullopt;
    const auto t =
        std::chrono::sys_days{ymd} + std::chrono::hours{h} + std::chrono::minutes{mi} + std::chrono::seconds{se};
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

} // namespace

Result<std::vector<Provider>> DeliveryHistory::addProviders(std::vector<Provider> providers)
{
    if (auto st = m_context.authorise(Action::DemoGenerate, "provider"); !st)
        return std::unexpected(st.error());
    for (auto& p : providers) {
        normaliseProvider(p);
        if (auto st = validateProvider(p); !st)
            return std::unexpected(st.error());
    }
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    PlanStore store(db);
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    const std::string now = formatUtcMillis(m_context.clock().now());
    for (auto& p : providers) {
        p.id = Uuid::v7(m_context.clock().now());
        if (p.createdAt.empty())
            p.createdAt = now;
        if (auto st = store.insertProvider(p, changes); !st)
            return std::unexpected(st.error());
    }
    if (auto st = m_context.audit("provider.history_added", "provider", {},
                                  "collection: " + countOf(providers.size(), "providers"));
        !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return providers;
}

Result<int> DeliveryHistory::addPlans(std::vector<PlanHistoryDraft>& drafts)
{
    if (auto st = m_context.authorise(Action::DemoGenerate, "plan"); !st)
        return std::unexpected(st.error());
    const Date today = m_context.clock().today();
    for (auto& d : drafts) {
        if (d.plan.personId.isNull() || d.plan.referralId.isNull())
            return fail(ErrorCode::Validation, "a plan needs its person and referral", "referral");
        for (auto& g : d.goals) {
            normaliseGoal(g);
            if (auto st = validateGoal(g); !st)
                return std::unexpected(st.error());
        }
        for (auto& i : d.interventions) {
            normaliseIntervention(i);
            if (auto st = validateIntervention(i, true, today); !st)
                return std::unexpected(st.error());
        }
    }
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    PlanStore store(db);
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    std::size_t goals = 0;
    std::size_t interventions = 0;
    for (auto& d : drafts) {
        d.plan.id = Uuid::v7(m_context.clock().now());
        if (auto st = store.insertPlan(d.plan, changes); !st)
            return std::unexpected(st.error());
        auto event = [&](const Uuid& record, const char* kind, std::string code, const std::string& createdAt,
                         const Uuid& by) -> Status {
            PlanEvent ev;
            ev.personId = d.plan.personId;
            ev.referralId = d.plan.referralId;
            ev.recordId = record;
            ev.kind = kind;
            ev.code = std::move(code);
            ev.by = by;
            ev.at = eventAt(createdAt);
            return store.addEvent(std::move(ev), changes);
        };
        for (auto& g : d.goals) {
            g.id = Uuid::v7(m_context.clock().now());
            g.planId = d.plan.id;
            g.personId = d.plan.personId;
            g.referralId = d.plan.referralId;
            if (auto st = store.insertGoal(g, changes); !st)
                return std::unexpected(st.error());
            if (auto st = event(g.id, "goal_added", joinCodes(g.domains), g.createdAt, g.createdBy); !st)
                return std::unexpected(st.error());
            ++goals;
        }
        for (auto& i : d.interventions) {
            i.id = Uuid::v7(m_context.clock().now());
            i.planId = d.plan.id;
            i.personId = d.plan.personId;
            i.referralId = d.plan.referralId;
            if (auto st = store.insertIntervention(i, changes); !st)
                return std::unexpected(st.error());
            if (auto st = event(i.id, "intervention_added", i.type, i.createdAt, i.createdBy); !st)
                return std::unexpected(st.error());
            ++interventions;
        }
    }
    if (auto st = m_context.audit("plan.history_added", "plan", {},
                                  "collection: " + countOf(drafts.size(), "plans") + ", " + countOf(goals, "goals") +
                                      ", " + countOf(interventions, "interventions"));
        !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return static_cast<int>(drafts.size());
}

Result<int> DeliveryHistory::addSessions(std::vector<Session>& sessions)
{
    if (auto st = m_context.authorise(Action::DemoGenerate, "session"); !st)
        return std::unexpected(st.error());
    const UtcSeconds now = toUtcSeconds(m_context.clock().now());
    std::size_t attendees = 0;
    for (auto& s : sessions) {
        normaliseSession(s);
        if (s.worker.isNull())
            s.worker = m_context.user().id;
        for (const auto& a : s.attendees)
            if (a.personId.isNull() || a.referralId.isNull())
                return fail(ErrorCode::Validation, "an attendee needs a person and a referral", "referral");
        if (auto st = validateSession(s, now); !st)
            return std::unexpected(st.error());
        attendees += s.attendees.size();
    }
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    SessionStore store(db);
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    for (auto& s : sessions) {
        s.id = Uuid::v7(std::chrono::system_clock::time_point(s.start));
        if (s.createdAt.empty())
            s.createdAt = formatUtcMillis(std::chrono::system_clock::time_point(s.start));
        if (auto st = store.insert(s, changes); !st)
            return std::unexpected(st.error());
    }
    if (auto st = m_context.audit("session.history_added", "session", {},
                                  "collection: " + countOf(sessions.size(), "sessions") + ", " +
                                      countOf(attendees, "attendees"));
        !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return static_cast<int>(sessions.size());
}

Result<int> DeliveryHistory::addTasks(std::vector<Task> tasks)
{
    if (auto st = m_context.authorise(Action::DemoGenerate, "task"); !st)
        return std::unexpected(st.error());
    for (auto& t : tasks) {
        normaliseTask(t);
        if (auto st = validateTask(t); !st)
            return std::unexpected(st.error());
    }
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    TaskStore store(db);
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    const std::string now = formatUtcMillis(m_context.clock().now());
    for (auto& t : tasks) {
        t.id = Uuid::v7(m_context.clock().now());
        if (t.createdAt.empty())
            t.createdAt = now;
        if (t.createdBy.isNull())
            t.createdBy = m_context.user().id;
        if (auto st = store.insert(t, changes); !st)
            return std::unexpected(st.error());
    }
    if (auto st = m_context.audit("task.history_added", "task", {}, "collection: " + countOf(tasks.size(), "tasks"));
        !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return static_cast<int>(tasks.size());
}

Result<int> DeliveryHistory::addAssessments(std::vector<AssessmentHistoryDraft>& drafts)
{
    if (auto st = m_context.authorise(Action::DemoGenerate, "assessment"); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    AssessmentStore store(db);
    ReferralStore referrals(db);
    auto newest = store.findTemplate(kDefaultTemplateCode);
    if (!newest)
        return std::unexpected(newest.error());
    std::unordered_map<Uuid, AssessmentTemplate, UuidHash> templates;
    if (*newest)
        templates.emplace((*newest)->id, **newest);
    auto users = UserStore(db).list();
    if (!users)
        return std::unexpected(users.error());
    std::unordered_set<Uuid, UuidHash> workers;
    for (const auto& u : *users)
        if (u.role == Role::Caseworker || u.role == Role::Coordinator)
            workers.insert(u.id);
    const Date today = m_context.clock().today();

    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    // Referrals as loaded (for the checks) and as their clocks end up (first assessment date).
    std::unordered_map<Uuid, std::pair<Referral, Date>, UuidHash> touched;
    std::vector<Uuid> order; // referrals in first-touched order, for a deterministic log
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    std::size_t reassessments = 0;
    for (std::size_t k = 0; k < drafts.size(); ++k) {
        Assessment& a = drafts[k].assessment;
        if (a.referralId.isNull())
            return fail(ErrorCode::Validation, "an assessment needs its referral", "referral");
        auto it = touched.find(a.referralId);
        if (it == touched.end()) {
            auto loaded = referrals.load(a.referralId);
            if (!loaded)
                return std::unexpected(loaded.error());
            if (!*loaded)
                return fail(ErrorCode::NotFound, "no such referral", "referral");
            const Date clock = (*loaded)->assessedOn;
            it = touched.emplace(a.referralId, std::pair{std::move(**loaded), clock}).first;
            order.push_back(a.referralId);
        }
        const Referral& referral = it->second.first;
        if (!a.personId.isNull() && a.personId != referral.personId)
            return fail(ErrorCode::Validation, "is not the referral's person", "person");
        a.personId = referral.personId;
        if (a.templateId.isNull()) {
            if (!*newest)
                return fail(ErrorCode::Validation, "no such template version", "template");
            a.templateId = (*newest)->id;
        }
        auto tmpl = templates.find(a.templateId);
        if (tmpl == templates.end()) {
            auto loaded = store.loadTemplate(a.templateId);
            if (!loaded)
                return std::unexpected(loaded.error());
            if (!*loaded)
                return fail(ErrorCode::Validation, "no such template", "template");
            tmpl = templates.emplace(a.templateId, std::move(**loaded)).first;
        }
        a.templateCode = tmpl->second.code;
        a.templateVersion = tmpl->second.version;
        if (a.assessor.isNull())
            a.assessor = m_context.user().id;
        if (!workers.contains(a.assessor))
            return fail(ErrorCode::Validation, "is not a caseworker or coordinator of this casebook", "assessor");
        normaliseAssessment(a);
        if (auto st = validateAssessment(a, tmpl->second, referral.received, today); !st)
            return std::unexpected(st.error());
        if (drafts[k].follows >= 0) {
            if (static_cast<std::size_t>(drafts[k].follows) >= k)
                return fail(ErrorCode::Validation, "a reassessment follows an earlier assessment", "previous");
            a.previousAssessmentId = drafts[static_cast<std::size_t>(drafts[k].follows)].assessment.id;
        }
        if (!a.previousAssessmentId.isNull()) {
            // The previous one: an earlier draft of this call, or one already stored.
            std::optional<std::pair<Uuid, Date>> previous;
            for (std::size_t j = k; j-- > 0 && !previous;)
                if (drafts[j].assessment.id == a.previousAssessmentId)
                    previous = std::pair{drafts[j].assessment.personId, drafts[j].assessment.assessedOn};
            if (!previous) {
                auto stored = store.load(a.previousAssessmentId);
                if (!stored)
                    return std::unexpected(stored.error());
                if (!*stored)
                    return fail(ErrorCode::Validation, "no such assessment", "previous");
                previous = std::pair{(*stored)->personId, (*stored)->assessedOn};
            }
            if (previous->first != a.personId)
                return fail(ErrorCode::Validation, "is another person's assessment", "previous");
            if (a.assessedOn < previous->second)
                return fail(ErrorCode::Validation, "is before the previous assessment", "assessed_on");
            ++reassessments;
        }
        // The template's order, whatever order the ratings came in.
        const auto& domains = tmpl->second.domains;
        std::stable_sort(a.ratings.begin(), a.ratings.end(), [&](const DomainRating& x, const DomainRating& y) {
            auto pos = [&](const std::string& code) {
                return std::find_if(domains.begin(), domains.end(),
                                    [&](const TemplateDomain& d) { return d.code == code; }) -
                       domains.begin();
            };
            return pos(x.domain) < pos(y.domain);
        });
        const auto at =
            std::chrono::sys_days{std::chrono::days{a.assessedOn.daysSinceEpoch()}} + std::chrono::hours{15};
        a.id = Uuid::v7(std::chrono::system_clock::time_point(at));
        if (a.createdAt.empty())
            a.createdAt = formatUtcMillis(std::chrono::system_clock::time_point(at));
        if (auto st = store.insert(a, changes); !st)
            return std::unexpected(st.error());
        Date& clock = it->second.second;
        if (clock.isNull() || a.assessedOn < clock)
            clock = a.assessedOn;
    }
    // Each referral's assessment clock stops at its first assessment.
    for (const Uuid& id : order) {
        auto& [before, first] = touched.at(id);
        if (before.assessedOn == first)
            continue;
        Referral after = before;
        after.assessedOn = first;
        if (auto st = referrals.update(before, after, changes); !st)
            return std::unexpected(st.error());
    }
    if (auto st = m_context.audit("assessment.history_added", "assessment", {},
                                  "collection: " + countOf(drafts.size(), "assessments") + ", " +
                                      countOf(reassessments, "reassessments"));
        !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return static_cast<int>(drafts.size());
}

Result<int> DeliveryHistory::addNotes(std::vector<Note>& notes)
{
    if (auto st = m_context.authorise(Action::DemoGenerate, "note"); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    NoteStore store(db);
    const std::int64_t nowMillis =
        std::chrono::duration_cast<std::chrono::milliseconds>(m_context.clock().now().time_since_epoch()).count();
    std::vector<std::int64_t> millis(notes.size());
    for (std::size_t i = 0; i < notes.size(); ++i) {
        Note& n = notes[i];
        n.text = normaliseNoteText(n.text);
        if (auto st = validateNoteText(n.text); !st)
            return std::unexpected(st.error());
        const auto ms = parseUtcSeconds(n.createdAt);
        if (!ms || *ms > nowMillis)
            return fail(ErrorCode::InvalidInput, "a note's time is not a past UTC time", "created_at");
        if (n.personId.isNull() || n.authorId.isNull())
            return fail(ErrorCode::InvalidInput, "a note needs a person and an author", "person");
        millis[i] = *ms;
    }
    // Creation order: a note's rowid is its creation time, and the full-text index takes
    // rows in rising rowid order without starting a new segment for each one.
    std::vector<std::size_t> order(notes.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return millis[a] < millis[b]; });

    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    std::unordered_map<Uuid, Uuid, UuidHash> referralPeople; // checked once each
    std::unordered_set<Uuid, UuidHash> people;
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    for (std::size_t i : order) {
        Note& n = notes[i];
        if (!n.referralId.isNull()) {
            auto it = referralPeople.find(n.referralId);
            if (it == referralPeople.end()) {
                auto person = store.referralPerson(n.referralId);
                if (!person)
                    return std::unexpected(person.error());
                if (!*person)
                    return fail(ErrorCode::NotFound, "no such referral", "referral");
                it = referralPeople.emplace(n.referralId, **person).first;
            }
            if (it->second != n.personId)
                return fail(ErrorCode::InvalidInput, "the referral belongs to another person", "person");
        } else if (!people.contains(n.personId)) {
            auto exists = store.personExists(n.personId);
            if (!exists)
                return std::unexpected(exists.error());
            if (!*exists)
                return fail(ErrorCode::NotFound, "no such person", "person");
            people.insert(n.personId);
        }
        if (n.id.isNull())
            n.id = Uuid::v7(std::chrono::system_clock::time_point{std::chrono::milliseconds{millis[i]}});
        if (auto st = store.insert(n, millis[i], changes); !st)
            return std::unexpected(st.error());
    }
    if (auto st = m_context.audit("note.history_added", "note", {}, "collection: " + countOf(notes.size(), "notes"));
        !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return static_cast<int>(notes.size());
}

} // namespace waymark
