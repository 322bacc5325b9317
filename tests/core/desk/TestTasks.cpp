// The Tasks desk through the Casebook door, on real SQLCipher casebooks in temp folders:
// adding (validation, owner rules, the referral's person), done / undo / reassign and who may
// do them, the lists (mine, person, referral, due, overdue), clock tasks appearing and going
// with the assessment clock, My work's task counts, and the change log and audit rows.

#include "core/Casebook.h"
#include "core/store/ChangeLog.h"
#include "core/store/Database.h"
#include "core/store/TaskStore.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include <set>

using namespace waymark;

namespace {

std::chrono::system_clock::time_point at(int y, int m, int d)
{
    using namespace std::chrono;
    return sys_days{year{y} / month{static_cast<unsigned>(m)} / day{static_cast<unsigned>(d)}} + hours{12};
}

Date ymd(int y, int m, int d)
{
    return Date::fromYmd(y, m, d).value();
}

std::set<std::string> columnSet(Database& db, const std::string& table)
{
    std::set<std::string> out;
    Statement st(db, "SELECT name FROM pragma_table_info('" + table + "')");
    (void)st.forEachRow([&] { out.insert(st.text(0)); });
    return out;
}

} // namespace

class TestTasks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Casebook> m_cb;
    Uuid m_person;
    Uuid m_other;
    Uuid m_casey; // caseworker
    Uuid m_cara;  // another caseworker
    Uuid m_audrey;

    std::int64_t scalar(const std::string& sql) { return test::scalar(*m_cb, sql); }

    std::unique_ptr<Casebook> openAs(const char* user, const char* password)
    {
        auto cb = Casebook::open(m_dir->file("tasks.waymark"), user, password, m_clock);
        if (!cb) {
            qCritical("open: %s", describe(cb.error()).c_str());
            return nullptr;
        }
        return std::move(*cb);
    }

    Task draft(const char* title, Date due, Uuid owner = {})
    {
        Task t;
        t.personId = m_person;
        t.title = title;
        t.due = due;
        t.owner = owner;
        return t;
    }

    Referral referral(Uuid person, Date received)
    {
        Referral r;
        r.personId = person;
        r.received = received;
        r.source = "police";
        r.eventDate = received.addDays(-3);
        r.route = "community_resolution";
        return r;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_clock = std::make_shared<FixedClock>(at(2026, 3, 2)); // a Monday
        m_cb = test::makeCasebook(m_dir->file("tasks.waymark"), test::kUser, test::kPassword, m_clock);
        QVERIFY(m_cb);
        auto person = m_cb->people().create(test::samplePerson(1));
        QVERIFY(person);
        m_person = person->person.id;
        auto other = m_cb->people().create(test::samplePerson(2));
        QVERIFY(other);
        m_other = other->person.id;
        auto casey = m_cb->users().add("casey", "long river walk at noon", Role::Caseworker, "Casey Worker");
        QVERIFY(casey);
        m_casey = casey->id;
        auto cara = m_cb->users().add("cara", "bright harbour lights at dusk", Role::Caseworker, "Cara Worker");
        QVERIFY(cara);
        m_cara = cara->id;
        auto audrey = m_cb->users().add("audrey", "quiet garden path in may", Role::Auditor, "Audrey Auditor");
        QVERIFY(audrey);
        m_audrey = audrey->id;
    }

    void cleanup()
    {
        m_cb.reset();
        m_dir.reset();
    }

    void tableIsItsColumnTable()
    {
        auto described = TaskStore::columnNames();
        std::set<std::string> expected(described.begin(), described.end());
        expected.insert({"id", "updated_hlc", "deleted"});
        QCOMPARE(columnSet(m_cb->database(), "tasks"), expected);
        QCOMPARE(scalar("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('tasks_owner', "
                        "'tasks_person')"),
                 std::int64_t(2));
        // My work's reading walks the owner index; the timeline's the person index.
        Statement plan(m_cb->database(), "EXPLAIN QUERY PLAN SELECT id FROM tasks WHERE owner_id = x'00' AND "
                                         "done_at IS NULL AND due <= '2026-01-01' AND deleted = 0");
        std::string detail;
        (void)plan.forEachRow([&] { detail += plan.text(3); });
        QVERIFY2(detail.find("tasks_owner") != std::string::npos, detail.c_str());
    }

    void addSavesLogsAndAudits()
    {
        const auto recordsBefore = scalar("SELECT coalesce(max(seq), 0) FROM change_record");
        auto added = m_cb->tasks().add(draft("  Ring the school  ", ymd(2026, 3, 4)));
        QVERIFY2(added, added ? "" : describe(added.error()).c_str());
        QVERIFY(!added->id.isNull());
        QCOMPARE(added->title, std::string("Ring the school"));
        QCOMPARE(added->owner, m_cb->user().id); // default: the signed-in user
        QCOMPARE(added->createdBy, m_cb->user().id);
        QCOMPARE(added->source, std::string("manual"));
        QVERIFY(!added->isDone());
        QCOMPARE(scalar("SELECT count(*) FROM change_record WHERE seq > " + std::to_string(recordsBefore)),
                 std::int64_t(1));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'task.created'"), std::int64_t(1));
        // The title is personal free text: never in the audit trail.
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE detail LIKE '%school%'"), std::int64_t(0));
        auto viewed = m_cb->tasks().view(added->id);
        QVERIFY(viewed);
        QCOMPARE(viewed->title, added->title);
        QCOMPARE(viewed->due, ymd(2026, 3, 4));
        QCOMPARE(viewed->updatedHlc, added->updatedHlc);
    }

    void addValidates()
    {
        auto noTitle = m_cb->tasks().add(draft("   ", ymd(2026, 3, 4)));
        QVERIFY(!noTitle);
        QCOMPARE(noTitle.error().field, std::string("title"));
        QCOMPARE(noTitle.error().rule, std::string("required"));
        auto longTitle = m_cb->tasks().add(draft(std::string(201, 'a').c_str(), ymd(2026, 3, 4)));
        QVERIFY(!longTitle);
        QCOMPARE(longTitle.error().rule, std::string("too_long"));
        auto lineBreak = m_cb->tasks().add(draft("two\nlines", ymd(2026, 3, 4)));
        QVERIFY(!lineBreak);
        QCOMPARE(lineBreak.error().rule, std::string("line_break"));
        auto noDue = m_cb->tasks().add(draft("Ring", Date{}));
        QVERIFY(!noDue);
        QCOMPARE(noDue.error().field, std::string("due"));
        Task noPerson = draft("Ring", ymd(2026, 3, 4));
        noPerson.personId = {};
        QVERIFY(!m_cb->tasks().add(noPerson));
        // The owner must be an active caseworker or coordinator.
        auto auditorOwner = m_cb->tasks().add(draft("Ring", ymd(2026, 3, 4), m_audrey));
        QVERIFY(!auditorOwner);
        QCOMPARE(auditorOwner.error().rule, std::string("not_a_worker"));
        auto nobody = m_cb->tasks().add(draft("Ring", ymd(2026, 3, 4), Uuid::v7(at(2026, 1, 1))));
        QVERIFY(!nobody);
        QCOMPARE(nobody.error().rule, std::string("unknown_user"));
        // The referral must be the person's.
        auto other = m_cb->referrals().create(referral(m_other, ymd(2026, 3, 2)));
        QVERIFY(other);
        Task wrong = draft("Ring", ymd(2026, 3, 4));
        wrong.referralId = other->id;
        auto refused = m_cb->tasks().add(wrong);
        QVERIFY(!refused);
        QCOMPARE(refused.error().rule, std::string("other_person"));
        QCOMPARE(scalar("SELECT count(*) FROM tasks"), std::int64_t(0));
    }

    void doneUndoAndReassign()
    {
        auto t = m_cb->tasks().add(draft("Visit", ymd(2026, 3, 4), m_casey));
        QVERIFY(t);
        m_clock->advance(std::chrono::hours(1));
        auto done = m_cb->tasks().complete(t->id);
        QVERIFY2(done, done ? "" : describe(done.error()).c_str());
        QVERIFY(done->isDone());
        QCOMPARE(done->doneBy, m_cb->user().id);
        QVERIFY(!m_cb->tasks().complete(t->id)); // already done
        auto undone = m_cb->tasks().reopen(t->id);
        QVERIFY(undone);
        QVERIFY(!undone->isDone());
        QVERIFY(undone->doneBy.isNull());
        QVERIFY(!m_cb->tasks().reopen(t->id)); // not done
        auto moved = m_cb->tasks().reassign(t->id, m_cara);
        QVERIFY(moved);
        QCOMPARE(moved->owner, m_cara);
        auto toAuditor = m_cb->tasks().reassign(t->id, m_audrey);
        QVERIFY(!toAuditor);
        QCOMPARE(toAuditor.error().rule, std::string("not_a_worker"));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation IN ('task.done', 'task.reopened', "
                        "'task.reassigned')"),
                 std::int64_t(3));
        QVERIFY(!m_cb->tasks().complete(Uuid::v7(at(2026, 1, 1)))); // no such task
        auto clock = m_cb->tasks().complete(Uuid{});
        QVERIFY(!clock);
        QCOMPARE(clock.error().rule, std::string("clock_task"));
    }

    void onlyOwnerCreatorOrCoordinatorChangesATask()
    {
        auto theirs = m_cb->tasks().add(draft("Cara's visit", ymd(2026, 3, 4), m_cara));
        QVERIFY(theirs);
        m_cb.reset();
        auto casey = openAs("casey", "long river walk at noon");
        QVERIFY(casey);
        const auto refusedBefore = test::scalar(*casey, "SELECT count(*) FROM audit_log WHERE operation = 'refused'");
        auto done = casey->tasks().complete(theirs->id);
        QVERIFY(!done);
        QCOMPARE(done.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(done.error().rule, std::string("not_owner"));
        auto moved = casey->tasks().reassign(theirs->id, m_casey);
        QVERIFY(!moved);
        QCOMPARE(test::scalar(*casey, "SELECT count(*) FROM audit_log WHERE operation = 'refused'"), refusedBefore + 2);
        // Casey's own task, given to Cara: Casey made it, so Casey may still change it.
        auto mine = casey->tasks().add(draft("Casey's note to Cara", ymd(2026, 3, 5), m_cara));
        QVERIFY2(mine, mine ? "" : describe(mine.error()).c_str());
        QVERIFY(casey->tasks().complete(mine->id));
        casey.reset();
        auto cara = openAs("cara", "bright harbour lights at dusk");
        QVERIFY(cara);
        QVERIFY(cara->tasks().complete(theirs->id));
        cara.reset();
        auto audrey = openAs("audrey", "quiet garden path in may");
        QVERIFY(audrey);
        auto seen = audrey->tasks().list(TaskQuery{});
        QVERIFY(!seen);
        QCOMPARE(seen.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!audrey->tasks().add(draft("x", ymd(2026, 3, 5))));
    }

    void listsFilterByOwnerPersonReferralAndDue()
    {
        auto ref = m_cb->referrals().create(referral(m_person, ymd(2026, 2, 2)));
        QVERIFY(ref);
        // Keep the referral's clock task out of this count: decline it.
        QVERIFY(m_cb->referrals().startScreening(ref->id));
        QVERIFY(m_cb->referrals().decide(ref->id, "declined", "programme_full", {}));
        Task onReferral = draft("Letter", ymd(2026, 2, 27), m_casey); // overdue (today 2 March)
        onReferral.referralId = ref->id;
        QVERIFY(m_cb->tasks().add(onReferral));
        QVERIFY(m_cb->tasks().add(draft("Call", ymd(2026, 3, 2), m_casey)));   // due today
        QVERIFY(m_cb->tasks().add(draft("Meet", ymd(2026, 3, 9), m_casey)));   // due in 7 days
        QVERIFY(m_cb->tasks().add(draft("Later", ymd(2026, 3, 10), m_casey))); // not due yet
        QVERIFY(m_cb->tasks().add(draft("Mine", ymd(2026, 3, 1))));            // coordinator's, overdue
        Task elsewhere = draft("Other person", ymd(2026, 3, 3), m_casey);
        elsewhere.personId = m_other;
        QVERIFY(m_cb->tasks().add(elsewhere));
        auto done = m_cb->tasks().add(draft("Done already", ymd(2026, 2, 20), m_casey));
        QVERIFY(done);
        QVERIFY(m_cb->tasks().complete(done->id));

        const auto titles = [&](TaskQuery q) {
            std::vector<std::string> out;
            auto rows = m_cb->tasks().list(q);
            if (!rows) {
                qWarning("%s", describe(rows.error()).c_str());
                return out;
            }
            for (const auto& r : *rows)
                out.push_back(r.task.title);
            auto n = m_cb->tasks().count(q);
            if (!n || *n != static_cast<std::int64_t>(out.size()))
                out.push_back("count disagrees");
            return out;
        };
        using V = std::vector<std::string>;
        TaskQuery q;
        q.owner = m_casey;
        QCOMPARE(titles(q), (V{"Letter", "Call", "Other person", "Meet", "Later"})); // open, earliest first
        q.when = TaskWhen::Any;
        QCOMPARE(titles(q).size(), std::size_t(6));
        q.when = TaskWhen::Overdue;
        QCOMPARE(titles(q), (V{"Letter"}));
        q.when = TaskWhen::Due;
        QCOMPARE(titles(q), (V{"Call", "Other person", "Meet"}));
        q.when = TaskWhen::DueOrOverdue;
        QCOMPARE(titles(q), (V{"Letter", "Call", "Other person", "Meet"}));
        TaskQuery mine;
        mine.mine = true;
        QCOMPARE(titles(mine), (V{"Mine"}));
        TaskQuery person;
        person.personId = m_other;
        QCOMPARE(titles(person), (V{"Other person"}));
        TaskQuery onRef;
        onRef.referralId = ref->id;
        onRef.when = TaskWhen::Any;
        QCOMPARE(titles(onRef), (V{"Letter"}));
        auto rows = m_cb->tasks().list(onRef);
        QVERIFY(rows && rows->size() == 1);
        QCOMPARE(rows->front().referralReference, ref->reference);
        QCOMPARE(rows->front().ownerName, std::string("Casey Worker"));
        QVERIFY(rows->front().overdue);
        QVERIFY(!rows->front().personReference.empty());
    }

    void clockTasksComeAndGoWithTheAssessmentClock()
    {
        // Received Monday 2 March: assessment due 15 working days later, Monday 23 March.
        auto ref = m_cb->referrals().create(referral(m_person, ymd(2026, 3, 2)));
        QVERIFY(ref);
        TaskQuery forCasey;
        forCasey.owner = m_casey;
        auto none = m_cb->tasks().list(forCasey);
        QVERIFY(none && none->empty()); // unallocated: nobody's task yet
        QVERIFY(m_cb->referrals().allocate(ref->id, m_casey, {}));
        auto one = m_cb->tasks().list(forCasey);
        QVERIFY(one);
        QCOMPARE(one->size(), std::size_t(1));
        const TaskSummary& clock = one->front();
        QCOMPARE(clock.task.source, std::string("assessment_due"));
        QVERIFY(clock.task.fromClock());
        QVERIFY(clock.task.id.isNull());
        QCOMPARE(clock.task.referralId, ref->id);
        QCOMPARE(clock.task.personId, m_person);
        QCOMPARE(clock.task.due, ymd(2026, 3, 23));
        QCOMPARE(clock.referralReference, ref->reference);

        // Not yet due on 2 March; due from 16 March; overdue from 24 March; on My work throughout.
        QCOMPARE(m_cb->tasks().myWork(m_casey)->rows.size(), std::size_t(0));
        m_clock->set(at(2026, 3, 16));
        auto work = m_cb->tasks().myWork(m_casey);
        QVERIFY(work);
        QCOMPARE(work->rows.size(), std::size_t(1));
        QCOMPARE(work->due, std::int64_t(1));
        QCOMPARE(work->overdue, std::int64_t(0));
        m_clock->set(at(2026, 3, 24));
        work = m_cb->tasks().myWork(m_casey);
        QVERIFY(work);
        QCOMPARE(work->overdue, std::int64_t(1));
        QVERIFY(work->rows.front().overdue);

        // Re-allocating moves it: it follows the referral.
        QVERIFY(m_cb->referrals().allocate(ref->id, m_cara, "cover"));
        QCOMPARE(m_cb->tasks().myWork(m_casey)->rows.size(), std::size_t(0));
        QCOMPARE(m_cb->tasks().myWork(m_cara)->rows.size(), std::size_t(1));

        // The clock stops (here: the referral is declined): the task is gone, nothing stored.
        QVERIFY(m_cb->referrals().startScreening(ref->id));
        QVERIFY(m_cb->referrals().decide(ref->id, "declined", "programme_full", {}));
        QCOMPARE(m_cb->tasks().myWork(m_cara)->rows.size(), std::size_t(0));
        QCOMPARE(scalar("SELECT count(*) FROM tasks"), std::int64_t(0));
        TaskQuery any;
        any.when = TaskWhen::Any;
        QVERIFY(m_cb->tasks().list(any)->empty());
    }

    void myWorkListsDueAndOverdueEarliestFirst()
    {
        for (int i = 0; i < 60; ++i)
            QVERIFY(m_cb->tasks().add(draft("Bulk", ymd(2026, 2, 1).addDays(i))));
        // Due dates 1 Feb .. 1 April; today 2 March: 29 overdue (1..28 Feb, 1 Mar), 8 due (2..9 Mar).
        auto work = m_cb->tasks().myWork();
        QVERIFY(work);
        QCOMPARE(work->overdue, std::int64_t(29));
        QCOMPARE(work->due, std::int64_t(8));
        QCOMPARE(work->rows.size(), std::size_t(37));
        QCOMPARE(work->rows.front().task.due, ymd(2026, 2, 1));
        QCOMPARE(work->rows.back().task.due, ymd(2026, 3, 9));
        for (std::size_t i = 1; i < work->rows.size(); ++i)
            QVERIFY(work->rows[i - 1].task.due <= work->rows[i].task.due);
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'task.my_work'"), std::int64_t(1));
    }
};

QTEST_GUILESS_MAIN(TestTasks)
#include "TestTasks.moc"
