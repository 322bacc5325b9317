#include "core/domain/Codes.h"

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

} // namespace

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
