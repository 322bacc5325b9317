#include "core/Sessions.h"

#include "core/DeskContext.h"
#include "core/Referrals.h"
#include "core/Users.h"
#include "core/io/ICalendar.h"
#include "core/store/AtomicFile.h"
#include "core/store/ChangeLog.h"
#include "core/store/Database.h"
#include "core/store/ReferralStore.h"
#include "core/store/Visibility.h"

#include <algorithm>

namespace waymark {

namespace {

Error validation(std::string detail, std::string field, std::string rule)
{
    Error e = Error::make(ErrorCode::Validation, std::move(detail), std::move(field));
    e.rule = std::move(rule);
    return e;
}

std::string countText(std::size_t n, std::string_view one, std::string_view many)
{
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

} // namespace

Status Sessions::mayOpen(const Uuid& sessionId)
{
    // A session with an attendee kept from this user is not listed (SessionStore::list), nor
    // opened by id: NotFound, audited "refused", as for the person's own record.
    auto hidden = visibility::hiddenPersonOf(m_context.database(), sessionId);
    if (!hidden)
        return std::unexpected(hidden.error());
    return *hidden ? m_context.mayRead(**hidden, "session", sessionId) : Status{};
}

Status Sessions::prepare(Session& s)
{
    normaliseSession(s);
    if (s.worker.isNull())
        s.worker = m_context.user().id;
    ReferralStore referrals(m_context.database());
    for (auto& a : s.attendees) {
        if (a.referralId.isNull())
            return std::unexpected(validation("an attendee needs a referral", "referral", "required"));
        auto loaded = referrals.load(a.referralId);
        if (!loaded)
            return std::unexpected(loaded.error());
        if (!*loaded)
            return std::unexpected(validation("is not a referral in this casebook", "referral", "unknown_referral"));
        const Referral& r = **loaded;
        if (a.personId.isNull())
            a.personId = r.personId;
        if (a.personId != r.personId)
            return std::unexpected(validation("is another person's referral", "referral", "not_this_person"));
        if (auto st = m_context.mayWrite(a.personId, "session"); !st)
            return st;
        if (!isOpenState(r.state))
            return std::unexpected(validation("is not open", "referral", "not_open"));
    }
    return validateSession(s, toUtcSeconds(m_context.clock().now()));
}

Status Sessions::applyFirstAttended(const Session& s)
{
    ReferralStore store(m_context.database());
    const Date today = m_context.clock().today();
    for (const auto& a : s.attendees) {
        if (a.attendance != "attended")
            continue;
        auto loaded = store.load(a.referralId);
        if (!loaded)
            return std::unexpected(loaded.error());
        if (!*loaded)
            continue;
        const Referral& r = **loaded;
        if (r.state == ReferralState::Accepted || r.state == ReferralState::Reopened) {
            if (auto st = m_referrals.step(r.id, ReferralStep::Activate, {}, {}); !st)
                return std::unexpected(st.error());
        }
        const bool contacting = r.state == ReferralState::Accepted || r.state == ReferralState::Reopened ||
                                r.state == ReferralState::Active;
        const Date day = utcToLondon(s.start).date;
        if (contacting && r.firstContact.isNull() && day >= r.received && day <= today) {
            if (auto st = m_referrals.recordFirstContact(r.id, day); !st)
                return std::unexpected(st.error());
        }
    }
    return {};
}

Result<Session> Sessions::save(const std::optional<Session>& before, Session after)
{
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    if (auto st = prepare(after); !st)
        return std::unexpected(st.error());
    SessionStore store(db);
    {
        ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
        if (before) {
            if (auto st = store.update(*before, after, changes); !st)
                return std::unexpected(st.error());
        } else {
            if (auto st = store.insert(after, changes); !st)
                return std::unexpected(st.error());
        }
        const std::string detail = (before ? "alteration: " : "collection: ") + after.type + ", " +
                                   countText(after.attendees.size(), "attendee", "attendees");
        if (before && changes.recorded() == 0) {
            // Nothing changed: no audit row, no rule to apply.
        } else if (auto st =
                       m_context.audit(before ? "session.updated" : "session.created", "session", after.id, detail);
                   !st) {
            return std::unexpected(st.error());
        }
    }
    if (auto st = applyFirstAttended(after); !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    // Read back: attendee names and references are filled by the store.
    auto loaded = store.load(after.id);
    if (loaded && *loaded)
        return std::move(**loaded);
    return after;
}

Result<Session> Sessions::add(Session draft)
{
    if (auto st = m_context.authorise(Action::SessionRecord, "session"); !st)
        return std::unexpected(st.error());
    draft.id = Uuid::v7(m_context.clock().now());
    draft.createdAt = formatUtcMillis(m_context.clock().now());
    draft.updatedHlc.clear();
    for (auto& a : draft.attendees)
        a.id = {};
    return save(std::nullopt, std::move(draft));
}

Result<Session> Sessions::update(Session edited)
{
    if (auto st = m_context.authorise(Action::SessionRecord, "session", edited.id); !st)
        return std::unexpected(st.error());
    if (auto st = mayOpen(edited.id); !st)
        return std::unexpected(st.error());
    auto loaded = SessionStore(m_context.database()).load(edited.id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such session");
    const Session& before = **loaded;
    if (edited.updatedHlc != before.updatedHlc)
        return fail(ErrorCode::Conflict, "the session was changed since it was read");
    edited.createdAt = before.createdAt;
    return save(before, std::move(edited));
}

Result<Session> Sessions::recordAttendance(const Uuid& sessionId, const Uuid& personId, std::string_view attendance)
{
    if (auto st = m_context.authorise(Action::SessionRecord, "session", sessionId); !st)
        return std::unexpected(st.error());
    if (auto st = mayOpen(sessionId); !st)
        return std::unexpected(st.error());
    auto loaded = SessionStore(m_context.database()).load(sessionId);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such session");
    Session after = **loaded;
    auto it = std::find_if(after.attendees.begin(), after.attendees.end(),
                           [&](const SessionAttendee& a) { return a.personId == personId; });
    if (it == after.attendees.end())
        return std::unexpected(validation("is not at this session", "attendees", "not_an_attendee"));
    it->attendance = std::string(attendance);
    return save(**loaded, std::move(after));
}

Result<Session> Sessions::view(const Uuid& id)
{
    if (auto st = m_context.authorise(Action::SessionView, "session", id); !st)
        return std::unexpected(st.error());
    if (auto st = mayOpen(id); !st)
        return std::unexpected(st.error());
    auto loaded = SessionStore(m_context.database()).load(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such session");
    if (auto st = m_context.auditConsultation("session.viewed", "session", id, "consultation"); !st)
        return std::unexpected(st.error());
    return std::move(**loaded);
}

Result<std::vector<Session>> Sessions::list(const SessionQuery& query)
{
    if (auto st = m_context.authorise(Action::SessionView, "session"); !st)
        return std::unexpected(st.error());
    auto rows = SessionStore(m_context.database()).list(query);
    if (!rows)
        return rows;
    std::string how = query.referralId ? "by referral"
                      : query.personId ? "by person"
                      : query.worker   ? "by worker"
                                       : "by date";
    const Uuid about = query.referralId ? *query.referralId : query.personId ? *query.personId : Uuid{};
    if (auto st = m_context.auditConsultation("session.listed",
                                              query.referralId ? "referral"
                                              : query.personId ? "person"
                                                               : "session",
                                              about, how + ", " + std::to_string(rows->size()) + " shown");
        !st)
        return std::unexpected(st.error());
    return rows;
}

Result<std::vector<Session>> Sessions::forReferral(const Uuid& referralId)
{
    SessionQuery q;
    q.referralId = referralId;
    return list(q);
}

Result<std::vector<Session>> Sessions::forPerson(const Uuid& personId)
{
    SessionQuery q;
    q.personId = personId;
    return list(q);
}

Result<std::string> Sessions::calendarText(const CalendarExportOptions& options, int* events)
{
    if (auto st = m_context.authorise(Action::CalendarExport, "session"); !st)
        return std::unexpected(st.error());
    return buildCalendar(options, events);
}

Result<std::string> Sessions::buildCalendar(const CalendarExportOptions& options, int* events)
{
    const Uuid worker = options.worker.value_or(m_context.user().id);
    if (worker != m_context.user().id && m_context.user().role != Role::Coordinator)
        return fail(ErrorCode::PermissionDenied, "only a coordinator exports another worker's calendar", "worker");
    if (options.from.isNull() || options.to.isNull())
        return std::unexpected(validation("is required", options.from.isNull() ? "from" : "to", "required"));
    if (options.to < options.from)
        return std::unexpected(validation("is before the start of the range", "to", "before_from"));
    if (options.from.daysUntil(options.to) > 366)
        return std::unexpected(validation("is more than a year after the start", "to", "range_too_long"));
    // Midnight always exists in Europe/London (the clocks change at 01:00).
    auto from = londonToUtc({options.from, 0});
    auto to = londonToUtc({options.to.addDays(1), 0});
    if (!from || !to)
        return std::unexpected(!from ? from.error() : to.error());
    SessionQuery q;
    q.worker = worker;
    q.from = *from;
    q.to = *to;
    q.newestFirst = false;
    q.limit = 10000;
    auto rows = SessionStore(m_context.database()).list(q);
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<ics::Event> out;
    out.reserve(rows->size());
    for (const auto& s : *rows) {
        ics::Event e;
        e.uid = s.id.toString() + "@waymark";
        e.start = s.start;
        e.durationMinutes = s.durationMinutes;
        std::string refs;
        bool allCancelled = !s.attendees.empty();
        for (const auto& a : s.attendees) {
            if (!refs.empty())
                refs += ", ";
            refs += a.personReference;
            if (a.attendance != "cancelled_by_young_person" && a.attendance != "cancelled_by_staff")
                allCancelled = false;
        }
        // Never a name: the case reference(s) and the type, and the place only when asked.
        e.summary = refs + " - " + std::string(codeLabel(sessionTypeCodes(), s.type));
        if (options.includeLocation)
            e.location = s.location;
        e.cancelled = allCancelled;
        out.push_back(std::move(e));
    }
    ics::WriteOptions wo;
    wo.utcTimes = options.utcTimes;
    std::string text = ics::write(out, toUtcSeconds(m_context.clock().now()), wo);
    std::string detail = "disclosure: " + countText(out.size(), "session", "sessions") + " exported as iCalendar";
    if (options.includeLocation)
        detail += " with locations";
    if (auto st = m_context.audit("calendar.exported", "user", worker, detail); !st)
        return std::unexpected(st.error());
    if (events)
        *events = static_cast<int>(out.size());
    return text;
}

Result<CalendarExportResult> Sessions::exportCalendar(const CalendarExportOptions& options,
                                                      const std::filesystem::path& out)
{
    if (out.empty())
        return fail(ErrorCode::InvalidInput, "no file to write", "out");
    // Outside the transaction, so that a refusal's audit row stays.
    if (auto st = m_context.authorise(Action::CalendarExport, "session"); !st)
        return std::unexpected(st.error());
    // The audit row is written in the same transaction and committed only once the file is
    // in place, so the trail never claims an export that did not happen.
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    int events = 0;
    auto text = buildCalendar(options, &events);
    if (!text)
        return std::unexpected(text.error());
    if (auto st = writeFileAtomically(out, *text); !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return CalendarExportResult{events};
}

} // namespace waymark
