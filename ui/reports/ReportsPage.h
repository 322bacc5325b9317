#pragma once

// The Reports page (coordinators and auditors: Action::ReportRun): choose a report, a date range
// and filters, Run. The report runs off the UI thread (ReportRunner) with a progress bar and
// Cancel; a cancelled run shows nothing of itself. The result shows the title, the short
// definition under it, each table with the true counts (no suppression on screen) and the
// report's charts. Export CSV… writes the export (small numbers suppressed, audited as a
// disclosure to the recipient asked for).

#include "core/Casebook.h"
#include "core/reports/Report.h"

#include <QWidget>

#include <optional>
#include <vector>

class DateEdit;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTableView;
class QVBoxLayout;
class ReportRunner;

class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(waymark::Casebook& casebook, QWidget* parent = nullptr);

    // Starts the chosen report; false (and said) when the form is not complete.
    bool run();
    void cancel();
    bool isRunning() const;
    // The report on show (none before the first run or after a cancelled or failed one).
    const std::optional<waymark::Report>& report() const { return m_report; }
    QComboBox* reportChoice() const { return m_choice; }
    DateEdit* fromEdit() const { return m_from; }
    DateEdit* toEdit() const { return m_to; }
    QComboBox* sourceFilter() const { return m_source; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* exportCsvButton() const { return m_exportCsv; }
    QLabel* titleLabel() const { return m_title; }
    QLabel* definitionLabel() const { return m_definition; }
    QLabel* messageLabel() const { return m_message; }
    // The result's tables and charts, in order.
    QList<QTableView*> tableViews() const;
    int chartCount() const;
    // Writes the report on show as CSV to `path` for `recipient` (the export path the button uses).
    bool exportCsvTo(const QString& path, const QString& recipient, bool byteOrderMark = true);
    // The same as a printable PDF with the charts (its fixed words in the user's language).
    bool exportPdfTo(const QString& path, const QString& recipient);
    void focusFirst();

Q_SIGNALS:
    // Emitted when a run ends with a report on show.
    void reportShown();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillFilters();
    void setRunning(bool running);
    void showReport(const waymark::Report& report);
    void clearResult();
    void exportCsv();
    void exportPdf();

    waymark::Casebook& m_casebook;
    ReportRunner* m_runner = nullptr;
    QComboBox* m_choice = nullptr;
    DateEdit* m_from = nullptr;
    DateEdit* m_to = nullptr;
    QComboBox* m_worker = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_route = nullptr;
    QComboBox* m_provider = nullptr;
    QComboBox* m_ageBand = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_result = nullptr;
    QVBoxLayout* m_resultLayout = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_definition = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportPdf = nullptr;
    QList<QWidget*> m_shown; // tables and charts of the report on show
    std::optional<waymark::Report> m_report;
};
