// waymark-cli user add | passwd | remove | list

#include "app/cli/Cli.h"

#include "core/security/Role.h"

namespace waymark::cli {

namespace {

Json userJson(const UserInfo& u)
{
    Json o = Json::object();
    o.set("id", u.id.toString());
    o.set("username", u.username);
    o.set("display_name", u.displayName);
    o.set("role", roleName(u.role));
    o.set("active", u.active);
    return o;
}

int userAdd(Context& ctx, std::span<const std::string> argv)
{
    static constexpr OptionSpec kSpecs[] = {{"role", OptionSpec::Value}, {"display-name", OptionSpec::Value}};
    auto args = parseArgs(argv, kSpecs);
    if (!args)
        return ctx.fail(args.error());
    if (args->positionals.size() != 1)
        return ctx.usage("user add needs one user name");
    auto roleText = args->value("role");
    if (!roleText)
        return ctx.usage("user add needs --role coordinator, caseworker or auditor");
    auto role = roleFromName(*roleText);
    if (!role)
        return ctx.fail(role.error());
    auto casebook = ctx.open();
    if (!casebook)
        return ctx.fail(casebook.error());
    auto password = ctx.newPassword();
    if (!password)
        return ctx.fail(password.error());
    auto added = (*casebook)->users().add(args->positionals.front(), *password, *role,
                                          args->value("display-name").value_or(std::string()));
    if (!added)
        return ctx.fail(added.error());
    return ctx.done(userJson(*added),
                    "added user " + added->username + " (" + std::string(roleName(added->role)) + ")");
}

int userPasswd(Context& ctx, std::span<const std::string> argv)
{
    auto args = parseArgs(argv, {});
    if (!args)
        return ctx.fail(args.error());
    if (args->positionals.size() > 1)
        return ctx.usage("user passwd takes at most one user name");
    auto casebook = ctx.open();
    if (!casebook)
        return ctx.fail(casebook.error());
    const std::string self = (*casebook)->user().username;
    const std::string target = args->positionals.empty() ? self : args->positionals.front();
    auto password = ctx.newPassword();
    if (!password)
        return ctx.fail(password.error());
    Status changed;
    if (target == self) {
        auto current = ctx.password();
        if (!current)
            return ctx.fail(current.error());
        changed = (*casebook)->users().changeOwnPassword(*current, *password);
    } else {
        changed = (*casebook)->users().resetPassword(target, *password);
    }
    if (!changed)
        return ctx.fail(changed.error());
    Json doc = Json::object();
    doc.set("username", target);
    doc.set("password_changed", true);
    return ctx.done(doc, "password changed for " + target);
}

int userRemove(Context& ctx, std::span<const std::string> argv)
{
    auto args = parseArgs(argv, {});
    if (!args)
        return ctx.fail(args.error());
    if (args->positionals.size() != 1)
        return ctx.usage("user remove needs one user name");
    auto casebook = ctx.open();
    if (!casebook)
        return ctx.fail(casebook.error());
    const std::string& name = args->positionals.front();
    if (auto removed = (*casebook)->users().remove(name); !removed)
        return ctx.fail(removed.error());
    Json doc = Json::object();
    doc.set("username", name);
    doc.set("removed", true);
    return ctx.done(doc, "removed user " + name);
}

int userList(Context& ctx, std::span<const std::string> argv)
{
    auto args = parseArgs(argv, {});
    if (!args)
        return ctx.fail(args.error());
    if (!args->positionals.empty())
        return ctx.usage("user list takes no arguments");
    auto casebook = ctx.open();
    if (!casebook)
        return ctx.fail(casebook.error());
    auto users = (*casebook)->users().list();
    if (!users)
        return ctx.fail(users.error());
    Json doc = Json::array();
    std::string text;
    for (const auto& u : *users) {
        doc.push(userJson(u));
        text += u.username + '\t' + std::string(roleName(u.role)) + '\t' + (u.active ? "active" : "removed") + '\t' +
                u.displayName + '\n';
    }
    return ctx.done(doc, text);
}

} // namespace

int runUser(Context& ctx, std::span<const std::string> args)
{
    if (args.empty())
        return ctx.usage("user needs a subcommand: add, passwd, remove or list");
    const std::string& sub = args.front();
    const auto rest = args.subspan(1);
    if (sub == "add")
        return userAdd(ctx, rest);
    if (sub == "passwd")
        return userPasswd(ctx, rest);
    if (sub == "remove")
        return userRemove(ctx, rest);
    if (sub == "list")
        return userList(ctx, rest);
    const std::string quoted = quotedIfName(sub);
    return ctx.usage("unknown user subcommand" + (quoted.empty() ? std::string() : " " + quoted) +
                     " (add, passwd, remove or list)");
}

} // namespace waymark::cli
