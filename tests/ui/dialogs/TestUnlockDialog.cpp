// UnlockDialog against real casebooks: wrong password, unknown user, damaged file, success.

#include "tests/support/TestSupport.h"

#include "core/Casebook.h"
#include "ui/app/Language.h"
#include "ui/app/Theme.h"
#include "ui/dialogs/UnlockDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <filesystem>

using namespace waymark;

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

struct Fingerprint
{
    QByteArray casebook;
    QByteArray keys;
    friend bool operator==(const Fingerprint&, const Fingerprint&) = default;
};

Fingerprint fingerprint(const std::filesystem::path& path)
{
    return {test::sha256(path), test::sha256(Casebook::keyFilePath(path))};
}

} // namespace

class TestUnlockDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wrongPasswordStaysOpenAndChangesNothing_data();
    void wrongPasswordStaysOpenAndChangesNothing();
    void rightPasswordAccepts();
    void emptyFieldsAskForInput();
    void damagedCasebookSaysRestoreBackup();
    void notACasebookIsToldBeforeAnyPassword_data();
    void notACasebookIsToldBeforeAnyPassword();
    void longMessageGrowsTheDialog();
    void demoSignInIsShown();
    // Last: installs the Welsh translator for the rest of the process.
    void welshMessages();
    void errorColourComesFromTheTheme_data();
    void errorColourComesFromTheTheme();

private:
    test::TempDir m_dir;
    std::filesystem::path m_path;
};

void TestUnlockDialog::initTestCase()
{
    m_path = m_dir.file("unlock.waymark");
    QVERIFY(test::makeCasebook(m_path));
}

void TestUnlockDialog::wrongPasswordStaysOpenAndChangesNothing_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("wrong password") << QString::fromLatin1(test::kUser) << QStringLiteral("wrong horse battery");
    QTest::newRow("unknown user") << QStringLiteral("nobody") << QString::fromLatin1(test::kPassword);
}

void TestUnlockDialog::wrongPasswordStaysOpenAndChangesNothing()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    const Fingerprint before = fingerprint(m_path);

    UnlockDialog dialog(fromPath(m_path));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* userEdit = child<QLineEdit>(&dialog, "userName");
    auto* passwordEdit = child<QLineEdit>(&dialog, "password");
    QTest::keyClicks(userEdit, user);
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return); // the default button: Unlock
    QVERIFY(dialog.isUnlocking());                 // the hash runs off the UI thread
    QVERIFY(!passwordEdit->isEnabled());
    QTRY_VERIFY(!dialog.isUnlocking());

    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.errorText(), QStringLiteral("Wrong user name or password."));
    QVERIFY(child<QLabel>(&dialog, "error")->isVisible());
    QVERIFY(passwordEdit->text().isEmpty());
    QCOMPARE(userEdit->text(), user);
    QCOMPARE(QApplication::focusWidget(), passwordEdit);
    QVERIFY(!dialog.takeCasebook());
    QVERIFY(fingerprint(m_path) == before);
    qInfo("%s: message shown, password cleared and focused, casebook and key file bytes unchanged",
          QTest::currentDataTag());
}

void TestUnlockDialog::rightPasswordAccepts()
{
    UnlockDialog dialog(fromPath(m_path));
    dialog.setUserName(QString::fromLatin1(test::kUser));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // A user name was given, so the cursor starts in the password box.
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "password"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "password"), QString::fromLatin1(test::kPassword));
    QTest::mouseClick(child<QPushButton>(&dialog, "unlockButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isUnlocking());

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    std::unique_ptr<Casebook> casebook = dialog.takeCasebook();
    QVERIFY(casebook);
    QCOMPARE(casebook->user().username, std::string(test::kUser));
    QVERIFY(child<QLineEdit>(&dialog, "password")->text().isEmpty());
    QVERIFY(!dialog.takeCasebook()); // handed over once
    qInfo("right password: dialog accepted and handed over a casebook signed in as %s", test::kUser);
}

void TestUnlockDialog::emptyFieldsAskForInput()
{
    UnlockDialog dialog(fromPath(m_path));
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, "unlockButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("user name and password")), qPrintable(dialog.errorText()));
    qInfo("empty fields: \"%s\"", qPrintable(dialog.errorText()));
}

void TestUnlockDialog::damagedCasebookSaysRestoreBackup()
{
    test::TempDir dir;
    const std::filesystem::path path = dir.file("damaged.waymark");
    QVERIFY(test::makeCasebook(path));
    // Overwrite the middle of the encrypted file with zeros (a bad disk sector).
    QByteArray bytes = test::readFile(path);
    QVERIFY(bytes.size() > 8192);
    bytes.replace(4096, 4096, QByteArray(4096, '\0'));
    bytes.replace(0, 4096, QByteArray(4096, '\x5a'));
    test::writeFile(path, bytes);
    const Fingerprint before = fingerprint(path);

    UnlockDialog dialog(fromPath(path));
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "userName"), QString::fromLatin1(test::kUser));
    QTest::keyClicks(child<QLineEdit>(&dialog, "password"), QString::fromLatin1(test::kPassword));
    QTest::keyClick(child<QLineEdit>(&dialog, "password"), Qt::Key_Return);
    QTRY_VERIFY(!dialog.isUnlocking());

    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("backup")), qPrintable(dialog.errorText()));
    QVERIFY(!dialog.takeCasebook());
    QVERIFY(fingerprint(path) == before);
    qInfo("damaged casebook: \"%s\"; file untouched", qPrintable(dialog.errorText()));
}

