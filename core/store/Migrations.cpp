#include "core/store/Migrations.h"

#include "core/store/Database.h"
#include "core/store/PersonStore.h"

#include <string>

namespace waymark {

namespace {

// v1: the first schema. Every synced table has id (UUIDv7 BLOB), updated_hlc and a
// deleted tombstone; change_log is the sync outbox; audit_log is the hash chain.
Status toVersion1(Database& db)
{
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

CREATE TABLE people (
    id BLOB PRIMARY KEY,
    case_reference TEXT NOT NULL,
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    preferred_name TEXT,
    date_of_birth TEXT,
    dob_estimated INTEGER NOT NULL DEFAULT 0,
    sex TEXT,
    gender_identity TEXT,
    ethnicity TEXT,
    first_language TEXT,
    interpreter_needed INTEGER NOT NULL DEFAULT 0,
    address TEXT,
    postcode TEXT,
    phone TEXT,
    school TEXT,
    ete_status TEXT,
    pnc_reference TEXT,
    nhs_number TEXT,
    upn TEXT,
    la_id TEXT,
    looked_after INTEGER NOT NULL DEFAULT 0,
    child_protection_plan INTEGER NOT NULL DEFAULT 0,
    child_in_need INTEGER NOT NULL DEFAULT 0,
    early_help INTEGER NOT NULL DEFAULT 0,
    care_leaver INTEGER NOT NULL DEFAULT 0,
    send_aln INTEGER NOT NULL DEFAULT 0,
    send_aln_plan INTEGER NOT NULL DEFAULT 0,
    exploitation_concern INTEGER NOT NULL DEFAULT 0,
    restricted INTEGER NOT NULL DEFAULT 0,
    family_key TEXT NOT NULL,
    given_key TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX people_order ON people(family_key, given_key, id) WHERE deleted = 0;
CREATE INDEX people_reference ON people(case_reference);
CREATE INDEX people_dob ON people(date_of_birth);

CREATE TABLE person_aliases (
    id BLOB PRIMARY KEY,
    person_id BLOB NOT NULL REFERENCES people(id),
    alias TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX person_aliases_person ON person_aliases(person_id);

CREATE TABLE person_contacts (
    id BLOB PRIMARY KEY,
    person_id BLOB NOT NULL REFERENCES people(id),
    name TEXT NOT NULL,
    relationship TEXT,
    phone TEXT,
    parental_responsibility INTEGER NOT NULL DEFAULT 0,
    updated_hlc TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
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

// v3: drafts of unsaved forms (core/Drafts.h), one per user, form and record ('' for a
// new record). They live here, encrypted with everything else, never in a plaintext file.
Status toVersion3(Database& db)
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

using Step = Status (*)(Database&);
constexpr Step kSteps[] = {toVersion1, toVersion2, toVersion3};
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
