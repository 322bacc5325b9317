// Bank holidays per division: the official gov.uk lists written out in full, substitute-day
// rules, and an invariant sweep 1990-2100.

#include "core/calendar/BankHolidays.h"
#include "core/calendar/Proclamations.h"

#include <QTest>

#include <map>
#include <set>

using namespace waymark;

Q_DECLARE_METATYPE(waymark::Division)

namespace {

Date ymd(int y, int m, int d)
{
    return Date::fromYmd(y, m, d).value();
}

// "2020-12-28 boxing_day*": date, key, '*' when gov.uk marks it "Substitute day".
QStringList describe(const std::vector<BankHoliday>& list)
{
    QStringList out;
    for (const auto& h : list)
        out << QString::fromStdString(h.date.toIso() + " " + h.key + (h.substitute ? "*" : ""));
    return out;
}

QString diff(const QStringList& actual, const QStringList& expected)
{
    return QStringLiteral("\n  actual:   %1\n  expected: %2")
        .arg(actual.join(QStringLiteral(", ")), expected.join(QStringLiteral(", ")));
}

} // namespace

class TestHolidays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void officialList_data();
    void officialList();
    void names();
    void divisionNames();
    void easter();
    void substituteRules_data();
    void substituteRules();
    void sweepInvariants();
    void lookupMatchesList();
    void yearsOutsideCache();
    void proclamationTableIsConsistent();
};

