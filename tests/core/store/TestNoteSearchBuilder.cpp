// NoteSearchBuilder: a new casebook's full-text index of notes made on a second thread in an
// encrypted side file and copied in at the end. The copied index answers like one written row
// by row (out-of-order notes, hints, a changed text), passes FTS5's own check, and the side
// file never outlives the builder, whether the copy ran, was cancelled or never started.

#include "tests/support/TestSupport.h"

#include "core/Casebook.h"
#include "core/store/Database.h"
#include "core/store/NoteSearchBuilder.h"
#include "core/store/NoteStore.h"

#include <QTest>

#include <algorithm>
#include <string>
#include <vector>

using namespace waymark;

namespace {

std::string searchSql(Database& db)
{
    auto sql = NoteStore::searchTableDefinition(db);
    return sql ? *sql : std::string();
}

// The rowids of the index's matches for `query`, in the index's (rowid) order.
std::vector<std::int64_t> matches(Database& db, const std::string& query)
{
    std::vector<std::int64_t> out;
    Statement st(db, "SELECT rowid FROM note_search WHERE note_search MATCH ? ORDER BY rowid");
    st.bind(1, query);
    (void)st.forEachRow([&] { out.push_back(st.integer(0)); });
    return out;
}

// A note's words: every note says "session", rowids divisible by 7 say "kayaking", by 5
// "origami"; the rest is filler so the index spans many pages.
std::string noteText(std::int64_t rowid)
{
    std::string text = "Weekly session " + std::to_string(rowid) + " went well";
    if (rowid % 7 == 0)
        text += " and we talked about kayaking";
    if (rowid % 5 == 0)
        text += " then origami";
    for (int i = 0; i < 20; ++i)
        text += " filler" + std::to_string((rowid * 31 + i) % 997);
    return text;
}

} // namespace

class TestNoteSearchBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copiedIndexAnswersLikeOneWrittenRowByRow()
    {
        test::TempDir dir;
        auto casebook = test::makeCasebook(dir.file("book.wmk"));
        QVERIFY(casebook);
        Database& db = casebook->database();
        const std::string sql = searchSql(db);
        QVERIFY(!sql.empty());
        const auto side = dir.file("book.wmk.search");
        auto started = NoteSearchBuilder::start(side, sql);
        QVERIFY2(started, started ? "" : started.error().detail.c_str());
        auto builder = std::move(*started);
        QVERIFY(std::filesystem::exists(side));

        // Batches that overlap in rowid order, as the demo's cases do (batch b holds its own
        // range's notes and every third of the next range's), each in order with the writer's
        // hint before it; the last range's odd notes come at the end, backwards (against the
        // hint); one note's text is changed after it was given.
        constexpr std::int64_t kNotes = 6000;
        constexpr std::int64_t kRange = 500;
        std::vector<std::vector<std::int64_t>> batches(kNotes / kRange);
        std::vector<std::int64_t> stragglers;
        for (std::int64_t r = 1; r <= kNotes; ++r) {
            const std::int64_t range = (r - 1) / kRange;
            if (range == kNotes / kRange - 1 && r % 2 == 1)
                stragglers.push_back(r * 1024);
            else
                batches[static_cast<std::size_t>(r % 3 == 0 && range > 0 ? range - 1 : range)].push_back(r * 1024);
        }
        for (auto& batch : batches) {
            std::sort(batch.begin(), batch.end());
            builder->nothingBefore(batch.front());
            for (auto r : batch)
                builder->added(r, noteText(r / 1024));
        }
        std::reverse(stragglers.begin(), stragglers.end());
        for (auto r : stragglers)
            builder->added(r, noteText(r / 1024));
        // 7 * 1024 said kayaking; now it says beekeeping instead.
        builder->changed(7 * 1024, noteText(7), "A session about beekeeping");

        int lastPercent = -1;
        bool rising = true;
        {
            Transaction whole(db);
            QVERIFY(whole.begun());
            auto copied = builder->copyInto(db, [&](int percent) {
                rising = rising && percent >= lastPercent && percent <= 100;
                lastPercent = percent;
                return true;
            });
            QVERIFY2(copied, copied ? "" : copied.error().detail.c_str());
            QVERIFY(whole.commit());
        }
        QVERIFY(rising);
        QCOMPARE(builder->indexed(), kNotes);
        builder.reset();
        QVERIFY2(!std::filesystem::exists(side), "the side file outlived its builder");

        QVERIFY(db.exec("INSERT INTO note_search (note_search) VALUES ('integrity-check')"));
        const auto session = matches(db, "session");
        QCOMPARE(static_cast<std::int64_t>(session.size()), kNotes);
        std::vector<std::int64_t> kayaking;
        for (std::int64_t r = 7; r <= kNotes; r += 7)
            if (r != 7)
                kayaking.push_back(r * 1024);
        QCOMPARE(matches(db, "kayaking"), kayaking);
        QCOMPARE(matches(db, "beekeeping"), std::vector<std::int64_t>{7 * 1024});
        QCOMPARE(static_cast<std::int64_t>(matches(db, "origami").size()), kNotes / 5);
        // The prefix indexes came across too.
        QCOMPARE(static_cast<std::int64_t>(matches(db, "orig*").size()), kNotes / 5);
        // The casebook keeps FTS5's default settings (the builder's buffer size stayed behind).
        QCOMPARE(test::scalar(*casebook, "SELECT count(*) FROM note_search_config WHERE k <> 'version'"),
                 std::int64_t(0));
    }

    void cancelledOrAbandonedLeavesNoSideFile()
    {
        test::TempDir dir;
        auto casebook = test::makeCasebook(dir.file("book.wmk"));
        QVERIFY(casebook);
        Database& db = casebook->database();
        const std::string sql = searchSql(db);
        const auto side = dir.file("book.wmk.search");
        {
            auto started = NoteSearchBuilder::start(side, sql);
            QVERIFY(started);
            for (std::int64_t r = 1; r <= 3000; ++r)
                (*started)->added(r, noteText(r));
            Transaction whole(db);
            QVERIFY(whole.begun());
            auto copied = (*started)->copyInto(db, [](int) { return false; });
            QVERIFY(!copied);
            QCOMPARE(copied.error().code, ErrorCode::Cancelled);
            // Rolled back with the transaction: the casebook's index is as it was.
        }
        QVERIFY(!std::filesystem::exists(side));
        QCOMPARE(test::scalar(*casebook, "SELECT count(*) FROM note_search_docsize"), std::int64_t(0));
        QVERIFY(db.exec("INSERT INTO note_search (note_search) VALUES ('integrity-check')"));
        {
            // Never copied: going away stops its thread and removes the file.
            auto started = NoteSearchBuilder::start(side, sql);
            QVERIFY(started);
            for (std::int64_t r = 1; r <= 3000; ++r)
                (*started)->added(r, noteText(r));
        }
        QVERIFY(!std::filesystem::exists(side));
    }

    void refusesAnExistingFile()
    {
        test::TempDir dir;
        auto casebook = test::makeCasebook(dir.file("book.wmk"));
        QVERIFY(casebook);
        const auto side = dir.file("book.wmk.search");
        test::writeFile(side, QByteArray("not ours"));
        auto started = NoteSearchBuilder::start(side, searchSql(casebook->database()));
        QVERIFY(!started);
        QCOMPARE(started.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(test::readFile(side), QByteArray("not ours"));
    }
};

QTEST_GUILESS_MAIN(TestNoteSearchBuilder)
#include "TestNoteSearchBuilder.moc"
