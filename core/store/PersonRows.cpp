#include "core/store/PersonRows.h"

#include "core/store/Database.h"

namespace waymark::personrows {

PersonFlags readFlags(const Statement& st, int first)
{
    PersonFlags f;
    f.lookedAfter = st.boolean(first);
    f.childProtectionPlan = st.boolean(first + 1);
    f.childInNeed = st.boolean(first + 2);
    f.earlyHelp = st.boolean(first + 3);
    f.careLeaver = st.boolean(first + 4);
    f.sendAln = st.boolean(first + 5);
    f.sendAlnPlan = st.boolean(first + 6);
    f.exploitationConcern = st.boolean(first + 7);
    f.restricted = st.boolean(first + 8);
    return f;
}

PersonSummary readSummary(const Statement& st)
{
    PersonSummary s;
    s.id = st.uuid(0);
    s.caseReference = st.text(1);
    s.givenName = st.text(2);
    s.familyName = st.text(3);
    s.preferredName = st.text(4);
    s.dateOfBirth = Date::fromIso(st.text(5)).value_or(Date{});
    s.dateOfBirthEstimated = st.boolean(6);
    s.postcode = st.text(7);
    s.flags = readFlags(st, 8);
    return s;
}

Result<std::vector<PersonSummary>> collect(Statement& st)
{
    std::vector<PersonSummary> out;
    if (auto r = st.forEachRow([&] { out.push_back(readSummary(st)); }); !r)
        return std::unexpected(r.error());
    return out;
}

namespace {

std::uint64_t rankSymbol(unsigned char c)
{
    if (c < 0x30)
        return 1; // space, apostrophe, hyphen and other punctuation
    if (c < 0x61)
        return 2; // digits (folded keys have no capitals)
    if (c <= 0x7a)
        return 3 + static_cast<std::uint64_t>(c - 0x61); // a..z -> 3..28
    return 29;                                           // bytes of letters outside ASCII
}

} // namespace

std::int64_t rankBase(std::string_view familyKey, std::string_view givenKey)
{
    std::uint64_t code = 0;
    int symbols = 0;
    const auto push = [&](std::uint64_t symbol) {
        if (symbols < 10) {
            code = code << 5 | symbol;
            ++symbols;
        }
    };
    for (unsigned char c : familyKey)
        push(rankSymbol(c));
    push(0); // the end mark sorts before every character: "ab" before "abc"
    for (unsigned char c : givenKey)
        push(rankSymbol(c));
    while (symbols < 10)
        push(0);
    return static_cast<std::int64_t>(code << kRankWindowBits);
}

} // namespace waymark::personrows
