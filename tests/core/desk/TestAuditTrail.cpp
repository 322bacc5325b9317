// casebook.audit() and users().setRole() through the Casebook door, on real SQLCipher
// casebooks in temp folders: the audit filters (dates, user, record, operation and operation
// families, paging, order), the export (CSV by RFC 4180, JSON, the rows it holds, the
// "audit.exported" disclosure row, a refused role, a file that cannot be written), row lookup,
// and role changes (audited old -> new, the last coordinator, unknown users, a caseworker
// refused, the new role taking effect at the door).

#include "core/Casebook.h"
#include "core/io/Csv.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace waymark;

namespace {

constexpr const char* kCaseyPassword = "long river walk at noon";
constexpr const char* kAudreyPassword = "quiet garden path in may";

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Casebook> m_cb;
    Uuid m_person;

    std::int64_t scalar(const std::string& sql) { return test::scalar(*m_cb, sql); }
    std::unique_ptr<Casebook> openAs(const char* user, const char* password)
    {
        auto cb = Casebook::open(m_dir->file("audit.waymark"), user, password, m_clock);
        if (!cb)
            qWarning("%s", describe(cb.error()).c_str());
        return cb ? std::move(*cb) : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_clock = std::make_shared<FixedClock>(test::noonUtc(2026, 3, 1));
        m_cb = test::makeCasebook(m_dir->file("audit.waymark"), test::kUser, test::kPassword, m_clock);
        QVERIFY(m_cb);
        QVERIFY(m_cb->users().add("casey", kCaseyPassword, Role::Caseworker));
        QVERIFY(m_cb->users().add("audrey", kAudreyPassword, Role::Auditor));
        m_clock->set(test::noonUtc(2026, 3, 5));
        auto p = m_cb->people().create(test::samplePerson(1));
        QVERIFY(p);
        m_person = p->person.id;
        m_clock->set(test::noonUtc(2026, 3, 9));
        QVERIFY(m_cb->people().view(m_person));
    }
    void cleanup()
    {
        m_cb.reset();
        m_dir.reset();
    }

    void filtersNarrow()
    {
        AuditFilter all;
        all.limit = 0;
        auto everything = m_cb->audit().list(all);
        QVERIFY(everything);
        QVERIFY(everything->size() >= 5);
        QVERIFY(everything->front().seq > everything->back().seq); // newest first

        AuditFilter days;
        days.limit = 0;
        days.from = test::ymd(2026, 3, 5);
        days.to = test::ymd(2026, 3, 5);
        auto onFifth = m_cb->audit().list(days);
        QVERIFY(onFifth && !onFifth->empty());
        for (const auto& e : *onFifth)
            QCOMPARE(e.event.at.substr(0, 10), std::string("2026-03-05"));

        AuditFilter person;
        person.limit = 0;
        person.recordId = m_person;
        person.oldestFirst = true;
        auto about = m_cb->audit().list(person);
        QVERIFY(about && about->size() >= 2);
        QVERIFY(about->front().seq < about->back().seq);
        for (const auto& e : *about)
            QCOMPARE(e.event.recordId, m_person);

        AuditFilter op;
        op.limit = 0;
        op.operation = "user.added";
        auto added = m_cb->audit().list(op);
        QVERIFY(added);
        QCOMPARE(added->size(), std::size_t{3}); // the first coordinator, casey, audrey

        AuditFilter family;
        family.limit = 0;
        family.operation = "person.";
        auto personRows = m_cb->audit().list(family);
        QVERIFY(personRows && personRows->size() >= 2);
        for (const auto& e : *personRows)
            QVERIFY(e.event.operation.starts_with("person."));
        family.operation = "person_"; // LIKE wildcards are not wildcards
        auto none = m_cb->audit().list(family);
        QVERIFY(none && none->empty());

        AuditFilter user;
        user.limit = 2;
        user.username = "nobody";
        // A user name that names no account is refused: the filter goes into the audit row,
        // and a password typed into the user field must not.
        auto nobody = m_cb->audit().list(user);
        QVERIFY(!nobody);
        QCOMPARE(nobody.error().code, ErrorCode::NotFound);
        AuditFilter odd;
        odd.operation = "person viewed; DROP";
        auto badOperation = m_cb->audit().list(odd);
        QVERIFY(!badOperation);
        QCOMPARE(badOperation.error().field, std::string("operation"));
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE detail LIKE '%nobody%' OR detail LIKE '%DROP%'"),
                 std::int64_t{0});
        user.username = test::kUser;
        auto mine = m_cb->audit().list(user);
        QVERIFY(mine);
        QCOMPARE(mine->size(), std::size_t{2});
        user.beforeSeq = mine->back().seq;
        auto older = m_cb->audit().list(user);
        QVERIFY(older && !older->empty() && older->front().seq < mine->back().seq);

