// casebook.people().lastSave(): who saved a record last, for the conflict message.

#include "core/Casebook.h"
#include "core/store/HistoryStore.h"

namespace waymark {

Result<std::optional<LastSave>> People::lastSave(const Uuid& id)
{
    if (auto st = m_casebook.authorise(Action::PersonView, "person", id); !st)
        return std::unexpected(st.error());
    auto found = HistoryStore(m_casebook.database()).lastPersonSave(id);
    if (!found)
        return found;
    if (auto st = m_casebook.auditConsultation("person.last_save", "person", id); !st)
        return std::unexpected(st.error());
    return found;
}

} // namespace waymark
