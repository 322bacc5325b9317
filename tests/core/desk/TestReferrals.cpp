// The Referrals desk through the Casebook door, on real SQLCipher casebooks in temp folders:
// intake, edits, every workflow step (and illegal ones), allocation, taking, first contact,
// eligibility override, police reference uniqueness, the queue's pages and My work's counts.

#include "core/Casebook.h"
#include "core/calendar/WorkingCalendar.h"
#include "core/domain/ReferralClocks.h"
#include "core/store/AuditLog.h"
#include "core/store/ChangeLog.h"
#include "core/store/Database.h"
#include "core/store/ReferralStore.h"
#include "tests/support/TestSupport.h"

#include <QRegularExpression>
#include <QTest>

#include <map>
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

} // namespace

class TestReferrals : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Casebook> m_cb;
    Uuid m_person;
    Uuid m_casey;  // caseworker
    Uuid m_audrey; // auditor

    std::int64_t scalar(const std::string& sql) { return test::scalar(*m_cb, sql); }

    Referral draft(int i = 0)
    {
        Referral r;
        r.personId = m_person;
        r.received = ymd(2026, 3, 2).addDays(-i % 20);
        r.source = i % 3 ? "school" : "police";
        r.eventDate = r.received.addDays(-7);
        r.route = i % 2 ? "community_resolution" : "outcome_22";
        r.offenceCategory = "theft";
        r.risk = "low";
        return r;
    }

    std::unique_ptr<Casebook> openAs(const char* user, const char* password)
    {
        auto cb = Casebook::open(m_dir->file("referrals.waymark"), user, password, m_clock);
        if (!cb) {
            qCritical("open: %s", describe(cb.error()).c_str());
            return nullptr;
        }
        return std::move(*cb);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_clock = std::make_shared<FixedClock>(at(2026, 3, 2)); // a Monday
        m_cb = test::makeCasebook(m_dir->file("referrals.waymark"), test::kUser, test::kPassword, m_clock);
        QVERIFY(m_cb);
        auto person = m_cb->people().create(test::samplePerson(1));
        QVERIFY(person);
        m_person = person->person.id;
        auto casey = m_cb->users().add("casey", "long river walk at noon", Role::Caseworker, "Casey Worker");
        QVERIFY2(casey, casey ? "" : describe(casey.error()).c_str());
        m_casey = casey->id;
        auto audrey = m_cb->users().add("audrey", "quiet garden path in may", Role::Auditor, "Audrey Auditor");
        QVERIFY(audrey);
        m_audrey = audrey->id;
    }

    void cleanup()
    {
        m_cb.reset();
        m_dir.reset();
    }

    void createAssignsReferenceDueDatesAndLogs()
    {
        const auto recordsBefore = scalar("SELECT coalesce(max(seq), 0) FROM change_record");
        auto created = m_cb->referrals().create(draft());
        QVERIFY2(created, created ? "" : describe(created.error()).c_str());
        const Referral& r = *created;
        QVERIFY(!r.id.isNull());
        QVERIFY(QString::fromStdString(r.reference)
                    .contains(QRegularExpression(QStringLiteral("^RF-[2-9A-Z]{4}-2026-00001$"))));
        QCOMPARE(r.state, ReferralState::Received);
        QCOMPARE(r.consent, std::string("not_asked"));
        // Monday 2 March 2026 + 10 working days = Monday 16 March; + 5 = Monday 9 March.
        QCOMPARE(r.decisionDue, ymd(2026, 3, 16));
        QCOMPARE(r.firstContactDue, ymd(2026, 3, 9));
        QCOMPARE(r.assessmentDue, ymd(2026, 3, 23));
        QCOMPARE(r.repeatOrdinal, 1);
        QVERIFY(!r.updatedHlc.empty());
        // One change set: the referral's record and its "created" history row.
        QCOMPARE(scalar("SELECT count(*) FROM change_record WHERE seq > " + std::to_string(recordsBefore)),
                 std::int64_t(2));
        QCOMPARE(
            scalar("SELECT count(DISTINCT set_seq) FROM change_record WHERE seq > " + std::to_string(recordsBefore)),
            std::int64_t(1));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'referral.created' AND "
                        "detail = 'collection'"),
                 std::int64_t(1));
        auto viewed = m_cb->referrals().view(r.id);
        QVERIFY(viewed);
        QCOMPARE(viewed->reference, r.reference);
        QCOMPARE(viewed->updatedHlc, r.updatedHlc);
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'referral.viewed' AND "
                        "detail = 'consultation'"),
                 std::int64_t(1));
        auto byRef = m_cb->referrals().viewByReference(QString::fromStdString(r.reference).toLower().toStdString());
        QVERIFY(byRef);
        QCOMPARE(byRef->id, r.id);
        // The same person again the same day, then again: the 3rd in 12 months is the trigger.
        auto second = m_cb->referrals().create(draft());
        QVERIFY(second);
        QVERIFY(second->reference.ends_with("-00002"));
        QCOMPARE(second->repeatOrdinal, 2);
        auto third = m_cb->referrals().create(draft());
        QVERIFY(third);
        QCOMPARE(third->repeatOrdinal, 3);
        auto detail = m_cb->referrals().detail(third->id);
        QVERIFY(detail);
        QVERIFY(detail->repeatTrigger);
        QCOMPARE(detail->history.size(), std::size_t(1));
        QCOMPARE(detail->history.front().kind, std::string("created"));
        QCOMPARE(detail->history.front().byName, std::string("Test Coordinator"));
    }

    void intakeIsValidated()
    {
        Referral noSource = draft();
        noSource.source.clear();
        auto r = m_cb->referrals().create(noSource);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Validation);
        QCOMPARE(r.error().field, std::string("source"));
        Referral future = draft();
        future.received = ymd(2026, 3, 3);
        r = m_cb->referrals().create(future);
        QVERIFY(!r);
        QCOMPARE(r.error().field, std::string("received"));
        Referral nobody = draft();
        nobody.personId = Uuid::v7(m_clock->now());
        r = m_cb->referrals().create(nobody);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QCOMPARE(scalar("SELECT count(*) FROM referrals"), std::int64_t(0));
    }

    void updateChangesFactsAndRefusesStaleCopies()
    {
        auto created = m_cb->referrals().create(draft());
        QVERIFY(created);
        Referral edited = *created;
        edited.risk = "high";
        edited.referrerName = "Sergeant Example";
        edited.state = ReferralState::Accepted; // not a fact: ignored by update
        const auto recordsBefore = scalar("SELECT coalesce(max(seq), 0) FROM change_record");
        auto updated = m_cb->referrals().update(edited);
        QVERIFY2(updated, updated ? "" : describe(updated.error()).c_str());
        QCOMPARE(updated->risk, std::string("high"));
        QCOMPARE(updated->state, ReferralState::Received);
        QVERIFY(updated->updatedHlc > created->updatedHlc);
        // Only the changed columns are logged.
        std::set<std::string> columns;
        for (const auto& v : test::loggedValues(m_cb->database(), recordsBefore))
            if (v.table == "referrals")
                columns.insert(v.column);
        QCOMPARE(columns, (std::set<std::string>{"risk", "referrer_name"}));
        // A copy read before that edit is refused.
        Referral stale = *created;
        stale.risk = "medium";
        auto refused = m_cb->referrals().update(stale);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        // Nothing changed: nothing written, no alteration audited.
        const auto audits = scalar("SELECT count(*) FROM audit_log WHERE operation = 'referral.updated'");
        auto same = m_cb->referrals().update(*updated);
        QVERIFY(same);
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'referral.updated'"), audits);
        // The received date moves the due dates.
        Referral moved = *same;
        moved.received = ymd(2026, 2, 27); // a Friday
        moved.eventDate = ymd(2026, 2, 20);
        auto remade = m_cb->referrals().update(moved);
        QVERIFY(remade);
        QCOMPARE(remade->decisionDue, ymd(2026, 3, 13));
        // The audit detail never carries the words typed.
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE detail LIKE '%Sergeant%'"), std::int64_t(0));
    }

    void everyWorkflowStepThroughTheDesk()
    {
        auto r = m_cb->referrals().create(draft());
        QVERIFY(r);
        const Uuid id = r->id;
        // Deciding before screening is illegal, and the error names the state.
        auto early = m_cb->referrals().decide(id, "accepted", {}, {});
        QVERIFY(!early);
        QCOMPARE(early.error().code, ErrorCode::Validation);
        QVERIFY2(early.error().detail.find("'received'") != std::string::npos, early.error().detail.c_str());
        auto screening = m_cb->referrals().startScreening(id);
        QVERIFY2(screening, screening ? "" : describe(screening.error()).c_str());
        QCOMPARE(screening->state, ReferralState::Screening);
        // Declining needs a reason code, and a known one.
        auto noReason = m_cb->referrals().decide(id, "declined", {}, {});
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().field, std::string("reason"));
        auto badReason = m_cb->referrals().decide(id, "declined", "because", {});
        QVERIFY(!badReason);
        QCOMPARE(badReason.error().rule, std::string("unknown_code"));
        auto declined = m_cb->referrals().decide(id, "declined", "young_person_declined", "Said no on the phone");
        QVERIFY2(declined, declined ? "" : describe(declined.error()).c_str());
        QCOMPARE(declined->state, ReferralState::Declined);
        QCOMPARE(declined->decision, std::string("declined"));
        QCOMPARE(declined->decisionReason, std::string("young_person_declined"));
        QCOMPARE(declined->decisionDate, ymd(2026, 3, 2));
        QCOMPARE(declined->decidedBy, m_cb->user().id);
        auto again = m_cb->referrals().decide(id, "accepted", {}, {});
        QVERIFY(!again);
        QVERIFY2(again.error().detail.find("'declined'") != std::string::npos, again.error().detail.c_str());
        QCOMPARE(again.error().rule, std::string("illegal_transition"));

        // The accepted path: accept, activate, request and approve closure, reopen.
        auto b = m_cb->referrals().create(draft(1));
        QVERIFY(b);
        QVERIFY(m_cb->referrals().startScreening(b->id));
        auto accepted = m_cb->referrals().decide(b->id, "accepted", {}, {});
        QVERIFY(accepted);
        QCOMPARE(accepted->decisionReason, std::string());
        for (auto [step, to] : {std::pair{ReferralStep::Activate, ReferralState::Active},
                                {ReferralStep::RequestClosure, ReferralState::ClosureRequested},
                                {ReferralStep::ApproveClosure, ReferralState::Closed}}) {
            // A closure request needs its completion status.
            auto moved =
                m_cb->referrals().step(b->id, step, step == ReferralStep::RequestClosure ? "completed" : "", {});
            QVERIFY2(moved, moved ? "" : describe(moved.error()).c_str());
            QCOMPARE(moved->state, to);
        }
        auto noNote = m_cb->referrals().step(b->id, ReferralStep::Reopen, {}, {});
        QVERIFY(!noNote);
        QCOMPARE(noNote.error().field, std::string("note"));
        auto reopened = m_cb->referrals().step(b->id, ReferralStep::Reopen, {}, "New information");
        QVERIFY(reopened);
        QCOMPARE(reopened->state, ReferralState::Reopened);
        auto history = m_cb->referrals().history(b->id);
        QVERIFY(history);
        std::vector<std::string> path;
        for (const auto& e : *history)
            if (e.kind == "transition")
                path.push_back(e.fromState + ">" + e.toState);
        QCOMPARE(path,
                 (std::vector<std::string>{"received>screening", "screening>accepted", "accepted>active",
                                           "active>closure_requested", "closure_requested>closed", "closed>reopened"}));
        QCOMPARE(history->back().note, std::string("New information"));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'referral.decided'"), std::int64_t(2));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE detail LIKE '%phone%' OR detail LIKE '%information%'"),
                 std::int64_t(0));
    }

    void allocationAndReallocation()
    {
        auto r = m_cb->referrals().create(draft());
        QVERIFY(r);
        auto toAuditor = m_cb->referrals().allocate(r->id, m_audrey, {});
        QVERIFY(!toAuditor);
        QCOMPARE(toAuditor.error().rule, std::string("not_a_worker"));
        auto allocated = m_cb->referrals().allocate(r->id, m_casey, {});
        QVERIFY2(allocated, allocated ? "" : describe(allocated.error()).c_str());
        QCOMPARE(allocated->allocatedTo, m_casey);
        // Re-allocating needs a reason.
        auto noReason = m_cb->referrals().allocate(r->id, m_cb->user().id, {});
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().field, std::string("reason"));
        auto moved = m_cb->referrals().allocate(r->id, m_cb->user().id, "Casey is on leave");
        QVERIFY(moved);
        QCOMPARE(moved->allocatedTo, m_cb->user().id);
        auto history = m_cb->referrals().history(r->id);
        QVERIFY(history);
        QCOMPARE(history->size(), std::size_t(3));
        QCOMPARE((*history)[1].kind, std::string("allocated"));
        QCOMPARE((*history)[1].allocatedTo, m_casey);
        QCOMPARE((*history)[2].note, std::string("Casey is on leave"));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'referral.allocated' AND "
                        "detail = 'alteration: re-allocated'"),
                 std::int64_t(1));
        // A caseworker cannot allocate.
        m_cb.reset();
        auto casey = openAs("casey", "long river walk at noon");
        QVERIFY(casey);
        auto refused = casey->referrals().allocate(r->id, m_casey, "mine");
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    }

    void takeFollowsTheSetting()
    {
        auto a = m_cb->referrals().create(draft());
        auto b = m_cb->referrals().create(draft(1));
        QVERIFY(a && b);
        auto settings = m_cb->referrals().settings();
        QVERIFY(settings);
        QVERIFY(settings->caseworkersMayTake);
        m_cb.reset();
        {
            auto casey = openAs("casey", "long river walk at noon");
            QVERIFY(casey);
            auto taken = casey->referrals().take(a->id);
            QVERIFY2(taken, taken ? "" : describe(taken.error()).c_str());
            QCOMPARE(taken->allocatedTo, casey->user().id);
            auto twice = casey->referrals().take(a->id);
            QVERIFY(!twice);
            QCOMPARE(twice.error().code, ErrorCode::Conflict);
        }
        m_cb = openAs(test::kUser, test::kPassword);
        QVERIFY(m_cb);
        ReferralSettings off = *settings;
        off.caseworkersMayTake = false;
        QVERIFY(m_cb->referrals().setSettings(off));
        QCOMPARE(m_cb->referrals().settings()->caseworkersMayTake, false);
        m_cb.reset();
        auto casey = openAs("casey", "long river walk at noon");
        QVERIFY(casey);
        const auto refusedBefore = test::scalar(*casey, "SELECT count(*) FROM audit_log WHERE operation = 'refused'");
        auto refused = casey->referrals().take(b->id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(test::scalar(*casey, "SELECT count(*) FROM audit_log WHERE operation = 'refused'"), refusedBefore + 1);
        // ... and a caseworker cannot change the setting back.
        auto st = casey->referrals().setSettings(*settings);
        QVERIFY(!st);
        QCOMPARE(st.error().code, ErrorCode::PermissionDenied);
    }

    void firstContactStopsTheClock()
    {
        auto r = m_cb->referrals().create(draft());
        QVERIFY(r);
        QVERIFY(m_cb->referrals().startScreening(r->id));
        QVERIFY(m_cb->referrals().decide(r->id, "accepted", {}, {}));
        m_clock->set(at(2026, 3, 6)); // Friday
        auto future = m_cb->referrals().recordFirstContact(r->id, ymd(2026, 3, 9));
        QVERIFY(!future);
        QCOMPARE(future.error().rule, std::string("in_future"));
        auto before = m_cb->referrals().recordFirstContact(r->id, ymd(2026, 3, 1));
        QVERIFY(!before);
        QCOMPARE(before.error().rule, std::string("before_received"));
        auto contact = m_cb->referrals().recordFirstContact(r->id, ymd(2026, 3, 5));
        QVERIFY2(contact, contact ? "" : describe(contact.error()).c_str());
        QCOMPARE(contact->firstContact, ymd(2026, 3, 5));
        auto detail = m_cb->referrals().detail(r->id);
        QVERIFY(detail);
        QCOMPARE(detail->contactClock.state, ClockState::Met);
        QCOMPARE(detail->contactClock.workingDaysTaken, 3);
        QCOMPARE(detail->decisionClock.state, ClockState::Met);
        auto twice = m_cb->referrals().recordFirstContact(r->id, ymd(2026, 3, 5));
        QVERIFY(!twice);
        QCOMPARE(twice.error().rule, std::string("already_recorded"));
        ReferralListQuery running;
        running.bucket = WorkBucket::ContactRunning;
        QCOMPARE(*m_cb->referrals().count(running), std::int64_t(0));
    }

    void eligibilityOverrideKeepsTheEngineResult()
    {
        Person older = test::samplePerson(2);
        older.dateOfBirth = ymd(2006, 1, 1); // 20 at the event
        auto person = m_cb->people().create(older);
        QVERIFY(person);
        Referral d = draft();
        d.personId = person->person.id;
        auto r = m_cb->referrals().create(d);
        QVERIFY(r);
        auto result = m_cb->referrals().assessEligibility(r->id);
        QVERIFY(result);
        QVERIFY(!result->pass);
        QCOMPARE(result->reasons.front().code, std::string("outside_age_range"));
        // Passing referrals have nothing to override.
        auto passing = m_cb->referrals().create(draft(1));
        QVERIFY(passing);
        QVERIFY(m_cb->referrals().assessEligibility(passing->id)->pass);
        auto nothing = m_cb->referrals().overrideEligibility(passing->id, "Just because");
        QVERIFY(!nothing);
        QCOMPARE(nothing.error().rule, std::string("not_failed"));
        auto noReason = m_cb->referrals().overrideEligibility(r->id, "  ");
        QVERIFY(!noReason);
        auto overridden = m_cb->referrals().overrideEligibility(r->id, "Panel agreed a young-adult place");
        QVERIFY2(overridden, overridden ? "" : describe(overridden.error()).c_str());
        QVERIFY(overridden->eligibilityOverridden);
        QCOMPARE(overridden->overriddenBy, m_cb->user().id);
        auto detail = m_cb->referrals().detail(r->id);
        QVERIFY(detail);
        QVERIFY(detail->referral.eligibilityOverridden);
        QCOMPARE(detail->referral.overrideReason, std::string("Panel agreed a young-adult place"));
        QVERIFY(!detail->eligibility.pass); // the engine's result stays visible beside it
        QCOMPARE(detail->history.back().kind, std::string("override"));
        QCOMPARE(detail->history.back().reasonCode, std::string("outside_age_range"));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'referral.eligibility_overridden'"),
                 std::int64_t(1));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE detail LIKE '%Panel%'"), std::int64_t(0));
        // A caseworker may not override.
        m_cb.reset();
        auto casey = openAs("casey", "long river walk at noon");
        QVERIFY(casey);
        auto refused = casey->referrals().overrideEligibility(r->id, "Mine too");
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    }

    void policeReferenceIsUnique()
    {
        Referral a = draft();
        a.policeReference = "ka/12345/26";
        auto first = m_cb->referrals().create(a);
        QVERIFY(first);
        QCOMPARE(first->policeReference, std::string("KA/12345/26"));
        Referral b = draft(1);
        b.policeReference = "KA/12345/26";
        auto dup = m_cb->referrals().create(b);
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, ErrorCode::Conflict);
        QCOMPARE(dup.error().field, std::string("police_reference"));
        // Empty police references never collide; an edit onto a taken one is refused too.
        auto c = m_cb->referrals().create(draft(2));
        auto e = m_cb->referrals().create(draft(3));
        QVERIFY(c && e);
        Referral edit = *e;
        edit.policeReference = "KA/12345/26";
        auto clash = m_cb->referrals().update(edit);
        QVERIFY(!clash);
        QCOMPARE(clash.error().code, ErrorCode::Conflict);
        QCOMPARE(scalar("SELECT count(*) FROM referrals"), std::int64_t(3));
        // An import asks which of its references are known (one audit row, no references in it).
        auto known = m_cb->referrals().knownPoliceReferences({" ka/12345/26 ", "KA/00000/26", ""});
        QVERIFY(known);
        QCOMPARE(*known, std::vector<std::string>{"KA/12345/26"});
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'referral.police_references_checked' AND "
                        "detail = '3 checked, 1 known'"),
                 std::int64_t(1));
    }

    // A merge (dedupe) moves every referral of one person to the other through the store,
    // each move in the change log.
    void referralsMoveToAnotherPerson()
    {
        auto other = m_cb->people().create(test::samplePerson(4));
        QVERIFY(other);
        QVERIFY(m_cb->referrals().create(draft()));
        QVERIFY(m_cb->referrals().create(draft(1)));
        Database& db = m_cb->database();
        const auto recordsBefore = scalar("SELECT coalesce(max(seq), 0) FROM change_record");
        {
            Transaction tx(db);
            ChangeLog changes(db, m_cb->nextHlc(), m_cb->user().id);
            auto moved = ReferralStore(db).movePerson(m_person, other->person.id, changes);
            QVERIFY(moved);
            QCOMPARE(*moved, 2);
            QVERIFY(tx.commit());
        }
        auto theirs = m_cb->referrals().forPerson(other->person.id);
        QVERIFY(theirs);
        QCOMPARE(theirs->size(), std::size_t(2));
        QCOMPARE(m_cb->referrals().forPerson(m_person)->size(), std::size_t(0));
        int logged = 0;
        for (const auto& v : test::loggedValues(db, recordsBefore))
            logged += v.table == "referrals" && v.column == "person_id" && v.value == other->person.id.toString();
        QCOMPARE(logged, 2);
    }

    void queuePagesByDue()
    {
        std::vector<Referral> drafts;
        for (int i = 0; i < 23; ++i)
            drafts.push_back(draft(i));
        auto made = m_cb->referrals().createMany(drafts);
        QVERIFY2(made, made ? "" : describe(made.error()).c_str());
        QCOMPARE(*made, 23);
        ReferralListQuery q;
        q.limit = 5;
        std::vector<ReferralSummary> all;
        int pages = 0;
        for (;;) {
            auto page = m_cb->referrals().list(q);
            QVERIFY(page);
            ++pages;
            all.insert(all.end(), page->rows.begin(), page->rows.end());
            if (!page->next)
                break;
            q.after = page->next;
        }
        QCOMPARE(pages, 5);
        QCOMPARE(all.size(), std::size_t(23));
        std::set<Uuid> ids;
        for (std::size_t i = 0; i < all.size(); ++i) {
            ids.insert(all[i].id);
            QVERIFY(!all[i].personName.empty());
            if (i > 0)
                QVERIFY(std::tie(all[i - 1].decisionDue, all[i - 1].received) <=
                        std::tie(all[i].decisionDue, all[i].received));
        }
        QCOMPARE(ids.size(), std::size_t(23));
        QCOMPARE(*m_cb->referrals().count(ReferralListQuery{}), std::int64_t(23));
        // Newest first, too.
        ReferralListQuery newest;
        newest.sort = ReferralSort::Received;
        newest.limit = 100;
        auto page = m_cb->referrals().list(newest);
        QVERIFY(page);
        QCOMPARE(page->rows.front().received, ymd(2026, 3, 2));
        auto forPerson = m_cb->referrals().forPerson(m_person);
        QVERIFY(forPerson);
        QCOMPARE(forPerson->size(), std::size_t(23));
    }

    void myWorkCountsEqualQueries()
    {
        // A spread of states, workers and due dates.
        std::vector<Referral> drafts;
        for (int i = 0; i < 30; ++i)
            drafts.push_back(draft(i));
        QVERIFY(m_cb->referrals().createMany(drafts));
        ReferralListQuery everything;
        everything.limit = 100;
        everything.sort = ReferralSort::Received;
        auto rows = m_cb->referrals().list(everything);
        QVERIFY(rows);
        int i = 0;
        for (const auto& s : rows->rows) {
            ++i;
            if (i % 3 == 0)
                QVERIFY(m_cb->referrals().allocate(s.id, m_casey, {}));
            else if (i % 3 == 1)
                QVERIFY(m_cb->referrals().allocate(s.id, m_cb->user().id, {}));
            if (i % 4 != 0)
                QVERIFY(m_cb->referrals().startScreening(s.id));
            if (i % 4 == 2)
                QVERIFY(m_cb->referrals().decide(s.id, "accepted", {}, {}));
            if (i % 8 == 2)
                QVERIFY(m_cb->referrals().recordFirstContact(s.id, ymd(2026, 3, 2)));
            if (i % 4 == 3 && i % 8 != 3)
                QVERIFY(m_cb->referrals().decide(s.id, "declined", "other", {}));
        }
        m_clock->set(at(2026, 3, 13));

        // Independently of the store's SQL: classify every referral from its summary.
        auto all = m_cb->referrals().list(everything);
        QVERIFY(all);
        const Date today = ymd(2026, 3, 13);
        const auto classify = [&](std::optional<Uuid> worker) {
            WorkCounts c;
            for (const auto& s : all->rows) {
                if (worker && s.allocatedTo != *worker)
                    continue;
                const bool deciding = s.state == ReferralState::Received || s.state == ReferralState::Screening;
                const bool contacting = (s.state == ReferralState::Accepted || s.state == ReferralState::Active) &&
                                        !s.firstContactDue.isNull();
                c.awaitingScreening += s.state == ReferralState::Received;
                c.decisionsDue += deciding && s.decisionDue >= today;
                c.decisionsOverdue += deciding && s.decisionDue < today;
                c.contactsDue += contacting && s.firstContactDue >= today;
                c.contactsOverdue += contacting && s.firstContactDue < today;
            }
            return c;
        };
        const auto viaCount = [&](Casebook& cb, std::optional<Uuid> worker) {
            WorkCounts c;
            const auto n = [&](WorkBucket b) {
                ReferralListQuery q;
                q.worker = worker;
                q.bucket = b;
                return *cb.referrals().count(q);
            };
            c.awaitingScreening = n(WorkBucket::AwaitingScreening);
            c.decisionsDue = n(WorkBucket::DecisionDue);
            c.decisionsOverdue = n(WorkBucket::DecisionOverdue);
            c.contactsDue = n(WorkBucket::ContactDue);
            c.contactsOverdue = n(WorkBucket::ContactOverdue);
            return c;
        };
        const auto same = [](const WorkCounts& a, const WorkCounts& b) {
            return a.awaitingScreening == b.awaitingScreening && a.decisionsDue == b.decisionsDue &&
                   a.decisionsOverdue == b.decisionsOverdue && a.contactsDue == b.contactsDue &&
                   a.contactsOverdue == b.contactsOverdue;
        };

        // Coordinator: the team view.
        auto team = m_cb->referrals().myWork();
        QVERIFY2(team, team ? "" : describe(team.error()).c_str());
        QVERIFY(team->team);
        QVERIFY(same(team->totals, classify(std::nullopt)));
        QVERIFY(same(team->totals, viaCount(*m_cb, std::nullopt)));
        QVERIFY(team->totals.decisionsOverdue > 0);
        QVERIFY(team->totals.decisionsDue > 0);
        QVERIFY(team->totals.contactsOverdue + team->totals.contactsDue > 0);
        QCOMPARE(team->perWorker.size(), std::size_t(2));
        for (const auto& w : team->perWorker) {
            QVERIFY(same(w, classify(w.worker)));
            QVERIFY(same(w, viaCount(*m_cb, w.worker)));
        }
        ReferralListQuery unallocated;
        unallocated.unallocatedOnly = true;
        unallocated.openOnly = true;
        QCOMPARE(team->unallocated, *m_cb->referrals().count(unallocated));
        QVERIFY(team->unallocated > 0);
        QCOMPARE(static_cast<std::int64_t>(team->unallocatedRows.size()), team->unallocated);
        ReferralListQuery overdue;
        overdue.overdueOnly = true;
        QCOMPARE(*m_cb->referrals().count(overdue), team->totals.decisionsOverdue + team->totals.contactsOverdue);
        QCOMPARE(static_cast<std::int64_t>(team->decisions.size()),
                 team->totals.decisionsDue + team->totals.decisionsOverdue);
        for (const auto& row : team->decisions)
            QCOMPARE(row.decisionOverdue, row.decisionDue < today);

        // Caseworker: their own.
        m_cb.reset();
        auto casey = openAs("casey", "long river walk at noon");
        QVERIFY(casey);
        auto mine = casey->referrals().myWork();
        QVERIFY(mine);
        QVERIFY(!mine->team);
        QVERIFY(same(mine->totals, classify(m_casey)));
        QVERIFY(same(mine->totals, viaCount(*casey, m_casey)));
        QVERIFY(mine->totals.awaitingScreening + mine->totals.decisionsDue + mine->totals.decisionsOverdue > 0);
        QCOMPARE(static_cast<std::int64_t>(mine->awaitingScreening.size()), mine->totals.awaitingScreening);
        for (const auto& row : mine->contacts)
            QCOMPARE(row.allocatedTo, m_casey);
        qInfo("team: %lld awaiting, %lld/%lld decisions due/overdue, %lld/%lld contacts due/overdue, %lld "
              "unallocated; all equal count() and an independent count",
              static_cast<long long>(team->totals.awaitingScreening), static_cast<long long>(team->totals.decisionsDue),
              static_cast<long long>(team->totals.decisionsOverdue), static_cast<long long>(team->totals.contactsDue),
              static_cast<long long>(team->totals.contactsOverdue), static_cast<long long>(team->unallocated));
    }
};

QTEST_GUILESS_MAIN(TestReferrals)
#include "TestReferrals.moc"
