#include "BenchRaw.h"
#include "BenchRawDetail.h"

#include "core/Clock.h"
#include "core/Text.h"
#include "core/Uuid.h"
#include "core/domain/PersonRules.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace waymark::bench {

using namespace rawsqlite;

std::string rawKeySpec(const std::uint8_t* key, std::size_t size)
{
    return "x'" + text::toHex(key, size) + "'";
}

std::string ftsQuery(const std::string& typed)
{
    // PersonStore::searchNames: fold, split on spaces, drop quotes, each token "tok"*.
    std::string match;
    std::string current;
    const auto flush = [&] {
        if (current.empty())
            return;
        if (!match.empty())
            match += ' ';
        match += '"' + current + "\"*";
        current.clear();
    };
    for (char c : foldForSearch(typed)) {
        if (c == ' ')
            flush();
        else if (c != '"')
            current += c;
    }
    flush();
    return match;
}

std::unique_ptr<RawConn> RawConn::open(const std::filesystem::path& path, const std::string& keySpec,
                                       RawIdentity identity)
{
    std::unique_ptr<RawConn> c(new RawConn);
    c->m_identity = std::move(identity);
    c->startSigning();
    if (sqlite3_open_v2(path.c_str(), &c->m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
        die(c->m_db, "open");
    sqlite3_extended_result_codes(c->m_db, 1);
    if (!keySpec.empty())
        check(c->m_db, sqlite3_key_v2(c->m_db, "main", keySpec.data(), static_cast<int>(keySpec.size())), "key");
    c->exec(rawsql::kLogLevel);
    sqlite3_busy_timeout(c->m_db, rawsql::kBusyTimeoutMs);
    c->exec(rawsql::kProveKey);
    for (const char* pragma : rawsql::kConnectionPragmas)
        c->exec(pragma);
    // The viewer the reads' visibility clause names (the desk sets it once per connection at
    // sign-in, core/store/Visibility.cpp): replayed statements read it as they do there.
    c->exec("CREATE TEMP TABLE IF NOT EXISTS waymark_viewer (user_id BLOB NOT NULL)");
    if (!c->m_identity.userId.empty()) {
        sqlite3_stmt* st = nullptr;
        check(c->m_db,
              sqlite3_prepare_v2(c->m_db, "INSERT INTO temp.waymark_viewer (user_id) VALUES (?)", -1, &st, nullptr),
              "viewer");
        sqlite3_bind_blob(st, 1, c->m_identity.userId.data(), static_cast<int>(c->m_identity.userId.size()),
                          SQLITE_TRANSIENT);
        const int rc = sqlite3_step(st);
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            die(c->m_db, "viewer");
    }
    return c;
}

RawConn::~RawConn()
{
    for (auto& [sql, st] : m_cache)
        sqlite3_finalize(st);
    if (m_owned)
        sqlite3_close_v2(m_db);
}

std::unique_ptr<RawConn> RawConn::wrap(sqlite3* handle, RawIdentity identity)
{
    std::unique_ptr<RawConn> c(new RawConn());
    c->m_db = handle;
    c->m_identity = std::move(identity);
    c->m_owned = false;
    c->startSigning();
    return c;
}

void RawConn::exec(const char* sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        die(m_db, sql);
}

std::int64_t RawConn::scalar(const std::string& sql, const std::vector<std::string>& params)
{
    sqlite3_stmt* st = nullptr;
    check(m_db, sqlite3_prepare_v2(m_db, sql.c_str(), -1, &st, nullptr), "prepare");
    for (std::size_t i = 0; i < params.size(); ++i)
        bindText(st, static_cast<int>(i + 1), params[i]);
    check(m_db, sqlite3_step(st), "step");
    const std::int64_t v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

std::string RawConn::scalarText(const std::string& sql, const std::vector<std::string>& params)
{
    sqlite3_stmt* st = nullptr;
    check(m_db, sqlite3_prepare_v2(m_db, sql.c_str(), -1, &st, nullptr), "prepare");
    for (std::size_t i = 0; i < params.size(); ++i)
        bindText(st, static_cast<int>(i + 1), params[i]);
    check(m_db, sqlite3_step(st), "step");
    std::string v = columnText(st, 0);
    sqlite3_finalize(st);
    return v;
}

sqlite3_stmt* RawConn::statement(const rawsql::Sql& sql)
{
    if (sql.cached) {
        if (auto it = m_cache.find(sql.text); it != m_cache.end())
            return it->second;
    }
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.text, -1, sql.cached ? SQLITE_PREPARE_PERSISTENT : 0, &st, nullptr) != SQLITE_OK)
        die(m_db, sql.text);
    if (sql.cached)
        m_cache.emplace(sql.text, st);
    return st;
}

void RawConn::release(const rawsql::Sql& sql, sqlite3_stmt* st)
{
    if (sql.cached) {
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
    } else {
        sqlite3_finalize(st);
    }
}

void RawConn::authorise()
{
    sqlite3_stmt* st = statement(rawsql::kFindUser);
    bindText(st, 1, m_identity.username);
    const int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW || sqlite3_column_int64(st, 4) == 0)
        die(m_db, "authorise");
    // readUser(): every column read.
    (void)sqlite3_column_blob(st, 0);
    (void)columnText(st, 1);
    (void)columnText(st, 2);
    (void)columnText(st, 3);
    release(rawsql::kFindUser, st);
}

