#include "ui/widgets/RuleSentences.h"

#include "core/domain/TextRules.h"
#include "ui/convert/Convert.h"
#include "ui/widgets/CodeLabels.h"

#include <QHash>
#include <QStringList>

#include <optional>

using waymark::convert::toStd;

QString RuleSentences::hint(const QString& field, const QString& rule)
{
    if (field == QLatin1String("postcode"))
        return tr("Enter a UK postcode, for example SW1A 1AA.");
    if (field == QLatin1String("nhs_number"))
        return tr("An NHS number has 10 digits and ends with a check digit; check it was copied correctly.");
    if (rule == QLatin1String("required"))
        return tr("It is required.");
    if (rule == QLatin1String("in_future"))
        return tr("It is in the future.");
    if (rule == QLatin1String("age_out_of_range"))
        return tr("It gives an age outside 8 to 30 years today.");
    if (rule == QLatin1String("unknown_code"))
        return tr("Choose one of the listed values.");
    if (rule == QLatin1String("too_long")) {
        // A contact's name and phone have different limits; the table says only "too long".
        const auto limit =
            field == QLatin1String("contacts") ? std::nullopt : waymark::fieldRule(waymark::convert::toStd(field));
        if (limit)
            return tr("It is too long: %n character(s) at most.", nullptr, static_cast<int>(limit->maxChars));
        return tr("It is too long.");
    }
    if (rule == QLatin1String("too_many"))
        return tr("There are too many: remove some.");
    if (rule == QLatin1String("control_characters") || rule == QLatin1String("invalid_utf8"))
        return tr("It contains characters that cannot be stored; retype it.");
    if (rule == QLatin1String("line_break"))
        return tr("It must fit on one line.");
    if (rule == QLatin1String("phone_characters"))
        return tr("Use digits, spaces and + ( ) - only; write an extension as \"ext 123\".");
    if (rule == QLatin1String("identifier_characters"))
        return tr("Use letters, digits, spaces and / - . _ only.");
    if (rule == QLatin1String("contact_needs_name"))
        return tr("Every contact needs a name.");
    if (rule == QLatin1String("plan_needs_send_flag"))
        return tr("Tick SEND/ALN as well when a plan is in place.");
    return {};
}

QString RuleSentences::pleaseCheck(const QString& fieldLabel, const QString& hint)
{
    return tr("Please check %1: %2").arg(fieldLabel, hint);
}

QString RuleSentences::joinLabels(const QStringList& labels)
{
    return labels.join(tr(", ", "between field names"));
}

namespace {

QString valueOf(const waymark::EligibilityReason& reason, const char* key)
{
    for (const auto& [k, v] : reason.values)
        if (k == key)
            return waymark::convert::toQString(v);
    return {};
}

// "2026-03-02" as the UI shows dates; anything else as it is.
QString dateText(const QString& iso)
{
    if (auto date = waymark::Date::fromIso(waymark::convert::toStd(iso)))
        return waymark::convert::toDisplay(*date);
    return iso;
}

// "10-17,18-25" -> "10 to 17 or 18 to 25"
QString bandsText(const QString& bands)
{
    QStringList out;
    for (const QString& band : bands.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList ends = band.trimmed().split(QLatin1Char('-'));
        out << (ends.size() == 2 ? RuleSentences::tr("%1 to %2", "an age band").arg(ends[0], ends[1]) : band);
    }
    return out.join(RuleSentences::tr(" or ", "between age bands"));
}

QString exclusionLabel(const QString& status)
{
    if (status == QLatin1String("looked_after"))
        return RuleSentences::tr("a looked-after child");
    if (status == QLatin1String("child_protection_plan"))
        return RuleSentences::tr("on a child-protection plan");
    if (status == QLatin1String("child_in_need"))
        return RuleSentences::tr("a child in need");
    if (status == QLatin1String("early_help"))
        return RuleSentences::tr("receiving Early Help");
    if (status == QLatin1String("care_leaver"))
        return RuleSentences::tr("a care leaver");
    if (status == QLatin1String("exploitation_concern"))
        return RuleSentences::tr("the subject of an exploitation concern");
    if (status == QLatin1String("statutory_order"))
        return RuleSentences::tr("on a statutory order");
    return status;
}

} // namespace

