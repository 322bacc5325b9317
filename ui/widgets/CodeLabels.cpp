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
    case List::ReferralSource:
        return waymark::referralSourceCodes();
    case List::ReferralRoute:
        return waymark::referralRouteCodes();
    case List::OffenceCategory:
        return waymark::offenceCategoryCodes();
    case List::Risk:
        return waymark::riskCodes();
    case List::Consent:
        return waymark::consentCodes();
    case List::Decision:
        return waymark::decisionCodes();
    case List::NotOfferedReason:
        return waymark::notOfferedReasonCodes();
    }
    return {};
}

namespace {

struct CodeText
{
    const char* code;
    const char* text; // source text of CodeLabels::tr()
};

// The referral code tables' labels, translated through CodeLabels::tr().
constexpr CodeText kReferralSources[] = {
    {"police", QT_TRANSLATE_NOOP("CodeLabels", "Police")},
    {"school", QT_TRANSLATE_NOOP("CodeLabels", "School")},
    {"childrens_social_care", QT_TRANSLATE_NOOP("CodeLabels", "Children's social care")},
    {"health", QT_TRANSLATE_NOOP("CodeLabels", "Health")},
    {"yot_yjs", QT_TRANSLATE_NOOP("CodeLabels", "Youth offending team / youth justice service")},
    {"family", QT_TRANSLATE_NOOP("CodeLabels", "Family")},
    {"self", QT_TRANSLATE_NOOP("CodeLabels", "Self-referral")},
    {"voluntary_sector", QT_TRANSLATE_NOOP("CodeLabels", "Voluntary sector")},
    {"other", QT_TRANSLATE_NOOP("CodeLabels", "Other")},
};
constexpr CodeText kReferralRoutes[] = {
    {"community_resolution", QT_TRANSLATE_NOOP("CodeLabels", "Community Resolution")},
    {"outcome_22", QT_TRANSLATE_NOOP("CodeLabels", "Outcome 22 (diversionary, educational or intervention activity)")},
    {"outcome_23_deferred_prosecution", QT_TRANSLATE_NOOP("CodeLabels", "Outcome 23 (deferred prosecution)")},
    {"youth_caution", QT_TRANSLATE_NOOP("CodeLabels", "Youth Caution")},
    {"youth_conditional_caution", QT_TRANSLATE_NOOP("CodeLabels", "Youth Conditional Caution")},
    {"nfa", QT_TRANSLATE_NOOP("CodeLabels", "No further action")},
    {"pre_charge_rui", QT_TRANSLATE_NOOP("CodeLabels", "Pre-charge / released under investigation")},
    {"voluntary_interview", QT_TRANSLATE_NOOP("CodeLabels", "Voluntary interview")},
    {"asb_civil", QT_TRANSLATE_NOOP("CodeLabels", "Anti-social behaviour / civil measure")},
    {"triage", QT_TRANSLATE_NOOP("CodeLabels", "Triage")},
    {"prevention", QT_TRANSLATE_NOOP("CodeLabels", "Prevention (no offence)")},
    {"other", QT_TRANSLATE_NOOP("CodeLabels", "Other")},
};
constexpr CodeText kOffenceCategories[] = {
    {"violence_against_person", QT_TRANSLATE_NOOP("CodeLabels", "Violence against the person")},
    {"sexual", QT_TRANSLATE_NOOP("CodeLabels", "Sexual offences")},
    {"robbery", QT_TRANSLATE_NOOP("CodeLabels", "Robbery")},
    {"theft", QT_TRANSLATE_NOOP("CodeLabels", "Theft and handling (including shoplifting)")},
    {"burglary", QT_TRANSLATE_NOOP("CodeLabels", "Burglary")},
    {"criminal_damage", QT_TRANSLATE_NOOP("CodeLabels", "Criminal damage")},
    {"drugs", QT_TRANSLATE_NOOP("CodeLabels", "Drug offences")},
    {"possession_of_weapons", QT_TRANSLATE_NOOP("CodeLabels", "Possession of weapons")},
    {"public_order", QT_TRANSLATE_NOOP("CodeLabels", "Public order offences")},
    {"vehicle", QT_TRANSLATE_NOOP("CodeLabels", "Vehicle offences")},
    {"fraud", QT_TRANSLATE_NOOP("CodeLabels", "Fraud and forgery")},
    {"arson", QT_TRANSLATE_NOOP("CodeLabels", "Arson")},
    {"asb", QT_TRANSLATE_NOOP("CodeLabels", "Anti-social behaviour")},
    {"online_harm", QT_TRANSLATE_NOOP("CodeLabels", "Online harm (including image sharing)")},
    {"other", QT_TRANSLATE_NOOP("CodeLabels", "Other offence or behaviour")},
    {"none_prevention", QT_TRANSLATE_NOOP("CodeLabels", "None (prevention referral)")},
};
constexpr CodeText kRisks[] = {
    {"low", QT_TRANSLATE_NOOP("CodeLabels", "Low")},
    {"medium", QT_TRANSLATE_NOOP("CodeLabels", "Medium")},
    {"high", QT_TRANSLATE_NOOP("CodeLabels", "High")},
};
constexpr CodeText kConsents[] = {
    {"not_asked", QT_TRANSLATE_NOOP("CodeLabels", "Not yet asked")},
    {"given", QT_TRANSLATE_NOOP("CodeLabels", "Given")},
    {"refused", QT_TRANSLATE_NOOP("CodeLabels", "Refused")},
    {"withdrawn", QT_TRANSLATE_NOOP("CodeLabels", "Withdrawn")},
};
constexpr CodeText kDecisions[] = {
    {"accepted", QT_TRANSLATE_NOOP("CodeLabels", "Accepted")},
    {"declined", QT_TRANSLATE_NOOP("CodeLabels", "Declined")},
    {"signposted", QT_TRANSLATE_NOOP("CodeLabels", "Signposted")},
    {"withdrawn", QT_TRANSLATE_NOOP("CodeLabels", "Withdrawn")},
};
constexpr CodeText kNotOfferedReasons[] = {
    {"previously_diverted", QT_TRANSLATE_NOOP("CodeLabels", "Previously diverted")},
    {"young_person_declined", QT_TRANSLATE_NOOP("CodeLabels", "Young person declined")},
    {"parent_declined", QT_TRANSLATE_NOOP("CodeLabels", "Parent or carer declined")},
    {"ineligible_offence", QT_TRANSLATE_NOOP("CodeLabels", "Ineligible offence or route")},
    {"outside_age_range", QT_TRANSLATE_NOOP("CodeLabels", "Outside the age range")},
    {"outside_time_window", QT_TRANSLATE_NOOP("CodeLabels", "Outside the time window")},
    {"excluded_by_status", QT_TRANSLATE_NOOP("CodeLabels", "Excluded by status (e.g. statutory order)")},
    {"programme_full", QT_TRANSLATE_NOOP("CodeLabels", "Programme full or unavailable")},
    {"moved_out_of_area", QT_TRANSLATE_NOOP("CodeLabels", "Moved out of area")},
    {"other", QT_TRANSLATE_NOOP("CodeLabels", "Other")},
};

template <std::size_t N> QString fromTable(const CodeText (&table)[N], std::string_view code)
{
    for (const CodeText& entry : table)
        if (code == entry.code)
            return CodeLabels::tr(entry.text);
    return {};
}

} // namespace

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
    QString referral;
    switch (list) {
    case List::ReferralSource:
        referral = fromTable(kReferralSources, code);
        break;
    case List::ReferralRoute:
        referral = fromTable(kReferralRoutes, code);
        break;
    case List::OffenceCategory:
        referral = fromTable(kOffenceCategories, code);
        break;
    case List::Risk:
        referral = fromTable(kRisks, code);
        break;
    case List::Consent:
        referral = fromTable(kConsents, code);
        break;
    case List::Decision:
        referral = fromTable(kDecisions, code);
        break;
    case List::NotOfferedReason:
        referral = fromTable(kNotOfferedReasons, code);
        break;
    default:
        break;
    }
    if (!referral.isEmpty())
        return referral;
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

