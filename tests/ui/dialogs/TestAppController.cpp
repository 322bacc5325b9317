// The application flow: unlock -> main window -> idle auto-lock / Ctrl+L -> unlock again;
// first run; demo generation with progress and cancel.

#include "tests/support/TestSupport.h"

#include "core/Casebook.h"
#include "core/demo/DemoGenerator.h"
#include "ui/app/AppController.h"
#include "ui/app/AppSettings.h"
#include "ui/app/IdleLock.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/FirstRunWizard.h"
#include "ui/dialogs/UnlockDialog.h"
#include "ui/pages/MainWindow.h"
#include "ui/pages/MyWorkPage.h"
#include "ui/pages/PeoplePage.h"
#include "ui/pages/PersonPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
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

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (found == nullptr)
        qFatal("no child widget named %s", name);
    return found;
}

QString fromPath(const std::filesystem::path& p)
{
    return QString::fromStdString(p.string());
}

// Types the password into the unlock dialog on screen and presses Enter.
void unlockWith(AppController& controller, const QString& user, const QString& password)
{
    UnlockDialog* dialog = controller.unlockDialog();
    QVERIFY(dialog != nullptr);
    QVERIFY(dialog->isVisible());
    auto* userEdit = child<QLineEdit>(dialog, "userName");
    if (userEdit->text() != user) {
        userEdit->clear();
        QTest::keyClicks(userEdit, user);
    }
    auto* passwordEdit = child<QLineEdit>(dialog, "password");
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
}

} // namespace

class TestAppController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void unlockThenIdleLockReturnsToUnlock();
    void inputKeepsItUnlocked();
    void lockNowClosesOpenDialogs();
    void lockWhileDialogExecRuns();
    void ctrlLLocks();
    void lockSavesCompleteEditsAndSaysSo();
    void lockKeepsIncompleteNewPersonAsDraft();
    void lockKeepsInvalidEditAsDraftAndOffersItBack();
    void wrongPasswordAfterLockStaysLocked();
    void fileOpenLocksAndAsksForTheOtherCasebook();
    void firstRunCreatesAndRemembers();
    void demoIsGeneratedThenUnlocks();
    void demoCancelLeavesNothing_data();
    void demoCancelLeavesNothing();

private:
    std::unique_ptr<AppController> makeController();

    test::TempDir m_dir;
    std::filesystem::path m_casebook;
    std::unique_ptr<AppSettings> m_settings;
    int m_run = 0;
};

void TestAppController::initTestCase()
{
    m_casebook = m_dir.file("flow.waymark");
    QVERIFY(test::makeCasebook(m_casebook));
}

void TestAppController::init()
{
    ++m_run;
    m_settings = std::make_unique<AppSettings>(fromPath(m_dir.file("settings-" + std::to_string(m_run) + ".ini")));
}

void TestAppController::cleanup()
{
    m_settings.reset();
}

std::unique_ptr<AppController> TestAppController::makeController()
{
    auto controller = std::make_unique<AppController>(*m_settings);
    controller->setKdfStrength(KdfStrength::Minimum);
    return controller;
}

void TestAppController::unlockThenIdleLockReturnsToUnlock()
{
    m_settings->setCasebookPath(fromPath(m_casebook));
    auto controller = makeController();
    QSignalSpy lockedSpy(controller.get(), &AppController::locked);
    controller->start();
    QVERIFY(controller->firstRunWizard() == nullptr);
    QVERIFY(controller->unlockDialog() != nullptr);

    unlockWith(*controller, QString::fromLatin1(test::kUser), QString::fromLatin1(test::kPassword));
    QTRY_VERIFY(controller->isUnlocked());
    QPointer<MainWindow> window = controller->mainWindow();
    QVERIFY(window->isVisible());
    QTRY_VERIFY(controller->unlockDialog() == nullptr);
    QCOMPARE(window->casebook().user().username, std::string(test::kUser));
    QVERIFY(controller->idleLock().isRunning());
    QCOMPARE(controller->idleLock().timeout(), std::chrono::milliseconds(5min)); // the default

    controller->setIdleTimeoutOverride(50ms);
    QTRY_VERIFY(!controller->isUnlocked());
    QTRY_VERIFY(window.isNull()); // destroyed, and with it the Casebook
    QCOMPARE(lockedSpy.count(), 1);
    UnlockDialog* dialog = controller->unlockDialog();
    QVERIFY(dialog != nullptr);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->userName(), QString::fromLatin1(test::kUser));
    QVERIFY(child<QLabel>(dialog, "notice")->isVisible());
    QVERIFY(!controller->idleLock().isRunning());

    // And back in again.
    unlockWith(*controller, QString::fromLatin1(test::kUser), QString::fromLatin1(test::kPassword));
    QTRY_VERIFY(controller->isUnlocked());
    qInfo("idle 50 ms: main window destroyed, unlock dialog back with user prefilled and a notice; unlocks again");
}

