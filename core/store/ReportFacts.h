#pragma once

// Facts the reports read, kept by the casebook itself (schema 18), so a report at a large
// casebook reads one compact row per fact of its period instead of joining every session and
// attendance (docs/measures.md, "Schema 18"):
//  - intervention_attendance: per intervention, the start of the first session linked to it
//    that its own young person (the attendee of the intervention's referral) attended, and the
//    staff minutes of all such sessions (outcomes by intervention);
//  - sessions_held: the sessions at least one attendee attended, with start, worker and
//    duration (caseload).
//
// Both tables are derived, never edited: SQLite triggers on sessions, session_attendees and
// interventions recompute the rows a change touches (attendance, a session's start, duration,
// worker, link or tombstone, an intervention's referral), so every write path — the door,
// merges, imports, sync, a repair — keeps them right without knowing of them. They are not
// change-logged or synced: each casebook derives them from its own rows. The demo generator
// drops the triggers around its bulk load and runs rebuildSql() once at the end.

#include "core/Error.h"

#include <string>

namespace waymark {
class Database;
}

namespace waymark::report_facts {

// CREATE TABLE statements of both tables and their indexes.
std::string createSql();

// The CREATE TRIGGER statements that keep them up to date.
std::string triggersSql();

// Empties both tables and fills them from the sessions and attendees, one pass each.
std::string rebuildSql();

// Whether both tables and their triggers are as the casebook's own rows make them: "" when they
// are, else what differs (never a value). Someone with the database key could otherwise inflate
// a funder's report by editing a derived table, or drop a trigger so that it goes stale; verify
// runs this after replaying the change log (core/store/ChangeReplay.h). Errors are SQL errors.
Result<std::string> check(Database& db);

// Drops the triggers and both tables (a casebook as schema 17 made it; for tests and repairs).
std::string dropSql();

} // namespace waymark::report_facts
