#pragma once

// casebook.notes(): case notes, their history, sensitive notes and full-text note search. A
// desk of the Casebook door (core/Casebook.h): it reaches the casebook only through its
// DeskContext. Rules in core/domain/Note.h; SQL in core/store/NoteStore.
//
// Who sees what (enforced in the SQL of every reading, not by filtering afterwards):
// - NoteView reads notes that are not sensitive; a note's author always reads their own.
// - A sensitive note's text is read only by its author and by roles with NoteViewSensitive.
//   Lists and counts still show that such a note exists ("a sensitive note by X", text
//   withheld, `withheld = true`), so nobody writes over it unaware; search never returns it
//   (a hit would tell which words it holds) and view() refuses it.
// - Editing: the author, or a coordinator (who may also read it). The earlier texts
//   (history()) need NoteHistory, and NoteViewSensitive for someone else's sensitive note.
//
// Nothing typed is lost: an editor keeps its unsaved text as an encrypted draft through
// casebook.drafts() with form kNoteDraftForm, keyed by draftKey() (see docs/delivery.md).

#include "core/Error.h"
#include "core/Progress.h"
#include "core/Uuid.h"
#include "core/domain/Note.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class DeskContext;

// The drafts form of the note editor.
inline constexpr std::string_view kNoteDraftForm = "note";

// What a writer gives for a new note: a referral (its person follows) or a person, an
// optional session, the text and the sensitivity.
struct NoteInput
{
    Uuid personId;   // needed when there is no referral; must match the referral's person when both are given
    Uuid referralId; // optional
    Uuid sessionId;  // optional; the session this note is about
    bool sensitive = false;
    std::string text;
};

// The key of the draft of a note: the note's own id when editing; for a new note the
// referral's id, else the person's (one unsaved new note per referral or person).
Uuid noteDraftKey(const Uuid& noteId, const Uuid& referralId, const Uuid& personId);

// A note as a reader sees it. `withheld`: a sensitive note this user may not read; its text
// is empty (never read from the database).
struct NoteRecord
{
    Note note;
    std::string authorName; // display name (user name when there is none)
    std::string editorName; // of editedBy
    bool withheld = false;
    bool mayEdit = false; // the signed-in user may edit it
};

struct NoteCursor
{
    std::string createdAt;
    std::int64_t rowid = 0;
};

// One of person, referral or session (the most specific given wins); newest first.
struct NoteListQuery
{
    std::optional<Uuid> personId;
    std::optional<Uuid> referralId;
    std::optional<Uuid> sessionId;
    std::optional<NoteCursor> after;
    int limit = 50; // 1..200
};

struct NotePage
{
    std::vector<NoteRecord> rows;
    std::optional<NoteCursor> next;
};

struct NoteSearchQuery
{
    std::string text;                   // as typed; any input is accepted (noteSearchExpression)
    std::optional<Uuid> personId;       // only this person's notes
    std::optional<std::int64_t> before; // the `next` of the previous page
    int limit = 20;                     // 1..100
};

struct NoteHit
{
    Note note; // without its text
    std::string authorName;
    std::string snippet; // the matched words between kMatchStart and kMatchEnd (splitSnippet)
};

struct NoteHits
{
    std::vector<NoteHit> rows; // newest first
    std::optional<std::int64_t> next;
};

// One text a note has had, oldest first; the last is the text it has now.
struct NoteVersion
{
    std::string text;
    std::string at; // UTC, when this text was written ("YYYY-MM-DDTHH:MM:SS.mmmZ")
    Uuid by;
    std::string byName;
};

class Notes
{
public:
    // Made by the Casebook, which alone can make a DeskContext (core/DeskContext.h).
    explicit Notes(DeskContext& context)
        : m_context(context)
    {}

    // Writes a new note (NoteWrite). Audited "note.created" (collection).
    Result<Note> add(NoteInput input);
    // Changes a note's text and/or sensitivity (NoteWrite; the author or a coordinator).
    // `edited.updatedHlc` must be the one read (Conflict otherwise). Marks it edited; the
    // earlier text stays in the change log. Audited "note.updated" (alteration).
    Result<Note> edit(const Note& edited);
    // One note (NoteView; a sensitive one needs authorship or NoteViewSensitive, refused and
    // audited otherwise). Audited "note.viewed" (consultation).
    Result<NoteRecord> view(const Uuid& id);
    // A page of a person's, referral's or session's notes, newest first. Audited "note.listed".
    Result<NotePage> list(const NoteListQuery& query);
    // How many notes list() would show in all (withheld ones included).
    Result<std::int64_t> count(const NoteListQuery& query);
    // Full-text search over the notes this user may read, newest first, with snippets.
    // Audited "note.searched" with the number shown, never the words.
    Result<NoteHits> search(const NoteSearchQuery& query);
    // Every text the note has had (NoteHistory). Audited "note.history_viewed".
    Result<std::vector<NoteVersion>> history(const Uuid& id);

    // Notes that come with their past (demo data, a scheme moving its records): each note's
    // createdAt and authorId are kept as given (createdAt "YYYY-MM-DDTHH:MM:SSZ", not in the
    // future). Coordinators (NoteWrite + DemoGenerate); one audit row per batch.
    Result<int> addHistory(std::vector<Note> notes, const ProgressFn& progress = {});

private:
    DeskContext& m_context;
};

} // namespace waymark
