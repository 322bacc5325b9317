#include "app/cli/Cli.h"

#include "app/cli/Command.h"
#include "core/security/SecureBytes.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <exception>
#include <istream>
#include <ostream>

#ifndef WAYMARK_VERSION
#define WAYMARK_VERSION "0.0.0"
#endif

namespace waymark::cli {

namespace {

constexpr std::string_view kHelpHead = R"(Usage: waymark-cli [GLOBAL OPTIONS] COMMAND [ARGUMENTS]

Headless administration and automation for Waymark casebooks.

Global options (before the command):
  --casebook PATH       the casebook file (its key file sits beside it)
  --user NAME           sign in as NAME
  --password-stdin      read the password from the first line of standard input
                        (otherwise from the environment variable WAYMARK_PASSWORD)
  --json                print one JSON document on standard output
  --version             print the version and the SQLCipher version
  --help                print this help

New passwords (init, user add, user passwd):
  init uses the sign-in password (WAYMARK_PASSWORD or the first stdin line) for the
  new coordinator. user add and user passwd take the new password from
  WAYMARK_NEW_PASSWORD, or with --password-stdin from the next line of standard input.

Commands:
)";

constexpr std::string_view kHelpTail = R"(
Person options:
  --given NAME --family NAME --preferred NAME --alias NAME (repeatable)
  --dob DATE (YYYY-MM-DD or DD/MM/YYYY) --dob-estimated[=yes|no]
  --sex CODE --gender-identity TEXT --ethnicity CODE --first-language TEXT --interpreter[=yes|no]
  --address TEXT --postcode POSTCODE --phone TEXT --school TEXT --ete-status CODE
  --pnc REF --nhs NUMBER --upn UPN --la-id ID
  --flag NAME (repeatable; replaces the set; "none" clears): looked-after, child-protection-plan,
      child-in-need, early-help, care-leaver, send-aln, send-aln-plan, exploitation-concern, restricted
  --contact "name|relationship|phone|pr" (repeatable; replaces the list; "" clears); pr is yes or no
  --fields-stdin        read these options from standard input instead, one option=value a line
                        (e.g. given=Tegan), after the password line with --password-stdin: keeps
                        children's details out of the process list and the shell history

Exit codes:
  0 ok                        5 damaged casebook, or verify found a problem
  1 internal, i/o error, busy 6 permission denied
  2 usage or bad input        7 not found (casebook, person, user)
  3 wrong user or password    8 conflict or already exists
  4 validation                9 casebook from a newer Waymark
                             10 not a casebook, or its key file is missing or another's
)";

constexpr OptionSpec kGlobalSpecs[] = {
    {"casebook", OptionSpec::Value}, {"user", OptionSpec::Value},   {"password-stdin", OptionSpec::Flag},
    {"json", OptionSpec::Flag},      {"version", OptionSpec::Flag}, {"help", OptionSpec::Flag},
};

// A short human lead for each error code; the core's English detail follows it.
std::string_view lead(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NotACasebook:
        return "not a Waymark casebook";
    case ErrorCode::KeyFileMissing:
        return "the casebook's key file is missing";
    case ErrorCode::KeyFileMismatch:
        return "the key file belongs to another casebook";
    case ErrorCode::InvalidInput:
        return "bad input";
    case ErrorCode::Validation:
        return "not saved";
    case ErrorCode::WrongCredentials:
        return "wrong user name or password";
    case ErrorCode::Throttled:
        return "too many failed sign-ins; wait and try again";
    case ErrorCode::Damaged:
        return "the casebook is damaged; restore a backup";
    case ErrorCode::TooNew:
        return "the casebook was written by a newer Waymark; it was not touched";
    case ErrorCode::NotFound:
        return "not found";
    case ErrorCode::AlreadyExists:
        return "already exists";
    case ErrorCode::PermissionDenied:
        return "permission denied";
    case ErrorCode::Conflict:
        return "conflict";
    case ErrorCode::Busy:
        return "the casebook is in use by another program; try again in a moment";
    case ErrorCode::Io:
        return "input/output error; nothing was changed";
    case ErrorCode::Engine:
        return "database engine error";
    case ErrorCode::Cancelled:
        return "cancelled";
    case ErrorCode::Internal:
        return "internal error";
    }
    return "error";
}