void TestHolidays::officialList_data()
{
    QTest::addColumn<Division>("division");
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("expected");

    const auto E = Division::EnglandAndWales;
    const auto S = Division::Scotland;
    const auto N = Division::NorthernIreland;
    auto row = [](const char* name, Division d, int y, QStringList list) { QTest::newRow(name) << d << y << list; };

    // ---- England and Wales (gov.uk/bank-holidays) ----
    row("E&W 2019", E, 2019,
        {"2019-01-01 new_years_day", "2019-04-19 good_friday", "2019-04-22 easter_monday",
         "2019-05-06 early_may_bank_holiday", "2019-05-27 spring_bank_holiday", "2019-08-26 summer_bank_holiday",
         "2019-12-25 christmas_day", "2019-12-26 boxing_day"});
    row("E&W 2020", E, 2020,
        {"2020-01-01 new_years_day", "2020-04-10 good_friday", "2020-04-13 easter_monday",
         "2020-05-08 early_may_bank_holiday", "2020-05-25 spring_bank_holiday", "2020-08-31 summer_bank_holiday",
         "2020-12-25 christmas_day", "2020-12-28 boxing_day*"});
    row("E&W 2021", E, 2021,
        {"2021-01-01 new_years_day", "2021-04-02 good_friday", "2021-04-05 easter_monday",
         "2021-05-03 early_may_bank_holiday", "2021-05-31 spring_bank_holiday", "2021-08-30 summer_bank_holiday",
         "2021-12-27 christmas_day*", "2021-12-28 boxing_day*"});
    row("E&W 2022", E, 2022,
        {"2022-01-03 new_years_day*", "2022-04-15 good_friday", "2022-04-18 easter_monday",
         "2022-05-02 early_may_bank_holiday", "2022-06-02 spring_bank_holiday", "2022-06-03 platinum_jubilee",
         "2022-08-29 summer_bank_holiday", "2022-09-19 state_funeral_elizabeth_ii", "2022-12-26 boxing_day",
         "2022-12-27 christmas_day*"});
    row("E&W 2023", E, 2023,
        {"2023-01-02 new_years_day*", "2023-04-07 good_friday", "2023-04-10 easter_monday",
         "2023-05-01 early_may_bank_holiday", "2023-05-08 coronation_charles_iii", "2023-05-29 spring_bank_holiday",
         "2023-08-28 summer_bank_holiday", "2023-12-25 christmas_day", "2023-12-26 boxing_day"});
    row("E&W 2024", E, 2024,
        {"2024-01-01 new_years_day", "2024-03-29 good_friday", "2024-04-01 easter_monday",
         "2024-05-06 early_may_bank_holiday", "2024-05-27 spring_bank_holiday", "2024-08-26 summer_bank_holiday",
         "2024-12-25 christmas_day", "2024-12-26 boxing_day"});
    row("E&W 2025", E, 2025,
        {"2025-01-01 new_years_day", "2025-04-18 good_friday", "2025-04-21 easter_monday",
         "2025-05-05 early_may_bank_holiday", "2025-05-26 spring_bank_holiday", "2025-08-25 summer_bank_holiday",
         "2025-12-25 christmas_day", "2025-12-26 boxing_day"});
    row("E&W 2026", E, 2026,
        {"2026-01-01 new_years_day", "2026-04-03 good_friday", "2026-04-06 easter_monday",
         "2026-05-04 early_may_bank_holiday", "2026-05-25 spring_bank_holiday", "2026-08-31 summer_bank_holiday",
         "2026-12-25 christmas_day", "2026-12-28 boxing_day*"});
    row("E&W 2027", E, 2027,
        {"2027-01-01 new_years_day", "2027-03-26 good_friday", "2027-03-29 easter_monday",
         "2027-05-03 early_may_bank_holiday", "2027-05-31 spring_bank_holiday", "2027-08-30 summer_bank_holiday",
         "2027-12-27 christmas_day*", "2027-12-28 boxing_day*"});

    // ---- Scotland ----
    row("Scotland 2019", S, 2019,
        {"2019-01-01 new_years_day", "2019-01-02 second_january", "2019-04-19 good_friday",
         "2019-05-06 early_may_bank_holiday", "2019-05-27 spring_bank_holiday", "2019-08-05 summer_bank_holiday",
         "2019-12-02 st_andrews_day*", "2019-12-25 christmas_day", "2019-12-26 boxing_day"});
    row("Scotland 2020", S, 2020,
        {"2020-01-01 new_years_day", "2020-01-02 second_january", "2020-04-10 good_friday",
         "2020-05-08 early_may_bank_holiday", "2020-05-25 spring_bank_holiday", "2020-08-03 summer_bank_holiday",
         "2020-11-30 st_andrews_day", "2020-12-25 christmas_day", "2020-12-28 boxing_day*"});
    row("Scotland 2021", S, 2021,
        {"2021-01-01 new_years_day", "2021-01-04 second_january*", "2021-04-02 good_friday",
         "2021-05-03 early_may_bank_holiday", "2021-05-31 spring_bank_holiday", "2021-08-02 summer_bank_holiday",
         "2021-11-30 st_andrews_day", "2021-12-27 christmas_day*", "2021-12-28 boxing_day*"});
    row("Scotland 2022", S, 2022,
        {"2022-01-03 new_years_day*", "2022-01-04 second_january*", "2022-04-15 good_friday",
         "2022-05-02 early_may_bank_holiday", "2022-06-02 spring_bank_holiday", "2022-06-03 platinum_jubilee",
         "2022-08-01 summer_bank_holiday", "2022-09-19 state_funeral_elizabeth_ii", "2022-11-30 st_andrews_day",
         "2022-12-26 boxing_day", "2022-12-27 christmas_day*"});
    row("Scotland 2023", S, 2023,
        {"2023-01-02 second_january", "2023-01-03 new_years_day*", "2023-04-07 good_friday",
         "2023-05-01 early_may_bank_holiday", "2023-05-08 coronation_charles_iii", "2023-05-29 spring_bank_holiday",
         "2023-08-07 summer_bank_holiday", "2023-11-30 st_andrews_day", "2023-12-25 christmas_day",
         "2023-12-26 boxing_day"});
    row("Scotland 2024", S, 2024,
        {"2024-01-01 new_years_day", "2024-01-02 second_january", "2024-03-29 good_friday",
         "2024-05-06 early_may_bank_holiday", "2024-05-27 spring_bank_holiday", "2024-08-05 summer_bank_holiday",
         "2024-12-02 st_andrews_day*", "2024-12-25 christmas_day", "2024-12-26 boxing_day"});
    row("Scotland 2025", S, 2025,
        {"2025-01-01 new_years_day", "2025-01-02 second_january", "2025-04-18 good_friday",
         "2025-05-05 early_may_bank_holiday", "2025-05-26 spring_bank_holiday", "2025-08-04 summer_bank_holiday",
         "2025-12-01 st_andrews_day*", "2025-12-25 christmas_day", "2025-12-26 boxing_day"});
    row("Scotland 2026", S, 2026,
        {"2026-01-01 new_years_day", "2026-01-02 second_january", "2026-04-03 good_friday",
         "2026-05-04 early_may_bank_holiday", "2026-05-25 spring_bank_holiday", "2026-06-15 world_cup_2026",
         "2026-08-03 summer_bank_holiday", "2026-11-30 st_andrews_day", "2026-12-25 christmas_day",
         "2026-12-28 boxing_day*"});
    row("Scotland 2027", S, 2027,
        {"2027-01-01 new_years_day", "2027-01-04 second_january*", "2027-03-26 good_friday",
         "2027-05-03 early_may_bank_holiday", "2027-05-31 spring_bank_holiday", "2027-08-02 summer_bank_holiday",
         "2027-11-30 st_andrews_day", "2027-12-27 christmas_day*", "2027-12-28 boxing_day*"});

    // ---- Northern Ireland ----
    row("NI 2019", N, 2019,
        {"2019-01-01 new_years_day", "2019-03-18 st_patricks_day*", "2019-04-19 good_friday",
         "2019-04-22 easter_monday", "2019-05-06 early_may_bank_holiday", "2019-05-27 spring_bank_holiday",
         "2019-07-12 battle_of_the_boyne", "2019-08-26 summer_bank_holiday", "2019-12-25 christmas_day",
         "2019-12-26 boxing_day"});
    row("NI 2020", N, 2020,
        {"2020-01-01 new_years_day", "2020-03-17 st_patricks_day", "2020-04-10 good_friday", "2020-04-13 easter_monday",
         "2020-05-08 early_may_bank_holiday", "2020-05-25 spring_bank_holiday", "2020-07-13 battle_of_the_boyne*",
         "2020-08-31 summer_bank_holiday", "2020-12-25 christmas_day", "2020-12-28 boxing_day*"});
    row("NI 2021", N, 2021,
        {"2021-01-01 new_years_day", "2021-03-17 st_patricks_day", "2021-04-02 good_friday", "2021-04-05 easter_monday",
         "2021-05-03 early_may_bank_holiday", "2021-05-31 spring_bank_holiday", "2021-07-12 battle_of_the_boyne",
         "2021-08-30 summer_bank_holiday", "2021-12-27 christmas_day*", "2021-12-28 boxing_day*"});
    row("NI 2022", N, 2022,
        {"2022-01-03 new_years_day*", "2022-03-17 st_patricks_day", "2022-04-15 good_friday",
         "2022-04-18 easter_monday", "2022-05-02 early_may_bank_holiday", "2022-06-02 spring_bank_holiday",
         "2022-06-03 platinum_jubilee", "2022-07-12 battle_of_the_boyne", "2022-08-29 summer_bank_holiday",
         "2022-09-19 state_funeral_elizabeth_ii", "2022-12-26 boxing_day", "2022-12-27 christmas_day*"});
    row("NI 2023", N, 2023,
        {"2023-01-02 new_years_day*", "2023-03-17 st_patricks_day", "2023-04-07 good_friday",
         "2023-04-10 easter_monday", "2023-05-01 early_may_bank_holiday", "2023-05-08 coronation_charles_iii",
         "2023-05-29 spring_bank_holiday", "2023-07-12 battle_of_the_boyne", "2023-08-28 summer_bank_holiday",
         "2023-12-25 christmas_day", "2023-12-26 boxing_day"});
    row("NI 2024", N, 2024,
        {"2024-01-01 new_years_day", "2024-03-18 st_patricks_day*", "2024-03-29 good_friday",
         "2024-04-01 easter_monday", "2024-05-06 early_may_bank_holiday", "2024-05-27 spring_bank_holiday",
         "2024-07-12 battle_of_the_boyne", "2024-08-26 summer_bank_holiday", "2024-12-25 christmas_day",
         "2024-12-26 boxing_day"});
    row("NI 2025", N, 2025,
        {"2025-01-01 new_years_day", "2025-03-17 st_patricks_day", "2025-04-18 good_friday", "2025-04-21 easter_monday",
         "2025-05-05 early_may_bank_holiday", "2025-05-26 spring_bank_holiday", "2025-07-14 battle_of_the_boyne*",
         "2025-08-25 summer_bank_holiday", "2025-12-25 christmas_day", "2025-12-26 boxing_day"});
    row("NI 2026", N, 2026,
        {"2026-01-01 new_years_day", "2026-03-17 st_patricks_day", "2026-04-03 good_friday", "2026-04-06 easter_monday",
         "2026-05-04 early_may_bank_holiday", "2026-05-25 spring_bank_holiday", "2026-07-13 battle_of_the_boyne*",
         "2026-08-31 summer_bank_holiday", "2026-12-25 christmas_day", "2026-12-28 boxing_day*"});
    row("NI 2027", N, 2027,
        {"2027-01-01 new_years_day", "2027-03-17 st_patricks_day", "2027-03-26 good_friday", "2027-03-29 easter_monday",
         "2027-05-03 early_may_bank_holiday", "2027-05-31 spring_bank_holiday", "2027-07-12 battle_of_the_boyne",
         "2027-08-30 summer_bank_holiday", "2027-12-27 christmas_day*", "2027-12-28 boxing_day*"});

    // ---- Earlier official years (gov.uk JSON as published), for the knock-on and labelling ----
    row("E&W 2012 Diamond Jubilee", E, 2012,
        {"2012-01-02 new_years_day*", "2012-04-06 good_friday", "2012-04-09 easter_monday",
         "2012-05-07 early_may_bank_holiday", "2012-06-04 spring_bank_holiday*", "2012-06-05 diamond_jubilee",
         "2012-08-27 summer_bank_holiday", "2012-12-25 christmas_day", "2012-12-26 boxing_day"});
    row("Scotland 2012 (1 Jan Sunday)", S, 2012,
        {"2012-01-02 second_january", "2012-01-03 new_years_day*", "2012-04-06 good_friday",
         "2012-05-07 early_may_bank_holiday", "2012-06-04 spring_bank_holiday*", "2012-06-05 diamond_jubilee",
         "2012-08-06 summer_bank_holiday", "2012-11-30 st_andrews_day", "2012-12-25 christmas_day",
         "2012-12-26 boxing_day"});
    row("NI 2012", N, 2012,
        {"2012-01-02 new_years_day*", "2012-03-19 st_patricks_day*", "2012-04-06 good_friday",
         "2012-04-09 easter_monday", "2012-05-07 early_may_bank_holiday", "2012-06-04 spring_bank_holiday",
         "2012-06-05 diamond_jubilee", "2012-07-12 battle_of_the_boyne", "2012-08-27 summer_bank_holiday",
         "2012-12-25 christmas_day", "2012-12-26 boxing_day"});
    row("E&W 2016 (25 Dec Sunday)", E, 2016,
        {"2016-01-01 new_years_day", "2016-03-25 good_friday", "2016-03-28 easter_monday",
         "2016-05-02 early_may_bank_holiday", "2016-05-30 spring_bank_holiday", "2016-08-29 summer_bank_holiday",
         "2016-12-26 boxing_day", "2016-12-27 christmas_day*"});
    row("Scotland 2016 (2 Jan Saturday)", S, 2016,
        {"2016-01-01 new_years_day", "2016-01-04 second_january*", "2016-03-25 good_friday",
         "2016-05-02 early_may_bank_holiday", "2016-05-30 spring_bank_holiday", "2016-08-01 summer_bank_holiday",
         "2016-11-30 st_andrews_day", "2016-12-26 boxing_day", "2016-12-27 christmas_day*"});
    row("Scotland 2017 (1 Jan Sunday)", S, 2017,
        {"2017-01-02 second_january", "2017-01-03 new_years_day*", "2017-04-14 good_friday",
         "2017-05-01 early_may_bank_holiday", "2017-05-29 spring_bank_holiday", "2017-08-07 summer_bank_holiday",
         "2017-11-30 st_andrews_day", "2017-12-25 christmas_day", "2017-12-26 boxing_day"});
    row("NI 2015 (12 Jul Sunday)", N, 2015,
        {"2015-01-01 new_years_day", "2015-03-17 st_patricks_day", "2015-04-03 good_friday", "2015-04-06 easter_monday",
         "2015-05-04 early_may_bank_holiday", "2015-05-25 spring_bank_holiday", "2015-07-13 battle_of_the_boyne*",
         "2015-08-31 summer_bank_holiday", "2015-12-25 christmas_day", "2015-12-28 boxing_day*"});
    row("NI 2014 (12 Jul Saturday)", N, 2014,
        {"2014-01-01 new_years_day", "2014-03-17 st_patricks_day", "2014-04-18 good_friday", "2014-04-21 easter_monday",
         "2014-05-05 early_may_bank_holiday", "2014-05-26 spring_bank_holiday", "2014-07-14 battle_of_the_boyne*",
         "2014-08-25 summer_bank_holiday", "2014-12-25 christmas_day", "2014-12-26 boxing_day"});
}

