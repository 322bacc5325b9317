// case summary CASE-REF --recipient TEXT --out FILE through the real waymark-cli binary: the
// one-page PDF's text (pdftotext) has the young person's name in its own script, the case
// reference, the referral with its codes by their English labels ("Police", not "police"; a
// casebook's own intervention type by its coordinator's label), the assessment change, the recipient and "Page 1 of 1",
// and never a note's text; the disclosure is audited with its recipient; without --out or --recipient it fails with
// exit 4 and writes nothing; an auditor is refused (exit 6).

#include "tests/cli/CliRunner.h"
#include "tests/core/reports/OutcomeFixtures.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace waymark;
using test::ymd;

class TestCaseSummaryCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDir> m_dir;
    std::filesystem::path m_path;
    QString m_reference;

    QMap<QString, QString> env(const char* password = test::kPassword) const
    {
        return {{"WAYMARK_PASSWORD", password}};
    }
    QStringList base(const char* user = test::kUser) const
    {
        return {"--casebook", QString::fromStdString(m_path.string()), "--user", user};
    }
    static QString pdfText(const std::filesystem::path& pdf)
    {
        QProcess p;
        p.start(PDFTOTEXT, {"-layout", QString::fromStdString(pdf.string()), "-"});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_path = m_dir->file("summary.waymark");
        test::OutcomeScheme s(m_path, ymd(2026, 3, 1));
        QVERIFY(s.casebook);
        QVERIFY(s.casebook->users().add("dpo", "lantern auditor walnut 2026", Role::Auditor, "Dana Auditor"));
        Person p = test::samplePerson(1);
        p.givenName = "Zoë";
        p.familyName = "Łukasiewicz-Дмитриев";
        p.dateOfBirth = test::bornForAge2026(15);
        p.flags.lookedAfter = true;
        auto created = s.casebook->people().create(p);
        QVERIFY(created);
        m_reference = QString::fromStdString(created->person.caseReference);
        const Uuid r = s.referral(created->person.id, ymd(2026, 3, 2));
        QVERIFY(s.decide(r, ymd(2026, 3, 3), "accepted"));
        const Uuid first = s.assessment(r, ymd(2026, 3, 10), 3);
        QVERIFY(!first.isNull());
        QVERIFY(!s.assessment(r, ymd(2026, 5, 10), 2, {}, first).isNull());
        QVERIFY(!s.intervention(r, "mentoring", Uuid{}).isNull());
        // A type of the casebook's own prints with the label its coordinator gave it.
        QVERIFY(s.casebook->plans().addInterventionType("sports_club", "Saturday sports club"));
        QVERIFY(!s.intervention(r, "sports_club", Uuid{}).isNull());
        QVERIFY(s.session(r, ymd(2026, 3, 12)));
        QVERIFY(s.session(r, ymd(2026, 3, 19), "did_not_attend"));
        NoteInput secret;
        secret.referralId = r;
        secret.sensitive = true;
        secret.text = "Quokka-sensitive note text";
        QVERIFY(s.casebook->notes().add(secret));
    }
    void cleanupTestCase() { m_dir.reset(); }

    void summaryAsPdf()
    {
        const auto out = m_dir->file("summary.pdf");
        auto args = base();
        args << "case"
             << "summary" << m_reference << "--recipient"
             << "Youth panel (Cardiff)"
             << "--out" << QString::fromStdString(out.string());
        const auto run = test::runCli(args, env());
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.err.isEmpty());
        const QString text = pdfText(out);
        QVERIFY2(text.contains("Case summary for panel"), qPrintable(text));
        QVERIFY(text.contains("Zoë"));
        QVERIFY(text.contains("Łukasiewicz-Дмитриев"));
        QVERIFY(text.contains(m_reference));
        // Codes by their English labels (core's code tables), never as stored.
        QVERIFY(text.contains("Community Resolution"));
        QVERIFY(text.contains(QRegularExpression("Source\\s+Police\\b")));
        QVERIFY(text.contains("Theft and handling"));
        QVERIFY(text.contains(QRegularExpression("State\\s+(Accepted|Active)\\b")));
        QVERIFY(text.contains("Looked-after child"));
        QVERIFY(text.contains("Mentoring"));
        QVERIFY(text.contains("Saturday sports club"));
        for (const char* code : {"community_resolution", "police", "theft", "accepted", "active", "looked_after",
                                 "mentoring", "sports_club", "planned", "assessment_due", "review_due"})
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QLatin1String(code)))),
                     qPrintable(QStringLiteral("%1 printed as stored:\n%2").arg(QLatin1String(code), text)));
        QVERIFY(text.contains("Youth panel (Cardiff)"));
        QVERIFY(text.contains("Page 1 of 1"));
        QVERIFY(text.contains("Attended 1, did not attend 1"));
        QVERIFY(text.contains(QRegularExpression("Total change -\\d+")));
        QVERIFY(!text.contains("Quokka"));

        auto cb = Casebook::open(m_path, test::kUser, test::kPassword);
        QVERIFY(cb);
        QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM audit_log WHERE operation = 'case.summary_disclosed' AND "
                                    "detail = 'disclosure: recipient=Youth panel (Cardiff)'"),
                 1);
    }

    void refusalsWriteNothing()
    {
        const auto out = m_dir->file("refused.pdf");
        auto args = base();
        args << "case"
             << "summary" << m_reference << "--recipient"
             << "Panel";
        QCOMPARE(test::runCli(args, env()).exitCode, 4); // no --out
        args = base();
        args << "case"
             << "summary" << m_reference << "--out" << QString::fromStdString(out.string());
        QCOMPARE(test::runCli(args, env()).exitCode, 4); // no --recipient
        args = base("dpo");
        args << "case"
             << "summary" << m_reference << "--recipient"
             << "Panel"
             << "--out" << QString::fromStdString(out.string());
        QCOMPARE(test::runCli(args, env("lantern auditor walnut 2026")).exitCode, 6);
        QVERIFY(!std::filesystem::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCaseSummaryCli)
#include "TestCaseSummaryCli.moc"
