// The duplicate rules as pure functions: name keys, edit distance, Jaro-Winkler, the short-form
// table, dates of birth worth looking up, and the score with its reasons.

#include "core/domain/Duplicates.h"
#include "core/domain/NameMatch.h"
#include "core/domain/PersonMerge.h"

#include <QTest>

#include <algorithm>

using namespace waymark;

namespace {

Person draft(const char* given, const char* family, const char* dob, const char* postcode = "")
{
    Person p;
    p.givenName = given;
    p.familyName = family;
    p.dateOfBirth = Date::fromIso(dob).value();
    p.postcode = postcode;
    return p;
}

PersonSummary stored(const char* given, const char* family, const char* dob, const char* postcode = "")
{
    PersonSummary s;
    s.givenName = given;
    s.familyName = family;
    s.dateOfBirth = Date::fromIso(dob).value();
    s.postcode = postcode;
    return s;
}

bool hasReason(const DuplicateCandidate& c, std::string_view code)
{
    return std::any_of(c.reasons.begin(), c.reasons.end(), [&](const MatchReason& r) { return r.code == code; });
}

QString reasonsOf(const DuplicateCandidate& c)
{
    QStringList out;
    for (const auto& r : c.reasons)
        out << QString::fromStdString(r.code + ": " + r.text);
    return out.join(QStringLiteral("; ")) + QStringLiteral(" = %1").arg(c.score);
}

} // namespace

class TestDuplicateRules : public QObject
{
    Q_OBJECT

private slots:
    void nameKeys()
    {
        QCOMPARE(nameKey("O'Brien-Smith"), std::string("obriensmith"));
        QCOMPARE(nameKey("  o\u2019brien   smith "), std::string("obriensmith"));
        QCOMPARE(nameKey("ZOË"), std::string("zoe"));
        QCOMPARE(nameKey("Siân"), std::string("sian"));
        QCOMPARE(nameParts("Smith-Jones"), (std::vector<std::string>{"smith", "jones"}));
    }

    void distances()
    {
        QCOMPARE(editDistance("example", "exampel"), 1); // neighbours swapped
        QCOMPARE(editDistance("example", "exmple"), 1);
        QCOMPARE(editDistance("example", "examplle"), 1);
        QCOMPARE(editDistance("example", "exbmple"), 1);
        QCOMPARE(editDistance("kitten", "sitting"), 3);
        QCOMPARE(editDistance("", "abc"), 3);
        // Winkler's own examples.
        QVERIFY(std::abs(jaroWinkler("martha", "marhta") - 0.9611) < 0.001);
        QVERIFY(std::abs(jaroWinkler("dwayne", "duane") - 0.84) < 0.001);
        QVERIFY(std::abs(jaroWinkler("dixon", "dicksonx") - 0.8133) < 0.001);
        QCOMPARE(jaroWinkler("same", "same"), 1.0);
        QCOMPARE(jaroWinkler("abc", "xyz"), 0.0);
    }

    void shortFormsAreData()
    {
        QVERIFY2(diminutivePairCount() >= 200, std::to_string(diminutivePairCount()).c_str());
        auto d = diminutiveOf("alex", "alexander");
        QVERIFY(d);
        QCOMPARE(d->shortForm, std::string("alex"));
        QCOMPARE(d->fullForm, std::string("alexander"));
        QVERIFY(diminutiveOf("alexander", "alex")); // either way round
        QVERIFY(diminutiveOf("bobby", "robert"));
        QVERIFY(diminutiveOf("kate", "katherine"));
        QVERIFY(diminutiveOf("liam", "william"));
        auto siblings = diminutiveOf("bob", "robbie"); // both short for Robert
        QVERIFY(siblings);
        QCOMPARE(siblings->fullForm, std::string("robert"));
        QVERIFY(!diminutiveOf("alex", "katherine"));
        QVERIFY(!diminutiveOf("alex", "alex"));
        qInfo("%zu short/full given-name pairs compiled in from core/domain/data/diminutives.txt",
              diminutivePairCount());
    }

