#include "core/store/DuplicateQueries.h"

#include "core/domain/PersonRules.h"
#include "core/store/Database.h"
#include "core/store/PersonRows.h"

#include <algorithm>
#include <set>

namespace waymark {

using namespace personrows;

namespace {

// Each lookup names its index, so it stays an equality seek whatever statistics say.
const std::string& byDateSql()
{
    static const std::string sql = "SELECT " + std::string(kSummaryColumns) +
                                   " FROM people p INDEXED BY people_dob WHERE p.date_of_birth = ? AND p.deleted = 0 "
                                   "LIMIT ?";
    return sql;
}

const std::string& byPostcodeSql()
{
    static const std::string sql = "SELECT " + std::string(kSummaryColumns) +
                                   " FROM people p INDEXED BY people_postcode WHERE replace(p.postcode, ' ', '') = ? "
                                   "AND p.deleted = 0 AND p.postcode IS NOT NULL LIMIT ?";
    return sql;
}

const std::string& byNameSql()
{
    static const std::string sql = "SELECT " + std::string(kSummaryColumns) +
                                   " FROM people p INDEXED BY people_order WHERE p.family_key = ? AND p.given_key = ? "
                                   "AND p.deleted = 0 LIMIT ?";
    return sql;
}

} // namespace

Result<CandidateRows> DuplicateQueries::candidates(const Person& draft, const std::vector<Date>& dates, int perLookup)
{
    CandidateRows out;
    std::set<Uuid> seen;
    const auto collectFrom = [&](Statement& st) -> Status {
        const SummaryReader reader(st); // columns found by name once per statement
        return st.forEachRow([&] {
            PersonSummary s = reader.read();
            if (seen.insert(s.id).second)
                out.people.push_back(std::move(s));
        });
    };
    {
        Statement st(m_db, byDateSql(), true);
        for (const Date& d : dates) {
            st.reset();
            st.bind(1, d.toIso()).bind(2, perLookup);
            if (auto r = collectFrom(st); !r)
                return std::unexpected(r.error());
        }
        st.reset();
    }
    if (!draft.postcode.empty()) {
        std::string key;
        for (char c : draft.postcode)
            if (c != ' ')
                key += c;
        Statement st(m_db, byPostcodeSql(), true);
        st.bind(1, key).bind(2, perLookup);
        if (auto r = collectFrom(st); !r)
            return std::unexpected(r.error());
        st.reset();
    }
    {
        // The name as the list sorts it (family key, then the preferred else given name), and
        // the two names the other way round.
        std::vector<std::pair<std::string, std::string>> keys;
        const std::string family = foldForSearch(draft.familyName);
        const std::string given = foldForSearch(draft.givenName);
        keys.emplace_back(family, given);
        if (!draft.preferredName.empty())
            keys.emplace_back(family, foldForSearch(draft.preferredName));
        keys.emplace_back(given, family);
        Statement st(m_db, byNameSql(), true);
        for (const auto& [f, g] : keys) {
            if (f.empty() || g.empty())
                continue;
            st.reset();
            st.bind(1, f).bind(2, g).bind(3, perLookup);
            if (auto r = collectFrom(st); !r)
                return std::unexpected(r.error());
        }
        st.reset();
    }
    out.aliases.resize(out.people.size());
    if (out.people.empty())
        return out;
    // Every candidate's aliases in one statement (person_aliases_person).
    std::string marks;
    for (std::size_t i = 0; i < out.people.size(); ++i)
        marks += i ? ", ?" : "?";
    Statement aliases(m_db, "SELECT person_id, alias FROM person_aliases WHERE person_id IN (" + marks +
                                ") AND deleted = 0 "
                                "ORDER BY id");
    for (std::size_t i = 0; i < out.people.size(); ++i)
        aliases.bind(static_cast<int>(i + 1), out.people[i].id);
    if (auto r = aliases.forEachRow([&] {
            const Uuid owner = aliases.uuid(0);
            const auto it = std::find_if(out.people.begin(), out.people.end(),
                                         [&](const PersonSummary& p) { return p.id == owner; });
            if (it != out.people.end())
                out.aliases[static_cast<std::size_t>(it - out.people.begin())].push_back(aliases.text(1));
        });
        !r)
        return std::unexpected(r.error());
    return out;
}

} // namespace waymark
