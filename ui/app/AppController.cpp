#include "ui/app/AppController.h"

#include "ui/app/AppPaths.h"
#include "ui/app/AppSettings.h"
#include "ui/app/AutoBackup.h"
#include "ui/app/DemoBuilder.h"
#include "ui/app/IdleLock.h"
#include "ui/app/SessionLock.h"
#include "ui/convert/Convert.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/FirstRunWizard.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/UnlockDialog.h"
#include "ui/pages/MainWindow.h"
#include "ui/widgets/LockClosing.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

using waymark::convert::toQString;

AppController::AppController(AppSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_idle(std::make_unique<IdleLock>())
    , m_demo(std::make_unique<DemoBuilder>())
    , m_autoBackup(std::make_unique<AutoBackup>())
{
    connect(m_autoBackup.get(), &AutoBackup::started, this, [this](waymark::AutomaticBackup) {
        if (!m_mainWindow.isNull() && m_exitProgress.isNull())
            m_mainWindow->statusBar()->showMessage(tr("Backing up the casebook automatically…"));
    });
    connect(m_autoBackup.get(), &AutoBackup::progressed, this, [this](int percent) {
        if (!m_exitProgress.isNull())
            m_exitProgress->setValue(percent);
        else if (!m_mainWindow.isNull())
            m_mainWindow->statusBar()->showMessage(tr("Backing up the casebook automatically… %1%").arg(percent));
    });
    connect(m_autoBackup.get(), &AutoBackup::finished, this, &AppController::onAutoBackupFinished);
    connect(m_idle.get(), &IdleLock::idle, this, [this] {
        finishLockAfterClosing(m_idleOverride
                                   ? tr("Waymark locked the casebook because nobody used it for a while.")
                                   : tr("Waymark locked the casebook because nobody used it for %n minute(s).", nullptr,
                                        m_settings.idleLockMinutes()));
    });
    connect(m_demo.get(), &DemoBuilder::progressed, this, [this](int percent, const QString& phrase) {
        if (m_progress.isNull() || m_demo->cancelRequested())
            return;
        if (m_progress->maximum() == 0)
            m_progress->setRange(0, 100); // the casebook exists: from here the bar counts the stages
        // Core reports each stage from 0 to 100 %; the bar shows the whole run, each stage
        // filling its own share (roughly its share of the time), so it keeps moving to the end.
        struct Share
        {
            QLatin1String phrase;
            int from;
            int to;
        };
        static constexpr Share kShares[] = {{QLatin1String("adding people"), 0, 8},
                                            {QLatin1String("adding the team"), 8, 16},
                                            {QLatin1String("adding referrals"), 16, 28},
                                            {QLatin1String("adding casework"), 28, 70},
                                            {QLatin1String("finishing"), 70, 100}};
        int overall = m_progress->value();
        for (const Share& share : kShares)
            if (phrase == share.phrase)
                overall = share.from + (share.to - share.from) * std::clamp(percent, 0, 100) / 100;
        m_progress->setValue(std::max(overall, m_progress->value()));
        // Core reports its step in English; the known steps are said in the user's language.
        QString step = phrase;
        if (phrase == QLatin1String("adding people"))
            step = tr("Adding people");
        else if (phrase == QLatin1String("adding the team"))
            step = tr("Adding the team");
        else if (phrase == QLatin1String("adding referrals"))
            step = tr("Adding referrals");
        else if (phrase == QLatin1String("adding casework"))
            step = tr("Adding assessments, plans, sessions and notes");
        else if (phrase == QLatin1String("finishing"))
            step = tr("Finishing the casebook");
        if (!step.isEmpty())
            step[0] = step[0].toUpper();
        m_progress->setLabelText(
            tr("Making up young people for the demo casebook. None of them is real.\n%1…").arg(step));
    });
    connect(m_demo.get(), &DemoBuilder::finished, this, &AppController::onDemoFinished);
    setSessionLock(std::make_unique<SessionLock>());
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationSuspended)
                lockNow();
        });
    }
}

AppController::~AppController()
{
    m_locking = true; // destroying the main window below is not the user quitting
    m_idle->stop();
    m_autoBackup->stop();
    delete m_exitProgress.data();
    m_demo.reset();
    delete m_progress.data();
    delete m_wizard.data();
    delete m_unlock.data();
    m_casebook = nullptr;
    delete m_mainWindow.data();
}

