// Sessions through real widgets, offscreen: a group session added on the referral page with
// the keyboard (date, time, duration, attendees with their own attendance, a domain, a note,
// Enter saves) makes the referral active; attendance ahead of time is refused inside the
// dialog; Esc asks before throwing typed work away; Tools › Export calendar writes a file with
// no names. With WAYMARK_SCREENSHOT_DIR set, it also saves pictures at 1280x800 and 800x600.

#include "tests/ui/pages/PagesFixture.h"

#include "ui/app/Language.h"
#include "ui/delivery/CalendarExportDialog.h"
#include "ui/delivery/SessionDialog.h"
#include "ui/delivery/SessionsPanel.h"
#include "ui/pages/MainWindow.h"
#include "ui/pages/ReferralPage.h"
#include "ui/widgets/DateEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>

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

} // namespace

class TestSessionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(Language::install(*qApp, QStringLiteral("en_GB")), QStringLiteral("en_GB"));
        m_setup = m_fixture.create(3);
        QVERIFY(m_setup);
        auto people = m_setup->people().search("Alder");
        QVERIFY(people && !people->empty());
        for (int i = 0; i < 2; ++i) {
            const std::string name = i == 0 ? "Alder" : "Brio";
            auto found = m_setup->people().search(name);
            QVERIFY(found && !found->empty());
            auto created = pagestest::acceptedReferral(*m_setup, name, day(2026, 5, 26), false);
            QVERIFY(created);
            m_referrals.push_back(*created);
            m_caseRefs.push_back(found->front().caseReference);
            m_names.push_back(QString::fromStdString(found->front().givenName));
            m_names.push_back(QString::fromStdString(found->front().familyName));
        }
    }

    void addGroupSessionWithTheKeyboard()
    {
        auto casebook = m_fixture.open();
        QVERIFY(casebook);
        MainWindow w(std::move(casebook));
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.showReferral(m_referrals[0].id));
        auto* panel = w.referralPage()->findChild<SessionsPanel*>();
        QVERIFY(panel);
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->table()->rowCount(), 0);
        shoot(&w, QStringLiteral("referral-sessions-1280x800.png"));

        SessionDialog* d = panel->openAddDialog();
        QVERIFY(d);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        // The referral's young person is there already, planned.
        QCOMPARE(d->attendeeTable()->rowCount(), 1);
        QCOMPARE(d->attendanceCombo(0)->currentData().toString(), QStringLiteral("planned"));
        // Date and time, typed.
        d->dateEdit()->setFocus();
        d->dateEdit()->selectAll();
        QTest::keyClicks(d->dateEdit(), QStringLiteral("31/05/2026"));
        d->timeEdit()->setTime(QTime(10, 30));
        d->durationSpin()->setFocus();
        d->durationSpin()->selectAll();
        QTest::keyClicks(d->durationSpin(), QStringLiteral("90"));
        QTest::keyClicks(d->locationEdit(), QStringLiteral("Youth club"));
        // A second young person by case reference; Enter in that box adds, it does not save.
        d->attendeeReferenceEdit()->setFocus();
        QTest::keyClicks(d->attendeeReferenceEdit(), QString::fromStdString(m_caseRefs[1]));
        QTest::keyClick(d->attendeeReferenceEdit(), Qt::Key_Return);
        QVERIFY(d->isVisible());
        QCOMPARE(d->attendeeTable()->rowCount(), 2);
        QCOMPARE(d->typeCombo()->currentData().toString(), QStringLiteral("group"));
        // Each their own attendance.
        d->attendanceCombo(0)->setCurrentIndex(d->attendanceCombo(0)->findData(QStringLiteral("attended")));
        d->attendanceCombo(1)->setCurrentIndex(d->attendanceCombo(1)->findData(QStringLiteral("did_not_attend")));
        d->domainList()->item(2)->setCheckState(Qt::Checked); // education, training and employment
        QTest::keyClicks(d->noteEdit(), QStringLiteral("Talked about the college open day."));
        d->resize(800, 600);
        shoot(d, QStringLiteral("session-dialog-800x600.png"));
        d->resize(1000, 760);
        shoot(d, QStringLiteral("session-dialog-1000x760.png"));
        // Enter saves.
        d->durationSpin()->setFocus();
        QTest::keyClick(d->durationSpin(), Qt::Key_Return);
        QTRY_VERIFY(!d->isVisible() || d->result() == QDialog::Accepted);

        // In the casebook: one session, two attendees with their own attendance.
        auto list = m_setup->sessions().forReferral(m_referrals[0].id);
        QVERIFY(list && list->size() == 1);
        const waymark::Session& s = list->front();
        QCOMPARE(s.type, std::string("group"));
        QCOMPARE(s.durationMinutes, 90);
        QCOMPARE(s.location, std::string("Youth club"));
        QCOMPARE(s.note, std::string("Talked about the college open day."));
        QCOMPARE(s.domains, std::vector<std::string>{"ete"});
        QCOMPARE(waymark::formatUtc(s.start), std::string("2026-05-31T09:30:00Z")); // 10:30 BST
        QCOMPARE(s.attendees.size(), std::size_t(2));
        for (const auto& a : s.attendees)
            QCOMPARE(a.attendance, std::string(a.referralId == m_referrals[0].id ? "attended" : "did_not_attend"));
        // The first attended session made the referral active and stopped the clock; the page
        // shows it and the panel lists the session.
        auto r0 = m_setup->referrals().view(m_referrals[0].id);
        QCOMPARE(r0->state, waymark::ReferralState::Active);
        QCOMPARE(r0->firstContact, day(2026, 5, 31));
        QCOMPARE(m_setup->referrals().view(m_referrals[1].id)->state, waymark::ReferralState::Accepted);
        QTRY_COMPARE(panel->table()->rowCount(), 1);
        QCOMPARE(w.referralPage()->referral().state, waymark::ReferralState::Active);
        QVERIFY(panel->table()->item(0, 3)->text().contains(QStringLiteral("Attended")));
        shoot(&w, QStringLiteral("referral-with-session-1280x800.png"));
        w.resize(800, 600);
        shoot(&w, QStringLiteral("referral-with-session-800x600.png"));
    }

    void futureAttendanceIsRefusedInTheDialog()
    {
        auto casebook = m_fixture.open();
        QVERIFY(casebook);
        SessionDialog d(*casebook, m_referrals[1]);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.dateEdit()->setDate(day(2026, 6, 2)); // tomorrow
        d.timeEdit()->setTime(QTime(9, 0));
        d.attendanceCombo(0)->setCurrentIndex(d.attendanceCombo(0)->findData(QStringLiteral("attended")));
        d.accept();
        QVERIFY(d.isVisible());
        QVERIFY(d.errorLabel()->isVisible());
        QVERIFY(d.errorLabel()->text().contains(QStringLiteral("once the session has started")));
        // The March hour that does not exist is said in words.
        d.dateEdit()->setDate(day(2027, 3, 28));
        d.timeEdit()->setTime(QTime(1, 30));
        d.attendanceCombo(0)->setCurrentIndex(0);
        d.accept();
        QVERIFY(d.isVisible());
        QVERIFY(d.errorLabel()->text().contains(QStringLiteral("clocks go forward")));
        QCOMPARE(m_setup->sessions().forReferral(m_referrals[1].id)->size(), std::size_t(1)); // the group one only

        // Esc with typed work asks first: "keep editing" keeps it open, "discard" closes.
        int asked = 0;
        bool discard = false;
        d.setAsk([&] {
            ++asked;
            return discard;
        });
        QTest::keyClick(&d, Qt::Key_Escape);
        QCOMPARE(asked, 1);
        QVERIFY(d.isVisible());
        discard = true;
        QTest::keyClick(&d, Qt::Key_Escape);
        QCOMPARE(asked, 2);
        QVERIFY(!d.isVisible());
        // Nothing typed: Esc closes without asking.
        SessionDialog fresh(*casebook, m_referrals[1]);
        fresh.setAsk([&] {
            ++asked;
            return false;
        });
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        QTest::keyClick(&fresh, Qt::Key_Escape);
        QVERIFY(!fresh.isVisible());
        QCOMPARE(asked, 2);
    }

    void exportCalendarFromTheToolsMenu()
    {
        auto casebook = m_fixture.open();
        QVERIFY(casebook);
        // One upcoming session in the range.
        waymark::Session s;
        s.start = waymark::londonToUtc({day(2026, 6, 3), 14 * 60}).value();
        s.type = "school";
        s.location = "Room 4";
        waymark::SessionAttendee a;
        a.referralId = m_referrals[1].id;
        s.attendees.push_back(a);
        QVERIFY(casebook->sessions().add(s));
        MainWindow w(std::move(casebook));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* action = w.findChild<QAction*>(QStringLiteral("actionExportCalendar"));
        QVERIFY(action);
        action->trigger();
        auto* d = w.findChild<CalendarExportDialog*>();
        QVERIFY(d);
        QTRY_VERIFY(d->isVisible());
        shoot(d, QStringLiteral("calendar-export.png"));
        const QString file = QString::fromStdString((m_fixture.dir.path() / "mine.ics").string());
        d->fileEdit()->setText(file);
        d->fromEdit()->setDate(day(2026, 6, 1));
        d->toEdit()->setDate(day(2026, 6, 14));
        QTest::keyClick(d->fromEdit(), Qt::Key_Return);
        QTRY_COMPARE(d->exported(), 1);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(bytes.contains(QByteArray::fromStdString(m_caseRefs[1]) + " - School"));
        QVERIFY(!bytes.contains("Room 4"));
        for (const auto& name : m_names)
            QVERIFY2(!bytes.contains(name.toUtf8()), qPrintable(name));
    }

private:
    pagestest::Fixture m_fixture;
    std::unique_ptr<waymark::Casebook> m_setup;
    std::vector<waymark::Referral> m_referrals;
    std::vector<std::string> m_caseRefs;
    QStringList m_names;
};

QTEST_MAIN(TestSessionDialog)
#include "TestSessionDialog.moc"