void TestAppController::inputKeepsItUnlocked()
{
    IdleLock lock;
    lock.setTimeout(60s);
    QWidget target;
    target.show();
    lock.start();
    QTest::qWait(300);
    const auto before = lock.remaining();
    QVERIFY2(before <= 59800ms, qPrintable(QString::number(before.count())));
    QTest::keyClick(&target, Qt::Key_A);
    const auto after = lock.remaining();
    QVERIFY2(after > before + 200ms, qPrintable(QStringLiteral("%1 -> %2").arg(before.count()).arg(after.count())));
    QTest::qWait(100);
    QTest::mouseMove(&target, QPoint(5, 5));
    QTest::mouseClick(&target, Qt::LeftButton);
    QVERIFY(lock.remaining() > 59800ms);
    lock.stop();
    QCOMPARE(lock.remaining(), 0ms);
    qInfo("a key press and a click restart the idle wait (%lld ms left before, %lld ms after the key)",
          static_cast<long long>(before.count()), static_cast<long long>(after.count()));
}

void TestAppController::lockNowClosesOpenDialogs()
{
    auto controller = makeController();
    controller->openCasebook(fromPath(m_casebook));
    unlockWith(*controller, QString::fromLatin1(test::kUser), QString::fromLatin1(test::kPassword));
    QTRY_VERIFY(controller->isUnlocked());
    QPointer<MainWindow> window = controller->mainWindow();

    Q_EMIT window->aboutRequested();
    QPointer<AboutDialog> about = window->findChild<AboutDialog*>();
    QVERIFY(!about.isNull());
    QTRY_VERIFY(about->isVisible());
    QVERIFY(about->versionText().contains(QStringLiteral("SQLite")));

    controller->lockNow();
    QTRY_VERIFY(window.isNull());
    QVERIFY(about.isNull());
    QVERIFY(controller->unlockDialog() != nullptr && controller->unlockDialog()->isVisible());
    qInfo("lock with the About box open: both windows gone, unlock dialog shown");
}

void TestAppController::lockWhileDialogExecRuns()
{
    // A page asking "discard changes?" with a stack dialog and exec() (nested event loop):
    // the lock must let that code finish before the window goes.
    auto controller = makeController();
    controller->openCasebook(fromPath(m_casebook));
    unlockWith(*controller, QString::fromLatin1(test::kUser), QString::fromLatin1(test::kPassword));
    QTRY_VERIFY(controller->isUnlocked());
    QPointer<MainWindow> window = controller->mainWindow();

    bool execReturned = false;
    bool windowAliveAfterExec = false;
    int answer = -1;
    QTimer::singleShot(0, window.data(), [&] {
        QMessageBox box(QMessageBox::Question, QStringLiteral("Waymark"), QStringLiteral("Discard changes?"),
                        QMessageBox::Yes | QMessageBox::No, window.data());
        answer = box.exec();
        execReturned = true;
        windowAliveAfterExec = !window.isNull();
    });
    // exec() blocks this test's own loop, so the idle lock has to fire inside it.
    controller->setIdleTimeoutOverride(300ms);
    QTRY_VERIFY(window.isNull());
    QVERIFY(execReturned);
    QVERIFY(windowAliveAfterExec);
    QVERIFY(answer != int(QMessageBox::Yes)); // rejected, never "yes, discard"
    QVERIFY(controller->unlockDialog() != nullptr);
    qInfo("idle lock during a nested exec(): the dialog was rejected, its caller finished, then the window went");
}

