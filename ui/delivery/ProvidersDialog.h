#pragma once

// Tools › Providers…: the partner organisations interventions are referred to. Everyone who
// works cases sees the list; coordinators add and edit (name, kind, funding source, contact,
// active).

#include "core/Casebook.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

class ProviderEditDialog : public QDialog
{
    Q_OBJECT

public:
    // `provider` null: a new one.
    ProviderEditDialog(waymark::Casebook& casebook, const waymark::Provider* provider, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindCombo() const { return m_kind; }
    QLineEdit* fundingEdit() const { return m_funding; }
    QLineEdit* contactNameEdit() const { return m_contactName; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* emailEdit() const { return m_email; }
    QCheckBox* activeCheck() const { return m_active; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* okButton() const { return m_ok; }
    const waymark::Provider& saved() const { return m_saved; }

    void accept() override;
    void reject() override;

private:
    waymark::Provider formProvider() const;

    waymark::Casebook& m_casebook;
    waymark::Provider m_before;
    bool m_new = true;
    waymark::Provider m_saved;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_funding = nullptr;
    QLineEdit* m_contactName = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QCheckBox* m_active = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

class ProvidersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProvidersDialog(waymark::Casebook& casebook, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    const std::vector<waymark::Provider>& providers() const { return m_providers; }

    // The edit dialogs, shown with open() and returned so a test can fill them in.
    ProviderEditDialog* openAdd();
    ProviderEditDialog* openEdit();
    void reload();

private:
    waymark::Casebook& m_casebook;
    std::vector<waymark::Provider> m_providers;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
};
