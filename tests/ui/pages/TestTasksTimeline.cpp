// Tasks and the person's timeline through real widgets, offscreen: My work lists a task due
// (and says "OVERDUE" in words for a late one), the person page shows one timeline that reads
// more events when scrolled to the end, its header names the current referral and its clocks,
// and "New task" saves with Enter. Screenshots with WAYMARK_SHOTS=<folder>.

#include "PagesFixture.h"
#include "ui/convert/Convert.h"
#include "ui/delivery/TaskDialog.h"
#include "ui/delivery/TimelineHeader.h"
#include "ui/delivery/TimelineModel.h"
#include "ui/delivery/TimelinePanel.h"
#include "ui/pages/MyWorkPage.h"
#include "ui/pages/PersonPage.h"
#include "ui/widgets/DateEdit.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>

using namespace waymark;

namespace {

Date ymd(int y, int m, int d)
{
    return Date::fromYmd(y, m, d).value();
}

void shoot(QWidget& w, const char* name)
{
    const QByteArray folder = qgetenv("WAYMARK_SHOTS");
    if (folder.isEmpty())
        return;
    for (QSize size : {QSize(1280, 800), QSize(800, 600)}) {
        w.resize(size);
        QTest::qWait(50);
        w.grab().save(QString::fromUtf8(folder) +
                      QStringLiteral("/%1-%2x%3.png").arg(QLatin1String(name)).arg(size.width()).arg(size.height()));
    }
}

} // namespace

class TestTasksTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void myWorkListsTasksDueAndOverdue()
    {
        pagestest::Fixture fx;
        auto cb = fx.create(3);
        QVERIFY(cb);
        auto people = cb->people().search("Alder");
        QVERIFY(people && !people->empty());
        Task due;
        due.personId = people->front().id;
        due.title = "Ring the school about the timetable";
        due.due = cb->clock().today();
        QVERIFY(cb->tasks().add(due));
        Task late = due;
        late.title = "Send the consent form";
        late.due = cb->clock().today().addDays(-3);
        QVERIFY(cb->tasks().add(late));
        Task later = due;
        later.title = "Review in a month";
        later.due = cb->clock().today().addDays(30);
        QVERIFY(cb->tasks().add(later));

        MyWorkPage page(*cb);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableWidget* tasks = page.tasksTable();
        QVERIFY(tasks);
        QCOMPARE(tasks->rowCount(), 2); // the one a month away is not due yet
        QCOMPARE(tasks->item(0, 1)->text(), QStringLiteral("Send the consent form"));
        QVERIFY(tasks->item(0, 0)->text().contains(QStringLiteral("OVERDUE"))); // in words
        QVERIFY(!tasks->item(0, 0)->icon().isNull());                           // and a mark
        QCOMPARE(tasks->item(1, 1)->text(), QStringLiteral("Ring the school about the timetable"));
        QCOMPARE(tasks->item(1, 0)->text(), QStringLiteral("Due today"));
        QCOMPARE(page.shownCount(QStringLiteral("countTasksOverdue")), qint64(1));
        QCOMPARE(page.shownCount(QStringLiteral("countTasksDue")), qint64(1));

        // Enter opens the task's person (no referral linked).
        Uuid opened;
        connect(&page, &MyWorkPage::openPersonRequested, this, [&](const Uuid& id) { opened = id; });
        tasks->setFocus();
        tasks->selectRow(1);
        QTest::keyClick(tasks, Qt::Key_Return);
        QCOMPARE(opened, people->front().id);
        shoot(page, "my-work-tasks");
    }

    void personTimelineReadsMoreWhenScrolled()
    {
        pagestest::Fixture fx;
        auto cb = fx.create(1);
        QVERIFY(cb);
        auto people = cb->people().search("Alder");
        QVERIFY(people && !people->empty());
        const Uuid person = people->front().id;
        Referral r;
        r.personId = person;
        r.received = cb->clock().today().addDays(-20);
        r.source = "police";
        r.eventDate = r.received.addDays(-2);
        r.route = "community_resolution";
        auto referral = cb->referrals().create(r);
        QVERIFY(referral);
        QVERIFY(cb->referrals().startScreening(referral->id));
        QVERIFY(cb->referrals().decide(referral->id, "accepted", {}, {}));
        // 130 tasks, two to a day, going back from today.
        for (int i = 0; i < 130; ++i) {
            Task t;
            t.personId = person;
            t.title = "Generated task " + std::to_string(i);
            t.due = cb->clock().today().addDays(-i / 2);
            QVERIFY(cb->tasks().add(t));
        }

        ::PersonPage page(*cb);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.openPerson(person));
        TimelinePanel* timeline = page.timelinePanel();
        QVERIFY(timeline && timeline->isVisible());
        TimelineModel* model = timeline->model();
        QCOMPARE(model->rowCount(), TimelineModel::kPageSize); // one page read so far
        QCOMPARE(model->pagesRead(), 1);
        // Newest first: the assessment clock of the accepted referral (due in the future) on top.
        QCOMPARE(model->event(0).title, std::string("assessment_due"));
        for (int i = 1; i < model->rowCount(); ++i)
            QVERIFY(model->event(i - 1).at >= model->event(i).at);

        // Scrolling to the end reads the next page.
        QTableView* view = timeline->view();
        view->scrollToBottom();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QTRY_VERIFY(model->rowCount() > TimelineModel::kPageSize);
        QVERIFY(model->pagesRead() >= 2);
        while (model->canFetchMore({}))
            model->fetchMore({});
        // 130 tasks, the referral received, the decisions (screening, accepted), the clock task,
        // the start snapshot taken on acceptance.
        QCOMPARE(model->rowCount(), 130 + 1 + 2 + 1 + 1);

        // A kind unticked leaves it out.
        timeline->kindBox(QStringLiteral("task"))->setChecked(false);
        QCOMPARE(model->rowCount(), 4); // received, two decisions, the start snapshot
        QVERIFY(model->data(model->index(0, TimelineModel::ColKind)).toString() != QStringLiteral("Task"));

        // The header, always in view above the form: the current referral and its clocks.
        TimelineHeader* header = page.personHeader();
        QVERIFY(header->isVisible());
        QVERIFY(header->summaryText().contains(waymark::convert::toQString(referral->reference)));
        QVERIFY(header->summaryText().contains(QStringLiteral("Assessment")));
        QVERIFY2(header->summaryText().contains(QStringLiteral("131 open task")), // and the assessment clock's
                 qPrintable(header->summaryText()));

        // Enter on a row opens its referral.
        timeline->kindBox(QStringLiteral("task"))->setChecked(true);
        Uuid opened;
        connect(&page, &::PersonPage::openReferralRequested, this, [&](const Uuid& id) { opened = id; });
        view->setFocus();
        view->selectRow(0);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(opened, referral->id);
        shoot(page, "person-timeline");
    }

    void newTaskSavesWithEnter()
    {
        pagestest::Fixture fx;
        auto cb = fx.create(1);
        QVERIFY(cb);
        auto people = cb->people().search("Alder");
        QVERIFY(people && !people->empty());
        ::PersonPage page(*cb);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.openPerson(people->front().id));
        QCOMPARE(page.timelinePanel()->model()->rowCount(), 0);
        auto* dialog = qobject_cast<TaskDialog*>(page.openNewTask());
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Home visit with mum"));
        dialog->dueEdit()->setDate(ymd(2026, 6, 3));
        QTest::keyClick(dialog->titleEdit(), Qt::Key_Return);
        QTRY_COMPARE(page.timelinePanel()->model()->rowCount(), 1);
        QCOMPARE(page.timelinePanel()->model()->event(0).detail, std::string("Home visit with mum"));
        TaskQuery mine;
        mine.mine = true;
        QCOMPARE(cb->tasks().count(mine).value_or(-1), std::int64_t(1));

        // Esc with something typed asks first; keeping on editing keeps the dialog.
        auto* second = qobject_cast<TaskDialog*>(page.openNewTask());
        QVERIFY(second);
        bool asked = false;
        second->setDiscardQuestion([&] {
            asked = true;
            return false;
        });
        QTest::keyClicks(second->titleEdit(), QStringLiteral("Half typed"));
        QTest::keyClick(second->titleEdit(), Qt::Key_Escape);
        QVERIFY(asked);
        QVERIFY(second->isVisible());
        shoot(*second, "task-dialog");
        second->setDiscardQuestion([] { return true; });
        QTest::keyClick(second->titleEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!second->isVisible());
    }
};

QTEST_MAIN(TestTasksTimeline)
#include "TestTasksTimeline.moc"
