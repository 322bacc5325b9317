#include "core/domain/PersonRules.h"
#include "core/store/Database.h"
#include "tests/support/TestSupport.h"

#include <QRegularExpression>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <set>

using namespace waymark;

class TestPeople : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Casebook> m_cb;

    std::int64_t scalar(const std::string& sql) { return test::scalar(*m_cb, sql); }

private slots:
    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_cb = test::makeCasebook(m_dir->file("people.waymark"));
        QVERIFY(m_cb);
    }

    void cleanup()
    {
        m_cb.reset();
        m_dir.reset();
    }

    void createAssignsIdentityAndLogsChanges()
    {
        Person p = test::samplePerson(0);
        p.aliases = {"Fifi"};
        p.contacts = {Contact{{}, "Parent Testwell", "mother", "07700 900123", true}};
        const auto recordsBefore = scalar("SELECT coalesce(max(seq), 0) FROM change_record");
        auto created = m_cb->people().create(p);
        QVERIFY2(created, created ? "" : describe(created.error()).c_str());
        const Person& stored = created->person;
        QVERIFY(!stored.id.isNull());
        QCOMPARE(stored.id.bytes()[6] >> 4, 7); // UUIDv7
        QVERIFY(QString::fromStdString(stored.caseReference)
                    .contains(QRegularExpression(QStringLiteral("^WM-[2-9A-Z]{4}-\\d{4}-00001$"))));
        QVERIFY(!stored.updatedHlc.empty());
        QCOMPARE(stored.aliases, p.aliases);
        QCOMPARE(stored.contacts.size(), std::size_t(1));
        QVERIFY(!stored.contacts.front().id.isNull());
        const auto logged = test::loggedValues(m_cb->database(), recordsBefore);
        QVERIFY(logged.size() >= 10);
        // One change record per record (person, alias, contact), all in one change set with
        // the mutation's clock; unset flags (the default) are not logged.
        QCOMPARE(scalar("SELECT count(*) FROM change_record WHERE seq > " + std::to_string(recordsBefore)),
                 std::int64_t(3));
        std::set<std::int64_t> sets;
        for (const auto& v : logged) {
            sets.insert(v.set);
            QCOMPARE(v.hlc, stored.updatedHlc);
            QVERIFY2(v.value != std::optional<std::string>("0"), v.column.c_str());
        }
        QCOMPARE(sets.size(), std::size_t(1));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'person.created'"), std::int64_t(1));
        auto second = m_cb->people().create(test::samplePerson(1));
        QVERIFY(second);
        QVERIFY(second->person.caseReference.ends_with("-00002"));
        QVERIFY(second->person.updatedHlc > stored.updatedHlc);
        qInfo("create: UUIDv7 id, device-prefixed reference, %zu change-log values in 3 records, one audit row",
              logged.size());
    }

    void aliasesKeepTheirOrder()
    {
        Person p = test::samplePerson(5);
        p.aliases = {"Zed", "Alpha", "Mid", "Beta", "Omega"};
        auto created = m_cb->people().create(p);
        QVERIFY(created);
        QCOMPARE(m_cb->people().view(created->person.id)->aliases, p.aliases);
        std::vector<Uuid> ids;
        for (int i = 0; i < 5000; ++i)
            ids.push_back(Uuid::v7(m_cb->clock().now()));
        QVERIFY(std::is_sorted(ids.begin(), ids.end()));
        QVERIFY(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
        qInfo("5,000 UUIDv7 made in a burst are strictly increasing; aliases come back in typed order");
    }

    void hlcNeverRepeatsOrGoesBack()
    {
        // A stopped clock: 70,000 values in "one millisecond" overflow the 16-bit counter.
        auto clock = std::make_shared<FixedClock>(std::chrono::system_clock::now());
        test::TempDir dir;
        auto cb = test::makeCasebook(dir.file("hlc.waymark"), test::kUser, test::kPassword, clock);
        QVERIFY(cb);
        std::string previous = cb->nextHlc();
        for (int i = 0; i < 70000; ++i) {
            std::string next = cb->nextHlc();
            QVERIFY2(next > previous, (previous + " then " + next).c_str());
            previous = std::move(next);
        }
        // Two connections to one casebook interleaving writes: one causal order in the log.
        auto other = cb->openAnotherConnection();
        QVERIFY(other);
        clock->set(clock->now() - std::chrono::minutes(5)); // and the laptop clock steps back
        for (int i = 0; i < 20; ++i)
            QVERIFY((i % 2 ? *other : cb)->people().create(test::samplePerson(i)));
        Statement st(cb->database(), "SELECT hlc FROM change_set ORDER BY seq");
        std::vector<std::string> hlcs;
        QVERIFY(st.forEachRow([&] { hlcs.push_back(st.text(0)); }));
        for (std::size_t i = 1; i < hlcs.size(); ++i)
            QVERIFY2(hlcs[i] >= hlcs[i - 1], (hlcs[i - 1] + " then " + hlcs[i]).c_str());
        qInfo("HLC: 70,000 values in one millisecond strictly increasing; %zu change-log rows from two connections "
              "after a clock step back, never decreasing",
              hlcs.size());
    }

    void removedUserLosesRightsInOpenSession()
    {
        QVERIFY(m_cb->users().add("bryn", "a long coordinator phrase", Role::Coordinator));
        auto bryn = Casebook::open(m_dir->file("people.waymark"), "bryn", "a long coordinator phrase");
        QVERIFY(bryn);
        QVERIFY((*bryn)->people().create(test::samplePerson(8)));
        QVERIFY(m_cb->users().remove("bryn"));
        auto refused = (*bryn)->people().create(test::samplePerson(9));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        auto removeBack = (*bryn)->users().remove(test::kUser);
        QVERIFY(!removeBack);
        QCOMPARE(m_cb->users().list()->size(), std::size_t(2));
        QVERIFY(m_cb->users().list()->back().active == false || m_cb->users().list()->front().active == false);
        qInfo("a removed coordinator's open session is refused at once (and cannot remove the remover)");
    }

    void validationErrorStoresNothing()
    {
        Person p = test::samplePerson(2);
        p.postcode = "NOT A POSTCODE";
        auto r = m_cb->people().create(p);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Validation);
        QCOMPARE(r.error().field, std::string("postcode"));
        QVERIFY(r.error().detail.find("NOT A POSTCODE") == std::string::npos);
        QCOMPARE(m_cb->people().count().value(), std::int64_t(0));
        QCOMPARE(scalar("SELECT count(*) FROM people"), std::int64_t(0));
    }

    void updateLogsOnlyChangedColumnsAndDetectsConflict()
    {
        auto created = m_cb->people().create(test::samplePerson(3));
        QVERIFY(created);
        auto viewed = m_cb->people().view(created->person.id);
        QVERIFY(viewed);
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'person.viewed'"), std::int64_t(1));
        Person edit = *viewed;
        edit.phone = "01632 960001";
        edit.flags.exploitationConcern = true;
        edit.aliases = {"Kiki"};
        const auto before = scalar("SELECT max(seq) FROM change_record");
        auto updated = m_cb->people().update(edit);
        QVERIFY2(updated, updated ? "" : describe(updated.error()).c_str());
        QCOMPARE(updated->phone, std::string("01632 960001"));
        QVERIFY(updated->flags.exploitationConcern);
        QCOMPARE(updated->aliases, std::vector<std::string>{"Kiki"});
        const auto personValues = test::loggedValues(m_cb->database(), before);
        QCOMPARE(std::count_if(personValues.begin(), personValues.end(),
                               [](const test::LoggedValue& v) { return v.table == "people"; }),
                 std::ptrdiff_t(2));
        // Saving without a change writes nothing and audits no alteration.
        const auto audited = scalar("SELECT count(*) FROM audit_log WHERE operation = 'person.updated'");
        auto same = m_cb->people().update(*updated);
        QVERIFY(same);
        QCOMPARE(same->updatedHlc, updated->updatedHlc);
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'person.updated'"), audited);
        // The stale copy (old HLC) is refused: someone saved in between.
        Person stale = *viewed;
        stale.phone = "01632 960002";
        auto conflict = m_cb->people().update(stale);
        QVERIFY(!conflict);
        QCOMPARE(conflict.error().code, ErrorCode::Conflict);
        QCOMPARE(m_cb->people().view(created->person.id)->phone, std::string("01632 960001"));
        // Contacts: edit one, remove it (tombstone, not a hard delete).
        Person withContact = *updated;
        withContact.contacts = {Contact{{}, "Carer Example", "foster_carer", "", false}};
        auto c1 = m_cb->people().update(withContact);
        QVERIFY(c1);
        QCOMPARE(c1->contacts.size(), std::size_t(1));
        Person noContact = *c1;
        noContact.contacts.clear();
        auto c2 = m_cb->people().update(noContact);
        QVERIFY(c2);
        QVERIFY(c2->contacts.empty());
        QCOMPARE(scalar("SELECT count(*) FROM person_contacts WHERE deleted = 1"), std::int64_t(1));
        QCOMPARE(scalar("SELECT count(*) FROM person_aliases WHERE deleted = 0"), std::int64_t(1));
    }

    void searchFindsByEveryKey()
    {
        Person a = test::samplePerson(0);
        a.givenName = "Zoë";
        a.familyName = "Ó Súilleabháin";
        a.preferredName = "Zo";
        a.aliases = {"Zed Sullivan"};
        a.dateOfBirth = Date::fromYmd(2011, 7, 9).value();
        auto created = m_cb->people().create(a);
        QVERIFY(created);
        std::vector<Person> others;
        for (int i = 1; i < 150; ++i)
            others.push_back(test::samplePerson(i));
        QVERIFY(m_cb->people().createMany(others));
        const std::string ref = created->person.caseReference;
        const char* queries[] = {"zoe",      "ZOË", "o suil",     "súilleabháin zo",
                                 "sullivan", "zed", "2011-07-09", "09/07/2011"};
        for (const char* q : queries) {
            auto found = m_cb->people().search(q);
            QVERIFY2(found, q);
            QVERIFY2(std::any_of(found->begin(), found->end(),
                                 [&](const PersonSummary& s) { return s.id == created->person.id; }),
                     q);
        }
        auto byRef = m_cb->people().search(ref);
        QVERIFY(byRef && byRef->size() == 1);
        auto byLowerRef = m_cb->people().search(QString::fromStdString(ref).toLower().toStdString());
        QVERIFY(byLowerRef && byLowerRef->size() == 1);
        // The running number of the reference, as a school quotes it, and the postcode.
        const std::string number = ref.substr(ref.size() - 5);
        for (const std::string& q : {number, std::to_string(std::stoi(number)), std::string("CF10"),
                                     std::string("cf10 1a"), std::string("CF101AA")}) {
            auto found = m_cb->people().search(q, 1000);
            QVERIFY2(found, q.c_str());
            QVERIFY2(std::any_of(found->begin(), found->end(),
                                 [&](const PersonSummary& s) { return s.id == created->person.id; }),
                     q.c_str());
        }
        QCOMPARE(m_cb->people().search(number)->size(), std::size_t(1));
        QCOMPARE(m_cb->people().search("CF10 1AA", 1000)->size(), std::size_t(150)); // samplePerson's postcode
        QVERIFY(m_cb->people().search("LS1")->empty());
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE detail LIKE '%CF10%' OR detail LIKE '%" + number + "%'"),
                 std::int64_t(0));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE detail LIKE 'by postcode, %'"), std::int64_t(5));
        // A hyphenated family name is searched as a name, not as a case reference.
        {
            Person hyphen = test::samplePerson(3);
            hyphen.familyName = "Smith-Jones";
            QVERIFY(m_cb->people().create(hyphen));
            auto found = m_cb->people().search("Smith-Jones");
            QVERIFY(found && found->size() == 1);
        }
        auto none = m_cb->people().search("qqqnobody");
        QVERIFY(none && none->empty());
        auto many = m_cb->people().search("t", 50);
        QVERIFY(many && many->size() == 50);
        qInfo("search: %zu query forms found the record (name, accents, preferred, alias, DOB, reference)",
              std::size(queries) + 2);
    }

    // Searches read matches in rowid order, which follows the display order only up to people
    // who share the first ten letters of "family, given": the result must still be exact,
    // also after renames move people about, for common and rare prefixes alike.
    void searchIsExactlyInDisplayOrder()
    {
        static const char* given[] = {"Jack", "Jacob", "James", "Jasmine", "Jay", "Jade", "Jane", "Jamal", "Jan"};
        static const char* family[] = {"Williamson", "Williams", "Wilson", "Walker", "Willis", "Abbott", "Zubair"};
        std::vector<Uuid> ids;
        for (int i = 0; i < 140; ++i) {
            Person p = test::samplePerson(i);
            p.givenName = given[(i * 7) % 9];
            p.familyName = family[i % 7];
            if (i % 11 == 0)
                p.preferredName = "Wynn";
            p.dateOfBirth = Date::fromYmd(2008 + i % 8, 1 + i % 12, 1 + i % 27).value();
            auto created = m_cb->people().createMany({p});
            QVERIFY2(created, created ? "" : describe(created.error()).c_str());
        }
        const auto expected = [&](const std::string& query, int limit) {
            // Every person, in display order, filtered by the query's prefixes.
            auto all = m_cb->people().list(PersonListQuery{PersonFilter::All, std::nullopt, 1000});
            std::vector<Uuid> out;
            const auto words = [](const PersonSummary& s) {
                return std::vector<std::string>{foldForSearch(s.givenName), foldForSearch(s.familyName),
                                                foldForSearch(s.preferredName)};
            };
            for (const auto& s : all->rows) {
                bool every = true;
                for (const auto& q : QString::fromStdString(query).split(QLatin1Char(' '))) {
                    bool any = false;
                    for (const auto& w : words(s))
                        any = any || QString::fromStdString(w).startsWith(q);
                    every = every && any;
                }
                if (every && static_cast<int>(out.size()) < limit)
                    out.push_back(s.id);
            }
            return out;
        };
        const auto check = [&](const std::string& query, int limit) {
            auto found = m_cb->people().search(query, limit);
            QVERIFY(found);
            std::vector<Uuid> got;
            for (const auto& s : *found)
                got.push_back(s.id);
            QVERIFY2(got == expected(query, limit), query.c_str());
        };
        for (const char* q : {"w", "wil", "williams", "ja", "jas", "j w", "wynn", "a", "z"})
            for (int limit : {1, 7, 50})
                check(q, limit);
        // Renames move people to other places in the order (and back).
        auto list = m_cb->people().list(PersonListQuery{PersonFilter::All, std::nullopt, 1000});
        for (int i = 0; i < 140; i += 9) {
            auto p = m_cb->people().view(list->rows[static_cast<std::size_t>(i)].id);
            QVERIFY(p);
            p->familyName = i % 2 ? "Aaron" : "Williamsz";
            p->preferredName = i % 3 ? "" : "Jaz";
            QVERIFY(m_cb->people().update(*p));
        }
        for (const char* q : {"w", "williams", "a", "ja", "jaz", "j w"})
            for (int limit : {3, 50})
                check(q, limit);
        // The list's pages agree with the search over everyone.
        QCOMPARE(m_cb->people().count().value(), std::int64_t(140));
    }

    // Cold-cache cost is pages decrypted, so a search, a first page and a count must read
    // only the rows they show and the index they need, never every person. Pages read from
    // the file are counted on a fresh connection (SQLite's cache misses).
    void readingsTouchFewPages()
    {
        std::vector<Person> drafts;
        for (int i = 0; i < 4000; ++i) {
            Person p = test::samplePerson(i);
            p.flags.lookedAfter = i % 40 == 0;
            p.flags.restricted = i % 97 == 0;
            drafts.push_back(std::move(p));
        }
        QVERIFY(m_cb->people().createMany(std::move(drafts)));
        QVERIFY(m_cb->database().exec("ANALYZE")); // statistics must not change the plans
        const std::int64_t tablePages = scalar("SELECT count(*) FROM people") * 300 / 4096;
        const auto pagesRead = [&](const std::function<void(Casebook&)>& reading) {
            auto fresh = m_cb->openAnotherConnection();
            int current = 0;
            int high = 0;
            (void)(*fresh)->people().count(PersonFilter::Restricted); // schema and the first pages
            sqlite3_db_status((*fresh)->database().handle(), SQLITE_DBSTATUS_CACHE_MISS, &current, &high, 1);
            reading(**fresh);
            sqlite3_db_status((*fresh)->database().handle(), SQLITE_DBSTATUS_CACHE_MISS, &current, &high, 0);
            return current;
        };
        // Each reading with its bound: the rows it shows (each may sit on its own page) plus
        // a few index pages. Reading every person would take about `tablePages`.
        struct Reading
        {
            const char* name;
            int bound;
            std::function<void(Casebook&)> run;
        };
        const Reading readings[] = {
            {"search 't' (2,800 matches)", 50 + 20,
             [](Casebook& c) { QCOMPARE(c.people().search("t")->size(), std::size_t(50)); }},
            {"search 'ka te'", 50 + 20, [](Casebook& c) { QVERIFY(!c.people().search("ka te")->empty()); }},
            // Neighbours in display order are stored together: 200 rows on a few pages.
            {"first page, everyone", 40, [](Casebook& c) { QVERIFY(c.people().list(PersonListQuery{})); }},
            {"first page, looked after", 100 + 20,
             [](Casebook& c) {
                 QVERIFY(c.people().list(PersonListQuery{PersonFilter::LookedAfter, {}, 200}));
             }},
            {"count, everyone", 20, [](Casebook& c) { QCOMPARE(*c.people().count(), std::int64_t(4000)); }},
            {"count, looked after", 10,
             [](Casebook& c) { QCOMPARE(*c.people().count(PersonFilter::LookedAfter), std::int64_t(100)); }},
        };
        QString figures;
        for (const auto& reading : readings) {
            const int pages = pagesRead(reading.run);
            figures += QStringLiteral("%1: %2; ").arg(QLatin1String(reading.name)).arg(pages);
            QVERIFY2(pages <= reading.bound && pages < tablePages,
                     qPrintable(QStringLiteral("%1 read %2 pages").arg(QLatin1String(reading.name)).arg(pages)));
        }
        qInfo("pages read cold with 4,000 people (person table about %lld pages): %s",
              static_cast<long long>(tablePages), qPrintable(figures));
    }

    void readingIsAuditedWithoutTheQuery()
    {
        QVERIFY(m_cb->people().createMany({test::samplePerson(1), test::samplePerson(2)}));
        const auto before = scalar("SELECT count(*) FROM audit_log");
        QVERIFY(m_cb->people().search("Kai"));
        QVERIFY(m_cb->people().search("01/02/2011"));
        QVERIFY(m_cb->people().list(PersonListQuery{}));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log") - before, std::int64_t(3));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'person.searched'"), std::int64_t(2));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'person.listed'"), std::int64_t(1));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE detail LIKE '%Kai%' OR detail LIKE '%2011%'"),
                 std::int64_t(0));
        auto report = m_cb->verify();
        QVERIFY(report && report->ok());
        qInfo("search and list each leave one audit row (how, how many shown), never the words typed");
    }

    void duplicateWarning()
    {
        Person p = test::samplePerson(4);
        p.givenName = "Jonathan";
        p.familyName = "Examplewood";
        QVERIFY(m_cb->people().create(p));
        Person same = p;
        same.givenName = "Jonathon";
        auto dups = m_cb->people().possibleDuplicates(same);
        QVERIFY(dups);
        QCOMPARE(dups->size(), std::size_t(1));
        // A birthday one day off is a typo worth showing (test_duplicates); a year and a month off
        // at the same address with a name one letter off is not enough.
        Person otherDob = same;
        otherDob.dateOfBirth = otherDob.dateOfBirth.addDays(400);
        QVERIFY(m_cb->people().possibleDuplicates(otherDob)->empty());
        Person otherName = p;
        otherName.givenName = "Megan";
        otherName.familyName = "Differentson";
        QVERIFY(m_cb->people().possibleDuplicates(otherName)->empty());
        auto created = m_cb->people().create(same);
        QVERIFY(created);
        QCOMPARE(created->possibleDuplicates.size(), std::size_t(1));
    }

    void listPagesInOrderAndFilters()
    {
        std::vector<Person> people;
        for (int i = 0; i < 450; ++i) {
            Person p = test::samplePerson(i);
            p.flags.lookedAfter = i % 9 == 0;
            people.push_back(p);
        }
        QVERIFY(m_cb->people().createMany(people));
        PersonListQuery q;
        q.limit = 100;
        std::vector<PersonSummary> all;
        int pages = 0;
        for (;;) {
            auto page = m_cb->people().list(q);
            QVERIFY(page);
            ++pages;
            all.insert(all.end(), page->rows.begin(), page->rows.end());
            if (!page->next)
                break;
            q.after = page->next;
        }
        QCOMPARE(all.size(), std::size_t(450));
        QCOMPARE(pages, 5);
        for (std::size_t i = 1; i < all.size(); ++i)
            QVERIFY(foldForSearchPair(all[i - 1]) <= foldForSearchPair(all[i]));
        PersonListQuery lac;
        lac.filter = PersonFilter::LookedAfter;
        lac.limit = 1000;
        QCOMPARE(m_cb->people().list(lac)->rows.size(), std::size_t(50));
        QCOMPARE(m_cb->people().count(PersonFilter::LookedAfter).value(), std::int64_t(50));
    }

private:
    static std::pair<std::string, std::string> foldForSearchPair(const PersonSummary& s)
    {
        return {foldForSearch(s.familyName), foldForSearch(s.givenName)};
    }
};

QTEST_GUILESS_MAIN(TestPeople)
#include "TestPeople.moc"
