#include "core/store/NoteStore.h"

#include "core/store/ChangeLog.h"
#include "core/store/Columns.h"
#include "core/store/Database.h"
#include "core/store/NoteSearchBuilder.h"
#include "core/store/Visibility.h"

#include <algorithm>
#include <limits>

namespace waymark {

namespace {

using columns::Column;
using columns::field;
using columns::Index;
using columns::Info;
using columns::Kind;
using columns::NamedRow;
using columns::Table;

constexpr int kSince = 11;
static_assert(NoteStore::kSearchPrefixes.back() - '0' == NoteStore::kLongestSearchPrefix);
constexpr std::int64_t kSameMillisecond = 1024; // notes a rowid window holds

template <class R, auto Ref> Column<R> col(std::string_view name, Kind kind, bool required = false)
{
    Info i;
    i.name = name;
    i.kind = kind;
    i.required = required;
    i.since = kSince;
    return field<R, Ref>(i);
}

Index index(std::string_view name, std::string_view on, std::string_view where = {})
{
    Index i;
    i.name = name;
    i.on = on;
    i.where = where;
    i.since = kSince;
    return i;
}

// The notes table: every field of core/domain/Note.h (updatedHlc is the table's own).
const Table<Note>& noteTable()
{
    static const Table<Note> table = [] {
        using N = Note;
        Table<N> t;
        t.name = "notes";
        t.id = [](const N& n) { return n.id; };
        t.setId = [](N& n, const Uuid& id) { n.id = id; };
        t.setHlc = [](N& n, std::string hlc) { n.updatedHlc = std::move(hlc); };
        t.columns = {
            col<N, &N::personId>("person_id", Kind::Uuid, true),
            col<N, &N::referralId>("referral_id", Kind::Uuid),
            col<N, &N::sessionId>("session_id", Kind::Uuid),
            col<N, &N::authorId>("author_id", Kind::Uuid, true),
            col<N, &N::createdAt>("created_at", Kind::Text, true),
            col<N, &N::editedAt>("edited_at", Kind::Text),
            col<N, &N::editedBy>("edited_by", Kind::Uuid),
            col<N, &N::sensitive>("sensitive", Kind::Bool),
            col<N, &N::text>("body", Kind::Text, true),
        };
        t.indexes = {
            // A person's notes newest first (lists, counts, the timeline).
            index("notes_person", "person_id, created_at"),
            index("notes_referral", "referral_id, created_at", "referral_id IS NOT NULL"),
            index("notes_session", "session_id, created_at", "session_id IS NOT NULL"),
        };
        return t;
    }();
    return table;
}

// The columns a reading selects: every column but the text, which is selected (as "body")
// only where the reader may read it.
std::string metaColumns(std::string_view prefix)
{
    std::string out;
    out += prefix;
    out += "rowid AS note_rowid, ";
    out += prefix;
    out += "id, ";
    out += prefix;
    out += "updated_hlc";
    for (const auto& c : noteTable().columns) {
        if (c.info.name == "body")
            continue;
        out += ", ";
        out += prefix;
        out += c.info.name;
    }
    return out;
}

// SQL true when the reader (?R1 user id, ?R2 reads all sensitive notes) may read note n.
std::string readable(int userParam, int allParam)
{
    // ... and the note's person is not a restricted record kept from the reader.
    return "(n.sensitive = 0 OR n.author_id = ?" + std::to_string(userParam) + " OR ?" + std::to_string(allParam) +
           " = 1) AND " + visibility::personVisible("n.person_id");
}

constexpr std::string_view kNames = ", coalesce(nullif(a.display_name, ''), a.username, '') AS author_name"
                                    ", coalesce(nullif(e.display_name, ''), e.username, '') AS editor_name";
constexpr std::string_view kJoins = " LEFT JOIN users a ON a.id = n.author_id LEFT JOIN users e ON e.id = n.edited_by";

const TimelineSource kTimeline[] = {
    {"note", "SELECT n.created_at AS at, n.id AS record_id, n.referral_id AS referral_id,"
             " CASE WHEN n.edited_at IS NULL THEN 'written' ELSE 'edited' END AS title,"
             // A sensitive note's words never reach the timeline: it says only that there is one.
             " CASE WHEN n.sensitive = 1 THEN '' ELSE"
             " trim(replace(replace(replace(substr(n.body, 1, 80), char(10), ' '), char(13), ' '), char(9), ' ')) END"
             " AS detail,"
             " n.author_id AS author_id, n.sensitive AS sensitive"
             " FROM notes n INDEXED BY notes_person"
             " WHERE n.person_id = ?1 AND n.deleted = 0 AND n.created_at < ?2 AND n.created_at >= ?3"
             " ORDER BY n.created_at DESC LIMIT ?4"},
};

// Which filter a list or count uses, and its SQL.
struct Filter
{
    std::string sql; // "n.person_id = ?N" ...
    Uuid id;
    std::string_view index;
};

Result<Filter> filterOf(const NoteListQuery& q, int param)
{
    const std::string p = "?" + std::to_string(param);
    if (q.sessionId)
        return Filter{"n.session_id = " + p + " AND n.session_id IS NOT NULL", *q.sessionId, "notes_session"};
    if (q.referralId)
        return Filter{"n.referral_id = " + p + " AND n.referral_id IS NOT NULL", *q.referralId, "notes_referral"};
    if (q.personId)
        return Filter{"n.person_id = " + p, *q.personId, "notes_person"};
    return fail(ErrorCode::InvalidInput, "a note list needs a person, referral or session");
}

void readRow(const NamedRow& row, Note& note)
{
    columns::read(noteTable(), row, note);
}

} // namespace

std::string NoteStore::createTablesSql(int version)
{
    return columns::createTableSql(noteTable(), version) + searchTableSql(version);
}

std::string NoteStore::searchTableSql(int version)
{
    // Full-text search over the text kept in `notes` itself (external content: no second
    // copy of the words, and snippet() reads the row). unicode61 folds case and, with
    // remove_diacritics 2, accents (Zoë finds zoe). The store keeps it in step on every write.
    // Since schema 14, prefix indexes of a word's first PREFIXES characters: a prefix query
    // of that length ("sch*") is one lookup yielding matches newest first like a word,
    // instead of merging the lists of every word it starts before the first row.
    std::string sql = R"sql(
CREATE VIRTUAL TABLE note_search USING fts5(
    body,
    content = 'notes',
    content_rowid = 'rowid',
    tokenize = 'TOKENIZER'PREFIXES
);
)sql";
    sql.replace(sql.find("TOKENIZER"), 9, kSearchTokenizer);
    const auto at = sql.find("PREFIXES");
    sql.replace(at, 8, version >= 14 ? std::string(",\n    prefix = '") + std::string(kSearchPrefixes) + "'" : "");
    return sql;
}

