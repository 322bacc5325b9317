#pragma once

// The SQL of the duplicate check: the people who could be the draft, found through indexes
// only (docs/storage.md, "Duplicate candidates"); core/domain/Duplicates scores them.

#include "core/Error.h"
#include "core/calendar/Date.h"
#include "core/domain/Person.h"

#include <string>
#include <vector>

namespace waymark {

class Database;

struct CandidateRows
{
    std::vector<PersonSummary> people;             // each once, live records only
    std::vector<std::vector<std::string>> aliases; // aliases[i] are people[i]'s
};

class DuplicateQueries
{
public:
    explicit DuplicateQueries(Database& db)
        : m_db(db)
    {}

    // Everyone born on one of `dates` (an equality lookup each on people_dob), at the draft's
    // postcode (people_postcode), or with the draft's family and given (or preferred) name, either
    // way round (people_order); each lookup reads at most `perLookup` people.
    Result<CandidateRows> candidates(const Person& draft, const std::vector<Date>& dates, int perLookup = 200);

private:
    Database& m_db;
};

} // namespace waymark
