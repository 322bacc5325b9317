// The import desk (core/Imports.h) on real casebooks: dry run, import in one transaction,
// re-import, matching, skip-invalid, encodings, and a corpus of malformed files after each of
// which nothing is written.

#include "core/Imports.h"
#include "core/io/Csv.h"
#include "core/store/Database.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QTest>

#include <chrono>

using namespace waymark;

namespace {

const char* kHeader =
    "police_reference,received,given_name,family_name,date_of_birth,sex,postcode,event_date,route,offence_category";

// A row of the default layout for a generated person (index as test::samplePerson).
std::string row(int index, std::string policeReference = {})
{
    const Person p = test::samplePerson(index);
    if (policeReference.empty())
        policeReference = "TP/" + std::to_string(1000 + index) + "/26";
    return policeReference + ",02/11/2026," + p.givenName + "," + p.familyName + "," + p.dateOfBirth.toDisplay() + "," +
           p.sex + ",CF10 1AA,30/10/2026,community_resolution,theft";
}

ImportOptions from(std::string source)
{
    ImportOptions options;
    options.source = std::move(source);
    return options;
}

std::string file(const std::vector<std::string>& rows, const char* eol = "\n")
{
    std::string out = std::string(kHeader) + eol;
    for (const auto& r : rows)
        out += r + eol;
    return out;
}

std::shared_ptr<FixedClock> pinnedClock()
{
    using namespace std::chrono;
    return std::make_shared<FixedClock>(sys_days{year{2026} / 11 / 26} + hours{12});
}

} // namespace

