#pragma once

// Signs a user in to one casebook: user name + password -> Casebook::open. A file that is
// not a casebook, or has no key file or another casebook's, is told before any password is
// asked for (the fields stay disabled). Wrong
// credentials, a damaged file or a newer format each get a clear message and the dialog
// stays open (the password is cleared and the cursor goes back to it). The files are
// never written on a failed attempt; that is the core's promise.
//
// The password hash (Argon2id, about half a second to a second) runs on a worker thread, so
// the window keeps painting; the fields are disabled and the button says "Unlocking…" until
// the answer comes back.

#include "core/Casebook.h"

#include <QDialog>

#include <memory>
#include <thread>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnlockDialog(const QString& casebookPath, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    QString casebookPath() const { return m_path; }

    void setUserName(const QString& user);
    QString userName() const;

    // A demo casebook: shows the demo sign-in on screen and fills in the user name.
    void setDemoSignIn(const QString& user, const QString& password);
    bool showsDemoSignIn() const;

    // Shown above the fields, e.g. "Locked after 5 minutes without use."
    void setNotice(const QString& notice);

    // The clock handed to Casebook::open (tests pin time).
    void setClock(std::shared_ptr<const waymark::Clock> clock) { m_clock = std::move(clock); }

    // After accepted(): the signed-in casebook (once).
    std::unique_ptr<waymark::Casebook> takeCasebook();

    // The last error shown, or empty.
    QString errorText() const;
    // True while a sign-in attempt is being checked.
    bool isUnlocking() const { return m_busy; }

public Q_SLOTS:
    // Starts unlocking with what is typed; accepts when it succeeds.
    void accept() override;
    // Ignored while an attempt is running (it finishes within a second).
    void reject() override;

Q_SIGNALS:
    // The user asked to create a new casebook or open a different one.
    void otherCasebookRequested();

private:
    void showError(const QString& message);
    // The files checked before a password is asked for (Casebook::probe): false, with the
    // reason shown and the fields disabled, when this is not a casebook that can be opened.
    bool checkFiles();
    // Grows the window when a long message needs more height, so nothing is squashed.
    void fitToContents();
    void setBusy(bool busy);
    void finishUnlock(waymark::Result<std::unique_ptr<waymark::Casebook>> opened);

    QString m_path;
    std::shared_ptr<const waymark::Clock> m_clock;
    std::unique_ptr<waymark::Casebook> m_casebook;
    QLabel* m_demoBanner = nullptr;
    QLabel* m_notice = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_unlockButton = nullptr;
    QPushButton* m_otherButton = nullptr;
    std::thread m_worker;
    bool m_busy = false;
};
