#include "BenchTerms.h"

#include "BenchCommon.h"
#include "BenchJson.h"
#include "RawSql.h"

#include "core/Casebook.h"
#include "core/Text.h"
#include "core/demo/DemoGenerator.h"
#include "core/domain/PersonRules.h"
#include "core/security/Keyring.h"
#include "core/security/SecureBytes.h"
#include "core/store/Migrations.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace waymark::bench {

// ------------------------------------------------------------------------------------
// Search terms from the data

namespace {

std::vector<std::string> tokensOf(const std::string& folded)
{
    std::vector<std::string> out;
    std::string cur;
    for (char c : folded + " ") {
        if (c == ' ') {
            if (!cur.empty())
                out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    return out;
}

bool asciiLetters(const std::string& s, std::size_t n)
{
    if (s.size() < n)
        return false;
    for (std::size_t i = 0; i < n; ++i)
        if (!(s[i] >= 'a' && s[i] <= 'z'))
            return false;
    return true;
}

} // namespace

Picked pickTerms(RawConn& raw)
{
    std::map<std::string, std::int64_t> prefixCount[4]; // by prefix length 1..3: people with a token so prefixed
    struct Row
    {
        std::string given, family, ref, dob, postcode;
    };
    std::vector<Row> rows;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(raw.handle(), rawsql::kNameTokens, -1, &st, nullptr) != SQLITE_OK)
        fatal("cannot read names");
    const auto col = [&](int c) {
        const auto* t = sqlite3_column_text(st, c);
        return t ? std::string(reinterpret_cast<const char*>(t)) : std::string();
    };
    while (sqlite3_step(st) == SQLITE_ROW) {
        std::set<std::string> seen[4];
        for (int c = 0; c < 3; ++c)
            for (const auto& tok : tokensOf(foldForSearch(col(c))))
                for (std::size_t n = 1; n <= 3; ++n)
                    if (asciiLetters(tok, n))
                        seen[n].insert(tok.substr(0, n));
        for (std::size_t n = 1; n <= 3; ++n)
            for (const auto& p : seen[n])
                ++prefixCount[n][p];
        rows.push_back(Row{col(0), col(1), col(3), col(4), col(5)});
    }
    sqlite3_finalize(st);
    if (rows.empty())
        fatal("the casebook holds no people");

    const auto ranked = [&](std::size_t n) {
        std::vector<std::pair<std::string, std::int64_t>> v(prefixCount[n].begin(), prefixCount[n].end());
        std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        return v;
    };
    Picked out;
    const auto add = [&](std::string id, std::string label, std::string kind, std::string text) {
        out.terms.push_back(Term{std::move(id), std::move(label), std::move(kind), std::move(text), 0});
    };
    // The candidates are ranked by what the search itself finds (aliases count too).
    const auto rankedBySearch = [&](std::size_t n) {
        auto v = ranked(n);
        v.resize(std::min<std::size_t>(v.size(), 8));
        for (auto& [p, count] : v)
            count = raw.scalar(rawsql::kCountNames, {ftsQuery(p)});
        std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        return v;
    };
    const auto r1 = rankedBySearch(1);
    const auto r2 = rankedBySearch(2);
    for (std::size_t i = 0; i < 3 && i < r1.size(); ++i)
        add("prefix1." + std::to_string(i + 1), "1-letter #" + std::to_string(i + 1), "name", r1[i].first);
    for (std::size_t i = 0; i < 3 && i < r2.size(); ++i)
        add("prefix2." + std::to_string(i + 1), "2-letter #" + std::to_string(i + 1), "name", r2[i].first);
    // Rare: the 3-letter prefix with the fewest people, at least two (else one).
    std::string rare;
    std::int64_t rareCount = 0;
    for (std::int64_t floor : {2, 1}) {
        for (const auto& [p, n] : prefixCount[3])
            if (n >= floor && (rare.empty() || n < rareCount)) {
                rare = p;
                rareCount = n;
            }
        if (!rare.empty())
            break;
    }
    if (!rare.empty())
        add("prefix3.rare", "rare prefix", "name", rare);
    const Row& mid = rows[rows.size() / 2];
    const auto given = tokensOf(foldForSearch(mid.given));
    const auto family = tokensOf(foldForSearch(mid.family));
    if (!given.empty() && !family.empty())
        add("two-words", "two words", "name", given.front().substr(0, 2) + " " + family.front().substr(0, 3));
    add("reference.full", "case ref", "reference", mid.ref);
    add("reference.partial", "partial ref", "reference", mid.ref.substr(0, mid.ref.size() - 2));
    add("reference.number", "ref number", "refnumber", mid.ref.substr(mid.ref.size() - 5));
    if (const auto space = mid.postcode.find(' '); space != std::string::npos)
        add("postcode.outward", "postcode start", "postcode", mid.postcode.substr(0, space));
    add("dob", "birth date", "dob", mid.dob);

    for (auto& t : out.terms) {
        if (t.kind == "name")
            t.matches = raw.scalar(rawsql::kCountNames, {ftsQuery(t.text)});
        else if (t.kind == "reference")
            t.matches = raw.scalar(rawsql::kCountReference, {t.text, t.text + "\x7f"});
        else if (t.kind == "refnumber")
            t.matches = raw.scalar(rawsql::kCountRefNumber, {t.text});
        else if (t.kind == "postcode")
            t.matches = raw.scalar(rawsql::kCountPostcode, {t.text, t.text + "\x7f"});
        else
            t.matches = raw.scalar(rawsql::kCountDob, {t.text});
    }
    // The person opened and saved: the same one.
    sqlite3_stmt* idSt = nullptr;
    sqlite3_prepare_v2(raw.handle(), rawsql::kPersonIdByReference, -1, &idSt, nullptr);
    sqlite3_bind_text(idSt, 1, mid.ref.c_str(), -1, SQLITE_TRANSIENT);
    if (sqlite3_step(idSt) == SQLITE_ROW) {
        const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(idSt, 0));
        out.personId.assign(p, p + sqlite3_column_bytes(idSt, 0));
    }
    sqlite3_finalize(idSt);
    out.personRef = mid.ref;
    return out;
}

} // namespace waymark::bench
