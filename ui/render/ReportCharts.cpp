#include "ui/render/ReportCharts.h"

#include "ui/convert/Convert.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace waymark::convert;

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
};

std::unique_ptr<QChart> newChart(const QString& title)
{
    auto chart = std::make_unique<QChart>();
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

double at(const waymark::ReportTable& table, const waymark::ReportRow& row, std::string_view key)
{
    return table.value(row, key).value_or(0.0);
}

QFont smallFont()
{
    QFont font;
    font.setPointSizeF(std::max(6.5, font.pointSizeF() * 0.8));
    return font;
}

// Category labels in a small font, turned upright when there are many (twelve months or
// cohorts fit beside each other at 800x600 only that way).
QBarCategoryAxis* categoryAxis(const QStringList& categories)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setLabelsFont(smallFont());
    if (categories.size() > 6)
        axis->setLabelsAngle(-90);
    return axis;
}

void blackLabels(QAbstractBarSeries* series)
{
    for (QBarSet* set : series->barSets()) {
        set->setLabelFont(smallFont());
    }
}

// A value axis from 0 with a little room above the highest bar, whole numbers for counts.
QValueAxis* valueAxis(double highest, bool percent)
{
    auto* axis = new QValueAxis;
    double top = percent ? 100.0 : std::max(1.0, highest * 1.1);
    if (!percent)
        top = std::ceil(top);
    axis->setRange(0, top);
    axis->setLabelFormat(percent ? QStringLiteral("%.0f %%") : QStringLiteral("%.0f"));
    axis->setLabelsFont(smallFont());
    if (percent)
        axis->setTickCount(6);
    else
        axis->applyNiceNumbers();
    return axis;
}

} // namespace

