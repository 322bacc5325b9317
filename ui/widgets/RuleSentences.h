#pragma once

// The one place where a rule the door enforces becomes a sentence for the user. Core errors
// name a field ("postcode") and the rule it broke ("required", "too_long", ...; see
// core/domain/TextRules.h); every editor says them the same way, in English or Welsh.

#include <QCoreApplication>
#include <QString>

class RuleSentences
{
    Q_DECLARE_TR_FUNCTIONS(RuleSentences)

public:
    // What to do about `rule` broken by the core field `field` ("Enter a UK postcode, ...");
    // empty when there is no sentence for it (the caller then falls back to core's detail).
    static QString hint(const QString& field, const QString& rule);
    // "Please check <field label>: <hint>".
    static QString pleaseCheck(const QString& fieldLabel, const QString& hint);
    // "the postcode, the phone number": labels joined as a list in the user's language.
    static QString joinLabels(const QStringList& labels);
};