Status NoteStore::addSearchPrefixes(Database& db)
{
    // An FTS5 table's options are fixed when it is made: made again with the prefix indexes,
    // and filled from the notes ('rebuild' indexes the text of every row of `notes`, as the
    // store did when it wrote each). The old index's pages are reused by the new one.
    if (auto st = db.exec("DROP TABLE note_search"); !st)
        return st;
    if (auto st = db.exec(searchTableSql(14)); !st)
        return st;
    return db.exec("INSERT INTO note_search (note_search) VALUES ('rebuild')");
}

Status NoteStore::createHistoryIndex(Database& db)
{
    Statement number(db, "SELECT id FROM change_column WHERE table_name = 'notes' AND column_name = ''");
    auto row = number.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::Internal, "the notes table has no change-log number");
    // Partial: only the notes' change records, so one note's history is a seek, and the
    // rest of the log carries no index it does not need.
    return db.exec("CREATE INDEX change_record_notes ON change_record(row_id, seq) WHERE table_id = " +
                   std::to_string(number.integer(0)));
}

std::vector<std::string> NoteStore::columnNames()
{
    std::vector<std::string> out{"id", "updated_hlc", "deleted"};
    for (const auto& c : noteTable().columns)
        out.emplace_back(c.info.name);
    return out;
}