// The lead for one error: some codes say more from their rule.
std::string_view lead(const Error& error)
{
    switch (error.code) {
    case ErrorCode::NotACasebook:
        if (error.rule == "empty")
            return "not a casebook: the file is empty (an interrupted copy or creation?)";
        return "not a Waymark casebook";
    case ErrorCode::KeyFileMissing:
        return "the casebook's key file is missing: PATH.keys must sit beside the casebook (nothing was changed)";
    case ErrorCode::KeyFileMismatch:
        if (error.rule == "generation")
            return "the casebook and its key file are from different moments: one of them is an older copy; put "
                   "back the pair that belongs together (nothing was changed)";
        return "the key file beside the casebook belongs to another casebook (nothing was changed)";
    case ErrorCode::Io:
        if (error.rule == "disk_full")
            return "the disk is full; nothing was changed";
        if (error.rule == "read_only")
            return "the casebook is read-only; nothing was changed";
        if (error.rule == "permission_denied")
            return "permission denied by the file system; nothing was changed";
        return "input/output error; nothing was changed";
    default:
        break;
    }
    return lead(error.code);
}

std::string getEnv(const char* name)
{
    const char* value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

bool envSet(const char* name)
{
    return std::getenv(name) != nullptr;
}

} // namespace

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return kExitUsage;
    case ErrorCode::Validation:
        return kExitValidation;
    case ErrorCode::WrongCredentials:
    case ErrorCode::Throttled:
        return kExitCredentials;
    case ErrorCode::Damaged:
        return kExitDamaged;
    case ErrorCode::NotACasebook:
    case ErrorCode::KeyFileMissing:
    case ErrorCode::KeyFileMismatch:
        return kExitNotACasebook;
    case ErrorCode::TooNew:
        return kExitTooNew;
    case ErrorCode::NotFound:
        return kExitNotFound;
    case ErrorCode::AlreadyExists:
    case ErrorCode::Conflict:
        return kExitConflict;
    case ErrorCode::PermissionDenied:
        return kExitPermission;
    case ErrorCode::Busy:
    case ErrorCode::Io:
    case ErrorCode::Engine:
    case ErrorCode::Cancelled:
    case ErrorCode::Internal:
        return kExitInternal;
    }
    return kExitInternal;
}

const std::string& helpText()
{
    static const std::string text = [] {
        std::string out(kHelpHead);
        for (const auto& command : commands())
            out += command->help();
        out += kHelpTail;
        return out;
    }();
    return text;
}

std::string versionText()
{
    std::string engine = Casebook::engineVersion();
    return std::string("waymark-cli ") + WAYMARK_VERSION + " (SQLCipher " + (engine.empty() ? "missing" : engine) + ")";
}

// ---- ParsedArgs --------------------------------------------------------------------

std::optional<std::string> ParsedArgs::value(std::string_view name) const
{
    auto it = options.find(name);
    if (it == options.end() || it->second.empty())
        return std::nullopt;
    return it->second.back();
}

std::vector<std::string> ParsedArgs::values(std::string_view name) const
{
    auto it = options.find(name);
    return it == options.end() ? std::vector<std::string>{} : it->second;
}

std::string quotedIfName(std::string_view word)
{
    if (word.empty() || word.size() > 32)
        return {};
    for (char c : word)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return {};
    return "'" + std::string(word) + "'";
}

Result<ParsedArgs> parseArgs(std::span<const std::string> args, std::span<const OptionSpec> specs,
                             bool dashWordsArePositional)
{
    ParsedArgs parsed;
    bool optionsEnded = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const std::string position = "argument " + std::to_string(i + 1);
        if (optionsEnded || arg.size() < 2 || !arg.starts_with("--")) {
            if (!optionsEnded && !dashWordsArePositional && arg.size() > 1 && arg[0] == '-')
                return fail(ErrorCode::InvalidInput,
                            "unknown option at " + position + " (a value starting with '-' needs '--' before it)");
            parsed.positionals.push_back(arg);
            continue;
        }
        if (arg == "--") {
            optionsEnded = true;
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name.resize(eq);
        }
        const auto spec = std::find_if(specs.begin(), specs.end(), [&](const OptionSpec& s) { return s.name == name; });
        if (spec == specs.end()) {
            const std::string quoted = quotedIfName(name);
            return fail(ErrorCode::InvalidInput, "unknown option " +
                                                     (quoted.empty() ? "at " + position : "'--" + name + "'") +
                                                     " (see waymark-cli --help)");
        }
        std::string value;
        switch (spec->kind) {
        case OptionSpec::Flag:
            if (inlineValue)
                return fail(ErrorCode::InvalidInput, "option '--" + name + "' takes no value");
            break;
        case OptionSpec::OptionalValue:
            value = inlineValue.value_or(std::string());
            break;
        case OptionSpec::Value:
        case OptionSpec::Repeated:
            if (inlineValue) {
                value = *inlineValue;
            } else {
                if (i + 1 >= args.size())
                    return fail(ErrorCode::InvalidInput, "option '--" + name + "' needs a value");
                value = args[++i];
            }
            break;
        }
        auto& slot = parsed.options[name];
        if (!slot.empty() && spec->kind != OptionSpec::Repeated)
            return fail(ErrorCode::InvalidInput, "option '--" + name + "' given more than once");
        slot.push_back(std::move(value));
    }
    return parsed;
}

