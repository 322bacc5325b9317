// Session rules without a casebook: Europe/London wall-clock time <-> UTC across the clock
// changes (the March gap, the October overlap), duration and attendance rules, and the
// iCalendar writer's folding and escaping.

#include "core/domain/Session.h"
#include "core/io/ICalendar.h"

#include <QTest>

using namespace waymark;
using namespace std::chrono;

namespace {

Date ymd(int y, int m, int d)
{
    return Date::fromYmd(y, m, d).value();
}

UtcSeconds utc(int y, int m, int d, int h, int min)
{
    return UtcSeconds{sys_days{year{y} / month{static_cast<unsigned>(m)} / day{static_cast<unsigned>(d)}}} + hours{h} +
           minutes{min};
}

LocalDateTime local(int y, int m, int d, int h, int min)
{
    return LocalDateTime{ymd(y, m, d), h * 60 + min};
}

Session valid(UtcSeconds start)
{
    Session s;
    s.start = start;
    s.durationMinutes = 60;
    s.type = "face_to_face";
    s.worker = Uuid::v7(system_clock::now());
    SessionAttendee a;
    a.personId = Uuid::v7(system_clock::now());
    a.referralId = Uuid::v7(system_clock::now());
    s.attendees.push_back(a);
    return s;
}

} // namespace

class TestSessionRules : public QObject
{
    Q_OBJECT

private slots:
    void summerTimeStartsAndEnds()
    {
        // 2026: last Sunday of March is the 29th, of October the 25th; both at 01:00 UTC.
        QCOMPARE(formatUtc(bstStarts(2026)), std::string("2026-03-29T01:00:00Z"));
        QCOMPARE(formatUtc(bstEnds(2026)), std::string("2026-10-25T01:00:00Z"));
        QCOMPARE(formatUtc(bstStarts(2027)), std::string("2027-03-28T01:00:00Z"));
        QCOMPARE(londonOffsetMinutes(utc(2026, 3, 29, 0, 59)), 0);
        QCOMPARE(londonOffsetMinutes(utc(2026, 3, 29, 1, 0)), 60);
        QCOMPARE(londonOffsetMinutes(utc(2026, 10, 25, 0, 59)), 60);
        QCOMPARE(londonOffsetMinutes(utc(2026, 10, 25, 1, 0)), 0);
        QCOMPARE(londonOffsetMinutes(utc(2026, 1, 15, 12, 0)), 0);
        QCOMPARE(londonOffsetMinutes(utc(2026, 7, 15, 12, 0)), 60);
    }

    void wallClockToUtc_data()
    {
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("dayOfMonth");
        QTest::addColumn<int>("hour");
        QTest::addColumn<int>("minute");
        QTest::addColumn<QString>("expected");
        QTest::newRow("winter") << 1 << 15 << 10 << 30 << "2026-01-15T10:30:00Z";
        QTest::newRow("summer") << 7 << 15 << 10 << 30 << "2026-07-15T09:30:00Z";
        QTest::newRow("before the March gap") << 3 << 29 << 0 << 59 << "2026-03-29T00:59:00Z";
        QTest::newRow("after the March gap") << 3 << 29 << 2 << 0 << "2026-03-29T01:00:00Z";
        QTest::newRow("October, before the repeated hour") << 10 << 25 << 0 << 30 << "2026-10-24T23:30:00Z";
        QTest::newRow("October, after the repeated hour") << 10 << 25 << 2 << 0 << "2026-10-25T02:00:00Z";
        QTest::newRow("midnight on the March change") << 3 << 29 << 0 << 0 << "2026-03-29T00:00:00Z";
        QTest::newRow("midnight on the October change") << 10 << 25 << 0 << 0 << "2026-10-24T23:00:00Z";
    }

    void wallClockToUtc()
    {
        QFETCH(int, month);
        QFETCH(int, dayOfMonth);
        QFETCH(int, hour);
        QFETCH(int, minute);
        QFETCH(QString, expected);
        auto u = londonToUtc(local(2026, month, dayOfMonth, hour, minute));
        QVERIFY2(u, u ? "" : describe(u.error()).c_str());
        QCOMPARE(QString::fromStdString(formatUtc(*u)), expected);
        // And back: the same wall-clock time.
        QCOMPARE(utcToLondon(*u), local(2026, month, dayOfMonth, hour, minute));
    }

