// The assessment rules as pure functions (core/domain/Assessment.h): the built-in template,
// validation table, template validation, distance travelled and the reassessment draft.

#include "core/domain/Assessment.h"

#include <QTest>

using namespace waymark;

namespace {

Date ymd(int y, int m, int d)
{
    return Date::fromYmd(y, m, d).value();
}

Assessment rated(int value)
{
    Assessment a;
    a.assessedOn = ymd(2026, 3, 10);
    for (const auto& d : defaultTemplate().domains)
        a.ratings.push_back(DomainRating{d.code, value, false, {}});
    return a;
}

} // namespace

class TestAssessmentRules : public QObject
{
    Q_OBJECT

private slots:
    void defaultTemplateHasTheThirteenDomains()
    {
        const AssessmentTemplate& t = defaultTemplate();
        QCOMPARE(t.code, std::string("default"));
        QCOMPARE(t.version, 1);
        QCOMPARE(t.domains.size(), std::size_t(13));
        QVERIFY(validateTemplate(t));
        for (const auto& d : t.domains)
            QVERIFY2(isTemplateCode(d.code), d.code.c_str());
    }

    void validation_data()
    {
        QTest::addColumn<int>("domain");    // which rating to change (-1: none)
        QTest::addColumn<int>("value");     // the rating (-1 unrated, -2 not assessed, 9 out of range)
        QTest::addColumn<int>("dayOffset"); // days added to the assessment date
        QTest::addColumn<QString>("field"); // "" = valid
        QTest::addColumn<QString>("rule");
        QTest::newRow("valid") << -1 << 0 << 0 << ""
                               << "";
        QTest::newRow("not assessed is an answer") << 3 << -2 << 0 << ""
                                                   << "";
        QTest::newRow("unrated") << 3 << -1 << 0 << "rating.neighbourhood"
                                 << "required";
        QTest::newRow("five") << 0 << 5 << 0 << "rating.living_arrangements"
                              << "out_of_range";
        QTest::newRow("negative") << 12 << -7 << 0 << "rating.motivation_to_change"
                                  << "out_of_range";
        QTest::newRow("tomorrow") << -1 << 0 << 1 << "assessed_on"
                                  << "in_future";
        QTest::newRow("before receipt") << -1 << 0 << -30 << "assessed_on"
                                        << "before_received";
    }

    void validation()
    {
        QFETCH(int, domain);
        QFETCH(int, value);
        QFETCH(int, dayOffset);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        Assessment a = rated(2);
        if (domain >= 0) {
            DomainRating& r = a.ratings[static_cast<std::size_t>(domain)];
            r.rating.reset();
            if (value == -2)
                r.notAssessed = true;
            else if (value != -1)
                r.rating = value;
        }
        a.assessedOn = a.assessedOn.addDays(dayOffset);
        const auto st = validateAssessment(a, defaultTemplate(), ymd(2026, 3, 2), ymd(2026, 3, 10));
        if (field.isEmpty()) {
            QVERIFY2(st, st ? "" : st.error().detail.c_str());
            return;
        }
        QVERIFY(!st);
        QCOMPARE(st.error().code, ErrorCode::Validation);
        QCOMPARE(QString::fromStdString(st.error().field), field);
        QCOMPARE(QString::fromStdString(st.error().rule), rule);
    }

    void templateValidation()
    {
        AssessmentTemplate t = defaultTemplate();
        t.code = "Has Space";
        QCOMPARE(validateTemplate(t).error().rule, std::string("code_characters"));
        t = defaultTemplate();
        t.name.clear();
        QCOMPARE(validateTemplate(t).error().field, std::string("name"));
        t = defaultTemplate();
        t.domains.push_back(t.domains.front());
        QCOMPARE(validateTemplate(t).error().rule, std::string("duplicate"));
        t = defaultTemplate();
        t.domains.back().label = "two\nlines";
        QCOMPARE(validateTemplate(t).error().rule, std::string("line_break"));
        t = defaultTemplate();
        t.domains.assign(41, TemplateDomain{"x", "X"});
        QCOMPARE(validateTemplate(t).error().rule, std::string("too_many"));
    }

    void distanceComparesOnlyDomainsRatedBothTimes()
    {
        Assessment before = rated(3);
        before.ratings[1].rating.reset();
        before.ratings[1].notAssessed = true; // family: not assessed before
        Assessment after = rated(2);
        after.ratings[0].rating = 4; // living: 3 -> 4
        AssessmentTemplate v2 = defaultTemplate();
        v2.version = 2;
        v2.domains.erase(v2.domains.begin() + 2); // drops education
        v2.domains.push_back({"online_safety", "Online safety"});
        after.ratings.erase(after.ratings.begin() + 2);
        after.ratings.push_back(DomainRating{"online_safety", 1, false, {}});
        const DistanceTravelled d = distanceTravelled(before, defaultTemplate(), after, v2);
        QCOMPARE(d.domains.size(), std::size_t(14)); // v2's 13, then education
        QCOMPARE(d.domains[0].change, std::optional<int>(1));
        QVERIFY(!d.domains[1].change);
        QCOMPARE(d.domains[1].current, std::optional<int>(2));
        QCOMPARE(d.domains.back().domain, std::string("ete"));
        QVERIFY(!d.domains.back().current);
        // Compared: 13 - family - education = 11 domains; before 33, after 4 + 10 x 2 = 24.
        QCOMPARE(d.comparedCount, 11);
        QCOMPARE(d.previousTotal, 33);
        QCOMPARE(d.currentTotal, 24);
        QCOMPARE(d.totalChange, -9);
    }

    void reassessmentDraftCarriesAnswersOver()
    {
        Assessment before = rated(3);
        before.id = Uuid::v7(std::chrono::system_clock::now());
        before.ratings[5].notes = "Generated note";
        before.goals = "Generated goals";
        before.summary = "Generated summary";
        AssessmentTemplate v2 = defaultTemplate();
        v2.domains.push_back({"online_safety", "Online safety"});
        const Assessment a = reassessmentDraft(before, v2);
        QCOMPARE(a.previousAssessmentId, before.id);
        QCOMPARE(a.ratings.size(), std::size_t(14));
        QCOMPARE(a.ratings[5].notes, std::string("Generated note"));
        QCOMPARE(a.ratings[5].rating, std::optional<int>(3));
        QVERIFY(!a.ratings.back().rating && !a.ratings.back().notAssessed);
        QCOMPARE(a.goals, std::string("Generated goals"));
        QVERIFY(a.summary.empty());
    }
};

QTEST_GUILESS_MAIN(TestAssessmentRules)
#include "TestAssessmentRules.moc"