QString CodeLabels::stateLabel(waymark::ReferralState state)
{
    using S = waymark::ReferralState;
    switch (state) {
    case S::Received:
        return tr("Received");
    case S::Screening:
        return tr("Screening");
    case S::Accepted:
        return tr("Accepted");
    case S::Declined:
        return tr("Declined");
    case S::Signposted:
        return tr("Signposted");
    case S::Withdrawn:
        return tr("Withdrawn");
    case S::Active:
        return tr("Active");
    case S::ClosureRequested:
        return tr("Closure requested");
    case S::Closed:
        return tr("Closed");
    case S::Reopened:
        return tr("Reopened");
    }
    return {};
}

QString CodeLabels::stepLabel(waymark::ReferralStep step)
{
    using S = waymark::ReferralStep;
    switch (step) {
    case S::StartScreening:
        return tr("Start screening");
    case S::Accept:
        return tr("Accept");
    case S::Decline:
        return tr("Decline");
    case S::Signpost:
        return tr("Signpost");
    case S::Withdraw:
        return tr("Withdraw");
    case S::Activate:
        return tr("Mark active");
    case S::RequestClosure:
        return tr("Request closure");
    case S::ApproveClosure:
        return tr("Approve closure");
    case S::ReturnClosure:
        return tr("Send back");
    case S::Reopen:
        return tr("Reopen");
    }
    return {};
}

QString CodeLabels::clockStateLabel(waymark::ClockState state)
{
    switch (state) {
    case waymark::ClockState::Running:
        return tr("Running");
    case waymark::ClockState::Overdue:
        return tr("Overdue");
    case waymark::ClockState::Met:
        return tr("Met");
    case waymark::ClockState::Missed:
        return tr("Missed");
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
