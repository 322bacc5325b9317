// FirstRunWizard driven through its real widgets: type, click Next / Finish, then check
// the casebook on disk with Casebook::open.

#include "tests/support/TestSupport.h"

#include "core/Casebook.h"
#include "ui/dialogs/FirstRunWizard.h"
#include "ui/dialogs/RestoreBackupPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTimer>

#include <filesystem>

using namespace waymark;

namespace {

const QString kNewUser = QStringLiteral("coord1");
const QString kNewPassword = QStringLiteral("a fine long passphrase");

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

void clickButton(QWizard& wizard, QWizard::WizardButton which)
{
    QAbstractButton* button = wizard.button(which);
    QVERIFY(button->isVisible());
    QVERIFY2(button->isEnabled(), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

// Types into a field the way a user does: replace the whole text.
void typeInto(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Keyboard-first: arrow keys move through the choices on the first page.
void chooseOption(QRadioButton* option)
{
    QVERIFY(QTest::qWaitForWindowActive(option->window()));
    auto* first = option->window()->findChild<QRadioButton*>(QStringLiteral("createOption"));
    first->setFocus();
    for (int i = 0; i < 3 && !option->isChecked(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QVERIFY(option->isChecked());
}

} // namespace

class TestFirstRunWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsCasebookThatOpens();
    void finishWaitsForGoodPassword();
    void passwordRulesAreCheckedLive();
    void refusesExistingFileAndLosesNothing();
    void showsCoreRefusal();
    void opensExistingCasebook();
    void demoChoiceEndsWizard();
    void restoresFromABackup();
    void restorePageAsksBeforeLeavingAndStops();
    void createPageStartsInUserName();
};

void TestFirstRunWizard::createPageStartsInUserName()
{
    // The file has a suggested path: the first thing to type is the user name.
    test::TempDir dir;
    FirstRunWizard wizard;
    wizard.setSuggestedPath(fromPath(dir.file("focus.waymark")));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Next, by keyboard
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::CreatePage));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(child<QLineEdit>(&wizard, "userName")));
    // Tab then walks on down the form: display name, password, confirmation.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(child<QLineEdit>(&wizard, "displayName")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(child<QLineEdit>(&wizard, "password")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(child<QLineEdit>(&wizard, "confirmPassword")));
    qInfo("create page: focus starts in User name; Tab goes on to display name, password, confirmation");
}

void TestFirstRunWizard::createsCasebookThatOpens()
{
    test::TempDir dir;
    const std::filesystem::path path = dir.file("scheme.waymark");

    FirstRunWizard wizard;
    wizard.setKdfStrength(KdfStrength::Minimum);
    wizard.setSuggestedPath(fromPath(path));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    QCOMPARE(wizard.currentId(), int(FirstRunWizard::StartPage));
    QVERIFY(child<QRadioButton>(&wizard, "createOption")->isChecked());
    clickButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::CreatePage));
    QCOMPARE(child<QLineEdit>(&wizard, "casebookPath")->text(), fromPath(path));

    auto* division = child<QComboBox>(&wizard, "division");
    QTest::keyClick(division, Qt::Key_Down); // Scotland
    QCOMPARE(division->currentData().toString(), QStringLiteral("scotland"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "userName"), kNewUser);
    QTest::keyClicks(child<QLineEdit>(&wizard, "displayName"), QStringLiteral("Morgan Testperson"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "password"), kNewPassword);
    QTest::keyClicks(child<QLineEdit>(&wizard, "confirmPassword"), kNewPassword);
    clickButton(wizard, QWizard::FinishButton);

    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(wizard.outcome(), FirstRunWizard::Outcome::Created);
    QCOMPARE(wizard.casebookPath(), fromPath(path));
    std::unique_ptr<Casebook> created = wizard.takeCasebook();
    QVERIFY(created);
    QCOMPARE(created->user().username, std::string("coord1"));
    QCOMPARE(created->user().displayName, std::string("Morgan Testperson"));
    QCOMPARE(created->user().role, Role::Coordinator);
    QCOMPARE(created->info().division, std::string("scotland"));
    created.reset();

    auto reopened = Casebook::open(path, "coord1", "a fine long passphrase");
    QVERIFY2(reopened.has_value(), reopened ? "" : describe(reopened.error()).c_str());
    QCOMPARE((*reopened)->info().division, std::string("scotland"));
    auto wrong = Casebook::open(path, "coord1", "not the passphrase");
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::WrongCredentials);
    qInfo("wizard created a Scotland casebook as coord1; it reopens with the typed password and refuses a wrong one");
}

