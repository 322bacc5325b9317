#include "ui/reports/ReportsPage.h"

#include "core/reports/ReportExport.h"
#include "core/reports/Reports.h"
#include "ui/convert/Convert.h"
#include "ui/dialogs/PdfLabels.h"
#include "ui/render/ReportCharts.h"
#include "ui/render/ReportPdf.h"
#include "ui/reports/ChartWheel.h"
#include "ui/reports/ReportExportDialog.h"
#include "ui/reports/ReportRunner.h"
#include "ui/reports/ReportTableModel.h"
#include "ui/widgets/CodeLabels.h"
#include "ui/widgets/DateEdit.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

using namespace waymark::convert;

namespace {

// The PDF's words for what core wrote in English: the same as the page shows.
std::function<QString(waymark::render::ReportWord, const std::string&, const std::string&)> reportPdfWords()
{
    return [](waymark::render::ReportWord kind, const std::string& key, const std::string& english) -> QString {
        using waymark::render::ReportWord;
        switch (kind) {
        case ReportWord::Title:
            return ReportWords::title(key, english);
        case ReportWord::Definition:
            return ReportWords::definition(key, english);
        case ReportWord::TableTitle:
            return ReportWords::tableTitle(key, english);
        case ReportWord::Column:
            return ReportWords::column(key, english);
        case ReportWord::Cell:
            return ReportWords::cell(english);
        case ReportWord::GroupLabel: {
            const auto cut = key.find('/');
            return cut == std::string::npos ? ReportWords::cell(english)
                                            : ReportWords::groupLabel(key.substr(0, cut), key.substr(cut + 1), english);
        }
        case ReportWord::FilterValue:
            return {}; // the page's own filters, in ReportsPage::exportPdfTo
        }
        return {};
    };
}

// The text a filter combo shows for `value` (its item data): a source, route or age band in the
// user's language, a worker's or provider's name for its id; empty when the combo has no such item.
QString comboText(const QComboBox* combo, const std::string& value)
{
    const int index = combo->findData(toQString(value));
    return index < 0 ? QString() : combo->itemText(index);
}

std::string codeOf(const QComboBox* combo)
{
    return toStd(combo->currentData().toString());
}

// A table view as tall as its rows: the page scrolls, not each table.
void fitHeight(QTableView* view)
{
    int height = view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth();
    for (int r = 0; r < view->model()->rowCount(); ++r)
        height += view->rowHeight(r);
    if (view->horizontalScrollBar()->isVisible() || view->horizontalHeader()->length() > view->viewport()->width())
        height += view->horizontalScrollBar()->sizeHint().height();
    view->setFixedHeight(height);
}

} // namespace

