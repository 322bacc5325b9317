#include "core/domain/Session.h"

#include "core/Text.h"
#include "core/domain/TextRules.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <set>

namespace waymark {

namespace {

using namespace std::chrono;

constexpr CodeOption kTypes[] = {
    {"face_to_face", "Face to face"},
    {"home_visit", "Home visit"},
    {"school", "School"},
    {"phone", "Phone"},
    {"video", "Video"},
    {"group", "Group"},
};

constexpr CodeOption kAttendance[] = {
    {"planned", "Planned (not yet recorded)"},    {"attended", "Attended"},
    {"did_not_attend", "Did not attend"},         {"cancelled_by_young_person", "Cancelled by young person"},
    {"cancelled_by_staff", "Cancelled by staff"},
};

// The default assessment template's domains (in the template's order): a session says which it addressed.
constexpr CodeOption kDomains[] = {
    {"living_arrangements", "Living arrangements"},
    {"family_relationships", "Family and relationships"},
    {"ete", "Education, training and employment"},
    {"neighbourhood", "Neighbourhood"},
    {"peers_lifestyle", "Peers and lifestyle"},
    {"substance_use", "Substance use"},
    {"physical_health", "Physical health"},
    {"emotional_mental_health", "Emotional and mental health"},
    {"speech_language_communication", "Speech, language and communication"},
    {"exploitation_safety", "Exploitation and safety"},
    {"thinking_behaviour", "Thinking and behaviour"},
    {"attitudes_to_offending", "Attitudes to offending"},
    {"motivation_to_change", "Motivation to change"},
};

Error validation(std::string detail, std::string field, std::string rule)
{
    Error e = Error::make(ErrorCode::Validation, std::move(detail), std::move(field));
    e.rule = std::move(rule);
    return e;
}

sys_days lastSunday(int y, unsigned m)
{
    return sys_days{year{y} / month{m} / Sunday[last]};
}

sys_days toSysDays(Date d)
{
    return sys_days{days{d.daysSinceEpoch()}};
}

Date fromSysDays(sys_days d)
{
    return Date::fromDaysSinceEpoch(static_cast<std::int32_t>(d.time_since_epoch().count()));
}

bool parseInt(std::string_view s, int& out)
{
    if (s.empty())
        return false;
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return std::from_chars(s.data(), s.data() + s.size(), out).ec == std::errc{};
}

} // namespace

UtcSeconds bstStarts(int y)
{
    return UtcSeconds{lastSunday(y, 3)} + hours{1};
}

UtcSeconds bstEnds(int y)
{
    return UtcSeconds{lastSunday(y, 10)} + hours{1};
}

int londonOffsetMinutes(UtcSeconds instant)
{
    const int y = static_cast<int>(year_month_day{floor<days>(instant)}.year());
    return instant >= bstStarts(y) && instant < bstEnds(y) ? 60 : 0;
}

LocalDateTime utcToLondon(UtcSeconds instant)
{
    const UtcSeconds local = instant + minutes{londonOffsetMinutes(instant)};
    const sys_days day = floor<days>(local);
    LocalDateTime out;
    out.date = fromSysDays(day);
    out.minutes = static_cast<int>(duration_cast<minutes>(local - day).count());
    return out;
}

Result<UtcSeconds> londonToUtc(const LocalDateTime& local, Ambiguous ambiguous)
{
    if (local.date.isNull())
        return std::unexpected(validation("is required", "start", "required"));
    if (local.minutes < 0 || local.minutes >= 24 * 60)
        return std::unexpected(validation("is not a time of day", "start", "invalid_time"));
    const UtcSeconds naive = UtcSeconds{toSysDays(local.date)} + minutes{local.minutes};
    // The two readings: GMT (offset 0) and BST (offset 60). A reading holds when the rule gives
    // that offset at the instant it names.
    const UtcSeconds asGmt = naive;
    const UtcSeconds asBst = naive - hours{1};
    const bool gmtHolds = londonOffsetMinutes(asGmt) == 0;
    const bool bstHolds = londonOffsetMinutes(asBst) == 60;
    if (gmtHolds && bstHolds)
        return ambiguous == Ambiguous::Earlier ? asBst : asGmt;
    if (bstHolds)
        return asBst;
    if (gmtHolds)
        return asGmt;
    return std::unexpected(
        validation("does not exist in Europe/London (the clocks go forward at 01:00)", "start", "time_in_gap"));
}

std::string formatUtc(UtcSeconds instant)
{
    const sys_days day = floor<days>(instant);
    const year_month_day ymd{day};
    const hh_mm_ss hms{instant - day};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()));
    return buf;
}

Result<UtcSeconds> parseUtc(std::string_view t)
{
    // YYYY-MM-DDTHH:MM:SSZ
    if (t.size() != 20 || t[10] != 'T' || t[13] != ':' || t[16] != ':' || t[19] != 'Z')
        return fail(ErrorCode::InvalidInput, "not a UTC time (YYYY-MM-DDTHH:MM:SSZ)", "start");
    auto date = Date::fromIso(t.substr(0, 10));
    int h = 0, m = 0, s = 0;
    if (!date || !parseInt(t.substr(11, 2), h) || !parseInt(t.substr(14, 2), m) || !parseInt(t.substr(17, 2), s) ||
        h > 23 || m > 59 || s > 59)
        return fail(ErrorCode::InvalidInput, "not a UTC time (YYYY-MM-DDTHH:MM:SSZ)", "start");
    return UtcSeconds{toSysDays(*date)} + hours{h} + minutes{m} + seconds{s};
}

