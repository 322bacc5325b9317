// casebook.users(): the Users desk. Staff accounts live in the casebook (core/store/UserStore);
// their key slots live in the key file beside it (core/security/Keyring), reached through
// KeySlots so the casebook's key never leaves the door.

#include "core/Users.h"

#include "core/DeskContext.h"
#include "core/KeyFileChange.h"
#include "core/domain/TextRules.h"
#include "core/domain/UserRules.h"
#include "core/security/Keyring.h"
#include "core/security/PasswordPolicy.h"
#include "core/security/SecureBytes.h"
#include "core/store/ChangeLog.h"
#include "core/store/Database.h"
#include "core/store/MetaStore.h"
#include "core/store/UserStore.h"

namespace waymark {

namespace {

std::string mustChangeKey(const Uuid& userId)
{
    return "user.must_change_password." + userId.toString();
}

} // namespace

Result<std::vector<UserInfo>> Users::list()
{
    if (auto st = m_context.authorise(Action::UserList); !st)
        return std::unexpected(st.error());
    return UserStore(m_context.database()).list();
}

// Every key-file change starts inside a write transaction on the casebook: the database's
// write lock serialises key-file updates between Waymark processes, so two coordinators
// changing accounts at once cannot overwrite each other's slots. The slot and the account
// and audit rows land together or not at all (core/KeyFileChange.h: stage, commit, promote).

Result<UserInfo> Users::add(std::string_view usernameIn, std::string_view password, Role role,
                            std::string_view displayName)
{
    if (auto st = m_context.authorise(Action::UserManage, "user"); !st)
        return std::unexpected(st.error());
    auto username = normaliseUsername(usernameIn);
    if (!username)
        return std::unexpected(username.error());
    if (auto st = checkNewPassword(password, *username); !st)
        return std::unexpected(st.error());
    if (auto st = checkTextField("display_name", displayName); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    if (auto existing = UserStore(db).findByName(*username); existing)
        return fail(ErrorCode::AlreadyExists, "a user with that name already exists", "username");
    const auto keyPath = m_keySlots.keyFilePath();
    auto keyring = keyfile::loadForChange(db, keyPath);
    if (!keyring)
        return std::unexpected(keyring.error());
    if (auto st = m_keySlots.setSlot(*keyring, *username, password); !st)
        return std::unexpected(st.error());
    UserInfo u{Uuid::v7(m_context.clock().now()), *username, displayName.empty() ? *username : std::string(displayName),
               role, true};
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    if (auto st = UserStore(db).insert(u, formatUtcMillis(m_context.clock().now()), changes); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.audit("user.added", "user", u.id, "role " + std::string(roleName(role))); !st)
        return std::unexpected(st.error());
    auto generation = keyfile::stage(db, *keyring, keyPath);
    if (!generation)
        return std::unexpected(generation.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    // Committed: the account exists. Putting the slot in place can be finished by the next
    // sign-in or slot change if this fails, so it does not undo the success.
    (void)keyfile::promote(keyPath, *generation);
    return u;
}

Status Users::setPassword(const UserInfo& user, std::string_view newPassword, std::string_view operation,
                          std::string_view detail, std::optional<std::string_view> currentPassword)
{
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    const auto keyPath = m_keySlots.keyFilePath();
    auto keyring = keyfile::loadForChange(db, keyPath);
    if (!keyring)
        return std::unexpected(keyring.error());
    if (currentPassword)
        if (auto check = keyring->unlock(user.username, *currentPassword); !check)
            return std::unexpected(check.error());
    if (auto st = checkNewPassword(newPassword, user.username); !st)
        return st;
    if (auto st = m_keySlots.setSlot(*keyring, user.username, newPassword); !st)
        return st;
    if (auto st = m_context.audit(operation, "user", user.id, detail); !st)
        return st;
    // A reset asks the user for a password of their own at next sign-in; choosing one
    // clears the mark. Both in this transaction, with the slot and the audit row.
    if (auto st = MetaStore(db).set(mustChangeKey(user.id), currentPassword ? "" : "1"); !st)
        return st;
    auto generation = keyfile::stage(db, *keyring, keyPath);
    if (!generation)
        return std::unexpected(generation.error());
    if (auto st = tx.commit(); !st)
        return st;
    (void)keyfile::promote(keyPath, *generation);
    return {};
}

Status Users::changeOwnPassword(std::string_view currentPassword, std::string_view newPassword)
{
    if (auto st = m_context.authorise(Action::ChangeOwnPassword, "user", m_context.user().id); !st)
        return st;
    return setPassword(m_context.user(), newPassword, "user.password_changed", "own password", currentPassword);
}

Status Users::resetPassword(std::string_view usernameIn, std::string_view newPassword)
{
    if (auto st = m_context.authorise(Action::UserManage, "user"); !st)
        return st;
    auto username = normaliseUsername(usernameIn);
    if (!username)
        return std::unexpected(username.error());
    auto user = UserStore(m_context.database()).findByName(*username);
    if (!user && user.error().code != ErrorCode::NotFound)
        return std::unexpected(user.error());
    if (!user || !user->active)
        return fail(ErrorCode::NotFound, "no such user", "username");
    return setPassword(*user, newPassword, "user.password_reset", "set by coordinator", std::nullopt);
}

Status Users::remove(std::string_view usernameIn)
{
    if (auto st = m_context.authorise(Action::UserManage, "user"); !st)
        return st;
    auto username = normaliseUsername(usernameIn);
    if (!username)
        return std::unexpected(username.error());
    if (*username == m_context.user().username)
        return fail(ErrorCode::Validation, "you cannot remove your own account", "username");
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto user = UserStore(db).findByName(*username);
    if (!user && user.error().code != ErrorCode::NotFound)
        return std::unexpected(user.error());
    if (!user || !user->active)
        return fail(ErrorCode::NotFound, "no such user", "username");
    // First the account (sign-in needs an active account, so it is closed from here on),
    // then the slot, under the same write lock.
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    if (auto r = UserStore(db).deactivate(user->id, changes); !r)
        return r;
    if (auto r = m_context.audit("user.removed", "user", user->id); !r)
        return r;
    // A coordinator may have kept the authority seed (an old key file and their password open
    // it): a new authority key, sealed to the remaining coordinators only (docs/threat-model.md).
    if (user->role == Role::Coordinator)
        if (auto r = m_context.rotateAuthority("a coordinator was removed"); !r)
            return r;
    const auto keyPath = m_keySlots.keyFilePath();
    auto keyring = keyfile::loadForChange(db, keyPath);
    if (!keyring)
        return std::unexpected(keyring.error());
    keyring->removeSlot(*username);
    auto generation = keyfile::stage(db, *keyring, keyPath);
    if (!generation)
        return std::unexpected(generation.error());
    if (auto r = tx.commit(); !r)
        return r;
    (void)keyfile::promote(keyPath, *generation);
    return {};
}

Result<RoleChange> Users::setRole(std::string_view usernameIn, Role role)
{
    if (auto st = m_context.authorise(Action::UserManage, "user"); !st)
        return std::unexpected(st.error());
    auto username = normaliseUsername(usernameIn);
    if (!username)
        return std::unexpected(username.error());
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto user = UserStore(db).findByName(*username);
    if (!user && user.error().code != ErrorCode::NotFound)
        return std::unexpected(user.error());
    if (!user || !user->active)
        return fail(ErrorCode::NotFound, "no such user", "username");
    RoleChange change{*user, user->role};
    if (user->role == role)
        return change;
    // Counted inside the write transaction: two coordinators demoting each other at once
    // cannot both pass.
    if (user->role == Role::Coordinator) {
        auto coordinators = UserStore(db).countActive(Role::Coordinator);
        if (!coordinators)
            return std::unexpected(coordinators.error());
        if (*coordinators <= 1)
            return fail(ErrorCode::Validation,
                        "the last active coordinator cannot be given another role (make someone else a coordinator "
                        "first)",
                        "role");
    }
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    if (auto st = UserStore(db).setRole(user->id, role, changes); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.audit("user.role_changed", "user", user->id,
                                  std::string(roleName(user->role)) + " -> " + std::string(roleName(role)));
        !st)
        return std::unexpected(st.error());
    if (user->role == Role::Coordinator) // a demoted coordinator, as a removed one
        if (auto st = m_context.rotateAuthority("a coordinator was given another role"); !st)
            return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    change.user.role = role;
    return change;
}

Result<bool> Users::mustChangePassword()
{
    auto value = MetaStore(m_context.database()).find(mustChangeKey(m_context.user().id));
    if (!value)
        return std::unexpected(value.error());
    return *value == "1";
}

} // namespace waymark
