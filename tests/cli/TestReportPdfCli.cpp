// report run --format pdf through the real waymark-cli binary (which starts Qt offscreen only
// for the PDF): on the hand-made funnel casebook of TestReportCli the PDF's text, read back with
// pdftotext, has the title, the definition, the parameters, a known count, the suppression
// marker in a hidden cell and "Page 1 of 1"; the filters' values by their labels ("Police")
// while the table, CSV and JSON keep the codes; the export is audited as a disclosure with format
// pdf; --format pdf without --out fails with exit 4 and writes nothing; a failed run leaves no
// file behind.

#include "tests/cli/CliRunner.h"
#include "tests/core/reports/ReportFixtures.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <filesystem>

using namespace waymark;
using test::ymd;

class TestReportPdfCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDir> m_dir;
    std::filesystem::path m_path;

    QMap<QString, QString> env() const { return {{"WAYMARK_PASSWORD", test::kPassword}}; }
    QStringList funnel(const QStringList& more) const
    {
        QStringList args{"--casebook", QString::fromStdString(m_path.string()), "--user", test::kUser};
        args << "report"
             << "run"
             << "funnel"
             << "--from"
             << "2026-04-01"
             << "--to"
             << "2026-04-30" << more;
        return args;
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
        m_path = m_dir->file("pdf.waymark");
        test::ReportScheme s(m_path, ymd(2026, 4, 1));
        QVERIFY(s.casebook);
        // As TestReportCli: five girls accepted, three boys declined (one asian_pakistani).
        const auto girl12 = test::bornForAge2026(12);
        const auto girl16 = test::bornForAge2026(16);
        const auto boy15 = test::bornForAge2026(15);
        for (int i = 0; i < 5; ++i) {
            const Uuid p = s.person("female", "white_british", i < 3 ? girl12 : girl16);
            const Uuid r = s.referral(p, ymd(2026, 4, 6 + i));
            QVERIFY(s.decide(r, ymd(2026, 4, 20), "accepted"));
        }
        for (int i = 0; i < 3; ++i) {
            const Uuid p = s.person("male", i == 2 ? "asian_pakistani" : "white_british", boy15);
            const Uuid r = s.referral(p, ymd(2026, 4, 13 + i));
            QVERIFY(s.decide(r, ymd(2026, 4, 21), "declined", i == 0 ? "parent_declined" : "programme_full"));
        }
        QVERIFY(s.casebook->reports().setSuppressionThreshold(3)); // hides 1 and 2
    }
    void cleanupTestCase() { m_dir.reset(); }

    void funnelAsPdf()
    {
        const auto out = m_dir->file("funnel.pdf");
        const auto run = test::runCli(
            funnel({"--format", "pdf", "--out", QString::fromStdString(out.string()), "--recipient", "PCC"}), env());
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.err.isEmpty()); // no Qt chatter
        QVERIFY(std::filesystem::exists(out));
        const QString text = pdfText(out);
        QVERIFY2(text.contains("Diversion funnel"), qPrintable(text));
        QVERIFY(text.contains("Disparity ratio"));
        QVERIFY(text.contains("From 2026-04-01 to 2026-04-30"));
        QVERIFY(text.contains("Generated "));
        QVERIFY(text.contains("Page 1 of 1"));
        // Known counts: female referred 5, eligible 5; all 8.
        QVERIFY2(text.contains(QRegularExpression("female\\s+Female\\s+5\\s+5\\s")), qPrintable(text));
        QVERIFY(text.contains(QRegularExpression("all\\s+All referrals\\s+8\\s")));
        // Hidden: the one asian_pakistani boy's counts (1, below the threshold of 3).
        QVERIFY2(text.contains(QRegularExpression("asian_pakistani\\s+\\S.*\\s\\*\\s")), qPrintable(text));
        QVERIFY(text.contains("* marks a count from 1 to 2"));
        // The reasons' kind in words, never a code.
        QVERIFY2(text.contains(QRegularExpression("\\snot offered\\s")), qPrintable(text));
        QVERIFY(!text.contains("not_offered"));
        // No temporary file left beside it.
        int files = 0;
        for (const auto& entry : std::filesystem::directory_iterator(out.parent_path()))
            files += entry.path().filename().string().starts_with("funnel.pdf") ? 1 : 0;
        QCOMPARE(files, 1);

        auto cb = Casebook::open(m_path, test::kUser, test::kPassword);
        QVERIFY(cb);
        QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM audit_log WHERE operation = 'report.exported' AND detail "
                                    "LIKE 'disclosure: %format=pdf threshold=3 recipient=PCC'"),
                 1);
    }

    void filterValuesPrintAsLabelsInThePdfOnly()
    {
        // The PDF names each filter's value by its label from core's code tables; the terminal
        // table, the CSV and the JSON keep the codes (machine formats, docs/cli.md).
        const QStringList filters{"--filter", "source=police", "--filter", "route=community_resolution",
                                  "--filter", "age-band=10_14"};
        const auto out = m_dir->file("filtered.pdf");
        const auto run = test::runCli(
            funnel(filters + QStringList{"--format", "pdf", "--out", QString::fromStdString(out.string())}), env());
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString text = pdfText(out);
        const QStringList lines = text.split('\n').filter("Filters:");
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.front().simplified(),
                 QStringLiteral("Filters: source Police; route Community Resolution; age band 10\u201314"));
        QVERIFY(!text.contains("police"));
        QVERIFY(!text.contains("community_resolution"));

        const auto table = test::runCli(funnel(filters), env());
        QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
        QVERIFY2(table.out.contains("source police; route community_resolution; age band 10_14"),
                 qPrintable(table.describe()));
        const auto json = test::runCli(funnel(filters + QStringList{"--format", "json"}), env());
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        const QString doc = QString::fromUtf8(json.out);
        QVERIFY2(doc.contains(QRegularExpression("\"source\"\\s*:\\s*\"police\"")), qPrintable(doc));
        QVERIFY(doc.contains(QRegularExpression("\"age_band\"\\s*:\\s*\"10_14\"")));
        QVERIFY(!doc.contains("Police"));
        const auto csv = test::runCli(funnel(filters + QStringList{"--format", "csv"}), env());
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.describe()));
        QVERIFY2(csv.out.contains("\nfemale,Female,"),
                 qPrintable(csv.describe())); // the code beside its label, as before
    }

    void pdfWithoutOutFailsAndWritesNothing()
    {
        auto cb0 = Casebook::open(m_path, test::kUser, test::kPassword);
        QVERIFY(cb0);
        const int before = test::scalar(**cb0, "SELECT count(*) FROM audit_log WHERE operation = 'report.exported'");
        cb0->reset();
        const auto run = test::runCli(funnel({"--format", "pdf"}), env());
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains("--out"));
        QVERIFY(run.out.isEmpty());
        auto cb = Casebook::open(m_path, test::kUser, test::kPassword);
        QVERIFY(cb);
        QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM audit_log WHERE operation = 'report.exported'"), before);

        // A report that does not exist: nothing written.
        const auto out = m_dir->file("none.pdf");
        QStringList args{"--casebook", QString::fromStdString(m_path.string()), "--user", test::kUser};
        args << "report"
             << "run"
             << "nonsense"
             << "--from"
             << "2026-04-01"
             << "--to"
             << "2026-04-30"
             << "--format"
             << "pdf"
             << "--out" << QString::fromStdString(out.string());
        QVERIFY(test::runCli(args, env()).exitCode != 0);
        QVERIFY(!std::filesystem::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestReportPdfCli)
#include "TestReportPdfCli.moc"
