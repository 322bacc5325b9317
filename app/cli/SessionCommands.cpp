// waymark-cli session add | update | list, and calendar export-ics (the calendar group's other
// commands need no casebook: CalendarCommand.cpp hands export-ics to the command made here).

#include "app/cli/Command.h"
#include "app/cli/Record.h"

#include "core/Text.h"
#include "core/calendar/TypedDate.h"

#include <algorithm>

namespace waymark::cli {

namespace {

Result<Referral> referralByRef(Casebook& casebook, std::string_view ref)
{
    if (auto id = Uuid::parse(ref))
        return casebook.referrals().view(*id);
    return casebook.referrals().viewByReference(ref);
}

Result<Uuid> userIdByName(Casebook& casebook, std::string_view name)
{
    if (auto id = Uuid::parse(name))
        return *id;
    if (name == casebook.user().username)
        return casebook.user().id;
    auto users = casebook.users().list();
    if (!users)
        return std::unexpected(users.error());
    for (const auto& u : *users)
        if (u.username == name)
            return u.id;
    return fail(ErrorCode::NotFound, "no user with that name", "user");
}

Json idValue(const Uuid& id)
{
    return id.isNull() ? Json() : Json(id.toString());
}

// --start "YYYY-MM-DD HH:MM" (or with a T) in Europe/London; --later picks the second of the
// October hour that happens twice.
Result<UtcSeconds> startOption(const ParsedArgs& args)
{
    auto local = parseLocal(*args.value("start"));
    if (!local)
        return std::unexpected(local.error());
    return londonToUtc(*local, args.has("later") ? Ambiguous::Later : Ambiguous::Earlier);
}

Result<int> durationOption(const ParsedArgs& args)
{
    auto n = parseCount(*args.value("duration"), "duration_minutes");
    if (!n)
        return std::unexpected(n.error());
    if (*n > 100000)
        return fail(ErrorCode::InvalidInput, "--duration is too large", "duration_minutes");
    return static_cast<int>(*n);
}

// The location (first line, with --location-stdin) and the note (the rest, with
// --note-stdin) from standard input: free text never comes from the command line.
Status readStdinText(Context& ctx, const ParsedArgs& args, std::optional<std::string>& location,
                     std::optional<std::string>& note)
{
    const bool wantLocation = args.has("location-stdin");
    const bool wantNote = args.has("note-stdin");
    if (!wantLocation && !wantNote)
        return {};
    auto lines = ctx.remainingStdinLines();
    if (!lines)
        return std::unexpected(lines.error());
    std::size_t next = 0;
    if (wantLocation) {
        location = next < lines->size() ? waymark::text::trim((*lines)[next]) : std::string();
        ++next;
    }
    if (wantNote) {
        std::string text;
        for (; next < lines->size(); ++next)
            text += (text.empty() ? "" : "\n") + (*lines)[next];
        note = waymark::text::trim(text);
    }
    return {};
}

const Field<Session> kSessionFields[] = {
    {"id", "Id", [](const Session& s) { return Json(s.id.toString()); }, nullptr, true},
    {"start", "", [](const Session& s) { return Json(formatUtc(s.start)); }},
    {"start_local", "Start", [](const Session& s) { return Json(formatLocal(utcToLondon(s.start))); }, nullptr, true},
    {"time_zone", "", [](const Session& s) { return Json(s.timeZone); }},
    {"duration_minutes", "Minutes", [](const Session& s) { return Json(s.durationMinutes); }, nullptr, true},
    {"type", "Type", [](const Session& s) { return Json(s.type); }, nullptr, true},
    {"location", "Location", [](const Session& s) { return Json(s.location); }},
    {"intervention_id", "Intervention", [](const Session& s) { return idValue(s.interventionId); }},
    {"domains", "Domains",
     [](const Session& s) {
         Json a = Json::array();
         for (const auto& d : s.domains)
             a.push(Json(d));
         return a;
     }},
    {"note", "Note", [](const Session& s) { return Json(s.note); }},
    {"worker_id", "", [](const Session& s) { return idValue(s.worker); }},
    {"attendees", "",
     [](const Session& s) {
         Json a = Json::array();
         for (const auto& at : s.attendees) {
             Json o = Json::object();
             o.set("person_id", Json(at.personId.toString()));
             o.set("person_reference", Json(at.personReference));
             o.set("referral_id", Json(at.referralId.toString()));
             o.set("referral_reference", Json(at.referralReference));
             o.set("attendance", Json(at.attendance));
             a.push(std::move(o));
         }
         return a;
     }},
    {"", "Attendance", nullptr,
     [](const Session& s) {
         std::vector<std::string> lines;
         for (const auto& at : s.attendees)
             lines.push_back(at.personReference + " " + at.attendance);
         return lines;
     },
     true},
    {"created_at", "Created", [](const Session& s) { return Json(s.createdAt); }},
    {"updated_hlc", "", [](const Session& s) { return Json(s.updatedHlc); }},
};

int printSession(Context& ctx, const Session& s)
{
    return ctx.done(recordJson<Session>(kSessionFields, s), recordText<Session>(kSessionFields, s));
}

// ---- session add -----------------------------------------------------------------------

class SessionAddCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "session add"; }
    std::string help() const override
    {
        return helpEntry("session add REFERRAL-REF... --start \"DATE HH:MM\" --type CODE\n"
                         "       [--duration MIN] [--attendance CODE] [--later] [--domain CODE]...\n"
                         "       [--intervention ID] [--worker USER] [--location-stdin] [--note-stdin]",
                         "a session for each referral's young person (several: a group);\n"
                         "start in Europe/London; attendance planned unless given (the first\n"
                         "attended session makes an accepted referral active); --location-stdin:\n"
                         "the first line of standard input, --note-stdin: the (remaining) lines");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context& ctx, const ParsedArgs& args) override
    {
        if (args.positionals.empty())
            return fail(ErrorCode::InvalidInput, "session add needs at least one referral reference");
        if (!args.has("start"))
            return fail(ErrorCode::InvalidInput, "session add needs --start \"YYYY-MM-DD HH:MM\"", "start");
        if (!args.has("type"))
            return fail(ErrorCode::InvalidInput, "session add needs --type", "type");
        m_draft = Session{};
        auto start = startOption(args);
        if (!start)
            return std::unexpected(start.error());
        m_draft.start = *start;
        m_draft.type = *args.value("type");
        if (args.has("duration")) {
            auto d = durationOption(args);
            if (!d)
                return std::unexpected(d.error());
            m_draft.durationMinutes = *d;
        }
        m_draft.domains = args.values("domain");
        if (auto v = args.value("intervention")) {
            auto id = Uuid::parse(*v);
            if (!id)
                return fail(ErrorCode::InvalidInput, "--intervention needs an intervention id", "intervention");
            m_draft.interventionId = *id;
        }
        std::optional<std::string> location;
        std::optional<std::string> note;
        if (auto st = readStdinText(ctx, args, location, note); !st)
            return st;
        m_draft.location = location.value_or("");
        m_draft.note = note.value_or("");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        const std::string attendance = args.value("attendance").value_or("planned");
        for (const auto& ref : args.positionals) {
            auto referral = referralByRef(casebook, ref);
            if (!referral)
                return ctx.fail(referral.error());
            SessionAttendee a;
            a.referralId = referral->id;
            a.personId = referral->personId;
            a.attendance = attendance;
            m_draft.attendees.push_back(a);
        }
        if (auto w = args.value("worker")) {
            auto id = userIdByName(casebook, *w);
            if (!id)
                return ctx.fail(id.error());
            m_draft.worker = *id;
        }
        auto added = casebook.sessions().add(std::move(m_draft));
        if (!added)
            return ctx.fail(added.error());
        return printSession(ctx, *added);
    }

private:
    static constexpr OptionSpec kSpecs[] = {
        {"start", OptionSpec::Value},        {"later", OptionSpec::Flag},       {"duration", OptionSpec::Value},
        {"type", OptionSpec::Value},         {"attendance", OptionSpec::Value}, {"domain", OptionSpec::Repeated},
        {"intervention", OptionSpec::Value}, {"worker", OptionSpec::Value},     {"location-stdin", OptionSpec::Flag},
        {"note-stdin", OptionSpec::Flag},
    };
    Session m_draft;
};

