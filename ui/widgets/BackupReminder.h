#pragma once

// A warning for My work when the casebook's last good backup is more than 7 days old (or
// there is none): says when it was made and offers "Back up now" (the Backups dialog, which
// starts the backup at once when a backup folder is set). Hidden when a recent backup exists
// or the user may not make backups. Self-contained: a page adds it with one line.

#include "core/Casebook.h"

#include <QFrame>

class QLabel;
class QPushButton;

class BackupReminder : public QFrame
{
    Q_OBJECT

public:
    explicit BackupReminder(waymark::Casebook& casebook, QWidget* parent = nullptr);

    QString text() const;
    QPushButton* backUpButton() const { return m_button; }

public Q_SLOTS:
    // Reads the last good backup's time again: every minute, and when AppController has made
    // an automatic backup.
    void refresh();

private:
    void backUpNow();

    waymark::Casebook& m_casebook;
    QLabel* m_text = nullptr;
    QPushButton* m_button = nullptr;
};
