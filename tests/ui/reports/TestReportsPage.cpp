#include "../pages/PagesFixture.h"

#include "core/reports/Reports.h"
#include "core/store/Database.h"
#include "ui/app/Language.h"
#include "ui/convert/Convert.h"
#include "ui/pages/MainWindow.h"
#include "ui/pages/MyWorkPage.h"
#include "ui/render/ReportCharts.h"
#include "ui/reports/DashboardPanel.h"
#include "ui/reports/ReportExportDialog.h"
#include "ui/reports/ReportRunner.h"
#include "ui/reports/ReportsPage.h"
#include "ui/widgets/DateEdit.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QWheelEvent>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <optional>
#include <thread>
#include <tuple>

using namespace waymark::convert;

// The Reports page, the My work dashboard and the charts, on a small casebook: three referrals
// received in May 2026 (two people; one has two), the clock pinned to 1 June 2026.
class TestReportsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsAReportAndShowsItsRowsAndDefinition();
    void cancelDuringARunShowsNoHalfTable();
    void cancelInterruptsALongQuery();
    void exportCsvSuppressesAndWritesTheFile();
    void caseworkerHasNoReportsEntry();
    void coordinatorReachesReportsFromTheGoMenu();
    void dashboardShowsTheCoreReportsNumbers();
    void pendingCohortIsMarkedNotZero();
    void chartPaintersDraw();
    void wheelOverAChartScrollsThePage();
    void csvByteOrderMarkIsTheUsersChoice();
    void tabOrderAndAccessKeysAt800x600And1280x800_data();
    void tabOrderAndAccessKeysAt800x600And1280x800();
    void welshPdfIsInWelsh();           // last: English again after it only as far as the test restores it
    void welshKpiRowsAndFilterValues(); // the same

private:
    waymark::Report coreRun(const std::string& name, waymark::Date from, waymark::Date to);
    pagestest::Fixture m_fixture;
    std::unique_ptr<waymark::Casebook> m_casebook;
};

namespace {
waymark::Date ymd(int y, int m, int d)
{
    return waymark::Date::fromYmd(y, m, d).value();
}

QString cellText(QTableView* view, int row, const char* key)
{
    auto* model = view->model();
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == QLatin1String(key))
            return model->index(row, c).data().toString();
    }
    return QStringLiteral("<no column %1>").arg(QLatin1String(key));
}
QStringList accessKeyProblems(QWidget* page, const QString& menuKeys); // below

// Back to the source language (installing en_GB on top would leave Welsh underneath).
void backToEnglish()
{
    for (auto* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}
} // namespace

void TestReportsPage::initTestCase()
{
    m_casebook = m_fixture.create(4);
    QVERIFY(m_casebook);
    QVERIFY(m_casebook->users().add("cara", pagestest::kPassword, waymark::Role::Caseworker, "Cara Caseworker"));
    const std::string first = pagestest::generatedPerson(0).familyName;
    const std::string second = pagestest::generatedPerson(1).givenName;
    QVERIFY(pagestest::acceptedReferral(*m_casebook, pagestest::generatedPerson(0).givenName, ymd(2026, 5, 4), true));
    QVERIFY(pagestest::acceptedReferral(*m_casebook, pagestest::generatedPerson(0).givenName, ymd(2026, 5, 18), false));
    QVERIFY(pagestest::acceptedReferral(*m_casebook, second, ymd(2026, 5, 20), false));
    Q_UNUSED(first);
}

waymark::Report TestReportsPage::coreRun(const std::string& name, waymark::Date from, waymark::Date to)
{
    waymark::ReportParams params;
    params.from = from;
    params.to = to;
    auto ran = m_casebook->reports().run(name, params);
    if (!ran) {
        qWarning("run %s: %s", name.c_str(), waymark::describe(ran.error()).c_str());
        return {};
    }
    return *ran;
}