std::string formatLocal(const LocalDateTime& local)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", local.minutes / 60, local.minutes % 60);
    return local.date.toIso() + " " + buf;
}

Result<LocalDateTime> parseLocal(std::string_view t)
{
    if (t.size() != 16 || (t[10] != ' ' && t[10] != 'T') || t[13] != ':')
        return fail(ErrorCode::InvalidInput, "not a date and time (YYYY-MM-DD HH:MM)", "start");
    auto date = Date::fromIso(t.substr(0, 10));
    int h = 0, m = 0;
    if (!date || !parseInt(t.substr(11, 2), h) || !parseInt(t.substr(14, 2), m) || h > 23 || m > 59)
        return fail(ErrorCode::InvalidInput, "not a date and time (YYYY-MM-DD HH:MM)", "start");
    return LocalDateTime{*date, h * 60 + m};
}

UtcSeconds toUtcSeconds(std::chrono::system_clock::time_point t)
{
    return floor<seconds>(t);
}

std::span<const CodeOption> sessionTypeCodes()
{
    return kTypes;
}

std::span<const CodeOption> attendanceCodes()
{
    return kAttendance;
}

std::span<const CodeOption> sessionDomainCodes()
{
    return kDomains;
}

bool attendanceAllowedBeforeStart(std::string_view attendance)
{
    return attendance == "planned" || attendance == "cancelled_by_young_person" || attendance == "cancelled_by_staff";
}

void normaliseSession(Session& s)
{
    s.location = text::trim(s.location);
    s.note = text::trim(s.note);
    s.type = text::trim(s.type);
    if (s.timeZone.empty())
        s.timeZone = std::string(kSessionTimeZone);
    for (auto& d : s.domains)
        d = text::trim(d);
    std::erase_if(s.domains, [](const std::string& d) { return d.empty(); });
    for (auto& a : s.attendees)
        if (a.attendance.empty())
            a.attendance = "planned";
}

Status validateSession(const Session& s, UtcSeconds now)
{
    if (s.start == UtcSeconds{})
        return std::unexpected(validation("is required", "start", "required"));
    if (s.timeZone != kSessionTimeZone)
        return std::unexpected(validation("must be Europe/London", "time_zone", "unknown_code"));
    if (s.durationMinutes < 1 || s.durationMinutes > kMaxSessionMinutes)
        return std::unexpected(validation("must be 1 to 720 minutes", "duration_minutes", "out_of_range"));
    if (s.type.empty())
        return std::unexpected(validation("is required", "type", "required"));
    if (!isKnownCode(sessionTypeCodes(), s.type))
        return std::unexpected(validation("is not a known session type", "type", "unknown_code"));
    if (auto st = checkTextField("session_location", s.location, "location"); !st)
        return st;
    if (auto st = checkTextField("session_note", s.note, "note"); !st)
        return st;
    std::set<std::string> seenDomains;
    for (const auto& d : s.domains) {
        if (!isKnownCode(sessionDomainCodes(), d))
            return std::unexpected(validation("is not a known domain", "domains", "unknown_code"));
        if (!seenDomains.insert(d).second)
            return std::unexpected(validation("names a domain twice", "domains", "duplicate"));
    }
    if (s.worker.isNull())
        return std::unexpected(validation("is required", "worker", "required"));
    if (s.attendees.empty())
        return std::unexpected(validation("needs at least one attendee", "attendees", "required"));
    if (s.attendees.size() > kMaxSessionAttendees)
        return std::unexpected(validation("has too many attendees", "attendees", "too_many"));
    if (s.type != "group" && s.attendees.size() > 1)
        return std::unexpected(validation("only a group session has several attendees", "attendees", "not_a_group"));
    std::set<Uuid> seenPeople;
    const bool future = s.start > now;
    for (const auto& a : s.attendees) {
        if (a.personId.isNull())
            return std::unexpected(validation("an attendee needs a person", "attendees", "required"));
        if (a.referralId.isNull())
            return std::unexpected(validation("an attendee needs a referral", "referral", "required"));
        if (!seenPeople.insert(a.personId).second)
            return std::unexpected(validation("names a person twice", "attendees", "duplicate"));
        if (!isKnownCode(attendanceCodes(), a.attendance))
            return std::unexpected(validation("is not a known attendance", "attendance", "unknown_code"));
        if (future && !attendanceAllowedBeforeStart(a.attendance))
            return std::unexpected(
                validation("cannot be recorded before the session starts", "attendance", "session_in_future"));
    }
    return {};
}

std::string joinDomains(const std::vector<std::string>& domains)
{
    std::string out;
    for (const auto& d : domains) {
        if (!out.empty())
            out += ',';
        out += d;
    }
    return out;
}

std::vector<std::string> splitDomains(std::string_view text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = text.find(',', start);
        const auto part = text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        if (!part.empty())
            out.emplace_back(part);
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return out;
}

} // namespace waymark
