#pragma once

// The dashboard on My work for coordinators and auditors (Action::ReportRun): headline figures
// and two small charts, computed off the UI thread from the same reports the Reports page runs
// (ReportRunner), over the twelve months to today:
//  - open cases now (caseload's total "open_cases");
//  - referrals this month (referrals-by-month's last month);
//  - % first contact within the limit (timeliness, "first_contact" row's "pct_within");
//  - repeat-demand share (repeat-demand's quarters total "repeat_share");
//  - the latest measured reoffending cohort's binary rate (reoffending over three years: the
//    last cohort whose 18 months have passed);
// and the charts referrals per month and the funnel. A caseworker gets no dashboard: their own
// counts are My work's tiles already. The figures are read when the panel is first shown and
// on "Refresh figures", not on every My work refresh (each run is an audited consultation).

#include "core/Casebook.h"
#include "core/reports/Report.h"

#include <QWidget>

#include <map>
#include <vector>

class QChartView;
class QLabel;
class QPushButton;
class ReportRunner;

class DashboardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPanel(waymark::Casebook& casebook, QWidget* parent = nullptr);

    // Starts reading the figures (nothing when already reading).
    void refresh();
    bool isRunning() const;
    // The figure shown for `key` ("openCases", "referralsThisMonth", "firstContactWithin",
    // "repeatShare", "reoffendingRate"), as text; empty before the first read.
    QString shownFigure(const QString& key) const;
    const std::vector<waymark::Report>& reports() const { return m_reports; }

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showFigures(const std::vector<waymark::Report>& reports);
    void setFigure(const QString& key, const QString& text);

    waymark::Casebook& m_casebook;
    ReportRunner* m_runner = nullptr;
    bool m_started = false;
    std::map<QString, QLabel*> m_figures;
    QLabel* m_status = nullptr;
    QPushButton* m_refresh = nullptr;
    QChartView* m_monthly = nullptr;
    QChartView* m_funnel = nullptr;
    std::vector<waymark::Report> m_reports;
};
