#pragma once

// Qt Charts drawn from a report (docs/measures.md, "On screen"): the funnel's stages, repeat
// demand's concentration (share of people and of referrals by band), reoffending by quarterly
// cohort (a pending cohort is a grey hatched bar labelled "pending", never a 0 % bar) and
// referrals per month. The same charts for the page, the dashboard and the PDF renderer.

#include "core/reports/Report.h"

#include <QRectF>

#include <functional>
#include <memory>
#include <vector>

class QChart;
class QPainter;

namespace ReportCharts {

// The charts a report has (none for a report without one): funnel, repeat-demand, reoffending,
// referrals-by-month. Each chart has animations off and its title translated.
std::vector<std::unique_ptr<QChart>> chartsFor(const waymark::Report& report);

std::unique_ptr<QChart> funnelChart(const waymark::Report& report);
std::unique_ptr<QChart> concentrationChart(const waymark::Report& report);
std::unique_ptr<QChart> reoffendingChart(const waymark::Report& report);
std::unique_ptr<QChart> referralsByMonthChart(const waymark::Report& report);

} // namespace ReportCharts

// For the PDF renderer (independent of any page): one painter per chart of the report; each
// draws its chart to fill `rect` in `painter` (a QGraphicsScene rendered into it). Needs a
// QGuiApplication (fonts), as any QPainter drawing text does.
std::vector<std::function<void(QPainter&, const QRectF&)>> reportChartPainters(const waymark::Report& report);