QString RuleSentences::eligibilityReason(const waymark::EligibilityReason& reason)
{
    using waymark::convert::toQString;
    const QString code = toQString(reason.code);
    const QString fallback = toQString(reason.message);
    if (code == QLatin1String("outside_age_range")) {
        const QString age = valueOf(reason, "age");
        const QString on = valueOf(reason, "event_date");
        const QString bands = valueOf(reason, "bands");
        if (age.isEmpty() || bands.isEmpty())
            return fallback;
        if (age.toInt() < 0)
            return tr("Not yet born on %1, the date of the event; the scheme takes ages %2.")
                .arg(dateText(on), bandsText(bands));
        return tr("Aged %1 on %2, the date of the event; the scheme takes ages %3.")
            .arg(age, dateText(on), bandsText(bands));
    }
    if (code == QLatin1String("outside_time_window")) {
        const QString received = dateText(valueOf(reason, "received"));
        const QString event = dateText(valueOf(reason, "event_date"));
        const int months = valueOf(reason, "months").toInt();
        const int days = valueOf(reason, "days").toInt();
        const int limit = valueOf(reason, "limit").toInt();
        if (valueOf(reason, "limit").isEmpty())
            return fallback;
        if (months == 0 && days == 0)
            return tr("Received on %1, before the event on %2.").arg(received, event);
        const QString gap = days > 0 ? tr("%1 and %2", "months and days")
                                           .arg(tr("%n month(s)", nullptr, months), tr("%n day(s)", nullptr, days))
                                     : tr("%n month(s)", nullptr, months);
        return tr("Received on %1, %2 after the event on %3; the scheme takes referrals within %n month(s).", nullptr,
                  limit)
            .arg(received, gap, event);
    }
    if (code == QLatin1String("previously_diverted")) {
        const QString count = valueOf(reason, "count");
        if (count.isEmpty())
            return tr("Already supported by this scheme before; the scheme supports a young person once.");
        return tr("Already supported by this scheme before (%n earlier referral(s) accepted); the scheme supports a "
                  "young person once.",
                  nullptr, count.toInt());
    }
    if (code == QLatin1String("ineligible_offence")) {
        const QString route = valueOf(reason, "route");
        if (route.isEmpty())
            return fallback;
        return tr("Route %1: the scheme does not take referrals by this route.")
            .arg(CodeLabels::label(CodeLabels::List::ReferralRoute, toStd(route)));
    }
    if (code == QLatin1String("excluded_by_status")) {
        const QString status = valueOf(reason, "status");
        if (status.isEmpty())
            return fallback;
        return tr("The young person is %1; the scheme excludes this.").arg(exclusionLabel(status));
    }
    if (code == QLatin1String("missing_date")) {
        const QString field = valueOf(reason, "field");
        if (field == QLatin1String("date_of_birth"))
            return tr("The date of birth is not recorded, so the age cannot be checked.");
        if (field == QLatin1String("event_date"))
            return tr("The date of the event is not recorded, so the age and time window cannot be checked.");
        if (field == QLatin1String("received"))
            return tr("The date received is not recorded, so the time window cannot be checked.");
        return tr("A date the rules need is not recorded.");
    }
    return fallback;
}

QString RuleSentences::ordinal(int n)
{
    switch (n) {
    case 1:
        return tr("1st");
    case 2:
        return tr("2nd");
    case 3:
        return tr("3rd");
    case 4:
        return tr("4th");
    case 5:
        return tr("5th");
    case 6:
        return tr("6th");
    case 7:
        return tr("7th");
    case 8:
        return tr("8th");
    case 9:
        return tr("9th");
    case 10:
        return tr("10th");
    default:
        break;
    }
    return tr("no. %1", "an ordinal above 10").arg(n);
}

