#include "ui/delivery/PlanPanel.h"

#include "ui/convert/Convert.h"
#include "ui/delivery/InterventionDialog.h"
#include "ui/delivery/PlanGoalDialog.h"
#include "ui/delivery/PlanLabels.h"
#include "ui/widgets/CodeLabels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using waymark::convert::toDisplay;
using waymark::convert::toQString;

namespace {

QTableWidget* makeTable(const char* objectName, const QString& accessibleName, const QStringList& headers)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()));
    table->setObjectName(QLatin1String(objectName));
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->setWordWrap(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// A table as tall as its rows (at least two, at most eight; it scrolls beyond), so the plan
// box does not stretch empty tables down the page.
void fitRows(QTableWidget* table)
{
    const int rows = std::clamp(table->rowCount(), 2, 8);
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth() + 2;
    for (int i = 0; i < rows; ++i)
        height += i < table->rowCount() ? table->rowHeight(i) : table->verticalHeader()->defaultSectionSize();
    table->setFixedHeight(height);
}

QString period(const waymark::Date& start, const waymark::Date& end)
{
    if (start.isNull() && end.isNull())
        return {};
    if (end.isNull())
        return PlanPanel::tr("from %1").arg(toDisplay(start));
    if (start.isNull())
        return PlanPanel::tr("until %1").arg(toDisplay(end));
    return PlanPanel::tr("%1 to %2").arg(toDisplay(start), toDisplay(end));
}

} // namespace

PlanPanel::PlanPanel(waymark::Casebook& casebook, QWidget* parent)
    : QGroupBox(tr("Plan"), parent)
    , m_casebook(casebook)
{
    setObjectName(QStringLiteral("planPanel"));
    auto* layout = new QVBoxLayout(this);
    m_consent = new QLabel;
    m_consent->setObjectName(QStringLiteral("planConsent"));
    m_consent->setAccessibleName(tr("Consent to share"));
    m_consent->setWordWrap(true);
    layout->addWidget(m_consent);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("planMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* goalsHeader = new QHBoxLayout;
    auto* goalsTitle = new QLabel(tr("Goals"));
    goalsTitle->setObjectName(QStringLiteral("planGoalsTitle"));
    goalsHeader->addWidget(goalsTitle, 1);
    m_addGoal = new QPushButton(tr("Ne&w goal…"));
    m_addGoal->setObjectName(QStringLiteral("addGoalButton"));
    m_addGoal->setAccessibleName(tr("Add a goal to the plan"));
    m_addGoal->setAutoDefault(false);
    goalsHeader->addWidget(m_addGoal);
    layout->addLayout(goalsHeader);
    m_goals = makeTable("planGoals", tr("Goals"), {tr("Goal"), tr("Assessment domains"), tr("Status")});
    m_goals->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_goals->horizontalHeader()->setStretchLastSection(false);
    goalsTitle->setBuddy(m_goals);
    layout->addWidget(m_goals);

    auto* interventionsHeader = new QHBoxLayout;
    auto* interventionsTitle = new QLabel(tr("Interventions"));
    interventionsHeader->addWidget(interventionsTitle, 1);
    m_addIntervention = new QPushButton(tr("Add &intervention…"));
    m_addIntervention->setObjectName(QStringLiteral("addInterventionButton"));
    m_addIntervention->setAccessibleName(tr("Add an intervention to the plan"));
    m_addIntervention->setAutoDefault(false);
    interventionsHeader->addWidget(m_addIntervention);
    layout->addLayout(interventionsHeader);
    m_interventions =
        makeTable("planInterventions", tr("Interventions"),
                  {tr("Type"), tr("Provider"), tr("Planned"), tr("Status"), tr("Referred"), tr("Outcome")});
    interventionsTitle->setBuddy(m_interventions);
    layout->addWidget(m_interventions);

    connect(m_addGoal, &QPushButton::clicked, this, [this] { openGoalDialog(); });
    connect(m_addIntervention, &QPushButton::clicked, this, [this] { openInterventionDialog(); });
    connect(m_goals, &QTableWidget::activated, this, [this](const QModelIndex& i) { openGoalDialog(i.row()); });
    connect(m_goals, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openGoalDialog(row); });
    connect(m_interventions, &QTableWidget::activated, this,
            [this](const QModelIndex& i) { openInterventionDialog(i.row()); });
    connect(m_interventions, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { openInterventionDialog(row); });
    hide();
}

QList<QWidget*> PlanPanel::tabOrder() const
{
    return {m_addGoal, m_goals, m_addIntervention, m_interventions};
}

void PlanPanel::showReferral(const waymark::Uuid& referralId)
{
    m_referralId = referralId;
    if (referralId.isNull() || !m_casebook.can(waymark::Action::PlanView)) {
        hide();
        return;
    }
    reload();
}

