#pragma once

// The one place where a rule the door enforces becomes a sentence for the user. Core errors
// name a field ("postcode") and the rule it broke ("required", "too_long", ...; see
// core/domain/TextRules.h); every editor says them the same way, in English or Welsh.

#include "core/domain/Eligibility.h"
#include "core/domain/ReferralClocks.h"

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

    // --- referrals ---
    // One eligibility reason as a sentence with its numbers ("Aged 18 on 02/03/2026; the
    // scheme takes ages 10 to 17."); core's English message when the reason is not known here.
    static QString eligibilityReason(const waymark::EligibilityReason& reason);
    // "3rd" (English), "3ydd" (Welsh): the ordinal of n.
    static QString ordinal(int n);
    // "3rd referral in 12 months".
    static QString repeatReferral(int ordinal, int windowMonths);
    // A clock as a phrase: "due 12/06/2026, 3 working days left", "overdue by 2 working days
    // (due 01/06/2026)", "met in 4 working days", "missed: took 12 working days". The
    // words say overdue, never only a colour.
    static QString clockPhrase(const waymark::ClockStatus& clock);
    // Short form for a table cell: "3 days left", "Today", "OVERDUE 2 days".
    static QString dueShort(const waymark::Date& due, const waymark::Date& today, bool overdue);
    // Why a person may be the one being entered, by the duplicate rules' reason code
    // ("same_date_of_birth" -> "Same date of birth"); empty for a code not known here.
    static QString matchReason(const QString& code);
};