void TestReportsPage::runsAReportAndShowsItsRowsAndDefinition()
{
    ReportsPage page(*m_casebook);
    page.resize(1280, 800);
    page.show();
    QCOMPARE(page.reportChoice()->count(), static_cast<int>(waymark::Reports::available().size()));
    page.reportChoice()->setCurrentIndex(page.reportChoice()->findData(QStringLiteral("funnel")));
    page.fromEdit()->setDate(ymd(2026, 5, 1));
    page.toEdit()->setDate(ymd(2026, 5, 31));
    QVERIFY(page.run());
    QVERIFY(page.isRunning() || page.report());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
    QVERIFY2(page.report().has_value(), qPrintable(page.messageLabel()->text()));
    QCOMPARE(page.titleLabel()->text(), QStringLiteral("Diversion funnel"));
    QCOMPARE(page.definitionLabel()->text(), toQString(waymark::Reports::available()[1].definition));
    QVERIFY(page.definitionLabel()->isVisible());
    const auto views = page.tableViews();
    QVERIFY(!views.isEmpty());
    QTableView* funnel = views.front();
    QCOMPARE(funnel->objectName(), QStringLiteral("reportTable_funnel"));
    const int last = funnel->model()->rowCount() - 1; // the totals row
    QCOMPARE(cellText(funnel, last, "Referred"), QStringLiteral("3"));
    QCOMPARE(page.chartCount(), 1);
    QVERIFY(page.exportCsvButton()->isVisible());
    // True counts on screen: a 1 (below the export threshold of 5) is shown as 1.
    const waymark::Report core = coreRun("funnel", ymd(2026, 5, 1), ymd(2026, 5, 31));
    const auto* coreFunnel = core.table("funnel");
    QCOMPARE(funnel->model()->rowCount(), static_cast<int>(coreFunnel->rows.size()) + 1);
    for (const char* stage : {"eligible", "offered", "enrolled"}) {
        const int c = coreFunnel->column(stage);
        QCOMPARE(funnel->model()->index(last, c).data().toString(),
                 QString::number(coreFunnel->value(*coreFunnel->totals, stage).value_or(-1)));
    }
    // One row per group: a group of one shows 1, not a suppression mark.
    bool sawOne = false;
    for (int r = 0; r < last; ++r)
        sawOne = sawOne || funnel->model()->index(r, coreFunnel->column("referred")).data().toString() == "1";
    QVERIFY(sawOne);
}

void TestReportsPage::cancelDuringARunShowsNoHalfTable()
{
    ReportsPage page(*m_casebook);
    page.show();
    page.reportChoice()->setCurrentIndex(page.reportChoice()->findData(QStringLiteral("repeat-demand")));
    page.fromEdit()->setDate(ymd(2026, 1, 1));
    page.toEdit()->setDate(ymd(2026, 5, 31));
    QVERIFY(page.run());
    QVERIFY(page.cancelButton()->isEnabled());
    QVERIFY(!page.runButton()->isEnabled());
    // Cancel before the worker's result is taken: nothing of the run may be shown.
    QTest::mouseClick(page.cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
    QVERIFY(!page.report().has_value());
    QVERIFY(page.tableViews().isEmpty());
    QCOMPARE(page.chartCount(), 0);
    QVERIFY(page.titleLabel()->isHidden());
    QCOMPARE(page.messageLabel()->text(), QStringLiteral("The report was cancelled."));
    QVERIFY(page.runButton()->isEnabled());
    // And the next run works.
    QVERIFY(page.run());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
    QVERIFY(page.report().has_value());
    QVERIFY(!page.tableViews().isEmpty());
}

namespace {
std::atomic<bool> g_queryRunning{false};
std::atomic<bool> g_heldOnce{false};

// Makes the worker's first statement run on and on (up to 30 s) until its connection is
// interrupted: as a report on a very large casebook would, but at a moment the test knows.
// Later statements (closing housekeeping included) run as usual.
void slowUntilInterrupted(waymark::Database& db)
{
    g_heldOnce = false;
    sqlite3_progress_handler(
        db.handle(), 100,
        [](void* context) -> int {
            if (g_heldOnce.exchange(true))
                return 0;
            auto* database = static_cast<waymark::Database*>(context);
            g_queryRunning = true;
            const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(30);
            while (!database->interrupted() && std::chrono::steady_clock::now() < until)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            return 0; // never stops the statement itself: only Database::interrupt() can
        },
        &db);
}
} // namespace

void TestReportsPage::cancelInterruptsALongQuery()
{
    ReportsPage page(*m_casebook);
    page.show();
    page.reportChoice()->setCurrentIndex(page.reportChoice()->findData(QStringLiteral("funnel")));
    page.fromEdit()->setDate(ymd(2026, 1, 1));
    page.toEdit()->setDate(ymd(2026, 5, 31));
    const auto runsAudited = [this] {
        return waymark::test::scalar(*m_casebook, "SELECT count(*) FROM audit_log WHERE operation = 'report.run'");
    };
    const std::int64_t auditedBefore = runsAudited();
    g_queryRunning = false;
    ReportRunner::setWorkerHookForTests(slowUntilInterrupted);
    QVERIFY(page.run());
    QTRY_VERIFY_WITH_TIMEOUT(g_queryRunning.load(), 20000);
    QVERIFY(page.isRunning());
    // A statement is running on the worker's connection now; Cancel stops it there and then.
    const auto clicked = std::chrono::steady_clock::now();
    QTest::mouseClick(page.cancelButton(), Qt::LeftButton);
    QCOMPARE(page.messageLabel()->text(), QStringLiteral("Cancelling…"));
    // Polled finely (QTRY_ would round up to its 50 ms steps).
    const auto giveUp = clicked + std::chrono::seconds(40);
    while (page.isRunning() && std::chrono::steady_clock::now() < giveUp) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    QVERIFY(!page.isRunning());
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - clicked).count();
    ReportRunner::setWorkerHookForTests({});
    qInfo("cancelled %.1f ms after Cancel was clicked", ms);
    QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
    QCOMPARE(page.messageLabel()->text(), QStringLiteral("The report was cancelled."));
    QVERIFY(!page.report().has_value());
    QVERIFY(page.tableViews().isEmpty());
    QVERIFY(page.runButton()->isEnabled());
    QVERIFY(!page.cancelButton()->isEnabled());
    // Nothing half-done: a cancelled run is not audited as run, and the next run works.
    QCOMPARE(runsAudited(), auditedBefore);
    QVERIFY(page.run());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
    QVERIFY2(page.report().has_value(), qPrintable(page.messageLabel()->text()));
}