RawRows RawConn::summaries(sqlite3_stmt* st)
{
    // readSummary(): every column read and copied, as Waymark builds its rows.
    RawRows out;
    for (;;) {
        const int rc = sqlite3_step(st);
        check(m_db, rc, "select");
        if (rc != SQLITE_ROW)
            break;
        (void)sqlite3_column_blob(st, 0);
        for (int c = 1; c < sqlite3_column_count(st); ++c)
            (void)columnText(st, c);
        ++out.rows;
    }
    return out;
}

int RawConn::inDisplayOrder(sqlite3_stmt* rowids, int limit)
{
    // PersonStore::inDisplayOrder: each live person read by rowid, until `limit` plus the rest
    // of the last one's rank window; then the exact sort.
    struct Found
    {
        std::string familyKey;
        std::string givenKey;
        std::vector<std::uint8_t> id;
    };
    std::vector<Found> found;
    std::optional<std::int64_t> lastWindow;
    for (;;) {
        const int rc = sqlite3_step(rowids);
        check(m_db, rc, "matches");
        if (rc != SQLITE_ROW)
            break;
        const std::int64_t rowid = sqlite3_column_int64(rowids, 0);
        if (lastWindow && rowid >> rawsql::kRankWindowBits != *lastWindow)
            break;
        sqlite3_stmt* person = statement(rawsql::kSearchPerson);
        sqlite3_bind_int64(person, 1, rowid);
        const int prc = sqlite3_step(person);
        check(m_db, prc, "person");
        if (prc == SQLITE_ROW) {
            const auto* id = static_cast<const std::uint8_t*>(sqlite3_column_blob(person, 0));
            Found f{columnText(person, 17), columnText(person, 18),
                    std::vector<std::uint8_t>(id, id + sqlite3_column_bytes(person, 0))};
            for (int c = 1; c < 17; ++c)
                (void)columnText(person, c);
            found.push_back(std::move(f));
            if (static_cast<int>(found.size()) == limit)
                lastWindow = rowid >> rawsql::kRankWindowBits;
        }
        release(rawsql::kSearchPerson, person);
    }
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        return std::tie(a.familyKey, a.givenKey, a.id) < std::tie(b.familyKey, b.givenKey, b.id);
    });
    return std::min(limit, static_cast<int>(found.size()));
}

