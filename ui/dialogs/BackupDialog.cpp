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
#include <QThread>
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
    m_close = buttons->button(QDialogButtonBox::Close);
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

BackupDialog::~BackupDialog()
{
    if (m_worker != nullptr) {
        m_cancel->store(true);
        m_worker->wait();
        delete m_worker;
    }
}

void BackupDialog::reject()
{
    if (isBackingUp()) {
        m_message->setText(tr("A backup is being made. Wait for it to finish, then close."));
        return;
    }
    QDialog::reject();
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
    if (isBackingUp())
        return false;
    const auto folder = m_casebook.backups().folder();
    if (folder.empty()) {
        m_message->setText(tr("Choose a backup folder first."));
        return false;
    }
    // The copy runs on its own thread with its own connection; this one stays with the window.
    auto connection = m_casebook.openAnotherConnection();
    if (!connection) {
        m_message->setText(errorMessage(connection.error()));
        return false;
    }
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_backUp->setEnabled(false);
    m_restore->setEnabled(false);
    m_close->setEnabled(false);
    m_message->setText(tr("Backing up…"));
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<waymark::Casebook> casebook = std::move(*connection);
    m_worker = QThread::create([this, casebook, folder, cancel = m_cancel, bar = m_progress]() mutable {
        auto report = [bar, cancel](int percent, std::string_view) {
            QMetaObject::invokeMethod(
                bar, [bar, percent] { bar->setValue(percent); }, Qt::QueuedConnection);
            return !cancel->load();
        };
        auto made = casebook->backups().create(folder, report);
        casebook.reset(); // this thread's connection closes here
        const bool ok = made.has_value();
        const QString message =
            ok ? tr("Backed up to %1.").arg(toQString(made->path.filename().string())) : errorMessage(made.error());
        QMetaObject::invokeMethod(
            this, [this, ok, message] { finishBackup(ok, message); }, Qt::QueuedConnection);
    });
    m_worker->start();
    return true;
}

void BackupDialog::finishBackup(bool ok, const QString& message)
{
    if (m_worker != nullptr) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    m_progress->setVisible(false);
    m_backUp->setEnabled(m_casebook.can(waymark::Action::BackupCreate));
    m_restore->setEnabled(m_casebook.can(waymark::Action::BackupRestore));
    m_close->setEnabled(true);
    m_message->setText(message);
    refresh();
    Q_EMIT backupFinished(ok);
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
