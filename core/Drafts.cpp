#include "core/Drafts.h"

#include "core/DeskContext.h"
#include "core/Users.h"
#include "core/store/Database.h"
#include "core/store/DraftStore.h"
#include "core/store/Visibility.h"

#include <sqlite3.h>

namespace waymark {

namespace {

// Form and field names go into the audit detail, so they must be names, never typed text.
bool isName(std::string_view s, std::size_t maxSize)
{
    if (s.empty() || s.size() > maxSize)
        return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '[' || c == ']'))
            return false;
    return true;
}

std::string fieldList(const std::vector<std::string>& fields)
{
    std::string out;
    for (const auto& f : fields) {
        out += out.empty() ? "invalid: " : ",";
        out += f;
    }
    return out;
}

} // namespace

Status Drafts::save(Draft draft)
{
    if (!isName(draft.form, 32))
        return fail(ErrorCode::InvalidInput, "a draft's form must be a lower-case name", "form");
    if (draft.invalidFields.size() > 64)
        return fail(ErrorCode::InvalidInput, "too many invalid fields", "invalid_fields");
    for (const auto& f : draft.invalidFields)
        if (!isName(f, 64))
            return fail(ErrorCode::InvalidInput, "invalid fields must be field names", "invalid_fields");
    if (draft.payload.size() > kMaxDraftBytes)
        return fail(ErrorCode::InvalidInput, "the draft is too large", "payload");
    if (draft.title.size() > 512)
        draft.title.resize(512);
    if (auto st = m_context.authorise(draft.needs, draft.form, draft.recordId); !st)
        return st;
    draft.savedAt = formatUtcMillis(m_context.clock().now());
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    if (auto st = DraftStore(db).upsert(m_context.user().id, draft); !st)
        return st;
    if (auto st = m_context.audit("draft.saved", draft.form, draft.recordId, fieldList(draft.invalidFields)); !st)
        return st;
    return tx.commit();
}

Result<std::vector<Draft>> Drafts::list()
{
    auto all = DraftStore(m_context.database()).listFor(m_context.user().id);
    if (!all)
        return all;
    std::vector<Draft> out;
    for (auto& d : *all) {
        if (!m_context.can(d.needs))
            continue;
        // A draft of a restricted record now kept from the user (restricted, or the user no
        // longer allocated) is left out: its title names the person.
        if (!d.recordId.isNull()) {
            auto hidden = visibility::hiddenPersonOf(m_context.database(), d.recordId);
            if (!hidden)
                return std::unexpected(hidden.error());
            if (*hidden)
                continue;
        }
        out.push_back(std::move(d));
    }
    return out;
}

Result<std::optional<Draft>> Drafts::load(std::string_view form, const Uuid& recordId)
{
    auto found = DraftStore(m_context.database()).find(m_context.user().id, form, recordId);
    if (!found || !*found)
        return found;
    if (auto st = m_context.authorise((*found)->needs, form, recordId); !st)
        return std::unexpected(st.error());
    if (!recordId.isNull()) {
        auto hidden = visibility::hiddenPersonOf(m_context.database(), recordId);
        if (!hidden)
            return std::unexpected(hidden.error());
        if (*hidden) {
            if (auto st = m_context.mayRead(**hidden, form, recordId); !st)
                return std::unexpected(st.error());
        }
    }
    if (auto st = m_context.auditConsultation("draft.opened", form, recordId); !st)
        return std::unexpected(st.error());
    return found;
}

Status Drafts::discard(std::string_view form, const Uuid& recordId)
{
    Database& db = m_context.database();
    const bool own = sqlite3_get_autocommit(db.handle()) != 0;
    std::optional<Transaction> tx;
    if (own) {
        tx.emplace(db);
        if (!tx->begun())
            return tx->begun();
    }
    auto removed = DraftStore(db).remove(m_context.user().id, form, recordId);
    if (!removed)
        return std::unexpected(removed.error());
    if (!*removed)
        return {};
    if (auto st = m_context.audit("draft.discarded", form, recordId); !st)
        return st;
    return tx ? tx->commit() : Status{};
}

} // namespace waymark
