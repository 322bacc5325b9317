// Working-day arithmetic: across Easter, Christmas and New Year, negative N, same day, scheme
// closures, and the identities the reports rely on.

#include "core/calendar/WorkingCalendar.h"

#include <QElapsedTimer>
#include <QTest>

#include <random>

using namespace waymark;

Q_DECLARE_METATYPE(waymark::Division)

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

// Reference: count by walking day by day.
std::int64_t slowBetween(const WorkingCalendar& cal, Date from, Date to)
{
    std::int64_t n = 0;
    if (from <= to) {
        for (Date d = from.addDays(1); d <= to; d = d.addDays(1))
            n += cal.isWorkingDay(d);
        return n;
    }
    for (Date d = to.addDays(1); d <= from; d = d.addDays(1))
        n -= cal.isWorkingDay(d);
    return n;
}

Date slowAdd(const WorkingCalendar& cal, Date d, int n)
{
    const int step = n > 0 ? 1 : -1;
    while (n != 0) {
        d = d.addDays(step);
        if (cal.isWorkingDay(d))
            n -= step;
    }
    return d;
}

} // namespace

class TestWorkingDays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addWorkingDays_data();
    void addWorkingDays();
    void workingDaysBetween_data();
    void workingDaysBetween();
    void largeN();
    void nextAndPrevious();
    void closures();
    void annualClosures();
    void annualClosureText();
    void identitiesAgainstWalking();
    void outsideCachedYears();
    void performance();
};

void TestWorkingDays::addWorkingDays_data()
{
    QTest::addColumn<Division>("division");
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    const auto E = Division::EnglandAndWales;
    const auto S = Division::Scotland;
    const auto N = Division::NorthernIreland;
    auto row = [](const char* name, Division d, const char* start, int n, const char* expected) {
        QTest::newRow(name) << d << QString::fromLatin1(start) << n << QString::fromLatin1(expected);
    };
    row("plain week +5", E, "2026-03-02", 5, "2026-03-09");
    row("Friday +1 = Monday", E, "2026-03-06", 1, "2026-03-09");
    row("Saturday +1 = Monday", E, "2026-03-07", 1, "2026-03-09");
    row("Sunday -1 = Friday", E, "2026-03-08", -1, "2026-03-06");
    row("Monday -1 = Friday", E, "2026-03-09", -1, "2026-03-06");
    row("same day (0), working day", E, "2026-03-04", 0, "2026-03-04");
    row("same day (0), Saturday stays", E, "2026-03-07", 0, "2026-03-07");
    row("same day (0), bank holiday stays", E, "2026-12-25", 0, "2026-12-25");
    // Easter 2026: Good Friday 3 April, Easter Monday 6 April (E&W, NI); Scotland has no Easter Monday.
    row("E&W Thu before Easter +1", E, "2026-04-02", 1, "2026-04-07");
    row("Scotland Thu before Easter +1", S, "2026-04-02", 1, "2026-04-06");
    row("NI Thu before Easter +1", N, "2026-04-02", 1, "2026-04-07");
    row("E&W referral Wed before Easter +5", E, "2026-04-01", 5, "2026-04-10");
    row("E&W Tue after Easter -1", E, "2026-04-07", -1, "2026-04-02");
    row("E&W Tue after Easter -3", E, "2026-04-07", -3, "2026-03-31");
    // Christmas and New Year 2026/27: Fri 25 Dec, Boxing Day substitute Mon 28 Dec, Fri 1 Jan.
    row("E&W Xmas Eve 2026 +1", E, "2026-12-24", 1, "2026-12-29");
    row("E&W Xmas Eve 2026 +3", E, "2026-12-24", 3, "2026-12-31");
    row("E&W Xmas Eve 2026 +4", E, "2026-12-24", 4, "2027-01-04");
    row("Scotland Xmas Eve 2026 +4", S, "2026-12-24", 4, "2027-01-05"); // 1 Jan and 4 Jan (2 Jan substitute)
    row("E&W 4 Jan 2027 -4", E, "2027-01-04", -4, "2026-12-24");
    row("E&W 10 working days from 2026-12-18", E, "2026-12-18", 10, "2027-01-06");
    // Christmas 2027 on a Saturday: 27 and 28 December are both substitutes.
    row("E&W Fri 24 Dec 2027 +1", E, "2027-12-24", 1, "2027-12-29");
    row("E&W Wed 29 Dec 2027 -1", E, "2027-12-29", -1, "2027-12-24");
    // 2022: spring bank holiday Thu 2 June + Platinum Jubilee Fri 3 June.
    row("E&W 2022 jubilee week", E, "2022-06-01", 1, "2022-06-06");
    row("NI Boyne 2026 (Mon 13 Jul substitute)", N, "2026-07-10", 1, "2026-07-14");
}

