// intervention_attendance and sessions_held (schema 18, core/store/ReportFacts.h), the derived
// facts outcomes by intervention and caseload read: after every kind of change the triggers must
// leave exactly
// what a rebuild from the sessions and attendees gives — attendance recorded and changed, an
// attendee removed (a tombstone), a session moved to another intervention, re-timed and
// re-timed again, a session tombstoned and deleted outright as sync or a repair might — and
// the report reads its enrolled interventions and minutes from it. Real SQLCipher casebook in a
// temp folder, through the Casebook door; generated people only.

#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/ReportFacts.h"
#include "tests/core/reports/OutcomeFixtures.h"

#include <QTest>

using namespace waymark;
using test::ymd;

namespace {

using Facts = std::map<std::string, std::pair<std::string, long long>>; // id hex -> first, minutes

Facts facts(Database& db)
{
    Facts out;
    Statement st(db, "SELECT hex(intervention_id), first_attended, attended_minutes FROM intervention_attendance");
    auto done = st.forEachRow([&] { out[st.text(0)] = {st.text(1), st.integer(2)}; });
    if (!done)
        qWarning("facts: %s", describe(done.error()).c_str());
    return out;
}

using Held = std::map<std::string, std::pair<std::string, long long>>; // session hex -> start, minutes

Held held(Database& db)
{
    Held out;
    Statement st(db, "SELECT hex(session_id), start, duration_minutes FROM sessions_held");
    auto done = st.forEachRow([&] { out[st.text(0)] = {st.text(1), st.integer(2)}; });
    if (!done)
        qWarning("held: %s", describe(done.error()).c_str());
    return out;
}

// Both tables as the triggers left them equal a rebuild from scratch; returns
// intervention_attendance.
Facts checkedFacts(Database& db, bool* same, Held* heldNow = nullptr)
{
    const Facts kept = facts(db);
    const Held keptHeld = held(db);
    *same = db.exec(report_facts::rebuildSql()).has_value() && facts(db) == kept && held(db) == keptHeld;
    if (heldNow)
        *heldNow = keptHeld;
    return kept;
}

std::string hexOf(const Uuid& id)
{
    std::string out;
    static const char* digits = "0123456789ABCDEF";
    for (auto b : id.bytes()) {
        out += digits[static_cast<unsigned char>(b) >> 4];
        out += digits[static_cast<unsigned char>(b) & 15];
    }
    return out;
}

} // namespace

