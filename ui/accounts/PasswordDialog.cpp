#include "ui/accounts/PasswordDialog.h"

#include "ui/accounts/PasswordMeter.h"
#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using waymark::convert::toQString;
using waymark::convert::toStd;

namespace {

QLineEdit* passwordEdit(QWidget* parent, const char* objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

PasswordDialog::PasswordDialog(waymark::Casebook& casebook, Mode mode, const QString& username, QWidget* parent)
    : QDialog(parent)
    , m_casebook(casebook)
    , m_mode(mode)
    , m_username(mode == Mode::Reset ? username : toQString(casebook.user().username))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(mode == Mode::Reset      ? tr("Reset password")
                   : mode == Mode::Required ? tr("Choose a new password")
                                            : tr("Change my password"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("passwordIntro"));
    intro->setWordWrap(true);
    if (mode == Mode::Reset)
        intro->setText(tr("Set a new password for %1. Give it to them in person: they choose their own the next "
                          "time they sign in.")
                           .arg(m_username));
    else if (mode == Mode::Required)
        intro->setText(tr("A coordinator reset your password. Choose a new one of your own before you carry on. "
                          "Lock closes the casebook until you sign in again."));
    else
        intro->setText(tr("Type your current password, then the new one twice."));
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    if (mode != Mode::Reset) {
        m_current = passwordEdit(this, "currentPassword", tr("Current password"));
        form->addRow(tr("&Current password:"), m_current);
    }
    m_new = passwordEdit(this, "newPassword", tr("New password"));
    form->addRow(tr("&New password:"), m_new);
    m_repeat = passwordEdit(this, "repeatPassword", tr("New password again"));
    form->addRow(tr("New password &again:"), m_repeat);
    m_meter = new PasswordMeter(m_new, m_repeat, this);
    QString displayName;
    if (mode != Mode::Reset) {
        displayName = toQString(casebook.user().displayName);
    } else if (auto users = casebook.users().list()) {
        for (const auto& u : *users)
            if (toQString(u.username) == m_username)
                displayName = toQString(u.displayName);
    }
    m_meter->setAccount(m_username, displayName);
    form->addRow(QString(), m_meter);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("passwordError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::current().errorBorder.name()));
    m_error->hide();
    layout->addWidget(m_error);

    auto* box = new QDialogButtonBox(this);
    m_ok = box->addButton(mode == Mode::Reset ? tr("&Reset password") : tr("C&hange password"),
                          QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    QPushButton* cancel =
        box->addButton(mode == Mode::Required ? tr("&Lock") : tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(box, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    layout->addWidget(box);

    const auto refresh = [this] {
        m_error->hide();
        m_ok->setEnabled(m_meter->acceptable() && (m_current == nullptr || !m_current->text().isEmpty()));
    };
    connect(m_meter, &PasswordMeter::changed, this, refresh);
    if (m_current != nullptr)
        connect(m_current, &QLineEdit::textChanged, this, refresh);
    refresh();

    if (m_current != nullptr)
        setTabOrder(m_current, m_new);
    setTabOrder(m_new, m_repeat);
    setTabOrder(m_repeat, m_ok);
    setTabOrder(m_ok, cancel);
    (m_current != nullptr ? m_current : m_new)->setFocus();
    setMinimumWidth(440);
}

void PasswordDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void PasswordDialog::accept()
{
    if (!m_meter->acceptable()) {
        showError(m_meter->problem());
        m_new->setFocus();
        return;
    }
    const waymark::convert::SecretUtf8 fresh(m_new->text());
    waymark::Status st;
    if (m_mode == Mode::Reset) {
        st = m_casebook.users().resetPassword(toStd(m_username), fresh.value());
    } else {
        const waymark::convert::SecretUtf8 current(m_current->text());
        st = m_casebook.users().changeOwnPassword(current.value(), fresh.value());
    }
    if (!st) {
        if (st.error().code == waymark::ErrorCode::WrongCredentials) {
            showError(tr("The current password is not right."));
            m_current->selectAll();
            m_current->setFocus();
        } else {
            showError(waymark::convert::errorMessage(st.error()));
        }
        return;
    }
    for (QLineEdit* edit : {m_current, m_new, m_repeat})
        if (edit != nullptr)
            edit->setText(QString()); // clear() would keep the text in the undo history
    QDialog::accept();
}

void PasswordDialog::reject()
{
    const bool typed = (m_current != nullptr && !m_current->text().isEmpty()) || !m_new->text().isEmpty() ||
                       !m_repeat->text().isEmpty();
    if (typed && m_mode != Mode::Required &&
        QMessageBox::question(this, windowTitle(), tr("Discard the password you typed?"),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}
