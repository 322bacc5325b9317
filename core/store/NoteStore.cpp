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
    tokenize = 'unicode61 remove_diacritics 2'PREFIXES
);
)sql";
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

Result<NoteHits> NoteStore::search(std::string_view expression, const NoteSearchQuery& query, const Reader& reader)
{
    // ?1 expression ?2 before (exclusive rowid) ?3 reader ?4 reads all sensitive ?5 limit ?6 person
    const std::string select = "SELECT " + metaColumns("n.") +
                               ", snippet(note_search, 0, char(2), char(3), '…', 14) AS snippet" + std::string(kNames) +
                               " FROM ";
    std::string sql;
    if (query.personId) {
        // One person's notes: few rows, each checked against the index by rowid.
        sql = select + "notes n INDEXED BY notes_person CROSS JOIN note_search ON note_search.rowid = n.rowid" +
              std::string(kJoins) +
              " WHERE n.person_id = ?6 AND n.deleted = 0 AND note_search MATCH ?1 AND n.rowid < ?2 AND " +
              readable(3, 4) + " ORDER BY n.created_at DESC, n.rowid DESC LIMIT ?5";
    } else {
        // Everyone's notes: the index yields matches newest first (rowid order is time
        // order), each joined to its row and kept if this reader may read it, until the
        // page is full. No ranking pass over every match, so a common word costs no more
        // than a rare one.
        sql = select + "note_search CROSS JOIN notes n ON n.rowid = note_search.rowid" + std::string(kJoins) +
              " WHERE note_search MATCH ?1 AND note_search.rowid < ?2 AND n.deleted = 0 AND " + readable(3, 4) +
              " ORDER BY note_search.rowid DESC LIMIT ?5";
    }
    // Prepared once per connection (two shapes): planning a join with the full-text index
    // costs about as much as a rare word's page.
    Statement st(m_db, sql, true);
    st.bind(1, expression);
    st.bind(2, query.before.value_or(std::numeric_limits<std::int64_t>::max()));
    st.bind(3, reader.user).bind(4, reader.allSensitive).bind(5, query.limit + 1);
    if (query.personId)
        st.bind(6, *query.personId);
    NoteHits hits;
    NamedRow row(st);
    auto done = st.forEachRow([&] {
        if (static_cast<int>(hits.rows.size()) == query.limit) {
            hits.next = row.integer("note_rowid") + 1;
            return;
        }
        NoteHit h;
        readRow(row, h.note);
        h.authorName = row.text("author_name");
        h.snippet = row.text("snippet");
        hits.rows.push_back(std::move(h));
    });
    if (!done)
        return std::unexpected(done.error());
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
