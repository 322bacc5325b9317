#pragma once

#include "core/Casebook.h"
#include "core/Error.h"

#include <optional>

namespace waymark {

class Database;

// Reads of the change log about one record's history (no writes: those are ChangeLog's).
class HistoryStore
{
public:
    explicit HistoryStore(Database& db)
        : m_db(db)
    {}

    // The author and time of the stored version of a person (the change set that carries
    // the person's updated_hlc); nullopt when there is no such person or no author.
    Result<std::optional<LastSave>> lastPersonSave(const Uuid& personId);

private:
    Database& m_db;
};

} // namespace waymark
