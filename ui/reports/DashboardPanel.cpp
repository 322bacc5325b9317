#include "ui/reports/DashboardPanel.h"

#include "ui/convert/Convert.h"
#include "ui/render/ReportCharts.h"
#include "ui/reports/ChartWheel.h"
#include "ui/reports/ReportRunner.h"
#include "ui/widgets/FlowLayout.h"

#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

using namespace waymark::convert;

namespace {

QString percentText(double value)
{
    return QLocale().toString(value, 'f', 1) + QStringLiteral(" %");
}

const waymark::Report* findReport(const std::vector<waymark::Report>& reports, const std::string& name)
{
    for (const auto& r : reports)
        if (r.name == name)
            return &r;
    return nullptr;
}

} // namespace

DashboardPanel::DashboardPanel(waymark::Casebook& casebook, QWidget* parent)
    : QWidget(parent)
    , m_casebook(casebook)
    , m_runner(new ReportRunner(casebook, this))
{
    setObjectName(QStringLiteral("dashboardPanel"));
    auto* heading = new QLabel(tr("Figures for the last twelve months"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    heading->setFont(bold);
    m_refresh = new QPushButton(tr("Refresh f&igures"), this);
    m_refresh->setObjectName(QStringLiteral("refreshFigures"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_status);
    top->addWidget(m_refresh);

    auto* tiles = new QWidget(this);
    auto* flow = new FlowLayout(tiles, 8, 8);
    flow->setContentsMargins(0, 0, 0, 0);
    const std::pair<const char*, QString> figures[] = {
        {"openCases", tr("Open cases")},
        {"referralsThisMonth", tr("Referrals this month")},
        {"firstContactWithin", tr("First contact within limit")},
        {"repeatShare", tr("Repeat referrals share")},
        {"reoffendingRate", tr("Reoffending, latest measured cohort")},
    };
    for (const auto& [key, caption] : figures) {
        auto* tile = new QFrame(tiles);
        tile->setFrameShape(QFrame::StyledPanel);
        auto* v = new QVBoxLayout(tile);
        v->setContentsMargins(10, 6, 10, 6);
        auto* value = new QLabel(QStringLiteral("…"), tile);
        value->setObjectName(QStringLiteral("figure_%1").arg(QLatin1String(key)));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        value->setFont(big);
        auto* label = new QLabel(caption, tile);
        v->addWidget(value);
        v->addWidget(label);
        flow->addWidget(tile);
        m_figures[QLatin1String(key)] = value;
    }

    m_monthly = new QChartView(this);
    m_funnel = new QChartView(this);
    for (QChartView* view : {m_monthly, m_funnel}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
        view->setMinimumWidth(200);
        view->setFocusPolicy(Qt::NoFocus);
        ChartWheel::scrollsItsPage(view);
        view->setVisible(false);
    }
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_monthly, 1);
    charts->addWidget(m_funnel, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(tiles);
    layout->addLayout(charts);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardPanel::refresh);
    connect(m_runner, &ReportRunner::finished, this, [this](const std::vector<waymark::Report>& reports) {
        m_refresh->setEnabled(true);
        m_status->clear();
        showFigures(reports);
    });
    connect(m_runner, &ReportRunner::failed, this, [this](const QString& message) {
        m_refresh->setEnabled(true);
        m_status->setText(message);
    });
    connect(m_runner, &ReportRunner::cancelled, this, [this] { m_refresh->setEnabled(true); });
}

void DashboardPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_started)
        refresh();
}

void DashboardPanel::refresh()
{
    if (m_runner->isRunning())
        return;
    m_started = true;
    const waymark::Date today = m_casebook.clock().today();
    waymark::ReportParams year;
    year.from = waymark::Date::fromYmd(today.year(), today.month(), 1).value().addMonths(-11);
    year.to = today;
    waymark::ReportParams threeYears = year;
    threeYears.from = year.from.addMonths(-24);
    std::vector<ReportJob> jobs = {{"caseload", year},      {"referrals-by-month", year}, {"timeliness", year},
                                   {"repeat-demand", year}, {"reoffending", threeYears},  {"funnel", year}};
    m_status->setText(tr("Reading the figures…"));
    m_refresh->setEnabled(false);
    if (!m_runner->start(std::move(jobs)))
        m_refresh->setEnabled(true);
}

