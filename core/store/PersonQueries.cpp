#include "core/store/PersonStore.h"

#include "core/domain/PersonRules.h"
#include "core/store/Columns.h"
#include "core/store/Database.h"
#include "core/store/PersonRows.h"
#include "core/store/Visibility.h"

#include <algorithm>
#include <cctype>
#include <tuple>

// The reading side of PersonStore: searches, list pages and counts (the writes and loads are
// in PersonStore.cpp). Each reading touches only the index it needs and the rows it shows;
// docs/storage.md, "Reading at scale".

namespace waymark {

using namespace personrows;

namespace {

// Per filter: the partial index that holds exactly its people in display order with every
// sort key (schema 3), and the condition that selects them. Queries name the index (INDEXED
// BY) so that a first page or a count reads only that index and the rows shown, whatever
// statistics PRAGMA optimize has gathered.
struct FilterSql
{
    const char* index;
    const char* clause;
};

FilterSql filterSql(PersonFilter f)
{
    switch (f) {
    case PersonFilter::All:
        return {"people_order", ""};
    case PersonFilter::LookedAfter:
        return {"people_looked_after", " AND p.looked_after = 1"};
    case PersonFilter::ChildProtectionPlan:
        return {"people_child_protection", " AND p.child_protection_plan = 1"};
    case PersonFilter::ExploitationConcern:
        return {"people_exploitation", " AND p.exploitation_concern = 1"};
    case PersonFilter::SendAln:
        return {"people_send_aln", " AND p.send_aln = 1"};
    case PersonFilter::Restricted:
        return {"people_restricted", " AND p.restricted = 1"};
    }
    return {"people_order", ""};
}

// The columns each sort order compares, before the id.
const std::vector<const char*>& sortKeys(PersonSort sort)
{
    static const std::vector<const char*> name{"family_key", "given_key"};
    static const std::vector<const char*> reference{"case_reference"};
    static const std::vector<const char*> born{"date_of_birth", "family_key", "given_key"};
    switch (sort) {
    case PersonSort::Name:
        return name;
    case PersonSort::CaseReference:
        return reference;
    case PersonSort::DateOfBirth:
        return born;
    }
    return name;
}

// Everyone, in each sort order: an index with exactly the sort keys and the id.
const char* sortIndex(PersonSort sort)
{
    switch (sort) {
    case PersonSort::Name:
        return "people_order";
    case PersonSort::CaseReference:
        return "people_reference";
    case PersonSort::DateOfBirth:
        return "people_dob";
    }
    return "people_order";
}

} // namespace

Result<std::vector<PersonSummary>> PersonStore::byDateOfBirth(const Date& dob, int limit)
{
    Statement st(m_db, "SELECT " + std::string(kSummaryColumns) +
                           " FROM people p WHERE p.date_of_birth = ? AND p.deleted = 0 AND " +
                           visibility::rowVisible("p") + " ORDER BY p.family_key, p.given_key, p.id LIMIT ?");
    st.bind(1, dob.toIso()).bind(2, limit);
    return collect(st);
}

Result<std::vector<PersonSummary>> PersonStore::searchReference(std::string_view prefix, int limit)
{
    std::string upper(prefix);
    for (auto& c : upper)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    Statement st(m_db,
                 "SELECT " + std::string(kSummaryColumns) +
                     " FROM people p WHERE p.case_reference >= ? AND p.case_reference < ? AND p.deleted = 0 AND " +
                     visibility::rowVisible("p") + " ORDER BY p.case_reference LIMIT ?");
    st.bind(1, upper).bind(2, upper + "\x7f").bind(3, limit);
    return collect(st);
}

Result<std::vector<PersonSummary>> PersonStore::searchNames(std::string_view query, int limit)
{
    std::string match;
    for (const auto& token : [&] {
             std::vector<std::string> tokens;
             std::string current;
             for (char c : foldForSearch(query)) {
                 if (c == ' ') {
                     if (!current.empty())
                         tokens.push_back(std::move(current));
                     current.clear();
                 } else if (c != '"') {
                     current += c;
                 }
             }
             if (!current.empty())
                 tokens.push_back(std::move(current));
             return tokens;
         }()) {
        if (!match.empty())
            match += ' ';
        match += '"' + token + "\"*";
    }
    if (match.empty())
        return std::vector<PersonSummary>{};
    Statement matches(m_db, "SELECT rowid FROM person_search WHERE person_search MATCH ? ORDER BY rowid", true);
    matches.bind(1, match);
    return inDisplayOrder(matches, limit);
}

Result<std::vector<PersonSummary>> PersonStore::inDisplayOrder(Statement& rowids, int limit)
{
    return inDisplayOrder(
        [&]() -> Result<std::optional<std::int64_t>> {
            auto row = rowids.step();
            if (!row)
                return std::unexpected(row.error());
            return *row ? std::optional<std::int64_t>(rowids.integer(0)) : std::nullopt;
        },
        limit);
}

Result<std::vector<PersonSummary>> PersonStore::inDisplayOrder(const RowidSource& nextRowid, int limit)
{
    // `rowids` yields candidates in rowid order, which is display order up to people who share
    // the first ten letters (see rankBase): read them until `limit` live rows are found plus any
    // that share the last one's letters, then sort those exactly. Only the rows shown are read.
    Statement person(m_db,
                     "SELECT " + std::string(kSummaryColumns) +
                         " FROM people p WHERE p.rowid = ? AND p.deleted = 0 AND " + visibility::rowVisible("p"),
                     true);
    struct Found
    {
        std::string familyKey;
        std::string givenKey;
        PersonSummary summary;
    };
    std::vector<Found> found;
    std::optional<std::int64_t> lastWindow;
    const SummaryReader reader(person);
    for (;;) {
        auto next = nextRowid();
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            break;
        const std::int64_t rowid = **next;
        if (lastWindow && rowid >> kRankWindowBits != *lastWindow)
            break;
        person.reset();
        person.bind(1, rowid);
        auto row = person.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            continue; // a record that is no longer shown
        found.push_back(Found{reader.familyKey(), reader.givenKey(), reader.read()});
        if (static_cast<int>(found.size()) == limit)
            lastWindow = rowid >> kRankWindowBits;
    }
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        return std::tie(a.familyKey, a.givenKey, a.summary.id) < std::tie(b.familyKey, b.givenKey, b.summary.id);
    });
    std::vector<PersonSummary> out;
    for (auto& f : found) {
        if (static_cast<int>(out.size()) == limit)
            break;
        out.push_back(std::move(f.summary));
    }
    return out;
}

