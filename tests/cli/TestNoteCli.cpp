// note add|edit|show|list|history|search through the real waymark-cli binary: text from
// standard input, JSON arrays with snippets, sensitive notes per role, history for
// coordinators only, odd queries, and exit codes.

#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace {

using waymark::test::CliRun;
using waymark::test::runCli;

const QString kCoord = QStringLiteral("coord");
const QString kCoordPassword = QStringLiteral("correct horse battery staple");
const QString kWorker = QStringLiteral("cw");
const QString kWorkerPassword = QStringLiteral("caseworker pass phrase 1");
const QString kAuditor = QStringLiteral("aud");
const QString kAuditorPassword = QStringLiteral("reader of logs pass 22");

constexpr int kOk = 0;
constexpr int kUsage = 2;
constexpr int kValidation = 4;
constexpr int kPermission = 6;
constexpr int kNotFound = 7;

QStringList args(std::initializer_list<const char*> words)
{
    QStringList out;
    for (const char* w : words)
        out << QString::fromUtf8(w);
    return out;
}

} // namespace

class TestNoteCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<waymark::test::TempDir> m_dir;
    QString m_casebook;
    QString m_person;
    QString m_referral;

    CliRun as(const QString& user, const QString& password, const QStringList& a, const QByteArray& input = {})
    {
        return runCli(QStringList{QStringLiteral("--casebook"), m_casebook, QStringLiteral("--user"), user} + a,
                      {{QStringLiteral("WAYMARK_PASSWORD"), password}}, input);
    }
    CliRun coord(const QStringList& a, const QByteArray& input = {}) { return as(kCoord, kCoordPassword, a, input); }
    CliRun worker(const QStringList& a, const QByteArray& input = {}) { return as(kWorker, kWorkerPassword, a, input); }

    bool addUser(const QString& name, const QString& role, const QString& password)
    {
        const CliRun r = runCli(
            {QStringLiteral("--casebook"), m_casebook, QStringLiteral("--user"), kCoord, QStringLiteral("user"),
             QStringLiteral("add"), name, QStringLiteral("--role"), role},
            {{QStringLiteral("WAYMARK_PASSWORD"), kCoordPassword}, {QStringLiteral("WAYMARK_NEW_PASSWORD"), password}});
        return r.exitCode == 0;
    }

    // Adds a note as `user`; returns its JSON.
    QJsonObject addNote(bool asWorker, const QByteArray& text, const QStringList& extra = {})
    {
        const QStringList a = args({"--json", "note", "add", "--referral"}) + QStringList{m_referral} + extra;
        const CliRun r = asWorker ? worker(a, text) : coord(a, text);
        if (r.exitCode != kOk)
            qWarning("note add failed: %s", qPrintable(r.describe()));
        return r.json().object();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<waymark::test::TempDir>();
        m_casebook = QString::fromStdString((m_dir->path() / "notes.waymark").string());
        QCOMPARE(coord(args({"init", "--kdf", "minimum"})).exitCode, kOk);
        QVERIFY(addUser(kWorker, QStringLiteral("caseworker"), kWorkerPassword));
        QVERIFY(addUser(kAuditor, QStringLiteral("auditor"), kAuditorPassword));
        const CliRun person =
            coord(args({"person", "add", "--given", "Tegan", "--family", "Exampleton", "--dob", "2011-03-14"}));
        QCOMPARE(person.exitCode, kOk);
        m_person = QString::fromUtf8(person.out.trimmed());
        const CliRun referral = coord(args({"referral", "add"}) + QStringList{m_person} +
                                      args({"--source", "police", "--route", "community_resolution"}));
        QVERIFY2(referral.exitCode == kOk, qPrintable(referral.describe()));
        m_referral = QString::fromUtf8(referral.out.trimmed());
    }

    void cleanup() { m_dir.reset(); }

    void addShowEditHistory()
    {
        const QJsonObject note = addNote(true, "Met at the youth club.\nTalked about Zoë's café job.\n");
        const QString id = note.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(note.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Met at the youth club.\nTalked about Zoë's café job."));
        QCOMPARE(note.value(QStringLiteral("sensitive")).toBool(), false);
        QVERIFY(note.value(QStringLiteral("edited_at")).isNull());

        // show: text mode prints the text; JSON carries the author.
        const CliRun shown = worker(QStringList{QStringLiteral("note"), QStringLiteral("show"), id});
        QCOMPARE(shown.exitCode, kOk);
        QVERIFY(shown.out.contains("Talked about"));
        const CliRun shownJson =
            worker(QStringList{QStringLiteral("--json"), QStringLiteral("note"), QStringLiteral("show"), id});
        QCOMPARE(shownJson.json().object().value(QStringLiteral("author_id")).toString(),
                 note.value(QStringLiteral("author_id")).toString());

        // edit: new text from stdin; marked edited.
        const CliRun edited =
            worker(QStringList{QStringLiteral("--json"), QStringLiteral("note"), QStringLiteral("edit"), id},
                   "Met at the youth club. Corrected.");
        QVERIFY2(edited.exitCode == kOk, qPrintable(edited.describe()));
        QVERIFY(!edited.json().object().value(QStringLiteral("edited_at")).isNull());

        // history: coordinators see both texts; the caseworker is refused.
        QCOMPARE(worker(QStringList{QStringLiteral("note"), QStringLiteral("history"), id}).exitCode, kPermission);
        const CliRun history =
            coord(QStringList{QStringLiteral("--json"), QStringLiteral("note"), QStringLiteral("history"), id});
        QCOMPARE(history.exitCode, kOk);
        const QJsonArray versions = history.json().array();
        QCOMPARE(versions.size(), 2);
        QVERIFY(versions[0].toObject().value(QStringLiteral("text")).toString().contains(QStringLiteral("café")));
        QCOMPARE(versions[1].toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Met at the youth club. Corrected."));

        // list: a JSON array, newest first.
        addNote(false, "A second note by the coordinator.");
        const CliRun listed = worker(QStringList{QStringLiteral("--json"), QStringLiteral("note"),
                                                 QStringLiteral("list"), QStringLiteral("--referral"), m_referral});
        QCOMPARE(listed.exitCode, kOk);
        QVERIFY(listed.json().isArray());
        QCOMPARE(listed.json().array().size(), 2);
        const CliRun byPerson = worker(QStringList{QStringLiteral("--json"), QStringLiteral("note"),
                                                   QStringLiteral("list"), QStringLiteral("--person"), m_person});
        QCOMPARE(byPerson.json().array().size(), 2);

        // A note's text must be there, valid, and without control characters.
        QCOMPARE(worker(args({"note", "add", "--referral"}) + QStringList{m_referral}, "").exitCode, kValidation);
        QCOMPARE(worker(args({"note", "add", "--referral"}) + QStringList{m_referral}, "bell \x07").exitCode,
                 kValidation);
        // Usage errors come before the password is read.
        QCOMPARE(worker(args({"note", "add"}), "text").exitCode, kUsage);
        QCOMPARE(worker(args({"note", "show", "not-an-id"})).exitCode, kUsage);
        QCOMPARE(worker(args({"note", "show", "01234567-89ab-7def-8123-456789abcdef"})).exitCode, kNotFound);
        // The auditor reads no notes.
        QCOMPARE(
            as(kAuditor, kAuditorPassword, QStringList{QStringLiteral("note"), QStringLiteral("show"), id}).exitCode,
            kPermission);
    }

    void searchSnippetsAndSensitivity()
    {
        addNote(true, "Football at the leisure centre went well; talked about college.");
        addNote(false, "Sensitive disclosure about football coach.", {QStringLiteral("--sensitive")});
        // The caseworker finds only what they may read, with snippets as parts.
        const CliRun found = worker(args({"--json", "note", "search", "FOOTBALL"}));
        QVERIFY2(found.exitCode == kOk, qPrintable(found.describe()));
        const QJsonArray hits = found.json().array();
        QCOMPARE(hits.size(), 1);
        const QJsonObject hit = hits[0].toObject();
        QVERIFY(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("Football at the leisure")));
        bool matched = false;
        for (const auto& part : hit.value(QStringLiteral("snippet_parts")).toArray())
            if (part.toObject().value(QStringLiteral("match")).toBool())
                matched = part.toObject().value(QStringLiteral("text")).toString() == QStringLiteral("Football");
        QVERIFY(matched);
        // Text mode marks the matches.
        const CliRun text = worker(args({"note", "search", "college"}));
        QVERIFY(text.out.contains("[college]"));
        // The coordinator finds both.
        QCOMPARE(coord(args({"--json", "note", "search", "football"})).json().array().size(), 2);
        // The worker's list shows the sensitive note without its text.
        const CliRun listed = worker(QStringList{QStringLiteral("--json"), QStringLiteral("note"),
                                                 QStringLiteral("list"), QStringLiteral("--referral"), m_referral});
        int withheld = 0;
        for (const auto& n : listed.json().array()) {
            const QJsonObject o = n.toObject();
            if (o.value(QStringLiteral("withheld")).toBool()) {
                ++withheld;
                QVERIFY(!o.contains(QStringLiteral("text")));
            }
        }
        QCOMPARE(withheld, 1);
        QVERIFY(!listed.out.contains("disclosure"));
        // Odd queries are searched, never an error; an empty result is an empty array.
        for (const char* q : {"\"", "*", "NEAR(a b)", "-football", "OR", "body:x", "(", "zoë 😀"}) {
            const CliRun r = worker(args({"--json", "note", "search", q}));
            QVERIFY2(r.exitCode == kOk, qPrintable(QString::fromUtf8(q) + r.describe()));
            QVERIFY(r.json().isArray());
        }
        QCOMPARE(worker(args({"note", "search"})).exitCode, kUsage);
        QCOMPARE(as(kAuditor, kAuditorPassword, args({"note", "search", "football"})).exitCode, kPermission);
    }
};

QTEST_GUILESS_MAIN(TestNoteCli)
#include "TestNoteCli.moc"
