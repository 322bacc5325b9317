#include "ui/delivery/PlanLabels.h"

#include "ui/convert/Convert.h"
#include "ui/widgets/DiscardQuestion.h"
#include "ui/widgets/LockClosing.h"
#include "ui/widgets/RuleSentences.h"

#include <QComboBox>

using waymark::convert::toQString;
using waymark::convert::toStd;

namespace {

struct CodeText
{
    const char* code;
    const char* text; // source text of PlanLabels::tr()
};

constexpr CodeText kDomains[] = {
    {"living_arrangements", QT_TRANSLATE_NOOP("PlanLabels", "Living arrangements")},
    {"family_relationships", QT_TRANSLATE_NOOP("PlanLabels", "Family and relationships")},
    {"ete", QT_TRANSLATE_NOOP("PlanLabels", "Education, training and employment")},
    {"neighbourhood", QT_TRANSLATE_NOOP("PlanLabels", "Neighbourhood")},
    {"peers_lifestyle", QT_TRANSLATE_NOOP("PlanLabels", "Peers and lifestyle")},
    {"substance_use", QT_TRANSLATE_NOOP("PlanLabels", "Substance use")},
    {"physical_health", QT_TRANSLATE_NOOP("PlanLabels", "Physical health")},
    {"emotional_mental_health", QT_TRANSLATE_NOOP("PlanLabels", "Emotional and mental health")},
    {"speech_language_communication", QT_TRANSLATE_NOOP("PlanLabels", "Speech, language and communication")},
    {"exploitation_safety", QT_TRANSLATE_NOOP("PlanLabels", "Exploitation and safety")},
    {"thinking_behaviour", QT_TRANSLATE_NOOP("PlanLabels", "Thinking and behaviour")},
    {"attitudes_to_offending", QT_TRANSLATE_NOOP("PlanLabels", "Attitudes to offending")},
    {"motivation_to_change", QT_TRANSLATE_NOOP("PlanLabels", "Motivation to change")},
};

constexpr CodeText kGoalStatus[] = {
    {"open", QT_TRANSLATE_NOOP("PlanLabels", "Open")},
    {"achieved", QT_TRANSLATE_NOOP("PlanLabels", "Achieved")},
    {"partly_achieved", QT_TRANSLATE_NOOP("PlanLabels", "Partly achieved")},
    {"not_achieved", QT_TRANSLATE_NOOP("PlanLabels", "Not achieved")},
};

constexpr CodeText kTypes[] = {
    {"mentoring", QT_TRANSLATE_NOOP("PlanLabels", "Mentoring")},
    {"ete_support", QT_TRANSLATE_NOOP("PlanLabels", "Education, training and employment support")},
    {"restorative_justice", QT_TRANSLATE_NOOP("PlanLabels", "Restorative justice")},
    {"substance_misuse", QT_TRANSLATE_NOOP("PlanLabels", "Substance misuse")},
    {"mental_health", QT_TRANSLATE_NOOP("PlanLabels", "Mental health")},
    {"positive_activities", QT_TRANSLATE_NOOP("PlanLabels", "Sport and positive activities")},
    {"family_support", QT_TRANSLATE_NOOP("PlanLabels", "Family support")},
    {"speech_language", QT_TRANSLATE_NOOP("PlanLabels", "Speech and language")},
    {"victim_awareness", QT_TRANSLATE_NOOP("PlanLabels", "Victim awareness")},
    {"weapons_awareness", QT_TRANSLATE_NOOP("PlanLabels", "Weapons awareness")},
    {"other", QT_TRANSLATE_NOOP("PlanLabels", "Other")},
};

constexpr CodeText kStatus[] = {
    {"planned", QT_TRANSLATE_NOOP("PlanLabels", "Planned")},
    {"referred", QT_TRANSLATE_NOOP("PlanLabels", "Referred to provider")},
    {"active", QT_TRANSLATE_NOOP("PlanLabels", "Active")},
    {"completed", QT_TRANSLATE_NOOP("PlanLabels", "Completed")},
    {"ended_early", QT_TRANSLATE_NOOP("PlanLabels", "Ended early")},
    {"cancelled", QT_TRANSLATE_NOOP("PlanLabels", "Cancelled")},
};

constexpr CodeText kOutcomes[] = {
    {"goals_met", QT_TRANSLATE_NOOP("PlanLabels", "Goals met")},
    {"goals_partly_met", QT_TRANSLATE_NOOP("PlanLabels", "Goals partly met")},
    {"goals_not_met", QT_TRANSLATE_NOOP("PlanLabels", "Goals not met")},
    {"disengaged", QT_TRANSLATE_NOOP("PlanLabels", "Young person disengaged")},
    {"provider_ended", QT_TRANSLATE_NOOP("PlanLabels", "Ended by the provider")},
    {"moved_away", QT_TRANSLATE_NOOP("PlanLabels", "Moved away")},
    {"other", QT_TRANSLATE_NOOP("PlanLabels", "Other")},
};

constexpr CodeText kKinds[] = {
    {"charity", QT_TRANSLATE_NOOP("PlanLabels", "Charity or voluntary organisation")},
    {"community_group", QT_TRANSLATE_NOOP("PlanLabels", "Community group")},
    {"health", QT_TRANSLATE_NOOP("PlanLabels", "Health service")},
    {"local_authority", QT_TRANSLATE_NOOP("PlanLabels", "Local authority service")},
    {"education", QT_TRANSLATE_NOOP("PlanLabels", "School, college or training provider")},
    {"sport_club", QT_TRANSLATE_NOOP("PlanLabels", "Sport or activity club")},
    {"police", QT_TRANSLATE_NOOP("PlanLabels", "Police")},
    {"private", QT_TRANSLATE_NOOP("PlanLabels", "Private company")},
    {"other", QT_TRANSLATE_NOOP("PlanLabels", "Other")},
};

template <std::size_t N> QString find(const CodeText (&table)[N], std::string_view code)
{
    for (const auto& t : table)
        if (code == t.code)
            return PlanLabels::tr(t.text);
    return toQString(code);
}

} // namespace

