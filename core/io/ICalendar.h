#pragma once

// An iCalendar (RFC 5545) writer for exported sessions: CRLF line ends, lines folded at 75
// octets (never inside a UTF-8 character), TEXT values escaped. Times are either local to
// Europe/London (DTSTART;TZID=Europe/London with a VTIMEZONE giving the UK rule) or UTC
// ("...Z"). Plain C++: the caller decides what an event says.

#include "core/domain/Session.h"

#include <string>
#include <string_view>
#include <vector>

namespace waymark::ics {

struct Event
{
    std::string uid; // globally unique and stable: the same session keeps its UID across exports
    UtcSeconds start{};
    int durationMinutes = 60;
    std::string summary;
    std::string location; // empty: no LOCATION line
    bool cancelled = false;
};

struct WriteOptions
{
    bool utcTimes = false;
    std::string productId = "-//Waymark//Waymark sessions//EN";
};

// The whole VCALENDAR. `stamp` is DTSTAMP (when the file was made).
std::string write(const std::vector<Event>& events, UtcSeconds stamp, const WriteOptions& options = {});

// A TEXT value escaped: backslash, semicolon, comma and line breaks.
std::string escapeText(std::string_view text);
// One content line folded to 75 octets a line (CRLF + space between parts), with its CRLF.
std::string foldLine(std::string_view line);
// "20260329T103000" (local) or "20260329T093000Z" (utc).
std::string formatDateTime(const LocalDateTime& local);
std::string formatUtcDateTime(UtcSeconds instant);

} // namespace waymark::ics