void TestReportsPage::exportCsvSuppressesAndWritesTheFile()
{
    ReportsPage page(*m_casebook);
    page.reportChoice()->setCurrentIndex(page.reportChoice()->findData(QStringLiteral("funnel")));
    page.fromEdit()->setDate(ymd(2026, 5, 1));
    page.toEdit()->setDate(ymd(2026, 5, 31));
    QVERIFY(page.run());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
    QVERIFY(page.report());
    const QString path = QString::fromStdString(m_fixture.dir.file("funnel.csv").string());
    QVERIFY(page.exportCsvTo(path, QStringLiteral("Panel meeting")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains("referred"));
    // 3 referrals are below the threshold of 5: the export says "*" where the screen says 3.
    QVERIFY(csv.contains(",*"));
    QVERIFY(page.report()->suppressed == false); // the report on screen stays true

    // The PDF: the same suppression, the definition, the charts' words, page numbers.
    const QString pdfPath = QString::fromStdString(m_fixture.dir.file("funnel.pdf").string());
    QVERIFY(page.exportPdfTo(pdfPath, QStringLiteral("Panel meeting")));
    QProcess text;
    text.start(QStringLiteral(PDFTOTEXT), {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(pdf.contains(QStringLiteral("Diversion funnel")), qPrintable(pdf));
    QVERIFY(pdf.contains(QStringLiteral("Page 1 of")));
    QVERIFY(pdf.contains(QStringLiteral("*")));
    QVERIFY(pdf.contains(QStringLiteral("Enrolled")));
    QVERIFY(page.report()->suppressed == false);
}

void TestReportsPage::caseworkerHasNoReportsEntry()
{
    auto casebook = m_fixture.open("cara");
    QVERIFY(casebook);
    MainWindow w(std::move(casebook));
    QVERIFY(w.reportsPage() == nullptr);
    QVERIFY(w.myWorkPage()->dashboard() == nullptr);
    auto* nav = w.findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(nav);
    for (int i = 0; i < nav->count(); ++i)
        QVERIFY(nav->item(i)->text() != QStringLiteral("Reports"));
    QVERIFY(w.findChild<QAction*>(QStringLiteral("actionGoReports")) == nullptr);
}

void TestReportsPage::coordinatorReachesReportsFromTheGoMenu()
{
    auto casebook = m_fixture.open();
    QVERIFY(casebook);
    MainWindow w(std::move(casebook));
    w.resize(800, 600);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.reportsPage() != nullptr);
    auto* go = w.findChild<QAction*>(QStringLiteral("actionGoReports"));
    QVERIFY(go);
    QCOMPARE(go->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_4));
    go->trigger();
    QCOMPARE(w.currentPage(), static_cast<QWidget*>(w.reportsPage()));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(w.reportsPage()->reportChoice()));
    // Let the dashboard's first read end before the window goes.
    if (auto* dashboard = w.myWorkPage()->dashboard())
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isRunning(), 20000);
}

