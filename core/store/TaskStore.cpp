#include "core/store/TaskStore.h"

#include "core/domain/Person.h"
#include "core/store/ChangeLog.h"
#include "core/store/Columns.h"
#include "core/store/Database.h"
#include "core/store/Visibility.h"

#include <algorithm>

namespace waymark {

namespace {

using columns::Column;
using columns::field;
using columns::Index;
using columns::Info;
using columns::Kind;
using columns::NamedRow;
using columns::Table;
using columns::Value;

constexpr int kSince = 12;

template <class R, auto Ref> Column<R> col(std::string_view name, Kind kind, bool required = false)
{
    Info i;
    i.name = name;
    i.kind = kind;
    i.required = required;
    i.since = kSince;
    return field<R, Ref>(i);
}

Index index(std::string_view name, std::string_view on)
{
    Index i;
    i.name = name;
    i.on = on;
    i.since = kSince;
    return i;
}

// The tasks table: every field of core/domain/Task.h (updatedHlc is the table's own).
const Table<Task>& taskTable()
{
    static const Table<Task> table = [] {
        using T = Task;
        Table<T> t;
        t.name = "tasks";
        t.id = [](const T& r) { return r.id; };
        t.setId = [](T& r, const Uuid& id) { r.id = id; };
        t.setHlc = [](T& r, std::string hlc) { r.updatedHlc = std::move(hlc); };
        t.columns = {
            col<T, &T::personId>("person_id", Kind::Uuid, true), col<T, &T::referralId>("referral_id", Kind::Uuid),
            col<T, &T::title>("title", Kind::Text, true),        col<T, &T::due>("due", Kind::Date, true),
            col<T, &T::owner>("owner_id", Kind::Uuid),           col<T, &T::doneAt>("done_at", Kind::Text),
            col<T, &T::doneBy>("done_by", Kind::Uuid),           col<T, &T::source>("source", Kind::Code, true),
            col<T, &T::createdBy>("created_by", Kind::Uuid),     col<T, &T::createdAt>("created_at", Kind::Text, true),
        };
        t.indexes = {
            // My work: a worker's open tasks in due order (done_at IS NULL is an equality here).
            index("tasks_owner", "owner_id, done_at, due"),
            // The person's timeline and the person's task list.
            index("tasks_person", "person_id, due"),
            index("tasks_referral", "referral_id"),
        };
        return t;
    }();
    return table;
}

// --- the clocks that make tasks -------------------------------------------------------------

// The assessment clock as the assessments store keeps it: it runs while the referral is
// accepted, active or reopened and no assessment is recorded (the first assessment sets
// referrals.assessed_on). Written as the condition of the referrals_assessment_due index, so
// that index serves My work.
std::string assessmentClockCondition()
{
    return "r.state IN ('accepted', 'active', 'reopened') AND r.assessed_on IS NULL AND r.assessment_due IS NOT NULL";
}

// A plan's review is due while its referral is being worked.
constexpr std::string_view kReviewStates = "r.state IN ('accepted', 'active', 'reopened')";

const std::vector<TimelineSource>& sources()
{
    static const std::string stored =
        "SELECT t.due AS at, t.id AS record_id, t.referral_id, "
        "CASE WHEN t.done_at IS NULL THEN 'open' ELSE 'done' END AS title, t.title AS detail, "
        "coalesce(t.done_by, t.owner_id) AS author_id, 0 AS sensitive FROM tasks t "
        "WHERE t.person_id = ?1 AND t.deleted = 0 AND t.due < ?2 AND t.due >= ?3 ORDER BY t.due DESC LIMIT ?4";
    static const std::string clock =
        "SELECT r.assessment_due AS at, r.id AS record_id, r.id AS referral_id, 'assessment_due' AS title, "
        "r.reference AS detail, r.allocated_to AS author_id, 0 AS sensitive FROM referrals r "
        "WHERE r.person_id = ?1 AND r.deleted = 0 AND " +
        assessmentClockCondition() +
        " AND r.assessment_due < ?2 AND r.assessment_due >= ?3 ORDER BY r.assessment_due DESC LIMIT ?4";
    static const std::string review =
        "SELECT pl.review_date AS at, pl.id AS record_id, pl.referral_id AS referral_id, 'review_due' AS title, "
        "r.reference AS detail, r.allocated_to AS author_id, 0 AS sensitive FROM plans pl "
        "JOIN referrals r ON r.id = pl.referral_id WHERE pl.person_id = ?1 AND pl.deleted = 0 AND r.deleted = 0 AND "
        "pl.review_date IS NOT NULL AND " +
        std::string(kReviewStates) +
        " AND pl.review_date < ?2 AND pl.review_date >= ?3 ORDER BY pl.review_date DESC LIMIT ?4";
    static const std::vector<TimelineSource> out = {{"task", stored}, {"task", clock}, {"task", review}};
    return out;
}

// A query's conditions and values, in order (one per arm of the union).
struct Where
{
    std::string sql;
    std::vector<std::pair<Kind, Value>> values;
    void add(std::string_view condition)
    {
        sql += sql.empty() ? " WHERE " : " AND ";
        sql += condition;
    }
    void add(std::string_view condition, Kind kind, Value v)
    {
        add(condition);
        values.emplace_back(kind, std::move(v));
    }
};

// A clock that makes tasks: where its rows are, when each is due, and what it belongs to.
struct ClockArm
{
    std::string_view source; // the task source code
    std::string_view from;   // FROM and JOINs, with the referral as r and the person as p
    std::string_view due;    // the due-date column
    std::string_view person;
    std::string_view referral;
    std::string condition; // while the clock runs
};

ClockArm followUpArm(std::string_view source, std::string_view due, std::string_view check)
{
    return {source,
            "FROM closures c JOIN referrals r ON r.id = c.referral_id JOIN people p ON p.id = r.person_id "
            "LEFT JOIN users u ON u.id = r.allocated_to",
            due,
            "c.person_id",
            "c.referral_id",
            "c.deleted = 0 AND r.deleted = 0 AND c.state = 'approved' AND c.reopened_at IS NULL AND r.state = "
            "'closed' AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.closure_id = c.id AND f.check_code = '" +
                std::string(check) + "' AND f.deleted = 0)"};
}

const std::vector<ClockArm>& clockArms()
{
    static const std::vector<ClockArm> arms = {
        {"assessment_due",
         "FROM referrals r JOIN people p ON p.id = r.person_id LEFT JOIN users u ON u.id = r.allocated_to",
         "r.assessment_due", "r.person_id", "r.id", "r.deleted = 0 AND " + assessmentClockCondition()},
        // A plan's next review, while its referral is being worked (the review moves the date on).
        {"review_due",
         "FROM plans pl JOIN referrals r ON r.id = pl.referral_id JOIN people p ON p.id = r.person_id "
         "LEFT JOIN users u ON u.id = r.allocated_to",
         "pl.review_date", "pl.person_id", "pl.referral_id",
         "pl.deleted = 0 AND r.deleted = 0 AND pl.review_date IS NOT NULL AND " + std::string(kReviewStates)},
        // The checks 3, 6 and 12 months after closure, while the referral stays closed and no
        // follow-up record answers the check (core/domain/Outcome.h).
        followUpArm("follow_up_3m", "c.follow_up_3m", "3m"),
        followUpArm("follow_up_6m", "c.follow_up_6m", "6m"),
        followUpArm("follow_up_12m", "c.follow_up_12m", "12m"),
    };
    return arms;
}

struct Arms
{
    Where stored;
    std::vector<Where> clocks; // one per clockArms(), when the query includes clock tasks
};

Arms conditions(const TaskQuery& q, const std::optional<Uuid>& owner, Date today)
{
    Arms a;
    const std::string t = today.toIso();
    const std::string soon = today.addDays(kTaskDueSoonDays).toIso();
    a.stored.add("t.deleted = 0");
    a.stored.add(visibility::personVisible("t.person_id")); // restricted records (Visibility.h)
    if (owner)
        a.stored.add("t.owner_id = ?", Kind::Uuid, owner->toString());
    if (q.personId)
        a.stored.add("t.person_id = ?", Kind::Uuid, q.personId->toString());
    if (q.referralId)
        a.stored.add("t.referral_id = ?", Kind::Uuid, q.referralId->toString());
    switch (q.when) {
    case TaskWhen::Any:
        break;
    case TaskWhen::Open:
        a.stored.add("t.done_at IS NULL");
        break;
    case TaskWhen::DueOrOverdue:
        a.stored.add("t.done_at IS NULL");
        a.stored.add("t.due <= ?", Kind::Code, soon);
        break;
    case TaskWhen::Due:
        a.stored.add("t.done_at IS NULL");
        a.stored.add("t.due >= ?", Kind::Code, t);
        a.stored.add("t.due <= ?", Kind::Code, soon);
        break;
    case TaskWhen::Overdue:
        a.stored.add("t.done_at IS NULL");
        a.stored.add("t.due < ?", Kind::Code, t);
        break;
    }
    if (!q.includeClock)
        return a;
    for (const ClockArm& arm : clockArms()) {
        Where w;
        const std::string due(arm.due);
        w.add(arm.condition);
        w.add(visibility::personVisible(arm.person));
        if (owner)
            w.add("r.allocated_to = ?", Kind::Uuid, owner->toString());
        if (q.personId)
            w.add(std::string(arm.person) + " = ?", Kind::Uuid, q.personId->toString());
        if (q.referralId)
            w.add(std::string(arm.referral) + " = ?", Kind::Uuid, q.referralId->toString());
        switch (q.when) {
        case TaskWhen::Any:
        case TaskWhen::Open:
            break;
        case TaskWhen::DueOrOverdue:
            w.add(due + " <= ?", Kind::Code, soon);
            break;
        case TaskWhen::Due:
            w.add(due + " >= ?", Kind::Code, t);
            w.add(due + " <= ?", Kind::Code, soon);
            break;
        case TaskWhen::Overdue:
            w.add(due + " < ?", Kind::Code, t);
            break;
        }
        a.clocks.push_back(std::move(w));
    }
    return a;
}

int bindAll(Statement& st, const Arms& a)
{
    int i = 1;
    for (const auto& [kind, v] : a.stored.values)
        columns::bind(st, i++, kind, v);
    for (const Where& w : a.clocks)
        for (const auto& [kind, v] : w.values)
            columns::bind(st, i++, kind, v);
    return i;
}

constexpr std::string_view kStoredColumns =
    "SELECT t.id, t.person_id, t.referral_id, t.title, t.due AS due, t.owner_id, t.done_at, t.done_by, t.source, "
    "t.created_by, t.created_at, t.updated_hlc, p.case_reference AS person_reference, p.given_name, p.family_name, "
    "p.preferred_name, u.display_name AS owner_display, u.username AS owner_username, "
    "rf.reference AS referral_reference FROM tasks t JOIN people p ON p.id = t.person_id "
    "LEFT JOIN users u ON u.id = t.owner_id LEFT JOIN referrals rf ON rf.id = t.referral_id";

std::string clockColumns(const ClockArm& arm)
{
    return "SELECT NULL AS id, " + std::string(arm.person) + " AS person_id, " + std::string(arm.referral) +
           " AS referral_id, '' AS title, " + std::string(arm.due) +
           " AS due, r.allocated_to AS owner_id, NULL AS "
           "done_at, NULL AS done_by, '" +
           std::string(arm.source) +
           "' AS source, NULL AS created_by, r.created_at, r.updated_hlc, p.case_reference AS person_reference, "
           "p.given_name, p.family_name, p.preferred_name, u.display_name AS owner_display, u.username AS "
           "owner_username, r.reference AS referral_reference " +
           std::string(arm.from);
}

TaskSummary readSummary(const NamedRow& row, Date today)
{
    TaskSummary s;
    Task& t = s.task;
    t.id = row.uuid("id");
    t.personId = row.uuid("person_id");
    t.referralId = row.uuid("referral_id");
    t.title = row.text("title");
    t.due = row.date("due");
    t.owner = row.uuid("owner_id");
    t.doneAt = row.text("done_at");
    t.doneBy = row.uuid("done_by");
    t.source = row.text("source");
    t.createdBy = row.uuid("created_by");
    t.createdAt = row.text("created_at");
    t.updatedHlc = row.text("updated_hlc");
    s.personReference = row.text("person_reference");
    PersonSummary person;
    person.givenName = row.text("given_name");
    person.familyName = row.text("family_name");
    person.preferredName = row.text("preferred_name");
    s.personName = person.displayName();
    s.ownerName = row.text("owner_display");
    if (s.ownerName.empty())
        s.ownerName = row.text("owner_username");
    s.referralReference = row.text("referral_reference");
    s.overdue = !t.isDone() && !t.due.isNull() && t.due < today;
    return s;
}

} // namespace

std::string TaskStore::createTablesSql(int version)
{
    return columns::createTableSql(taskTable(), version);
}

std::vector<std::string> TaskStore::columnNames()
{
    std::vector<std::string> out;
    for (const auto& i : columns::infos(taskTable()))
        out.emplace_back(i.name);
    return out;
}

Status TaskStore::insert(Task& task, ChangeLog& changes)
{
    if (auto st = columns::insert(m_db, taskTable(), task, changes); !st)
        return st;
    task.updatedHlc = changes.hlc();
    return {};
}

Status TaskStore::update(const Task& before, Task& after, ChangeLog& changes)
{
    if (auto st = columns::update(m_db, taskTable(), before, after, changes); !st)
        return st;
    if (changes.recorded() > 0)
        after.updatedHlc = changes.hlc();
    return {};
}

Result<std::optional<Task>> TaskStore::load(const Uuid& id)
{
    static const std::string sql =
        "SELECT " + columns::selectList(taskTable()) + " FROM tasks WHERE id = ? AND deleted = 0";
    Statement st(m_db, sql, true);
    st.bind(1, id);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Task>{};
    const NamedRow named(st);
    Task t;
    columns::read(taskTable(), named, t);
    st.reset();
    return std::optional<Task>{std::move(t)};
}

Result<std::vector<TaskSummary>> TaskStore::list(const TaskQuery& query, const std::optional<Uuid>& owner, Date today)
{
    const Arms a = conditions(query, owner, today);
    std::string sql = std::string(kStoredColumns) + a.stored.sql;
    for (std::size_t i = 0; i < a.clocks.size(); ++i)
        sql += " UNION ALL " + clockColumns(clockArms()[i]) + a.clocks[i].sql;
    sql += " ORDER BY due, person_reference, referral_reference LIMIT ?";
    Statement st(m_db, sql);
    const int next = bindAll(st, a);
    st.bind(next, std::clamp(query.limit, 1, 1000));
    std::vector<TaskSummary> out;
    const NamedRow named(st);
    if (auto r = st.forEachRow([&] { out.push_back(readSummary(named, today)); }); !r)
        return std::unexpected(r.error());
    return out;
}

Result<std::int64_t> TaskStore::count(const TaskQuery& query, const std::optional<Uuid>& owner, Date today)
{
    const Arms a = conditions(query, owner, today);
    std::string sql = "SELECT (SELECT count(*) FROM tasks t" + a.stored.sql + ")";
    for (std::size_t i = 0; i < a.clocks.size(); ++i)
        sql += " + (SELECT count(*) " + std::string(clockArms()[i].from) + a.clocks[i].sql + ")";
    sql += " AS n";
    Statement st(m_db, sql);
    bindAll(st, a);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    return NamedRow(st).integer("n");
}

Result<Uuid> TaskStore::referralPerson(const Uuid& referralId)
{
    Statement st(m_db, "SELECT person_id FROM referrals WHERE id = ? AND deleted = 0", true);
    st.bind(1, referralId);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    Uuid out;
    if (*row)
        out = NamedRow(st).uuid("person_id");
    st.reset();
    return out;
}

Result<bool> TaskStore::personExists(const Uuid& personId)
{
    Statement st(m_db, "SELECT 1 FROM people WHERE id = ? AND deleted = 0", true);
    st.bind(1, personId);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    const bool found = *row;
    st.reset();
    return found;
}

Result<bool> TaskStore::assessmentClockRunning(const Uuid& referralId)
{
    static const std::string sql =
        "SELECT 1 FROM referrals r WHERE r.id = ? AND r.deleted = 0 AND " + assessmentClockCondition();
    Statement st(m_db, sql, true);
    st.bind(1, referralId);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    const bool running = *row;
    st.reset();
    return running;
}

std::span<const TimelineSource> TaskStore::timelineSources()
{
    return sources();
}

} // namespace waymark