void TestUnlockDialog::notACasebookIsToldBeforeAnyPassword_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << "text"
                               << "not a Waymark casebook";
    QTest::newRow("empty file") << "empty"
                                << "empty";
    QTest::newRow("folder") << "folder"
                            << "folder";
    QTest::newRow("missing key file") << "nokeys"
                                      << "key file";
    QTest::newRow("another casebook's key file") << "mismatch"
                                                 << "belongs to a different casebook";
}

void TestUnlockDialog::notACasebookIsToldBeforeAnyPassword()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    test::TempDir dir;
    const std::filesystem::path path = dir.file("odd.waymark");
    const auto copyKeys = [&] {
        std::filesystem::copy_file(Casebook::keyFilePath(m_path), Casebook::keyFilePath(path),
                                   std::filesystem::copy_options::overwrite_existing);
    };
    if (kind == QLatin1String("text")) {
        test::writeFile(path, "Dear diary,\nnot a casebook.\n");
        copyKeys();
    } else if (kind == QLatin1String("empty")) {
        test::writeFile(path, {});
        copyKeys();
    } else if (kind == QLatin1String("folder")) {
        std::filesystem::create_directory(path);
    } else if (kind == QLatin1String("nokeys")) {
        QVERIFY(test::makeCasebook(path));
        std::filesystem::remove(Casebook::keyFilePath(path));
    } else {
        QVERIFY(test::makeCasebook(path));
        copyKeys();
    }
    const QByteArray before = std::filesystem::is_regular_file(path) ? test::readFile(path) : QByteArray();

    UnlockDialog dialog(fromPath(path));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Said at once, and no password is asked for.
    QVERIFY2(dialog.errorText().contains(expected), qPrintable(dialog.errorText()));
    QVERIFY(!dialog.errorText().contains(QStringLiteral("backup")));
    QVERIFY(!dialog.errorText().contains(QStringLiteral("Wrong")));
    QVERIFY(!child<QLineEdit>(&dialog, "password")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "unlockButton")->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, "otherCasebookButton")->isEnabled());
    if (std::filesystem::is_regular_file(path))
        QCOMPARE(test::readFile(path), before);
    qInfo("%s: \"%s\" before any password", QTest::currentDataTag(), qPrintable(dialog.errorText()));
}