void TestReportsPage::dashboardShowsTheCoreReportsNumbers()
{
    DashboardPanel panel(*m_casebook);
    panel.resize(1000, 500);
    panel.show(); // the first show reads the figures
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning() && !panel.reports().empty(), 20000);
    QCOMPARE(panel.reports().size(), std::size_t{6});
    const waymark::Date from = ymd(2025, 7, 1), to = ymd(2026, 6, 1);
    const waymark::Report caseload = coreRun("caseload", from, to);
    const auto* t = caseload.table("caseload");
    QVERIFY(t && t->totals);
    const double open = t->value(*t->totals, "open_cases").value_or(-1);
    QCOMPARE(panel.shownFigure(QStringLiteral("openCases")), QString::number(open));
    QVERIFY(open >= 1); // the active referral at least
    const waymark::Report months = coreRun("referrals-by-month", from, to);
    const auto* m = months.table("months");
    QVERIFY(m && m->rows.size() == 12);
    // June (today's month) has none; May's three are in the chart's second-to-last bar.
    QCOMPARE(panel.shownFigure(QStringLiteral("referralsThisMonth")), QStringLiteral("0"));
    QCOMPARE(m->value(m->rows[10], "referrals").value_or(-1), 3.0);
}

void TestReportsPage::pendingCohortIsMarkedNotZero()
{
    const waymark::Report report = coreRun("reoffending", ymd(2024, 1, 1), ymd(2026, 3, 31));
    auto chart = ReportCharts::reoffendingChart(report);
    QVERIFY(chart);
    auto* series = qobject_cast<QStackedBarSeries*>(chart->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->count(), 2);
    QBarSet* measured = series->barSets().at(0);
    QBarSet* pending = series->barSets().at(1);
    const auto* t = report.table("cohorts");
    QVERIFY(t);
    int pendingRows = 0;
    for (std::size_t i = 0; i < t->rows.size(); ++i) {
        const bool isPending = t->rows[i].cells[1].text == "pending";
        pendingRows += isPending ? 1 : 0;
        QCOMPARE(pending->at(static_cast<int>(i)), isPending ? 100.0 : 0.0);
        if (isPending)
            QCOMPARE(measured->at(static_cast<int>(i)), 0.0);
    }
    // On 1 June 2026 every quarter since 2024-Q4 is still within its 18 months.
    QVERIFY(pendingRows >= 6);
    QCOMPARE(pending->brush().style(), Qt::BDiagPattern);
}

void TestReportsPage::chartPaintersDraw()
{
    const waymark::Report funnel = coreRun("funnel", ymd(2026, 5, 1), ymd(2026, 5, 31));
    const auto painters = reportChartPainters(funnel);
    QCOMPARE(painters.size(), std::size_t{1});
    QImage image(600, 300, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painters.front()(painter, QRectF(0, 0, 600, 300));
    }
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    QVERIFY2(dark > 200, qPrintable(QString::number(dark)));
    QVERIFY(reportChartPainters(coreRun("timeliness", ymd(2026, 5, 1), ymd(2026, 5, 31))).empty());
}

namespace {
QByteArray firstBytes(const QString& path, int n)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(n) : QByteArray("<unreadable>");
}
} // namespace

