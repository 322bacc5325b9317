#include "ui/accounts/UsersDialog.h"

#include "ui/accounts/PasswordDialog.h"
#include "ui/accounts/PasswordMeter.h"
#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/widgets/CodeLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using waymark::convert::toQString;
using waymark::convert::toStd;

namespace {

constexpr waymark::Role kRoles[] = {waymark::Role::Caseworker, waymark::Role::Coordinator, waymark::Role::Auditor};

QComboBox* makeRoleCombo(QWidget* parent, waymark::Role current)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("role"));
    for (waymark::Role r : kRoles) {
        combo->addItem(CodeLabels::roleLabel(r), static_cast<int>(r));
        if (r == current)
            combo->setCurrentIndex(combo->count() - 1);
    }
    return combo;
}

QLabel* makeErrorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::current().errorBorder.name()));
    label->hide();
    return label;
}

} // namespace

QString accountErrorMessage(const waymark::Error& error)
{
    using waymark::ErrorCode;
    if (error.code == ErrorCode::Validation && error.field == "role")
        return UsersDialog::tr("The last active coordinator cannot be given another role. Make someone else a "
                               "coordinator first.");
    if (error.code == ErrorCode::Validation && error.field == "username" &&
        error.detail.find("own account") != std::string::npos)
        return UsersDialog::tr("You cannot deactivate your own account. Another coordinator can.");
    if (error.code == ErrorCode::Validation && error.field == "username")
        return UsersDialog::tr(
            "Choose another user name: 2 to 64 letters (a–z), digits, dots, hyphens or underscores.");
    if (error.code == ErrorCode::AlreadyExists)
        return UsersDialog::tr("A user with that name already exists (or did: a deactivated name is not reused).");
    if (error.code == ErrorCode::NotFound)
        return UsersDialog::tr("That user no longer has an active account.");
    return waymark::convert::errorMessage(error);
}

// --- a new user ---