void TestFirstRunWizard::finishWaitsForGoodPassword()
{
    test::TempDir dir;
    FirstRunWizard wizard;
    wizard.setKdfStrength(KdfStrength::Minimum);
    wizard.setSuggestedPath(fromPath(dir.file("x.waymark")));
    wizard.show();
    clickButton(wizard, QWizard::NextButton);

    QAbstractButton* finish = wizard.button(QWizard::FinishButton);
    auto* rule = child<QLabel>(&wizard, "passwordRule");
    QVERIFY(rule->text().contains(QStringLiteral("12")));
    QVERIFY(!finish->isEnabled());

    QTest::keyClicks(child<QLineEdit>(&wizard, "userName"), kNewUser);
    QTest::keyClicks(child<QLineEdit>(&wizard, "password"), QStringLiteral("short"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "confirmPassword"), QStringLiteral("short"));
    QVERIFY(!finish->isEnabled());
    QVERIFY2(rule->text().contains(QStringLiteral("Too short")), qPrintable(rule->text()));

    typeInto(child<QLineEdit>(&wizard, "password"), kNewPassword);
    typeInto(child<QLineEdit>(&wizard, "confirmPassword"), kNewPassword + QStringLiteral("x"));
    QVERIFY(!finish->isEnabled());
    QVERIFY2(rule->text().contains(QStringLiteral("not the same")), qPrintable(rule->text()));

    QTest::keyClick(child<QLineEdit>(&wizard, "confirmPassword"), Qt::Key_Backspace);
    QVERIFY(finish->isEnabled());
    QVERIFY(child<QLabel>(&wizard, "ruleLength")->text().startsWith(QStringLiteral("✓")));
    QVERIFY(child<QLabel>(&wizard, "ruleMatch")->text().startsWith(QStringLiteral("✓")));
    QVERIFY(child<QProgressBar>(&wizard, "passwordStrength")->value() >= 2);
    QVERIFY(!std::filesystem::exists(dir.file("x.waymark")));
    qInfo("Finish stays disabled for a short password and for passwords that differ; nothing written before Finish");
}

void TestFirstRunWizard::passwordRulesAreCheckedLive()
{
    test::TempDir dir;
    FirstRunWizard wizard;
    wizard.setKdfStrength(KdfStrength::Minimum);
    wizard.setSuggestedPath(fromPath(dir.file("rules.waymark")));
    wizard.show();
    clickButton(wizard, QWizard::NextButton);
    QAbstractButton* finish = wizard.button(QWizard::FinishButton);
    auto* password = child<QLineEdit>(&wizard, "password");
    auto* confirm = child<QLineEdit>(&wizard, "confirmPassword");
    auto* length = child<QLabel>(&wizard, "ruleLength");
    auto* common = child<QLabel>(&wizard, "ruleCommon");
    auto* name = child<QLabel>(&wizard, "ruleUserName");
    auto* meter = child<QProgressBar>(&wizard, "passwordStrength");
    QTest::keyClicks(child<QLineEdit>(&wizard, "userName"), QStringLiteral("rhianwen"));

    // A common password: the rule is named before Finish, which stays disabled.
    typeInto(password, QStringLiteral("password1234"));
    typeInto(confirm, QStringLiteral("password1234"));
    QVERIFY2(length->text().startsWith(QStringLiteral("✓")), qPrintable(length->text()));
    QVERIFY2(common->text().startsWith(QStringLiteral("✗")), qPrintable(common->text()));
    QVERIFY(!finish->isEnabled());
    QVERIFY(child<QLabel>(&wizard, "passwordRule")->text().contains(QStringLiteral("commonly used")));
    QVERIFY(meter->value() <= 1);

    // Containing the user name.
    typeInto(password, QStringLiteral("Rhianwen's walk by the river"));
    typeInto(confirm, QStringLiteral("Rhianwen's walk by the river"));
    QVERIFY2(common->text().startsWith(QStringLiteral("✓")), qPrintable(common->text()));
    QVERIFY2(name->text().startsWith(QStringLiteral("✗")), qPrintable(name->text()));
    QVERIFY(!finish->isEnabled());
    QVERIFY(child<QLabel>(&wizard, "passwordRule")->text().contains(QStringLiteral("user name")));

    // Long enough and on no list, but a well-known pattern: easy to guess.
    typeInto(password, QStringLiteral("Welcome2024!"));
    typeInto(confirm, QStringLiteral("Welcome2024!"));
    auto* guess = child<QLabel>(&wizard, "ruleGuess");
    QVERIFY2(guess->text().startsWith(QStringLiteral("✗")), qPrintable(guess->text()));
    QVERIFY(!finish->isEnabled());
    QVERIFY(child<QLabel>(&wizard, "passwordRule")->text().contains(QStringLiteral("easy to guess")));
    QVERIFY(meter->value() <= 1);

    // A long phrase: every rule met, strong.
    typeInto(password, QStringLiteral("a slow walk along the quiet river"));
    typeInto(confirm, QStringLiteral("a slow walk along the quiet river"));
    QVERIFY(name->text().startsWith(QStringLiteral("✓")));
    QVERIFY(guess->text().startsWith(QStringLiteral("✓")));
    QCOMPARE(meter->value(), 4);
    QVERIFY(finish->isEnabled());
    qInfo("common-password and user-name rules are shown live, each named, with a strength meter");
}

