#include "core/store/DraftStore.h"

#include "core/store/Database.h"

#include <algorithm>

namespace waymark {

namespace {

std::string recordKey(const Uuid& id)
{
    return id.isNull() ? std::string() : id.toString();
}

std::string joinFields(const std::vector<std::string>& fields)
{
    std::string out;
    for (const auto& f : fields) {
        if (!out.empty())
            out += ',';
        out += f;
    }
    return out;
}

std::vector<std::string> splitFields(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto comma = text.find(',', start);
        const auto end = comma == std::string::npos ? text.size() : comma;
        if (end > start)
            out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

Action actionFromName(const std::string& name)
{
    for (Action a : allActions())
        if (actionName(a) == name)
            return a;
    return Action::PersonUpdate;
}

// Columns 0..5: form, record_key, title, invalid_fields, needs, saved_at.
Draft readDraft(const Statement& st)
{
    Draft d;
    d.form = st.text(0);
    if (auto id = Uuid::parse(st.text(1)))
        d.recordId = *id;
    d.title = st.text(2);
    d.invalidFields = splitFields(st.text(3));
    d.needs = actionFromName(st.text(4));
    d.savedAt = st.text(5);
    return d;
}

} // namespace

Status DraftStore::upsert(const Uuid& userId, const Draft& draft)
{
    Statement st(m_db, R"sql(
INSERT INTO drafts (user_id, form, record_key, title, payload, invalid_fields, needs, saved_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (user_id, form, record_key) DO UPDATE SET
    title = excluded.title, payload = excluded.payload, invalid_fields = excluded.invalid_fields,
    needs = excluded.needs, saved_at = excluded.saved_at
)sql");
    st.bind(1, userId)
        .bind(2, draft.form)
        .bind(3, recordKey(draft.recordId))
        .bind(4, draft.title)
        .bind(5, draft.payload)
        .bind(6, joinFields(draft.invalidFields))
        .bind(7, std::string(actionName(draft.needs)))
        .bind(8, draft.savedAt);
    return st.run();
}

Result<std::vector<Draft>> DraftStore::listFor(const Uuid& userId)
{
    Statement st(m_db, "SELECT form, record_key, title, invalid_fields, needs, saved_at FROM drafts "
                       "WHERE user_id = ? ORDER BY saved_at DESC, form, record_key");
    st.bind(1, userId);
    std::vector<Draft> out;
    if (auto done = st.forEachRow([&] { out.push_back(readDraft(st)); }); !done)
        return std::unexpected(done.error());
    return out;
}

Result<std::optional<Draft>> DraftStore::find(const Uuid& userId, std::string_view form, const Uuid& recordId)
{
    Statement st(m_db, "SELECT form, record_key, title, invalid_fields, needs, saved_at, payload FROM drafts "
                       "WHERE user_id = ? AND form = ? AND record_key = ?");
    st.bind(1, userId).bind(2, form).bind(3, recordKey(recordId));
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Draft>{};
    Draft d = readDraft(st);
    d.payload = st.text(6);
    return std::optional<Draft>{std::move(d)};
}

Result<bool> DraftStore::remove(const Uuid& userId, std::string_view form, const Uuid& recordId)
{
    Statement st(m_db, "DELETE FROM drafts WHERE user_id = ? AND form = ? AND record_key = ?");
    st.bind(1, userId).bind(2, form).bind(3, recordKey(recordId));
    if (auto done = st.run(); !done)
        return std::unexpected(done.error());
    return m_db.changes() > 0;
}

} // namespace waymark
