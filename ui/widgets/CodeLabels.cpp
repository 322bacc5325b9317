#include "ui/widgets/CodeLabels.h"

#include "ui/convert/Convert.h"

#include <QComboBox>

using waymark::convert::toQString;
using waymark::convert::toStd;

std::span<const waymark::CodeOption> CodeLabels::codes(List list)
{
    switch (list) {
    case List::Sex:
        return waymark::sexCodes();
    case List::Ethnicity:
        return waymark::ethnicityCodes();
    case List::EteStatus:
        return waymark::eteStatusCodes();
    case List::Relationship:
        return waymark::relationshipCodes();
    }
    return {};
}

QString CodeLabels::label(List list, std::string_view code)
{
    // Sex
    if (list == List::Sex) {
        if (code == "female")
            return tr("Female");
        if (code == "male")
            return tr("Male");
        if (code == "intersex")
            return tr("Intersex");
        if (code == "not_known")
            return tr("Not known");
        if (code == "not_stated")
            return tr("Prefer not to say");
    }
    // Ethnicity: ONS 2021 Census categories
    if (list == List::Ethnicity) {
        if (code == "asian_bangladeshi")
            return tr("Asian or Asian British: Bangladeshi");
        if (code == "asian_chinese")
            return tr("Asian or Asian British: Chinese");
        if (code == "asian_indian")
            return tr("Asian or Asian British: Indian");
        if (code == "asian_pakistani")
            return tr("Asian or Asian British: Pakistani");
        if (code == "asian_other")
            return tr("Asian or Asian British: any other Asian background");
        if (code == "black_african")
            return tr("Black, Black British, Caribbean or African: African");
        if (code == "black_caribbean")
            return tr("Black, Black British, Caribbean or African: Caribbean");
        if (code == "black_other")
            return tr("Black, Black British, Caribbean or African: any other Black background");
        if (code == "mixed_white_asian")
            return tr("Mixed or multiple: White and Asian");
        if (code == "mixed_white_black_african")
            return tr("Mixed or multiple: White and Black African");
        if (code == "mixed_white_black_caribbean")
            return tr("Mixed or multiple: White and Black Caribbean");
        if (code == "mixed_other")
            return tr("Mixed or multiple: any other Mixed background");
        if (code == "white_british")
            return tr("White: English, Welsh, Scottish, Northern Irish or British");
        if (code == "white_irish")
            return tr("White: Irish");
        if (code == "white_gypsy_traveller")
            return tr("White: Gypsy or Irish Traveller");
        if (code == "white_roma")
            return tr("White: Roma");
        if (code == "white_other")
            return tr("White: any other White background");
        if (code == "other_arab")
            return tr("Other ethnic group: Arab");
        if (code == "other_any")
            return tr("Other ethnic group: any other ethnic group");
        if (code == "not_stated")
            return tr("Not stated");
    }
    // Education, training or employment status
    if (list == List::EteStatus) {
        if (code == "school_full_time")
            return tr("In school full time");
        if (code == "school_part_time")
            return tr("In school part time / reduced timetable");
        if (code == "alternative_provision")
            return tr("Alternative provision / PRU");
        if (code == "elective_home_education")
            return tr("Elective home education");
        if (code == "college")
            return tr("College or further education");
        if (code == "training")
            return tr("Training or apprenticeship");
        if (code == "employed")
            return tr("Employed");
        if (code == "excluded")
            return tr("Excluded");
        if (code == "neet")
            return tr("Not in education, employment or training");
        if (code == "not_known")
            return tr("Not known");
    }
    // Relationship of a contact to the young person
    if (list == List::Relationship) {
        if (code == "mother")
            return tr("Mother");
        if (code == "father")
            return tr("Father");
        if (code == "step_parent")
            return tr("Step-parent");
        if (code == "grandparent")
            return tr("Grandparent");
        if (code == "foster_carer")
            return tr("Foster carer");
        if (code == "kinship_carer")
            return tr("Kinship carer");
        if (code == "sibling")
            return tr("Sibling");
        if (code == "social_worker")
            return tr("Social worker");
        if (code == "other_relative")
            return tr("Other relative");
        if (code == "other")
            return tr("Other");
    }
    // A code added to core but not yet here: its English label beats a bare code.
    return toQString(waymark::codeLabel(codes(list), code));
}

QString CodeLabels::roleLabel(waymark::Role role)
{
    switch (role) {
    case waymark::Role::Coordinator:
        return tr("Coordinator");
    case waymark::Role::Caseworker:
        return tr("Caseworker");
    case waymark::Role::Auditor:
        return tr("Auditor");
    }
    return {};
}

void CodeLabels::fill(QComboBox* combo, List list, bool withEmpty)
{
    combo->clear();
    if (withEmpty)
        combo->addItem(tr("Not recorded"), QString());
    for (const auto& option : codes(list))
        combo->addItem(label(list, option.code), toQString(option.code));
}

void CodeLabels::select(QComboBox* combo, std::string_view code)
{
    const QString qcode = toQString(code);
    int index = combo->findData(qcode);
    if (index < 0) {
        // Keep a value this version does not know rather than silently dropping it.
        combo->addItem(qcode, qcode);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

std::string CodeLabels::selectedCode(const QComboBox* combo)
{
    return toStd(combo->currentData().toString());
}