QString RuleSentences::repeatReferral(int ordinalNumber, int windowMonths)
{
    return tr("%1 referral in %n month(s)", "%1 is an ordinal, e.g. 3rd", windowMonths).arg(ordinal(ordinalNumber));
}

QString RuleSentences::clockPhrase(const waymark::ClockStatus& clock)
{
    using waymark::ClockState;
    using waymark::convert::toDisplay;
    if (clock.due.isNull())
        return tr("no due date");
    switch (clock.state) {
    case ClockState::Running:
        if (clock.workingDaysLeft == 0)
            return tr("due today (%1)").arg(toDisplay(clock.due));
        return tr("due %1, %n working day(s) left", nullptr, clock.workingDaysLeft).arg(toDisplay(clock.due));
    case ClockState::Overdue:
        return tr("OVERDUE by %n working day(s) (due %1)", nullptr, -clock.workingDaysLeft).arg(toDisplay(clock.due));
    case ClockState::Met:
        return tr("met on %1, in %n working day(s)", nullptr, clock.workingDaysTaken).arg(toDisplay(clock.stopped));
    case ClockState::Missed:
        return tr("missed: done on %1, after %n working day(s) (due %2)", nullptr, clock.workingDaysTaken)
            .arg(toDisplay(clock.stopped), toDisplay(clock.due));
    }
    return {};
}

QString RuleSentences::dueShort(const waymark::Date& due, const waymark::Date& today, bool overdue)
{
    if (due.isNull())
        return {};
    const QString date = waymark::convert::toDisplay(due);
    if (overdue)
        return tr("OVERDUE — due %1").arg(date);
    if (!today.isNull() && today.daysUntil(due) == 0)
        return tr("Due today");
    return tr("Due %1").arg(date);
}

QString RuleSentences::matchReason(const QString& code)
{
    static const QHash<QString, const char*> kReasons = {
        {QStringLiteral("same_date_of_birth"), QT_TR_NOOP("Same date of birth")},
        {QStringLiteral("date_of_birth_day_month_swapped"), QT_TR_NOOP("Date of birth with day and month swapped")},
        {QStringLiteral("date_of_birth_day_off_by_one"), QT_TR_NOOP("Date of birth one day apart")},
        {QStringLiteral("date_of_birth_month_off_by_one"), QT_TR_NOOP("Date of birth one month apart")},
        {QStringLiteral("date_of_birth_year_off_by_one"), QT_TR_NOOP("Date of birth one year apart")},
        {QStringLiteral("date_of_birth_estimated_close"), QT_TR_NOOP("Close to an estimated date of birth")},
        {QStringLiteral("names_transposed"), QT_TR_NOOP("Given and family names swapped")},
        {QStringLiteral("same_given_name"), QT_TR_NOOP("Same given name")},
        {QStringLiteral("preferred_name"), QT_TR_NOOP("Matches the preferred name")},
        {QStringLiteral("given_name_diminutive"), QT_TR_NOOP("Given name is a short form of the other")},
        {QStringLiteral("given_name_one_letter"), QT_TR_NOOP("Given name one letter different")},
        {QStringLiteral("given_name_part"), QT_TR_NOOP("Given name is part of the other")},
        {QStringLiteral("given_name_similar"), QT_TR_NOOP("Similar given name")},
        {QStringLiteral("same_family_name"), QT_TR_NOOP("Same family name")},
        {QStringLiteral("family_name_one_letter"), QT_TR_NOOP("Family name one letter different")},
        {QStringLiteral("family_name_part"), QT_TR_NOOP("Family name is part of a double-barrelled name")},
        {QStringLiteral("family_name_similar"), QT_TR_NOOP("Similar family name")},
        {QStringLiteral("alias"), QT_TR_NOOP("Matches one of their other names")},
        {QStringLiteral("same_postcode"), QT_TR_NOOP("Same postcode")},
    };
    if (const char* text = kReasons.value(code, nullptr))
        return tr(text);
    return {};
}
