#include "core/domain/NameMatch.h"

#include "core/domain/DiminutivesData.h"
#include "core/domain/PersonRules.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <utility>

namespace waymark {

namespace {

// The table: every short form with the full names it stands for, and each full name's own
// key, read once from the compiled-in text.
struct Diminutives
{
    std::map<std::string, std::set<std::string, std::less<>>, std::less<>> fullFormsOf; // short -> full names
    std::size_t pairs = 0;
};

const Diminutives& diminutives()
{
    static const Diminutives table = [] {
        Diminutives t;
        std::string_view text = generated::kDiminutivesText;
        while (!text.empty()) {
            const auto end = text.find('\n');
            std::string_view line = text.substr(0, end);
            text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
            if (const auto hash = line.find('#'); hash != std::string_view::npos)
                line = line.substr(0, hash);
            const auto colon = line.find(':');
            if (colon == std::string_view::npos)
                continue;
            const std::string full = nameKey(line.substr(0, colon));
            if (full.empty())
                continue;
            for (const auto& part : nameParts(line.substr(colon + 1))) {
                if (part == full)
                    continue;
                if (t.fullFormsOf[part].insert(full).second)
                    ++t.pairs;
            }
        }
        return t;
    }();
    return table;
}

} // namespace

std::string nameKey(std::string_view name)
{
    std::string out;
    for (char c : foldForSearch(name))
        if (c != ' ' && c != '.')
            out += c;
    return out;
}

std::vector<std::string> nameParts(std::string_view name)
{
    std::vector<std::string> parts;
    std::string current;
    for (char c : foldForSearch(name)) {
        if (c == ' ') {
            if (!current.empty())
                parts.push_back(std::move(current));
            current.clear();
        } else if (c != '.') {
            current += c;
        }
    }
    if (!current.empty())
        parts.push_back(std::move(current));
    return parts;
}

int editDistance(std::string_view a, std::string_view b)
{
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    // Names are short: a table on the stack for them, on the heap for anything longer.
    std::array<int, 32 * 32> small;
    std::vector<int> large;
    int* d = small.data();
    if ((n + 1) * (m + 1) > small.size()) {
        large.resize((n + 1) * (m + 1));
        d = large.data();
    }
    const auto at = [&](std::size_t i, std::size_t j) -> int& { return d[i * (m + 1) + j]; };
    for (std::size_t i = 0; i <= n; ++i)
        at(i, 0) = static_cast<int>(i);
    for (std::size_t j = 0; j <= m; ++j)
        at(0, j) = static_cast<int>(j);
    for (std::size_t i = 1; i <= n; ++i)
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
        }
    return at(n, m);
}

namespace {

// Whether a and b are at most one edit apart (a letter added, dropped or changed, or two
// neighbours swapped): a single pass instead of the whole table.
bool withinOneEdit(std::string_view a, std::string_view b)
{
    if (a.size() > b.size())
        std::swap(a, b);
    if (b.size() - a.size() > 1)
        return false;
    std::size_t i = 0;
    while (i < a.size() && a[i] == b[i])
        ++i;
    if (i == a.size())
        return true; // equal, or one letter added at the end
    if (a.size() == b.size()) {
        if (a.substr(i + 1) == b.substr(i + 1))
            return true; // one letter changed
        return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
    }
    return a.substr(i) == b.substr(i + 1); // one letter added
}

} // namespace

double jaroWinkler(std::string_view a, std::string_view b)
{
    if (a.empty() && b.empty())
        return 1.0;
    if (a.empty() || b.empty())
        return 0.0;
    const std::size_t window = std::max<std::size_t>(std::max(a.size(), b.size()) / 2, 1) - 1;
    // Names are short: the match marks on the stack for them, on the heap for longer text.
    std::array<unsigned char, 128> small{};
    std::vector<unsigned char> large;
    unsigned char* matchedA = small.data();
    if (a.size() + b.size() > small.size()) {
        large.resize(a.size() + b.size());
        matchedA = large.data();
    }
    unsigned char* matchedB = matchedA + a.size();
    std::size_t matches = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::size_t from = i > window ? i - window : 0;
        const std::size_t to = std::min(b.size(), i + window + 1);
        for (std::size_t j = from; j < to; ++j)
            if (!matchedB[j] && a[i] == b[j]) {
                matchedA[i] = matchedB[j] = 1;
                ++matches;
                break;
            }
    }
    if (matches == 0)
        return 0.0;
    std::size_t transpositions = 0;
    for (std::size_t i = 0, j = 0; i < a.size(); ++i) {
        if (!matchedA[i])
            continue;
        while (!matchedB[j])
            ++j;
        if (a[i] != b[j])
            ++transpositions;
        ++j;
    }
    const double m = static_cast<double>(matches);
    const double jaro = (m / static_cast<double>(a.size()) + m / static_cast<double>(b.size()) +
                         (m - static_cast<double>(transpositions) / 2.0) / m) /
                        3.0;
    std::size_t prefix = 0;
    while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    return jaro + static_cast<double>(prefix) * 0.1 * (1.0 - jaro);
}