namespace ReportCharts {

std::unique_ptr<QChart> funnelChart(const waymark::Report& report)
{
    const auto* table = report.table("funnel");
    if (table == nullptr || !table->totals)
        return {};
    const std::pair<const char*, QString> stages[] = {{"referred", Words::tr("Referred")},
                                                      {"eligible", Words::tr("Eligible")},
                                                      {"offered", Words::tr("Offered")},
                                                      {"enrolled", Words::tr("Enrolled")},
                                                      {"completed", Words::tr("Completed")}};
    auto* set = new QBarSet(Words::tr("Referrals"));
    QStringList categories;
    double highest = 0;
    for (const auto& [key, label] : stages) {
        const double v = at(*table, *table->totals, key);
        *set << v;
        highest = std::max(highest, v);
        categories << label;
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    blackLabels(series);
    auto chart = newChart(Words::tr("Diversion funnel"));
    chart->addSeries(series);
    auto* x = categoryAxis(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = valueAxis(highest, false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(false);
    return chart;
}

std::unique_ptr<QChart> concentrationChart(const waymark::Report& report)
{
    const auto* table = report.table("bands");
    if (table == nullptr)
        return {};
    auto* people = new QBarSet(Words::tr("Share of people %"));
    auto* referrals = new QBarSet(Words::tr("Share of referrals %"));
    QStringList categories;
    for (const auto& row : table->rows) {
        *people << at(*table, row, "share_of_people");
        *referrals << at(*table, row, "share_of_referrals");
        categories << Words::tr("%1 referrals each").arg(toQString(row.cells.front().text));
    }
    auto* series = new QBarSeries;
    series->append(people);
    series->append(referrals);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    blackLabels(series);
    series->setLabelsPrecision(3);
    auto chart = newChart(Words::tr("Repeat demand: share by number of referrals"));
    chart->addSeries(series);
    auto* x = categoryAxis(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = valueAxis(100, true);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

std::unique_ptr<QChart> reoffendingChart(const waymark::Report& report)
{
    const auto* table = report.table("cohorts");
    if (table == nullptr)
        return {};
    // Two stacked sets: the measured rate, and a full-height grey hatched bar for a pending
    // cohort (its rate is not known yet: it is not drawn as 0 %).
    auto* measured = new QBarSet(Words::tr("Binary rate %"));
    auto* pending = new QBarSet(Words::tr("Pending: 18 months not yet passed"));
    pending->setBrush(QBrush(QColor(0x9e, 0x9e, 0x9e), Qt::BDiagPattern));
    pending->setBorderColor(QColor(0x75, 0x75, 0x75));
    QStringList categories;
    const int statusColumn = table->column("status");
    for (const auto& row : table->rows) {
        const bool isPending = statusColumn >= 0 && row.cells[static_cast<std::size_t>(statusColumn)].text == "pending";
        const QString quarter = toQString(row.cells.front().text);
        categories << (isPending ? Words::tr("%1 (pending)").arg(quarter) : quarter);
        *measured << (isPending ? 0.0 : at(*table, row, "binary_rate"));
        *pending << (isPending ? 100.0 : 0.0);
    }
    auto* series = new QStackedBarSeries;
    series->append(measured);
    series->append(pending);
    auto chart = newChart(Words::tr("Reoffending by closure cohort"));
    chart->addSeries(series);
    auto* x = categoryAxis(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = valueAxis(100, true);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

std::unique_ptr<QChart> referralsByMonthChart(const waymark::Report& report)
{
    const auto* table = report.table("months");
    if (table == nullptr)
        return {};
    auto* set = new QBarSet(Words::tr("Referrals"));
    QStringList categories;
    double highest = 0;
    for (const auto& row : table->rows) {
        const double v = at(*table, row, "referrals");
        *set << v;
        highest = std::max(highest, v);
        // "2026-05" -> "May 2026" in the user's language
        const QString month = toQString(row.cells.front().text);
        const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
        categories << (first.isValid() ? QLocale().toString(first, QStringLiteral("MMM yyyy")) : month);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    blackLabels(series);
    auto chart = newChart(Words::tr("Referrals per month"));
    chart->addSeries(series);
    auto* x = categoryAxis(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = valueAxis(highest, false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(false);
    return chart;
}

std::vector<std::unique_ptr<QChart>> chartsFor(const waymark::Report& report)
{
    std::vector<std::unique_ptr<QChart>> out;
    for (auto* make : {&funnelChart, &concentrationChart, &reoffendingChart, &referralsByMonthChart}) {
        if (auto chart = make(report))
            out.push_back(std::move(chart));
    }
    return out;
}

} // namespace ReportCharts

std::vector<std::function<void(QPainter&, const QRectF&)>> reportChartPainters(const waymark::Report& report)
{
    std::vector<std::function<void(QPainter&, const QRectF&)>> out;
    using Maker = std::unique_ptr<QChart> (*)(const waymark::Report&);
    const auto shared = std::make_shared<const waymark::Report>(report);
    for (Maker make : {&ReportCharts::funnelChart, &ReportCharts::concentrationChart, &ReportCharts::reoffendingChart,
                       &ReportCharts::referralsByMonthChart}) {
        if (!make(report))
            continue;
        out.emplace_back([shared, make](QPainter& painter, const QRectF& rect) {
            QGraphicsScene scene;
            QChart* chart = make(*shared).release(); // the scene owns it from here
            chart->setBackgroundVisible(false);
            // Laid out at a screen's size (its fonts are sized for one) with the rectangle's
            // shape, then drawn through an image at four times that size and scaled into
            // `rect`. Laid out straight at a printer's resolution, the title and labels came out
            // a few hundredths of the chart's size.
            const qreal width = 720.0;
            const QSizeF logical(width, rect.width() > 0 ? width * rect.height() / rect.width() : width / 2);
            chart->setGeometry(QRectF(QPointF(0, 0), logical));
            scene.addItem(chart);
            scene.setSceneRect(QRectF(QPointF(0, 0), logical));
            constexpr qreal kScale = 4.0;
            QImage image((logical * kScale).toSize(), QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(kScale);
            image.fill(Qt::white);
            {
                QPainter onImage(&image);
                onImage.setRenderHint(QPainter::Antialiasing);
                onImage.setRenderHint(QPainter::TextAntialiasing);
                scene.render(&onImage, QRectF(QPointF(0, 0), logical), scene.sceneRect());
            }
            painter.drawImage(rect, image);
        });
    }
    return out;
}