Result<std::vector<PersonSummary>> PersonStore::searchReferenceNumber(std::string_view digits, int limit)
{
    // The running number at the end of WM-K7QX-2026-00042, as a school or the police quote it
    // ("00042" or "42"): every device's and year's person with that number, in display order.
    // The reference index is skipped through one "WM-K7QX-2026-" at a time (a few seeks: one
    // per device and year), then each full reference is looked up; no index of its own.
    std::string number(digits);
    if (number.size() < 5)
        number.insert(0, 5 - number.size(), '0');
    Statement nextPrefix(m_db, "SELECT case_reference FROM people INDEXED BY people_reference "
                               "WHERE case_reference > ? AND deleted = 0 ORDER BY case_reference LIMIT 1");
    Statement exact(m_db,
                    "SELECT rowid FROM people INDEXED BY people_reference WHERE case_reference = ? AND deleted = 0");
    std::vector<std::int64_t> rowids;
    std::string after;
    for (;;) {
        nextPrefix.reset();
        nextPrefix.bind(1, after);
        auto row = nextPrefix.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const std::string reference = nextPrefix.text(0);
        const auto dash = reference.rfind('-');
        if (dash == std::string::npos)
            break;
        const std::string prefix = reference.substr(0, dash + 1);
        exact.reset();
        exact.bind(1, prefix + number);
        if (auto r = exact.forEachRow([&] { rowids.push_back(exact.integer(0)); }); !r)
            return std::unexpected(r.error());
        after = prefix + "\x7f";
    }
    std::sort(rowids.begin(), rowids.end());
    std::size_t at = 0;
    return inDisplayOrder(
        [&]() -> Result<std::optional<std::int64_t>> {
            return at < rowids.size() ? std::optional<std::int64_t>(rowids[at++]) : std::nullopt;
        },
        limit);
}

Result<std::vector<PersonSummary>> PersonStore::searchPostcode(std::string_view prefix, int limit)
{
    // Postcodes are stored tidied ("LS1 4AB"); the index holds them without the space, so "ls1",
    // "LS14" and "LS1 4AB" all find it. The index entries carry the rowids: only the rows shown
    // are read, however many live in LS1.
    std::string key;
    for (char c : prefix)
        if (c != ' ')
            key += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    Statement st(m_db, "SELECT rowid FROM people INDEXED BY people_postcode WHERE replace(postcode, ' ', '') >= ? "
                       "AND replace(postcode, ' ', '') < ? AND deleted = 0 AND postcode IS NOT NULL ORDER BY rowid");
    st.bind(1, key).bind(2, key + "\x7f");
    return inDisplayOrder(st, limit);
}