    void theMarchGapDoesNotExist()
    {
        for (int m : {0, 1, 30, 59}) {
            auto u = londonToUtc(local(2026, 3, 29, 1, m));
            QVERIFY(!u);
            QCOMPARE(u.error().code, ErrorCode::Validation);
            QCOMPARE(u.error().field, std::string("start"));
            QCOMPARE(u.error().rule, std::string("time_in_gap"));
        }
    }

    void theOctoberHourHappensTwice()
    {
        const auto first = londonToUtc(local(2026, 10, 25, 1, 30), Ambiguous::Earlier);
        const auto second = londonToUtc(local(2026, 10, 25, 1, 30), Ambiguous::Later);
        QVERIFY(first && second);
        QCOMPARE(formatUtc(*first), std::string("2026-10-25T00:30:00Z"));  // BST
        QCOMPARE(formatUtc(*second), std::string("2026-10-25T01:30:00Z")); // GMT
        QCOMPARE(*second - *first, UtcSeconds::duration{hours{1}});
        // Both read back as 01:30 local.
        QCOMPARE(utcToLondon(*first), local(2026, 10, 25, 1, 30));
        QCOMPARE(utcToLondon(*second), local(2026, 10, 25, 1, 30));
        // The default is the first.
        QCOMPARE(*londonToUtc(local(2026, 10, 25, 1, 30)), *first);
    }

    void textForms()
    {
        auto u = parseUtc("2026-03-29T09:05:07Z");
        QVERIFY(u);
        QCOMPARE(formatUtc(*u), std::string("2026-03-29T09:05:07Z"));
        QVERIFY(!parseUtc("2026-03-29 09:05:07"));
        QVERIFY(!parseUtc("2026-02-30T09:05:07Z"));
        QVERIFY(!parseUtc("2026-03-29T24:00:00Z"));
        auto l = parseLocal("2026-03-29 10:15");
        QVERIFY(l);
        QCOMPARE(*l, local(2026, 3, 29, 10, 15));
        QCOMPARE(formatLocal(*l), std::string("2026-03-29 10:15"));
        QVERIFY(parseLocal("2026-03-29T10:15"));
        QVERIFY(!parseLocal("2026-03-29 1015"));
        QVERIFY(!parseLocal("2026-03-29 10:60"));
    }

    void durationIsOneToSevenHundredTwentyMinutes()
    {
        const auto now = utc(2026, 3, 2, 12, 0);
        Session s = valid(now - hours{2});
        for (int d : {1, 60, 720}) {
            s.durationMinutes = d;
            QVERIFY(validateSession(s, now));
        }
        for (int d : {0, -5, 721, 100000}) {
            s.durationMinutes = d;
            auto st = validateSession(s, now);
            QVERIFY(!st);
            QCOMPARE(st.error().field, std::string("duration_minutes"));
            QCOMPARE(st.error().rule, std::string("out_of_range"));
        }
    }

    void attendanceBeforeTheSessionStarts()
    {
        const auto now = utc(2026, 3, 2, 12, 0);
        Session s = valid(now + minutes{1});
        for (const char* ok : {"planned", "cancelled_by_young_person", "cancelled_by_staff"}) {
            s.attendees[0].attendance = ok;
            QVERIFY2(validateSession(s, now), ok);
        }
        for (const char* no : {"attended", "did_not_attend"}) {
            s.attendees[0].attendance = no;
            auto st = validateSession(s, now);
            QVERIFY(!st);
            QCOMPARE(st.error().rule, std::string("session_in_future"));
        }
        // Once started, attended is fine.
        s.start = now;
        s.attendees[0].attendance = "attended";
        QVERIFY(validateSession(s, now));
        s.attendees[0].attendance = "present";
        QCOMPARE(validateSession(s, now).error().rule, std::string("unknown_code"));
    }

