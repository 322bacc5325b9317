#include "core/store/ChangeLog.h"

#include "core/store/Database.h"

namespace waymark {

Status ChangeLog::record(std::string_view table, const Uuid& rowId, std::string_view column,
                         const std::optional<std::string>& value)
{
    Statement st(
        m_db, "INSERT INTO change_log (table_name, row_id, column_name, value, hlc, author) VALUES (?, ?, ?, ?, ?, ?)",
        true);
    st.bind(1, table).bind(2, rowId).bind(3, column);
    if (value)
        st.bind(4, *value);
    else
        st.bindNull(4);
    st.bind(5, m_hlc).bind(6, m_author);
    if (auto r = st.run(); !r)
        return r;
    ++m_recorded;
    return {};
}

std::string ChangeLog::lastHlc(Database& db)
{
    Statement st(db, "SELECT hlc FROM change_log ORDER BY seq DESC LIMIT 1");
    auto row = st.step();
    return row && *row ? st.text(0) : std::string();
}

} // namespace waymark
