#include "core/store/Database.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace waymark;

// casebook.drafts(): unsaved forms kept in the encrypted casebook, per user, form and record.
class TestDrafts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Casebook> m_cb;

    static Draft personDraft(const Uuid& id, const std::string& payload)
    {
        Draft d;
        d.form = "person";
        d.recordId = id;
        d.title = "Testina Draftwell";
        d.payload = payload;
        d.invalidFields = {"postcode"};
        d.needs = id.isNull() ? Action::PersonCreate : Action::PersonUpdate;
        return d;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_cb = test::makeCasebook(m_dir->file("drafts.waymark"));
        QVERIFY(m_cb);
    }

    void cleanup()
    {
        m_cb.reset();
        m_dir.reset();
    }

    void savesLoadsAndDiscards()
    {
        auto created = m_cb->people().create(test::samplePerson(0));
        QVERIFY(created);
        const Uuid id = created->person.id;
        QVERIFY(m_cb->drafts().save(personDraft(id, R"({"postcode":"QQ1 ZZZZ9"})")));
        // Saving again replaces: one draft per user, form and record.
        QVERIFY(m_cb->drafts().save(personDraft(id, R"({"postcode":"QQ2 ZZZZ9"})")));
        QVERIFY(m_cb->drafts().save(personDraft(Uuid(), R"({"given_name":"New"})")));
        QCOMPARE(test::scalar(*m_cb, "SELECT count(*) FROM drafts"), std::int64_t(2));

        auto listed = m_cb->drafts().list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), std::size_t(2));
        for (const auto& d : *listed) {
            QVERIFY(d.payload.empty()); // the list never carries the form
            QCOMPARE(d.invalidFields, std::vector<std::string>{"postcode"});
            QVERIFY(!d.savedAt.empty());
        }

        auto loaded = m_cb->drafts().load("person", id);
        QVERIFY(loaded && *loaded);
        QCOMPARE((*loaded)->payload, std::string(R"({"postcode":"QQ2 ZZZZ9"})"));
        QCOMPARE((*loaded)->title, std::string("Testina Draftwell"));
        QVERIFY((*loaded)->recordId == id);
        QCOMPARE((*loaded)->needs, Action::PersonUpdate);

        QVERIFY(m_cb->drafts().discard("person", id));
        auto gone = m_cb->drafts().load("person", id);
        QVERIFY(gone && !*gone);
        QVERIFY(m_cb->drafts().discard("person", id)); // nothing there: fine, not audited
        QCOMPARE(test::scalar(*m_cb, "SELECT count(*) FROM drafts"), std::int64_t(1));

        // Audited by field name only: the typed value never reaches the audit trail.
        QCOMPARE(test::scalar(*m_cb, "SELECT count(*) FROM audit_log WHERE operation = 'draft.saved' "
                                     "AND detail = 'invalid: postcode'"),
                 std::int64_t(3));
        QCOMPARE(test::scalar(*m_cb, "SELECT count(*) FROM audit_log WHERE operation = 'draft.opened'"),
                 std::int64_t(1));
        QCOMPARE(test::scalar(*m_cb, "SELECT count(*) FROM audit_log WHERE operation = 'draft.discarded'"),
                 std::int64_t(1));
        QCOMPARE(test::scalar(*m_cb, "SELECT count(*) FROM audit_log WHERE detail LIKE '%ZZZZ9%'"), std::int64_t(0));
        // Drafts are not records: nothing for sync.
        QCOMPARE(test::scalar(*m_cb, "SELECT count(*) FROM change_record r JOIN change_column t ON t.id = r.table_id "
                                     "WHERE t.table_name = 'drafts'"),
                 std::int64_t(0));
    }

    void onlyTheAuthorSeesTheirDrafts()
    {
        QVERIFY(m_cb->users().add("casey", "another long passphrase 7", Role::Caseworker));
        QVERIFY(m_cb->drafts().save(personDraft(Uuid(), R"({"given_name":"Mine"})")));
        const auto path = m_cb->path();
        m_cb.reset();
        auto other = Casebook::open(path, "casey", "another long passphrase 7");
        QVERIFY2(other, other ? "" : describe(other.error()).c_str());
        auto listed = (*other)->drafts().list();
        QVERIFY(listed);
        QVERIFY(listed->empty());
        auto loaded = (*other)->drafts().load("person", Uuid());
        QVERIFY(loaded && !*loaded);
        QVERIFY((*other)->drafts().discard("person", Uuid()));
        other->reset();
        auto again = Casebook::open(path, test::kUser, test::kPassword);
        QVERIFY(again);
        auto mine = (*again)->drafts().list();
        QVERIFY(mine);
        QCOMPARE(mine->size(), std::size_t(1)); // still there for its author
    }

    void refusesTypedTextWhereNamesBelong()
    {
        Draft d = personDraft(Uuid(), "{}");
        d.invalidFields = {"QQ1 ZZZZ9"};
        auto st = m_cb->drafts().save(d);
        QVERIFY(!st);
        QCOMPARE(st.error().code, ErrorCode::InvalidInput);
        d = personDraft(Uuid(), "{}");
        d.form = "Person Form";
        QVERIFY(!m_cb->drafts().save(d));
        d = personDraft(Uuid(), std::string(kMaxDraftBytes + 1, 'x'));
        QVERIFY(!m_cb->drafts().save(d));
        QCOMPARE(test::scalar(*m_cb, "SELECT count(*) FROM drafts"), std::int64_t(0));
    }

    void auditorCannotKeepAnEditDraft()
    {
        QVERIFY(m_cb->users().add("audrey", "another long passphrase 8", Role::Auditor));
        const auto path = m_cb->path();
        m_cb.reset();
        auto auditor = Casebook::open(path, "audrey", "another long passphrase 8");
        QVERIFY(auditor);
        auto st = (*auditor)->drafts().save(personDraft(Uuid(), "{}"));
        QVERIFY(!st);
        QCOMPARE(st.error().code, ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestDrafts)
#include "TestDrafts.moc"
