// Closure and outcomes through real widgets, offscreen: on the referral page "Request closure"
// asks for the completion status (Enter without one is refused inside the dialog), the
// coordinator approves with a confirmation naming the status and the date, and "Send back"
// needs a comment; the Outcomes dialog saves a start snapshot typed with the keyboard and
// adds a reoffence after closure; Esc asks before throwing typed work away. With
// WAYMARK_SCREENSHOT_DIR set, it also saves pictures at 1280x800 and 800x600.

#include "tests/support/TestSupport.h"
#include "tests/ui/pages/PagesFixture.h"

#include "ui/app/AppController.h"
#include "ui/app/AppSettings.h"
#include "ui/app/Language.h"
#include "ui/dialogs/UnlockDialog.h"
#include "ui/outcomes/ClosureDialogs.h"
#include "ui/pages/MainWindow.h"
#include "ui/pages/ReferralPage.h"
#include "ui/widgets/DateEdit.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

namespace {

waymark::Date day(int y, int m, int d)
{
    return waymark::Date::fromYmd(y, m, d).value();
}

void shoot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QApplication::processEvents();
    w->grab().save(QDir(dir).filePath(name));
}

template <class T> T* openDialog(const char* objectName)
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->isVisible() && w->objectName() == QLatin1String(objectName))
            return qobject_cast<T*>(w);
    return nullptr;
}

} // namespace

class TestClosureDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(Language::install(*qApp, QStringLiteral("en_GB")), QStringLiteral("en_GB"));
        m_setup = m_fixture.create(2);
        QVERIFY(m_setup);
        auto created = pagestest::acceptedReferral(*m_setup, "Alder", day(2026, 5, 26), true);
        QVERIFY(created);
        m_referral = *created;
    }

    void requestApproveAndRecordOutcomes()
    {
        auto casebook = m_fixture.open();
        QVERIFY(casebook);
        MainWindow w(std::move(casebook));
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.showReferral(m_referral.id));
        ReferralPage* page = w.referralPage();

        // The start snapshot, typed on the Outcomes dialog.
        QPushButton* outcomes = page->actionButton(QStringLiteral("outcomesButton"));
        QVERIFY(outcomes);
        outcomes->click();
        auto* od = openDialog<OutcomeDialog>("outcomeDialog");
        QVERIFY(od);
        QVERIFY(QTest::qWaitForWindowExposed(od));
        QCOMPARE(od->tabs()->currentIndex(), 0);
        QComboBox* accommodation = od->form("start")->answerBox("accommodation_suitable");
        accommodation->setFocus();
        QTest::keyClick(accommodation, Qt::Key_Down); // Yes
        QCOMPARE(accommodation->currentData().toString(), QStringLiteral("yes"));
        od->form("start")->hoursBox()->setValue(12);
        // Attending without offered is refused, inside the dialog.
        od->form("start")->answerBox("substance_use_attending")->setCurrentIndex(1);
        QVERIFY(!od->save());
        QVERIFY(od->findChild<QLabel*>(QStringLiteral("dialogError"))->isVisible());
        od->form("start")->answerBox("substance_use_attending")->setCurrentIndex(0);
        od->resize(800, 600);
        shoot(od, QStringLiteral("outcome-dialog-800x600.png"));
        // Enter saves.
        QTest::keyClick(accommodation, Qt::Key_Return);
        QTRY_VERIFY(!od->form("start")->isChanged());
        auto shown = m_setup->outcomes().show(m_referral.id);
        QVERIFY(shown && shown->start);
        QCOMPARE(shown->start->accommodationSuitable, std::string("yes"));
        QCOMPARE(shown->start->eteHours, std::optional<int>(12));
        od->close();

        // Request closure: no status, no request.
        QPushButton* request = page->actionButton(QStringLiteral("stepButton_request_closure"));
        QVERIFY(request);
        request->click();
        auto* rd = openDialog<ClosureRequestDialog>("closureRequestDialog");
        QVERIFY(rd);
        QVERIFY(QTest::qWaitForWindowExposed(rd));
        QTest::keyClick(rd->statusCombo(), Qt::Key_Return);
        QVERIFY(rd->isVisible());
        QVERIFY(rd->findChild<QLabel*>(QStringLiteral("dialogError"))->isVisible());
        // Esc after typing asks first; "Keep editing" keeps the dialog.
        QTest::keyClicks(rd->noteEdit(), QStringLiteral("Goals met."));
        QTimer::singleShot(0, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton* b : box->buttons())
                if (b->text().contains(QStringLiteral("Keep")))
                    b->click();
        });
        QTest::keyClick(rd->noteEdit(), Qt::Key_Escape);
        QVERIFY(rd->isVisible());
        QTest::keyClicks(rd->noteEdit(), QStringLiteral("   ")); // stored trimmed, by the Outcomes door
        rd->statusCombo()->setFocus();
        rd->statusCombo()->setCurrentIndex(rd->statusCombo()->findData(QStringLiteral("completed")));
        shoot(&w, QStringLiteral("closure-request-1280x800.png"));
        QTest::keyClick(rd->statusCombo(), Qt::Key_Return);
        QTRY_COMPARE(m_setup->referrals().view(m_referral.id)->state, waymark::ReferralState::ClosureRequested);
        shown = m_setup->outcomes().show(m_referral.id);
        QCOMPARE(shown->closure->status, std::string("completed"));
        QCOMPARE(shown->closure->note, std::string("Goals met."));

        // Send back needs a comment; then request again and approve.
        QTRY_VERIFY(page->actionButton(QStringLiteral("stepButton_return_closure")));
        page->actionButton(QStringLiteral("stepButton_return_closure"))->click();
        auto* back = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(back);
        auto* comment = back->findChild<QPlainTextEdit*>();
        QVERIFY(comment);
        back->accept(); // an empty comment is refused inside the dialog
        QVERIFY(back->isVisible());
        QTest::keyClicks(comment, QStringLiteral("Record the end snapshot first."));
        back->accept();
        QTRY_COMPARE(m_setup->referrals().view(m_referral.id)->state, waymark::ReferralState::Active);
        QTRY_VERIFY(page->actionButton(QStringLiteral("stepButton_request_closure")));
        page->actionButton(QStringLiteral("stepButton_request_closure"))->click();
        rd = openDialog<ClosureRequestDialog>("closureRequestDialog");
        QVERIFY(rd);
        rd->statusCombo()->setCurrentIndex(rd->statusCombo()->findData(QStringLiteral("partially_completed")));
        rd->accept();
        QTRY_VERIFY(page->actionButton(QStringLiteral("stepButton_approve_closure")));
        page->actionButton(QStringLiteral("stepButton_approve_closure"))->click();
        auto* approve = openDialog<QDialog>("approveClosureDialog");
        QVERIFY(approve);
        QVERIFY(QTest::qWaitForWindowExposed(approve));
        bool namesStatus = false;
        for (auto* label : approve->findChildren<QLabel*>())
            namesStatus = namesStatus || label->text().contains(QStringLiteral("Partially completed"));
        QVERIFY(namesStatus);
        approve->resize(800, 600);
        shoot(approve, QStringLiteral("approve-closure-800x600.png"));
        QTest::keyClick(approve, Qt::Key_Return);
        QTRY_COMPARE(m_setup->referrals().view(m_referral.id)->state, waymark::ReferralState::Closed);
        shown = m_setup->outcomes().show(m_referral.id);
        QCOMPARE(shown->closure->closedOn, m_fixture.clock->today());

        // A reoffence after closure, on the Follow-up tab.
        QTRY_VERIFY(page->actionButton(QStringLiteral("outcomesButton")));
        page->actionButton(QStringLiteral("outcomesButton"))->click();
        od = openDialog<OutcomeDialog>("outcomeDialog");
        QVERIFY(od);
        QVERIFY(!od->form("start")->answerBox("accommodation_suitable")->isEnabled()); // kept as it was
        od->tabs()->setCurrentIndex(2);
        QVERIFY(od->addFollowUpButton()->isEnabled());
        FollowUpDialog* fd = od->openFollowUp();
        QVERIFY(QTest::qWaitForWindowExposed(fd));
        fd->kindCombo()->setCurrentIndex(fd->kindCombo()->findData(QStringLiteral("reoffence")));
        fd->outcomeCombo()->setCurrentIndex(fd->outcomeCombo()->findData(QStringLiteral("caution")));
        fd->outcomeDateEdit()->setDate(m_fixture.clock->today());
        fd->resize(800, 600);
        shoot(fd, QStringLiteral("follow-up-dialog-800x600.png"));
        QTest::keyClick(fd->kindCombo(), Qt::Key_Return);
        QTRY_COMPARE(od->followUpList()->topLevelItemCount(), 1);
        QCOMPARE(od->followUpList()->topLevelItem(0)->text(1), QStringLiteral("Reoffence"));
        od->resize(1280, 800);
        shoot(od, QStringLiteral("outcome-followup-1280x800.png"));
        auto followUps = m_setup->outcomes().show(m_referral.id);
        QCOMPARE(followUps->followUps.size(), std::size_t(1));
        QCOMPARE(followUps->followUps[0].outcomeType, std::string("caution"));
        od->close();
    }

    // The casebook locks while a closure request and a follow-up are half typed: the dialogs
    // close without a question hanging over the locked window, nothing typed is saved or
    // written anywhere, and the casebook opens again.
    void lockMidTypingClosesWithoutAsking()
    {
        auto created = pagestest::acceptedReferral(*m_setup, "Alder", day(2026, 5, 27), true);
        QVERIFY(created);

        waymark::test::TempDir settingsDir;
        AppSettings settings(QString::fromStdString(settingsDir.file("settings.ini").string()));
        AppController controller(settings);
        controller.setKdfStrength(waymark::KdfStrength::Minimum);
        controller.openCasebook(QString::fromStdString(m_fixture.path.string()));
        const auto unlock = [&] {
            UnlockDialog* dialog = controller.unlockDialog();
            QVERIFY(dialog && dialog->isVisible());
            auto* user = dialog->findChild<QLineEdit*>(QStringLiteral("userName"));
            user->clear();
            QTest::keyClicks(user, QString::fromLatin1(pagestest::kCoordinator));
            auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("password"));
            QTest::keyClicks(password, QString::fromLatin1(pagestest::kPassword));
            QTest::keyClick(password, Qt::Key_Return);
        };
        unlock();
        QTRY_VERIFY(controller.isUnlocked());
        QPointer<MainWindow> w = controller.mainWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        QVERIFY(w->showReferral(created->id));
        QPushButton* request = w->referralPage()->actionButton(QStringLiteral("stepButton_request_closure"));
        QVERIFY(request);
        request->click();
        ClosureRequestDialog* rd = nullptr;
        QTRY_VERIFY((rd = openDialog<ClosureRequestDialog>("closureRequestDialog")) != nullptr);
        rd->statusCombo()->setCurrentIndex(1);
        const QString typed = QStringLiteral("Typed half a closure note when the casebook locked");
        QTest::keyClicks(rd->noteEdit(), typed);

        controller.lockNow();
        QTRY_VERIFY_WITH_TIMEOUT(w.isNull(), 5000);
        QVERIFY(openDialog<ClosureRequestDialog>("closureRequestDialog") == nullptr);
        for (QWidget* top : QApplication::topLevelWidgets())
            QVERIFY2(!(top->isVisible() && qobject_cast<QMessageBox*>(top)), qPrintable(top->objectName()));
        QVERIFY(controller.unlockDialog() && controller.unlockDialog()->isVisible());
        QVERIFY(waymark::test::filesContaining(m_fixture.dir.path(), typed.toUtf8()).empty());
        auto stored = m_setup->referrals().view(created->id);
        QVERIFY(stored);
        QCOMPARE(stored->state, waymark::ReferralState::Active);

        unlock();
        QTRY_VERIFY(controller.isUnlocked());
        w = controller.mainWindow();
        controller.lockNow();
        QTRY_VERIFY(w.isNull());
    }

private:
    pagestest::Fixture m_fixture;
    std::unique_ptr<waymark::Casebook> m_setup;
    waymark::Referral m_referral;
};

QTEST_MAIN(TestClosureDialogs)
#include "TestClosureDialogs.moc"
