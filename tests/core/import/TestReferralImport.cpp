#include "core/domain/ReferralImport.h"

#include <QTest>

#include <algorithm>

using namespace waymark;

namespace {

constexpr CodeOption kSex[] = {{"female", "Female"}, {"male", "Male"}, {"not_known", "Not known"}};
constexpr CodeOption kRoutes[] = {{"community_resolution", "Community resolution"}, {"outcome_22", "Outcome 22"}};
constexpr CodeOption kOffences[] = {{"theft", "Theft"}, {"criminal_damage", "Criminal damage"}};
const ImportCodeTables kCodes{kSex, kRoutes, kOffences};

const std::vector<std::string> kDefaultHeader{
    "police_reference", "received",   "given_name", "family_name",     "date_of_birth", "sex",
    "postcode",         "event_date", "route",      "offence_category"};

Date today()
{
    return Date::fromYmd(2026, 11, 26).value();
}

std::vector<std::string> validRow()
{
    return {"WY/1234/26", "02/11/2026", "Carys",      "Exampleton",           "04/05/2011",
            "Female",     "cf10 1aa",   "2026-10-30", "community resolution", "theft"};
}

std::vector<std::string> rulesOf(const RowDraft& row)
{
    std::vector<std::string> out;
    for (const auto& p : row.problems)
        out.push_back(p.field + ":" + p.rule);
    return out;
}

} // namespace

class TestReferralImport : public QObject
{
    Q_OBJECT

private slots:
    void defaultLayoutInAnyOrderAndCase()
    {
        std::vector<std::string> header = kDefaultHeader;
        std::reverse(header.begin(), header.end());
        header[0] = "  Offence Category ";
        header[2] = "EVENT-DATE";
        header.push_back("Officer notes");
        auto plan = planColumns(header, {});
        QVERIFY2(plan, plan ? "" : plan.error().detail.c_str());
        QCOMPARE(plan->columnOf(ImportField::OffenceCategory), std::optional<std::size_t>(0));
        QCOMPARE(plan->columnOf(ImportField::EventDate), std::optional<std::size_t>(2));
        QCOMPARE(plan->columnOf(ImportField::PoliceReference), std::optional<std::size_t>(9));
        QCOMPARE(plan->ignored, std::vector<std::string>{"Officer notes"});
    }

    void missingColumnsAndUnknownLayout()
    {
        auto missing = planColumns({"given_name", "family_name", "postcode"}, {});
        QVERIFY(!missing);
        QCOMPARE(missing.error().rule, std::string("missing_column"));
        QCOMPARE(missing.error().field, std::string("date_of_birth"));
        QVERIFY(missing.error().detail.find("route") != std::string::npos);
        QVERIFY(missing.error().detail.find("event_date") == std::string::npos); // optional
        // A first line of data instead of a header.
        auto data = planColumns({"WY/1", "02/11/2026", "Carys", "Exampleton"}, {});
        QVERIFY(!data);
        QCOMPARE(data.error().rule, std::string("unknown_layout"));
    }

    void mappingForAnotherLayout()
    {
        ColumnMapping mapping;
        mapping.columns = {{ImportField::GivenName, "Forename"},
                           {ImportField::FamilyName, "Surname"},
                           {ImportField::DateOfBirth, "DOB"},
                           {ImportField::EventDate, "Offence date"},
                           {ImportField::PoliceReference, "Crime No"}};
        QVERIFY(validateMapping(mapping));
        const std::string saved = serialiseMapping(mapping);
        auto back = parseMapping(saved);
        QVERIFY(back);
        QCOMPARE(serialiseMapping(*back), saved);
        auto plan = planColumns({"Crime No", "Surname", "Forename", "DOB", "offence date", "Sex", "Route"}, *back);
        QVERIFY2(plan, plan ? "" : plan.error().detail.c_str());
        QCOMPARE(plan->columnOf(ImportField::GivenName), std::optional<std::size_t>(2));
        QCOMPARE(plan->columnOf(ImportField::EventDate), std::optional<std::size_t>(4));
        QCOMPARE(plan->columnOf(ImportField::Sex), std::optional<std::size_t>(5)); // default name still found
        // A mapped column that the file lacks is missing.
        auto lacking = planColumns({"Surname", "Forename", "DOB", "Offence date", "Route"}, *back);
        QVERIFY(!lacking);
        QCOMPARE(lacking.error().field, std::string("police_reference"));
        // Two fields on one column, a field twice, an unknown field name.
        ColumnMapping twice;
        twice.columns = {{ImportField::GivenName, "Name"}, {ImportField::FamilyName, " name "}};
        QCOMPARE(validateMapping(twice).error().rule, std::string("column_used_twice"));
        QVERIFY(!parseMapping("shoe_size=Size\n"));
        QVERIFY(!parseMapping("given_name\n"));
    }