void TestAppController::ctrlLLocks()
{
    auto controller = makeController();
    controller->openCasebook(fromPath(m_casebook));
    unlockWith(*controller, QString::fromLatin1(test::kUser), QString::fromLatin1(test::kPassword));
    QTRY_VERIFY(controller->isUnlocked());
    QPointer<MainWindow> window = controller->mainWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(window.isNull());
    QVERIFY(!controller->isUnlocked());
    QVERIFY(controller->unlockDialog() != nullptr);
    qInfo("Ctrl+L in the main window locks at once");
}

void TestAppController::lockSavesCompleteEditsAndSaysSo()
{
    Uuid id;
    {
        auto cb = Casebook::open(m_casebook, test::kUser, test::kPassword);
        QVERIFY(cb);
        auto created = (*cb)->people().create(test::samplePerson(7));
        QVERIFY(created);
        id = created->person.id;
    }
    auto controller = makeController();
    controller->openCasebook(fromPath(m_casebook));
    unlockWith(*controller, QString::fromLatin1(test::kUser), QString::fromLatin1(test::kPassword));
    QTRY_VERIFY(controller->isUnlocked());
    QPointer<MainWindow> window = controller->mainWindow();
    QVERIFY(window->showPerson(id));
    auto* phone = qobject_cast<QLineEdit*>(window->personPage()->fieldWidget(QStringLiteral("phone")));
    QVERIFY(phone != nullptr);
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("01632 960777"));
    QVERIFY(window->personPage()->isDirty());

    controller->lockNow();
    QTRY_VERIFY(window.isNull());
    auto* notice = child<QLabel>(controller->unlockDialog(), "notice");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("saved before locking")), qPrintable(notice->text()));

    auto cb = Casebook::open(m_casebook, test::kUser, test::kPassword);
    QVERIFY(cb);
    QCOMPARE((*cb)->people().view(id)->phone, std::string("01632 960777"));
    qInfo("an edit left unsaved when the casebook locked was saved, and the unlock screen says so");
}

void TestAppController::lockKeepsIncompleteNewPersonAsDraft()
{
    auto controller = makeController();
    controller->openCasebook(fromPath(m_casebook));
    unlockWith(*controller, QString::fromLatin1(test::kUser), QString::fromLatin1(test::kPassword));
    QTRY_VERIFY(controller->isUnlocked());
    QPointer<MainWindow> window = controller->mainWindow();
    const auto before = window->casebook().people().count().value();
    window->showNewPerson();
    auto* given = qobject_cast<QLineEdit*>(window->personPage()->fieldWidget(QStringLiteral("given_name")));
    QVERIFY(given != nullptr);
    QTest::keyClicks(given, QStringLiteral("Halfway"));
    QVERIFY(window->personPage()->isDirty());

    controller->lockNow();
    QTRY_VERIFY(window.isNull());
    auto* notice = child<QLabel>(controller->unlockDialog(), "notice");
    QVERIFY2(notice->text().contains(QStringLiteral("could not be saved yet")), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(QStringLiteral("the family name")), qPrintable(notice->text()));
    QVERIFY(!notice->text().contains(QStringLiteral("Halfway"))); // the lock screen names no one

    {
        auto cb = Casebook::open(m_casebook, test::kUser, test::kPassword);
        QVERIFY(cb);
        QCOMPARE((*cb)->people().count().value(), before);
        auto drafts = (*cb)->drafts().list();
        QVERIFY(drafts);
        QCOMPARE(drafts->size(), std::size_t(1));
        QVERIFY(drafts->front().recordId.isNull());
    }

    // Unlocked again: offered back; "Discard" removes it.
    unlockWith(*controller, QString::fromLatin1(test::kUser), QString::fromLatin1(test::kPassword));
    QTRY_VERIFY(controller->isUnlocked());
    QMessageBox* offer = nullptr;
    QTRY_VERIFY((offer = controller->mainWindow()->findChild<QMessageBox*>(QStringLiteral("draftOffer"))) != nullptr);
    QVERIFY(offer->text().contains(QStringLiteral("Halfway")));
    QTest::mouseClick(child<QPushButton>(offer, "discardDraftButton"), Qt::LeftButton);
    QTRY_VERIFY(controller->mainWindow()->casebook().drafts().list()->empty());
    // Unlocked onto My work, the page after unlock.
    QCOMPARE(controller->mainWindow()->currentPage(), static_cast<QWidget*>(controller->mainWindow()->myWorkPage()));
    qInfo("an incomplete new person is kept as a draft on lock (the notice names no one) and can be discarded");
}