void PlanPanel::reload()
{
    if (m_referralId.isNull())
        return;
    auto detail = m_casebook.plans().show(m_referralId);
    if (!detail) {
        m_detail = {};
        m_message->setText(PlanLabels::errorText(detail.error()));
        m_message->show();
        show();
        return;
    }
    m_detail = std::move(*detail);
    if (auto types = m_casebook.plans().interventionTypes())
        m_types = std::move(*types);
    fill();
    show();
}

void PlanPanel::fill()
{
    const auto& d = m_detail;
    m_consent->setText(d.consentToShare
                           ? tr("Consent to share with partner organisations: given.")
                           : tr("Consent to share with partner organisations: %1. Referrals to providers need "
                                "consent first.")
                                 .arg(CodeLabels::label(CodeLabels::List::Consent,
                                                        d.consent.empty() ? std::string("not_asked") : d.consent)
                                          .toLower()));
    const bool mayEdit = d.editable && m_casebook.can(waymark::Action::PlanUpdate);
    m_addGoal->setVisible(mayEdit);
    m_addIntervention->setVisible(mayEdit);
    QString message;
    if (!d.editable)
        message = tr("Goals and interventions are planned once the referral is accepted.");
    else if (d.goals.empty() && d.interventions.empty())
        message = tr("No goals or interventions yet.");
    if (d.plan && !d.plan->reviewDate.isNull())
        message += (message.isEmpty() ? QString() : QStringLiteral(" ")) +
                   tr("Review due %1.").arg(toDisplay(d.plan->reviewDate));
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());

    m_goals->setRowCount(static_cast<int>(d.goals.size()));
    for (int i = 0; i < static_cast<int>(d.goals.size()); ++i) {
        const auto& g = d.goals[static_cast<std::size_t>(i)];
        m_goals->setItem(i, 0, new QTableWidgetItem(toQString(g.text)));
        m_goals->setItem(i, 1, new QTableWidgetItem(PlanLabels::domainList(g.domains)));
        m_goals->setItem(i, 2, new QTableWidgetItem(PlanLabels::goalStatus(g.status)));
    }
    m_goals->resizeRowsToContents();
    fitRows(m_goals);

    m_interventions->setRowCount(static_cast<int>(d.interventions.size()));
    for (int i = 0; i < static_cast<int>(d.interventions.size()); ++i) {
        const auto& item = d.interventions[static_cast<std::size_t>(i)];
        const auto& v = item.intervention;
        QString referred = v.referredOn.isNull() ? QString() : toDisplay(v.referredOn);
        if (v.consentOverridden)
            referred += (referred.isEmpty() ? QString() : QStringLiteral(" ")) + tr("(consent overridden)");
        QString outcome = v.outcome.empty() ? QString() : PlanLabels::outcome(v.outcome);
        m_interventions->setItem(i, 0, new QTableWidgetItem(PlanLabels::interventionType(v.type, m_types)));
        m_interventions->setItem(
            i, 1, new QTableWidgetItem(item.providerName.empty() ? tr("The scheme") : toQString(item.providerName)));
        m_interventions->setItem(i, 2, new QTableWidgetItem(period(v.plannedStart, v.plannedEnd)));
        m_interventions->setItem(i, 3, new QTableWidgetItem(PlanLabels::interventionStatus(v.status)));
        auto* referredItem = new QTableWidgetItem(referred);
        if (v.consentOverridden)
            referredItem->setToolTip(tr("Reason given: %1").arg(toQString(v.overrideReason)));
        m_interventions->setItem(i, 4, referredItem);
        m_interventions->setItem(i, 5, new QTableWidgetItem(outcome));
    }
    m_interventions->resizeRowsToContents();
    fitRows(m_interventions);
}

PlanGoalDialog* PlanPanel::openGoalDialog(int row)
{
    if (!m_detail.editable || !m_casebook.can(waymark::Action::PlanUpdate) || m_open)
        return nullptr;
    const waymark::PlanGoal* goal = nullptr;
    if (row >= 0) {
        if (row >= static_cast<int>(m_detail.goals.size()))
            return nullptr;
        goal = &m_detail.goals[static_cast<std::size_t>(row)];
    }
    auto* dialog = new PlanGoalDialog(m_casebook, m_referralId, goal, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT changed();
    });
    m_open = dialog;
    dialog->open();
    return dialog;
}

InterventionDialog* PlanPanel::openInterventionDialog(int row)
{
    if (!m_detail.editable || !m_casebook.can(waymark::Action::PlanUpdate) || m_open)
        return nullptr;
    const waymark::InterventionItem* item = nullptr;
    if (row >= 0) {
        if (row >= static_cast<int>(m_detail.interventions.size()))
            return nullptr;
        item = &m_detail.interventions[static_cast<std::size_t>(row)];
    }
    auto* dialog = new InterventionDialog(m_casebook, m_detail, item, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT changed();
    });
    m_open = dialog;
    dialog->open();
    return dialog;
}
