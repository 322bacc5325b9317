// Column tables (core/store/Columns.h): every field of every record type goes in and comes
// back out (person with contacts and aliases, referral, referral event); every column of
// their tables is described by the table; the DDL the tables make equals what earlier
// versions wrote; new columns come with their own migration statements.

#include "core/Casebook.h"
#include "core/security/Keyring.h"
#include "core/security/SecureBytes.h"
#include "core/store/AssessmentStore.h"
#include "core/store/ChangeLog.h"
#include "core/store/Columns.h"
#include "core/store/Database.h"
#include "core/store/NoteStore.h"
#include "core/store/PersonStore.h"
#include "core/store/PlanStore.h"
#include "core/store/ReferralStore.h"
#include "core/store/SessionStore.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include <set>

#ifndef WAYMARK_FIXTURE_DIR
#error "WAYMARK_FIXTURE_DIR must name tests/core/store/fixtures"
#endif

using namespace waymark;

namespace {

Date ymd(int y, int m, int d)
{
    return Date::fromYmd(y, m, d).value();
}

// name|type|notnull|default|pk of every column, in order.
std::vector<std::string> tableInfo(Database& db, const std::string& table)
{
    std::vector<std::string> out;
    Statement st(db, "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)");
    st.bind(1, table);
    (void)st.forEachRow([&] {
        out.push_back(st.text(0) + "|" + st.text(1) + "|" + std::to_string(st.integer(2)) + "|" +
                      (st.isNull(3) ? "NULL" : st.text(3)) + "|" + std::to_string(st.integer(4)));
    });
    return out;
}

std::set<std::string> columnSet(Database& db, const std::string& table)
{
    std::set<std::string> out;
    for (const auto& row : tableInfo(db, table))
        out.insert(row.substr(0, row.find('|')));
    return out;
}

Person everyPersonField()
{
    Person p;
    p.givenName = "Amelia";
    p.familyName = "Roundtripper";
    p.preferredName = "Lily";
    p.aliases = {"Milly Roundtrip", "Amy R"};
    p.dateOfBirth = ymd(2011, 7, 14);
    p.dateOfBirthEstimated = true;
    p.sex = "female";
    p.genderIdentity = "Girl";
    p.ethnicity = "mixed_white_asian";
    p.firstLanguage = "Welsh";
    p.interpreterNeeded = true;
    p.address = "1 Test Street\nTestville";
    p.postcode = "CF10 1AA";
    p.phone = "029 2000 0000";
    p.school = "Test High School";
    p.eteStatus = "school_part_time";
    p.pncReference = "26/123456A";
    p.nhsNumber = "9434765919";
    p.upn = "A123456789012";
    p.localAuthorityId = "LA-0042";
    p.flags = PersonFlags{true, true, true, true, true, true, true, true, true};
    p.contacts = {Contact{{}, "Parent Roundtripper", "mother", "07700 900111", true},
                  Contact{{}, "Gran Roundtripper", "grandparent", "07700 900222", false}};
    return p;
}

void comparePeople(const Person& a, const Person& b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.caseReference, b.caseReference);
    QCOMPARE(a.givenName, b.givenName);
    QCOMPARE(a.familyName, b.familyName);
    QCOMPARE(a.preferredName, b.preferredName);
    QCOMPARE(std::multiset<std::string>(a.aliases.begin(), a.aliases.end()),
             std::multiset<std::string>(b.aliases.begin(), b.aliases.end()));
    QCOMPARE(a.dateOfBirth, b.dateOfBirth);
    QCOMPARE(a.dateOfBirthEstimated, b.dateOfBirthEstimated);
    QCOMPARE(a.sex, b.sex);
    QCOMPARE(a.genderIdentity, b.genderIdentity);
    QCOMPARE(a.ethnicity, b.ethnicity);
    QCOMPARE(a.firstLanguage, b.firstLanguage);
    QCOMPARE(a.interpreterNeeded, b.interpreterNeeded);
    QCOMPARE(a.address, b.address);
    QCOMPARE(a.postcode, b.postcode);
    QCOMPARE(a.phone, b.phone);
    QCOMPARE(a.school, b.school);
    QCOMPARE(a.eteStatus, b.eteStatus);
    QCOMPARE(a.pncReference, b.pncReference);
    QCOMPARE(a.nhsNumber, b.nhsNumber);
    QCOMPARE(a.upn, b.upn);
    QCOMPARE(a.localAuthorityId, b.localAuthorityId);
    QVERIFY(a.flags == b.flags);
    QCOMPARE(a.contacts.size(), b.contacts.size());
    for (std::size_t i = 0; i < a.contacts.size(); ++i)
        QVERIFY(a.contacts[i] == b.contacts[i]);
    QCOMPARE(a.createdAt, b.createdAt);
    QCOMPARE(a.updatedHlc, b.updatedHlc);
}

