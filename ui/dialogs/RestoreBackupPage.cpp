#include "ui/dialogs/RestoreBackupPage.h"

#include "ui/app/AppPaths.h"
#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/dialogs/FirstRunWizard.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

#include <exception>

using waymark::convert::toQString;
using waymark::convert::toStd;

RestoreBackupPage::RestoreBackupPage(QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("restoreBackupPage"));
    setTitle(tr("Restore from a backup"));
    setSubTitle(tr("The laptop was lost, broke or was wiped: bring the casebook back from its backup."));

    auto* form = new QFormLayout(this);
    m_backup = addPathRow(form, QStringLiteral("backupFile"), tr("Backup &file:"), tr("Backup file"), tr("Br&owse…"),
                          tr("Choose the backup file"), &RestoreBackupPage::browseBackup);
    auto* backupHint = new QLabel(tr("Its .keys file must be beside it (a USB stick, a shared folder)."), this);
    backupHint->setWordWrap(true);
    form->addRow(QString(), backupHint);
    m_target =
        addPathRow(form, QStringLiteral("casebookPath"), tr("&Restore as:"), tr("New casebook file"), tr("C&hoose…"),
                   tr("Choose where the restored casebook goes"), &RestoreBackupPage::browseTarget);
    auto* targetHint = new QLabel(tr("If this computer still has the original casebook, its check against this "
                                     "computer's record will report it as rolled back afterwards: restore here "
                                     "only when the original is lost."),
                                  this);
    targetHint->setObjectName(QStringLiteral("anchorWarning"));
    targetHint->setWordWrap(true);
    form->addRow(QString(), targetHint);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userName"));
    m_user->setAccessibleName(tr("User name"));
    form->addRow(tr("&User name:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    auto* passwordHint = new QLabel(tr("Your password as it was when the backup was made. Coordinators only."), this);
    passwordHint->setWordWrap(true);
    form->addRow(QString(), passwordHint);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setAccessibleName(tr("Reason for the restore"));
    m_reason->setMaxLength(2000);
    form->addRow(tr("Rea&son:"), m_reason);

    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Restore progress"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_cancel = new QPushButton(tr("S&top the restore"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRestore"));
    m_cancel->setAutoDefault(false);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &RestoreBackupPage::cancelRestore);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    form->addRow(progressRow);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pageError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(Theme::current().errorBorder.name()));
    m_error->hide();
    form->addRow(m_error);

    for (QLineEdit* edit : {m_backup, m_target, m_user, m_password, m_reason})
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

QLineEdit* RestoreBackupPage::addPathRow(QFormLayout* form, const QString& objectName, const QString& label,
                                         const QString& accessibleName, const QString& buttonText,
                                         const QString& buttonName, void (RestoreBackupPage::*browse)())
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    auto* button = new QPushButton(buttonText, this);
    button->setAccessibleName(buttonName);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, browse);
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(button);
    auto* labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(edit);
    form->addRow(labelWidget, row);
    return edit;
}

RestoreBackupPage::~RestoreBackupPage()
{
    if (m_worker.joinable())
        m_worker.join();
}

void RestoreBackupPage::setBackupFile(const QString& path)
{
    m_backup->setText(path);
}

void RestoreBackupPage::setCasebookPath(const QString& path)
{
    m_target->setText(path);
}

QString RestoreBackupPage::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool RestoreBackupPage::hasTypedInput() const
{
    if (m_done)
        return false;
    for (const QLineEdit* edit : {m_backup, m_target, m_user, m_password, m_reason})
        if (!edit->text().trimmed().isEmpty())
            return true;
    return false;
}

void RestoreBackupPage::cancelRestore()
{
    if (!m_busy)
        return;
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
}

bool RestoreBackupPage::isComplete() const
{
    return !m_busy && !m_backup->text().trimmed().isEmpty() && !m_target->text().trimmed().isEmpty() &&
           !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty() &&
           !m_reason->text().trimmed().isEmpty();
}

