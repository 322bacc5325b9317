#include "core/store/HistoryStore.h"

#include "core/store/Database.h"

#include <algorithm>

namespace waymark {

Result<std::optional<LastSave>> HistoryStore::lastPersonSave(const Uuid& personId)
{
    // The change set of one save carries its HLC (also when the save changed only an alias or
    // a contact). Scanned newest first (seq is the rowid), so a save made moments ago - the
    // conflict case - is found at once.
    Statement st(m_db, R"sql(
SELECT s.hlc, u.username, u.display_name
FROM change_set s
LEFT JOIN users u ON u.id = s.author
WHERE s.hlc = (SELECT updated_hlc FROM people WHERE id = ?)
ORDER BY s.seq DESC
LIMIT 1
)sql");
    st.bind(1, personId);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row || st.isNull(1))
        return std::optional<LastSave>{};
    LastSave save;
    const std::string hlc = st.text(0);
    save.at = hlc.substr(0, std::min<std::size_t>(hlc.size(), 24)); // the HLC starts with its UTC time
    save.username = st.text(1);
    save.displayName = st.text(2);
    return std::optional<LastSave>{std::move(save)};
}

} // namespace waymark