std::optional<Diminutive> diminutiveOf(std::string_view a, std::string_view b)
{
    if (a.empty() || b.empty() || a == b)
        return std::nullopt;
    const auto& t = diminutives();
    const auto fa = t.fullFormsOf.find(a);
    if (fa != t.fullFormsOf.end() && fa->second.contains(b))
        return Diminutive{std::string(a), std::string(b)};
    const auto fb = t.fullFormsOf.find(b);
    if (fb != t.fullFormsOf.end() && fb->second.contains(a))
        return Diminutive{std::string(b), std::string(a)};
    if (fa == t.fullFormsOf.end() || fb == t.fullFormsOf.end())
        return std::nullopt;
    for (const auto& full : fa->second)
        if (fb->second.contains(full))
            return Diminutive{std::string(a), full};
    return std::nullopt;
}

std::size_t diminutivePairCount()
{
    return diminutives().pairs;
}

FoldedName foldName(std::string_view name)
{
    FoldedName f;
    const auto add = [&f](char c) {
        if (c == '.')
            return;
        if (c == ' ' && (f.words.empty() || f.words.back() == ' '))
            return;
        f.words += c;
        if (c != ' ')
            f.key += c;
    };
    // Most names are plain ASCII: folded here as foldForSearch folds them (letters lower-cased,
    // apostrophes dropped, other punctuation a space), without decoding.
    if (std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        f.words.reserve(name.size());
        f.key.reserve(name.size());
        for (char c : name) {
            if (c >= 'A' && c <= 'Z')
                add(static_cast<char>(c - 'A' + 'a'));
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                add(c);
            else if (c != '\'' && c != '`')
                add(c == '.' ? '.' : ' ');
        }
    } else {
        for (char c : foldForSearch(name))
            add(c);
    }
    while (!f.words.empty() && f.words.back() == ' ')
        f.words.pop_back();
    return f;
}

NameComparison compareNames(std::string_view aText, std::string_view bText, bool given)
{
    return compareNames(foldName(aText), foldName(bText), given);
}

NameComparison compareNames(const FoldedName& fa, const FoldedName& fb, bool given)
{
    const std::string& a = fa.key;
    const std::string& b = fb.key;
    if (a.empty() || b.empty())
        return {};
    if (a == b)
        return {NameLikeness::Same, std::nullopt};
    if (given)
        if (auto d = diminutiveOf(a, b))
            return {NameLikeness::Diminutive, std::move(d)};
    const std::size_t shorter = std::min(a.size(), b.size());
    const std::size_t longer = std::max(a.size(), b.size());
    // One letter on a name of three letters or more ("Amy" / "Ami"), never on a shorter one.
    if (shorter >= 3 && withinOneEdit(a, b))
        return {NameLikeness::OneEdit, std::nullopt};
    // A whole word of one is the other ("Smith" / "Smith-Jones"): only worth splitting when
    // one key holds the other.
    if (a.find(b) != std::string::npos || b.find(a) != std::string::npos) {
        const auto partsA = nameParts(fa.words);
        const auto partsB = nameParts(fb.words);
        if (partsA.size() != partsB.size()) {
            const auto& fewer = partsA.size() < partsB.size() ? partsA : partsB;
            const auto& more = partsA.size() < partsB.size() ? partsB : partsA;
            const bool contained = std::all_of(fewer.begin(), fewer.end(), [&](const std::string& p) {
                return p.size() >= 2 && std::find(more.begin(), more.end(), p) != more.end();
            });
            if (contained)
                return {NameLikeness::PartOf, std::nullopt};
        }
    }
    // Spelt alike: names within two letters of each other's length that start alike (a slip
    // in the first letter is one edit, above).
    if (shorter >= 5 && longer - shorter <= 2 && a.front() == b.front() && jaroWinkler(a, b) >= 0.9 &&
        editDistance(a, b) <= 2)
        return {NameLikeness::Similar, std::nullopt};
    return {};
}

} // namespace waymark
