#pragma once

// casebook.sessions(): sessions (contacts) with their attendees and attendance, and the
// calendar export. A desk of the Casebook door (core/Casebook.h): it reaches the casebook only
// through its DeskContext, and moves referrals on through the Referrals desk it is given.
// Rules live in core/domain/Session.h; SQL in core/store/SessionStore; the iCalendar text in
// core/io/ICalendar.
//
// The rule that ties sessions to referrals: the first attended session of an accepted (or
// reopened) referral makes it active, and records the first contact (the session's date in
// Europe/London) while the first-contact clock still runs, in the same transaction as the
// attendance (the Referrals desk's own transactions become savepoints of it).

#include "core/Error.h"
#include "core/Uuid.h"
#include "core/calendar/Date.h"
#include "core/domain/Session.h"
#include "core/store/SessionStore.h"

#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

namespace waymark {

class DeskContext;
class Referrals;

// What goes into an exported calendar. Without options an event says only the case
// reference(s) and the session type; never a name.
struct CalendarExportOptions
{
    Date from;                  // inclusive, Europe/London dates
    Date to;                    // inclusive
    std::optional<Uuid> worker; // default: the signed-in user; another worker's: coordinators
    bool includeLocation = false;
    bool utcTimes = false; // times in UTC instead of TZID=Europe/London with a VTIMEZONE
};

struct CalendarExportResult
{
    int events = 0;
};

class Sessions
{
public:
    Sessions(DeskContext& context, Referrals& referrals)
        : m_context(context)
        , m_referrals(referrals)
    {}

    // Validates (core/domain/Session.h; each attendee's referral exists, is open and is the
    // person's; an attendee without a person takes the referral's), assigns the id, saves,
    // audits "session.created", then applies the first-attended rule. The worker defaults to
    // the signed-in user. Action::SessionRecord.
    Result<Session> add(Session draft);
    // Saves an edited session (attendees matched by person: new ones added, missing ones
    // removed). Conflict when updatedHlc is not the stored one.
    Result<Session> update(Session edited);
    // One attendee's attendance ("attended", "did_not_attend", ...).
    Result<Session> recordAttendance(const Uuid& sessionId, const Uuid& personId, std::string_view attendance);

    Result<Session> view(const Uuid& id);
    Result<std::vector<Session>> list(const SessionQuery& query);
    Result<std::vector<Session>> forReferral(const Uuid& referralId);
    Result<std::vector<Session>> forPerson(const Uuid& personId);

    // Writes the worker's sessions from `from` to `to` (Europe/London dates, inclusive) as an
    // iCalendar file at `out` (written atomically, mode 0600). Sessions every attendee of
    // which was cancelled are STATUS:CANCELLED. Audited as "calendar.exported" (disclosure,
    // with the count). Action::CalendarExport.
    Result<CalendarExportResult> exportCalendar(const CalendarExportOptions& options, const std::filesystem::path& out);
    // The same calendar as text (what exportCalendar writes), audited the same way.
    Result<std::string> calendarText(const CalendarExportOptions& options, int* events = nullptr);

private:
    // NotFound (audited) when an attendee of the session is a restricted person kept from the
    // signed-in user (core/store/Visibility.h).
    Status mayOpen(const Uuid& sessionId);
    // Checks each attendee's referral (filling a missing person) and the rules.
    Status prepare(Session& session);
    // The calendar and its audit row (the caller has authorised).
    Result<std::string> buildCalendar(const CalendarExportOptions& options, int* events);
    Result<Session> save(const std::optional<Session>& before, Session after);
    // The first-attended rule for every attendee marked attended.
    Status applyFirstAttended(const Session& session);

    DeskContext& m_context;
    Referrals& m_referrals;
};

} // namespace waymark