RawRows RawConn::searchNames(const std::string& fts, int limit)
{
    authorise();
    sqlite3_stmt* matches = statement(rawsql::kSearchMatches);
    bindText(matches, 1, fts);
    RawRows r;
    r.rows = inDisplayOrder(matches, limit);
    release(rawsql::kSearchMatches, matches);
    auditConsultation("person.searched", "person", {}, "by name, " + std::to_string(r.rows) + " shown");
    return r;
}

RawRows RawConn::searchReferenceNumber(const std::string& number, int limit)
{
    authorise();
    sqlite3_stmt* next = statement(rawsql::kRefNextPrefix);
    sqlite3_stmt* exact = statement(rawsql::kRefExact);
    std::vector<std::int64_t> rowids;
    std::string after;
    for (;;) {
        sqlite3_reset(next);
        bindText(next, 1, after);
        const int rc = sqlite3_step(next);
        check(m_db, rc, "next prefix");
        if (rc != SQLITE_ROW)
            break;
        const std::string reference = columnText(next, 0);
        const std::string prefix = reference.substr(0, reference.rfind('-') + 1);
        sqlite3_reset(exact);
        bindText(exact, 1, prefix + number);
        while (sqlite3_step(exact) == SQLITE_ROW)
            rowids.push_back(sqlite3_column_int64(exact, 0));
        after = prefix + "\x7f";
    }
    release(rawsql::kRefNextPrefix, next);
    release(rawsql::kRefExact, exact);
    std::sort(rowids.begin(), rowids.end());
    // The same per-row reads as every search in display order (inDisplayOrder), from a list.
    sqlite3_stmt* list = nullptr;
    std::string values = "SELECT value FROM (SELECT 0 AS value WHERE 0";
    for (std::int64_t id : rowids)
        values += " UNION ALL SELECT " + std::to_string(id);
    values += ") ORDER BY value";
    check(m_db, sqlite3_prepare_v2(m_db, values.c_str(), -1, &list, nullptr), "rowid list");
    RawRows r;
    r.rows = inDisplayOrder(list, limit);
    sqlite3_finalize(list);
    auditConsultation("person.searched", "person", {},
                      "by case reference number, " + std::to_string(r.rows) + " shown");
    return r;
}

RawRows RawConn::searchPostcode(const std::string& key, int limit)
{
    authorise();
    sqlite3_stmt* st = statement(rawsql::kSearchPostcode);
    bindText(st, 1, key);
    bindText(st, 2, key + "\x7f");
    RawRows r;
    r.rows = inDisplayOrder(st, limit);
    release(rawsql::kSearchPostcode, st);
    auditConsultation("person.searched", "person", {}, "by postcode, " + std::to_string(r.rows) + " shown");
    return r;
}

RawRows RawConn::searchReference(const std::string& upperPrefix, int limit)
{
    authorise();
    sqlite3_stmt* st = statement(rawsql::kSearchReference);
    bindText(st, 1, upperPrefix);
    bindText(st, 2, upperPrefix + "\x7f");
    sqlite3_bind_int(st, 3, limit);
    const RawRows r = summaries(st);
    release(rawsql::kSearchReference, st);
    auditConsultation("person.searched", "person", {}, "by case reference, " + std::to_string(r.rows) + " shown");
    return r;
}

RawRows RawConn::searchDob(const std::string& isoDate, int limit)
{
    authorise();
    sqlite3_stmt* st = statement(rawsql::kSearchDob);
    bindText(st, 1, isoDate);
    sqlite3_bind_int(st, 2, limit);
    const RawRows r = summaries(st);
    release(rawsql::kSearchDob, st);
    auditConsultation("person.searched", "person", {}, "by date of birth, " + std::to_string(r.rows) + " shown");
    return r;
}