void TestHolidays::officialList()
{
    QFETCH(Division, division);
    QFETCH(int, year);
    QFETCH(QStringList, expected);
    const QStringList actual = describe(bankHolidays(division, year));
    QVERIFY2(actual == expected, qPrintable(diff(actual, expected)));
    qInfo("%s %d: %lld holidays match the published list", divisionName(division).data(), year,
          static_cast<long long>(actual.size()));
}

void TestHolidays::names()
{
    auto nameOn = [](Division d, int y, int m, int day) {
        auto h = bankHolidayOn(d, ymd(y, m, day));
        return h ? QString::fromStdString(h->name) : QStringLiteral("<none>");
    };
    const auto E = Division::EnglandAndWales;
    QCOMPARE(nameOn(E, 2026, 1, 1), QStringLiteral("New Year\u2019s Day"));
    QCOMPARE(nameOn(E, 2026, 4, 3), QStringLiteral("Good Friday"));
    QCOMPARE(nameOn(E, 2026, 4, 6), QStringLiteral("Easter Monday"));
    QCOMPARE(nameOn(E, 2026, 5, 4), QStringLiteral("Early May bank holiday"));
    QCOMPARE(nameOn(E, 2020, 5, 8), QStringLiteral("Early May bank holiday (VE day)"));
    QCOMPARE(nameOn(E, 2026, 5, 25), QStringLiteral("Spring bank holiday"));
    QCOMPARE(nameOn(E, 2022, 6, 2), QStringLiteral("Spring bank holiday"));
    QCOMPARE(nameOn(E, 2022, 6, 3), QStringLiteral("Platinum Jubilee bank holiday"));
    QCOMPARE(nameOn(E, 2022, 9, 19), QStringLiteral("Bank Holiday for the State Funeral of Queen Elizabeth II"));
    QCOMPARE(nameOn(E, 2023, 5, 8), QStringLiteral("Bank holiday for the coronation of King Charles III"));
    QCOMPARE(nameOn(E, 2026, 8, 31), QStringLiteral("Summer bank holiday"));
    QCOMPARE(nameOn(E, 2026, 12, 25), QStringLiteral("Christmas Day"));
    QCOMPARE(nameOn(E, 2026, 12, 28), QStringLiteral("Boxing Day"));
    QCOMPARE(nameOn(Division::Scotland, 2026, 1, 2), QStringLiteral("2nd January"));
    QCOMPARE(nameOn(Division::Scotland, 2025, 12, 1), QStringLiteral("St Andrew\u2019s Day"));
    QCOMPARE(nameOn(Division::NorthernIreland, 2026, 3, 17), QStringLiteral("St Patrick\u2019s Day"));
    QCOMPARE(nameOn(Division::NorthernIreland, 2026, 7, 13),
             QStringLiteral("Battle of the Boyne (Orangemen\u2019s Day)"));
    QCOMPARE(nameOn(E, 2026, 12, 26), QStringLiteral("<none>")); // Saturday: its substitute is the 28th
    QVERIFY(bankHolidayOn(E, ymd(2026, 12, 28))->substitute);
    QVERIFY(!bankHolidayOn(E, ymd(2026, 12, 25))->substitute);
    qInfo("checked 19 holiday names and substitute flags");
}