        // Reading is itself audited, with the filter.
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'audit.read' AND detail LIKE "
                        "'%operation=person%'"),
                 std::int64_t{2});
    }

    void oneAuditRowPerSearchNotPerPage()
    {
        const auto reads = [&] { return scalar("SELECT count(*) FROM audit_log WHERE operation = 'audit.read'"); };
        const auto before = reads();
        AuditFilter f;
        f.limit = 2;
        f.username = test::kUser;
        auto page = m_cb->audit().list(f);
        QVERIFY(page && page->size() == 2);
        QCOMPARE(reads(), before + 1);
        // Scrolling on: the next pages of the same search are part of it.
        for (int i = 0; i < 3 && !page->empty(); ++i) {
            f.beforeSeq = page->back().seq;
            page = m_cb->audit().list(f);
            QVERIFY(page);
        }
        QCOMPARE(reads(), before + 1);
        // Another filter is another search, paged or not; so is the same search asked again.
        AuditFilter other = f;
        other.operation = "signin.";
        QVERIFY(m_cb->audit().list(other));
        QCOMPARE(reads(), before + 2);
        f.beforeSeq.reset();
        QVERIFY(m_cb->audit().list(f));
        QCOMPARE(reads(), before + 3);
        // A new sign-in (a new desk) audits its first page even when it pages on.
        auto again = Casebook::open(m_dir->file("audit.waymark"), test::kUser, test::kPassword, m_clock);
        QVERIFY(again);
        f.beforeSeq = std::int64_t{1000000};
        QVERIFY((*again)->audit().list(f));
        QCOMPARE(reads(), before + 4);
    }

    void exportWritesCsvAndAuditsTheDisclosure()
    {
        const auto file = m_dir->file("out.csv");
        AuditFilter f;
        f.from = test::ymd(2026, 3, 1);
        f.to = test::ymd(2026, 3, 9);
        f.limit = 1; // ignored by an export
        auto result = m_cb->audit().exportTo(f, AuditExportFormat::Csv, file, "ICO request 42");
        QVERIFY2(result, result ? "" : describe(result.error()).c_str());
        const std::string body = test::readFile(file).toStdString();
        auto parsed = csv::read(body);
        QVERIFY(parsed);
        QCOMPARE(static_cast<std::int64_t>(parsed->rows.size()), result->rows);
        QCOMPARE(parsed->header,
                 (std::vector<std::string>{"seq", "at", "user", "operation", "record_type", "record_id", "detail"}));
        QVERIFY(body.find("\r\n") != std::string::npos);
        const std::int64_t expected =
            scalar("SELECT count(*) FROM audit_log WHERE substr(at, 1, 10) BETWEEN '2026-03-01' AND '2026-03-09' "
                   "AND operation != 'audit.exported'");
        QCOMPARE(result->rows, expected);
        QCOMPARE(parsed->rows.front().fields.front(), std::string("1")); // oldest first
        // The disclosure row: filters, format, count, recipient.
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'audit.exported' AND detail LIKE "
                        "'disclosure: from=2026-03-01 to=2026-03-09 format=csv rows=" +
                        std::to_string(result->rows) + " recipient=ICO request 42'"),
                 std::int64_t{1});
        // No names of people: the person created above is in the export only as an id.
        QVERIFY(body.find(test::samplePerson(1).familyName) == std::string::npos);
        QVERIFY(body.find(m_person.toString()) != std::string::npos);
    }

    void exportJsonAndOddText()
    {
        // A detail with a comma, a quote and a line break comes back intact from both formats.
        QVERIFY(m_cb->audit(R"(test.odd)", "casebook", {}, "a, \"quoted\"\nline"));
        AuditFilter f;
        f.operation = "test.odd";
        const auto csvFile = m_dir->file("odd.csv");
        QVERIFY(m_cb->audit().exportTo(f, AuditExportFormat::Csv, csvFile));
        auto parsed = csv::read(test::readFile(csvFile).toStdString());
        QVERIFY(parsed && parsed->rows.size() == 1);
        QCOMPARE(parsed->rows.front().fields.back(), std::string("a, \"quoted\"\nline"));
        const auto jsonFile = m_dir->file("odd.json");
        auto r = m_cb->audit().exportTo(f, AuditExportFormat::Json, jsonFile);
        QVERIFY(r && r->rows == 1);
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(test::readFile(jsonFile), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        const auto row = doc.array().first().toObject();
        QCOMPARE(row.value(QStringLiteral("detail")).toString(), QStringLiteral("a, \"quoted\"\nline"));
        QCOMPARE(row.value(QStringLiteral("operation")).toString(), QStringLiteral("test.odd"));
        QVERIFY(row.value(QStringLiteral("record_id")).isNull());
        // An empty selection is an empty array.
        f.operation = "no.such";
        QVERIFY(m_cb->audit().exportTo(f, AuditExportFormat::Json, jsonFile));
        QCOMPARE(test::readFile(jsonFile).trimmed(), QByteArray("[]"));
    }

    void exportRefusedAndFailedLeaveNoDisclosure()
    {
        auto casey = openAs("casey", kCaseyPassword);
        QVERIFY(casey);
        const auto file = m_dir->file("casey.csv");
        auto refused = casey->audit().exportTo(AuditFilter{}, AuditExportFormat::Csv, file);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!std::filesystem::exists(file));
        auto listRefused = casey->audit().list(AuditFilter{});
        QVERIFY(!listRefused);
        QCOMPARE(listRefused.error().code, ErrorCode::PermissionDenied);
        casey.reset();
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'refused' AND detail = 'audit.export'"),
                 std::int64_t{1});

        auto audrey = openAs("audrey", kAudreyPassword);
        QVERIFY(audrey);
        QVERIFY(audrey->audit().exportTo(AuditFilter{}, AuditExportFormat::Json, m_dir->file("audrey.json")));
        // A file that cannot be written: no audit row claims it.
        auto bad = audrey->audit().exportTo(AuditFilter{}, AuditExportFormat::Csv, m_dir->file("missing/dir/x.csv"));
        QVERIFY(!bad);
        auto badRecipient =
            audrey->audit().exportTo(AuditFilter{}, AuditExportFormat::Csv, m_dir->file("r.csv"), "line\nbreak");
        QVERIFY(!badRecipient);
        QCOMPARE(badRecipient.error().code, ErrorCode::Validation);
        audrey.reset();
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'audit.exported'"), std::int64_t{1});
    }

    void rowLookup()
    {
        auto first = m_cb->audit().row(1);
        QVERIFY(first && *first);
        QCOMPARE((*first)->event.operation, std::string("casebook.created"));
        auto missing = m_cb->audit().row(1000000);
        QVERIFY(missing && !*missing);
        auto casey = openAs("casey", kCaseyPassword);
        QVERIFY(casey);
        auto refused = casey->audit().row(1);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    }

    void roleChanges()
    {
        auto changed = m_cb->users().setRole("casey", Role::Coordinator);
        QVERIFY2(changed, changed ? "" : describe(changed.error()).c_str());
        QCOMPARE(changed->previous, Role::Caseworker);
        QCOMPARE(changed->user.role, Role::Coordinator);
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'user.role_changed' AND detail = "
                        "'caseworker -> coordinator'"),
                 std::int64_t{1});
        int roleValues = 0;
        for (const auto& v : test::loggedValues(m_cb->database()))
            if (v.table == "users" && v.column == "role" && v.value == std::optional<std::string>("coordinator"))
                ++roleValues;
        QCOMPARE(roleValues, 2); // the first coordinator's insert, and this change
        // Unchanged: no row.
        auto same = m_cb->users().setRole("casey", Role::Coordinator);
        QVERIFY(same && same->previous == Role::Coordinator);
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE operation = 'user.role_changed'"), std::int64_t{1});
        // The new role takes effect at the door, in casey's own session too.
        auto casey = openAs("casey", kCaseyPassword);
        QVERIFY(casey);
        QVERIFY(casey->users().list());
        // Now two coordinators: one may step down; then the other is the last.
        QVERIFY(casey->users().setRole(test::kUser, Role::Auditor));
        auto last = casey->users().setRole("casey", Role::Caseworker);
        QVERIFY(!last);
        QCOMPARE(last.error().code, ErrorCode::Validation);
        QCOMPARE(last.error().field, std::string("role"));
        // The demoted coordinator's open session is refused from now on.
        auto refused = m_cb->users().setRole("audrey", Role::Caseworker);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        // Unknown and removed users.
        auto unknown = casey->users().setRole("nobody", Role::Auditor);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QVERIFY(casey->users().remove("audrey"));
        auto removed = casey->users().setRole("audrey", Role::Caseworker);
        QVERIFY(!removed);
        QCOMPARE(removed.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "TestAuditTrail.moc"
