// waymark-cli settings eligibility|time-limits|allocation show|set

#include "app/cli/Command.h"
#include "app/cli/Record.h"

#include "core/domain/Eligibility.h"
#include "core/domain/ReferralClocks.h"

#include <algorithm>

namespace waymark::cli {

namespace {

// ---- settings eligibility|time-limits show|set -----------------------------------------

using SettingPairs = std::vector<std::pair<std::string, std::string>>;

// One settings group: its keys and values come from core (eligibilityToSettings, ...), so
// the names a user types are the names the casebook stores, without the group's prefix.
struct SettingsGroup
{
    std::string_view name;   // "eligibility"
    std::string_view prefix; // "eligibility."
    SettingPairs (*get)(const ReferralSettings&);
    Status (*set)(ReferralSettings&, const SettingPairs&);
};

const SettingsGroup kSettingsGroups[] = {
    {"eligibility", "eligibility.", [](const ReferralSettings& s) { return eligibilityToSettings(s.eligibility); },
     [](ReferralSettings& s, const SettingPairs& pairs) -> Status {
         auto rules = eligibilityFromSettings(pairs);
         if (!rules)
             return std::unexpected(rules.error());
         if (auto ok = validateEligibilityRules(*rules); !ok)
             return ok;
         s.eligibility = *rules;
         return {};
     }},
    {"time-limits", "time_limits.", [](const ReferralSettings& s) { return timeLimitsToSettings(s.limits); },
     [](ReferralSettings& s, const SettingPairs& pairs) -> Status {
         auto limits = timeLimitsFromSettings(pairs);
         if (!limits)
             return std::unexpected(limits.error());
         if (auto ok = validateTimeLimits(*limits); !ok)
             return ok;
         s.limits = *limits;
         return {};
     }},
    {"allocation", "allocation.",
     [](const ReferralSettings& s) {
         return SettingPairs{{"allocation.caseworkers_may_take", s.caseworkersMayTake ? "1" : "0"}};
     },
     [](ReferralSettings& s, const SettingPairs& pairs) -> Status {
         for (const auto& [key, value] : pairs) {
             if (key != "allocation.caseworkers_may_take")
                 continue;
             auto yes = parseYesNo(value, key);
             if (!yes || value.empty())
                 return fail(ErrorCode::Validation, "expected 1 or 0 (yes or no)", key);
             s.caseworkersMayTake = *yes;
         }
         return {};
     }},
};

std::string shortKey(const SettingsGroup& group, std::string_view key)
{
    return std::string(key.starts_with(group.prefix) ? key.substr(group.prefix.size()) : key);
}

int printSettings(Context& ctx, const SettingsGroup& group, const ReferralSettings& settings)
{
    Json doc = Json::object();
    std::string text;
    for (const auto& [key, value] : group.get(settings)) {
        doc.set(shortKey(group, key), value);
        text += shortKey(group, key) + "=" + value + "\n";
    }
    return ctx.done(doc, text);
}

class SettingsCommand : public CasebookCommand
{
public:
    SettingsCommand(const SettingsGroup& group, bool set)
        : m_group(group)
        , m_set(set)
        , m_name("settings " + std::string(group.name) + (set ? " set" : " show"))
    {}
    std::string_view name() const override { return m_name; }
    std::string help() const override
    {
        if (!m_set)
            return helpEntry(m_name, "the casebook's " + std::string(m_group.name) + " settings, one KEY=VALUE a line");
        return helpEntry(m_name + " KEY=VALUE...", "change them (coordinators; audited)");
    }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        m_pairs.clear();
        if (!m_set) {
            if (!args.positionals.empty())
                return fail(ErrorCode::InvalidInput, m_name + " takes no arguments");
            return {};
        }
        if (args.positionals.empty())
            return fail(ErrorCode::InvalidInput,
                        m_name + " needs KEY=VALUE (see " + std::string(m_group.name) + " show for the keys)");
        for (const auto& word : args.positionals) {
            const auto eq = word.find('=');
            if (eq == std::string::npos || eq == 0)
                return fail(ErrorCode::InvalidInput, m_name + " takes KEY=VALUE words");
            m_pairs.emplace_back(shortKey(m_group, word.substr(0, eq)), word.substr(eq + 1));
        }
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs&) override
    {
        auto settings = casebook.referrals().settings();
        if (!settings)
            return ctx.fail(settings.error());
        if (!m_set)
            return printSettings(ctx, m_group, *settings);
        SettingPairs pairs = m_group.get(*settings);
        for (const auto& [key, value] : m_pairs) {
            const std::string full = std::string(m_group.prefix) + key;
            auto it = std::find_if(pairs.begin(), pairs.end(), [&](const auto& p) { return p.first == full; });
            if (it == pairs.end()) {
                std::vector<std::string> names;
                for (const auto& p : pairs)
                    names.push_back(shortKey(m_group, p.first));
                std::vector<std::string_view> views(names.begin(), names.end());
                return ctx.fail(ErrorCode::InvalidInput,
                                "unknown " + std::string(m_group.name) + " setting" +
                                    (quotedIfName(key).empty() ? "" : " " + quotedIfName(key)) + " (expected " +
                                    joinWords(views) + ")",
                                "settings");
            }
            it->second = value;
        }
        ReferralSettings changed = *settings;
        if (auto ok = m_group.set(changed, pairs); !ok)
            return ctx.fail(ok.error());
        if (auto saved = casebook.referrals().setSettings(changed); !saved)
            return ctx.fail(saved.error());
        return printSettings(ctx, m_group, changed);
    }

private:
    const SettingsGroup& m_group;
    bool m_set;
    std::string m_name;
    SettingPairs m_pairs;
};

// `settings GROUP VERB`: two words after the command, so one command object dispatches them.
class SettingsDispatch : public Command
{
public:
    SettingsDispatch()
    {
        for (const auto& group : kSettingsGroups) {
            m_commands.push_back(std::make_unique<SettingsCommand>(group, false));
            m_commands.push_back(std::make_unique<SettingsCommand>(group, true));
        }
        m_commands.push_back(makeBackupSettingsCommand(false));
        m_commands.push_back(makeBackupSettingsCommand(true));
    }
    std::string_view name() const override { return "settings"; }
    std::string help() const override
    {
        std::string out;
        for (const auto& c : m_commands)
            out += c->help();
        return out;
    }
    int run(Context& ctx, std::span<const std::string> argv) override
    {
        std::vector<std::string_view> groups;
        for (const auto& g : kSettingsGroups)
            groups.push_back(g.name);
        groups.push_back("backup");
        if (argv.size() >= 2 && argv[0] == "backup") {
            const std::size_t backup = 2 * std::size(kSettingsGroups);
            if (argv[1] == "show")
                return m_commands[backup]->run(ctx, argv.subspan(2));
            if (argv[1] == "set")
                return m_commands[backup + 1]->run(ctx, argv.subspan(2));
            return ctx.usage("settings backup needs show or set");
        }
        if (argv.size() < 2)
            return ctx.usage("settings needs a group and show or set: settings " + joinWords(groups, " or ") +
                             " show|set");
        for (std::size_t i = 0; i < std::size(kSettingsGroups); ++i) {
            if (kSettingsGroups[i].name != argv[0])
                continue;
            if (argv[1] == "show")
                return m_commands[2 * i]->run(ctx, argv.subspan(2));
            if (argv[1] == "set")
                return m_commands[2 * i + 1]->run(ctx, argv.subspan(2));
            return ctx.usage("settings " + argv[0] + " needs show or set");
        }
        const std::string quoted = quotedIfName(argv[0]);
        return ctx.usage("unknown settings group" + (quoted.empty() ? std::string() : " " + quoted) + " (" +
                         joinWords(groups) + ")");
    }

protected:
    int execute(Context&, const ParsedArgs&) override { return kExitInternal; }

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace

void addSettingsCommands(CommandList& list)
{
    list.push_back(std::make_unique<SettingsDispatch>());
}

} // namespace waymark::cli
