#include "core/domain/PersonRules.h"

#include <QTest>

using namespace waymark;

class TestPersonRules : public QObject
{
    Q_OBJECT

private:
    static Date today() { return Date::fromYmd(2026, 11, 26).value(); }
    static Person valid()
    {
        Person p;
        p.givenName = "Carys";
        p.familyName = "Exampleton";
        p.dateOfBirth = Date::fromYmd(2011, 5, 4).value();
        p.postcode = "cf10 1aa";
        p.nhsNumber = "943 476 5919";
        p.sex = "female";
        return p;
    }

private slots:
    void validation_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field"); // empty = valid
        QTest::newRow("valid as given") << "none"
                                        << "";
        QTest::newRow("missing given name") << "given="
                                            << "given_name";
        QTest::newRow("missing family name") << "family="
                                             << "family_name";
        QTest::newRow("no date of birth") << "dob="
                                          << "date_of_birth";
        QTest::newRow("born tomorrow") << "dob=2026-11-27"
                                       << "date_of_birth";
        QTest::newRow("aged 7") << "dob=2019-11-27"
                                << "date_of_birth";
        QTest::newRow("aged 8 today") << "dob=2018-11-26"
                                      << "";
        QTest::newRow("aged 30") << "dob=1996-11-27"
                                 << "";
        QTest::newRow("aged 31") << "dob=1995-11-26"
                                 << "date_of_birth";
        QTest::newRow("bad postcode") << "postcode=ABC 123"
                                      << "postcode";
        QTest::newRow("postcode with Q first") << "postcode=QA1 1AA"
                                               << "postcode";
        QTest::newRow("postcode inward letter C") << "postcode=SW1A 1CA"
                                                  << "postcode";
        QTest::newRow("postcode no space") << "postcode=sw1a1aa"
                                           << "";
        QTest::newRow("NHS wrong check digit") << "nhs=9434765918"
                                               << "nhs_number";
        QTest::newRow("NHS too short") << "nhs=943476591"
                                       << "nhs_number";
        QTest::newRow("NHS with letters") << "nhs=94347659AB"
                                          << "nhs_number";
        QTest::newRow("NHS empty is fine") << "nhs="
                                           << "";
        QTest::newRow("unknown sex code") << "sex=robot"
                                          << "sex";
        QTest::newRow("unknown ethnicity") << "ethnicity=martian"
                                           << "ethnicity";
        QTest::newRow("plan without SEND flag") << "sendplan"
                                                << "send_aln_plan";
        QTest::newRow("contact without name") << "contact"
                                              << "contacts";
        QTest::newRow("control character in name") << "given=Ca\x01rys"
                                                   << "given_name";
    }

    void validation()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        Person p = valid();
        const QString key = change.section(QLatin1Char('='), 0, 0);
        const std::string value = change.section(QLatin1Char('='), 1).toStdString();
        if (key == QLatin1String("given"))
            p.givenName = value;
        else if (key == QLatin1String("family"))
            p.familyName = value;
        else if (key == QLatin1String("dob"))
            p.dateOfBirth = value.empty() ? Date{} : Date::fromIso(value).value();
        else if (key == QLatin1String("postcode"))
            p.postcode = value;
        else if (key == QLatin1String("nhs"))
            p.nhsNumber = value;
        else if (key == QLatin1String("sex"))
            p.sex = value;
        else if (key == QLatin1String("ethnicity"))
            p.ethnicity = value;
        else if (key == QLatin1String("sendplan"))
            p.flags.sendAlnPlan = true;
        else if (key == QLatin1String("contact"))
            p.contacts.push_back(Contact{{}, "", "mother", "01234 567890", true});
        normalisePerson(p);
        const auto st = validatePerson(p, today());
        if (field.isEmpty()) {
            QVERIFY2(st.has_value(), st ? "" : describe(st.error()).c_str());
        } else {
            QVERIFY2(!st.has_value(), "expected a validation error");
            QCOMPARE(st.error().code, ErrorCode::Validation);
            QCOMPARE(QString::fromStdString(st.error().field), field);
            QVERIFY(!st.error().detail.empty());
            QVERIFY2(!st.error().rule.empty(), "every validation error names its rule");
        }
    }

    void normalises()
    {
        Person p = valid();
        p.givenName = "  Carys ";
        p.aliases = {"", " Caz ", "Caz"};
        normalisePerson(p);
        QCOMPARE(p.givenName, std::string("Carys"));
        QCOMPARE(p.postcode, std::string("CF10 1AA"));
        QCOMPARE(p.nhsNumber, std::string("9434765919"));
        QCOMPARE(p.aliases.size(), std::size_t(1));
        QCOMPARE(p.aliases.front(), std::string("Caz"));
        qInfo("checked: trimming, postcode spacing/case, NHS number spacing, alias de-duplication");
    }

    void folding_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("folded");
        QTest::newRow("accents") << QString::fromUtf8("Zoë Siân José") << "zoe sian jose";
        QTest::newRow("apostrophe") << QString::fromUtf8("O’Neill O'Brien") << "oneill obrien";
        QTest::newRow("hyphen") << "Smith-Jones"
                                << "smith jones";
        QTest::newRow("sharp s and Welsh w") << QString::fromUtf8("Straße Ŵyn") << "strasse wyn";
        QTest::newRow("Polish and Turkish") << QString::fromUtf8("Łukasz Ömer Çağrı") << "lukasz omer cagri";
        QTest::newRow("spaces") << "  Anna   Maria  "
                                << "anna maria";
    }

    void folding()
    {
        QFETCH(QString, input);
        QFETCH(QString, folded);
        QCOMPARE(QString::fromStdString(foldForSearch(input.toStdString())), folded);
    }

    void similarity()
    {
        QVERIFY(nameSimilarity("Jon", "John") >= 0.7);
        QVERIFY(nameSimilarity("Zoë", "zoe") == 1.0);
        QVERIFY(nameSimilarity("Aled", "Bethan") < 0.5);
    }
};

QTEST_GUILESS_MAIN(TestPersonRules)
#include "TestPersonRules.moc"
