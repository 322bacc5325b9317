#pragma once

// Backups from the app: the backup folder, automatic backups on or off, when the last good backup was made (with a
// warning when it is more than 7 days old), "Back up now" with progress, and restoring a backup with a reason
// (core/Backups.h). After a restore the window locks, so every view is read again.
// "Back up now" runs on a worker thread with its own connection to the casebook
// (Casebook::openAnotherConnection), so the dialog stays responsive; while it runs the dialog
// will not close (MainWindow will not close the casebook either: isBackingUp()), and destroying
// the dialog (locking) cancels the copy and waits for it — a cancelled backup leaves nothing.

#include "core/Casebook.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupDialog(waymark::Casebook& casebook, QWidget* parent = nullptr);
    // Cancels a running backup and waits for it.
    ~BackupDialog() override;

    // What the buttons do, without the file and input dialogs (also for tests). False on a
    // failure, which is shown in the dialog. backUpNow() only starts the backup (false when it
    // cannot start); backupFinished() says how it ended.
    bool backUpNow();
    bool isBackingUp() const { return m_worker != nullptr; }
    bool restoreFrom(const QString& file, const QString& password, const QString& reason);
    // The automatic-backups setting (coordinators); false when refused, shown in the dialog.
    bool setAutomatic(bool on);
    QString lastBackupText() const;
    QString messageText() const;
    // Refused (and said) while a backup runs.
    void reject() override;

Q_SIGNALS:
    // The casebook was replaced by a backup: the window should lock and reopen.
    void restored();
    // "Back up now" has ended: made (ok) or failed, said in the dialog.
    void backupFinished(bool ok);

private:
    void chooseFolder();
    void chooseRestore();
    void refresh();
    bool progress(int percent);
    void finishBackup(bool ok, const QString& message);

    waymark::Casebook& m_casebook;
    QLineEdit* m_folder = nullptr;
    QCheckBox* m_automatic = nullptr;
    QLabel* m_last = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_backUp = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_close = nullptr;
    QThread* m_worker = nullptr;                 // "Back up now" while it runs
    std::shared_ptr<std::atomic<bool>> m_cancel; // set: the running backup stops
};
