#pragma once

// Setting a password: "Change my password" (everyone: current, new, repeat), the forced
// change after a coordinator's reset (the same, at sign-in, before the casebook can be used)
// and a coordinator's reset of another user's password (new, repeat). Every one shows the
// rules and the live strength meter; the core checks again and has the last word.

#include "core/Casebook.h"

#include <QDialog>

class PasswordMeter;
class QLabel;
class QLineEdit;
class QPushButton;

class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        ChangeOwn, // Account › Change my password…
        Required,  // after a reset: no way on without a new password (Cancel locks)
        Reset,     // a coordinator sets `username`'s password
    };
    PasswordDialog(waymark::Casebook& casebook, Mode mode, const QString& username = {}, QWidget* parent = nullptr);

    QLineEdit* currentEdit() const { return m_current; } // null for Reset
    QLineEdit* newEdit() const { return m_new; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    PasswordMeter* meter() const { return m_meter; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* okButton() const { return m_ok; }

    void accept() override;
    void reject() override;

private:
    void showError(const QString& message);

    waymark::Casebook& m_casebook;
    Mode m_mode;
    QString m_username;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    PasswordMeter* m_meter = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};