Result<PersonPage> PersonStore::list(const PersonListQuery& query)
{
    // The index walked: for everyone, one per sort order; for a filter, its own partial index,
    // which holds every sort key, so even a sort other than by name reads only the filter's
    // index entries (a few bytes each) and then the rows shown. The inner query picks the rows
    // from the index alone; the outer one reads just those rows.
    const int limit = query.limit > 0 ? query.limit : 200;
    const auto& keys = sortKeys(query.sort);
    const char* index = query.filter == PersonFilter::All ? sortIndex(query.sort) : filterSql(query.filter).index;
    const char* direction = query.descending ? " DESC" : "";
    std::string keyList;
    std::string order;
    std::string outerOrder;
    std::string keyColumns;
    for (std::size_t k = 0; k < keys.size(); ++k) {
        keyList += std::string(k ? ", " : "") + "p." + keys[k];
        order += std::string("p.") + keys[k] + direction + ", ";
        outerOrder += "k.k" + std::to_string(k) + direction + ", ";
        keyColumns += ", p." + std::string(keys[k]) + " AS k" + std::to_string(k);
    }
    std::string inner = "SELECT p.rowid AS r, p.id AS kid" + keyColumns + " FROM people p INDEXED BY " + index +
                        " WHERE p.deleted = 0" + filterSql(query.filter).clause + " AND " + visibility::rowVisible("p");
    if (query.after) {
        if (query.after->keys.size() != keys.size())
            return fail(ErrorCode::InvalidInput, "the page cursor belongs to another sort order");
        std::string marks;
        for (std::size_t k = 0; k < keys.size(); ++k)
            marks += "?, ";
        inner += " AND (" + keyList + ", p.id) " + (query.descending ? "< (" : "> (") + marks + "?)";
    }
    inner += " ORDER BY " + order + "p.id" + direction + " LIMIT ?";
    std::string sql = "SELECT " + std::string(kSummaryColumns);
    for (std::size_t k = 0; k < keys.size(); ++k)
        sql += ", k.k" + std::to_string(k);
    sql += " FROM (" + inner + ") k JOIN people p ON p.rowid = k.r ORDER BY " + outerOrder + "k.kid" + direction;
    Statement st(m_db, sql);
    int i = 1;
    if (query.after) {
        for (const auto& key : query.after->keys)
            st.bind(i++, key);
        st.bind(i++, query.after->id);
    }
    st.bind(i, limit + 1);
    PersonPage page;
    PersonPageCursor lastCursor;
    const SummaryReader reader(st);
    const columns::NamedRow named(st);
    std::vector<int> cursorColumns;
    for (std::size_t k = 0; k < keys.size(); ++k)
        cursorColumns.push_back(named.index("k" + std::to_string(k)));
    for (;;) {
        auto row = st.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        if (static_cast<int>(page.rows.size()) == limit) {
            page.next = lastCursor;
            break;
        }
        page.rows.push_back(reader.read());
        lastCursor.keys.clear();
        for (const int column : cursorColumns)
            lastCursor.keys.push_back(st.text(column));
        lastCursor.id = page.rows.back().id;
    }
    return page;
}

Result<std::int64_t> PersonStore::count(PersonFilter filter)
{
    // Everyone is counted on the narrowest index (a few bytes an entry), a filter on its own;
    // then the restricted records this user may not see are taken off, counted on the
    // restricted records' own index (a few in a hundred), so a count stays index-only.
    Statement st(m_db, std::string("SELECT count(*) FROM people p INDEXED BY ") +
                           (filter == PersonFilter::All ? "people_live" : filterSql(filter).index) +
                           " WHERE p.deleted = 0" + filterSql(filter).clause);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    const std::int64_t all = st.integer(0);
    // The hidden set first (index-only: a coordinator's is empty), then the filter on those rows.
    Statement hidden(m_db, "WITH h AS MATERIALIZED (SELECT p.rowid AS r FROM people p INDEXED BY people_restricted "
                           "WHERE p.deleted = 0 AND p.restricted = 1 AND " +
                               visibility::restrictedHidden("p") +
                               ") SELECT count(*) FROM h JOIN people p ON p.rowid = h.r WHERE 1" +
                               filterSql(filter).clause);
    auto hiddenRow = hidden.step();
    if (!hiddenRow)
        return std::unexpected(hiddenRow.error());
    return all - hidden.integer(0);
}

} // namespace waymark