void RestoreBackupPage::browseBackup()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the backup"), m_backup->text(),
                                                      tr("Waymark backups (*.waymark)"));
    if (!file.isEmpty())
        m_backup->setText(file);
}

void RestoreBackupPage::browseTarget()
{
    QString file = QFileDialog::getSaveFileName(this, tr("Restore the casebook as"), m_target->text(),
                                                tr("Waymark casebooks (*.waymark)"));
    if (!file.isEmpty() && QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".waymark");
    if (!file.isEmpty())
        m_target->setText(file);
}

void RestoreBackupPage::setBusy(bool busy)
{
    m_busy = busy;
    for (QLineEdit* edit : {m_backup, m_target, m_user, m_password, m_reason})
        edit->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    if (busy) {
        m_progress->setValue(0);
        m_cancelRequested = false;
        m_cancel->setFocus();
    }
    if (wizard() != nullptr)
        for (auto which : {QWizard::BackButton, QWizard::CancelButton})
            if (QAbstractButton* b = wizard()->button(which))
                b->setEnabled(!busy);
    Q_EMIT completeChanged();
}

void RestoreBackupPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

bool RestoreBackupPage::validatePage()
{
    if (m_done)
        return true;
    if (m_busy || !isComplete())
        return false;
    m_error->hide();
    if (m_worker.joinable())
        m_worker.join();
    setBusy(true);
    auto* w = qobject_cast<FirstRunWizard*>(wizard());
    auto password = std::make_shared<waymark::convert::SecretUtf8>(m_password->text());
    m_worker =
        std::thread([this, backup = AppPaths::toPath(m_backup->text().trimmed()),
                     target = AppPaths::toPath(m_target->text().trimmed()), user = toStd(m_user->text().trimmed()),
                     reason = toStd(m_reason->text()), password = std::move(password),
                     clock = w != nullptr ? w->m_clock : std::shared_ptr<const waymark::Clock>{}] {
            auto opened = std::make_shared<waymark::Result<std::unique_ptr<waymark::Casebook>>>(
                waymark::fail(waymark::ErrorCode::Internal, "not attempted"));
            try {
                auto restored = waymark::Backups::restoreInto(
                    backup, target, user, password->value(), reason, clock, [this](int percent, std::string_view) {
                        QMetaObject::invokeMethod(
                            this, [this, percent] { m_progress->setValue(percent); }, Qt::QueuedConnection);
                        return !m_cancelRequested.load();
                    });
                if (restored)
                    *opened = waymark::Casebook::open(target, user, password->value(), clock);
                else
                    *opened = std::unexpected(restored.error());
            } catch (const std::exception& e) {
                *opened = waymark::fail(waymark::ErrorCode::Internal, e.what());
            } catch (...) {
                *opened = waymark::fail(waymark::ErrorCode::Internal, "unknown exception");
            }
            // The casebook's connection moves to the UI thread with the result; nothing else uses it.
            QMetaObject::invokeMethod(
                this, [this, opened] { finish(std::move(*opened)); }, Qt::QueuedConnection);
        });
    return false;
}

void RestoreBackupPage::finish(waymark::Result<std::unique_ptr<waymark::Casebook>> opened)
{
    if (m_worker.joinable())
        m_worker.join();
    setBusy(false);
    auto* w = qobject_cast<FirstRunWizard*>(wizard());
    if (!opened || w == nullptr) {
        if (!opened && opened.error().code == waymark::ErrorCode::Cancelled)
            showError(tr("The restore was stopped. Nothing was written where the casebook was to go."));
        else
            showError(opened ? tr("The casebook was restored but could not be opened here.")
                             : waymark::convert::errorMessage(opened.error()));
        m_password->setText(QString()); // clear() would keep the text in the undo history
        m_password->setFocus();
        return;
    }
    m_password->setText(QString());
    w->m_casebook = std::move(*opened);
    w->m_outcome = FirstRunWizard::Outcome::Created;
    w->m_path = m_target->text().trimmed();
    w->m_user = toQString(w->m_casebook->user().username);
    m_done = true;
    w->accept();
}
