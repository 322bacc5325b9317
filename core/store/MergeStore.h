#pragma once

// The SQL of merging two records of one person (People::merge): every row that belongs to a
// person (any table with a person_id column: aliases, contacts, referrals, and the record
// types that come later) moves to the survivor, and the other record becomes a tombstone that
// names the survivor (people.merged_into, schema 6).

#include "core/Error.h"
#include "core/Uuid.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class ChangeLog;
class Database;

struct RowsOfTable
{
    std::string table;
    std::int64_t rows = 0; // live rows (deleted = 0)
    std::int64_t all = 0;  // with the tombstoned ones, which move too
};

class MergeStore
{
public:
    explicit MergeStore(Database& db)
        : m_db(db)
    {}

    // The tables whose rows belong to a person (a person_id column), by name.
    Result<std::vector<std::string>> personTables();
    // How many rows of each such table belong to `person` (tables with none left out).
    Result<std::vector<RowsOfTable>> rowsOf(const Uuid& person);
    // Moves every row of `from` to `to` (person_id, updated_hlc), one change-log record each.
    Result<std::vector<RowsOfTable>> moveRows(const Uuid& from, const Uuid& to, ChangeLog& changes);
    // The record becomes a tombstone naming `survivor`; its search row goes.
    Status tombstone(const Uuid& merged, const Uuid& survivor, ChangeLog& changes);
    // The survivor a tombstone names (nullopt: not a merged record).
    Result<std::optional<Uuid>> mergedInto(const Uuid& id);
    Result<std::optional<Uuid>> mergedIntoByReference(std::string_view caseReference);

private:
    Database& m_db;
};

} // namespace waymark
