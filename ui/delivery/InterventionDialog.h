#pragma once

// Adds an intervention to a referral's plan or changes one: type, provider, planned dates,
// status, the referral to the provider and the outcome. Referring the young person to a
// provider goes through the consent gate: when the referral has no consent to share the
// dialog says so before saving, and a coordinator gets a reason box to override it (the
// door decides; a caseworker's attempt is refused with the same sentence).

#include "core/Casebook.h"

#include <QDialog>

class DateEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QWidget;

class InterventionDialog : public QDialog
{
    Q_OBJECT

public:
    // `item` null: a new intervention on the plan of `plan.referralId`.
    InterventionDialog(waymark::Casebook& casebook, const waymark::PlanDetail& plan,
                       const waymark::InterventionItem* item, QWidget* parent = nullptr);

    QComboBox* typeCombo() const { return m_type; }
    QComboBox* providerCombo() const { return m_provider; }
    DateEdit* startEdit() const { return m_start; }
    DateEdit* endEdit() const { return m_end; }
    QComboBox* statusCombo() const { return m_status; }
    DateEdit* referredEdit() const { return m_referredOn; }
    QComboBox* outcomeCombo() const { return m_outcome; }
    QPlainTextEdit* outcomeNoteEdit() const { return m_outcomeNote; }
    QLabel* consentLabel() const { return m_consent; }
    QLineEdit* overrideReasonEdit() const { return m_overrideReason; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* okButton() const { return m_ok; }
    const waymark::Intervention& saved() const { return m_saved; }

    void accept() override;
    void reject() override;

private:
    // Whether the form, as it stands, refers the young person to a provider now.
    bool referring() const;
    void updateConsent();
    void updateOutcome();
    bool dirty() const;
    waymark::Intervention formIntervention() const;

    waymark::Casebook& m_casebook;
    waymark::PlanDetail m_plan;
    waymark::Intervention m_before;
    bool m_new = true;
    bool m_mayOverride = false;
    waymark::Intervention m_saved;
    std::vector<waymark::CodeEntry> m_types;

    QComboBox* m_type = nullptr;
    QComboBox* m_provider = nullptr;
    DateEdit* m_start = nullptr;
    DateEdit* m_end = nullptr;
    QComboBox* m_status = nullptr;
    DateEdit* m_referredOn = nullptr;
    QLabel* m_outcomeLabel = nullptr;
    QComboBox* m_outcome = nullptr;
    QLabel* m_outcomeNoteLabel = nullptr;
    QPlainTextEdit* m_outcomeNote = nullptr;
    QLabel* m_overridden = nullptr;
    QLabel* m_consent = nullptr;
    QLabel* m_overrideLabel = nullptr;
    QLineEdit* m_overrideReason = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};
