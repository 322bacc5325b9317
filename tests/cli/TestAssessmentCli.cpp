// Assessment and template commands through the real waymark-cli binary: assessment add (ratings
// on argv, texts on stdin), reassess with the distance travelled, show, list (arrays), due,
// template list/show/publish; exit codes for bad input, validation and refused roles.
// Casebooks are made with `init --kdf minimum` in temporary folders; people are fictional.

#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QDate>
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

const QStringList kDomains = {
    QStringLiteral("living_arrangements"),
    QStringLiteral("family_relationships"),
    QStringLiteral("ete"),
    QStringLiteral("neighbourhood"),
    QStringLiteral("peers_lifestyle"),
    QStringLiteral("substance_use"),
    QStringLiteral("physical_health"),
    QStringLiteral("emotional_mental_health"),
    QStringLiteral("speech_language_communication"),
    QStringLiteral("exploitation_safety"),
    QStringLiteral("thinking_behaviour"),
    QStringLiteral("attitudes_to_offending"),
    QStringLiteral("motivation_to_change"),
};

// --rating D=n for every default domain except `skip`.
QStringList ratings(int value, const QString& skip = {})
{
    QStringList out;
    for (const auto& d : kDomains)
        if (d != skip)
            out << QStringLiteral("--rating") << d + QLatin1Char('=') + QString::number(value);
    return out;
}

} // namespace

class TestAssessmentCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<waymark::test::TempDir> m_dir;
    QString m_casebook;
    QString m_person;
    QString m_referral;

    CliRun as(const QString& user, const QString& password, const QStringList& args, const QByteArray& input = {})
    {
        return runCli(QStringList{QStringLiteral("--casebook"), m_casebook, QStringLiteral("--user"), user} + args,
                      {{QStringLiteral("WAYMARK_PASSWORD"), password}}, input);
    }
    CliRun coord(const QStringList& args, const QByteArray& input = {})
    {
        return as(kCoord, kCoordPassword, args, input);
    }

    bool addUser(const QString& name, const QString& role, const QString& password)
    {
        const CliRun r = runCli(
            {QStringLiteral("--casebook"), m_casebook, QStringLiteral("--user"), kCoord, QStringLiteral("user"),
             QStringLiteral("add"), name, QStringLiteral("--role"), role},
            {{QStringLiteral("WAYMARK_PASSWORD"), kCoordPassword}, {QStringLiteral("WAYMARK_NEW_PASSWORD"), password}});
        return r.exitCode == 0;
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
        const QString received = QDate::currentDate().addDays(-3).toString(Qt::ISODate);
        const CliRun referral = coord({QStringLiteral("referral"), QStringLiteral("add"), m_person,
                                       QStringLiteral("--source"), QStringLiteral("police"), QStringLiteral("--route"),
                                       QStringLiteral("triage"), QStringLiteral("--received"), received});
        QCOMPARE(referral.exitCode, kOk);
        m_referral = QString::fromUtf8(referral.out.trimmed());
        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("screen"), m_referral}).exitCode, kOk);
        QCOMPARE(coord({QStringLiteral("referral"), QStringLiteral("decide"), m_referral, QStringLiteral("--decision"),
                        QStringLiteral("accepted")})
                     .exitCode,
                 kOk);
    }

    void cleanup() { m_dir.reset(); }

    void templatesListShowAndPublish()
    {
        CliRun r = coord({QStringLiteral("--json"), QStringLiteral("template"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, kOk);
        QVERIFY(r.json().isArray());
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(r.json().array().at(0).toObject().value(QStringLiteral("domain_count")).toInt(), 13);
        r = coord({QStringLiteral("template"), QStringLiteral("show"), QStringLiteral("default")});
        QCOMPARE(r.exitCode, kOk);
        QVERIFY(r.out.contains("13. motivation_to_change  Motivation to change"));
        // Caseworkers may not publish (6); a coordinator makes version 2 from stdin.
        r = as(kWorker, kWorkerPassword,
               {QStringLiteral("template"), QStringLiteral("publish"), QStringLiteral("default"),
                QStringLiteral("--domain"), QStringLiteral("safety=Safety")});
        QCOMPARE(r.exitCode, kPermission);
        r = coord({QStringLiteral("--json"), QStringLiteral("template"), QStringLiteral("publish"),
                   QStringLiteral("default"), QStringLiteral("--domains-stdin")},
                  "# domains in order\nsafety=Safety\nwellbeing=Wellbeing and health\n");
        QCOMPARE(r.exitCode, kOk);
        const QJsonObject v2 = r.json().object();
        QCOMPARE(v2.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(v2.value(QStringLiteral("name")).toString(), QStringLiteral("Standard assessment"));
        QCOMPARE(v2.value(QStringLiteral("domains")).toArray().size(), 2);
        r = coord({QStringLiteral("--json"), QStringLiteral("template"), QStringLiteral("show"),
                   QStringLiteral("default"), QStringLiteral("--version"), QStringLiteral("1")});
        QCOMPARE(r.json().object().value(QStringLiteral("domains")).toArray().size(), 13);
        // A bad domain list is a validation error; neither --domain nor stdin is a usage error.
        r = coord({QStringLiteral("template"), QStringLiteral("publish"), QStringLiteral("default"),
                   QStringLiteral("--domain"), QStringLiteral("Bad Code=Label")});
        QCOMPARE(r.exitCode, kValidation);
        r = coord({QStringLiteral("template"), QStringLiteral("publish"), QStringLiteral("default")});
        QCOMPARE(r.exitCode, kUsage);
        r = coord({QStringLiteral("template"), QStringLiteral("show"), QStringLiteral("nothing")});
        QCOMPARE(r.exitCode, kNotFound);
    }

    void addShowListReassess()
    {
        // Due before anything is recorded.
        CliRun r = coord({QStringLiteral("--json"), QStringLiteral("assessment"), QStringLiteral("due")});
        QCOMPARE(r.exitCode, kOk);
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(r.json().array().at(0).toObject().value(QStringLiteral("referral")).toString(), m_referral);

        const QByteArray texts = "notes.substance_use=Generated note\\nsecond line\n"
                                 "strengths=Generated strengths\n"
                                 "own_view=Generated view\n"
                                 "rating.motivation_to_change=na\n";
        r = as(kWorker, kWorkerPassword,
               QStringList{QStringLiteral("--json"), QStringLiteral("assessment"), QStringLiteral("add"), m_referral,
                           QStringLiteral("--text-stdin")} +
                   ratings(3, QStringLiteral("motivation_to_change")),
               texts);
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
        const QJsonObject first = r.json().object();
        const QString firstId = first.value(QStringLiteral("id")).toString();
        QCOMPARE(first.value(QStringLiteral("total_score")).toInt(), 36);
        QCOMPARE(first.value(QStringLiteral("rated")).toInt(), 12);
        QCOMPARE(first.value(QStringLiteral("assessor")).toString(), kWorker);
        QCOMPARE(first.value(QStringLiteral("own_view")).toString(), QStringLiteral("Generated view"));
        const QJsonArray domains = first.value(QStringLiteral("domains")).toArray();
        QCOMPARE(domains.size(), 13);
        QCOMPARE(domains.at(5).toObject().value(QStringLiteral("notes")).toString(),
                 QStringLiteral("Generated note\nsecond line"));
        QVERIFY(domains.at(12).toObject().value(QStringLiteral("not_assessed")).toBool());
        QVERIFY(domains.at(12).toObject().value(QStringLiteral("rating")).isNull());
        // The clock stopped: nothing due now.
        r = coord({QStringLiteral("--json"), QStringLiteral("assessment"), QStringLiteral("due")});
        QCOMPARE(r.json().array().size(), 0);

        // Reassess: substance use 3 -> 1, everything else carried over.
        r = coord({QStringLiteral("--json"), QStringLiteral("assessment"), QStringLiteral("reassess"), firstId,
                   QStringLiteral("--rating"), QStringLiteral("substance_use=1")});
        QVERIFY2(r.exitCode == kOk, qPrintable(r.describe()));
        const QJsonObject second = r.json().object();
        QCOMPARE(second.value(QStringLiteral("reassessment_of")).toString(), firstId);
        const QJsonObject distance = second.value(QStringLiteral("distance")).toObject();
        QCOMPARE(distance.value(QStringLiteral("total_change")).toInt(), -2);
        QCOMPARE(distance.value(QStringLiteral("compared")).toInt(), 12);
        const QJsonObject substance = distance.value(QStringLiteral("domains")).toArray().at(5).toObject();
        QCOMPARE(substance.value(QStringLiteral("previous")).toInt(), 3);
        QCOMPARE(substance.value(QStringLiteral("current")).toInt(), 1);
        QCOMPARE(substance.value(QStringLiteral("change")).toInt(), -2);
        const QString secondId = second.value(QStringLiteral("id")).toString();
        r = coord({QStringLiteral("assessment"), QStringLiteral("show"), secondId});
        QCOMPARE(r.exitCode, kOk);
        QVERIFY(r.out.contains("Substance use: 3 -> 1  (-2)"));
        QVERIFY(r.out.contains("total over 12 domains rated both times: 36 -> 34  (-2)"));

        // Lists are arrays, newest first, by referral or by person.
        for (const QString& ref : {m_referral, m_person}) {
            r = coord({QStringLiteral("--json"), QStringLiteral("assessment"), QStringLiteral("list"), ref});
            QCOMPARE(r.exitCode, kOk);
            QVERIFY(r.json().isArray());
            QCOMPARE(r.json().array().size(), 2);
        }
        // Auditors see none of it.
        r = as(kAuditor, kAuditorPassword, {QStringLiteral("assessment"), QStringLiteral("show"), firstId});
        QCOMPARE(r.exitCode, kPermission);
        r = as(kAuditor, kAuditorPassword, {QStringLiteral("assessment"), QStringLiteral("list"), m_referral});
        QCOMPARE(r.exitCode, kPermission);
    }

    void badInputAndValidation()
    {
        // A rating out of range or malformed is bad input (2), before the casebook is opened.
        CliRun r = coord({QStringLiteral("assessment"), QStringLiteral("add"), m_referral, QStringLiteral("--rating"),
                          QStringLiteral("substance_use=5")});
        QCOMPARE(r.exitCode, kUsage);
        r = coord({QStringLiteral("assessment"), QStringLiteral("add"), m_referral, QStringLiteral("--rating"),
                   QStringLiteral("substance_use")});
        QCOMPARE(r.exitCode, kUsage);
        // A domain left out is a validation error naming it (4).
        r = coord(QStringList{QStringLiteral("assessment"), QStringLiteral("add"), m_referral} +
                  ratings(2, QStringLiteral("neighbourhood")));
        QCOMPARE(r.exitCode, kValidation);
        QVERIFY(r.err.contains("rating.neighbourhood"));
        // A stdin line that is not key=value is named by number, its text not echoed.
        r = coord(QStringList{QStringLiteral("assessment"), QStringLiteral("add"), m_referral,
                              QStringLiteral("--text-stdin")} +
                      ratings(2),
                  "summary=fine\nSecretWords without equals\n");
        QCOMPARE(r.exitCode, kUsage);
        QVERIFY(r.err.contains("line 2"));
        QVERIFY(!r.err.contains("SecretWords"));
        // A future date, an unknown referral, a malformed id.
        r = coord(QStringList{QStringLiteral("assessment"), QStringLiteral("add"), m_referral, QStringLiteral("--date"),
                              QDate::currentDate().addDays(2).toString(Qt::ISODate)} +
                  ratings(2));
        QCOMPARE(r.exitCode, kValidation);
        r = coord(
            QStringList{QStringLiteral("assessment"), QStringLiteral("add"), QStringLiteral("RF-XXXX-2026-99999")} +
            ratings(2));
        QCOMPARE(r.exitCode, kNotFound);
        r = coord({QStringLiteral("assessment"), QStringLiteral("show"), QStringLiteral("42")});
        QCOMPARE(r.exitCode, kUsage);
        // Nothing was recorded.
        r = coord({QStringLiteral("--json"), QStringLiteral("assessment"), QStringLiteral("list"), m_referral});
        QCOMPARE(r.json().array().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAssessmentCli)
#include "TestAssessmentCli.moc"