void TestHolidays::divisionNames()
{
    for (Division d : kAllDivisions) {
        auto back = divisionFromName(divisionName(d));
        QVERIFY(back.has_value());
        QCOMPARE(*back, d);
    }
    QCOMPARE(divisionFromName("Scotland").value(), Division::Scotland);
    QCOMPARE(divisionDisplayName(Division::NorthernIreland), std::string_view("Northern Ireland"));
    for (const char* bad : {"", "england", "wales", "uk", "england_and_wales", "northern ireland"}) {
        auto r = divisionFromName(bad);
        QVERIFY2(!r.has_value(), bad);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(r.error().detail.find("england-and-wales") != std::string::npos);
    }
    qInfo("3 division names round-trip, 6 bad names rejected");
}

void TestHolidays::easter()
{
    const std::pair<int, const char*> known[] = {
        {1990, "1990-04-15"}, {2000, "2000-04-23"}, {2008, "2008-03-23"}, {2011, "2011-04-24"}, {2019, "2019-04-21"},
        {2024, "2024-03-31"}, {2025, "2025-04-20"}, {2038, "2038-04-25"}, {2100, "2100-03-28"}, {2285, "2285-03-22"},
    };
    for (auto [year, iso] : known)
        QCOMPARE(QString::fromStdString(easterSunday(year).toIso()), QString::fromLatin1(iso));
    QVERIFY(easterSunday(1500).isNull());
    // Easter is always a Sunday between 22 March and 25 April.
    for (int y = 1583; y <= 9999; ++y) {
        const Date e = easterSunday(y);
        QCOMPARE(e.dayOfWeek(), 7);
        QVERIFY(e >= ymd(y, 3, 22) && e <= ymd(y, 4, 25));
    }
    qInfo("Easter: 10 known dates, 8417 years within 22 March - 25 April on a Sunday");
}

