#pragma once

#include "core/Error.h"
#include "core/Notes.h"
#include "core/calendar/Date.h"
#include "core/domain/Note.h"
#include "core/store/TimelineSource.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class ChangeLog;
class Database;

// SQL for case notes (`notes`), their full-text index (`note_search`) and their history (read
// from the change log). Knows nothing of roles or audit: the Notes desk does those; it is
// told who is reading (Reader) so that what a reader may not see never leaves the database.
//
// A note's rowid is its creation time: (UTC milliseconds << 10) + a number for notes written
// in the same millisecond. So rowid order is time order, and the full-text index (which
// returns matches in rowid order) yields the newest matches first without sorting.
class NoteStore
{
public:
    explicit NoteStore(Database& db)
        : m_db(db)
    {}

    // Who is reading: their id, and whether their role reads everyone's sensitive notes.
    struct Reader
    {
        Uuid user;
        bool allSensitive = false;
    };

    // The notes table, its indexes and note_search as of schema `version`.
    static std::string createTablesSql(int version);
    // note_search alone as of schema `version` (14 and later: with prefix indexes).
    static std::string searchTableSql(int version);
    // Schema 14: note_search made again with prefix indexes and rebuilt from the notes.
    static Status addSearchPrefixes(Database& db);
    // The prefix lengths note_search indexes (schema 14): a query word typed with `*` after
    // this many characters is a single lookup.
    static constexpr std::string_view kSearchPrefixes = "2 3 4";
    static constexpr std::size_t kLongestSearchPrefix = 4;
    // How note_search splits text into words (folding case and accents).
    static constexpr std::string_view kSearchTokenizer = "unicode61 remove_diacritics 2";
    // For an expression with a prefix longer than kLongestSearchPrefix on a plain ASCII word
    // ("atten"*), the same with that prefix cut to the indexed length ("atte"*): every note
    // the expression matches, matches it. nullopt when there is no such prefix.
    static std::optional<std::string> broaderExpression(std::string_view expression);
    // The connection's own small full-text table (TEMP, in memory) such a search checks its
    // candidates in; made by the first one.
    static std::string probeTableSql();
    // The partial index over the change log that finds one note's change records (run after
    // ChangeLog::registerColumns(db, "notes"), which numbers the table).
    static Status createHistoryIndex(Database& db);
    static std::vector<std::string> columnNames();
    // The person's timeline rows (core/store/TimelineSource.h): kind "note".
    static std::span<const TimelineSource> timelineSources();

    // `note` must carry id, personId, authorId and createdAt; `createdMillis` (UTC ms) places
    // it in rowid order. Sets updatedHlc.
    Status insert(Note& note, std::int64_t createdMillis, ChangeLog& changes);
    // Writes the columns that differ, logging each, and keeps note_search in step.
    Status update(const Note& before, Note& after, ChangeLog& changes);
    Result<std::optional<Note>> load(const Uuid& id);

    // The person of a live referral, or nullopt.
    Result<std::optional<Uuid>> referralPerson(const Uuid& referralId);
    Result<bool> personExists(const Uuid& personId);

    Result<NotePage> list(const NoteListQuery& query, const Reader& reader);
    Result<std::int64_t> count(const NoteListQuery& query, const Reader& reader);
    // `expression` from noteSearchExpression() (never empty).
    Result<NoteHits> search(std::string_view expression, const NoteSearchQuery& query, const Reader& reader);
    // Every text of the note from the change log, oldest first.
    Result<std::vector<NoteVersion>> textVersions(const Uuid& id);
    // Display names of users (user name when the display name is empty).
    Result<std::string> userName(const Uuid& id);

    // The rowid a note created at `millis` gets.
    static std::int64_t rowidBase(std::int64_t millis) { return millis << 10; }
    // The first rowid of a UTC day: every note created on it or later has one at least this.
    static std::int64_t firstRowidOn(const Date& day)
    {
        return rowidBase(std::int64_t{day.daysSinceEpoch()} * 86'400'000);
    }

    // Writes one note's words into `db`'s note_search (the casebook's, or a builder's side
    // copy): with `before`, the index first forgets those words (external content: given
    // exactly as they were indexed).
    static Status indexText(Database& db, std::int64_t rowid, std::optional<std::string_view> before,
                            std::string_view text);
    // The casebook's own CREATE VIRTUAL TABLE statement of note_search (for a side copy made
    // exactly like it).
    static Result<std::string> searchTableDefinition(Database& db);

private:
    Database& m_db;
};

} // namespace waymark
