// The compact change log (schema 3): a record's column history can be rebuilt from it, and a
// casebook written by schema 2 (one row per column) migrates with every value kept.

#include "core/security/Keyring.h"
#include "core/security/SecureBytes.h"
#include "core/store/ChangeDigest.h"
#include "core/store/Database.h"
#include "core/store/HashFeed.h"
#include "core/store/Migrations.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include <array>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#ifndef WAYMARK_FIXTURE_DIR
#error "WAYMARK_FIXTURE_DIR must name tests/core/store/fixtures"
#endif

using namespace waymark;

namespace {

using Value = std::optional<std::string>;
using Row = std::map<std::string, Value>;                         // column -> value
using RowKey = std::pair<std::string, std::vector<std::uint8_t>>; // table, id

const char* const kSyncedTables[] = {"users", "people", "person_aliases", "person_contacts"};
// Kept up to date by the store from other columns, not logged themselves.
const std::set<std::string> kDerived = {"id", "updated_hlc", "family_key", "given_key"};

// The schema 2 fixture: written by waymark-cli of schema 2 (init, user add and remove, three
// people with aliases, contacts and flags, then updates), generated people only.
constexpr const char* kFixtureUser = "coord";
constexpr const char* kFixturePassword = "fixture-passphrase-2026";

Value cell(const Statement& st, int column, bool uuid)
{
    if (st.isNull(column))
        return std::nullopt;
    if (uuid) {
        const auto bytes = st.blob(column);
        return Uuid::fromBytes(bytes.data(), bytes.size()).toString();
    }
    return st.text(column);
}

std::vector<std::string> columnsOf(Database& db, const std::string& table, std::map<std::string, Value>* defaults)
{
    std::vector<std::string> names;
    Statement st(db, "SELECT name, dflt_value FROM pragma_table_info(?)");
    st.bind(1, table);
    (void)st.forEachRow([&] {
        names.push_back(st.text(0));
        if (defaults) {
            Value d;
            if (!st.isNull(1)) {
                std::string text = st.text(1);
                if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'')
                    text = text.substr(1, text.size() - 2);
                d = text;
            }
            (*defaults)[names.back()] = d;
        }
    });
    return names;
}

// Every row of the synced tables rebuilt from the change log: the column defaults overlaid
// with each of the row's change sets in order. "updated_hlc" holds the last set's clock.
std::map<RowKey, Row> replay(Database& db)
{
    std::map<RowKey, Row> rows;
    std::map<std::string, std::map<std::string, Value>> defaults;
    for (const char* table : kSyncedTables)
        columnsOf(db, table, &defaults[table]);
    for (const auto& v : test::loggedValues(db)) {
        const RowKey key{v.table, v.rowId};
        auto [it, isNew] = rows.try_emplace(key);
        if (isNew)
            for (const auto& [name, value] : defaults[key.first])
                if (!kDerived.contains(name))
                    it->second[name] = value;
        it->second["updated_hlc"] = v.hlc;
        it->second[v.column] = v.value;
    }
    // A person's clock also moves when one of its aliases or contacts changes.
    std::map<std::string, std::string> childClock; // person id -> newest child hlc
    for (const auto& [key, row] : rows)
        if (const auto parent = row.find("person_id"); parent != row.end() && parent->second) {
            std::string& newest = childClock[*parent->second];
            newest = std::max(newest, *row.at("updated_hlc"));
        }
    for (auto& [key, row] : rows)
        if (key.first == "people") {
            const auto child = childClock.find(Uuid::fromBytes(key.second.data(), key.second.size()).toString());
            if (child != childClock.end())
                row["updated_hlc"] = std::max(*row["updated_hlc"], child->second);
        }
    return rows;
}

std::map<RowKey, Row> liveRows(Database& db)
{
    std::map<RowKey, Row> rows;
    for (const char* table : kSyncedTables) {
        const auto names = columnsOf(db, table, nullptr);
        std::string sql = "SELECT id";
        for (const auto& n : names)
            sql += ", " + n;
        Statement st(db, sql + " FROM " + table);
        (void)st.forEachRow([&] {
            Row row;
            for (std::size_t i = 0; i < names.size(); ++i)
                if (!kDerived.contains(names[i]) || names[i] == "updated_hlc")
                    row[names[i]] =
                        cell(st, static_cast<int>(i + 1), names[i] == "person_id" || names[i] == "merged_into");
            rows[{table, st.blob(0)}] = std::move(row);
        });
    }
    return rows;
}

// Compares the replay with the tables; returns the first difference, or "" when equal.
std::string compareReplay(Database& db, int* rowsCompared)
{
    const auto rebuilt = replay(db);
    const auto live = liveRows(db);
    *rowsCompared = static_cast<int>(live.size());
    for (const auto& [key, row] : live) {
        const auto it = rebuilt.find(key);
        if (it == rebuilt.end())
            return key.first + ": a row has no change set";
        for (const auto& [column, value] : row) {
            const auto got = it->second.find(column);
            const Value replayed = got == it->second.end() ? Value{} : got->second;
            if (replayed != value)
                return key.first + "." + column + ": table has '" + value.value_or("NULL") + "', log gives '" +
                       replayed.value_or("NULL") + "'";
        }
    }
    if (rebuilt.size() != live.size())
        return "the log describes rows that are not in the tables";
    return {};
}