std::span<const TimelineSource> NoteStore::timelineSources()
{
    return kTimeline;
}

Status NoteStore::insert(Note& note, std::int64_t createdMillis, ChangeLog& changes)
{
    // The first free rowid of the note's millisecond (later ones of the same second when a
    // batch fills it, so rowid order stays creation order).
    std::int64_t rowid = -1;
    const std::int64_t secondEnd = (createdMillis / 1000 + 1) * 1000;
    Statement last(m_db, "SELECT max(rowid) FROM notes WHERE rowid >= ? AND rowid < ?", true);
    for (std::int64_t ms = createdMillis; ms < secondEnd && rowid < 0; ++ms) {
        const std::int64_t base = rowidBase(ms);
        last.reset();
        last.bind(1, base).bind(2, base + kSameMillisecond);
        auto row = last.step();
        if (!row)
            return std::unexpected(row.error());
        if (last.isNull(0))
            rowid = base;
        else if (last.integer(0) + 1 < base + kSameMillisecond)
            rowid = last.integer(0) + 1;
    }
    last.reset();
    if (rowid < 0)
        return fail(ErrorCode::Internal, "more than a million notes in one second");
    if (auto st = columns::insert(m_db, noteTable(), note, changes, rowid); !st)
        return st;
    note.updatedHlc = changes.hlc();
    if (auto* sink = m_db.noteSearchSink()) {
        sink->added(rowid, note.text);
        return {};
    }
    return indexText(m_db, rowid, std::nullopt, note.text);
}

Status NoteStore::indexText(Database& db, std::int64_t rowid, std::optional<std::string_view> before,
                            std::string_view text)
{
    if (before) {
        Statement forget(db, "INSERT INTO note_search (note_search, rowid, body) VALUES ('delete', ?, ?)", true);
        forget.bind(1, rowid).bind(2, *before);
        if (auto st = forget.run(); !st)
            return st;
    }
    Statement learn(db, "INSERT INTO note_search (rowid, body) VALUES (?, ?)", true);
    learn.bind(1, rowid).bind(2, text);
    return learn.run();
}

Result<std::string> NoteStore::searchTableDefinition(Database& db)
{
    Statement st(db, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'note_search'");
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::Internal, "the casebook has no full-text index of notes");
    return st.text(0);
}

Status NoteStore::update(const Note& before, Note& after, ChangeLog& changes)
{
    if (before.text != after.text) {
        Statement rowid(m_db, "SELECT rowid FROM notes WHERE id = ?");
        rowid.bind(1, before.id);
        auto row = rowid.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return fail(ErrorCode::NotFound, "the note is gone");
        const std::int64_t r = rowid.integer(0);
        if (auto* sink = m_db.noteSearchSink())
            sink->changed(r, before.text, after.text);
        else if (auto st = indexText(m_db, r, before.text, after.text); !st)
            return st;
    }
    if (auto st = columns::update(m_db, noteTable(), before, after, changes); !st)
        return st;
    after.updatedHlc = changes.hlc();
    return {};
}

Result<std::optional<Note>> NoteStore::load(const Uuid& id)
{
    Statement st(m_db, "SELECT " + columns::selectList(noteTable()) + " FROM notes WHERE id = ? AND deleted = 0");
    st.bind(1, id);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Note>{};
    Note note;
    readRow(NamedRow(st), note);
    return std::optional<Note>{std::move(note)};
}

Result<std::optional<Uuid>> NoteStore::referralPerson(const Uuid& referralId)
{
    Statement st(m_db, "SELECT person_id FROM referrals WHERE id = ? AND deleted = 0", true);
    st.bind(1, referralId);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Uuid>{};
    return std::optional<Uuid>{st.uuid(0)};
}

Result<bool> NoteStore::personExists(const Uuid& personId)
{
    Statement st(m_db, "SELECT 1 FROM people WHERE id = ? AND deleted = 0", true);
    st.bind(1, personId);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    return *row;
}

