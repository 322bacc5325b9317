#pragma once

// How alike two names are, for the duplicate check (core/domain/Duplicates.h). Pure
// functions; the short forms of given names are data (core/domain/data/diminutives.txt).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

// A name as it is compared: folded for case and accents, hyphens, apostrophes, full stops and
// spaces dropped ("O'Brien-Smith" and "obrien smith" give "obriensmith").
std::string nameKey(std::string_view name);
// The parts of a name, each a nameKey ("Smith-Jones" gives "smith", "jones").
std::vector<std::string> nameParts(std::string_view name);

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbouring letters each count one ("Example" / "Exampel" = 1).
int editDistance(std::string_view a, std::string_view b);
// Jaro-Winkler similarity, 0..1 (1 = same); common beginnings weigh more.
double jaroWinkler(std::string_view a, std::string_view b);

// A short form and the full name it stands for, as written in the table.
struct Diminutive
{
    std::string shortForm;
    std::string fullForm;
};
// When one given name (a nameKey) is a short form of the other, or both are short forms of
// one full name (then fullForm is that name and shortForm the first of the two).
std::optional<Diminutive> diminutiveOf(std::string_view keyA, std::string_view keyB);
// How many short/full pairs the table holds.
std::size_t diminutivePairCount();

// How one name compares with another, strongest first.
enum class NameLikeness
{
    Same,       // equal keys
    Diminutive, // given names only: a short form of the other
    OneEdit,    // one letter added, dropped, changed, or two neighbours swapped
    PartOf,     // one is a whole part of the other (double-barrelled, a middle name)
    Similar,    // same first letter, Jaro-Winkler >= 0.9, at most two edits; five letters or more
    Different,
};
struct NameComparison
{
    NameLikeness likeness = NameLikeness::Different;
    std::optional<Diminutive> diminutive; // when likeness is Diminutive
};
// `given` enables the short-form table (it is for given names only).
NameComparison compareNames(std::string_view a, std::string_view b, bool given);

// A name folded once, for comparing it with many others (the duplicate check scores every
// candidate against the same draft): the folded words, and the key (the words run together).
struct FoldedName
{
    std::string words; // "smith jones"
    std::string key;   // "smithjones"
};
FoldedName foldName(std::string_view name);
NameComparison compareNames(const FoldedName& a, const FoldedName& b, bool given);

} // namespace waymark
