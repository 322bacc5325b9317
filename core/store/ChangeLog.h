#pragma once

#include "core/Error.h"
#include "core/Uuid.h"

#include <optional>
#include <string>
#include <string_view>

namespace waymark {

class Database;

// The sync outbox: one row per changed column per mutation, written in the same
// transaction as the change (SYNC.md). A NULL value means the column was cleared.
class ChangeLog
{
public:
    ChangeLog(Database& db, std::string hlc, Uuid author)
        : m_db(db)
        , m_hlc(std::move(hlc))
        , m_author(author)
    {}
    Status record(std::string_view table, const Uuid& rowId, std::string_view column,
                  const std::optional<std::string>& value);
    const std::string& hlc() const { return m_hlc; }
    // Rows recorded so far: 0 means the mutation changed nothing.
    int recorded() const { return m_recorded; }
    // The newest clock value written to the log, or "" for an empty log.
    static std::string lastHlc(Database& db);

private:
    Database& m_db;
    std::string m_hlc;
    Uuid m_author;
    int m_recorded = 0;
};

} // namespace waymark