Result<NotePage> NoteStore::list(const NoteListQuery& query, const Reader& reader)
{
    auto filter = filterOf(query, 3);
    if (!filter)
        return std::unexpected(filter.error());
    std::string sql = "SELECT " + metaColumns("n.") + ", CASE WHEN " + readable(1, 2) + " THEN n.body END AS body" +
                      std::string(kNames) + " FROM notes n INDEXED BY " + std::string(filter->index) +
                      std::string(kJoins) + " WHERE n.deleted = 0 AND " + filter->sql + " AND " +
                      visibility::personVisible("n.person_id");
    if (query.after)
        sql += " AND (n.created_at < ?4 OR (n.created_at = ?4 AND n.rowid < ?5))";
    sql += " ORDER BY n.created_at DESC, n.rowid DESC LIMIT ?6";
    Statement st(m_db, sql);
    st.bind(1, reader.user).bind(2, reader.allSensitive).bind(3, filter->id);
    if (query.after)
        st.bind(4, query.after->createdAt).bind(5, query.after->rowid);
    st.bind(6, query.limit + 1);
    NotePage page;
    NamedRow row(st);
    std::int64_t lastRowid = 0;
    auto done = st.forEachRow([&] {
        if (static_cast<int>(page.rows.size()) == query.limit) {
            page.next = NoteCursor{page.rows.back().note.createdAt, lastRowid};
            return;
        }
        NoteRecord r;
        readRow(row, r.note);
        r.authorName = row.text("author_name");
        r.editorName = row.text("editor_name");
        r.withheld = r.note.sensitive && r.note.authorId != reader.user && !reader.allSensitive;
        lastRowid = row.integer("note_rowid");
        page.rows.push_back(std::move(r));
    });
    if (!done)
        return std::unexpected(done.error());
    return page;
}

Result<std::int64_t> NoteStore::count(const NoteListQuery& query, const Reader&)
{
    auto filter = filterOf(query, 1);
    if (!filter)
        return std::unexpected(filter.error());
    Statement st(m_db, "SELECT count(*) FROM notes n INDEXED BY " + std::string(filter->index) +
                           " WHERE n.deleted = 0 AND " + filter->sql + " AND " +
                           visibility::personVisible("n.person_id"));
    st.bind(1, filter->id);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    return st.integer(0);
}

