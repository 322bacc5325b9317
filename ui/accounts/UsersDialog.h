#pragma once

// Account › Users… (coordinators): the staff accounts of this casebook (user name, name,
// role, active) with Add, Change role, Reset password and Deactivate. Every change goes
// through casebook.users() (core/Users.h), which checks the role, audits and keeps the key
// file in step; the core's refusals (the last coordinator, your own account) are shown.

#include "core/Casebook.h"

#include <QDialog>

#include <vector>

class PasswordDialog;
class PasswordMeter;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddUserDialog(waymark::Casebook& casebook, QWidget* parent = nullptr);

    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QComboBox* roleCombo() const { return m_role; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    PasswordMeter* meter() const { return m_meter; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* okButton() const { return m_ok; }
    const waymark::UserInfo& added() const { return m_added; }

    void accept() override;
    void reject() override;

private:
    void showError(const QString& message);

    waymark::Casebook& m_casebook;
    waymark::UserInfo m_added;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    PasswordMeter* m_meter = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

class ChangeRoleDialog : public QDialog
{
    Q_OBJECT

public:
    ChangeRoleDialog(waymark::Casebook& casebook, const waymark::UserInfo& user, QWidget* parent = nullptr);

    QComboBox* roleCombo() const { return m_role; }
    QLabel* errorLabel() const { return m_error; }
    void accept() override;

private:
    waymark::Casebook& m_casebook;
    waymark::UserInfo m_user;
    QComboBox* m_role = nullptr;
    QLabel* m_error = nullptr;
};

class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(waymark::Casebook& casebook, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* roleButton() const { return m_role; }
    QPushButton* resetButton() const { return m_reset; }
    QPushButton* removeButton() const { return m_remove; }
    const std::vector<waymark::UserInfo>& users() const { return m_users; }

    // The dialogs, shown with open() and returned so a test can fill them in.
    AddUserDialog* openAdd();
    ChangeRoleDialog* openChangeRole();
    PasswordDialog* openReset();
    // Deactivates the selected user (the button asks first; this does not).
    bool removeSelected();
    void selectUser(const QString& username);
    void reload();

private:
    const waymark::UserInfo* selected() const;
    void updateButtons();
    void showMessage(const QString& message, bool problem);

    waymark::Casebook& m_casebook;
    std::vector<waymark::UserInfo> m_users;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_role = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_remove = nullptr;
};

// The core's refusal of a user change as a translated sentence.
QString accountErrorMessage(const waymark::Error& error);
