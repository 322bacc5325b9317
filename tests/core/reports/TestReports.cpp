// The reports through the Casebook door on small hand-made casebooks (real SQLCipher files in
// temp folders), each answer worked out by hand below: the funnel's counts and disparity ratios,
// repeat-demand bands, trigger, quarters and sources, timeliness across a bank holiday, the
// caseload, small-number suppression (primary, complementary, derived), the export's audit row
// and the role check.

#include "core/reports/ReportExport.h"
#include "tests/core/reports/ReportFixtures.h"

#include <QTest>

using namespace waymark;
using test::period;
using test::ymd;

namespace {

double at(const ReportTable& t, std::string_view section, std::string_view group, std::string_view column)
{
    const ReportRow* row = t.find(section, group);
    if (!row) {
        qWarning("no row %s/%s in %s", std::string(section).c_str(), std::string(group).c_str(), t.name.c_str());
        return -1;
    }
    return t.value(*row, column).value_or(-1);
}

double total(const ReportTable& t, std::string_view column)
{
    return t.totals ? t.value(*t.totals, column).value_or(-1) : -1;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDir> m_dir;

    // The funnel casebook (April 2026), as of Monday 1 June 2026:
    //  R1 F white_british 12  accepted, attended, closed      eligible offered enrolled completed
    //  R2 M white_british 15  accepted, no session            eligible offered
    //  R3 M black_african 16  declined: young person declined eligible offered
    //  R4 M black_african 19  declined: outside age range     -
    //  R5 F asian_indian  13  signposted: programme full      eligible
    //  R6 M white_british 17  still received                  eligible
    //  R7 F white_british 18  override, accepted, attended,   eligible offered enrolled
    //                         closed partially completed
    //  R0 (P2, 10 March, declined "other") is outside the period.
    // Plus a session R2 did not attend (not enrolled, no contact minutes).
    std::unique_ptr<test::ReportScheme> funnelScheme()
    {
        auto s = std::make_unique<test::ReportScheme>(m_dir->file("funnel.waymark"), ymd(2026, 3, 1));
        if (!s->casebook)
            return nullptr;
        const Uuid p1 = s->person("female", "white_british", test::bornForAge2026(12));
        const Uuid p2 = s->person("male", "white_british", test::bornForAge2026(15));
        const Uuid p3 = s->person("male", "black_african", test::bornForAge2026(16));
        const Uuid p4 = s->person("male", "black_african", test::bornForAge2026(19));
        const Uuid p5 = s->person("female", "asian_indian", test::bornForAge2026(13));
        const Uuid p6 = s->person("male", "white_british", test::bornForAge2026(17));
        const Uuid p7 = s->person("female", "white_british", test::bornForAge2026(18));
        const Uuid r0 = s->referral(p2, ymd(2026, 3, 10));
        bool ok = s->decide(r0, ymd(2026, 3, 12), "declined", "other");
        const Uuid r1 = s->referral(p1, ymd(2026, 4, 6));
        const Uuid r2 = s->referral(p2, ymd(2026, 4, 7), "school");
        const Uuid r3 = s->referral(p3, ymd(2026, 4, 8));
        const Uuid r4 = s->referral(p4, ymd(2026, 4, 8));
        const Uuid r5 = s->referral(p5, ymd(2026, 4, 9));
        const Uuid r6 = s->referral(p6, ymd(2026, 4, 10));
        const Uuid r7 = s->referral(p7, ymd(2026, 4, 10));
        ok = ok && s->decide(r1, ymd(2026, 4, 14), "accepted");
        ok = ok && s->decide(r2, ymd(2026, 4, 14), "accepted");
        ok = ok && s->decide(r3, ymd(2026, 4, 15), "declined", "young_person_declined");
        ok = ok && s->decide(r4, ymd(2026, 4, 15), "declined", "outside_age_range");
        ok = ok && s->decide(r5, ymd(2026, 4, 16), "signposted", "programme_full");
        s->setToday(ymd(2026, 4, 16));
        ok = ok && s->casebook->referrals().startScreening(r7).has_value();
        ok = ok && s->casebook->referrals().overrideEligibility(r7, "panel agreed: young adult pilot").has_value();
        ok = ok && s->casebook->referrals().decide(r7, "accepted", "", "").has_value();
        ok = ok && s->session(r1, ymd(2026, 4, 20));
        ok = ok && s->session(r7, ymd(2026, 4, 21));
        ok = ok && s->session(r2, ymd(2026, 4, 22), "did_not_attend");
        s->setToday(ymd(2026, 5, 1));
        ok = ok && s->casebook->outcomes().requestClosure(r1, "completed").has_value();
        ok = ok && s->casebook->outcomes().approveClosure(r1).has_value();
        // R7 closes too, but only partially completed: closed, not completed.
        ok = ok && s->casebook->outcomes().requestClosure(r7, "partially_completed").has_value();
        ok = ok && s->casebook->outcomes().approveClosure(r7).has_value();
        s->setToday(ymd(2026, 6, 1));
        if (!ok || r6.isNull())
            return nullptr;
        return s;
    }

private slots:
    void init() { m_dir = std::make_unique<test::TempDir>(); }
    void cleanup() { m_dir.reset(); }

    void listsTheReportsInOrder()
    {
        std::vector<std::string> names;
        for (const auto& r : Reports::available())
            names.push_back(r.name);
        QCOMPARE(names, (std::vector<std::string>{"caseload", "funnel", "repeat-demand", "reoffending",
                                                  "outcomes-by-intervention", "kpi", "timeliness"}));
    }

    void funnelCountsAndDisparityRatios()
    {
        auto s = funnelScheme();
        QVERIFY(s);
        auto report = s->casebook->reports().run("funnel", period(ymd(2026, 4, 1), ymd(2026, 4, 30)));
        QVERIFY2(report, report ? "" : describe(report.error()).c_str());
        QCOMPARE(report->title, std::string("Diversion funnel"));
        QVERIFY(report->definition.find("disparity") != std::string::npos ||
                report->definition.find("Disparity") != std::string::npos);
        const ReportTable& t = report->tables.at(0);
        // Overall: referred 7, eligible 6, offered 4, enrolled 2, completed 1.
        QCOMPARE(total(t, "referred"), 7.0);
        QCOMPARE(total(t, "eligible"), 6.0);
        QCOMPARE(total(t, "offered"), 4.0);
        QCOMPARE(total(t, "enrolled"), 2.0);
        QCOMPARE(total(t, "completed"), 1.0);
        QCOMPARE(total(t, "offered_disparity"), 1.0);
        // Female (R1, R5, R7): 3, 3, 2, 2, 1.
        QCOMPARE(at(t, "sex", "female", "referred"), 3.0);
        QCOMPARE(at(t, "sex", "female", "eligible"), 3.0);
        QCOMPARE(at(t, "sex", "female", "offered"), 2.0);
        QCOMPARE(at(t, "sex", "female", "enrolled"), 2.0);
        QCOMPARE(at(t, "sex", "female", "completed"), 1.0);
        // Disparity ratios: eligible (3/3)/(6/7) = 7/6; offered (2/3)/(4/7) = 7/6;
        // enrolled (2/3)/(2/7) = 7/3; completed (1/3)/(1/7) = 7/3.
        QVERIFY(near(at(t, "sex", "female", "eligible_disparity"), 7.0 / 6.0));
        QVERIFY(near(at(t, "sex", "female", "offered_disparity"), 7.0 / 6.0));
        QVERIFY(near(at(t, "sex", "female", "enrolled_disparity"), 7.0 / 3.0));
        QVERIFY(near(at(t, "sex", "female", "completed_disparity"), 7.0 / 3.0));
        // Male (R2, R3, R4, R6): 4, 3, 2, 0, 0; offered (2/4)/(4/7) = 7/8, enrolled 0.
        QCOMPARE(at(t, "sex", "male", "referred"), 4.0);
        QCOMPARE(at(t, "sex", "male", "eligible"), 3.0);
        QCOMPARE(at(t, "sex", "male", "offered"), 2.0);
        QVERIFY(near(at(t, "sex", "male", "offered_disparity"), 7.0 / 8.0));
        QVERIFY(near(at(t, "sex", "male", "eligible_disparity"), (3.0 / 4.0) / (6.0 / 7.0)));
        QCOMPARE(at(t, "sex", "male", "enrolled_disparity"), 0.0);
        // Ethnicity: white_british (R1, R2, R6, R7) 4, 4, 3, 2, 1: offered (3/4)/(4/7) = 21/16.
        QCOMPARE(at(t, "ethnicity", "white_british", "referred"), 4.0);
        QCOMPARE(at(t, "ethnicity", "white_british", "eligible"), 4.0);
        QCOMPARE(at(t, "ethnicity", "white_british", "offered"), 3.0);
        QVERIFY(near(at(t, "ethnicity", "white_british", "offered_disparity"), 21.0 / 16.0));
        // black_african (R3, R4): 2, 1, 1, 0, 0; asian_indian (R5): 1, 1, 0.
        QCOMPARE(at(t, "ethnicity", "black_african", "eligible"), 1.0);
        QVERIFY(near(at(t, "ethnicity", "black_african", "offered_disparity"), 7.0 / 8.0));
        QCOMPARE(at(t, "ethnicity", "asian_indian", "offered"), 0.0);
        // Age bands on the received date: 10-14 (R1, R5), 15-17 (R2, R3, R6), 18-25 (R4, R7).
        QCOMPARE(at(t, "age_band", "10_14", "referred"), 2.0);
        QCOMPARE(at(t, "age_band", "15_17", "referred"), 3.0);
        QCOMPARE(at(t, "age_band", "18_25", "referred"), 2.0);
        QCOMPARE(at(t, "age_band", "18_25", "eligible"), 1.0); // R7 by override; R4 not
        QCOMPARE(at(t, "age_band", "18_25", "enrolled"), 1.0);
        // Every section adds up to the whole.
        for (const char* section : {"ethnicity", "sex", "age_band"}) {
            double sum = 0;
            for (const auto& row : t.rows)
                if (row.section == section)
                    sum += t.value(row, "referred").value_or(0);
            QCOMPARE(sum, 7.0);
        }
        // Reasons: R3 declined by the young person; R4 and R5 not offered. R0 is outside the period.
        const ReportTable* reasons = report->table("not_offered");
        QVERIFY(reasons);
        QCOMPARE(total(*reasons, "referrals"), 3.0);
        QCOMPARE(at(*reasons, "reason", "young_person_declined", "referrals"), 1.0);
        QCOMPARE(reasons->find("reason", "young_person_declined")->cells.at(2).text, std::string("declined"));
        QCOMPARE(at(*reasons, "reason", "outside_age_range", "referrals"), 1.0);
        // The kind in words, as the CSV and the PDF print it (never a code with an underscore).
        QCOMPARE(reasons->find("reason", "outside_age_range")->cells.at(2).text, std::string("not offered"));
        QCOMPARE(at(*reasons, "reason", "programme_full", "referrals"), 1.0);
        QVERIFY(!reasons->find("reason", "other"));

        // Filters: age band 15-17 keeps R2, R3, R6; source school keeps R2 only.
        ReportParams teen = period(ymd(2026, 4, 1), ymd(2026, 4, 30));
        teen.filters.ageBand = "15_17";
        auto filtered = s->casebook->reports().run("funnel", teen);
        QVERIFY(filtered);
        QCOMPARE(total(filtered->tables.at(0), "referred"), 3.0);
        QCOMPARE(total(filtered->tables.at(0), "offered"), 2.0);
        ReportParams school = period(ymd(2026, 4, 1), ymd(2026, 4, 30));
        school.filters.source = "school";
        filtered = s->casebook->reports().run("funnel", school);
        QVERIFY(filtered);
        QCOMPARE(total(filtered->tables.at(0), "referred"), 1.0);
        // A narrower period: 6-7 April holds R1 and R2.
        filtered = s->casebook->reports().run("funnel", period(ymd(2026, 4, 6), ymd(2026, 4, 7)));
        QVERIFY(filtered);
        QCOMPARE(total(filtered->tables.at(0), "referred"), 2.0);
        QCOMPARE(total(filtered->tables.at(0), "completed"), 1.0);
    }

    void caseloadPerWorker()
    {
        auto s = funnelScheme();
        QVERIFY(s);
        auto report = s->casebook->reports().run("caseload", period(ymd(2026, 4, 1), ymd(2026, 4, 30)));
        QVERIFY2(report, report ? "" : describe(report.error()).c_str());
        const ReportTable& t = report->tables.at(0);
        // The coordinator ran three sessions; two were attended: 2 sessions, 90 minutes.
        QCOMPARE(at(t, "worker", "coord", "sessions"), 2.0);
        QCOMPARE(at(t, "worker", "coord", "contact_minutes"), 90.0);
        QCOMPARE(at(t, "worker", "coord", "open_cases"), 0.0);
        // Nobody holds a referral: open are R2 (accepted, no contact: overdue since 21 April)
        // and R6 (received: decision overdue since 24 April); R1 and R7 are closed.
        QCOMPARE(at(t, "worker", "unallocated", "open_cases"), 2.0);
        QCOMPARE(at(t, "worker", "unallocated", "overdue"), 2.0);
        QCOMPARE(total(t, "open_cases"), 2.0);
        QCOMPARE(total(t, "contact_minutes"), 90.0);
        // May: no sessions.
        report = s->casebook->reports().run("caseload", period(ymd(2026, 5, 1), ymd(2026, 5, 31)));
        QVERIFY(report);
        QCOMPARE(at(report->tables.at(0), "worker", "coord", "sessions"), 0.0);
    }

    // People A (1 referral), B (2), C (3 in the year, and one in November 2025), D (5), E (1,
    // and one in December 2024, outside the 12-month window). Year 2026.
    void repeatDemandBandsTriggerQuartersSources()
    {
        test::ReportScheme s(m_dir->file("repeat.waymark"), ymd(2024, 12, 1));
        QVERIFY(s.casebook);
        const Date dob = ymd(2011, 1, 15);
        const Uuid a = s.person("female", "white_british", dob);
        const Uuid b = s.person("male", "white_british", dob);
        const Uuid c = s.person("male", "white_irish", dob);
        const Uuid d = s.person("female", "white_british", dob);
        const Uuid e = s.person("male", "white_british", dob);
        QVERIFY(!s.referral(e, ymd(2024, 12, 1)).isNull());
        QVERIFY(!s.referral(c, ymd(2025, 11, 1)).isNull());
        QVERIFY(!s.referral(c, ymd(2026, 1, 10)).isNull()); // C #2
        QVERIFY(!s.referral(a, ymd(2026, 2, 1)).isNull());
        QVERIFY(!s.referral(d, ymd(2026, 2, 2)).isNull());           // D #1
        QVERIFY(!s.referral(b, ymd(2026, 3, 1)).isNull());           // B #1
        QVERIFY(!s.referral(d, ymd(2026, 3, 2), "school").isNull()); // D #2
        QVERIFY(!s.referral(c, ymd(2026, 4, 10)).isNull());          // C #3: trigger
        QVERIFY(!s.referral(d, ymd(2026, 5, 1), "school").isNull()); // D #3: trigger
        QVERIFY(!s.referral(e, ymd(2026, 5, 5)).isNull());           // E #1 (2024 is 17 months back)
        QVERIFY(!s.referral(b, ymd(2026, 6, 1), "school").isNull()); // B #2
        QVERIFY(!s.referral(c, ymd(2026, 7, 10)).isNull());          // C #4
        QVERIFY(!s.referral(d, ymd(2026, 8, 3), "school").isNull()); // D #4
        QVERIFY(!s.referral(d, ymd(2026, 11, 2)).isNull());          // D #5
        s.setToday(ymd(2027, 1, 10));
        auto report = s.casebook->reports().run("repeat-demand", period(ymd(2026, 1, 1), ymd(2026, 12, 31)));
        QVERIFY2(report, report ? "" : describe(report.error()).c_str());

        // Bands: 1 (A, E) 2 people 2 referrals; 2 (B) 1/2; 3-4 (C) 1/3; 5+ (D) 1/5; of 12.
        const ReportTable* bands = report->table("bands");
        QVERIFY(bands);
        QCOMPARE(at(*bands, "band", "1", "people"), 2.0);
        QCOMPARE(at(*bands, "band", "1", "referrals"), 2.0);
        QCOMPARE(at(*bands, "band", "2", "people"), 1.0);
        QCOMPARE(at(*bands, "band", "2", "referrals"), 2.0);
        QCOMPARE(at(*bands, "band", "3-4", "people"), 1.0);
        QCOMPARE(at(*bands, "band", "3-4", "referrals"), 3.0);
        QCOMPARE(at(*bands, "band", "5+", "people"), 1.0);
        QCOMPARE(at(*bands, "band", "5+", "referrals"), 5.0);
        QCOMPARE(total(*bands, "people"), 5.0);
        QCOMPARE(total(*bands, "referrals"), 12.0);
        QVERIFY(near(at(*bands, "band", "5+", "share_of_referrals"), 100.0 * 5 / 12));
        QVERIFY(near(at(*bands, "band", "3-4", "share_of_referrals"), 25.0));

        // Trigger (3 in 12 months): C (on 10 April) and D (on 1 May); their 8 referrals of 12.
        const ReportTable* trigger = report->table("trigger");
        QVERIFY(trigger);
        QCOMPARE(trigger->value(trigger->rows.at(0), "people").value(), 2.0);
        QCOMPARE(trigger->value(trigger->rows.at(0), "referrals").value(), 8.0);
        QVERIFY(near(trigger->value(trigger->rows.at(0), "share_of_referrals").value(), 100.0 * 8 / 12));

        // Quarters: Q1 5 referrals (4 people, repeats C#2 D#2); Q2 4 (4 people; B#2 C#3 D#3
        // repeats, C and D reach 3); Q3 2 (C#4, D#4); Q4 1 (D#5).
        const ReportTable* quarters = report->table("quarters");
        QVERIFY(quarters);
        QCOMPARE(at(*quarters, "quarter", "2026-Q1", "referrals"), 5.0);
        QCOMPARE(at(*quarters, "quarter", "2026-Q1", "people"), 4.0);
        QCOMPARE(at(*quarters, "quarter", "2026-Q1", "repeat_referrals"), 2.0);
        QCOMPARE(at(*quarters, "quarter", "2026-Q1", "reached_trigger"), 0.0);
        QCOMPARE(at(*quarters, "quarter", "2026-Q2", "referrals"), 4.0);
        QCOMPARE(at(*quarters, "quarter", "2026-Q2", "repeat_referrals"), 3.0);
        QCOMPARE(at(*quarters, "quarter", "2026-Q2", "reached_trigger"), 2.0);
        QCOMPARE(at(*quarters, "quarter", "2026-Q3", "repeat_referrals"), 2.0);
        QCOMPARE(at(*quarters, "quarter", "2026-Q4", "referrals"), 1.0);
        QCOMPARE(total(*quarters, "repeat_referrals"), 8.0);
        QVERIFY(near(total(*quarters, "repeat_share"), 100.0 * 8 / 12));

        // Sources: police 8 referrals, 4 repeats (C#2 C#3 C#4 D#5); school 4, all repeats.
        const ReportTable* sources = report->table("sources");
        QVERIFY(sources);
        QCOMPARE(at(*sources, "source", "police", "referrals"), 8.0);
        QCOMPARE(at(*sources, "source", "police", "repeat_referrals"), 4.0);
        QCOMPARE(at(*sources, "source", "school", "referrals"), 4.0);
        QCOMPARE(at(*sources, "source", "school", "repeat_referrals"), 4.0);
        QVERIFY(near(at(*sources, "source", "school", "repeat_share_of_source"), 100.0));
        QVERIFY(near(at(*sources, "source", "police", "share_of_repeats"), 50.0));
    }

    // Received Thursday 30 April 2026; Monday 4 May is the Early May bank holiday (England and
    // Wales), so the 10th working day is Friday 15 May (not Thursday 14) and the 5th is Friday 8
    // May (not Thursday 7).
    void timelinessAcrossBankHoliday()
    {
        test::ReportScheme s(m_dir->file("timely.waymark"), ymd(2026, 4, 30));
        QVERIFY(s.casebook);
        const Date received = ymd(2026, 4, 30);
        std::vector<Uuid> r;
        for (int i = 0; i < 4; ++i) {
            const Uuid p = s.person(i % 2 ? "male" : "female", "white_british", test::bornForAge2026(14));
            r.push_back(s.referral(p, received));
            QVERIFY(!r.back().isNull());
        }
        QVERIFY(s.decide(r[0], ymd(2026, 5, 15), "accepted"));         // 10 working days: within
        QVERIFY(s.decide(r[1], ymd(2026, 5, 18), "accepted"));         // 11: late
        QVERIFY(s.decide(r[3], ymd(2026, 5, 1), "declined", "other")); // 1: within
        // r[2] is never decided: overdue on 1 June.
        s.setToday(ymd(2026, 6, 1));
        QVERIFY(s.casebook->referrals().recordFirstContact(r[0], ymd(2026, 5, 8)));  // 5: within
        QVERIFY(s.casebook->referrals().recordFirstContact(r[1], ymd(2026, 5, 11))); // 6: late
        auto report = s.casebook->reports().run("timeliness", period(ymd(2026, 4, 27), ymd(2026, 5, 1)));
        QVERIFY2(report, report ? "" : describe(report.error()).c_str());
        const ReportTable& t = report->tables.at(0);
        QCOMPARE(at(t, "measure", "decision", "limit_days"), 10.0);
        QCOMPARE(at(t, "measure", "decision", "referrals"), 4.0);
        QCOMPARE(at(t, "measure", "decision", "met"), 2.0);
        QCOMPARE(at(t, "measure", "decision", "missed"), 1.0);
        QCOMPARE(at(t, "measure", "decision", "overdue"), 1.0);
        QCOMPARE(at(t, "measure", "decision", "running"), 0.0);
        QCOMPARE(at(t, "measure", "decision", "pct_within"), 50.0);
        QCOMPARE(at(t, "measure", "decision", "median_days"), 10.0); // 1, 10, 11
        QVERIFY(near(at(t, "measure", "decision", "mean_days"), 22.0 / 3.0));
        QCOMPARE(at(t, "measure", "first_contact", "referrals"), 2.0);
        QCOMPARE(at(t, "measure", "first_contact", "met"), 1.0);
        QCOMPARE(at(t, "measure", "first_contact", "missed"), 1.0);
        QCOMPARE(at(t, "measure", "first_contact", "pct_within"), 50.0);
        QCOMPARE(at(t, "measure", "first_contact", "median_days"), 5.5);
    }

    // Cohort 2025-Q1 (measured on 1 October 2026: 31 March 2025 + 18 months has passed):
    //  A closed 15 Jan 2025: offence 15 Jan 2026 (day 365, caution 1 Mar 2026) counts;
    //    offence 16 Jan 2026 (day 366) does not.
    //  B closed 10 Feb 2025: offence 1 Jun 2025, conviction 10 Aug 2026 (the last day of the
    //    6-month waiting period) counts.
    //  C closed 3 Mar 2025: offence 1 May 2025 convicted 4 Sep 2026 (a day after the waiting
    //    period) and a community resolution: neither counts.
    //  D closed 20 Mar 2025: nothing.
    // Cohort 2026-Q2: E closed 5 May 2026: pending (30 June 2026 + 18 months is in 2027).
    void reoffendingCohorts()
    {
        test::ReportScheme s(m_dir->file("reoffending.waymark"), ymd(2024, 12, 2));
        QVERIFY(s.casebook);
        struct Case
        {
            Date received, closed;
            Uuid referral;
        };
        std::vector<Case> cases = {{ymd(2024, 12, 2), ymd(2025, 1, 15), {}},
                                   {ymd(2024, 12, 9), ymd(2025, 2, 10), {}},
                                   {ymd(2025, 1, 6), ymd(2025, 3, 3), {}},
                                   {ymd(2025, 1, 13), ymd(2025, 3, 20), {}},
                                   {ymd(2026, 3, 2), ymd(2026, 5, 5), {}}};
        for (auto& c : cases) {
            const Uuid p = s.person("male", "white_british", ymd(2010, 6, 1));
            c.referral = s.referral(p, c.received);
            QVERIFY(s.decide(c.referral, c.received.addDays(2), "accepted"));
            QVERIFY(s.session(c.referral, c.received.addDays(7)));
            s.setToday(c.closed);
            auto requested = s.casebook->outcomes().requestClosure(c.referral, "completed");
            QVERIFY2(requested, requested ? "" : describe(requested.error()).c_str());
            QVERIFY(s.casebook->outcomes().approveClosure(c.referral));
        }
        s.setToday(ymd(2026, 10, 1));
        auto reoffence = [&](const Case& c, Date offence, const char* outcome, Date outcomeOn) {
            FollowUp f;
            f.referralId = c.referral;
            f.kind = "reoffence";
            f.happenedOn = offence;
            f.outcomeType = outcome;
            f.outcomeDate = outcomeOn;
            auto added = s.casebook->outcomes().addFollowUp(f);
            if (!added)
                qWarning("follow-up: %s", describe(added.error()).c_str());
            return added.has_value();
        };
        QVERIFY(reoffence(cases[0], ymd(2026, 1, 15), "caution", ymd(2026, 3, 1)));
        QVERIFY(reoffence(cases[0], ymd(2026, 1, 16), "conviction", ymd(2026, 2, 1)));
        QVERIFY(reoffence(cases[1], ymd(2025, 6, 1), "conviction", ymd(2026, 8, 10)));
        QVERIFY(reoffence(cases[2], ymd(2025, 5, 1), "conviction", ymd(2026, 9, 4)));
        QVERIFY(reoffence(cases[2], ymd(2025, 7, 1), "community_resolution", ymd(2025, 8, 1)));
        auto report = s.casebook->reports().run("reoffending", period(ymd(2025, 1, 1), ymd(2026, 6, 30)));
        QVERIFY2(report, report ? "" : describe(report.error()).c_str());
        const ReportTable& t = report->tables.at(0);
        QCOMPARE(t.rows.size(), std::size_t(6)); // 2025-Q1 .. 2026-Q2
        const ReportRow* q1 = t.find("quarter", "2025-Q1");
        QVERIFY(q1);
        QCOMPARE(q1->cells.at(1).text, std::string("measured"));
        QCOMPARE(t.value(*q1, "cohort").value(), 4.0);
        QCOMPARE(t.value(*q1, "reoffenders").value(), 2.0);
        QCOMPARE(t.value(*q1, "binary_rate").value(), 50.0);
        QCOMPARE(t.value(*q1, "reoffences").value(), 2.0);
        QCOMPARE(t.value(*q1, "frequency_per_100").value(), 50.0);
        const ReportRow* pending = t.find("quarter", "2026-Q2");
        QVERIFY(pending);
        QCOMPARE(pending->cells.at(1).text, std::string("pending"));
        QCOMPARE(t.value(*pending, "cohort").value(), 1.0);
        QVERIFY(!t.value(*pending, "binary_rate")); // pending, never 0 %
        QVERIFY(!t.value(*pending, "reoffenders"));
        // 2025-Q2 had no closures: measured, an empty cohort, no rate.
        const ReportRow* empty = t.find("quarter", "2025-Q2");
        QVERIFY(empty);
        QCOMPARE(t.value(*empty, "cohort").value(), 0.0);
        QVERIFY(!t.value(*empty, "binary_rate"));
        // A day earlier (30 September 2026) the 2025-Q1 cohort is still pending.
        s.setToday(ymd(2026, 9, 30));
        report = s.casebook->reports().run("reoffending", period(ymd(2025, 1, 1), ymd(2025, 3, 31)));
        QVERIFY(report);
        QCOMPARE(report->tables.at(0).rows.at(0).cells.at(1).text, std::string("pending"));
    }

    void suppressionPrimaryComplementaryDerived()
    {
        Report r;
        ReportTable t;
        t.name = "t";
        t.columns = {{"group", "Group", ColumnKind::Text, {}, false},
                     {"people", "People", ColumnKind::Count, {}, true},
                     {"share", "Share", ColumnKind::Percent, {1}, false},
                     {"minutes", "Minutes", ColumnKind::Number, {}, false}};
        auto row = [](std::string g, double people, double minutes) {
            ReportRow rr;
            rr.section = "s";
            rr.cells = {ReportCell{g, {}, false}, ReportCell{{}, people, false},
                        ReportCell{{}, people / 32 * 100, false}, ReportCell{{}, minutes, false}};
            return rr;
        };
        // 10 + 3 + 7 + 12 + 0 = 32: 3 is below 5; alone it could be read back from the total,
        // so the smallest other non-zero cell (7) goes too; 0 stays (it picks out nobody).
        t.rows = {row("a", 10, 100), row("b", 3, 2), row("c", 7, 50), row("d", 12, 60), row("e", 0, 0)};
        t.totals = row("all", 32, 212);
        r.tables.push_back(t);
        Report onScreen = r;
        suppressSmallNumbers(r, 5);
        const ReportTable& s = r.tables.at(0);
        QVERIFY(r.suppressed);
        QCOMPARE(r.threshold, 5);
        QVERIFY(!s.rows[0].cells[1].suppressed);
        QVERIFY(s.rows[1].cells[1].suppressed); // primary
        QVERIFY(s.rows[2].cells[1].suppressed); // complementary
        QVERIFY(!s.rows[3].cells[1].suppressed);
        QVERIFY(!s.rows[4].cells[1].suppressed);
        QVERIFY(s.rows[1].cells[2].suppressed); // derived share follows
        QVERIFY(s.rows[2].cells[2].suppressed);
        QVERIFY(!s.rows[1].cells[3].suppressed); // minutes count no one
        QVERIFY(!s.totals->cells[1].suppressed);
        // The values stay (the screen shows true counts); the CSV shows the marker.
        QCOMPARE(*s.rows[1].cells[1].number, 3.0);
        const std::string csv = tableToCsv(r, s);
        QCOMPARE(csv, std::string("group,people,share,minutes\r\n"
                                  "a,10,31.3,100\r\n"
                                  "b,*,*,2\r\n"
                                  "c,*,*,50\r\n"
                                  "d,12,37.5,60\r\n"
                                  "e,0,0.0,0\r\n"
                                  "all,32,100.0,212\r\n"));
        QCOMPARE(tableToCsv(onScreen, onScreen.tables.at(0)).find('*'), std::string::npos);
        // Two small cells hide each other: nothing more goes.
        Report two;
        ReportTable t2 = t;
        t2.rows = {row("a", 10, 0), row("b", 3, 0), row("c", 4, 0), row("d", 12, 0)};
        t2.totals = row("all", 29, 0);
        two.tables.push_back(t2);
        suppressSmallNumbers(two, 5);
        QVERIFY(!two.tables[0].rows[0].cells[1].suppressed);
        QVERIFY(!two.tables[0].rows[3].cells[1].suppressed);
        // A small whole: every non-zero part is hidden.
        Report small;
        ReportTable t3 = t;
        t3.rows = {row("a", 2, 0), row("b", 0, 0), row("c", 1, 0)};
        t3.totals = row("all", 3, 0);
        small.tables.push_back(t3);
        suppressSmallNumbers(small, 5);
        QVERIFY(small.tables[0].totals->cells[1].suppressed);
        QVERIFY(small.tables[0].rows[0].cells[1].suppressed);
        QVERIFY(!small.tables[0].rows[1].cells[1].suppressed);
        // Threshold 1 suppresses nothing.
        Report none = onScreen;
        suppressSmallNumbers(none, 1);
        QVERIFY(!none.tables[0].rows[1].cells[1].suppressed);
    }

    void exportSuppressesAndIsAuditedAsDisclosure()
    {
        auto s = funnelScheme();
        QVERIFY(s);
        auto& reports = s->casebook->reports();
        QCOMPARE(reports.suppressionThreshold().value(), 5);
        auto report = reports.run("funnel", period(ymd(2026, 4, 1), ymd(2026, 4, 30)));
        QVERIFY(report);
        QCOMPARE(test::scalar(*s->casebook, "SELECT count(*) FROM audit_log WHERE operation = 'report.run'"), 1);
        QVERIFY(reports.prepareExport(*report, "csv", "PCC office"));
        QCOMPARE(test::scalar(*s->casebook,
                              "SELECT count(*) FROM audit_log WHERE operation = 'report.exported' AND "
                              "detail LIKE 'disclosure: funnel 2026-04-01..2026-04-30%recipient=PCC office'"),
                 1);
        const ReportTable& t = report->tables.at(0);
        // All referred = 7 (shown); female 3 (hidden), male 4 (hidden).
        QVERIFY(!t.totals->cells[2].suppressed);
        QVERIFY(t.find("sex", "female")->cells[2].suppressed);
        QVERIFY(t.find("sex", "male")->cells[2].suppressed);
        QVERIFY(t.find("sex", "female")->cells[8].suppressed); // its disparity ratio too
        // A coordinator lowers the threshold to 3: male 4 is shown, female 3 too; the 1-2 cells go.
        QVERIFY(reports.setSuppressionThreshold(3));
        QCOMPARE(reports.suppressionThreshold().value(), 3);
        QVERIFY(!reports.setSuppressionThreshold(0));
        report = reports.run("funnel", period(ymd(2026, 4, 1), ymd(2026, 4, 30)));
        QVERIFY(report && reports.prepareExport(*report, "json"));
        QVERIFY(!report->tables.at(0).find("sex", "male")->cells[2].suppressed);
        QVERIFY(report->tables.at(0).find("age_band", "10_14")->cells[2].suppressed); // 2
    }

    // The recipient goes into the audit row: trimmed, one line, at most 200 characters, no control
    // characters. A refusal names the field and leaves the report and the audit trail as they were.
    void exportRecipientFollowsTheTextRule()
    {
        auto s = funnelScheme();
        QVERIFY(s);
        auto& reports = s->casebook->reports();
        auto report = reports.run("funnel", period(ymd(2026, 4, 1), ymd(2026, 4, 30)));
        QVERIFY(report);
        const auto suppressed = [&] {
            int n = 0;
            for (const ReportTable& table : report->tables)
                for (const auto& row : table.rows)
                    for (const auto& cell : row.cells)
                        n += cell.suppressed ? 1 : 0;
            return n;
        };
        const int suppressedBefore = suppressed();
        const auto audits = test::scalar(*s->casebook, "SELECT count(*) FROM audit_log");
        const std::pair<std::string, const char*> bad[] = {{"PCC office\x1b[2J", "control_characters"},
                                                           {"PCC\toffice", "control_characters"},
                                                           {"PCC office\nrecipient=someone else", "line_break"},
                                                           {std::string(201, 'r'), "too_long"}};
        for (const auto& [recipient, rule] : bad) {
            const auto refused = reports.prepareExport(*report, "csv", recipient);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::Validation);
            QCOMPARE(refused.error().field, std::string("recipient"));
            QCOMPARE(refused.error().rule, std::string(rule));
            QCOMPARE(suppressed(), suppressedBefore);
            QCOMPARE(test::scalar(*s->casebook, "SELECT count(*) FROM audit_log"), audits);
        }
        QVERIFY(reports.prepareExport(*report, "csv", "  " + std::string(200, 'r') + " \n"));
        QVERIFY(reports.prepareExport(*report, "csv", "  PCC office "));
        QCOMPARE(test::scalar(*s->casebook, "SELECT count(*) FROM audit_log WHERE operation = 'report.exported' AND "
                                            "detail LIKE '%recipient=PCC office'"),
                 1);
        QCOMPARE(test::scalar(*s->casebook, "SELECT count(*) FROM audit_log"), audits + 2);
    }

