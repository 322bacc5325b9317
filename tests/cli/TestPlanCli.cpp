// Plan, intervention and provider commands through the real waymark-cli binary: the consent
// gate's refusal (exit code and message), a caseworker refused the override, a coordinator's
// override with a reason from standard input, JSON lists as arrays, and the casebook's own
// intervention types in `codes intervention-type`. People are obviously fictional.

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
constexpr int kConflict = 8;

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestPlanCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<waymark::test::TempDir> m_dir;
    QString m_casebook;
    QString m_referral;
    QString m_intervention;

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
        return r.exitCode == 0;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<waymark::test::TempDir>();
        QVERIFY(m_dir->isValid());
        m_casebook = QString::fromStdString((m_dir->path() / "plans.waymark").string());
        QCOMPARE(coord(words("init --kdf minimum")).exitCode, kOk);
        QVERIFY(addUser(kWorker, QStringLiteral("caseworker"), kWorkerPassword));
        QVERIFY(addUser(kAuditor, QStringLiteral("auditor"), kAuditorPassword));
        const CliRun person = coord(words("person add --given Tegan --family Exampleton --dob 2011-03-14"));
        QCOMPARE(person.exitCode, kOk);
        const QString event = QDate::currentDate().addDays(-3).toString(Qt::ISODate);
        const CliRun referral =
            coord({QStringLiteral("referral"), QStringLiteral("add"), QString::fromUtf8(person.out.trimmed()),
                   QStringLiteral("--source"), QStringLiteral("police"), QStringLiteral("--route"),
                   QStringLiteral("community_resolution"), QStringLiteral("--event-date"), event});
        QCOMPARE(referral.exitCode, kOk);
        m_referral = QString::fromUtf8(referral.out.trimmed());
        QCOMPARE(coord(words("referral screen") << m_referral).exitCode, kOk);
        QCOMPARE(coord(words("referral decide") << m_referral << words("--decision accepted")).exitCode, kOk);
        const CliRun provider = coord(words("provider add --name Northside --kind charity --funding PCC --email "
                                            "team@example.org --phone 01632-960000 --contact-stdin"),
                                      "Sam Example\n");
        QVERIFY2(provider.exitCode == kOk, qPrintable(provider.describe()));
        const CliRun added =
            coord(words("intervention add") << m_referral << words("--type mentoring --start 2030-01-06"));
        QVERIFY2(added.exitCode == kOk, qPrintable(added.describe()));
        m_intervention = QString::fromUtf8(added.out).section(QLatin1Char(' '), 0, 0);
        QVERIFY(!m_intervention.isEmpty());
    }

    void cleanup() { m_dir.reset(); }

    void consentGateRefusesThenCoordinatorOverrides()
    {
        // Refused without consent: validation exit code, the message on stderr.
        const CliRun refused =
            worker(words("intervention update") << m_intervention << words("--status referred --provider northside"));
        QCOMPARE(refused.exitCode, kValidation);
        QVERIFY2(refused.err.contains("consent to share with partner organisations is not recorded on referral " +
                                      m_referral.toUtf8() +
                                      "; record consent first, or a coordinator may override with a reason"),
                 refused.err.constData());
        // --json: the error as a document with its field and rule.
        const CliRun refusedJson = worker(words("--json intervention update")
                                          << m_intervention << words("--status referred --provider northside"));
        QCOMPARE(refusedJson.exitCode, kValidation);
        QVERIFY2(refusedJson.out.contains("consent_not_recorded") || refusedJson.out.contains("consent"),
                 refusedJson.out.constData());
        // A caseworker may not override.
        const CliRun notAllowed =
            worker(words("intervention update")
                       << m_intervention << words("--status referred --provider northside --override-reason-stdin"),
                   "Parent agreed by phone\n");
        QCOMPARE(notAllowed.exitCode, kPermission);
        // A coordinator may, with a reason from standard input.
        const CliRun overridden =
            coord(words("--json intervention update")
                      << m_intervention << words("--status referred --provider northside --override-reason-stdin"),
                  "Parent agreed by phone\n");
        QVERIFY2(overridden.exitCode == kOk, qPrintable(overridden.describe()));
        const QJsonObject o = overridden.json().object();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("referred"));
        QCOMPARE(o.value(QStringLiteral("consent_overridden")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("override_reason")).toString(), QStringLiteral("Parent agreed by phone"));
        QCOMPARE(o.value(QStringLiteral("provider")).toString(), QStringLiteral("Northside"));
        QCOMPARE(o.value(QStringLiteral("referred_on")).toString(), QDate::currentDate().toString(Qt::ISODate));
        // The reason never came from argv, and the audit trail names the override.
        const CliRun audit = coord(words("--json audit list"));
        QCOMPARE(audit.exitCode, kOk);
        QVERIFY(audit.out.contains("intervention.consent_overridden"));
        QVERIFY(audit.out.contains("intervention.refer_refused"));
    }

    void planShowAndListsAreArrays()
    {
        const CliRun goal =
            worker(words("plan goal add") << m_referral << words("--domains ete,peers_lifestyle --text-stdin"),
                   "Back into full-time school\n");
        QVERIFY2(goal.exitCode == kOk, qPrintable(goal.describe()));
        const CliRun badDomain =
            worker(words("plan goal add") << m_referral << words("--domains astrology --text-stdin"), "x\n");
        QCOMPARE(badDomain.exitCode, kValidation);
        const CliRun noText = worker(words("plan goal add") << m_referral);
        QCOMPARE(noText.exitCode, kUsage);

        const CliRun show = worker(words("--json plan show") << m_referral);
        QVERIFY2(show.exitCode == kOk, qPrintable(show.describe()));
        const QJsonObject plan = show.json().object();
        QCOMPARE(plan.value(QStringLiteral("consent")).toString(), QStringLiteral("not_asked"));
        QCOMPARE(plan.value(QStringLiteral("consent_to_share")).toBool(), false);
        QVERIFY(plan.value(QStringLiteral("goals")).isArray());
        QCOMPARE(plan.value(QStringLiteral("goals")).toArray().size(), 1);
        const QJsonObject g = plan.value(QStringLiteral("goals")).toArray().at(0).toObject();
        QCOMPARE(g.value(QStringLiteral("domains")).toArray().size(), 2);
        QCOMPARE(g.value(QStringLiteral("text")).toString(), QStringLiteral("Back into full-time school"));
        QCOMPARE(plan.value(QStringLiteral("interventions")).toArray().size(), 1);
        QVERIFY(plan.value(QStringLiteral("history")).toArray().size() >= 2);

        const CliRun list = worker(words("--json intervention list") << m_referral);
        QCOMPARE(list.exitCode, kOk);
        QVERIFY(list.json().isArray());
        QCOMPARE(list.json().array().size(), 1);
        QCOMPARE(list.json().array().at(0).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("mentoring"));
        const CliRun none = worker(words("--json intervention list --status completed"));
        QCOMPARE(none.exitCode, kOk);
        QVERIFY(none.json().isArray());
        QCOMPARE(none.json().array().size(), 0);

        // Status rules through the CLI: no outcome before the end, no way back from completed.
        QCOMPARE(worker(words("intervention update") << m_intervention << words("--outcome goals_met")).exitCode,
                 kValidation);
        QCOMPARE(worker(words("intervention update") << m_intervention << words("--status active")).exitCode, kOk);
        const CliRun done = worker(words("--json intervention update")
                                   << m_intervention << words("--status completed --outcome goals_met"));
        QVERIFY2(done.exitCode == kOk, qPrintable(done.describe()));
        QCOMPARE(worker(words("intervention update") << m_intervention << words("--status active")).exitCode,
                 kValidation);

        // Auditors see no plans.
        QCOMPARE(as(kAuditor, kAuditorPassword, words("plan show") << m_referral).exitCode, kPermission);
    }

    void providersAndTypes()
    {
        const CliRun list = worker(words("--json provider list"));
        QCOMPARE(list.exitCode, kOk);
        QVERIFY(list.json().isArray());
        QCOMPARE(list.json().array().size(), 1);
        const QJsonObject p = list.json().array().at(0).toObject();
        QCOMPARE(p.value(QStringLiteral("funding_source")).toString(), QStringLiteral("PCC"));
        QCOMPARE(p.value(QStringLiteral("contact_name")).toString(), QStringLiteral("Sam Example"));
        QCOMPARE(p.value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(worker(words("provider add --name Other")).exitCode, kPermission);
        QCOMPARE(coord(words("provider add --name NORTHSIDE")).exitCode, kConflict);
        QCOMPARE(coord(words("provider update northside --active=no")).exitCode, kOk);
        const CliRun active = worker(words("--json provider list --active"));
        QCOMPARE(active.json().array().size(), 0);

        // Built-in types without a casebook; the casebook's own with one.
        const CliRun builtIn = runCli(words("codes intervention-type"));
        QCOMPARE(builtIn.exitCode, kOk);
        QVERIFY(builtIn.out.split('\n').contains("weapons_awareness"));
        QVERIFY(!builtIn.out.contains("boxing"));
        QCOMPARE(worker(words("intervention add-type boxing --label Boxing")).exitCode, kPermission);
        QCOMPARE(coord(words("intervention add-type boxing --label Boxing")).exitCode, kOk);
        QCOMPARE(coord(words("intervention add-type mentoring --label Again")).exitCode, kConflict);
        const CliRun extended = worker(words("--json codes intervention-type"));
        QVERIFY2(extended.exitCode == kOk, qPrintable(extended.describe()));
        QVERIFY(extended.json().isArray());
        QCOMPARE(extended.json().array().size(), 12);
        QCOMPARE(extended.json().array().last().toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("boxing"));
        QCOMPARE(worker(words("intervention add") << m_referral << words("--type boxing")).exitCode, kOk);
    }
};

QTEST_GUILESS_MAIN(TestPlanCli)
#include "TestPlanCli.moc"
