// Referral commands through the real waymark-cli binary: codes, referral add/show/list/
// screen/decide/allocate/take/contact/eligibility, work and settings; their happy paths, their
// clear errors and exit codes, and the shape of their JSON. Casebooks are made with
// `init --kdf minimum` in temporary folders; the people are generated or obviously fictional.

#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QDate>
#include <QFile>
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

// Exit codes (app/cli/Cli.h).
constexpr int kOk = 0;
constexpr int kUsage = 2;
constexpr int kValidation = 4;
constexpr int kPermission = 6;
constexpr int kNotFound = 7;

QString isoDaysAgo(int days)
{
    return QDate::currentDate().addDays(-days).toString(Qt::ISODate);
}

QStringList keysOf(const QJsonObject& o)
{
    return o.keys();
}

} // namespace

class TestReferralCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<waymark::test::TempDir> m_dir;
    QString m_casebook;
    QString m_person;

    CliRun as(const QString& user, const QString& password, const QStringList& args, const QByteArray& input = {})
    {
        return runCli(QStringList{QStringLiteral("--casebook"), m_casebook, QStringLiteral("--user"), user} + args,
                      {{QStringLiteral("WAYMARK_PASSWORD"), password}}, input);
    }
    CliRun coord(const QStringList& args, const QByteArray& input = {})
    {
        return as(kCoord, kCoordPassword, args, input);
    }
    CliRun worker(const QStringList& args, const QByteArray& input = {})
    {
        return as(kWorker, kWorkerPassword, args, input);
    }

    bool addUser(const QString& name, const QString& role, const QString& password)
    {
        const CliRun r = runCli(
            {QStringLiteral("--casebook"), m_casebook, QStringLiteral("--user"), kCoord, QStringLiteral("user"),
             QStringLiteral("add"), name, QStringLiteral("--role"), role},
            {{QStringLiteral("WAYMARK_PASSWORD"), kCoordPassword}, {QStringLiteral("WAYMARK_NEW_PASSWORD"), password}});
        if (r.exitCode != 0)
            qWarning("user add failed: %s", qPrintable(r.describe()));
        return r.exitCode == 0;
    }

    // A new referral for m_person; returns its reference (empty on failure).
    QString addReferral(const QStringList& extra = {}, const QByteArray& input = {})
    {
        QStringList args{QStringLiteral("referral"),
                         QStringLiteral("add"),
                         m_person,
                         QStringLiteral("--source"),
                         QStringLiteral("police"),
                         QStringLiteral("--route"),
                         QStringLiteral("community_resolution")};
        const CliRun r = coord(args + extra, input);
        if (r.exitCode != 0)
            qWarning("referral add failed: %s", qPrintable(r.describe()));
        return r.exitCode == 0 ? QString::fromUtf8(r.out.trimmed()) : QString();
    }

    QString pathIn(const QString& name) const
    {
        return QString::fromStdString((m_dir->path() / name.toStdString()).string());
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile f(pathIn(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qWarning("cannot write %s", qPrintable(name));
        return f.fileName();
    }

    QJsonObject showJson(const QString& ref)
    {
        const CliRun r = coord({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("show"), ref});
        if (r.exitCode != 0)
            qWarning("referral show failed: %s", qPrintable(r.describe()));
        return r.json().object();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<waymark::test::TempDir>();
        QVERIFY(m_dir->isValid());
        m_casebook = QString::fromStdString((m_dir->path() / "test.waymark").string());
        QCOMPARE(coord({QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("minimum")}).exitCode, kOk);
        QVERIFY(addUser(kWorker, QStringLiteral("caseworker"), kWorkerPassword));
        QVERIFY(addUser(kAuditor, QStringLiteral("auditor"), kAuditorPassword));
        const CliRun added = coord({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"),
                                    QStringLiteral("Tegan"), QStringLiteral("--family"), QStringLiteral("Exampleton"),
                                    QStringLiteral("--dob"), QStringLiteral("2011-03-14")});
        QCOMPARE(added.exitCode, kOk);
        m_person = QString::fromUtf8(added.out.trimmed());
    }

    void cleanup() { m_dir.reset(); }

    // codes LIST: one code a line; --json an array of {code, label} with the same codes.
    void codesListsReferralTables_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("expected"); // a code the list must hold
        QTest::newRow("referral-source") << "referral-source"
                                         << "police";
        QTest::newRow("route") << "route"
                               << "community_resolution";
        QTest::newRow("offence-category") << "offence-category"
                                          << "";
        QTest::newRow("risk") << "risk"
                              << "high";
        QTest::newRow("decision") << "decision"
                                  << "declined";
        QTest::newRow("reason") << "reason"
                                << "previously_diverted";
        QTest::newRow("consent") << "consent"
                                 << "not_asked";
    }
    void codesListsReferralTables()
    {
        QFETCH(QString, list);
        QFETCH(QString, expected);
        const CliRun text = runCli({QStringLiteral("codes"), list});
        QCOMPARE(text.exitCode, kOk);
        const QList<QByteArray> lines = text.out.trimmed().split('\n');
        QVERIFY(lines.size() >= 2);
        for (const auto& line : lines)
            QVERIFY2(!line.contains('\t') && !line.contains(' ') && !line.isEmpty(), line.constData());
        if (!expected.isEmpty())
            QVERIFY2(lines.contains(expected.toUtf8()), text.out.constData());

        const CliRun json = runCli({QStringLiteral("codes"), list, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, kOk);
        QVERIFY(json.json().isArray());
        const QJsonArray codes = json.json().array();
        QCOMPARE(codes.size(), lines.size());
        for (qsizetype i = 0; i < codes.size(); ++i) {
            const QJsonObject c = codes.at(i).toObject();
            QCOMPARE(c.value(QStringLiteral("code")).toString().toUtf8(), lines.at(i));
            QVERIFY(!c.value(QStringLiteral("label")).toString().isEmpty());
        }
        // The global --json gives the same document.
        QCOMPARE(runCli({QStringLiteral("--json"), QStringLiteral("codes"), list}).out, json.out);
    }

    void codesUnknownListIsUsage()
    {
        const CliRun r = runCli({QStringLiteral("codes"), QStringLiteral("flavour")});
        QCOMPARE(r.exitCode, kUsage);
        QVERIFY2(r.err.contains("referral-source") && r.err.contains("consent"), r.err.constData());
    }

    // Intake, show with eligibility/clocks/history, then the workflow to a decision.
    void addShowScreenDecide()
    {
        const QString received = isoDaysAgo(2);
        const CliRun added =
            coord({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("add"), m_person,
                   QStringLiteral("--source"), QStringLiteral("police"), QStringLiteral("--route"),
                   QStringLiteral("community_resolution"), QStringLiteral("--received"), received,
                   QStringLiteral("--event-date"), isoDaysAgo(10), QStringLiteral("--police-ref"),
                   QStringLiteral("xx/12345/26"), QStringLiteral("--risk"), QStringLiteral("low"),
                   QStringLiteral("--referrer-stdin")},
                  "PC Example\n01632 960123\n");
        QVERIFY2(added.exitCode == kOk, qPrintable(added.describe()));
        const QJsonObject rec = added.json().object();
        const QString ref = rec.value(QStringLiteral("reference")).toString();
        QVERIFY(ref.startsWith(QStringLiteral("RF-")));
        QCOMPARE(rec.value(QStringLiteral("state")).toString(), QStringLiteral("received"));
        QCOMPARE(rec.value(QStringLiteral("received")).toString(), received);
        QCOMPARE(rec.value(QStringLiteral("referrer_name")).toString(), QStringLiteral("PC Example"));
        QCOMPARE(rec.value(QStringLiteral("referrer_contact")).toString(), QStringLiteral("01632 960123"));
        QCOMPARE(rec.value(QStringLiteral("police_reference")).toString(), QStringLiteral("XX/12345/26"));
        QVERIFY(rec.value(QStringLiteral("allocated_to")).isNull());
        QCOMPARE(rec.value(QStringLiteral("repeat_trigger")).toBool(), false);

        // show --json: the record plus eligibility, three clocks, steps, history, repeat.
        QJsonObject shown = showJson(ref);
        for (const char* key : {"reference", "person_reference", "person_name", "eligibility", "decision_clock",
                                "first_contact_clock", "assessment_clock", "steps", "history", "repeat"})
            QVERIFY2(shown.contains(QLatin1String(key)), key);
        QCOMPARE(shown.value(QStringLiteral("person_reference")).toString(), m_person);
        const QJsonObject eligibility = shown.value(QStringLiteral("eligibility")).toObject();
        QCOMPARE(eligibility.value(QStringLiteral("pass")).toBool(), true);
        QVERIFY(eligibility.value(QStringLiteral("reasons")).isArray());
        const QJsonObject clock = shown.value(QStringLiteral("decision_clock")).toObject();
        QCOMPARE(clock.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(clock.value(QStringLiteral("overdue")).toBool(), false);
        QVERIFY(clock.value(QStringLiteral("working_days_left")).toInt() > 0);
        QVERIFY(QDate::fromString(clock.value(QStringLiteral("due")).toString(), Qt::ISODate).isValid());
        QCOMPARE(shown.value(QStringLiteral("steps")).toArray(), QJsonArray{QStringLiteral("start_screening")});
        const QJsonArray history = shown.value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("created"));

        // The text view says the same in lines a person reads.
        const CliRun text = coord({QStringLiteral("referral"), QStringLiteral("show"), ref});
        QCOMPARE(text.exitCode, kOk);
        QVERIFY(text.out.contains("Reference: " + ref.toUtf8()));
        QVERIFY(text.out.contains("State: received"));
        QVERIFY(text.out.contains("Eligibility: pass"));
        QVERIFY2(text.out.contains("Decision: due ") && text.out.contains("working days left"), text.out.constData());
        QVERIFY(text.out.contains("Next steps: start_screening"));

        // A decision before screening: refused, naming the state, validation exit code.
        const CliRun early = coord({QStringLiteral("referral"), QStringLiteral("decide"), ref,
                                    QStringLiteral("--decision"), QStringLiteral("accepted")});
        QCOMPARE(early.exitCode, kValidation);
        QVERIFY2(early.err.contains("'received'"), early.err.constData());

        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("screen"), ref}).exitCode, kOk);
        QCOMPARE(showJson(ref).value(QStringLiteral("state")).toString(), QStringLiteral("screening"));

        // Declining needs a reason code; an unknown one is refused.
        const CliRun noReason = coord({QStringLiteral("referral"), QStringLiteral("decide"), ref,
                                       QStringLiteral("--decision"), QStringLiteral("declined")});
        QCOMPARE(noReason.exitCode, kValidation);
        const CliRun badReason =
            coord({QStringLiteral("referral"), QStringLiteral("decide"), ref, QStringLiteral("--decision"),
                   QStringLiteral("declined"), QStringLiteral("--reason"), QStringLiteral("no_such_reason")});
        QCOMPARE(badReason.exitCode, kValidation);
        const CliRun badDecision = coord({QStringLiteral("referral"), QStringLiteral("decide"), ref,
                                          QStringLiteral("--decision"), QStringLiteral("maybe")});
        QVERIFY2(badDecision.exitCode == kValidation || badDecision.exitCode == kUsage,
                 qPrintable(badDecision.describe()));
        // Free text never from argv: there is no --note option.
        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("decide"), ref, QStringLiteral("--decision"),
                        QStringLiteral("declined"), QStringLiteral("--note"), QStringLiteral("text")})
                     .exitCode,
                 kUsage);

        const CliRun declined =
            coord({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("decide"), ref,
                   QStringLiteral("--decision"), QStringLiteral("declined"), QStringLiteral("--reason"),
                   QStringLiteral("previously_diverted"), QStringLiteral("--note-stdin")},
                  "Supported by the scheme last year.\n");
        QVERIFY2(declined.exitCode == kOk, qPrintable(declined.describe()));
        QCOMPARE(declined.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("declined"));
        shown = showJson(ref);
        QCOMPARE(shown.value(QStringLiteral("decision")).toString(), QStringLiteral("declined"));
        QCOMPARE(shown.value(QStringLiteral("decision_reason")).toString(), QStringLiteral("previously_diverted"));
        QCOMPARE(shown.value(QStringLiteral("decision_note")).toString(),
                 QStringLiteral("Supported by the scheme last year."));
        QCOMPARE(shown.value(QStringLiteral("decision_clock")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("met"));
        QVERIFY(shown.value(QStringLiteral("history")).toArray().size() >= 3);

        // An illegal transition names the state it is in; --json carries the error too.
        const CliRun late = coord({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("decide"), ref,
                                   QStringLiteral("--decision"), QStringLiteral("accepted")});
        QCOMPARE(late.exitCode, kValidation);
        QVERIFY2(late.err.contains("'declined'"), late.err.constData());
        const QJsonObject error = late.json().object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("validation"));
        QCOMPARE(error.value(QStringLiteral("rule")).toString(), QStringLiteral("illegal_transition"));
        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("screen"), ref}).exitCode, kValidation);
    }

    void addErrors()
    {
        // An unknown code is a validation error naming the field, never echoing the value.
        const CliRun badSource = coord({QStringLiteral("referral"), QStringLiteral("add"), m_person,
                                        QStringLiteral("--source"), QStringLiteral("carrier-pigeon"),
                                        QStringLiteral("--route"), QStringLiteral("community_resolution")});
        QCOMPARE(badSource.exitCode, kValidation);
        QVERIFY2(badSource.err.contains("source"), badSource.err.constData());
        QVERIFY(!badSource.err.contains("carrier-pigeon"));
        const CliRun badRisk =
            coord({QStringLiteral("referral"), QStringLiteral("add"), m_person, QStringLiteral("--source"),
                   QStringLiteral("police"), QStringLiteral("--route"), QStringLiteral("community_resolution"),
                   QStringLiteral("--risk"), QStringLiteral("enormous")});
        QCOMPARE(badRisk.exitCode, kValidation);
        QVERIFY2(badRisk.err.contains("risk"), badRisk.err.constData());
        // A bad date is bad input; no such person is not found; no person is usage.
        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("add"), m_person, QStringLiteral("--source"),
                        QStringLiteral("police"), QStringLiteral("--route"), QStringLiteral("community_resolution"),
                        QStringLiteral("--received"), QStringLiteral("31/02/2026")})
                     .exitCode,
                 kUsage);
        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("add"), QStringLiteral("WM-XXXX-2026-99999"),
                        QStringLiteral("--source"), QStringLiteral("police"), QStringLiteral("--route"),
                        QStringLiteral("community_resolution")})
                     .exitCode,
                 kNotFound);
        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("add"), QStringLiteral("--source"),
                        QStringLiteral("police")})
                     .exitCode,
                 kUsage);
        // The referrer's details come from stdin only: an empty stdin is refused.
        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("add"), m_person, QStringLiteral("--source"),
                        QStringLiteral("police"), QStringLiteral("--route"), QStringLiteral("community_resolution"),
                        QStringLiteral("--referrer-stdin")})
                     .exitCode,
                 kUsage);
        // Auditors read, never write.
        QCOMPARE(as(kAuditor, kAuditorPassword,
                    {QStringLiteral("referral"), QStringLiteral("add"), m_person, QStringLiteral("--source"),
                     QStringLiteral("police"), QStringLiteral("--route"), QStringLiteral("community_resolution")})
                     .exitCode,
                 kPermission);
        QCOMPARE(
            coord({QStringLiteral("referral"), QStringLiteral("show"), QStringLiteral("RF-XXXX-2026-99999")}).exitCode,
            kNotFound);
        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("frobnicate")}).exitCode, kUsage);
        // Nothing was saved by any of these.
        const CliRun list = coord({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, kOk);
        QCOMPARE(list.json().array().size(), 0);
    }

    void allocateAndTake()
    {
        const QString ref = addReferral();
        QVERIFY(!ref.isEmpty());
        // A caseworker may not allocate: the permission exit code.
        const CliRun refused = worker({QStringLiteral("referral"), QStringLiteral("allocate"), ref, kWorker});
        QCOMPARE(refused.exitCode, kPermission);
        QVERIFY2(refused.err.contains("permission denied"), refused.err.constData());

        const CliRun allocated =
            coord({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("allocate"), ref, kWorker});
        QVERIFY2(allocated.exitCode == kOk, qPrintable(allocated.describe()));
        const QString workerId = allocated.json().object().value(QStringLiteral("allocated_to")).toString();
        QVERIFY(!workerId.isEmpty());
        QCOMPARE(showJson(ref).value(QStringLiteral("allocated_name")).toString().isEmpty(), false);

        // Re-allocation needs a reason, from stdin.
        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("allocate"), ref, kCoord}).exitCode, kValidation);
        const CliRun moved = coord(
            {QStringLiteral("referral"), QStringLiteral("allocate"), ref, kCoord, QStringLiteral("--reason-stdin")},
            "Caseload balancing.\n");
        QVERIFY2(moved.exitCode == kOk, qPrintable(moved.describe()));
        QCOMPARE(
            coord({QStringLiteral("referral"), QStringLiteral("allocate"), ref, QStringLiteral("nobody")}).exitCode,
            kNotFound);

        // The --worker filter and --unallocated.
        const QString other = addReferral();
        CliRun mine = coord({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("list"),
                             QStringLiteral("--worker"), kCoord});
        QCOMPARE(mine.json().array().size(), 1);
        QCOMPARE(mine.json().array().first().toObject().value(QStringLiteral("reference")).toString(), ref);
        CliRun unallocated = coord({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("list"),
                                    QStringLiteral("--unallocated")});
        QCOMPARE(unallocated.json().array().size(), 1);
        QCOMPARE(unallocated.json().array().first().toObject().value(QStringLiteral("reference")).toString(), other);

        // A caseworker takes an unallocated referral; an auditor may not.
        QCOMPARE(as(kAuditor, kAuditorPassword, {QStringLiteral("referral"), QStringLiteral("take"), other}).exitCode,
                 kPermission);
        const CliRun taken =
            worker({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("take"), other});
        QVERIFY2(taken.exitCode == kOk, qPrintable(taken.describe()));
        QCOMPARE(taken.json().object().value(QStringLiteral("allocated_to")).toString(), workerId);
        mine = worker({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("list"),
                       QStringLiteral("--worker"), kWorker});
        QCOMPARE(mine.json().array().size(), 1);
    }

    // My work: counts and lists equal the queue's filters.
    void workCountsMatchTheQueue()
    {
        const QString overdue = addReferral({QStringLiteral("--received"), isoDaysAgo(40)});
        const QString fresh = addReferral();
        const QString screening = addReferral({QStringLiteral("--received"), isoDaysAgo(1)});
        QVERIFY(!overdue.isEmpty() && !fresh.isEmpty() && !screening.isEmpty());
        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("screen"), screening}).exitCode, kOk);

        const CliRun listed = coord({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("list"),
                                     QStringLiteral("--overdue")});
        QCOMPARE(listed.exitCode, kOk);
        QVERIFY(listed.json().isArray());
        QCOMPARE(listed.json().array().size(), 1);
        const QJsonObject row = listed.json().array().first().toObject();
        QCOMPARE(row.value(QStringLiteral("reference")).toString(), overdue);
        QCOMPARE(row.value(QStringLiteral("decision_overdue")).toBool(), true);
        for (const char* key : {"id", "reference", "person_reference", "person_name", "state", "received", "source",
                                "route", "allocated_to", "decision_due", "first_contact_due", "repeat_ordinal"})
            QVERIFY2(row.contains(QLatin1String(key)), key);
        const CliRun received = coord({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("list"),
                                       QStringLiteral("--state"), QStringLiteral("received")});
        QCOMPARE(received.json().array().size(), 2);

        const CliRun work = coord({QStringLiteral("work"), QStringLiteral("--json")});
        QVERIFY2(work.exitCode == kOk, qPrintable(work.describe()));
        const QJsonObject doc = work.json().object();
        QCOMPARE(doc.value(QStringLiteral("team")).toBool(), true);
        QCOMPARE(doc.value(QStringLiteral("today")).toString(), QDate::currentDate().toString(Qt::ISODate));
        const QJsonObject totals = doc.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("awaiting_screening")).toInt(), 2);
        QCOMPARE(totals.value(QStringLiteral("decisions_overdue")).toInt(), 1);
        QCOMPARE(totals.value(QStringLiteral("decisions_due")).toInt(), 2);
        QCOMPARE(doc.value(QStringLiteral("unallocated")).toInt(), 3);
        for (const char* key : {"per_worker", "awaiting_screening", "decisions", "contacts", "unallocated_referrals"})
            QVERIFY2(doc.value(QLatin1String(key)).isArray(), key);
        QCOMPARE(doc.value(QStringLiteral("awaiting_screening")).toArray().size(), 2);
        QCOMPARE(doc.value(QStringLiteral("decisions")).toArray().size(), 3);

        // The text view is a table with the same numbers.
        const CliRun text = coord({QStringLiteral("work")});
        QCOMPARE(text.exitCode, kOk);
        QVERIFY2(text.out.contains("Awaiting screening") && text.out.contains("Unallocated: 3"), text.out.constData());
        QVERIFY(text.out.contains(overdue.toUtf8()));

        // A caseworker's own work is empty until something is allocated to them.
        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("allocate"), overdue, kWorker}).exitCode, kOk);
        const CliRun own = worker({QStringLiteral("--json"), QStringLiteral("work")});
        QVERIFY2(own.exitCode == kOk, qPrintable(own.describe()));
        QCOMPARE(own.json().object().value(QStringLiteral("team")).toBool(), false);
        QCOMPARE(own.json()
                     .object()
                     .value(QStringLiteral("totals"))
                     .toObject()
                     .value(QStringLiteral("decisions_overdue"))
                     .toInt(),
                 1);
        // A coordinator can look at one worker's.
        const CliRun theirs =
            coord({QStringLiteral("--json"), QStringLiteral("work"), QStringLiteral("--user"), kWorker});
        QCOMPARE(theirs.exitCode, kOk);
        QCOMPARE(theirs.json().object().value(QStringLiteral("awaiting_screening")).toArray().size(), 1);
        QCOMPARE(coord({QStringLiteral("work"), QStringLiteral("--user"), QStringLiteral("nobody")}).exitCode,
                 kNotFound);
    }

    void repeatReferralFlagged()
    {
        QVERIFY(!addReferral({QStringLiteral("--received"), isoDaysAgo(200)}).isEmpty());
        QVERIFY(!addReferral({QStringLiteral("--received"), isoDaysAgo(100)}).isEmpty());
        const CliRun third = coord({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("add"),
                                    m_person, QStringLiteral("--source"), QStringLiteral("school"),
                                    QStringLiteral("--route"), QStringLiteral("community_resolution")});
        QVERIFY2(third.exitCode == kOk, qPrintable(third.describe()));
        const QJsonObject rec = third.json().object();
        QCOMPARE(rec.value(QStringLiteral("repeat_ordinal")).toInt(), 3);
        QCOMPARE(rec.value(QStringLiteral("repeat_trigger")).toBool(), true);
        QCOMPARE(rec.value(QStringLiteral("repeat_text")).toString(), QStringLiteral("3rd referral in 12 months"));
        QVERIFY2(third.err.contains("3rd referral in 12 months"), third.err.constData());

        const QString ref = rec.value(QStringLiteral("reference")).toString();
        const CliRun text = coord({QStringLiteral("referral"), QStringLiteral("show"), ref});
        QVERIFY2(text.out.contains("Repeat referral: 3rd referral in 12 months"), text.out.constData());
        const QJsonObject repeat = showJson(ref).value(QStringLiteral("repeat")).toObject();
        QCOMPARE(repeat.value(QStringLiteral("trigger")).toBool(), true);
        QCOMPARE(repeat.value(QStringLiteral("ordinal")).toInt(), 3);
    }

    void firstContact()
    {
        const QString ref = addReferral({QStringLiteral("--received"), isoDaysAgo(3)});
        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("screen"), ref}).exitCode, kOk);
        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("decide"), ref, QStringLiteral("--decision"),
                        QStringLiteral("accepted")})
                     .exitCode,
                 kOk);
        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("contact"), ref}).exitCode, kUsage);
        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("contact"), ref, QStringLiteral("--date"),
                        QStringLiteral("yesterday-ish")})
                     .exitCode,
                 kUsage);
        // Not in the future.
        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("contact"), ref, QStringLiteral("--date"),
                        QDate::currentDate().addDays(5).toString(Qt::ISODate)})
                     .exitCode,
                 kValidation);
        const CliRun done = coord({QStringLiteral("referral"), QStringLiteral("contact"), ref, QStringLiteral("--date"),
                                   QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"))});
        QVERIFY2(done.exitCode == kOk, qPrintable(done.describe()));
        const QJsonObject shown = showJson(ref);
        QCOMPARE(shown.value(QStringLiteral("first_contact")).toString(), QDate::currentDate().toString(Qt::ISODate));
        const QJsonObject clock = shown.value(QStringLiteral("first_contact_clock")).toObject();
        QVERIFY2(clock.value(QStringLiteral("state")).toString() == QStringLiteral("met"),
                 qPrintable(clock.value(QStringLiteral("state")).toString()));
        QCOMPARE(clock.value(QStringLiteral("stopped")).toString(), QDate::currentDate().toString(Qt::ISODate));
    }

    void eligibilityAndOverride()
    {
        // Received five months after the event: outside the 3-month window.
        const QString ref =
            addReferral({QStringLiteral("--received"), isoDaysAgo(1), QStringLiteral("--event-date"), isoDaysAgo(160)});
        QVERIFY(!ref.isEmpty());
        const CliRun assessed =
            worker({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("eligibility"), ref});
        QVERIFY2(assessed.exitCode == kOk, qPrintable(assessed.describe()));
        const QJsonObject result = assessed.json().object();
        QCOMPARE(result.value(QStringLiteral("pass")).toBool(), false);
        const QJsonArray reasons = result.value(QStringLiteral("reasons")).toArray();
        QVERIFY(!reasons.isEmpty());
        QCOMPARE(reasons.first().toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("outside_time_window"));
        QVERIFY(!reasons.first().toObject().value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(reasons.first().toObject().value(QStringLiteral("values")).isObject());
        QCOMPARE(result.value(QStringLiteral("overridden")).toBool(), false);
        const CliRun text = worker({QStringLiteral("referral"), QStringLiteral("eligibility"), ref});
        QVERIFY2(text.out.startsWith("fail\n") && text.out.contains("(outside_time_window)"), text.out.constData());

        // The override needs its reason from stdin, and a coordinator.
        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("eligibility"), ref, QStringLiteral("--override")})
                     .exitCode,
                 kUsage);
        QCOMPARE(worker({QStringLiteral("referral"), QStringLiteral("eligibility"), ref, QStringLiteral("--override"),
                         QStringLiteral("--reason-stdin")},
                        "Because.\n")
                     .exitCode,
                 kPermission);
        const CliRun overridden =
            coord({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("eligibility"), ref,
                   QStringLiteral("--override"), QStringLiteral("--reason-stdin")},
                  "Police delay outside the young person's control.\n");
        QVERIFY2(overridden.exitCode == kOk, qPrintable(overridden.describe()));
        const QJsonObject after = overridden.json().object();
        QCOMPARE(after.value(QStringLiteral("overridden")).toBool(), true);
        QCOMPARE(after.value(QStringLiteral("pass")).toBool(), false); // the engine's result stays visible
        QCOMPARE(after.value(QStringLiteral("override_reason")).toString(),
                 QStringLiteral("Police delay outside the young person's control."));
        QCOMPARE(showJson(ref).value(QStringLiteral("eligibility_overridden")).toBool(), true);
    }

    void settingsShowAndSet()
    {
        const CliRun shown = coord({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("eligibility"),
                                    QStringLiteral("show")});
        QVERIFY2(shown.exitCode == kOk, qPrintable(shown.describe()));
        const QJsonObject doc = shown.json().object();
        for (const char* key : {"child_band", "young_adult_band", "window_months", "once_only", "excluded_routes"})
            QVERIFY2(doc.contains(QLatin1String(key)), qPrintable(keysOf(doc).join(u',')));
        QCOMPARE(doc.value(QStringLiteral("window_months")).toString(), QStringLiteral("3"));

        const CliRun set = coord({QStringLiteral("settings"), QStringLiteral("eligibility"), QStringLiteral("set"),
                                  QStringLiteral("window_months=6"), QStringLiteral("young_adult_band=1")});
        QVERIFY2(set.exitCode == kOk, qPrintable(set.describe()));
        QVERIFY(set.out.contains("window_months=6"));
        const CliRun again =
            worker({QStringLiteral("settings"), QStringLiteral("eligibility"), QStringLiteral("show")});
        QCOMPARE(again.exitCode, kOk);
        QVERIFY2(again.out.contains("window_months=6\n") && again.out.contains("young_adult_band=1\n"),
                 again.out.constData());

        const CliRun limits =
            coord({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("time-limits"),
                   QStringLiteral("set"), QStringLiteral("decision_days=8")});
        QVERIFY2(limits.exitCode == kOk, qPrintable(limits.describe()));
        QCOMPARE(limits.json().object().value(QStringLiteral("decision_days")).toString(), QStringLiteral("8"));
        QCOMPARE(limits.json().object().value(QStringLiteral("first_contact_days")).toString(), QStringLiteral("5"));

        // Errors: unknown key (usage), out of range (validation), caseworker (permission).
        const CliRun unknown = coord({QStringLiteral("settings"), QStringLiteral("time-limits"), QStringLiteral("set"),
                                      QStringLiteral("lunch_days=2")});
        QCOMPARE(unknown.exitCode, kUsage);
        QVERIFY2(unknown.err.contains("decision_days"), unknown.err.constData());
        QCOMPARE(coord({QStringLiteral("settings"), QStringLiteral("time-limits"), QStringLiteral("set"),
                        QStringLiteral("decision_days=999")})
                     .exitCode,
                 kValidation);
        QCOMPARE(coord({QStringLiteral("settings"), QStringLiteral("eligibility"), QStringLiteral("set"),
                        QStringLiteral("child_band=0"), QStringLiteral("young_adult_band=0")})
                     .exitCode,
                 kValidation);
        QCOMPARE(worker({QStringLiteral("settings"), QStringLiteral("time-limits"), QStringLiteral("set"),
                         QStringLiteral("decision_days=9")})
                     .exitCode,
                 kPermission);
        QCOMPARE(coord({QStringLiteral("settings"), QStringLiteral("weather"), QStringLiteral("show")}).exitCode,
                 kUsage);
        // Nothing changed by the refused ones.
        const CliRun after = coord({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("time-limits"),
                                    QStringLiteral("show")});
        QCOMPARE(after.json().object().value(QStringLiteral("decision_days")).toString(), QStringLiteral("8"));
    }

    // A casebook may keep allocation with coordinators: then a caseworker's take is refused.
    void takeNeedsTheSetting()
    {
        const QString ref = addReferral();
        const CliRun shown = coord({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("allocation"),
                                    QStringLiteral("show")});
        QCOMPARE(shown.exitCode, kOk);
        QCOMPARE(shown.json().object().value(QStringLiteral("caseworkers_may_take")).toString(), QStringLiteral("1"));
        QCOMPARE(coord({QStringLiteral("settings"), QStringLiteral("allocation"), QStringLiteral("set"),
                        QStringLiteral("caseworkers_may_take=maybe")})
                     .exitCode,
                 kValidation);
        QCOMPARE(coord({QStringLiteral("settings"), QStringLiteral("allocation"), QStringLiteral("set"),
                        QStringLiteral("caseworkers_may_take=0")})
                     .exitCode,
                 kOk);
        const CliRun refused = worker({QStringLiteral("referral"), QStringLiteral("take"), ref});
        QCOMPARE(refused.exitCode, kPermission);
        QVERIFY2(refused.err.contains("does not let caseworkers take"), refused.err.constData());
        QCOMPARE(coord({QStringLiteral("settings"), QStringLiteral("allocation"), QStringLiteral("set"),
                        QStringLiteral("caseworkers_may_take=yes")})
                     .exitCode,
                 kOk);
        QCOMPARE(worker({QStringLiteral("referral"), QStringLiteral("take"), ref}).exitCode, kOk);
    }

    // person add: possible duplicates with their score and reasons (codes and sentences).
    void personAddListsDuplicatesWithReasons()
    {
        const CliRun added =
            coord({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"),
                   QStringLiteral("Tegen"), QStringLiteral("--family"), QStringLiteral("Exampleton"),
                   QStringLiteral("--dob"), QStringLiteral("14/03/2011")});
        QVERIFY2(added.exitCode == kOk, qPrintable(added.describe()));
        const QJsonArray duplicates = added.json().object().value(QStringLiteral("possible_duplicates")).toArray();
        QVERIFY2(!duplicates.isEmpty(), added.out.constData());
        const QJsonObject first = duplicates.first().toObject();
        QCOMPARE(first.value(QStringLiteral("case_reference")).toString(), m_person);
        QVERIFY(first.value(QStringLiteral("score")).toInt() > 0);
        const QJsonArray reasons = first.value(QStringLiteral("reasons")).toArray();
        QVERIFY(!reasons.isEmpty());
        QStringList codes;
        for (const auto& r : reasons) {
            codes << r.toObject().value(QStringLiteral("code")).toString();
            QVERIFY(!r.toObject().value(QStringLiteral("text")).toString().isEmpty());
        }
        QVERIFY2(codes.contains(QStringLiteral("same_date_of_birth")), qPrintable(codes.join(u',')));
        // The warning names the record and the reason codes, not the names compared.
        QVERIFY2(added.err.contains(m_person.toUtf8()) && added.err.contains("same_date_of_birth"),
                 added.err.constData());
        QVERIFY(!added.err.contains("Tegen") && !added.err.contains("Exampleton"));
    }

    // person merge: preview (nothing changes), coordinators only, then every referral moves.
    void personMerge()
    {
        const CliRun other = coord({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"),
                                    QStringLiteral("Teagan"), QStringLiteral("--family"), QStringLiteral("Exampleton"),
                                    QStringLiteral("--dob"), QStringLiteral("14/03/2011")});
        QCOMPARE(other.exitCode, kOk);
        const QString otherRef = QString::fromUtf8(other.out.trimmed());
        const CliRun referral =
            coord({QStringLiteral("referral"), QStringLiteral("add"), otherRef, QStringLiteral("--source"),
                   QStringLiteral("school"), QStringLiteral("--route"), QStringLiteral("community_resolution")});
        QCOMPARE(referral.exitCode, kOk);
        const QString referralRef = QString::fromUtf8(referral.out.trimmed());
        const auto personOfReferral = [&] {
            return showJson(referralRef).value(QStringLiteral("person_reference")).toString();
        };
        QCOMPARE(personOfReferral(), otherRef);

        QCOMPARE(worker({QStringLiteral("person"), QStringLiteral("merge"), m_person, otherRef}).exitCode, kPermission);
        QCOMPARE(coord({QStringLiteral("person"), QStringLiteral("merge"), m_person, m_person}).exitCode, kUsage);
        QCOMPARE(coord({QStringLiteral("person"), QStringLiteral("merge"), m_person}).exitCode, kUsage);
        QCOMPARE(
            coord({QStringLiteral("person"), QStringLiteral("merge"), m_person, QStringLiteral("WM-XXXX-2026-99999")})
                .exitCode,
            kNotFound);

        const CliRun preview = coord({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("merge"),
                                      m_person, otherRef, QStringLiteral("--preview")});
        QVERIFY2(preview.exitCode == kOk, qPrintable(preview.describe()));
        const QJsonObject p = preview.json().object();
        QCOMPARE(p.value(QStringLiteral("preview")).toBool(), true);
        QCOMPARE(p.value(QStringLiteral("survivor")).toObject().value(QStringLiteral("case_reference")).toString(),
                 m_person);
        QCOMPARE(p.value(QStringLiteral("other")).toObject().value(QStringLiteral("case_reference")).toString(),
                 otherRef);
        bool referralsMove = false;
        for (const auto& m : p.value(QStringLiteral("moves")).toArray())
            referralsMove |= m.toObject().value(QStringLiteral("table")).toString() == QStringLiteral("referrals") &&
                             m.toObject().value(QStringLiteral("rows")).toInt() == 1;
        QVERIFY2(referralsMove, preview.out.constData());
        QVERIFY(p.value(QStringLiteral("new_aliases")).isArray());
        QCOMPARE(personOfReferral(), otherRef); // the preview changed nothing

        const CliRun merged =
            coord({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("merge"), m_person, otherRef});
        QVERIFY2(merged.exitCode == kOk, qPrintable(merged.describe()));
        QCOMPARE(merged.json().object().value(QStringLiteral("preview")).toBool(), false);
        QCOMPARE(personOfReferral(), m_person);
        const QJsonArray aliases = merged.json()
                                       .object()
                                       .value(QStringLiteral("survivor"))
                                       .toObject()
                                       .value(QStringLiteral("aliases"))
                                       .toArray();
        QVERIFY2(!aliases.isEmpty(), merged.out.constData());
        // The other record has left the list.
        const CliRun list = coord({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("list")});
        QCOMPARE(list.json().array().size(), 1);
        // Merging it again: it is a tombstone now.
        QVERIFY(coord({QStringLiteral("person"), QStringLiteral("merge"), m_person, otherRef}).exitCode != kOk);
    }

    // referral import: dry run, refusal of a file with bad rows, --skip-invalid, re-import,
    // a malformed file, permission.
    void importCsv()
    {
        const QString file =
            writeFile(QStringLiteral("list.csv"),
                      "police_reference,received,given_name,family_name,date_of_birth,sex,postcode,event_date,route,"
                      "offence_category\r\n"
                      "WY/1234/26," +
                          QDate::currentDate().addDays(-3).toString(QStringLiteral("dd/MM/yyyy")).toUtf8() +
                          ",Tegan,Exampleton,14/03/2011,female,CF10 1AA,,community_resolution,\r\n"
                          "WY/1235/26,,Dylan,Sampleford,05/06/2012,male,CF10 1AB,,community_resolution,\r\n"
                          "WY/1236/26,,Efa,Testwood,31/02/2012,female,CF10 1AB,,no_such_route,\r\n");
        const auto referralCount = [&] {
            return coord({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("list")})
                .json()
                .array()
                .size();
        };

        QCOMPARE(worker({QStringLiteral("referral"), QStringLiteral("import"), file}).exitCode, kPermission);

        const CliRun dry = coord({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("import"), file,
                                  QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == kOk, qPrintable(dry.describe()));
        const QJsonObject report = dry.json().object();
        QCOMPARE(report.value(QStringLiteral("dry_run")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("written")).toBool(), false);
        const QJsonArray rows = report.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("matched_person"));
        const QJsonObject match = rows.at(0).toObject().value(QStringLiteral("match")).toObject();
        QCOMPARE(match.value(QStringLiteral("case_reference")).toString(), m_person);
        QVERIFY(!match.value(QStringLiteral("reasons")).toArray().isEmpty());
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("new_person"));
        const QJsonObject invalid = rows.at(2).toObject();
        QCOMPARE(invalid.value(QStringLiteral("outcome")).toString(), QStringLiteral("invalid"));
        QCOMPARE(invalid.value(QStringLiteral("line")).toInt(), 4);
        QVERIFY(invalid.value(QStringLiteral("problems")).toArray().size() >= 2); // every problem of the row
        QCOMPARE(report.value(QStringLiteral("counts")).toObject().value(QStringLiteral("invalid")).toInt(), 1);
        QCOMPARE(referralCount(), 0);

        // Rows with problems refuse the file: the report, then exit 4; nothing written.
        const CliRun refused = coord({QStringLiteral("referral"), QStringLiteral("import"), file});
        QCOMPARE(refused.exitCode, kValidation);
        QVERIFY2(refused.out.contains("line 4: invalid") && refused.out.contains("nothing was written"),
                 refused.out.constData());
        QVERIFY(!refused.err.contains("Efa"));
        const CliRun refusedJson =
            coord({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("import"), file});
        QCOMPARE(refusedJson.exitCode, kValidation);
        QCOMPARE(refusedJson.json().object().value(QStringLiteral("refused")).toBool(), true);
        QCOMPARE(refusedJson.json()
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("rule"))
                     .toString(),
                 QStringLiteral("invalid_rows"));
        QCOMPARE(referralCount(), 0);

        const CliRun imported = coord({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("import"),
                                       file, QStringLiteral("--skip-invalid"), QStringLiteral("--source"),
                                       QStringLiteral("Example Constabulary")});
        QVERIFY2(imported.exitCode == kOk, qPrintable(imported.describe()));
        QCOMPARE(imported.json().object().value(QStringLiteral("referrals_created")).toInt(), 2);
        QCOMPARE(imported.json().object().value(QStringLiteral("people_created")).toInt(), 1);
        QVERIFY2(imported.err.contains("import: 100%"), imported.err.constData());
        QCOMPARE(referralCount(), 2);

        // The same file again adds nothing.
        const CliRun again = coord({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("import"),
                                    file, QStringLiteral("--skip-invalid"), QStringLiteral("--source"),
                                    QStringLiteral("Example Constabulary")});
        QCOMPARE(again.exitCode, kOk);
        QCOMPARE(again.json().object().value(QStringLiteral("referrals_created")).toInt(), 0);
        QCOMPARE(again.json()
                     .object()
                     .value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("already_imported"))
                     .toInt(),
                 2);
        QCOMPARE(referralCount(), 2);

        // A malformed file: the line and column, exit 2, nothing written.
        const QString bad = writeFile(QStringLiteral("bad.csv"), "given_name,family_name\n\"Tegan,Exampleton\n");
        const CliRun malformed = coord({QStringLiteral("referral"), QStringLiteral("import"), bad});
        QCOMPARE(malformed.exitCode, kUsage);
        QVERIFY2(malformed.err.contains("line 2, column 1"), malformed.err.constData());
        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("import"), pathIn(QStringLiteral("none.csv"))})
                         .exitCode == kOk,
                 false);
        QCOMPARE(referralCount(), 2);
    }

    void helpListsReferralCommands()
    {
        const CliRun r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, kOk);
        for (const char* command :
             {"referral add", "referral show", "referral list", "referral screen", "referral decide",
              "referral allocate", "referral take", "referral contact", "referral eligibility", "work [--user USER]",
              "settings eligibility show", "settings time-limits set", "codes [", "person merge SURVIVOR OTHER",
              "referral import FILE"})
            QVERIFY2(r.out.contains(command), command);
        QVERIFY(r.out.contains("closure_requested")); // the states, from core's table
    }
};

QTEST_GUILESS_MAIN(TestReferralCli)
#include "TestReferralCli.moc"