void AppController::setIdleTimeoutOverride(std::chrono::milliseconds timeout)
{
    m_idleOverride = timeout;
    applyIdleTimeout();
}

void AppController::applyIdleTimeout()
{
    if (m_idleOverride)
        m_idle->setTimeout(*m_idleOverride);
    else
        m_idle->setTimeout(std::chrono::minutes(m_settings.idleLockMinutes()));
}

// ---------------------------------------------------------------------------------------
// Flows

void AppController::start()
{
    const QString path = m_settings.casebookPath();
    if (path.isEmpty() || !waymark::Casebook::exists(AppPaths::toPath(path))) {
        showFirstRun();
        return;
    }
    openCasebook(path, QFileInfo(path) == QFileInfo(AppPaths::defaultDemoPath()));
}

void AppController::openCasebook(const QString& path, bool demo)
{
    showUnlock(path, demo, QString(), QString());
}

void AppController::showFirstRun()
{
    if (!m_wizard.isNull()) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    auto* wizard = new FirstRunWizard;
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setKdfStrength(m_kdf);
    wizard->setClock(m_clock);
    m_wizardReturnsToUnlock = !m_unlock.isNull();
    if (m_wizardReturnsToUnlock) {
        wizard->setButtonText(QWizard::CancelButton, tr("&Cancel"));
        m_unlock->hide();
    }
    connect(wizard, &QDialog::finished, this, &AppController::onWizardFinished);
    m_wizard = wizard;
    wizard->show();
}

void AppController::onWizardFinished(int result)
{
    FirstRunWizard* wizard = m_wizard.data();
    if (wizard == nullptr)
        return;
    m_wizard.clear(); // deletes itself (WA_DeleteOnClose)

    if (result != QDialog::Accepted) {
        if (m_wizardReturnsToUnlock && !m_unlock.isNull()) {
            m_unlock->show();
            return;
        }
        quit(0);
        return;
    }

    switch (wizard->outcome()) {
    case FirstRunWizard::Outcome::Created: {
        m_settings.setCasebookPath(wizard->casebookPath());
        m_settings.setLastUser(wizard->userName());
        m_settings.sync();
        m_path = wizard->casebookPath();
        m_demoCasebook = false;
        showMain(wizard->takeCasebook());
        break;
    }
    case FirstRunWizard::Outcome::OpenExisting:
        m_settings.setCasebookPath(wizard->casebookPath());
        m_settings.sync();
        showUnlock(wizard->casebookPath(), false, QString(), QString());
        break;
    case FirstRunWizard::Outcome::Demo:
        startDemo(AppPaths::defaultDemoPath());
        break;
    case FirstRunWizard::Outcome::None:
        quit(0);
        break;
    }
}

