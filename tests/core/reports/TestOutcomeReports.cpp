// The two outcome reports through the Casebook door on the hand-made casebook of
// OutcomeFixtures.h (real SQLCipher file in a temp folder), each answer worked out by hand below:
// outcomes by intervention type and by provider (enrolled on the first attended session,
// completed %, mean change in assessment score, reoffending % with a pending closure, contact
// minutes, the provider filter) and the KPI funnels at start against end, with small numbers
// suppressed in the export.

#include "tests/core/reports/OutcomeFixtures.h"

#include <QTest>

using namespace waymark;
using test::period;
using test::ymd;

namespace {

std::optional<double> at(const ReportTable& t, std::string_view section, std::string_view group,
                         std::string_view column)
{
    const ReportRow* row = t.find(section, group);
    if (!row) {
        qWarning("no row %s/%s in %s", std::string(section).c_str(), std::string(group).c_str(), t.name.c_str());
        return -1000.0;
    }
    return t.value(*row, column);
}

std::optional<double> total(const ReportTable& t, std::string_view column)
{
    return t.totals ? t.value(*t.totals, column) : -1000.0;
}

bool near(std::optional<double> a, double b)
{
    return a && std::abs(*a - b) < 1e-9;
}

bool hidden(const ReportTable& t, const ReportRow& row, std::string_view column)
{
    const int c = t.column(column);
    return c >= 0 && row.cells.at(static_cast<std::size_t>(c)).suppressed;
}

} // namespace

