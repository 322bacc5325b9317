// Ages on a date (leap-day birthdays), age bands and calendar periods.

#include "core/calendar/Age.h"
#include "core/calendar/Period.h"

#include <QTest>

using namespace waymark;

namespace {

Date iso(const QString& s)
{
    return Date::fromIso(s.toStdString()).value();
}

Date ymd(int y, int m, int d)
{
    return Date::fromYmd(y, m, d).value();
}

QString str(Date d)
{
    return QString::fromStdString(d.toIso());
}

} // namespace

class TestAges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ageOn_data();
    void ageOn();
    void attainingAge();
    void bands();
    void eligibility();
    void periods_data();
    void periods();
    void periodWindows();
    void periodText();
};

void TestAges::ageOn_data()
{
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QString>("on");
    QTest::addColumn<int>("age");
    auto row = [](const char* name, const char* birth, const char* on, int age) {
        QTest::newRow(name) << QString::fromLatin1(birth) << QString::fromLatin1(on) << age;
    };
    row("ordinary: day before birthday", "2010-06-15", "2026-06-14", 15);
    row("ordinary: on birthday", "2010-06-15", "2026-06-15", 16);
    row("ordinary: day after", "2010-06-15", "2026-06-16", 16);
    row("day of birth", "2010-06-15", "2010-06-15", 0);
    row("before birth", "2010-06-15", "2010-06-14", -1);
    row("31 Dec birth on 1 Jan", "2008-12-31", "2026-01-01", 17);
    // Leap-day birth: the birthday is 29 Feb in leap years and 1 Mar otherwise.
    row("29 Feb birth: 28 Feb common year", "2008-02-29", "2026-02-28", 17);
    row("29 Feb birth: 1 Mar common year", "2008-02-29", "2026-03-01", 18);
    row("29 Feb birth: 28 Feb leap year", "2008-02-29", "2028-02-28", 19);
    row("29 Feb birth: 29 Feb leap year", "2008-02-29", "2028-02-29", 20);
    row("29 Feb birth: 1 Mar leap year", "2008-02-29", "2028-03-01", 20);
    row("29 Feb birth turning 10 (2018 common)", "2008-02-29", "2018-02-28", 9);
    row("29 Feb birth turning 10 on 1 Mar", "2008-02-29", "2018-03-01", 10);
    row("29 Feb birth: 2100 is not a leap year", "2004-02-29", "2100-02-28", 95);
    row("29 Feb birth: 1 Mar 2100", "2004-02-29", "2100-03-01", 96);
    // Someone born on 28 Feb or 1 Mar is unaffected by leap years.
    row("28 Feb birth on 28 Feb", "2008-02-28", "2026-02-28", 18);
    row("1 Mar birth on 28 Feb leap", "2008-03-01", "2028-02-29", 19);
    row("1 Mar birth on 1 Mar", "2008-03-01", "2028-03-01", 20);
}

void TestAges::ageOn()
{
    QFETCH(QString, birth);
    QFETCH(QString, on);
    QFETCH(int, age);
    QCOMPARE(waymark::ageOn(iso(birth), iso(on)), age);
}

void TestAges::attainingAge()
{
    QCOMPARE(str(dateAttainingAge(ymd(2008, 2, 29), 18)), QStringLiteral("2026-03-01"));
    QCOMPARE(str(dateAttainingAge(ymd(2008, 2, 29), 20)), QStringLiteral("2028-02-29"));
    QCOMPARE(str(dateAttainingAge(ymd(2010, 6, 15), 18)), QStringLiteral("2028-06-15"));
    // Consistency with ageOn for every day of birth in a leap year and the day before it.
    int checks = 0;
    for (Date b = ymd(2008, 1, 1); b <= ymd(2008, 12, 31); b = b.addDays(1)) {
        for (int age : {10, 17, 18, 25, 26}) {
            const Date d = dateAttainingAge(b, age);
            QCOMPARE(waymark::ageOn(b, d), age);
            QCOMPARE(waymark::ageOn(b, d.addDays(-1)), age - 1);
            checks += 2;
        }
    }
    qInfo("dateAttainingAge agrees with ageOn: %d checks", checks);
}

void TestAges::bands()
{
    QCOMPARE(ageBand(9), AgeBand::Under10);
    QCOMPARE(ageBand(10), AgeBand::Youth);
    QCOMPARE(ageBand(17), AgeBand::Youth);
    QCOMPARE(ageBand(18), AgeBand::YoungAdult);
    QCOMPARE(ageBand(25), AgeBand::YoungAdult);
    QCOMPARE(ageBand(26), AgeBand::Over25);
    QCOMPARE(ageBand(-1), AgeBand::Unknown);
    QCOMPARE(ageBandOn(Date{}, ymd(2026, 1, 1)), AgeBand::Unknown);
    QCOMPARE(ageBandOn(ymd(2008, 2, 29), ymd(2026, 2, 28)), AgeBand::Youth);
    QCOMPARE(ageBandOn(ymd(2008, 2, 29), ymd(2026, 3, 1)), AgeBand::YoungAdult);
    QCOMPARE(ageBandKey(AgeBand::Youth), std::string_view("10_17"));
    QCOMPARE(ageBandKey(AgeBand::YoungAdult), std::string_view("18_25"));
    QCOMPARE(ageBandLabel(AgeBand::Youth), std::string_view("10\u201317"));
    qInfo("age bands 10-17 and 18-25 checked at their edges");
}

