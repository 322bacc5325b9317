#include "PagesFixture.h"

#include "core/domain/PersonRules.h"
#include "ui/convert/Convert.h"
#include "ui/models/PeopleListModel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <set>

using waymark::PersonFilter;
using waymark::convert::toStd;

namespace {
constexpr int kPeople = 450; // two full pages and a part page
}

class TestPeopleListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pagesLoadOnDemandAndStopAtTheEnd();
    void rowsComeInStoreOrder();
    void columnsShowTheSummary();
    void filterChangesTheRows_data();
    void filterChangesTheRows();
    void searchReplacesTheListAndClearingRestoresIt();
    void viewFetchesOnlyWhenScrolled();
    void ageOnBirthdays();
    void headerClickSortsEveryPage_data();
    void headerClickSortsEveryPage();
    void unsortableColumnKeepsTheOrder();

private:
    pagestest::Fixture m_fixture;
    std::unique_ptr<waymark::Casebook> m_casebook;
};

void TestPeopleListModel::initTestCase()
{
    m_casebook = m_fixture.create(kPeople);
    QVERIFY2(m_casebook, "casebook with generated people");
    qInfo("casebook with %d generated people at %s", kPeople, m_fixture.path.c_str());
}

void TestPeopleListModel::cleanupTestCase()
{
    m_casebook.reset();
}

void TestPeopleListModel::pagesLoadOnDemandAndStopAtTheEnd()
{
    PeopleListModel model(*m_casebook);
    QCOMPARE(model.columnCount(), int(PeopleListModel::ColumnCount));
    QCOMPARE(model.rowCount(), PeopleListModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * PeopleListModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), kPeople);
    QVERIFY2(!model.canFetchMore({}), "the last page must end the paging");
    model.fetchMore({}); // harmless at the end
    QCOMPARE(model.rowCount(), kPeople);
    QVERIFY(model.lastError().isEmpty());

    // Every person exactly once.
    std::set<waymark::Uuid> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.summaryAt(row)->id);
    QCOMPARE(int(ids.size()), kPeople);

    // The model tester fetches on every check it runs: it must reach the end and stop there.
    PeopleListModel tested(*m_casebook);
    QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 10 && tested.canFetchMore({}); ++i)
        tested.fetchMore({});
    QCOMPARE(tested.rowCount(), kPeople);
    QVERIFY(!tested.canFetchMore({}));
    qInfo("first page %d rows, then %d, then %d (end); %d distinct people; QAbstractItemModelTester happy",
          PeopleListModel::kPageSize, 2 * PeopleListModel::kPageSize, kPeople, int(ids.size()));
}

void TestPeopleListModel::rowsComeInStoreOrder()
{
    PeopleListModel model(*m_casebook);
    while (model.canFetchMore({}))
        model.fetchMore({});
    for (int row = 1; row < model.rowCount(); ++row) {
        const auto* a = model.summaryAt(row - 1);
        const auto* b = model.summaryAt(row);
        const auto ka = std::make_pair(waymark::foldForSearch(a->familyName), waymark::foldForSearch(a->givenName));
        const auto kb = std::make_pair(waymark::foldForSearch(b->familyName), waymark::foldForSearch(b->givenName));
        QVERIFY2(ka <= kb, qPrintable(QStringLiteral("row %1 out of order").arg(row)));
    }
    qInfo("%d rows in family-name, given-name order", model.rowCount());
}

void TestPeopleListModel::columnsShowTheSummary()
{
    PeopleListModel model(*m_casebook);
    // Person 0: born 01/01/2008, looked after + CP + exploitation + SEND + restricted (0 divides all).
    const QModelIndex first = model.index(0, 0);
    QVERIFY(first.isValid());
    int estimatedSeen = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto* s = model.summaryAt(row);
        const QString dob = model.index(row, PeopleListModel::DateOfBirth).data().toString();
        QVERIFY2(dob.startsWith(waymark::convert::toDisplay(s->dateOfBirth)), qPrintable(dob));
        QCOMPARE(dob.contains(QStringLiteral("(est.)")), s->dateOfBirthEstimated);
        estimatedSeen += s->dateOfBirthEstimated ? 1 : 0;
        const int age = model.index(row, PeopleListModel::Age).data().toInt();
        QCOMPARE(age, PeopleListModel::ageOn(s->dateOfBirth, waymark::Date::fromYmd(2026, 6, 1).value()));
        QVERIFY2(age >= 12 && age <= 18, qPrintable(QString::number(age)));
        QCOMPARE(model.index(row, PeopleListModel::CaseReference).data().toString(),
                 waymark::convert::toQString(s->caseReference));
        QCOMPARE(model.index(row, PeopleListModel::Name).data().toString(),
                 waymark::convert::toQString(s->displayName()));
        const QString flags = model.index(row, PeopleListModel::Flags).data().toString();
        QCOMPARE(flags.contains(QStringLiteral("LAC")), s->flags.lookedAfter);
        QCOMPARE(flags.contains(QStringLiteral("CP")), s->flags.childProtectionPlan);
        QCOMPARE(flags.contains(QStringLiteral("Restricted")), s->flags.restricted);
    }
    QVERIFY(estimatedSeen > 0);
    QCOMPARE(model.headerData(PeopleListModel::Postcode, Qt::Horizontal).toString(), QStringLiteral("Postcode"));
    qInfo("reference, name, dd/mm/yyyy date of birth (%d marked estimated), age on 01/06/2026 and flags checked",
          estimatedSeen);
}