RawRows RawConn::duplicateCandidates(const std::vector<std::string>& dates, const std::string& postcodeKey,
                                     const std::vector<std::pair<std::string, std::string>>& nameKeys)
{
    // DuplicateQueries::candidates: each lookup's rows read (every column), each person kept
    // once by id, then their aliases; the audit row as People::duplicateCandidates writes it.
    authorise();
    std::vector<std::vector<std::uint8_t>> ids;
    const auto collect = [&](sqlite3_stmt* st) {
        for (;;) {
            const int rc = sqlite3_step(st);
            check(m_db, rc, "select");
            if (rc != SQLITE_ROW)
                break;
            const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(st, 0));
            std::vector<std::uint8_t> id(p, p + sqlite3_column_bytes(st, 0));
            for (int c = 1; c < sqlite3_column_count(st); ++c)
                (void)columnText(st, c);
            if (std::find(ids.begin(), ids.end(), id) == ids.end())
                ids.push_back(std::move(id));
        }
    };
    {
        sqlite3_stmt* st = statement(rawsql::kDupByDate);
        for (const auto& d : dates) {
            sqlite3_reset(st);
            bindText(st, 1, d);
            sqlite3_bind_int(st, 2, rawsql::kDupPerLookup);
            collect(st);
        }
        release(rawsql::kDupByDate, st);
    }
    if (!postcodeKey.empty()) {
        sqlite3_stmt* st = statement(rawsql::kDupByPostcode);
        bindText(st, 1, postcodeKey);
        sqlite3_bind_int(st, 2, rawsql::kDupPerLookup);
        collect(st);
        release(rawsql::kDupByPostcode, st);
    }
    {
        sqlite3_stmt* st = statement(rawsql::kDupByName);
        for (const auto& [family, given] : nameKeys) {
            sqlite3_reset(st);
            bindText(st, 1, family);
            bindText(st, 2, given);
            sqlite3_bind_int(st, 3, rawsql::kDupPerLookup);
            collect(st);
        }
        release(rawsql::kDupByName, st);
    }
    RawRows r;
    r.rows = static_cast<int>(ids.size());
    if (!ids.empty()) {
        std::string sql = rawsql::kDupAliases;
        for (std::size_t i = 0; i < ids.size(); ++i)
            sql += i ? ", ?" : "?";
        sql += rawsql::kDupAliasesEnd;
        sqlite3_stmt* st = nullptr;
        check(m_db, sqlite3_prepare_v2(m_db, sql.c_str(), -1, &st, nullptr), "prepare aliases");
        for (std::size_t i = 0; i < ids.size(); ++i)
            sqlite3_bind_blob(st, static_cast<int>(i + 1), ids[i].data(), static_cast<int>(ids[i].size()),
                              SQLITE_TRANSIENT);
        for (;;) {
            const int rc = sqlite3_step(st);
            check(m_db, rc, "aliases");
            if (rc != SQLITE_ROW)
                break;
            (void)sqlite3_column_blob(st, 0);
            (void)columnText(st, 1);
        }
        sqlite3_finalize(st);
    }
    auditConsultation("person.duplicate_check", "person", {}, std::to_string(r.rows) + " possible duplicates shown");
    return r;
}

RawRows RawConn::listFirstPage(int filterIndex, int limit, int sortIndex, bool descending)
{
    authorise();
    const std::string sql = rawsql::listFirstPageSql(filterIndex, sortIndex, descending);
    sqlite3_stmt* st = nullptr;
    check(m_db, sqlite3_prepare_v2(m_db, sql.c_str(), -1, &st, nullptr), "prepare list");
    sqlite3_bind_int(st, 1, limit + 1);
    RawRows r = summaries(st);
    sqlite3_finalize(st);
    if (r.rows > limit)
        r.rows = limit;
    auditConsultation("person.listed", "person", {}, "first page, " + std::to_string(r.rows) + " shown");
    return r;
}

std::int64_t RawConn::count(int filterIndex)
{
    authorise();
    const auto& sql = rawsql::kCount.at(static_cast<std::size_t>(filterIndex));
    sqlite3_stmt* st = statement(sql);
    check(m_db, sqlite3_step(st), "count");
    const std::int64_t n = sqlite3_column_int64(st, 0);
    release(sql, st);
    return n;
}