void AppController::startDemo(const QString& path)
{
    if (waymark::Casebook::exists(AppPaths::toPath(path))) {
        showUnlock(path, true, QString(), QString());
        return;
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        showDemoError(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    waymark::demo::DemoOptions options;
    options.scale = m_demoScale;
    options.kdf = m_kdf;
    m_demo->setOptions(options);

    auto* progress = new QProgressDialog;
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setObjectName(QStringLiteral("demoProgress"));
    progress->setWindowTitle(tr("Preparing the demo — Waymark"));
    progress->setAccessibleName(tr("Preparing the demo casebook"));
    progress->setLabelText(tr("Making up young people for the demo casebook. None of them is real.\n%1…")
                               .arg(tr("Creating the encrypted casebook")));
    progress->setCancelButtonText(tr("&Cancel"));
    progress->setRange(0, 0); // busy while the casebook and its key are made (a second or so)
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumWidth(480);
    progress->setWindowIcon(QIcon(QStringLiteral(":/icons/waymark.svg")));
    const auto cancel = [this] {
        if (!m_progress.isNull()) {
            m_progress->setLabelText(tr("Stopping…"));
            m_progress->show(); // Esc hides a progress dialog; keep it up until the work has stopped
        }
        m_demo->cancel();
    };
    connect(progress, &QProgressDialog::canceled, this, cancel);
    connect(progress, &QDialog::rejected, this, cancel);
    m_progress = progress;
    m_path = path;
    if (!m_demo->start(path, m_clock)) {
        progress->close();
        return;
    }
    progress->setValue(0);
    progress->show();
}

void AppController::onDemoFinished(bool ok, int people, bool cancelled, const QString& error)
{
    if (ok && !m_progress.isNull() && !m_progressLinger) {
        // Let the full bar be seen, with what was made, before the sign-in replaces it.
        m_progressLinger = true;
        m_progress->setRange(0, 100);
        m_progress->setValue(100);
        m_progress->setLabelText(
            tr("Made %n young people for the demo casebook. None of them is real.", nullptr, people));
        m_progress->setCancelButton(nullptr);
        QTimer::singleShot(m_progressLingerMs, this,
                           [this, ok, people, cancelled, error] { onDemoFinished(ok, people, cancelled, error); });
        return;
    }
    m_progressLinger = false;
    if (!m_progress.isNull()) {
        // QProgressDialog emits canceled() when it closes; the worker is finished already.
        QProgressDialog* progress = m_progress.data();
        m_progress.clear();
        progress->disconnect(this);
        progress->close();
    }
    if (ok) {
        showUnlock(m_path, true, QString(), QString());
        return;
    }
    if (cancelled) {
        if (!m_unlock.isNull()) { // started from the sign-in screen: back to it
            m_unlock->show();
            m_unlock->raise();
            m_unlock->activateWindow();
            return;
        }
        quit(1);
        return;
    }
    showDemoError(error);
}

void AppController::showDemoError(const QString& error)
{
    auto* box = new QMessageBox(QMessageBox::Critical, tr("Demo — Waymark"),
                                tr("The demo casebook could not be made.\n%1").arg(error), QMessageBox::NoButton);
    box->addButton(tr("C&lose"), QMessageBox::RejectRole);
    box->setObjectName(QStringLiteral("demoError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAccessibleName(tr("Demo failed"));
    connect(box, &QMessageBox::finished, this, [this] { quit(1); });
    box->open();
}

void AppController::showUnlock(const QString& path, bool demo, const QString& user, const QString& notice)
{
    if (!m_unlock.isNull()) {
        UnlockDialog* old = m_unlock.data();
        m_unlock.clear();
        old->disconnect(this);
        old->deleteLater();
        old->hide();
    }
    m_path = path;
    m_demoCasebook = demo;

    auto* dialog = new UnlockDialog(path);
    dialog->setClock(m_clock);
    if (demo) {
        dialog->setDemoSignIn(toQString(waymark::demo::kDemoUser), toQString(waymark::demo::kDemoPassword));
    } else {
        QString who = user;
        if (who.isEmpty() && QFileInfo(path) == QFileInfo(m_settings.casebookPath()))
            who = m_settings.lastUser();
        dialog->setUserName(who);
    }
    dialog->setNotice(notice);
    connect(dialog, &QDialog::accepted, this, &AppController::onUnlockAccepted);
    connect(dialog, &QDialog::rejected, this, [this] {
        if (!m_locking)
            quit(0);
    });
    connect(dialog, &UnlockDialog::otherCasebookRequested, this, &AppController::showFirstRun);
    m_unlock = dialog;
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void AppController::onUnlockAccepted()
{
    UnlockDialog* dialog = m_unlock.data();
    if (dialog == nullptr)
        return;
    std::unique_ptr<waymark::Casebook> casebook = dialog->takeCasebook();
    if (!casebook)
        return;
    if (!m_demoCasebook && QFileInfo(m_path) == QFileInfo(m_settings.casebookPath())) {
        m_settings.setLastUser(toQString(casebook->user().username));
        m_settings.sync();
    }
    showMain(std::move(casebook));
}

void AppController::showMain(std::unique_ptr<waymark::Casebook> casebook)
{
    m_casebook = casebook.get();
    auto* window = new MainWindow(std::move(casebook));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowIcon(QIcon(QStringLiteral(":/icons/waymark.svg")));
    connect(window, &MainWindow::lockRequested, this, &AppController::lockNow);
    connect(window, &MainWindow::openCasebookRequested, this, &AppController::switchCasebook);
    m_settings.addRecentCasebook(m_path);
    m_settings.sync();
    window->setRecentCasebooks(m_settings.recentCasebooks());
    connect(window, &MainWindow::aboutRequested, this, &AppController::showAbout);
    connect(window, &MainWindow::settingsRequested, this, &AppController::showSettings);
    connect(window, &QObject::destroyed, this, [this] {
        m_casebook = nullptr;
        m_idle->stop();
        m_autoBackup->stop(); // it watched the casebook that just closed
        if (!m_locking)
            quit(0); // the user closed the window
    });
    m_mainWindow = window;
    window->installEventFilter(this); // closing: the automatic backup on exit first
    m_exitBackupDone = false;
    window->show();

    // The sign-in dialog goes only once the main window is on screen.
    if (!m_unlock.isNull()) {
        UnlockDialog* old = m_unlock.data();
        m_unlock.clear();
        old->disconnect(this);
        old->hide();
        old->deleteLater();
    }
    applyIdleTimeout();
    m_idle->start();
    m_autoBackup->start(*m_casebook);
    window->offerDrafts();
    Q_EMIT unlocked();
}

// ---------------------------------------------------------------------------------------
// Locking

void AppController::setSessionLock(std::unique_ptr<SessionLock> watcher)
{
    m_session = std::move(watcher);
    connect(m_session.get(), &SessionLock::lockRequested, this, [this](const QString& why) {
        if (why == QLatin1String("sleep"))
            finishLockAfterClosing(tr("Waymark locked the casebook because the computer went to sleep."));
        else if (why == QLatin1String("screensaver"))
            finishLockAfterClosing(tr("Waymark locked the casebook because the screen was locked."));
        else
            finishLockAfterClosing(tr("Waymark locked the casebook because the session was locked or switched."));
    });
}

void AppController::lockNow()
{
    finishLockAfterClosing(QString());
}

void AppController::switchCasebook(const QString& path)
{
    if (m_mainWindow.isNull() || path.isEmpty())
        return;
    m_switchTo = path;
    finishLockAfterClosing(QString());
}

void AppController::finishLockAfterClosing(const QString& notice)
{
    if (m_mainWindow.isNull() || m_locking)
        return;
    m_locking = true;
    m_idle->stop();
    closeDialogsOf(m_mainWindow.data());
    // Let any dialog's own event loop unwind before its window is destroyed.
    QTimer::singleShot(0, this, [this, notice] { finishLock(notice, 0); });
}

void AppController::closeDialogsOf(QWidget* window)
{
    const QList<QDialog*> dialogs = window->findChildren<QDialog*>();
    // Marked first: a dialog with typed work then closes without asking (ui/widgets/LockClosing.h).
    for (QDialog* dialog : dialogs)
        lockclosing::mark(dialog);
    for (QDialog* dialog : dialogs) {
        if (dialog->isVisible())
            dialog->reject();
    }
    // Message boxes and file dialogs opened without a parent.
    for (QWidget* top : QApplication::topLevelWidgets()) {
        auto* dialog = qobject_cast<QDialog*>(top);
        if (dialog != nullptr && dialog->isVisible() && dialog != m_unlock.data() && dialog->isModal()) {
            lockclosing::mark(dialog);
            dialog->reject();
        }
    }
}

void AppController::finishLock(const QString& notice, int attempt)
{
    if (m_mainWindow.isNull()) {
        m_locking = false;
        return;
    }
    if (QApplication::activeModalWidget() != nullptr && attempt < 50) {
        closeDialogsOf(m_mainWindow.data());
        QTimer::singleShot(20, this, [this, notice, attempt] { finishLock(notice, attempt + 1); });
        return;
    }

    // A backup running now is cancelled (it leaves nothing behind): locking never waits.
    m_autoBackup->stop();
    const QString user = m_casebook != nullptr ? toQString(m_casebook->user().username) : QString();
    // Work in progress is saved when it can be, and the user is told either way.
    const QString saved = m_mainWindow->saveBeforeLock();
    const QString fullNotice = saved.isEmpty() ? notice : notice.isEmpty() ? saved : notice + QLatin1Char('\n') + saved;
    if (m_switchTo.isEmpty()) {
        showUnlock(m_path, m_demoCasebook, user, fullNotice);
    } else {
        // Another casebook: it is the one opened at the next start too.
        const QString next = m_switchTo;
        m_switchTo.clear();
        const bool demo = QFileInfo(next) == QFileInfo(AppPaths::defaultDemoPath());
        if (!demo) {
            m_settings.setCasebookPath(next);
            m_settings.sync();
        }
        showUnlock(next, demo, QString(), fullNotice);
    }

    MainWindow* window = m_mainWindow.data();
    m_mainWindow.clear();
    m_casebook = nullptr;
    window->hide();
    delete window; // closes the database and wipes the key
    m_locking = false;
    Q_EMIT locked();
}

// ---------------------------------------------------------------------------------------
// Automatic backups

bool AppController::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Close || watched != m_mainWindow.data() || m_locking || m_exitBackupDone)
        return QObject::eventFilter(watched, event);
    // The user is closing Waymark. First the window's own questions ("Discard changes?", a
    // "Back up now" still running): a close the user cancels makes no backup.
    if (m_exitProgress.isNull() && !m_mainWindow->mayClose()) {
        event->ignore();
        return true;
    }
    // Then a due backup is made, off the UI thread, with "Skip".
    if (!m_exitProgress.isNull() || m_autoBackup->isRunning() ||
        m_autoBackup->runIfDue(waymark::AutomaticBackup::OnExit)) {
        showExitBackupProgress();
        event->ignore();
        return true;
    }
    m_exitBackupDone = true;
    return QObject::eventFilter(watched, event);
}

void AppController::showExitBackupProgress()
{
    if (!m_exitProgress.isNull()) {
        m_exitProgress->raise();
        return;
    }
    m_idle->stop();
    auto* progress = new QProgressDialog(m_mainWindow.data());
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setObjectName(QStringLiteral("exitBackupProgress"));
    progress->setWindowTitle(tr("Closing — Waymark"));
    progress->setAccessibleName(tr("Backing up before closing"));
    progress->setLabelText(tr("Backing up the casebook before Waymark closes…\nSkip it to close now; the backup "
                              "is made the next time Waymark is open."));
    progress->setCancelButtonText(tr("&Skip"));
    progress->setRange(0, 100);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setWindowModality(Qt::WindowModal);
    const auto skip = [this] {
        if (!m_exitProgress.isNull()) {
            m_exitProgress->setLabelText(tr("Stopping the backup…"));
            m_exitProgress->show();
        }
        m_autoBackup->cancel();
    };
    connect(progress, &QProgressDialog::canceled, this, skip);
    connect(progress, &QDialog::rejected, this, skip); // Esc
    m_exitProgress = progress;
    progress->setValue(0);
    progress->show();
}

void AppController::onAutoBackupFinished(bool ok, bool cancelled, const QString& file, const QString& error)
{
    if (m_mainWindow.isNull())
        return;
    // The page that warns about an old backup reads the new time.
    for (QWidget* reminder : m_mainWindow->findChildren<QWidget*>(QStringLiteral("backupReminder")))
        QMetaObject::invokeMethod(reminder, "refresh");
    if (m_exitProgress.isNull()) {
        if (ok && !file.isEmpty())
            m_mainWindow->statusBar()->showMessage(tr("Backed up automatically: %1").arg(file), 8000);
        else if (!ok && !cancelled)
            m_mainWindow->statusBar()->showMessage(tr("The automatic backup failed: %1").arg(error), 15000);
        return;
    }
    // Closing: the window closes now, whatever happened, once a failure has been seen.
    QProgressDialog* progress = m_exitProgress.data();
    m_exitProgress.clear();
    progress->disconnect(this);
    progress->close();
    m_exitBackupDone = true;
    if (ok || cancelled) {
        m_mainWindow->close();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Closing — Waymark"),
                                tr("The backup before closing could not be made:\n%1\nThe casebook itself is as it "
                                   "was. Make a backup the next time Waymark is open (Tools › Backups…).")
                                    .arg(error),
                                QMessageBox::NoButton, m_mainWindow.data());
    box->addButton(tr("C&lose Waymark"), QMessageBox::AcceptRole);
    box->setObjectName(QStringLiteral("exitBackupFailed"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this] {
        if (!m_mainWindow.isNull())
            m_mainWindow->close();
    });
    box->open();
}

// ---------------------------------------------------------------------------------------
// Windows opened from the main window

void AppController::showAbout()
{
    std::optional<waymark::CasebookInfo> info;
    if (m_casebook != nullptr)
        info = m_casebook->info();
    auto* about = new AboutDialog(info, m_mainWindow.data());
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void AppController::showSettings()
{
    auto* dialog = new SettingsDialog(m_settings, m_mainWindow.data());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        applyIdleTimeout();
        if (!m_mainWindow.isNull())
            m_idle->start();
    });
    dialog->open();
}

void AppController::quit(int exitCode)
{
    if (m_quitting)
        return;
    m_quitting = true;
    Q_EMIT quitRequested(exitCode);
}
