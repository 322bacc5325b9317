// The eligibility engine: a rule table with every reason, its code, its sentence and its
// numbers; the order of reasons; missing dates; settings round trip and validation.

#include "core/domain/Codes.h"
#include "core/domain/Eligibility.h"
#include "core/domain/Referral.h"

#include <QTest>

#include <functional>
#include <string>
#include <vector>

using namespace waymark;

namespace {

Date d(const char* iso)
{
    return Date::fromIso(iso).value();
}

// A 15-year-old referred a week after a community resolution: passes the default rules.
EligibilityInput base()
{
    EligibilityInput in;
    in.dateOfBirth = d("2010-07-14");
    in.eventDate = d("2026-03-02");
    in.received = d("2026-03-09");
    in.route = "community_resolution";
    return in;
}

using Values = std::vector<std::pair<std::string, std::string>>;

struct Expect
{
    std::string code;
    std::string message; // the whole sentence
    Values values;       // each must be present (others may be too)
};

struct Case
{
    const char* name;
    std::function<void(EligibilityRules&, EligibilityInput&)> setup;
    std::vector<Expect> reasons; // empty = pass
};

const std::vector<Case>& cases()
{
    static const std::vector<Case> all = {
        {"pass with the defaults", [](auto&, auto&) {}, {}},

        // Age at the event, 10-17 (default).
        {"aged 18 on the event: the 18th birthday",
         [](auto&, auto& in) { in.dateOfBirth = d("2008-03-02"); },
         {{"outside_age_range",
           "aged 18 on 2026-03-02; the scheme takes 10-17",
           {{"age", "18"}, {"event_date", "2026-03-02"}, {"bands", "10-17"}}}}},
        {"aged 17 the day before the 18th birthday", [](auto&, auto& in) { in.dateOfBirth = d("2008-03-03"); }, {}},
        {"aged 10 on the 10th birthday", [](auto&, auto& in) { in.dateOfBirth = d("2016-03-02"); }, {}},
        {"aged 9 the day before the 10th birthday",
         [](auto&, auto& in) { in.dateOfBirth = d("2016-03-03"); },
         {{"outside_age_range", "aged 9 on 2026-03-02; the scheme takes 10-17", {{"age", "9"}, {"bands", "10-17"}}}}},
        {"age counts at the event, not at receipt",
         [](auto&, auto& in) {
             in.dateOfBirth = d("2008-03-05"); // 17 at the event, 18 when received
         },
         {}},
        {"born on 29 February: still 17 on 28 February of a common year",
         [](auto&, auto& in) {
             in.dateOfBirth = d("2008-02-29");
             in.eventDate = d("2026-02-28");
             in.received = d("2026-03-02");
         },
         {}},
        {"born on 29 February: 18 on 1 March of a common year",
         [](auto&, auto& in) {
             in.dateOfBirth = d("2008-02-29");
             in.eventDate = d("2026-03-01");
         },
         {{"outside_age_range", "aged 18 on 2026-03-01; the scheme takes 10-17", {{"age", "18"}}}}},

        // Young-adult band 18-25.
        {"young-adult scheme: aged 17",
         [](auto& r, auto& in) {
             r.childBand = false;
             r.youngAdultBand = true;
             in.dateOfBirth = d("2008-03-03");
         },
         {{"outside_age_range", "aged 17 on 2026-03-02; the scheme takes 18-25", {{"age", "17"}, {"bands", "18-25"}}}}},
        {"young-adult scheme: aged 18",
         [](auto& r, auto& in) {
             r.childBand = false;
             r.youngAdultBand = true;
             in.dateOfBirth = d("2008-03-02");
         },
         {}},
        {"young-adult scheme: aged 25",
         [](auto& r, auto& in) {
             r.childBand = false;
             r.youngAdultBand = true;
             in.dateOfBirth = d("2000-03-03");
         },
         {}},
        {"young-adult scheme: aged 26",
         [](auto& r, auto& in) {
             r.childBand = false;
             r.youngAdultBand = true;
             in.dateOfBirth = d("2000-03-02");
         },
         {{"outside_age_range", "aged 26 on 2026-03-02; the scheme takes 18-25", {{"age", "26"}}}}},

        // Both bands.
        {"both bands: aged 10",
         [](auto& r, auto& in) {
             r.youngAdultBand = true;
             in.dateOfBirth = d("2016-03-02");
         },
         {}},
        {"both bands: aged 18",
         [](auto& r, auto& in) {
             r.youngAdultBand = true;
             in.dateOfBirth = d("2008-03-02");
         },
         {}},
        {"both bands: aged 9",
         [](auto& r, auto& in) {
             r.youngAdultBand = true;
             in.dateOfBirth = d("2016-03-03");
         },
         {{"outside_age_range", "aged 9 on 2026-03-02; the scheme takes 10-25", {{"bands", "10-25"}}}}},
        {"both bands: aged 26",
         [](auto& r, auto& in) {
             r.youngAdultBand = true;
             in.dateOfBirth = d("2000-03-02");
         },
         {{"outside_age_range", "aged 26 on 2026-03-02; the scheme takes 10-25", {{"age", "26"}}}}},

        // Window, 3 months by default.
        {"received exactly 3 months after the event", [](auto&, auto& in) { in.received = d("2026-06-02"); }, {}},
        {"received 3 months and 1 day after",
         [](auto&, auto& in) { in.received = d("2026-06-03"); },
         {{"outside_time_window",
           "received on 2026-06-03, 3 months and 1 day after the event on 2026-03-02; the scheme takes referrals "
           "within 3 months",
           {{"received", "2026-06-03"},
            {"event_date", "2026-03-02"},
            {"months", "3"},
            {"days", "1"},
            {"limit", "3"}}}}},
        {"received 4 months after",
         [](auto&, auto& in) { in.received = d("2026-07-02"); },
         {{"outside_time_window",
           "received on 2026-07-02, 4 months after the event on 2026-03-02; the scheme takes referrals within 3 "
           "months",
           {{"months", "4"}, {"days", "0"}}}}},
        {"received the same day as the event", [](auto&, auto& in) { in.received = in.eventDate; }, {}},
        {"event on 30 November: 28 February is within 3 months",
         [](auto&, auto& in) {
             in.eventDate = d("2025-11-30");
             in.received = d("2026-02-28");
         },
         {}},
        {"event on 30 November: 1 March is not",
         [](auto&, auto& in) {
             in.eventDate = d("2025-11-30");
             in.received = d("2026-03-01");
         },
         {{"outside_time_window",
           "received on 2026-03-01, 3 months and 1 day after the event on 2025-11-30; the scheme takes referrals "
           "within 3 months",
           {{"months", "3"}, {"days", "1"}}}}},
        {"a 1-month window",
         [](auto& r, auto& in) {
             r.windowMonths = 1;
             in.received = d("2026-04-05");
         },
         {{"outside_time_window",
           "received on 2026-04-05, 1 month and 3 days after the event on 2026-03-02; the scheme takes referrals "
           "within 1 month",
           {{"months", "1"}, {"days", "3"}, {"limit", "1"}}}}},
        {"a 6-month window takes 5 months",
         [](auto& r, auto& in) {
             r.windowMonths = 6;
             in.received = d("2026-08-01");
         },
         {}},
        {"received before the event",
         [](auto&, auto& in) { in.received = d("2026-03-01"); },
         {{"outside_time_window",
           "received on 2026-03-01, before the event on 2026-03-02",
           {{"received", "2026-03-01"}}}}},

        // Once only.
        {"previously supported once",
         [](auto&, auto& in) { in.previouslySupported = 1; },
         {{"previously_diverted",
           "previously supported by this scheme (1 earlier referral accepted); the scheme supports a young person once",
           {{"count", "1"}}}}},
        {"previously supported twice",
         [](auto&, auto& in) { in.previouslySupported = 2; },
         {{"previously_diverted",
           "previously supported by this scheme (2 earlier referrals accepted); the scheme supports a young person "
           "once",
           {{"count", "2"}}}}},
        {"not once-only: earlier support is fine",
         [](auto& r, auto& in) {
             r.onceOnly = false;
             in.previouslySupported = 3;
         },
         {}},

        // Excluded route.
        {"excluded route",
         [](auto& r, auto& in) {
             r.excludedRoutes = {"youth_conditional_caution", "nfa"};
             in.route = "nfa";
         },
         {{"ineligible_offence",
           "the route is No further action, which the scheme does not take",
           {{"route", "nfa"}}}}},
        {"a route the scheme takes",
         [](auto& r, auto&) {
             r.excludedRoutes = {"youth_conditional_caution", "nfa"};
         },
         {}},

        // Excluded statuses.
        {"statutory order excluded",
         [](auto& r, auto& in) {
             r.excludedStatuses = {"statutory_order"};
             in.statutoryOrder = true;
         },
         {{"excluded_by_status",
           "the young person is on a statutory order, which the scheme excludes",
           {{"status", "statutory_order"}}}}},
        {"looked after excluded",
         [](auto& r, auto& in) {
             r.excludedStatuses = {"looked_after"};
             in.flags.lookedAfter = true;
         },
         {{"excluded_by_status",
           "the young person is a looked-after child, which the scheme excludes",
           {{"status", "looked_after"}}}}},
        {"child-protection plan excluded",
         [](auto& r, auto& in) {
             r.excludedStatuses = {"child_protection_plan"};
             in.flags.childProtectionPlan = true;
         },
         {{"excluded_by_status",
           "the young person is on a child-protection plan, which the scheme excludes",
           {{"status", "child_protection_plan"}}}}},
        {"a flag the scheme does not exclude",
         [](auto& r, auto& in) {
             r.excludedStatuses = {"statutory_order"};
             in.flags.lookedAfter = true;
             in.flags.childInNeed = true;
         },
         {}},
        {"two statuses, in the fixed order whatever the rule order",
         [](auto& r, auto& in) {
             r.excludedStatuses = {"care_leaver", "early_help", "child_in_need", "exploitation_concern"};
             in.flags.exploitationConcern = true;
             in.flags.childInNeed = true;
         },
         {{"excluded_by_status",
           "the young person is a child in need, which the scheme excludes",
           {{"status", "child_in_need"}}},
          {"excluded_by_status",
           "the young person is the subject of an exploitation concern, which the scheme excludes",
           {{"status", "exploitation_concern"}}}}},

        // Missing dates: each a reason, each once.
        {"no date of birth",
         [](auto&, auto& in) { in.dateOfBirth = {}; },
         {{"missing_date",
           "no date of birth is recorded; the scheme takes ages 10-17 at the event",
           {{"field", "date_of_birth"}}}}},
        {"no event date (reported once, not for age and window both)",
         [](auto&, auto& in) { in.eventDate = {}; },
         {{"missing_date", "no eligibility event date is recorded", {{"field", "event_date"}}}}},
        {"no received date",
         [](auto&, auto& in) { in.received = {}; },
         {{"missing_date", "no received date is recorded", {{"field", "received"}}}}},
        {"no dates at all",
         [](auto&, auto& in) {
             in.dateOfBirth = {};
             in.eventDate = {};
             in.received = {};
         },
         {{"missing_date",
           "no date of birth is recorded; the scheme takes ages 10-17 at the event",
           {{"field", "date_of_birth"}}},
          {"missing_date", "no eligibility event date is recorded", {{"field", "event_date"}}},
          {"missing_date", "no received date is recorded", {{"field", "received"}}}}},

        // Every reason at once, in order: age, window, once-only, route, statuses.
        {"everything fails, in order",
         [](auto& r, auto& in) {
             r.excludedRoutes = {"youth_caution"};
             r.excludedStatuses = {"looked_after", "statutory_order"};
             in.dateOfBirth = d("2007-01-01");
             in.received = d("2026-09-02");
             in.previouslySupported = 1;
             in.route = "youth_caution";
             in.statutoryOrder = true;
             in.flags.lookedAfter = true;
         },
         {{"outside_age_range", "aged 19 on 2026-03-02; the scheme takes 10-17", {{"age", "19"}}},
          {"outside_time_window",
           "received on 2026-09-02, 6 months after the event on 2026-03-02; the scheme takes referrals within 3 months",
           {{"months", "6"}}},
          {"previously_diverted",
           "previously supported by this scheme (1 earlier referral accepted); the scheme supports a young person once",
           {}},
          {"ineligible_offence",
           "the route is Youth Caution, which the scheme does not take",
           {{"route", "youth_caution"}}},
          {"excluded_by_status", "the young person is on a statutory order, which the scheme excludes", {}},
          {"excluded_by_status", "the young person is a looked-after child, which the scheme excludes", {}}}},
    };
    return all;
}

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

class TestEligibility : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < static_cast<int>(cases().size()); ++i)
            QTest::newRow(cases()[i].name) << i;
    }

    void rules()
    {
        QFETCH(int, index);
        const Case& c = cases()[index];
        EligibilityRules rules;
        EligibilityInput in = base();
        c.setup(rules, in);
        QVERIFY(validateEligibilityRules(rules));

        const EligibilityResult got = assessEligibility(rules, in);
        QStringList gotCodes;
        for (const auto& r : got.reasons)
            gotCodes << q(r.code) + ": " + q(r.message);
        QStringList wantCodes;
        for (const auto& r : c.reasons)
            wantCodes << q(r.code) + ": " + q(r.message);
        QCOMPARE(gotCodes, wantCodes);
        QCOMPARE(got.pass, c.reasons.empty());
        for (std::size_t i = 0; i < c.reasons.size(); ++i)
            for (const auto& [key, value] : c.reasons[i].values) {
                const auto& values = got.reasons[i].values;
                const auto it =
                    std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == key; });
                QVERIFY2(it != values.end(), key.c_str());
                QCOMPARE(q(it->second), q(value));
            }
    }

    void reasonCodesAreNotOfferedReasons()
    {
        // Every reason the engine gives (other than a missing date) is a reason a decision can carry.
        for (const auto& c : cases())
            for (const auto& r : c.reasons)
                if (r.code != "missing_date")
                    QVERIFY2(isKnownCode(notOfferedReasonCodes(), r.code), r.code.c_str());
    }

    void inputFromReferralAndPerson()
    {
        Referral r;
        r.received = d("2026-03-09");
        r.eventDate = d("2026-03-02");
        r.route = "nfa";
        r.statutoryOrder = true;
        Person p;
        p.dateOfBirth = d("2010-07-14");
        p.flags.careLeaver = true;
        const EligibilityInput in = eligibilityInputFor(r, p, 2);
        QCOMPARE(in.dateOfBirth, p.dateOfBirth);
        QCOMPARE(in.eventDate, r.eventDate);
        QCOMPARE(in.received, r.received);
        QCOMPARE(q(in.route), QStringLiteral("nfa"));
        QVERIFY(in.statutoryOrder);
        QVERIFY(in.flags.careLeaver);
        QCOMPARE(in.previouslySupported, 2);
    }

    void settingsRoundTrip()
    {
        const EligibilityRules defaults;
        QCOMPARE(eligibilityFromSettings(eligibilityToSettings(defaults)).value(), defaults);
        QCOMPARE(eligibilityFromSettings({}).value(), defaults);

        EligibilityRules custom;
        custom.childBand = false;
        custom.youngAdultBand = true;
        custom.windowMonths = 6;
        custom.onceOnly = false;
        custom.excludedRoutes = {"youth_conditional_caution", "nfa"};
        custom.excludedStatuses = {"statutory_order", "looked_after"};
        const auto settings = eligibilityToSettings(custom);
        QCOMPARE(eligibilityFromSettings(settings).value(), custom);

        // The stored form, as docs and the CLI show it.
        const std::vector<std::pair<std::string, std::string>> expected = {
            {"eligibility.child_band", "0"},
            {"eligibility.young_adult_band", "1"},
            {"eligibility.window_months", "6"},
            {"eligibility.once_only", "0"},
            {"eligibility.excluded_routes", "youth_conditional_caution,nfa"},
            {"eligibility.excluded_statuses", "statutory_order,looked_after"},
        };
        QCOMPARE(settings, expected);

        // Other settings are ignored; list items are trimmed and de-duplicated.
        auto mixed = settings;
        mixed.emplace_back("calendar.division", "scotland");
        mixed.emplace_back("eligibility.excluded_routes", " nfa , nfa,youth_caution ");
        const auto parsed = eligibilityFromSettings(mixed).value();
        QCOMPARE(parsed.excludedRoutes, (std::vector<std::string>{"nfa", "youth_caution"}));
    }

    void badSettings_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("rule");
        QTest::newRow("band yes") << "eligibility.child_band"
                                  << "yes"
                                  << "bad_setting";
        QTest::newRow("window text") << "eligibility.window_months"
                                     << "three"
                                     << "bad_setting";
        QTest::newRow("window trailing") << "eligibility.window_months"
                                         << "3m"
                                         << "bad_setting";
        QTest::newRow("window 0") << "eligibility.window_months"
                                  << "0"
                                  << "out_of_range";
        QTest::newRow("window 37") << "eligibility.window_months"
                                   << "37"
                                   << "out_of_range";
        QTest::newRow("once yes") << "eligibility.once_only"
                                  << "Y"
                                  << "bad_setting";
        QTest::newRow("unknown route") << "eligibility.excluded_routes"
                                       << "nfa,speeding"
                                       << "unknown_code";
        QTest::newRow("unknown status") << "eligibility.excluded_statuses"
                                        << "looked_after,tall"
                                        << "unknown_code";
        QTest::newRow("no band") << "eligibility.child_band"
                                 << "0"
                                 << "no_age_band";
    }

    void badSettings()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, rule);
        const auto got = eligibilityFromSettings({{key.toStdString(), value.toStdString()}});
        QVERIFY(!got);
        QCOMPARE(got.error().code, ErrorCode::Validation);
        QCOMPARE(q(got.error().field), key);
        QCOMPARE(q(got.error().rule), rule);
    }

    void validation_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("defaults") << 0 << "";
        QTest::newRow("no band") << 1 << "age_bands";
        QTest::newRow("window 0") << 2 << "window_months";
        QTest::newRow("window 37") << 3 << "window_months";
        QTest::newRow("window 36") << 4 << "";
        QTest::newRow("unknown route") << 5 << "excluded_routes";
        QTest::newRow("unknown status") << 6 << "excluded_statuses";
        QTest::newRow("every status and route") << 7 << "";
    }

    void validation()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        EligibilityRules r;
        switch (which) {
        case 1:
            r.childBand = false;
            break;
        case 2:
            r.windowMonths = 0;
            break;
        case 3:
            r.windowMonths = 37;
            break;
        case 4:
            r.windowMonths = 36;
            break;
        case 5:
            r.excludedRoutes = {"nfa", "Nfa"};
            break;
        case 6:
            r.excludedStatuses = {"send_aln"};
            break;
        case 7:
            for (const auto& c : referralRouteCodes())
                r.excludedRoutes.emplace_back(c.code);
            for (auto s : exclusionStatusCodes())
                r.excludedStatuses.emplace_back(s);
            break;
        default:
            break;
        }
        const auto got = validateEligibilityRules(r);
        QCOMPARE(got.has_value(), field.isEmpty());
        if (!got) {
            QCOMPARE(got.error().code, ErrorCode::Validation);
            QCOMPARE(q(got.error().field), field);
        }
    }

    void statusCodes()
    {
        const QStringList want = {"statutory_order", "looked_after", "child_protection_plan", "child_in_need",
                                  "early_help",      "care_leaver",  "exploitation_concern"};
        QStringList got;
        for (auto s : exclusionStatusCodes())
            got << QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
        QCOMPARE(got, want);
    }
};

QTEST_GUILESS_MAIN(TestEligibility)
#include "TestEligibility.moc"
