#pragma once

// Translated labels for the plan's code tables (core/domain/Plan.h) and sentences for the
// errors the Plans desk returns. Stored codes are never translated; their labels are.

#include "core/Casebook.h"

#include <QCoreApplication>
#include <QString>

#include <span>
#include <string_view>
#include <vector>

class QComboBox;
class QWidget;

class PlanLabels
{
    Q_DECLARE_TR_FUNCTIONS(PlanLabels)

public:
    static QString domain(std::string_view code);
    static QString goalStatus(std::string_view code);
    static QString interventionStatus(std::string_view code);
    static QString outcome(std::string_view code);
    static QString providerKind(std::string_view code);
    // A built-in type's translated label; a casebook's own type shows its label as typed.
    static QString interventionType(const waymark::CodeEntry& entry);
    static QString interventionType(std::string_view code, std::span<const waymark::CodeEntry> types);
    // "ETE, Peers and lifestyle".
    static QString domainList(const std::vector<std::string>& codes);

    // Fills `combo` with the codes' labels (code as item data); `emptyText` first when given.
    static void fill(QComboBox* combo, std::span<const waymark::CodeOption> codes, QString (*label)(std::string_view),
                     const QString& emptyText = {});
    static void select(QComboBox* combo, std::string_view code);
    static std::string selectedCode(const QComboBox* combo);

    // Esc in a dialog where something was typed: "Discard what you typed?" with verb buttons.
    // True when the user chooses to discard.
    static bool confirmDiscard(QWidget* parent);

    // The consent gate's refusal for `referralReference`.
    static QString consentRefused(const QString& referralReference);
    // A door error as a sentence for a plan dialog (the field's label from `fieldLabel`).
    static QString errorText(const waymark::Error& error, const QString& fieldLabel = {});
};