void TestAppController::lockKeepsInvalidEditAsDraftAndOffersItBack()
{
    waymark::Uuid id;
    {
        auto cb = Casebook::open(m_casebook, test::kUser, test::kPassword);
        QVERIFY(cb);
        auto created = (*cb)->people().create(test::samplePerson(8));
        QVERIFY(created);
        id = created->person.id;
    }
    const QString typed = QStringLiteral("ZQ9 XX9Q"); // not a UK postcode
    auto controller = makeController();
    controller->openCasebook(fromPath(m_casebook));
    unlockWith(*controller, QString::fromLatin1(test::kUser), QString::fromLatin1(test::kPassword));
    QTRY_VERIFY(controller->isUnlocked());
    QPointer<MainWindow> window = controller->mainWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QVERIFY(window->showPerson(id));
    auto* postcode = qobject_cast<QLineEdit*>(window->personPage()->fieldWidget(QStringLiteral("postcode")));
    QVERIFY(postcode != nullptr);
    postcode->setFocus();
    postcode->selectAll();
    QTest::keyClicks(postcode, typed);
    auto* phone = qobject_cast<QLineEdit*>(window->personPage()->fieldWidget(QStringLiteral("phone")));
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("01632 960111"));
    QTest::keyClick(window.data(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(window.isNull());

    auto* notice = child<QLabel>(controller->unlockDialog(), "notice");
    QVERIFY2(notice->text().contains(QStringLiteral("kept, encrypted")), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(QStringLiteral("the postcode")), qPrintable(notice->text()));
    // Kept inside the encrypted casebook: no file in the folder holds what was typed.
    QVERIFY(test::filesContaining(m_dir.path(), typed.toUtf8()).empty());
    QVERIFY(test::filesContaining(m_dir.path(), QByteArrayLiteral("01632 960111")).empty());

    unlockWith(*controller, QString::fromLatin1(test::kUser), QString::fromLatin1(test::kPassword));
    QTRY_VERIFY(controller->isUnlocked());
    window = controller->mainWindow();
    QMessageBox* offer = nullptr;
    QTRY_VERIFY((offer = window->findChild<QMessageBox*>(QStringLiteral("draftOffer"))) != nullptr);
    QVERIFY(offer->isVisible());
    QVERIFY2(offer->text().startsWith(QStringLiteral("Restore your unsaved changes to")), qPrintable(offer->text()));
    QVERIFY2(offer->informativeText().contains(QStringLiteral("the postcode")), qPrintable(offer->informativeText()));
    QTest::mouseClick(child<QPushButton>(offer, "restoreDraftButton"), Qt::LeftButton);

    ::PersonPage* page = window->personPage();
    QTRY_COMPARE(window->currentPage(), static_cast<QWidget*>(page));
    QCOMPARE(page->person().id, id);
    postcode = qobject_cast<QLineEdit*>(page->fieldWidget(QStringLiteral("postcode")));
    QCOMPARE(postcode->text(), typed);
    QCOMPARE(qobject_cast<QLineEdit*>(page->fieldWidget(QStringLiteral("phone")))->text(),
             QStringLiteral("01632 960111"));
    QVERIFY(page->isDirty());
    QVERIFY2(page->errorText().contains(QStringLiteral("the postcode")), qPrintable(page->errorText()));
    QTRY_COMPARE(window->focusWidget(), static_cast<QWidget*>(postcode)); // the field to check has focus
    QVERIFY(window->casebook().drafts().list()->empty());                 // given back once

    // Corrected and saved: the record has both edits.
    postcode->selectAll();
    QTest::keyClicks(postcode, QStringLiteral("sw1a 1aa"));
    QVERIFY2(page->save(), qPrintable(page->errorText()));
    QCOMPARE(window->casebook().people().view(id)->phone, std::string("01632 960111"));
    qInfo("an invalid edit survives a lock as an encrypted draft, is offered back after unlock and restored");
}

void TestAppController::wrongPasswordAfterLockStaysLocked()
{
    auto controller = makeController();
    controller->openCasebook(fromPath(m_casebook));
    unlockWith(*controller, QString::fromLatin1(test::kUser), QString::fromLatin1(test::kPassword));
    QTRY_VERIFY(controller->isUnlocked());
    controller->lockNow();
    QTRY_VERIFY(!controller->isUnlocked());

    QSignalSpy quitSpy(controller.get(), &AppController::quitRequested);
    unlockWith(*controller, QString::fromLatin1(test::kUser), QStringLiteral("not my password"));
    QTRY_COMPARE(controller->unlockDialog()->errorText(), QStringLiteral("Wrong user name or password."));
    QVERIFY(!controller->isUnlocked());
    QCOMPARE(quitSpy.count(), 0);
    qInfo("after a lock, a wrong password keeps it locked and says so");
}

void TestAppController::fileOpenLocksAndAsksForTheOtherCasebook()
{
    const std::filesystem::path other = m_dir.file("other.waymark");
    QVERIFY(test::makeCasebook(other));
    auto controller = makeController();
    controller->openCasebook(fromPath(m_casebook));
    unlockWith(*controller, QString::fromLatin1(test::kUser), QString::fromLatin1(test::kPassword));
    QTRY_VERIFY(controller->isUnlocked());
    QPointer<MainWindow> window = controller->mainWindow();
    Q_EMIT window->openCasebookRequested(fromPath(other)); // File > Open or a recent entry
    QTRY_VERIFY(window.isNull());                          // the first casebook is locked: key wiped
    QVERIFY(controller->unlockDialog() != nullptr);
    QCOMPARE(controller->casebookPath(), fromPath(other));
    unlockWith(*controller, QString::fromLatin1(test::kUser), QString::fromLatin1(test::kPassword));
    QTRY_VERIFY(controller->isUnlocked());
    QCOMPARE(controller->mainWindow()->casebook().path(), other);
    QCOMPARE(m_settings->casebookPath(), fromPath(other));
    QVERIFY(m_settings->recentCasebooks().contains(fromPath(m_casebook)));
    QCOMPARE(m_settings->recentCasebooks().first(), fromPath(other));
    qInfo("File > Open locks this casebook, unlocks the other, and remembers both as recent");
}

void TestAppController::firstRunCreatesAndRemembers()
{
    const std::filesystem::path path = m_dir.file("firstrun.waymark");
    auto controller = makeController();
    controller->start(); // nothing configured
    FirstRunWizard* wizard = controller->firstRunWizard();
    QVERIFY(wizard != nullptr);
    QVERIFY(controller->unlockDialog() == nullptr);
    wizard->setSuggestedPath(fromPath(path));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(wizard, "userName"), QStringLiteral("firstcoord"));
    QTest::keyClicks(child<QLineEdit>(wizard, "password"), QStringLiteral("first run passphrase"));
    QTest::keyClicks(child<QLineEdit>(wizard, "confirmPassword"), QStringLiteral("first run passphrase"));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

    QTRY_VERIFY(controller->isUnlocked());
    QCOMPARE(controller->mainWindow()->casebook().user().username, std::string("firstcoord"));
    QCOMPARE(m_settings->casebookPath(), fromPath(path));
    QCOMPARE(m_settings->lastUser(), QStringLiteral("firstcoord"));

    // Next start goes straight to the unlock dialog with the user filled in.
    controller.reset();
    auto next = makeController();
    next->start();
    QVERIFY(next->firstRunWizard() == nullptr);
    QVERIFY(next->unlockDialog() != nullptr);
    QCOMPARE(next->unlockDialog()->userName(), QStringLiteral("firstcoord"));
    qInfo("first run created the casebook, opened the main window and remembered the file and user");
}