using OldValue = std::tuple<std::string, std::string, std::vector<std::uint8_t>, std::string, Value,
                            std::vector<std::uint8_t>>; // hlc, table, row, column, value, author

} // namespace

class TestChangeLog : public QObject
{
    Q_OBJECT

private slots:
    // The change digest is signed, so the bytes it takes never change: records fed through
    // the gathering feed (ChangeDigest::add) give the same digest as the fields fed one by
    // one, for fields shorter than its buffer, filling it, and longer than it.
    void digestFeedsEveryFieldAsSpecified()
    {
        const std::size_t sizes[] = {0, 1, 7, 16, 200, 232, 240, 255, 256, 257, 300, 5000};
        ChangeDigest gathered;
        crypto_generichash_state direct;
        crypto_generichash_init(&direct, nullptr, 0, crypto_generichash_BYTES);
        const std::string_view domain = "waymark-changes-v1";
        crypto_generichash_update(&direct, reinterpret_cast<const unsigned char*>(domain.data()), domain.size());
        std::int64_t seq = 1;
        for (std::size_t hlcSize : {std::size_t{0}, std::size_t{24}, std::size_t{300}})
            for (std::size_t columnsSize : sizes) {
                const std::string hlc(hlcSize, 'h');
                std::vector<std::uint8_t> author(32, 0xA5), rowId(16, 0x3C), columns(columnsSize);
                for (std::size_t i = 0; i < columns.size(); ++i)
                    columns[i] = static_cast<std::uint8_t>(i * 7 + columnsSize);
                const auto hlcBytes = std::span(reinterpret_cast<const std::uint8_t*>(hlc.data()), hlc.size());
                gathered.add(seq, seq / 3 - 5, hlc, author, -static_cast<std::int64_t>(columnsSize), rowId, columns);
                hashfeed::number(direct, seq);
                hashfeed::number(direct, seq / 3 - 5);
                hashfeed::bytes(direct, hlcBytes);
                hashfeed::bytes(direct, author);
                hashfeed::number(direct, -static_cast<std::int64_t>(columnsSize));
                hashfeed::bytes(direct, rowId);
                hashfeed::bytes(direct, columns);
                ++seq;
            }
        std::array<std::uint8_t, crypto_generichash_BYTES> expected{};
        crypto_generichash_final(&direct, expected.data(), expected.size());
        const ChangeDigestValue got = gathered.finish();
        QCOMPARE(gathered.count(), seq - 1);
        QVERIFY(std::equal(got.begin(), got.end(), expected.begin(), expected.end()));
    }

    void replayRebuildsEveryRecord()
    {
        test::TempDir dir;
        auto cb = test::makeCasebook(dir.file("replay.waymark"));
        QVERIFY(cb);
        std::vector<Uuid> ids;
        for (int i = 0; i < 12; ++i) {
            Person p = test::samplePerson(i);
            if (i % 3 == 0)
                p.aliases = {"Alias" + std::to_string(i)};
            if (i % 2 == 0)
                p.contacts = {Contact{{}, "Carer Testwell", "mother", i % 4 ? "" : "07700 900123", i % 4 == 0}};
            p.flags.lookedAfter = i % 5 == 0;
            auto created = cb->people().create(p);
            QVERIFY2(created, created ? "" : describe(created.error()).c_str());
            ids.push_back(created->person.id);
        }
        // Edits: set, change and clear fields, flags both ways, aliases and contacts removed.
        for (int i = 0; i < 12; i += 2) {
            auto p = cb->people().view(ids[static_cast<std::size_t>(i)]);
            QVERIFY(p);
            p->phone = i % 4 ? "01632 960001" : "";
            p->school = "Fictional Academy " + std::to_string(i);
            p->preferredName = i % 3 ? "Pip" : "";
            p->flags.lookedAfter = !p->flags.lookedAfter;
            p->flags.restricted = i == 4;
            p->aliases = i % 3 == 0 ? std::vector<std::string>{} : std::vector<std::string>{"Later"};
            if (!p->contacts.empty()) {
                if (i % 4 == 0)
                    p->contacts.clear();
                else
                    p->contacts.front().phone = "07700 900456";
            }
            auto saved = cb->people().update(*p);
            QVERIFY2(saved, saved ? "" : describe(saved.error()).c_str());
            // An edit keeps the restricted flag; restricting is its own audited act.
            if (i == 4)
                QVERIFY(cb->people().setRestricted(p->id, true, "change log test"));
        }
        // A merge: the other's aliases and contacts move, the survivor gains aliases, the other
        // becomes a tombstone naming the survivor (schema 6).
        auto merged = cb->people().merge(ids[1], ids[0]);
        QVERIFY2(merged, merged ? "" : describe(merged.error()).c_str());
        int rows = 0;
        const std::string difference = compareReplay(cb->database(), &rows);
        QVERIFY2(difference.empty(), difference.c_str());
        QVERIFY(rows >= 12 + 1 + 4 + 6);
        qInfo("change log replay equals the tables for %d rows (people, aliases, contacts, users), after edits and a "
              "merge",
              rows);
    }

