#include "core/store/Migrations.h"

#include "core/store/AssessmentStore.h"
#include "core/store/ChangeLog.h"
#include "core/store/Database.h"
#include "core/store/ImportStore.h"
#include "core/store/NoteStore.h"
#include "core/store/OutcomeStore.h"
#include "core/store/PersonStore.h"
#include "core/store/PlanStore.h"
#include "core/store/ReferralStore.h"
#include "core/store/ReportFacts.h"
#include "core/store/ReportIndexes.h"
#include "core/store/SessionStore.h"
#include "core/store/SigningStore.h"
#include "core/store/TaskStore.h"

#include <map>
#include <set>
#include <string>
#include <tuple>

namespace waymark {

namespace {

// v1: the first schema. Every synced table has id (UUIDv7 BLOB), updated_hlc and a
// deleted tombstone; change_log is the sync outbox; audit_log is the hash chain. The people
// tables come from their column tables (PersonStore, columns with since = 1), their indexes
// are written here.
Status toVersion1(Database& db)
{
    if (auto st = db.exec(PersonStore::createTablesSql(1)); !st)
        return st;
    return db.exec(R"sql(
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    id BLOB PRIMARY KEY,
    username TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX users_username ON users(username);

CREATE INDEX people_order ON people(family_key, given_key, id) WHERE deleted = 0;
CREATE INDEX people_reference ON people(case_reference);
CREATE INDEX people_dob ON people(date_of_birth);

CREATE INDEX person_aliases_person ON person_aliases(person_id);

CREATE INDEX person_contacts_person ON person_contacts(person_id);

CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_id BLOB NOT NULL,
    column_name TEXT NOT NULL,
    value TEXT,
    hlc TEXT NOT NULL,
    author BLOB
);

CREATE TABLE sync_state (
    peer TEXT PRIMARY KEY,
    cursor TEXT,
    last_hlc TEXT
) WITHOUT ROWID;

CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id BLOB,
    username TEXT NOT NULL,
    operation TEXT NOT NULL,
    record_type TEXT NOT NULL DEFAULT '',
    record_id BLOB,
    detail TEXT NOT NULL DEFAULT '',
    hash BLOB NOT NULL
);
)sql");
}

