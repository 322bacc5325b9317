// waymark-cli task add|done|list and timeline: tasks (Tasks desk) and a person's timeline
// (Timeline desk). A task's title is personal free text: it comes from standard input.

#include "app/cli/Command.h"
#include "app/cli/Record.h"
#include "app/cli/ReferralRows.h"
#include "core/Text.h"
#include "core/calendar/TypedDate.h"

#include <algorithm>

namespace waymark::cli {

namespace {

Json idJson(const Uuid& id)
{
    return id.isNull() ? Json() : Json(id.toString());
}

// "(assessment due)", "(review due)", "(follow up 3m)": a clock task's source in words.
std::string clockTaskTitle(const std::string& source)
{
    std::string words = source;
    for (char& c : words)
        if (c == '_')
            c = ' ';
    return "(" + words + ")";
}

const Field<TaskSummary> kTaskFields[] = {
    {"id", "Id", [](const TaskSummary& s) { return idJson(s.task.id); },
     [](const TaskSummary& s) { return std::vector<std::string>{s.task.id.isNull() ? "-" : s.task.id.toString()}; },
     true},
    {"due", "Due", [](const TaskSummary& s) { return dateValue(s.task.due); }, nullptr, true},
    {"status", "Status",
     [](const TaskSummary& s) {
         return Json(s.task.isDone() ? "done" : s.overdue ? "overdue" : "open");
     },
     nullptr, true},
    {"source", "Source", [](const TaskSummary& s) { return Json(s.task.source); }, nullptr, true},
    {"person_reference", "Person", [](const TaskSummary& s) { return Json(s.personReference); }, nullptr, true},
    {"referral_reference", "Referral", [](const TaskSummary& s) { return Json(s.referralReference); },
     [](const TaskSummary& s) {
         return std::vector<std::string>{s.referralReference.empty() ? "-" : s.referralReference};
     },
     true},
    {"owner_name", "Owner", [](const TaskSummary& s) { return Json(s.ownerName); },
     [](const TaskSummary& s) { return std::vector<std::string>{s.ownerName.empty() ? "-" : s.ownerName}; }, true},
    {"title", "Title", [](const TaskSummary& s) { return Json(s.task.title); },
     [](const TaskSummary& s) {
         return std::vector<std::string>{s.task.title.empty() ? clockTaskTitle(s.task.source) : s.task.title};
     },
     true},
    {"person_id", "", [](const TaskSummary& s) { return idJson(s.task.personId); }},
    {"referral_id", "", [](const TaskSummary& s) { return idJson(s.task.referralId); }},
    {"owner", "", [](const TaskSummary& s) { return idJson(s.task.owner); }},
    {"done_at", "", [](const TaskSummary& s) { return s.task.doneAt.empty() ? Json() : Json(s.task.doneAt); }},
    {"overdue", "", [](const TaskSummary& s) { return Json(s.overdue); }},
};

Json taskJson(const Task& t)
{
    Json o = Json::object();
    o.set("id", idJson(t.id));
    o.set("person_id", idJson(t.personId));
    o.set("referral_id", idJson(t.referralId));
    o.set("title", t.title);
    o.set("due", dateValue(t.due));
    o.set("owner", idJson(t.owner));
    o.set("done_at", t.doneAt.empty() ? Json() : Json(t.doneAt));
    o.set("done_by", idJson(t.doneBy));
    o.set("source", t.source);
    return o;
}

Result<Uuid> referralIdByRef(Casebook& casebook, std::string_view ref)
{
    if (auto id = Uuid::parse(ref))
        return *id;
    auto r = casebook.referrals().viewByReference(ref);
    if (!r)
        return std::unexpected(r.error());
    return r->id;
}

// ---- task add ---------------------------------------------------------------------------

class TaskAddCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "task add"; }
    std::string help() const override
    {
        return helpEntry("task add PERSON-REF --due DATE [--referral REF] [--owner USER]",
                         "a task for the person, its title on the first line of standard input\n"
                         "(owner: yourself unless given); prints its id");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context& ctx, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, "task add needs one person case reference or id");
        auto due = args.value("due");
        if (!due)
            return fail(ErrorCode::InvalidInput, "task add needs --due DATE", "due");
        auto date = parseTypedDate(*due, "due");
        if (!date)
            return std::unexpected(date.error());
        m_draft = Task{};
        m_draft.due = *date;
        auto lines = ctx.remainingStdinLines();
        if (!lines)
            return std::unexpected(lines.error());
        for (const auto& line : *lines)
            if (!waymark::text::trim(line).empty()) {
                m_draft.title = waymark::text::trim(line);
                break;
            }
        if (m_draft.title.empty())
            return fail(ErrorCode::InvalidInput, "task add reads the task's title from standard input", "title");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto person = personByRef(casebook, args.positionals.front());
        if (!person)
            return ctx.fail(person.error());
        m_draft.personId = person->id;
        if (auto ref = args.value("referral")) {
            auto id = referralIdByRef(casebook, *ref);
            if (!id)
                return ctx.fail(id.error());
            m_draft.referralId = *id;
        }
        if (auto owner = args.value("owner")) {
            auto workers = casebook.tasks().workers();
            if (!workers)
                return ctx.fail(workers.error());
            const auto it = std::find_if(workers->begin(), workers->end(), [&](const UserInfo& u) {
                return u.username == *owner || u.id.toString() == *owner;
            });
            if (it == workers->end())
                return ctx.fail(ErrorCode::NotFound, "no active caseworker or coordinator with that user name",
                                "owner");
            m_draft.owner = it->id;
        }
        auto added = casebook.tasks().add(std::move(m_draft));
        if (!added)
            return ctx.fail(added.error());
        return ctx.done(taskJson(*added), added->id.toString());
    }

