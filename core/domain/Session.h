#pragma once

// A session (a contact): a worker meeting one young person, or a group, at a time and place.
// Each attendee has their own attendance. The start is an instant (UTC) entered and shown as
// wall-clock time in Europe/London; the UK's summer-time rule is applied here, with no time
// zone database: British Summer Time runs from 01:00 UTC on the last Sunday of March to
// 01:00 UTC on the last Sunday of October (the POSIX rule "GMT0BST,M3.5.0/1,M10.5.0").

#include "core/Error.h"
#include "core/Uuid.h"
#include "core/calendar/Date.h"
#include "core/domain/Codes.h"

#include <chrono>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

inline constexpr std::string_view kSessionTimeZone = "Europe/London";
inline constexpr int kMaxSessionMinutes = 720;
inline constexpr std::size_t kMaxSessionAttendees = 30;

using UtcSeconds = std::chrono::sys_seconds;

// A wall-clock time in Europe/London: a date and minutes since midnight.
struct LocalDateTime
{
    Date date;
    int minutes = 0; // 0 .. 1439
    friend auto operator<=>(const LocalDateTime&, const LocalDateTime&) = default;
};

// How a wall-clock time that happens twice (the October change: 01:00-01:59 comes twice) is
// read. The first (summer time) unless said otherwise.
enum class Ambiguous
{
    Earlier, // the first 01:30, still BST (UTC+1)
    Later,   // the second 01:30, GMT again
};

// The UTC offset of Europe/London at `instant`, in minutes (0 or 60).
int londonOffsetMinutes(UtcSeconds instant);
LocalDateTime utcToLondon(UtcSeconds instant);
// Validation (field "start", rule "time_in_gap") for a time the March change skips
// (01:00-01:59 on the last Sunday of March does not exist); Ambiguous decides the October hour.
Result<UtcSeconds> londonToUtc(const LocalDateTime& local, Ambiguous ambiguous = Ambiguous::Earlier);
// The instants at which summer time starts and ends in `year`.
UtcSeconds bstStarts(int year);
UtcSeconds bstEnds(int year);

// Storage and text forms. UTC "2026-03-29T00:30:00Z"; local "2026-03-29 10:30".
std::string formatUtc(UtcSeconds instant);
Result<UtcSeconds> parseUtc(std::string_view text);
std::string formatLocal(const LocalDateTime& local); // "YYYY-MM-DD HH:MM"
// "YYYY-MM-DD HH:MM" or "YYYY-MM-DDTHH:MM" (seconds are not kept).
Result<LocalDateTime> parseLocal(std::string_view text);
UtcSeconds toUtcSeconds(std::chrono::system_clock::time_point t);

// Code tables.
std::span<const CodeOption> sessionTypeCodes();   // face_to_face, home_visit, school, phone, video, group
std::span<const CodeOption> attendanceCodes();    // planned, attended, did_not_attend, cancelled_by_young_person,
                                                  // cancelled_by_staff
std::span<const CodeOption> sessionDomainCodes(); // the default assessment template's domains

struct SessionAttendee
{
    Uuid id; // assigned when saved
    Uuid personId;
    Uuid referralId;
    std::string attendance = "planned"; // attendanceCodes()
    // Filled when read, for showing (never stored with the attendee): the person's case
    // reference and display name, the referral's reference.
    std::string personReference;
    std::string personName;
    std::string referralReference;
    std::string updatedHlc;
};

struct Session
{
    Uuid id; // assigned on add
    UtcSeconds start{};
    std::string timeZone = std::string(kSessionTimeZone);
    int durationMinutes = 60;         // staff minutes, 1 .. 720
    std::string type;                 // sessionTypeCodes()
    std::string location;             // free text
    Uuid interventionId;              // a plan's intervention, or null
    std::vector<std::string> domains; // sessionDomainCodes(), each once
    std::string note;                 // a short note (case notes hold the long ones)
    Uuid worker;                      // the member of staff who ran it
    std::vector<SessionAttendee> attendees;
    std::string createdAt;  // UTC, set by the store
    std::string updatedHlc; // optimistic concurrency
};

// Tidies text (trims location and note), sorts nothing.
void normaliseSession(Session& session);
// The first broken rule (field + rule key): duration 1..720 ("duration_minutes",
// "out_of_range"), type and domain codes, text fields, at least one attendee, one attendee
// unless the type is "group", each person once, attendance codes, and "attended" or
// "did_not_attend" only once the session has started (`now`).
Status validateSession(const Session& session, UtcSeconds now);
// Attendance a session in the future may have.
bool attendanceAllowedBeforeStart(std::string_view attendance);

// Domains as stored: codes joined by ",". Reading ignores empty parts.
std::string joinDomains(const std::vector<std::string>& domains);
std::vector<std::string> splitDomains(std::string_view text);

} // namespace waymark
