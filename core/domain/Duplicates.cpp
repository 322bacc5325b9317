#include "core/domain/Duplicates.h"

#include "core/domain/NameMatch.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <tuple>

namespace waymark {

namespace {

// Points per piece of evidence; a person is shown from kDuplicateThreshold. Calibrated on the
// generated set in tests/core/store/TestDuplicates.cpp (precision and recall printed there).
constexpr int kPointsSameDob = 40;
constexpr int kPointsSwappedDob = 32;
constexpr int kPointsDobOffByOne = 28;
constexpr int kPointsEstimatedDob = 20;
constexpr int kPointsPostcode = 15;

int givenPoints(NameLikeness l)
{
    switch (l) {
    case NameLikeness::Same:
        return 30;
    case NameLikeness::Diminutive:
        return 26;
    case NameLikeness::OneEdit:
        return 22;
    case NameLikeness::PartOf:
        return 20;
    case NameLikeness::Similar:
        return 16;
    case NameLikeness::Different:
        return 0;
    }
    return 0;
}

int familyPoints(NameLikeness l)
{
    switch (l) {
    case NameLikeness::Same:
        return 30;
    case NameLikeness::OneEdit:
        return 24;
    case NameLikeness::PartOf:
        return 22;
    case NameLikeness::Similar:
        return 18;
    case NameLikeness::Diminutive:
    case NameLikeness::Different:
        return 0;
    }
    return 0;
}

// "alexander" -> "Alexander" (table entries are lower-case keys).
std::string titled(std::string key)
{
    if (!key.empty() && key[0] >= 'a' && key[0] <= 'z')
        key[0] = static_cast<char>(key[0] - 'a' + 'A');
    return key;
}

std::string both(std::string_view a, std::string_view b)
{
    return " (" + std::string(a) + " / " + std::string(b) + ")";
}

MatchReason reason(std::string_view code, std::string text, int points)
{
    return MatchReason{std::string(code), std::move(text), points};
}

struct NameEvidence
{
    int points = 0;
    bool givenAgrees = false;
    std::vector<MatchReason> reasons;
};

// Postcodes compared without spaces and case ("ls1 4ab" is "LS1 4AB").
bool samePostcode(std::string_view a, std::string_view b)
{
    std::size_t i = 0, j = 0;
    for (;;) {
        while (i < a.size() && a[i] == ' ')
            ++i;
        while (j < b.size() && b[j] == ' ')
            ++j;
        if (i == a.size() || j == b.size())
            return i == a.size() && j == b.size();
        if (std::toupper(static_cast<unsigned char>(a[i])) != std::toupper(static_cast<unsigned char>(b[j])))
            return false;
        ++i;
        ++j;
    }
}

// A person's names folded once.
struct Names
{
    explicit Names(const std::string& g, const std::string& f, const std::string& p)
        : given(foldName(g))
        , family(foldName(f))
        , preferred(foldName(p))
    {}
    FoldedName given;
    FoldedName family;
    FoldedName preferred;
};

std::optional<MatchReason> givenReason(const NameComparison& c, std::string_view mine, std::string_view theirs)
{
    const int points = givenPoints(c.likeness);
    switch (c.likeness) {
    case NameLikeness::Same:
        return reason(match::kSameGivenName, "same given name", points);
    case NameLikeness::Diminutive:
        return reason(match::kGivenDiminutive,
                      "given name is a diminutive" +
                          both(titled(c.diminutive->shortForm), titled(c.diminutive->fullForm)),
                      points);
    case NameLikeness::OneEdit:
        return reason(match::kGivenOneLetter, "given name differs by one letter" + both(mine, theirs), points);
    case NameLikeness::PartOf:
        return reason(match::kGivenPart, "one given name is part of the other" + both(mine, theirs), points);
    case NameLikeness::Similar:
        return reason(match::kGivenSimilar, "given name is spelt alike" + both(mine, theirs), points);
    case NameLikeness::Different:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<MatchReason> familyReason(const NameComparison& c, std::string_view mine, std::string_view theirs)
{
    const int points = familyPoints(c.likeness);
    switch (c.likeness) {
    case NameLikeness::Same:
        return reason(match::kSameFamilyName, "same family name", points);
    case NameLikeness::OneEdit:
        return reason(match::kFamilyOneLetter, "family name differs by one letter" + both(mine, theirs), points);
    case NameLikeness::PartOf:
        return reason(match::kFamilyPart, "one family name is part of the other" + both(mine, theirs), points);
    case NameLikeness::Similar:
        return reason(match::kFamilySimilar, "family name is spelt alike" + both(mine, theirs), points);
    case NameLikeness::Diminutive:
    case NameLikeness::Different:
        return std::nullopt;
    }
    return std::nullopt;
}

// The draft's names against the candidate's given, preferred and family names as written.
NameEvidence directNames(const Person& draft, const Names& mine, const PersonSummary& other, const Names& theirs)
{
    NameEvidence e;
    // Given name: the best of given and preferred names on both sides.
    struct Pair
    {
        const FoldedName& mine;
        const FoldedName& theirs;
        const std::string& mineText;
        const std::string& theirText;
        bool preferred;
    };
    const Pair pairs[] = {{mine.given, theirs.given, draft.givenName, other.givenName, false},
                          {mine.given, theirs.preferred, draft.givenName, other.preferredName, true},
                          {mine.preferred, theirs.given, draft.preferredName, other.givenName, true},
                          {mine.preferred, theirs.preferred, draft.preferredName, other.preferredName, true}};
    std::optional<MatchReason> bestGiven;
    for (const auto& p : pairs) {
        if (p.mine.key.empty() || p.theirs.key.empty())
            continue;
        const auto c = compareNames(p.mine, p.theirs, true);
        auto r = givenReason(c, p.mineText, p.theirText);
        if (!r)
            continue;
        if (p.preferred && c.likeness == NameLikeness::Same)
            r = reason(match::kPreferredName, "given name matches the preferred name" + both(p.mineText, p.theirText),
                       r->points - 2);
        if (!bestGiven || r->points > bestGiven->points)
            bestGiven = std::move(r);
    }
    if (bestGiven) {
        e.points += bestGiven->points;
        e.givenAgrees = true;
        e.reasons.push_back(std::move(*bestGiven));
    }
    if (auto r = familyReason(compareNames(mine.family, theirs.family, false), draft.familyName, other.familyName)) {
        e.points += r->points;
        e.reasons.push_back(std::move(*r));
    }
    return e;
}

int transposedPoints(NameLikeness l)
{
    switch (l) {
    case NameLikeness::Same:
        return 25;
    case NameLikeness::OneEdit:
        return 20;
    case NameLikeness::Similar:
        return 15;
    default:
        return 0;
    }
}

// Given and family names written the other way round.
NameEvidence transposedNames(const Person& draft, const Names& mine, const PersonSummary& other, const Names& theirs)
{
    NameEvidence e;
    const int a = transposedPoints(compareNames(mine.given, theirs.family, false).likeness);
    if (a == 0)
        return e;
    const int b = transposedPoints(compareNames(mine.family, theirs.given, false).likeness);
    if (a == 0 || b == 0)
        return e;
    e.points = a + b;
    e.givenAgrees = true;
    e.reasons.push_back(reason(match::kNamesTransposed,
                               "given and family names are swapped" + both(draft.givenName + " " + draft.familyName,
                                                                           other.givenName + " " + other.familyName),
                               e.points));
    return e;
}

// The draft's name against one of the candidate's aliases ("Given Family").
NameEvidence aliasNames(const Names& mine, const std::string& alias)
{
    NameEvidence e;
    const auto parts = nameParts(alias);
    if (parts.size() < 2)
        return e;
    std::string family;
    for (std::size_t i = 1; i < parts.size(); ++i)
        family += (i > 1 ? " " : "") + parts[i];
    const int g = givenPoints(compareNames(mine.given, foldName(parts.front()), true).likeness);
    const int f = familyPoints(compareNames(mine.family, foldName(family), false).likeness);
    if (g == 0 || f == 0)
        return e;
    e.points = g + f;
    e.givenAgrees = true;
    e.reasons.push_back(reason(match::kAlias, "name matches an alias (" + alias + ")", e.points));
    return e;
}

std::optional<MatchReason> dateOfBirthReason(const Person& draft, const PersonSummary& other)
{
    const Date& a = draft.dateOfBirth;
    const Date& b = other.dateOfBirth;
    if (a.isNull() || b.isNull())
        return std::nullopt;
    if (a == b)
        return reason(match::kSameDateOfBirth, "same date of birth", kPointsSameDob);
    const int dy = a.year() - b.year();
    const int dm = a.month() - b.month();
    const int dd = a.day() - b.day();
    if (dy == 0 && a.day() == b.month() && a.month() == b.day())
        return reason(match::kDayMonthSwapped, "date of birth has day and month swapped" + both(a.toIso(), b.toIso()),
                      kPointsSwappedDob);
    if (dy == 0 && dm == 0 && std::abs(dd) == 1)
        return reason(match::kDayOffByOne, "date of birth differs by one day" + both(a.toIso(), b.toIso()),
                      kPointsDobOffByOne);
    if (std::abs(a.daysUntil(b)) == 1)
        return reason(match::kDayOffByOne, "date of birth differs by one day" + both(a.toIso(), b.toIso()),
                      kPointsDobOffByOne);
    if (dy == 0 && dd == 0 && std::abs(dm) == 1)
        return reason(match::kMonthOffByOne, "date of birth differs by one month" + both(a.toIso(), b.toIso()),
                      kPointsDobOffByOne);
    if (dm == 0 && dd == 0 && std::abs(dy) == 1)
        return reason(match::kYearOffByOne, "date of birth differs by one year" + both(a.toIso(), b.toIso()),
                      kPointsDobOffByOne);
    if ((draft.dateOfBirthEstimated || other.dateOfBirthEstimated) && std::abs(a.daysUntil(b)) <= 2 * 366)
        return reason(match::kEstimatedDateOfBirth, "date of birth is estimated and within two years",
                      kPointsEstimatedDob);
    return std::nullopt;
}

} // namespace

std::vector<Date> dateOfBirthVariants(const Date& dob)
{
    std::vector<Date> out;
    if (dob.isNull())
        return out;
    const auto add = [&](int y, int m, int d) {
        if (auto date = Date::fromYmd(y, m, d); date && std::find(out.begin(), out.end(), *date) == out.end())
            out.push_back(*date);
    };
    const int y = dob.year();
    const int m = dob.month();
    const int d = dob.day();
    add(y, m, d);
    add(y, d, m);
    add(y, m, d - 1);
    add(y, m, d + 1);
    add(y, m - 1, d);
    add(y, m + 1, d);
    add(y - 1, m, d);
    add(y + 1, m, d);
    for (const Date& near : {dob.addDays(-1), dob.addDays(1)})
        add(near.year(), near.month(), near.day());
    return out;
}

namespace {

// `onlyShown`: stop as soon as the names show the candidate cannot be shown (most candidates of
// a date-of-birth lookup are strangers), before any reason is written out.
std::optional<DuplicateCandidate> score(const Person& draft, const Names& mine, const PersonSummary& other,
                                        std::span<const std::string> otherAliases, bool onlyShown)
{
    const Names theirs(other.givenName, other.familyName, other.preferredName);
    NameEvidence names = directNames(draft, mine, other, theirs);
    if (auto t = transposedNames(draft, mine, other, theirs); t.points > names.points)
        names = std::move(t);
    for (const auto& alias : otherAliases)
        if (auto a = aliasNames(mine, alias); a.points > names.points)
            names = std::move(a);
    if (onlyShown && !names.givenAgrees)
        return std::nullopt;
    DuplicateCandidate c;
    c.person = other;
    std::vector<MatchReason> reasons;
    if (auto r = dateOfBirthReason(draft, other))
        reasons.push_back(std::move(*r));
    for (auto& r : names.reasons)
        reasons.push_back(std::move(r));
    if (!draft.postcode.empty() && samePostcode(draft.postcode, other.postcode))
        reasons.push_back(reason(match::kSamePostcode, "same postcode", kPointsPostcode));
    int total = 0;
    for (const auto& r : reasons)
        total += r.points;
    // A given name that agrees (or an alias, or transposed names) is what tells a duplicate from
    // a sibling at the same address with the same birthday; the points alone cannot.
    c.score = names.givenAgrees ? std::min(total, 100) : std::min(total, kDuplicateThreshold - 1);
    c.reasons = std::move(reasons);
    return c;
}

} // namespace

DuplicateCandidate scoreCandidate(const Person& draft, const PersonSummary& other,
                                  std::span<const std::string> otherAliases)
{
    return *score(draft, Names(draft.givenName, draft.familyName, draft.preferredName), other, otherAliases, false);
}

bool isLikelyDuplicate(const DuplicateCandidate& candidate)
{
    return candidate.score >= kDuplicateThreshold;
}

std::vector<DuplicateCandidate> rankCandidates(const Person& draft, std::span<const PersonSummary> others,
                                               std::span<const std::vector<std::string>> aliasesOf, std::size_t limit)
{
    std::vector<DuplicateCandidate> out;
    const Names mine(draft.givenName, draft.familyName, draft.preferredName);
    for (std::size_t i = 0; i < others.size(); ++i) {
        if (!draft.id.isNull() && others[i].id == draft.id)
            continue;
        if (std::any_of(out.begin(), out.end(),
                        [&](const DuplicateCandidate& c) { return c.person.id == others[i].id; }))
            continue;
        const auto aliases =
            i < aliasesOf.size() ? std::span<const std::string>(aliasesOf[i]) : std::span<const std::string>{};
        if (auto c = score(draft, mine, others[i], aliases, true); c && isLikelyDuplicate(*c))
            out.push_back(std::move(*c));
    }
    std::sort(out.begin(), out.end(), [](const DuplicateCandidate& a, const DuplicateCandidate& b) {
        return std::tuple(-a.score, nameKey(a.person.familyName), nameKey(a.person.givenName), a.person.id) <
               std::tuple(-b.score, nameKey(b.person.familyName), nameKey(b.person.givenName), b.person.id);
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

bool namesLookAlike(const Person& draft, const PersonSummary& other)
{
    const Names mine(draft.givenName, draft.familyName, draft.preferredName);
    const Names theirs(other.givenName, other.familyName, other.preferredName);
    const NameEvidence direct = directNames(draft, mine, other, theirs);
    const bool familyAgrees = std::any_of(direct.reasons.begin(), direct.reasons.end(), [](const MatchReason& r) {
        return r.code.starts_with("same_family") || r.code.starts_with("family");
    });
    return (direct.givenAgrees && familyAgrees) || transposedNames(draft, mine, other, theirs).points > 0;
}

} // namespace waymark
