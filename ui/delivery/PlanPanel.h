#pragma once

// The Plan box of a referral's page: consent to share, the goals (with their assessment
// domains) and the interventions (type, provider, dates, status, the referral to the
// provider, outcome, any consent override). Goals and interventions are added with the
// buttons and changed by opening a row (Enter or double-click).

#include "core/Casebook.h"

#include <QGroupBox>
#include <QList>
#include <QPointer>

class InterventionDialog;
class PlanGoalDialog;
class QDialog;
class QLabel;
class QPushButton;
class QTableWidget;

class PlanPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit PlanPanel(waymark::Casebook& casebook, QWidget* parent = nullptr);

    // Shows the plan of `referralId` (hidden for a null id, or for a role that may not see plans).
    void showReferral(const waymark::Uuid& referralId);
    void reload();
    const waymark::PlanDetail& detail() const { return m_detail; }

    // Shown with open() and returned so a test can fill them in; `row` -1 for a new one.
    PlanGoalDialog* openGoalDialog(int row = -1);
    InterventionDialog* openInterventionDialog(int row = -1);

    QTableWidget* goalsTable() const { return m_goals; }
    QTableWidget* interventionsTable() const { return m_interventions; }
    QPushButton* addGoalButton() const { return m_addGoal; }
    QPushButton* addInterventionButton() const { return m_addIntervention; }
    QLabel* consentLabel() const { return m_consent; }
    // The focusable widgets in visual order, for the page's tab order.
    QList<QWidget*> tabOrder() const;

Q_SIGNALS:
    void changed();

private:
    void fill();

    waymark::Casebook& m_casebook;
    waymark::Uuid m_referralId;
    waymark::PlanDetail m_detail;
    std::vector<waymark::CodeEntry> m_types;
    QLabel* m_consent = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_goals = nullptr;
    QTableWidget* m_interventions = nullptr;
    QPushButton* m_addGoal = nullptr;
    QPushButton* m_addIntervention = nullptr;
    QPointer<QDialog> m_open;
};
