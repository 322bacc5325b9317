#pragma once

#include "ui/pages/RecordPage.h"

class ContactsEditor;
class TimelineHeader;
class TimelinePanel;
class DateEdit;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// One young person's record: shows and edits every field of waymark::Person. Opening a
// record goes through Casebook::people().view() (audited as consultation). Save (Ctrl+S)
// creates or updates; a rule the record breaks is shown beside the field it names, the
// field gets focus, and nothing typed is lost. Read-only for roles that cannot update.
// The banner, read-only look, dirty tracking, drafts and save-before-lock are RecordPage's.
class PersonPage : public RecordPage
{
    Q_OBJECT

public:
    explicit PersonPage(waymark::Casebook& casebook, QWidget* parent = nullptr);

    // Reads the person (audited). False, with the reason shown, when it cannot be opened.
    bool openPerson(const waymark::Uuid& id);
    // An empty form for a new person.
    void newPerson();

    const waymark::Person& person() const { return m_person; }
    // The form's current content as a Person (not saved).
    waymark::Person formPerson() const;

    // After a conflict: a dialog ("conflictDialog") listing the fields where your version
    // and the one saved meanwhile differ, to save yours anyway, take the saved one, or go on
    // editing. Shown with open(); nullptr when there is no conflict to show.
    QDialog* showBothVersions();

    // The person's referrals, newest first (Referrals::forPerson), as the page shows them.
    QTableWidget* referralsTable() const { return m_referrals; }
    QPushButton* newReferralButton() const { return m_newReferral; }
    // Re-reads the referrals (after one was added or moved on).
    void refreshReferrals();
    // Coordinators: merge another record of this person into this one (MergeDialog, shown with
    // open() and returned); the page re-reads the record when it is done.
    QDialog* openMergeDialog();
    QPushButton* mergeButton() const { return m_merge; }
    QPushButton* caseSummaryButton() const { return m_caseSummary; }
    // The one timeline of everything about the person (newest first, lazily read) and, above
    // the form and always in view, the current referral's state, clocks and tasks.
    TimelinePanel* timelinePanel() const { return m_timeline; }
    TimelineHeader* personHeader() const { return m_header; }
    QPushButton* newTaskButton() const { return m_newTask; }
    // "New task" for this person (TaskDialog, shown with open() and returned).
    QDialog* openNewTask();

Q_SIGNALS:
    void openReferralRequested(const waymark::Uuid& id);
    void newReferralRequested(const waymark::Uuid& personId);
    // Another record was merged into this one (lists and counts change).
    void merged(const waymark::Uuid& survivor);

protected:
    waymark::Uuid recordId() const override { return m_person.id; }
    std::string recordVersion() const override { return m_person.updatedHlc; }
    void setRecordVersion(const std::string& version) override { m_person.updatedHlc = version; }
    QString draftTitle() const override;
    // A new person is created only when nobody similar is on record or the user says so
    // (never when not interactive: before locking nobody can be asked).
    bool saveRecord(bool interactive) override;
    void updateHeading() override;
    QString fieldLabel(const QString& field) const override;
    QJsonObject draftPayload() const override;
    void applyDraftPayload(const QJsonObject& payload) override;
    void commitPendingEdit() override;
    void applyReadOnly(bool readOnly) override;
    std::optional<waymark::LastSave> lastSaveOfRecord() override;
    QDialog* compareVersions() override { return showBothVersions(); }

private:
    void buildForm();
    void loadIntoForm(const waymark::Person& person);
    // The "Restricted record" switch: coordinators restrict or lift, with a reason (audited).
    void changeRestriction(bool restricted);
    void showRestriction();

    waymark::Person m_person;

    QLineEdit* m_givenName = nullptr;
    QLineEdit* m_familyName = nullptr;
    QLineEdit* m_preferredName = nullptr;
    QLineEdit* m_aliases = nullptr;
    DateEdit* m_dateOfBirth = nullptr;
    QCheckBox* m_dobEstimated = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_genderIdentity = nullptr;
    QComboBox* m_ethnicity = nullptr;
    QLineEdit* m_firstLanguage = nullptr;
    QCheckBox* m_interpreter = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_school = nullptr;
    QComboBox* m_eteStatus = nullptr;
    QLineEdit* m_pnc = nullptr;
    QLineEdit* m_nhs = nullptr;
    QLineEdit* m_upn = nullptr;
    QLineEdit* m_laId = nullptr;
    QCheckBox* m_lookedAfter = nullptr;
    QCheckBox* m_cpPlan = nullptr;
    QCheckBox* m_childInNeed = nullptr;
    QCheckBox* m_earlyHelp = nullptr;
    QCheckBox* m_careLeaver = nullptr;
    QCheckBox* m_sendAln = nullptr;
    QCheckBox* m_sendAlnPlan = nullptr;
    QCheckBox* m_exploitation = nullptr;
    QCheckBox* m_restricted = nullptr;
    QLabel* m_restrictedBanner = nullptr; // on a restricted person's page
    ContactsEditor* m_contacts = nullptr;
    QWidget* m_referralsBox = nullptr;
    QTableWidget* m_referrals = nullptr;
    QPushButton* m_newReferral = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_caseSummary = nullptr;
    QWidget* m_timelineBox = nullptr;
    TimelinePanel* m_timeline = nullptr;
    TimelineHeader* m_header = nullptr;
    QPushButton* m_newTask = nullptr;
    std::vector<waymark::ReferralSummary> m_referralRows;
    int m_repeatOrdinal = 0; // the newest referral's, when it meets the repeat threshold
    int m_repeatWindow = 12;
};