    void rolesAndBadInput()
    {
        auto s = funnelScheme();
        QVERIFY(s);
        auto& cb = *s->casebook;
        QVERIFY(cb.users().add("audrey", "quiet garden path in may", Role::Auditor));
        QVERIFY(cb.users().add("casey", "green kettle under the stairs", Role::Caseworker));
        const auto path = cb.path();
        s->casebook.reset();
        auto auditor = Casebook::open(path, "audrey", "quiet garden path in may", s->clock);
        QVERIFY(auditor);
        auto seen = (*auditor)->reports().run("repeat-demand", period(ymd(2026, 1, 1), ymd(2026, 12, 31)));
        QVERIFY(seen);
        QCOMPARE(total(*seen->table("bands"), "referrals"), 8.0);
        QVERIFY(!(*auditor)->reports().setSuppressionThreshold(3));
        auditor->reset();
        auto worker = Casebook::open(path, "casey", "green kettle under the stairs", s->clock);
        QVERIFY(worker);
        auto refused = (*worker)->reports().run("funnel", period(ymd(2026, 4, 1), ymd(2026, 4, 30)));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(test::scalar(**worker, "SELECT count(*) FROM audit_log WHERE operation = 'refused' AND username = "
                                        "'casey'"),
                 1);
        worker->reset();
        auto coord = Casebook::open(path, test::kUser, test::kPassword, s->clock);
        QVERIFY(coord);
        auto& reports = (*coord)->reports();
        QCOMPARE(reports.run("nope", period(ymd(2026, 4, 1), ymd(2026, 4, 30))).error().code, ErrorCode::InvalidInput);
        QCOMPARE(reports.run("funnel", period(ymd(2026, 4, 30), ymd(2026, 4, 1))).error().code,
                 ErrorCode::InvalidInput);
        ReportParams bad = period(ymd(2026, 4, 1), ymd(2026, 4, 30));
        bad.filters.source = "martians";
        QCOMPARE(reports.run("funnel", bad).error().code, ErrorCode::InvalidInput);
        bad = period(ymd(2026, 4, 1), ymd(2026, 4, 30));
        bad.filters.worker = "nobody";
        QCOMPARE(reports.run("caseload", bad).error().code, ErrorCode::NotFound);
        bad.filters.worker = "casey";
        auto mine = reports.run("caseload", bad);
        QVERIFY(mine);
        QCOMPARE(mine->tables.at(0).rows.size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "TestReports.moc"
