// Working-day clocks on referrals (across Easter, Christmas and Scottish holidays), clock
// status, time-limit settings, and the repeat-referral trigger on the 12-month boundary.

#include "core/calendar/WorkingCalendar.h"
#include "core/domain/ReferralClocks.h"

#include <QTest>

#include <vector>

using namespace waymark;

Q_DECLARE_METATYPE(waymark::Division)

namespace {

Date d(const QString& iso)
{
    return Date::fromIso(iso.toStdString()).value();
}

QString s(Date date)
{
    return QString::fromStdString(date.toIso());
}

} // namespace

class TestReferralClocks : public QObject
{
    Q_OBJECT

private slots:
    void dueDates_data()
    {
        QTest::addColumn<Division>("division");
        QTest::addColumn<QString>("received");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("due");

        const auto ew = Division::EnglandAndWales;
        const auto sc = Division::Scotland;
        // An ordinary week: the day of receipt does not count.
        QTest::newRow("Wednesday + 5") << ew << "2026-03-04" << 5 << "2026-03-11";
        QTest::newRow("Friday + 1 is Monday") << ew << "2026-03-06" << 1 << "2026-03-09";
        QTest::newRow("Saturday + 1 is Monday") << ew << "2026-03-07" << 1 << "2026-03-09";
        QTest::newRow("Wednesday + 10") << ew << "2026-03-04" << 10 << "2026-03-18";

        // Easter 2026: Good Friday 3 April, Easter Monday 6 April (not a holiday in Scotland).
        QTest::newRow("Easter E&W first contact 5") << ew << "2026-04-01" << 5 << "2026-04-10";
        QTest::newRow("Easter E&W decision 10") << ew << "2026-04-01" << 10 << "2026-04-17";
        QTest::newRow("Easter E&W assessment 15") << ew << "2026-04-01" << 15 << "2026-04-24";
        QTest::newRow("Easter Scotland first contact 5") << sc << "2026-04-01" << 5 << "2026-04-09";
        QTest::newRow("Easter Scotland decision 10") << sc << "2026-04-01" << 10 << "2026-04-16";
        QTest::newRow("received on Good Friday") << ew << "2026-04-03" << 1 << "2026-04-07";

        // Christmas 2026: 25 Dec a Friday, Boxing Day a Saturday (substitute Monday 28 Dec),
        // New Year's Day a Friday; Scotland adds 2 January (a Saturday: substitute Monday 4 Jan).
        QTest::newRow("Christmas E&W first contact 5") << ew << "2026-12-21" << 5 << "2026-12-30";
        QTest::newRow("Christmas E&W decision 10") << ew << "2026-12-21" << 10 << "2027-01-07";
        QTest::newRow("Christmas Scotland first contact 5") << sc << "2026-12-21" << 5 << "2026-12-30";
        QTest::newRow("Christmas Scotland decision 10") << sc << "2026-12-21" << 10 << "2027-01-08";
        QTest::newRow("Christmas Eve + 1, E&W") << ew << "2026-12-24" << 1 << "2026-12-29";

        // St Andrew's Day (Scotland only): Monday 30 Nov 2026; in 2025 it was a Sunday, substitute Monday 1 Dec.
        QTest::newRow("St Andrew's Day 2026 E&W") << ew << "2026-11-27" << 1 << "2026-11-30";
        QTest::newRow("St Andrew's Day 2026 Scotland") << sc << "2026-11-27" << 1 << "2026-12-01";
        QTest::newRow("St Andrew's substitute 2025 E&W") << ew << "2025-11-28" << 1 << "2025-12-01";
        QTest::newRow("St Andrew's substitute 2025 Scotland") << sc << "2025-11-28" << 1 << "2025-12-02";
        // 2 January 2026 is a Friday: a holiday in Scotland only.
        QTest::newRow("2 January 2026 E&W") << ew << "2025-12-31" << 2 << "2026-01-05";
        QTest::newRow("2 January 2026 Scotland") << sc << "2025-12-31" << 2 << "2026-01-06";
    }

    void dueDates()
    {
        QFETCH(Division, division);
        QFETCH(QString, received);
        QFETCH(int, limit);
        QFETCH(QString, due);
        const WorkingCalendar cal(division);
        QCOMPARE(s(dueDate(cal, d(received), limit)), due);
    }

    void closureDaysCount()
    {
        // The scheme closes 29-31 December every year: a Monday 21 Dec referral's first contact moves.
        const WorkingCalendar cal(Division::EnglandAndWales, {}, {AnnualClosure{12, 29, 12, 31}});
        QCOMPARE(s(dueDate(cal, d("2026-12-21"), 5)), QStringLiteral("2027-01-05"));
        const WorkingCalendar oneOff(Division::EnglandAndWales, {d("2026-03-05")});
        QCOMPARE(s(dueDate(oneOff, d("2026-03-04"), 1)), QStringLiteral("2026-03-06"));
    }

