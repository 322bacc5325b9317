// The Sessions desk through the Casebook door, on real SQLCipher casebooks in temp folders:
// sessions with every field, group attendance, the first attended session activating an
// accepted referral and stopping its first-contact clock (and a session not attended doing
// neither), Europe/London dates at the clock changes, conflicts, lists through each index,
// the timeline source, and the calendar export (no names, audited with its count).

#include "core/Casebook.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QTest>

#include <fstream>
#include <sstream>

using namespace waymark;
using namespace std::chrono;

namespace {

system_clock::time_point at(int y, int m, int d, int h = 12)
{
    return sys_days{year{y} / month{static_cast<unsigned>(m)} / day{static_cast<unsigned>(d)}} + hours{h};
}

Date ymd(int y, int m, int d)
{
    return Date::fromYmd(y, m, d).value();
}

UtcSeconds london(int y, int m, int d, int h, int min)
{
    return londonToUtc(LocalDateTime{ymd(y, m, d), h * 60 + min}).value();
}

std::string slurp(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace

class TestSessions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Casebook> m_cb;
    std::vector<Uuid> m_people;
    std::vector<std::string> m_names; // given names of the generated people

    std::int64_t scalar(const std::string& sql) { return test::scalar(*m_cb, sql); }

    Referral accepted(std::size_t person, Date received)
    {
        Referral r;
        r.personId = m_people[person];
        r.received = received;
        r.source = "police";
        r.eventDate = received.addDays(-7);
        r.route = "community_resolution";
        r.offenceCategory = "theft";
        r.risk = "low";
        auto created = m_cb->referrals().create(r);
        if (!created) {
            qWarning("create: %s", describe(created.error()).c_str());
            return {};
        }
        auto screened = m_cb->referrals().startScreening(created->id);
        auto decided = m_cb->referrals().decide(created->id, "accepted", "", "");
        if (!screened || !decided) {
            qWarning("decide failed");
            return {};
        }
        return *decided;
    }

    Session draft(UtcSeconds start, const std::vector<std::pair<Uuid, std::string>>& who,
                  std::string type = "face_to_face")
    {
        Session s;
        s.start = start;
        s.durationMinutes = 50;
        s.type = std::move(type);
        for (const auto& [referral, attendance] : who) {
            SessionAttendee a;
            a.referralId = referral;
            a.attendance = attendance;
            s.attendees.push_back(a);
        }
        return s;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_clock = std::make_shared<FixedClock>(at(2026, 3, 2)); // Monday 2 March 2026, 12:00 UTC
        m_cb = test::makeCasebook(m_dir->file("sessions.waymark"), test::kUser, test::kPassword, m_clock);
        QVERIFY(m_cb);
        m_people.clear();
        m_names.clear();
        for (int i = 0; i < 3; ++i) {
            const Person p = test::samplePerson(i + 1);
            auto created = m_cb->people().create(p);
            QVERIFY(created);
            m_people.push_back(created->person.id);
            m_names.push_back(p.givenName);
            m_names.push_back(p.familyName);
        }
    }

    void cleanup()
    {
        m_cb.reset();
        m_dir.reset();
    }

    void addKeepsEveryField()
    {
        const Referral r = accepted(0, ymd(2026, 2, 23));
        QVERIFY(!r.id.isNull());
        Session s = draft(london(2026, 3, 10, 15, 30), {{r.id, "planned"}}, "school");
        s.location = "  Room 4, Ashfield Academy ";
        s.domains = {"ete", "peers_lifestyle"};
        s.note = "Agreed to bring the timetable.";
        s.interventionId = Uuid::v7(m_clock->now());
        auto added = m_cb->sessions().add(s);
        QVERIFY2(added, added ? "" : describe(added.error()).c_str());
        QVERIFY(!added->id.isNull());
        auto v = m_cb->sessions().view(added->id);
        QVERIFY(v);
        QCOMPARE(v->start, s.start);
        QCOMPARE(formatUtc(v->start), std::string("2026-03-10T15:30:00Z")); // GMT in early March
        QCOMPARE(v->timeZone, std::string("Europe/London"));
        QCOMPARE(v->durationMinutes, 50);
        QCOMPARE(v->type, std::string("school"));
        QCOMPARE(v->location, std::string("Room 4, Ashfield Academy"));
        QCOMPARE(v->domains, (std::vector<std::string>{"ete", "peers_lifestyle"}));
        QCOMPARE(v->note, s.note);
        QCOMPARE(v->interventionId, s.interventionId);
        QCOMPARE(v->worker, m_cb->user().id);
        QCOMPARE(v->attendees.size(), std::size_t(1));
        QCOMPARE(v->attendees[0].personId, m_people[0]); // taken from the referral
        QCOMPARE(v->attendees[0].attendance, std::string("planned"));
        QCOMPARE(v->attendees[0].referralReference, r.reference);
        QVERIFY(!v->attendees[0].personReference.empty());
        QVERIFY(!v->attendees[0].personName.empty());
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'session.created'"), std::int64_t(1));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'session.viewed'"), std::int64_t(1));
        // Change-logged: both tables' rows in one change set.
        const std::string logged = " FROM change_record r JOIN change_column c ON c.id = r.table_id WHERE "
                                   "c.table_name IN ('sessions', 'session_attendees')";
        QCOMPARE(scalar("SELECT count(*)" + logged), std::int64_t(2));
        QCOMPARE(scalar("SELECT count(DISTINCT r.set_seq)" + logged), std::int64_t(1));
        // A planned session changes nothing on the referral.
        QCOMPARE(m_cb->referrals().view(r.id)->state, ReferralState::Accepted);
    }

    void groupAttendanceIsPerAttendee()
    {
        const Referral a = accepted(0, ymd(2026, 2, 23));
        const Referral b = accepted(1, ymd(2026, 2, 23));
        const Referral c = accepted(2, ymd(2026, 2, 23));
        Session s = draft(london(2026, 3, 2, 10, 0),
                          {{a.id, "attended"}, {b.id, "did_not_attend"}, {c.id, "cancelled_by_young_person"}}, "group");
        auto added = m_cb->sessions().add(s);
        QVERIFY2(added, added ? "" : describe(added.error()).c_str());
        QCOMPARE(added->attendees.size(), std::size_t(3));
        std::map<Uuid, std::string> byPerson;
        for (const auto& at : added->attendees)
            byPerson[at.personId] = at.attendance;
        QCOMPARE(byPerson[m_people[0]], std::string("attended"));
        QCOMPARE(byPerson[m_people[1]], std::string("did_not_attend"));
        QCOMPARE(byPerson[m_people[2]], std::string("cancelled_by_young_person"));
        // Only the one who attended is active.
        QCOMPARE(m_cb->referrals().view(a.id)->state, ReferralState::Active);
        QCOMPARE(m_cb->referrals().view(b.id)->state, ReferralState::Accepted);
        QCOMPARE(m_cb->referrals().view(c.id)->state, ReferralState::Accepted);
        // Recording one attendee's attendance leaves the others alone.
        auto changed = m_cb->sessions().recordAttendance(added->id, m_people[1], "attended");
        QVERIFY2(changed, changed ? "" : describe(changed.error()).c_str());
        for (const auto& at : changed->attendees)
            byPerson[at.personId] = at.attendance;
        QCOMPARE(byPerson[m_people[0]], std::string("attended"));
        QCOMPARE(byPerson[m_people[1]], std::string("attended"));
        QCOMPARE(byPerson[m_people[2]], std::string("cancelled_by_young_person"));
        QCOMPARE(m_cb->referrals().view(b.id)->state, ReferralState::Active);
        QCOMPARE(m_cb->referrals().view(c.id)->state, ReferralState::Accepted);
        // A face-to-face session takes one attendee only.
        Session two = draft(london(2026, 3, 2, 9, 0), {{a.id, "planned"}, {b.id, "planned"}});
        auto refused = m_cb->sessions().add(two);
        QVERIFY(!refused);
        QCOMPARE(refused.error().rule, std::string("not_a_group"));
        // Someone left out of the group is removed (tombstoned), someone new added.
        Session edited = *changed;
        edited.attendees.erase(edited.attendees.begin() + 2);
        auto saved = m_cb->sessions().update(edited);
        QVERIFY2(saved, saved ? "" : describe(saved.error()).c_str());
        QCOMPARE(saved->attendees.size(), std::size_t(2));
        QCOMPARE(scalar("SELECT count(*) FROM session_attendees WHERE deleted = 1"), std::int64_t(1));
    }

    void firstAttendedSessionActivatesAndStopsTheClock()
    {
        const Referral r = accepted(0, ymd(2026, 2, 23));
        QVERIFY(r.firstContact.isNull());
        QCOMPARE(r.firstContactDue, ymd(2026, 3, 2));
        const auto auditBefore = scalar("SELECT max(seq) FROM audit_log");
        auto added = m_cb->sessions().add(draft(london(2026, 2, 27, 16, 0), {{r.id, "attended"}}));
        QVERIFY2(added, added ? "" : describe(added.error()).c_str());
        auto after = m_cb->referrals().view(r.id);
        QVERIFY(after);
        QCOMPARE(after->state, ReferralState::Active);
        QCOMPARE(after->firstContact, ymd(2026, 2, 27));
        // The session, the transition and the first contact are audited, in that order.
        std::vector<std::string> ops;
        {
            Statement st(m_cb->database(), "SELECT operation FROM audit_log WHERE seq > " +
                                               std::to_string(auditBefore) + " ORDER BY seq");
            QVERIFY(st.forEachRow([&] { ops.push_back(st.text(0)); }));
        }
        QCOMPARE(ops, (std::vector<std::string>{"session.created", "referral.transition", "referral.first_contact",
                                                "referral.viewed"}));
        auto history = m_cb->referrals().history(r.id);
        QVERIFY(history);
        QCOMPARE(history->back().kind, std::string("first_contact"));
        // A second attended session changes nothing more.
        QVERIFY(m_cb->sessions().add(draft(london(2026, 3, 1, 11, 0), {{r.id, "attended"}})));
        auto again = m_cb->referrals().view(r.id);
        QCOMPARE(again->firstContact, ymd(2026, 2, 27));
        QCOMPARE(again->updatedHlc, after->updatedHlc);
    }

    void sessionNotAttendedLeavesTheReferralAlone()
    {
        const Referral r = accepted(0, ymd(2026, 2, 23));
        for (const char* attendance :
             {"did_not_attend", "cancelled_by_young_person", "cancelled_by_staff", "planned"}) {
            auto added = m_cb->sessions().add(draft(london(2026, 2, 27, 16, 0), {{r.id, attendance}}));
            QVERIFY2(added, added ? "" : describe(added.error()).c_str());
            auto now = m_cb->referrals().view(r.id);
            QCOMPARE(now->state, ReferralState::Accepted);
            QVERIFY(now->firstContact.isNull());
        }
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'referral.transition' AND detail LIKE "
                        "'%accepted -> active%'"),
                 std::int64_t(0));
        // Marked attended later: now the referral moves.
        auto list = m_cb->sessions().forReferral(r.id);
        QVERIFY(list && list->size() == 4);
        auto changed = m_cb->sessions().recordAttendance(list->front().id, m_people[0], "attended");
        QVERIFY(changed);
        QCOMPARE(m_cb->referrals().view(r.id)->state, ReferralState::Active);
    }

    void attendanceCannotBeRecordedAhead()
    {
        const Referral r = accepted(0, ymd(2026, 2, 23));
        auto future = m_cb->sessions().add(draft(london(2026, 3, 3, 10, 0), {{r.id, "attended"}}));
        QVERIFY(!future);
        QCOMPARE(future.error().code, ErrorCode::Validation);
        QCOMPARE(future.error().rule, std::string("session_in_future"));
        QCOMPARE(scalar("SELECT count(*) FROM sessions"), std::int64_t(0));
        QCOMPARE(m_cb->referrals().view(r.id)->state, ReferralState::Accepted);
        auto planned = m_cb->sessions().add(draft(london(2026, 3, 3, 10, 0), {{r.id, "planned"}}));
        QVERIFY(planned);
        auto early = m_cb->sessions().recordAttendance(planned->id, m_people[0], "attended");
        QVERIFY(!early);
        QCOMPARE(early.error().rule, std::string("session_in_future"));
        // Once the time has come, it can be recorded.
        m_clock->set(at(2026, 3, 3, 11));
        QVERIFY(m_cb->sessions().recordAttendance(planned->id, m_people[0], "attended"));
        QCOMPARE(m_cb->referrals().view(r.id)->firstContact, ymd(2026, 3, 3));
    }

    void reopenedReferralIsActivatedAgain()
    {
        const Referral r = accepted(0, ymd(2026, 2, 23));
        QVERIFY(m_cb->sessions().add(draft(london(2026, 2, 24, 10, 0), {{r.id, "attended"}})));
        QVERIFY(m_cb->referrals().step(r.id, ReferralStep::RequestClosure, "completed", {}));
        QVERIFY(m_cb->referrals().step(r.id, ReferralStep::ApproveClosure, {}, {}));
        QVERIFY(m_cb->referrals().step(r.id, ReferralStep::Reopen, {}, "New concerns from school"));
        QCOMPARE(m_cb->referrals().view(r.id)->state, ReferralState::Reopened);
        QVERIFY(m_cb->sessions().add(draft(london(2026, 3, 2, 9, 0), {{r.id, "attended"}})));
        auto now = m_cb->referrals().view(r.id);
        QCOMPARE(now->state, ReferralState::Active);
        QCOMPARE(now->firstContact, ymd(2026, 2, 24)); // the clock stopped the first time
    }

    void firstContactIsTheDateInLondon()
    {
        // Summer: 23:30 UTC on 1 July is 00:30 on 2 July in London.
        m_clock->set(at(2026, 7, 3));
        const Referral r = accepted(0, ymd(2026, 6, 29));
        Session s = draft(UtcSeconds{sys_days{2026y / July / 1}} + hours{23} + minutes{30}, {{r.id, "attended"}});
        QVERIFY(m_cb->sessions().add(s));
        QCOMPARE(m_cb->referrals().view(r.id)->firstContact, ymd(2026, 7, 2));
    }

    void sessionsAcrossTheClockChanges()
    {
        m_clock->set(at(2026, 11, 2));
        const Referral r = accepted(0, ymd(2026, 3, 20));
        // 01:30 on 29 March does not exist; 00:30 and 02:30 do, one hour (not two) apart.
        QVERIFY(!londonToUtc(LocalDateTime{ymd(2026, 3, 29), 90}));
        auto before = m_cb->sessions().add(draft(london(2026, 3, 29, 0, 30), {{r.id, "attended"}}));
        auto after = m_cb->sessions().add(draft(london(2026, 3, 29, 2, 30), {{r.id, "attended"}}));
        QVERIFY(before && after);
        QCOMPARE(after->start - before->start, UtcSeconds::duration{hours{1}});
        QCOMPARE(utcToLondon(after->start).minutes, 150);
        // 01:30 on 25 October happens twice: both sessions keep their own instant.
        auto first = m_cb->sessions().add(
            draft(londonToUtc(LocalDateTime{ymd(2026, 10, 25), 90}, Ambiguous::Earlier).value(), {{r.id, "attended"}}));
        auto second = m_cb->sessions().add(
            draft(londonToUtc(LocalDateTime{ymd(2026, 10, 25), 90}, Ambiguous::Later).value(), {{r.id, "attended"}}));
        QVERIFY(first && second);
        QCOMPARE(second->start - first->start, UtcSeconds::duration{hours{1}});
        QCOMPARE(m_cb->sessions().view(first->id)->start, first->start);
        QCOMPARE(m_cb->sessions().view(second->id)->start, second->start);
        // The list is in time order, the repeated hour included.
        SessionQuery q;
        q.referralId = r.id;
        q.newestFirst = false;
        auto list = m_cb->sessions().list(q);
        QVERIFY(list && list->size() == 4);
        QCOMPARE((*list)[2].id, first->id);
        QCOMPARE((*list)[3].id, second->id);
    }

    void validationAtTheDoor()
    {
        const Referral r = accepted(0, ymd(2026, 2, 23));
        // Another person's referral.
        Session s = draft(london(2026, 3, 1, 10, 0), {{r.id, "attended"}});
        s.attendees[0].personId = m_people[1];
        auto wrong = m_cb->sessions().add(s);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().rule, std::string("not_this_person"));
        // No such referral.
        s = draft(london(2026, 3, 1, 10, 0), {{Uuid::v7(m_clock->now()), "attended"}});
        QCOMPARE(m_cb->sessions().add(s).error().rule, std::string("unknown_referral"));
        // A closed-off referral (declined) takes no sessions.
        Referral d;
        d.personId = m_people[1];
        d.received = ymd(2026, 2, 23);
        d.source = "school";
        d.eventDate = ymd(2026, 2, 20);
        d.route = "triage";
        auto declined = m_cb->referrals().create(d);
        QVERIFY(declined);
        QVERIFY(m_cb->referrals().startScreening(declined->id));
        QVERIFY(m_cb->referrals().decide(declined->id, "declined", "young_person_declined", ""));
        s = draft(london(2026, 3, 1, 10, 0), {{declined->id, "planned"}});
        QCOMPARE(m_cb->sessions().add(s).error().rule, std::string("not_open"));
        // Duration out of range.
        s = draft(london(2026, 3, 1, 10, 0), {{r.id, "planned"}});
        s.durationMinutes = 721;
        QCOMPARE(m_cb->sessions().add(s).error().field, std::string("duration_minutes"));
        QCOMPARE(scalar("SELECT count(*) FROM sessions"), std::int64_t(0));
        QCOMPARE(m_cb->referrals().view(r.id)->state, ReferralState::Accepted);
    }

    void staleUpdateIsAConflict()
    {
        const Referral r = accepted(0, ymd(2026, 2, 23));
        auto added = m_cb->sessions().add(draft(london(2026, 3, 1, 10, 0), {{r.id, "planned"}}));
        QVERIFY(added);
        Session one = *added;
        Session two = *added;
        one.note = "First window";
        QVERIFY(m_cb->sessions().update(one));
        two.note = "Second window";
        auto stale = m_cb->sessions().update(two);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        QCOMPARE(m_cb->sessions().view(added->id)->note, std::string("First window"));
        // Moving a session moves its attendees' copy of the start (the timeline's index).
        Session moved = *m_cb->sessions().view(added->id);
        moved.start = london(2026, 3, 1, 14, 0);
        QVERIFY(m_cb->sessions().update(moved));
        QCOMPARE(scalar("SELECT count(*) FROM session_attendees WHERE start = '2026-03-01T14:00:00Z'"),
                 std::int64_t(1));
    }

    void listsReadThroughTheirIndexes()
    {
        const Referral a = accepted(0, ymd(2026, 2, 2));
        const Referral b = accepted(1, ymd(2026, 2, 2));
        auto casey = m_cb->users().add("casey", "long river walk at noon", Role::Caseworker, "Casey Worker");
        QVERIFY(casey);
        for (int d = 0; d < 10; ++d) {
            Session s = draft(london(2026, 2, 10 + d, 10, 0), {{d % 2 ? a.id : b.id, "attended"}});
            if (d >= 5)
                s.worker = casey->id;
            QVERIFY(m_cb->sessions().add(s));
        }
        QCOMPARE(m_cb->sessions().forReferral(a.id)->size(), std::size_t(5));
        QCOMPARE(m_cb->sessions().forPerson(m_people[1])->size(), std::size_t(5));
        SessionQuery byWorker;
        byWorker.worker = casey->id;
        QCOMPARE(m_cb->sessions().list(byWorker)->size(), std::size_t(5));
        SessionQuery range;
        range.from = london(2026, 2, 12, 0, 0);
        range.to = london(2026, 2, 15, 0, 0);
        auto inRange = m_cb->sessions().list(range);
        QCOMPARE(inRange->size(), std::size_t(3));
        QVERIFY(inRange->front().start > inRange->back().start); // newest first
        // Each list reads through an index, never a scan of the table.
        for (const auto& [sql, idx] : std::vector<std::pair<std::string, std::string>>{
                 // Schema 15's covering index for the reports (start, intervention, worker, minutes).
                 {"SELECT id FROM sessions WHERE deleted = 0 AND start >= 'a' AND start < 'b' ORDER BY start",
                  "sessions_period"},
                 {"SELECT id FROM sessions WHERE deleted = 0 AND worker_id = x'00' ORDER BY start", "sessions_worker"},
                 {"SELECT a.session_id FROM session_attendees a WHERE a.deleted = 0 AND a.person_id = x'00' ORDER BY "
                  "a.start",
                  "session_attendees_person"}}) {
            std::string plan;
            Statement st(m_cb->database(), "EXPLAIN QUERY PLAN " + sql);
            QVERIFY(st.forEachRow([&] { plan += st.text(3) + "\n"; }));
            QVERIFY2(plan.find(idx) != std::string::npos, plan.c_str());
        }
        // The timeline source: one row per session, newest first, attendance and type.
        const auto source = SessionStore::timelineSources().front();
        QCOMPARE(source.kind, std::string_view("session"));
        Statement st(m_cb->database(), source.sql);
        st.bind(1, m_people[0]);
        st.bind(2, std::string("9999"));
        st.bind(3, std::string(""));
        st.bind(4, 3);
        std::vector<std::string> at;
        QVERIFY(st.forEachRow([&] {
            at.push_back(st.text(0));
            QCOMPARE(st.text(3), std::string("attended"));
            QCOMPARE(st.text(4), std::string("face_to_face"));
            QCOMPARE(st.uuid(2), a.id);
        }));
        QCOMPARE(at.size(), std::size_t(3));
        QVERIFY(at[0] > at[1] && at[1] > at[2]);
    }

    // Not a benchmark (tests/bench has those): a guard that saving a session stays in the
    // milliseconds, with the figure in the log.
    void addingASessionIsQuick()
    {
        const Referral r = accepted(0, ymd(2026, 1, 5));
        constexpr int kSessions = 200;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kSessions; ++i) {
            Session s =
                draft(london(2026, 1, 6, 9, 0) + minutes{30 * i}, {{r.id, i % 3 ? "attended" : "did_not_attend"}});
            QVERIFY(m_cb->sessions().add(s));
        }
        const double perSession = double(timer.nsecsElapsed()) / 1e6 / kSessions;
        timer.restart();
        auto list = m_cb->sessions().forReferral(r.id);
        const double listMs = double(timer.nsecsElapsed()) / 1e6;
        QCOMPARE(list->size(), std::size_t(kSessions));
        qInfo("session add: %.2f ms each (%d, audited, synchronous=FULL); a referral's %d sessions listed in %.1f ms",
              perSession, kSessions, kSessions, listMs);
        QVERIFY2(perSession < 100, "saving a session takes far too long");
    }

    void calendarExportHasNoNames()
    {
        const Referral a = accepted(0, ymd(2026, 2, 23));
        const Referral b = accepted(1, ymd(2026, 2, 23));
        Session one = draft(london(2026, 3, 4, 10, 0), {{a.id, "planned"}});
        one.location = "Youth club, Mill Lane";
        QVERIFY(m_cb->sessions().add(one));
        QVERIFY(
            m_cb->sessions().add(draft(london(2026, 3, 5, 14, 0), {{a.id, "planned"}, {b.id, "planned"}}, "group")));
        QVERIFY(m_cb->sessions().add(draft(london(2026, 3, 6, 9, 0), {{b.id, "cancelled_by_staff"}}, "video")));
        QVERIFY(m_cb->sessions().add(draft(london(2026, 4, 20, 9, 0), {{b.id, "planned"}}))); // outside the range
        CalendarExportOptions options;
        options.from = ymd(2026, 3, 2);
        options.to = ymd(2026, 3, 8);
        const auto file = m_dir->file("week.ics");
        auto exported = m_cb->sessions().exportCalendar(options, file);
        QVERIFY2(exported, exported ? "" : describe(exported.error()).c_str());
        QCOMPARE(exported->events, 3);
        const std::string text = slurp(file);
        QVERIFY(text.find("BEGIN:VTIMEZONE") != std::string::npos);
        QVERIFY(text.find("DTSTART;TZID=Europe/London:20260304T100000") != std::string::npos);
        QVERIFY(text.find("STATUS:CANCELLED") != std::string::npos);
        QVERIFY(text.find("LOCATION") == std::string::npos); // not asked for
        QVERIFY(text.find("Mill Lane") == std::string::npos);
        for (const auto& name : m_names)
            QVERIFY2(text.find(name) == std::string::npos, name.c_str());
        const std::string personRef =
            m_cb->sessions().view(m_cb->sessions().forReferral(a.id)->front().id)->attendees[0].personReference;
        QVERIFY(text.find(personRef + " - Face to face") != std::string::npos);
        QCOMPARE(std::filesystem::status(file).permissions() & std::filesystem::perms::others_read,
                 std::filesystem::perms::none);
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'calendar.exported' AND detail LIKE "
                        "'disclosure: 3 sessions%'"),
                 std::int64_t(1));
        // With locations, when the worker asks.
        options.includeLocation = true;
        options.utcTimes = true;
        QVERIFY(m_cb->sessions().exportCalendar(options, file));
        const std::string with = slurp(file);
        QVERIFY(with.find("LOCATION:Youth club\\, Mill Lane") != std::string::npos);
        QVERIFY(with.find("DTSTART:20260304T100000Z") != std::string::npos);
        // A caseworker cannot export the coordinator's calendar.
        auto casey = m_cb->users().add("casey", "long river walk at noon", Role::Caseworker);
        QVERIFY(casey);
        const Uuid coordinator = m_cb->user().id;
        m_cb.reset();
        auto cb = Casebook::open(m_dir->file("sessions.waymark"), "casey", "long river walk at noon", m_clock);
        QVERIFY(cb);
        options.worker = coordinator;
        auto refused = (*cb)->sessions().exportCalendar(options, m_dir->file("theirs.ics"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!std::filesystem::exists(m_dir->file("theirs.ics")));
        // A range that ends before it starts.
        options.worker.reset();
        options.to = ymd(2026, 3, 1);
        QCOMPARE((*cb)->sessions().exportCalendar(options, m_dir->file("x.ics")).error().rule,
                 std::string("before_from"));
    }
};

QTEST_GUILESS_MAIN(TestSessions)
#include "TestSessions.moc"