void TestHolidays::substituteRules_data()
{
    QTest::addColumn<Division>("division");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("expected"); // "key" or "key*" or "-" for no holiday

    auto row = [](Division d, const char* date, const char* expected, const char* why) {
        QTest::newRow(why) << d << QString::fromLatin1(date) << QString::fromLatin1(expected);
    };
    const auto E = Division::EnglandAndWales;
    const auto S = Division::Scotland;
    const auto N = Division::NorthernIreland;
    // 25 Dec Saturday (2010, 2032): Christmas Monday 27, Boxing Day Tuesday 28.
    row(E, "2010-12-27", "christmas_day*", "2010 Xmas Sat: Christmas sub Mon");
    row(E, "2010-12-28", "boxing_day*", "2010 Xmas Sat: Boxing sub Tue");
    row(E, "2032-12-27", "christmas_day*", "2032 Xmas Sat: Christmas sub Mon");
    row(E, "2032-12-28", "boxing_day*", "2032 Xmas Sat: Boxing sub Tue");
    // 25 Dec Sunday (2011, 2033): Boxing Day Monday 26 (not a substitute), Christmas Tuesday 27.
    row(E, "2011-12-26", "boxing_day", "2011 Xmas Sun: Boxing Mon");
    row(E, "2011-12-27", "christmas_day*", "2011 Xmas Sun: Christmas sub Tue");
    row(E, "2033-12-26", "boxing_day", "2033 Xmas Sun: Boxing Mon");
    row(E, "2033-12-27", "christmas_day*", "2033 Xmas Sun: Christmas sub Tue");
    // 25 Dec Friday (2037): Boxing Day Saturday -> Monday 28.
    row(E, "2037-12-28", "boxing_day*", "2037 Xmas Fri: Boxing sub Mon");
    row(E, "2037-12-26", "-", "2037 Boxing Sat is not itself a holiday");
    // New Year's Day at the weekend (England): next Monday.
    row(E, "2028-01-03", "new_years_day*", "2028 NYD Sat: sub Mon");
    row(E, "2034-01-02", "new_years_day*", "2034 NYD Sun: sub Mon");
    // Scotland 1 and 2 January.
    row(S, "2028-01-03", "new_years_day*", "Scot 2028 NYD Sat: NYD sub Mon");
    row(S, "2028-01-04", "second_january*", "Scot 2028 NYD Sat: 2 Jan sub Tue");
    row(S, "2034-01-02", "second_january", "Scot 2034 NYD Sun: 2 Jan Mon");
    row(S, "2034-01-03", "new_years_day*", "Scot 2034 NYD Sun: NYD sub Tue");
    row(S, "2038-01-01", "new_years_day", "Scot 2038 NYD Fri");
    row(S, "2038-01-04", "second_january*", "Scot 2038 2 Jan Sat: sub Mon");
    // St Andrew's Day at the weekend: next Monday.
    row(S, "2030-12-02", "st_andrews_day*", "Scot 2030 St Andrew Sat: sub Mon");
    row(S, "2031-12-01", "st_andrews_day*", "Scot 2031 St Andrew Sun: sub Mon");
    row(S, "2006-11-30", "-", "Scot 2006: St Andrew's Day not yet a bank holiday");
    // Northern Ireland.
    row(N, "2029-03-19", "st_patricks_day*", "NI 2029 St Patrick Sat: sub Mon");
    row(N, "2030-03-18", "st_patricks_day*", "NI 2030 St Patrick Sun: sub Mon");
    row(N, "2031-07-14", "battle_of_the_boyne*", "NI 2031 Boyne Sat: sub Mon");
    row(N, "2037-07-13", "battle_of_the_boyne*", "NI 2037 Boyne Sun: sub Mon");
    // No Easter Monday in Scotland; no 2 January outside Scotland.
    row(S, "2026-04-06", "-", "Scot: no Easter Monday");
    row(E, "2026-01-02", "-", "E&W: no 2 January");
    row(E, "2026-03-17", "-", "E&W: no St Patrick's Day");
    row(E, "2026-06-15", "-", "E&W: no 2026 World Cup holiday");
}