    void compareNames_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("given");
        QTest::addColumn<int>("likeness");
        const auto row = [](const char* name, const char* a, const char* b, bool given, NameLikeness l) {
            QTest::newRow(name) << QString::fromUtf8(a) << QString::fromUtf8(b) << given << static_cast<int>(l);
        };
        row("case", "EXAMPLE", "example", false, NameLikeness::Same);
        row("accents", "Zoë", "Zoe", true, NameLikeness::Same);
        row("hyphen", "Smith-Jones", "Smith Jones", false, NameLikeness::Same);
        row("apostrophe", "O'Neill", "ONeill", false, NameLikeness::Same);
        row("typographic apostrophe", "O\u2019Neill", "O'Neill", false, NameLikeness::Same);
        row("diminutive", "Alex", "Alexander", true, NameLikeness::Diminutive);
        row("diminutive only for given names", "Alex", "Alexander", false, NameLikeness::Different);
        row("swapped letters", "Exampel", "Example", false, NameLikeness::OneEdit);
        row("dropped letter", "Jonathon", "Jonathan", true, NameLikeness::OneEdit);
        row("short names need three letters", "Al", "Ali", true, NameLikeness::Different);
        row("double-barrelled", "Smith", "Smith-Jones", false, NameLikeness::PartOf);
        row("two letters, long name", "Kowalczyk", "Kowalcyzk", false, NameLikeness::OneEdit);
        row("spelt alike", "Macdonald", "Mcdonnald", false, NameLikeness::Similar);
        row("different", "Carys", "Hamish", true, NameLikeness::Different);
        row("one letter is not a short name", "Ann", "Ian", true, NameLikeness::Different);
    }
    void compareNames()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, given);
        QFETCH(int, likeness);
        QCOMPARE(static_cast<int>(waymark::compareNames(a.toStdString(), b.toStdString(), given).likeness), likeness);
    }

    void datesOfBirthToLookUp()
    {
        const auto variants = dateOfBirthVariants(Date::fromIso("2011-04-03").value());
        QStringList iso;
        for (const auto& d : variants)
            iso << QString::fromStdString(d.toIso());
        QCOMPARE(iso, (QStringList{"2011-04-03", "2011-03-04", "2011-04-02", "2011-04-04", "2011-03-03", "2011-05-03",
                                   "2010-04-03", "2012-04-03"}));
        // Day 31: no swap (no month 31), no 32nd; the calendar neighbour across the month end.
        const auto end = dateOfBirthVariants(Date::fromIso("2011-01-31").value());
        QVERIFY(std::find(end.begin(), end.end(), Date::fromIso("2011-02-01").value()) != end.end());
        QVERIFY(std::find(end.begin(), end.end(), Date::fromIso("2011-02-28").value()) == end.end());
        QCOMPARE(end.size(), std::size_t(5)); // itself, the 30th, 2010, 2012, 1 February
        QVERIFY(dateOfBirthVariants(Date{}).empty());
    }

    void theIssueExamples()
    {
        // An existing "Alex Example"; the two intakes that were saved with no warning.
        const PersonSummary existing = stored("Alex", "Example", "2011-06-15", "CF10 1AA");
        const auto typo = scoreCandidate(draft("Alex", "Exampel", "2011-06-15"), existing);
        QVERIFY2(isLikelyDuplicate(typo), qPrintable(reasonsOf(typo)));
        QVERIFY(hasReason(typo, match::kSameDateOfBirth));
        QVERIFY(hasReason(typo, match::kSameGivenName));
        QVERIFY(hasReason(typo, match::kFamilyOneLetter));
        const auto longer = scoreCandidate(draft("Alexander", "Example", "2011-06-15"), existing);
        QVERIFY2(isLikelyDuplicate(longer), qPrintable(reasonsOf(longer)));
        QVERIFY(hasReason(longer, match::kGivenDiminutive));
        const auto dim = std::find_if(longer.reasons.begin(), longer.reasons.end(),
                                      [](const MatchReason& r) { return r.code == match::kGivenDiminutive; });
        QCOMPARE(dim->text, std::string("given name is a diminutive (Alex / Alexander)"));
        const auto same = std::find_if(longer.reasons.begin(), longer.reasons.end(),
                                       [](const MatchReason& r) { return r.code == match::kSameDateOfBirth; });
        QCOMPARE(same->text, std::string("same date of birth"));
        qInfo("Alex Exampel: %s", qPrintable(reasonsOf(typo)));
        qInfo("Alexander Example: %s", qPrintable(reasonsOf(longer)));
    }

    void eachKindOfEvidence_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("dob");
        QTest::addColumn<QString>("postcode");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("shown");
        // Against Bobby Sampleton, 2010-03-07, LS1 4AB.
        const auto row = [](const char* name, const char* g, const char* f, const char* d, const char* pc,
                            std::string_view code, bool shown) {
            QTest::newRow(name) << QString::fromUtf8(g) << QString::fromUtf8(f) << d << pc
                                << QString::fromUtf8(code.data(), static_cast<int>(code.size())) << shown;
        };
        row("same", "Bobby", "Sampleton", "2010-03-07", "", match::kSameDateOfBirth, true);
        row("full form", "Robert", "Sampleton", "2010-03-07", "", match::kGivenDiminutive, true);
        row("day and month swapped", "Bobby", "Sampleton", "2010-07-03", "", match::kDayMonthSwapped, true);
        row("day off by one", "Bobby", "Sampleton", "2010-03-08", "", match::kDayOffByOne, true);
        row("month off by one", "Bobby", "Sampleton", "2010-02-07", "", match::kMonthOffByOne, true);
        row("year off by one", "Bobby", "Sampleton", "2011-03-07", "", match::kYearOffByOne, true);
        row("transposed", "Sampleton", "Bobby", "2010-03-07", "", match::kNamesTransposed, true);
        row("changed surname, same address", "Bobby", "Otherfield", "2010-03-07", "LS1 4AB", match::kSamePostcode,
            true);
        row("changed surname, elsewhere", "Bobby", "Otherfield", "2010-03-07", "M1 1AA", match::kSameGivenName, false);
        row("double-barrelled", "Bobby", "Sampleton-Hughes", "2010-03-07", "", match::kFamilyPart, true);
        row("same name, same address, other birthday", "Bobby", "Sampleton", "2014-11-20", "LS1 4AB",
            match::kSamePostcode, true);
        row("same name, other birthday", "Bobby", "Sampleton", "2014-11-20", "", match::kSameFamilyName, false);
        row("twin: same birthday and address", "Charlotte", "Sampleton", "2010-03-07", "LS1 4AB",
            match::kSameFamilyName, false);
        row("typo and a day off", "Bobby", "Sampletom", "2010-03-06", "", match::kFamilyOneLetter, true);
    }
    void eachKindOfEvidence()
    {
        QFETCH(QString, given);
        QFETCH(QString, family);
        QFETCH(QString, dob);
        QFETCH(QString, postcode);
        QFETCH(QString, code);
        QFETCH(bool, shown);
        const PersonSummary existing = stored("Bobby", "Sampleton", "2010-03-07", "LS1 4AB");
        const std::string g = given.toStdString(), f = family.toStdString(), d = dob.toStdString(),
                          pc = postcode.toStdString();
        const auto c = scoreCandidate(draft(g.c_str(), f.c_str(), d.c_str(), pc.c_str()), existing);
        QVERIFY2(hasReason(c, code.toStdString()), qPrintable(reasonsOf(c)));
        QVERIFY2(isLikelyDuplicate(c) == shown, qPrintable(reasonsOf(c)));
    }

    void preferredNamesAndAliases()
    {
        PersonSummary existing = stored("Amelia", "Testwell", "2012-01-20");
        existing.preferredName = "Lily";
        const auto c = scoreCandidate(draft("Lily", "Testwell", "2012-01-20"), existing);
        QVERIFY2(hasReason(c, match::kPreferredName) && isLikelyDuplicate(c), qPrintable(reasonsOf(c)));
        const std::vector<std::string> aliases{"Maisie Oldname"};
        const auto byAlias = scoreCandidate(draft("Maisie", "Oldname", "2012-01-20"), existing, aliases);
        QVERIFY2(hasReason(byAlias, match::kAlias) && isLikelyDuplicate(byAlias), qPrintable(reasonsOf(byAlias)));
        QVERIFY(!isLikelyDuplicate(scoreCandidate(draft("Maisie", "Oldname", "2012-01-20"), existing)));
    }

    void mergedFieldsKeepWhatEitherKnew()
    {
        Person s = draft("Alex", "Example", "2011-06-15");
        s.ethnicity = "not_stated";
        s.upn = "A123456789012";
        s.flags.lookedAfter = true;
        Person o = draft("Alexander", "Example", "2011-06-16", "CF10 1AA");
        o.address = "1 Fictional Street";
        o.ethnicity = "white_british";
        o.upn = "B123456789012";
        o.flags.exploitationConcern = true;
        o.interpreterNeeded = true;
        const auto m = mergeFields(s, o);
        QCOMPARE(m.filled,
                 (std::vector<std::string>{"ethnicity", "address", "interpreter_needed", "exploitation_concern"}));
        QCOMPARE(m.differing, (std::vector<std::string>{"date_of_birth", "upn"}));
        QCOMPARE(m.survivor.postcode, std::string("CF10 1AA")); // the address with its postcode
        QCOMPARE(m.survivor.upn, std::string("A123456789012"));
        QVERIFY(m.survivor.flags.lookedAfter && m.survivor.flags.exploitationConcern);
        QCOMPARE(m.survivor.givenName, std::string("Alex")); // names untouched: they become aliases
        QCOMPARE(m.survivor.dateOfBirth, s.dateOfBirth);
    }

    void rankedBestFirstWithoutTheDraftItself()
    {
        Person d = draft("Alex", "Example", "2011-06-15", "CF10 1AA");
        d.id = Uuid::v7(std::chrono::system_clock::now());
        std::vector<PersonSummary> others{
            stored("Alex", "Exampel", "2011-06-16"), stored("Alex", "Example", "2011-06-15", "CF10 1AA"),
            stored("Alexander", "Example", "2011-06-15"), stored("Hamish", "Example", "2011-06-15", "CF10 1AA")};
        for (std::size_t i = 0; i < others.size(); ++i)
            others[i].id = Uuid::v7(std::chrono::system_clock::now() + std::chrono::milliseconds(i + 1));
        others.push_back(others[1]); // found twice (by date and by postcode): listed once
        PersonSummary self = others[1];
        self.id = d.id;
        others.push_back(self);
        const auto ranked = rankCandidates(d, others);
        QCOMPARE(ranked.size(), std::size_t(3));
        QCOMPARE(ranked[0].person.id, others[1].id);
        QCOMPARE(ranked[0].score, 100);
        QCOMPARE(ranked[1].person.givenName, std::string("Alexander"));
        QVERIFY(ranked[1].score >= ranked[2].score);
        QCOMPARE(ranked[2].person.familyName, std::string("Exampel"));
    }
};

QTEST_GUILESS_MAIN(TestDuplicateRules)
#include "TestDuplicateRules.moc"
