#pragma once

#include "core/Casebook.h"
#include "core/Error.h"

#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class ChangeLog;
class Database;

// SQL for staff accounts (`users`). Key slots live in the key file (security/Keyring).
class UserStore
{
public:
    explicit UserStore(Database& db)
        : m_db(db)
    {}

    Status insert(const UserInfo& user, const std::string& createdAt, ChangeLog& changes);
    // NotFound when there is no such (non-deleted) user; other errors mean the read failed.
    Result<UserInfo> findByName(std::string_view username);
    Result<std::vector<UserInfo>> list();
    Status deactivate(const Uuid& id, ChangeLog& changes);
    Status setRole(const Uuid& id, Role role, ChangeLog& changes);
    // Active (not removed) accounts with `role`.
    Result<std::int64_t> countActive(Role role);

private:
    Database& m_db;
};

} // namespace waymark
