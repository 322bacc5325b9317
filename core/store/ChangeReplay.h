#pragma once

#include "core/Error.h"

#include <cstdint>
#include <string>

namespace waymark {

class Database;

// What `verify` finds when it replays the change log (core/store/ChangeLog.h) against the
// synced tables.
struct ChangeReplayReport
{
    bool ok = true;
    // "N records of T tables match the change log, M change records", or the first record that does not: its
    // table, id and column, never a value (values are personal data).
    std::string detail;
    std::int64_t tables = 0;        // synced tables compared
    std::int64_t records = 0;       // live rows compared (tombstones included)
    std::int64_t changeRecords = 0; // change_record rows replayed
};

// Rebuilds every record of every synced table from the change log (its columns' defaults
// overlaid with its change records in order) and compares it with the row in the table, so a
// row edited, added or deleted with the raw database key and no change record is found
// (docs/threat-model.md, "Edits outside the change log").
//
// Compared: the columns numbered in change_column (ChangeLog::registerColumns), except `id`,
// `updated_hlc` and the derived columns the stores write beside the logged ones and never log
// (sort keys, the assessments' score columns). A row with no change records at all is an
// error, except the built-in assessment template the migration writes without any
// (AssessmentStore::defaultTemplateValues). Tables that are not synced (audit, signing,
// roster, meta, drafts, imports, search indexes) are not read. Last, the reports' derived
// facts and their triggers are checked against the logged rows (report_facts::check).
//
// One pass: change_record's keys sorted by table, record and sequence (each record's packed
// values then read by its seq, so the sort holds keys only, not the log), merged with each
// table read in id order. Errors are SQL errors only; a mismatch is a report with ok = false.
Result<ChangeReplayReport> replayChangeLog(Database& db);

} // namespace waymark
