#pragma once

// casebook.users(): staff accounts and their key slots. A desk of the Casebook door
// (core/Casebook.h): it reaches the casebook only through its DeskContext and KeySlots.

#include "core/Error.h"
#include "core/Uuid.h"
#include "core/security/Role.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class DeskContext;
class KeySlots;

struct UserInfo
{
    Uuid id;
    std::string username;
    std::string displayName;
    Role role = Role::Caseworker;
    bool active = true;
};

// A role change as made: the account (with its new role) and the role it had.
struct RoleChange
{
    UserInfo user;
    Role previous = Role::Caseworker;
};

class Users
{
public:
    // Made by the Casebook, which alone can make a DeskContext and KeySlots.
    Users(DeskContext& context, KeySlots& keySlots)
        : m_context(context)
        , m_keySlots(keySlots)
    {}

    Result<std::vector<UserInfo>> list();
    Result<UserInfo> add(std::string_view username, std::string_view password, Role role,
                         std::string_view displayName = {});
    // The signed-in user's own password; needs the current one.
    Status changeOwnPassword(std::string_view currentPassword, std::string_view newPassword);
    // A coordinator sets another user's password.
    Status resetPassword(std::string_view username, std::string_view newPassword);
    // Deactivates the account and deletes its key slot. The last active coordinator stays.
    Status remove(std::string_view username);
    // A coordinator changes an active user's role (their own too), audited "user.role_changed"
    // with the old and new role. The last active coordinator cannot be demoted. Giving a user
    // the role they already have changes nothing and writes no row (previous == role).
    // The key file holds no role (a slot wraps the database key only), so this is one
    // database transaction: there is no slot to keep in step.
    Result<RoleChange> setRole(std::string_view username, Role role);
    // True when a coordinator reset the signed-in user's password and they have not chosen
    // their own since: the app asks for a new one before the casebook can be used. Kept in
    // the casebook (meta "user.must_change_password.<id>"), set by resetPassword in the same
    // transaction as the slot and its audit row, cleared by changeOwnPassword.
    Result<bool> mustChangePassword();

private:
    Status setPassword(const UserInfo& user, std::string_view newPassword, std::string_view operation,
                       std::string_view detail, std::optional<std::string_view> currentPassword);
    DeskContext& m_context;
    KeySlots& m_keySlots;
};

} // namespace waymark