class TestImports : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Casebook> m_cb;
    std::int64_t m_changeRecords = 0; // what creating the casebook logged

    std::int64_t scalar(const std::string& sql) { return test::scalar(*m_cb, sql); }
    std::int64_t people() { return scalar("SELECT count(*) FROM people"); }
    std::int64_t referrals() { return scalar("SELECT count(*) FROM referrals"); }
    std::int64_t batches() { return scalar("SELECT count(*) FROM import_batches"); }

    void verifyNothingWritten()
    {
        QCOMPARE(people(), std::int64_t(0));
        QCOMPARE(referrals(), std::int64_t(0));
        QCOMPARE(batches(), std::int64_t(0));
        QCOMPARE(scalar("SELECT count(*) FROM import_rows"), std::int64_t(0));
        QCOMPARE(scalar("SELECT count(*) FROM change_record"), m_changeRecords);
    }

    std::unique_ptr<Casebook> freshCasebook(const std::string& name)
    {
        return test::makeCasebook(m_dir->file(name), test::kUser, test::kPassword, pinnedClock());
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_cb = freshCasebook("import.waymark");
        QVERIFY(m_cb);
        m_changeRecords = scalar("SELECT count(*) FROM change_record");
    }

    void cleanup()
    {
        m_cb.reset();
        m_dir.reset();
    }

    void dryRunShowsEveryRowAndWritesNothing()
    {
        const auto bytes = file({row(0), row(1), row(2)});
        auto report = m_cb->imports().dryRun(bytes, {});
        QVERIFY2(report, report ? "" : describe(report.error()).c_str());
        QCOMPARE(report->rows.size(), std::size_t(3));
        QCOMPARE(report->counts.newPeople, 3);
        QCOMPARE(report->rows[0].line, std::size_t(2));
        QCOMPARE(report->rows[2].outcome, ImportRowOutcome::NewPerson);
        QVERIFY(report->dryRun);
        QVERIFY(!report->written);
        verifyNothingWritten();
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'referral.import_checked'"), std::int64_t(1));
    }

    void runImportsInOneTransaction()
    {
        const auto bytes = file({row(0), row(1), row(2)});
        ImportOptions options;
        options.source = "Example Constabulary";
        int calls = 0;
        int last = -1;
        options.progress = [&](int percent, std::string_view) {
            ++calls;
            last = percent;
            return true;
        };
        auto report = m_cb->imports().run(bytes, options);
        QVERIFY2(report, report ? "" : describe(report.error()).c_str());
        QVERIFY(report->written);
        QVERIFY(report->status());
        QCOMPARE(report->peopleCreated, 3);
        QCOMPARE(report->referralsCreated, 3);
        QCOMPARE(people(), std::int64_t(3));
        QCOMPARE(referrals(), std::int64_t(3));
        QCOMPARE(batches(), std::int64_t(1));
        QVERIFY(calls > 0);
        QCOMPARE(last, 100);
        for (const auto& r : report->rows) {
            QVERIFY(r.written);
            QVERIFY(r.personReference.starts_with("WM-"));
        }
        // The referrals carry the source code, the import's source name and the police reference.
        QCOMPARE(scalar("SELECT count(*) FROM referrals WHERE source = 'police' AND import_source = 'Example "
                        "Constabulary' AND police_reference = 'TP/1001/26'"),
                 std::int64_t(1));
        // One audit row for the import: counts and the source name, no personal words.
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'referral.imported'"), std::int64_t(1));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'referral.imported' AND detail LIKE "
                        "'%Example Constabulary%'"),
                 std::int64_t(1));
        for (int i = 0; i < 3; ++i) {
            const Person p = test::samplePerson(i);
            QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE detail LIKE '%" + p.familyName +
                            "%' OR detail LIKE '%" + p.givenName + "%'"),
                     std::int64_t(0));
        }
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'person.created'"), std::int64_t(3));
    }

    void reImportAddsNothingTwice()
    {
        const auto bytes = file({row(0), row(1)});
        QVERIFY(m_cb->imports().run(bytes, {}));
        QCOMPARE(referrals(), std::int64_t(2));
        auto again = m_cb->imports().run(bytes, {});
        QVERIFY(again);
        QVERIFY(again->previouslyImported);
        QCOMPARE(again->counts.alreadyImported, 2);
        QCOMPARE(again->referralsCreated, 0);
        QCOMPARE(people(), std::int64_t(2));
        QCOMPARE(referrals(), std::int64_t(2));
        // Another file with one known police reference (other details) and one new row.
        auto other = m_cb->imports().run(file({row(5, "tp/1000/26"), row(6)}), {});
        QVERIFY2(other, other ? "" : describe(other.error()).c_str());
        QCOMPARE(other->rows[0].outcome, ImportRowOutcome::AlreadyImported);
        QVERIFY(other->rows[0].alreadyImportedReason.find("police reference") != std::string::npos);
        QCOMPARE(other->rows[1].outcome, ImportRowOutcome::NewPerson);
        QCOMPARE(referrals(), std::int64_t(3));
        // A row without a police reference is recognised by its values.
        std::string noRef = row(7);
        noRef = noRef.substr(noRef.find(','));
        QVERIFY(m_cb->imports().run(file({noRef}), {}));
        auto noRefAgain = m_cb->imports().run(file({noRef, row(8)}), {});
        QVERIFY(noRefAgain);
        QCOMPARE(noRefAgain->rows[0].outcome, ImportRowOutcome::AlreadyImported);
        QCOMPARE(referrals(), std::int64_t(5));
    }

    void existingPersonIsMatchedWithReasons()
    {
        auto existing = m_cb->people().create(test::samplePerson(3));
        QVERIFY(existing);
        const auto bytes = file({row(3), row(4), row(4, "TP/9999/26")});
        auto dry = m_cb->imports().dryRun(bytes, {});
        QVERIFY(dry);
        QCOMPARE(dry->rows[0].outcome, ImportRowOutcome::MatchedPerson);
        QVERIFY(dry->rows[0].match);
        QCOMPARE(dry->rows[0].match->person.id, existing->person.id);
        std::vector<std::string> codes;
        for (const auto& r : dry->rows[0].match->reasons)
            codes.push_back(r.code);
        QVERIFY(std::find(codes.begin(), codes.end(), match::kSameDateOfBirth) != codes.end());
        QVERIFY(std::find(codes.begin(), codes.end(), match::kSameFamilyName) != codes.end());
        QVERIFY(dry->rows[0].match->score >= kDuplicateThreshold);
        // Two rows naming one new person create one person.
        QCOMPARE(dry->rows[2].outcome, ImportRowOutcome::NewPerson);
        QCOMPARE(dry->rows[2].samePersonAsLine, std::size_t(3));
        QCOMPARE(dry->counts.peopleToCreate, 1);
        auto done = m_cb->imports().run(bytes, {});
        QVERIFY(done);
        QCOMPARE(people(), std::int64_t(2));
        QCOMPARE(referrals(), std::int64_t(3));
        QCOMPARE(
            scalar("SELECT count(*) FROM referrals WHERE person_id = (SELECT id FROM people WHERE case_reference = '" +
                   existing->person.caseReference + "')"),
            std::int64_t(1));
    }

    void lookAlikesWithAnotherBirthdayAreListedNotLinked()
    {
        // "Alex Exampel" born 2011-05-04 is in the casebook. A row for "Alexander Example" with
        // the same birthday is linked (short form, typo); one with day and month swapped is a
        // new person, the existing one listed as a candidate to check.
        Person alex = test::samplePerson(0);
        alex.givenName = "Alex";
        alex.familyName = "Exampel";
        alex.dateOfBirth = Date::fromYmd(2011, 5, 4).value();
        auto existing = m_cb->people().create(alex);
        QVERIFY(existing);
        const std::string same = "TP/1/26,02/11/2026,Alexander,Example,04/05/2011,,,,community_resolution,";
        const std::string swapped = "TP/2/26,02/11/2026,Alexander,Example,05/04/2011,,,,community_resolution,";
        auto dry = m_cb->imports().dryRun(file({same, swapped}), {});
        QVERIFY(dry);
        QCOMPARE(dry->rows[0].outcome, ImportRowOutcome::MatchedPerson);
        QCOMPARE(dry->rows[0].match->person.id, existing->person.id);
        QCOMPARE(dry->rows[1].outcome, ImportRowOutcome::NewPerson);
        QCOMPARE(dry->rows[1].candidates.size(), std::size_t(1));
        QCOMPARE(dry->rows[1].candidates[0].person.id, existing->person.id);
        QVERIFY(std::any_of(dry->rows[1].candidates[0].reasons.begin(), dry->rows[1].candidates[0].reasons.end(),
                            [](const MatchReason& r) { return r.code == match::kDayMonthSwapped; }));
    }

    void invalidRowsRefuseTheWholeFile()
    {
        std::string badDate = row(1);
        badDate.replace(badDate.find("02/11/2026"), 10, "2/11/26");
        std::string badCode = row(2);
        badCode.replace(badCode.find("theft"), 5, "piracy");
        const auto bytes = file({row(0), badDate, badCode});
        auto report = m_cb->imports().run(bytes, {});
        QVERIFY(report);
        QVERIFY(report->refused);
        QVERIFY(!report->written);
        QCOMPARE(report->counts.invalid, 2);
        QCOMPARE(report->rows[1].problems.size(), std::size_t(1));
        QCOMPARE(report->rows[1].problems[0].line, std::size_t(3));
        QCOMPARE(report->rows[1].problems[0].column, std::string("received"));
        QCOMPARE(report->rows[1].problems[0].rule, std::string("two_digit_year"));
        QCOMPARE(report->rows[2].problems[0].field, std::string("offence_category"));
        QCOMPARE(report->rows[2].problems[0].rule, std::string("unknown_code"));
        const auto status = report->status();
        QVERIFY(!status);
        QCOMPARE(status.error().code, ErrorCode::Validation);
        QCOMPARE(status.error().rule, std::string("invalid_rows"));
        QVERIFY(status.error().detail.find("line 3") != std::string::npos);
        verifyNothingWritten();
    }

    void skipInvalidImportsTheValidRows()
    {
        std::string bad = row(1);
        bad.replace(bad.find("community_resolution"), 20, "");
        ImportOptions options;
        options.skipInvalid = true;
        auto report = m_cb->imports().run(file({row(0), bad, row(2)}), options);
        QVERIFY(report);
        QVERIFY(report->written);
        QCOMPARE(report->counts.invalid, 1);
        QCOMPARE(report->rows[1].problems[0].field, std::string("route"));
        QCOMPARE(report->rows[1].problems[0].rule, std::string("required"));
        QVERIFY(!report->rows[1].written);
        QCOMPARE(report->referralsCreated, 2);
        QCOMPARE(referrals(), std::int64_t(2));
        QCOMPARE(people(), std::int64_t(2));
    }

    void encodingsAndShapesImportIdentically()
    {
        // Generated names with an accent (Zoë is samplePerson(4)).
        std::string utf8 = file({row(4), row(1),
                                 "\"TP/7/26\",\"02/11/2026\",\"Ann, Jo\",\"O'Testwell\",01/02/2012,,,,"
                                 "Community Resolution,"});
        std::string cp1252;
        for (std::size_t i = 0; i < utf8.size(); ++i) {
            if (utf8.compare(i, 2, "\xC3\xAB") == 0) {
                cp1252 += '\xEB';
                ++i;
            } else {
                cp1252 += utf8[i];
            }
        }
        std::string semicolon;
        {
            bool quoted = false;
            for (char c : utf8) {
                if (c == '"')
                    quoted = !quoted;
                semicolon += (!quoted && c == ',') ? ';' : c;
            }
        }
        std::string crlf;
        for (char c : utf8)
            crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
        const std::vector<std::pair<std::string, std::string>> variants{{"utf-8", utf8},
                                                                        {"utf-8-bom", "\xEF\xBB\xBF" + utf8},
                                                                        {"windows-1252", cp1252},
                                                                        {"semicolon", semicolon},
                                                                        {"crlf", crlf}};
        std::vector<std::string> expected;
        for (const auto& [name, bytes] : variants) {
            auto cb = freshCasebook(name + ".waymark");
            QVERIFY(cb);
            auto report = cb->imports().run(bytes, {});
            QVERIFY2(report, report ? name.c_str() : (name + ": " + describe(report.error())).c_str());
            QVERIFY2(report->written, name.c_str());
            auto list = cb->people().list({});
            QVERIFY(list);
            std::vector<std::string> seen;
            for (const auto& p : list->rows)
                seen.push_back(p.givenName + "|" + p.familyName + "|" + p.dateOfBirth.toIso());
            seen.push_back(std::to_string(test::scalar(*cb, "SELECT count(*) FROM referrals")));
            if (expected.empty()) {
                expected = seen;
                QCOMPARE(expected.size(), std::size_t(4));
                QVERIFY(std::find(expected.begin(), expected.end(), "Ann, Jo|O'Testwell|2012-02-01") != expected.end());
                QVERIFY(std::find_if(expected.begin(), expected.end(), [](const std::string& s) {
                            return s.starts_with("Zo\xC3\xAB|");
                        }) != expected.end());
            }
            QCOMPARE(seen, expected);
            qInfo("%s: %s, delimiter '%c'", name.c_str(), report->encoding.c_str(), report->delimiter);
        }
    }

    void malformedFilesWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("where");
        QTest::newRow("empty file") << QByteArray() << "csv_empty"
                                    << "";
        const std::string good = file({row(0), row(1)});
        QTest::newRow("unbalanced quote")
            << QByteArray::fromStdString(file({row(0), "\"TP/1" + row(1).substr(4)})) << "csv_unbalanced_quote"
            << "line 3, column 1:";
        QTest::newRow("wrong column count")
            << QByteArray::fromStdString(file({row(0), row(1) + ",extra"})) << "csv_column_count"
            << "line 3, column 11:";
        QByteArray binary = QByteArray::fromStdString(good);
        binary[static_cast<int>(good.size()) - 5] = '\0';
        QTest::newRow("NUL inside") << binary << "csv_binary"
                                    << "line 3, column 10:";
        QByteArray garbage("\x89PNG\r\n\x1a\n", 8);
        for (int i = 0; i < 2000; ++i)
            garbage.append(static_cast<char>((i * 131 + 7) % 256));
        QTest::newRow("binary garbage") << garbage << "csv_control_character"
                                        << "line 2, column 1:";
        QTest::newRow("header missing") << QByteArray::fromStdString(row(0) + "\n" + row(1) + "\n") << "unknown_layout"
                                        << "";
        QTest::newRow("column missing") << QByteArray("given_name,family_name,date_of_birth\nAnn,Testwell,01/02/2012\n")
                                        << "missing_column"
                                        << "route";
    }

    void malformedFilesWriteNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, rule);
        QFETCH(QString, where);
        const std::string_view view(bytes.constData(), static_cast<std::size_t>(bytes.size()));
        for (bool dry : {true, false}) {
            auto report = dry ? m_cb->imports().dryRun(view, {}) : m_cb->imports().run(view, {});
            QVERIFY2(!report, "the file was accepted");
            QCOMPARE(QString::fromStdString(report.error().rule), rule);
            QVERIFY2(report.error().detail.find(where.toStdString()) != std::string::npos,
                     report.error().detail.c_str());
            if (dry)
                qInfo("%s -> %s", QTest::currentDataTag(), describe(report.error()).c_str());
        }
        verifyNothingWritten();
    }

    void badDatesAreRowErrorsAndWriteNothing()
    {
        std::vector<std::string> rows;
        for (const char* dob : {"31/02/2012", "2012/02/01", "1/2/12", "01022012"}) {
            std::string r = row(static_cast<int>(rows.size()));
            const Person p = test::samplePerson(static_cast<int>(rows.size()));
            r.replace(r.find(p.dateOfBirth.toDisplay()), 10, dob);
            rows.push_back(r);
        }
        auto report = m_cb->imports().run(file(rows), {});
        QVERIFY(report);
        QVERIFY(report->refused);
        QCOMPARE(report->counts.invalid, 4);
        std::vector<std::string> rules;
        for (const auto& r : report->rows) {
            QCOMPARE(r.problems.size(), std::size_t(1));
            QCOMPARE(r.problems[0].field, std::string("date_of_birth"));
            rules.push_back(r.problems[0].rule);
        }
        QCOMPARE(rules, (std::vector<std::string>{"day_out_of_range", "year_first_not_iso", "two_digit_year",
                                                  "no_separators"}));
        verifyNothingWritten();
    }

    void fiftyMegabyteFileIsRefused()
    {
        // A well-formed file just over the limit: refused before it is parsed, from memory and
        // from disk (where it is not even read).
        std::string big = std::string(kHeader) + "\n";
        const std::string r = row(0) + "\n";
        big.reserve(csv::kDefaultMaxBytes + r.size());
        while (big.size() <= csv::kDefaultMaxBytes)
            big += r;
        auto report = m_cb->imports().dryRun(big, {});
        QVERIFY(!report);
        QCOMPARE(report.error().rule, std::string("csv_too_large"));
        const auto path = m_dir->file("big.csv");
        test::writeFile(path, QByteArray::fromStdString(big));
        auto loaded = csv::loadCsvFile(path);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().rule, std::string("csv_too_large"));
        verifyNothingWritten();
    }

    void cancelWritesNothing()
    {
        // Cancelled after the people were created (30..60 %), while the referrals are written: the
        // people go too, because the whole file is one transaction.
        ImportOptions options;
        std::int64_t peopleWhenCancelled = -1;
        options.progress = [&](int percent, std::string_view) {
            if (percent < 60)
                return true;
            peopleWhenCancelled = people(); // seen inside the open transaction
            return false;
        };
        auto report = m_cb->imports().run(file({row(0), row(1)}), options);
        QVERIFY(!report);
        QCOMPARE(peopleWhenCancelled, std::int64_t(2));
        QCOMPARE(report.error().code, ErrorCode::Cancelled);
        verifyNothingWritten();
    }

    void mappingPerSource()
    {
        const std::string other = "Crime No;Forename;Surname;DOB;Outcome;Offence date\n"
                                  "AB/1/26;Ffion;Testwell;01/01/2010;Outcome 22;01/11/2026\n";
        auto unmapped = m_cb->imports().dryRun(other, from("Example Constabulary"));
        QVERIFY(!unmapped);
        QCOMPARE(unmapped.error().rule, std::string("unknown_layout"));
        ColumnMapping mapping;
        mapping.columns = {{ImportField::PoliceReference, "Crime No"},
                           {ImportField::GivenName, "Forename"},
                           {ImportField::FamilyName, "Surname"},
                           {ImportField::DateOfBirth, "DOB"},
                           {ImportField::Route, "Outcome"},
                           {ImportField::EventDate, "Offence date"}};
        QVERIFY(m_cb->imports().setMapping("Example Constabulary", mapping));
        auto saved = m_cb->imports().mapping("example constabulary");
        QVERIFY(saved);
        QCOMPARE(serialiseMapping(*saved), serialiseMapping(mapping));
        auto report = m_cb->imports().run(other, from("Example Constabulary"));
        QVERIFY2(report, report ? "" : describe(report.error()).c_str());
        QVERIFY(report->mappingUsed);
        QCOMPARE(report->referralsCreated, 1);
        QCOMPARE(scalar("SELECT count(*) FROM referrals WHERE route = 'outcome_22' AND police_reference = 'AB/1/26'"),
                 std::int64_t(1));
        // Another source does not get it.
        QVERIFY(!m_cb->imports().dryRun(other, from("school")));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'import.mapping_saved'"), std::int64_t(1));
    }

    void nestedTransactionIsASavepoint()
    {
        // What makes "one transaction per file" work: a desk's own Transaction inside the
        // import's is a savepoint; its rollback undoes only its own work, its commit leaves the
        // outcome to the outer transaction.
        Database& db = m_cb->database();
        QVERIFY(db.exec("CREATE TABLE t (x INTEGER)"));
        {
            Transaction outer(db);
            QVERIFY(outer.begun());
            QVERIFY(db.exec("INSERT INTO t VALUES (1)"));
            {
                Transaction inner(db);
                QVERIFY(inner.begun());
                QVERIFY(db.exec("INSERT INTO t VALUES (2)"));
            } // rolled back: only 2 goes
            {
                Transaction inner(db);
                QVERIFY(db.exec("INSERT INTO t VALUES (3)"));
                QVERIFY(inner.commit());
            }
            QCOMPARE(scalar("SELECT sum(x) FROM t"), std::int64_t(4)); // 1 and 3
            QCOMPARE(scalar("SELECT count(*) FROM t"), std::int64_t(2));
        } // the outer one rolls back: its committed savepoint goes with it
        QCOMPARE(scalar("SELECT count(*) FROM t"), std::int64_t(0));
    }

    void timing()
    {
        // 2,000 rows: 1,000 people with two referrals each. Figures for docs/import.md.
        std::vector<std::string> rows;
        for (int i = 0; i < 1000; ++i) {
            rows.push_back(row(i));
            rows.push_back(row(i, "TQ/" + std::to_string(i) + "/26"));
        }
        const auto bytes = file(rows);
        QElapsedTimer timer;
        timer.start();
        auto dry = m_cb->imports().dryRun(bytes, {});
        const auto dryMs = timer.restart();
        QVERIFY(dry);
        QCOMPARE(dry->counts.peopleToCreate, 1000);
        auto done = m_cb->imports().run(bytes, {});
        const auto runMs = timer.restart();
        QVERIFY2(done, done ? "" : describe(done.error()).c_str());
        QCOMPARE(done->referralsCreated, 2000);
        auto again = m_cb->imports().dryRun(bytes, {});
        const auto againMs = timer.elapsed();
        QVERIFY(again);
        QCOMPARE(again->counts.alreadyImported, 2000);
        qInfo("2,000 rows (%zu KB): dry run %lld ms, import %lld ms, dry run of the same file again %lld ms",
              bytes.size() / 1024, static_cast<long long>(dryMs), static_cast<long long>(runMs),
              static_cast<long long>(againMs));
    }

    void caseworkersMayNotImport()
    {
        QVERIFY(m_cb->users().add("worker", "another correct horse", Role::Caseworker, "Case Worker"));
        m_cb.reset();
        auto worker = Casebook::open(m_dir->file("import.waymark"), "worker", "another correct horse", pinnedClock());
        QVERIFY(worker);
        auto report = (*worker)->imports().run(file({row(0)}), {});
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(test::scalar(**worker, "SELECT count(*) FROM people"), std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestImports)
#include "TestImports.moc"
