#pragma once

// ======================================================================================
// EVERY SQL STATEMENT THE "RAW" BASELINES RUN, IN ONE PLACE.
//
// The raw column of the benchmark is the same statement sequence Waymark issues for a call,
// run directly on SQLCipher with no Waymark code in between. Each entry below mirrors one
// statement in core/ and names the function it is copied from. When the SQL in core/store, the
// people desk (core/People.cpp: search, list, count, update) or the door's plumbing
// (core/Casebook.cpp: change log, audit) changes, change it here too, in the same commit:
// otherwise the raw column measures different work and the ratio lies.
//
// `cached` mirrors Statement(db, sql, /*cached=*/true) in core: Waymark prepares those once
// per connection; the others are prepared on every call, and so are they here.
// The parameters are bound, and the sequences put in Waymark's order, in BenchRaw.cpp
// (RawConn::searchNames, listFirstPage, count, view, saveEdit, duplicateCandidates, verify):
// a change to the number or order of a statement's parameters, or to which statements a call
// runs (say, a change log written as one change-set row plus value rows), is made there.
// ======================================================================================

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace waymark::bench::rawsql {

struct Sql
{
    const char* text;
    bool cached;
};

// ---- Database::open (core/store/Database.cpp): after sqlite3_key_v2, in this order. ----
inline constexpr const char* kLogLevel = "PRAGMA cipher_log_level = NONE";
inline constexpr const char* kProveKey = "SELECT count(*) FROM sqlite_schema"; // reads the schema
inline constexpr std::array<const char*, 7> kConnectionPragmas = {
    "PRAGMA foreign_keys = ON",
    "PRAGMA cache_size = -65536",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA synchronous = FULL",
    "PRAGMA journal_mode = WAL",
    "PRAGMA secure_delete = ON",
    "PRAGMA journal_size_limit = 67108864",
};
inline constexpr int kBusyTimeoutMs = 5000;

// ---- Transaction (core/store/Database.cpp) ----
inline constexpr const char* kBegin = "BEGIN IMMEDIATE";
inline constexpr const char* kCommit = "COMMIT";

// ---- Casebook::auditConsultation (core/Casebook.cpp): readings commit at NORMAL. ----
inline constexpr const char* kSyncNormal = "PRAGMA synchronous = NORMAL";
inline constexpr const char* kSyncFull = "PRAGMA synchronous = FULL";

// ---- UserStore::findByName, run by Casebook::authorise before every call. ----
inline constexpr Sql kFindUser{"SELECT id, username, display_name, role, active FROM users WHERE username = ? AND "
                               "deleted = 0",
                               true};

// ---- AuditLog::append (core/store/AuditLog.cpp); the SHA-256 chain, the digest of the change
// records covered and the Ed25519 signature are in BenchRaw.cpp. ----
inline constexpr Sql kAuditLast{"SELECT seq, hash, change_upto FROM audit_log ORDER BY seq DESC LIMIT 1", true};
inline constexpr Sql kChangeUpto{"SELECT COALESCE(MAX(seq), 0) FROM change_record", true};
inline constexpr Sql kAuditInsert{"INSERT INTO audit_log (seq, at, user_id, username, operation, record_type, "
                                  "record_id, detail, hash, signer, signature, change_from, change_upto, "
                                  "change_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                  true};
inline constexpr Sql kAuditHead{"INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                                true};

// ---- PersonStore (core/store/PersonQueries.cpp; personrows::kSummaryColumns) ----
#define WAYMARK_BENCH_SUMMARY                                                                                          \
    "p.id, p.case_reference, p.given_name, p.family_name, p.preferred_name, p.date_of_birth, p.dob_estimated, "        \
    "p.postcode, p.looked_after, p.child_protection_plan, p.child_in_need, p.early_help, p.care_leaver, "              \
    "p.send_aln, p.send_aln_plan, p.exploitation_concern, p.restricted, p.family_key, p.given_key"

// PersonStore::searchNames: the matches in rowid order (= display order up to people who share
// a 13-bit rank window), each live person read by rowid until `limit` plus the rest of the last
// one's window; then an exact sort. ?1 = FTS5 query ("jo"* "sm"*); ?1 = rowid.
inline constexpr Sql kSearchMatches{"SELECT rowid FROM person_search WHERE person_search MATCH ? ORDER BY rowid", true};
inline constexpr Sql kSearchPerson{"SELECT " WAYMARK_BENCH_SUMMARY " FROM people p WHERE p.rowid = ? AND p.deleted = 0",
                                   true};
inline constexpr int kRankWindowBits = 13;
// PersonStore::searchReferenceNumber / searchPostcode: candidate rowids in rowid order, then the
// same per-row reads as a name search. ?1 = the 5-digit number; ?1, ?2 = key, key + "\x7f".
// PersonStore::searchReferenceNumber: skip through the reference index one prefix
// ("WM-K7QX-2026-") at a time, look up prefix + number in each; ?1 = after, ?1 = reference.
inline constexpr Sql kRefNextPrefix{"SELECT case_reference FROM people INDEXED BY people_reference "
                                    "WHERE case_reference > ? AND deleted = 0 ORDER BY case_reference LIMIT 1",
                                    false};
inline constexpr Sql kRefExact{
    "SELECT rowid FROM people INDEXED BY people_reference WHERE case_reference = ? AND deleted = 0", false};
inline constexpr Sql kSearchPostcode{"SELECT rowid FROM people INDEXED BY people_postcode WHERE replace(postcode, ' ', "
                                     "'') >= ? AND replace(postcode, ' ', '') < ? AND deleted = 0 AND postcode IS NOT "
                                     "NULL ORDER BY rowid",
                                     false};
// PersonStore::searchReference: ?1 = upper-cased prefix, ?2 = prefix + "\x7f", ?3 = limit.
inline constexpr Sql kSearchReference{"SELECT " WAYMARK_BENCH_SUMMARY
                                      " FROM people p WHERE p.case_reference >= ? AND p.case_reference < ? AND "
                                      "p.deleted = 0 ORDER BY p.case_reference LIMIT ?",
                                      false};
// PersonStore::byDateOfBirth: ?1 = ISO date, ?2 = limit.
inline constexpr Sql kSearchDob{"SELECT " WAYMARK_BENCH_SUMMARY
                                " FROM people p WHERE p.date_of_birth = ? AND p.deleted = 0 "
                                "ORDER BY p.family_key, p.given_key, p.id LIMIT ?",
                                false};

// DuplicateQueries::candidates (core/store/DuplicateQueries.cpp), in its order: one lookup per
// date of birth variant (dateOfBirthVariants(): equal, swapped, one field off, neighbours),
// then the postcode, then the name keys (family, given), (family, preferred), (given, family);
// then every candidate's aliases in one statement (kDupAliases + "?, ?, ..." + kDupAliasesEnd).
// ?1 = value, ?2 (names: ?3) = rows per lookup.
inline constexpr int kDupPerLookup = 200;
inline constexpr Sql kDupByDate{"SELECT " WAYMARK_BENCH_SUMMARY
                                " FROM people p INDEXED BY people_dob WHERE p.date_of_birth = ? AND p.deleted = 0 "
                                "LIMIT ?",
                                true};
inline constexpr Sql kDupByPostcode{"SELECT " WAYMARK_BENCH_SUMMARY
                                    " FROM people p INDEXED BY people_postcode WHERE replace(p.postcode, ' ', '') = ? "
                                    "AND p.deleted = 0 AND p.postcode IS NOT NULL LIMIT ?",
                                    true};
inline constexpr Sql kDupByName{"SELECT " WAYMARK_BENCH_SUMMARY
                                " FROM people p INDEXED BY people_order WHERE p.family_key = ? AND p.given_key = ? "
                                "AND p.deleted = 0 LIMIT ?",
                                true};
inline constexpr const char* kDupAliases = "SELECT person_id, alias FROM person_aliases WHERE person_id IN (";
inline constexpr const char* kDupAliasesEnd = ") AND deleted = 0 ORDER BY id";

// PersonStore::list, first page (no cursor): the inner query picks the page's rowids from the
// index alone (filterSql()/sortIndex() in core/store/PersonQueries.cpp), the outer one reads those rows. Built as
// PersonStore::list builds it. Filters in PersonFilter order, sorts in PersonSort order
// (Name, CaseReference, DateOfBirth). ?1 = limit + 1.
inline constexpr std::array<const char*, 6> kFilterIndex = {
    "people_order",        "people_looked_after", "people_child_protection",
    "people_exploitation", "people_send_aln",     "people_restricted"};
inline constexpr std::array<const char*, 6> kFilterClause = {"",
                                                             " AND p.looked_after = 1",
                                                             " AND p.child_protection_plan = 1",
                                                             " AND p.exploitation_concern = 1",
                                                             " AND p.send_aln = 1",
                                                             " AND p.restricted = 1"};
inline constexpr std::array<const char*, 3> kSortIndex = {"people_order", "people_reference", "people_dob"};
inline std::vector<const char*> sortKeys(int sort)
{
    switch (sort) {
    case 1:
        return {"case_reference"};
    case 2:
        return {"date_of_birth", "family_key", "given_key"};
    default:
        return {"family_key", "given_key"};
    }
}
inline std::string listFirstPageSql(int filter, int sort, bool descending)
{
    const auto keys = sortKeys(sort);
    const char* direction = descending ? " DESC" : "";
    std::string order;
    std::string outerOrder;
    std::string keyColumns;
    for (std::size_t k = 0; k < keys.size(); ++k) {
        order += std::string("p.") + keys[k] + direction + ", ";
        outerOrder += "k.k" + std::to_string(k) + direction + ", ";
        keyColumns += ", p." + std::string(keys[k]) + " AS k" + std::to_string(k);
    }
    const char* index =
        filter == 0 ? kSortIndex.at(static_cast<std::size_t>(sort)) : kFilterIndex.at(static_cast<std::size_t>(filter));
    std::string sql = "SELECT " WAYMARK_BENCH_SUMMARY;
    for (std::size_t k = 0; k < keys.size(); ++k)
        sql += ", k.k" + std::to_string(k);
    return sql + " FROM (SELECT p.rowid AS r, p.id AS kid" + keyColumns + " FROM people p INDEXED BY " + index +
           " WHERE p.deleted = 0" + kFilterClause.at(static_cast<std::size_t>(filter)) + " ORDER BY " + order + "p.id" +
           direction + " LIMIT ?) k JOIN people p ON p.rowid = k.r ORDER BY " + outerOrder + "k.kid" + direction;
}

// PersonStore::count, one per PersonFilter in enum order (everyone on the narrow people_live).
inline constexpr std::array<Sql, 6> kCount = {{
    {"SELECT count(*) FROM people p INDEXED BY people_live WHERE p.deleted = 0", false},
    {"SELECT count(*) FROM people p INDEXED BY people_looked_after WHERE p.deleted = 0 AND p.looked_after = 1", false},
    {"SELECT count(*) FROM people p INDEXED BY people_child_protection WHERE p.deleted = 0 AND p.child_protection_plan "
     "= 1",
     false},
    {"SELECT count(*) FROM people p INDEXED BY people_exploitation WHERE p.deleted = 0 AND p.exploitation_concern = 1",
     false},
    {"SELECT count(*) FROM people p INDEXED BY people_send_aln WHERE p.deleted = 0 AND p.send_aln = 1", false},
    {"SELECT count(*) FROM people p INDEXED BY people_restricted WHERE p.deleted = 0 AND p.restricted = 1", false},
}};

// PersonStore::load: the person row (columns::selectList of the people column table), then
// aliases, then contacts (theirs).
inline constexpr Sql kLoadPerson{
    "SELECT id, updated_hlc, case_reference, given_name, family_name, preferred_name, date_of_birth, "
    "dob_estimated, sex, gender_identity, ethnicity, first_language, interpreter_needed, address, postcode, phone, "
    "school, ete_status, pnc_reference, nhs_number, upn, la_id, looked_after, child_protection_plan, child_in_need, "
    "early_help, care_leaver, send_aln, send_aln_plan, exploitation_concern, restricted, created_at "
    "FROM people WHERE id = ? AND deleted = 0",
    true};
// Column indexes in kLoadPerson that the raw save needs.
inline constexpr int kLoadUpdatedHlc = 1;
inline constexpr int kLoadGivenName = 3;
inline constexpr int kLoadFamilyName = 4;
inline constexpr int kLoadPreferredName = 5;
inline constexpr int kLoadPhone = 15;
inline constexpr Sql kLoadAliases{
    "SELECT id, updated_hlc, person_id, alias FROM person_aliases WHERE person_id = ? AND deleted = 0 ORDER BY id",
    true};
inline constexpr int kAliasColumn = 3;
inline constexpr Sql kLoadContacts{"SELECT id, updated_hlc, person_id, name, relationship, phone, "
                                   "parental_responsibility FROM person_contacts WHERE person_id = ? AND deleted = 0 "
                                   "ORDER BY id",
                                   true};
inline constexpr int kContactColumns = 7;

// ---- People::update for an edit of one column (the phone number), in Waymark's order. ----
// Casebook::nextHlc -> ChangeLog::lastHlc
inline constexpr Sql kLastHlc{"SELECT hlc FROM change_set ORDER BY seq DESC LIMIT 1", true};
// ChangeLog::number (each name looked up once per connection, then remembered)
inline constexpr Sql kChangeColumn{"SELECT id FROM change_column WHERE table_name = ? AND column_name = ?", true};
// ChangeLog::record: the mutation's set (first record only), then the record with its packed columns
// (recorded before the UPDATE).
inline constexpr Sql kChangeSetInsert{"INSERT INTO change_set (hlc, author) VALUES (?, ?)", true};
inline constexpr Sql kChangeRecordInsert{
    "INSERT INTO change_record (set_seq, table_id, row_id, columns) VALUES (?, ?, ?, ?)", true};
// PersonStore::update -> columns::updateCells: the changed columns (the sort keys only when a
// name changes) and the HLC.
inline constexpr Sql kUpdatePhone{"UPDATE people SET phone = ?, updated_hlc = ? WHERE id = ?", false};
inline constexpr Sql kOldAliases{"SELECT id, alias FROM person_aliases WHERE person_id = ? AND deleted = 0", false};
inline constexpr Sql kPersonRowid{"SELECT rowid, family_key, given_key FROM people WHERE id = ?", false};
// PersonStore::writeSearchRow(replace = true)
inline constexpr Sql kSearchDelete{"DELETE FROM person_search WHERE rowid = ?", true};
inline constexpr Sql kSearchInsert{"INSERT INTO person_search (rowid, terms) VALUES (?, ?)", true};

// ---- Casebook::verify: Database::integrityProblems, then AuditLog::verify. ----
inline constexpr std::array<const char*, 2> kIntegrityChecks = {"PRAGMA cipher_integrity_check",
                                                                "PRAGMA integrity_check"};
inline constexpr Sql kAuditChain{"SELECT seq, at, user_id, username, operation, record_type, record_id, detail, hash "
                                 "FROM audit_log ORDER BY seq",
                                 false};
inline constexpr Sql kAuditHeadRead{"SELECT value FROM meta WHERE key = 'audit_head'", false};

// ======================================================================================
// The benchmark's own queries: never timed, used to pick inputs and report sizes.
// ======================================================================================
inline constexpr const char* kNameTokens =
    "SELECT given_name, family_name, preferred_name, case_reference, date_of_birth, postcode FROM people "
    "WHERE deleted = 0 ORDER BY rowid";
inline constexpr const char* kCountRefNumber =
    "SELECT count(*) FROM people WHERE substr(case_reference, -5) = ? AND deleted = 0";
inline constexpr const char* kCountPostcode = "SELECT count(*) FROM people WHERE replace(postcode, ' ', '') >= ? AND "
                                              "replace(postcode, ' ', '') < ? AND deleted = 0";
inline constexpr const char* kCountNames = "SELECT count(*) FROM person_search s JOIN people p ON p.rowid = s.rowid "
                                           "WHERE person_search MATCH ? AND p.deleted = 0";
inline constexpr const char* kCountReference =
    "SELECT count(*) FROM people p WHERE p.case_reference >= ? AND p.case_reference < ? AND p.deleted = 0";
inline constexpr const char* kCountDob = "SELECT count(*) FROM people p WHERE p.date_of_birth = ? AND p.deleted = 0";
inline constexpr const char* kPersonIdByReference = "SELECT id FROM people WHERE case_reference = ?";
inline constexpr const char* kSiteId = "SELECT value FROM meta WHERE key = 'site_id'";
inline constexpr const char* kPageCount = "PRAGMA page_count";
inline constexpr const char* kFreelistCount = "PRAGMA freelist_count";
// The unencrypted copy: ATTACH '<file>' AS plaintext KEY '' (empty key = no encryption), export, detach.
inline constexpr const char* kAttachPlainBefore = "ATTACH DATABASE '";
inline constexpr const char* kAttachPlainAfter = "' AS plaintext KEY ''";
inline constexpr const char* kExportPlain = "SELECT sqlcipher_export('plaintext')";
inline constexpr const char* kDetachPlain = "DETACH DATABASE plaintext";
// Rows of one table: kRowCountBefore + name + kRowCountAfter.
inline constexpr const char* kRowCountBefore = "SELECT count(*) FROM \"";
inline constexpr const char* kRowCountAfter = "\"";
// Which table each index belongs to, for the space report.
inline constexpr const char* kSchemaObjects = "SELECT name, tbl_name, type FROM sqlite_schema WHERE rootpage > 0";

} // namespace waymark::bench::rawsql