Referral everyReferralField(const Uuid& person, const Uuid& user)
{
    Referral r;
    r.id = Uuid::v7(std::chrono::system_clock::now());
    r.reference = "RF-TEST-2026-00001";
    r.personId = person;
    r.received = ymd(2026, 2, 2);
    r.source = "school";
    r.referrerName = "Head of Year";
    r.referrerContact = "head@example.invalid";
    r.eventDate = ymd(2026, 1, 20);
    r.route = "outcome_22";
    r.offenceCategory = "criminal_damage";
    r.offenceDate = ymd(2026, 1, 19);
    r.policeReference = "KA/99999/26";
    r.risk = "medium";
    r.consent = "given";
    r.statutoryOrder = true;
    r.state = ReferralState::ClosureRequested;
    r.decision = "accepted";
    r.decisionReason = "other";
    r.decisionNote = "Line one\nLine two";
    r.decisionDate = ymd(2026, 2, 10);
    r.decidedBy = user;
    r.allocatedTo = user;
    r.firstContact = ymd(2026, 2, 5);
    r.decisionDue = ymd(2026, 2, 16);
    r.firstContactDue = ymd(2026, 2, 9);
    r.assessmentDue = ymd(2026, 2, 23);
    r.assessedOn = ymd(2026, 2, 20);
    r.eligibilityOverridden = true;
    r.overrideReason = "Panel decision";
    r.overriddenBy = user;
    r.overriddenAt = "2026-02-03T10:00:00.000Z";
    r.importSource = "Test force";
    r.repeatOrdinal = 4;
    r.createdAt = "2026-02-02T09:00:00.000Z";
    return r;
}

void compareReferrals(const Referral& a, const Referral& b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.reference, b.reference);
    QCOMPARE(a.personId, b.personId);
    QCOMPARE(a.received, b.received);
    QCOMPARE(a.source, b.source);
    QCOMPARE(a.referrerName, b.referrerName);
    QCOMPARE(a.referrerContact, b.referrerContact);
    QCOMPARE(a.eventDate, b.eventDate);
    QCOMPARE(a.route, b.route);
    QCOMPARE(a.offenceCategory, b.offenceCategory);
    QCOMPARE(a.offenceDate, b.offenceDate);
    QCOMPARE(a.policeReference, b.policeReference);
    QCOMPARE(a.risk, b.risk);
    QCOMPARE(a.consent, b.consent);
    QCOMPARE(a.statutoryOrder, b.statutoryOrder);
    QCOMPARE(a.state, b.state);
    QCOMPARE(a.decision, b.decision);
    QCOMPARE(a.decisionReason, b.decisionReason);
    QCOMPARE(a.decisionNote, b.decisionNote);
    QCOMPARE(a.decisionDate, b.decisionDate);
    QCOMPARE(a.decidedBy, b.decidedBy);
    QCOMPARE(a.allocatedTo, b.allocatedTo);
    QCOMPARE(a.firstContact, b.firstContact);
    QCOMPARE(a.decisionDue, b.decisionDue);
    QCOMPARE(a.firstContactDue, b.firstContactDue);
    QCOMPARE(a.assessmentDue, b.assessmentDue);
    QCOMPARE(a.assessedOn, b.assessedOn);
    QCOMPARE(a.eligibilityOverridden, b.eligibilityOverridden);
    QCOMPARE(a.overrideReason, b.overrideReason);
    QCOMPARE(a.overriddenBy, b.overriddenBy);
    QCOMPARE(a.overriddenAt, b.overriddenAt);
    QCOMPARE(a.importSource, b.importSource);
    QCOMPARE(a.repeatOrdinal, b.repeatOrdinal);
    QCOMPARE(a.createdAt, b.createdAt);
    QCOMPARE(a.updatedHlc, b.updatedHlc);
}

