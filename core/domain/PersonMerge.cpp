#include "core/domain/PersonMerge.h"

namespace waymark {

namespace {

struct TextField
{
    const char* column;
    std::string Person::*member;
};

// In the order the person page shows them.
constexpr TextField kTextFields[] = {
    {"gender_identity", &Person::genderIdentity},
    {"first_language", &Person::firstLanguage},
    {"phone", &Person::phone},
    {"school", &Person::school},
    {"ete_status", &Person::eteStatus},
    {"pnc_reference", &Person::pncReference},
    {"nhs_number", &Person::nhsNumber},
    {"upn", &Person::upn},
    {"la_id", &Person::localAuthorityId},
};

struct FlagField
{
    const char* column;
    bool PersonFlags::*member;
};

constexpr FlagField kFlags[] = {
    {"looked_after", &PersonFlags::lookedAfter},  {"child_protection_plan", &PersonFlags::childProtectionPlan},
    {"child_in_need", &PersonFlags::childInNeed}, {"early_help", &PersonFlags::earlyHelp},
    {"care_leaver", &PersonFlags::careLeaver},    {"send_aln", &PersonFlags::sendAln},
    {"send_aln_plan", &PersonFlags::sendAlnPlan}, {"exploitation_concern", &PersonFlags::exploitationConcern},
    {"restricted", &PersonFlags::restricted},
};

bool unknownEthnicity(const std::string& code)
{
    return code.empty() || code == "not_stated";
}

} // namespace

MergedFields mergeFields(const Person& survivor, const Person& other)
{
    MergedFields m;
    m.survivor = survivor;
    Person& s = m.survivor;
    if (s.dateOfBirth != other.dateOfBirth && !other.dateOfBirth.isNull())
        m.differing.push_back("date_of_birth");
    if (!other.sex.empty() && s.sex != other.sex) {
        if (s.sex.empty()) {
            s.sex = other.sex;
            m.filled.push_back("sex");
        } else {
            m.differing.push_back("sex");
        }
    }
    if (!unknownEthnicity(other.ethnicity) && s.ethnicity != other.ethnicity) {
        if (unknownEthnicity(s.ethnicity)) {
            s.ethnicity = other.ethnicity;
            m.filled.push_back("ethnicity");
        } else {
            m.differing.push_back("ethnicity");
        }
    }
    // The address and its postcode go together.
    if ((!other.address.empty() || !other.postcode.empty()) &&
        (s.address != other.address || s.postcode != other.postcode)) {
        if (s.address.empty() && s.postcode.empty()) {
            s.address = other.address;
            s.postcode = other.postcode;
            m.filled.push_back("address");
        } else {
            m.differing.push_back("address");
        }
    }
    for (const auto& f : kTextFields) {
        const std::string& theirs = other.*f.member;
        std::string& mine = s.*f.member;
        if (theirs.empty() || mine == theirs)
            continue;
        if (mine.empty()) {
            mine = theirs;
            m.filled.push_back(f.column);
        } else {
            m.differing.push_back(f.column);
        }
    }
    if (other.interpreterNeeded && !s.interpreterNeeded) {
        s.interpreterNeeded = true;
        m.filled.push_back("interpreter_needed");
    }
    for (const auto& f : kFlags)
        if (other.flags.*f.member && !(s.flags.*f.member)) {
            s.flags.*f.member = true;
            m.filled.push_back(f.column);
        }
    return m;
}

} // namespace waymark
