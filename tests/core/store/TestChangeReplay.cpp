// verify replays the change log against the synced tables (core/store/ChangeReplay.h,
// docs/threat-model.md, "Edits outside the change log"). A casebook made by the demo
// generator, then taken through a merge, an import, a closure reopened and a note written and
// edited, verifies with changes ok (no false alarm). Then the attack of issue 11 (c): an
// insider with the raw database key edits a record, adds one and deletes one with no change
// record; verify names the table, record and column, and never the values.

#include "core/Casebook.h"
#include "core/demo/DemoGenerator.h"
#include "core/security/Keyring.h"
#include "core/security/SecureBytes.h"
#include "core/store/ChangeReplay.h"
#include "core/store/Database.h"
#include "tests/cli/DemoTestSupport.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QTest>

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

using namespace waymark;

namespace {

std::unique_ptr<SecureBytes> rawKey(const std::filesystem::path& casebook)
{
    auto keyring = Keyring::load(Casebook::keyFilePath(casebook));
    if (!keyring)
        return {};
    auto key = keyring->unlock(demo::kDemoUser, demo::kDemoPassword);
    return key ? std::move(*key) : nullptr;
}

// What an insider runs in a sqlite shell with the raw key: no Waymark code, no change record.
bool rawExec(const std::filesystem::path& casebook, const std::string& sql)
{
    const auto key = rawKey(casebook);
    if (!key)
        return false;
    auto db = Database::open(casebook, *key, false);
    if (!db)
        return false;
    auto st = (*db)->exec(sql);
    if (!st)
        qWarning("raw sql failed: %s", describe(st.error()).c_str());
    return st.has_value();
}

std::string rawText(const std::filesystem::path& casebook, const std::string& sql)
{
    const auto key = rawKey(casebook);
    if (!key)
        return {};
    auto db = Database::open(casebook, *key, false);
    if (!db)
        return {};
    Statement st(**db, sql);
    return st.step().value_or(false) ? st.text(0) : std::string();
}

std::string hexOf(const Uuid& id)
{
    std::string hex;
    static const char digits[] = "0123456789abcdef";
    for (auto b : id.bytes()) {
        hex += digits[b >> 4];
        hex += digits[b & 15];
    }
    return hex;
}

Uuid firstId(Casebook& casebook, const std::string& sql)
{
    Statement st(casebook.database(), sql);
    if (!st.step().value_or(false))
        return {};
    return st.uuid(0);
}

} // namespace

