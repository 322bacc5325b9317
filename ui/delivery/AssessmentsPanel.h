#pragma once

// The "Assessments" box of a referral page: the referral's assessments, newest first (date,
// template version, score, change since the one before, assessor), with "New assessment" and
// "Reassess" (from the selected assessment, or the newest). Enter or a double click opens an
// assessment in its own template version. Auditors do not see the box (no AssessmentView).

#include "core/Casebook.h"

#include <QGroupBox>
#include <QPointer>

class AssessmentDialog;
class QLabel;
class QPushButton;
class QTableWidget;

class AssessmentsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit AssessmentsPanel(waymark::Casebook& casebook, QWidget* parent = nullptr);

    // Shows the referral's assessments; `title` names it in dialog titles (its reference).
    void setReferral(const waymark::Uuid& referralId, const QString& title, bool open);
    void refresh();

    // The dialogs, as the buttons open them (shown with open(), returned for tests).
    AssessmentDialog* openNewAssessment();
    AssessmentDialog* openReassessment();
    AssessmentDialog* openAssessment(const waymark::Uuid& id);
    // The assessment kept unsaved when the casebook locked, filled in as it was typed.
    AssessmentDialog* openKeptDraft();

    QTableWidget* table() const { return m_table; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* reassessButton() const { return m_reassess; }
    QPushButton* resumeButton() const { return m_resume; }

Q_SIGNALS:
    // An assessment was recorded or changed (the referral's assessment clock may have stopped).
    void assessmentsChanged(const waymark::Uuid& referralId);

private:
    AssessmentDialog* show(AssessmentDialog* dialog);
    waymark::Uuid selectedId() const;
    void updateButtons();

    waymark::Casebook& m_casebook;
    waymark::Uuid m_referral;
    QString m_title;
    bool m_open = false;
    std::vector<waymark::AssessmentRow> m_rows;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_reassess = nullptr;
    QPushButton* m_resume = nullptr; // shown when an unsaved assessment of this referral is kept
    bool m_hasDraft = false;
    QPointer<AssessmentDialog> m_dialog;
};