void TestHolidays::substituteRules()
{
    QFETCH(Division, division);
    QFETCH(QString, date);
    QFETCH(QString, expected);
    const Date d = Date::fromIso(date.toStdString()).value();
    const auto h = bankHolidayOn(division, d);
    const QString actual = h ? QString::fromStdString(h->key + (h->substitute ? "*" : "")) : QStringLiteral("-");
    QCOMPARE(actual, expected);
    if (h)
        QVERIFY(d.dayOfWeek() <= 5);
}

void TestHolidays::sweepInvariants()
{
    // Extra one-off days per (division, year) from the proclamation table.
    std::map<std::pair<int, int>, int> extras;
    for (const auto& p : calendar_data::proclamations())
        if (p.kind == calendar_data::ProclamationKind::Add)
            for (Division d : kAllDivisions)
                if (p.divisions & (1u << static_cast<unsigned>(d)))
                    ++extras[{static_cast<int>(d), p.year}];

    int years = 0;
    int holidays = 0;
    for (Division d : kAllDivisions) {
        for (int y = 1990; y <= 2100; ++y) {
            const auto list = bankHolidays(d, y);
            int base = 0;
            switch (d) {
            case Division::EnglandAndWales:
                base = 8;
                break;
            case Division::Scotland:
                base = y >= 2007 ? 9 : 8;
                break;
            case Division::NorthernIreland:
                base = 10;
                break;
            }
            const int expectedCount = base + extras[{static_cast<int>(d), y}];
            QVERIFY2(static_cast<int>(list.size()) == expectedCount,
                     qPrintable(QStringLiteral("%1 %2: %3 holidays, expected %4")
                                    .arg(QString::fromLatin1(divisionName(d).data()))
                                    .arg(y)
                                    .arg(list.size())
                                    .arg(expectedCount)));
            std::set<std::string> keys;
            for (std::size_t i = 0; i < list.size(); ++i) {
                const BankHoliday& h = list[i];
                QVERIFY2(h.date.dayOfWeek() <= 5, qPrintable(QString::fromStdString(h.date.toIso() + " " + h.key)));
                QCOMPARE(h.date.year(), y);
                QVERIFY(!h.name.empty());
                QVERIFY(!h.key.empty());
                if (i > 0)
                    QVERIFY2(list[i - 1].date < h.date, qPrintable(QString::fromStdString(h.date.toIso())));
                QVERIFY2(keys.insert(h.key).second, qPrintable(QString::fromStdString(h.key)));
                if (h.substitute && h.key != "spring_bank_holiday") // 2012: the moved day is labelled a substitute
                    QVERIFY(h.date.dayOfWeek() == 1 || h.date.dayOfWeek() == 2); // Monday or Tuesday
            }
            QCOMPARE(bankHolidayOn(d, easterSunday(y).addDays(-2))->key, std::string("good_friday"));
            ++years;
            holidays += static_cast<int>(list.size());
        }
    }
    qInfo("sweep 1990-2100: %d division-years, %d holidays, none on a weekend, counts as expected", years, holidays);
}