void TestReportsPage::csvByteOrderMarkIsTheUsersChoice()
{
    // The user's settings in this test's own folder.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       QString::fromStdString(m_fixture.dir.file("settings").string()));
    ReportsPage page(*m_casebook);
    page.resize(1280, 800);
    page.show();
    page.reportChoice()->setCurrentIndex(page.reportChoice()->findData(QStringLiteral("caseload")));
    page.fromEdit()->setDate(ymd(2026, 5, 1));
    page.toEdit()->setDate(ymd(2026, 5, 31));
    QVERIFY(page.run());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
    QVERIFY(page.report());

    // Through the button, as a coordinator does it: the dialog, then the file chooser.
    // (No QVERIFY inside the timers: a failure there would leave a modal dialog open for ever.)
    struct Seen
    {
        bool dialog = false;
        bool ticked = false;
        bool recipientFocused = false;
        bool tabReachesBox = false;
        QString boxText;
        QByteArray bytes;
    };
    const auto exportVia = [&](const QString& name, std::optional<bool> tick) {
        const QString path = QString::fromStdString(m_fixture.dir.file(name.toStdString()).string());
        Seen seen;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<ReportExportDialog*>(QApplication::activeModalWidget());
            if (dialog == nullptr || dialog->byteOrderMarkBox() == nullptr) {
                if (QWidget* other = QApplication::activeModalWidget())
                    other->close();
                return;
            }
            seen.dialog = true;
            seen.boxText = dialog->byteOrderMarkBox()->text();
            seen.ticked = dialog->byteOrderMarkBox()->isChecked();
            seen.recipientFocused = dialog->focusWidget() == dialog->recipientEdit();
            QTest::keyClicks(dialog->recipientEdit(), QStringLiteral("Funder"));
            if (tick && *tick != dialog->byteOrderMarkBox()->isChecked()) {
                // Tab from the recipient reaches the box next (visual order); Space ticks it.
                QTest::keyClick(dialog->recipientEdit(), Qt::Key_Tab);
                seen.tabReachesBox = dialog->focusWidget() == dialog->byteOrderMarkBox();
                QTest::keyClick(dialog->byteOrderMarkBox(), Qt::Key_Space);
            }
            QTimer::singleShot(0, this, [path] {
                QWidget* modal = QApplication::activeModalWidget();
                if (auto* files = qobject_cast<QFileDialog*>(modal)) {
                    files->selectFile(path);
                    static_cast<QDialog*>(files)->accept(); // QFileDialog::accept, as its Save button
                } else if (modal != nullptr) {
                    modal->close();
                }
            });
            QTest::keyClick(dialog->recipientEdit(), Qt::Key_Return);
        });
        page.exportCsvButton()->click();
        seen.bytes = firstBytes(path, 3);
        return seen;
    };

    // Ticked by default (the Reports page always wrote one before it was a choice).
    const Seen first = exportVia(QStringLiteral("with-bom.csv"), std::nullopt);
    QVERIFY(first.dialog);
    QCOMPARE(first.boxText, QStringLiteral("Add a &byte-order mark (for Excel)"));
    QVERIFY(first.recipientFocused);
    QVERIFY(first.ticked);
    QCOMPARE(first.bytes, QByteArray("\xEF\xBB\xBF"));
    // Unticked: no mark, and the choice is remembered for the next export.
    const Seen second = exportVia(QStringLiteral("without-bom.csv"), false);
    QVERIFY(second.dialog);
    QVERIFY(second.ticked);
    QVERIFY(second.tabReachesBox);
    QCOMPARE(second.bytes, QByteArray("cas")); // "caseload,..." (the table) straight away
    QVERIFY(!ReportExportDialog::rememberedByteOrderMark());
    const Seen third = exportVia(QStringLiteral("again-without.csv"), std::nullopt);
    QVERIFY(third.dialog);
    QVERIFY(!third.ticked);
    QCOMPARE(third.bytes, QByteArray("cas"));
    // Ticked again: the mark is back.
    const Seen fourth = exportVia(QStringLiteral("again-with.csv"), true);
    QVERIFY(fourth.dialog);
    QVERIFY(!fourth.ticked);
    QCOMPARE(fourth.bytes, QByteArray("\xEF\xBB\xBF"));
    QVERIFY(ReportExportDialog::rememberedByteOrderMark());
    // Each export was audited as a disclosure to the recipient typed.
    QCOMPARE(waymark::test::scalar(*m_casebook, "SELECT count(*) FROM audit_log WHERE operation = 'report.exported' "
                                                "AND detail LIKE '%Funder%'"),
             std::int64_t{4});
}