class TestReportFacts : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<test::OutcomeScheme> m_s;
    Uuid m_r1, m_r2, m_p1, m_i1, m_i2, m_i3;

    Result<Session> session(const Uuid& referral, const Uuid& intervention, Date on, const std::string& attendance,
                            int minutes)
    {
        return m_s->addLinkedSession(referral, intervention, on, attendance, minutes);
    }

    Database& db() { return m_s->casebook->database(); }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_s = std::make_unique<test::OutcomeScheme>(m_dir->file("attendance.waymark"), ymd(2026, 3, 1));
        QVERIFY(m_s->casebook);
        m_r1 = m_s->acceptedReferral();
        m_r2 = m_s->acceptedReferral();
        QVERIFY(!m_r1.isNull() && !m_r2.isNull());
        auto r1 = m_s->casebook->referrals().view(m_r1);
        QVERIFY(r1.has_value());
        m_p1 = r1->personId;
        m_i1 = m_s->intervention(m_r1, "mentoring", {});
        m_i2 = m_s->intervention(m_r1, "family_support", {});
        m_i3 = m_s->intervention(m_r2, "mentoring", {});
        QVERIFY(!m_i1.isNull() && !m_i2.isNull() && !m_i3.isNull());
    }

    void attendanceKeepsTheFacts()
    {
        // Nothing attended yet: no row.
        auto missed = session(m_r1, m_i1, ymd(2026, 4, 10), "did_not_attend", 30);
        QVERIFY2(missed.has_value(), missed ? "" : describe(missed.error()).c_str());
        bool same = false;
        Held h;
        QVERIFY(checkedFacts(db(), &same, &h).empty());
        QVERIFY(same);
        QVERIFY(h.empty()); // nobody attended: not held

        auto first = session(m_r1, m_i1, ymd(2026, 4, 14), "attended", 60);
        auto second = session(m_r1, m_i1, ymd(2026, 4, 21), "attended", 45);
        QVERIFY(first && second);
        Facts f = checkedFacts(db(), &same);
        QVERIFY(same);
        QCOMPARE(f.size(), std::size_t(1));
        QCOMPARE(f[hexOf(m_i1)].second, 105LL);
        QVERIFY(f[hexOf(m_i1)].first.starts_with("2026-04-14T09:00:00"));

        // The missed session is recorded as attended after all: it is now the first.
        QVERIFY(m_s->casebook->sessions().recordAttendance(missed->id, m_p1, "attended").has_value());
        f = checkedFacts(db(), &same, &h);
        QVERIFY(same);
        QCOMPARE(h.size(), std::size_t(3));
        QCOMPARE(f[hexOf(m_i1)].second, 135LL);
        QVERIFY(f[hexOf(m_i1)].first.starts_with("2026-04-10"));

        // ... and then as cancelled by the young person: back to 14 April.
        QVERIFY(m_s->casebook->sessions().recordAttendance(missed->id, m_p1, "cancelled_by_young_person").has_value());
        f = checkedFacts(db(), &same, &h);
        QVERIFY(same);
        QCOMPARE(h.size(), std::size_t(2));
        QVERIFY(!h.contains(hexOf(missed->id)));
        QCOMPARE(f[hexOf(m_i1)].second, 105LL);
        QVERIFY(f[hexOf(m_i1)].first.starts_with("2026-04-14"));

        // The first attended session moves to the other intervention, 15 minutes longer.
        auto moved = m_s->casebook->sessions().view(first->id);
        QVERIFY(moved.has_value());
        Session edited = *moved;
        edited.interventionId = m_i2;
        edited.durationMinutes = 75;
        QVERIFY2(m_s->casebook->sessions().update(edited).has_value(), "update");
        f = checkedFacts(db(), &same, &h);
        QVERIFY(same);
        QCOMPARE(f[hexOf(m_i1)].second, 45LL);
        QVERIFY(f[hexOf(m_i1)].first.starts_with("2026-04-21"));
        QCOMPARE(f[hexOf(m_i2)].second, 75LL);
        QCOMPARE(h[hexOf(first->id)].second, 75LL); // the held session's new duration
    }

    void anotherYoungPersonsAttendanceDoesNotCount()
    {
        // A session linked to r2's intervention but attended by r1's young person only.
        auto s = session(m_r1, m_i3, ymd(2026, 4, 22), "attended", 50);
        QVERIFY2(s.has_value(), s ? "" : describe(s.error()).c_str());
        bool same = false;
        Facts f = checkedFacts(db(), &same);
        QVERIFY(same);
        QVERIFY(!f.contains(hexOf(m_i3)));
    }

    void tombstonesAndDeletesOutsideTheDoor()
    {
        // What a sync or a repair may do: a session tombstoned, an attendee deleted outright. The
        // latest of i1's sessions is its only attended one (21 April).
        Statement first(db(), "SELECT id FROM sessions WHERE intervention_id = ? AND deleted = 0 ORDER BY start DESC");
        first.bind(1, m_i1);
        auto row = first.step();
        QVERIFY(row && *row);
        const Uuid sessionId = first.uuid(0);
        first.reset();
        QVERIFY(db().exec("UPDATE sessions SET deleted = 1 WHERE id = x'" + hexOf(sessionId) + "'"));
        bool same = false;
        Held h;
        Facts f = checkedFacts(db(), &same, &h);
        QVERIFY(same);
        QVERIFY(!h.contains(hexOf(sessionId)));
        QVERIFY(!f.contains(hexOf(m_i1))); // its only attended session is gone
        QVERIFY(db().exec("UPDATE sessions SET deleted = 0 WHERE id = x'" + hexOf(sessionId) + "'"));
        f = checkedFacts(db(), &same);
        QVERIFY(same);
        QCOMPARE(f[hexOf(m_i1)].second, 45LL);
        QVERIFY(db().exec("DELETE FROM session_attendees WHERE session_id = x'" + hexOf(sessionId) + "'"));
        f = checkedFacts(db(), &same);
        QVERIFY(same);
        QVERIFY(!f.contains(hexOf(m_i1)));
        QVERIFY(f.contains(hexOf(m_i2)));
        QVERIFY(db().exec("DELETE FROM sessions WHERE intervention_id = x'" + hexOf(m_i2) + "'"));
        f = checkedFacts(db(), &same);
        QVERIFY(same);
        QVERIFY(f.empty());
    }

    void reportReadsTheFacts()
    {
        // Two attended sessions of r2's own intervention in May: enrolled in May, 80 minutes.
        QVERIFY(session(m_r2, m_i3, ymd(2026, 5, 5), "attended", 50).has_value());
        QVERIFY(session(m_r2, m_i3, ymd(2026, 5, 12), "attended", 30).has_value());
        m_s->setToday(ymd(2026, 6, 1));
        auto run =
            m_s->casebook->reports().run("outcomes-by-intervention", test::period(ymd(2026, 5, 1), ymd(2026, 5, 31)));
        QVERIFY2(run.has_value(), run ? "" : describe(run.error()).c_str());
        const ReportTable* t = run->table("outcomes");
        QVERIFY(t && t->totals);
        QCOMPARE(t->value(*t->totals, "enrolled").value_or(-1), 1.0);
        QCOMPARE(t->value(*t->totals, "contact_minutes").value_or(-1), 80.0);
        // April: r1's young person attended r2's intervention on 22 April, which does not
        // enrol it; every other April attendance was undone above.
        run = m_s->casebook->reports().run("outcomes-by-intervention", test::period(ymd(2026, 4, 1), ymd(2026, 4, 30)));
        QVERIFY(run.has_value());
        const ReportTable* april = run->table("outcomes");
        QVERIFY(april);
        QCOMPARE(april->totals ? april->value(*april->totals, "enrolled").value_or(0) : 0.0, 0.0);
        // Caseload in May: the two held sessions, 80 minutes (from sessions_held).
        auto caseload = m_s->casebook->reports().run("caseload", test::period(ymd(2026, 5, 1), ymd(2026, 5, 31)));
        QVERIFY2(caseload.has_value(), caseload ? "" : describe(caseload.error()).c_str());
        QVERIFY(!caseload->tables.empty());
        const ReportTable& c = caseload->tables.front();
        QVERIFY(c.totals);
        QCOMPARE(c.value(*c.totals, "sessions").value_or(-1), 2.0);
        QCOMPARE(c.value(*c.totals, "contact_minutes").value_or(-1), 80.0);
    }

    // The attack: with the database key, inflate a funder's figure by editing a derived table,
    // or drop a trigger so the facts go stale. verify's check names either.
    void checkFindsEditedFactsAndTriggers()
    {
        auto clean = report_facts::check(db());
        QVERIFY2(clean && clean->empty(), clean ? clean->c_str() : describe(clean.error()).c_str());
        QVERIFY(db().exec("UPDATE intervention_attendance SET attended_minutes = attended_minutes + 600"));
        auto edited = report_facts::check(db());
        QVERIFY(edited);
        QVERIFY2(edited->starts_with("intervention_attendance differs"), edited->c_str());
        QVERIFY(db().exec(report_facts::rebuildSql()));
        QVERIFY(db().exec("DELETE FROM sessions_held WHERE session_id = (SELECT min(session_id) FROM sessions_held)"));
        auto held = report_facts::check(db());
        QVERIFY(held);
        QVERIFY2(held->starts_with("sessions_held differs"), held->c_str());
        QVERIFY(db().exec(report_facts::rebuildSql()));
        QVERIFY(db().exec("DROP TRIGGER sessions_held_attendee_insert"));
        auto dropped = report_facts::check(db());
        QVERIFY(dropped);
        QVERIFY2(dropped->find("triggers") != std::string::npos, dropped->c_str());
        QVERIFY(db().exec(report_facts::dropSql() + report_facts::createSql() + report_facts::rebuildSql() +
                          report_facts::triggersSql()));
        auto mended = report_facts::check(db());
        QVERIFY2(mended && mended->empty(), mended ? mended->c_str() : "");
    }

    // A casebook of schema 17 (no facts, no triggers) gets both tables filled on opening, and
    // the triggers back.
    void upgradeFillsTheFacts()
    {
        bool same = false;
        Held h;
        const Facts f = checkedFacts(db(), &same, &h);
        QVERIFY(same);
        QVERIFY(!f.empty() && !h.empty());
        QVERIFY(db().exec(report_facts::dropSql()));
        QCOMPARE(test::scalar(
                     *m_s->casebook,
                     "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name != 'authority_rotations'"),
                 std::int64_t(0));
        QVERIFY(db().exec("PRAGMA user_version = 17"));
        m_s->casebook.reset();
        auto reopened = Casebook::open(m_dir->file("attendance.waymark"), test::kUser, test::kPassword);
        QVERIFY2(reopened, reopened ? "" : describe(reopened.error()).c_str());
        m_s->casebook = std::move(*reopened);
        QCOMPARE(m_s->casebook->info().schemaVersion, kSchemaVersion);
        QCOMPARE(test::scalar(
                     *m_s->casebook,
                     "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name != 'authority_rotations'"),
                 std::int64_t(14));
        QCOMPARE(facts(db()), f);
        QCOMPARE(held(db()), h);
    }
};

QTEST_GUILESS_MAIN(TestReportFacts)
#include "TestReportFacts.moc"