private:
    static constexpr OptionSpec kSpecs[] = {
        {"due", OptionSpec::Value},
        {"referral", OptionSpec::Value},
        {"owner", OptionSpec::Value},
    };
    Task m_draft;
};

// ---- task done --------------------------------------------------------------------------

class TaskDoneCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "task done"; }
    std::string help() const override
    {
        return helpEntry("task done TASK-ID [--undo]", "marks the task done (--undo: open again)");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, "task done needs one task id");
        auto id = Uuid::parse(args.positionals.front());
        if (!id)
            return fail(ErrorCode::InvalidInput, "not a task id", "task");
        m_id = *id;
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto changed = args.has("undo") ? casebook.tasks().reopen(m_id) : casebook.tasks().complete(m_id);
        if (!changed)
            return ctx.fail(changed.error());
        return ctx.done(taskJson(*changed), changed->isDone() ? "done" : "open");
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"undo", OptionSpec::Flag}};
    Uuid m_id;
};

// ---- task list --------------------------------------------------------------------------

constexpr Choice<TaskWhen> kWhen[] = {
    {"open", TaskWhen::Open},       {"due", TaskWhen::Due},
    {"overdue", TaskWhen::Overdue}, {"due-or-overdue", TaskWhen::DueOrOverdue},
    {"any", TaskWhen::Any},
};

class TaskListCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "task list"; }
    std::string help() const override
    {
        return helpEntry("task list [--user USER | --all] [--person REF] [--referral REF]\n"
                         "       [--when " +
                             choiceBar<TaskWhen>(kWhen) + "] [--limit N]",
                         "tasks, earliest due first, clock tasks (assessment due) included; yours\n"
                         "unless --user, --all, --person or --referral (default --when open)");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (!args.positionals.empty())
            return fail(ErrorCode::InvalidInput, "task list takes options only");
        m_query = TaskQuery{};
        if (auto when = args.value("when")) {
            auto w = choose<TaskWhen>(kWhen, *when, "--when value", "when");
            if (!w)
                return std::unexpected(w.error());
            m_query.when = *w;
        }
        if (auto limit = args.value("limit")) {
            auto n = parseCount(*limit, "limit");
            if (!n)
                return std::unexpected(n.error());
            m_query.limit = static_cast<int>(std::min<long long>(*n, 1000));
        }
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        if (auto person = args.value("person")) {
            auto p = personByRef(casebook, *person);
            if (!p)
                return ctx.fail(p.error());
            m_query.personId = p->id;
        }
        if (auto ref = args.value("referral")) {
            auto id = referralIdByRef(casebook, *ref);
            if (!id)
                return ctx.fail(id.error());
            m_query.referralId = *id;
        }
        if (auto user = args.value("user")) {
            auto id = userIdFromName(casebook, *user);
            if (!id)
                return ctx.fail(id.error());
            m_query.owner = *id;
        }
        m_query.mine = !m_query.owner && !m_query.personId && !m_query.referralId && !args.has("all");
        auto rows = casebook.tasks().list(m_query);
        if (!rows)
            return ctx.fail(rows.error());
        RecordList<TaskSummary> list;
        for (const auto& row : *rows)
            list.add(kTaskFields, row);
        const std::string text =
            rows->empty() ? std::string("no tasks\n") : recordTable<TaskSummary>(kTaskFields, *rows);
        return ctx.done(list.json, text);
    }

private:
    static constexpr OptionSpec kSpecs[] = {
        {"user", OptionSpec::Value},     {"all", OptionSpec::Flag},   {"person", OptionSpec::Value},
        {"referral", OptionSpec::Value}, {"when", OptionSpec::Value}, {"limit", OptionSpec::Value},
    };
    TaskQuery m_query;
};