void TestPeopleListModel::filterChangesTheRows_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<int>("every"); // generatedPerson() sets the flag on every nth person
    QTest::newRow("looked-after") << int(PersonFilter::LookedAfter) << 7;
    QTest::newRow("child-protection plan") << int(PersonFilter::ChildProtectionPlan) << 11;
    QTest::newRow("exploitation concern") << int(PersonFilter::ExploitationConcern) << 13;
    QTest::newRow("SEND/ALN") << int(PersonFilter::SendAln) << 5;
    QTest::newRow("restricted") << int(PersonFilter::Restricted) << 17;
}

void TestPeopleListModel::filterChangesTheRows()
{
    QFETCH(int, filter);
    QFETCH(int, every);
    PeopleListModel model(*m_casebook);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(static_cast<PersonFilter>(filter));
    while (model.canFetchMore({}))
        model.fetchMore({});
    const int expected = (kPeople - 1) / every + 1;
    QCOMPARE(model.rowCount(), expected);
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto& f = model.summaryAt(row)->flags;
        const bool has = filter == int(PersonFilter::LookedAfter)           ? f.lookedAfter
                         : filter == int(PersonFilter::ChildProtectionPlan) ? f.childProtectionPlan
                         : filter == int(PersonFilter::ExploitationConcern) ? f.exploitationConcern
                         : filter == int(PersonFilter::SendAln)             ? f.sendAln
                                                                            : f.restricted;
        QVERIFY2(has, qPrintable(QStringLiteral("row %1 lacks the flag").arg(row)));
    }
    model.setFilter(PersonFilter::All);
    QCOMPARE(model.rowCount(), PeopleListModel::kPageSize);
    qInfo("filter shows %d of %d people, all with the flag; All restores the first page", expected, kPeople);
}

void TestPeopleListModel::searchReplacesTheListAndClearingRestoresIt()
{
    PeopleListModel model(*m_casebook);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&model, &PeopleListModel::reloaded);

    // "Kestrel" is given name 10 of 14: people 10, 24, 38, ... ; all fit in one search page only if <= 50.
    model.setSearchText(QStringLiteral("kestrel"));
    QVERIFY(model.isSearching());
    QVERIFY(!model.canFetchMore({}));
    QVERIFY2(model.rowCount() > 0 && model.rowCount() <= PeopleListModel::kSearchLimit,
             qPrintable(QString::number(model.rowCount())));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.summaryAt(row)->givenName, std::string("Kestrel"));
    const int kestrels = model.rowCount();

    // Two words: given and family name prefixes.
    model.setSearchText(QStringLiteral("kestrel ash"));
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < kestrels);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.summaryAt(row)->familyName.starts_with("Ash"));

    // A case reference finds exactly that person.
    const std::string reference = model.summaryAt(0)->caseReference;
    model.setSearchText(waymark::convert::toQString(reference));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.summaryAt(0)->caseReference, reference);

    model.setSearchText(QStringLiteral("zzzznobody"));
    QCOMPARE(model.rowCount(), 0);

    model.setSearchText(QString());
    QVERIFY(!model.isSearching());
    QCOMPARE(model.rowCount(), PeopleListModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(reloaded.count(), 5);
    qInfo("search 'kestrel' -> %d rows, 'kestrel ash' narrower, case reference -> 1, no match -> 0, cleared -> list",
          kestrels);
}