ReportsPage::ReportsPage(waymark::Casebook& casebook, QWidget* parent)
    : QWidget(parent)
    , m_casebook(casebook)
    , m_runner(new ReportRunner(casebook, this))
{
    setObjectName(QStringLiteral("reportsPage"));
    auto* heading = new QLabel(tr("Reports"), this);
    heading->setObjectName(QStringLiteral("reportsHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    // The form, in reading order (tab order follows it).
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("reportChoice"));
    for (const auto& info : waymark::Reports::available())
        m_choice->addItem(ReportWords::title(info.name, info.title), toQString(info.name));
    m_from = new DateEdit(this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to = new DateEdit(this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    const waymark::Date today = m_casebook.clock().today();
    m_from->setDate(waymark::Date::fromYmd(today.year(), today.month(), 1).value().addMonths(-11));
    m_to->setDate(today);
    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("filterWorker"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("filterSource"));
    m_route = new QComboBox(this);
    m_route->setObjectName(QStringLiteral("filterRoute"));
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("filterProvider"));
    m_ageBand = new QComboBox(this);
    m_ageBand->setObjectName(QStringLiteral("filterAgeBand"));
    fillFilters();
    // Long labels must not widen the window past 800 pixels: the combos shrink and elide.
    for (QComboBox* combo : {m_choice, m_worker, m_source, m_route, m_provider, m_ageBand}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    m_run = new QPushButton(tr("Ru&n"), this);
    m_run->setObjectName(QStringLiteral("runReport"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelReport"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Report progress"));

    auto* form = new QGridLayout;
    form->setHorizontalSpacing(8);
    form->setVerticalSpacing(4);
    const auto addField = [&](int row, int col, const QString& text, QWidget* field, int span = 1) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addWidget(label, row, col * 2);
        form->addWidget(field, row, col * 2 + 1, 1, span);
    };
    addField(0, 0, tr("&Report:"), m_choice, 3);
    addField(1, 0, tr("Fro&m:"), m_from);
    addField(1, 1, tr("T&o:"), m_to);
    addField(2, 0, tr("&Worker:"), m_worker);
    addField(2, 1, tr("&Source:"), m_source);
    addField(3, 0, tr("Ro&ute:"), m_route);
    addField(3, 1, tr("&Provider:"), m_provider);
    addField(4, 0, tr("&Age band:"), m_ageBand);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    form->addLayout(buttons, 4, 2, 1, 2);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);

    // The result: title, definition, exports, tables, charts.
    m_result = new QWidget;
    m_resultLayout = new QVBoxLayout(m_result);
    m_resultLayout->setContentsMargins(0, 0, 8, 0);
    m_title = new QLabel(m_result);
    m_title->setObjectName(QStringLiteral("reportTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_definition = new QLabel(m_result);
    m_definition->setObjectName(QStringLiteral("reportDefinition"));
    m_definition->setWordWrap(true);
    m_definition->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportCsv = new QPushButton(tr("E&xport CSV…"), m_result);
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    m_exportPdf = new QPushButton(tr("Export P&DF…"), m_result);
    m_exportPdf->setObjectName(QStringLiteral("exportPdf"));
    auto* exports = new QHBoxLayout;
    exports->addWidget(m_exportCsv);
    exports->addWidget(m_exportPdf);
    exports->addStretch(1);
    m_resultLayout->addWidget(m_title);
    m_resultLayout->addWidget(m_definition);
    m_resultLayout->addLayout(exports);
    m_resultLayout->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("reportScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_result);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);
    clearResult();

    connect(m_run, &QPushButton::clicked, this, &ReportsPage::run);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancel);
    connect(m_exportCsv, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    connect(m_exportPdf, &QPushButton::clicked, this, &ReportsPage::exportPdf);
    connect(m_runner, &ReportRunner::progressed, m_progress, &QProgressBar::setValue);
    connect(m_runner, &ReportRunner::finished, this, [this](const std::vector<waymark::Report>& reports) {
        setRunning(false);
        if (reports.empty())
            return;
        m_message->clear();
        showReport(reports.front());
    });
    connect(m_runner, &ReportRunner::failed, this, [this](const QString& message) {
        setRunning(false);
        m_message->setText(message);
    });
    connect(m_runner, &ReportRunner::cancelled, this, [this] {
        setRunning(false);
        m_message->setText(tr("The report was cancelled."));
    });
}

void ReportsPage::fillFilters()
{
    const QString any = tr("Any");
    for (QComboBox* combo : {m_worker, m_source, m_route, m_provider, m_ageBand})
        combo->addItem(any, QString());
    // Workers and providers as the casebook knows them (left at "Any" when not readable).
    if (auto users = m_casebook.users().list()) {
        for (const auto& u : *users) {
            const QString name = toQString(u.displayName.empty() ? u.username : u.displayName);
            m_worker->addItem(name, toQString(u.username));
        }
    }
    if (auto providers = m_casebook.plans().providers()) {
        for (const auto& p : *providers)
            m_provider->addItem(toQString(p.name), toQString(p.id.toString()));
    }
    for (const auto& c : CodeLabels::codes(CodeLabels::List::ReferralSource))
        m_source->addItem(CodeLabels::label(CodeLabels::List::ReferralSource, c.code), toQString(c.code));
    for (const auto& c : CodeLabels::codes(CodeLabels::List::ReferralRoute))
        m_route->addItem(CodeLabels::label(CodeLabels::List::ReferralRoute, c.code), toQString(c.code));
    for (const auto& [key, english] : waymark::reportAgeBands())
        m_ageBand->addItem(ReportWords::ageBand(key, english), toQString(key));
}

bool ReportsPage::run()
{
    if (m_runner->isRunning())
        return false;
    if (!m_from->hasValidDate() || !m_to->hasValidDate()) {
        m_message->setText(tr("Type the first and last day of the period (dd/mm/yyyy)."));
        (m_from->hasValidDate() ? m_to : m_from)->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (m_to->date() < m_from->date()) {
        m_message->setText(tr("The period ends before it starts."));
        m_to->setFocus(Qt::OtherFocusReason);
        return false;
    }
    ReportJob job;
    job.name = codeOf(m_choice);
    job.params.from = m_from->date();
    job.params.to = m_to->date();
    job.params.filters.worker = codeOf(m_worker);
    job.params.filters.source = codeOf(m_source);
    job.params.filters.route = codeOf(m_route);
    job.params.filters.provider = codeOf(m_provider);
    job.params.filters.ageBand = codeOf(m_ageBand);
    clearResult();
    m_message->setText(tr("Running the report…"));
    setRunning(true);
    std::vector<ReportJob> jobs;
    jobs.push_back(std::move(job));
    if (!m_runner->start(std::move(jobs))) {
        setRunning(false);
        return false;
    }
    return true;
}

void ReportsPage::cancel()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_message->setText(tr("Cancelling…"));
}

bool ReportsPage::isRunning() const
{
    return m_runner->isRunning();
}

void ReportsPage::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setValue(0);
    m_progress->setVisible(running);
    if (running)
        m_cancel->setFocus(Qt::OtherFocusReason);
    else if (m_cancel->hasFocus() || focusWidget() == nullptr)
        m_run->setFocus(Qt::OtherFocusReason);
}

void ReportsPage::clearResult()
{
    for (QWidget* w : std::as_const(m_shown))
        delete w;
    m_shown.clear();
    m_report.reset();
    m_title->clear();
    m_definition->clear();
    m_title->setVisible(false);
    m_definition->setVisible(false);
    m_exportCsv->setVisible(false);
}

void ReportsPage::showReport(const waymark::Report& report)
{
    clearResult();
    m_report = report;
    m_title->setText(ReportWords::title(report.name, report.title));
    m_definition->setText(ReportWords::definition(report.name, report.definition));
    m_title->setVisible(true);
    m_definition->setVisible(true);
    m_exportCsv->setVisible(true);
    int at = m_resultLayout->count() - 1; // before the stretch
    for (const auto& table : report.tables) {
        auto* caption = new QLabel(ReportWords::tableTitle(table.name, table.title), m_result);
        QFont bold = caption->font();
        bold.setBold(true);
        caption->setFont(bold);
        auto* view = new QTableView(m_result);
        view->setObjectName(QStringLiteral("reportTable_%1").arg(toQString(table.name)));
        view->setModel(new ReportTableModel(table, view));
        view->setAccessibleName(caption->text());
        view->verticalHeader()->setVisible(false);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setTabKeyNavigation(false);
        view->setWordWrap(false);
        // A code column beside its label column ("group" + "label"): the label says it.
        if (table.columns.size() > 1 && table.columns[1].key == "label")
            view->setColumnHidden(0, true);
        view->resizeColumnsToContents();
        view->horizontalHeader()->setStretchLastSection(true);
        view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        caption->setBuddy(view);
        m_resultLayout->insertWidget(at++, caption);
        m_resultLayout->insertWidget(at++, view);
        // Shown now rather than by the layout's queued show, so that Tab reaches the tables as
        // soon as the result is on screen.
        caption->setVisible(true);
        view->setVisible(true);
        fitHeight(view);
        view->installEventFilter(this); // fits again once laid out (a scroll bar comes or goes)
        m_shown << caption << view;
    }
    for (auto& chart : ReportCharts::chartsFor(report)) {
        auto* view = new QChartView(chart.release(), m_result);
        view->setObjectName(QStringLiteral("reportChart"));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(340);
        view->setFocusPolicy(Qt::NoFocus);
        ChartWheel::scrollsItsPage(view);
        m_resultLayout->insertWidget(at++, view);
        view->setVisible(true);
        m_shown << view;
    }
    m_scroll->verticalScrollBar()->setValue(0);
    Q_EMIT reportShown();
}

bool ReportsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize)
        if (auto* view = qobject_cast<QTableView*>(watched); view != nullptr && m_shown.contains(view))
            fitHeight(view);
    return QWidget::eventFilter(watched, event);
}

QList<QTableView*> ReportsPage::tableViews() const
{
    QList<QTableView*> out;
    for (QWidget* w : m_shown)
        if (auto* view = qobject_cast<QTableView*>(w))
            out << view;
    return out;
}

int ReportsPage::chartCount() const
{
    int n = 0;
    for (QWidget* w : m_shown)
        n += qobject_cast<QChartView*>(w) != nullptr ? 1 : 0;
    return n;
}

bool ReportsPage::exportCsvTo(const QString& path, const QString& recipient, bool byteOrderMark)
{
    if (!m_report)
        return false;
    waymark::Report copy = *m_report;
    if (auto st = m_casebook.reports().prepareExport(copy, "csv", toStd(recipient)); !st) {
        m_message->setText(errorMessage(st.error()));
        return false;
    }
    waymark::CsvOptions options;
    options.byteOrderMark = byteOrderMark;
    const std::string csv = waymark::reportToCsv(copy, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.data(), static_cast<qint64>(csv.size())) < 0 ||
        !file.commit()) {
        m_message->setText(tr("The file could not be written: %1").arg(file.errorString()));
        return false;
    }
    m_message->setText(tr("Exported to %1 (small numbers suppressed).").arg(path));
    return true;
}

