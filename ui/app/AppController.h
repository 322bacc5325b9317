#pragma once

// Owns the application's flow between windows:
//   no casebook configured -> FirstRunWizard -> (created) MainWindow | (open) UnlockDialog
//   casebook configured    -> UnlockDialog -> MainWindow
//   waymark --demo PATH    -> (PATH missing) DemoBuilder + progress -> UnlockDialog with the demo sign-in
// While a MainWindow is open, AutoBackup makes the daily automatic backup off the UI thread;
// when the user closes the window, a due backup is made first, with progress and "Skip"
// (docs/backups.md, "Automatic backups"). Locking does not wait for a backup: it cancels one.
// While a MainWindow is open, IdleLock watches for input; after the idle time (or Ctrl+L,
// or the system suspending the application) the controller locks: it closes any dialogs,
// destroys the MainWindow and with it the Casebook (database closed, key wiped), and shows
// the UnlockDialog again. Dialogs are shown with show()/open(), never exec(), so the
// flow can be driven by tests through real widgets.

#include "core/Casebook.h"
#include "core/Clock.h"
#include "core/demo/DemoGenerator.h"
#include "ui/dialogs/FirstRunWizard.h"
#include "ui/dialogs/UnlockDialog.h"
#include "ui/pages/MainWindow.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

class AppSettings;
class AutoBackup;
class DemoBuilder;
class IdleLock;
class SessionLock;
class QWidget;

class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(AppSettings& settings, QObject* parent = nullptr);
    ~AppController() override;

    // --- set-up (tests) ---
    void setKdfStrength(waymark::KdfStrength kdf) { m_kdf = kdf; }
    void setClock(std::shared_ptr<const waymark::Clock> clock) { m_clock = std::move(clock); }
    // Idle time before locking, instead of the settings' minutes.
    void setIdleTimeoutOverride(std::chrono::milliseconds timeout);
    // Size of a generated demo (default Small).
    void setDemoScale(waymark::demo::Scale scale) { m_demoScale = scale; }

    // --- flows ---
    // The configured casebook, or the first-run wizard when there is none.
    void start();
    // Unlock a given casebook file (command line). `demo` shows the demo sign-in.
    void openCasebook(const QString& path, bool demo = false);
    // Makes the demo casebook at `path` if it does not exist yet, then unlocks it.
    void startDemo(const QString& path);
    void showFirstRun();
    // Locks now (Ctrl+L does this through MainWindow::lockRequested).
    void lockNow();
    // Locks the casebook on screen and asks to unlock `path` (File > Open, Recent).
    void switchCasebook(const QString& path);

    // --- what is on screen (tests) ---
    bool isUnlocked() const { return !m_mainWindow.isNull(); }
    MainWindow* mainWindow() const { return m_mainWindow.data(); }
    UnlockDialog* unlockDialog() const { return m_unlock.data(); }
    FirstRunWizard* firstRunWizard() const { return m_wizard.data(); }
    QProgressDialog* demoProgress() const { return m_progress.data(); }
    IdleLock& idleLock() { return *m_idle; }
    AutoBackup& autoBackup() { return *m_autoBackup; }
    // The "backing up before closing" progress, while it is on screen.
    QProgressDialog* exitBackupProgress() const { return m_exitProgress.data(); }
    // Where sleep, screen-lock and session-switch signals come from (ui/app/SessionLock.h).
    // Tests hand in one that watches a private bus.
    void setSessionLock(std::unique_ptr<SessionLock> watcher);
    SessionLock& sessionLock() { return *m_session; }
    QString casebookPath() const { return m_path; }

Q_SIGNALS:
    void unlocked();
    void locked();
    // The user chose to leave (Quit, closed the window); `exitCode` for the application.
    void quitRequested(int exitCode);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onAutoBackupFinished(bool ok, bool cancelled, const QString& file, const QString& error);
    void showExitBackupProgress();
    void showUnlock(const QString& path, bool demo, const QString& user, const QString& notice);
    void showMain(std::unique_ptr<waymark::Casebook> casebook);
    void onUnlockAccepted();
    void onWizardFinished(int result);
    void onDemoFinished(bool ok, int people, bool cancelled, const QString& error);
    void showDemoError(const QString& error);
    void finishLockAfterClosing(const QString& notice);
    void finishLock(const QString& notice, int attempt);
    void closeDialogsOf(QWidget* window);
    void showAbout();
    void showSettings();
    void applyIdleTimeout();
    void quit(int exitCode);

    AppSettings& m_settings;
    waymark::KdfStrength m_kdf = waymark::KdfStrength::Standard;
    std::shared_ptr<const waymark::Clock> m_clock;
    std::optional<std::chrono::milliseconds> m_idleOverride;
    waymark::demo::Scale m_demoScale = waymark::demo::Scale::Small;
    std::unique_ptr<IdleLock> m_idle;
    std::unique_ptr<SessionLock> m_session;
    std::unique_ptr<DemoBuilder> m_demo;
    std::unique_ptr<AutoBackup> m_autoBackup;
    QPointer<QProgressDialog> m_exitProgress;
    bool m_exitBackupDone = false; // closing: the backup on exit was made, skipped or not due

    QString m_path;     // the casebook on screen (unlock dialog or main window)
    QString m_switchTo; // File > Open: the casebook to unlock after this one locks
    bool m_demoCasebook = false;
    bool m_locking = false;
    bool m_quitting = false;
    bool m_wizardReturnsToUnlock = false;
    waymark::Casebook* m_casebook = nullptr; // owned by m_mainWindow

    QPointer<MainWindow> m_mainWindow;
    QPointer<UnlockDialog> m_unlock;
    QPointer<FirstRunWizard> m_wizard;
    QPointer<QProgressDialog> m_progress;
    bool m_progressLinger = false; // the finished bar is on show for a moment
    int m_progressLingerMs = 900;
};
