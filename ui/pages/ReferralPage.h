#pragma once

#include "ui/pages/RecordPage.h"

#include <QPointer>

class AssessmentsPanel;
class DateEdit;
class DecisionDialog;
class PlanPanel;
class QCheckBox;
class QComboBox;
class QGroupBox;
class NotesPanel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

// One referral: its recorded facts (editable), its state and decision, the working-day
// clocks with days left or overdue, the repeat flag, eligibility (every reason as a sentence,
// and a coordinator's override beside it), allocation, first contact and the history. The
// workflow buttons are the steps core says this user may take now (ReferralDetail::steps).
// Banner, read-only look, dirty tracking, drafts and save-before-lock are RecordPage's.
class ReferralPage : public RecordPage
{
    Q_OBJECT

public:
    explicit ReferralPage(waymark::Casebook& casebook, QWidget* parent = nullptr);
    // The referral's case notes (ui/delivery/NotesPanel).
    NotesPanel* notesPanel() const { return m_notes; }

    // Reads the referral (audited). False, with the reason shown, when it cannot be opened.
    bool openReferral(const waymark::Uuid& id);
    // An empty form for a new referral of `personId`.
    bool newReferral(const waymark::Uuid& personId);

    const waymark::Referral& referral() const { return m_referral; }
    const waymark::ReferralDetail& detail() const { return m_detail; }
    waymark::Referral formReferral() const;

    // The workflow, as the buttons do it. Dialogs are shown with open() and returned, so a
    // test can fill them in; the door is called when they are accepted.
    DecisionDialog* openDecisionDialog(const std::string& decision = {});
    QDialog* openAllocateDialog();
    QDialog* openOverrideDialog();
    QDialog* openFirstContactDialog();
    bool startScreening();
    bool take();
    // The button of a workflow step ("stepButton_start_screening", ...) or of an action.
    QPushButton* actionButton(const QString& objectName) const;
    PlanPanel* planPanel() const { return m_plan; }

Q_SIGNALS:
    void openPersonRequested(const waymark::Uuid& personId);
    // The referral moved on (state, allocation, contact, override): lists should re-read.
    void changed(const waymark::Uuid& id);

protected:
    waymark::Uuid recordId() const override { return m_referral.id; }
    std::string recordVersion() const override { return m_referral.updatedHlc; }
    void setRecordVersion(const std::string& version) override { m_referral.updatedHlc = version; }
    QString draftTitle() const override;
    bool saveRecord(bool interactive) override;
    void updateHeading() override;
    QString fieldLabel(const QString& field) const override;
    QJsonObject draftPayload() const override;
    void applyDraftPayload(const QJsonObject& payload) override;
    void applyReadOnly(bool readOnly) override;

private:
    void buildForm();
    void loadIntoForm(const waymark::Referral& referral);
    bool reload();
    void showDetail();
    void rebuildActions();
    // Saves unsaved edits before a workflow step; false when they could not be saved.
    bool saveFirst();
    // After a step through the door: re-read, say what happened, tell the lists.
    void afterStep(const waymark::Result<waymark::Referral>& result, const QString& done);
    void afterStep(const waymark::Status& result, const QString& done);
    void runStep(waymark::ReferralStep step);

    waymark::Referral m_referral;
    waymark::ReferralDetail m_detail;
    waymark::Person m_person; // the referred person (name for the heading)
    bool m_haveDetail = false;

    QLabel* m_personLabel = nullptr;
    QPushButton* m_openPerson = nullptr;
    DateEdit* m_received = nullptr;
    QComboBox* m_source = nullptr;
    QLineEdit* m_referrerName = nullptr;
    QLineEdit* m_referrerContact = nullptr;
    DateEdit* m_eventDate = nullptr;
    QComboBox* m_route = nullptr;
    QComboBox* m_offence = nullptr;
    DateEdit* m_offenceDate = nullptr;
    QLineEdit* m_policeReference = nullptr;
    QComboBox* m_risk = nullptr;
    QComboBox* m_consent = nullptr;
    QCheckBox* m_statutoryOrder = nullptr;

    QGroupBox* m_workflowBox = nullptr;
    QLabel* m_stateLabel = nullptr;
    QLabel* m_decisionLabel = nullptr;
    QLabel* m_allocationLabel = nullptr;
    QLabel* m_clocksLabel = nullptr;
    QWidget* m_actions = nullptr;
    QList<QPushButton*> m_actionButtons;

    QGroupBox* m_eligibilityBox = nullptr;
    QLabel* m_eligibilityLabel = nullptr;
    QPushButton* m_overrideButton = nullptr;

    AssessmentsPanel* m_assessments = nullptr; // ui/delivery
    QGroupBox* m_historyBox = nullptr;
    NotesPanel* m_notes = nullptr; // the referral's case notes (ui/delivery)
    QTableWidget* m_history = nullptr;
    PlanPanel* m_plan = nullptr; // goals and interventions (ui/delivery)
    QPointer<QDialog> m_openDialog;
};
