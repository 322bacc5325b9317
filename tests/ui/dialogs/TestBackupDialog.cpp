// BackupDialog with real widgets on a real casebook: the last good backup shown (and the
// warning when there is none in 7 days), "Back up now" off the UI thread with progress (the
// dialog responsive, closing it and the casebook refused while it runs), a restore with a
// reason, and a caseworker who cannot restore. Closing Waymark: the automatic backup on exit
// comes only after "Discard changes?" was answered, and not at all when the close is cancelled.

#include "tests/support/TestSupport.h"

#include "core/Casebook.h"
#include "ui/app/AppController.h"
#include "ui/app/AppSettings.h"
#include "ui/app/AutoBackup.h"
#include "ui/dialogs/BackupDialog.h"
#include "ui/dialogs/UnlockDialog.h"
#include "ui/pages/MainWindow.h"
#include "ui/pages/MyWorkPage.h"
#include "ui/pages/PersonPage.h"
#include "ui/widgets/BackupReminder.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <chrono>
#include <filesystem>

using namespace waymark;
using namespace std::chrono_literals;

namespace {

std::chrono::system_clock::time_point noonOn(int y, int m, int d)
{
    std::tm tm{};
    tm.tm_year = y - 1900;
    tm.tm_mon = m - 1;
    tm.tm_mday = d;
    tm.tm_hour = 12;
    return std::chrono::system_clock::from_time_t(timegm(&tm));
}

int countIn(const std::filesystem::path& folder, const char* ending)
{
    int n = 0;
    for (const auto& e : std::filesystem::directory_iterator(folder))
        if (e.path().filename().string().ends_with(ending))
            ++n;
    return n;
}

int partialsIn(const std::filesystem::path& folder)
{
    int n = 0;
    for (const auto& e : std::filesystem::directory_iterator(folder))
        if (e.path().filename().string().find(".partial") != std::string::npos)
            ++n;
    return n;
}

// A casebook with a backup folder, unlocked through the real sign-in by an AppController.
struct Unlocked
{
    test::TempDir dir;
    std::filesystem::path casebook;
    std::filesystem::path folder;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<AppController> controller;
};

std::unique_ptr<Unlocked> unlockWithFolder()
{
    auto u = std::make_unique<Unlocked>();
    u->casebook = u->dir.file("exit.waymark");
    u->folder = u->dir.file("backups");
    std::filesystem::create_directory(u->folder);
    {
        auto cb = test::makeCasebook(u->casebook);
        if (!cb || !cb->backups().setFolder(u->folder))
            return nullptr;
    }
    u->settings = std::make_unique<AppSettings>(QString::fromStdString(u->dir.file("settings.ini").string()));
    u->settings->setCasebookPath(QString::fromStdString(u->casebook.string()));
    u->controller = std::make_unique<AppController>(*u->settings);
    u->controller->setKdfStrength(KdfStrength::Minimum);
    u->controller->start();
    UnlockDialog* dialog = u->controller->unlockDialog();
    if (dialog == nullptr)
        return nullptr;
    auto* user = dialog->findChild<QLineEdit*>(QStringLiteral("userName"));
    auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("password"));
    user->setText(QString::fromLatin1(test::kUser));
    QTest::keyClicks(password, QString::fromLatin1(test::kPassword));
    QTest::keyClick(password, Qt::Key_Return);
    return u;
}

} // namespace

class TestBackupDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backUpNowAndRestore()
    {
        test::TempDir dir;
        auto cb = test::makeCasebook(dir.file("team.waymark"));
        QVERIFY(cb);
        QVERIFY(cb->people().create(test::samplePerson(1)));
        BackupDialog dialog(*cb);
        QVERIFY(dialog.lastBackupText().contains(QStringLiteral("Warning")));
        QVERIFY(!dialog.backUpNow()); // no folder yet
        QVERIFY(!dialog.messageText().isEmpty());
        QVERIFY(cb->backups().setFolder(dir.path()));
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("backUpNow"));
        QVERIFY(button && button->isEnabled());
        QSignalSpy finished(&dialog, &BackupDialog::backupFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(finished.at(0).at(0).toBool());
        auto listed = cb->backups().list(dir.path());
        QVERIFY(listed && listed->size() == 1);
        QVERIFY(!dialog.lastBackupText().contains(QStringLiteral("Warning")));
        QVERIFY(cb->people().create(test::samplePerson(2)));
        QVERIFY(dialog.restoreFrom(QString::fromStdString(listed->front().path.string()),
                                   QString::fromLatin1(test::kPassword), QStringLiteral("dialog test")));
        QCOMPARE(test::scalar(*cb, "SELECT count(*) FROM people"), std::int64_t{1});
        QVERIFY(!dialog.restoreFrom(QString::fromStdString(listed->front().path.string()),
                                    QStringLiteral("wrong password here"), QStringLiteral("dialog test")));
        QVERIFY(!dialog.messageText().isEmpty());
    }

    // A backup from before a rekey: the message says so (with the date), not "a different
    // casebook".
    void backupFromBeforeARekeyIsExplained()
    {
        test::TempDir dir;
        auto cb = test::makeCasebook(dir.file("team.waymark"));
        QVERIFY(cb);
        auto made = cb->backups().create(dir.path());
        QVERIFY(made);
        QVERIFY(cb->rekey("lost laptop"));
        BackupDialog dialog(*cb);
        QVERIFY(!dialog.restoreFrom(QString::fromStdString(made->path.string()), QString::fromLatin1(test::kPassword),
                                    QStringLiteral("roll back")));
        const QString text = dialog.messageText();
        QVERIFY2(text.contains(QStringLiteral("this casebook")) && text.contains(QStringLiteral("rekey on ")) &&
                     text.contains(QStringLiteral("coordinator")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("different casebook")), qPrintable(text));
    }

    void caseworkerCannotRestore()
    {
        test::TempDir dir;
        {
            auto cb = test::makeCasebook(dir.file("team.waymark"));
            QVERIFY(cb && cb->users().add("casey", "long river walk at noon", Role::Caseworker));
        }
        auto casey = Casebook::open(dir.file("team.waymark"), "casey", "long river walk at noon");
        QVERIFY(casey);
        BackupDialog dialog(**casey);
        auto* restore = dialog.findChild<QPushButton*>(QStringLiteral("restoreBackup"));
        auto* backUp = dialog.findChild<QPushButton*>(QStringLiteral("backUpNow"));
        QVERIFY(restore && backUp);
        QVERIFY(!restore->isEnabled());
        QVERIFY(backUp->isEnabled());
    }

    void automaticBackupsSetting()
    {
        test::TempDir dir;
        {
            auto cb = test::makeCasebook(dir.file("team.waymark"));
            QVERIFY(cb && cb->users().add("casey", "long river walk at noon", Role::Caseworker));
            BackupDialog dialog(*cb);
            auto* automatic = dialog.findChild<QCheckBox*>(QStringLiteral("automaticBackups"));
            QVERIFY(automatic && automatic->isEnabled());
            QVERIFY(automatic->isChecked()); // on by default
            automatic->click();
            QVERIFY(!cb->backups().automatic());
            automatic->click();
            QVERIFY(cb->backups().automatic());
        }
        auto casey = Casebook::open(dir.file("team.waymark"), "casey", "long river walk at noon");
        QVERIFY(casey);
        BackupDialog dialog(**casey);
        auto* automatic = dialog.findChild<QCheckBox*>(QStringLiteral("automaticBackups"));
        QVERIFY(automatic && !automatic->isEnabled());
        QVERIFY(!dialog.setAutomatic(false)); // refused, and said
        QVERIFY(!dialog.messageText().isEmpty());
    }

    // My work warns when the last good backup is more than 7 days old, and "Back up now" makes one.
    void myWorkWarnsWhenTheBackupIsOld()
    {
        test::TempDir dir;
        auto clock = std::make_shared<FixedClock>(noonOn(2026, 11, 30));
        auto cb = test::makeCasebook(dir.file("team.waymark"), test::kUser, test::kPassword, clock);
        QVERIFY(cb);
        MyWorkPage page(*cb);
        page.resize(1000, 700);
        page.show();
        auto* reminder = page.findChild<BackupReminder*>();
        QVERIFY(reminder != nullptr);
        QVERIFY(reminder->isVisible());
        QVERIFY2(reminder->text().contains(QStringLiteral("never")), qPrintable(reminder->text()));
        QVERIFY(cb->backups().setFolder(dir.path()));
        QTest::mouseClick(reminder->backUpButton(), Qt::LeftButton);
        QTRY_COMPARE(countIn(dir.path(), ".waymark") - 1, 1); // the casebook and its backup
        auto* dialog = page.findChild<BackupDialog*>();
        QVERIFY(dialog != nullptr && dialog->isVisible());
        QTRY_VERIFY(dialog->messageText().startsWith(QStringLiteral("Backed up")));
        dialog->reject();
        QTRY_VERIFY(!reminder->isVisible()); // a fresh backup: no warning
        clock->advance(7 * 24h);
        reminder->refresh();
        QVERIFY(!reminder->isVisible()); // 7 days: not yet
        clock->advance(24h + 1min);
        reminder->refresh();
        QVERIFY(reminder->isVisible());
        QVERIFY2(reminder->text().contains(QStringLiteral("made 8 day")), qPrintable(reminder->text()));
    }

    // The daily automatic backup runs on its own thread and connection; stop() cancels it.
    void automaticBackupOffTheUiThread()
    {
        test::TempDir dir;
        auto clock = std::make_shared<FixedClock>(noonOn(2026, 11, 30));
        auto cb = test::makeCasebook(dir.file("team.waymark"), test::kUser, test::kPassword, clock);
        QVERIFY(cb);
        std::filesystem::create_directory(dir.file("backups"));
        QVERIFY(cb->backups().setFolder(dir.file("backups")));
        AutoBackup automatic;
        automatic.setFirstCheckDelay(0ms);
        QSignalSpy finished(&automatic, &AutoBackup::finished);
        automatic.start(*cb);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(finished.at(0).at(0).toBool());
        QVERIFY(finished.at(0).at(2).toString().startsWith(QStringLiteral("team-20261130-120000")));
        QCOMPARE(countIn(dir.file("backups"), ".waymark"), 1);
        QVERIFY(cb->backups().lastBackup().has_value());
        QVERIFY(!automatic.runIfDue(AutomaticBackup::Daily));  // just made
        QVERIFY(!automatic.runIfDue(AutomaticBackup::OnExit)); // nothing saved since
        QVERIFY(cb->people().create(test::samplePerson(1)));
        clock->advance(1h);
        QVERIFY(automatic.runIfDue(AutomaticBackup::OnExit));
        QVERIFY(automatic.isRunning());
        automatic.stop(); // cancels and waits: nothing half made, and no late signal
        QVERIFY(!automatic.isRunning());
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(partialsIn(dir.file("backups")), 0);
    }

    // Closing Waymark makes the due backup first, with progress; the window then closes.
    void closingBacksUpFirst()
    {
        auto u = unlockWithFolder();
        QVERIFY(u);
        QTRY_VERIFY(u->controller->isUnlocked());
        QSignalSpy quit(u->controller.get(), &AppController::quitRequested);
        QVERIFY(!u->controller->mainWindow()->close()); // held for the backup
        QVERIFY(u->controller->exitBackupProgress() != nullptr);
        QVERIFY(u->controller->exitBackupProgress()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(quit.count(), 1, 30000);
        QCOMPARE(countIn(u->folder, ".waymark"), 1);
        QCOMPARE(partialsIn(u->folder), 0);
    }

    // "Skip" (or Esc) closes at once; nothing half made is left.
    void closingCanSkipTheBackup()
    {
        auto u = unlockWithFolder();
        QVERIFY(u);
        QTRY_VERIFY(u->controller->isUnlocked());
        QSignalSpy quit(u->controller.get(), &AppController::quitRequested);
        QVERIFY(!u->controller->mainWindow()->close());
        QProgressDialog* progress = u->controller->exitBackupProgress();
        QVERIFY(progress != nullptr);
        auto* skip = progress->findChild<QPushButton*>();
        QVERIFY(skip != nullptr);
        QCOMPARE(skip->text(), QStringLiteral("&Skip"));
        QTest::mouseClick(skip, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(quit.count(), 1, 30000);
        QCOMPARE(partialsIn(u->folder), 0);
        qInfo("skipped: %d backup(s) in the folder (the copy may have finished before Skip was seen)",
              countIn(u->folder, ".waymark"));
    }

    // "Back up now" runs off the UI thread: the event loop keeps running (a timer ticks), the
    // bar shows progress, the dialog and the casebook's window refuse to close until it has
    // finished; destroying the dialog mid-copy cancels it and leaves nothing half made.
    void backUpNowKeepsTheDialogResponsive()
    {
        test::TempDir dir;
        const auto folder = dir.file("backups");
        std::filesystem::create_directory(folder);
        auto made = test::makeCasebook(dir.file("busy.waymark"));
        QVERIFY(made);
        for (int i = 0; i < 300; ++i) // enough pages for the copy to take a moment
            QVERIFY(made->people().create(test::samplePerson(i)));
        QVERIFY(made->backups().setFolder(folder));
        MainWindow window(std::move(made));
        window.show();
        auto* dialog = new BackupDialog(window.casebook(), &window);
        dialog->show();
        auto* bar = dialog->findChild<QProgressBar*>();
        auto* close = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close);
        QVERIFY(bar && close);
        QSignalSpy finished(dialog, &BackupDialog::backupFinished);
        QSignalSpy progressed(bar, &QProgressBar::valueChanged);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ticks += dialog->isBackingUp() ? 1 : 0; });
        ticker.start(1);
        QVERIFY(dialog->backUpNow());
        QVERIFY(dialog->isBackingUp());
        QVERIFY(bar->isVisible());
        QVERIFY(!close->isEnabled());
        QVERIFY(!dialog->backUpNow()); // one at a time
        dialog->reject();              // Esc: refused while it runs, and said
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->messageText().contains(QStringLiteral("Wait")));
        QVERIFY(!window.close()); // nor does the casebook close
        QVERIFY(window.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        ticker.stop();
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog->messageText()));
        QVERIFY(dialog->messageText().startsWith(QStringLiteral("Backed up")));
        QVERIFY(!bar->isVisible());
        QVERIFY(close->isEnabled());
        QVERIFY(!progressed.isEmpty());
        QVERIFY2(ticks > 0, "the event loop stood still while the backup ran");
        QCOMPARE(countIn(folder, ".waymark"), 1);
        qInfo("the UI thread ran %d timer ticks and %d progress updates during the backup", ticks,
              int(progressed.count()));

        // Gone mid-copy (the window locking): cancelled, waited for, nothing half made.
        auto* second = new BackupDialog(window.casebook(), &window);
        QTest::qWait(1100); // a backup's name has its second
        QVERIFY(second->backUpNow());
        delete second;
        QCOMPARE(partialsIn(folder), 0);

        dialog->reject(); // finished: closes now
        QVERIFY(!dialog->isVisible());
        QVERIFY(window.close());
    }

    // Closing with unsaved changes: "Discard changes?" comes first; "Keep editing" cancels the
    // close and no backup is made; "Discard" then closes with the backup on exit, not asking twice.
    void closingAsksAboutChangesBeforeTheBackup()
    {
        auto u = unlockWithFolder();
        QVERIFY(u);
        QTRY_VERIFY(u->controller->isUnlocked());
        MainWindow* window = u->controller->mainWindow();
        window->showNewPerson();
        auto* family = window->personPage()->findChild<QLineEdit*>(QStringLiteral("familyName"));
        QVERIFY(family);
        QTest::keyClicks(family, QStringLiteral("Unsavedly"));
        QVERIFY(window->personPage()->isDirty());
        int asked = 0;
        bool discard = false;
        window->personPage()->setAskHandler([&](const QString&, const QString&) {
            ++asked;
            return discard;
        });
        QSignalSpy quit(u->controller.get(), &AppController::quitRequested);
        QVERIFY(!window->close()); // "Keep editing"
        QCOMPARE(asked, 1);
        QVERIFY(u->controller->exitBackupProgress() == nullptr);
        QTest::qWait(300);
        QCOMPARE(countIn(u->folder, ".waymark"), 0); // no backup for a close that did not happen
        QCOMPARE(partialsIn(u->folder), 0);
        QCOMPARE(quit.count(), 0);
        QVERIFY(window->isVisible());

        discard = true;
        QVERIFY(!window->close()); // "Discard": held for the backup on exit
        QCOMPARE(asked, 2);
        QVERIFY(u->controller->exitBackupProgress() != nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(quit.count(), 1, 30000);
        QCOMPARE(asked, 2); // not asked again when the window closes after the backup
        QCOMPARE(countIn(u->folder, ".waymark"), 1);
    }
};

QTEST_MAIN(TestBackupDialog)
#include "TestBackupDialog.moc"
