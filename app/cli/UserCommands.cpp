// waymark-cli user add | passwd | remove | role | list

#include "app/cli/Command.h"
#include "app/cli/Record.h"

#include "core/security/Role.h"

namespace waymark::cli {

namespace {

const Field<UserInfo> kUserFields[] = {
    {"id", "Id", [](const UserInfo& u) { return Json(u.id.toString()); }},
    {"username", "User name", [](const UserInfo& u) { return Json(u.username); }, nullptr, true},
    {"role", "Role", [](const UserInfo& u) { return Json(roleName(u.role)); }, nullptr, true},
    {"active", "Active", [](const UserInfo& u) { return Json(u.active); },
     [](const UserInfo& u) { return std::vector<std::string>{u.active ? "active" : "removed"}; }, true},
    {"display_name", "Display name", [](const UserInfo& u) { return Json(u.displayName); }, nullptr, true},
};

class UserAddCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "user add"; }
    std::string help() const override
    {
        return helpEntry("user add NAME --role coordinator|caseworker|auditor [--display-name NAME]", "");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, "user add needs one user name");
        auto roleText = args.value("role");
        if (!roleText)
            return fail(ErrorCode::InvalidInput, "user add needs --role coordinator, caseworker or auditor");
        auto role = roleFromName(*roleText);
        if (!role)
            return std::unexpected(role.error());
        m_role = *role;
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto password = ctx.newPassword();
        if (!password)
            return ctx.fail(password.error());
        auto added = casebook.users().add(args.positionals.front(), *password, m_role,
                                          args.value("display-name").value_or(std::string()));
        if (!added)
            return ctx.fail(added.error());
        return ctx.done(recordJson<UserInfo>(kUserFields, *added),
                        "added user " + added->username + " (" + std::string(roleName(added->role)) + ")");
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"role", OptionSpec::Value}, {"display-name", OptionSpec::Value}};
    Role m_role = Role::Caseworker;
};

class UserPasswdCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "user passwd"; }
    std::string help() const override
    {
        return helpEntry("user passwd [NAME]", "change your own password (NAME omitted or yours; the current\n"
                                               "password is the sign-in password), or reset NAME's (coordinators)");
    }

protected:
    Status prepare(Context& ctx, const ParsedArgs& args) override
    {
        if (args.positionals.size() > 1)
            return fail(ErrorCode::InvalidInput, "user passwd takes at most one user name");
        // Changing one's own password is what a user whose password was reset must do first;
        // resetting someone else's is not.
        const auto self = ctx.userName();
        if (args.positionals.empty() || (self && *self == args.positionals.front()))
            ctx.allowOwnPasswordChange();
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        const std::string self = casebook.user().username;
        const std::string target = args.positionals.empty() ? self : args.positionals.front();
        auto password = ctx.newPassword();
        if (!password)
            return ctx.fail(password.error());
        Status changed;
        if (target == self) {
            auto current = ctx.password();
            if (!current)
                return ctx.fail(current.error());
            changed = casebook.users().changeOwnPassword(*current, *password);
        } else {
            changed = casebook.users().resetPassword(target, *password);
        }
        if (!changed)
            return ctx.fail(changed.error());
        Json doc = Json::object();
        doc.set("username", target);
        doc.set("password_changed", true);
        return ctx.done(doc, "password changed for " + target);
    }
};

class UserRemoveCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "user remove"; }
    std::string help() const override
    {
        return helpEntry("user remove NAME [--no-rekey]",
                         "close the account and delete its key slot, then rekey the casebook\n"
                         "(casebook rekey), so an old copy of the key file no longer opens it");
    }
    std::span<const OptionSpec> options() const override { return kOptions; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, "user remove needs one user name");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        const std::string& name = args.positionals.front();
        if (auto removed = casebook.users().remove(name); !removed)
            return ctx.fail(removed.error());
        Json doc = Json::object();
        doc.set("username", name);
        doc.set("removed", true);
        if (args.has("no-rekey")) {
            doc.set("rekeyed", false);
            return ctx.done(doc, "removed user " + name + " (not rekeyed: an old copy of the key file still opens it)");
        }
        // The removal is committed; the rekey is a second step. If it fails (or is stopped),
        // the account stays removed and `casebook rekey` finishes the job.
        auto rekeyed = rekeyWithProgress(ctx, casebook, "user removed: " + name);
        if (!rekeyed) {
            ctx.err() << "removed user " << name << ", but the casebook was not rekeyed; run casebook rekey\n";
            return ctx.fail(rekeyed.error());
        }
        doc.set("rekeyed", true);
        doc.set("key_slots", static_cast<std::int64_t>(rekeyed->keySlots));
        return ctx.done(doc, "removed user " + name + " and rekeyed the casebook (" +
                                 std::to_string(rekeyed->keySlots) + " key slots)");
    }

private:
    static constexpr OptionSpec kOptions[] = {{"no-rekey", OptionSpec::Flag}};
};

class UserRoleCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "user role"; }
    std::string help() const override
    {
        return helpEntry("user role NAME coordinator|caseworker|auditor",
                         "change a user's role (coordinators; the last active coordinator\n"
                         "cannot be given another role)");
    }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 2)
            return fail(ErrorCode::InvalidInput, "user role needs a user name and a role");
        auto role = roleFromName(args.positionals[1]);
        if (!role)
            return std::unexpected(role.error());
        m_role = *role;
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto change = casebook.users().setRole(args.positionals.front(), m_role);
        if (!change)
            return ctx.fail(change.error());
        const std::string role(roleName(m_role));
        Json doc = recordJson<UserInfo>(kUserFields, change->user);
        doc.set("previous_role", std::string(roleName(change->previous)));
        doc.set("changed", change->previous != m_role);
        if (change->previous == m_role)
            return ctx.done(doc, change->user.username + " is already " + role + " (nothing changed)");
        return ctx.done(doc, change->user.username + ": " + std::string(roleName(change->previous)) + " -> " + role);
    }

private:
    Role m_role = Role::Caseworker;
};

class UserListCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "user list"; }
    std::string help() const override { return helpEntry("user list", ""); }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (!args.positionals.empty())
            return fail(ErrorCode::InvalidInput, "user list takes no arguments");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs&) override
    {
        auto users = casebook.users().list();
        if (!users)
            return ctx.fail(users.error());
        RecordList<UserInfo> list;
        for (const auto& u : *users)
            list.add(kUserFields, u);
        return ctx.done(list.json, list.text);
    }
};

} // namespace

void addUserCommands(CommandList& list)
{
    list.push_back(std::make_unique<UserAddCommand>());
    list.push_back(std::make_unique<UserPasswdCommand>());
    list.push_back(std::make_unique<UserRemoveCommand>());
    list.push_back(std::make_unique<UserRoleCommand>());
    list.push_back(std::make_unique<UserListCommand>());
}

} // namespace waymark::cli