void TestAppController::demoIsGeneratedThenUnlocks()
{
    // The data folder does not exist yet on a first run (~/.local/share/Waymark).
    const std::filesystem::path path = m_dir.path() / "not-yet" / "Waymark" / "demo.waymark";
    QVERIFY(!std::filesystem::exists(path.parent_path()));
    auto controller = makeController();
    controller->startDemo(fromPath(path));
    QVERIFY(controller->demoProgress() != nullptr);
    QVERIFY(controller->demoProgress()->isVisible());
    QPointer<QProgressDialog> progress = controller->demoProgress();
    QCOMPARE(progress->maximum(), 0); // busy while the casebook is made

    // The bar fills and stays in view, full, before the sign-in replaces it.
    // (The bar may reach 100 % while the casebook is still being finished: wait for the count.)
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isNull() && progress->maximum() == 100 && progress->value() == 100 &&
                                 (progress->labelText().contains(QStringLiteral("1000")) ||
                                  progress->labelText().contains(QStringLiteral("1,000"))),
                             300000);
    QVERIFY(progress->isVisible());
    QVERIFY(controller->unlockDialog() == nullptr);

    QTRY_VERIFY_WITH_TIMEOUT(controller->unlockDialog() != nullptr, 300000);
    QVERIFY(controller->demoProgress() == nullptr);
    UnlockDialog* dialog = controller->unlockDialog();
    QVERIFY(dialog->showsDemoSignIn());
    QCOMPARE(dialog->userName(), QStringLiteral("demo"));
    QVERIFY(child<QLabel>(dialog, "demoBanner")->text().contains(QString::fromLatin1(demo::kDemoPassword.data())));

    QTest::keyClicks(child<QLineEdit>(dialog, "password"), QString::fromLatin1(demo::kDemoPassword.data()));
    QTest::keyClick(child<QLineEdit>(dialog, "password"), Qt::Key_Return);
    QTRY_VERIFY(controller->isUnlocked());
    Casebook& casebook = controller->mainWindow()->casebook();
    QVERIFY(casebook.info().demo);
    auto people = casebook.people().count();
    QVERIFY(people.has_value());
    QCOMPARE(*people, std::int64_t(demo::peopleAtScale(demo::Scale::Small)));
    qInfo("demo made in the background (%lld people), unlock dialog showed the demo sign-in, demo user signed in",
          static_cast<long long>(*people));
}

