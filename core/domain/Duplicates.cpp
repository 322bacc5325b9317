#include "core/domain/Duplicates.h"

#include "core/domain/PersonRules.h"

#include <algorithm>

namespace waymark {

bool namesLookAlike(const Person& draft, const PersonSummary& other)
{
    const double family = nameSimilarity(draft.familyName, other.familyName);
    double given = nameSimilarity(draft.givenName, other.givenName);
    for (const auto& candidate : {other.preferredName})
        if (!candidate.empty())
            given = std::max(given, nameSimilarity(draft.givenName, candidate));
    if (!draft.preferredName.empty())
        given = std::max(given, nameSimilarity(draft.preferredName, other.givenName));
    const double swapped =
        std::min(nameSimilarity(draft.familyName, other.givenName), nameSimilarity(draft.givenName, other.familyName));
    return (family >= 0.75 && given >= 0.6) || swapped >= 0.85;
}

} // namespace waymark
