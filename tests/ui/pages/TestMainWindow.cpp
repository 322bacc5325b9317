#include "PagesFixture.h"

#include "ui/models/PeopleListModel.h"
#include "ui/pages/MainWindow.h"
#include "ui/pages/MyWorkPage.h"
#include "ui/pages/PeoplePage.h"
#include "ui/pages/PersonPage.h"
#include "ui/pages/ReferralsPage.h"
#include "ui/widgets/SearchBar.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void titleStatusBarAndNoBanner();
    void demoCasebookShowsTheBanner();
    void menuActionsEmitTheirSignals();
    void searchThenEnterOpensThePersonAndEscReturns();
    void filterComboFiltersTheTable();
    void newPersonFromTheKeyboardAndBackToTheList();
    void auditorCannotAddPeople();
    void everyControlHasAnAccessibleName();
    void enterInSearchOpensTheFirstMatch();
    void ctrlEndGoesToTheRealEnd();
    void emptyCasebookSaysWhatToDoNext();
    void opensOnMyWorkAndCtrlDigitsGoToTheSections();

private:
    std::unique_ptr<MainWindow> window(const char* user = pagestest::kCoordinator);

    pagestest::Fixture m_fixture;
    std::unique_ptr<waymark::Casebook> m_setup;
};

void TestMainWindow::initTestCase()
{
    m_setup = m_fixture.create(60);
    QVERIFY(m_setup);
    QVERIFY(m_setup->users().add("audrey", pagestest::kPassword, waymark::Role::Auditor, "Audrey Auditor"));
}

std::unique_ptr<MainWindow> TestMainWindow::window(const char* user)
{
    auto casebook = m_fixture.open(user);
    if (!casebook)
        return {};
    auto w = std::make_unique<MainWindow>(std::move(casebook));
    w->resize(1280, 800);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return {};
    w->activateWindow();
    // These tests are about the people list; the window itself opens on My work.
    w->showPeople();
    w->peoplePage()->focusSearch();
    return w;
}

void TestMainWindow::titleStatusBarAndNoBanner()
{
    auto w = window();
    QVERIFY(w);
    QCOMPARE(w->windowTitle(), QStringLiteral("pages-test.waymark — Waymark"));
    QVERIFY(!w->findChild<QLabel*>(QStringLiteral("demoBanner"))->isVisible());
    const QString user = w->findChild<QLabel*>(QStringLiteral("userStatus"))->text();
    QVERIFY2(user.contains(QStringLiteral("Casey Coordinator")) && user.contains(QStringLiteral("Coordinator")),
             qPrintable(user));
    QVERIFY(w->findChild<QLabel*>(QStringLiteral("casebookStatus"))->text().contains(QStringLiteral("pages-test")));
    const QString count = w->findChild<QLabel*>(QStringLiteral("countStatus"))->text();
    QVERIFY2(count.contains(QStringLiteral("60")), qPrintable(count));
    QCOMPARE(w->currentPage(), static_cast<QWidget*>(w->peoplePage()));
    QCOMPARE(w->peoplePage()->model()->rowCount(), 60);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(w->peoplePage()->searchBar()));
    qInfo("title \"%s\", status \"%s\" / \"%s\", no demo banner, search box has focus", qPrintable(w->windowTitle()),
          qPrintable(user), qPrintable(count));
}

