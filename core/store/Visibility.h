#pragma once

// Restricted records are need-to-know (docs/threat-model.md, "Restricted records"). A person
// whose `restricted` flag is set, and everything recorded under them, is visible only to the
// caseworker(s) allocated to one of their referrals and to coordinators. Everyone else (other
// caseworkers, auditors) does not get the row at all.
//
// The rule is one SQL predicate, written here once and appended by every query that returns
// people or anything under a person (lists, searches, counts, timelines, My work, exports).
// It reads who is asking from the connection's viewer (a TEMP table holding the signed-in
// user's id, set by the Casebook door at sign-in), and the viewer's role from `users` as it is
// now, so a role change applies at once. A connection with no viewer sees no restricted
// record: the rule fails closed.

#include "core/Error.h"
#include "core/Uuid.h"

#include <optional>
#include <string>
#include <string_view>

namespace waymark {

class Database;

namespace visibility {

// Sets (or replaces) the connection's viewer: the signed-in user. Creates the TEMP table.
Status setViewer(Database& db, const Uuid& userId);

// SQL that is true when the viewer may see the person whose id is the SQL expression
// `personId` ("p.id", "n.person_id", "r.person_id"): the person is not restricted, or the
// viewer is a coordinator or allocated to one of the person's live referrals. A person id that
// names no person (NULL, or a record of no person) is visible.
std::string personVisible(std::string_view personId);

// The same for a query that already reads the people row as `alias` (cheaper: it reads the
// flag from the row at hand before anything else).
std::string rowVisible(std::string_view alias);

// For a query over restricted records only (the people_restricted index): true when the viewer
// may NOT see the row `alias` — read from the index alone (the row's id), no table lookup.
std::string restrictedHidden(std::string_view alias);

// One person, by id: the rule as above. NotFound is not an error here: an unknown id is
// "visible" (the caller reports its own NotFound).
Result<bool> visible(Database& db, const Uuid& personId);

// Whether the person's record is restricted (false for an unknown id).
Result<bool> restricted(Database& db, const Uuid& personId);

// The person a record of `table` (referrals, notes, tasks, plans, assessments, ...) belongs
// to, through its person_id or its referral's; nullopt when it has none or is unknown.
Result<std::optional<Uuid>> personOf(Database& db, std::string_view table, const Uuid& recordId);

// A person kept from the viewer that the record `recordId` of any kind belongs to (a person, a
// referral, a note, a task, an assessment, a plan, an intervention, or a session through any of
// its attendees), or nullopt when every such person is visible or the id names nothing. For
// records whose kind the caller does not know (a draft's record) and for sessions, which have
// several people.
Result<std::optional<Uuid>> hiddenPersonOf(Database& db, const Uuid& recordId);

} // namespace visibility
} // namespace waymark
