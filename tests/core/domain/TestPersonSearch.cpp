// The pure rules the desks use, tested without a casebook: how a typed search is read
// (core/domain/PersonSearch.h), when two names look alike (core/domain/Duplicates.h), and
// user names (core/domain/UserRules.h).

#include "core/domain/Duplicates.h"
#include "core/domain/PersonSearch.h"
#include "core/domain/UserRules.h"

#include <QTest>

using namespace waymark;

class TestPersonSearch : public QObject
{
    Q_OBJECT

private:
    // The order People::search asks in: date, reference, reference number, postcode, else name.
    static QString kindOf(const std::string& query)
    {
        if (looksLikeDate(query))
            return "date";
        if (looksLikeReference(query))
            return "reference";
        if (looksLikeReferenceNumber(query))
            return "number";
        if (looksLikePostcode(query))
            return "postcode";
        return "name";
    }

private slots:
    void queryKinds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("kind");
        QTest::newRow("ISO date") << "2011-05-04"
                                  << "date";
        QTest::newRow("day-first date") << "04/05/2011"
                                        << "date";
        QTest::newRow("two-digit year is no date") << "4/5/11"
                                                   << "name";
        QTest::newRow("whole reference") << "WM-K7QX-2026-00042"
                                         << "reference";
        QTest::newRow("reference prefix, lower case") << "wm-k7"
                                                      << "reference";
        QTest::newRow("dash first is no reference") << "-K7QX"
                                                    << "name";
        QTest::newRow("hyphenated family name") << "Smith-Jones"
                                                << "name";
        QTest::newRow("hyphenated, lower case") << "o-neill"
                                                << "name";
        QTest::newRow("WM alone") << "wm"
                                  << "name";
        QTest::newRow("running number") << "00042"
                                        << "number";
        QTest::newRow("short number") << "42"
                                      << "number";
        QTest::newRow("six digits") << "123456"
                                    << "name";
        QTest::newRow("outward code") << "LS1"
                                      << "postcode";
        QTest::newRow("partial postcode, lower case") << "ls1 4"
                                                      << "postcode";
        QTest::newRow("whole postcode") << "CF10 1AA"
                                        << "postcode";
        QTest::newRow("too long for a postcode") << "CF10 1AAAA"
                                                 << "name";
        QTest::newRow("three letters first") << "ABC1"
                                             << "name";
        QTest::newRow("a name") << "Carys"
                                << "name";
        QTest::newRow("two words") << "car exa"
                                   << "name";
    }
    void queryKinds()
    {
        QFETCH(QString, query);
        QFETCH(QString, kind);
        QCOMPARE(kindOf(query.toStdString()), kind);
    }

    void namesLookAlike_data()
    {
        QTest::addColumn<QString>("draftGiven");
        QTest::addColumn<QString>("draftFamily");
        QTest::addColumn<QString>("draftPreferred");
        QTest::addColumn<QString>("otherGiven");
        QTest::addColumn<QString>("otherFamily");
        QTest::addColumn<QString>("otherPreferred");
        QTest::addColumn<bool>("alike");
        QTest::newRow("same") << "Carys"
                              << "Exampleton"
                              << ""
                              << "Carys"
                              << "Exampleton"
                              << "" << true;
        QTest::newRow("case and accents") << "zoë"
                                          << "EXAMPLETON"
                                          << ""
                                          << "Zoe"
                                          << "Exampleton"
                                          << "" << true;
        QTest::newRow("transposed") << "Exampleton"
                                    << "Carys"
                                    << ""
                                    << "Carys"
                                    << "Exampleton"
                                    << "" << true;
        QTest::newRow("preferred against given") << "Robert"
                                                 << "Sampleby"
                                                 << "Bobby"
                                                 << "Bobby"
                                                 << "Sampleby"
                                                 << "" << true;
        QTest::newRow("given against preferred") << "Bobby"
                                                 << "Sampleby"
                                                 << ""
                                                 << "Robert"
                                                 << "Sampleby"
                                                 << "Bobby" << true;
        QTest::newRow("other family") << "Carys"
                                      << "Exampleton"
                                      << ""
                                      << "Carys"
                                      << "Testington"
                                      << "" << false;
        QTest::newRow("other given") << "Carys"
                                     << "Exampleton"
                                     << ""
                                     << "Hamish"
                                     << "Exampleton"
                                     << "" << false;
    }
    void namesLookAlike()
    {
        QFETCH(QString, draftGiven);
        QFETCH(QString, draftFamily);
        QFETCH(QString, draftPreferred);
        QFETCH(QString, otherGiven);
        QFETCH(QString, otherFamily);
        QFETCH(QString, otherPreferred);
        QFETCH(bool, alike);
        Person draft;
        draft.givenName = draftGiven.toStdString();
        draft.familyName = draftFamily.toStdString();
        draft.preferredName = draftPreferred.toStdString();
        PersonSummary other;
        other.givenName = otherGiven.toStdString();
        other.familyName = otherFamily.toStdString();
        other.preferredName = otherPreferred.toStdString();
        QCOMPARE(waymark::namesLookAlike(draft, other), alike);
    }

    void usernames_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::addColumn<QString>("rule");
        QTest::newRow("lower-cased and trimmed") << "  Sam.Worker "
                                                 << "sam.worker"
                                                 << "";
        QTest::newRow("digits, '_' and '-'") << "cw_2-b"
                                             << "cw_2-b"
                                             << "";
        QTest::newRow("one character") << "a"
                                       << ""
                                       << "too_short";
        QTest::newRow("65 characters") << QString(65, 'a') << ""
                                       << "too_long";
        QTest::newRow("a space inside") << "sam worker"
                                        << ""
                                        << "username_characters";
        QTest::newRow("an accent") << "zoë"
                                   << ""
                                   << "username_characters";
    }
    void usernames()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(QString, rule);
        const auto result = normaliseUsername(typed.toStdString());
        if (stored.isEmpty()) {
            QVERIFY(!result);
            QCOMPARE(result.error().code, ErrorCode::Validation);
            QCOMPARE(QString::fromStdString(result.error().field), QString("username"));
            QCOMPARE(QString::fromStdString(result.error().rule), rule);
        } else {
            QVERIFY(result);
            QCOMPARE(QString::fromStdString(*result), stored);
        }
    }
};

QTEST_GUILESS_MAIN(TestPersonSearch)
#include "TestPersonSearch.moc"
