#include "core/store/MetaStore.h"

#include "core/store/Database.h"

namespace waymark {

std::string MetaStore::get(std::string_view key)
{
    return find(key).value_or(std::string());
}

Result<std::string> MetaStore::find(std::string_view key)
{
    Statement st(m_db, "SELECT value FROM meta WHERE key = ?", true);
    st.bind(1, key);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? st.text(0) : std::string();
}

Status MetaStore::set(std::string_view key, std::string_view value)
{
    Statement st(m_db,
                 "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 true);
    st.bind(1, key).bind(2, value);
    return st.run();
}

Result<std::vector<std::pair<std::string, std::string>>> MetaStore::withPrefix(std::string_view prefix)
{
    Statement st(m_db, "SELECT key, value FROM meta WHERE key >= ? AND key < ? ORDER BY key");
    std::string end(prefix);
    end += '\x7f';
    st.bind(1, prefix).bind(2, end);
    std::vector<std::pair<std::string, std::string>> out;
    if (auto r = st.forEachRow([&] { out.emplace_back(st.text(0), st.text(1)); }); !r)
        return std::unexpected(r.error());
    return out;
}

} // namespace waymark
