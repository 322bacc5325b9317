// The Plans desk through the Casebook door, on real SQLCipher casebooks in temp folders:
// goals and interventions, the consent gate (refusal, coordinator override with a reason,
// caseworker refused), intervention status rules, providers, extending the intervention
// types, change-log rows, conflicts and the plan's timeline source.

#include "core/Casebook.h"
#include "core/store/Database.h"
#include "core/store/PlanStore.h"
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

constexpr const char* kCaseyPassword = "long river walk at noon";

} // namespace

class TestPlans : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Casebook> m_cb;
    Uuid m_person;
    Uuid m_referral;
    std::string m_reference;
    Uuid m_provider;

    std::int64_t scalar(const std::string& sql) { return test::scalar(*m_cb, sql); }

    // An accepted referral with consent as given.
    Uuid acceptedReferral(const std::string& consent, std::string* reference = nullptr)
    {
        Referral r;
        r.personId = m_person;
        r.received = ymd(2026, 3, 2);
        r.source = "police";
        r.eventDate = ymd(2026, 2, 23);
        r.route = "community_resolution";
        r.offenceCategory = "theft";
        r.risk = "low";
        r.consent = consent;
        auto created = m_cb->referrals().create(r);
        if (!created) {
            qCritical("create: %s", describe(created.error()).c_str());
            return {};
        }
        if (!m_cb->referrals().startScreening(created->id))
            return {};
        auto accepted = m_cb->referrals().decide(created->id, "accepted", {}, {});
        if (!accepted) {
            qCritical("accept: %s", describe(accepted.error()).c_str());
            return {};
        }
        if (reference)
            *reference = created->reference;
        return created->id;
    }

    std::unique_ptr<Casebook> openAs(const char* user, const char* password)
    {
        auto cb = Casebook::open(m_dir->file("plans.waymark"), user, password, m_clock);
        if (!cb) {
            qCritical("open: %s", describe(cb.error()).c_str());
            return nullptr;
        }
        return std::move(*cb);
    }

    Intervention mentoring()
    {
        Intervention i;
        i.type = "mentoring";
        i.plannedStart = ymd(2026, 3, 9);
        i.plannedEnd = ymd(2026, 6, 1);
        return i;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_clock = std::make_shared<FixedClock>(at(2026, 3, 4));
        m_cb = test::makeCasebook(m_dir->file("plans.waymark"), test::kUser, test::kPassword, m_clock);
        QVERIFY(m_cb);
        auto person = m_cb->people().create(test::samplePerson(1));
        QVERIFY(person);
        m_person = person->person.id;
        QVERIFY(m_cb->users().add("casey", kCaseyPassword, Role::Caseworker, "Casey Worker"));
        QVERIFY(m_cb->users().add("audrey", "quiet garden path in may", Role::Auditor, "Audrey Auditor"));
        m_referral = acceptedReferral("not_asked", &m_reference);
        QVERIFY(!m_referral.isNull());
        Provider p;
        p.name = "Northside Youth Mentors";
        p.kind = "charity";
        p.fundingSource = "PCC grant";
        p.contactName = "Sam Example";
        p.contactPhone = "01632 960123";
        p.contactEmail = "referrals@example.org";
        auto added = m_cb->plans().addProvider(p);
        QVERIFY2(added, added ? "" : describe(added.error()).c_str());
        m_provider = added->id;
    }

    void cleanup()
    {
        m_cb.reset();
        m_dir.reset();
    }

    void schemaHasThePlanTables()
    {
        QVERIFY(m_cb->info().schemaVersion >= 9);
        for (const auto table : PlanStore::tableNames()) {
            QVERIFY2(scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" +
                            std::string(table) + "'") == 1,
                     std::string(table).c_str());
            QVERIFY(scalar("SELECT count(*) FROM change_column WHERE table_name = '" + std::string(table) + "'") > 1);
        }
        for (const char* index : {"plans_person", "plan_goals_person", "interventions_person", "plan_events_person"})
            QCOMPARE(scalar("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '" +
                            std::string(index) + "'"),
                     std::int64_t(1));
    }

    void goalsMakeThePlanAndAreLogged()
    {
        auto empty = m_cb->plans().show(m_referral);
        QVERIFY(empty);
        QVERIFY(!empty->plan);
        QVERIFY(empty->editable);
        QVERIFY(!empty->consentToShare);
        const auto recordsBefore = scalar("SELECT coalesce(max(seq), 0) FROM change_record");
        PlanGoal g;
        g.text = "  Back into full-time school by Easter ";
        g.domains = {"peers_lifestyle", "ete", "ete"};
        auto goal = m_cb->plans().addGoal(m_referral, g);
        QVERIFY2(goal, goal ? "" : describe(goal.error()).c_str());
        QCOMPARE(goal->text, std::string("Back into full-time school by Easter"));
        QCOMPARE(goal->domains, (std::vector<std::string>{"ete", "peers_lifestyle"}));
        QCOMPARE(goal->personId, m_person);
        // One change set: the plan, the goal and its history row.
        QCOMPARE(scalar("SELECT count(*) FROM change_record WHERE seq > " + std::to_string(recordsBefore)),
                 std::int64_t(3));
        QCOMPARE(
            scalar("SELECT count(DISTINCT set_seq) FROM change_record WHERE seq > " + std::to_string(recordsBefore)),
            std::int64_t(1));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'plan.goal_added'"), std::int64_t(1));
        // The audit row says what was done, not what was typed.
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE detail LIKE '%Easter%'"), std::int64_t(0));

        PlanGoal bad;
        bad.text = "x";
        bad.domains = {"astrology"};
        auto refused = m_cb->plans().addGoal(m_referral, bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, std::string("domains"));
        bad.domains.clear();
        bad.text = "";
        refused = m_cb->plans().addGoal(m_referral, bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().rule, std::string("required"));

        // Update: status, and a stale copy is a conflict.
        PlanGoal edited = *goal;
        edited.status = "achieved";
        auto updated = m_cb->plans().updateGoal(edited);
        QVERIFY2(updated, updated ? "" : describe(updated.error()).c_str());
        QCOMPARE(updated->status, std::string("achieved"));
        auto stale = m_cb->plans().updateGoal(edited);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);

        auto shown = m_cb->plans().show(m_referral);
        QVERIFY(shown && shown->plan);
        QCOMPARE(shown->goals.size(), std::size_t(1));
        QCOMPARE(shown->history.size(), std::size_t(2));
        QCOMPARE(shown->history[0].kind, std::string("goal_added"));
    }

    void planNeedsAnAcceptedReferral()
    {
        Referral r;
        r.personId = m_person;
        r.received = ymd(2026, 3, 2);
        r.source = "school";
        r.eventDate = ymd(2026, 2, 27);
        r.route = "community_resolution";
        auto created = m_cb->referrals().create(r);
        QVERIFY(created);
        PlanGoal g;
        g.text = "Meet the mentor";
        auto refused = m_cb->plans().addGoal(created->id, g);
        QVERIFY(!refused);
        QCOMPARE(refused.error().rule, std::string("plan_closed"));
        QVERIFY(refused.error().detail.find("'received'") != std::string::npos);
    }

    void consentGateRefusesWithAClearMessage()
    {
        auto planned = m_cb->plans().addIntervention(m_referral, mentoring());
        QVERIFY2(planned, planned ? "" : describe(planned.error()).c_str());
        QCOMPARE(planned->status, std::string("planned"));
        const auto logBefore = scalar("SELECT coalesce(max(seq), 0) FROM change_record");
        auto refused = m_cb->plans().referToProvider(planned->id, planned->updatedHlc, m_provider, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Validation);
        QCOMPARE(refused.error().field, std::string("consent"));
        QCOMPARE(refused.error().rule, std::string("consent_not_recorded"));
        QCOMPARE(refused.error().detail, "consent to share with partner organisations is not recorded on referral " +
                                             m_reference +
                                             "; record consent first, or a coordinator may override with a reason");
        // Nothing written, the refusal audited.
        QCOMPARE(scalar("SELECT coalesce(max(seq), 0) FROM change_record"), logBefore);
        auto still = m_cb->plans().intervention(planned->id);
        QVERIFY(still);
        QCOMPARE(still->intervention.status, std::string("planned"));
        QVERIFY(still->intervention.referredOn.isNull());
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'intervention.refer_refused'"),
                 std::int64_t(1));
        // Adding one already referred is gated the same way; so is a refusal of consent.
        Intervention direct = mentoring();
        direct.providerId = m_provider;
        direct.status = "referred";
        auto refusedAdd = m_cb->plans().addIntervention(m_referral, direct);
        QVERIFY(!refusedAdd);
        QCOMPARE(refusedAdd.error().rule, std::string("consent_not_recorded"));
        const Uuid refusedConsent = acceptedReferral("refused");
        auto refusedToo = m_cb->plans().addIntervention(refusedConsent, direct);
        QVERIFY(!refusedToo);
        QCOMPARE(refusedToo.error().rule, std::string("consent_not_recorded"));
        QCOMPARE(scalar("SELECT count(*) FROM interventions"), std::int64_t(1));

        // With consent recorded, the referral goes through and is audited as a disclosure.
        const Uuid given = acceptedReferral("given");
        auto referred = m_cb->plans().addIntervention(given, direct);
        QVERIFY2(referred, referred ? "" : describe(referred.error()).c_str());
        QCOMPARE(referred->referredOn, ymd(2026, 3, 4));
        QVERIFY(!referred->consentOverridden);
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'intervention.referred' AND detail LIKE "
                        "'%consent: given%'"),
                 std::int64_t(1));
    }

    void coordinatorOverridesWithAReasonAudited()
    {
        auto planned = m_cb->plans().addIntervention(m_referral, mentoring());
        QVERIFY(planned);
        const std::string reason = "Parent agreed by phone; form to follow";
        auto referred = m_cb->plans().referToProvider(planned->id, planned->updatedHlc, m_provider, ymd(2026, 3, 3),
                                                      "  " + reason + " ");
        QVERIFY2(referred, referred ? "" : describe(referred.error()).c_str());
        QCOMPARE(referred->status, std::string("referred"));
        QCOMPARE(referred->referredOn, ymd(2026, 3, 3));
        QVERIFY(referred->consentOverridden);
        QCOMPARE(referred->overrideReason, reason);
        QVERIFY(!referred->overriddenBy.isNull());
        // Visible on the intervention as read back, and in the plan's history with the reason.
        auto shown = m_cb->plans().show(m_referral);
        QVERIFY(shown);
        QCOMPARE(shown->interventions.size(), std::size_t(1));
        QVERIFY(shown->interventions[0].intervention.consentOverridden);
        QCOMPARE(shown->interventions[0].intervention.overrideReason, reason);
        QCOMPARE(shown->interventions[0].providerName, std::string("Northside Youth Mentors"));
        bool found = false;
        for (const auto& ev : shown->history)
            if (ev.kind == "consent_override") {
                found = true;
                QCOMPARE(ev.note, reason);
                QCOMPARE(ev.code, std::string("not_asked"));
            }
        QVERIFY(found);
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'intervention.consent_overridden' AND "
                        "record_id IS NOT NULL"),
                 std::int64_t(1));
        // The reason reached the change log (for sync) with the override flag.
        QCOMPARE(scalar("SELECT count(*) FROM interventions WHERE consent_overridden = 1 AND override_reason = '" +
                        reason + "'"),
                 std::int64_t(1));
    }

    void caseworkerCannotOverride()
    {
        auto planned = m_cb->plans().addIntervention(m_referral, mentoring());
        QVERIFY(planned);
        m_cb.reset();
        auto casey = openAs("casey", kCaseyPassword);
        QVERIFY(casey);
        const auto refusedBefore = test::scalar(*casey, "SELECT count(*) FROM audit_log WHERE operation = 'refused'");
        // Without a reason: the consent message. With one: the role refuses the override.
        auto plain = casey->plans().referToProvider(planned->id, planned->updatedHlc, m_provider, {});
        QVERIFY(!plain);
        QCOMPARE(plain.error().rule, std::string("consent_not_recorded"));
        auto overridden = casey->plans().referToProvider(planned->id, planned->updatedHlc, m_provider, {}, "urgent");
        QVERIFY(!overridden);
        QCOMPARE(overridden.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(test::scalar(*casey, "SELECT count(*) FROM audit_log WHERE operation = 'refused'"), refusedBefore + 1);
        QCOMPARE(test::scalar(*casey, "SELECT count(*) FROM interventions WHERE status = 'referred'"), std::int64_t(0));
        // A caseworker may refer when consent is recorded.
        m_cb = std::move(casey);
        m_cb.reset();
        m_cb = openAs(test::kUser, test::kPassword);
        QVERIFY(m_cb);
        const Uuid given = acceptedReferral("given");
        m_cb.reset();
        casey = openAs("casey", kCaseyPassword);
        Intervention direct = mentoring();
        direct.providerId = m_provider;
        direct.status = "referred";
        auto ok = casey->plans().addIntervention(given, direct);
        QVERIFY2(ok, ok ? "" : describe(ok.error()).c_str());
        // ... but may not manage providers or extend the types.
        Provider p;
        p.name = "Another Provider";
        auto added = casey->plans().addProvider(p);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::PermissionDenied);
        auto extended = casey->plans().addInterventionType("boxing", "Boxing club");
        QVERIFY(!extended);
        QCOMPARE(extended.error().code, ErrorCode::PermissionDenied);
    }

    void interventionStatusRules()
    {
        Intervention i = mentoring();
        i.status = "completed";
        auto refused = m_cb->plans().addIntervention(m_referral, i);
        QVERIFY(!refused);
        QCOMPARE(refused.error().rule, std::string("not_initial"));
        i.status = "paused";
        refused = m_cb->plans().addIntervention(m_referral, i);
        QVERIFY(!refused);
        QCOMPARE(refused.error().rule, std::string("unknown_code"));
        i = mentoring();
        i.plannedEnd = ymd(2026, 3, 1);
        refused = m_cb->plans().addIntervention(m_referral, i);
        QVERIFY(!refused);
        QCOMPARE(refused.error().rule, std::string("before_start"));
        i = mentoring();
        i.type = "astrology";
        refused = m_cb->plans().addIntervention(m_referral, i);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, std::string("type"));

        auto active = m_cb->plans().addIntervention(m_referral, [this] {
            Intervention a = mentoring();
            a.status = "active";
            return a;
        }());
        QVERIFY2(active, active ? "" : describe(active.error()).c_str());
        // An outcome before the end is refused.
        Intervention edited = *active;
        edited.outcome = "goals_met";
        auto early = m_cb->plans().updateIntervention(edited);
        QVERIFY(!early);
        QCOMPARE(early.error().rule, std::string("not_ended"));
        edited.status = "completed";
        edited.outcomeNote = "Attended every session";
        auto done = m_cb->plans().updateIntervention(edited);
        QVERIFY2(done, done ? "" : describe(done.error()).c_str());
        QCOMPARE(done->status, std::string("completed"));
        QCOMPARE(done->outcome, std::string("goals_met"));
        // Final: no way back.
        Intervention back = *done;
        back.status = "active";
        back.outcome.clear();
        back.outcomeNote.clear();
        auto illegal = m_cb->plans().updateIntervention(back);
        QVERIFY(!illegal);
        QCOMPARE(illegal.error().rule, std::string("illegal_transition"));
        QVERIFY(illegal.error().detail.find("'completed'") != std::string::npos);
        // Stale copy.
        auto stale = m_cb->plans().updateIntervention(edited);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        // History: added (active), then active>completed.
        auto shown = m_cb->plans().show(m_referral);
        QVERIFY(shown);
        QCOMPARE(shown->history.back().kind, std::string("intervention_status"));
        QCOMPARE(shown->history.back().fromStatus, std::string("active"));
        QCOMPARE(shown->history.back().toStatus, std::string("completed"));
    }

    void providersListAndUpdate()
    {
        Provider second;
        second.name = "Eastgate Boxing Club";
        second.kind = "sport_club";
        second.fundingSource = "Local authority";
        auto added = m_cb->plans().addProvider(second);
        QVERIFY(added);
        Provider same;
        same.name = "northside youth MENTORS";
        auto dup = m_cb->plans().addProvider(same);
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, ErrorCode::Conflict);
        Provider badEmail;
        badEmail.name = "Westway";
        badEmail.contactEmail = "nobody";
        auto bad = m_cb->plans().addProvider(badEmail);
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, std::string("contact_email"));
        badEmail.contactEmail.clear();
        badEmail.kind = "spaceship";
        bad = m_cb->plans().addProvider(badEmail);
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, std::string("kind"));

        auto list = m_cb->plans().providers();
        QVERIFY(list);
        QCOMPARE(list->size(), std::size_t(2));
        QCOMPARE(list->at(0).name, std::string("Eastgate Boxing Club")); // by name
        QCOMPARE(list->at(1).fundingSource, std::string("PCC grant"));
        QCOMPARE(list->at(1).contactEmail, std::string("referrals@example.org"));

        // Made inactive: off the active list, and no new referrals to it.
        Provider edited = *added;
        edited.active = false;
        auto updated = m_cb->plans().updateProvider(edited);
        QVERIFY2(updated, updated ? "" : describe(updated.error()).c_str());
        auto active = m_cb->plans().providers(true);
        QVERIFY(active);
        QCOMPARE(active->size(), std::size_t(1));
        auto stale = m_cb->plans().updateProvider(edited);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        const Uuid given = acceptedReferral("given");
        Intervention i = mentoring();
        i.providerId = added->id;
        auto refused = m_cb->plans().addIntervention(given, i);
        QVERIFY(!refused);
        QCOMPARE(refused.error().rule, std::string("inactive"));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation IN ('provider.added', 'provider.updated')"),
                 std::int64_t(3));
    }

    void interventionTypesExtend()
    {
        auto before = m_cb->plans().interventionTypes();
        QVERIFY(before);
        QCOMPARE(before->size(), std::size_t(11));
        QCOMPARE(before->front().code, std::string("mentoring"));
        auto added = m_cb->plans().addInterventionType("boxing", "Boxing club");
        QVERIFY2(added, added ? "" : describe(added.error()).c_str());
        QVERIFY(!added->builtIn);
        auto again = m_cb->plans().addInterventionType("boxing", "Boxing again");
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        auto builtIn = m_cb->plans().addInterventionType("mentoring", "Mentoring 2");
        QVERIFY(!builtIn);
        QCOMPARE(builtIn.error().code, ErrorCode::Conflict);
        auto badCode = m_cb->plans().addInterventionType("Boxing Club!", "x");
        QVERIFY(!badCode);
        QCOMPARE(badCode.error().field, std::string("code"));
        auto after = m_cb->plans().interventionTypes();
        QVERIFY(after);
        QCOMPARE(after->size(), std::size_t(12));
        QCOMPARE(after->back().code, std::string("boxing"));
        QCOMPARE(after->back().label, std::string("Boxing club"));
        // Synced and audited.
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'code.extended'"), std::int64_t(1));
        QVERIFY(scalar("SELECT count(*) FROM change_record r JOIN change_column c ON c.id = r.table_id WHERE "
                       "c.table_name = 'code_extensions'") == 1);
        // The new type can be used.
        Intervention i = mentoring();
        i.type = "boxing";
        auto used = m_cb->plans().addIntervention(m_referral, i);
        QVERIFY2(used, used ? "" : describe(used.error()).c_str());
        // ... and survives reopening.
        m_cb.reset();
        m_cb = openAs(test::kUser, test::kPassword);
        auto reopened = m_cb->plans().interventionTypes();
        QVERIFY(reopened && reopened->size() == 12);
    }

    // Every field of an intervention and a provider comes back as written, and reopening the
    // casebook (a fresh connection) reads the same.
    void everyFieldRoundTrips()
    {
        const Uuid given = acceptedReferral("given");
        Intervention i = mentoring();
        i.providerId = m_provider;
        i.status = "referred";
        i.referredOn = ymd(2026, 3, 3);
        auto added = m_cb->plans().addIntervention(given, i);
        QVERIFY2(added, added ? "" : describe(added.error()).c_str());
        Intervention edited = *added;
        edited.status = "active";
        auto active = m_cb->plans().updateIntervention(edited);
        QVERIFY(active);
        edited = *active;
        edited.status = "ended_early";
        edited.outcome = "disengaged";
        edited.outcomeNote = "Stopped attending after week three";
        auto ended = m_cb->plans().updateIntervention(edited);
        QVERIFY2(ended, ended ? "" : describe(ended.error()).c_str());
        m_cb.reset();
        m_cb = openAs(test::kUser, test::kPassword);
        QVERIFY(m_cb);
        auto read = m_cb->plans().intervention(ended->id);
        QVERIFY(read);
        const Intervention& r = read->intervention;
        QCOMPARE(r.id, ended->id);
        QCOMPARE(r.updatedHlc, ended->updatedHlc);
        QCOMPARE(r.planId, ended->planId);
        QCOMPARE(r.personId, m_person);
        QCOMPARE(r.referralId, given);
        QCOMPARE(r.type, std::string("mentoring"));
        QCOMPARE(r.providerId, m_provider);
        QCOMPARE(r.plannedStart, ymd(2026, 3, 9));
        QCOMPARE(r.plannedEnd, ymd(2026, 6, 1));
        QCOMPARE(r.status, std::string("ended_early"));
        QCOMPARE(r.referredOn, ymd(2026, 3, 3));
        QCOMPARE(r.outcome, std::string("disengaged"));
        QCOMPARE(r.outcomeNote, std::string("Stopped attending after week three"));
        QCOMPARE(r.createdAt, ended->createdAt);
        QCOMPARE(r.createdBy, ended->createdBy);
        QCOMPARE(read->providerName, std::string("Northside Youth Mentors"));
        auto p = m_cb->plans().provider(m_provider);
        QVERIFY(p);
        QCOMPARE(p->name, std::string("Northside Youth Mentors"));
        QCOMPARE(p->kind, std::string("charity"));
        QCOMPARE(p->fundingSource, std::string("PCC grant"));
        QCOMPARE(p->contactName, std::string("Sam Example"));
        QCOMPARE(p->contactPhone, std::string("01632 960123"));
        QCOMPARE(p->contactEmail, std::string("referrals@example.org"));
        QVERIFY(p->active);
        // The history: added (referred), referred>active, active>ended_early.
        auto shown = m_cb->plans().show(given);
        QVERIFY(shown);
        QCOMPARE(shown->history.size(), std::size_t(3));
        QCOMPARE(shown->history[2].fromStatus, std::string("active"));
        QCOMPARE(shown->history[2].toStatus, std::string("ended_early"));
    }

    void timelineSourceReadsThePersonsPlanEvents()
    {
        PlanGoal g;
        g.text = "Join a club";
        g.domains = {"peers_lifestyle"};
        QVERIFY(m_cb->plans().addGoal(m_referral, g));
        auto i = m_cb->plans().addIntervention(m_referral, mentoring());
        QVERIFY(i);
        Intervention edited = *i;
        edited.status = "active";
        QVERIFY(m_cb->plans().updateIntervention(edited));
        const auto sources = PlanStore::timelineSources();
        QCOMPARE(sources.size(), std::size_t(1));
        QCOMPARE(sources[0].kind, std::string_view("plan"));
        Statement st(m_cb->database(), sources[0].sql);
        st.bind(1, m_person);
        st.bind(2, std::string_view("9999-12-31"));
        st.bind(3, std::string_view("0000-01-01"));
        st.bind(4, 50);
        std::vector<std::string> titles;
        std::vector<std::string> details;
        QVERIFY(st.forEachRow([&] {
            titles.push_back(st.text(3));
            details.push_back(st.text(4));
            QCOMPARE(st.text(0).size(), std::size_t(20));
            QCOMPARE(st.uuid(2), m_referral);
        }));
        QCOMPARE(titles.size(), std::size_t(3));
        QVERIFY(std::ranges::find(titles, "goal_added") != titles.end());
        QVERIFY(std::ranges::find(details, "mentoring planned>active") != details.end());
        // The query reads through the person index.
        Statement plan(m_cb->database(), "EXPLAIN QUERY PLAN " + std::string(sources[0].sql));
        std::string how;
        QVERIFY(plan.forEachRow([&] { how += plan.text(3) + "\n"; }));
        QVERIFY2(how.find("plan_events_person") != std::string::npos, how.c_str());
    }
};

QTEST_GUILESS_MAIN(TestPlans)
#include "TestPlans.moc"
