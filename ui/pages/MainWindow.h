#pragma once

#include "core/Casebook.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class MyWorkPage;
class PeoplePage;
class PersonPage;
class RecordPage;
class ReferralPage;
class ReferralsPage;
class ReportsPage;
class QLabel;
class QMenu;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;

// The signed-in window over one unlocked casebook. It owns the Casebook: destroying the
// window closes the database and wipes the key (that is how locking works).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<waymark::Casebook> casebook, QWidget* parent = nullptr);
    ~MainWindow() override;

    waymark::Casebook& casebook() { return *m_casebook; }
    PeoplePage* peoplePage() const { return m_people; }
    PersonPage* personPage() const { return m_person; }
    MyWorkPage* myWorkPage() const { return m_myWork; }
    ReferralsPage* referralsPage() const { return m_referrals; }
    ReferralPage* referralPage() const { return m_referral; }
    // The Reports page (coordinators and auditors only; nullptr for a caseworker).
    ReportsPage* reportsPage() const { return m_reports; }
    // The page on show: My work, a list, or a record.
    QWidget* currentPage() const;

    // Called just before locking: saves complete unsaved edits (PersonPage::saveBeforeLock)
    // and returns a sentence for the unlock screen saying what happened, or "" if nothing
    // was pending. The sentence names no one (the unlock screen is seen by anyone nearby).
    QString saveBeforeLock();

    // After unlock: offers back the newest unsaved form kept when the casebook last locked
    // ("Restore your unsaved changes to …?"), as a window-modal question named "draftOffer".
    void offerDrafts();

    void showMyWork();
    void showPeople();
    bool showPerson(const waymark::Uuid& id);
    void showNewPerson();
    void showReferrals();
    void showReports();
    bool showReferral(const waymark::Uuid& id);
    // Intake: who is referred (IntakeDialog, shown with open() and returned), then the
    // referral form for that person.
    QDialog* startNewReferral();
    bool showNewReferral(const waymark::Uuid& personId);
    // File > Import referrals (coordinators): the import dialog, shown with open() and returned.
    QDialog* openImport();

    // What closing asks first: refused (and said) while "Back up now" runs in the Backups
    // dialog; then, with unsaved changes on the record on show, "Discard them?". True when the
    // window may close; closing it after a true answer does not ask again. AppController asks
    // this before the automatic backup on exit, so a cancelled close makes no backup.
    bool mayClose();
    // True (and said in the status bar) while "Back up now" runs: the casebook must stay open.
    bool backupRunning();

    // File > Recent casebooks (paths, newest first).
    void setRecentCasebooks(const QStringList& paths);

Q_SIGNALS:
    void lockRequested();
    // File > Open or Recent: lock this casebook and unlock `path` instead.
    void openCasebookRequested(const QString& path);
    void aboutRequested();
    void settingsRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void chooseCasebook();
    // Offers the newest person draft (of `recordId` only, when given).
    void offerDraft(const std::optional<waymark::Uuid>& recordId, const std::string& form = {});
    void updateStatusBar();
    // The record page on show, when one is (person or referral).
    RecordPage* currentRecord() const;
    // Leaving the record on show: true when it may go (saved, or changes discarded).
    bool leaveRecord();
    // Marks `row` current in the sections list.
    void markSection(int row);
    // Back from a record: to the list or page it was opened from.
    void goBack();

    std::unique_ptr<waymark::Casebook> m_casebook;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    PeoplePage* m_people = nullptr;
    PersonPage* m_person = nullptr;
    MyWorkPage* m_myWork = nullptr;
    ReferralsPage* m_referrals = nullptr;
    ReferralPage* m_referral = nullptr;
    ReportsPage* m_reports = nullptr;
    QListWidgetItem* m_reportsItem = nullptr;
    QWidget* m_backTarget = nullptr; // where Back on a record goes
    bool m_closeAgreed = false;      // mayClose() said yes: the close that follows asks nothing
    QLabel* m_demoBanner = nullptr;
    QLabel* m_userStatus = nullptr;
    QLabel* m_casebookStatus = nullptr;
    QLabel* m_countStatus = nullptr;
    QMenu* m_recentMenu = nullptr;
    bool m_offering = false; // a draft offer is on screen
};
