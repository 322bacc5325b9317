// BackupDialog with real widgets on a real casebook: the last good backup shown (and the
// warning when there is none in 7 days), "Back up now", a restore with a reason, and a
// caseworker who cannot restore.

#include "tests/support/TestSupport.h"

#include "core/Casebook.h"
#include "ui/dialogs/BackupDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace waymark;

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
        QTest::mouseClick(button, Qt::LeftButton);
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
};

QTEST_MAIN(TestBackupDialog)
#include "TestBackupDialog.moc"
