#include "app/cli/CalendarCommand.h"
#include "app/cli/Command.h"

#include "app/cli/Json.h"

#include "core/calendar/BankHolidays.h"
#include "core/calendar/TypedDate.h"
#include "core/calendar/WorkingCalendar.h"

#include <charconv>
#include <cstdio>
#include <map>
#include <optional>
#include <string_view>

namespace waymark::cli {
namespace {

constexpr int kOk = 0;
constexpr int kUsage = 2;

struct Parsed
{
    std::vector<std::string> positional;
    std::map<std::string, std::vector<std::string>> options;
    bool json = false;
    bool help = false;
};

const std::vector<std::string_view> kValueOptions = {"--division", "--from", "--to", "--closure", "--annual-closure"};

// Returns an error message, or nothing on success.
std::optional<std::string> parseArgs(const std::vector<std::string>& args, std::size_t first, Parsed& parsed)
{
    for (std::size_t i = first; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--json") {
            parsed.json = true;
            continue;
        }
        if (a == "--help" || a == "-h") {
            parsed.help = true;
            continue;
        }
        if (a.size() > 2 && a.starts_with("--")) {
            const auto eq = a.find('=');
            const std::string name = a.substr(0, eq);
            bool known = false;
            for (auto o : kValueOptions)
                known = known || name == o;
            if (!known)
                return "unknown option " + name;
            if (eq != std::string::npos) {
                parsed.options[name].push_back(a.substr(eq + 1));
            } else {
                if (i + 1 >= args.size())
                    return name + " needs a value";
                parsed.options[name].push_back(args[++i]);
            }
            continue;
        }
        parsed.positional.push_back(a); // includes negative numbers such as -3
    }
    return std::nullopt;
}

std::optional<std::string> single(const Parsed& p, const std::string& name)
{
    auto it = p.options.find(name);
    if (it == p.options.end() || it->second.empty())
        return std::nullopt;
    return it->second.back();
}

bool parseInt(std::string_view s, int& value)
{
    if (s.empty())
        return false;
    const char* first = s.data();
    if (*first == '+')
        ++first;
    auto [ptr, ec] = std::from_chars(first, s.data() + s.size(), value);
    return ec == std::errc() && ptr == s.data() + s.size();
}

class CalendarVerb
{
public:
    CalendarVerb(bool json, std::ostream& out, std::ostream& err)
        : m_json(json)
        , m_out(out)
        , m_err(err)
    {}

    int usageError(const std::string& message)
    {
        m_err << "waymark-cli calendar: " << message << "\n";
        m_err << "Try 'waymark-cli calendar help'.\n";
        return kUsage;
    }

    int badInput(const std::string& message)
    {
        m_err << "waymark-cli calendar: " << message << "\n";
        return kUsage;
    }

    std::optional<Division> division(const Parsed& p, int& code)
    {
        const auto name = single(p, "--division");
        if (!name) {
            code = usageError("--division is required (england-and-wales, scotland or northern-ireland)");
            return std::nullopt;
        }
        auto d = divisionFromName(*name);
        if (!d) {
            code =
                badInput("unknown division '" + *name + "': expected england-and-wales, scotland or northern-ireland");
            return std::nullopt;
        }
        return *d;
    }

    std::optional<Date> date(const std::string& what, const std::string& text, int& code)
    {
        auto d = parseTypedDate(text);
        if (!d) {
            code = badInput("invalid " + what + " '" + text + "': " + d.error().detail);
            return std::nullopt;
        }
        return *d;
    }

