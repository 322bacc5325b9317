#pragma once

#include "core/Error.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace waymark {

class Database;

// The casebook's own settings and bookkeeping (the `meta` table): site id, division,
// calendar closures, case-number counters, the demo mark... Not synced.
class MetaStore
{
public:
    explicit MetaStore(Database& db)
        : m_db(db)
    {}
    std::string get(std::string_view key);          // "" when unset or unreadable
    Result<std::string> find(std::string_view key); // "" when unset; an error when the read fails
    Status set(std::string_view key, std::string_view value);
    // Every setting whose key starts with `prefix` ("eligibility."), by key.
    Result<std::vector<std::pair<std::string, std::string>>> withPrefix(std::string_view prefix);

private:
    Database& m_db;
};

} // namespace waymark
