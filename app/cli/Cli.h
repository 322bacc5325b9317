#pragma once

// waymark-cli: the headless face on the Casebook door. Plain C++, no Qt.
// main.cpp calls run(); one file per command group implements the commands.

#include "app/cli/Json.h"
#include "core/Casebook.h"
#include "core/Error.h"

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace waymark::cli {

// Process exit codes (docs/cli.md and --help list them).
enum ExitCode : int
{
    kExitOk = 0,
    kExitInternal = 1,      // internal or input/output error
    kExitUsage = 2,         // usage or bad input
    kExitCredentials = 3,   // wrong user name or password (or too many attempts)
    kExitValidation = 4,    // a record breaks a rule
    kExitDamaged = 5,       // damaged casebook, or verify found a problem
    kExitPermission = 6,    // the signed-in user's role does not allow it
    kExitNotFound = 7,      // no such casebook, person or user
    kExitConflict = 8,      // conflict or already exists
    kExitTooNew = 9,        // casebook written by a newer Waymark
    kExitNotACasebook = 10, // not a casebook (empty, a folder, a device, text), or its key file is missing or another's
};

int exitCodeFor(ErrorCode code);

// Printable output needs Qt, which the commands do not link: the executable (main.cpp)
// registers renderers before run(). Each returns the file's bytes; the command writes them with
// writeFileAtomically (a temporary name renamed into place). An empty function: the format is
// not available in this build (the command says so and exits 1).
struct Renderers
{
    std::function<Result<std::string>(const Report&)> reportPdf;
    // `interventionTypes`: the casebook's (Plans::interventionTypes()), so its own types print
    // with the label its coordinator gave them.
    std::function<Result<std::string>(const CaseSummary&, const std::vector<CodeEntry>& interventionTypes)>
        caseSummaryPdf;
};
void setRenderers(Renderers renderers);
const Renderers& renderers();

// Runs the program on argv[1..]; returns the exit code. Never throws.
int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

// ---- Command-line options of one command -------------------------------------------

struct OptionSpec
{
    enum Kind
    {
        Flag,          // --name
        Value,         // --name VALUE or --name=VALUE, at most once
        Repeated,      // --name VALUE, any number of times
        OptionalValue, // --name or --name=VALUE (yes/no switches)
    };
    std::string_view name; // without the leading dashes
    Kind kind = Value;
};

struct ParsedArgs
{
    std::map<std::string, std::vector<std::string>, std::less<>> options;
    std::vector<std::string> positionals;

    bool has(std::string_view name) const { return options.find(name) != options.end(); }
    std::optional<std::string> value(std::string_view name) const;
    std::vector<std::string> values(std::string_view name) const;
};

// InvalidInput for an unknown option, a missing value or a value given twice. Errors name the
// option (or its position), never a value. "--" ends the options. With
// `dashWordsArePositional`, a word starting with a single '-' (e.g. a search for "-alex") is a
// positional rather than an unknown option.
Result<ParsedArgs> parseArgs(std::span<const std::string> args, std::span<const OptionSpec> specs,
                             bool dashWordsArePositional = false);

// "'word'" when `word` looks like an option or command name (a-z, 0-9, '-', at most 32
// characters), else empty: error messages quote what was typed only when it cannot be a
// name, a date of birth or other personal data someone put in the wrong place.
std::string quotedIfName(std::string_view word);

// yes/no/true/false/1/0/y/n (any case); an empty value (bare switch) is yes.
Result<bool> parseYesNo(std::string_view text, std::string_view field);
// A non-negative whole number.
Result<long long> parseCount(std::string_view text, std::string_view field);

// ---- What every command gets ------------------------------------------------------

struct Globals
{
    std::optional<std::filesystem::path> casebook;
    std::optional<std::string> user;
    bool passwordStdin = false;
    bool json = false;
};

class Context
{
public:
    Context(Globals globals, std::istream& in, std::ostream& out, std::ostream& err)
        : m_globals(std::move(globals))
        , m_in(in)
        , m_out(out)
        , m_err(err)
    {}
    ~Context();
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    const Globals& globals() const { return m_globals; }
    bool json() const { return m_globals.json; }
    // A command's own --json (after its name) works like the global one.
    void setJson(bool on) { m_globals.json = on; }
    std::ostream& out() { return m_out; }
    std::ostream& err() { return m_err; }

    Result<std::filesystem::path> casebookPath() const;
    Result<std::string> userName() const;
    bool hasPasswordSource() const;
    // The sign-in password: the first line of stdin with --password-stdin, else WAYMARK_PASSWORD.
    Result<std::string> password();
    // A new password (user add / user passwd): WAYMARK_NEW_PASSWORD, else with --password-stdin
    // the next line of stdin.
    Result<std::string> newPassword();
    // The rest of standard input (after any password lines), one item per line; InvalidInput
    // when it is larger than 1 MiB.
    Result<std::vector<std::string>> remainingStdinLines();
    // Opens --casebook as --user with the sign-in password. NotFound when there is no casebook.
    // A user whose password a coordinator reset must choose a new one first: PermissionDenied
    // (rule "must_change_password", exit 6) unless the command changes their own password
    // (allowOwnPasswordChange()).
    Result<std::unique_ptr<Casebook>> open();
    // Called by `user passwd` for the signed-in user's own password, before open().
    void allowOwnPasswordChange() { m_ownPasswordChange = true; }
    // Called by `verify` and `audit verify`, before open(): a casebook whose authority key is not
    // the one the user's key slot holds opens for verifying it (Casebook::OpenFor::Verify).
    void openToVerify() { m_openToVerify = true; }

    // Prints the error (stderr; with --json also as a document on stdout); returns its exit code.
    int fail(const Error& error);
    int fail(ErrorCode code, std::string detail, std::string field = {});
    int usage(std::string detail);
    // "waymark-cli: warning: ..." on stderr.
    void warn(std::string_view message);
    // Prints a result: `doc` with --json, else `text` (a trailing newline is added when missing).
    int done(const Json& doc, std::string_view text);

private:
    Result<std::string> readStdinLine(std::string_view what);

    Globals m_globals;
    std::istream& m_in;
    std::ostream& m_out;
    std::ostream& m_err;
    std::optional<std::string> m_password;
    bool m_ownPasswordChange = false;
    bool m_openToVerify = false;
};

// ---- Commands ----------------------------------------------------------------------
// Each command is a class (app/cli/Command.h), listed once in commands(); one file per
// command group implements them.

// The lines of --fields-stdin ("given=Tegan", blank lines and # comments skipped) as person
// options ("--given=Tegan"). InvalidInput naming the line for a line that is not
// option=value or names an unknown option; a line's text is never echoed.
Result<std::vector<std::string>> parseFieldLines(const std::vector<std::string>& lines);

// The --help text: global options, every command's help block, exit codes.
const std::string& helpText();
std::string versionText();

} // namespace waymark::cli
