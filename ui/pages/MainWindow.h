#pragma once

#include "core/Casebook.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class PeoplePage;
class PersonPage;
class QLabel;
class QMenu;
class QListWidget;
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
    // The page on show: the people list or a person's record.
    QWidget* currentPage() const;

    // Called just before locking: saves complete unsaved edits (PersonPage::saveBeforeLock)
    // and returns a sentence for the unlock screen saying what happened, or "" if nothing
    // was pending. The sentence names no one (the unlock screen is seen by anyone nearby).
    QString saveBeforeLock();

    // After unlock: offers back the newest unsaved form kept when the casebook last locked
    // ("Restore your unsaved changes to …?"), as a window-modal question named "draftOffer".
    void offerDrafts();

    void showPeople();
    bool showPerson(const waymark::Uuid& id);
    void showNewPerson();

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
    void offerDraft(const std::optional<waymark::Uuid>& recordId);
    void updateStatusBar();

    std::unique_ptr<waymark::Casebook> m_casebook;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    PeoplePage* m_people = nullptr;
    PersonPage* m_person = nullptr;
    QLabel* m_demoBanner = nullptr;
    QLabel* m_userStatus = nullptr;
    QLabel* m_casebookStatus = nullptr;
    QLabel* m_countStatus = nullptr;
    QMenu* m_recentMenu = nullptr;
    bool m_offering = false; // a draft offer is on screen
};
