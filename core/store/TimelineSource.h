#pragma once

// One kind of event on a person's timeline (core/store/TimelineStore.cpp merges them).
//
// Each record store that has something to show on the timeline offers one or more sources:
// a SELECT over its own tables returning, newest first, the rows of one person. The
// timeline runs each source with the same parameters and merges the results by `at`, so a
// person with thousands of events still opens at once as long as each source reads through
// an index on (person_id, <its time column>).
//
// The SQL binds:   ?1 person id (BLOB)   ?2 before: exclusive upper bound of `at` (TEXT)
//                  ?3 from: inclusive lower bound of `at` (TEXT)   ?4 limit (INTEGER)
// and returns exactly these columns, in this order:
//   at          TEXT     'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM:SSZ' (UTC); text order is time order
//   record_id   BLOB     the record the event is about (opened when the user picks the row)
//   referral_id BLOB     the referral it belongs to, or NULL
//   title       TEXT     a short code-level summary ("accepted", "attended", ...), not prose
//   detail      TEXT     a few words of detail, or ''
//   author_id   BLOB     who wrote or did it, or NULL
//   sensitive   INTEGER  1 when only some roles may see `detail` (the desk blanks it otherwise)
// ending with   ORDER BY at DESC LIMIT ?4

#include <string_view>

namespace waymark {

struct TimelineSource
{
    std::string_view kind; // "referral", "decision", "assessment", "plan", "session", "note", "task"
    std::string_view sql;
};

} // namespace waymark