void TestFirstRunWizard::refusesExistingFileAndLosesNothing()
{
    test::TempDir dir;
    const std::filesystem::path path = dir.file("taken.waymark");
    QVERIFY(test::makeCasebook(path));
    const QByteArray before = test::sha256(path);
    const QByteArray keysBefore = test::sha256(Casebook::keyFilePath(path));

    FirstRunWizard wizard;
    wizard.setKdfStrength(KdfStrength::Minimum);
    wizard.setSuggestedPath(fromPath(path));
    wizard.show();
    clickButton(wizard, QWizard::NextButton);
    QTest::keyClicks(child<QLineEdit>(&wizard, "userName"), kNewUser);
    QTest::keyClicks(child<QLineEdit>(&wizard, "password"), kNewPassword);
    QTest::keyClicks(child<QLineEdit>(&wizard, "confirmPassword"), kNewPassword);
    clickButton(wizard, QWizard::FinishButton);

    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::CreatePage));
    QCOMPARE(wizard.outcome(), FirstRunWizard::Outcome::None);
    auto* error = child<QLabel>(wizard.page(FirstRunWizard::CreatePage), "pageError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("already exists")), qPrintable(error->text()));
    QCOMPARE(child<QLineEdit>(&wizard, "userName")->text(), kNewUser);
    QCOMPARE(child<QLineEdit>(&wizard, "password")->text(), kNewPassword);
    QCOMPARE(test::sha256(path), before);
    QCOMPARE(test::sha256(Casebook::keyFilePath(path)), keysBefore);
    qInfo("an existing casebook is not overwritten (bytes unchanged); the form keeps what was typed: %s",
          qPrintable(error->text()));
}

void TestFirstRunWizard::showsCoreRefusal()
{
    // Long enough for the form, but on the core's list of commonly used passwords.
    test::TempDir dir;
    const std::filesystem::path path = dir.file("refused.waymark");
    const QString common = QStringLiteral("youthjustice");

    FirstRunWizard wizard;
    wizard.setKdfStrength(KdfStrength::Minimum);
    wizard.setSuggestedPath(fromPath(path));
    wizard.show();
    clickButton(wizard, QWizard::NextButton);
    QTest::keyClicks(child<QLineEdit>(&wizard, "userName"), kNewUser);
    QTest::keyClicks(child<QLineEdit>(&wizard, "password"), common);
    QTest::keyClicks(child<QLineEdit>(&wizard, "confirmPassword"), common);
    // The core's rule is checked as the password is typed: Finish never becomes possible.
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.outcome(), FirstRunWizard::Outcome::None);
    auto* error = child<QLabel>(&wizard, "passwordRule");
    QVERIFY2(error->text().contains(QStringLiteral("commonly used")), qPrintable(error->text()));
    QVERIFY(child<QLabel>(&wizard, "ruleCommon")->text().startsWith(QStringLiteral("✗")));
    QVERIFY(!std::filesystem::exists(path));
    QVERIFY(!std::filesystem::exists(Casebook::keyFilePath(path)));
    QCOMPARE(child<QLineEdit>(&wizard, "userName")->text(), kNewUser);
    qInfo("core refused a commonly used password; wizard shows \"%s\" and wrote no file", qPrintable(error->text()));
}