    void validRowBecomesDrafts()
    {
        auto plan = planColumns(kDefaultHeader, {});
        QVERIFY(plan);
        const RowDraft row = draftRow(2, validRow(), *plan, kCodes, today());
        QVERIFY2(row.ok(), row.problems.empty() ? "" : row.problems.front().detail.c_str());
        QCOMPARE(row.person.givenName, std::string("Carys"));
        QCOMPARE(row.person.sex, std::string("female"));
        QCOMPARE(row.person.postcode, std::string("CF10 1AA"));
        QCOMPARE(row.person.dateOfBirth, Date::fromYmd(2011, 5, 4).value());
        QCOMPARE(row.referral.received, Date::fromYmd(2026, 11, 2).value());
        QCOMPARE(row.referral.eventDate, Date::fromYmd(2026, 10, 30).value());
        QCOMPARE(row.referral.route, std::string("community_resolution"));
        QCOMPARE(row.referral.offenceCategory, std::string("theft"));
        QCOMPARE(row.referral.policeReference, std::string("WY/1234/26"));
        // The police reference is kept upper case (the referral rules' normalising).
        auto lower = validRow();
        lower[0] = " wy/1234/26 ";
        QCOMPARE(draftRow(2, lower, *plan, kCodes, today()).referral.policeReference, std::string("WY/1234/26"));
    }

    void everyProblemOfARowIsListed()
    {
        auto plan = planColumns(kDefaultHeader, {});
        QVERIFY(plan);
        std::vector<std::string> fields = validRow();
        fields[1] = "01/12/2026";  // received in the future
        fields[2] = "";            // given name required
        fields[3] = "Example\x07"; // a control character in the family name
        fields[4] = "4/5/11";      // two-digit year
        fields[5] = "robot";       // unknown sex code
        fields[6] = "NOT A CODE";  // not a postcode
        fields[8] = "caution";     // unknown route
        const RowDraft row = draftRow(7, fields, *plan, kCodes, today());
        const auto rules = rulesOf(row);
        for (const char* expected :
             {"received:in_future", "given_name:required", "family_name:control_characters",
              "date_of_birth:two_digit_year", "sex:unknown_code", "postcode:not_uk_postcode", "route:unknown_code"})
            QVERIFY2(std::find(rules.begin(), rules.end(), expected) != rules.end(), expected);
        QCOMPARE(row.problems.size(), std::size_t(7));
        for (const auto& p : row.problems) {
            QCOMPARE(p.line, std::size_t(7));
            QVERIFY(!p.column.empty());
            QVERIFY2(p.detail.find("robot") == std::string::npos && p.detail.find("caution") == std::string::npos,
                     p.detail.c_str()); // never the value
        }
    }