void TestReportsPage::welshPdfIsInWelsh()
{
    QCOMPARE(Language::install(*qApp, QStringLiteral("cy")), QStringLiteral("cy"));
    {
        ReportsPage page(*m_casebook);
        page.reportChoice()->setCurrentIndex(page.reportChoice()->findData(QStringLiteral("funnel")));
        page.fromEdit()->setDate(ymd(2026, 5, 1));
        page.toEdit()->setDate(ymd(2026, 5, 31));
        QVERIFY(page.run());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
        QVERIFY(page.report());
        QCOMPARE(page.titleLabel()->text(), QStringLiteral("Twndis dargyfeirio"));
        // The Welsh access keys: one each, none the Welsh menus' (Ffeil, Golygu, Mynd, Offer, Cymorth).
        const QStringList clashes = accessKeyProblems(&page, QStringLiteral("fgmoy"));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
        const QString pdfPath = QString::fromStdString(m_fixture.dir.file("twndis.pdf").string());
        QVERIFY(page.exportPdfTo(pdfPath, QStringLiteral("Panel")));
        QProcess text;
        text.start(QStringLiteral(PDFTOTEXT), {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
        // The page label, the title and its definition, the fixed words and the column headings.
        QVERIFY2(pdf.contains(QStringLiteral("Tudalen 1 o")), qPrintable(pdf));
        QVERIFY(!pdf.contains(QStringLiteral("Page 1 of")));
        QVERIFY(pdf.contains(QStringLiteral("Twndis dargyfeirio")));
        QVERIFY(!pdf.contains(QStringLiteral("Diversion funnel")));
        if (const QByteArray keep = qgetenv("WAYMARK_KEEP_PDF"); !keep.isEmpty())
            QFile::copy(pdfPath, QString::fromLocal8Bit(keep));                     // to look at it (pdftoppm)
        QVERIFY2(pdf.contains(QStringLiteral("Pob atgyfeiriad")), qPrintable(pdf)); // the totals row
        QVERIFY(pdf.contains(QStringLiteral("Atgyfeiriwyd")));                      // a column heading
        QVERIFY(pdf.contains(QStringLiteral("18 i 25")));                           // a group label
        QVERIFY(!pdf.contains(QStringLiteral("All referrals")));
        QVERIFY(!pdf.contains(QStringLiteral("Referred")));
        QVERIFY(!pdf.contains(QStringLiteral("Generated")));
        QVERIFY(!pdf.contains(QStringLiteral("hidden so that")));
    }
    backToEnglish();
}

void TestReportsPage::welshKpiRowsAndFilterValues()
{
    QCOMPARE(Language::install(*qApp, QStringLiteral("cy")), QStringLiteral("cy"));
    {
        ReportsPage page(*m_casebook);
        page.reportChoice()->setCurrentIndex(page.reportChoice()->findData(QStringLiteral("kpi")));
        page.fromEdit()->setDate(ymd(2026, 5, 1));
        page.toEdit()->setDate(ymd(2026, 5, 31));
        auto* ageBand = page.findChild<QComboBox*>(QStringLiteral("filterAgeBand"));
        QVERIFY(ageBand);
        page.sourceFilter()->setCurrentIndex(page.sourceFilter()->findData(QStringLiteral("police")));
        ageBand->setCurrentIndex(ageBand->findData(QStringLiteral("15_17")));
        QCOMPARE(page.sourceFilter()->currentText(), QStringLiteral("Heddlu"));
        QVERIFY(page.run());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
        QVERIFY(page.report());
        // Every KPI row's measure in Welsh: none as core writes it in English.
        const auto views = page.tableViews();
        QCOMPARE(views.size(), 1);
        const auto& kpi = page.report()->tables.front();
        QCOMPARE(kpi.name, std::string("kpi"));
        QCOMPARE(kpi.columns[1].key, std::string("label"));
        QAbstractItemModel* model = views.front()->model();
        QCOMPARE(model->rowCount(), static_cast<int>(kpi.rows.size()));
        QStringList measures;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString shown = model->index(r, 1).data().toString();
            const QString english = toQString(kpi.rows[static_cast<std::size_t>(r)].cells[1].text);
            QVERIFY2(!shown.isEmpty() && shown != english, qPrintable(english));
            measures << shown;
        }
        QVERIFY2(measures.contains(QStringLiteral("Llety addas")), qPrintable(measures.join(QStringLiteral("; "))));
        QVERIFY(measures.contains(QStringLiteral("Angen iechyd meddwl")));
        QVERIFY(measures.contains(QStringLiteral("... yn mynychu")));

        // The PDF: the same Welsh measures, and the filters' values as the form shows them.
        const QString pdfPath = QString::fromStdString(m_fixture.dir.file("dpa.pdf").string());
        QVERIFY(page.exportPdfTo(pdfPath, QStringLiteral("Panel")));
        QProcess text;
        text.start(QStringLiteral(PDFTOTEXT), {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
        const QStringList filters = pdf.split(QLatin1Char('\n')).filter(QStringLiteral("Hidlwyr:"));
        QCOMPARE(filters.size(), 1);
        QCOMPARE(filters.front().simplified(), QStringLiteral("Hidlwyr: ffynhonnell Heddlu; band oedran 15 i 17"));
        QVERIFY2(pdf.contains(QStringLiteral("Llety addas")), qPrintable(pdf));
        QVERIFY(!pdf.contains(QStringLiteral("Suitable accommodation")));
        QVERIFY(!pdf.contains(QStringLiteral("police")));
        QVERIFY(!pdf.contains(QStringLiteral("15_17")));
    }
    backToEnglish();
}

namespace {
// The access key of a label or button text ("Fro&m:" -> 'm'); null when it has none.
QChar accessKeyOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// The form's labels and the page's buttons: each needs an access key of its own that no menu
// of the main window uses (`menuKeys`, lower case).
QStringList accessKeyProblems(QWidget* page, const QString& menuKeys)
{
    QHash<QChar, QStringList> byKey;
    for (QLabel* label : page->findChildren<QLabel*>())
        if (label->buddy() != nullptr && !qobject_cast<QTableView*>(label->buddy())) // not the table captions
            byKey[accessKeyOf(label->text())] << label->text();
    for (QPushButton* button : page->findChildren<QPushButton*>())
        byKey[accessKeyOf(button->text())] << button->text();
    QStringList out;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.key().isNull())
            out << QStringLiteral("no access key: ") + it.value().join(QStringLiteral(", "));
        else if (it.value().size() > 1)
            out << QStringLiteral("shared: ") + it.value().join(QStringLiteral(", "));
        else if (menuKeys.contains(it.key()))
            out << QStringLiteral("a menu's: ") + it.value().join(QStringLiteral(", "));
    }
    return out;
}

// Where to save screenshots (WAYMARK_SCREENSHOT_DIR; under xvfb-run with a window manager the
// whole screen is taken with ImageMagick's import, otherwise the window is grabbed).
void screenshot(QWidget* window, const QString& name)
{
    const QString dir = qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300);
    const QString file = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    if (QGuiApplication::platformName() == QLatin1String("xcb"))
        QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), file});
    else
        window->grab().save(file);
}