void TestFirstRunWizard::opensExistingCasebook()
{
    test::TempDir dir;
    const std::filesystem::path path = dir.file("existing.waymark");
    QVERIFY(test::makeCasebook(path));

    FirstRunWizard wizard;
    wizard.show();
    chooseOption(child<QRadioButton>(&wizard, "openOption"));
    clickButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::OpenPage));

    auto* openPath = child<QLineEdit>(&wizard, "openPath");
    QTest::keyClicks(openPath, fromPath(dir.file("missing.waymark")));
    clickButton(wizard, QWizard::FinishButton);
    QVERIFY(wizard.isVisible());
    auto* error = child<QLabel>(wizard.page(FirstRunWizard::OpenPage), "pageError");
    QVERIFY2(error->text().contains(QStringLiteral("no file")), qPrintable(error->text()));

    // A text file is refused here, before the unlock screen would ask for a password.
    const std::filesystem::path text = dir.file("notes.waymark");
    test::writeFile(text, "Shopping list\nmilk\n");
    std::filesystem::copy_file(Casebook::keyFilePath(path), Casebook::keyFilePath(text));
    typeInto(openPath, fromPath(text));
    clickButton(wizard, QWizard::FinishButton);
    QVERIFY(wizard.isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("not a Waymark casebook")), qPrintable(error->text()));
    // So is a folder.
    typeInto(openPath, fromPath(dir.path()));
    clickButton(wizard, QWizard::FinishButton);
    QVERIFY(wizard.isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("folder")), qPrintable(error->text()));

    typeInto(openPath, fromPath(path));
    clickButton(wizard, QWizard::FinishButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(wizard.outcome(), FirstRunWizard::Outcome::OpenExisting);
    QCOMPARE(wizard.casebookPath(), fromPath(path));
    QVERIFY(!wizard.takeCasebook());
    qInfo("open page refuses a missing file, a text file and a folder, then accepts an existing casebook without "
          "unlocking it");
}

void TestFirstRunWizard::demoChoiceEndsWizard()
{
    FirstRunWizard wizard;
    wizard.show();
    chooseOption(child<QRadioButton>(&wizard, "demoOption"));
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    clickButton(wizard, QWizard::FinishButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(wizard.outcome(), FirstRunWizard::Outcome::Demo);
    qInfo("choosing the demo finishes the wizard on its first page with outcome Demo");
}

namespace {

// A casebook "laptop.waymark" in `dir` with `people` people, backed up into `dir`/usb.
bool backupOfCasebook(test::TempDir& dir, int people, std::filesystem::path& backup)
{
    std::filesystem::create_directory(dir.file("usb"));
    auto cb = test::makeCasebook(dir.file("laptop.waymark"));
    if (!cb)
        return false;
    for (int i = 0; i < people; ++i)
        if (!cb->people().create(test::samplePerson(i)))
            return false;
    auto made = cb->backups().create(dir.file("usb"));
    if (!made)
        return false;
    backup = made->path;
    return true;
}

// Shows the wizard and takes its fourth choice to the restore page.
RestoreBackupPage* showRestorePage(FirstRunWizard& wizard)
{
    wizard.show();
    chooseOption(child<QRadioButton>(&wizard, "restoreOption"));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    return qobject_cast<RestoreBackupPage*>(wizard.currentPage());
}

} // namespace

// The lost laptop: the fourth choice restores a backup into a new path off the UI thread and
// ends with the restored casebook open; a wrong password is refused on the page, nothing written.
void TestFirstRunWizard::restoresFromABackup()
{
    test::TempDir dir;
    std::filesystem::path backup;
    QVERIFY(backupOfCasebook(dir, 5, backup));
    for (const char* suffix : {"", ".keys"})
        std::filesystem::remove(dir.file("laptop.waymark").string() + suffix);
    std::filesystem::create_directory(dir.file("new"));
    const auto target = dir.file("new") / "team.waymark";

    FirstRunWizard wizard;
    auto* page = showRestorePage(wizard);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::RestorePage));
    QVERIFY(page);
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());

    typeInto(child<QLineEdit>(page, "backupFile"), fromPath(backup));
    typeInto(child<QLineEdit>(page, "casebookPath"), fromPath(target));
    typeInto(child<QLineEdit>(page, "userName"), QString::fromLatin1(test::kUser));
    typeInto(child<QLineEdit>(page, "password"), QStringLiteral("not the password at all"));
    typeInto(child<QLineEdit>(page, "reason"), QStringLiteral("laptop stolen from the car"));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRestoring() && !page->errorText().isEmpty(), 30000);
    QVERIFY(wizard.isVisible());
    QVERIFY(std::filesystem::is_empty(dir.file("new")));

    typeInto(child<QLineEdit>(page, "password"), QString::fromLatin1(test::kPassword));
    QTest::keyClick(child<QLineEdit>(page, "password"), Qt::Key_Return); // Enter finishes
    QTRY_COMPARE_WITH_TIMEOUT(wizard.result(), int(QDialog::Accepted), 30000);
    QCOMPARE(wizard.outcome(), FirstRunWizard::Outcome::Created);
    QCOMPARE(wizard.casebookPath(), fromPath(target));
    auto cb = wizard.takeCasebook();
    QVERIFY(cb);
    QCOMPARE(test::scalar(*cb, "SELECT count(*) FROM people"), std::int64_t{5});
    auto verified = cb->verify();
    QVERIFY(verified && verified->ok());
    QCOMPARE(verified->anchor.state, AnchorState::Restored);
}