bool DashboardPanel::isRunning() const
{
    return m_runner->isRunning();
}

QString DashboardPanel::shownFigure(const QString& key) const
{
    const auto it = m_figures.find(key);
    return it == m_figures.end() ? QString() : it->second->text();
}

void DashboardPanel::setFigure(const QString& key, const QString& text)
{
    if (auto it = m_figures.find(key); it != m_figures.end())
        it->second->setText(text);
}

void DashboardPanel::showFigures(const std::vector<waymark::Report>& reports)
{
    m_reports = reports;
    const QString none = tr("–");
    const QLocale locale;
    // Open cases now.
    QString open = none;
    if (const auto* r = findReport(reports, "caseload"); r && r->table("caseload") && r->table("caseload")->totals) {
        const auto* t = r->table("caseload");
        if (auto v = t->value(*t->totals, "open_cases"))
            open = locale.toString(static_cast<qint64>(*v));
    }
    setFigure(QStringLiteral("openCases"), open);
    // Referrals this month: the last month of the period.
    QString thisMonth = none;
    if (const auto* r = findReport(reports, "referrals-by-month");
        r && r->table("months") && !r->table("months")->rows.empty()) {
        const auto* t = r->table("months");
        if (auto v = t->value(t->rows.back(), "referrals"))
            thisMonth = locale.toString(static_cast<qint64>(*v));
    }
    setFigure(QStringLiteral("referralsThisMonth"), thisMonth);
    // First contact within the limit.
    QString within = none;
    if (const auto* r = findReport(reports, "timeliness"); r && r->table("timeliness")) {
        const auto* t = r->table("timeliness");
        if (const auto* row = t->find("measure", "first_contact"))
            if (auto v = t->value(*row, "pct_within"))
                within = percentText(*v);
    }
    setFigure(QStringLiteral("firstContactWithin"), within);
    // Repeat referrals' share of all referrals in the period.
    QString repeat = none;
    if (const auto* r = findReport(reports, "repeat-demand");
        r && r->table("quarters") && r->table("quarters")->totals) {
        const auto* t = r->table("quarters");
        if (auto v = t->value(*t->totals, "repeat_share"))
            repeat = percentText(*v);
    }
    setFigure(QStringLiteral("repeatShare"), repeat);
    // The latest cohort whose 18 months have passed, with people in it.
    QString reoffending = none;
    if (const auto* r = findReport(reports, "reoffending"); r && r->table("cohorts")) {
        const auto* t = r->table("cohorts");
        for (auto it = t->rows.rbegin(); it != t->rows.rend(); ++it) {
            if (it->cells.size() > 1 && it->cells[1].text == "measured") {
                if (auto v = t->value(*it, "binary_rate")) {
                    reoffending = tr("%1 (%2)").arg(percentText(*v), toQString(it->cells.front().text));
                    break;
                }
            }
        }
    }
    setFigure(QStringLiteral("reoffendingRate"), reoffending);

    if (const auto* r = findReport(reports, "referrals-by-month")) {
        if (auto chart = ReportCharts::referralsByMonthChart(*r)) {
            QChart* old = m_monthly->chart();
            m_monthly->setChart(chart.release()); // the view no longer owns the old one
            delete old;
            m_monthly->setVisible(true);
        }
    }
    if (const auto* r = findReport(reports, "funnel")) {
        if (auto chart = ReportCharts::funnelChart(*r)) {
            QChart* old = m_funnel->chart();
            m_funnel->setChart(chart.release());
            delete old;
            m_funnel->setVisible(true);
        }
    }
    Q_EMIT refreshed();
}
