#pragma once

// Adds a goal to a referral's plan, or changes one: its text, the assessment domains it
// addresses, and (once it exists) its status. Saves through the door when accepted and stays
// open with the reason when the door refuses.

#include "core/Casebook.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

class PlanGoalDialog : public QDialog
{
    Q_OBJECT

public:
    // `goal` null: a new goal for `referralId`.
    PlanGoalDialog(waymark::Casebook& casebook, const waymark::Uuid& referralId, const waymark::PlanGoal* goal,
                   QWidget* parent = nullptr);

    QLineEdit* textEdit() const { return m_text; }
    QListWidget* domainList() const { return m_domains; }
    QComboBox* statusCombo() const { return m_status; }
    QPushButton* okButton() const { return m_ok; }
    QLabel* errorLabel() const { return m_error; }
    const waymark::PlanGoal& saved() const { return m_saved; }

    void accept() override;
    void reject() override;

private:
    bool dirty() const;

    waymark::Casebook& m_casebook;
    waymark::Uuid m_referralId;
    waymark::PlanGoal m_goal;
    bool m_new = true;
    waymark::PlanGoal m_saved;
    QLineEdit* m_text = nullptr;
    QListWidget* m_domains = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};
