#include "ui/outcomes/OutcomeLabels.h"

#include "ui/convert/Convert.h"

QString OutcomeLabels::completionStatus(std::string_view c)
{
    if (c == "completed")
        return tr("Completed");
    if (c == "partially_completed")
        return tr("Partially completed");
    if (c == "disengaged")
        return tr("Disengaged");
    if (c == "moved_away")
        return tr("Moved away");
    if (c == "escalated_statutory")
        return tr("Escalated to statutory services");
    if (c == "other")
        return tr("Other");
    return waymark::convert::toQString(c);
}

QString OutcomeLabels::followUpKind(std::string_view c)
{
    if (c == "recontact")
        return tr("Re-contact");
    if (c == "reoffence")
        return tr("Reoffence");
    return waymark::convert::toQString(c);
}

QString OutcomeLabels::check(std::string_view c)
{
    if (c == "3m")
        return tr("3-month check");
    if (c == "6m")
        return tr("6-month check");
    if (c == "12m")
        return tr("12-month check");
    return waymark::convert::toQString(c);
}

QString OutcomeLabels::reoffenceOutcome(std::string_view c)
{
    if (c == "caution")
        return tr("Caution");
    if (c == "conviction")
        return tr("Conviction");
    if (c == "community_resolution")
        return tr("Community resolution");
    if (c == "none")
        return tr("None");
    return waymark::convert::toQString(c);
}

QString OutcomeLabels::field(std::string_view f)
{
    if (f == "accommodation_suitable")
        return tr("Suitable &accommodation");
    if (f == "ete_suitable")
        return tr("Suitable &education, training or work");
    if (f == "ete_hours")
        return tr("&Hours a week in education, training or work");
    if (f == "send_aln")
        return tr("SEN&D / ALN");
    if (f == "send_plan")
        return tr("SEND / ALN with a &plan");
    if (f == "mental_health_need")
        return tr("&Mental health need");
    if (f == "mental_health_offered")
        return tr("Mental health support offered");
    if (f == "mental_health_attending")
        return tr("Mental health support attending");
    if (f == "substance_use_need")
        return tr("Substance &use need");
    if (f == "substance_use_offered")
        return tr("Substance use support offered");
    if (f == "substance_use_attending")
        return tr("Substance use support attending");
    if (f == "victims_contacted")
        return tr("&Victims contacted");
    if (f == "victims_consented")
        return tr("Victims consented");
    if (f == "victims_engaged")
        return tr("Engaged in restorative &justice");
    return waymark::convert::toQString(f);
}

QString OutcomeLabels::answer(std::string_view a)
{
    if (a == "yes")
        return tr("Yes");
    if (a == "no")
        return tr("No");
    return tr("Not recorded");
}
