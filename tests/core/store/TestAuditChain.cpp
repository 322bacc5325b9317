#include "core/store/AuditLog.h"
#include "core/store/Database.h"
#include "tests/support/TestSupport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace waymark;

// S10: modify / delete / reorder any one of 10,000 rows -> detected by verify.
class TestAuditChain : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Casebook> m_cb;
    std::int64_t m_rows = 0;

    std::int64_t firstBroken()
    {
        auto report = m_cb->verify();
        if (!report)
            return -1;
        return report->firstBrokenAuditRow.value_or(0);
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_cb = test::makeCasebook(m_dir->file("audit.waymark"));
        QVERIFY(m_cb);
        Transaction tx(m_cb->database());
        for (int i = 0; i < 10000; ++i)
            QVERIFY(m_cb->audit("person.viewed", "person", Uuid::v7(m_cb->clock().now()), "consultation"));
        QVERIFY(tx.commit());
        auto report = m_cb->verify();
        QVERIFY(report);
        QVERIFY2(report->ok(), report->auditDetail.c_str());
        m_rows = report->auditRows;
        QVERIFY(m_rows >= 10000);
    }

    void eventsCarryWhoWhenWhat()
    {
        Statement st(m_cb->database(), "SELECT at, username, operation, record_type FROM audit_log WHERE seq = 1");
        QVERIFY(st.step().value_or(false));
        QVERIFY(QString::fromStdString(st.text(0)).endsWith(QLatin1Char('Z')));
        QCOMPARE(st.text(1), std::string(test::kUser));
        QCOMPARE(st.text(2), std::string("casebook.created"));
    }

    void trailListsNewestFirstAndByRecord()
    {
        test::TempDir dir;
        auto cb = test::makeCasebook(dir.file("trail.waymark"));
        QVERIFY(cb);
        auto created = cb->people().create(test::samplePerson(2));
        QVERIFY(created);
        QVERIFY(cb->people().view(created->person.id));
        QVERIFY(cb->people().view(created->person.id));
        AuditQuery byPerson;
        byPerson.recordId = created->person.id;
        auto trail = cb->auditTrail(byPerson);
        QVERIFY(trail);
        QCOMPARE(trail->size(), std::size_t(3));
        QCOMPARE(trail->front().event.operation, std::string("person.viewed"));
        QCOMPARE(trail->back().event.operation, std::string("person.created"));
        QVERIFY(trail->front().seq > trail->back().seq);
        QCOMPARE(trail->front().event.username, std::string(test::kUser));
        AuditQuery page;
        page.limit = 2;
        auto first = cb->auditTrail(page);
        QVERIFY(first && first->size() == 2);
        QCOMPARE(first->front().event.operation, std::string("audit.read")); // the read above, audited
        page.beforeSeq = first->back().seq;
        auto next = cb->auditTrail(page);
        QVERIFY(next && !next->empty() && next->front().seq < first->back().seq);
        QVERIFY(cb->users().add("casey", "long river walk at noon", Role::Caseworker));
        cb.reset();
        auto worker = Casebook::open(dir.file("trail.waymark"), "casey", "long river walk at noon");
        QVERIFY(worker);
        auto refused = (*worker)->auditTrail(AuditQuery{});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        qInfo("audit trail: newest first, by record, paged; reading it is audited; caseworkers refused");
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("modify a field") << "modify";
        QTest::newRow("delete a row") << "delete";
        QTest::newRow("swap two rows") << "reorder";
        QTest::newRow("delete the newest row") << "delete-last";
    }

    void tamperingIsDetected()
    {
        QFETCH(QString, kind);
        auto* rng = QRandomGenerator::global();
        const int trials = kind == QLatin1String("delete-last") ? 1 : 60;
        int detected = 0;
        for (int t = 0; t < trials; ++t) {
            const std::int64_t seq = 1 + static_cast<std::int64_t>(rng->bounded(static_cast<quint64>(m_rows - 1)));
            QVERIFY(m_cb->database().exec("SAVEPOINT tamper"));
            if (kind == QLatin1String("modify")) {
                Statement st(m_cb->database(), "UPDATE audit_log SET detail = 'nothing to see' WHERE seq = ?");
                st.bind(1, seq);
                QVERIFY(st.run());
            } else if (kind == QLatin1String("delete")) {
                Statement st(m_cb->database(), "DELETE FROM audit_log WHERE seq = ?");
                st.bind(1, seq);
                QVERIFY(st.run());
            } else if (kind == QLatin1String("reorder")) {
                Statement st(m_cb->database(),
                             "UPDATE audit_log SET seq = CASE seq WHEN ?1 THEN -1 ELSE seq END WHERE seq = ?1");
                st.bind(1, seq);
                QVERIFY(st.run());
                Statement b(m_cb->database(), "UPDATE audit_log SET seq = ?1 WHERE seq = ?2");
                b.bind(1, seq).bind(2, seq + 1);
                QVERIFY(b.run());
                Statement c(m_cb->database(), "UPDATE audit_log SET seq = ?1 WHERE seq = -1");
                c.bind(1, seq + 1);
                QVERIFY(c.run());
            } else {
                QVERIFY(m_cb->database().exec("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"));
            }
            const auto broken = firstBroken();
            if (broken > 0)
                ++detected;
            QVERIFY(m_cb->database().exec("ROLLBACK TO tamper"));
            QVERIFY(m_cb->database().exec("RELEASE tamper"));
        }
        QCOMPARE(detected, trials);
        qInfo("%s: %d of %d tamperings in %lld rows detected (100%%)", qPrintable(kind), detected, trials,
              static_cast<long long>(m_rows));
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "TestAuditChain.moc"