    std::optional<WorkingCalendar> calendar(const Parsed& p, int& code)
    {
        const auto div = division(p, code);
        if (!div)
            return std::nullopt;
        std::vector<Date> closures;
        if (auto it = p.options.find("--closure"); it != p.options.end()) {
            for (const std::string& c : it->second) {
                const auto dots = c.find("..");
                const auto from = date("closure date", c.substr(0, dots), code);
                if (!from)
                    return std::nullopt;
                Date to = *from;
                if (dots != std::string::npos) {
                    const auto end = date("closure date", c.substr(dots + 2), code);
                    if (!end)
                        return std::nullopt;
                    to = *end;
                }
                if (to < *from || from->daysUntil(to) > 366) {
                    code = badInput("invalid closure '" + c + "': expected DATE or DATE..DATE, at most a year long");
                    return std::nullopt;
                }
                for (Date d = *from; d <= to; d = d.addDays(1))
                    closures.push_back(d);
            }
        }
        std::vector<AnnualClosure> annual;
        if (auto it = p.options.find("--annual-closure"); it != p.options.end()) {
            for (const std::string& c : it->second) {
                auto a = parseAnnualClosure(c);
                if (!a) {
                    code = badInput("invalid annual closure '" + c + "': " + a.error().detail);
                    return std::nullopt;
                }
                annual.push_back(*a);
            }
        }
        return WorkingCalendar(*div, std::move(closures), std::move(annual));
    }

    int holidays(const Parsed& p)
    {
        if (!p.positional.empty())
            return usageError("unexpected argument '" + p.positional.front() + "'");
        int code = kOk;
        const auto div = division(p, code);
        if (!div)
            return code;
        const auto fromText = single(p, "--from");
        if (!fromText)
            return usageError("--from YEAR is required");
        const std::string toText = single(p, "--to").value_or(*fromText);
        int from = 0;
        int to = 0;
        if (!parseInt(*fromText, from) || from < 1400 || from > 9999)
            return badInput("invalid year '" + *fromText + "': expected a year from 1400 to 9999");
        if (!parseInt(toText, to) || to < 1400 || to > 9999)
            return badInput("invalid year '" + toText + "': expected a year from 1400 to 9999");
        if (to < from)
            return badInput("--to (" + toText + ") is before --from (" + *fromText + ")");

        if (m_json)
            m_out << "[";
        bool first = true;
        for (int y = from; y <= to; ++y) {
            for (const BankHoliday& h : bankHolidays(*div, y)) {
                if (m_json) {
                    m_out << (first ? "\n  " : ",\n  ") << "{\"date\": " << jsonQuote(h.date.toIso())
                          << ", \"name\": " << jsonQuote(h.name)
                          << ", \"substitute\": " << (h.substitute ? "true" : "false") << "}";
                } else {
                    m_out << h.date.toIso() << "\n";
                }
                first = false;
            }
        }
        if (m_json)
            m_out << (first ? "]\n" : "\n]\n");
        return kOk;
    }

    int addWorkingDays(const Parsed& p)
    {
        if (p.positional.size() != 2)
            return usageError("usage: calendar add-working-days DATE N --division D");
        int code = kOk;
        const auto start = date("DATE", p.positional[0], code);
        if (!start)
            return code;
        int n = 0;
        if (!parseInt(p.positional[1], n) || n < -1000000 || n > 1000000)
            return badInput("invalid N '" + p.positional[1] + "': expected a whole number of working days");
        const auto cal = calendar(p, code);
        if (!cal)
            return code;
        const Date result = cal->addWorkingDays(*start, n);
        if (result.isNull())
            return badInput("the result is outside the supported years (1400-9999)");
        if (m_json)
            m_out << "{\"from\": " << jsonQuote(start->toIso()) << ", \"working_days\": " << n
                  << ", \"division\": " << jsonQuote(divisionName(cal->division()))
                  << ", \"date\": " << jsonQuote(result.toIso()) << "}\n";
        else
            m_out << result.toIso() << "\n";
        return kOk;
    }

    int workingDays(const Parsed& p)
    {
        if (p.positional.size() != 2)
            return usageError("usage: calendar working-days FROM TO --division D");
        int code = kOk;
        const auto from = date("FROM date", p.positional[0], code);
        if (!from)
            return code;
        const auto to = date("TO date", p.positional[1], code);
        if (!to)
            return code;
        const auto cal = calendar(p, code);
        if (!cal)
            return code;
        const auto count = cal->workingDaysBetween(*from, *to);
        if (m_json)
            m_out << "{\"from\": " << jsonQuote(from->toIso()) << ", \"to\": " << jsonQuote(to->toIso())
                  << ", \"division\": " << jsonQuote(divisionName(cal->division())) << ", \"working_days\": " << count
                  << "}\n";
        else
            m_out << count << "\n";
        return kOk;
    }