void TestHolidays::lookupMatchesList()
{
    int days = 0;
    for (Division d : kAllDivisions) {
        for (int y : {1951, 1999, 2020, 2022, 2026, 2149}) {
            const auto list = bankHolidays(d, y);
            std::set<Date> set;
            for (const auto& h : list)
                set.insert(h.date);
            for (Date day = ymd(y, 1, 1); day <= ymd(y, 12, 31); day = day.addDays(1), ++days) {
                QCOMPARE(isBankHoliday(d, day), set.contains(day));
                QCOMPARE(bankHolidayOn(d, day).has_value(), set.contains(day));
            }
        }
    }
    qInfo("isBankHoliday/bankHolidayOn agree with bankHolidays() on %d days", days);
}

void TestHolidays::yearsOutsideCache()
{
    // Outside the cached 1950-2150 the rules still apply.
    const auto e2200 = describe(bankHolidays(Division::EnglandAndWales, 2200));
    QCOMPARE(e2200.size(), 8);
    QVERIFY(isBankHoliday(Division::EnglandAndWales, ymd(2200, 12, 25)));
    QVERIFY(isBankHoliday(Division::Scotland, ymd(1900, 1, 2)));
    QVERIFY(bankHolidays(Division::Scotland, 1300).empty());
    QVERIFY(bankHolidays(Division::Scotland, 10000).empty());
    qInfo("years outside the cache come from the rules; out-of-range years are empty");
}

void TestHolidays::proclamationTableIsConsistent()
{
    int rows = 0;
    for (const auto& p : calendar_data::proclamations()) {
        const Date d = ymd(p.year, p.month, p.day);
        QVERIFY2(d.dayOfWeek() <= 5, p.key);
        for (Division div : kAllDivisions) {
            if (!(p.divisions & (1u << static_cast<unsigned>(div))))
                continue;
            const auto h = bankHolidayOn(div, d);
            QVERIFY2(h.has_value(), p.key);
            QCOMPARE(h->key, std::string(p.key));
            if (p.name)
                QCOMPARE(h->name, std::string(p.name));
        }
        ++rows;
    }
    qInfo("%d proclamation rows all show up in the lists", rows);
}

QTEST_APPLESS_MAIN(TestHolidays)
#include "TestHolidays.moc"