    void noReceivedDateNoDueDate() { QVERIFY(dueDate(WorkingCalendar(Division::EnglandAndWales), Date{}, 5).isNull()); }

    void clockStatuses()
    {
        const WorkingCalendar cal(Division::EnglandAndWales);
        const Date received = d("2026-04-01");
        const Date due = dueDate(cal, received, 10); // 2026-04-17, a Friday

        // Running on the day of receipt, across Easter, and on the due day.
        auto c = clockStatus(cal, received, due, {}, received);
        QCOMPARE(c.state, ClockState::Running);
        QCOMPARE(c.workingDaysTaken, 0);
        QCOMPARE(c.workingDaysLeft, 10);
        c = clockStatus(cal, received, due, {}, d("2026-04-07")); // Tuesday after Easter
        QCOMPARE(c.state, ClockState::Running);
        QCOMPARE(c.workingDaysTaken, 2);
        QCOMPARE(c.workingDaysLeft, 8);
        c = clockStatus(cal, received, due, {}, due);
        QCOMPARE(c.state, ClockState::Running);
        QCOMPARE(c.workingDaysLeft, 0);
        QCOMPARE(c.workingDaysTaken, 10);

        // Overdue the next day, also on a weekend straight after the due Friday.
        c = clockStatus(cal, received, due, {}, d("2026-04-18"));
        QCOMPARE(c.state, ClockState::Overdue);
        QCOMPARE(c.workingDaysLeft, -1);
        c = clockStatus(cal, received, due, {}, d("2026-04-20"));
        QCOMPARE(c.state, ClockState::Overdue);
        QCOMPARE(c.workingDaysLeft, -1);
        c = clockStatus(cal, received, due, {}, d("2026-04-22"));
        QCOMPARE(c.workingDaysLeft, -3);
        QCOMPARE(c.workingDaysTaken, 13);

        // Stopped: met on the due day, missed a day later; days taken count working days only.
        c = clockStatus(cal, received, due, due, d("2026-05-01"));
        QCOMPARE(c.state, ClockState::Met);
        QCOMPARE(c.workingDaysTaken, 10);
        QCOMPARE(c.workingDaysLeft, 0);
        QCOMPARE(c.stopped, due);
        c = clockStatus(cal, received, due, d("2026-04-20"), d("2026-05-01"));
        QCOMPARE(c.state, ClockState::Missed);
        QCOMPARE(c.workingDaysTaken, 11);
        c = clockStatus(cal, received, due, d("2026-04-07"), d("2026-05-01"));
        QCOMPARE(c.state, ClockState::Met);
        QCOMPARE(c.workingDaysTaken, 2); // Thursday 2nd and Tuesday 7th; Good Friday and Easter Monday do not count
    }

    void repeatBoundary_data()
    {
        QTest::addColumn<QString>("received");
        QTest::addColumn<QString>("earlier");
        QTest::addColumn<int>("daysBefore");
        QTest::addColumn<bool>("counts");
        // A span without 29 February: exactly 12 months back is day 365, and counts; day 366 does not.
        QTest::newRow("day 365 counts") << "2026-03-02"
                                        << "2025-03-02" << 365 << true;
        QTest::newRow("day 366 does not") << "2026-03-02"
                                          << "2025-03-01" << 366 << false;
        QTest::newRow("day 364 counts") << "2026-03-02"
                                        << "2025-03-03" << 364 << true;
        // A span with 29 February 2028: 12 months back is day 366 and counts; day 367 does not.
        QTest::newRow("leap span: day 366 counts") << "2028-03-02"
                                                   << "2027-03-02" << 366 << true;
        QTest::newRow("leap span: day 367 does not") << "2028-03-02"
                                                     << "2027-03-01" << 367 << false;
        // Received on 29 February: 12 months back is 28 February (day 366).
        QTest::newRow("29 Feb: 28 Feb a year earlier counts") << "2028-02-29"
                                                              << "2027-02-28" << 366 << true;
        QTest::newRow("29 Feb: 27 Feb a year earlier does not") << "2028-02-29"
                                                                << "2027-02-27" << 367 << false;
        // The year after a leap day: 28 Feb 2029 reaches back to 28 Feb 2028 (day 366) but not 27 Feb.
        QTest::newRow("after leap: 29 Feb 2028 counts") << "2029-02-28"
                                                        << "2028-02-29" << 365 << true;
        QTest::newRow("after leap: 28 Feb 2028 counts") << "2029-02-28"
                                                        << "2028-02-28" << 366 << true;
        QTest::newRow("after leap: 27 Feb 2028 does not") << "2029-02-28"
                                                          << "2028-02-27" << 367 << false;
        QTest::newRow("same day counts") << "2026-03-02"
                                         << "2026-03-02" << 0 << true;
        QTest::newRow("a later referral does not") << "2026-03-02"
                                                   << "2026-03-03" << -1 << false;
    }

