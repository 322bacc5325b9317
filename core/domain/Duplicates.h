#pragma once

// When a new or edited person may already be in the casebook. The people desk reads the
// candidates (same date of birth) and asks these rules which of them to show.

#include "core/domain/Person.h"

namespace waymark {

// Similar family name and given name (the given name also against the preferred name, either
// way round), or the two names transposed. Uses nameSimilarity() (core/domain/PersonRules.h).
bool namesLookAlike(const Person& draft, const PersonSummary& other);

} // namespace waymark