class TestOutcomeReports : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<test::OutcomeScheme> m_scheme;

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_scheme = std::make_unique<test::OutcomeScheme>(m_dir->file("outcomes.waymark"), ymd(2026, 3, 1));
        QVERIFY(m_scheme->casebook);
        QVERIFY(test::buildOutcomeScheme(*m_scheme));
    }

    void cleanupTestCase()
    {
        m_scheme.reset();
        m_dir.reset();
    }

    void outcomesByTypeAndProvider()
    {
        auto report =
            m_scheme->casebook->reports().run("outcomes-by-intervention", period(ymd(2026, 4, 1), ymd(2026, 4, 30)));
        QVERIFY2(report, report ? "" : describe(report.error()).c_str());
        QCOMPARE(report->title, std::string("Outcomes by intervention type and by provider"));
        QVERIFY(report->definition.find("first attended") != std::string::npos);
        const ReportTable& t = report->tables.at(0);
        // Enrolled in April: I1, I2, I4, I5 (I3 first attended in March; I6 never attended).
        QCOMPARE(total(t, "enrolled"), 4.0);
        // Completed: I1 and I4 (I2 ended early, I5 active): 2 / 4 = 50 %.
        QCOMPARE(total(t, "completed"), 2.0);
        QVERIFY(near(total(t, "completed_pct"), 50.0));
        // Score change, last minus first assessment on the same template: R1 -4, R2 -1 (R4 has
        // one assessment): mean (-4 + -1) / 2 = -2.5.
        QCOMPARE(total(t, "assessed"), 2.0);
        QVERIFY(near(total(t, "mean_score_change"), -2.5));
        // Closed with 18 months passed by 1 Dec 2027: R1 (20 May 2026) and R2 (21 May); R5 (10 Jun
        // 2026) is still pending. R1's caution is a proven reoffence: 1 / 2 = 50 %.
        QCOMPARE(total(t, "followed_up"), 2.0);
        QCOMPARE(total(t, "reoffenders"), 1.0);
        QVERIFY(near(total(t, "reoffending_rate"), 50.0));
        // Minutes of attended linked sessions: I1 60 + 45 (the missed 30 not), I2 60, I4 90, I5 30.
        QCOMPARE(total(t, "contact_minutes"), 285.0);

        // By type.
        QCOMPARE(at(t, "type", "mentoring", "enrolled"), 2.0);
        QCOMPARE(at(t, "type", "mentoring", "completed"), 1.0);
        QVERIFY(near(at(t, "type", "mentoring", "completed_pct"), 50.0));
        QVERIFY(near(at(t, "type", "mentoring", "mean_score_change"), -2.5));
        QVERIFY(near(at(t, "type", "mentoring", "reoffending_rate"), 50.0));
        QCOMPARE(at(t, "type", "mentoring", "contact_minutes"), 165.0);
        QCOMPARE(at(t, "type", "positive_activities", "enrolled"), 1.0);
        QVERIFY(near(at(t, "type", "positive_activities", "completed_pct"), 100.0));
        QVERIFY(!at(t, "type", "positive_activities", "mean_score_change")); // nobody assessed twice
        QVERIFY(!at(t, "type", "positive_activities", "reoffending_rate"));  // nobody followed up
        QCOMPARE(at(t, "type", "family_support", "followed_up"), 0.0);       // R5 pending
        QVERIFY(near(at(t, "type", "family_support", "completed_pct"), 0.0));

        // By provider: Northside I1, I2, I5 (1 of 3 completed); the scheme itself I4; Eastgate's
        // only intervention was never attended, so it has no row.
        QCOMPARE(at(t, "provider", "Northside Youth Trust", "enrolled"), 3.0);
        QVERIFY(near(at(t, "provider", "Northside Youth Trust", "completed_pct"), 100.0 / 3.0));
        QVERIFY(near(at(t, "provider", "Northside Youth Trust", "mean_score_change"), -2.5));
        QCOMPARE(at(t, "provider", "Northside Youth Trust", "contact_minutes"), 195.0);
        QCOMPARE(at(t, "provider", "none", "enrolled"), 1.0);
        QCOMPARE(at(t, "provider", "none", "contact_minutes"), 90.0);
        QVERIFY(!t.find("provider", "Eastgate Mentoring"));

        // Filtered by provider: Northside's three.
        ReportParams filtered = period(ymd(2026, 4, 1), ymd(2026, 4, 30));
        filtered.filters.provider = "northside youth trust";
        auto northside = m_scheme->casebook->reports().run("outcomes-by-intervention", filtered);
        QVERIFY(northside);
        QCOMPARE(total(northside->tables.at(0), "enrolled"), 3.0);
        QCOMPARE(at(northside->tables.at(0), "type", "family_support", "enrolled"), 1.0);

        // March: only I3 (first attended 20 March).
        auto march =
            m_scheme->casebook->reports().run("outcomes-by-intervention", period(ymd(2026, 3, 1), ymd(2026, 3, 31)));
        QVERIFY(march);
        QCOMPARE(total(march->tables.at(0), "enrolled"), 1.0);
        QCOMPARE(at(march->tables.at(0), "type", "positive_activities", "contact_minutes"), 120.0);
    }

    void outcomesExportSuppressesSmallCells()
    {
        auto report =
            m_scheme->casebook->reports().run("outcomes-by-intervention", period(ymd(2026, 4, 1), ymd(2026, 4, 30)));
        QVERIFY(report);
        QVERIFY(m_scheme->casebook->reports().prepareExport(*report, "csv"));
        QVERIFY(report->suppressed);
        const ReportTable& t = report->tables.at(0);
        // Threshold 5: the total of 4 enrolled is small, so every part of it is hidden, with the
        // percentages made of them; minutes count nobody and stay.
        QVERIFY(hidden(t, *t.totals, "enrolled"));
        QVERIFY(hidden(t, *t.totals, "completed_pct"));
        QVERIFY(hidden(t, *t.totals, "mean_score_change"));
        QVERIFY(!hidden(t, *t.totals, "contact_minutes"));
        const ReportRow* mentoring = t.find("type", "mentoring");
        QVERIFY(mentoring);
        QVERIFY(hidden(t, *mentoring, "enrolled"));
        QVERIFY(hidden(t, *mentoring, "reoffending_rate"));
        QVERIFY(!hidden(t, *mentoring, "contact_minutes"));
        // A 0 picks out nobody and is shown.
        QVERIFY(!hidden(t, *t.find("type", "family_support"), "completed"));
    }

    void ownInterventionTypeByItsLabel()
    {
        // A casebook's own intervention type shows the label its coordinator gave it; a built-in
        // type its built-in label.
        test::TempDir dir;
        test::OutcomeScheme s(dir.file("own-type.waymark"), ymd(2026, 3, 1));
        QVERIFY(s.casebook);
        QVERIFY(s.casebook->plans().addInterventionType("boxing_club", "Boxing club sessions"));
        const Uuid r = s.acceptedReferral();
        const Uuid own = s.intervention(r, "boxing_club", {});
        const Uuid builtIn = s.intervention(r, "mentoring", {});
        QVERIFY(!own.isNull() && !builtIn.isNull());
        QVERIFY(s.linkedSession(r, own, ymd(2026, 4, 8), "attended", 60));
        QVERIFY(s.linkedSession(r, builtIn, ymd(2026, 4, 9), "attended", 45));
        s.setToday(ymd(2026, 5, 1));
        auto report = s.casebook->reports().run("outcomes-by-intervention", period(ymd(2026, 4, 1), ymd(2026, 4, 30)));
        QVERIFY2(report, report ? "" : describe(report.error()).c_str());
        const ReportTable& t = report->tables.at(0);
        const ReportRow* boxing = t.find("type", "boxing_club");
        QVERIFY(boxing);
        QCOMPARE(boxing->cells.at(1).text, std::string("Boxing club sessions"));
        QCOMPARE(at(t, "type", "boxing_club", "enrolled"), 1.0);
        const ReportRow* mentoring = t.find("type", "mentoring");
        QVERIFY(mentoring);
        QCOMPARE(mentoring->cells.at(1).text, std::string("Mentoring"));
    }

    void kpiStartAgainstEnd()
    {
        auto report = m_scheme->casebook->reports().run("kpi", period(ymd(2026, 5, 1), ymd(2026, 5, 31)));
        QVERIFY2(report, report ? "" : describe(report.error()).c_str());
        QCOMPARE(report->title, std::string("KPI summary"));
        QVERIFY(report->definition.find("start against end") != std::string::npos);
        const ReportTable& t = report->tables.at(0);
        // Cases closed in May: R1 and R2 (R5 closed in June), both with both snapshots.
        QCOMPARE(at(t, "cases", "snapshot", "start_of"), 2.0);
        QCOMPARE(at(t, "cases", "snapshot", "start_yes"), 2.0);
        QCOMPARE(at(t, "cases", "snapshot", "end_yes"), 2.0);
        // Accommodation: start R1 yes, R2 no (1 of 2, 50 %); end both yes (100 %): +50 points.
        QCOMPARE(at(t, "accommodation", "accommodation_suitable", "start_of"), 2.0);
        QCOMPARE(at(t, "accommodation", "accommodation_suitable", "start_yes"), 1.0);
        QVERIFY(near(at(t, "accommodation", "accommodation_suitable", "start_pct"), 50.0));
        QVERIFY(near(at(t, "accommodation", "accommodation_suitable", "end_pct"), 100.0));
        QVERIFY(near(at(t, "accommodation", "accommodation_suitable", "change_points"), 50.0));
        // ETE: 0 of 2, then 1 of 2.
        QVERIFY(near(at(t, "ete", "ete_suitable", "start_pct"), 0.0));
        QVERIFY(near(at(t, "ete", "ete_suitable", "end_pct"), 50.0));
        // ETE hours: recorded for both both times; in ETE (more than 0) R1 (4) of 2 at the start,
        // R1 (25) and R2 (6) at the end: 50 % -> 100 %, mean 4.0 -> 15.5 hours a week.
        QCOMPARE(at(t, "ete", "ete_hours", "start_of"), 2.0);
        QCOMPARE(at(t, "ete", "ete_hours", "start_yes"), 1.0);
        QCOMPARE(at(t, "ete", "ete_hours", "end_yes"), 2.0);
        QVERIFY(near(at(t, "ete", "ete_hours", "change_points"), 50.0));
        QVERIFY(near(at(t, "ete", "ete_hours", "start_mean_hours"), 4.0));
        QVERIFY(near(at(t, "ete", "ete_hours", "end_mean_hours"), 15.5));
        QVERIFY(!at(t, "ete", "ete_suitable", "end_mean_hours"));
        // SEND/ALN: start 1 of 2; end R2 not recorded: 1 of 1. With a plan: of those with
        // SEND/ALN, 0 of 1 at start, 1 of 1 at end.
        QCOMPARE(at(t, "send_aln", "send_aln", "end_of"), 1.0);
        QVERIFY(near(at(t, "send_aln", "send_aln", "end_pct"), 100.0));
        QCOMPARE(at(t, "send_aln", "send_plan", "start_of"), 1.0);
        QCOMPARE(at(t, "send_aln", "send_plan", "start_yes"), 0.0);
        QCOMPARE(at(t, "send_aln", "send_plan", "end_yes"), 1.0);
        // Mental health: need 2 of 2 both times; offered of those in need: 1 (R2) then 2;
        // attending of those offered: 0 of 1, then 2 of 2.
        QVERIFY(near(at(t, "mental_health", "mental_health_need", "change_points"), 0.0));
        QCOMPARE(at(t, "mental_health", "mental_health_offered", "start_yes"), 1.0);
        QVERIFY(near(at(t, "mental_health", "mental_health_offered", "start_pct"), 50.0));
        QCOMPARE(at(t, "mental_health", "mental_health_attending", "start_of"), 1.0);
        QVERIFY(near(at(t, "mental_health", "mental_health_attending", "start_pct"), 0.0));
        QCOMPARE(at(t, "mental_health", "mental_health_attending", "end_of"), 2.0);
        QVERIFY(near(at(t, "mental_health", "mental_health_attending", "end_pct"), 100.0));
        QVERIFY(near(at(t, "mental_health", "mental_health_attending", "change_points"), 100.0));
        // Substance use: need 1 of 2 both times (R2); offered 0 of 1, then 1 of 1; attending: nobody
        // offered at start (no %), 0 of 1 at end.
        QCOMPARE(at(t, "substance_use", "substance_use_offered", "end_yes"), 1.0);
        QCOMPARE(at(t, "substance_use", "substance_use_attending", "start_of"), 0.0);
        QVERIFY(!at(t, "substance_use", "substance_use_attending", "start_pct"));
        QVERIFY(!at(t, "substance_use", "substance_use_attending", "change_points"));
        QVERIFY(near(at(t, "substance_use", "substance_use_attending", "end_pct"), 0.0));
        // Victims: contacted 1 of 2 (R1); consented 1 of 1; engaged in RJ 0 of 1, then 1 of 1.
        QVERIFY(near(at(t, "victims", "victims_contacted", "start_pct"), 50.0));
        QVERIFY(near(at(t, "victims", "victims_consented", "end_pct"), 100.0));
        QVERIFY(near(at(t, "victims", "victims_engaged", "start_pct"), 0.0));
        QVERIFY(near(at(t, "victims", "victims_engaged", "end_pct"), 100.0));

        // June: R5 only, with empty snapshots (answered nowhere: no percentages).
        auto june = m_scheme->casebook->reports().run("kpi", period(ymd(2026, 6, 1), ymd(2026, 6, 30)));
        QVERIFY(june);
        QCOMPARE(at(june->tables.at(0), "cases", "snapshot", "start_of"), 1.0);
        QCOMPARE(at(june->tables.at(0), "accommodation", "accommodation_suitable", "start_of"), 0.0);
        QVERIFY(!at(june->tables.at(0), "accommodation", "accommodation_suitable", "start_pct"));

        // Export: counts of 1 to 4 hidden with their percentages; a 0 shown.
        QVERIFY(m_scheme->casebook->reports().prepareExport(*report, "json"));
        const ReportRow* accommodation = t.find("accommodation", "accommodation_suitable");
        QVERIFY(accommodation);
        QVERIFY(hidden(t, *accommodation, "start_of"));
        QVERIFY(hidden(t, *accommodation, "start_pct"));
        QVERIFY(hidden(t, *accommodation, "change_points"));
        QVERIFY(!hidden(t, *t.find("ete", "ete_suitable"), "start_yes"));
        QVERIFY(hidden(t, *t.find("ete", "ete_hours"), "start_mean_hours")); // the mean of one young person
        QCOMPARE(test::scalar(*m_scheme->casebook,
                              "SELECT count(*) FROM audit_log WHERE operation = 'report.exported' AND detail LIKE "
                              "'%kpi 2026-05-01..2026-05-31%format=json%'"),
                 std::int64_t(1));
    }
};

QTEST_GUILESS_MAIN(TestOutcomeReports)
#include "TestOutcomeReports.moc"
