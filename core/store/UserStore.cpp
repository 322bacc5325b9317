#include "core/store/UserStore.h"

#include "core/store/ChangeLog.h"
#include "core/store/Database.h"

namespace waymark {

namespace {

UserInfo readUser(const Statement& st)
{
    return UserInfo{st.uuid(0), st.text(1), st.text(2), roleFromName(st.text(3)).value_or(Role::Auditor),
                    st.boolean(4)};
}

} // namespace

Status UserStore::insert(const UserInfo& u, const std::string& createdAt, ChangeLog& changes)
{
    Statement st(m_db, "INSERT INTO users (id, username, display_name, role, active, created_at, updated_hlc) "
                       "VALUES (?, ?, ?, ?, 1, ?, ?)");
    st.bind(1, u.id).bind(2, u.username).bind(3, u.displayName).bind(4, roleName(u.role)).bind(5, createdAt);
    st.bind(6, changes.hlc());
    if (auto r = st.run(); !r)
        return r;
    return changes.record("users", u.id,
                          {{"username", u.username},
                           {"display_name", u.displayName},
                           {"role", std::string(roleName(u.role))},
                           {"active", "1"},
                           {"created_at", createdAt}});
}

Result<UserInfo> UserStore::findByName(std::string_view username)
{
    Statement st(m_db, "SELECT id, username, display_name, role, active FROM users WHERE username = ? AND deleted = 0",
                 true);
    st.bind(1, username);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, "no such user", "username");
    return readUser(st);
}

Result<std::vector<UserInfo>> UserStore::list()
{
    // Prepared once per connection: every timeline page names its authors from this list.
    Statement st(m_db, "SELECT id, username, display_name, role, active FROM users WHERE deleted = 0 ORDER BY username",
                 true);
    std::vector<UserInfo> out;
    if (auto r = st.forEachRow([&] { out.push_back(readUser(st)); }); !r)
        return std::unexpected(r.error());
    return out;
}

Status UserStore::deactivate(const Uuid& id, ChangeLog& changes)
{
    Statement st(m_db, "UPDATE users SET active = 0, updated_hlc = ? WHERE id = ?");
    st.bind(1, changes.hlc()).bind(2, id);
    if (auto r = st.run(); !r)
        return r;
    return changes.record("users", id, "active", std::string("0"));
}

Status UserStore::setRole(const Uuid& id, Role role, ChangeLog& changes)
{
    Statement st(m_db, "UPDATE users SET role = ?, updated_hlc = ? WHERE id = ?");
    st.bind(1, roleName(role)).bind(2, changes.hlc()).bind(3, id);
    if (auto r = st.run(); !r)
        return r;
    return changes.record("users", id, "role", std::string(roleName(role)));
}

Result<std::int64_t> UserStore::countActive(Role role)
{
    Statement st(m_db, "SELECT count(*) FROM users WHERE role = ? AND active = 1 AND deleted = 0");
    st.bind(1, roleName(role));
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? st.integer(0) : 0;
}

} // namespace waymark
