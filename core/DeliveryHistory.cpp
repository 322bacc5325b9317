#include "core/DeliveryHistory.h"

#include "core/DeskContext.h"
#include "core/Users.h"
#include "core/store/ChangeLog.h"
#include "core/store/Database.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "core/store/TaskStore.h"

#include <chrono>
#include <string>

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

} // namespace waymark
