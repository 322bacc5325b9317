#pragma once

class QChartView;

namespace ChartWheel {

// A chart inside a scrolling page (the Reports page, My work's dashboard) passes the mouse
// wheel to the page, so scrolling does not stop while the pointer is over a chart (a chart
// view is a scroll area of its own and would otherwise take the wheel and do nothing).
void scrollsItsPage(QChartView* view);

} // namespace ChartWheel