RawConn::Loaded RawConn::load(const std::vector<std::uint8_t>& personId)
{
    Loaded out;
    sqlite3_stmt* st = statement(rawsql::kLoadPerson);
    bindBlob(st, 1, personId);
    if (sqlite3_step(st) != SQLITE_ROW)
        die(m_db, "load person");
    for (int c = 0; c < sqlite3_column_count(st); ++c)
        out.columns.push_back(columnText(st, c));
    release(rawsql::kLoadPerson, st);
    sqlite3_stmt* al = statement(rawsql::kLoadAliases);
    bindBlob(al, 1, personId);
    while (sqlite3_step(al) == SQLITE_ROW)
        out.aliases.push_back(columnText(al, rawsql::kAliasColumn));
    release(rawsql::kLoadAliases, al);
    sqlite3_stmt* co = statement(rawsql::kLoadContacts);
    bindBlob(co, 1, personId);
    while (sqlite3_step(co) == SQLITE_ROW) {
        (void)sqlite3_column_blob(co, 0);
        (void)sqlite3_column_blob(co, 2);
        for (int c = 1; c < rawsql::kContactColumns; ++c)
            if (c != 2)
                (void)columnText(co, c);
    }
    release(rawsql::kLoadContacts, co);
    return out;
}

int RawConn::view(const std::vector<std::uint8_t>& personId)
{
    authorise();
    const Loaded l = load(personId);
    auditConsultation("person.viewed", "person", personId, "consultation");
    return static_cast<int>(l.columns.size());
}

std::int64_t RawConn::changeColumn(const std::string& table, const std::string& column)
{
    const std::string key = table + "." + column;
    if (const auto it = m_changeColumns.find(key); it != m_changeColumns.end())
        return it->second;
    sqlite3_stmt* st = statement(rawsql::kChangeColumn);
    bindText(st, 1, table);
    bindText(st, 2, column);
    check(m_db, sqlite3_step(st), "change column");
    const std::int64_t id = sqlite3_column_int64(st, 0);
    release(rawsql::kChangeColumn, st);
    m_changeColumns[key] = id;
    return id;
}

std::string RawConn::nextHlc()
{
    // Casebook::nextHlc: the newest HLC in the change log, then this clock, never backwards.
    sqlite3_stmt* st = statement(rawsql::kLastHlc);
    const std::string last = sqlite3_step(st) == SQLITE_ROW ? columnText(st, 0) : std::string();
    release(rawsql::kLastHlc, st);
    std::tm t{};
    int millis = 0;
    unsigned counter = 0;
    if (!last.empty() && std::sscanf(last.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d.%3dZ-%4x", &t.tm_year, &t.tm_mon,
                                     &t.tm_mday, &t.tm_hour, &t.tm_min, &t.tm_sec, &millis, &counter) == 8) {
        t.tm_year -= 1900;
        t.tm_mon -= 1;
        const std::int64_t lastMillis = static_cast<std::int64_t>(timegm(&t)) * 1000 + millis;
        if (lastMillis > m_hlcMillis || (lastMillis == m_hlcMillis && static_cast<int>(counter) > m_hlcCounter)) {
            m_hlcMillis = lastMillis;
            m_hlcCounter = static_cast<int>(counter);
        }
    }
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    if (ms > m_hlcMillis) {
        m_hlcMillis = ms;
        m_hlcCounter = 0;
    } else if (++m_hlcCounter > 0xFFFF) {
        ++m_hlcMillis;
        m_hlcCounter = 0;
    }
    char counterText[8];
    std::snprintf(counterText, sizeof counterText, "%04x", m_hlcCounter);
    return formatUtcMillis(std::chrono::system_clock::time_point(std::chrono::milliseconds(m_hlcMillis))) + "-" +
           counterText + "-" + m_identity.siteId;
}

