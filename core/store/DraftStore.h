#pragma once

#include "core/Drafts.h"
#include "core/Error.h"

#include <optional>
#include <string_view>
#include <vector>

namespace waymark {

class Database;

// SQL for the `drafts` table (core/Drafts.h): keyed by user, form and record.
class DraftStore
{
public:
    explicit DraftStore(Database& db)
        : m_db(db)
    {}

    Status upsert(const Uuid& userId, const Draft& draft);
    Result<std::vector<Draft>> listFor(const Uuid& userId); // without payloads, newest first
    Result<std::optional<Draft>> find(const Uuid& userId, std::string_view form, const Uuid& recordId);
    // True when a row was removed.
    Result<bool> remove(const Uuid& userId, std::string_view form, const Uuid& recordId);

private:
    Database& m_db;
};

} // namespace waymark