// ---- session update --------------------------------------------------------------------

class SessionUpdateCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "session update"; }
    std::string help() const override
    {
        return helpEntry("session update ID [--start \"DATE HH:MM\"] [--later] [--duration MIN]\n"
                         "       [--type CODE] [--attendance [PERSON-REF=]CODE]... [--domain CODE]...\n"
                         "       [--intervention ID|none] [--location-stdin] [--note-stdin]",
                         "changes a session; --attendance CODE sets every attendee's,\n"
                         "PERSON-REF=CODE one attendee's; --domain replaces the domains");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context& ctx, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, "session update needs one session id");
        auto id = Uuid::parse(args.positionals.front());
        if (!id)
            return fail(ErrorCode::InvalidInput, "session update needs a session id", "id");
        m_id = *id;
        if (args.has("start")) {
            auto start = startOption(args);
            if (!start)
                return std::unexpected(start.error());
            m_start = *start;
        }
        if (args.has("duration")) {
            auto d = durationOption(args);
            if (!d)
                return std::unexpected(d.error());
            m_duration = *d;
        }
        return readStdinText(ctx, args, m_location, m_note);
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto loaded = casebook.sessions().view(m_id);
        if (!loaded)
            return ctx.fail(loaded.error());
        Session s = *loaded;
        if (m_start)
            s.start = *m_start;
        if (m_duration)
            s.durationMinutes = *m_duration;
        if (auto v = args.value("type"))
            s.type = *v;
        if (args.has("domain"))
            s.domains = args.values("domain");
        if (auto v = args.value("intervention")) {
            if (*v == "none") {
                s.interventionId = {};
            } else {
                auto id = Uuid::parse(*v);
                if (!id)
                    return ctx.fail(ErrorCode::InvalidInput, "--intervention needs an intervention id or none",
                                    "intervention");
                s.interventionId = *id;
            }
        }
        if (m_location)
            s.location = *m_location;
        if (m_note)
            s.note = *m_note;
        for (const auto& a : args.values("attendance")) {
            const auto eq = a.find('=');
            if (eq == std::string::npos) {
                for (auto& at : s.attendees)
                    at.attendance = a;
                continue;
            }
            const std::string ref = a.substr(0, eq);
            auto it = std::find_if(s.attendees.begin(), s.attendees.end(), [&](const SessionAttendee& at) {
                return at.personReference == ref || at.personId.toString() == ref;
            });
            if (it == s.attendees.end())
                return ctx.fail(ErrorCode::NotFound, "no attendee with that case reference at this session",
                                "attendance");
            it->attendance = a.substr(eq + 1);
        }
        auto saved = casebook.sessions().update(std::move(s));
        if (!saved)
            return ctx.fail(saved.error());
        return printSession(ctx, *saved);
    }

