#pragma once

// Backups from the app: the backup folder, automatic backups on or off, when the last good backup was made (with a
// warning when it is more than 7 days old), "Back up now" with progress, and restoring a backup with a reason
// (core/Backups.h). After a restore the window locks, so every view is read again.

#include "core/Casebook.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupDialog(waymark::Casebook& casebook, QWidget* parent = nullptr);

    // What the buttons do, without the file and input dialogs (also for tests). False on a
    // failure, which is shown in the dialog.
    bool backUpNow();
    bool restoreFrom(const QString& file, const QString& password, const QString& reason);
    // The automatic-backups setting (coordinators); false when refused, shown in the dialog.
    bool setAutomatic(bool on);
    QString lastBackupText() const;
    QString messageText() const;

Q_SIGNALS:
    // The casebook was replaced by a backup: the window should lock and reopen.
    void restored();

private:
    void chooseFolder();
    void chooseRestore();
    void refresh();
    bool progress(int percent);

    waymark::Casebook& m_casebook;
    QLineEdit* m_folder = nullptr;
    QCheckBox* m_automatic = nullptr;
    QLabel* m_last = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_backUp = nullptr;
    QPushButton* m_restore = nullptr;
};
