// The Assessments desk through the Casebook door, on real SQLCipher casebooks in temp folders:
// the built-in template, recording (and the assessment clock it stops), validation, template
// versioning (an old assessment keeps its own version), reassessment with the distance
// travelled, updates with optimistic concurrency, audit and change-log rows, the due list.

#include "core/Casebook.h"
#include "core/domain/ReferralClocks.h"
#include "core/store/AssessmentStore.h"
#include "core/store/Database.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
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

// Rates every domain of `a`: domain i gets ratings[i % size].
void rateAll(Assessment& a, std::vector<int> ratings)
{
    for (std::size_t i = 0; i < a.ratings.size(); ++i) {
        a.ratings[i].rating = ratings[i % ratings.size()];
        a.ratings[i].notAssessed = false;
        a.ratings[i].notes = "Generated note " + std::to_string(i);
    }
}

} // namespace

class TestAssessments : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Casebook> m_cb;
    Uuid m_person;
    Uuid m_referral;
    Uuid m_casey;

    std::int64_t scalar(const std::string& sql) { return test::scalar(*m_cb, sql); }

    std::unique_ptr<Casebook> openAs(const char* user, const char* password)
    {
        auto cb = Casebook::open(m_dir->file("assess.waymark"), user, password, m_clock);
        if (!cb) {
            qCritical("open: %s", describe(cb.error()).c_str());
            return nullptr;
        }
        return std::move(*cb);
    }

    Uuid acceptedReferral()
    {
        Referral r;
        r.personId = m_person;
        r.received = ymd(2026, 3, 2);
        r.source = "police";
        r.eventDate = ymd(2026, 2, 25);
        r.route = "triage";
        r.offenceCategory = "theft";
        r.risk = "low";
        auto created = m_cb->referrals().create(r);
        if (!created)
            return {};
        if (!m_cb->referrals().startScreening(created->id))
            return {};
        if (!m_cb->referrals().decide(created->id, "accepted", {}, {}))
            return {};
        return created->id;
    }

    Assessment firstAssessment(std::vector<int> ratings = {2, 3, 1})
    {
        auto a = m_cb->assessments().startAssessment(m_referral);
        if (!a)
            return {};
        rateAll(*a, ratings);
        a->strengths = "Generated strengths";
        a->ownView = "Generated view";
        a->goals = "Generated goals";
        a->summary = "Generated summary";
        return *a;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_clock = std::make_shared<FixedClock>(at(2026, 3, 2)); // a Monday
        m_cb = test::makeCasebook(m_dir->file("assess.waymark"), test::kUser, test::kPassword, m_clock);
        QVERIFY(m_cb);
        auto person = m_cb->people().create(test::samplePerson(1));
        QVERIFY(person);
        m_person = person->person.id;
        auto casey = m_cb->users().add("casey", "long river walk at noon", Role::Caseworker, "Casey Worker");
        QVERIFY(casey);
        m_casey = casey->id;
        QVERIFY(m_cb->users().add("audrey", "quiet garden path in may", Role::Auditor, "Audrey Auditor"));
        m_referral = acceptedReferral();
        QVERIFY(!m_referral.isNull());
        QVERIFY(m_cb->referrals().allocate(m_referral, m_casey, {}));
        m_clock->set(at(2026, 3, 10));
    }

    void cleanup()
    {
        m_cb.reset();
        m_dir.reset();
    }

    void defaultTemplateIsSeeded()
    {
        auto all = m_cb->assessments().templates();
        QVERIFY(all);
        QCOMPARE(all->size(), std::size_t(1));
        const AssessmentTemplate& t = all->front();
        QCOMPARE(t.code, std::string("default"));
        QCOMPARE(t.version, 1);
        QCOMPARE(t.id, defaultTemplate().id);
        QCOMPARE(t.domains.size(), std::size_t(13));
        QCOMPARE(t.domains.front().code, std::string("living_arrangements"));
        QCOMPARE(t.domains[5].code, std::string("substance_use"));
        QCOMPARE(t.domains.back().code, std::string("motivation_to_change"));
        QCOMPARE(t.domains.back().label, std::string("Motivation to change"));
        QVERIFY(t.publishedAt.empty());
    }

    void recordStopsTheClockWithAuditAndLog()
    {
        // Before: the referral is in the due list of its worker and of the team.
        auto due = m_cb->assessments().due();
        QVERIFY(due);
        QCOMPARE(due->rows.size(), std::size_t(1));
        QCOMPARE(due->rows.front().referralId, m_referral);
        QCOMPARE(due->rows.front().due, ymd(2026, 3, 23));
        QCOMPARE(due->rows.front().allocatedTo, m_casey);
        QCOMPARE(due->due, std::int64_t(1));
        QCOMPARE(due->overdue, std::int64_t(0));
        auto summaries = m_cb->referrals().forPerson(m_person);
        QVERIFY(summaries);
        QCOMPARE(summaries->front().assessmentDue, ymd(2026, 3, 23));
        const auto recordsBefore = scalar("SELECT coalesce(max(seq), 0) FROM change_record");

        Assessment a = firstAssessment();
        QElapsedTimer timer;
        timer.start();
        auto recorded = m_cb->assessments().record(a);
        const double recordMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        QVERIFY2(recorded, recorded ? "" : describe(recorded.error()).c_str());
        QVERIFY(!recorded->id.isNull());
        QCOMPARE(recorded->personId, m_person);
        QCOMPARE(recorded->templateVersion, 1);
        QCOMPARE(recorded->totalScore(), 2 + 3 + 1 + 2 + 3 + 1 + 2 + 3 + 1 + 2 + 3 + 1 + 2);

        // The clock stopped, in the same change set as the assessment and its 13 ratings.
        auto detail = m_cb->referrals().detail(m_referral);
        QVERIFY(detail);
        QCOMPARE(detail->referral.assessedOn, ymd(2026, 3, 10));
        QCOMPARE(detail->assessmentClock.stopped, ymd(2026, 3, 10));
        QCOMPARE(detail->assessmentClock.state, ClockState::Met);
        const std::string after = " WHERE seq > " + std::to_string(recordsBefore);
        QCOMPARE(scalar("SELECT count(*) FROM change_record" + after), std::int64_t(1 + 13 + 1));
        QCOMPARE(scalar("SELECT count(DISTINCT set_seq) FROM change_record" + after), std::int64_t(1));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'assessment.recorded' AND detail = "
                        "'collection (default v1, 13 domains rated)'"),
                 std::int64_t(1));
        summaries = m_cb->referrals().forPerson(m_person);
        QVERIFY(summaries->front().assessmentDue.isNull());
        due = m_cb->assessments().due();
        QVERIFY(due);
        QVERIFY(due->rows.empty());
        QCOMPARE(due->due + due->overdue, std::int64_t(0));

        // Read back: every field, and the lists.
        timer.restart();
        auto view = m_cb->assessments().view(recorded->id);
        const double viewMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        qInfo("record (13 ratings, clock stopped, audited): %.2f ms; view with template: %.2f ms", recordMs, viewMs);
        QVERIFY(view);
        QCOMPARE(view->assessment.ratings.size(), std::size_t(13));
        QCOMPARE(view->assessment.ratings[1].rating, std::optional<int>(3));
        QCOMPARE(view->assessment.ratings[1].notes, std::string("Generated note 1"));
        QCOMPARE(view->assessment.ownView, std::string("Generated view"));
        QCOMPARE(view->assessment.assessor, m_cb->user().id);
        QCOMPARE(view->tmpl.version, 1);
        QVERIFY(!view->distance);
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'assessment.viewed'"), std::int64_t(1));
        auto list = m_cb->assessments().forReferral(m_referral);
        QVERIFY(list);
        QCOMPARE(list->size(), std::size_t(1));
        QCOMPARE(list->front().totalScore, recorded->totalScore());
        QCOMPARE(list->front().ratedCount, 13);
        auto byPerson = m_cb->assessments().forPerson(m_person);
        QVERIFY(byPerson);
        QCOMPARE(byPerson->size(), std::size_t(1));

        // A later assessment of the same referral leaves the clock where the first stopped it.
        m_clock->set(at(2026, 3, 30));
        Assessment second = firstAssessment();
        QVERIFY(m_cb->assessments().record(second));
        QCOMPARE(m_cb->referrals().view(m_referral)->assessedOn, ymd(2026, 3, 10));
    }

    void overdueWhenPastTheDueDate()
    {
        m_clock->set(at(2026, 3, 24));
        auto due = m_cb->assessments().due();
        QVERIFY(due);
        QCOMPARE(due->overdue, std::int64_t(1));
        QCOMPARE(due->due, std::int64_t(0));
        auto summaries = m_cb->referrals().forPerson(m_person);
        QVERIFY(summaries->front().assessmentOverdue);
        // The caseworker's own list holds it; recording it late misses the clock.
        auto casey = openAs("casey", "long river walk at noon");
        QVERIFY(casey);
        auto mine = casey->assessments().due();
        QVERIFY(mine);
        QCOMPARE(mine->rows.size(), std::size_t(1));
        auto a = casey->assessments().startAssessment(m_referral);
        QVERIFY(a);
        rateAll(*a, {1});
        QVERIFY(casey->assessments().record(*a));
        QCOMPARE(casey->referrals().detail(m_referral)->assessmentClock.state, ClockState::Missed);
    }

    void validationNamesFieldAndRule()
    {
        auto check = [&](Assessment a, const char* field, const char* rule) {
            auto r = m_cb->assessments().record(std::move(a));
            QVERIFY2(!r, field);
            QCOMPARE(r.error().code, ErrorCode::Validation);
            QCOMPARE(r.error().field, std::string(field));
            QCOMPARE(r.error().rule, std::string(rule));
        };
        const Assessment good = firstAssessment();
        Assessment a = good;
        a.ratings[2].rating = 5;
        check(a, "rating.ete", "out_of_range");
        a = good;
        a.ratings[3].rating = -1;
        check(a, "rating.neighbourhood", "out_of_range");
        a = good;
        a.ratings[4].rating.reset();
        check(a, "rating.peers_lifestyle", "required");
        a = good;
        a.ratings.pop_back();
        check(a, "rating.motivation_to_change", "required");
        a = good;
        a.ratings.push_back(DomainRating{"astrology", 2, false, {}});
        check(a, "rating.astrology", "unknown_domain");
        a = good;
        a.ratings.push_back(a.ratings.front());
        check(a, "rating.living_arrangements", "duplicate");
        a = good;
        a.assessedOn = ymd(2026, 3, 11);
        check(a, "assessed_on", "in_future");
        a = good;
        a.assessedOn = ymd(2026, 3, 1);
        check(a, "assessed_on", "before_received");
        a = good;
        a.assessedOn = {};
        check(a, "assessed_on", "required");
        a = good;
        a.ratings[0].notes = std::string(2001, 'x');
        check(a, "notes.living_arrangements", "too_long");
        a = good;
        a.summary = "bad \x1b[31m escape";
        check(a, "summary", "control_characters");
        a = good;
        a.goals = std::string(4001, 'g');
        check(a, "goals", "too_long");
        // "Not assessed" is an answer; its rating is dropped.
        a = good;
        a.ratings[6].rating.reset();
        a.ratings[6].notAssessed = true;
        a.ratings[7].rating = 4;
        a.ratings[7].notAssessed = true;
        auto ok = m_cb->assessments().record(a);
        QVERIFY2(ok, ok ? "" : describe(ok.error()).c_str());
        QCOMPARE(ok->ratedCount(), 11);
        auto view = m_cb->assessments().view(ok->id);
        QVERIFY(view->assessment.ratings[7].notAssessed);
        QVERIFY(!view->assessment.ratings[7].rating);
        // A closed door: a declined referral cannot be assessed.
        Referral r;
        r.personId = m_person;
        r.received = ymd(2026, 3, 2);
        r.source = "school";
        r.eventDate = ymd(2026, 2, 27);
        r.route = "prevention";
        auto other = m_cb->referrals().create(r);
        QVERIFY(other);
        QVERIFY(m_cb->referrals().startScreening(other->id));
        QVERIFY(m_cb->referrals().decide(other->id, "declined", "young_person_declined", {}));
        a = good;
        a.referralId = other->id;
        check(a, "referral", "not_open");
        // Nothing of the refused ones was written.
        QCOMPARE(scalar("SELECT count(*) FROM assessments"), std::int64_t(1));
    }

    void templateVersionsNeverChangeInPlace()
    {
        auto v1Assessment = m_cb->assessments().record(firstAssessment({2}));
        QVERIFY(v1Assessment);
        const auto v1Row = [&] {
            Statement st(m_cb->database(), "SELECT quote(id) || code || version || name || domains || "
                                           "coalesce(published_at, '') || updated_hlc FROM assessment_templates "
                                           "WHERE version = 1");
            return st.step().value_or(false) ? st.text(0) : std::string();
        };
        const std::string before = v1Row();
        QVERIFY(!before.empty());

        // Version 2: drops "neighbourhood", relabels one, adds "online_safety".
        AssessmentTemplate v2 = defaultTemplate();
        v2.domains.erase(v2.domains.begin() + 3);
        v2.domains[0].label = "Home and living arrangements";
        v2.domains.push_back({"online_safety", "Online safety"});
        // Caseworkers may not publish; the refusal is audited.
        auto casey = openAs("casey", "long river walk at noon");
        QVERIFY(casey);
        auto refused = casey->assessments().publishTemplate(v2);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        casey.reset();
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'refused' AND detail LIKE "
                        "'template.publish%'"),
                 std::int64_t(1));
        auto published = m_cb->assessments().publishTemplate(v2);
        QVERIFY2(published, published ? "" : describe(published.error()).c_str());
        QCOMPARE(published->version, 2);
        QVERIFY(published->id != defaultTemplate().id);
        QVERIFY(!published->publishedAt.empty());
        QCOMPARE(published->publishedBy, m_cb->user().id);
        QCOMPARE(v1Row(), before);
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'template.published' AND detail = "
                        "'collection: default v2, 13 domains'"),
                 std::int64_t(1));
        auto all = m_cb->assessments().templates();
        QVERIFY(all);
        QCOMPARE(all->size(), std::size_t(2));

        // The old assessment still shows version 1's thirteen domains.
        auto old = m_cb->assessments().view(v1Assessment->id);
        QVERIFY(old);
        QCOMPARE(old->tmpl.version, 1);
        QCOMPARE(old->tmpl.domains.size(), std::size_t(13));
        QVERIFY(old->tmpl.domain("neighbourhood"));
        QCOMPARE(old->tmpl.domains[0].label, std::string("Living arrangements"));
        QCOMPARE(old->newestTemplateVersion, 2);
        // A new assessment uses version 2 and must rate its new domain.
        auto fresh = m_cb->assessments().startAssessment(m_referral);
        QVERIFY(fresh);
        QCOMPARE(fresh->templateVersion, 2);
        QVERIFY(!fresh->rating("neighbourhood"));
        QVERIFY(fresh->rating("online_safety"));
        // An edit of the old assessment still validates against version 1.
        Assessment edited = old->assessment;
        edited.rating("neighbourhood");
        for (auto& r : edited.ratings)
            if (r.domain == "neighbourhood")
                r.rating = 4;
        auto updated = m_cb->assessments().update(edited);
        QVERIFY2(updated, updated ? "" : describe(updated.error()).c_str());
        QCOMPARE(updated->templateVersion, 1);
        // Publishing bad templates is refused.
        AssessmentTemplate bad = v2;
        bad.domains.push_back(bad.domains.front());
        auto dup = m_cb->assessments().publishTemplate(bad);
        QVERIFY(!dup);
        QCOMPARE(dup.error().rule, std::string("duplicate"));
        bad = v2;
        bad.code = "Bad Code";
        QCOMPARE(m_cb->assessments().publishTemplate(bad).error().rule, std::string("code_characters"));
        bad = v2;
        bad.domains.clear();
        QCOMPARE(m_cb->assessments().publishTemplate(bad).error().field, std::string("domains"));
        // A new code starts at version 1.
        AssessmentTemplate brief;
        brief.code = "brief";
        brief.name = "Brief check";
        brief.domains = {{"safety", "Safety"}, {"wellbeing", "Wellbeing"}};
        auto briefV1 = m_cb->assessments().publishTemplate(brief);
        QVERIFY(briefV1);
        QCOMPARE(briefV1->version, 1);
        QCOMPARE(m_cb->assessments().findTemplate("default")->version, 2);
        QCOMPARE(m_cb->assessments().findTemplate("default", 1)->domains.size(), std::size_t(13));
    }

    void reassessmentShowsDistanceTravelled()
    {
        Assessment a = firstAssessment({3});
        a.ratings[6].rating.reset();
        a.ratings[6].notAssessed = true; // physical health not assessed the first time
        auto first = m_cb->assessments().record(a);
        QVERIFY(first);
        // Version 2 drops neighbourhood and adds online safety.
        AssessmentTemplate v2 = defaultTemplate();
        v2.domains.erase(v2.domains.begin() + 3);
        v2.domains.push_back({"online_safety", "Online safety"});
        QVERIFY(m_cb->assessments().publishTemplate(v2));

        m_clock->set(at(2026, 5, 11));
        auto draft = m_cb->assessments().startReassessment(first->id);
        QVERIFY2(draft, draft ? "" : describe(draft.error()).c_str());
        QCOMPARE(draft->previousAssessmentId, first->id);
        QCOMPARE(draft->templateVersion, 2);
        QCOMPARE(draft->assessedOn, ymd(2026, 5, 11));
        QCOMPARE(draft->rating("substance_use")->rating, std::optional<int>(3));
        QCOMPARE(draft->rating("substance_use")->notes, std::string("Generated note 5"));
        QVERIFY(draft->rating("physical_health")->notAssessed);
        QVERIFY(!draft->rating("online_safety")->rating); // new: to be rated
        QCOMPARE(draft->goals, std::string("Generated goals"));
        QVERIFY(draft->summary.empty());
        // Unless told otherwise: the version it was first recorded with.
        auto onV1 = m_cb->assessments().startReassessment(first->id, 1);
        QVERIFY(onV1);
        QCOMPARE(onV1->templateVersion, 1);

        // Not rating the new domain is refused; then rate: substance use 3 -> 1, family 3 -> 4.
        auto refused = m_cb->assessments().record(*draft);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, std::string("rating.online_safety"));
        for (auto& r : draft->ratings) {
            if (r.domain == "substance_use")
                r.rating = 1;
            if (r.domain == "family_relationships")
                r.rating = 4;
            if (r.domain == "online_safety")
                r.rating = 2;
            if (r.domain == "physical_health") {
                r.notAssessed = false;
                r.rating = 1;
            }
        }
        auto second = m_cb->assessments().record(*draft);
        QVERIFY2(second, second ? "" : describe(second.error()).c_str());
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'assessment.recorded' AND detail LIKE "
                        "'collection: reassessment (default v2,%'"),
                 std::int64_t(1));

        auto d = m_cb->assessments().distance(second->id);
        QVERIFY2(d, d ? "" : describe(d.error()).c_str());
        QCOMPARE(d->previousId, first->id);
        QCOMPARE(d->previousDate, ymd(2026, 3, 10));
        QCOMPARE(d->currentDate, ymd(2026, 5, 11));
        // v2's 13 domains, then the one only v1 had.
        QCOMPARE(d->domains.size(), std::size_t(14));
        QCOMPARE(d->domains.back().domain, std::string("neighbourhood"));
        QCOMPARE(d->domains.back().previous, std::optional<int>(3));
        QVERIFY(!d->domains.back().current);
        QVERIFY(!d->domains.back().change);
        auto find = [&](const char* code) {
            return *std::find_if(d->domains.begin(), d->domains.end(),
                                 [&](const DomainChange& c) { return c.domain == code; });
        };
        QCOMPARE(find("substance_use").change, std::optional<int>(-2));
        QCOMPARE(find("family_relationships").change, std::optional<int>(1));
        QCOMPARE(find("living_arrangements").change, std::optional<int>(0));
        QVERIFY(!find("online_safety").change);   // not rated before
        QVERIFY(!find("physical_health").change); // not assessed before
        QCOMPARE(find("physical_health").current, std::optional<int>(1));
        // Compared: the 11 domains rated both times (13 in v1, less neighbourhood and
        // physical health): before 11 x 3 = 33; now 33 - 2 + 1 = 32.
        QCOMPARE(d->comparedCount, 11);
        QCOMPARE(d->previousTotal, 33);
        QCOMPARE(d->currentTotal, 32);
        QCOMPARE(d->totalChange, -1);
        auto view = m_cb->assessments().view(second->id);
        QVERIFY(view->distance);
        QCOMPARE(view->distance->totalChange, -1);
        QVERIFY(!m_cb->assessments().distance(first->id));

        // A reassessment dated before the assessment it follows is refused.
        auto early = m_cb->assessments().startReassessment(second->id);
        QVERIFY(early);
        for (auto& r : early->ratings)
            if (!r.rating && !r.notAssessed)
                r.rating = 0;
        early->assessedOn = ymd(2026, 5, 1);
        auto refusedEarly = m_cb->assessments().record(*early);
        QVERIFY(!refusedEarly);
        QCOMPARE(refusedEarly.error().rule, std::string("before_previous"));
    }

    void updateIsOptimisticAndMovesTheClock()
    {
        auto recorded = m_cb->assessments().record(firstAssessment());
        QVERIFY(recorded);
        Assessment edited = *recorded;
        edited.ratings[0].rating = 0;
        edited.assessedOn = ymd(2026, 3, 5);
        const auto recordsBefore = scalar("SELECT coalesce(max(seq), 0) FROM change_record");
        auto updated = m_cb->assessments().update(edited);
        QVERIFY2(updated, updated ? "" : describe(updated.error()).c_str());
        QVERIFY(updated->updatedHlc != recorded->updatedHlc);
        QCOMPARE(m_cb->referrals().view(m_referral)->assessedOn, ymd(2026, 3, 5));
        QCOMPARE(m_cb->assessments().view(recorded->id)->assessment.ratings[0].rating, std::optional<int>(0));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'assessment.updated'"), std::int64_t(1));
        // Only the changed rating row was logged (plus the assessment and the referral).
        QCOMPARE(scalar("SELECT count(*) FROM change_record WHERE seq > " + std::to_string(recordsBefore)),
                 std::int64_t(3));
        // The stale copy is refused.
        edited.ratings[1].rating = 0;
        auto stale = m_cb->assessments().update(edited);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        // Nothing changed: nothing written.
        const auto sets = scalar("SELECT count(*) FROM change_set");
        QVERIFY(m_cb->assessments().update(*updated));
        QCOMPARE(scalar("SELECT count(*) FROM change_set"), sets);
    }

    void auditorsAreRefused()
    {
        auto recorded = m_cb->assessments().record(firstAssessment());
        QVERIFY(recorded);
        m_cb.reset();
        auto audrey = openAs("audrey", "quiet garden path in may");
        QVERIFY(audrey);
        auto view = audrey->assessments().view(recorded->id);
        QVERIFY(!view);
        QCOMPARE(view.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(audrey->assessments().forPerson(m_person).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(audrey->assessments().templates().error().code, ErrorCode::PermissionDenied);
        audrey.reset();
        m_cb = openAs(test::kUser, test::kPassword);
        QVERIFY(m_cb);
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'refused' AND detail LIKE "
                        "'assessment.view%'"),
                 std::int64_t(3));
    }

    void timelineSourceReadsThePersonsAssessments()
    {
        auto first = m_cb->assessments().record(firstAssessment({1}));
        QVERIFY(first);
        m_clock->set(at(2026, 4, 1));
        auto draft = m_cb->assessments().startReassessment(first->id);
        QVERIFY(draft);
        QVERIFY(m_cb->assessments().record(*draft));
        const auto sources = AssessmentStore::timelineSources();
        QCOMPARE(sources.size(), std::size_t(1));
        QCOMPARE(sources.front().kind, std::string_view("assessment"));
        Statement st(m_cb->database(), sources.front().sql);
        st.bind(1, m_person).bind(2, "9999").bind(3, "0000").bind(4, 10);
        std::vector<std::string> rows;
        QVERIFY(st.forEachRow([&] { rows.push_back(st.text(0) + " " + st.text(3) + " " + st.text(4)); }));
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0], std::string("2026-04-01 reassessment default v1, score 13"));
        QCOMPARE(rows[1], std::string("2026-03-10 assessment default v1, score 13"));
        QCOMPARE(st.columnName(0), std::string("at"));
        QCOMPARE(st.columnName(6), std::string("sensitive"));
    }
};

QTEST_GUILESS_MAIN(TestAssessments)
#include "TestAssessments.moc"
