#pragma once

// The first-start wizard's "Restore from a backup…" page: the lost, dead or wiped laptop. The
// user picks a backup file (its .keys file beside it) and where the casebook should go, types
// their user name and password as they were in the backup and a reason; Finish runs
// Backups::restoreInto and then signs in, on a worker thread, and the wizard ends with the
// restored casebook open.

#include "core/Casebook.h"

#include <QWizardPage>

#include <atomic>
#include <memory>
#include <thread>

class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

class RestoreBackupPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RestoreBackupPage(QWidget* parent = nullptr);
    ~RestoreBackupPage() override;

    bool isComplete() const override;
    bool validatePage() override;
    // True while the restore runs.
    bool isRestoring() const { return m_busy; }
    // The last error shown, or empty.
    QString errorText() const;
    // Something typed that leaving the page would throw away (the wizard asks first).
    bool hasTypedInput() const;
    // Asks a running restore to stop (it stops at its next step and leaves nothing at the
    // target); the page then shows that it was cancelled.
    void cancelRestore();

    // Where the user types: for tests and the wizard.
    void setBackupFile(const QString& path);
    void setCasebookPath(const QString& path);

private:
    // A path field with its browse button, in a row of `form` (widgets made in visual order, so
    // Tab follows it).
    QLineEdit* addPathRow(QFormLayout* form, const QString& objectName, const QString& label,
                          const QString& accessibleName, const QString& buttonText, const QString& buttonName,
                          void (RestoreBackupPage::*browse)());
    void browseBackup();
    void browseTarget();
    void setBusy(bool busy);
    void showError(const QString& message);
    void finish(waymark::Result<std::unique_ptr<waymark::Casebook>> opened);

    QLineEdit* m_backup = nullptr;
    QLineEdit* m_target = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_reason = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_error = nullptr;
    std::atomic<bool> m_cancelRequested{false};
    std::thread m_worker;
    bool m_busy = false;
    bool m_done = false;
};