void TestAges::eligibility()
{
    const Date born = ymd(2008, 2, 29);
    QVERIFY(isAgedWithin(born, ymd(2026, 2, 28), kYouthAges)); // still 17
    QVERIFY(!isAgedWithin(born, ymd(2026, 3, 1), kYouthAges)); // 18
    QVERIFY(isAgedWithin(born, ymd(2026, 3, 1), kYoungAdultAges));
    QVERIFY(!isAgedWithin(born, ymd(2018, 2, 28), kYouthAges)); // 9
    QVERIFY(isAgedWithin(born, ymd(2018, 3, 1), kYouthAges));   // 10
    QVERIFY(!isAgedWithin(born, ymd(2000, 1, 1), AgeRange{-5, 5}));
    QVERIFY(!isAgedWithin(Date{}, ymd(2026, 1, 1), kYouthAges));
    qInfo("eligibility ranges around a leap-day birthday checked");
}

void TestAges::periods_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("years");
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* name, const char* start, int y, int m, int d, const char* expected) {
        QTest::newRow(name) << QString::fromLatin1(start) << y << m << d << QString::fromLatin1(expected);
    };
    row("12 months", "2025-03-14", 0, 12, 0, "2026-03-14");
    row("12 months + 6 months", "2025-03-14", 0, 18, 0, "2026-09-14");
    row("month end clamps", "2026-01-31", 0, 1, 0, "2026-02-28");
    row("month end clamps in leap year", "2028-01-31", 0, 1, 0, "2028-02-29");
    row("leap day + 1 year", "2024-02-29", 1, 0, 0, "2025-02-28");
    row("leap day + 4 years", "2024-02-29", 4, 0, 0, "2028-02-29");
    row("one step: 31 Aug + 18 months", "2026-08-31", 0, 18, 0, "2028-02-29");
    row("3 months before", "2026-05-31", 0, -3, 0, "2026-02-28");
    row("days", "2026-12-30", 0, 0, 5, "2027-01-04");
    row("months then days", "2026-01-31", 0, 1, 1, "2026-03-01");
    row("zero", "2026-01-31", 0, 0, 0, "2026-01-31");
}

void TestAges::periods()
{
    QFETCH(QString, start);
    QFETCH(int, years);
    QFETCH(int, months);
    QFETCH(int, days);
    QFETCH(QString, expected);
    QCOMPARE(str(addPeriod(iso(start), Period{years, months, days})), expected);
}

void TestAges::periodWindows()
{
    // Reoffending: offences in the 12 months after closure, with a further 6-month wait for outcomes.
    const Period window = Period::ofMonths(12);
    const Period wait = Period::ofMonths(6);
    QCOMPARE(window + wait, Period::ofMonths(18));
    const Date closure = ymd(2025, 3, 14);
    QCOMPARE(str(addPeriod(closure, window + wait)), QStringLiteral("2026-09-14"));
    // Eligibility: referral within 3 months of the event, both ends inclusive.
    const Date event = ymd(2026, 3, 14);
    QVERIFY(isWithinPeriod(event, Period::ofMonths(3), ymd(2026, 3, 14)));
    QVERIFY(isWithinPeriod(event, Period::ofMonths(3), ymd(2026, 6, 14)));
    QVERIFY(!isWithinPeriod(event, Period::ofMonths(3), ymd(2026, 6, 15)));
    QVERIFY(!isWithinPeriod(event, Period::ofMonths(3), ymd(2026, 3, 13)));
    QCOMPARE(str(subtractPeriod(ymd(2026, 6, 14), Period::ofMonths(3))), QStringLiteral("2026-03-14"));
    QCOMPARE(Period::ofWeeks(2), Period::ofDays(14));
    QVERIFY(addPeriod(ymd(9999, 12, 1), Period::ofMonths(1)).isNull());
    QVERIFY(addPeriod(ymd(9999, 12, 30), Period::ofDays(5)).isNull());
    QVERIFY(addPeriod(Date{}, Period::ofDays(1)).isNull());
    qInfo("reoffending window (12 + 6 months) and 3-month eligibility window checked");
}

void TestAges::periodText()
{
    QCOMPARE(formatPeriod(Period::ofMonths(18)), std::string("P18M"));
    QCOMPARE(formatPeriod(Period{1, 6, 10}), std::string("P1Y6M10D"));
    QCOMPARE(formatPeriod(Period{}), std::string("P0D"));
    QCOMPARE(parsePeriod("P1Y6M").value(), (Period{1, 6, 0}));
    QCOMPARE(parsePeriod("p2w3d").value(), Period::ofDays(17));
    QCOMPARE(parsePeriod("P18M").value(), Period::ofMonths(18));
    for (const char* bad : {"", "P", "18M", "P6M1Y", "P1.5Y", "P1X", "P1Y2", "PT1H", "P+1D"})
        QVERIFY2(!parsePeriod(bad).has_value(), bad);
    qInfo("period text round-trips; 9 bad forms rejected");
}

QTEST_APPLESS_MAIN(TestAges)
#include "TestAges.moc"