void TestWorkingDays::addWorkingDays()
{
    QFETCH(Division, division);
    QFETCH(QString, start);
    QFETCH(int, n);
    QFETCH(QString, expected);
    const WorkingCalendar cal(division);
    const Date result = cal.addWorkingDays(iso(start), n);
    QCOMPARE(str(result), expected);
    QCOMPARE(str(result), str(n == 0 ? iso(start) : slowAdd(cal, iso(start), n)));
}

void TestWorkingDays::largeN()
{
    for (Division d : kAllDivisions) {
        const WorkingCalendar cal(d);
        const Date start = ymd(2026, 1, 5); // a working day everywhere
        for (int n : {250, 2500, 25000, -250, -2500, -25000}) {
            const Date r = cal.addWorkingDays(start, n);
            QCOMPARE(str(r), str(slowAdd(cal, start, n)));
            QCOMPARE(cal.workingDaysBetween(start, r), static_cast<std::int64_t>(n));
        }
    }
    qInfo("N up to +-25000 working days (about 100 years) agrees with walking");
}

void TestWorkingDays::workingDaysBetween_data()
{
    QTest::addColumn<Division>("division");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("expected");
    const auto E = Division::EnglandAndWales;
    const auto S = Division::Scotland;
    auto row = [](const char* name, Division d, const char* from, const char* to, int expected) {
        QTest::newRow(name) << d << QString::fromLatin1(from) << QString::fromLatin1(to) << expected;
    };
    row("same day", E, "2026-03-04", "2026-03-04", 0);
    row("Mon to Tue", E, "2026-03-02", "2026-03-03", 1);
    row("Mon to next Mon", E, "2026-03-02", "2026-03-09", 5);
    row("Fri to Mon", E, "2026-03-06", "2026-03-09", 1);
    row("Sat to Sun", E, "2026-03-07", "2026-03-08", 0);
    row("reverse: Tue to Mon", E, "2026-03-03", "2026-03-02", -1);
    row("reverse: next Mon to Mon", E, "2026-03-09", "2026-03-02", -5);
    row("E&W across Easter 2026", E, "2026-04-01", "2026-04-10", 5);
    row("Scotland across Easter 2026", S, "2026-04-01", "2026-04-10", 6);
    row("E&W across Christmas 2026", E, "2026-12-24", "2027-01-04", 4);
    row("Scotland across Christmas 2026", S, "2026-12-24", "2027-01-05", 4);
    row("E&W year 2026", E, "2025-12-31", "2026-12-31", 253);
    row("Scotland year 2026 (World Cup day)", S, "2025-12-31", "2026-12-31", 251);
    row("E&W year 2022", E, "2021-12-31", "2022-12-31", 250);
}

void TestWorkingDays::workingDaysBetween()
{
    QFETCH(Division, division);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, expected);
    const WorkingCalendar cal(division);
    QCOMPARE(cal.workingDaysBetween(iso(from), iso(to)), static_cast<std::int64_t>(expected));
    QCOMPARE(slowBetween(cal, iso(from), iso(to)), static_cast<std::int64_t>(expected));
}

void TestWorkingDays::nextAndPrevious()
{
    const WorkingCalendar cal(Division::EnglandAndWales);
    QCOMPARE(str(cal.nextWorkingDay(ymd(2026, 12, 24))), QStringLiteral("2026-12-29"));
    QCOMPARE(str(cal.nextWorkingDay(ymd(2026, 12, 25))), QStringLiteral("2026-12-29"));
    QCOMPARE(str(cal.previousWorkingDay(ymd(2026, 12, 29))), QStringLiteral("2026-12-24"));
    QCOMPARE(str(cal.previousWorkingDay(ymd(2027, 1, 4))), QStringLiteral("2026-12-31"));
    QCOMPARE(str(cal.onOrAfter(ymd(2026, 12, 26))), QStringLiteral("2026-12-29"));
    QCOMPARE(str(cal.onOrAfter(ymd(2026, 12, 29))), QStringLiteral("2026-12-29"));
    QVERIFY(!cal.isWorkingDay(ymd(2026, 12, 28)));
    QVERIFY(cal.isWorkingDay(ymd(2026, 12, 29)));
    QVERIFY(cal.addWorkingDays(Date{}, 3).isNull());
    QCOMPARE(cal.workingDaysBetween(Date{}, ymd(2026, 1, 1)), std::int64_t(0));
    qInfo("next/previous/onOrAfter across Christmas 2026 checked");
}

