#pragma once

#include "core/Casebook.h"
#include "core/Error.h"
#include "core/domain/Person.h"

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace waymark {

class ChangeLog;
class Database;
class Statement;

// SQL for young people's records (people, person_aliases, person_contacts, person_search).
// Knows nothing of permissions or audit: the Casebook door does those.
class PersonStore
{
public:
    explicit PersonStore(Database& db)
        : m_db(db)
    {}

    // The CREATE TABLE statements of people, person_aliases and person_contacts as of schema
    // `version`, from their column tables (the indexes are in Migrations.cpp).
    static std::string createTablesSql(int version);
    // The columns a table's column table declares (for tests and tools).
    static std::vector<std::string> columnNames(std::string_view table);

    // `person` must carry id, case reference, createdAt and updatedHlc (= changes.hlc()).
    Status insert(Person& person, ChangeLog& changes);
    // Writes the columns that differ between `before` and `after` (+ child rows), logging each.
    Status update(const Person& before, Person& after, ChangeLog& changes);

    Result<std::optional<Person>> load(const Uuid& id);
    Result<std::optional<Uuid>> findByReference(std::string_view caseReference);
    Result<std::vector<PersonSummary>> byDateOfBirth(const Date& dob, int limit);
    Result<std::vector<PersonSummary>> searchNames(std::string_view query, int limit);
    Result<std::vector<PersonSummary>> searchReference(std::string_view prefix, int limit);
    // The running number of a case reference (1 to 5 digits, zero-padded to 5).
    Result<std::vector<PersonSummary>> searchReferenceNumber(std::string_view digits, int limit);
    // A postcode or its beginning, spaces and case ignored.
    Result<std::vector<PersonSummary>> searchPostcode(std::string_view prefix, int limit);
    Result<PersonPage> list(const PersonListQuery& query);
    Result<std::int64_t> count(PersonFilter filter);

    Status rebuildSearchIndex();
    // Recomputes the display-order keys (family name, then the name shown first).
    Status refreshSortKeys();
    // Gives every person the rowid of their place in the display order, then rebuilds the
    // search index (whose rowids are the people's).
    Status renumberInDisplayOrder();

private:
    // The first `limit` people in display order among the rowids `rowids` yields in order.
    Result<std::vector<PersonSummary>> inDisplayOrder(Statement& rowids, int limit);
    // The same over rowids from a function (ascending; nullopt at the end).
    using RowidSource = std::function<Result<std::optional<std::int64_t>>()>;
    Result<std::vector<PersonSummary>> inDisplayOrder(const RowidSource& nextRowid, int limit);
    // Replaces the person's search row (at `oldRowid`, when there is one) by one at `rowid`.
    Status writeSearchRow(std::optional<std::int64_t> oldRowid, std::int64_t rowid, const Person& person);
    // A free rowid in the person's display-order window.
    Result<std::int64_t> allocateRowid(std::string_view familyKey, std::string_view givenKey);
    Database& m_db;
};

} // namespace waymark
