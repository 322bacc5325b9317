#include "ui/delivery/PlanGoalDialog.h"

#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/delivery/PlanLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using waymark::convert::toQString;
using waymark::convert::toStd;

PlanGoalDialog::PlanGoalDialog(waymark::Casebook& casebook, const waymark::Uuid& referralId,
                               const waymark::PlanGoal* goal, QWidget* parent)
    : QDialog(parent)
    , m_casebook(casebook)
    , m_referralId(referralId)
    , m_new(goal == nullptr)
{
    if (goal)
        m_goal = *goal;
    setObjectName(QStringLiteral("planGoalDialog"));
    setWindowTitle(m_new ? tr("Add a goal") : tr("Change a goal"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    m_text = new QLineEdit(toQString(m_goal.text));
    m_text->setObjectName(QStringLiteral("goalText"));
    m_text->setAccessibleName(tr("Goal"));
    m_text->setPlaceholderText(tr("What the young person wants to achieve"));
    auto* textLabel = new QLabel(tr("&Goal:"));
    textLabel->setBuddy(m_text);
    form->addRow(textLabel, m_text);

    m_domains = new QListWidget;
    m_domains->setObjectName(QStringLiteral("goalDomains"));
    m_domains->setAccessibleName(tr("Assessment domains"));
    for (const auto& d : waymark::assessmentDomainCodes()) {
        auto* item = new QListWidgetItem(PlanLabels::domain(d.code), m_domains);
        item->setData(Qt::UserRole, toQString(d.code));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool on = std::ranges::find(m_goal.domains, std::string(d.code)) != m_goal.domains.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_domains->setMinimumHeight(m_domains->fontMetrics().lineSpacing() * 6);
    auto* domainsLabel = new QLabel(tr("Assessment &domains:"));
    domainsLabel->setBuddy(m_domains);
    form->addRow(domainsLabel, m_domains);

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("goalStatus"));
    m_status->setAccessibleName(tr("Goal status"));
    PlanLabels::fill(m_status, waymark::goalStatusCodes(), &PlanLabels::goalStatus);
    PlanLabels::select(m_status, m_goal.status);
    auto* statusLabel = new QLabel(tr("&Status:"));
    statusLabel->setBuddy(m_status);
    form->addRow(statusLabel, m_status);
    if (m_new) {
        statusLabel->hide();
        m_status->hide();
    }

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Theme::errorStyle());
    m_error->hide();
    layout->addWidget(m_error);

    auto* box = new QDialogButtonBox(this);
    m_ok = box->addButton(m_new ? tr("&Add goal") : tr("&Save"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    QPushButton* cancel = box->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(box, &QDialogButtonBox::accepted, this, &PlanGoalDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &PlanGoalDialog::reject);
    layout->addWidget(box);
    setTabOrder(m_text, m_domains);
    setTabOrder(m_domains, m_status);
    setTabOrder(m_status, m_ok);
    setTabOrder(m_ok, cancel);
    resize(480, sizeHint().height());
}

bool PlanGoalDialog::dirty() const
{
    if (m_text->text().trimmed() != toQString(m_goal.text).trimmed())
        return true;
    for (int i = 0; i < m_domains->count(); ++i) {
        const auto code = toStd(m_domains->item(i)->data(Qt::UserRole).toString());
        const bool was = std::ranges::find(m_goal.domains, code) != m_goal.domains.end();
        if ((m_domains->item(i)->checkState() == Qt::Checked) != was)
            return true;
    }
    return !m_new && PlanLabels::selectedCode(m_status) != m_goal.status;
}

void PlanGoalDialog::accept()
{
    waymark::PlanGoal g = m_goal;
    g.text = toStd(m_text->text());
    g.domains.clear();
    for (int i = 0; i < m_domains->count(); ++i)
        if (m_domains->item(i)->checkState() == Qt::Checked)
            g.domains.push_back(toStd(m_domains->item(i)->data(Qt::UserRole).toString()));
    if (!m_new)
        g.status = PlanLabels::selectedCode(m_status);
    auto result = m_new ? m_casebook.plans().addGoal(m_referralId, g) : m_casebook.plans().updateGoal(g);
    if (!result) {
        const QString label = result.error().field == "domains" ? tr("the assessment domains") : tr("the goal");
        m_error->setText(PlanLabels::errorText(result.error(), label));
        m_error->show();
        if (result.error().field == "goal_text")
            m_text->setFocus();
        return;
    }
    m_saved = *result;
    QDialog::accept();
}

void PlanGoalDialog::reject()
{
    if (dirty() && !PlanLabels::confirmDiscard(this))
        return;
    QDialog::reject();
}
