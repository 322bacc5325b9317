// The Outcomes desk through the Casebook door, on real SQLCipher casebooks in temp folders:
// closure with a completion status (requested by a caseworker, approved or sent back by a
// coordinator, reopened with a reason), the outcome snapshots taken on acceptance and on
// closure, follow-up records after closure and the 3-, 6- and 12-month checks on My work, the
// timeline, the roles, and the bulk history call.

#include "core/Casebook.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/OutcomeStore.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include <algorithm>
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

template <class T> std::string ruleOf(const Result<T>& r)
{
    return r ? std::string("<saved>") : r.error().rule;
}

// Evaluates `expr` once.
#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto& result_ = (expr);                                                                                  \
        QVERIFY2(result_.has_value(), result_ ? "" : describe(result_.error()).c_str());                               \
    } while (false)

} // namespace

class TestOutcomes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Casebook> m_cb;
    Uuid m_person;
    Uuid m_casey;

    std::int64_t scalar(const std::string& sql) { return test::scalar(*m_cb, sql); }

    std::unique_ptr<Casebook> openAs(const char* user, const char* password)
    {
        auto cb = Casebook::open(m_dir->file("outcomes.waymark"), user, password, m_clock);
        if (!cb) {
            qCritical("open: %s", describe(cb.error()).c_str());
            return nullptr;
        }
        return std::move(*cb);
    }

    std::unique_ptr<Casebook> casey() { return openAs("casey", "long river walk at noon"); }

    // A referral received on the clock's day, screened, accepted and (when `activate`) active,
    // allocated to Casey.
    Uuid referral(bool accept = true, bool activate = true)
    {
        Referral r;
        r.personId = m_person;
        r.received = m_clock->today();
        r.source = "police";
        r.eventDate = r.received.addDays(-3);
        r.route = "community_resolution";
        auto made = m_cb->referrals().create(r);
        if (!made) {
            qCritical("create: %s", describe(made.error()).c_str());
            return {};
        }
        (void)m_cb->referrals().allocate(made->id, m_casey, {});
        if (!accept)
            return made->id;
        (void)m_cb->referrals().startScreening(made->id);
        auto decided = m_cb->referrals().decide(made->id, "accepted", {}, {});
        if (!decided)
            qCritical("decide: %s", describe(decided.error()).c_str());
        if (activate)
            (void)m_cb->referrals().step(made->id, ReferralStep::Activate, {}, {});
        return made->id;
    }

    Uuid closedReferral()
    {
        const Uuid id = referral();
        auto requested = m_cb->outcomes().requestClosure(id, "completed");
        auto approved = m_cb->outcomes().approveClosure(id);
        if (!requested || !approved)
            qCritical("close failed");
        return id;
    }

    std::vector<TaskSummary> followUpTasks(Casebook& cb, TaskWhen when = TaskWhen::Open)
    {
        TaskQuery q;
        q.owner = m_casey;
        q.when = when;
        auto rows = cb.tasks().list(q);
        std::vector<TaskSummary> out;
        if (!rows)
            return out;
        for (auto& s : *rows)
            if (s.task.source.starts_with("follow_up_"))
                out.push_back(std::move(s));
        return out;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_clock = std::make_shared<FixedClock>(at(2026, 3, 2));
        m_cb = test::makeCasebook(m_dir->file("outcomes.waymark"), test::kUser, test::kPassword, m_clock);
        QVERIFY(m_cb);
        auto person = m_cb->people().create(test::samplePerson(1));
        QVERIFY(person);
        m_person = person->person.id;
        auto c = m_cb->users().add("casey", "long river walk at noon", Role::Caseworker, "Casey Worker");
        QVERIFY(c);
        m_casey = c->id;
        QVERIFY(m_cb->users().add("audrey", "quiet garden path in may", Role::Auditor, "Audrey Auditor"));
    }

    void cleanup()
    {
        m_cb.reset();
        m_dir.reset();
    }

    void tablesAreTheirColumnTables()
    {
        for (std::string_view table : OutcomeStore::tableNames()) {
            auto described = OutcomeStore::columnNames(table);
            std::set<std::string> expected(described.begin(), described.end());
            expected.insert({"id", "updated_hlc", "deleted"});
            QCOMPARE(columnSet(m_cb->database(), std::string(table)), expected);
            QCOMPARE(scalar("SELECT count(*) FROM change_column WHERE table_name = '" + std::string(table) +
                            "' AND column_name = 'person_id'"),
                     std::int64_t(1));
        }
        QCOMPARE(scalar("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('closures_person', "
                        "'outcome_snapshots_person', 'follow_ups_person', 'closures_closed')"),
                 std::int64_t(4));
        QCOMPARE(m_cb->info().schemaVersion, kSchemaVersion); // 13 added these tables
    }

    void acceptanceTakesTheStartSnapshot()
    {
        const Uuid waiting = referral(false);
        OutcomeSnapshot early;
        early.referralId = waiting;
        early.stage = "start";
        auto refused = m_cb->outcomes().saveSnapshot(early);
        QVERIFY(!refused);
        QCOMPARE(refused.error().rule, std::string("not_accepted"));

        m_clock->set(at(2026, 3, 4));
        const Uuid id = referral(true, false);
        auto shown = m_cb->outcomes().show(id);
        VERIFY_OK(shown);
        QVERIFY(shown->start);
        QCOMPARE(shown->start->takenOn, ymd(2026, 3, 4)); // the acceptance date
        QVERIFY(shown->startEditable);
        QVERIFY(!shown->end);
        QVERIFY(!shown->endEditable); // accepted, not yet active
        OutcomeSnapshot end;
        end.referralId = id;
        end.stage = "end";
        auto endRefused = m_cb->outcomes().saveSnapshot(end);
        QVERIFY(!endRefused);
        QCOMPARE(endRefused.error().rule, std::string("not_active"));

        // Editable until closure: answers saved a week later keep the acceptance date.
        m_clock->set(at(2026, 3, 11));
        OutcomeSnapshot s = *shown->start;
        QVERIFY(setSnapshotField(s, "accommodation_suitable", "yes"));
        QVERIFY(setSnapshotField(s, "ete_hours", "12"));
        QVERIFY(setSnapshotField(s, "mental_health_need", "yes"));
        QVERIFY(setSnapshotField(s, "mental_health_offered", "yes"));
        auto saved = m_cb->outcomes().saveSnapshot(s);
        VERIFY_OK(saved);
        QCOMPARE(saved->takenOn, ymd(2026, 3, 4));
        QCOMPARE(saved->eteHours, std::optional<int>(12));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'outcome.snapshot_saved'"), std::int64_t(1));
        // A stale copy is a conflict.
        auto stale = m_cb->outcomes().saveSnapshot(s);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        auto again = m_cb->outcomes().show(id);
        QCOMPARE(again->start->accommodationSuitable, std::string("yes"));
        QCOMPARE(again->start->mentalHealthOffered, std::string("yes"));
        QCOMPARE(again->start->mentalHealthAttending, std::string());
    }

    void snapshotRules()
    {
        OutcomeSnapshot s;
        s.stage = "start";
        QVERIFY(validateSnapshot(s));
        s.mentalHealthAttending = "yes";
        auto r = validateSnapshot(s);
        QVERIFY(!r);
        QCOMPARE(r.error().field, std::string("mental_health_attending"));
        QCOMPARE(r.error().rule, std::string("needs_previous"));
        s = {};
        s.stage = "end";
        s.victimsEngaged = "yes";
        s.victimsConsented = "yes";
        QCOMPARE(validateSnapshot(s).error().field, std::string("victims_consented"));
        s.victimsContacted = "yes";
        QVERIFY(validateSnapshot(s));
        s.sendPlan = "yes";
        QCOMPARE(validateSnapshot(s).error().field, std::string("send_plan"));
        s.sendPlan = "no";
        s.eteHours = 61;
        QCOMPARE(validateSnapshot(s).error().rule, std::string("range"));
        s.eteHours = 0;
        QVERIFY(validateSnapshot(s));
        QCOMPARE(setSnapshotField(s, "ete_suitable", "maybe").error().rule, std::string("unknown_code"));
        QCOMPARE(setSnapshotField(s, "ete_hours", "ten").error().rule, std::string("not_a_number"));
        QCOMPARE(setSnapshotField(s, "shoe_size", "yes").error().rule, std::string("unknown_field"));
        QCOMPARE(snapshotFieldNames().size(), std::size_t(14));
    }

    void requestNeedsAStatus()
    {
        const Uuid id = referral();
        auto none = m_cb->outcomes().requestClosure(id, "");
        QVERIFY(!none);
        QCOMPARE(none.error().field, std::string("status"));
        QCOMPARE(none.error().rule, std::string("required"));
        auto unknown = m_cb->outcomes().requestClosure(id, "finished");
        QCOMPARE(unknown.error().rule, std::string("unknown_code"));
        // The workflow itself refuses a closure request without its status.
        auto bare = m_cb->referrals().step(id, ReferralStep::RequestClosure, {}, {});
        QVERIFY(!bare);
        QCOMPARE(bare.error().field, std::string("status"));
        QCOMPARE(m_cb->referrals().view(id)->state, ReferralState::Active);

        m_clock->set(at(2026, 4, 1));
        auto cb = casey();
        QVERIFY(cb);
        auto requested = cb->outcomes().requestClosure(id, "partially_completed", "Most sessions attended.");
        VERIFY_OK(requested);
        QCOMPARE(requested->state, std::string("requested"));
        QCOMPARE(requested->status, std::string("partially_completed"));
        QCOMPARE(requested->requestedBy, m_casey);
        QVERIFY(requested->closedOn.isNull());
        QCOMPARE(cb->referrals().view(id)->state, ReferralState::ClosureRequested);
        auto shown = cb->outcomes().show(id);
        VERIFY_OK(shown);
        QVERIFY(shown->end);
        QCOMPARE(shown->end->takenOn, ymd(2026, 4, 1));
        QVERIFY(shown->endEditable);
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'referral.transition' AND detail = "
                        "'alteration: active -> closure_requested (partially_completed)'"),
                 std::int64_t(1));
        // The note is personal free text: never in the audit trail.
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE detail LIKE '%sessions attended%'"), std::int64_t(0));
    }

    void onlyACoordinatorApprovesOrReturns()
    {
        const Uuid id = referral();
        auto cb = casey();
        QVERIFY(cb);
        VERIFY_OK(cb->outcomes().requestClosure(id, "completed"));
        const auto refusedBefore = scalar("SELECT count(*) FROM audit_log WHERE operation = 'refused'");
        auto approve = cb->outcomes().approveClosure(id);
        QVERIFY(!approve);
        QCOMPARE(approve.error().code, ErrorCode::PermissionDenied);
        auto sendBack = cb->outcomes().returnClosure(id, "Not yet");
        QCOMPARE(sendBack.error().code, ErrorCode::PermissionDenied);
        auto bare = cb->referrals().step(id, ReferralStep::ApproveClosure, {}, {});
        QCOMPARE(bare.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'refused'"), refusedBefore + 3);
        QCOMPARE(cb->referrals().view(id)->state, ReferralState::ClosureRequested);
        // The coordinator's detail offers the steps; the caseworker's does not.
        auto mine = cb->referrals().detail(id);
        QVERIFY(std::ranges::find(mine->steps, ReferralStep::ApproveClosure) == mine->steps.end());
        cb.reset();
        auto theirs = m_cb->referrals().detail(id);
        QVERIFY(std::ranges::find(theirs->steps, ReferralStep::ApproveClosure) != theirs->steps.end());
        VERIFY_OK(m_cb->outcomes().approveClosure(id));
    }

    void returnNeedsAComment()
    {
        const Uuid id = referral();
        VERIFY_OK(m_cb->outcomes().requestClosure(id, "completed"));
        auto empty = m_cb->outcomes().returnClosure(id, "   ");
        QVERIFY(!empty);
        QCOMPARE(empty.error().field, std::string("comment"));
        QCOMPARE(empty.error().rule, std::string("required"));
        auto returned = m_cb->outcomes().returnClosure(id, "Record the end snapshot first.");
        VERIFY_OK(returned);
        QCOMPARE(returned->state, std::string("returned"));
        QCOMPARE(returned->comment, std::string("Record the end snapshot first."));
        QCOMPARE(returned->decidedBy, m_cb->user().id);
        QCOMPARE(m_cb->referrals().view(id)->state, ReferralState::Active);
        // A second request is a new row; the first keeps its comment.
        VERIFY_OK(m_cb->outcomes().requestClosure(id, "disengaged"));
        auto shown = m_cb->outcomes().show(id);
        QCOMPARE(shown->closures.size(), std::size_t(2));
        QCOMPARE(shown->closures[0].state, std::string("returned"));
        QCOMPARE(shown->closure->status, std::string("disengaged"));
        QCOMPARE(shown->closure->state, std::string("requested"));
    }

    void approvalDatesTheClosureAndItsChecks()
    {
        m_clock->set(at(2026, 8, 3));
        const Uuid id = referral();
        VERIFY_OK(m_cb->outcomes().requestClosure(id, "completed"));
        m_clock->set(at(2026, 8, 31)); // approved on the last day of August
        auto approved = m_cb->outcomes().approveClosure(id);
        VERIFY_OK(approved);
        QCOMPARE(approved->state, std::string("approved"));
        QCOMPARE(approved->closedOn, ymd(2026, 8, 31));
        QCOMPARE(approved->followUp3, ymd(2026, 11, 30)); // no 31 November
        QCOMPARE(approved->followUp6, ymd(2027, 2, 28));  // no 31 February
        QCOMPARE(approved->followUp12, ymd(2027, 8, 31));
        QCOMPARE(m_cb->referrals().view(id)->state, ReferralState::Closed);
        auto shown = m_cb->outcomes().show(id);
        QCOMPARE(shown->end->takenOn, ymd(2026, 8, 31)); // the end snapshot is dated on closure
        QVERIFY(!shown->startEditable);
        QVERIFY(!shown->endEditable);
        QCOMPARE(shown->checks.size(), std::size_t(3));
        QCOMPARE(shown->checks[1].check, std::string("6m"));
        QCOMPARE(shown->checks[1].due, ymd(2027, 2, 28));
        OutcomeSnapshot late = *shown->end;
        late.accommodationSuitable = "no";
        auto frozen = m_cb->outcomes().saveSnapshot(late);
        QVERIFY(!frozen);
        QCOMPARE(frozen.error().rule, std::string("closed"));
        // followUpDue on its own: a leap year.
        QCOMPARE(followUpDue(ymd(2027, 8, 31), "6m"), ymd(2028, 2, 29));
        QCOMPARE(followUpDue(ymd(2026, 1, 15), "12m"), ymd(2027, 1, 15));
    }

    void followUpTasksAt3_6_12Months()
    {
        m_clock->set(at(2026, 5, 15));
        const Uuid id = closedReferral();
        auto cb = casey();
        QVERIFY(cb);
        auto tasks = followUpTasks(*cb);
        QCOMPARE(tasks.size(), std::size_t(3));
        QCOMPARE(tasks[0].task.source, std::string("follow_up_3m"));
        QCOMPARE(tasks[0].task.due, ymd(2026, 8, 15));
        QCOMPARE(tasks[1].task.source, std::string("follow_up_6m"));
        QCOMPARE(tasks[1].task.due, ymd(2026, 11, 15));
        QCOMPARE(tasks[2].task.source, std::string("follow_up_12m"));
        QCOMPARE(tasks[2].task.due, ymd(2027, 5, 15));
        QCOMPARE(tasks[0].task.referralId, id);
        QVERIFY(tasks[0].task.id.isNull()); // derived, not stored
        // My work shows a check once it is due within the week, and overdue after its day.
        m_clock->set(at(2026, 8, 7));
        auto work = cb->tasks().myWork();
        VERIFY_OK(work);
        QCOMPARE(work->due, std::int64_t(0));
        m_clock->set(at(2026, 8, 8));
        work = cb->tasks().myWork();
        QCOMPARE(work->due, std::int64_t(1));
        QCOMPARE(work->rows.front().task.source, std::string("follow_up_3m"));
        m_clock->set(at(2026, 8, 16));
        work = cb->tasks().myWork();
        QCOMPARE(work->overdue, std::int64_t(1));
        // A re-contact answering the 3-month check does it.
        FollowUp f;
        f.referralId = id;
        f.kind = "recontact";
        f.check = "3m";
        f.happenedOn = ymd(2026, 8, 16);
        VERIFY_OK(cb->outcomes().addFollowUp(f));
        tasks = followUpTasks(*cb);
        QCOMPARE(tasks.size(), std::size_t(2));
        QCOMPARE(tasks[0].task.source, std::string("follow_up_6m"));
        auto shown = cb->outcomes().show(id);
        QVERIFY(shown->checks[0].done);
        QVERIFY(!shown->checks[1].done);
        // Reopening stops the checks.
        cb.reset();
        VERIFY_OK(m_cb->outcomes().reopen(id, "Referred again by the school."));
        cb = casey();
        QCOMPARE(followUpTasks(*cb).size(), std::size_t(0));
    }

    void followUpRules()
    {
        const Uuid open = referral();
        FollowUp f;
        f.referralId = open;
        f.kind = "recontact";
        f.happenedOn = m_clock->today();
        auto early = m_cb->outcomes().addFollowUp(f);
        QVERIFY(!early);
        QCOMPARE(early.error().rule, std::string("not_closed"));

        const Uuid id = closedReferral(); // closed on 2026-03-02
        m_clock->set(at(2026, 9, 1));
        FollowUp r;
        r.referralId = id;
        r.kind = "reoffence";
        r.happenedOn = ymd(2026, 6, 10);
        auto noType = m_cb->outcomes().addFollowUp(r);
        QCOMPARE(noType.error().field, std::string("outcome_type"));
        QCOMPARE(noType.error().rule, std::string("required"));
        r.outcomeType = "caution";
        auto noDate = m_cb->outcomes().addFollowUp(r);
        QCOMPARE(noDate.error().field, std::string("outcome_date"));
        r.outcomeDate = ymd(2026, 6, 1);
        QCOMPARE(ruleOf(m_cb->outcomes().addFollowUp(r)), std::string("before_offence"));
        r.outcomeDate = ymd(2026, 9, 2);
        QCOMPARE(ruleOf(m_cb->outcomes().addFollowUp(r)), std::string("in_future"));
        r.happenedOn = ymd(2026, 2, 20);
        r.outcomeDate = ymd(2026, 7, 1);
        QCOMPARE(ruleOf(m_cb->outcomes().addFollowUp(r)), std::string("before_closure"));
        r.happenedOn = ymd(2026, 6, 10);
        r.outcomeType = "none";
        QCOMPARE(ruleOf(m_cb->outcomes().addFollowUp(r)), std::string("not_allowed"));
        r.outcomeDate = {};
        VERIFY_OK(m_cb->outcomes().addFollowUp(r));
        r.outcomeType = "conviction";
        r.outcomeDate = ymd(2026, 8, 20);
        auto saved = m_cb->outcomes().addFollowUp(r);
        VERIFY_OK(saved);
        QCOMPARE(saved->outcomeDate, ymd(2026, 8, 20));
        QCOMPARE(saved->personId, m_person);
        QVERIFY(!saved->closureId.isNull());
        f.referralId = id;
        f.outcomeType = "caution";
        QCOMPARE(ruleOf(m_cb->outcomes().addFollowUp(f)), std::string("not_allowed")); // a re-contact has no outcome
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'follow_up.added' AND detail = "
                        "'alteration: reoffence (conviction)'"),
                 std::int64_t(1));
        // The timeline shows the closure and the reoffences.
        TimelineQuery q;
        q.personId = m_person;
        q.kinds = {"outcome"};
        auto page = m_cb->timeline().page(q);
        VERIFY_OK(page);
        std::multiset<std::string> titles;
        for (const auto& e : page->rows)
            titles.insert(e.title);
        QCOMPARE(titles.count("closed"), std::size_t(1));
        QCOMPARE(titles.count("reoffence"), std::size_t(2));
        QCOMPARE(titles.count("outcome_start"), std::size_t(2));
        QCOMPARE(titles.count("outcome_end"), std::size_t(1));
    }

    void reopenNeedsAReason()
    {
        const Uuid id = closedReferral();
        auto none = m_cb->outcomes().reopen(id, "");
        QVERIFY(!none);
        QCOMPARE(none.error().field, std::string("reason"));
        QCOMPARE(none.error().rule, std::string("required"));
        QCOMPARE(m_cb->referrals().view(id)->state, ReferralState::Closed);
        m_clock->set(at(2026, 3, 20));
        auto reopened = m_cb->outcomes().reopen(id, "A new concern from the school.");
        VERIFY_OK(reopened);
        QCOMPARE(reopened->reopenReason, std::string("A new concern from the school."));
        QCOMPARE(reopened->reopenedBy, m_cb->user().id);
        QCOMPARE(m_cb->referrals().view(id)->state, ReferralState::Reopened);
        auto shown = m_cb->outcomes().show(id);
        QVERIFY(shown->startEditable);
        QVERIFY(shown->endEditable);
        QVERIFY(shown->checks.empty());
        // Closing again: a new request and approval date the end snapshot again.
        m_clock->set(at(2026, 4, 2));
        VERIFY_OK(m_cb->outcomes().requestClosure(id, "escalated_statutory"));
        auto approved = m_cb->outcomes().approveClosure(id);
        VERIFY_OK(approved);
        QCOMPARE(approved->closedOn, ymd(2026, 4, 2));
        QCOMPARE(m_cb->outcomes().show(id)->end->takenOn, ymd(2026, 4, 2));
        QCOMPARE(scalar("SELECT count(*) FROM closures WHERE state = 'approved'"), std::int64_t(2));
    }

    // The closure request's note, the return comment, the reopen reason and a follow-up's note
    // follow the "referral_note" text rule (4000 characters, several lines, no control
    // characters), each under its own field; a refusal writes nothing.
    void closureTextsFollowTheTextRule()
    {
        const std::string tooLong(4001, 'x');
        const std::string escape = "Fine\x1b[2J";
        const Uuid id = referral();
        // Audit rows other than the consultations of the checks' own view() calls.
        const auto written = [&] {
            return scalar("SELECT count(*) FROM audit_log WHERE operation <> 'referral.viewed'");
        };
        const auto audits = written();
        const auto changes = scalar("SELECT count(*) FROM change_log");
        const auto nothingWritten = [&] {
            QCOMPARE(written(), audits);
            QCOMPARE(scalar("SELECT count(*) FROM change_log"), changes);
        };
        for (const auto& [text, rule] : {std::pair{escape, "control_characters"}, std::pair{tooLong, "too_long"}}) {
            auto request = m_cb->outcomes().requestClosure(id, "completed", text);
            QVERIFY(!request);
            QCOMPARE(request.error().code, ErrorCode::Validation);
            QCOMPARE(request.error().field, std::string("note"));
            QCOMPARE(request.error().rule, std::string(rule));
            QCOMPARE(m_cb->referrals().view(id)->state, ReferralState::Active);
            QCOMPARE(scalar("SELECT count(*) FROM closures"), std::int64_t(0));
            nothingWritten();
        }
        VERIFY_OK(m_cb->outcomes().requestClosure(id, "completed", std::string(4000, 'n')));

        const auto closureAudits = written();
        const auto closureChanges = scalar("SELECT count(*) FROM change_log");
        for (const auto& [text, rule] : {std::pair{escape, "control_characters"}, std::pair{tooLong, "too_long"},
                                         std::pair{std::string("Bell\a"), "control_characters"}}) {
            auto sendBack = m_cb->outcomes().returnClosure(id, text);
            QVERIFY(!sendBack);
            QCOMPARE(sendBack.error().code, ErrorCode::Validation);
            QCOMPARE(sendBack.error().field, std::string("comment"));
            QCOMPARE(sendBack.error().rule, std::string(rule));
            QVERIFY(QString::fromStdString(describe(sendBack.error())).contains(QStringLiteral("comment")));
            QCOMPARE(m_cb->referrals().view(id)->state, ReferralState::ClosureRequested);
            QCOMPARE(scalar("SELECT count(*) FROM closures WHERE state = 'requested' AND "
                            "coalesce(comment, '') = ''"),
                     std::int64_t(1));
            QCOMPARE(written(), closureAudits);
            QCOMPARE(scalar("SELECT count(*) FROM change_log"), closureChanges);
        }
        // Several lines and tabs are allowed; the ends are trimmed.
        auto returned = m_cb->outcomes().returnClosure(id, "  Record the end snapshot.\n\tThen ask again.\n ");
        VERIFY_OK(returned);
        QCOMPARE(returned->comment, std::string("Record the end snapshot.\n\tThen ask again."));

        VERIFY_OK(m_cb->outcomes().requestClosure(id, "completed"));
        VERIFY_OK(m_cb->outcomes().approveClosure(id));
        const auto reopenAudits = written();
        const auto reopenChanges = scalar("SELECT count(*) FROM change_log");
        for (const auto& [text, rule] : {std::pair{escape, "control_characters"}, std::pair{tooLong, "too_long"}}) {
            auto reopened = m_cb->outcomes().reopen(id, text);
            QVERIFY(!reopened);
            QCOMPARE(reopened.error().code, ErrorCode::Validation);
            QCOMPARE(reopened.error().field, std::string("reason"));
            QCOMPARE(reopened.error().rule, std::string(rule));
            QCOMPARE(m_cb->referrals().view(id)->state, ReferralState::Closed);
            QCOMPARE(written(), reopenAudits);
            QCOMPARE(scalar("SELECT count(*) FROM change_log"), reopenChanges);
            QCOMPARE(scalar("SELECT count(*) FROM closures WHERE reopened_at IS NOT NULL AND reopened_at <> ''"),
                     std::int64_t(0));
        }

        // A follow-up's note: the same rule, nothing stored on refusal.
        m_clock->set(at(2026, 9, 1));
        FollowUp f;
        f.referralId = id;
        f.kind = "recontact";
        f.happenedOn = ymd(2026, 6, 10);
        for (const auto& [text, rule] : {std::pair{escape, "control_characters"}, std::pair{tooLong, "too_long"}}) {
            f.note = text;
            auto added = m_cb->outcomes().addFollowUp(f);
            QVERIFY(!added);
            QCOMPARE(added.error().field, std::string("note"));
            QCOMPARE(added.error().rule, std::string(rule));
            QCOMPARE(scalar("SELECT count(*) FROM follow_ups"), std::int64_t(0));
            QCOMPARE(written(), reopenAudits);
            QCOMPARE(scalar("SELECT count(*) FROM change_log"), reopenChanges);
        }
        f.note = " Called at home.\n";
        auto added = m_cb->outcomes().addFollowUp(f);
        VERIFY_OK(added);
        QCOMPARE(added->note, std::string("Called at home."));

        auto reopened = m_cb->outcomes().reopen(id, "\tA new concern\nfrom the school. ");
        VERIFY_OK(reopened);
        QCOMPARE(reopened->reopenReason, std::string("A new concern\nfrom the school."));
    }

    void auditorsSeeNoCaseDetail()
    {
        const Uuid id = closedReferral();
        auto cb = openAs("audrey", "quiet garden path in may");
        QVERIFY(cb);
        auto shown = cb->outcomes().show(id);
        QVERIFY(!shown);
        QCOMPARE(shown.error().code, ErrorCode::PermissionDenied);
        const auto kinds = cb->timeline().visibleKinds();
        QVERIFY(std::ranges::find(kinds, std::string("outcome")) == kinds.end());
        FollowUp f;
        f.referralId = id;
        f.kind = "recontact";
        f.happenedOn = m_clock->today();
        QCOMPARE(cb->outcomes().addFollowUp(f).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(cb->outcomes().reopen(id, "why").error().code, ErrorCode::PermissionDenied);
    }

    void historyInBulk()
    {
        m_clock->set(at(2026, 1, 5));
        const Uuid open = referral();
        const Uuid closed = closedReferral();
        m_clock->set(at(2027, 6, 1));
        std::vector<OutcomeHistoryDraft> drafts(1);
        drafts[0].closure.referralId = open;
        drafts[0].closure.status = "completed";
        drafts[0].closure.closedOn = ymd(2026, 3, 31);
        auto refused = m_cb->outcomeHistory().add(drafts);
        QVERIFY(!refused);
        QCOMPARE(refused.error().rule, std::string("not_closed"));
        drafts[0].closure.referralId = closed;
        drafts[0].end.emplace();
        drafts[0].end->eteSuitable = "yes";
        FollowUp f;
        f.kind = "reoffence";
        f.happenedOn = ymd(2027, 3, 31); // day 365 after closure
        f.outcomeType = "conviction";
        f.outcomeDate = ymd(2027, 5, 2);
        drafts[0].followUps.push_back(f);
        const auto auditBefore = scalar("SELECT count(*) FROM audit_log");
        auto added = m_cb->outcomeHistory().add(drafts);
        VERIFY_OK(added);
        QCOMPARE(*added, 1);
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'outcome.history_added'"), std::int64_t(1));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log"), auditBefore + 1);
        QCOMPARE(drafts[0].closure.followUp12, ymd(2027, 3, 31));
        QCOMPARE(scalar("SELECT count(*) FROM follow_ups WHERE kind = 'reoffence' AND happened_on = '2027-03-31' AND "
                        "outcome_date = '2027-05-02' AND outcome_type = 'conviction'"),
                 std::int64_t(1));
        QCOMPARE(scalar("SELECT count(*) FROM outcome_snapshots WHERE stage = 'end' AND taken_on = '2026-03-31' AND "
                        "ete_suitable = 'yes'"),
                 std::int64_t(1));
        auto cb = casey();
        QCOMPARE(cb->outcomeHistory().add(drafts).error().code, ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestOutcomes)
#include "TestOutcomes.moc"
