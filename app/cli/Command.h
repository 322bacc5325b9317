#pragma once

// The shape of every waymark-cli command.
//
// A Command has a name ("person show", "info"), a help block and the options it accepts.
// run() parses the words after the name against options() (plus a trailing --json, which
// works like the global one) and calls execute(). Most commands work on an open casebook:
// they derive from CasebookCommand, check their arguments in prepare() (usage errors come
// before the password is read), and get the open Casebook in execute(); the base signs in
// once, with the same password sources as every other command.
//
// Commands are listed once, in commands() (Cli.cpp), from which dispatch, the group
// messages ("person needs a subcommand: ...") and --help are made. Adding a command is a
// new class in its group's file plus one line in that group's add...Commands().
//
// Named choices (filters, sorts, divisions) are tables of Choice: the parser, the error
// message and the help text are all made from the one table.

#include "app/cli/Cli.h"

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace waymark::cli {

class Command
{
public:
    virtual ~Command() = default;

    // One or two words: "info", "person show".
    virtual std::string_view name() const = 0;
    // Its block in --help: lines starting with two spaces, e.g.
    // "  person show REF       the whole record\n".
    virtual std::string help() const = 0;
    // The options it accepts (without --json, which every command takes).
    virtual std::span<const OptionSpec> options() const { return {}; }
    // A word starting with a single '-' is a positional (a search query may start with one).
    virtual bool dashWordsArePositional() const { return false; }

    // Parses `argv` (the words after the name) and runs. Returns the exit code.
    virtual int run(Context& ctx, std::span<const std::string> argv);

protected:
    // The options as given (a command may extend them, e.g. with lines from stdin).
    virtual Result<ParsedArgs> parse(Context& ctx, std::span<const std::string> argv);
    virtual int execute(Context& ctx, const ParsedArgs& args) = 0;
};

// A command that works on an open casebook.
class CasebookCommand : public Command
{
protected:
    // Checks the arguments and builds what needs no casebook; an error here is printed
    // before the password is read or the casebook touched.
    virtual Status prepare(Context& ctx, const ParsedArgs& args);
    virtual int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) = 0;

private:
    int execute(Context& ctx, const ParsedArgs& args) final;
};

using CommandList = std::vector<std::unique_ptr<Command>>;

// Every command, in --help order.
const CommandList& commands();

// Each group's file adds its commands.
void addCasebookCommands(CommandList& list); // init, info, compact, verify, audit, demo, codes
void addUserCommands(CommandList& list);
void addAuditCommands(CommandList& list); // audit verify|export (audit list: casebook commands)
void addPersonCommands(CommandList& list);
void addCalendarCommands(CommandList& list);
void addReferralCommands(CommandList& list); // referral ..., work; calls the two below
void addImportCommands(CommandList& list);   // referral import
void addSettingsCommands(CommandList& list); // settings ...
void addBackupCommands(CommandList& list);   // backup create|list|verify|restore
void addSessionCommands(CommandList& list);  // session add|update|list
// `calendar export-ics`, dispatched by the calendar command (SessionCommands.cpp).
std::unique_ptr<Command> makeCalendarExportCommand();
void addNoteCommands(CommandList& list);        // note add|edit|show|list|history|search
void addAssessmentCommands(CommandList& list);  // assessment ..., template ...
void addPlanCommands(CommandList& list);        // plan ..., intervention ..., provider ...
void addTaskCommands(CommandList& list);        // task add|done|list, timeline
void addCaseCommands(CommandList& list);        // case close|approve|return|reopen, outcome ..., followup ...
void addReportCommands(CommandList& list);      // report list|run
void addCaseSummaryCommands(CommandList& list); // case summary (a PDF through Renderers)
// `--casebook PATH codes intervention-type`: the built-in types and the casebook's own.
int listCasebookInterventionTypes(Context& ctx);
// `settings backup show|set`, dispatched by the settings command.
std::unique_ptr<Command> makeBackupSettingsCommand(bool set);

// Casebook::rekey with progress on stderr ("casebook rekey", and "user remove" after the removal).
Result<RekeyReport> rekeyWithProgress(Context& ctx, Casebook& casebook, std::string_view reason);
// A verification that found a problem: `problem` on stderr, `doc` with an error member (--json) or `text`; exit 5.
int verifyFailed(Context& ctx, std::string_view command, const std::string& problem, Json doc, const std::string& text);

// Runs the command named by `word` (and for a group, the first of `rest`).
int dispatchCommand(Context& ctx, std::string_view word, std::span<const std::string> rest);

// ---- Looking records up by what a user types -----------------------------------------

// A person by case reference or id (a consultation of the record).
Result<Person> personByRef(Casebook& casebook, std::string_view ref);

// ---- Named choices -----------------------------------------------------------------

template <class E> struct Choice
{
    std::string_view name;
    E value;
};

// "a, b or c".
std::string joinWords(const std::vector<std::string_view>& words, std::string_view lastJoin = " or ");

template <class E> std::vector<std::string_view> choiceNames(std::span<const Choice<E>> choices)
{
    std::vector<std::string_view> names;
    for (const auto& c : choices)
        names.push_back(c.name);
    return names;
}

// "a|b|c" for help text.
template <class E> std::string choiceBar(std::span<const Choice<E>> choices)
{
    std::string out;
    for (const auto& c : choices)
        out += (out.empty() ? "" : "|") + std::string(c.name);
    return out;
}

// The value named `name`; else InvalidInput "unknown <noun> (expected a, b or c)" on `field`.
template <class E>
Result<E> choose(std::span<const Choice<E>> choices, std::string_view name, std::string_view noun,
                 std::string_view field)
{
    for (const auto& c : choices)
        if (c.name == name)
            return c.value;
    return fail(ErrorCode::InvalidInput,
                "unknown " + std::string(noun) + " (expected " + joinWords(choiceNames(choices)) + ")",
                std::string(field));
}

// ---- Help layout -------------------------------------------------------------------

// "a|b|c", broken onto a new line (starting with `indent`) before a name that would pass
// `width` characters.
std::string wrapBar(const std::vector<std::string_view>& names, std::size_t width, std::string_view indent);

// "  <usage>" padded to column 24 then `summary` (on the next line when the usage is long);
// further lines of `summary` are indented to column 24.
std::string helpEntry(std::string_view usage, std::string_view summary);

} // namespace waymark::cli
