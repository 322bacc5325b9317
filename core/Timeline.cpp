// casebook.timeline(): a person's timeline in pages, and the person page's header. Reads
// through core/store (TimelineStore, ReferralStore, TaskStore); audits one consultation per
// page naming how many rows were shown, never what they say.

#include "core/Timeline.h"

#include "core/DeskContext.h"
#include "core/Users.h"
#include "core/calendar/WorkingCalendar.h"
#include "core/store/Database.h"
#include "core/store/MetaStore.h"
#include "core/store/ReferralStore.h"
#include "core/store/TaskStore.h"
#include "core/store/TimelineStore.h"
#include "core/store/UserStore.h"

#include <algorithm>
#include <charconv>
#include <map>

namespace waymark {

namespace {

constexpr std::string_view kKinds[] = {"referral", "decision", "assessment", "plan",
                                       "session",  "note",     "task",       "outcome"};
// Greater than any `at` ('YYYY-...'): no upper bound.
constexpr std::string_view kNoUpperBound = "~";

} // namespace

std::span<const std::string_view> timelineKinds()
{
    return kKinds;
}

Action timelineKindAction(std::string_view kind)
{
    if (kind == "referral" || kind == "decision")
        return Action::ReferralView;
    if (kind == "assessment")
        return Action::AssessmentView;
    if (kind == "plan")
        return Action::PlanView;
    if (kind == "session")
        return Action::SessionView;
    if (kind == "note")
        return Action::NoteView;
    if (kind == "outcome")
        return Action::OutcomeView;
    return Action::TaskView;
}

std::string TimelineCursor::toString() const
{
    return at + "/" + std::to_string(skip);
}

std::optional<TimelineCursor> TimelineCursor::parse(std::string_view text)
{
    const auto slash = text.rfind('/');
    if (slash == std::string_view::npos || slash == 0)
        return std::nullopt;
    TimelineCursor c;
    c.at = std::string(text.substr(0, slash));
    const std::string_view n = text.substr(slash + 1);
    const auto [ptr, ec] = std::from_chars(n.data(), n.data() + n.size(), c.skip);
    if (ec != std::errc{} || ptr != n.data() + n.size() || c.skip < 0)
        return std::nullopt;
    // Only the characters a time carries (no way to smuggle anything into the bounds).
    for (char ch : c.at)
        if (!((ch >= '0' && ch <= '9') || ch == '-' || ch == ':' || ch == 'T' || ch == 'Z' || ch == '.'))
            return std::nullopt;
    return c;
}

std::vector<std::string> Timeline::visibleKinds() const
{
    std::vector<std::string> out;
    for (std::string_view k : kKinds)
        if (m_context.can(timelineKindAction(k)))
            out.emplace_back(k);
    return out;
}

Result<TimelinePage> Timeline::page(const TimelineQuery& query)
{
    if (auto st = m_context.authorise(Action::PersonView, "person", query.personId); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayRead(query.personId); !st)
        return std::unexpected(st.error());
    if (!query.from.isNull() && !query.to.isNull() && query.to < query.from)
        return fail(ErrorCode::InvalidInput, "the date range ends before it starts", "to");
    TimelinePage page;
    for (const std::string& k : visibleKinds())
        if (query.kinds.empty() || std::find(query.kinds.begin(), query.kinds.end(), k) != query.kinds.end())
            page.kinds.push_back(k);
    for (const std::string& k : query.kinds)
        if (std::find(std::begin(kKinds), std::end(kKinds), k) == std::end(kKinds))
            return fail(ErrorCode::InvalidInput, "unknown timeline kind", "kind");

    const int limit = std::clamp(query.limit, 1, 500);
    // Upper bound: the day after `to`, or the cursor's time itself (inclusive: "\x01" sorts
    // before every character a longer time has), whichever is earlier.
    std::string before(kNoUpperBound);
    if (!query.to.isNull())
        before = query.to.addDays(1).toIso();
    int skip = 0;
    if (query.before) {
        std::string cursorBound = query.before->at + '\x01';
        if (cursorBound < before) {
            before = std::move(cursorBound);
            skip = query.before->skip;
        }
    }
    const std::string from = query.from.isNull() ? std::string() : query.from.toIso();

    Database& db = m_context.database();
    std::vector<TimelineRow> rows;
    if (!page.kinds.empty()) {
        auto read = TimelineStore(db).read(query.personId, page.kinds, before, from, skip + limit + 1);
        if (!read)
            return std::unexpected(read.error());
        rows = std::move(*read);
    }
    const bool more = static_cast<int>(rows.size()) > skip + limit;
    const std::size_t first = std::min(rows.size(), static_cast<std::size_t>(skip));
    const std::size_t last = std::min(rows.size(), first + static_cast<std::size_t>(limit));

    std::map<Uuid, std::string> names;
    if (last > first) {
        auto users = UserStore(db).list();
        if (!users)
            return std::unexpected(users.error());
        for (const UserInfo& u : *users)
            names[u.id] = u.displayName.empty() ? u.username : u.displayName;
    }
    const Uuid me = m_context.user().id;
    const bool readsSensitive = m_context.can(Action::NoteViewSensitive);
    for (std::size_t i = first; i < last; ++i) {
        TimelineRow& r = rows[i];
        TimelineEvent e;
        e.kind = std::move(r.kind);
        e.at = std::move(r.at);
        e.recordId = r.recordId;
        e.referralId = r.referralId;
        e.title = std::move(r.title);
        e.authorId = r.authorId;
        if (auto it = names.find(r.authorId); it != names.end())
            e.authorName = it->second;
        e.sensitive = r.sensitive;
        e.detailHidden = r.sensitive && r.authorId != me && !readsSensitive;
        if (!e.detailHidden)
            e.detail = std::move(r.detail);
        page.rows.push_back(std::move(e));
    }
    if (more && !page.rows.empty()) {
        TimelineCursor next;
        next.at = page.rows.back().at;
        // Rows at that same time already shown: on this page, and on earlier ones when this
        // whole page shared the cursor's time.
        for (const auto& e : page.rows)
            if (e.at == next.at)
                ++next.skip;
        if (query.before && query.before->at == next.at && skip == query.before->skip)
            next.skip += skip;
        page.next = std::move(next);
    }
    if (auto st = m_context.auditConsultation("timeline.viewed", "person", query.personId,
                                              std::string(query.before ? "next page, " : "first page, ") +
                                                  std::to_string(page.rows.size()) + " shown");
        !st)
        return std::unexpected(st.error());
    return page;
}

Result<PersonHeader> Timeline::header(const Uuid& personId)
{
    if (auto st = m_context.authorise(Action::ReferralView, "person", personId); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayRead(personId); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    const Date today = m_context.clock().today();
    PersonHeader h;
    ReferralListQuery q;
    q.personId = personId;
    q.sort = ReferralSort::Received;
    q.limit = 1000;
    ReferralStore referrals(db);
    auto list = referrals.list(q, today);
    if (!list)
        return std::unexpected(list.error());
    h.referrals = static_cast<int>(list->rows.size());
    for (const auto& s : list->rows)
        if (isOpenState(s.state)) {
            h.current = s;
            break;
        }
    if (!h.current && !list->rows.empty())
        h.current = list->rows.front();
    if (h.current) {
        auto loaded = referrals.load(h.current->id);
        if (!loaded)
            return std::unexpected(loaded.error());
        if (*loaded) {
            const Referral& r = **loaded;
            auto calendarSettings = m_context.calendarSettings();
            if (!calendarSettings)
                return std::unexpected(calendarSettings.error());
            const WorkingCalendar calendar(*calendarSettings);
            h.decisionClock = clockStatus(calendar, r.received, r.decisionDue, r.decisionDate, today);
            h.contactClock = clockStatus(calendar, r.received, r.firstContactDue, r.firstContact, today);
            auto running = TaskStore(db).assessmentClockRunning(r.id);
            if (!running)
                return std::unexpected(running.error());
            h.assessmentRunning = *running;
            h.assessmentClock = clockStatus(calendar, r.received, r.assessmentDue, r.assessedOn, today);
            h.decision = r.decision;
            auto limits = MetaStore(db).withPrefix("time_limits.");
            if (!limits)
                return std::unexpected(limits.error());
            auto parsed = timeLimitsFromSettings(*limits);
            if (!parsed)
                return std::unexpected(parsed.error());
            h.repeatTrigger = isRepeatTrigger(r.repeatOrdinal, *parsed);
        }
    }
    if (m_context.can(Action::TaskView)) {
        TaskStore tasks(db);
        TaskQuery tq;
        tq.personId = personId;
        tq.when = TaskWhen::Open;
        auto open = tasks.count(tq, std::nullopt, today);
        tq.when = TaskWhen::Overdue;
        auto overdue = tasks.count(tq, std::nullopt, today);
        if (!open || !overdue)
            return std::unexpected(!open ? open.error() : overdue.error());
        h.openTasks = *open;
        h.overdueTasks = *overdue;
    }
    if (auto st = m_context.auditConsultation("person.header_viewed", "person", personId, "consultation"); !st)
        return std::unexpected(st.error());
    return h;
}

} // namespace waymark