void RawConn::saveEdit(const std::vector<std::uint8_t>& personId, const std::string& phoneA, const std::string& phoneB)
{
    // People::update for a one-column edit, statement by statement, at synchronous=FULL.
    authorise();
    exec(rawsql::kBegin);
    const Loaded before = load(personId);
    const std::string phone = before.columns.at(rawsql::kLoadPhone) == phoneA ? phoneB : phoneA;
    const std::string hlc = nextHlc();
    const std::string givenName = before.columns.at(rawsql::kLoadGivenName);
    const std::string familyName = before.columns.at(rawsql::kLoadFamilyName);
    {
        // ChangeLog::record: the column and table numbers (looked up once per connection),
        // the mutation's set, then the record with its packed columns.
        const std::int64_t phoneColumn = changeColumn("people", "phone");
        const std::int64_t peopleTable = changeColumn("people", "");
        sqlite3_stmt* set = statement(rawsql::kChangeSetInsert);
        bindText(set, 1, hlc);
        bindBlob(set, 2, m_identity.userId);
        check(m_db, sqlite3_step(set), "change set");
        release(rawsql::kChangeSetInsert, set);
        const std::int64_t setSeq = sqlite3_last_insert_rowid(m_db);
        std::vector<std::uint8_t> packed;
        appendLeb(packed, static_cast<std::uint64_t>(phoneColumn));
        appendLeb(packed, phone.size() + 1);
        packed.insert(packed.end(), phone.begin(), phone.end());
        sqlite3_stmt* st = statement(rawsql::kChangeRecordInsert);
        sqlite3_bind_int64(st, 1, setSeq);
        sqlite3_bind_int64(st, 2, peopleTable);
        bindBlob(st, 3, personId);
        bindBlob(st, 4, packed);
        check(m_db, sqlite3_step(st), "change record");
        release(rawsql::kChangeRecordInsert, st);
    }
    {
        sqlite3_stmt* st = statement(rawsql::kUpdatePhone);
        bindText(st, 1, phone);
        bindText(st, 2, hlc);
        bindBlob(st, 3, personId);
        check(m_db, sqlite3_step(st), "update");
        release(rawsql::kUpdatePhone, st);
    }
    {
        sqlite3_stmt* st = statement(rawsql::kOldAliases);
        bindBlob(st, 1, personId);
        while (sqlite3_step(st) == SQLITE_ROW) {
            (void)sqlite3_column_blob(st, 0);
            (void)columnText(st, 1);
        }
        release(rawsql::kOldAliases, st);
    }
    std::int64_t rowid = 0;
    {
        sqlite3_stmt* st = statement(rawsql::kPersonRowid);
        bindBlob(st, 1, personId);
        check(m_db, sqlite3_step(st), "rowid");
        rowid = sqlite3_column_int64(st, 0);
        release(rawsql::kPersonRowid, st);
    }
    {
        sqlite3_stmt* del = statement(rawsql::kSearchDelete);
        sqlite3_bind_int64(del, 1, rowid);
        check(m_db, sqlite3_step(del), "search delete");
        release(rawsql::kSearchDelete, del);
        // PersonStore.cpp's searchTerms()
        std::string terms = foldForSearch(givenName) + ' ' + foldForSearch(familyName);
        if (const auto& preferred = before.columns.at(rawsql::kLoadPreferredName); !preferred.empty())
            terms += ' ' + foldForSearch(preferred);
        for (const auto& a : before.aliases)
            terms += ' ' + foldForSearch(a);
        sqlite3_stmt* ins = statement(rawsql::kSearchInsert);
        sqlite3_bind_int64(ins, 1, rowid);
        bindText(ins, 2, terms);
        check(m_db, sqlite3_step(ins), "search insert");
        release(rawsql::kSearchInsert, ins);
    }
    auditAppend("person.updated", "person", personId, "alteration");
    exec(rawsql::kCommit);
    (void)load(personId); // read back, as People::update does
}

} // namespace waymark::bench
