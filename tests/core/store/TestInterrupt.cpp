// Database::interrupt(): another thread stops the statement a connection is running, at once,
// with Cancelled (rule "interrupted"); later steps fail the same way until clearInterrupt(); a
// write interrupted inside a transaction leaves nothing behind.

#include "tests/support/TestSupport.h"

#include "core/Casebook.h"
#include "core/store/Database.h"

#include <QTest>

#include <chrono>
#include <thread>

using namespace waymark;

namespace {

// A query that runs for minutes unless stopped: counts to five billion.
constexpr const char* kEndless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5000000000) "
                                 "SELECT count(*) FROM c";

using Steady = std::chrono::steady_clock;

double msSince(Steady::time_point t)
{
    return std::chrono::duration<double, std::milli>(Steady::now() - t).count();
}

} // namespace

class TestInterrupt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_casebook = test::makeCasebook(m_dir.file("book.wmk"));
        QVERIFY(m_casebook);
    }

    void interruptStopsARunningStatementAtOnce()
    {
        Database& db = m_casebook->database();
        Statement st(db, kEndless);
        QVERIFY(st.ok());
        std::thread other([&db] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            db.interrupt();
        });
        const auto started = Steady::now();
        auto row = st.step();
        const auto ran = msSince(started);
        other.join();
        QVERIFY(!row);
        QCOMPARE(row.error().code, ErrorCode::Cancelled);
        QCOMPARE(row.error().rule, std::string("interrupted"));
        qInfo("stopped after %.0f ms (interrupt sent at 200 ms)", ran);
        QVERIFY2(ran < 200 + 300, qPrintable(QString::number(ran)));
        QVERIFY(db.interrupted());
        db.clearInterrupt();
    }

    void interruptBetweenStatementsStopsTheNextOneUntilCleared()
    {
        Database& db = m_casebook->database();
        db.interrupt(); // nothing running: sqlite3_interrupt alone would be forgotten
        {
            Statement st(db, "SELECT count(*) FROM users");
            auto row = st.step();
            QVERIFY(!row);
            QCOMPARE(row.error().code, ErrorCode::Cancelled);
        }
        {
            Statement st(db, "SELECT 1");
            QVERIFY(!st.step());
        }
        db.clearInterrupt();
        QVERIFY(!db.interrupted());
        Statement st(db, "SELECT count(*) FROM users");
        auto row = st.step();
        QVERIFY(row && *row);
        QCOMPARE(st.integer(0), 1);
    }

    void anInterruptedWriteLeavesNothing()
    {
        Database& db = m_casebook->database();
        QVERIFY(db.exec("CREATE TEMP TABLE scratch (x INTEGER)"));
        QVERIFY(db.exec("BEGIN IMMEDIATE"));
        std::thread other([&db] {
            std::this_thread::sleep_for(std::chrono::milliseconds(150));
            db.interrupt();
        });
        Statement st(db, "INSERT INTO scratch WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < "
                         "5000000000) SELECT x FROM c");
        auto done = st.run();
        other.join();
        QVERIFY(!done);
        QCOMPARE(done.error().code, ErrorCode::Cancelled);
        (void)db.exec("ROLLBACK"); // SQLite has rolled the transaction back already
        db.clearInterrupt();
        Statement count(db, "SELECT count(*) FROM scratch");
        auto row = count.step();
        QVERIFY(row && *row);
        QCOMPARE(count.integer(0), 0);
        // The connection carries on as before.
        QVERIFY(db.exec("INSERT INTO scratch VALUES (1)"));
    }

private:
    test::TempDir m_dir;
    std::unique_ptr<Casebook> m_casebook;
};

QTEST_GUILESS_MAIN(TestInterrupt)
#include "TestInterrupt.moc"
