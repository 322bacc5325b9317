// The report PDF renderer in-process (ui/render/ReportPdf.h): a long table carries on over
// pages with its title marked "(continued)" and its header repeated, every page says
// "Page N of M", non-Latin labels come out as real text, suppressed cells show the marker,
// the totals row its label, the labels can be swapped (the GUI's translations) and a chart
// painter draws into its rectangle. The text is read back with pdftotext.

#include "core/reports/ReportExport.h"
#include "ui/render/ReportPdf.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {

Report longReport(int rows)
{
    Report r;
    r.name = "caseload";
    r.title = "Caseload and activity per caseworker";
    r.definition = "Open cases on the last day; sessions and contact minutes in the period.";
    r.params.from = *Date::fromYmd(2026, 4, 1);
    r.params.to = *Date::fromYmd(2026, 6, 30);
    r.params.filters.route = "triage";
    r.generatedAt = "2026-07-01T09:00:00Z";
    ReportTable t;
    t.name = "caseload";
    t.title = "Caseload";
    t.columns = {{"worker", "Caseworker", ColumnKind::Text, {}, false},
                 {"open", "Open cases", ColumnKind::Count, {}, false},
                 {"minutes", "Contact minutes", ColumnKind::Number, {}, false},
                 {"pct", "Seen within limit %", ColumnKind::Percent, {}, false}};
    for (int i = 0; i < rows; ++i) {
        ReportRow row;
        const std::string name = i == 0 ? "Zoë Łukasiewicz-Ωμέγα Дмитрий" : "Worker " + std::to_string(i + 1);
        row.cells = {ReportCell{name, {}}, ReportCell{{}, 10.0 + i}, ReportCell{{}, 30.0 * i}, ReportCell{{}, 62.25}};
        if (i == 1)
            row.cells[1].suppressed = true;
        t.rows.push_back(row);
    }
    ReportRow total;
    total.cells = {ReportCell{}, ReportCell{{}, 4242.0}, ReportCell{{}, 1.0}, ReportCell{{}, 50.0}};
    t.totals = total;
    r.tables.push_back(t);
    r.suppressed = true;
    r.threshold = 5;
    return r;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The PDF's text (pdftotext -layout), page by page (split on form feeds).
    QStringList pagesOf(const std::string& pdf)
    {
        const QString path = m_dir.filePath(QStringLiteral("r.pdf"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(pdf.data(), static_cast<qint64>(pdf.size()));
        f.close();
        QProcess p;
        p.start(QStringLiteral(PDFTOTEXT), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
        while (!pages.isEmpty() && pages.last().trimmed().isEmpty())
            pages.removeLast();
        return pages;
    }

private Q_SLOTS:
    void longTableCarriesOnWithHeaderRepeated()
    {
        const Report report = longReport(150);
        auto pdf = render::renderReportPdf(report);
        QVERIFY(pdf);
        QVERIFY(pdf->starts_with("%PDF-"));
        const QStringList pages = pagesOf(*pdf);
        QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
        const QString of = QStringLiteral(" of %1").arg(pages.size());
        for (int i = 0; i < pages.size(); ++i) {
            const QString& page = pages[i];
            QVERIFY2(page.contains(QStringLiteral("Page %1").arg(i + 1) + of), qPrintable(page.right(200)));
            QVERIFY(page.contains(QStringLiteral("Caseworker"))); // the header, on every page
            if (i > 0)
                QVERIFY(page.contains(QStringLiteral("Caseload (continued)")));
        }
        const QString first = pages.first();
        QVERIFY(first.contains(QStringLiteral("Caseload and activity per caseworker")));
        QVERIFY(first.contains(QStringLiteral("Open cases on the last day")));
        QVERIFY(first.contains(QStringLiteral("From 2026-04-01 to 2026-06-30")));
        QVERIFY(first.contains(QStringLiteral("Filters: route triage")));
        QVERIFY(first.contains(QStringLiteral("Generated 2026-07-01T09:00:00Z")));
        QVERIFY(first.contains(QStringLiteral("Zoë Łukasiewicz-Ωμέγα Дмитрий")));
        // Worker 2's open cases are hidden; worker 3's shown (12), formatted as the CSV does.
        QRegularExpression hidden(QStringLiteral("Worker 2\\s+\\*\\s+30\\s+62\\.3"));
        QVERIFY2(first.contains(hidden), qPrintable(first.left(3000)));
        QVERIFY(first.contains(QRegularExpression(QStringLiteral("Worker 3\\s+12\\s+60\\s+62\\.3"))));
        QVERIFY(first.contains(QStringLiteral("marks a count from 1 to 4")));
        // Every row is there once; the totals row at the end, labelled.
        const QString all = pages.join(QLatin1Char('\n'));
        for (int i = 2; i <= 150; ++i)
            QVERIFY2(all.count(QRegularExpression(QStringLiteral("Worker %1\\s").arg(i))) == 1,
                     qPrintable(QString::number(i)));
        QVERIFY(pages.last().contains(QRegularExpression(QStringLiteral("Total\\s+4242\\s+1\\s+50\\.0"))));
    }

    void labelsAndChartsAreTheCallers()
    {
        Report report = longReport(3);
        report.suppressed = false; // the screen's copy: true counts, no marker, no note
        render::ReportPdfOptions options;
        options.labels.page = QStringLiteral("Tudalen %1 o %2");
        options.labels.total = QStringLiteral("Cyfanswm");
        options.words = [](render::ReportWord kind, const std::string& key, const std::string&) {
            // Keyed by what the text is, not by its English.
            if (kind == render::ReportWord::TableTitle && key == "caseload")
                return QStringLiteral("Llwyth achosion");
            if (kind == render::ReportWord::Title && key == "caseload")
                return QStringLiteral("Llwyth achosion a gweithgarwch");
            if (kind == render::ReportWord::Column && key == "worker")
                return QStringLiteral("Gweithiwr");
            if (kind == render::ReportWord::Cell && key == "Worker 2")
                return QStringLiteral("Gweithiwr 2");
            return QString();
        };
        QRectF given;
        options.charts.push_back([&](QPainter& p, const QRectF& rect) {
            given = rect;
            p.setPen(Qt::black);
            p.drawText(rect, Qt::AlignCenter, QStringLiteral("CHART-MARK"));
        });
        auto pdf = render::renderReportPdf(report, options);
        QVERIFY(pdf);
        QVERIFY(given.isValid());
        const QStringList pages = pagesOf(*pdf);
        QCOMPARE(pages.size(), 1);
        QVERIFY(pages[0].contains(QStringLiteral("Tudalen 1 o 1")));
        QVERIFY(pages[0].contains(QStringLiteral("Llwyth achosion")));
        QVERIFY(pages[0].contains(QStringLiteral("Llwyth achosion a gweithgarwch")));
        QVERIFY(!pages[0].contains(QStringLiteral("Caseload and activity")));
        QVERIFY(pages[0].contains(QStringLiteral("Gweithiwr")));
        QVERIFY(pages[0].contains(QStringLiteral("CHART-MARK")));
        QVERIFY(pages[0].contains(QRegularExpression(QStringLiteral("Cyfanswm\\s+4242"))));
        QVERIFY(pages[0].contains(QRegularExpression(QStringLiteral("Gweithiwr 2\\s+11\\s"))));
        QVERIFY(!pages[0].contains(QStringLiteral("marks a count")));
    }
};

QTEST_MAIN(TestReportPdf)
#include "TestReportPdf.moc"