    void typesDomainsAndAttendees()
    {
        const auto now = utc(2026, 3, 2, 12, 0);
        Session s = valid(now);
        s.type = "carrier_pigeon";
        QCOMPARE(validateSession(s, now).error().field, std::string("type"));
        s.type = "face_to_face";
        s.domains = {"ete", "substance_use"};
        QVERIFY(validateSession(s, now));
        s.domains = {"ete", "ete"};
        QCOMPARE(validateSession(s, now).error().rule, std::string("duplicate"));
        s.domains = {"astrology"};
        QCOMPARE(validateSession(s, now).error().rule, std::string("unknown_code"));
        s.domains.clear();
        // Two people need a group session.
        SessionAttendee b = s.attendees[0];
        b.personId = Uuid::v7(system_clock::now());
        s.attendees.push_back(b);
        QCOMPARE(validateSession(s, now).error().rule, std::string("not_a_group"));
        s.type = "group";
        QVERIFY(validateSession(s, now));
        s.attendees[1].personId = s.attendees[0].personId;
        QCOMPARE(validateSession(s, now).error().rule, std::string("duplicate"));
        s.attendees.clear();
        QCOMPARE(validateSession(s, now).error().field, std::string("attendees"));
        // A location with a line break is refused (single line).
        s = valid(now);
        s.location = "Room 4\nupstairs";
        QCOMPARE(validateSession(s, now).error().field, std::string("location"));
        QCOMPARE(splitDomains(joinDomains({"ete", "peers_lifestyle"})),
                 (std::vector<std::string>{"ete", "peers_lifestyle"}));
        QVERIFY(splitDomains("").empty());
    }

    void icsFoldsAt75OctetsWithoutSplittingCharacters()
    {
        const std::string line = "SUMMARY:" + std::string(100, 'a');
        const std::string folded = ics::foldLine(line);
        QVERIFY(folded.ends_with("\r\n"));
        QCOMPARE(folded.substr(0, 75), line.substr(0, 75));
        QCOMPARE(folded.substr(75, 3), std::string("\r\n "));
        // Unfolding gives the line back.
        std::string unfolded = folded.substr(0, folded.size() - 2);
        for (std::size_t p; (p = unfolded.find("\r\n ")) != std::string::npos;)
            unfolded.erase(p, 3);
        QCOMPARE(unfolded, line);
        // Multi-byte characters (ŵ is 2 octets): no line over 75 octets, none split.
        std::string welsh = "LOCATION:";
        for (int i = 0; i < 60; ++i)
            welsh += "\xC5\xB5";
        const std::string f = ics::foldLine(welsh);
        std::size_t start = 0;
        while (start < f.size()) {
            const auto end = f.find("\r\n", start);
            QVERIFY(end - start <= 75);
            const std::string part = f.substr(start, end - start);
            const auto content = start == 0 ? part : part.substr(1);
            QVERIFY(!content.empty());
            QVERIFY((static_cast<unsigned char>(content[0]) & 0xC0) != 0x80);
            start = end + 2;
        }
    }

    void icsEscapesText()
    {
        QCOMPARE(ics::escapeText("a,b;c\\d\ne"), std::string("a\\,b\\;c\\\\d\\ne"));
        QCOMPARE(ics::escapeText("x\r\ny"), std::string("x\\ny"));
        QCOMPARE(ics::escapeText(std::string("bell\x07!")), std::string("bell!"));
    }

    void icsEventsInLocalTimeOrUtc()
    {
        ics::Event e;
        e.uid = "0190aaaa-bbbb-7ccc-8ddd-eeeeffff0000@waymark";
        e.start = utc(2026, 7, 1, 9, 0); // 10:00 BST
        e.durationMinutes = 45;
        e.summary = "WM-K7QX-2026-1 - Face to face";
        const auto stamp = utc(2026, 6, 1, 8, 0);
        const std::string local = ics::write({e}, stamp);
        QVERIFY(local.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(local.find("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n") != std::string::npos);
        QVERIFY(local.find("DTSTART;TZID=Europe/London:20260701T100000\r\n") != std::string::npos);
        QVERIFY(local.find("DURATION:PT45M\r\n") != std::string::npos);
        QVERIFY(local.find("DTSTAMP:20260601T080000Z\r\n") != std::string::npos);
        QVERIFY(local.find("LOCATION") == std::string::npos);
        // Every line ends in CRLF: no bare LF.
        for (std::size_t i = 0; i < local.size(); ++i)
            if (local[i] == '\n')
                QVERIFY(i > 0 && local[i - 1] == '\r');
        ics::WriteOptions o;
        o.utcTimes = true;
        const std::string z = ics::write({e}, stamp, o);
        QVERIFY(z.find("VTIMEZONE") == std::string::npos);
        QVERIFY(z.find("DTSTART:20260701T090000Z\r\n") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestSessionRules)
#include "TestSessionRules.moc"
