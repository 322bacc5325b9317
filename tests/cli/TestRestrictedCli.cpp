// Restricted records are need-to-know, tried as an attack through the real waymark-cli: a
// caseworker who is not allocated to the restricted young person runs every read path there is
// (person show, list, search by name, reference, number and date of birth, note search and
// list, timeline, referral list and show, task list, My work, session list, the calendar
// export) and finds the person's name and case reference nowhere in what comes back; the
// allocated caseworker and a coordinator do see them. Intake shows only the marker. Writes by
// the caseworker are refused and leave the record and the audit trail's data rows unchanged.
// `person restrict|unrestrict` are for coordinators only and audited with their reason.

#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

#include <memory>

namespace {

using waymark::test::CliRun;
using waymark::test::runCli;

const QString kCoord = QStringLiteral("coord");
const QString kCoordPassword = QStringLiteral("correct horse battery staple");
const QString kAllocated = QStringLiteral("cwa");
const QString kAllocatedPassword = QStringLiteral("allocated worker phrase 7");
const QString kOther = QStringLiteral("cwb");
const QString kOtherPassword = QStringLiteral("another worker phrase 19");
const QString kAuditor = QStringLiteral("aud");
const QString kAuditorPassword = QStringLiteral("reader of logs pass 22");

// Generated names, unlike any other record in the casebook.
const QByteArray kGiven = "Zephyrine";
const QByteArray kFamily = "Quillfeather";
const QString kDob = QStringLiteral("2010-05-06");
const QByteArray kNoteWord = "Marrowglen";

constexpr int kOk = 0;
constexpr int kPermission = 6;
constexpr int kNotFound = 7;

QString isoDays(int days)
{
    return QDate::currentDate().addDays(days).toString(Qt::ISODate);
}

} // namespace

class TestRestrictedCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<waymark::test::TempDir> m_dir;
    QString m_casebook;
    QString m_ref;      // the restricted person's case reference
    QString m_id;       // and id
    QString m_referral; // their referral
    QString m_plain;    // an ordinary person's case reference
    QString m_session;  // the session the restricted person attends, run by the other caseworker

    CliRun as(const QString& user, const QString& password, const QStringList& args, const QByteArray& input = {})
    {
        return runCli(QStringList{QStringLiteral("--casebook"), m_casebook, QStringLiteral("--user"), user} + args,
                      {{QStringLiteral("WAYMARK_PASSWORD"), password}}, input);
    }
    CliRun coord(const QStringList& args, const QByteArray& input = {})
    {
        return as(kCoord, kCoordPassword, args, input);
    }
    CliRun other(const QStringList& args, const QByteArray& input = {})
    {
        return as(kOther, kOtherPassword, args, input);
    }
    CliRun allocated(const QStringList& args, const QByteArray& input = {})
    {
        return as(kAllocated, kAllocatedPassword, args, input);
    }
    bool addUser(const QString& name, const QString& role, const QString& password)
    {
        const CliRun r = runCli(
            {QStringLiteral("--casebook"), m_casebook, QStringLiteral("--user"), kCoord, QStringLiteral("user"),
             QStringLiteral("add"), name, QStringLiteral("--role"), role},
            {{QStringLiteral("WAYMARK_PASSWORD"), kCoordPassword}, {QStringLiteral("WAYMARK_NEW_PASSWORD"), password}});
        return r.exitCode == 0;
    }
    QString addPerson(const QString& given, const QString& family, const QString& dob)
    {
        const CliRun r = coord({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"), given,
                                QStringLiteral("--family"), family, QStringLiteral("--dob"), dob});
        return r.exitCode == kOk ? QString::fromUtf8(r.out.trimmed()) : QString();
    }
    // Nothing of the restricted person in a run's output, whatever it exited with.
    static bool leaksNothing(const CliRun& r, const QString& ref, const QString& id)
    {
        const QByteArray all = r.out + r.err;
        return !all.contains(kGiven) && !all.contains(kFamily) && !all.contains(ref.toUtf8()) &&
               !all.contains(id.toUtf8()) && !all.contains(kNoteWord);
    }
    // Every read path there is, for one user.
    QList<QPair<QString, CliRun>> readEverything(const std::function<CliRun(const QStringList&)>& run)
    {
        const QString ics = QString::fromStdString((m_dir->path() / "cal.ics").string());
        QFile::remove(ics);
        const QString number = m_ref.section(QLatin1Char('-'), -1);
        const QList<QStringList> paths = {
            {QStringLiteral("person"), QStringLiteral("show"), m_ref},
            {QStringLiteral("person"), QStringLiteral("show"), m_id},
            {QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("list")},
            {QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--filter"),
             QStringLiteral("restricted")},
            {QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("search"), QString::fromUtf8(kFamily)},
            {QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("search"), QString::fromUtf8(kGiven)},
            {QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("search"), m_ref},
            {QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("search"), number},
            {QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("search"), kDob},
            {QStringLiteral("--json"), QStringLiteral("note"), QStringLiteral("search"), QString::fromUtf8(kNoteWord)},
            {QStringLiteral("--json"), QStringLiteral("note"), QStringLiteral("list"), QStringLiteral("--person"),
             m_ref},
            {QStringLiteral("--json"), QStringLiteral("timeline"), m_ref},
            {QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("list")},
            {QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("show"), m_referral},
            {QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--all")},
            {QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("list")},
            {QStringLiteral("--json"), QStringLiteral("work")},
            {QStringLiteral("--json"), QStringLiteral("session"), QStringLiteral("list")},
            {QStringLiteral("--json"), QStringLiteral("session"), QStringLiteral("list"), QStringLiteral("--person"),
             m_ref},
            {QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("export-ics"),
             QStringLiteral("--from"), isoDays(-30), QStringLiteral("--to"), isoDays(30), QStringLiteral("--out"), ics},
        };
        QList<QPair<QString, CliRun>> out;
        for (const QStringList& args : paths) {
            CliRun r = run(args);
            if (args.contains(QStringLiteral("export-ics"))) {
                QFile f(ics);
                if (f.open(QIODevice::ReadOnly))
                    r.out += f.readAll(); // the file too
            }
            out.append({args.join(QLatin1Char(' ')), r});
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<waymark::test::TempDir>();
        m_casebook = QString::fromStdString((m_dir->path() / "test.waymark").string());
        QCOMPARE(coord({QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("minimum")}).exitCode, kOk);
        QVERIFY(addUser(kAllocated, QStringLiteral("caseworker"), kAllocatedPassword));
        QVERIFY(addUser(kOther, QStringLiteral("caseworker"), kOtherPassword));
        QVERIFY(addUser(kAuditor, QStringLiteral("auditor"), kAuditorPassword));
        m_plain = addPerson(QStringLiteral("Tegan"), QStringLiteral("Exampleton"), QStringLiteral("2011-03-14"));
        QVERIFY(!m_plain.isEmpty());
        m_ref = addPerson(QString::fromUtf8(kGiven), QString::fromUtf8(kFamily), kDob);
        QVERIFY(!m_ref.isEmpty());
        const CliRun shown = coord({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("show"), m_ref});
        m_id = shown.json().object().value(QStringLiteral("id")).toString();
        QVERIFY(!m_id.isEmpty());

        // A referral allocated to one caseworker, accepted, with a note, a task and a session.
        const CliRun ref = coord({QStringLiteral("referral"), QStringLiteral("add"), m_ref, QStringLiteral("--source"),
                                  QStringLiteral("police"), QStringLiteral("--route"),
                                  QStringLiteral("community_resolution"), QStringLiteral("--received"), isoDays(-3)});
        QVERIFY2(ref.exitCode == kOk, qPrintable(ref.describe()));
        m_referral = QString::fromUtf8(ref.out.trimmed());
        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("allocate"), m_referral, kAllocated}).exitCode, kOk);
        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("screen"), m_referral}).exitCode, kOk);
        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("decide"), m_referral, QStringLiteral("--decision"),
                        QStringLiteral("accepted")})
                     .exitCode,
                 kOk);
        const CliRun note =
            coord({QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("--referral"), m_referral},
                  "Moved to " + kNoteWord + " with " + kGiven + " " + kFamily + ".\n");
        QVERIFY2(note.exitCode == kOk, qPrintable(note.describe()));
        const CliRun task = coord({QStringLiteral("task"), QStringLiteral("add"), m_ref, QStringLiteral("--due"),
                                   isoDays(1), QStringLiteral("--owner"), kOther},
                                  "Call " + kGiven + "\n");
        QVERIFY2(task.exitCode == kOk, qPrintable(task.describe()));
        const CliRun session =
            coord({QStringLiteral("--json"), QStringLiteral("session"), QStringLiteral("add"), m_referral,
                   QStringLiteral("--start"), isoDays(2) + QStringLiteral(" 10:00"), QStringLiteral("--type"),
                   QStringLiteral("home_visit"), QStringLiteral("--worker"), kOther});
        QVERIFY2(session.exitCode == kOk, qPrintable(session.describe()));
        m_session = session.json().object().value(QStringLiteral("id")).toString();
        QVERIFY(!m_session.isEmpty());

        // Before the restriction the other caseworker sees the person on these paths: the
        // attack below is a real one (each path would show the name or reference).
        if (QTest::currentTestFunction() == QStringLiteral("notAllocatedSeesNothing")) {
            QStringList seen;
            for (const auto& [what, r] : readEverything([&](const QStringList& a) { return other(a); }))
                if (!leaksNothing(r, m_ref, m_id))
                    seen << what;
            qInfo("before restricting, the other caseworker saw the person on: %s", qPrintable(seen.join(" | ")));
            for (const QString& must :
                 {QStringLiteral("person show"), QStringLiteral("person search"), QStringLiteral("note search"),
                  QStringLiteral("note list"), QStringLiteral("referral list"), QStringLiteral("referral show"),
                  QStringLiteral("task list --all"), QStringLiteral("session list --person")})
                QVERIFY2(seen.join(QLatin1Char('|')).contains(must), qPrintable(must));
        }

        // Restricting: coordinators only, with a reason; audited.
        const CliRun refused = allocated({QStringLiteral("person"), QStringLiteral("restrict"), m_ref,
                                          QStringLiteral("--reason"), QStringLiteral("safeguarding")});
        QCOMPARE(refused.exitCode, kPermission);
        QCOMPARE(coord({QStringLiteral("person"), QStringLiteral("restrict"), m_ref}).exitCode != kOk, true);
        const CliRun restricted =
            coord({QStringLiteral("person"), QStringLiteral("restrict"), m_ref, QStringLiteral("--reason-stdin")},
                  "safeguarding plan, agreed at strategy meeting\n");
        QVERIFY2(restricted.exitCode == kOk, qPrintable(restricted.describe()));
    }

    void cleanup() { m_dir.reset(); }

    void notAllocatedSeesNothing()
    {
        const auto runs = readEverything([&](const QStringList& a) { return other(a); });
        for (const auto& [what, r] : runs) {
            QVERIFY2(leaksNothing(r, m_ref, m_id), qPrintable(what + QStringLiteral(": ") + r.describe()));
            QVERIFY2(r.exitCode == kOk || r.exitCode == kNotFound,
                     qPrintable(what + QStringLiteral(": ") + r.describe()));
        }
        // The direct openings say "not found", as for a record that does not exist.
        QCOMPARE(other({QStringLiteral("person"), QStringLiteral("show"), m_ref}).exitCode, kNotFound);
        QCOMPARE(other({QStringLiteral("timeline"), m_ref}).exitCode, kNotFound);
        QCOMPARE(other({QStringLiteral("referral"), QStringLiteral("show"), m_referral}).exitCode, kNotFound);
        // The ordinary person stays in view.
        const CliRun list = other({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("list")});
        QCOMPARE(list.json().array().size(), 1);
        QVERIFY(list.out.contains(m_plain.toUtf8()));
        // Auditors: the same as the other caseworker.
        for (const QStringList& a :
             {QStringList{QStringLiteral("person"), QStringLiteral("show"), m_ref},
              QStringList{QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("search"),
                          QString::fromUtf8(kFamily)},
              QStringList{QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("list")}}) {
            const CliRun r = as(kAuditor, kAuditorPassword, a);
            QVERIFY2(leaksNothing(r, m_ref, m_id), qPrintable(r.describe()));
        }
    }

    void countsAndSessionByIdKeptFromOthers()
    {
        // My work for the allocated caseworker, asked by someone else: the referral is not counted.
        // (Asked by an auditor: a caseworker may not name another user.)
        const CliRun theirs =
            as(kAuditor, kAuditorPassword,
               {QStringLiteral("--json"), QStringLiteral("work"), QStringLiteral("--user"), kAllocated});
        QVERIFY2(theirs.exitCode == kOk, qPrintable(theirs.describe()));
        const QJsonObject totals = theirs.json().object().value(QStringLiteral("totals")).toObject();
        QVERIFY(!totals.isEmpty());
        int counted = 0;
        for (const QString& k : totals.keys())
            if (totals.value(k).isDouble())
                counted += totals.value(k).toInt();
        QCOMPARE(counted, 0);
        const CliRun own = allocated({QStringLiteral("--json"), QStringLiteral("work")});
        int ownCounted = 0;
        const QJsonObject ownTotals = own.json().object().value(QStringLiteral("totals")).toObject();
        for (const QString& k : ownTotals.keys())
            if (ownTotals.value(k).isDouble())
                ownCounted += ownTotals.value(k).toInt();
        QCOMPARE(ownCounted, 1);
        // The session is the other caseworker's own, yet its attendee is restricted: not opened
        // or changed by its id.
        const CliRun update = other({QStringLiteral("--json"), QStringLiteral("session"), QStringLiteral("update"),
                                     m_session, QStringLiteral("--attendance"), QStringLiteral("cancelled_by_staff")});
        QCOMPARE(update.exitCode, kNotFound);
        QVERIFY2(leaksNothing(update, m_ref, m_id), qPrintable(update.describe()));
        const CliRun mine = allocated({QStringLiteral("--json"), QStringLiteral("session"), QStringLiteral("update"),
                                       m_session, QStringLiteral("--duration"), QStringLiteral("45")});
        QVERIFY2(mine.exitCode == kOk, qPrintable(mine.describe()));
    }

    void allocatedAndCoordinatorSee()
    {
        for (const auto& run :
             {std::function<CliRun(const QStringList&)>([&](const QStringList& a) { return allocated(a); }),
              std::function<CliRun(const QStringList&)>([&](const QStringList& a) { return coord(a); })}) {
            const CliRun show = run({QStringLiteral("person"), QStringLiteral("show"), m_ref});
            QVERIFY2(show.exitCode == kOk && show.out.contains(kFamily), qPrintable(show.describe()));
            const CliRun search = run({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("search"),
                                       QString::fromUtf8(kFamily)});
            QVERIFY2(search.out.contains(m_ref.toUtf8()), qPrintable(search.describe()));
            const CliRun notes = run({QStringLiteral("--json"), QStringLiteral("note"), QStringLiteral("search"),
                                      QString::fromUtf8(kNoteWord)});
            QCOMPARE(notes.json().object().value(QStringLiteral("rows")).toArray().size() + notes.json().array().size(),
                     1);
            const CliRun timeline = run({QStringLiteral("--json"), QStringLiteral("timeline"), m_ref});
            QCOMPARE(timeline.exitCode, kOk);
            const CliRun referrals =
                run({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("list")});
            QVERIFY2(referrals.out.contains(m_referral.toUtf8()), qPrintable(referrals.describe()));
            const CliRun list = run({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("list"),
                                     QStringLiteral("--filter"), QStringLiteral("restricted")});
            QCOMPARE(list.json().array().size(), 1);
        }
    }

    void intakeShowsOnlyTheMarker()
    {
        const CliRun r = other({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("add"),
                                QStringLiteral("--given"), QString::fromUtf8(kGiven), QStringLiteral("--family"),
                                QString::fromUtf8(kFamily), QStringLiteral("--dob"), kDob});
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("a restricted record matches"), qPrintable(r.describe()));
        QVERIFY(r.err.contains("ask your coordinator"));
        QVERIFY(r.json().object().value(QStringLiteral("restricted_match")).toBool());
        QCOMPARE(r.json().object().value(QStringLiteral("possible_duplicates")).toArray().size(), 0);
        QVERIFY(!(r.out + r.err).contains(m_ref.toUtf8()));
        QVERIFY(!(r.out + r.err).contains(m_id.toUtf8()));
        // The allocated caseworker gets the record itself, no marker.
        const CliRun mine = allocated({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("add"),
                                       QStringLiteral("--given"), QString::fromUtf8(kGiven), QStringLiteral("--family"),
                                       QString::fromUtf8(kFamily), QStringLiteral("--dob"), kDob});
        QVERIFY(mine.out.contains(m_ref.toUtf8()));
        QVERIFY(!mine.json().object().value(QStringLiteral("restricted_match")).toBool());
    }

    void writesAreRefusedAndNothingWritten()
    {
        const auto auditRows = [&] {
            return coord({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                          QStringLiteral("--person"), m_ref, QStringLiteral("--limit"), QStringLiteral("500")});
        };
        const CliRun before =
            coord({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("show"), m_ref});
        const QList<QPair<QStringList, QByteArray>> writes = {
            {{QStringLiteral("person"), QStringLiteral("update"), m_id, QStringLiteral("--given"),
              QStringLiteral("Changed")},
             {}},
            {{QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("--person"), m_ref}, "a note\n"},
            {{QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("--referral"), m_referral}, "a note\n"},
            {{QStringLiteral("task"), QStringLiteral("add"), m_ref, QStringLiteral("--due"), isoDays(3)}, "a task\n"},
            {{QStringLiteral("referral"), QStringLiteral("take"), m_referral}, {}},
            {{QStringLiteral("referral"), QStringLiteral("add"), m_ref, QStringLiteral("--source"),
              QStringLiteral("police"), QStringLiteral("--route"), QStringLiteral("community_resolution")},
             {}},
            {{QStringLiteral("person"), QStringLiteral("unrestrict"), m_ref, QStringLiteral("--reason"),
              QStringLiteral("x")},
             {}},
        };
        for (const auto& [args, input] : writes) {
            const CliRun r = other(args, input);
            QVERIFY2(r.exitCode == kPermission || r.exitCode == kNotFound,
                     qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.describe()));
            QVERIFY2(leaksNothing(r, m_ref, m_id), qPrintable(r.describe()));
        }
        const CliRun after = coord({QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("show"), m_ref});
        QCOMPARE(after.json().object(), before.json().object());
        const CliRun audit = auditRows();
        QCOMPARE(audit.exitCode, kOk);
        for (const QJsonValue& row : audit.json().array()) {
            const QString op = row.toObject().value(QStringLiteral("operation")).toString();
            const QString user = row.toObject().value(QStringLiteral("username")).toString() +
                                 row.toObject().value(QStringLiteral("user")).toString();
            if (user.contains(kOther))
                QVERIFY2(op == QStringLiteral("refused") || op.endsWith(QStringLiteral("searched")) ||
                             op.endsWith(QStringLiteral("listed")),
                         qPrintable(op));
        }
        // Nothing under the person was added by the refused writes.
        const CliRun notes = coord({QStringLiteral("--json"), QStringLiteral("note"), QStringLiteral("list"),
                                    QStringLiteral("--person"), m_ref});
        QCOMPARE(notes.json().array().size() + notes.json().object().value(QStringLiteral("rows")).toArray().size(), 1);
        const CliRun referrals = coord({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("list")});
        QCOMPARE(referrals.json().array().size() +
                     referrals.json().object().value(QStringLiteral("rows")).toArray().size(),
                 1);
    }

    void unrestrictGivesItBack()
    {
        const CliRun r = coord({QStringLiteral("person"), QStringLiteral("unrestrict"), m_ref,
                                QStringLiteral("--reason"), QStringLiteral("strategy meeting closed the plan")});
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
        const CliRun show = other({QStringLiteral("person"), QStringLiteral("show"), m_ref});
        QVERIFY2(show.exitCode == kOk && show.out.contains(kFamily), qPrintable(show.describe()));
        const CliRun audit =
            coord({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                   QStringLiteral("--person"), m_ref, QStringLiteral("--limit"), QStringLiteral("500")});
        QVERIFY(audit.out.contains("person.restricted"));
        QVERIFY(audit.out.contains("person.unrestricted"));
        QVERIFY(audit.out.contains("strategy meeting closed the plan"));
    }
};

QTEST_GUILESS_MAIN(TestRestrictedCli)
#include "TestRestrictedCli.moc"
