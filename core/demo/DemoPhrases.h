#pragma once

// Internal to core/demo: synthetic case-note text made from phrase tables. A note reads like
// a worker's write-up of a contact (where, who was there, what was talked about, how the young
// person seemed, what happens next) and is 40 to 400 words long, mostly short. The words come
// from fixed tables with skewed weights, so full-text search meets a realistic spread: a few
// very common words ("school", "mum"), many middling ones and a long tail of rare ones
// ("kayaking", "beekeeping"). Names are only the generator's own (the young person's first
// name and the worker's); no real person is ever described.

#include "core/demo/DemoRandom.h"

#include <span>
#include <string>
#include <string_view>

namespace waymark::demo::detail {

enum class NoteKind
{
    Session,      // a session that took place
    Missed,       // did not attend, or cancelled
    Phone,        // a call or message with the young person, family or a professional
    Assessment,   // an assessment write-up
    Safeguarding, // sensitive: a disclosure or a concern passed on
    Closure,      // the case closing
};

struct NoteContext
{
    std::string_view name;         // the young person's first (or preferred) name
    std::string_view worker;       // the worker's first name
    std::string_view intervention; // e.g. "mentoring", may be empty
    std::string_view provider;     // a partner organisation's name, may be empty
    std::string_view domain;       // an assessment domain in words, e.g. "substance use"
    std::string_view attendance;   // for Missed: "did_not_attend", "cancelled_by_young_person", ...
};

// A note of the kind, 40..400 words (Session notes mostly 40..150).
std::string noteText(Rng& rng, NoteKind kind, const NoteContext& context);

// Words to search for, as the benchmark and docs use them: common ones (in most notes'
// tables), rare ones (the long tail) and two-word searches.
std::span<const std::string_view> commonSearchTerms();
std::span<const std::string_view> rareSearchTerms();
std::span<const std::string_view> twoWordSearchTerms();

// Short texts for other records' free-text fields.
std::string assessmentDomainNote(Rng& rng, int rating, std::string_view domain, std::string_view name);
std::string strengthsText(Rng& rng, std::string_view name);
std::string ownViewText(Rng& rng);
std::string goalText(Rng& rng, int domainIndex);
std::string summaryText(Rng& rng, std::string_view name, int total);
std::string taskTitle(Rng& rng, std::string_view name);

} // namespace waymark::demo::detail
