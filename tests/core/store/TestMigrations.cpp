#include "core/Text.h"
#include "core/security/Keyring.h"
#include "core/security/SecureBytes.h"
#include "core/store/AssessmentStore.h"
#include "core/store/Database.h"
#include "core/store/MetaStore.h"
#include "core/store/Migrations.h"
#include "core/store/NoteStore.h"
#include "core/store/ReportFacts.h"
#include "core/store/ReportIndexes.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include <algorithm>
#include <filesystem>
#include <map>
#include <vector>

using namespace waymark;

namespace {

// Drops the schema 16 report indexes (a casebook as schema 15 and earlier made it).
std::string dropReportIndexesSql()
{
    int count = 0;
    const ReportIndex* indexes = reportIndexes(count);
    std::string sql;
    for (int i = 0; i < count; ++i)
        sql += std::string("DROP INDEX ") + indexes[i].name + ";";
    return sql;
}

// A casebook from before signing has key slots that hold no authority key (they are bound
// since): the coordinator's slot set again as such a casebook has it.
bool unbindSlot(const std::filesystem::path& path)
{
    auto keyring = Keyring::load(Casebook::keyFilePath(path));
    if (!keyring)
        return false;
    auto key = keyring->unlock(test::kUser, test::kPassword);
    return key && keyring->setSlot(test::kUser, test::kPassword, **key, kdfParamsMinimum()) &&
           keyring->save(Casebook::keyFilePath(path));
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    // A casebook as Waymark's first schema (v1) wrote it: no search index yet.
    static void writeV1Fixture(const std::filesystem::path& path)
    {
        SecureBytes key(Keyring::kKeySize);
        for (std::size_t i = 0; i < key.size(); ++i)
            key.data()[i] = static_cast<std::uint8_t>(0x30 + i);
        Keyring keyring = Keyring::createNew();
        QVERIFY(keyring.setSlot(test::kUser, test::kPassword, key, kdfParamsMinimum()));
        QVERIFY(keyring.save(Casebook::keyFilePath(path)));
        auto db = Database::open(path, key, true);
        QVERIFY(db);
        QVERIFY(migrate(**db, 1));
        QCOMPARE(schemaVersion(**db), 1);
        QVERIFY((*db)->exec(R"sql(
INSERT INTO meta (key, value) VALUES ('site_id', '00112233aabbccdd'), ('device_prefix', 'FXT'),
    ('division', 'scotland'), ('created_at', '2026-01-05T09:00:00.000Z'), ('kdf', 'minimum'), ('demo', '0');
INSERT INTO users (id, username, display_name, role, created_at, updated_hlc)
    VALUES (x'0190000000007000800000000000aa01', 'coord', 'Fixture Coordinator', 'coordinator',
            '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z-0000-00112233aabbccdd');
INSERT INTO people (id, case_reference, given_name, family_name, preferred_name, date_of_birth, family_key, given_key,
                    created_at, updated_hlc)
    VALUES (x'0190000000007000800000000000bb01', 'WM-FXT-2026-00001', 'Eilidh', 'Fixtureson', 'Ellie', '2012-03-04',
            'fixtureson', 'eilidh', '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z-0001-00112233aabbccdd');
INSERT INTO person_aliases (id, person_id, alias, updated_hlc)
    VALUES (x'0190000000007000800000000000cc01', x'0190000000007000800000000000bb01', 'Ellie Mac',
            '2026-01-05T09:00:00.000Z-0001-00112233aabbccdd');
)sql"));
    }

private slots:
    void upgradesV1Fixture()
    {
        test::TempDir dir;
        const auto path = dir.file("v1.waymark");
        writeV1Fixture(path);
        auto cb = Casebook::open(path, test::kUser, test::kPassword);
        QVERIFY2(cb, cb ? "" : describe(cb.error()).c_str());
        QCOMPARE((*cb)->info().schemaVersion, kSchemaVersion);
        QCOMPARE((*cb)->info().division, std::string("scotland"));
        for (const char* q : {"eilidh", "Ellie", "fixt", "mac", "WM-FXT-2026-00001", "04/03/2012"}) {
            auto found = (*cb)->people().search(q);
            QVERIFY(found);
            QVERIFY2(found->size() == 1, q);
        }
        // New records continue the schema's conventions after the upgrade.
        QVERIFY((*cb)->people().create(test::samplePerson(1)));
        QCOMPARE((*cb)->people().count().value(), std::int64_t(2));
        qInfo("v1 fixture upgraded to v%d; old record found by name, preferred name, alias, reference and DOB",
              kSchemaVersion);
    }

    // Schema 5 adds referrals: everything a v4 casebook held is still there, row for row, and
    // the new tables take referrals of the people already there.
    void upgradesV4KeepingEverything()
    {
        test::TempDir dir;
        const auto path = dir.file("v4.waymark");
        writeV1Fixture(path);
        const auto snapshot = [](Database& db) {
            std::map<std::string, std::vector<std::string>> rows;
            for (const char* table : {"users", "people", "person_aliases", "person_contacts", "change_set",
                                      "change_record", "drafts", "meta"}) {
                Statement st(db, std::string("SELECT * FROM ") + table + " ORDER BY 1, 2, 3");
                const auto ok = st.forEachRow([&] {
                    std::string row;
                    for (int i = 0; i < st.columnCount(); ++i) {
                        const auto bytes = st.blob(i);
                        row += st.columnName(i) + "=";
                        row += st.isNull(i) ? std::string("NULL")
                                            : QByteArray(reinterpret_cast<const char*>(bytes.data()),
                                                         static_cast<qsizetype>(bytes.size()))
                                                  .toHex()
                                                  .toStdString();
                        row += ";";
                    }
                    rows[table].push_back(row);
                });
                if (!ok)
                    rows[table].push_back("unreadable");
            }
            Statement cols(db, "SELECT table_name, column_name, id FROM change_column ORDER BY id");
            (void)cols.forEachRow([&] {
                rows["change_column"].push_back(cols.text(0) + "." + cols.text(1) + "=" +
                                                std::to_string(cols.integer(2)));
            });
            return rows;
        };
        std::map<std::string, std::vector<std::string>> before;
        {
            SecureBytes key(Keyring::kKeySize);
            for (std::size_t i = 0; i < key.size(); ++i)
                key.data()[i] = static_cast<std::uint8_t>(0x30 + i);
            auto db = Database::open(path, key, false);
            QVERIFY(db);
            QVERIFY(migrate(**db, 4));
            QCOMPARE(schemaVersion(**db), 4);
            QVERIFY((*db)->exec(R"sql(
INSERT INTO person_contacts (id, person_id, name, relationship, phone, parental_responsibility, updated_hlc)
    VALUES (x'0190000000007000800000000000dd01', x'0190000000007000800000000000bb01', 'Morag Fixtureson', 'mother',
            '07700 900001', 1, '2026-01-05T09:00:00.000Z-0002-00112233aabbccdd');
INSERT INTO drafts (user_id, form, record_key, title, payload, needs, saved_at)
    VALUES (x'0190000000007000800000000000aa01', 'person', '', 'New person', '{}', 'person.create',
            '2026-01-05T09:10:00.000Z');
)sql"));
            before = snapshot(**db);
        }
        auto cb = Casebook::open(path, test::kUser, test::kPassword);
        QVERIFY2(cb, cb ? "" : describe(cb.error()).c_str());
        QCOMPARE((*cb)->info().schemaVersion, kSchemaVersion);
        auto after = snapshot((*cb)->database());
        for (const auto& [table, rows] : before) {
            const auto& now = after[table];
            // The old rows stay as they were (the upgrade may add after them: meta, the new
            // tables' column numbers).
            QVERIFY2(now.size() >= rows.size(), table.c_str());
            // A column added since (schema 6: people.merged_into) comes last and is NULL.
            const auto sameRow = [](const std::string& was, const std::string& is) {
                if (!is.starts_with(was))
                    return false;
                std::string added = is.substr(was.size());
                for (std::size_t at = 0; at < added.size();) {
                    const auto end = added.find(';', at);
                    if (end == std::string::npos || !added.substr(at, end - at).ends_with("=NULL"))
                        return false;
                    at = end + 1;
                }
                return true;
            };
            for (std::size_t i = 0; i < rows.size(); ++i)
                QVERIFY2(sameRow(rows[i], now[i]), (table + " row " + std::to_string(i)).c_str());
        }
        for (const char* column : {"referrals.person_id", "referrals.police_reference", "referral_events.kind"}) {
            const auto& cols = after["change_column"];
            QVERIFY2(std::any_of(cols.begin(), cols.end(),
                                 [&](const std::string& c) { return c.starts_with(std::string(column) + "="); }),
                     column);
        }
        auto person = (*cb)->people().viewByReference("WM-FXT-2026-00001");
        QVERIFY(person);
        QCOMPARE(person->contacts.size(), std::size_t(1));
        Referral r;
        r.personId = person->id;
        r.received = Date::fromYmd(2026, 1, 6).value();
        r.eventDate = Date::fromYmd(2026, 1, 2).value();
        r.source = "police";
        r.route = "triage";
        auto created = (*cb)->referrals().create(r);
        QVERIFY2(created, created ? "" : describe(created.error()).c_str());
        // Scotland's calendar: 2 January is a bank holiday there, the 6th a Tuesday.
        QCOMPARE(created->decisionDue, Date::fromYmd(2026, 1, 20).value());
        qInfo("v4 casebook upgraded to v5: %zu tables' rows unchanged, referrals added for an old person",
              before.size());
    }

    // Schema 8 adds assessments: a v7 casebook's referrals keep every value, gain an empty
    // assessed_on (so an accepted one is due for assessment), and the built-in template is there.
    void upgradesV7ToAssessments()
    {
        test::TempDir dir;
        const auto path = dir.file("v7.waymark");
        writeV1Fixture(path);
        std::string referralBefore;
        const std::string referralText = "SELECT reference || state || received || assessment_due || updated_hlc";
        const std::string selectReferral = referralText + " FROM referrals";
        {
            SecureBytes key(Keyring::kKeySize);
            for (std::size_t i = 0; i < key.size(); ++i)
                key.data()[i] = static_cast<std::uint8_t>(0x30 + i);
            auto db = Database::open(path, key, false);
            QVERIFY(db);
            QVERIFY(migrate(**db, 7));
            QCOMPARE(schemaVersion(**db), 7);
            QVERIFY((*db)->exec(R"sql(
INSERT INTO referrals (id, reference, person_id, received, state, allocated_to, decision, assessment_due, created_at,
                       running_due, updated_hlc)
    VALUES (x'0190000000007000800000000000ee01', 'RF-FXT-2026-00001', x'0190000000007000800000000000bb01',
            '2026-01-05', 'accepted', x'0190000000007000800000000000aa01', 'accepted', '2026-01-26',
            '2026-01-05T09:00:00.000Z', '9999-12-31', '2026-01-05T09:00:00.000Z-0003-00112233aabbccdd');
)sql"));
            Statement st(**db, selectReferral);
            QVERIFY(st.step().value_or(false));
            referralBefore = st.text(0);
        }
        auto cb = Casebook::open(path, test::kUser, test::kPassword);
        QVERIFY2(cb, cb ? "" : describe(cb.error()).c_str());
        QCOMPARE((*cb)->info().schemaVersion, kSchemaVersion);
        {
            Statement st((*cb)->database(), referralText + ", assessed_on IS NULL AS open FROM referrals");
            const auto row = st.step();
            QVERIFY2(row, row ? "" : describe(row.error()).c_str());
            QVERIFY(*row);
            QCOMPARE(st.text(0), referralBefore);
            QCOMPARE(st.integer(1), std::int64_t(1));
        }
        auto due = (*cb)->assessments().due();
        QVERIFY2(due, due ? "" : describe(due.error()).c_str());
        QCOMPARE(due->rows.size(), std::size_t(1));
        QCOMPARE(due->rows.front().referralReference, std::string("RF-FXT-2026-00001"));
        auto templates = (*cb)->assessments().templates();
        QVERIFY(templates);
        QCOMPARE(templates->size(), std::size_t(1));
        QCOMPARE(templates->front().domains.size(), std::size_t(13));
        qInfo("v7 casebook upgraded to v8: referral unchanged and due for assessment, default template seeded");
    }

    // Schema 14 makes note_search again with prefix indexes and fills it from the notes: every
    // note is still found by its words, and a prefix search finds exactly what it found before.
    void upgradesNoteSearchWithPrefixes()
    {
        test::TempDir dir;
        const auto path = dir.file("v13.waymark");
        const auto matches = [](Database& db, const std::string& query) {
            std::vector<std::int64_t> rowids;
            Statement st(db, "SELECT rowid FROM note_search WHERE note_search MATCH ? ORDER BY rowid");
            st.bind(1, query);
            (void)st.forEachRow([&] { rowids.push_back(st.integer(0)); });
            return rowids;
        };
        const char* queries[] = {"school", "sc*", "sch*", "scho*", "schoo*", "\"youth club\"", "ka*"};
        std::map<std::string, std::vector<std::int64_t>> before;
        {
            auto cb = test::makeCasebook(path);
            QVERIFY(cb);
            auto person = cb->people().create(test::samplePerson(1));
            QVERIFY(person);
            const char* texts[] = {"Met at school about attendance.", "Schools and the youth club.",
                                   "Kayaking with the youth club, then school.", "Phone call with mum.",
                                   "Scholarship forms; scheduled a visit."};
            for (const char* text : texts) {
                NoteInput in;
                in.personId = person->person.id;
                in.text = text;
                QVERIFY(cb->notes().add(in));
            }
            // The full-text index as schema 11 to 13 made it: no prefix index.
            Database& db = cb->database();
            QVERIFY(db.exec("DROP TABLE note_search"));
            QVERIFY(db.exec(NoteStore::searchTableSql(13)));
            QVERIFY(db.exec("INSERT INTO note_search (note_search) VALUES ('rebuild')"));
            QVERIFY(db.exec(dropReportIndexesSql()));                             // schema 16
            QVERIFY(db.exec("ALTER TABLE assessments DROP COLUMN ratings_text")); // added in schema 15
            QVERIFY(db.exec("DROP INDEX sessions_period; DROP INDEX sessions_intervention_start; DROP INDEX "
                            "session_attendees_attended")); // added in schema 15
            QVERIFY(db.exec("DROP TABLE roster; DROP TABLE signing_keys; ALTER TABLE audit_log DROP COLUMN signer; "
                            "ALTER TABLE audit_log DROP COLUMN signature; DELETE FROM meta WHERE key IN "
                            "('authority_public_key', 'signing_from')")); // added in schema 17
            QVERIFY(db.exec(report_facts::dropSql()));                    // added in schema 18
            QVERIFY(db.exec("PRAGMA user_version = 13"));
            QVERIFY(test::scalar(*cb, "SELECT count(*) FROM sqlite_schema WHERE name = 'note_search' AND sql LIKE "
                                      "'%prefix%'") == 0);
            for (const char* q : queries)
                before[q] = matches(db, q);
        }
        QVERIFY(unbindSlot(path)); // as the casebook of then had it
        auto cb = Casebook::open(path, test::kUser, test::kPassword);
        QVERIFY2(cb, cb ? "" : describe(cb.error()).c_str());
        QCOMPARE((*cb)->info().schemaVersion, kSchemaVersion);
        Database& db = (*cb)->database();
        QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM sqlite_schema WHERE name = 'note_search' AND sql LIKE "
                                    "'%prefix = ''2 3 4''%'"),
                 std::int64_t(1));
        // The rebuilt index agrees with the notes it indexes.
        QVERIFY(db.exec("INSERT INTO note_search (note_search, rank) VALUES ('integrity-check', 1)"));
        for (const char* q : queries)
            QVERIFY2(matches(db, q) == before[q], q);
        QCOMPARE(before["sch*"].size(), std::size_t(4));
        QCOMPARE(before["schoo*"].size(), std::size_t(3));
        NoteSearchQuery sq;
        sq.text = "sch*";
        auto hits = (*cb)->notes().search(sq);
        QVERIFY(hits);
        QCOMPARE(hits->rows.size(), std::size_t(4));
        // New notes are indexed with their prefixes too.
        NoteInput in;
        in.personId = hits->rows.front().note.personId;
        in.text = "Schedule agreed.";
        QVERIFY((*cb)->notes().add(in));
        QCOMPARE(matches(db, "sch*").size(), std::size_t(5));
        QVERIFY(db.exec("INSERT INTO note_search (note_search, rank) VALUES ('integrity-check', 1)"));
        // The upgraded casebook's tables still agree with their change log (schema 15 adds and
        // fills assessments.ratings_text, which is derived and not logged).
        auto report = (*cb)->verify();
        QVERIFY(report);
        QVERIFY2(report->changesOk, report->changesDetail.c_str());
        qInfo("v13 casebook upgraded to v14: note_search rebuilt with prefix indexes, same matches; changes: %s",
              report->changesDetail.c_str());
    }

    // Schema 15 keeps each assessment's rated domains on its own row (ratings_text), filled
    // from the ratings of a v14 casebook and kept up to date when an assessment is saved.
    void upgradesAssessmentRatingsText()
    {
        test::TempDir dir;
        const auto path = dir.file("v14.waymark");
        {
            auto cb = test::makeCasebook(path);
            QVERIFY(cb);
            Database& db = cb->database();
            // The assessments table as schema 8 to 14 made it, with two assessments: one with a
            // domain not assessed, one with none rated.
            QVERIFY(db.exec(dropReportIndexesSql())); // schema 16
            QVERIFY(db.exec("ALTER TABLE assessments DROP COLUMN ratings_text"));
            QVERIFY(db.exec(R"sql(
INSERT INTO assessments (id, person_id, referral_id, template_id, template_code, template_version, assessed_on,
                         created_at, total_score, rated_count, updated_hlc)
    VALUES (x'0190000000007000800000000000dd01', x'0190000000007000800000000000bb01',
            x'0190000000007000800000000000ee01', x'0190000000007000800000000000cc01', 'default', 1, '2026-01-10',
            '2026-01-10T10:00:00.000Z', 5, 2, '2026-01-10T10:00:00.000Z-0001-00112233aabbccdd'),
           (x'0190000000007000800000000000dd02', x'0190000000007000800000000000bb01',
            x'0190000000007000800000000000ee01', x'0190000000007000800000000000cc01', 'default', 1, '2026-02-10',
            '2026-02-10T10:00:00.000Z', 0, 0, '2026-02-10T10:00:00.000Z-0001-00112233aabbccdd');
INSERT INTO assessment_ratings (id, assessment_id, position, domain, rating, not_assessed, updated_hlc)
    VALUES (x'0190000000007000800000000000ff01', x'0190000000007000800000000000dd01', 1, 'family', 3, 0, 'h'),
           (x'0190000000007000800000000000ff02', x'0190000000007000800000000000dd01', 0, 'accommodation', 2, 0, 'h'),
           (x'0190000000007000800000000000ff03', x'0190000000007000800000000000dd01', 2, 'ete', 0, 1, 'h'),
           (x'0190000000007000800000000000ff04', x'0190000000007000800000000000dd01', 3, 'health', 4, 0, 'h');
UPDATE assessment_ratings SET deleted = 1 WHERE id = x'0190000000007000800000000000ff04';
)sql"));
            QVERIFY(db.exec("DROP INDEX sessions_period; DROP INDEX sessions_intervention_start; DROP INDEX "
                            "session_attendees_attended")); // added in schema 15
            QVERIFY(db.exec("DROP TABLE roster; DROP TABLE signing_keys; ALTER TABLE audit_log DROP COLUMN signer; "
                            "ALTER TABLE audit_log DROP COLUMN signature; DELETE FROM meta WHERE key IN "
                            "('authority_public_key', 'signing_from')")); // added in schema 17
            QVERIFY(db.exec(report_facts::dropSql()));                    // added in schema 18
            QVERIFY(db.exec("PRAGMA user_version = 14"));
        }
        QVERIFY(unbindSlot(path)); // as the casebook of then had it
        // The first sign-in cannot bind the slot (the key file cannot be written: folders stand
        // where its pending copy goes, not empty, so tidying stale ones cannot remove them). The
        // sign-in goes on, and leaves a row saying so; the next one binds the slot.
        const char* bindFailed = "SELECT count(*) FROM audit_log WHERE operation = 'signin.slot_bind_failed'";
        {
            std::vector<std::filesystem::path> blockers;
            for (int n = 1; n <= 64; ++n) {
                auto p = Casebook::keyFilePath(path);
                p += ".pending-" + std::to_string(n);
                std::filesystem::create_directory(p);
                test::writeFile(p / "inside", QByteArray("x"));
                blockers.push_back(p);
            }
            auto blocked = Casebook::open(path, test::kUser, test::kPassword);
            QVERIFY2(blocked, blocked ? "" : describe(blocked.error()).c_str());
            QCOMPARE(test::scalar(**blocked, bindFailed), std::int64_t(1));
            QCOMPARE(test::scalar(**blocked, "SELECT count(*) FROM audit_log WHERE operation = 'signin.slot_bound'"),
                     std::int64_t(0));
            blocked->reset();
            for (const auto& p : blockers)
                std::filesystem::remove_all(p);
        }
        auto cb = Casebook::open(path, test::kUser, test::kPassword);
        QVERIFY2(cb, cb ? "" : describe(cb.error()).c_str());
        QCOMPARE((*cb)->info().schemaVersion, kSchemaVersion);
        Database& db = (*cb)->database();
        const auto text = [&](const char* id) {
            Statement st(db, std::string("SELECT coalesce(ratings_text, '<null>') FROM assessments WHERE id = x'") +
                                 id + "'");
            return st.step().value_or(false) ? st.text(0) : std::string("<none>");
        };
        // In position order, the not-assessed and the deleted domain left out; none rated: NULL.
        QCOMPARE(text("0190000000007000800000000000dd01"), std::string("accommodation=2;family=3"));
        QCOMPARE(text("0190000000007000800000000000dd02"), std::string("<null>"));
        // The store writes the same form as the backfill.
        Assessment a;
        a.ratings = {{"accommodation", 2, false, {}}, {"family", 3, false, {}}, {"ete", std::nullopt, true, {}}};
        QCOMPARE(AssessmentStore::ratingsText(a), std::string("accommodation=2;family=3"));
        // ... and the reports' covering indexes are made.
        QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                                    "('sessions_period', 'sessions_intervention_start', 'session_attendees_attended')"),
                 std::int64_t(3));
        // Schema 16: every report index made again.
        int count = 0;
        const ReportIndex* indexes = reportIndexes(count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(test::scalar(**cb, std::string("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                                                    "name = '") +
                                            indexes[i].name + "'"),
                     std::int64_t(1));
        qInfo("v14 casebook upgraded to v15 and v16: assessments.ratings_text filled from the ratings, indexes made");

        // Signing began at this sign-in (schema 17), and the coordinator's key slot, set before
        // it, was bound to the new authority key then: trust on first use at the sign-in, not
        // at the next password change.
        const std::string authority = MetaStore(db).get("authority_public_key");
        QCOMPARE(authority.size(), std::size_t(64));
        const auto boundKey = [&]() -> std::string {
            auto keyring = Keyring::load(Casebook::keyFilePath(path));
            if (!keyring)
                return "no key file";
            auto slot = keyring->unlockSlot(test::kUser, test::kPassword);
            return slot && slot->authority ? text::toHex(slot->authority->data(), slot->authority->size()) : "";
        };
        QCOMPARE(boundKey(), authority);
        const char* bound = "SELECT count(*) FROM audit_log WHERE operation = 'signin.slot_bound'";
        QCOMPARE(test::scalar(**cb, bound), std::int64_t(1));
        QCOMPARE(test::scalar(**cb, bindFailed), std::int64_t(1));
        QVERIFY((*cb)->signingKey()); // still opens with the slot's new key pair
        cb->reset();
        {
            auto again = Casebook::open(path, test::kUser, test::kPassword);
            QVERIFY2(again, again ? "" : describe(again.error()).c_str());
            QVERIFY((*again)->signingKey());
            QCOMPARE(test::scalar(**again, bound), std::int64_t(1)); // once
            QVERIFY((*again)->verify(Casebook::VerifyScope::AuditOnly)->ok());
            // The attack an unbound slot let through: the casebook's authority key replaced with
            // the database key alone. The slot now holds the real one, so the sign-in is refused.
            QVERIFY((*again)->database().exec("UPDATE meta SET value = '" + std::string(64, 'a') +
                                              "' WHERE key = 'authority_public_key'"));
        }
        auto refused = Casebook::open(path, test::kUser, test::kPassword);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(refused.error().rule, std::string("authority"));
        qInfo("the upgraded casebook's unbound key slot was bound at the first sign-in (one signin.slot_bound row); "
              "a replaced authority key is then refused at sign-in");
    }

    void refusesNewerUntouched()
    {
        test::TempDir dir;
        const auto path = dir.file("new.waymark");
        {
            auto cb = test::makeCasebook(path);
            QVERIFY(cb);
            QVERIFY(cb->database().exec("PRAGMA user_version = " + std::to_string(kSchemaVersion + 1)));
        }
        const QByteArray before = test::sha256(path);
        auto r = Casebook::open(path, test::kUser, test::kPassword);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::TooNew);
        QCOMPARE(test::sha256(path), before);
        qInfo("schema v%d casebook refused with too_new; file unchanged", kSchemaVersion + 1);
    }

    void migrationStepsAreTransactional()
    {
        test::TempDir dir;
        const auto path = dir.file("t.waymark");
        SecureBytes key(Keyring::kKeySize);
        auto db = Database::open(path, key, true);
        QVERIFY(db);
        QVERIFY(migrate(**db, 1));
        // A clashing object makes step 2 fail part-way: nothing of it may remain.
        QVERIFY((*db)->exec("CREATE TABLE person_search (x)"));
        auto st = migrate(**db);
        QVERIFY(!st);
        QCOMPARE(schemaVersion(**db), 1);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