QString PlanLabels::domain(std::string_view code)
{
    return find(kDomains, code);
}
QString PlanLabels::goalStatus(std::string_view code)
{
    return find(kGoalStatus, code);
}
QString PlanLabels::interventionStatus(std::string_view code)
{
    return find(kStatus, code);
}
QString PlanLabels::outcome(std::string_view code)
{
    return find(kOutcomes, code);
}
QString PlanLabels::providerKind(std::string_view code)
{
    return find(kKinds, code);
}

QString PlanLabels::interventionType(const waymark::CodeEntry& entry)
{
    return entry.builtIn ? find(kTypes, entry.code) : toQString(entry.label);
}

QString PlanLabels::interventionType(std::string_view code, std::span<const waymark::CodeEntry> types)
{
    for (const auto& t : types)
        if (t.code == code)
            return interventionType(t);
    return find(kTypes, code);
}

QString PlanLabels::domainList(const std::vector<std::string>& codes)
{
    QStringList labels;
    for (const auto& c : codes)
        labels << domain(c);
    return labels.join(tr(", "));
}

void PlanLabels::fill(QComboBox* combo, std::span<const waymark::CodeOption> codes, QString (*label)(std::string_view),
                      const QString& emptyText)
{
    combo->clear();
    if (!emptyText.isEmpty())
        combo->addItem(emptyText, QString());
    for (const auto& c : codes)
        combo->addItem(label(c.code), toQString(c.code));
}

void PlanLabels::select(QComboBox* combo, std::string_view code)
{
    const int i = combo->findData(toQString(code));
    if (i >= 0) {
        combo->setCurrentIndex(i);
        return;
    }
    combo->addItem(toQString(code), toQString(code));
    combo->setCurrentIndex(combo->count() - 1);
}

std::string PlanLabels::selectedCode(const QComboBox* combo)
{
    return toStd(combo->currentData().toString());
}

bool PlanLabels::confirmDiscard(QWidget* parent)
{
    return discardquestion::ask(parent,
                                {tr("Unsaved changes"), tr("Discard what you typed here?"), tr("&Discard changes"),
                                 tr("&Keep editing"), QStringLiteral("planDiscardQuestion")});
}

QString PlanLabels::consentRefused(const QString& referralReference)
{
    return tr("Consent to share with partner organisations is not recorded on referral %1. Record consent on the "
              "referral first, or a coordinator may override with a reason.")
        .arg(referralReference);
}

QString PlanLabels::errorText(const waymark::Error& e, const QString& fieldLabel)
{
    const QString rule = toQString(e.rule);
    if (e.code == waymark::ErrorCode::Validation) {
        if (rule == QLatin1String("illegal_transition"))
            return tr("The intervention cannot move to that status from where it is now.");
        if (rule == QLatin1String("not_initial"))
            return tr("A new intervention is planned, referred or active.");
        if (rule == QLatin1String("before_start"))
            return tr("The planned end is before the planned start.");
        if (rule == QLatin1String("not_ended"))
            return tr("An outcome is recorded once the intervention is completed or ended early.");
        if (rule == QLatin1String("inactive"))
            return tr("This provider no longer takes new referrals.");
        if (rule == QLatin1String("plan_closed"))
            return tr("Plans can be changed once the referral is accepted, and until it is closed.");
        if (rule == QLatin1String("not_email"))
            return tr("Please check the email address: it needs an @.");
        if (e.field == "provider" && rule == QLatin1String("required"))
            return tr("Choose the provider the young person is referred to.");
        const QString hint = RuleSentences::hint(toQString(e.field), rule);
        if (!hint.isEmpty())
            return RuleSentences::pleaseCheck(fieldLabel.isEmpty() ? toQString(e.field) : fieldLabel, hint);
    }
    if (e.code == waymark::ErrorCode::Conflict) {
        if (rule == QLatin1String("duplicate_name"))
            return tr("A provider with this name is already in the list.");
        if (rule == QLatin1String("duplicate_code"))
            return tr("There is already an intervention type with this code.");
        return tr("Someone else changed this while you were editing it. Close this window and open it again.");
    }
    if (e.code == waymark::ErrorCode::PermissionDenied)
        return tr("Your role does not allow this.");
    return waymark::convert::errorMessage(e);
}