// Controls on `root` that are clipped: cut by its right or bottom edge or narrower than they
// need to show their text.
QStringList clipped(QWidget* root)
{
    QStringList out;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) ||
                             qobject_cast<QLineEdit*>(w) || qobject_cast<QLabel*>(w);
        if (!control || !w->isVisibleTo(root) || qobject_cast<QComboBox*>(w->parentWidget()))
            continue;
        if (auto* label = qobject_cast<QLabel*>(w); label && (label->wordWrap() || label->text().isEmpty()))
            continue;
        const QRect r(w->mapTo(root, QPoint(0, 0)), w->size());
        const bool inside = r.right() <= root->width() && r.left() >= 0;
        const bool wideEnough = w->width() >= w->minimumSizeHint().width();
        if (!inside || !wideEnough)
            out << QStringLiteral("%1 '%2' %3x%4 at %5,%6 (needs %7)")
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                       .arg(w->width())
                       .arg(w->height())
                       .arg(r.x())
                       .arg(r.y())
                       .arg(w->minimumSizeHint().width());
    }
    return out;
}
} // namespace

void TestReportsPage::tabOrderAndAccessKeysAt800x600And1280x800_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("800x600") << QSize(800, 600);
    QTest::newRow("1280x800") << QSize(1280, 800);
}