private:
    static constexpr OptionSpec kSpecs[] = {
        {"start", OptionSpec::Value},        {"later", OptionSpec::Flag},          {"duration", OptionSpec::Value},
        {"type", OptionSpec::Value},         {"attendance", OptionSpec::Repeated}, {"domain", OptionSpec::Repeated},
        {"intervention", OptionSpec::Value}, {"location-stdin", OptionSpec::Flag}, {"note-stdin", OptionSpec::Flag},
    };
    Uuid m_id;
    std::optional<UtcSeconds> m_start;
    std::optional<int> m_duration;
    std::optional<std::string> m_location;
    std::optional<std::string> m_note;
};

// ---- session list ----------------------------------------------------------------------

class SessionListCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "session list"; }
    std::string help() const override
    {
        return helpEntry("session list [--referral REF | --person REF] [--worker USER] [--from DATE]\n"
                         "       [--to DATE] [--oldest-first] [--limit N]",
                         "sessions, newest first (default 200); dates in Europe/London, --to\n"
                         "inclusive; JSON: an array");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (!args.positionals.empty())
            return fail(ErrorCode::InvalidInput, "session list takes options only");
        if (args.has("referral") && args.has("person"))
            return fail(ErrorCode::InvalidInput, "give --referral or --person, not both");
        m_query = SessionQuery{};
        m_query.newestFirst = !args.has("oldest-first");
        auto limit = parseCount(args.value("limit").value_or("200"), "limit");
        if (!limit)
            return std::unexpected(limit.error());
        m_query.limit = static_cast<int>(std::min<long long>(*limit, 100000));
        for (auto [option, isTo] : {std::pair{"from", false}, std::pair{"to", true}}) {
            auto text = args.value(option);
            if (!text)
                continue;
            auto d = parseTypedDate(*text, option);
            if (!d)
                return std::unexpected(d.error());
            auto instant = londonToUtc({isTo ? d->addDays(1) : *d, 0});
            if (!instant)
                return std::unexpected(instant.error());
            (isTo ? m_query.to : m_query.from) = *instant;
        }
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        if (auto ref = args.value("referral")) {
            auto referral = referralByRef(casebook, *ref);
            if (!referral)
                return ctx.fail(referral.error());
            m_query.referralId = referral->id;
        }
        if (auto ref = args.value("person")) {
            auto person = personByRef(casebook, *ref);
            if (!person)
                return ctx.fail(person.error());
            m_query.personId = person->id;
        }
        if (auto w = args.value("worker")) {
            auto id = userIdByName(casebook, *w);
            if (!id)
                return ctx.fail(id.error());
            m_query.worker = *id;
        }
        auto rows = casebook.sessions().list(m_query);
        if (!rows)
            return ctx.fail(rows.error());
        Json list = Json::array();
        for (const auto& s : *rows)
            list.push(recordJson<Session>(kSessionFields, s));
        std::string text = rows->empty() ? std::string("no sessions\n")
                                         : recordTable<Session>(kSessionFields, std::span<const Session>(*rows));
        return ctx.done(list, text);
    }

