// backup create|list|verify|restore and settings backup show|set: the Backups desk
// (core/Backups.h) on the command line. The password that opens a backup is the signed-in
// user's; the reason for a restore is read from standard input.

#include "app/cli/Command.h"
#include "app/cli/Json.h"
#include "core/Casebook.h"
#include "core/Text.h"

#include <ctime>

namespace waymark::cli {

namespace {

std::string utcText(std::chrono::system_clock::time_point t)
{
    return formatUtcMillis(t).substr(0, 19) + "Z";
}

// --to / --in DIR, else the casebook's backup folder.
Result<std::filesystem::path> folderFrom(Casebook& casebook, const ParsedArgs& args, std::string_view option)
{
    if (auto given = args.value(option))
        return std::filesystem::path(*given);
    auto folder = casebook.backups().folder();
    if (folder.empty())
        return fail(ErrorCode::InvalidInput,
                    "no backup folder is set: give --" + std::string(option) +
                        " DIR or set one with settings backup set --folder DIR",
                    std::string(option));
    return folder;
}

// Progress on stderr, a line every 10%.
ProgressFn progressOn(std::ostream& err, std::string_view command)
{
    auto last = std::make_shared<int>(-1);
    return [&err, command, last](int percent, std::string_view phrase) {
        if (*last < 0 || percent / 10 != *last / 10 || percent == 100) {
            err << command << ": " << percent << "% " << phrase << '\n';
            err.flush();
        }
        *last = percent;
        return true;
    };
}

Json momentJson(const BackupMoment& m)
{
    Json o = Json::object();
    o.set("made_at", m.madeAt);
    o.set("made_by", m.madeBy);
    o.set("audit_seq", m.auditSeq);
    o.set("audit_hash", m.auditHash);
    o.set("key_generation", static_cast<long long>(m.keyGeneration));
    o.set("anchored", m.anchored);
    return o;
}

class NoPositionals : public CasebookCommand
{
protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (!args.positionals.empty())
            return fail(ErrorCode::InvalidInput, std::string(name()) + " takes no arguments");
        return {};
    }
};

class OneFile : public CasebookCommand
{
protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, std::string(name()) + " needs one backup file");
        return {};
    }
};

class BackupCreateCommand : public NoPositionals
{
public:
    std::string_view name() const override { return "backup create"; }
    std::string help() const override
    {
        return helpEntry("backup create [--to DIR]",
                         "an encrypted backup of the casebook and its key file (default: the\n"
                         "backup folder); progress on stderr; keeps 7 daily and 4 weekly");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto folder = folderFrom(casebook, args, "to");
        if (!folder)
            return ctx.fail(folder.error());
        auto made = casebook.backups().create(*folder, progressOn(ctx.err(), "backup create"));
        if (!made)
            return ctx.fail(made.error());
        Json doc = Json::object();
        doc.set("file", made->path.string());
        doc.set("made_at", utcText(made->madeAt));
        doc.set("bytes", made->bytes);
        return ctx.done(doc, "backup: " + made->path.string() + " (" + std::to_string(made->bytes) + " bytes)");
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"to", OptionSpec::Value}};
};

class BackupListCommand : public NoPositionals
{
public:
    std::string_view name() const override { return "backup list"; }
    std::string help() const override
    {
        return helpEntry("backup list [--in DIR]",
                         "the backups in DIR (default: the backup folder), newest first; whole = both\n"
                         "files there and matching (backup verify checks inside)");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto folder = folderFrom(casebook, args, "in");
        if (!folder)
            return ctx.fail(folder.error());
        auto listed = casebook.backups().list(*folder);
        if (!listed)
            return ctx.fail(listed.error());
        Json doc = Json::array();
        std::string text;
        for (const auto& f : *listed) {
            Json o = Json::object();
            o.set("file", f.path.filename().string());
            o.set("made_at", utcText(f.madeAt));
            o.set("bytes", f.bytes);
            o.set("whole", f.whole);
            doc.push(std::move(o));
            text += f.path.filename().string() + "  " + utcText(f.madeAt) + "  " + std::to_string(f.bytes) +
                    " bytes  " + (f.whole ? "whole" : "INCOMPLETE") + "\n";
        }
        if (listed->empty())
            text = "no backups in that folder\n";
        return ctx.done(doc, text);
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"in", OptionSpec::Value}};
};

class BackupVerifyCommand : public OneFile
{
public:
    std::string_view name() const override { return "backup verify"; }
    std::string help() const override
    {
        return helpEntry("backup verify FILE", "open a backup with your password and check every page, the\n"
                                               "database and its audit chain (exit 5 when damaged)");
    }

protected:
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto password = ctx.password();
        if (!password)
            return ctx.fail(password.error());
        auto check = casebook.backups().verify(args.positionals.front(), *password);
        if (!check)
            return ctx.fail(check.error());
        Json doc = Json::object();
        doc.set("ok", check->ok);
        doc.set("detail", check->detail);
        doc.set("moment", check->moment ? momentJson(*check->moment) : Json());
        if (!check->ok)
            return ctx.fail(ErrorCode::Damaged, check->detail, "file");
        return ctx.done(doc, "backup: ok (made " + check->moment->madeAt + " by " + check->moment->madeBy +
                                 ", audit row " + std::to_string(check->moment->auditSeq) + ")");
    }
};