    void repeatBoundary()
    {
        QFETCH(QString, received);
        QFETCH(QString, earlier);
        QFETCH(int, daysBefore);
        QFETCH(bool, counts);
        QCOMPARE(d(earlier).daysUntil(d(received)), daysBefore);
        const std::vector<Date> dates = {d(earlier)};
        QCOMPARE(repeatOrdinal(dates, d(received), 12), counts ? 2 : 1);
    }

    void repeatTrigger()
    {
        const TimeLimits limits; // threshold 3 in 12 months
        const Date received = d("2026-03-02");
        // Two earlier inside the window (one on the boundary), one outside, one later, one null.
        const std::vector<Date> earlier = {d("2025-03-02"), d("2025-11-20"), d("2025-03-01"), d("2026-05-01"), Date{}};
        const int n = repeatOrdinal(earlier, received, limits.repeatWindowMonths);
        QCOMPARE(n, 3);
        QVERIFY(isRepeatTrigger(n, limits));
        QCOMPARE(QString::fromStdString(repeatText(n, limits.repeatWindowMonths)),
                 QStringLiteral("3rd referral in 12 months"));

        // A day later, the boundary referral has dropped out: 2nd, no flag.
        const int later = repeatOrdinal(earlier, received.addDays(1), 12);
        QCOMPARE(later, 2);
        QVERIFY(!isRepeatTrigger(later, limits));
        QCOMPARE(repeatOrdinal({}, received, 12), 1);

        TimeLimits strict;
        strict.repeatThreshold = 2;
        QVERIFY(isRepeatTrigger(later, strict));
        // A 6-month window counts only the November referral.
        QCOMPARE(repeatOrdinal(earlier, received, 6), 2);
    }

    void ordinals()
    {
        const std::pair<int, const char*> cases[] = {{1, "1st"},   {2, "2nd"},   {3, "3rd"},     {4, "4th"},
                                                     {11, "11th"}, {12, "12th"}, {13, "13th"},   {21, "21st"},
                                                     {22, "22nd"}, {23, "23rd"}, {101, "101st"}, {111, "111th"}};
        for (const auto& [n, text] : cases)
            QCOMPARE(QString::fromStdString(ordinalText(n)), QString::fromLatin1(text));
    }

    void timeLimitSettings()
    {
        const TimeLimits defaults;
        QCOMPARE(defaults.decisionDays, 10);
        QCOMPARE(defaults.firstContactDays, 5);
        QCOMPARE(defaults.assessmentDays, 15);
        QCOMPARE(timeLimitsFromSettings({}).value(), defaults);
        QCOMPARE(timeLimitsFromSettings(timeLimitsToSettings(defaults)).value(), defaults);

        TimeLimits custom{7, 3, 20, 4, 6};
        const auto settings = timeLimitsToSettings(custom);
        const std::vector<std::pair<std::string, std::string>> expected = {
            {"time_limits.decision_days", "7"},        {"time_limits.first_contact_days", "3"},
            {"time_limits.assessment_days", "20"},     {"time_limits.repeat_threshold", "4"},
            {"time_limits.repeat_window_months", "6"},
        };
        QCOMPARE(settings, expected);
        QCOMPARE(timeLimitsFromSettings(settings).value(), custom);

        const std::pair<const char*, const char*> bad[] = {
            {"time_limits.decision_days", "0"},         {"time_limits.decision_days", "121"},
            {"time_limits.first_contact_days", "five"}, {"time_limits.assessment_days", ""},
            {"time_limits.repeat_threshold", "1"},      {"time_limits.repeat_window_months", "37"},
        };
        for (const auto& [key, value] : bad) {
            const auto got = timeLimitsFromSettings({{key, value}, {"calendar.division", "scotland"}});
            QVERIFY2(!got, key);
            QCOMPARE(got.error().code, ErrorCode::Validation);
            QCOMPARE(QString::fromStdString(got.error().field), QString::fromLatin1(key));
        }

        QVERIFY(validateTimeLimits(defaults));
        TimeLimits t;
        t.firstContactDays = 0;
        QCOMPARE(QString::fromStdString(validateTimeLimits(t).error().field), QStringLiteral("first_contact_days"));
        t = {};
        t.repeatWindowMonths = 37;
        QCOMPARE(QString::fromStdString(validateTimeLimits(t).error().field), QStringLiteral("repeat_window_months"));
        t = {};
        t.assessmentDays = 120;
        QVERIFY(validateTimeLimits(t));
    }
};

QTEST_GUILESS_MAIN(TestReferralClocks)
#include "TestReferralClocks.moc"