private:
    static constexpr OptionSpec kSpecs[] = {
        {"referral", OptionSpec::Value}, {"person", OptionSpec::Value}, {"worker", OptionSpec::Value},
        {"from", OptionSpec::Value},     {"to", OptionSpec::Value},     {"oldest-first", OptionSpec::Flag},
        {"limit", OptionSpec::Value},
    };
    SessionQuery m_query;
};

// ---- calendar export-ics ---------------------------------------------------------------

class CalendarExportCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "calendar export-ics"; }
    std::string help() const override
    {
        return helpEntry("calendar export-ics --from DATE --to DATE --out FILE [--with-location]\n"
                         "       [--utc] [--worker USER]",
                         "your sessions between the dates (inclusive) as an iCalendar file: case\n"
                         "reference and session type, never names; locations only when asked");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (!args.positionals.empty())
            return fail(ErrorCode::InvalidInput, "calendar export-ics takes options only");
        for (const char* required : {"from", "to", "out"})
            if (!args.has(required))
                return fail(ErrorCode::InvalidInput, "calendar export-ics needs --" + std::string(required), required);
        auto from = parseTypedDate(*args.value("from"), "from");
        if (!from)
            return std::unexpected(from.error());
        auto to = parseTypedDate(*args.value("to"), "to");
        if (!to)
            return std::unexpected(to.error());
        m_options = CalendarExportOptions{};
        m_options.from = *from;
        m_options.to = *to;
        m_options.includeLocation = args.has("with-location");
        m_options.utcTimes = args.has("utc");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        if (auto w = args.value("worker")) {
            auto id = userIdByName(casebook, *w);
            if (!id)
                return ctx.fail(id.error());
            m_options.worker = *id;
        }
        const std::filesystem::path out = *args.value("out");
        auto result = casebook.sessions().exportCalendar(m_options, out);
        if (!result)
            return ctx.fail(result.error());
        Json doc = Json::object();
        doc.set("file", Json(out.string()));
        doc.set("events", Json(result->events));
        doc.set("from", Json(m_options.from.toIso()));
        doc.set("to", Json(m_options.to.toIso()));
        return ctx.done(doc, std::to_string(result->events) + (result->events == 1 ? " session" : " sessions") +
                                 " written to " + out.string());
    }

private:
    static constexpr OptionSpec kSpecs[] = {
        {"from", OptionSpec::Value},         {"to", OptionSpec::Value}, {"out", OptionSpec::Value},
        {"with-location", OptionSpec::Flag}, {"utc", OptionSpec::Flag}, {"worker", OptionSpec::Value},
    };
    CalendarExportOptions m_options;
};

} // namespace

std::unique_ptr<Command> makeCalendarExportCommand()
{
    return std::make_unique<CalendarExportCommand>();
}

void addSessionCommands(CommandList& list)
{
    list.push_back(std::make_unique<SessionAddCommand>());
    list.push_back(std::make_unique<SessionUpdateCommand>());
    list.push_back(std::make_unique<SessionListCommand>());
}

} // namespace waymark::cli
