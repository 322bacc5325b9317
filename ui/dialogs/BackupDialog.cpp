#include "ui/dialogs/BackupDialog.h"

#include "ui/convert/Convert.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

using waymark::convert::errorMessage;
using waymark::convert::toQString;
using waymark::convert::toStd;

BackupDialog::BackupDialog(waymark::Casebook& casebook, QWidget* parent)
    : QDialog(parent)
    , m_casebook(casebook)
{
    setWindowTitle(tr("Backups"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    m_folder->setReadOnly(true);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    auto* choose = new QPushButton(tr("Choose…"), this);
    choose->setEnabled(m_casebook.can(waymark::Action::SettingsChange));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    form->addRow(tr("Backup folder:"), folderRow);
    m_automatic =
        new QCheckBox(tr("Back up &automatically: every day while Waymark is open, and when it closes"), this);
    m_automatic->setObjectName(QStringLiteral("automaticBackups"));
    m_automatic->setToolTip(tr("Keeps the last 7 daily and 4 weekly backups in the backup folder."));
    m_automatic->setEnabled(m_casebook.can(waymark::Action::SettingsChange));
    form->addRow(QString(), m_automatic);
    m_last = new QLabel(this);
    m_last->setObjectName(QStringLiteral("lastBackup"));
    m_last->setWordWrap(true);
    form->addRow(tr("Last good backup:"), m_last);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("backupMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_backUp = buttons->addButton(tr("&Back up now"), QDialogButtonBox::ActionRole);
    m_backUp->setObjectName(QStringLiteral("backUpNow"));
    m_backUp->setEnabled(m_casebook.can(waymark::Action::BackupCreate));
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_restore->setEnabled(m_casebook.can(waymark::Action::BackupRestore));
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &BackupDialog::chooseFolder);
    connect(m_automatic, &QCheckBox::toggled, this, [this](bool on) { (void)setAutomatic(on); });
    connect(m_backUp, &QPushButton::clicked, this, [this] { (void)backUpNow(); });
    connect(m_restore, &QPushButton::clicked, this, &BackupDialog::chooseRestore);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

QString BackupDialog::lastBackupText() const
{
    return m_last->text();
}

QString BackupDialog::messageText() const
{
    return m_message->text();
}

bool BackupDialog::setAutomatic(bool on)
{
    if (on == m_casebook.backups().automatic())
        return true;
    if (auto st = m_casebook.backups().setAutomatic(on); !st) {
        m_message->setText(errorMessage(st.error()));
        refresh();
        return false;
    }
    m_message->setText(on ? tr("Automatic backups are on.") : tr("Automatic backups are off."));
    return true;
}

void BackupDialog::refresh()
{
    m_folder->setText(toQString(m_casebook.backups().folder().string()));
    {
        const QSignalBlocker quiet(m_automatic);
        m_automatic->setChecked(m_casebook.backups().automatic());
    }
    const auto last = m_casebook.backups().lastBackup();
    QString text;
    if (!last) {
        text = tr("No backup has been made yet.");
    } else {
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(last->time_since_epoch()).count();
        text = QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
    }
    if (m_casebook.backups().overdue())
        text += QLatin1Char('\n') + tr("Warning: there is no backup from the last 7 days.");
    m_last->setText(text);
}

bool BackupDialog::progress(int percent)
{
    m_progress->setValue(percent);
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    return true;
}

void BackupDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the backup folder"), m_folder->text());
    if (dir.isEmpty())
        return;
    if (auto st = m_casebook.backups().setFolder(toStd(dir)); !st)
        m_message->setText(errorMessage(st.error()));
    refresh();
}

bool BackupDialog::backUpNow()
{
    const auto folder = m_casebook.backups().folder();
    if (folder.empty()) {
        m_message->setText(tr("Choose a backup folder first."));
        return false;
    }
    m_progress->setVisible(true);
    m_backUp->setEnabled(false);
    auto made =
        m_casebook.backups().create(folder, [this](int percent, std::string_view) { return progress(percent); });
    m_backUp->setEnabled(true);
    m_progress->setVisible(false);
    if (!made) {
        m_message->setText(errorMessage(made.error()));
        return false;
    }
    m_message->setText(tr("Backed up to %1.").arg(toQString(made->path.filename().string())));
    refresh();
    return true;
}

void BackupDialog::chooseRestore()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a backup to restore"), m_folder->text(),
                                                      tr("Waymark backups (*.waymark)"));
    if (file.isEmpty())
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Restore a backup"),
                                                   tr("Your password (the backup opens with the password you had "
                                                      "when it was made):"),
                                                   QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    const QString reason =
        QInputDialog::getMultiLineText(this, tr("Restore a backup"), tr("Why is this backup being restored?"), {}, &ok);
    if (!ok)
        return;
    const auto answer = QMessageBox::warning(this, tr("Restore a backup"),
                                             tr("The casebook will be replaced by the backup. Everything saved since "
                                                "the backup was made leaves the casebook (it is kept in a copy beside "
                                                "it). Restore?"),
                                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (restoreFrom(file, password, reason)) {
        QMessageBox::information(this, tr("Restore a backup"),
                                 tr("The backup was restored. Waymark locks now: sign in again."));
        accept();
        Q_EMIT restored();
    }
}

bool BackupDialog::restoreFrom(const QString& file, const QString& password, const QString& reason)
{
    m_progress->setVisible(true);
    auto done = m_casebook.backups().restore(toStd(file), toStd(password), toStd(reason),
                                             [this](int percent, std::string_view) { return progress(percent); });
    m_progress->setVisible(false);
    if (!done) {
        m_message->setText(errorMessage(done.error()));
        return false;
    }
    m_message->setText(tr("Restored the backup made %1.").arg(toQString(done->moment.madeAt)));
    refresh();
    return true;
}
