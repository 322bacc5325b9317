#include "core/domain/Codes.h"

#include "core/domain/Outcome.h"
#include "core/domain/Plan.h"

#include <array>

namespace waymark {

namespace {

constexpr CodeOption kSex[] = {
    {"female", "Female"},
    {"male", "Male"},
    {"intersex", "Intersex"},
    {"not_known", "Not known"},
    {"not_stated", "Prefer not to say"},
};

// ONS 2021 Census ethnic groups (England and Wales), 19 categories.
constexpr CodeOption kEthnicity[] = {
    {"asian_bangladeshi", "Asian or Asian British: Bangladeshi"},
    {"asian_chinese", "Asian or Asian British: Chinese"},
    {"asian_indian", "Asian or Asian British: Indian"},
    {"asian_pakistani", "Asian or Asian British: Pakistani"},
    {"asian_other", "Asian or Asian British: any other Asian background"},
    {"black_african", "Black, Black British, Caribbean or African: African"},
    {"black_caribbean", "Black, Black British, Caribbean or African: Caribbean"},
    {"black_other", "Black, Black British, Caribbean or African: any other Black background"},
    {"mixed_white_asian", "Mixed or multiple: White and Asian"},
    {"mixed_white_black_african", "Mixed or multiple: White and Black African"},
    {"mixed_white_black_caribbean", "Mixed or multiple: White and Black Caribbean"},
    {"mixed_other", "Mixed or multiple: any other Mixed background"},
    {"white_british", "White: English, Welsh, Scottish, Northern Irish or British"},
    {"white_irish", "White: Irish"},
    {"white_gypsy_traveller", "White: Gypsy or Irish Traveller"},
    {"white_roma", "White: Roma"},
    {"white_other", "White: any other White background"},
    {"other_arab", "Other ethnic group: Arab"},
    {"other_any", "Other ethnic group: any other ethnic group"},
    {"not_stated", "Not stated"},
};

constexpr CodeOption kEte[] = {
    {"school_full_time", "In school full time"},
    {"school_part_time", "In school part time / reduced timetable"},
    {"alternative_provision", "Alternative provision / PRU"},
    {"elective_home_education", "Elective home education"},
    {"college", "College or further education"},
    {"training", "Training or apprenticeship"},
    {"employed", "Employed"},
    {"excluded", "Excluded"},
    {"neet", "Not in education, employment or training"},
    {"not_known", "Not known"},
};

constexpr CodeOption kRelationship[] = {
    {"mother", "Mother"},
    {"father", "Father"},
    {"step_parent", "Step-parent"},
    {"grandparent", "Grandparent"},
    {"foster_carer", "Foster carer"},
    {"kinship_carer", "Kinship carer"},
    {"sibling", "Sibling"},
    {"social_worker", "Social worker"},
    {"other_relative", "Other relative"},
    {"other", "Other"},
};

constexpr CodeOption kReferralSource[] = {
    {"police", "Police"},
    {"school", "School"},
    {"childrens_social_care", "Children's social care"},
    {"health", "Health"},
    {"yot_yjs", "Youth offending team / youth justice service"},
    {"family", "Family"},
    {"self", "Self-referral"},
    {"voluntary_sector", "Voluntary sector"},
    {"other", "Other"},
};

constexpr CodeOption kReferralRoute[] = {
    {"community_resolution", "Community Resolution"},
    {"outcome_22", "Outcome 22 (diversionary, educational or intervention activity)"},
    {"outcome_23_deferred_prosecution", "Outcome 23 (deferred prosecution)"},
    {"youth_caution", "Youth Caution"},
    {"youth_conditional_caution", "Youth Conditional Caution"},
    {"nfa", "No further action"},
    {"pre_charge_rui", "Pre-charge / released under investigation"},
    {"voluntary_interview", "Voluntary interview"},
    {"asb_civil", "Anti-social behaviour / civil measure"},
    {"triage", "Triage"},
    {"prevention", "Prevention (no offence)"},
    {"other", "Other"},
};

// Broadly the Home Office offence groups, plus the behaviour categories diversion schemes see.
constexpr CodeOption kOffenceCategory[] = {
    {"violence_against_person", "Violence against the person"},
    {"sexual", "Sexual offences"},
    {"robbery", "Robbery"},
    {"theft", "Theft and handling (including shoplifting)"},
    {"burglary", "Burglary"},
    {"criminal_damage", "Criminal damage"},
    {"drugs", "Drug offences"},
    {"possession_of_weapons", "Possession of weapons"},
    {"public_order", "Public order offences"},
    {"vehicle", "Vehicle offences"},
    {"fraud", "Fraud and forgery"},
    {"arson", "Arson"},
    {"asb", "Anti-social behaviour"},
    {"online_harm", "Online harm (including image sharing)"},
    {"other", "Other offence or behaviour"},
    {"none_prevention", "None (prevention referral)"},
};

constexpr CodeOption kRisk[] = {
    {"low", "Low"},
    {"medium", "Medium"},
    {"high", "High"},
};

constexpr CodeOption kDecision[] = {
    {"accepted", "Accepted"},
    {"declined", "Declined"},
    {"signposted", "Signposted"},
    {"withdrawn", "Withdrawn"},
};

constexpr CodeOption kNotOfferedReason[] = {
    {"previously_diverted", "Previously diverted"},
    {"young_person_declined", "Young person declined"},
    {"parent_declined", "Parent or carer declined"},
    {"ineligible_offence", "Ineligible offence or route"},
    {"outside_age_range", "Outside the age range"},
    {"outside_time_window", "Outside the time window"},
    {"excluded_by_status", "Excluded by status (e.g. statutory order)"},
    {"programme_full", "Programme full or unavailable"},
    {"moved_out_of_area", "Moved out of area"},
    {"other", "Other"},
};

constexpr CodeOption kConsent[] = {
    {"not_asked", "Not yet asked"},
    {"given", "Given"},
    {"refused", "Refused"},
    {"withdrawn", "Withdrawn"},
};

// Not constexpr: the plan tables live in core/domain/Plan.cpp (constant-initialised arrays).
const std::array kTables = {
    CodeTable{"referral-source", "where a referral came from", kReferralSource},
    CodeTable{"route", "the police or justice route of a referral", kReferralRoute},
    CodeTable{"offence-category", "offence or behaviour category", kOffenceCategory},
    CodeTable{"risk", "risk level", kRisk},
    CodeTable{"decision", "screening decision", kDecision},
    CodeTable{"reason", "why diversion is not offered", kNotOfferedReason},
    CodeTable{"consent", "consent status", kConsent},
    CodeTable{"sex", "sex", kSex},
    CodeTable{"ethnicity", "ethnic group (ONS 2021)", kEthnicity},
    CodeTable{"ete-status", "education, training or employment status", kEte},
    CodeTable{"relationship", "a contact's relationship to the young person", kRelationship},
    CodeTable{"intervention-type", "kind of intervention (built in; a casebook may add its own)",
              interventionTypeCodes()},
    CodeTable{"intervention-status", "where an intervention stands", interventionStatusCodes()},
    CodeTable{"intervention-outcome", "how an intervention ended", interventionOutcomeCodes()},
    CodeTable{"provider-kind", "kind of partner organisation", providerKindCodes()},
    CodeTable{"goal-status", "where a plan goal stands", goalStatusCodes()},
    CodeTable{"completion-status", "how a case ended (its closure)", completionStatusCodes()},
    CodeTable{"reoffence-outcome", "the outcome of a reoffence after closure", reoffenceOutcomeCodes()},
    CodeTable{"follow-up-kind", "a record after closure", followUpKindCodes()},
    CodeTable{"follow-up-check", "the scheduled checks after closure", followUpCheckCodes()},
};

} // namespace

std::span<const CodeOption> referralSourceCodes()
{
    return kReferralSource;
}
std::span<const CodeOption> referralRouteCodes()
{
    return kReferralRoute;
}
std::span<const CodeOption> offenceCategoryCodes()
{
    return kOffenceCategory;
}
std::span<const CodeOption> riskCodes()
{
    return kRisk;
}
std::span<const CodeOption> decisionCodes()
{
    return kDecision;
}
std::span<const CodeOption> notOfferedReasonCodes()
{
    return kNotOfferedReason;
}
std::span<const CodeOption> consentCodes()
{
    return kConsent;
}

std::span<const CodeTable> codeTables()
{
    return kTables;
}

std::optional<CodeTable> codeTableByName(std::string_view name)
{
    for (const auto& t : kTables)
        if (t.name == name)
            return t;
    return std::nullopt;
}

std::span<const CodeOption> sexCodes()
{
    return kSex;
}
std::span<const CodeOption> ethnicityCodes()
{
    return kEthnicity;
}
std::span<const CodeOption> eteStatusCodes()
{
    return kEte;
}
std::span<const CodeOption> relationshipCodes()
{
    return kRelationship;
}

bool isKnownCode(std::span<const CodeOption> codes, std::string_view code)
{
    for (const auto& c : codes)
        if (c.code == code)
            return true;
    return false;
}

std::string_view codeLabel(std::span<const CodeOption> codes, std::string_view code)
{
    for (const auto& c : codes)
        if (c.code == code)
            return c.label;
    return code;
}

} // namespace waymark
