#pragma once

// Translated words for closure and outcome codes (core/domain/Outcome.h): completion statuses,
// follow-up kinds, checks and reoffence outcomes, and the snapshot questions.

#include <QCoreApplication>
#include <QString>

#include <string_view>

class OutcomeLabels
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeLabels)

public:
    static QString completionStatus(std::string_view code);
    static QString followUpKind(std::string_view code);
    static QString check(std::string_view code);
    static QString reoffenceOutcome(std::string_view code);
    // The question of a snapshot field ("Suitable accommodation"), with an access key.
    static QString field(std::string_view field);
    static QString answer(std::string_view answer); // "Yes", "No", "Not recorded"
};