namespace {

// How a search page is read (the SQL of each below).
enum class Shape
{
    Everyone,    // the index first, newest match first
    Person,      // one person's notes newest first, each checked against the index
    PersonSince, // the same, only those created at or after ?7
    Point,       // one note of one person (?2 its rowid), if it matches
};

// The SQL of a search page. ?1 expression ?2 before (exclusive rowid) ?3 reader ?4 reads all
// sensitive ?5 limit ?6 person. `extra` is what it selects beside the note's columns.
std::string searchSql(Shape shape, std::string_view extra)
{
    const std::string select =
        "SELECT " + metaColumns("n.") + ", " + std::string(extra) + std::string(kNames) + " FROM ";
    switch (shape) {
    case Shape::Person:
    case Shape::PersonSince:
        // One person's notes: few rows, each checked against the index by rowid.
        return select + "notes n INDEXED BY notes_person CROSS JOIN note_search ON note_search.rowid = n.rowid" +
               std::string(kJoins) +
               " WHERE n.person_id = ?6 AND n.deleted = 0 AND note_search MATCH ?1 AND n.rowid < ?2" +
               (shape == Shape::PersonSince ? " AND n.created_at >= ?7" : "") + " AND " + readable(3, 4) +
               " ORDER BY n.created_at DESC, n.rowid DESC LIMIT ?5";
    case Shape::Point:
        return select + "note_search CROSS JOIN notes n ON n.rowid = note_search.rowid" + std::string(kJoins) +
               " WHERE note_search MATCH ?1 AND note_search.rowid = ?2 AND n.person_id = ?6 AND n.deleted = 0 AND " +
               readable(3, 4) + " LIMIT ?5";
    case Shape::Everyone:
        break;
    }
    // Everyone's notes: the index yields matches newest first (rowid order is time order),
    // each joined to its row and kept if this reader may read it, until the page is full. No
    // ranking pass over every match, so a common word costs no more than a rare one.
    return select + "note_search CROSS JOIN notes n ON n.rowid = note_search.rowid" + std::string(kJoins) +
           " WHERE note_search MATCH ?1 AND note_search.rowid < ?2 AND n.deleted = 0 AND " + readable(3, 4) +
           " ORDER BY note_search.rowid DESC LIMIT ?5";
}

// A row of a search page with its rowid (where the next page starts).
struct Found
{
    std::int64_t rowid = 0;
    NoteHit hit;
};

void bindSearch(Statement& st, std::string_view expression, std::int64_t before, int limit,
                const NoteSearchQuery& query, const NoteStore::Reader& reader)
{
    st.bind(1, expression);
    st.bind(2, before);
    st.bind(3, reader.user).bind(4, reader.allSensitive).bind(5, limit);
    if (query.personId)
        st.bind(6, *query.personId);
}

void readHit(const NamedRow& row, Found& f)
{
    f.rowid = row.integer("note_rowid");
    readRow(row, f.hit.note);
    f.hit.authorName = row.text("author_name");
}

constexpr std::string_view kSnippet = "snippet(note_search, 0, char(2), char(3), '…', 14) AS snippet";

// Up to `want` rows of the page shape `shape` for `expression`, added to `found`.
Status readPage(Database& db, Shape shape, std::string_view expression, const NoteSearchQuery& query,
                const NoteStore::Reader& reader, std::int64_t before, int want, std::vector<Found>& found,
                std::string_view since = {})
{
    // Prepared once per connection (a statement per shape): planning a join with the
    // full-text index costs about as much as a rare word's page.
    Statement st(db, searchSql(shape, kSnippet), true);
    bindSearch(st, expression, before, want, query, reader);
    if (shape == Shape::PersonSince)
        st.bind(7, since);
    NamedRow row(st);
    return st.forEachRow([&] {
        Found f;
        readHit(row, f);
        f.hit.snippet = row.text("snippet");
        found.push_back(std::move(f));
    });
}

// A person's notes checked against the index one by one (newest first) cost a full-text
// lookup each (tens of µs at a million notes); the index's matches read first, as rowids, cost
// well under a µs each. Which is less is not known beforehand (a busy person's thousands of
// notes and a rare word; a typical person's dozens and a common one), so a person's search
// goes in up to three steps: their newest kPersonFirst notes checked one by one; then, older
// than those, up to kIndexFirst matches of the index (rowids only) walked beside the person's
// note rowids (from notes_person, no row read); then the rest of their notes one by one.
constexpr int kPersonFirst = 128;
constexpr int kIndexFirst = 65536;

Status searchPerson(Database& db, std::string_view expression, const NoteSearchQuery& query,
                    const NoteStore::Reader& reader, std::int64_t before, int want, std::vector<Found>& found)
{
    const auto added = [&found](std::size_t had) { return static_cast<int>(found.size() - had); };
    // The creation time of the person's kPersonFirst-th newest note older than `before`
    // (from the index alone); none: they have fewer, all checked one by one.
    std::string since;
    {
        Statement st(
            db,
            "SELECT created_at FROM notes INDEXED BY notes_person WHERE person_id = ?1 AND deleted = 0 AND rowid < ?2"
            " ORDER BY created_at DESC, rowid DESC LIMIT 1 OFFSET ?3",
            true);
        st.bind(1, *query.personId).bind(2, before).bind(3, kPersonFirst - 1);
        auto row = st.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return readPage(db, Shape::Person, expression, query, reader, before, want, found);
        since = st.text(0);
    }
    std::size_t had = found.size();
    if (auto st = readPage(db, Shape::PersonSince, expression, query, reader, before, want, found, since); !st)
        return st;
    want -= added(had);
    if (want == 0)
        return {};
    // Every note of the person created at or after `since` has been checked; the rest have
    // smaller rowids than the least of those (a rowid is its creation time).
    {
        Statement st(db,
                     "SELECT min(rowid) FROM notes INDEXED BY notes_person WHERE person_id = ?1 AND deleted = 0 AND "
                     "created_at >= ?2"
                     " AND rowid < ?3",
                     true);
        st.bind(1, *query.personId).bind(2, since).bind(3, before);
        auto row = st.step();
        if (!row)
            return std::unexpected(row.error());
        if (*row && !st.isNull(0))
            before = st.integer(0);
    }
    // The person's other notes, their rowids only (from the index, no row read), newest first;
    // then the index's matches older than those checked, their rowids only (no row read
    // either), walked beside them: a match that is theirs is read with its snippet.
    std::vector<std::int64_t> theirs;
    {
        Statement st(
            db,
            "SELECT rowid FROM notes INDEXED BY notes_person WHERE person_id = ?1 AND deleted = 0 AND rowid < ?2"
            " ORDER BY created_at DESC, rowid DESC",
            true);
        st.bind(1, *query.personId).bind(2, before);
        if (auto done = st.forEachRow([&] { theirs.push_back(st.integer(0)); }); !done)
            return done;
    }
    std::size_t next = 0; // the first of theirs not yet passed
    int scanned = 0;
    while (scanned < kIndexFirst && next < theirs.size()) {
        std::vector<std::int64_t> matches;
        bool exhausted = true;
        {
            Statement st(
                db,
                "SELECT rowid FROM note_search WHERE note_search MATCH ?1 AND rowid < ?2 ORDER BY rowid DESC LIMIT ?3",
                true);
            st.bind(1, expression).bind(2, before).bind(3, kIndexFirst - scanned);
            for (;;) {
                auto row = st.step();
                if (!row)
                    return std::unexpected(row.error());
                if (!*row)
                    break;
                const std::int64_t r = st.integer(0);
                ++scanned;
                before = r;
                while (next < theirs.size() && theirs[next] > r)
                    ++next;
                if (next < theirs.size() && theirs[next] == r)
                    matches.push_back(r);
                if (static_cast<int>(matches.size()) == want || next == theirs.size()) {
                    exhausted = false;
                    break;
                }
            }
            st.reset();
        }
        for (const std::int64_t rowid : matches) {
            had = found.size();
            if (auto st = readPage(db, Shape::Point, expression, query, reader, rowid, 1, found); !st)
                return st;
            want -= added(had);
            if (want == 0)
                return {};
        }
        if (exhausted && scanned < kIndexFirst)
            return {}; // the index has no more matches
    }
    if (next == theirs.size())
        return {}; // none of their notes is older than the last match read
    // Many matches, few of them theirs: the rest of their notes one by one.
    return readPage(db, Shape::Person, expression, query, reader, before, want, found);
}

// How many notes of the broader expression are checked, at most, before the exact one is
// asked of the index directly (when fewer than about one in twelve of them match, the exact
// words are rare enough for their own lists to be short); and how many at a time after the
// first batch, which is the page and a quarter more.
constexpr int kNarrowScan = 256;
constexpr int kNarrowBatch = 64;

// Matches of `expression` read through `broader` (NoteStore::broaderExpression): the newest
// notes matching the broader one are read in batches, put into a small full-text table of
// their own in memory (TEMP, the connection's; the same tokenizer), and `expression` asked
// of that table, which also makes the snippets. True when the page is complete (`want`
// found, or no more notes match the broader expression); false, with `before` moved past
// every note checked, once the page would take more than kNarrowScan notes at the rate they
// have matched so far (none matched: at once).
Result<bool> searchNarrowed(Database& db, std::string_view expression, std::string_view broader,
                            const NoteSearchQuery& query, const NoteStore::Reader& reader, std::int64_t& before,
                            int want, std::vector<Found>& found)
{
    if (auto st = db.exec(NoteStore::probeTableSql()); !st)
        return std::unexpected(st.error());
    // Everything put into the table is taken back at the end: rolled back to this savepoint
    // (the table is in memory and only this connection's; nothing else is written meanwhile),
    // which also spares FTS5 writing out and deleting what it indexed.
    if (auto st = db.exec("SAVEPOINT note_probe"); !st)
        return std::unexpected(st.error());
    struct TakeBack
    {
        Database& db;
        ~TakeBack()
        {
            (void)db.exec("ROLLBACK TO note_probe");
            (void)db.exec("RELEASE note_probe");
        }
    } takeBack{db};
    int scanned = 0;
    int matchedHere = 0;
    bool complete = false; // the page is full, or no more notes match the broader expression
    while (!complete && scanned < kNarrowScan) {
        const int batchSize = scanned == 0 ? std::min(kNarrowBatch, want + want / 4) : kNarrowBatch;
        std::vector<Found> batch;
        std::vector<std::string> bodies;
        {
            Statement st(db, searchSql(query.personId ? Shape::Person : Shape::Everyone, "n.body AS body"), true);
            bindSearch(st, broader, before, batchSize, query, reader);
            NamedRow row(st);
            if (auto done = st.forEachRow([&] {
                    Found f;
                    readHit(row, f);
                    batch.push_back(std::move(f));
                    bodies.push_back(row.text("body"));
                });
                !done)
                return std::unexpected(done.error());
        }
        if (batch.empty()) {
            complete = true;
            break;
        }
        const std::int64_t batchBefore = before; // this batch's rowids are below it, earlier ones not
        scanned += static_cast<int>(batch.size());
        before = batch.back().rowid;
        complete = static_cast<int>(batch.size()) < batchSize;
        for (std::size_t k = 0; k < batch.size(); ++k) {
            Statement add(db, "INSERT INTO temp.note_probe (rowid, body) VALUES (?, ?)", true);
            add.bind(1, batch[k].rowid).bind(2, bodies[k]);
            if (auto st = add.run(); !st)
                return std::unexpected(st.error());
        }
        std::vector<std::pair<std::int64_t, std::string>> matched;
        {
            Statement probe(db,
                            "SELECT rowid, snippet(note_probe, 0, char(2), char(3), '…', 14) FROM temp.note_probe"
                            " WHERE note_probe MATCH ?1 AND rowid < ?2",
                            true);
            probe.bind(1, expression).bind(2, batchBefore);
            if (auto done = probe.forEachRow([&] { matched.emplace_back(probe.integer(0), probe.text(1)); }); !done)
                return std::unexpected(done.error());
        }
        for (auto& f : batch) {
            const auto it = std::ranges::find(matched, f.rowid, &std::pair<std::int64_t, std::string>::first);
            if (it == matched.end())
                continue;
            f.hit.snippet = std::move(it->second);
            found.push_back(std::move(f));
            if (++matchedHere == want) {
                complete = true;
                break;
            }
        }
        // Few of them match: at this rate the page would take more candidates than are checked
        // at most, so the index is asked for the exact words at once (their lists are short).
        if (!complete && (matchedHere == 0 || scanned + (want - matchedHere) * scanned / matchedHere > kNarrowScan))
            break;
    }
    return complete;
}

} // namespace