void TestReportsPage::tabOrderAndAccessKeysAt800x600And1280x800()
{
    QFETCH(QSize, size);
    ReportsPage page(*m_casebook);
    page.resize(size);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();
    page.reportChoice()->setCurrentIndex(page.reportChoice()->findData(QStringLiteral("funnel")));
    page.fromEdit()->setDate(ymd(2026, 5, 1));
    page.toEdit()->setDate(ymd(2026, 5, 31));
    QVERIFY(page.run());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
    QVERIFY(page.report());
    QCOMPARE(page.size(), size); // nothing forced the window wider or taller

    // Tab from the report choice: the form in reading order, Run, then the result's exports
    // and tables; Shift+Tab walks back the same way.
    page.focusFirst();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(page.reportChoice()));
    QStringList order;
    QWidget* start = QApplication::focusWidget();
    QWidget* at = start;
    for (int i = 0; i < 40; ++i) {
        order << at->objectName();
        QTest::keyClick(at, Qt::Key_Tab);
        at = QApplication::focusWidget();
        if (at == start || at == nullptr)
            break;
    }
    const QStringList expected = {QStringLiteral("reportChoice"),
                                  QStringLiteral("reportFrom"),
                                  QStringLiteral("reportTo"),
                                  QStringLiteral("filterWorker"),
                                  QStringLiteral("filterSource"),
                                  QStringLiteral("filterRoute"),
                                  QStringLiteral("filterProvider"),
                                  QStringLiteral("filterAgeBand"),
                                  QStringLiteral("runReport"),
                                  QStringLiteral("exportCsv"),
                                  QStringLiteral("exportPdf"),
                                  QStringLiteral("reportTable_funnel"),
                                  QStringLiteral("reportTable_not_offered")};
    QCOMPARE(order, expected);
    QStringList back;
    for (int i = 0; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        back.prepend(QApplication::focusWidget()->objectName());
    }
    QCOMPARE(back, expected);

    // The form's fields in reading order on screen: each below its predecessor, or on the same
    // row to its right.
    QPoint last(-1, -1);
    for (const QString& name : expected.mid(0, 9)) {
        auto* w = page.findChild<QWidget*>(name);
        const QPoint p = w->mapTo(&page, QPoint(0, 0));
        const bool onward = p.y() > last.y() + 4 || (std::abs(p.y() - last.y()) <= 4 && p.x() > last.x());
        QVERIFY2(onward, qPrintable(name));
        last = p;
    }

    // Access keys: every label and button has one, none twice, none a menu's (F, E, G, T, H).
    const QStringList clashes = accessKeyProblems(&page, QStringLiteral("fegth"));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    // Alt+P reaches the provider filter through its label.
    page.reportChoice()->setFocus();
    QTest::keyClick(&page, Qt::Key_P, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("filterProvider"));

    // The label column, beside its hidden code column, carries the code column's heading; each
    // table is as tall as its rows, with no strip left for a scroll bar it does not show.
    for (QTableView* view : page.tableViews()) {
        QVERIFY(view->isColumnHidden(0));
        QCOMPARE(view->model()->headerData(1, Qt::Horizontal).toString(),
                 view->model()->headerData(0, Qt::Horizontal).toString());
        QVERIFY(!view->model()->headerData(1, Qt::Horizontal).toString().isEmpty());
        if (!view->horizontalScrollBar()->isVisible()) {
            int rows = 0;
            for (int r = 0; r < view->model()->rowCount(); ++r)
                rows += view->rowHeight(r);
            QCOMPARE(view->height(), view->horizontalHeader()->height() + rows + 2 * view->frameWidth());
        }
    }

    const QStringList cut = clipped(&page);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
    screenshot(&page, QStringLiteral("reports-%1x%2").arg(size.width()).arg(size.height()));

    // The export dialogs: recipient, the byte-order mark (CSV), Export, Cancel; Esc with
    // nothing typed just closes.
    for (auto format : {ReportExportDialog::Format::Csv, ReportExportDialog::Format::Pdf}) {
        ReportExportDialog dialog(format, &page);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.focusWidget(), static_cast<QWidget*>(dialog.recipientEdit()));
        QStringList chain;
        QWidget* w = dialog.recipientEdit();
        for (int i = 0; i < 6; ++i) {
            chain << (qobject_cast<QAbstractButton*>(w) ? qobject_cast<QAbstractButton*>(w)->text() : w->objectName());
            w = w->nextInFocusChain();
            while (w != nullptr && (w->focusPolicy() & Qt::TabFocus) == 0)
                w = w->nextInFocusChain();
            if (w == dialog.recipientEdit() || w == nullptr)
                break;
        }
        const QStringList want =
            format == ReportExportDialog::Format::Csv
                ? QStringList{QStringLiteral("exportRecipient"), QStringLiteral("Add a &byte-order mark (for Excel)"),
                              QStringLiteral("&Export…"), QStringLiteral("Cancel")}
                : QStringList{QStringLiteral("exportRecipient"), QStringLiteral("&Export…"), QStringLiteral("Cancel")};
        QCOMPARE(chain, want);
        const QStringList dialogCut = clipped(&dialog);
        QVERIFY2(dialogCut.isEmpty(), qPrintable(dialogCut.join(QStringLiteral("; "))));
        QVERIFY(dialog.width() <= size.width());
        if (format == ReportExportDialog::Format::Csv)
            screenshot(&dialog, QStringLiteral("export-csv-%1x%2").arg(size.width()).arg(size.height()));
        QTest::keyClick(dialog.recipientEdit(), Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }
}

void TestReportsPage::wheelOverAChartScrollsThePage()
{
    // 800x600: the funnel's tables and chart are taller than the page, which scrolls; a wheel
    // turned with the pointer over the chart moves the page (the chart view would take it).
    ReportsPage page(*m_casebook);
    page.resize(800, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.reportChoice()->setCurrentIndex(page.reportChoice()->findData(QStringLiteral("funnel")));
    page.fromEdit()->setDate(ymd(2026, 5, 1));
    page.toEdit()->setDate(ymd(2026, 5, 31));
    QVERIFY(page.run());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
    auto* chart = page.findChild<QChartView*>(QStringLiteral("reportChart"));
    QVERIFY(chart);
    auto* scroll = page.findChild<QScrollArea*>();
    QVERIFY(scroll);
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
    const int before = scroll->verticalScrollBar()->value();
    const QPointF at(chart->viewport()->width() / 2.0, chart->viewport()->height() / 2.0);
    QWheelEvent down(at, chart->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                     Qt::NoScrollPhase, false);
    QApplication::sendEvent(chart->viewport(), &down);
    QVERIFY2(scroll->verticalScrollBar()->value() > before,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(scroll->verticalScrollBar()->value())));
}

QTEST_MAIN(TestReportsPage)
#include "TestReportsPage.moc"
