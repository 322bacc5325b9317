// Restricted records through the Casebook door, desk by desk, on a real SQLCipher casebook: a
// caseworker not allocated to the restricted young person gets nothing of them from the People,
// Notes, Referrals, Tasks, Sessions, Timeline, Plans, Assessments and Outcomes desks (not in a
// list, a search, a count, nor by id), while the allocated caseworker and the coordinator do;
// intake gets only the marker count; writes are refused with nothing written (no change set,
// no data audit row); restrict / unrestrict are coordinators' and audited with the reason.

#include "core/Casebook.h"
#include "core/store/Database.h"
#include "tests/support/TestSupport.h"

#include <QTest>

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

bool hidden(const Error& e)
{
    return e.code == ErrorCode::NotFound;
}

} // namespace

class TestRestricted : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Casebook> m_cb; // coordinator
    Uuid m_restricted;
    Uuid m_plain;
    Uuid m_referral;
    Uuid m_note;
    Uuid m_task;
    std::string m_reference;

    std::unique_ptr<Casebook> openAs(const char* user, const char* password)
    {
        auto cb = Casebook::open(m_dir->file("r.waymark"), user, password, m_clock);
        if (!cb) {
            qCritical("open: %s", describe(cb.error()).c_str());
            return nullptr;
        }
        return std::move(*cb);
    }
    std::unique_ptr<Casebook> other() { return openAs("cara", "bright harbour lights at dusk"); }
    std::unique_ptr<Casebook> allocated() { return openAs("casey", "long river walk at noon"); }