std::string NoteStore::probeTableSql()
{
    return "CREATE VIRTUAL TABLE IF NOT EXISTS temp.note_probe USING fts5(body, tokenize = '" +
           std::string(kSearchTokenizer) + "')";
}

std::optional<std::string> NoteStore::broaderExpression(std::string_view expression)
{
    // noteSearchExpression()'s form: quoted terms ("" inside for a quote), a term maybe
    // followed by *, separated by spaces.
    const auto plainLetters = [](std::string_view w) {
        return std::ranges::all_of(
            w, [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
    };
    std::string out;
    bool changed = false;
    std::size_t i = 0;
    while (i < expression.size()) {
        if (expression[i] != '"') {
            out += expression[i++];
            continue;
        }
        std::size_t close = i + 1;
        while (close < expression.size()) {
            if (expression[close] != '"')
                ++close;
            else if (close + 1 < expression.size() && expression[close + 1] == '"')
                close += 2;
            else
                break;
        }
        if (close >= expression.size())
            return std::nullopt; // not an expression of ours: left as it is
        const std::string_view inner = expression.substr(i + 1, close - i - 1);
        const bool prefix = close + 1 < expression.size() && expression[close + 1] == '*';
        const std::size_t end = prefix ? close + 2 : close + 1;
        // One ASCII word (one token for the tokenizer) longer than the longest indexed prefix.
        if (prefix && inner.size() > kLongestSearchPrefix && plainLetters(inner)) {
            out += '"';
            out += inner.substr(0, kLongestSearchPrefix);
            out += "\"*";
            changed = true;
        } else {
            out += expression.substr(i, end - i);
        }
        i = end;
    }
    if (!changed)
        return std::nullopt;
    return out;
}

Result<NoteHits> NoteStore::search(std::string_view expression, const NoteSearchQuery& query, const Reader& reader)
{
    const int want = query.limit + 1;
    std::int64_t before = query.before.value_or(std::numeric_limits<std::int64_t>::max());
    std::vector<Found> found;
    bool complete = false;
    // A word typed with * after more characters than the index keeps prefixes of ("atten*")
    // has no list of its own: FTS5 would merge the lists of every word it starts (attended,
    // attendance, ...: most notes at a million) before its first row. The indexed prefix of
    // it ("atte*") is one lookup yielding notes newest first, nearly all of which match; they
    // are checked against the exact expression a batch at a time.
    if (const auto broader = broaderExpression(expression)) {
        auto narrowed = searchNarrowed(m_db, expression, *broader, query, reader, before, want, found);
        if (!narrowed)
            return std::unexpected(narrowed.error());
        complete = *narrowed;
    }
    // Otherwise (and when few of the broader matches are matches: a rare word under a common
    // prefix, whose own lists are short), the index answers the expression itself.
    if (!complete) {
        const int rest = want - static_cast<int>(found.size());
        auto st = query.personId ? searchPerson(m_db, expression, query, reader, before, rest, found)
                                 : readPage(m_db, Shape::Everyone, expression, query, reader, before, rest, found);
        if (!st)
            return std::unexpected(st.error());
    }
    NoteHits hits;
    for (auto& f : found) {
        if (static_cast<int>(hits.rows.size()) == query.limit) {
            hits.next = f.rowid + 1;
            break;
        }
        hits.rows.push_back(std::move(f.hit));
    }
    return hits;
}

Result<std::vector<NoteVersion>> NoteStore::textVersions(const Uuid& id)
{
    Statement numbers(m_db, "SELECT column_name, id FROM change_column WHERE table_name = 'notes' AND "
                            "column_name IN ('', 'body')");
    std::int64_t table = -1;
    std::int64_t body = -1;
    if (auto st = numbers.forEachRow([&] { (numbers.text(0).empty() ? table : body) = numbers.integer(1); }); !st)
        return std::unexpected(st.error());
    if (table < 0 || body < 0)
        return fail(ErrorCode::Internal, "the notes table has no change-log numbers");
    // The table number is written into the SQL so the partial index applies.
    Statement st(m_db, "SELECT r.columns, s.hlc, s.author FROM change_record r INDEXED BY change_record_notes"
                       " JOIN change_set s ON s.seq = r.set_seq"
                       " WHERE r.table_id = " +
                           std::to_string(table) + " AND r.row_id = ? ORDER BY r.seq");
    st.bind(1, id);
    std::vector<NoteVersion> out;
    Status failure;
    auto done = st.forEachRow([&] {
        const auto bytes = st.blob(0);
        auto values = ChangeLog::decodeValues(bytes);
        if (!values) {
            failure = std::unexpected(values.error());
            return;
        }
        for (const auto& [column, value] : *values)
            if (column == body) {
                NoteVersion v;
                v.text = value.value_or("");
                v.at = st.text(1).substr(0, 24);
                v.by = st.isNull(2) ? Uuid{} : st.uuid(2);
                out.push_back(std::move(v));
            }
    });
    if (!done)
        return std::unexpected(done.error());
    if (!failure)
        return std::unexpected(failure.error());
    return out;
}

Result<std::string> NoteStore::userName(const Uuid& id)
{
    Statement st(m_db, "SELECT coalesce(nullif(display_name, ''), username) FROM users WHERE id = ?");
    st.bind(1, id);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? st.text(0) : std::string();
}

} // namespace waymark