AddUserDialog::AddUserDialog(waymark::Casebook& casebook, QWidget* parent)
    : QDialog(parent)
    , m_casebook(casebook)
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add a user"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setAccessibleName(tr("User name"));
    form->addRow(tr("&User name:"), m_username);
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setAccessibleName(tr("Name as shown"));
    form->addRow(tr("&Name as shown:"), m_displayName);
    m_role = makeRoleCombo(this, waymark::Role::Caseworker);
    m_role->setAccessibleName(tr("Role"));
    form->addRow(tr("&Role:"), m_role);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("First password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("First &password:"), m_password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_repeat->setAccessibleName(tr("First password again"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password a&gain:"), m_repeat);
    m_meter = new PasswordMeter(m_password, m_repeat, this);
    form->addRow(QString(), m_meter);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    auto* box = new QDialogButtonBox(this);
    m_ok = box->addButton(tr("&Add user"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    QPushButton* cancel = box->addButton(QDialogButtonBox::Cancel);
    connect(box, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);
    layout->addWidget(box);

    const auto refresh = [this] {
        m_error->hide();
        m_ok->setEnabled(!m_username->text().trimmed().isEmpty() && m_meter->acceptable());
    };
    for (QLineEdit* edit : {m_username, m_displayName})
        connect(edit, &QLineEdit::textChanged, this,
                [this] { m_meter->setAccount(m_username->text(), m_displayName->text()); });
    connect(m_meter, &PasswordMeter::changed, this, refresh);
    connect(m_username, &QLineEdit::textChanged, this, refresh);
    refresh();

    QWidget* order[] = {m_username, m_displayName, m_role, m_password, m_repeat, m_ok, cancel};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    m_username->setFocus();
    setMinimumWidth(460);
}

void AddUserDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void AddUserDialog::accept()
{
    if (!m_meter->acceptable()) {
        showError(m_meter->problem());
        m_password->setFocus();
        return;
    }
    const waymark::convert::SecretUtf8 password(m_password->text());
    const auto role = static_cast<waymark::Role>(m_role->currentData().toInt());
    auto added = m_casebook.users().add(toStd(m_username->text().trimmed()), password.value(), role,
                                        toStd(m_displayName->text().trimmed()));
    if (!added) {
        showError(accountErrorMessage(added.error()));
        if (added.error().field == "password")
            m_password->setFocus();
        else
            m_username->setFocus();
        return;
    }
    m_added = *added;
    m_password->setText(QString());
    m_repeat->setText(QString());
    QDialog::accept();
}

void AddUserDialog::reject()
{
    const bool typed = !m_username->text().isEmpty() || !m_displayName->text().isEmpty() ||
                       !m_password->text().isEmpty() || !m_repeat->text().isEmpty();
    if (typed &&
        QMessageBox::question(this, windowTitle(), tr("Discard this new user?"),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

// --- a role ---

ChangeRoleDialog::ChangeRoleDialog(waymark::Casebook& casebook, const waymark::UserInfo& user, QWidget* parent)
    : QDialog(parent)
    , m_casebook(casebook)
    , m_user(user)
{
    setObjectName(QStringLiteral("changeRoleDialog"));
    setWindowTitle(tr("Change role"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    auto* who = new QLabel(toQString(user.displayName.empty() ? user.username : user.displayName) +
                               QStringLiteral(" (") + toQString(user.username) + QLatin1Char(')'),
                           this);
    form->addRow(tr("User:"), who);
    m_role = makeRoleCombo(this, user.role);
    m_role->setAccessibleName(tr("New role"));
    form->addRow(tr("&Role:"), m_role);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* box = new QDialogButtonBox(this);
    QPushButton* ok = box->addButton(tr("&Change role"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setDefault(true);
    box->addButton(QDialogButtonBox::Cancel);
    connect(box, &QDialogButtonBox::accepted, this, &ChangeRoleDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &ChangeRoleDialog::reject);
    layout->addWidget(box);
    connect(m_role, &QComboBox::currentIndexChanged, m_error, &QWidget::hide);
    m_role->setFocus();
}

void ChangeRoleDialog::accept()
{
    const auto role = static_cast<waymark::Role>(m_role->currentData().toInt());
    auto changed = m_casebook.users().setRole(m_user.username, role);
    if (!changed) {
        m_error->setText(accountErrorMessage(changed.error()));
        m_error->show();
        m_role->setFocus();
        return;
    }
    QDialog::accept();
}

// --- the list ---

UsersDialog::UsersDialog(waymark::Casebook& casebook, QWidget* parent)
    : QDialog(parent)
    , m_casebook(casebook)
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The staff who can sign in to this casebook. Every change is recorded in the audit "
                                "trail."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setAccessibleName(tr("Users"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Name"), tr("Role"), tr("Active")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add user…"), this);
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_role = new QPushButton(tr("Change &role…"), this);
    m_role->setObjectName(QStringLiteral("changeRoleButton"));
    m_reset = new QPushButton(tr("Reset &password…"), this);
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_remove = new QPushButton(tr("&Deactivate…"), this);
    m_remove->setObjectName(QStringLiteral("deactivateButton"));
    for (QPushButton* b : {m_add, m_role, m_reset, m_remove}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);

    connect(m_add, &QPushButton::clicked, this, [this] { openAdd(); });
    connect(m_role, &QPushButton::clicked, this, [this] { openChangeRole(); });
    connect(m_reset, &QPushButton::clicked, this, [this] { openReset(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const waymark::UserInfo* u = selected();
        if (u == nullptr)
            return;
        const auto answer =
            QMessageBox::question(this, tr("Deactivate user"),
                                  tr("Deactivate %1? They can no longer sign in; what they recorded stays, with "
                                     "their name on it.")
                                      .arg(toQString(u->username)),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            removeSelected();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);

    QWidget* order[] = {m_table, m_add, m_role, m_reset, m_remove};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    reload();
    resize(640, 420);
    m_table->setFocus();
}

void UsersDialog::reload()
{
    const QString keep = selected() ? toQString(selected()->username) : QString();
    m_users.clear();
    auto users = m_casebook.users().list();
    if (!users) {
        showMessage(accountErrorMessage(users.error()), true);
    } else {
        m_users = std::move(*users);
    }
    // Active accounts first, then by user name.
    std::ranges::stable_sort(m_users, [](const waymark::UserInfo& a, const waymark::UserInfo& b) {
        if (a.active != b.active)
            return a.active;
        return a.username < b.username;
    });
    m_table->setRowCount(static_cast<int>(m_users.size()));
    for (int row = 0; row < static_cast<int>(m_users.size()); ++row) {
        const auto& u = m_users[static_cast<std::size_t>(row)];
        m_table->setItem(row, 0, new QTableWidgetItem(toQString(u.username)));
        m_table->setItem(row, 1, new QTableWidgetItem(toQString(u.displayName)));
        m_table->setItem(row, 2, new QTableWidgetItem(CodeLabels::roleLabel(u.role)));
        m_table->setItem(row, 3, new QTableWidgetItem(u.active ? tr("Yes") : tr("No (deactivated)")));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    selectUser(keep.isEmpty() ? toQString(m_casebook.user().username) : keep);
    updateButtons();
}

void UsersDialog::selectUser(const QString& username)
{
    for (int row = 0; row < static_cast<int>(m_users.size()); ++row)
        if (toQString(m_users[static_cast<std::size_t>(row)].username) == username) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, 0);
            return;
        }
}

const waymark::UserInfo* UsersDialog::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_users.size()) || m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_users[static_cast<std::size_t>(row)];
}

void UsersDialog::updateButtons()
{
    const waymark::UserInfo* u = selected();
    const bool active = u != nullptr && u->active;
    m_role->setEnabled(active);
    m_reset->setEnabled(active && u->username != m_casebook.user().username); // your own: Change my password
    m_remove->setEnabled(active && u->username != m_casebook.user().username);
}

void UsersDialog::showMessage(const QString& message, bool problem)
{
    m_message->setText(message);
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { color: %1; }").arg(Theme::current().errorBorder.name())
                                     : QString());
    m_message->setVisible(!message.isEmpty());
}

AddUserDialog* UsersDialog::openAdd()
{
    auto* dialog = new AddUserDialog(m_casebook, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        selectUser(toQString(dialog->added().username));
        showMessage(
            tr("%1 was added. They sign in with the password you set.").arg(toQString(dialog->added().username)),
            false);
    });
    dialog->open();
    return dialog;
}

ChangeRoleDialog* UsersDialog::openChangeRole()
{
    const waymark::UserInfo* u = selected();
    if (u == nullptr)
        return nullptr;
    auto* dialog = new ChangeRoleDialog(m_casebook, *u, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = toQString(u->username);
    connect(dialog, &QDialog::accepted, this, [this, name] {
        reload();
        showMessage(tr("The role of %1 was changed.").arg(name), false);
    });
    dialog->open();
    return dialog;
}

PasswordDialog* UsersDialog::openReset()
{
    const waymark::UserInfo* u = selected();
    if (u == nullptr)
        return nullptr;
    const QString name = toQString(u->username);
    auto* dialog = new PasswordDialog(m_casebook, PasswordDialog::Mode::Reset, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name] {
        showMessage(tr("The password of %1 was reset. They choose a new one when they next sign in.").arg(name), false);
    });
    dialog->open();
    return dialog;
}

bool UsersDialog::removeSelected()
{
    const waymark::UserInfo* u = selected();
    if (u == nullptr)
        return false;
    const QString name = toQString(u->username);
    if (auto st = m_casebook.users().remove(u->username); !st) {
        showMessage(accountErrorMessage(st.error()), true);
        return false;
    }
    reload();
    showMessage(tr("%1 was deactivated and can no longer sign in.").arg(name), false);
    return true;
}
