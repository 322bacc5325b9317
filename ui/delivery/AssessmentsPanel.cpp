#include "ui/delivery/AssessmentsPanel.h"

#include "ui/convert/Convert.h"
#include "ui/delivery/AssessmentDialog.h"
#include "ui/widgets/RuleSentences.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using waymark::convert::toDisplay;
using waymark::convert::toQString;

AssessmentsPanel::AssessmentsPanel(waymark::Casebook& casebook, QWidget* parent)
    : QGroupBox(tr("Assessments"), parent)
    , m_casebook(casebook)
{
    setObjectName(QStringLiteral("assessmentsGroup"));
    auto* layout = new QVBoxLayout(this);
    m_empty = new QLabel(tr("No assessment yet."), this);
    m_empty->setObjectName(QStringLiteral("assessmentsEmpty"));
    layout->addWidget(m_empty);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("assessmentsTable"));
    m_table->setAccessibleName(tr("Assessments"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Template"), tr("Score"), tr("Assessor")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    for (int c = 0; c < 4; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("Ne&w assessment…"), this);
    m_new->setObjectName(QStringLiteral("newAssessmentButton"));
    m_new->setAccessibleName(tr("Record a new assessment"));
    m_new->setAutoDefault(false);
    m_reassess = new QPushButton(tr("Reassess wit&h last answers…"), this);
    m_reassess->setObjectName(QStringLiteral("reassessButton"));
    m_reassess->setAccessibleName(tr("Reassess, starting from the selected or newest assessment"));
    m_reassess->setAutoDefault(false);
    m_resume = new QPushButton(tr("Continue m&y unsaved assessment…"), this);
    m_resume->setObjectName(QStringLiteral("resumeAssessmentButton"));
    m_resume->setAccessibleName(tr("Continue the assessment kept unsaved when the casebook locked"));
    m_resume->setAutoDefault(false);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_new);
    buttons->addWidget(m_reassess);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_new, &QPushButton::clicked, this, &AssessmentsPanel::openNewAssessment);
    connect(m_reassess, &QPushButton::clicked, this, &AssessmentsPanel::openReassessment);
    connect(m_resume, &QPushButton::clicked, this, &AssessmentsPanel::openKeptDraft);
    connect(m_table, &QTableWidget::itemActivated, this, [this] {
        if (const auto id = selectedId(); !id.isNull())
            openAssessment(id);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AssessmentsPanel::updateButtons);
}

void AssessmentsPanel::setReferral(const waymark::Uuid& referralId, const QString& title, bool open)
{
    m_referral = referralId;
    m_title = title;
    m_open = open;
    setVisible(m_casebook.can(waymark::Action::AssessmentView) && !referralId.isNull());
    refresh();
}

void AssessmentsPanel::refresh()
{
    m_rows.clear();
    m_table->setRowCount(0);
    if (m_referral.isNull() || !m_casebook.can(waymark::Action::AssessmentView)) {
        updateButtons();
        return;
    }
    // A draft is found by listing (nothing of a record is read, nothing audited).
    m_hasDraft = false;
    if (auto drafts = m_casebook.drafts().list())
        for (const auto& d : *drafts)
            if (d.form == AssessmentDialog::kDraftForm && d.recordId == m_referral)
                m_hasDraft = true;
    auto rows = m_casebook.assessments().forReferral(m_referral);
    if (rows)
        m_rows = std::move(*rows);
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    for (int i = 0; i < static_cast<int>(m_rows.size()); ++i) {
        const auto& r = m_rows[static_cast<std::size_t>(i)];
        m_table->setItem(i, 0, new QTableWidgetItem(toDisplay(r.assessedOn)));
        m_table->setItem(i, 1,
                         new QTableWidgetItem(r.previousAssessmentId.isNull() ? tr("Assessment") : tr("Reassessment")));
        m_table->setItem(i, 2,
                         new QTableWidgetItem(tr("%1 v%2").arg(toQString(r.templateCode)).arg(r.templateVersion)));
        m_table->setItem(i, 3, new QTableWidgetItem(tr("%1 (%n rated)", nullptr, r.ratedCount).arg(r.totalScore)));
        m_table->setItem(i, 4, new QTableWidgetItem(toQString(r.assessorName)));
    }
    // As tall as its rows (up to five), so the box does not push the history away.
    const int shown = std::clamp(static_cast<int>(m_rows.size()), 1, 5);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            shown * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
    m_table->setVisible(!m_rows.empty());
    m_empty->setVisible(m_rows.empty());
    updateButtons();
}

void AssessmentsPanel::updateButtons()
{
    const bool canRecord = m_casebook.can(waymark::Action::AssessmentRecord) && !m_referral.isNull();
    m_new->setVisible(canRecord);
    m_resume->setVisible(canRecord && m_hasDraft);
    m_resume->setEnabled(m_open);
    m_reassess->setVisible(canRecord);
    m_new->setEnabled(m_open);
    m_reassess->setEnabled(m_open && !m_rows.empty());
}

waymark::Uuid AssessmentsPanel::selectedId() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return {};
    return m_rows[static_cast<std::size_t>(row)].id;
}

AssessmentDialog* AssessmentsPanel::show(AssessmentDialog* dialog)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AssessmentDialog::assessmentSaved, this, [this] {
        refresh();
        Q_EMIT assessmentsChanged(m_referral);
    });
    // Closed either way: a draft may have been kept or discarded.
    connect(dialog, &QDialog::finished, this, &AssessmentsPanel::refresh);
    dialog->open();
    return dialog;
}

AssessmentDialog* AssessmentsPanel::openNewAssessment()
{
    auto draft = m_casebook.assessments().startAssessment(m_referral);
    if (!draft)
        return nullptr;
    return show(new AssessmentDialog(m_casebook, std::move(*draft), m_title, window()));
}

AssessmentDialog* AssessmentsPanel::openReassessment()
{
    waymark::Uuid from = selectedId();
    if (from.isNull() && !m_rows.empty())
        from = m_rows.front().id; // the newest
    if (from.isNull())
        return nullptr;
    auto draft = m_casebook.assessments().startReassessment(from);
    if (!draft)
        return nullptr;
    return show(new AssessmentDialog(m_casebook, std::move(*draft), m_title, window()));
}

AssessmentDialog* AssessmentsPanel::openAssessment(const waymark::Uuid& id)
{
    auto detail = m_casebook.assessments().view(id);
    if (!detail)
        return nullptr;
    return show(new AssessmentDialog(m_casebook, std::move(detail->assessment), m_title, window()));
}

AssessmentDialog* AssessmentsPanel::openKeptDraft()
{
    auto draft = m_casebook.drafts().load(AssessmentDialog::kDraftForm, m_referral);
    if (!draft || !*draft)
        return nullptr;
    auto assessment = AssessmentDialog::assessmentFromDraft((*draft)->payload);
    if (!assessment)
        return nullptr;
    auto* dialog = show(new AssessmentDialog(m_casebook, std::move(*assessment), m_title, window()));
    dialog->markRestored();
    return dialog;
}