// ---- timeline ---------------------------------------------------------------------------

const Field<TimelineEvent> kEventFields[] = {
    {"at", "At", [](const TimelineEvent& e) { return Json(e.at); }, nullptr, true},
    {"kind", "Kind", [](const TimelineEvent& e) { return Json(e.kind); }, nullptr, true},
    {"title", "What", [](const TimelineEvent& e) { return Json(e.title); }, nullptr, true},
    {"detail", "Detail", [](const TimelineEvent& e) { return Json(e.detail); },
     [](const TimelineEvent& e) {
         return std::vector<std::string>{e.detailHidden ? "(sensitive)" : e.detail.empty() ? "-" : e.detail};
     },
     true},
    {"author_name", "By", [](const TimelineEvent& e) { return Json(e.authorName); },
     [](const TimelineEvent& e) { return std::vector<std::string>{e.authorName.empty() ? "-" : e.authorName}; }, true},
    {"record_id", "", [](const TimelineEvent& e) { return idJson(e.recordId); }},
    {"referral_id", "", [](const TimelineEvent& e) { return idJson(e.referralId); }},
    {"author_id", "", [](const TimelineEvent& e) { return idJson(e.authorId); }},
    {"sensitive", "", [](const TimelineEvent& e) { return Json(e.sensitive); }},
    {"detail_hidden", "", [](const TimelineEvent& e) { return Json(e.detailHidden); }},
};

class TimelineCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "timeline"; }
    std::string help() const override
    {
        std::vector<std::string_view> kinds(timelineKinds().begin(), timelineKinds().end());
        return helpEntry("timeline PERSON-REF [--kind K]... [--from DATE] [--to DATE] [--limit N]\n"
                         "       [--before CURSOR]",
                         "the person's timeline, newest first (kinds: " + joinWords(kinds, " and ") +
                             ");\n"
                             "prints where the next page starts on standard error");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, "timeline needs one person case reference or id");
        m_query = TimelineQuery{};
        for (const auto& k : args.values("kind")) {
            const auto kinds = timelineKinds();
            if (std::find(kinds.begin(), kinds.end(), k) == kinds.end()) {
                std::vector<std::string_view> names(kinds.begin(), kinds.end());
                return fail(ErrorCode::InvalidInput, "unknown kind (expected " + joinWords(names) + ")", "kind");
            }
            m_query.kinds.push_back(k);
        }
        for (auto [option, member] : {std::pair{"from", &TimelineQuery::from}, std::pair{"to", &TimelineQuery::to}}) {
            if (auto text = args.value(option)) {
                auto d = parseTypedDate(*text, option);
                if (!d)
                    return std::unexpected(d.error());
                m_query.*member = *d;
            }
        }
        if (auto limit = args.value("limit")) {
            auto n = parseCount(*limit, "limit");
            if (!n || *n < 1 || *n > 500)
                return fail(ErrorCode::InvalidInput, "--limit takes 1 to 500", "limit");
            m_query.limit = static_cast<int>(*n);
        }
        if (auto before = args.value("before")) {
            auto c = TimelineCursor::parse(*before);
            if (!c)
                return fail(ErrorCode::InvalidInput, "--before takes a cursor as printed by a previous page", "before");
            m_query.before = *c;
        }
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto person = personByRef(casebook, args.positionals.front());
        if (!person)
            return ctx.fail(person.error());
        m_query.personId = person->id;
        auto page = casebook.timeline().page(m_query);
        if (!page)
            return ctx.fail(page.error());
        RecordList<TimelineEvent> list;
        for (const auto& e : page->rows)
            list.add(kEventFields, e);
        if (page->next)
            ctx.warn("more events: --before " + page->next->toString());
        const std::string text =
            page->rows.empty() ? std::string("no events\n") : recordTable<TimelineEvent>(kEventFields, page->rows);
        return ctx.done(list.json, text);
    }

private:
    static constexpr OptionSpec kSpecs[] = {
        {"kind", OptionSpec::Repeated}, {"from", OptionSpec::Value},   {"to", OptionSpec::Value},
        {"limit", OptionSpec::Value},   {"before", OptionSpec::Value},
    };
    TimelineQuery m_query;
};

} // namespace

void addTaskCommands(CommandList& list)
{
    list.push_back(std::make_unique<TaskAddCommand>());
    list.push_back(std::make_unique<TaskDoneCommand>());
    list.push_back(std::make_unique<TaskListCommand>());
    list.push_back(std::make_unique<TimelineCommand>());
}

} // namespace waymark::cli