void TestWorkingDays::closures()
{
    // Scheme closed 29-31 December 2026 (the days between Christmas and New Year), one of them twice.
    const WorkingCalendar cal(Division::EnglandAndWales,
                              {ymd(2026, 12, 29), ymd(2026, 12, 30), ymd(2026, 12, 31), ymd(2026, 12, 30),
                               ymd(2026, 12, 27) /* a Sunday: no effect */});
    QVERIFY(!cal.isWorkingDay(ymd(2026, 12, 30)));
    QVERIFY(cal.isClosureDay(ymd(2026, 12, 27)));
    QVERIFY(!cal.isClosureDay(ymd(2026, 12, 28))); // bank holiday, not a closure
    QCOMPARE(str(cal.addWorkingDays(ymd(2026, 12, 24), 1)), QStringLiteral("2027-01-04"));
    QCOMPARE(cal.workingDaysBetween(ymd(2026, 12, 24), ymd(2027, 1, 4)), std::int64_t(1));
    QCOMPARE(str(cal.previousWorkingDay(ymd(2027, 1, 4))), QStringLiteral("2026-12-24"));
    const CalendarSettings settings{Division::Scotland, {ymd(2026, 6, 16)}, {}};
    const WorkingCalendar scot(settings);
    QCOMPARE(scot.division(), Division::Scotland);
    QCOMPARE(str(scot.addWorkingDays(ymd(2026, 6, 12), 1)), QStringLiteral("2026-06-17")); // 15 World Cup, 16 closed
    qInfo("one-off closures count as non-working days");
}

void TestWorkingDays::annualClosures()
{
    // Office closed 27-31 December every year, and over the year end 24 Dec - 2 Jan in another scheme.
    const WorkingCalendar cal(Division::EnglandAndWales, {}, {AnnualClosure{12, 27, 12, 31}});
    for (int y : {1900, 1990, 2026, 2030, 2149, 2200}) {
        for (int d = 27; d <= 31; ++d) {
            QVERIFY(!cal.isWorkingDay(ymd(y, 12, d)));
            QVERIFY(cal.isClosureDay(ymd(y, 12, d)));
        }
    }
    QCOMPARE(str(cal.addWorkingDays(ymd(2025, 12, 24), 1)), QStringLiteral("2026-01-02"));
    QCOMPARE(str(cal.addWorkingDays(ymd(2199, 12, 24), 1)), str(slowAdd(cal, ymd(2199, 12, 24), 1)));
    const WorkingCalendar wrap(Division::EnglandAndWales, {}, {AnnualClosure{12, 24, 1, 2}});
    QVERIFY(!wrap.isWorkingDay(ymd(2026, 12, 24)));
    QVERIFY(!wrap.isWorkingDay(ymd(2027, 1, 1)));
    QVERIFY(wrap.isClosureDay(ymd(2027, 1, 2)));
    QCOMPARE(str(wrap.addWorkingDays(ymd(2026, 12, 23), 1)), QStringLiteral("2027-01-04"));
    // 29 February in a range only exists in leap years.
    const WorkingCalendar leap(Division::EnglandAndWales, {}, {AnnualClosure{2, 29, 3, 2}});
    QVERIFY(!leap.isWorkingDay(ymd(2028, 2, 29)));
    QVERIFY(leap.isWorkingDay(ymd(2027, 2, 26)));
    QVERIFY(!leap.isWorkingDay(ymd(2027, 3, 1)));
    qInfo("annual closures (27-31 Dec, wrapping 24 Dec - 2 Jan, 29 Feb) checked in and outside the cache");
}

void TestWorkingDays::annualClosureText()
{
    const auto c = parseAnnualClosure("12-27..12-31");
    QVERIFY(c.has_value());
    QCOMPARE(*c, (AnnualClosure{12, 27, 12, 31}));
    QCOMPARE(formatAnnualClosure(*c), std::string("12-27..12-31"));
    QCOMPARE(formatAnnualClosure(parseAnnualClosure("12-24").value()), std::string("12-24"));
    QVERIFY(parseAnnualClosure("02-29").has_value());
    for (const char* bad : {"", "12-32", "13-01", "2-3", "12-27..", "12-27...12-31", "12/27..12/31", "02-30"})
        QVERIFY2(!parseAnnualClosure(bad).has_value(), bad);
    qInfo("annual closure text round-trips; 8 bad forms rejected");
}

