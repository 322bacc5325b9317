// Session commands and the calendar export through the real waymark-cli binary: session
// add (one person, a group), update (one attendee's attendance), list (a JSON array), the
// first attended session making the referral active, and `calendar export-ics` read back by
// an independent parser (Python's icalendar, Debian's python3-icalendar): every event, its
// time in UTC, and no name anywhere in the file.

#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>

namespace {

using waymark::test::CliRun;
using waymark::test::runCli;

const QString kCoord = QStringLiteral("coord");
const QString kCoordPassword = QStringLiteral("correct horse battery staple");
const QString kAuditor = QStringLiteral("aud");
const QString kAuditorPassword = QStringLiteral("reader of logs pass 22");

constexpr int kOk = 0;
constexpr int kUsage = 2;
constexpr int kValidation = 4;
constexpr int kPermission = 6;

// Fictional names that must never reach the calendar file.
const char* const kNames[][2] = {{"Tegan", "Exampleton"}, {"Rhodri", "Sampleford"}, {"Ifeoma", "Testwell"}};

QString day(int offset)
{
    return QDate::currentDate().addDays(offset).toString(Qt::ISODate);
}

} // namespace

class TestSessionCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<waymark::test::TempDir> m_dir;
    QString m_casebook;
    QStringList m_people;
    QStringList m_referrals;

    CliRun as(const QString& user, const QString& password, const QStringList& args, const QByteArray& input = {})
    {
        return runCli(QStringList{QStringLiteral("--casebook"), m_casebook, QStringLiteral("--user"), user} + args,
                      {{QStringLiteral("WAYMARK_PASSWORD"), password}}, input);
    }
    CliRun coord(const QStringList& args, const QByteArray& input = {})
    {
        return as(kCoord, kCoordPassword, args, input);
    }
    QString pathIn(const QString& name) const
    {
        return QString::fromStdString((m_dir->path() / name.toStdString()).string());
    }
    QJsonObject referral(const QString& ref)
    {
        return coord({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("show"), ref})
            .json()
            .object();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<waymark::test::TempDir>();
        m_casebook = pathIn(QStringLiteral("test.waymark"));
        m_people.clear();
        m_referrals.clear();
        QCOMPARE(coord({QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("minimum")}).exitCode, kOk);
        const CliRun aud =
            runCli({QStringLiteral("--casebook"), m_casebook, QStringLiteral("--user"), kCoord, QStringLiteral("user"),
                    QStringLiteral("add"), kAuditor, QStringLiteral("--role"), QStringLiteral("auditor")},
                   {{QStringLiteral("WAYMARK_PASSWORD"), kCoordPassword},
                    {QStringLiteral("WAYMARK_NEW_PASSWORD"), kAuditorPassword}});
        QCOMPARE(aud.exitCode, kOk);
        for (const auto& name : kNames) {
            const CliRun p = coord({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"),
                                    QString::fromUtf8(name[0]), QStringLiteral("--family"), QString::fromUtf8(name[1]),
                                    QStringLiteral("--dob"), QStringLiteral("2011-03-14")});
            QCOMPARE(p.exitCode, kOk);
            m_people << QString::fromUtf8(p.out.trimmed());
            const CliRun r = coord({QStringLiteral("referral"), QStringLiteral("add"), m_people.back(),
                                    QStringLiteral("--source"), QStringLiteral("police"), QStringLiteral("--route"),
                                    QStringLiteral("community_resolution"), QStringLiteral("--received"), day(-3)});
            QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
            m_referrals << QString::fromUtf8(r.out.trimmed());
            QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("screen"), m_referrals.back()}).exitCode, kOk);
            const CliRun d = coord({QStringLiteral("referral"), QStringLiteral("decide"), m_referrals.back(),
                                    QStringLiteral("--decision"), QStringLiteral("accepted")});
            QVERIFY2(d.exitCode == kOk, qPrintable(d.describe()));
        }
    }

    void cleanup() { m_dir.reset(); }

    void addAttendedSessionActivatesTheReferral()
    {
        QCOMPARE(referral(m_referrals[0]).value(QStringLiteral("state")).toString(), QStringLiteral("accepted"));
        const CliRun r = coord({QStringLiteral("--json"), QStringLiteral("session"), QStringLiteral("add"),
                                m_referrals[0], QStringLiteral("--start"), day(-1) + QStringLiteral(" 10:00"),
                                QStringLiteral("--type"), QStringLiteral("home_visit"), QStringLiteral("--duration"),
                                QStringLiteral("75"), QStringLiteral("--attendance"), QStringLiteral("attended"),
                                QStringLiteral("--domain"), QStringLiteral("ete"), QStringLiteral("--note-stdin")},
                               "Talked about college applications.\n");
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
        const QJsonObject s = r.json().object();
        QCOMPARE(s.value(QStringLiteral("type")).toString(), QStringLiteral("home_visit"));
        QCOMPARE(s.value(QStringLiteral("duration_minutes")).toInt(), 75);
        QCOMPARE(s.value(QStringLiteral("start_local")).toString(), day(-1) + QStringLiteral(" 10:00"));
        QCOMPARE(s.value(QStringLiteral("note")).toString(), QStringLiteral("Talked about college applications."));
        QCOMPARE(s.value(QStringLiteral("domains")).toArray().size(), 1);
        const QJsonArray attendees = s.value(QStringLiteral("attendees")).toArray();
        QCOMPARE(attendees.size(), 1);
        QCOMPARE(attendees[0].toObject().value(QStringLiteral("attendance")).toString(), QStringLiteral("attended"));
        QCOMPARE(attendees[0].toObject().value(QStringLiteral("person_reference")).toString(), m_people[0]);
        const QJsonObject after = referral(m_referrals[0]);
        QCOMPARE(after.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        QCOMPARE(after.value(QStringLiteral("first_contact")).toString(), day(-1));
        // Attended ahead of time: refused with the validation exit code.
        const CliRun ahead =
            coord({QStringLiteral("session"), QStringLiteral("add"), m_referrals[1], QStringLiteral("--start"),
                   day(2) + QStringLiteral(" 10:00"), QStringLiteral("--type"), QStringLiteral("phone"),
                   QStringLiteral("--attendance"), QStringLiteral("attended")});
        QCOMPARE(ahead.exitCode, kValidation);
        QCOMPARE(referral(m_referrals[1]).value(QStringLiteral("state")).toString(), QStringLiteral("accepted"));
        // Bad input before the casebook is touched.
        QCOMPARE(coord({QStringLiteral("session"), QStringLiteral("add"), m_referrals[1], QStringLiteral("--start"),
                        QStringLiteral("tomorrow"), QStringLiteral("--type"), QStringLiteral("phone")})
                     .exitCode,
                 kUsage);
        // An auditor may not record sessions.
        QCOMPARE(as(kAuditor, kAuditorPassword,
                    {QStringLiteral("session"), QStringLiteral("add"), m_referrals[1], QStringLiteral("--start"),
                     day(-1) + QStringLiteral(" 09:00"), QStringLiteral("--type"), QStringLiteral("phone")})
                     .exitCode,
                 kPermission);
    }

    void groupSessionListAndUpdate()
    {
        const CliRun g = coord({QStringLiteral("--json"), QStringLiteral("session"), QStringLiteral("add"),
                                m_referrals[0], m_referrals[1], m_referrals[2], QStringLiteral("--start"),
                                day(-1) + QStringLiteral(" 16:30"), QStringLiteral("--type"), QStringLiteral("group")});
        QVERIFY2(g.exitCode == kOk, qPrintable(g.describe()));
        const QString id = g.json().object().value(QStringLiteral("id")).toString();
        QCOMPARE(g.json().object().value(QStringLiteral("attendees")).toArray().size(), 3);
        // One attendee attended, one did not: only that one's referral moves.
        const CliRun u = coord({QStringLiteral("--json"), QStringLiteral("session"), QStringLiteral("update"), id,
                                QStringLiteral("--attendance"), m_people[1] + QStringLiteral("=attended"),
                                QStringLiteral("--attendance"), m_people[2] + QStringLiteral("=did_not_attend")});
        QVERIFY2(u.exitCode == kOk, qPrintable(u.describe()));
        QMap<QString, QString> byPerson;
        for (const auto& a : u.json().object().value(QStringLiteral("attendees")).toArray())
            byPerson[a.toObject().value(QStringLiteral("person_reference")).toString()] =
                a.toObject().value(QStringLiteral("attendance")).toString();
        QCOMPARE(byPerson.value(m_people[0]), QStringLiteral("planned"));
        QCOMPARE(byPerson.value(m_people[1]), QStringLiteral("attended"));
        QCOMPARE(byPerson.value(m_people[2]), QStringLiteral("did_not_attend"));
        QCOMPARE(referral(m_referrals[1]).value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        QCOMPARE(referral(m_referrals[2]).value(QStringLiteral("state")).toString(), QStringLiteral("accepted"));
        // Lists are JSON arrays, also when empty.
        const CliRun all = coord({QStringLiteral("--json"), QStringLiteral("session"), QStringLiteral("list")});
        QCOMPARE(all.exitCode, kOk);
        QVERIFY(all.json().isArray());
        QCOMPARE(all.json().array().size(), 1);
        const CliRun byRef = coord({QStringLiteral("--json"), QStringLiteral("session"), QStringLiteral("list"),
                                    QStringLiteral("--person"), m_people[2]});
        QCOMPARE(byRef.json().array().size(), 1);
        const CliRun none = coord({QStringLiteral("--json"), QStringLiteral("session"), QStringLiteral("list"),
                                   QStringLiteral("--from"), day(5)});
        QVERIFY(none.json().isArray());
        QCOMPARE(none.json().array().size(), 0);
        const CliRun text = coord({QStringLiteral("session"), QStringLiteral("list")});
        QCOMPARE(text.exitCode, kOk);
        QVERIFY(text.out.contains("group"));
        // Names never appear in the CLI's session output either.
        for (const auto& name : kNames)
            QVERIFY(!all.out.contains(name[0]) && !text.out.contains(name[1]));
    }

    void exportedCalendarReadsBackWithoutNames()
    {
        struct Planned
        {
            int referral;
            int dayOffset;
            QString time;
            QString type;
            QByteArray location;
        };
        const QList<Planned> planned = {
            {0, 1, QStringLiteral("09:30"), QStringLiteral("face_to_face"), "Youth club, Mill Lane"},
            {1, 3, QStringLiteral("15:00"), QStringLiteral("school"), "Room 4; Ashfield"},
            {2, 6, QStringLiteral("11:15"), QStringLiteral("video"), ""},
            {2, 30, QStringLiteral("11:15"), QStringLiteral("video"), ""}, // outside the range
        };
        QMap<QString, QString> startById; // session id -> UTC start, from the CLI's own JSON
        for (const auto& p : planned) {
            QStringList args{QStringLiteral("--json"),  QStringLiteral("session"),
                             QStringLiteral("add"),     m_referrals[p.referral],
                             QStringLiteral("--start"), day(p.dayOffset) + ' ' + p.time,
                             QStringLiteral("--type"),  p.type};
            if (!p.location.isEmpty())
                args << QStringLiteral("--location-stdin");
            const CliRun r = coord(args, p.location.isEmpty() ? QByteArray() : p.location + '\n');
            QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
            if (p.dayOffset <= 14)
                startById[r.json().object().value(QStringLiteral("id")).toString()] =
                    r.json().object().value(QStringLiteral("start")).toString();
        }
        const QString file = pathIn(QStringLiteral("my-sessions.ics"));
        const CliRun e =
            coord({QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("export-ics"),
                   QStringLiteral("--from"), day(0), QStringLiteral("--to"), day(14), QStringLiteral("--out"), file});
        QVERIFY2(e.exitCode == kOk, qPrintable(e.describe()));
        QCOMPARE(e.json().object().value(QStringLiteral("events")).toInt(), 3);

        const auto read = [&](const QString& path) {
            QProcess py;
            py.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral(WAYMARK_SOURCE_DIR "/tests/cli/data/read_ics.py"), path});
            if (!py.waitForFinished(60000) || py.exitCode() != 0)
                qWarning("read_ics.py: %s (install python3-icalendar: scripts/install-deps.sh)",
                         py.readAllStandardError().constData());
            return QJsonDocument::fromJson(py.readAllStandardOutput()).object();
        };
        const QJsonObject cal = read(file);
        QVERIFY2(!cal.isEmpty(), "the independent parser could not read the file");
        QCOMPARE(cal.value(QStringLiteral("version")).toString(), QStringLiteral("2.0"));
        QCOMPARE(cal.value(QStringLiteral("timezones")).toArray().size(), 1);
        const QJsonArray events = cal.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 3);
        for (const auto& v : events) {
            const QJsonObject ev = v.toObject();
            const QString uid = ev.value(QStringLiteral("uid")).toString();
            QVERIFY(uid.endsWith(QStringLiteral("@waymark")));
            const QString id = uid.section('@', 0, 0);
            QVERIFY2(startById.contains(id), qPrintable(uid));
            // The parser's reading of DTSTART;TZID=Europe/London is the instant we stored.
            QCOMPARE(ev.value(QStringLiteral("start")).toString(), startById.value(id));
            QCOMPARE(ev.value(QStringLiteral("minutes")).toInt(), 60);
            QVERIFY(ev.value(QStringLiteral("location")).isNull());
            const QString summary = ev.value(QStringLiteral("summary")).toString();
            QVERIFY2(summary.startsWith(QStringLiteral("WM-")), qPrintable(summary));
        }
        // No name anywhere in the bytes, and no location unless asked.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const auto& name : kNames)
            QVERIFY2(!bytes.contains(name[0]) && !bytes.contains(name[1]), name[0]);
        QVERIFY(!bytes.contains("Mill Lane"));
        // With locations and UTC times when the worker asks; escaped text reads back whole.
        const QString withPlaces = pathIn(QStringLiteral("with-places.ics"));
        QCOMPARE(coord({QStringLiteral("calendar"), QStringLiteral("export-ics"), QStringLiteral("--from"), day(0),
                        QStringLiteral("--to"), day(14), QStringLiteral("--out"), withPlaces,
                        QStringLiteral("--with-location"), QStringLiteral("--utc")})
                     .exitCode,
                 kOk);
        const QJsonObject cal2 = read(withPlaces);
        QCOMPARE(cal2.value(QStringLiteral("timezones")).toArray().size(), 0);
        QStringList locations;
        for (const auto& v : cal2.value(QStringLiteral("events")).toArray()) {
            QCOMPARE(v.toObject().value(QStringLiteral("start")).toString(),
                     startById.value(v.toObject().value(QStringLiteral("uid")).toString().section('@', 0, 0)));
            locations << v.toObject().value(QStringLiteral("location")).toString();
        }
        QVERIFY(locations.contains(QStringLiteral("Youth club, Mill Lane")));
        QVERIFY(locations.contains(QStringLiteral("Room 4; Ashfield")));
        // The export is audited as a disclosure with its count; an auditor may not export.
        const CliRun audit = coord({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")});
        QVERIFY(audit.out.contains("calendar.exported"));
        QVERIFY(audit.out.contains("disclosure: 3 sessions"));
        QCOMPARE(as(kAuditor, kAuditorPassword,
                    {QStringLiteral("calendar"), QStringLiteral("export-ics"), QStringLiteral("--from"), day(0),
                     QStringLiteral("--to"), day(14), QStringLiteral("--out"), pathIn(QStringLiteral("aud.ics"))})
                     .exitCode,
                 kPermission);
        QVERIFY(!QFile::exists(pathIn(QStringLiteral("aud.ics"))));
        // Missing options are usage errors.
        QCOMPARE(coord({QStringLiteral("calendar"), QStringLiteral("export-ics"), QStringLiteral("--from"), day(0)})
                     .exitCode,
                 kUsage);
    }
};

QTEST_GUILESS_MAIN(TestSessionCli)
#include "TestSessionCli.moc"
