// Parsing dates as caseworkers type them: an accept table and a reject table with the reason.

#include "core/calendar/TypedDate.h"

#include <QTest>

using namespace waymark;

Q_DECLARE_METATYPE(waymark::DateInputProblem)

class TestTypedDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void formatting();
    void everyProblemHasAMessage();
    void roundTripEveryDay();
};

void TestTypedDates::accepts_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("iso");
    auto row = [](const char* typed, const char* iso) {
        QTest::newRow(typed) << QString::fromLatin1(typed) << QString::fromLatin1(iso);
    };
    row("26/11/2026", "2026-11-26");
    row("07/03/2026", "2026-03-07");
    row("7/3/2026", "2026-03-07");
    row("07/3/2026", "2026-03-07");
    row("7/03/2026", "2026-03-07");
    row("7.3.2026", "2026-03-07");
    row("07.03.2026", "2026-03-07");
    row("7-3-2026", "2026-03-07");
    row("07-03-2026", "2026-03-07");
    row("2026-03-07", "2026-03-07");
    row("29/02/2028", "2028-02-29");
    row("29/02/2000", "2000-02-29");
    row("31/12/1999", "1999-12-31");
    row("1/1/1400", "1400-01-01");
    row("31/12/9999", "9999-12-31");
    row("  26/11/2026  ", "2026-11-26");
    row("\t2026-11-26\n", "2026-11-26");
}

void TestTypedDates::accepts()
{
    QFETCH(QString, typed);
    QFETCH(QString, iso);
    const auto r = parseTypedDate(typed.toStdString());
    QVERIFY2(r.has_value(), r ? "" : r.error().detail.c_str());
    QCOMPARE(QString::fromStdString(r->toIso()), iso);
}

void TestTypedDates::rejects_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<DateInputProblem>("problem");
    using P = DateInputProblem;
    auto row = [](const char* why, const char* typed, P p) { QTest::newRow(why) << QString::fromLatin1(typed) << p; };
    row("empty", "", P::Empty);
    row("only spaces", "   ", P::Empty);
    row("31 February does not exist", "31/02/2026", P::DayOutOfRange);
    row("29 Feb outside a leap year", "29/02/2027", P::DayOutOfRange);
    row("29 Feb 1900 (century, not leap)", "29/02/1900", P::DayOutOfRange);
    row("31 April", "31/04/2026", P::DayOutOfRange);
    row("day zero", "0/3/2026", P::DayOutOfRange);
    row("ISO impossible day", "2026-02-30", P::DayOutOfRange);
    row("month 13", "7/13/2026", P::MonthOutOfRange);
    row("month-first US date", "12/31/2026", P::MonthOutOfRange);
    row("month zero", "7/0/2026", P::MonthOutOfRange);
    row("ISO month 13", "2026-13-01", P::MonthOutOfRange);
    row("two-digit year: century never guessed", "2/3/26", P::TwoDigitYear);
    row("two-digit year with dots", "02.03.26", P::TwoDigitYear);
    row("digits without separators (yymmdd?)", "130801", P::NoSeparators);
    row("digits without separators (ddmmyyyy?)", "07032026", P::NoSeparators);
    row("mixed separators", "7/3-2026", P::MixedSeparators);
    row("spaces as separators", "7 3 2026", P::UnexpectedCharacter);
    row("words", "7 March 2026", P::UnexpectedCharacter);
    row("letters", "today", P::UnexpectedCharacter);
    row("sign", "+7/3/2026", P::UnexpectedCharacter);
    row("comma", "7,3,2026", P::UnexpectedCharacter);
    row("two parts", "7/3", P::WrongNumberOfParts);
    row("four parts", "7/3/2026/1", P::WrongNumberOfParts);
    row("missing month", "7//2026", P::MissingPart);
    row("trailing separator", "7/3/", P::MissingPart);
    row("three-digit year", "7/3/202", P::YearNotFourDigits);
    row("five-digit year", "7/3/02026", P::YearNotFourDigits);
    row("one-digit year", "7/3/6", P::YearNotFourDigits);
    row("three-digit day", "007/3/2026", P::DayOrMonthTooLong);
    row("three-digit month", "7/003/2026", P::DayOrMonthTooLong);
    row("year first with slashes", "2026/03/07", P::YearFirstNotIso);
    row("year first with dots", "2026.03.07", P::YearFirstNotIso);
    row("ISO without zero padding", "2026-3-7", P::YearFirstNotIso);
    row("five-digit year first", "20260-03-07", P::YearNotFourDigits);
    row("year before 1400", "1/1/1399", P::YearOutOfRange);
    row("year 0000", "0000-01-01", P::YearOutOfRange);
    row("non-ASCII digits", "\xd9\xa7/3/2026", P::UnexpectedCharacter);
}

void TestTypedDates::rejects()
{
    QFETCH(QString, typed);
    QFETCH(DateInputProblem, problem);
    const std::string text = typed.toStdString();
    const TypedDateCheck check = checkTypedDate(text);
    QCOMPARE(dateInputProblemKey(check.problem), dateInputProblemKey(problem));
    QVERIFY(check.date.isNull());
    const auto r = parseTypedDate(text, "date_of_birth");
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QCOMPARE(r.error().field, std::string("date_of_birth"));
    QCOMPARE(r.error().detail, std::string(describeDateInputProblem(problem)));
    // The message never repeats what was typed (it may be a date of birth).
    if (text.size() >= 4)
        QVERIFY(r.error().detail.find(text) == std::string::npos);
    qInfo("rejected \"%s\": %s", text.c_str(), r.error().detail.c_str());
}

void TestTypedDates::formatting()
{
    const Date d = Date::fromYmd(2026, 3, 7).value();
    QCOMPARE(formatDisplayDate(d), std::string("07/03/2026"));
    QCOMPARE(formatStorageDate(d), std::string("2026-03-07"));
    QCOMPARE(formatDisplayDate(Date{}), std::string());
}

void TestTypedDates::everyProblemHasAMessage()
{
    for (int i = static_cast<int>(DateInputProblem::Empty); i <= static_cast<int>(DateInputProblem::YearOutOfRange);
         ++i) {
        const auto p = static_cast<DateInputProblem>(i);
        QVERIFY(!describeDateInputProblem(p).empty());
        QVERIFY(dateInputProblemKey(p) != "none");
    }
}

void TestTypedDates::roundTripEveryDay()
{
    // Every day 1900-2100: display form and ISO form parse back to the same date.
    int days = 0;
    const Date last = Date::fromYmd(2100, 12, 31).value();
    for (Date d = Date::fromYmd(1900, 1, 1).value(); d <= last; d = d.addDays(1)) {
        QCOMPARE(parseTypedDate(d.toDisplay()).value(), d);
        QCOMPARE(parseTypedDate(d.toIso()).value(), d);
        ++days;
    }
    qInfo("%d days round-trip through dd/mm/yyyy and yyyy-mm-dd", days);
}

QTEST_APPLESS_MAIN(TestTypedDates)
#include "TestTypedDates.moc"
