#pragma once

// Translated labels for the coded values of core/domain/Codes.h. The core keeps the stable
// codes and English labels; the UI shows these instead, so a Welsh user reads Welsh.

#include "core/domain/Codes.h"
#include "core/domain/Referral.h"
#include "core/domain/ReferralClocks.h"
#include "core/security/Role.h"

#include <QCoreApplication>
#include <QString>

#include <span>
#include <string_view>

class QComboBox;

class CodeLabels
{
    Q_DECLARE_TR_FUNCTIONS(CodeLabels)

public:
    enum class List
    {
        Sex,
        Ethnicity,
        EteStatus,
        Relationship,
        // Referrals
        ReferralSource,
        ReferralRoute,
        OffenceCategory,
        Risk,
        Consent,
        Decision,
        NotOfferedReason,
    };

    static std::span<const waymark::CodeOption> codes(List list);
    // The translated label of `code`; the code itself when the list does not know it.
    static QString label(List list, std::string_view code);
    static QString roleLabel(waymark::Role role);
    // A referral's state ("Received", "Closure requested", ...) and a workflow step as a verb
    // for its button ("Start screening", "Decide", ...).
    static QString stateLabel(waymark::ReferralState state);
    static QString stepLabel(waymark::ReferralStep step);
    // "Running", "Overdue", "Met", "Missed".
    static QString clockStateLabel(waymark::ClockState state);

    // Fills `combo` with "Not recorded" (empty code) and then every code of `list`, the
    // code kept as item data (QString).
    static void fill(QComboBox* combo, List list, bool withEmpty = true);
    // Selects `code` in a combo filled by fill(); an unknown code is added so nothing is lost.
    static void select(QComboBox* combo, std::string_view code);
    // The code of the current item ("" for "Not recorded").
    static std::string selectedCode(const QComboBox* combo);
};