    int isWorkingDay(const Parsed& p)
    {
        if (p.positional.size() != 1)
            return usageError("usage: calendar is-working-day DATE --division D");
        int code = kOk;
        const auto day = date("DATE", p.positional[0], code);
        if (!day)
            return code;
        const auto cal = calendar(p, code);
        if (!cal)
            return code;
        const bool working = cal->isWorkingDay(*day);
        std::string reason;
        if (!working) {
            if (auto h = bankHolidayOn(cal->division(), *day))
                reason = h->name + (h->substitute ? " (substitute day)" : "");
            else if (cal->isClosureDay(*day))
                reason = "scheme closure day";
            else
                reason = "weekend";
        }
        if (m_json)
            m_out << "{\"date\": " << jsonQuote(day->toIso()) << ", \"working_day\": " << (working ? "true" : "false")
                  << ", \"reason\": " << jsonQuote(reason) << "}\n";
        else
            m_out << (working ? "yes" : "no") << "\n" << (reason.empty() ? "" : reason + "\n");
        return kOk;
    }

private:
    bool m_json;
    std::ostream& m_out;
    std::ostream& m_err;
};

} // namespace

std::string calendarUsage()
{
    return "usage: waymark-cli calendar COMMAND ...\n"
           "  holidays --division D --from YEAR [--to YEAR]   bank holidays, one ISO date per line\n"
           "  add-working-days DATE N --division D            the date N working days after DATE\n"
           "  working-days FROM TO --division D               working days after FROM up to and including TO\n"
           "  is-working-day DATE --division D                yes or no, and why\n"
           "  export-ics --from DATE --to DATE --out FILE     your sessions as an iCalendar file (needs a casebook)\n"
           "D: england-and-wales | scotland | northern-ireland. DATE: yyyy-mm-dd or dd/mm/yyyy.\n"
           "Scheme closures: --closure DATE[..DATE], --annual-closure MM-DD[..MM-DD] (repeatable).\n"
           "--json prints JSON. Exit code 2 on bad input.\n";
}

int runCalendarCommand(const std::vector<std::string>& args, bool json, std::ostream& out, std::ostream& err)
{
    if (args.empty()) {
        err << calendarUsage();
        return kUsage;
    }
    const std::string& sub = args.front();
    if (sub == "help" || sub == "--help" || sub == "-h") {
        out << calendarUsage();
        return kOk;
    }
    Parsed parsed;
    CalendarVerb command(json, out, err);
    if (auto problem = parseArgs(args, 1, parsed))
        return command.usageError(*problem);
    if (parsed.help) {
        out << calendarUsage();
        return kOk;
    }
    CalendarVerb cmd(json || parsed.json, out, err);
    if (sub == "holidays")
        return cmd.holidays(parsed);
    if (sub == "add-working-days")
        return cmd.addWorkingDays(parsed);
    if (sub == "working-days")
        return cmd.workingDays(parsed);
    if (sub == "is-working-day")
        return cmd.isWorkingDay(parsed);
    return command.usageError("unknown calendar command '" + sub + "'");
}

} // namespace waymark::cli

namespace waymark::cli {

namespace {

// `calendar ...` needs no casebook and parses its own words (its own --help too).
class CalendarCommand : public Command
{
public:
    std::string_view name() const override { return "calendar"; }
    std::string help() const override
    {
        return helpEntry("calendar ...", "working days, bank holidays, export-ics (docs/cli.md)");
    }
    int run(Context& ctx, std::span<const std::string> argv) override
    {
        if (!argv.empty() && argv.front() == "export-ics") // sessions as iCalendar (SessionCommands.cpp)
            return makeCalendarExportCommand()->run(ctx, argv.subspan(1));
        return runCalendarCommand(std::vector<std::string>(argv.begin(), argv.end()), ctx.json(), ctx.out(), ctx.err());
    }

protected:
    int execute(Context&, const ParsedArgs&) override { return kExitInternal; }
};

} // namespace

void addCalendarCommands(CommandList& list)
{
    list.push_back(std::make_unique<CalendarCommand>());
}

} // namespace waymark::cli