void TestWorkingDays::identitiesAgainstWalking()
{
    std::mt19937 rng(20260101);
    std::uniform_int_distribution<int> day(0, 365 * 12);
    std::uniform_int_distribution<int> span(-40, 40);
    const Date origin = ymd(2018, 1, 1);
    int checks = 0;
    for (Division d : kAllDivisions) {
        const WorkingCalendar cal(d, {ymd(2023, 8, 14)}, {AnnualClosure{12, 29, 12, 31}});
        for (int i = 0; i < 1500; ++i) {
            const Date a = origin.addDays(day(rng));
            const Date b = origin.addDays(day(rng));
            const Date c = origin.addDays(day(rng));
            const int n = span(rng);
            QCOMPARE(cal.workingDaysBetween(a, b), slowBetween(cal, a, b));
            QCOMPARE(cal.workingDaysBetween(a, b), -cal.workingDaysBetween(b, a));
            QCOMPARE(cal.workingDaysBetween(a, b) + cal.workingDaysBetween(b, c), cal.workingDaysBetween(a, c));
            const Date r = cal.addWorkingDays(a, n);
            QCOMPARE(str(r), str(n == 0 ? a : slowAdd(cal, a, n)));
            if (n != 0)
                QVERIFY(cal.isWorkingDay(r));
            if (n >= 0 || cal.isWorkingDay(a))
                QCOMPARE(cal.workingDaysBetween(a, r), static_cast<std::int64_t>(n));
            checks += 5;
        }
    }
    qInfo("%d random checks against day-by-day walking (3 divisions, closures, N in -40..40)", checks);
}

void TestWorkingDays::outsideCachedYears()
{
    for (Division d : kAllDivisions) {
        const WorkingCalendar cal(d);
        for (auto [from, to] :
             {std::pair{ymd(1940, 12, 1), ymd(1951, 2, 1)}, std::pair{ymd(2148, 11, 1), ymd(2152, 1, 31)},
              std::pair{ymd(1500, 3, 1), ymd(1500, 5, 1)}}) {
            QCOMPARE(cal.workingDaysBetween(from, to), slowBetween(cal, from, to));
            QCOMPARE(str(cal.addWorkingDays(from, 30)), str(slowAdd(cal, from, 30)));
            QCOMPARE(str(cal.addWorkingDays(to, -30)), str(slowAdd(cal, to, -30)));
        }
        QVERIFY(!cal.isWorkingDay(ymd(2200, 12, 25)));
        QVERIFY(cal.addWorkingDays(ymd(9999, 12, 30), 5).isNull());
        QVERIFY(cal.addWorkingDays(ymd(1400, 1, 2), -5).isNull());
    }
    qInfo("ranges spanning the cache edges (1950, 2150) and far outside agree with walking");
}

void TestWorkingDays::performance()
{
    // The timeliness report counts working days for every referral (150,000 in the largest casebook).
    QElapsedTimer timer;
    timer.start();
    const WorkingCalendar cal(Division::EnglandAndWales, {}, {AnnualClosure{12, 27, 12, 31}});
    const qint64 buildMs = timer.elapsed();
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> day(0, 365 * 8);
    std::uniform_int_distribution<int> len(0, 60);
    const Date origin = ymd(2019, 1, 1);
    std::int64_t total = 0;
    timer.restart();
    for (int i = 0; i < 150000; ++i) {
        const Date from = origin.addDays(day(rng));
        total += cal.workingDaysBetween(from, from.addDays(len(rng)));
        total += cal.addWorkingDays(from, 10).daysSinceEpoch() & 1;
    }
    const qint64 ms = timer.elapsed();
    qInfo("150000 workingDaysBetween + addWorkingDays(10): %lld ms (calendar built in %lld ms; checksum %lld)",
          static_cast<long long>(ms), static_cast<long long>(buildMs), static_cast<long long>(total));
    QVERIFY2(ms < 3000, "working-day arithmetic is too slow for the timeliness report");
}

QTEST_APPLESS_MAIN(TestWorkingDays)
#include "TestWorkingDays.moc"