void TestUnlockDialog::longMessageGrowsTheDialog()
{
    test::TempDir dir;
    const std::filesystem::path path = dir.file("moved.waymark");
    QVERIFY(test::makeCasebook(path));
    UnlockDialog dialog(fromPath(path));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const int heightBefore = dialog.height();
    // The key file goes missing while the dialog is open; the long message appears on Unlock.
    std::filesystem::remove(Casebook::keyFilePath(path));
    QTest::keyClicks(child<QLineEdit>(&dialog, "userName"), QString::fromLatin1(test::kUser));
    QTest::keyClicks(child<QLineEdit>(&dialog, "password"), QString::fromLatin1(test::kPassword));
    QTest::keyClick(child<QLineEdit>(&dialog, "password"), Qt::Key_Return);
    QVERIFY(!dialog.isUnlocking()); // no password work for a file that cannot open
    auto* error = child<QLabel>(&dialog, "error");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("key file")), qPrintable(dialog.errorText()));
    QCoreApplication::processEvents();

    QVERIFY(dialog.height() > heightBefore);
    QVERIFY(dialog.height() >= dialog.layout()->totalHeightForWidth(dialog.width()));
    // The logo is whole and inside the window, the fields keep their height, the message all of its lines.
    auto* logo = child<QLabel>(&dialog, "logo");
    QCOMPARE(logo->height(), 48);
    QVERIFY(dialog.rect().contains(logo->geometry()));
    for (const char* name : {"userName", "password"}) {
        auto* field = child<QLineEdit>(&dialog, name);
        QVERIFY2(field->height() >= field->minimumSizeHint().height(), name);
        QVERIFY(dialog.rect().contains(field->geometry()));
    }
    QVERIFY(error->height() >= error->heightForWidth(error->width()));
    QVERIFY(dialog.rect().contains(error->geometry()));
    qInfo("a %d-character message: the dialog grew from %d to %d px; logo, fields and message whole",
          int(dialog.errorText().size()), heightBefore, dialog.height());
}

void TestUnlockDialog::demoSignInIsShown()
{
    UnlockDialog dialog(fromPath(m_path));
    QVERIFY(!dialog.showsDemoSignIn());
    dialog.setDemoSignIn(QStringLiteral("demo"), QStringLiteral("demo-password-2026"));
    dialog.show();
    auto* banner = child<QLabel>(&dialog, "demoBanner");
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("Synthetic demo data")));
    QVERIFY(banner->text().contains(QStringLiteral("demo-password-2026")));
    QCOMPARE(child<QLineEdit>(&dialog, "userName")->text(), QStringLiteral("demo"));
    qInfo("demo banner shows the demo sign-in and the user name is filled in");
}

void TestUnlockDialog::welshMessages()
{
    QCOMPARE(Language::install(*qApp, QStringLiteral("cy")), QStringLiteral("cy"));
    UnlockDialog dialog(fromPath(m_path));
    dialog.show();
    QCOMPARE(child<QPushButton>(&dialog, "unlockButton")->text(), QStringLiteral("&Datgloi"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "userName"), QString::fromLatin1(test::kUser));
    QTest::keyClicks(child<QLineEdit>(&dialog, "password"), QStringLiteral("anghywir iawn iawn"));
    QTest::keyClick(child<QLineEdit>(&dialog, "password"), Qt::Key_Return);
    QTRY_VERIFY(!dialog.isUnlocking());
    QVERIFY(dialog.isVisible());
    // The core's error, through ui/convert, in Welsh.
    QCOMPARE(dialog.errorText(), QStringLiteral("Enw defnyddiwr neu gyfrinair anghywir."));
    qInfo("Welsh: the embedded :/i18n/waymark_cy.qm translates the dialog and the core's wrong-password message");
}

void TestUnlockDialog::errorColourComesFromTheTheme_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestUnlockDialog::errorColourComesFromTheTheme()
{
    // The error is drawn in the theme's error colour, which is AA on the dialog's window in
    // light and in dark (the old fixed #b00020 was 2.3:1 on the dark window).
    QFETCH(bool, dark);
    qputenv("WAYMARK_COLOR_SCHEME", dark ? "dark" : "light");
    Theme::apply(*qApp);
    Theme::refresh();
    QCOMPARE(Theme::current().dark, dark);
    UnlockDialog dialog(fromPath(m_path));
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, "unlockButton"), Qt::LeftButton);
    auto* error = child<QLabel>(&dialog, "error");
    QVERIFY(error->isVisible());
    const QColor colour = Theme::current().errorBorder;
    QVERIFY2(error->styleSheet().contains(colour.name()), qPrintable(error->styleSheet()));
    QVERIFY(!error->styleSheet().contains(QStringLiteral("#b00020")) || !dark);
    const QColor window = dialog.palette().color(QPalette::Window);
    const double ratio = Theme::contrastRatio(colour, window);
    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3").arg(colour.name(), window.name()).arg(ratio)));
    qInfo("%s: error text %s on %s, %.2f:1", dark ? "dark" : "light", qPrintable(colour.name()),
          qPrintable(window.name()), ratio);
    qunsetenv("WAYMARK_COLOR_SCHEME");
}

QTEST_MAIN(TestUnlockDialog)
#include "TestUnlockDialog.moc"