    void insertLogsNoDefaults()
    {
        test::TempDir dir;
        auto cb = test::makeCasebook(dir.file("defaults.waymark"));
        QVERIFY(cb);
        Person p = test::samplePerson(1);
        p.flags = {};
        p.flags.careLeaver = true;
        QVERIFY(cb->people().create(p));
        // Of the nine flags and two yes/no fields only the one set is logged; no NULLs either.
        int careLeaver = 0;
        for (const auto& v : test::loggedValues(cb->database())) {
            if (v.table != "people")
                continue;
            QVERIFY2(v.value && *v.value != "0", v.column.c_str());
            careLeaver += v.column == "care_leaver";
        }
        QCOMPARE(careLeaver, 1);
    }

    void schema2CasebookMigratesKeepingEveryValue()
    {
        test::TempDir dir;
        const auto path = dir.file("old.waymark");
        const std::filesystem::path fixtures(WAYMARK_FIXTURE_DIR);
        std::filesystem::copy_file(fixtures / "schema2.waymark", path);
        std::filesystem::copy_file(fixtures / "schema2.waymark.keys", Casebook::keyFilePath(path));

        // The old log, read with the raw key before anything migrates it.
        std::vector<OldValue> old;
        std::vector<std::tuple<std::string, std::string, std::vector<std::uint8_t>>> oldOrder;
        {
            auto keyring = Keyring::load(Casebook::keyFilePath(path));
            QVERIFY(keyring);
            auto key = keyring->unlock(kFixtureUser, kFixturePassword);
            QVERIFY(key);
            auto db = Database::open(path, **key, false);
            QVERIFY(db);
            QCOMPARE(schemaVersion(**db), 2);
            Statement st(**db,
                         "SELECT hlc, table_name, row_id, column_name, value, author FROM change_log ORDER BY seq");
            QVERIFY(st.forEachRow([&] {
                old.emplace_back(st.text(0), st.text(1), st.blob(2), st.text(3),
                                 st.isNull(4) ? Value{} : Value{st.text(4)}, st.blob(5));
                const auto record = std::make_tuple(st.text(0), st.text(1), st.blob(2));
                if (oldOrder.empty() || oldOrder.back() != record)
                    oldOrder.push_back(record);
            }));
        }
        QVERIFY(old.size() > 60);

        auto cb = Casebook::open(path, kFixtureUser, kFixturePassword);
        QVERIFY2(cb, cb ? "" : describe(cb.error()).c_str());
        QCOMPARE((*cb)->info().schemaVersion, kSchemaVersion);
        Database& db = (*cb)->database();
        QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM sqlite_schema WHERE name = 'change_log'"), std::int64_t(0));

        std::vector<OldValue> migrated;
        std::vector<std::tuple<std::string, std::string, std::vector<std::uint8_t>>> newOrder;
        for (const auto& v : test::loggedValues(db)) {
            migrated.emplace_back(v.hlc, v.table, v.rowId, v.column, v.value, v.author);
            const auto record = std::make_tuple(v.hlc, v.table, v.rowId);
            if (newOrder.empty() || newOrder.back() != record)
                newOrder.push_back(record);
        }
        // Every value, with its clock, author, table, record and column, and the records in
        // the order they were changed.
        QCOMPARE(migrated.size(), old.size());
        auto sortedOld = old;
        auto sortedNew = migrated;
        std::sort(sortedOld.begin(), sortedOld.end());
        std::sort(sortedNew.begin(), sortedNew.end());
        QVERIFY(sortedOld == sortedNew);
        QVERIFY(oldOrder == newOrder);

        int rows = 0;
        const std::string difference = compareReplay(db, &rows);
        QVERIFY2(difference.empty(), difference.c_str());

        auto report = (*cb)->verify();
        QVERIFY(report);
        QVERIFY2(report->ok(), report->integrityDetail.c_str());
        // verify's own replay of the log agrees (core/store/ChangeReplay.h).
        QVERIFY2(report->changesOk, report->changesDetail.c_str());
        // The display order now follows the name shown first (Lily, not Amelia).
        auto lily = (*cb)->people().search("lily");
        QVERIFY(lily && lily->size() == 1);
        QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM people WHERE given_key = 'lily'"), std::int64_t(1));
        // And it keeps working: a new record and an edit on the migrated casebook.
        QVERIFY((*cb)->people().create(test::samplePerson(7)));
        qInfo("schema 2 casebook: %zu change-log values in %zu records migrated, all kept in order; replay equals "
              "the tables for %d rows; verify ok",
              old.size(), oldOrder.size(), rows);
    }
};

QTEST_GUILESS_MAIN(TestChangeLog)
#include "TestChangeLog.moc"
