// AboutDialog (versions) and SettingsDialog (language, idle lock) with real widgets.

#include "tests/support/TestSupport.h"

#include "core/Casebook.h"
#include "ui/app/AppSettings.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace waymark;

namespace {

QLabel* label(QWidget* parent, const char* name)
{
    auto* found = parent->findChild<QLabel*>(QString::fromLatin1(name));
    if (found == nullptr)
        qFatal("no label named %s", name);
    return found;
}

} // namespace

class TestAboutSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aboutShowsEngineVersions();
    void aboutWithCasebookShowsSqlite();
    void settingsDefaults();
    void settingsSaveLanguageAndIdleMinutes();
    void settingsCancelKeepsValues();

private:
    test::TempDir m_dir;
};

void TestAboutSettings::aboutShowsEngineVersions()
{
    const QString cipher = QString::fromStdString(Casebook::engineVersion());
    QVERIFY2(!cipher.isEmpty(), "the linked engine is not SQLCipher");

    AboutDialog about;
    about.show();
    QCOMPARE(label(&about, "cipherVersion")->text(), cipher);
    QVERIFY(label(&about, "qtVersion")->text().startsWith(QString::fromLatin1(qVersion())));
    QCOMPARE(label(&about, "waymarkVersion")->text(), AboutDialog::applicationVersion());
    QVERIFY(label(&about, "encryptionNote")->text().contains(QStringLiteral("encrypted")));
    QVERIFY(about.versionText().contains(cipher));
    qInfo("about box: SQLCipher %s, Qt %s", qPrintable(cipher), qVersion());
}

void TestAboutSettings::aboutWithCasebookShowsSqlite()
{
    auto casebook = test::makeCasebook(m_dir.file("about.waymark"));
    QVERIFY(casebook);
    const CasebookInfo info = casebook->info();
    QVERIFY(!info.sqliteVersion.empty());

    AboutDialog about(info);
    QCOMPARE(label(&about, "sqliteVersion")->text(), QString::fromStdString(info.sqliteVersion));
    QCOMPARE(label(&about, "cipherVersion")->text(), QString::fromStdString(info.cipherVersion));
    QCOMPARE(label(&about, "schemaVersion")->text(), QString::number(info.schemaVersion));
    qInfo("about box with a casebook: SQLite %s, schema %d", info.sqliteVersion.c_str(), info.schemaVersion);
}

void TestAboutSettings::settingsDefaults()
{
    AppSettings settings(QString::fromStdString(m_dir.file("defaults.ini").string()));
    QCOMPARE(settings.idleLockMinutes(), 5);
    QVERIFY(settings.language().isEmpty());
    QVERIFY(settings.casebookPath().isEmpty());
    SettingsDialog dialog(settings);
    QCOMPARE(dialog.idleMinutesBox()->value(), 5);
    QCOMPARE(dialog.languageBox()->currentIndex(), 0); // System default
    qInfo("fresh settings: lock after 5 minutes, system language");
}

void TestAboutSettings::settingsSaveLanguageAndIdleMinutes()
{
    const QString file = QString::fromStdString(m_dir.file("save.ini").string());
    {
        AppSettings settings(file);
        SettingsDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // Keyboard only: the language box has the focus; Tab to the minutes.
        QComboBox* language = dialog.languageBox();
        QCOMPARE(QApplication::focusWidget(), language);
        const int welsh = language->findData(QStringLiteral("cy"));
        QVERIFY(welsh > 0);
        QCOMPARE(language->itemText(welsh), QStringLiteral("Cymraeg"));
        while (language->currentIndex() != welsh)
            QTest::keyClick(language, Qt::Key_Down);
        QTest::keyClick(language, Qt::Key_Tab);
        QSpinBox* minutes = dialog.idleMinutesBox();
        QCOMPARE(QApplication::focusWidget(), minutes);
        minutes->selectAll();
        QTest::keyClicks(minutes, QStringLiteral("15"));
        QTest::keyClick(minutes, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    AppSettings reread(file);
    QCOMPARE(reread.language(), QStringLiteral("cy"));
    QCOMPARE(reread.idleLockMinutes(), 15);
    qInfo("settings saved through the keyboard: language cy, lock after 15 minutes (reread from %s)",
          qPrintable(reread.fileName()));
}

void TestAboutSettings::settingsCancelKeepsValues()
{
    const QString file = QString::fromStdString(m_dir.file("cancel.ini").string());
    AppSettings settings(file);
    settings.setIdleLockMinutes(7);
    settings.sync();
    SettingsDialog dialog(settings);
    dialog.show();
    dialog.idleMinutesBox()->setValue(30);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(AppSettings(file).idleLockMinutes(), 7);
    qInfo("Esc leaves the settings as they were (7 minutes)");
}

QTEST_MAIN(TestAboutSettings)
#include "TestAboutSettings.moc"