void ReportsPage::exportCsv()
{
    if (!m_report)
        return;
    ReportExportDialog ask(ReportExportDialog::Format::Csv, this);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString suggested =
        toQString(m_report->name + "-" + m_report->params.from.toIso() + "-" + m_report->params.to.toIso() + ".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    exportCsvTo(path, ask.recipient(), ask.byteOrderMark());
}

void ReportsPage::exportPdf()
{
    if (!m_report)
        return;
    ReportExportDialog ask(ReportExportDialog::Format::Pdf, this);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString suggested =
        toQString(m_report->name + "-" + m_report->params.from.toIso() + "-" + m_report->params.to.toIso() + ".pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    exportPdfTo(path, ask.recipient());
}

bool ReportsPage::exportPdfTo(const QString& path, const QString& recipient)
{
    if (!m_report)
        return false;
    waymark::Report copy = *m_report;
    if (auto st = m_casebook.reports().prepareExport(copy, "pdf", toStd(recipient)); !st) {
        m_message->setText(errorMessage(st.error()));
        return false;
    }
    waymark::render::ReportPdfOptions options;
    options.labels = pdfLabels::report();
    // The parameters line names each filter's value as the form does (ReportWord::FilterValue).
    const std::map<std::string, const QComboBox*> filters = {{"worker", m_worker},
                                                             {"source", m_source},
                                                             {"route", m_route},
                                                             {"provider", m_provider},
                                                             {"age_band", m_ageBand}};
    options.words = [words = reportPdfWords(), filters](waymark::render::ReportWord kind, const std::string& key,
                                                        const std::string& english) -> QString {
        if (kind != waymark::render::ReportWord::FilterValue)
            return words(kind, key, english);
        const auto it = filters.find(key);
        return it == filters.end() ? QString() : comboText(it->second, english);
    };
    options.labelsOnly = true;
    for (auto& painter : reportChartPainters(copy))
        options.charts.push_back(std::move(painter));
    auto pdf = waymark::render::renderReportPdf(copy, options);
    if (!pdf) {
        m_message->setText(errorMessage(pdf.error()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf->data(), static_cast<qint64>(pdf->size())) < 0 ||
        !file.commit()) {
        m_message->setText(tr("The file could not be written: %1").arg(file.errorString()));
        return false;
    }
    m_message->setText(tr("Exported to %1 (small numbers suppressed).").arg(path));
    return true;
}

void ReportsPage::focusFirst()
{
    m_choice->setFocus(Qt::OtherFocusReason);
}