Result<bool> parseYesNo(std::string_view text, std::string_view field)
{
    std::string lower;
    for (char c : text)
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower.empty() || lower == "yes" || lower == "y" || lower == "true" || lower == "1")
        return true;
    if (lower == "no" || lower == "n" || lower == "false" || lower == "0")
        return false;
    return fail(ErrorCode::InvalidInput, "expected yes or no", std::string(field));
}

Result<long long> parseCount(std::string_view text, std::string_view field)
{
    long long value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size() || value < 0)
        return fail(ErrorCode::InvalidInput, "expected a whole number, 0 or more", std::string(field));
    return value;
}

// ---- Context -----------------------------------------------------------------------

Context::~Context()
{
    // The password has been used by now; overwrite it rather than leave it in freed memory.
    if (m_password)
        waymark::wipeString(*m_password);
}

Result<std::filesystem::path> Context::casebookPath() const
{
    if (!m_globals.casebook || m_globals.casebook->empty())
        return waymark::fail(ErrorCode::InvalidInput, "no casebook: give --casebook PATH before the command");
    return *m_globals.casebook;
}

Result<std::string> Context::userName() const
{
    if (!m_globals.user || m_globals.user->empty())
        return waymark::fail(ErrorCode::InvalidInput, "no user: give --user NAME before the command");
    return *m_globals.user;
}

bool Context::hasPasswordSource() const
{
    return m_globals.passwordStdin || envSet("WAYMARK_PASSWORD");
}

