// casebook.tasks(): the Tasks desk. Each method authorises, validates (core/domain/Task.h),
// writes through core/store/TaskStore with change-log rows, and audits, through its
// DeskContext. Audit details never carry a task's title.

#include "core/Tasks.h"

#include "core/DeskContext.h"
#include "core/Users.h"
#include "core/store/ChangeLog.h"
#include "core/store/Database.h"
#include "core/store/TaskStore.h"
#include "core/store/UserStore.h"

#include <algorithm>

namespace waymark {

namespace {

Error validation(std::string detail, std::string field, std::string rule)
{
    Error e = Error::make(ErrorCode::Validation, std::move(detail), std::move(field));
    e.rule = std::move(rule);
    return e;
}

} // namespace

Status Tasks::checkWorker(const Uuid& worker)
{
    auto users = UserStore(m_context.database()).list();
    if (!users)
        return std::unexpected(users.error());
    const auto it = std::find_if(users->begin(), users->end(), [&](const UserInfo& u) { return u.id == worker; });
    if (it == users->end() || !it->active)
        return std::unexpected(validation("is not an active user", "owner", "unknown_user"));
    if (it->role != Role::Caseworker && it->role != Role::Coordinator)
        return std::unexpected(validation("is not a caseworker or coordinator", "owner", "not_a_worker"));
    return {};
}

Result<Task> Tasks::add(Task draft)
{
    if (auto st = m_context.authorise(Action::TaskManage, "task"); !st)
        return std::unexpected(st.error());
    draft.source = "manual";
    normaliseTask(draft);
    if (auto st = validateTask(draft); !st)
        return std::unexpected(st.error());
    if (draft.owner.isNull())
        draft.owner = m_context.user().id;
    if (auto st = checkWorker(draft.owner); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    TaskStore store(db);
    auto exists = store.personExists(draft.personId);
    if (!exists)
        return std::unexpected(exists.error());
    if (!*exists)
        return fail(ErrorCode::NotFound, "no such person", "person");
    if (auto st = m_context.mayWrite(draft.personId, "task"); !st)
        return std::unexpected(st.error());
    if (!draft.referralId.isNull()) {
        auto person = store.referralPerson(draft.referralId);
        if (!person)
            return std::unexpected(person.error());
        if (person->isNull())
            return fail(ErrorCode::NotFound, "no such referral", "referral");
        if (*person != draft.personId)
            return std::unexpected(validation("is another person's referral", "referral", "other_person"));
    }
    draft.id = Uuid::v7(m_context.clock().now());
    draft.doneAt.clear();
    draft.doneBy = {};
    draft.createdBy = m_context.user().id;
    draft.createdAt = formatUtcMillis(m_context.clock().now());
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    if (auto st = store.insert(draft, changes); !st)
        return std::unexpected(st.error());
    const bool forOther = draft.owner != m_context.user().id;
    if (auto st = m_context.audit("task.created", "task", draft.id,
                                  forOther ? "collection: task for another worker" : "collection: task");
        !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return draft;
}

Result<Task> Tasks::change(const Uuid& id, std::string_view what, const std::optional<Uuid>& newOwner)
{
    if (auto st = m_context.authorise(Action::TaskManage, "task", id); !st)
        return std::unexpected(st.error());
    if (id.isNull())
        return std::unexpected(validation("a clock task is done by doing its work, not by hand", "task", "clock_task"));
    if (auto st = m_context.mayWriteRecord("tasks", id, "task"); !st)
        return std::unexpected(st.error());
    if (newOwner) {
        if (newOwner->isNull())
            return std::unexpected(validation("is required", "owner", "required"));
        if (auto st = checkWorker(*newOwner); !st)
            return std::unexpected(st.error());
    }
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    TaskStore store(db);
    auto loaded = store.load(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such task");
    const Task& before = **loaded;
    const UserInfo& me = m_context.user();
    if (me.role != Role::Coordinator && before.owner != me.id && before.createdBy != me.id) {
        // The role allows managing tasks, but not somebody else's: refused and audited.
        if (auto st = m_context.audit("refused", "task", id,
                                      std::string(actionName(Action::TaskManage)) + " (another worker's task)");
            !st)
            return std::unexpected(st.error());
        if (auto st = tx.commit(); !st)
            return std::unexpected(st.error());
        Error e = Error::make(ErrorCode::PermissionDenied, "only the task's owner, its creator or a coordinator may "
                                                           "change it");
        e.rule = "not_owner";
        return std::unexpected(std::move(e));
    }
    Task after = before;
    std::string detail;
    if (what == "done") {
        if (before.isDone())
            return std::unexpected(validation("is already done", "task", "already_done"));
        after.doneAt = formatUtcMillis(m_context.clock().now());
        after.doneBy = me.id;
        detail = "alteration: done";
    } else if (what == "reopened") {
        if (!before.isDone())
            return std::unexpected(validation("is not done", "task", "not_done"));
        after.doneAt.clear();
        after.doneBy = {};
        detail = "alteration: reopened";
    } else {
        if (before.owner == *newOwner)
            return before;
        after.owner = *newOwner;
        detail = "alteration: reassigned";
    }
    ChangeLog changes(db, m_context.nextHlc(), me.id);
    if (auto st = store.update(before, after, changes); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.audit("task." + std::string(what), "task", id, detail); !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return after;
}

Result<Task> Tasks::complete(const Uuid& id)
{
    return change(id, "done", std::nullopt);
}

Result<Task> Tasks::reopen(const Uuid& id)
{
    return change(id, "reopened", std::nullopt);
}

Result<Task> Tasks::reassign(const Uuid& id, const Uuid& owner)
{
    return change(id, "reassigned", owner);
}

Result<std::vector<UserInfo>> Tasks::workers()
{
    if (auto st = m_context.authorise(Action::TaskManage); !st)
        return std::unexpected(st.error());
    auto users = UserStore(m_context.database()).list();
    if (!users)
        return std::unexpected(users.error());
    std::vector<UserInfo> out;
    for (auto& u : *users)
        if (u.active && (u.role == Role::Caseworker || u.role == Role::Coordinator))
            out.push_back(std::move(u));
    std::sort(out.begin(), out.end(), [](const UserInfo& a, const UserInfo& b) {
        const auto& an = a.displayName.empty() ? a.username : a.displayName;
        const auto& bn = b.displayName.empty() ? b.username : b.displayName;
        return an < bn;
    });
    return out;
}

Result<Task> Tasks::view(const Uuid& id)
{
    if (auto st = m_context.authorise(Action::TaskView, "task", id); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayReadRecord("tasks", id, "task"); !st)
        return std::unexpected(st.error());
    auto loaded = TaskStore(m_context.database()).load(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such task");
    if (auto st = m_context.auditConsultation("task.viewed", "task", id, "consultation"); !st)
        return std::unexpected(st.error());
    return std::move(**loaded);
}

Result<std::vector<TaskSummary>> Tasks::list(const TaskQuery& query)
{
    if (auto st = m_context.authorise(Action::TaskView); !st)
        return std::unexpected(st.error());
    std::optional<Uuid> owner = query.owner;
    if (query.mine)
        owner = m_context.user().id;
    auto rows = TaskStore(m_context.database()).list(query, owner, m_context.clock().today());
    if (!rows)
        return rows;
    const Uuid record = query.personId ? *query.personId : Uuid{};
    if (auto st = m_context.auditConsultation("task.listed", query.personId ? "person" : "task", record,
                                              std::to_string(rows->size()) + " shown");
        !st)
        return std::unexpected(st.error());
    return rows;
}

Result<std::int64_t> Tasks::count(const TaskQuery& query)
{
    if (auto st = m_context.authorise(Action::TaskView); !st)
        return std::unexpected(st.error());
    std::optional<Uuid> owner = query.owner;
    if (query.mine)
        owner = m_context.user().id;
    return TaskStore(m_context.database()).count(query, owner, m_context.clock().today());
}

Result<TaskWork> Tasks::myWork(std::optional<Uuid> worker)
{
    if (auto st = m_context.authorise(Action::TaskView); !st)
        return std::unexpected(st.error());
    const Uuid owner = worker.value_or(m_context.user().id);
    TaskStore store(m_context.database());
    TaskWork work;
    work.today = m_context.clock().today();
    TaskQuery q;
    q.when = TaskWhen::DueOrOverdue;
    q.limit = 50;
    auto rows = store.list(q, owner, work.today);
    if (!rows)
        return std::unexpected(rows.error());
    work.rows = std::move(*rows);
    q.when = TaskWhen::Due;
    auto due = store.count(q, owner, work.today);
    q.when = TaskWhen::Overdue;
    auto overdue = store.count(q, owner, work.today);
    if (!due || !overdue)
        return std::unexpected(!due ? due.error() : overdue.error());
    work.due = *due;
    work.overdue = *overdue;
    if (auto st = m_context.auditConsultation("task.my_work", "task", {}, worker ? "one worker's tasks" : "own tasks");
        !st)
        return std::unexpected(st.error());
    return work;
}

} // namespace waymark
