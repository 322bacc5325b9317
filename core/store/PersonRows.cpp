#include "core/store/PersonRows.h"

#include "core/store/Columns.h"
#include "core/store/Database.h"

namespace waymark::personrows {

SummaryReader::SummaryReader(const Statement& st)
    : m_st(st)
{
    const columns::NamedRow row(st);
    m_id = row.index("id");
    m_reference = row.index("case_reference");
    m_given = row.index("given_name");
    m_family = row.index("family_name");
    m_preferred = row.index("preferred_name");
    m_dob = row.index("date_of_birth");
    m_dobEstimated = row.index("dob_estimated");
    m_postcode = row.index("postcode");
    const char* flags[] = {"looked_after", "child_protection_plan", "child_in_need",        "early_help", "care_leaver",
                           "send_aln",     "send_aln_plan",         "exploitation_concern", "restricted"};
    for (int i = 0; i < 9; ++i)
        m_flags[i] = row.index(flags[i]);
    m_familyKey = row.index("family_key");
    m_givenKey = row.index("given_key");
}

PersonSummary SummaryReader::read() const
{
    PersonSummary s;
    s.id = m_st.uuid(m_id);
    s.caseReference = m_st.text(m_reference);
    s.givenName = m_st.text(m_given);
    s.familyName = m_st.text(m_family);
    s.preferredName = m_st.text(m_preferred);
    s.dateOfBirth = Date::fromIso(m_st.text(m_dob)).value_or(Date{});
    s.dateOfBirthEstimated = m_st.boolean(m_dobEstimated);
    s.postcode = m_st.text(m_postcode);
    bool* flags[] = {&s.flags.lookedAfter, &s.flags.childProtectionPlan, &s.flags.childInNeed,
                     &s.flags.earlyHelp,   &s.flags.careLeaver,          &s.flags.sendAln,
                     &s.flags.sendAlnPlan, &s.flags.exploitationConcern, &s.flags.restricted};
    for (int i = 0; i < 9; ++i)
        *flags[i] = m_st.boolean(m_flags[i]);
    return s;
}

std::string SummaryReader::familyKey() const
{
    return m_st.text(m_familyKey);
}

std::string SummaryReader::givenKey() const
{
    return m_st.text(m_givenKey);
}

Result<std::vector<PersonSummary>> collect(Statement& st)
{
    std::vector<PersonSummary> out;
    const SummaryReader reader(st);
    if (auto r = st.forEachRow([&] { out.push_back(reader.read()); }); !r)
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