// In place over the open casebook (Backups::restore), or, when no casebook is at --casebook
// (a lost, dead or wiped laptop), into that new path (Backups::restoreInto).
class BackupRestoreCommand : public Command
{
public:
    std::string_view name() const override { return "backup restore"; }
    std::string help() const override
    {
        return helpEntry("backup restore FILE", "replace the casebook with a backup you can open (coordinators); the\n"
                                                "reason from standard input; the casebook before is kept beside it;\n"
                                                "when no casebook is at --casebook, the backup is restored there");
    }

protected:
    int execute(Context& ctx, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return ctx.fail(ErrorCode::InvalidInput, std::string(name()) + " needs one backup file");
        auto lines = ctx.remainingStdinLines();
        if (!lines)
            return ctx.fail(lines.error());
        std::string reason;
        for (const auto& line : *lines)
            reason += (reason.empty() ? "" : "\n") + line;
        reason = text::trim(reason);
        if (reason.empty())
            return ctx.fail(ErrorCode::InvalidInput, "backup restore needs a reason on standard input", "reason");
        auto path = ctx.casebookPath();
        if (!path)
            return ctx.fail(path.error());
        if (!Casebook::exists(*path))
            return restoreIntoNewPlace(ctx, *path, args.positionals.front(), reason);
        auto casebook = ctx.open();
        if (!casebook)
            return ctx.fail(casebook.error());
        auto password = ctx.password();
        if (!password)
            return ctx.fail(password.error());
        return reportRestored(ctx,
                              (*casebook)->backups().restore(args.positionals.front(), *password, reason,
                                                             progressOn(ctx.err(), "backup restore")),
                              {});
    }

private:
    // In place: where the casebook as it was is kept; into a new place: that casebook's path.
    static int reportRestored(Context& ctx, const Result<RestoreReport>& restored, const std::filesystem::path& newPath)
    {
        if (!restored)
            return ctx.fail(restored.error());
        Json doc = Json::object();
        doc.set("restored", true);
        doc.set("moment", momentJson(restored->moment));
        std::string text = "restored the backup made " + restored->moment.madeAt + " (audit row " +
                           std::to_string(restored->moment.auditSeq) + ")";
        if (newPath.empty()) {
            doc.set("kept_as", restored->keptAs.string());
            text += "\nthe casebook before it is kept as " + restored->keptAs.string();
        } else {
            doc.set("new_casebook", newPath.string());
            text += " into a new casebook at " + newPath.string();
        }
        return ctx.done(doc, text);
    }
    static int restoreIntoNewPlace(Context& ctx, const std::filesystem::path& path, const std::string& file,
                                   const std::string& reason)
    {
        auto user = ctx.userName();
        if (!user)
            return ctx.fail(user.error());
        auto password = ctx.password();
        if (!password)
            return ctx.fail(password.error());
        return reportRestored(
            ctx,
            Backups::restoreInto(file, path, *user, *password, reason, {}, progressOn(ctx.err(), "backup restore")),
            path);
    }
};

class BackupSettingsCommand : public CasebookCommand
{
public:
    explicit BackupSettingsCommand(bool set)
        : m_set(set)
    {}
    std::string_view name() const override { return m_set ? "settings backup set" : "settings backup show"; }
    std::string help() const override
    {
        if (!m_set)
            return helpEntry("settings backup show", "the backup folder and when the last backup was made");
        return helpEntry("settings backup set [--folder DIR] [--automatic on|off]",
                         "where backups go by default, and automatic backups in the app (daily and on\n"
                         "closing; on unless turned off) (coordinators; audited)");
    }
    std::span<const OptionSpec> options() const override
    {
        return m_set ? std::span<const OptionSpec>(kSpecs) : std::span<const OptionSpec>();
    }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (!args.positionals.empty())
            return fail(ErrorCode::InvalidInput, std::string(name()) + " takes no arguments");
        if (m_set && !args.has("folder") && !args.has("automatic"))
            return fail(ErrorCode::InvalidInput, "settings backup set needs --folder DIR or --automatic on|off",
                        "folder");
        if (m_set && args.has("automatic") && *args.value("automatic") != "on" && *args.value("automatic") != "off")
            return fail(ErrorCode::InvalidInput, "--automatic takes on or off", "automatic");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        if (m_set && args.has("folder")) {
            std::error_code ec;
            const auto folder = std::filesystem::absolute(*args.value("folder"), ec);
            if (auto st = casebook.backups().setFolder(folder); !st)
                return ctx.fail(st.error());
        }
        if (m_set && args.has("automatic")) {
            if (auto st = casebook.backups().setAutomatic(*args.value("automatic") == "on"); !st)
                return ctx.fail(st.error());
        }
        const bool automatic = casebook.backups().automatic();
        const auto folder = casebook.backups().folder();
        const auto last = casebook.backups().lastBackup();
        Json doc = Json::object();
        doc.set("folder", folder.string());
        doc.set("last_backup", last ? Json(utcText(*last)) : Json());
        doc.set("overdue", casebook.backups().overdue());
        doc.set("automatic", automatic);
        return ctx.done(doc, "folder=" + folder.string() + "\nautomatic=" + (automatic ? "on" : "off") +
                                 "\nlast_backup=" + (last ? utcText(*last) : "never") +
                                 (casebook.backups().overdue() ? "\nwarning: no backup in the last 7 days" : ""));
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"folder", OptionSpec::Value}, {"automatic", OptionSpec::Value}};
    bool m_set;
};

} // namespace

std::unique_ptr<Command> makeBackupSettingsCommand(bool set)
{
    return std::make_unique<BackupSettingsCommand>(set);
}

void addBackupCommands(CommandList& list)
{
    list.push_back(std::make_unique<BackupCreateCommand>());
    list.push_back(std::make_unique<BackupListCommand>());
    list.push_back(std::make_unique<BackupVerifyCommand>());
    list.push_back(std::make_unique<BackupRestoreCommand>());
}

} // namespace waymark::cli