void TestPeopleListModel::viewFetchesOnlyWhenScrolled()
{
    PeopleListModel model(*m_casebook);
    QTableView view;
    view.setModel(&model);
    view.resize(800, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    QCOMPARE(model.rowCount(), PeopleListModel::kPageSize);
    view.scrollToBottom();
    QTRY_VERIFY(model.rowCount() > PeopleListModel::kPageSize);
    qInfo("view shows %d rows until scrolled; after scrolling to the bottom it has %d", PeopleListModel::kPageSize,
          model.rowCount());
}

void TestPeopleListModel::ageOnBirthdays()
{
    const auto d = [](int y, int m, int day) { return waymark::Date::fromYmd(y, m, day).value(); };
    QCOMPARE(PeopleListModel::ageOn(d(2010, 6, 1), d(2026, 6, 1)), 16);   // birthday today
    QCOMPARE(PeopleListModel::ageOn(d(2010, 6, 2), d(2026, 6, 1)), 15);   // tomorrow
    QCOMPARE(PeopleListModel::ageOn(d(2012, 2, 29), d(2026, 2, 28)), 13); // leapling before 1 March
    QCOMPARE(PeopleListModel::ageOn(d(2012, 2, 29), d(2026, 3, 1)), 14);
    QCOMPARE(PeopleListModel::ageOn(waymark::Date{}, d(2026, 3, 1)), -1);
    QCOMPARE(PeopleListModel::ageOn(d(2027, 1, 1), d(2026, 3, 1)), -1);
    qInfo("ages on and around birthdays, including 29 February, and unknown dates");
}

void TestPeopleListModel::headerClickSortsEveryPage_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("filter");
    for (int column : {int(PeopleListModel::CaseReference), int(PeopleListModel::Name),
                       int(PeopleListModel::DateOfBirth), int(PeopleListModel::Age)})
        for (int order : {int(Qt::AscendingOrder), int(Qt::DescendingOrder)})
            for (int filter : {int(PersonFilter::All), int(PersonFilter::LookedAfter)})
                QTest::addRow("column %d, %s, %s", column, order ? "descending" : "ascending",
                              filter ? "looked after" : "everyone")
                    << column << order << filter;
}

// A click on a heading re-reads in that order from the store, keyset-paged: every page that
// follows continues the same order, with no one missing or repeated.
void TestPeopleListModel::headerClickSortsEveryPage()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(int, filter);
    PeopleListModel model(*m_casebook);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(static_cast<PersonFilter>(filter));
    QTableView view;
    view.setModel(&model);
    view.setSortingEnabled(true);
    view.horizontalHeader()->setSortIndicator(column, static_cast<Qt::SortOrder>(order));
    QCOMPARE(model.sortColumn(), column);
    while (model.canFetchMore({}))
        model.fetchMore({});
    const auto expected = m_casebook->people().count(static_cast<PersonFilter>(filter));
    QVERIFY(expected);
    QCOMPARE(model.rowCount(), int(*expected));
    std::set<std::string> seen;
    const bool descending = order == Qt::DescendingOrder;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto* p = model.summaryAt(row);
        QVERIFY(seen.insert(p->id.toString()).second);
        if (row == 0)
            continue;
        const auto* prev = model.summaryAt(row - 1);
        std::string a;
        std::string b;
        switch (column) {
        case PeopleListModel::CaseReference:
            a = prev->caseReference;
            b = p->caseReference;
            break;
        case PeopleListModel::DateOfBirth:
        case PeopleListModel::Age:
            a = prev->dateOfBirth.toIso();
            b = p->dateOfBirth.toIso();
            break;
        default:
            a = waymark::foldForSearch(prev->familyName);
            b = waymark::foldForSearch(p->familyName);
            break;
        }
        // Age ascending is the latest date of birth first.
        const bool reversed = descending != (column == PeopleListModel::Age);
        QVERIFY2(reversed ? a >= b : a <= b, (a + " then " + b).c_str());
    }
}

void TestPeopleListModel::unsortableColumnKeepsTheOrder()
{
    PeopleListModel model(*m_casebook);
    QTableView view;
    view.setModel(&model);
    view.setSortingEnabled(true);
    view.horizontalHeader()->setSortIndicator(PeopleListModel::CaseReference, Qt::DescendingOrder);
    const std::string first = model.summaryAt(0)->caseReference;
    QSignalSpy reloads(&model, &PeopleListModel::reloaded);
    model.sort(PeopleListModel::Postcode, Qt::AscendingOrder);
    model.sort(PeopleListModel::Flags, Qt::AscendingOrder);
    QCOMPARE(reloads.count(), 0);
    QCOMPARE(model.sortColumn(), int(PeopleListModel::CaseReference));
    QCOMPARE(model.summaryAt(0)->caseReference, first);
}

QTEST_MAIN(TestPeopleListModel)
#include "TestPeopleListModel.moc"