void TestMainWindow::demoCasebookShowsTheBanner()
{
    pagestest::Fixture demo;
    auto casebook = demo.create(3);
    QVERIFY(casebook);
    QVERIFY(casebook->markAsDemo());
    QVERIFY(casebook->info().demo);
    MainWindow w(std::move(casebook));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* banner = w.findChild<QLabel*>(QStringLiteral("demoBanner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("Synthetic demo data — not real people"));
    qInfo("demo casebook -> banner \"%s\"", qPrintable(banner->text()));
}

void TestMainWindow::menuActionsEmitTheirSignals()
{
    auto w = window();
    QVERIFY(w);
    QSignalSpy lock(w.get(), &MainWindow::lockRequested);
    QSignalSpy about(w.get(), &MainWindow::aboutRequested);
    QSignalSpy settings(w.get(), &MainWindow::settingsRequested);
    QTest::keyClick(w.get(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(lock.count(), 1);
    w->findChild<QAction*>(QStringLiteral("actionAbout"))->trigger();
    QCOMPARE(about.count(), 1);
    w->findChild<QAction*>(QStringLiteral("actionSettings"))->trigger();
    QCOMPARE(settings.count(), 1);

    // Ctrl+F from the person page goes back to the list and focuses the search box.
    w->showNewPerson();
    QCOMPARE(w->currentPage(), static_cast<QWidget*>(w->personPage()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(w->currentPage(), static_cast<QWidget*>(w->peoplePage()));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(w->peoplePage()->searchBar()));
    qInfo("Ctrl+L -> lockRequested, About -> aboutRequested, Settings -> settingsRequested, Ctrl+F -> search box");
}

void TestMainWindow::searchThenEnterOpensThePersonAndEscReturns()
{
    auto w = window();
    QVERIFY(w);
    auto* search = w->peoplePage()->searchBar();
    search->setFocus();
    // generatedPerson(3) is "Dalla Ashcombe".
    QTest::keyClicks(search, QStringLiteral("dalla ashc"));
    QTRY_VERIFY(w->peoplePage()->model()->isSearching());
    QTRY_COMPARE(w->peoplePage()->model()->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(w->peoplePage()->table()));
    QTest::keyClick(w->peoplePage()->table(), Qt::Key_Return);
    QCOMPARE(w->currentPage(), static_cast<QWidget*>(w->personPage()));
    QCOMPARE(w->personPage()->findChild<QLineEdit*>(QStringLiteral("givenName"))->text(), QStringLiteral("Dalla"));
    QCOMPARE(w->personPage()->findChild<QLineEdit*>(QStringLiteral("familyName"))->text(), QStringLiteral("Ashcombe"));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(w->currentPage(), static_cast<QWidget*>(w->peoplePage()));
    // Esc in the search box clears it and the full list comes back.
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QVERIFY(!w->peoplePage()->model()->isSearching());
    QCOMPARE(w->peoplePage()->model()->rowCount(), 60);
    qInfo("typed search (debounced), Down, Enter -> person page for Dalla Ashcombe; Esc -> list; Esc clears search");
}

void TestMainWindow::filterComboFiltersTheTable()
{
    auto w = window();
    QVERIFY(w);
    auto* filter = w->peoplePage()->filterCombo();
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("Looked"));
    QCOMPARE(w->peoplePage()->model()->filter(), waymark::PersonFilter::LookedAfter);
    QCOMPARE(w->peoplePage()->model()->rowCount(), (60 - 1) / 7 + 1); // every 7th generated person
    qInfo("filter combo 'Looked-after' -> %d rows", w->peoplePage()->model()->rowCount());
}

void TestMainWindow::newPersonFromTheKeyboardAndBackToTheList()
{
    auto w = window();
    QVERIFY(w);
    w->personPage()->setAskHandler([](const QString&, const QString&) { return true; });
    QTest::keyClick(w.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(w->currentPage(), static_cast<QWidget*>(w->personPage()));
    QVERIFY(w->personPage()->isNew());
    QWidget* given = w->personPage()->findChild<QLineEdit*>(QStringLiteral("givenName"));
    QCOMPARE(QApplication::focusWidget(), given);
    QTest::keyClicks(given, QStringLiteral("Ottoline"));
    QTest::keyClick(given, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Keyboardley"));
    auto* dob = w->personPage()->findChild<QLineEdit*>(QStringLiteral("dateOfBirth"));
    dob->setFocus();
    QTest::keyClicks(dob, QStringLiteral("09/10/2011"));
    QTest::keyClick(dob, Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(!w->personPage()->isNew(), qPrintable(w->personPage()->errorText()));
    QCOMPARE(w->personPage()->person().familyName, std::string("Keyboardley"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(w->currentPage(), static_cast<QWidget*>(w->peoplePage()));
    const QString count = w->findChild<QLabel*>(QStringLiteral("countStatus"))->text();
    QVERIFY2(count.contains(QStringLiteral("61")), qPrintable(count));
    // The new person is in the list and selected.
    auto* table = w->peoplePage()->table();
    QVERIFY(table->currentIndex().isValid());
    QCOMPARE(w->peoplePage()->model()->summaryAt(table->currentIndex().row())->familyName, std::string("Keyboardley"));
    qInfo("Ctrl+N, typed with Tab between fields, Ctrl+S, Alt+Left -> list shows and selects the new person; %s",
          qPrintable(count));
}

void TestMainWindow::auditorCannotAddPeople()
{
    auto w = window("audrey");
    QVERIFY(w);
    QVERIFY(!w->peoplePage()->newPersonButton()->isEnabled());
    QVERIFY(!w->findChild<QAction*>(QStringLiteral("actionNewPerson"))->isEnabled());
    QTest::keyClick(w.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(w->currentPage(), static_cast<QWidget*>(w->peoplePage()));
    QVERIFY(w->findChild<QLabel*>(QStringLiteral("userStatus"))->text().contains(QStringLiteral("Auditor")));
    qInfo("auditor: New person disabled in the page and the menu; Ctrl+N does nothing");
}

// Screen readers announce a control by its accessible name, or by the label it is the buddy
// of. Every control a user can reach on the people list and the person page has one.
void TestMainWindow::everyControlHasAnAccessibleName()
{
    auto w = window();
    QVERIFY(w);
    const auto check = [](QWidget* page, const char* where) {
        QSet<QWidget*> labelled;
        for (QLabel* label : page->findChildren<QLabel*>())
            if (label->buddy() != nullptr)
                labelled.insert(label->buddy());
        int controls = 0;
        QStringList unnamed;
        for (QWidget* widget : page->findChildren<QWidget*>()) {
            const bool control = qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) ||
                                 qobject_cast<QAbstractButton*>(widget) || qobject_cast<QAbstractItemView*>(widget);
            if (!control || widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(page))
                continue;
            if (qobject_cast<QLineEdit*>(widget) && qobject_cast<QComboBox*>(widget->parentWidget()))
                continue; // a combo box's own editor: the combo box carries the name
            ++controls;
            const bool named =
                !widget->accessibleName().isEmpty() || labelled.contains(widget) ||
                (qobject_cast<QAbstractButton*>(widget) && !qobject_cast<QAbstractButton*>(widget)->text().isEmpty());
            if (!named)
                unnamed << QStringLiteral("%1 '%2'").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                         widget->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(where),
                                                                            unnamed.join(QStringLiteral(", ")))));
        qInfo("%s: %d reachable controls, all named", where, controls);
    };
    check(w->peoplePage(), "people list");
    w->showNewPerson();
    check(w->personPage(), "person page");
}

void TestMainWindow::enterInSearchOpensTheFirstMatch()
{
    auto w = window();
    QVERIFY(w);
    auto* search = w->peoplePage()->searchBar();
    search->setFocus();
    // No pause for the debounce: Enter searches at once and opens the only match.
    QTest::keyClicks(search, QStringLiteral("dalla ashc"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(w->currentPage(), static_cast<QWidget*>(w->personPage()));
    QCOMPARE(w->personPage()->findChild<QLineEdit*>(QStringLiteral("givenName"))->text(), QStringLiteral("Dalla"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(w->currentPage(), static_cast<QWidget*>(w->peoplePage()));

    // Several matches: the first one in the list opens.
    search->setFocus();
    search->selectAll();
    QTest::keyClicks(search, QStringLiteral("ashcombe"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(w->peoplePage()->model()->rowCount() > 1);
    QCOMPARE(w->currentPage(), static_cast<QWidget*>(w->personPage()));
    QCOMPARE(w->personPage()->person().id, w->peoplePage()->model()->summaryAt(0)->id);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);

    // Nothing typed: Enter moves to the list, with its first row marked.
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Escape);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(w->peoplePage()->table()));
    QVERIFY(w->peoplePage()->table()->selectionModel()->isRowSelected(0, {}));
    qInfo("Enter in the search box opens the single or first match, or moves to the list");
}

void TestMainWindow::ctrlEndGoesToTheRealEnd()
{
    pagestest::Fixture big;
    auto casebook = big.create(450); // more than two pages of 200
    QVERIFY(casebook);
    MainWindow w(std::move(casebook));
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showPeople();
    auto* table = w.peoplePage()->table();
    table->setFocus();
    QVERIFY(w.peoplePage()->model()->rowCount() < 450);
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(w.peoplePage()->model()->rowCount(), 450);
    QCOMPARE(table->currentIndex().row(), 449);
    QVERIFY(w.peoplePage()
                ->findChild<QLabel*>(QStringLiteral("peopleStatus"))
                ->text()
                .contains(QStringLiteral("450 of 450")));
    qInfo("Ctrl+End reads the remaining pages and lands on row 450 of 450");
}

void TestMainWindow::emptyCasebookSaysWhatToDoNext()
{
    pagestest::Fixture empty;
    auto casebook = empty.create(0);
    QVERIFY(casebook);
    MainWindow w(std::move(casebook));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* panel = w.peoplePage()->findChild<QWidget*>(QStringLiteral("peopleEmpty"));
    QVERIFY(panel->isVisible());
    QVERIFY(!w.peoplePage()->table()->isVisible());
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("emptyNewPersonButton")), Qt::LeftButton);
    QCOMPARE(w.currentPage(), static_cast<QWidget*>(w.personPage()));
    QVERIFY(w.personPage()->isNew());
    qInfo("an empty casebook shows what to do next, and its button opens a new person");
}

void TestMainWindow::opensOnMyWorkAndCtrlDigitsGoToTheSections()
{
    auto casebook = m_fixture.open();
    QVERIFY(casebook);
    MainWindow w(std::move(casebook));
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QCOMPARE(w.currentPage(), static_cast<QWidget*>(w.myWorkPage()));
    auto* nav = w.findChild<QListWidget*>(QStringLiteral("navigation"));
    QCOMPARE(nav->count(), 4); // and Reports, for a coordinator
    QCOMPARE(nav->currentRow(), 0);
    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(w.currentPage(), static_cast<QWidget*>(w.peoplePage()));
    QCOMPARE(nav->currentRow(), 1);
    QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(w.currentPage(), static_cast<QWidget*>(w.referralsPage()));
    QCOMPARE(nav->currentRow(), 2);
    QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(w.currentPage(), static_cast<QWidget*>(w.myWorkPage()));
    qInfo("opens on My work; Ctrl+2 People, Ctrl+3 Referrals, Ctrl+1 My work");
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