private slots:
    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_clock = std::make_shared<FixedClock>(at(2026, 3, 2));
        m_cb = test::makeCasebook(m_dir->file("r.waymark"), test::kUser, test::kPassword, m_clock);
        QVERIFY(m_cb);
        auto plain = m_cb->people().create(test::samplePerson(1));
        QVERIFY(plain);
        m_plain = plain->person.id;
        auto person = m_cb->people().create(test::samplePerson(33)); // Tomasz Mockford, generated
        QVERIFY(person);
        m_restricted = person->person.id;
        m_reference = person->person.caseReference;
        auto casey = m_cb->users().add("casey", "long river walk at noon", Role::Caseworker, "Casey Worker");
        QVERIFY(casey);
        auto cara = m_cb->users().add("cara", "bright harbour lights at dusk", Role::Caseworker, "Cara Worker");
        QVERIFY(cara);
        QVERIFY(m_cb->users().add("audrey", "quiet garden path in may", Role::Auditor, "Audrey Auditor"));
        Referral r;
        r.personId = m_restricted;
        r.received = ymd(2026, 2, 27);
        r.source = "police";
        r.eventDate = ymd(2026, 2, 24);
        r.route = "community_resolution";
        auto made = m_cb->referrals().create(r);
        QVERIFY2(made, made ? "" : describe(made.error()).c_str());
        m_referral = made->id;
        QVERIFY(m_cb->referrals().allocate(m_referral, casey->id, ""));
        NoteInput n;
        n.referralId = m_referral;
        n.text = "Spoke with the family about Larkspur Close.";
        auto note = m_cb->notes().add(n);
        QVERIFY(note);
        m_note = note->id;
        Task t;
        t.personId = m_restricted;
        t.title = "Call back";
        t.due = ymd(2026, 3, 3);
        t.owner = cara->id;
        auto task = m_cb->tasks().add(t);
        QVERIFY(task);
        m_task = task->id;
        // Only coordinators restrict; a reason is needed.
        QCOMPARE(m_cb->people().setRestricted(m_restricted, true, " ").error().code, ErrorCode::InvalidInput);
        auto restricted = m_cb->people().setRestricted(m_restricted, true, "safeguarding plan");
        QVERIFY2(restricted, restricted ? "" : describe(restricted.error()).c_str());
        QVERIFY(restricted->flags.restricted);
    }

    void cleanup()
    {
        m_cb.reset();
        m_dir.reset();
    }

    void onlyCoordinatorsRestrict()
    {
        auto cw = allocated();
        QVERIFY(cw);
        QCOMPARE(cw->people().setRestricted(m_restricted, false, "mine now").error().code, ErrorCode::PermissionDenied);
        QCOMPARE(test::scalar(*m_cb, "SELECT count(*) FROM audit_log WHERE operation = 'person.restricted' AND "
                                     "detail = 'safeguarding plan'"),
                 1);
        // An edit keeps the flag: restricting is its own audited act.
        auto p = cw->people().view(m_restricted);
        QVERIFY(p);
        p->flags.restricted = false;
        p->givenName = "Tomos";
        auto saved = cw->people().update(*p);
        QVERIFY(saved);
        QVERIFY(saved->flags.restricted);
        // A caseworker cannot create a restricted record (they could not see it).
        Person draft = test::samplePerson(7);
        draft.flags.restricted = true;
        QCOMPARE(cw->people().create(draft).error().code, ErrorCode::PermissionDenied);
    }

    void peopleDesk()
    {
        auto cw = other();
        QVERIFY(cw);
        QVERIFY(hidden(cw->people().view(m_restricted).error()));
        QVERIFY(hidden(cw->people().viewByReference(m_reference).error()));
        QVERIFY(hidden(cw->people().lastSave(m_restricted).error()));
        for (const std::string& q : {std::string("Mockford"), std::string("Tomasz"), m_reference,
                                     m_reference.substr(m_reference.rfind('-') + 1), std::string("CF10")}) {
            auto found = cw->people().search(q);
            QVERIFY(found);
            for (const auto& s : *found)
                QVERIFY2(s.id != m_restricted, q.c_str());
        }
        auto page = cw->people().list(PersonListQuery{});
        QVERIFY(page);
        QCOMPARE(page->rows.size(), std::size_t(1));
        QCOMPARE(*cw->people().count(), 1);
        QCOMPARE(*cw->people().count(PersonFilter::Restricted), 0);
        QCOMPARE(*m_cb->people().count(), 2);
        QCOMPARE(*m_cb->people().count(PersonFilter::Restricted), 1);
        auto mine = allocated();
        QCOMPARE(*mine->people().count(PersonFilter::Restricted), 1);
        QVERIFY(mine->people().view(m_restricted));
        // Intake: the marker only.
        Person again = test::samplePerson(33);
        auto candidates = cw->people().duplicateCandidates(again);
        QVERIFY(candidates);
        QVERIFY(candidates->empty());
        QCOMPARE(*cw->people().restrictedMatches(again), 1);
        QCOMPARE(*mine->people().restrictedMatches(again), 0);
        QCOMPARE(mine->people().duplicateCandidates(again)->size(), std::size_t(1));
        // The auditor sees the aggregate-free lists without the person too.
        auto aud = openAs("audrey", "quiet garden path in may");
        QVERIFY(hidden(aud->people().view(m_restricted).error()));
        QCOMPARE(*aud->people().count(), 1);
    }

    void writesRefusedNothingWritten()
    {
        auto cw = other();
        QVERIFY(cw);
        const auto sets = test::scalar(*m_cb, "SELECT count(*) FROM change_set");
        const auto data = test::scalar(*m_cb, "SELECT count(*) FROM audit_log WHERE operation <> 'refused' AND "
                                              "operation NOT LIKE '%.viewed' AND operation NOT LIKE '%.listed' AND "
                                              "operation NOT LIKE '%.searched' AND operation NOT LIKE 'signin%'");
        auto p = m_cb->people().view(m_restricted);
        QVERIFY(p);
        p->givenName = "Changed";
        auto upd = cw->people().update(*p);
        QCOMPARE(upd.error().code, ErrorCode::PermissionDenied);
        QVERIFY(upd.error().detail.find("restricted") != std::string::npos);
        NoteInput n;
        n.personId = m_restricted;
        n.text = "x";
        QCOMPARE(cw->notes().add(n).error().code, ErrorCode::PermissionDenied);
        Note edit;
        edit.id = m_note;
        edit.text = "y";
        QCOMPARE(cw->notes().edit(edit).error().code, ErrorCode::PermissionDenied);
        Task t;
        t.personId = m_restricted;
        t.title = "t";
        t.due = ymd(2026, 3, 9);
        QCOMPARE(cw->tasks().add(t).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(cw->tasks().complete(m_task).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(cw->referrals().take(m_referral).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(cw->referrals().startScreening(m_referral).error().code, ErrorCode::PermissionDenied);
        Referral r;
        r.personId = m_restricted;
        r.received = ymd(2026, 3, 1);
        r.source = "police";
        r.eventDate = ymd(2026, 2, 28);
        r.route = "community_resolution";
        QCOMPARE(cw->referrals().create(r).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(test::scalar(*m_cb, "SELECT count(*) FROM change_set"), sets);
        QCOMPARE(test::scalar(*m_cb, "SELECT count(*) FROM audit_log WHERE operation <> 'refused' AND "
                                     "operation NOT LIKE '%.viewed' AND operation NOT LIKE '%.listed' AND "
                                     "operation NOT LIKE '%.searched' AND operation NOT LIKE 'signin%'"),
                 data);
        QVERIFY(test::scalar(*m_cb, "SELECT count(*) FROM audit_log WHERE operation = 'refused' AND "
                                    "detail = 'restricted record'") >= 8);
        QCOMPARE(m_cb->people().view(m_restricted)->givenName, std::string("Tomasz"));
    }

    void notesDesk()
    {
        auto cw = other();
        QVERIFY(hidden(cw->notes().view(m_note).error()));
        NoteSearchQuery q;
        q.text = "Larkspur";
        QVERIFY(cw->notes().search(q)->rows.empty());
        QCOMPARE(m_cb->notes().search(q)->rows.size(), std::size_t(1));
        QCOMPARE(allocated()->notes().search(q)->rows.size(), std::size_t(1));
        NoteListQuery l;
        l.personId = m_restricted;
        QVERIFY(cw->notes().list(l)->rows.empty());
        QCOMPARE(*cw->notes().count(l), 0);
        QCOMPARE(*m_cb->notes().count(l), 1);
    }

    void referralsDesk()
    {
        auto cw = other();
        QVERIFY(hidden(cw->referrals().view(m_referral).error()));
        QVERIFY(hidden(cw->referrals().detail(m_referral).error()));
        QVERIFY(hidden(cw->referrals().history(m_referral).error()));
        QVERIFY(hidden(cw->referrals().forPerson(m_restricted).error()));
        QVERIFY(cw->referrals().list(ReferralListQuery{})->rows.empty());
        QCOMPARE(*cw->referrals().count(ReferralListQuery{}), 0);
        QCOMPARE(*m_cb->referrals().count(ReferralListQuery{}), 1);
        QCOMPARE(allocated()->referrals().list(ReferralListQuery{})->rows.size(), std::size_t(1));
    }

    void tasksDesk()
    {
        auto cw = other();
        QVERIFY(hidden(cw->tasks().view(m_task).error()));
        TaskQuery q;
        QVERIFY(cw->tasks().list(q)->empty());
        QCOMPARE(*cw->tasks().count(q), 0);
        auto work = cw->tasks().myWork();
        QVERIFY(work);
        QVERIFY(work->rows.empty()); // the task is cara's own, yet it is under the restricted person
        QVERIFY(!m_cb->tasks().list(q)->empty());
    }

    void timelineAndOtherDesks()
    {
        auto cw = other();
        TimelineQuery q;
        q.personId = m_restricted;
        QVERIFY(hidden(cw->timeline().page(q).error()));
        QVERIFY(hidden(cw->timeline().header(m_restricted).error()));
        QVERIFY(m_cb->timeline().page(q));
        QVERIFY(allocated()->timeline().page(q));
        QVERIFY(hidden(cw->plans().show(m_referral).error()));
        QVERIFY(hidden(cw->assessments().forReferral(m_referral).error()));
        QVERIFY(hidden(cw->assessments().forPerson(m_restricted).error()));
        QVERIFY(hidden(cw->outcomes().show(m_referral).error()));
        QVERIFY(hidden(cw->sessions().forPerson(m_restricted).error()) ||
                cw->sessions().forPerson(m_restricted)->empty());
    }

    void myWorkCountsLeaveItOut()
    {
        // The referral is casey's and awaits screening: another caseworker asking for casey's
        // counts does not count it; casey and the coordinator do.
        const Uuid casey = allocated()->user().id;
        auto cw = other();
        auto theirs = cw->referrals().myWork(casey);
        QVERIFY(theirs);
        QCOMPARE(theirs->totals.awaitingScreening, 0);
        QCOMPARE(theirs->totals.decisionsDue + theirs->totals.decisionsOverdue, 0);
        auto own = allocated()->referrals().myWork(std::nullopt);
        QVERIFY(own);
        QCOMPARE(own->totals.awaitingScreening, 1);
        auto team = m_cb->referrals().myWork(std::nullopt);
        QVERIFY(team);
        QCOMPARE(team->totals.awaitingScreening, 1);
        auto aud = openAs("audrey", "quiet garden path in may");
        QCOMPARE(aud->referrals().myWork(casey)->totals.awaitingScreening, 0);
    }

    void draftsOfTheRecordLeftOut()
    {
        // cara began a note while the record was open to her; once it is restricted her draft
        // (whose title names the person) is neither listed nor opened.
        QVERIFY(m_cb->people().setRestricted(m_restricted, false, "for the draft"));
        auto cw = other();
        Draft d;
        d.form = std::string(kNoteDraftForm);
        d.recordId = m_referral;
        d.title = "Tomasz Mockford";
        d.payload = "Met at Larkspur Close";
        d.needs = Action::NoteWrite;
        QVERIFY(cw->drafts().save(d));
        Draft personDraft = d;
        personDraft.form = "person";
        personDraft.recordId = m_restricted;
        personDraft.needs = Action::PersonUpdate;
        QVERIFY(cw->drafts().save(personDraft));
        QCOMPARE(cw->drafts().list()->size(), std::size_t(2));
        QVERIFY(m_cb->people().setRestricted(m_restricted, true, "again"));
        auto listed = cw->drafts().list();
        QVERIFY(listed);
        QVERIFY(listed->empty());
        QVERIFY(hidden(cw->drafts().load(kNoteDraftForm, m_referral).error()));
        QVERIFY(hidden(cw->drafts().load("person", m_restricted).error()));
        // The allocated caseworker's own draft stays hers.
        auto mine = allocated();
        QVERIFY(mine->drafts().save(d));
        QCOMPARE(mine->drafts().list()->size(), std::size_t(1));
        auto loaded = mine->drafts().load(kNoteDraftForm, m_referral);
        QVERIFY(loaded && *loaded);
    }

    void sessionNotOpenedById()
    {
        // A session run by cara with the restricted person attending: not in her lists, and
        // not opened, changed or marked by its id either.
        const Uuid cara = other()->user().id;
        Session s;
        s.start = londonToUtc(LocalDateTime{ymd(2026, 3, 4), 10 * 60}).value();
        s.type = "face_to_face";
        s.location = "Larkspur Close";
        s.worker = cara;
        SessionAttendee a;
        a.referralId = m_referral;
        s.attendees.push_back(a);
        auto added = m_cb->sessions().add(s);
        QVERIFY2(added, added ? "" : describe(added.error()).c_str());
        auto cw = other();
        SessionQuery q;
        QVERIFY(cw->sessions().list(q)->empty());
        QVERIFY(hidden(cw->sessions().view(added->id).error()));
        Session edited = *added;
        edited.location = "elsewhere";
        edited.attendees.clear();
        QVERIFY(!cw->sessions().update(edited));
        QVERIFY(hidden(cw->sessions().update(edited).error()));
        QVERIFY(hidden(cw->sessions().recordAttendance(added->id, m_restricted, "cancelled_by_staff").error()));
        QCOMPARE(m_cb->sessions().view(added->id)->location, std::string("Larkspur Close"));
        QCOMPARE(m_cb->sessions().view(added->id)->attendees.size(), std::size_t(1));
        QVERIFY(allocated()->sessions().view(added->id));
        QVERIFY(test::scalar(*m_cb, "SELECT count(*) FROM audit_log WHERE operation = 'refused' AND "
                                    "record_type = 'session' AND detail = 'restricted record'") >= 3);
    }

    void allocationAndRoleFollowNow()
    {
        // Unrestricting gives the record back at once; so does a role change to coordinator.
        auto cw = other();
        QVERIFY(hidden(cw->people().view(m_restricted).error()));
        QVERIFY(m_cb->users().setRole("cara", Role::Coordinator));
        QVERIFY(cw->people().view(m_restricted));
        QVERIFY(m_cb->users().setRole("cara", Role::Caseworker));
        QVERIFY(hidden(cw->people().view(m_restricted).error()));
        QVERIFY(m_cb->people().setRestricted(m_restricted, false, "plan ended"));
        QVERIFY(cw->people().view(m_restricted));
        QCOMPARE(test::scalar(*m_cb, "SELECT count(*) FROM audit_log WHERE operation = 'person.unrestricted'"), 1);
    }
};

QTEST_GUILESS_MAIN(TestRestricted)
#include "TestRestricted.moc"
