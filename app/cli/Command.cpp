#include "app/cli/Command.h"

#include "app/cli/Record.h"

#include <algorithm>

namespace waymark::cli {

namespace {

std::string_view firstWord(std::string_view name)
{
    return name.substr(0, name.find(' '));
}

std::string_view secondWord(std::string_view name)
{
    const auto space = name.find(' ');
    return space == std::string_view::npos ? std::string_view() : name.substr(space + 1);
}

} // namespace

// ---- Command -------------------------------------------------------------------------

int Command::run(Context& ctx, std::span<const std::string> argv)
{
    auto args = parse(ctx, argv);
    if (!args)
        return ctx.fail(args.error());
    if (args->has("json")) {
        ctx.setJson(true);
        args->options.erase(args->options.find("json"));
    }
    return execute(ctx, *args);
}

Result<ParsedArgs> Command::parse(Context&, std::span<const std::string> argv)
{
    std::vector<OptionSpec> specs(options().begin(), options().end());
    specs.push_back({"json", OptionSpec::Flag});
    return parseArgs(argv, specs, dashWordsArePositional());
}

// ---- CasebookCommand -----------------------------------------------------------------

Status CasebookCommand::prepare(Context&, const ParsedArgs&)
{
    return {};
}

int CasebookCommand::execute(Context& ctx, const ParsedArgs& args)
{
    if (auto ready = prepare(ctx, args); !ready)
        return ctx.fail(ready.error());
    auto casebook = ctx.open();
    if (!casebook)
        return ctx.fail(casebook.error());
    return executeOn(ctx, **casebook, args);
}

// ---- Registry and dispatch -----------------------------------------------------------

const CommandList& commands()
{
    static const CommandList list = [] {
        CommandList all;
        addCasebookCommands(all);
        addAuditCommands(all);
        addUserCommands(all);
        addPersonCommands(all);
        addReferralCommands(all);
        addAssessmentCommands(all);
        addCalendarCommands(all);
        addSessionCommands(all);
        addBackupCommands(all);
        addNoteCommands(all);
        addTaskCommands(all);
        addCaseCommands(all);
        addPlanCommands(all);
        addReportCommands(all);
        addCaseSummaryCommands(all);
        return all;
    }();
    return list;
}

int dispatchCommand(Context& ctx, std::string_view word, std::span<const std::string> rest)
{
    std::vector<Command*> group;
    for (const auto& c : commands())
        if (firstWord(c->name()) == word)
            group.push_back(c.get());
    if (group.empty()) {
        const std::string quoted = quotedIfName(word);
        return ctx.usage("unknown command" + (quoted.empty() ? std::string() : " " + quoted) +
                         " (see waymark-cli --help)");
    }
    if (group.size() == 1 && secondWord(group.front()->name()).empty())
        return group.front()->run(ctx, rest);

    std::vector<std::string_view> subs;
    for (const Command* c : group)
        if (std::find(subs.begin(), subs.end(), secondWord(c->name())) == subs.end())
            subs.push_back(secondWord(c->name()));
    if (rest.empty())
        return ctx.usage(std::string(word) + " needs a subcommand: " + joinWords(subs));
    for (Command* c : group)
        if (secondWord(c->name()) == rest.front())
            return c->run(ctx, rest.subspan(1));
    const std::string quoted = quotedIfName(rest.front());
    return ctx.usage("unknown " + std::string(word) + " subcommand" + (quoted.empty() ? std::string() : " " + quoted) +
                     " (" + joinWords(subs) + ")");
}

// ---- Words and help ------------------------------------------------------------------

std::string joinWords(const std::vector<std::string_view>& words, std::string_view lastJoin)
{
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0)
            out += (i + 1 == words.size()) ? std::string(lastJoin) : std::string(", ");
        out += words[i];
    }
    return out;
}

std::string wrapBar(const std::vector<std::string_view>& names, std::size_t width, std::string_view indent)
{
    std::string out;
    std::size_t lineStart = 0;
    for (auto n : names) {
        if (!out.empty() && out.size() - lineStart + n.size() + 1 > width) {
            out += "|\n";
            out += indent;
            lineStart = out.size();
        } else if (!out.empty()) {
            out += '|';
        }
        out += n;
    }
    return out;
}

std::string helpEntry(std::string_view usage, std::string_view summary)
{
    constexpr std::size_t kColumn = 24;
    std::string out = "  ";
    out += usage;
    if (summary.empty())
        return out + '\n';
    if (out.size() + 1 < kColumn) {
        out.append(kColumn - out.size(), ' ');
    } else {
        out += '\n';
        out.append(kColumn, ' ');
    }
    for (char c : summary) {
        out += c;
        if (c == '\n')
            out.append(kColumn, ' ');
    }
    return out + '\n';
}

// ---- Record text ---------------------------------------------------------------------

std::vector<std::string> textLines(const Json& value)
{
    if (const auto* s = value.asString())
        return s->empty() ? std::vector<std::string>{} : std::vector<std::string>{*s};
    if (const auto* b = value.asBool())
        return *b ? std::vector<std::string>{"yes"} : std::vector<std::string>{};
    if (const auto* i = value.asInteger())
        return {std::to_string(*i)};
    if (const auto* a = value.asArray()) {
        std::vector<std::string> lines;
        for (const auto& element : *a)
            for (auto& line : textLines(element))
                lines.push_back(std::move(line));
        return lines;
    }
    if (value.isNull())
        return {};
    return {value.dump(0)};
}

} // namespace waymark::cli