namespace {

// Presses the button whose text starts with `label` (access-key & removed) on the question box
// that opens next.
void answerNextQuestion(const QString& label, bool* seen)
{
    QTimer::singleShot(0, [label, seen] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box == nullptr || box->objectName() != QStringLiteral("restoreLeaveQuestion"))
            return;
        *seen = true;
        for (QAbstractButton* b : box->buttons())
            if (b->text().remove(QLatin1Char('&')).startsWith(label))
                b->click();
    });
}

} // namespace

// Esc on the restore page asks before throwing away what was typed; during a restore it stops
// the restore instead of closing the wizard, and a stopped restore leaves nothing behind.
void TestFirstRunWizard::restorePageAsksBeforeLeavingAndStops()
{
    test::TempDir dir;
    std::filesystem::path backup;
    QVERIFY(backupOfCasebook(dir, 20, backup));
    std::filesystem::create_directory(dir.file("new"));
    const auto target = dir.file("new") / "team.waymark";

    FirstRunWizard wizard;
    auto* page = showRestorePage(wizard);
    QVERIFY(page);
    QVERIFY(child<QLabel>(page, "anchorWarning")->isVisibleTo(page));

    // Nothing typed: Esc leaves without a question.
    {
        FirstRunWizard empty;
        QVERIFY(showRestorePage(empty));
        bool asked = false;
        answerNextQuestion(QStringLiteral("Keep"), &asked);
        QTest::keyClick(&empty, Qt::Key_Escape);
        QVERIFY(!asked);
        QCOMPARE(empty.result(), int(QDialog::Rejected));
        QVERIFY(!empty.isVisible());
    }

    typeInto(child<QLineEdit>(page, "backupFile"), fromPath(backup));
    typeInto(child<QLineEdit>(page, "casebookPath"), fromPath(target));
    typeInto(child<QLineEdit>(page, "userName"), QString::fromLatin1(test::kUser));
    typeInto(child<QLineEdit>(page, "password"), QString::fromLatin1(test::kPassword));
    typeInto(child<QLineEdit>(page, "reason"), QStringLiteral("laptop left on a train"));

    bool asked = false;
    answerNextQuestion(QStringLiteral("Keep"), &asked);
    QTest::keyClick(&wizard, Qt::Key_Escape);
    QVERIFY(asked);
    QVERIFY(wizard.isVisible());
    QCOMPARE(child<QLineEdit>(page, "reason")->text(), QStringLiteral("laptop left on a train"));

    // Esc while the restore runs stops it; the wizard stays.
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(page->isRestoring());
    QVERIFY(child<QPushButton>(page, "cancelRestore")->isVisible());
    QTest::keyClick(&wizard, Qt::Key_Escape);
    QVERIFY(wizard.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRestoring(), 30000);
    if (wizard.isVisible()) {
        // Stopped in time: it says so and wrote nothing where the casebook was to go.
        qInfo("the restore was stopped before it finished");
        QVERIFY2(page->errorText().contains(QStringLiteral("stopped")), qPrintable(page->errorText()));
        QVERIFY(std::filesystem::is_empty(dir.file("new")));
        asked = false;
        answerNextQuestion(QStringLiteral("Leave"), &asked);
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QVERIFY(asked);
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
    } else {
        // The restore finished before the stop reached it: the casebook is whole.
        qInfo("the restore finished before the stop reached it");
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(std::filesystem::exists(target));
    }
}

QTEST_MAIN(TestFirstRunWizard)
#include "TestFirstRunWizard.moc"