// v2: full-text person search (names, preferred names, aliases; folded for case and
// accents), built from the rows already there.
Status toVersion2(Database& db)
{
    auto st = db.exec(R"sql(
CREATE VIRTUAL TABLE person_search USING fts5(
    terms,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
)sql");
    if (!st)
        return st;
    return PersonStore(db).rebuildSearchIndex();
}

// v3: storage at scale.
// - The change log becomes compact (see ChangeLog.h): change_set (one row per mutation:
//   clock, author) + change_record (one row per record: table number, record id, the
//   changed columns packed in a BLOB) + change_column (the numbers). Every value of the old
//   one-row-per-column log is kept, in its order.
// - Indexes that answer each person filter's pages and counts without reading people rows
//   (in any sort order), one per sort order for everyone, a narrow one for counting
//   everyone, and searches by case-reference number and postcode.
// - The display order follows the name shown first (the preferred name when there is one).
Status compactChangeLog(Database& db)
{
    auto st = db.exec(R"sql(
CREATE TABLE change_column (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    column_name TEXT NOT NULL,
    UNIQUE (table_name, column_name)
);
CREATE TABLE change_set (
    seq INTEGER PRIMARY KEY,
    hlc TEXT NOT NULL,
    author BLOB
);
CREATE TABLE change_record (
    seq INTEGER PRIMARY KEY,
    set_seq INTEGER NOT NULL,
    table_id INTEGER NOT NULL,
    row_id BLOB NOT NULL,
    columns BLOB NOT NULL
);
)sql");
    if (!st)
        return st;
    for (const char* table : {"users", "people", "person_aliases", "person_contacts"})
        if (auto r = ChangeLog::registerColumns(db, table); !r)
            return r;
    // Any other name the old log used (none is expected) keeps its values too.
    if (auto r = db.exec("INSERT OR IGNORE INTO change_column (table_name, column_name) "
                         "SELECT DISTINCT table_name, '' FROM change_log UNION ALL "
                         "SELECT DISTINCT table_name, column_name FROM change_log");
        !r)
        return r;
    std::map<std::pair<std::string, std::string>, std::int64_t> ids;
    {
        Statement cols(db, "SELECT id, table_name, column_name FROM change_column");
        if (auto r = cols.forEachRow([&] { ids[{cols.text(1), cols.text(2)}] = cols.integer(0); }); !r)
            return r;
    }
    // Old rows in order. A new set starts when the clock or author changes; a new record
    // when the set, table or record changes, or a column repeats (no value is ever folded
    // into another).
    Statement old(db, "SELECT table_name, row_id, column_name, value, hlc, author FROM change_log ORDER BY seq");
    Statement set(db, "INSERT INTO change_set (hlc, author) VALUES (?, ?)");
    Statement record(db, "INSERT INTO change_record (set_seq, table_id, row_id, columns) VALUES (?, ?, ?, ?)");
    std::pair<std::string, std::vector<std::uint8_t>> setKey;
    std::pair<std::string, std::vector<std::uint8_t>> recordKey;
    std::int64_t setSeq = 0;
    ChangeLog::Packed values;
    std::set<std::int64_t> columnsInRecord;
    const auto flush = [&]() -> Status {
        if (values.empty())
            return {};
        const auto bytes = ChangeLog::encodeValues(values);
        record.reset();
        record.bind(1, setSeq).bind(2, ids.at({recordKey.first, ""}));
        record.bindBlob(3, recordKey.second.data(), recordKey.second.size()).bindBlob(4, bytes.data(), bytes.size());
        values.clear();
        columnsInRecord.clear();
        return record.run();
    };
    for (;;) {
        auto row = old.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        auto thisSet = std::make_pair(old.text(4), old.blob(5));
        auto thisRecord = std::make_pair(old.text(0), old.blob(1));
        const std::int64_t column = ids.at({old.text(0), old.text(2)});
        const bool newSet = setSeq == 0 || thisSet != setKey;
        if (newSet || thisRecord != recordKey || columnsInRecord.contains(column))
            if (auto r = flush(); !r)
                return r;
        if (newSet) {
            set.reset();
            set.bind(1, thisSet.first);
            if (old.isNull(5))
                set.bindNull(2);
            else
                set.bindBlob(2, thisSet.second.data(), thisSet.second.size());
            if (auto r = set.run(); !r)
                return r;
            setSeq = db.lastInsertRowId();
            setKey = std::move(thisSet);
        }
        recordKey = std::move(thisRecord);
        columnsInRecord.insert(column);
        values.emplace_back(column, old.isNull(3) ? ChangeLog::Value{} : ChangeLog::Value{old.text(3)});
    }
    if (auto r = flush(); !r)
        return r;
    // Dropped without zeroing its pages: zeroing 367 MiB inside this transaction costs about
    // 320 MB of memory at the large scale, and every value on those pages lives on in
    // change_record. The free pages are given back (and overwritten) by the compaction that
    // follows an upgrade (Casebook::open), or by `waymark-cli compact`.
    if (auto r = db.exec("PRAGMA secure_delete = OFF"); !r)
        return r;
    auto dropped = db.exec("DROP TABLE change_log");
    if (auto r = db.exec("PRAGMA secure_delete = ON"); !r)
        return r;
    return dropped;
}

Status toVersion3(Database& db)
{
    if (auto st = compactChangeLog(db); !st)
        return st;
    auto st = db.exec(R"sql(
CREATE INDEX people_live ON people(deleted) WHERE deleted = 0;
DROP INDEX people_reference;
CREATE INDEX people_reference ON people(case_reference, id) WHERE deleted = 0;
DROP INDEX people_dob;
CREATE INDEX people_dob ON people(date_of_birth, family_key, given_key, id) WHERE deleted = 0;
CREATE INDEX people_looked_after ON people(family_key, given_key, id, case_reference, date_of_birth)
    WHERE deleted = 0 AND looked_after = 1;
CREATE INDEX people_child_protection ON people(family_key, given_key, id, case_reference, date_of_birth)
    WHERE deleted = 0 AND child_protection_plan = 1;
CREATE INDEX people_exploitation ON people(family_key, given_key, id, case_reference, date_of_birth)
    WHERE deleted = 0 AND exploitation_concern = 1;
CREATE INDEX people_send_aln ON people(family_key, given_key, id, case_reference, date_of_birth)
    WHERE deleted = 0 AND send_aln = 1;
CREATE INDEX people_restricted ON people(family_key, given_key, id, case_reference, date_of_birth)
    WHERE deleted = 0 AND restricted = 1;
CREATE INDEX people_postcode ON people(replace(postcode, ' ', '')) WHERE deleted = 0 AND postcode IS NOT NULL;
)sql");
    if (!st)
        return st;
    PersonStore people(db);
    if (auto r = people.refreshSortKeys(); !r)
        return r;
    return people.renumberInDisplayOrder();
}

// v4: drafts of unsaved forms (core/Drafts.h), one per user, form and record ('' for a
// new record). They live here, encrypted with everything else, never in a plaintext file.
// Local to this casebook and its user: not synced, so no change log.
Status toVersion4(Database& db)
{
    return db.exec(R"sql(
CREATE TABLE drafts (
    user_id BLOB NOT NULL,
    form TEXT NOT NULL,
    record_key TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL,
    invalid_fields TEXT NOT NULL DEFAULT '',
    needs TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (user_id, form, record_key)
) WITHOUT ROWID;
)sql");
}

// v5: referrals and their history (core/store/ReferralStore.cpp), made from their column
// tables (the columns and indexes that say `since = 5`): referrals (every field of a
// referral, the queue's sort key running_due; unique reference, unique police reference when
// set, indexes for a person's referrals, the queue by due date, state and received, and My
// work's open-work index) and referral_events (every transition, allocation, first contact,
// override and edit). Both are synced tables with id, updated_hlc and deleted.
Status toVersion5(Database& db)
{
    if (auto st = db.exec(ReferralStore::createTablesSql(5)); !st)
        return st;
    for (const char* table : {"referrals", "referral_events"})
        if (auto st = ChangeLog::registerColumns(db, table); !st)
            return st;
    return {};
}

// v6: merging two records of one person (People::merge). The record merged away stays as a
// tombstone (deleted = 1) naming the survivor in merged_into, so its id and case reference
// still lead somewhere; people_merged finds a tombstone by its case reference (the reference
// index holds live records only).
Status toVersion6(Database& db)
{
    if (auto st = db.exec(R"sql(
ALTER TABLE people ADD COLUMN merged_into BLOB;
CREATE INDEX people_merged ON people(case_reference) WHERE merged_into IS NOT NULL;
)sql");
        !st)
        return st;
    return ChangeLog::registerColumns(db, "people");
}

// v7: the referral import's bookkeeping (core/store/ImportStore.cpp): the files imported and
// the fingerprints of their rows, so a re-import adds nothing twice. Local to this casebook,
// like drafts: not synced, no change log.
Status toVersion7(Database& db)
{
    return db.exec(ImportStore::createTablesSql());
}

// v8: assessment templates (versioned; the built-in "default" version 1 seeded), assessments
// and their per-domain ratings (core/store/AssessmentStore.cpp), and referrals.assessed_on:
// the first assessment's date, which stops the assessment clock, with the index of referrals
// whose assessment is still due.
Status toVersion8(Database& db)
{
    if (auto st = db.exec(ReferralStore::addColumnsSql(8)); !st)
        return st;
    if (auto st = ChangeLog::registerColumns(db, "referrals"); !st)
        return st;
    if (auto st = db.exec(AssessmentStore::createTablesSql(8)); !st)
        return st;
    for (std::string_view table : AssessmentStore::tableNames())
        if (auto st = ChangeLog::registerColumns(db, table); !st)
            return st;
    return AssessmentStore(db).seedDefaultTemplate();
}

// v9: plans (core/store/PlanStore.cpp), made from their column tables: plans (one per
// referral), plan_goals (text, assessment domains, status), interventions (type, provider,
// planned dates, status, referral to the provider, outcome, consent override), providers
// (partner organisations), plan_events (what changed, for the plan's history and the
// person's timeline) and code_extensions (a casebook's own intervention types). All synced.
Status toVersion9(Database& db)
{
    if (auto st = db.exec(PlanStore::createTablesSql(9)); !st)
        return st;
    for (std::string_view table : PlanStore::tableNames())
        if (auto st = ChangeLog::registerColumns(db, table); !st)
            return st;
    return {};
}

// v10: sessions and their attendees (core/store/SessionStore.cpp), made from their column
// tables (since = 10): sessions (start as a UTC instant with its wall-clock zone, duration,
// type, location, intervention, domains, note, worker; indexes on start and (worker_id,
// start)) and session_attendees (one row per person at a session with their referral and
// attendance, and a copy of the start; indexes on session_id, (person_id, start) for the
// timeline and (referral_id, start)). Both are synced tables with id, updated_hlc and deleted.
Status toVersion10(Database& db)
{
    if (auto st = db.exec(SessionStore::createTablesSql(10)); !st)
        return st;
    for (const char* table : {"sessions", "session_attendees"})
        if (auto st = ChangeLog::registerColumns(db, table); !st)
            return st;
    return {};
}

// v11: case notes (core/store/NoteStore.cpp), made from their column table: notes (person,
// referral, optional session, author, created and edited times, sensitivity, text; indexes
// for a person's, a referral's and a session's notes newest first), a synced table with id,
// updated_hlc and deleted whose rowid is its creation time; note_search, an FTS5 index over
// the note text kept in notes itself (external content); and change_record_notes, a partial
// index over the change log finding one note's change records, so its earlier texts are
// read back from the log.
Status toVersion11(Database& db)
{
    if (auto st = db.exec(NoteStore::createTablesSql(11)); !st)
        return st;
    if (auto st = ChangeLog::registerColumns(db, "notes"); !st)
        return st;
    return NoteStore::createHistoryIndex(db);
}

// v12: tasks (core/store/TaskStore.cpp), made from its column table: tasks made by hand, with
// person, referral, title, due date, owner, done (when, by whom), source and creator; indexes
// for a worker's open tasks in due order (My work) and a person's tasks by due date (the
// timeline). Clock tasks are read from the clocks and not stored.
Status toVersion12(Database& db)
{
    if (auto st = db.exec(TaskStore::createTablesSql(12)); !st)
        return st;
    return ChangeLog::registerColumns(db, "tasks");
}

// v13: closure and outcomes (core/store/OutcomeStore.cpp), made from their column tables:
// closures (one row per closure request: completion status, note, requested / approved /
// returned, the coordinator and comment, the closure date and its 3-, 6- and 12-month check
// dates, the reopening and its reason), outcome_snapshots (start and end answers of a referral)
// and follow_ups (re-contacts and reoffences after closure: the date, the outcome type and
// date, the check answered). Synced tables with person_id indexes for the timeline.
Status toVersion13(Database& db)
{
    if (auto st = db.exec(OutcomeStore::createTablesSql(13)); !st)
        return st;
    for (std::string_view table : OutcomeStore::tableNames())
        if (auto st = ChangeLog::registerColumns(db, table); !st)
            return st;
    return {};
}

// v14: note_search made again with prefix indexes (NoteStore::kSearchPrefixes: a word's first
// 2, 3 and 4 characters) and rebuilt from the notes, so a prefix search ("sch*") reads one
// list newest first instead of merging every matching word's list.
Status toVersion14(Database& db)
{
    return NoteStore::addSearchPrefixes(db);
}

// v15: assessments.ratings_text, each assessment's rated domains and ratings on its own row
// (AssessmentStore::ratingsText), kept up to date when an assessment is saved and filled here
// from the ratings table, so the outcomes report compares a referral's first and last
// assessment without reading every domain rating; and three covering indexes
// (sessions_period, sessions_intervention_start, session_attendees_attended) so the caseload
// and outcomes reports read sessions and attendance from indexes alone.
Status toVersion15(Database& db)
{
    if (auto st = db.exec(AssessmentStore::addColumnsSql(15)); !st)
        return st;
    if (auto st = db.exec("UPDATE assessments SET ratings_text = " + AssessmentStore::ratingsTextSql()); !st)
        return st;
    if (auto st = ChangeLog::registerColumns(db, "assessments"); !st)
        return st;
    // The reports' covering indexes: sessions by period and by intervention, attended attendees.
    return db.exec(SessionStore::addIndexesSql(15));
}

// v16: the reports' covering indexes (core/store/ReportIndexes.h), so each report reads its
// facts from compact indexes at a large casebook (docs/measures.md, "Performance").
Status toVersion16(Database& db)
{
    return db.exec(reportIndexesSql());
}

// v17: signed audit (core/security/Roster.h, docs/threat-model.md): audit_log.signer and
// .signature (each row signed by its author's Ed25519 key), the roster (users, roles, active
// flags and public keys, each version signed by the casebook's authority key) and
// signing_keys (each user's key seed sealed to their key slot; coordinators' authority seed).
// Rows already there stay unsigned: verify reports them as written before signing began.
Status toVersion17(Database& db)
{
    return db.exec(SigningStore::createTablesSql(17));
}

// v18: the reports' derived facts (core/store/ReportFacts.h): intervention_attendance (each
// intervention's first attended session start and attended minutes) and sessions_held (the
// sessions someone attended), kept by triggers on sessions, session_attendees and interventions
// and filled here from the rows already there, so outcomes by intervention and caseload read
// one row per fact of their period.
Status toVersion18(Database& db)
{
    if (auto st = db.exec(report_facts::createSql()); !st)
        return st;
    if (auto st = db.exec(report_facts::rebuildSql()); !st)
        return st;
    return db.exec(report_facts::triggersSql());
}

// Signed change sets: each audit row records how far the change log reached and a digest of
// the change records since the row before (core/store/ChangeDigest.h); its signature covers
// both. Records and rows written before this step are marked as before coverage.
// Also drops session_attendees_period (schema 16), which no report reads since schema 18.
Status toVersion19(Database& db)
{
    if (auto st = db.exec("DROP INDEX IF EXISTS session_attendees_period"); !st)
        return st;
    Statement has(db, "SELECT count(*) FROM pragma_table_info('audit_log') WHERE name = 'change_from'");
    auto row = has.step();
    if (!row)
        return std::unexpected(row.error());
    const bool added = *row && has.integer(0) > 0; // a step taken again (tests rewind user_version)
    has.reset();
    if (!added)
        if (auto st = db.exec("ALTER TABLE audit_log ADD COLUMN change_from INTEGER; "
                              "ALTER TABLE audit_log ADD COLUMN change_upto INTEGER; "
                              "ALTER TABLE audit_log ADD COLUMN change_digest BLOB");
            !st)
            return st;
    if (auto st = db.exec("INSERT OR REPLACE INTO meta (key, value) SELECT 'change_cover_from', "
                          "(SELECT COALESCE(MAX(seq), 0) FROM change_record) || ':' || "
                          "(SELECT COALESCE(MAX(seq), 0) FROM audit_log)");
        !st)
        return st;
    return {};
}

// v20: the authority key's rotations (core/security/Roster.h, docs/threat-model.md, "The trust
// root"): an append-only chain beside the roster, each rotation signed by the key it succeeds
// and by the new key. A casebook upgraded here has none: its authority key is the chain's start.
Status toVersion20(Database& db)
{
    return db.exec(SigningStore::createTablesSql(20));
}

using Step = Status (*)(Database&);
constexpr Step kSteps[] = {toVersion1,  toVersion2,  toVersion3,  toVersion4,  toVersion5,  toVersion6,  toVersion7,
                           toVersion8,  toVersion9,  toVersion10, toVersion11, toVersion12, toVersion13, toVersion14,
                           toVersion15, toVersion16, toVersion17, toVersion18, toVersion19, toVersion20};
static_assert(std::size(kSteps) == kSchemaVersion);

} // namespace

int schemaVersion(Database& db)
{
    Statement st(db, "PRAGMA user_version");
    auto row = st.step();
    return row && *row ? static_cast<int>(st.integer(0)) : -1;
}

Status migrate(Database& db, int target)
{
    const int current = schemaVersion(db);
    if (current < 0)
        return fail(ErrorCode::Damaged, "cannot read the schema version");
    if (current > kSchemaVersion)
        return fail(ErrorCode::TooNew, "casebook schema version " + std::to_string(current) +
                                           " is newer than this program's " + std::to_string(kSchemaVersion));
    for (int v = current; v < target; ++v) {
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun();
        if (auto st = kSteps[v](db); !st)
            return st;
        if (auto st = db.exec("PRAGMA user_version = " + std::to_string(v + 1)); !st)
            return st;
        if (auto st = tx.commit(); !st)
            return st;
    }
    return {};
}

} // namespace waymark
