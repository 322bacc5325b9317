#pragma once

// A case note: what a worker wrote about a young person, on a referral and optionally about
// one session. The rules here are pure (no storage): what a note's text may be, how a typed
// search becomes a safe full-text query, and how a highlighted snippet is read.

#include "core/Error.h"
#include "core/Uuid.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

struct Note
{
    Uuid id;
    Uuid personId;   // always set (a referral's note names the referral's person)
    Uuid referralId; // null for a note on the person alone
    Uuid sessionId;  // null unless the note is about one session
    Uuid authorId;
    std::string createdAt; // UTC "YYYY-MM-DDTHH:MM:SSZ"
    std::string editedAt;  // empty until the text or sensitivity is first changed
    Uuid editedBy;         // who changed it last (null until edited)
    bool sensitive = false;
    std::string text;
    std::string updatedHlc;
};

// Longest note, in Unicode characters.
inline constexpr std::size_t kMaxNoteChars = 50'000;

// Tidies typed text: CR LF and lone CR become LF, trailing spaces and tabs leave each line,
// and blank lines and spaces at the start and end go.
std::string normaliseNoteText(std::string_view text);
// The first broken rule of a note's (normalised) text, as a Validation error with field
// "text" and rule "required", "too_long", "invalid_utf8" or "control_characters" (line feeds
// and tabs are the only control characters allowed).
Status validateNoteText(std::string_view text);

// How many Unicode characters `text` holds (invalid bytes count one each).
std::size_t noteCharacters(std::string_view text);
// The first words of a note, up to about `maxChars` characters, on one line (for a timeline
// row or a list), ending in "…" when cut.
std::string noteLead(std::string_view text, std::size_t maxChars = 80);

// A typed search as an FTS5 query that accepts any input: words (split on spaces) and
// "quoted phrases" are each written as an FTS5 string, so operators typed by a user (AND, OR,
// NOT, NEAR, column filters, parentheses, ^) are searched for as words, never obeyed; a word
// ending in * (after at least two characters) matches words that start with it. Terms are
// ANDed. Empty when the text has nothing searchable (then nothing matches).
std::string noteSearchExpression(std::string_view typed);

// Snippets come back with matched terms between these markers (control characters no note
// can hold, so they are never ambiguous).
inline constexpr char kMatchStart = '\x02';
inline constexpr char kMatchEnd = '\x03';

struct SnippetPart
{
    std::string text;
    bool match = false;
};
// A snippet split at its markers, in order (no empty parts).
std::vector<SnippetPart> splitSnippet(std::string_view snippet);

} // namespace waymark