// No column of the stored row is NULL or 0: the record filled every column of its table.
void everyColumnFilled(Casebook& cb, const std::string& table, const Uuid& id)
{
    Statement st(cb.database(), "SELECT * FROM " + table + " WHERE id = ?");
    st.bind(1, id);
    auto row = st.step();
    QVERIFY(row && *row);
    for (int i = 0; i < st.columnCount(); ++i) {
        // Tombstone bookkeeping: set only when a record is removed or merged into another.
        if (st.columnName(i) == "deleted" || st.columnName(i) == "merged_into")
            continue;
        QVERIFY2(!st.isNull(i), (table + "." + st.columnName(i) + " is NULL").c_str());
        QVERIFY2(st.text(i) != "0", (table + "." + st.columnName(i) + " is 0").c_str());
    }
}

} // namespace

class TestColumnTables : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Casebook> m_cb;

private slots:
    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_cb = test::makeCasebook(m_dir->file("columns.waymark"));
        QVERIFY(m_cb);
    }

    void cleanup()
    {
        m_cb.reset();
        m_dir.reset();
    }

    void everyTableColumnIsDescribed()
    {
        for (const char* table : {"people", "person_aliases", "person_contacts"}) {
            auto described = PersonStore::columnNames(table);
            std::set<std::string> expected(described.begin(), described.end());
            expected.insert({"id", "updated_hlc", "deleted"});
            QCOMPARE(columnSet(m_cb->database(), table), expected);
        }
        for (const char* table : {"referrals", "referral_events"}) {
            auto described = ReferralStore::columnNames(table);
            std::set<std::string> expected(described.begin(), described.end());
            expected.insert({"id", "updated_hlc", "deleted"});
            QCOMPARE(columnSet(m_cb->database(), table), expected);
        }
        for (std::string_view table : AssessmentStore::tableNames()) {
            auto described = AssessmentStore::columnNames(table);
            std::set<std::string> expected(described.begin(), described.end());
            expected.insert({"id", "updated_hlc", "deleted"});
            QCOMPARE(columnSet(m_cb->database(), std::string(table).c_str()), expected);
        }
        for (const auto table : PlanStore::tableNames()) {
            auto described = PlanStore::columnNames(table);
            std::set<std::string> expected(described.begin(), described.end());
            expected.insert({"id", "updated_hlc", "deleted"});
            QCOMPARE(columnSet(m_cb->database(), std::string(table)), expected);
        }
        for (const char* table : {"sessions", "session_attendees"}) {
            auto described = SessionStore::columnNames(table);
            QVERIFY(!described.empty());
            std::set<std::string> expected(described.begin(), described.end());
            expected.insert({"id", "updated_hlc", "deleted"});
            QCOMPARE(columnSet(m_cb->database(), table), expected);
        }
        {
            auto described = NoteStore::columnNames();
            QCOMPARE(columnSet(m_cb->database(), "notes"), std::set<std::string>(described.begin(), described.end()));
        }
    }

    void personRoundTripsEveryField()
    {
        auto created = m_cb->people().create(everyPersonField());
        QVERIFY2(created, created ? "" : describe(created.error()).c_str());
        const Person& stored = created->person;
        auto loaded = m_cb->people().view(stored.id);
        QVERIFY(loaded);
        comparePeople(*loaded, stored);
        const Person wanted = everyPersonField();
        Person expected = stored;
        expected.contacts = wanted.contacts;
        for (std::size_t i = 0; i < expected.contacts.size(); ++i)
            expected.contacts[i].id = stored.contacts[i].id;
        // Everything typed came back (ids and bookkeeping aside).
        Person typed = wanted;
        typed.id = stored.id;
        typed.caseReference = stored.caseReference;
        typed.createdAt = stored.createdAt;
        typed.updatedHlc = stored.updatedHlc;
        typed.contacts = expected.contacts;
        comparePeople(stored, typed);
        everyColumnFilled(*m_cb, "people", stored.id);
        for (const auto& c : stored.contacts)
            QVERIFY(!c.id.isNull());
        everyColumnFilled(*m_cb, "person_contacts", stored.contacts.front().id);

        // Every field changed at once, then cleared: each comes back as written.
        Person edited = *loaded;
        edited.givenName = "Amelie";
        edited.familyName = "Roundtripped";
        edited.preferredName = "Mel";
        edited.aliases = {"Amy R", "New Alias"};
        edited.dateOfBirth = ymd(2012, 8, 15);
        edited.dateOfBirthEstimated = false;
        edited.sex = "not_stated";
        edited.genderIdentity = "Non-binary";
        edited.ethnicity = "white_irish";
        edited.firstLanguage = "Polish";
        edited.interpreterNeeded = false;
        edited.address = "2 Test Road";
        edited.postcode = "SA1 1AA";
        edited.phone = "01792 000000";
        edited.school = "Test College";
        edited.eteStatus = "college";
        edited.pncReference = "26/654321B";
        edited.nhsNumber = "4010232137";
        edited.upn = "B123456789012";
        edited.localAuthorityId = "LA-0043";
        edited.flags = PersonFlags{};
        edited.flags.restricted = stored.flags.restricted; // changed only by People::setRestricted
        edited.contacts[0].name = "Parent Roundtripped";
        edited.contacts[0].parentalResponsibility = false;
        edited.contacts.pop_back();
        auto updated = m_cb->people().update(edited);
        QVERIFY2(updated, updated ? "" : describe(updated.error()).c_str());
        auto reloaded = m_cb->people().view(stored.id);
        QVERIFY(reloaded);
        edited.updatedHlc = updated->updatedHlc;
        comparePeople(*reloaded, edited);
        QVERIFY(reloaded->updatedHlc > stored.updatedHlc);

        Person cleared = *reloaded;
        cleared.preferredName.clear();
        cleared.aliases.clear();
        for (std::string* s : {&cleared.sex, &cleared.genderIdentity, &cleared.ethnicity, &cleared.firstLanguage,
                               &cleared.address, &cleared.postcode, &cleared.phone, &cleared.school, &cleared.eteStatus,
                               &cleared.pncReference, &cleared.nhsNumber, &cleared.upn, &cleared.localAuthorityId})
            s->clear();
        cleared.contacts.clear();
        auto emptied = m_cb->people().update(cleared);
        QVERIFY2(emptied, emptied ? "" : describe(emptied.error()).c_str());
        auto last = m_cb->people().view(stored.id);
        QVERIFY(last);
        cleared.updatedHlc = emptied->updatedHlc;
        comparePeople(*last, cleared);
    }

    void referralAndEventRoundTripEveryField()
    {
        auto person = m_cb->people().create(test::samplePerson(3));
        QVERIFY(person);
        Database& db = m_cb->database();
        const Uuid user = m_cb->user().id;
        Referral r = everyReferralField(person->person.id, user);
        ReferralEvent e;
        e.kind = "allocated";
        e.fromState = "screening";
        e.toState = "accepted";
        e.reasonCode = "other";
        e.note = "A note\nover two lines";
        e.by = user;
        e.at = "2026-02-03T11:00:00.000Z";
        e.allocatedTo = user;
        {
            Transaction tx(db);
            QVERIFY(tx.begun());
            ChangeLog changes(db, m_cb->nextHlc(), user);
            ReferralStore store(db);
            QVERIFY(store.insert(r, changes));
            QVERIFY(store.addEvent(r.id, e, changes));
            QVERIFY(tx.commit());
        }
        auto loaded = ReferralStore(db).load(r.id);
        QVERIFY(loaded && *loaded);
        compareReferrals(**loaded, r);
        everyColumnFilled(*m_cb, "referrals", r.id);
        auto events = ReferralStore(db).events(r.id);
        QVERIFY(events);
        QCOMPARE(events->size(), std::size_t(1));
        const ReferralEvent& back = events->front();
        QCOMPARE(back.kind, e.kind);
        QCOMPARE(back.fromState, e.fromState);
        QCOMPARE(back.toState, e.toState);
        QCOMPARE(back.reasonCode, e.reasonCode);
        QCOMPARE(back.note, e.note);
        QCOMPARE(back.by, e.by);
        QCOMPARE(back.byName, std::string("Test Coordinator"));
        QCOMPARE(back.at, e.at);
        QCOMPARE(back.allocatedTo, e.allocatedTo);
        Statement eventId(db, "SELECT id FROM referral_events WHERE referral_id = ?");
        eventId.bind(1, r.id);
        QVERIFY(eventId.step().value_or(false));
        everyColumnFilled(*m_cb, "referral_events", eventId.uuid(0));

        // Every state name survives the table's conversion.
        for (ReferralState state : allReferralStates()) {
            Referral before = **ReferralStore(db).load(r.id);
            Referral after = before;
            after.state = state;
            Transaction tx(db);
            ChangeLog changes(db, m_cb->nextHlc(), user);
            QVERIFY(ReferralStore(db).update(before, after, changes));
            QVERIFY(tx.commit());
            QCOMPARE((*ReferralStore(db).load(r.id))->state, state);
        }
    }

    // The people tables made from their column tables are the tables the first schema wrote
    // (a casebook from that time is kept as a fixture): same columns, types, NOT NULLs and
    // defaults, in the same order.
    // An assessment (a reassessment, so previous_id is set) fills every column of its row.
    void assessmentRoundTripsEveryField()
    {
        auto person = m_cb->people().create(test::samplePerson(3));
        QVERIFY(person);
        Referral r;
        r.personId = person->person.id;
        r.received = m_cb->clock().today().addDays(-20);
        r.eventDate = r.received.addDays(-3);
        r.source = "school";
        r.route = "triage";
        auto referral = m_cb->referrals().create(r);
        QVERIFY(referral);
        auto draft = m_cb->assessments().startAssessment(referral->id);
        QVERIFY(draft);
        for (auto& rating : draft->ratings) {
            rating.rating = 3;
            rating.notes = "Line one\nLine two";
        }
        draft->assessedOn = r.received.addDays(1);
        auto first = m_cb->assessments().record(*draft);
        QVERIFY2(first, first ? "" : describe(first.error()).c_str());
        auto again = m_cb->assessments().startReassessment(first->id);
        QVERIFY(again);
        again->ratings[2].rating = 4;
        again->strengths = "Strengths";
        again->ownView = "View";
        again->goals = "Goals";
        again->summary = "Summary";
        auto second = m_cb->assessments().record(*again);
        QVERIFY2(second, second ? "" : describe(second.error()).c_str());
        everyColumnFilled(*m_cb, "assessments", second->id);
        auto loaded = m_cb->assessments().view(second->id);
        QVERIFY(loaded);
        const Assessment& a = loaded->assessment;
        QCOMPARE(a.id, second->id);
        QCOMPARE(a.personId, second->personId);
        QCOMPARE(a.referralId, second->referralId);
        QCOMPARE(a.templateId, second->templateId);
        QCOMPARE(a.templateCode, second->templateCode);
        QCOMPARE(a.templateVersion, second->templateVersion);
        QCOMPARE(a.assessedOn, second->assessedOn);
        QCOMPARE(a.assessor, second->assessor);
        QCOMPARE(a.strengths, second->strengths);
        QCOMPARE(a.ownView, second->ownView);
        QCOMPARE(a.goals, second->goals);
        QCOMPARE(a.summary, second->summary);
        QCOMPARE(a.previousAssessmentId, first->id);
        QCOMPARE(a.createdAt, second->createdAt);
        QCOMPARE(a.updatedHlc, second->updatedHlc);
        QCOMPARE(a.ratings.size(), second->ratings.size());
        for (std::size_t i = 0; i < a.ratings.size(); ++i) {
            QCOMPARE(a.ratings[i].domain, second->ratings[i].domain);
            QCOMPARE(a.ratings[i].rating, second->ratings[i].rating);
            QCOMPARE(a.ratings[i].notAssessed, second->ratings[i].notAssessed);
            QCOMPARE(a.ratings[i].notes, second->ratings[i].notes);
        }
    }

    void personDdlEqualsTheFirstSchemas()
    {
        const std::filesystem::path fixtures(WAYMARK_FIXTURE_DIR);
        auto keyring = Keyring::load(fixtures / "schema2.waymark.keys");
        QVERIFY(keyring);
        auto key = keyring->unlock("coord", "fixture-passphrase-2026");
        QVERIFY(key);
        const auto copy = m_dir->file("old.waymark");
        std::filesystem::copy_file(fixtures / "schema2.waymark", copy);
        auto old = Database::open(copy, **key, false);
        QVERIFY(old);
        for (const char* table : {"people", "person_aliases", "person_contacts"}) {
            // Columns added since (schema 6: people.merged_into) come after the first schema's.
            auto now = tableInfo(m_cb->database(), table);
            const auto then = tableInfo(**old, table);
            QVERIFY(now.size() >= then.size());
            now.resize(then.size());
            QCOMPARE(now, then);
        }
    }

    void ddlFollowsTheVersionAColumnCameIn()
    {
        columns::Info a;
        a.name = "a";
        a.kind = columns::Kind::Text;
        a.required = true;
        a.since = 5;
        columns::Info b;
        b.name = "b";
        b.kind = columns::Kind::Date;
        b.indexed = true;
        b.since = 6;
        columns::Index both;
        both.name = "t_both";
        both.on = "a, b";
        both.where = "a IS NOT NULL";
        both.since = 6;
        const std::string v5 = columns::createTableSql("t", {a, b}, {both}, 5);
        QVERIFY(v5.find("a TEXT NOT NULL") != std::string::npos);
        QVERIFY(v5.find(" b ") == std::string::npos);
        QVERIFY(v5.find("t_both") == std::string::npos);
        const std::string v6 = columns::addColumnsSql("t", {a, b}, {both}, 6);
        QCOMPARE(v6, std::string("ALTER TABLE t ADD COLUMN b TEXT;\nCREATE INDEX t_b ON t(b) WHERE deleted = 0;\n"
                                 "CREATE INDEX t_both ON t(a, b) WHERE deleted = 0 AND a IS NOT NULL;\n"));
        // Both ways give the same table.
        QVERIFY(m_cb->database().exec(v5 + v6));
        QVERIFY(m_cb->database().exec("CREATE TABLE t2 (x); DROP TABLE t2"));
        const std::string fresh = columns::createTableSql("u", {a, b}, {}, 6);
        QVERIFY(m_cb->database().exec(fresh));
        auto tInfo = tableInfo(m_cb->database(), "t");
        auto uInfo = tableInfo(m_cb->database(), "u");
        QCOMPARE(tInfo.size(), uInfo.size());
        QCOMPARE(columnSet(m_cb->database(), "t"), columnSet(m_cb->database(), "u"));
    }
};

QTEST_GUILESS_MAIN(TestColumnTables)
#include "TestColumnTables.moc"
