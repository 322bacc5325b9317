#include "ui/widgets/RuleSentences.h"

#include "core/domain/TextRules.h"
#include "ui/convert/Convert.h"

#include <QStringList>

#include <optional>

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