class TestChangeReplay : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::filesystem::path m_path;

    std::unique_ptr<Casebook> open()
    {
        auto cb = Casebook::open(m_path, demo::kDemoUser, demo::kDemoPassword, test::pinnedClock());
        if (!cb) {
            qWarning("open: %s", describe(cb.error()).c_str());
            return {};
        }
        return std::move(*cb);
    }

    // verify as the door runs it; a report whose changes are FAILED when it cannot be run, so
    // no test passes on a casebook that did not open.
    VerifyReport verified()
    {
        VerifyReport failed;
        failed.changesOk = false;
        failed.changesDetail = "verify did not run";
        auto cb = open();
        if (!cb)
            return failed;
        auto report = cb->verify();
        if (!report) {
            qWarning("verify: %s", describe(report.error()).c_str());
            return failed;
        }
        return *report;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_path = m_dir->file("replay.waymark");
        auto summary = demo::generateDemoCasebook(m_path, test::fastOptions(11), {}, test::pinnedClock());
        QVERIFY2(summary, summary ? "" : describe(summary.error()).c_str());
    }
    void cleanupTestCase() { m_dir.reset(); }

    void demoCasebookVerifiesClean()
    {
        auto cb = open();
        QVERIFY(cb);
        QElapsedTimer timer;
        timer.start();
        auto replayed = replayChangeLog(cb->database());
        const auto ms = timer.elapsed();
        QVERIFY2(replayed, replayed ? "" : describe(replayed.error()).c_str());
        QVERIFY2(replayed->ok, replayed->detail.c_str());
        QVERIFY(replayed->tables >= 20);
        QVERIFY(replayed->records > 10000);
        auto report = cb->verify();
        QVERIFY(report);
        QVERIFY2(report->changesOk, report->changesDetail.c_str());
        QVERIFY2(report->ok(), report->integrityDetail.c_str());
        qInfo("small demo casebook: %s; replay %lld ms", replayed->detail.c_str(), static_cast<long long>(ms));
    }

    // Every way of writing that does not go through columns::insert/update alone.
    void mergeImportReopenAndNoteEditVerifyClean()
    {
        auto cb = open();
        QVERIFY(cb);
        // A merge: rows move to the survivor, the other becomes a tombstone.
        const Uuid survivor = firstId(*cb, "SELECT id FROM people WHERE deleted = 0 ORDER BY rowid LIMIT 1");
        const Uuid other = firstId(*cb, "SELECT id FROM people WHERE deleted = 0 ORDER BY rowid LIMIT 1 OFFSET 1");
        QVERIFY(!survivor.isNull() && !other.isNull());
        auto merged = cb->people().merge(survivor, other);
        QVERIFY2(merged, merged ? "" : describe(merged.error()).c_str());
        // An import: new people and referrals.
        const Person p = test::samplePerson(3);
        const std::string csv = "police_reference,received,given_name,family_name,date_of_birth,sex,postcode,event_"
                                "date,route,offence_category\nTP/7001/26,02/11/2026," +
                                p.givenName + "," + p.familyName + "," + p.dateOfBirth.toDisplay() + "," + p.sex +
                                ",CF10 1AA,30/10/2026,community_resolution,theft\n";
        auto imported = cb->imports().run(csv, {});
        QVERIFY2(imported, imported ? "" : describe(imported.error()).c_str());
        QVERIFY(imported->written);
        // A closed referral reopened.
        const Uuid closed = firstId(*cb, "SELECT id FROM referrals WHERE state = 'closed' AND deleted = 0 LIMIT 1");
        QVERIFY(!closed.isNull());
        auto reopened = cb->outcomes().reopen(closed, "Referred again by the school.");
        QVERIFY2(reopened, reopened ? "" : describe(reopened.error()).c_str());
        // A note written and edited.
        NoteInput in;
        in.personId = survivor;
        in.text = "Spoke with the school about attendance.";
        auto note = cb->notes().add(in);
        QVERIFY2(note, note ? "" : describe(note.error()).c_str());
        Note edited = *note;
        edited.text = "Spoke with the school about attendance and transport.";
        auto saved = cb->notes().edit(edited);
        QVERIFY2(saved, saved ? "" : describe(saved.error()).c_str());
        cb.reset();

        const VerifyReport report = verified();
        QVERIFY2(report.changesOk, report.changesDetail.c_str());
        QVERIFY2(report.ok(), report.changesDetail.c_str());
        qInfo("after a merge, an import, a reopening and a note edit: changes: %s", report.changesDetail.c_str());
    }

    // (c): a family name changed with the raw key and no change record.
    void editOutsideTheLogIsNamed()
    {
        Uuid id;
        {
            auto cb = open();
            QVERIFY(cb);
            id = firstId(
                *cb,
                "SELECT id FROM people WHERE deleted = 0 AND family_name NOT LIKE '%''%' ORDER BY id LIMIT 1 OFFSET 5");
            QVERIFY(!id.isNull());
        }
        const std::string where = " WHERE id = x'" + hexOf(id) + "'";
        const std::string original = rawText(m_path, "SELECT family_name FROM people" + where);
        QVERIFY(!original.empty());
        QVERIFY(rawExec(m_path, "UPDATE people SET family_name = 'Tamperedvalue'" + where));

        VerifyReport report = verified();
        qInfo("(c) family name edited with the raw key: changes: %s", report.changesDetail.c_str());
        QVERIFY(!report.changesOk);
        QVERIFY(!report.ok());
        QVERIFY(report.integrityOk);
        QVERIFY(report.changesDetail.find("people") != std::string::npos);
        QVERIFY(report.changesDetail.find(id.toString()) != std::string::npos);
        QVERIFY(report.changesDetail.find("family_name") != std::string::npos);
        QVERIFY(report.changesDetail.find("Tamperedvalue") == std::string::npos);
        QVERIFY(report.changesDetail.find(original) == std::string::npos);

        // Put back as it was: nothing to report.
        QVERIFY(rawExec(m_path, "UPDATE people SET family_name = '" + original + "'" + where));
        report = verified();
        QVERIFY2(report.changesOk, report.changesDetail.c_str());
    }

    // (c2): a whole record added with no change records.
    void recordAddedOutsideTheLogIsNamed()
    {
        const Uuid added = Uuid::v7(std::chrono::system_clock::now());
        QVERIFY(rawExec(m_path, "CREATE TEMP TABLE copy AS SELECT * FROM people WHERE deleted = 0 LIMIT 1; "
                                "UPDATE temp.copy SET id = x'" +
                                    hexOf(added) + "'; INSERT INTO people SELECT * FROM temp.copy;"));
        VerifyReport report = verified();
        qInfo("(c2) person added with the raw key: changes: %s", report.changesDetail.c_str());
        QVERIFY(!report.changesOk);
        QVERIFY(report.changesDetail.find("people record " + added.toString()) != std::string::npos);
        QVERIFY(report.changesDetail.find("no change records") != std::string::npos);

        QVERIFY(rawExec(m_path, "DELETE FROM people WHERE id = x'" + hexOf(added) + "'"));
        report = verified();
        QVERIFY2(report.changesOk, report.changesDetail.c_str());
    }

    // A record deleted outright (not tombstoned) with no change record.
    void recordDeletedOutsideTheLogIsNamed()
    {
        Uuid gone;
        {
            auto cb = open();
            QVERIFY(cb);
            gone = firstId(*cb, "SELECT id FROM referral_events ORDER BY id LIMIT 1 OFFSET 20");
            QVERIFY(!gone.isNull());
        }
        QVERIFY(rawExec(m_path, "DELETE FROM referral_events WHERE id = x'" + hexOf(gone) + "'"));
        const VerifyReport report = verified();
        qInfo("(c3) referral event deleted with the raw key: changes: %s", report.changesDetail.c_str());
        QVERIFY(!report.changesOk);
        QVERIFY(report.changesDetail.find("referral_events record " + gone.toString()) != std::string::npos);
        QVERIFY(report.changesDetail.find("not in the table") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestChangeReplay)
#include "TestChangeReplay.moc"