    void datesFollowTheTypedDateRules_data()
    {
        QTest::addColumn<QString>("dob");
        QTest::addColumn<QString>("rule"); // empty: accepted
        QTest::newRow("dd/mm/yyyy") << "04/05/2011"
                                    << "";
        QTest::newRow("d.m.yyyy") << "4.5.2011"
                                  << "";
        QTest::newRow("iso") << "2011-05-04"
                             << "";
        QTest::newRow("two-digit year") << "4/5/11"
                                        << "two_digit_year";
        QTest::newRow("month first") << "05/31/2011"
                                     << "month_out_of_range";
        QTest::newRow("no separators") << "04052011"
                                       << "no_separators";
        QTest::newRow("31 February") << "31/02/2011"
                                     << "day_out_of_range";
        QTest::newRow("aged 40") << "01/01/1986"
                                 << "age_out_of_range";
    }

    void datesFollowTheTypedDateRules()
    {
        QFETCH(QString, dob);
        QFETCH(QString, rule);
        auto plan = planColumns(kDefaultHeader, {});
        QVERIFY(plan);
        auto fields = validRow();
        fields[4] = dob.toStdString();
        const RowDraft row = draftRow(2, fields, *plan, kCodes, today());
        if (rule.isEmpty()) {
            QVERIFY(row.ok());
        } else {
            QCOMPARE(row.problems.size(), std::size_t(1));
            QCOMPARE(QString::fromStdString(row.problems.front().rule), rule);
            QCOMPARE(row.problems.front().field, std::string("date_of_birth"));
        }
    }

    void eventAfterReceivedAndDefaultReceived()
    {
        auto plan = planColumns(kDefaultHeader, {});
        QVERIFY(plan);
        auto fields = validRow();
        fields[7] = "03/11/2026";
        QCOMPARE(rulesOf(draftRow(2, fields, *plan, kCodes, today())),
                 std::vector<std::string>{"event_date:after_received"});
        fields = validRow();
        fields[1] = "";
        const RowDraft row = draftRow(2, fields, *plan, kCodes, today());
        QVERIFY(row.ok());
        QCOMPARE(row.referral.received, today());
        QVERIFY(!row.receivedGiven);
        // Route is required (the referral rules); event date may be empty.
        fields = validRow();
        fields[8] = " ";
        fields[7] = "";
        QCOMPARE(rulesOf(draftRow(2, fields, *plan, kCodes, today())), std::vector<std::string>{"route:required"});
        fields = validRow();
        fields[1] = "01/01/1999";
        fields[7] = "01/01/1999";
        QCOMPARE(rulesOf(draftRow(2, fields, *plan, kCodes, today())), std::vector<std::string>{"received:too_old"});
    }

    void codesMatchCodeOrLabel()
    {
        QCOMPARE(matchCode(kRoutes, "Outcome 22"), std::optional<std::string>("outcome_22"));
        QCOMPARE(matchCode(kRoutes, "OUTCOME_22"), std::optional<std::string>("outcome_22"));
        QCOMPARE(matchCode(kOffences, " criminal-damage "), std::optional<std::string>("criminal_damage"));
        QCOMPARE(matchCode(kOffences, "arson"), std::nullopt);
        QCOMPARE(matchCode(kOffences, ""), std::nullopt);
    }

    void fingerprintIgnoresSpellingOfTheSameValues()
    {
        auto plan = planColumns(kDefaultHeader, {});
        QVERIFY(plan);
        auto a = validRow();
        auto b = validRow();
        b[2] = " CARYS ";
        b[4] = "2011-05-04";
        b[8] = "Community_Resolution";
        const auto fa = rowFingerprint("police", draftRow(2, a, *plan, kCodes, today()));
        QCOMPARE(rowFingerprint("Police", draftRow(9, b, *plan, kCodes, today())), fa);
        QCOMPARE(fa.size(), std::size_t(64));
        b[7] = "2026-10-29";
        QVERIFY(rowFingerprint("police", draftRow(2, b, *plan, kCodes, today())) != fa);
        QVERIFY(rowFingerprint("school", draftRow(2, a, *plan, kCodes, today())) != fa);
    }
};

QTEST_GUILESS_MAIN(TestReferralImport)
#include "TestReferralImport.moc"