Result<std::string> Context::readStdinLine(std::string_view what)
{
    std::string line;
    if (!std::getline(m_in, line))
        return waymark::fail(ErrorCode::InvalidInput, "standard input ended before the " + std::string(what));
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

Result<std::vector<std::string>> Context::remainingStdinLines()
{
    if (m_globals.passwordStdin)
        (void)password(); // the first line is the password: read it first, whatever the order of calls
    // Records and queries are small: a megabyte of input is a mistake (a file piped in by
    // accident), refused before it is held in memory several times over.
    constexpr std::size_t kMaxStdinBytes = 1024 * 1024;
    std::vector<std::string> lines;
    std::size_t total = 0;
    std::string line;
    char c = 0;
    while (m_in.get(c)) {
        if (++total > kMaxStdinBytes)
            return waymark::fail(ErrorCode::InvalidInput, "standard input is larger than 1 MiB", "stdin");
        if (c != '\n') {
            line += c;
            continue;
        }
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        lines.push_back(std::move(line));
        line.clear();
    }
    if (!line.empty()) {
        if (line.back() == '\r')
            line.pop_back();
        lines.push_back(std::move(line));
    }
    return lines;
}

Result<std::string> Context::password()
{
    if (m_password)
        return *m_password;
    if (m_globals.passwordStdin) {
        auto line = readStdinLine("password");
        if (!line)
            return line;
        m_password = std::move(*line);
        return *m_password;
    }
    if (envSet("WAYMARK_PASSWORD")) {
        m_password = getEnv("WAYMARK_PASSWORD");
        return *m_password;
    }
    return waymark::fail(ErrorCode::InvalidInput, "no password: set WAYMARK_PASSWORD or use --password-stdin");
}

Result<std::string> Context::newPassword()
{
    if (envSet("WAYMARK_NEW_PASSWORD"))
        return getEnv("WAYMARK_NEW_PASSWORD");
    if (m_globals.passwordStdin) {
        // The sign-in password is the first line; read it first so the order is fixed.
        if (auto signIn = password(); !signIn)
            return signIn;
        return readStdinLine("new password");
    }
    return waymark::fail(ErrorCode::InvalidInput,
                         "no new password: set WAYMARK_NEW_PASSWORD or give it on the next line with --password-stdin");
}

Result<std::unique_ptr<Casebook>> Context::open()
{
    auto path = casebookPath();
    if (!path)
        return std::unexpected(path.error());
    auto user = userName();
    if (!user)
        return std::unexpected(user.error());
    // Not a casebook, or no key file: said before the password is read.
    if (auto st = Casebook::probe(*path); !st)
        return std::unexpected(st.error());
    auto pw = password();
    if (!pw)
        return std::unexpected(pw.error());
    auto casebook =
        Casebook::open(*path, *user, *pw, {}, m_openToVerify ? Casebook::OpenFor::Verify : Casebook::OpenFor::Work);
    if (!casebook || m_ownPasswordChange)
        return casebook;
    // After a coordinator's reset the account works for one thing only: choosing a new
    // password (as the GUI asks at sign-in).
    auto must = (*casebook)->users().mustChangePassword();
    if (!must)
        return std::unexpected(must.error());
    if (*must) {
        Error e = Error::make(ErrorCode::PermissionDenied,
                              "a coordinator reset your password: choose a new one first with `waymark-cli user "
                              "passwd` (WAYMARK_NEW_PASSWORD or the next line of --password-stdin)",
                              "password");
        e.rule = "must_change_password";
        return std::unexpected(std::move(e));
    }
    return casebook;
}

int Context::fail(const Error& error)
{
    std::string line = "waymark-cli: ";
    line += lead(error);
    if (!error.field.empty()) {
        line += ": ";
        line += error.field;
    }
    if (!error.detail.empty() && error.detail != lead(error)) {
        line += " (";
        line += error.detail;
        line += ")";
    }
    m_err << line << '\n';
    if (m_globals.json) {
        Json inner = Json::object();
        inner.set("code", errorCodeName(error.code));
        inner.set("field", error.field.empty() ? Json() : Json(error.field));
        if (!error.rule.empty())
            inner.set("rule", error.rule);
        inner.set("message", error.detail.empty() ? std::string(lead(error)) : error.detail);
        Json doc = Json::object();
        doc.set("error", std::move(inner));
        m_out << doc.dump() << '\n';
    }
    m_out.flush();
    m_err.flush();
    return exitCodeFor(error.code);
}

int Context::fail(ErrorCode code, std::string detail, std::string field)
{
    return fail(Error::make(code, std::move(detail), std::move(field)));
}

int Context::usage(std::string detail)
{
    return fail(ErrorCode::InvalidInput, std::move(detail));
}

void Context::warn(std::string_view message)
{
    m_err << "waymark-cli: warning: " << message << '\n';
}

int Context::done(const Json& doc, std::string_view text)
{
    if (m_globals.json) {
        m_out << doc.dump() << '\n';
    } else {
        m_out << text;
        if (!text.empty() && text.back() != '\n')
            m_out << '\n';
    }
    m_out.flush();
    return kExitOk;
}

// ---- renderers -----------------------------------------------------------------------

namespace {
Renderers& rendererSlot()
{
    static Renderers slot;
    return slot;
}
} // namespace

void setRenderers(Renderers renderers)
{
    rendererSlot() = std::move(renderers);
}

const Renderers& renderers()
{
    return rendererSlot();
}

// ---- run ---------------------------------------------------------------------------

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err)
{
    try {
        // Global options end at the first word that is not an option: the command.
        std::size_t commandIndex = 0;
        while (commandIndex < args.size() && args[commandIndex].starts_with("-")) {
            const std::string& a = args[commandIndex];
            const bool takesValue = (a == "--casebook" || a == "--user");
            commandIndex += takesValue ? 2 : 1;
        }
        commandIndex = std::min(commandIndex, args.size());
        const std::span<const std::string> globalArgs(args.data(), commandIndex);

        Globals globals;
        // --json is honoured even when the other options are wrong, so errors come out as JSON.
        globals.json = std::find(globalArgs.begin(), globalArgs.end(), "--json") != globalArgs.end();
        auto parsed = parseArgs(globalArgs, kGlobalSpecs);
        if (!parsed) {
            Context ctx(globals, in, out, err);
            return ctx.fail(parsed.error());
        }
        if (auto v = parsed->value("casebook"))
            globals.casebook = std::filesystem::path(*v);
        globals.user = parsed->value("user");
        globals.passwordStdin = parsed->has("password-stdin");
        Context ctx(globals, in, out, err);

        if (parsed->has("version")) {
            Json doc = Json::object();
            doc.set("name", "waymark-cli");
            doc.set("version", WAYMARK_VERSION);
            doc.set("sqlcipher", Casebook::engineVersion());
            return ctx.done(doc, versionText());
        }
        if (parsed->has("help")) {
            out << helpText();
            return kExitOk;
        }
        if (commandIndex >= args.size()) {
            err << helpText();
            return ctx.usage("no command given");
        }
        const std::string& command = args[commandIndex];
        const std::span<const std::string> rest(args.data() + commandIndex + 1, args.size() - commandIndex - 1);
        if (command == "help" ||
            (std::find(rest.begin(), rest.end(), "--help") != rest.end() && command != "calendar")) {
            out << helpText();
            return kExitOk;
        }
        return dispatchCommand(ctx, command, rest);
    } catch (const std::exception& e) {
        err << "waymark-cli: internal error: " << e.what() << '\n';
        return kExitInternal;
    } catch (...) {
        err << "waymark-cli: internal error\n";
        return kExitInternal;
    }
}

} // namespace waymark::cli