void TestAppController::demoCancelLeavesNothing_data()
{
    QTest::addColumn<bool>("escape");
    QTest::newRow("Cancel button") << false;
    QTest::newRow("Esc key") << true;
}

void TestAppController::demoCancelLeavesNothing()
{
    QFETCH(bool, escape);
    const std::filesystem::path path = m_dir.file(escape ? "esc-demo.waymark" : "cancelled-demo.waymark");
    auto controller = makeController();
    controller->setDemoScale(demo::Scale::Medium); // long enough to be stopped half-way
    QSignalSpy quitSpy(controller.get(), &AppController::quitRequested);
    controller->startDemo(fromPath(path));
    QProgressDialog* progress = controller->demoProgress();
    QVERIFY(progress != nullptr);
    QTRY_VERIFY(progress->value() > 0); // under way
    if (escape)
        QTest::keyClick(progress, Qt::Key_Escape);
    else
        QTest::mouseClick(progress->findChild<QPushButton*>(), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(quitSpy.count() == 1, 120000);
    QCOMPARE(quitSpy.at(0).at(0).toInt(), 1);
    QVERIFY(controller->unlockDialog() == nullptr);
    QVERIFY(!std::filesystem::exists(path));
    QVERIFY(!std::filesystem::exists(Casebook::keyFilePath(path)));
    qInfo("%s: the app asks to quit (exit code 1) and leaves no half-made casebook behind", QTest::currentDataTag());
}

QTEST_MAIN(TestAppController)
#include "TestAppController.moc"
