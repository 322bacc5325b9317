#include "core/io/ICalendar.h"

#include <cstdio>

namespace waymark::ics {

namespace {

// Europe/London as RFC 5545 wants it: the two observances with their rules (last Sunday of
// March at 01:00 GMT, last Sunday of October at 02:00 BST).
constexpr std::string_view kLondon = "BEGIN:VTIMEZONE\r\n"
                                     "TZID:Europe/London\r\n"
                                     "BEGIN:DAYLIGHT\r\n"
                                     "TZOFFSETFROM:+0000\r\n"
                                     "TZOFFSETTO:+0100\r\n"
                                     "TZNAME:BST\r\n"
                                     "DTSTART:19810329T010000\r\n"
                                     "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                                     "END:DAYLIGHT\r\n"
                                     "BEGIN:STANDARD\r\n"
                                     "TZOFFSETFROM:+0100\r\n"
                                     "TZOFFSETTO:+0000\r\n"
                                     "TZNAME:GMT\r\n"
                                     "DTSTART:19961027T020000\r\n"
                                     "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                                     "END:STANDARD\r\n"
                                     "END:VTIMEZONE\r\n";

bool isContinuationByte(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

} // namespace

std::string escapeText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case ';':
            out += "\\;";
            break;
        case ',':
            out += "\\,";
            break;
        case '\r':
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            out += "\\n";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            // Other control characters are not allowed in TEXT; the door never stores them,
            // and a stray one is dropped rather than written.
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
                break;
            out += c;
        }
    }
    return out;
}

std::string foldLine(std::string_view line)
{
    std::string out;
    std::size_t limit = 75; // octets on the first line; later lines begin with one space
    while (line.size() > limit) {
        std::size_t cut = limit;
        while (cut > 0 && isContinuationByte(static_cast<unsigned char>(line[cut])))
            --cut;
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        limit = 74;
    }
    out.append(line);
    out += "\r\n";
    return out;
}

std::string formatDateTime(const LocalDateTime& local)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d00", local.date.year(), local.date.month(), local.date.day(),
                  local.minutes / 60, local.minutes % 60);
    return buf;
}

std::string formatUtcDateTime(UtcSeconds instant)
{
    // formatUtc gives "YYYY-MM-DDTHH:MM:SSZ"; iCalendar wants the basic form.
    std::string out;
    for (char c : formatUtc(instant))
        if (c != '-' && c != ':')
            out += c;
    return out;
}

std::string write(const std::vector<Event>& events, UtcSeconds stamp, const WriteOptions& options)
{
    std::string out;
    out += "BEGIN:VCALENDAR\r\n";
    out += "VERSION:2.0\r\n";
    out += foldLine("PRODID:" + options.productId);
    out += "CALSCALE:GREGORIAN\r\n";
    out += "METHOD:PUBLISH\r\n";
    if (!options.utcTimes)
        out += kLondon;
    const std::string dtstamp = formatUtcDateTime(stamp);
    for (const auto& e : events) {
        out += "BEGIN:VEVENT\r\n";
        out += foldLine("UID:" + e.uid);
        out += "DTSTAMP:" + dtstamp + "\r\n";
        if (options.utcTimes)
            out += "DTSTART:" + formatUtcDateTime(e.start) + "\r\n";
        else
            out += "DTSTART;TZID=Europe/London:" + formatDateTime(utcToLondon(e.start)) + "\r\n";
        out += "DURATION:PT" + std::to_string(e.durationMinutes) + "M\r\n";
        out += foldLine("SUMMARY:" + escapeText(e.summary));
        if (!e.location.empty())
            out += foldLine("LOCATION:" + escapeText(e.location));
        out += e.cancelled ? "STATUS:CANCELLED\r\n" : "STATUS:CONFIRMED\r\n";
        out += "TRANSP:OPAQUE\r\n";
        out += "END:VEVENT\r\n";
    }
    out += "END:VCALENDAR\r\n";
    return out;
}

} // namespace waymark::ics
