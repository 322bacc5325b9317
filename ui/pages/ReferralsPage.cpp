#include "ui/pages/ReferralsPage.h"

#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/models/ReferralListModel.h"
#include "ui/widgets/CodeLabels.h"
#include "ui/widgets/FlowLayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using waymark::convert::toQString;
using waymark::convert::toStd;

namespace {

// Worker filter item data: "" anyone, "-" unallocated, else a user id.
const QString kAnyone;
const QString kUnallocated = QStringLiteral("-");

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

} // namespace

ReferralsPage::ReferralsPage(waymark::Casebook& casebook, QWidget* parent)
    : QWidget(parent)
    , m_casebook(casebook)
{
    setAccessibleName(tr("Referrals"));

    auto* title = new QLabel(tr("Referrals"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    // The filters wrap onto more lines in a narrow window (800x600) instead of widening it.
    auto* filterBar = new QWidget(this);
    filterBar->setObjectName(QStringLiteral("referralFilters"));
    auto* filters = new FlowLayout(filterBar);
    filters->setContentsMargins(0, 0, 0, 0);
    QSizePolicy barPolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    barPolicy.setHeightForWidth(true);
    filterBar->setSizePolicy(barPolicy);
    auto addFilter = [&](const QString& label, QWidget* widget) {
        auto* cell = new QWidget(filterBar);
        auto* row = new QHBoxLayout(cell);
        row->setContentsMargins(0, 0, 8, 0);
        auto* l = new QLabel(label, cell);
        l->setBuddy(widget);
        widget->setAccessibleName(withoutMnemonic(label).remove(QLatin1Char(':')));
        widget->setParent(cell);
        row->addWidget(l);
        row->addWidget(widget);
        filters->addWidget(cell);
    };

    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("referralStateFilter"));
    m_state->addItem(tr("Any state"), QString());
    for (waymark::ReferralState state : waymark::allReferralStates())
        m_state->addItem(CodeLabels::stateLabel(state), toQString(waymark::stateName(state)));
    addFilter(tr("S&tate:"), m_state);

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("referralSourceFilter"));
    CodeLabels::fill(m_source, CodeLabels::List::ReferralSource, false);
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(14);
    m_source->insertItem(0, tr("Any source"), QString());
    m_source->setCurrentIndex(0);
    addFilter(tr("So&urce:"), m_source);

    m_route = new QComboBox(this);
    m_route->setObjectName(QStringLiteral("referralRouteFilter"));
    CodeLabels::fill(m_route, CodeLabels::List::ReferralRoute, false);
    m_route->insertItem(0, tr("Any route"), QString());
    m_route->setCurrentIndex(0);
    m_route->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_route->setMinimumContentsLength(14);
    addFilter(tr("R&oute:"), m_route);

    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("referralWorkerFilter"));
    m_worker->addItem(tr("Anyone"), kAnyone);
    m_worker->addItem(tr("Me"), toQString(casebook.user().id.toString()));
    m_worker->addItem(tr("Unallocated"), kUnallocated);
    if (casebook.can(waymark::Action::UserList)) {
        if (auto users = casebook.users().list()) {
            for (const auto& u : *users)
                if (u.active && u.role != waymark::Role::Auditor && u.id != casebook.user().id)
                    m_worker->addItem(toQString(u.displayName.empty() ? u.username : u.displayName),
                                      toQString(u.id.toString()));
        }
    }
    m_worker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_worker->setMinimumContentsLength(12);
    addFilter(tr("&Worker:"), m_worker);

    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("referralSort"));
    m_sort->addItem(tr("Due first"), static_cast<int>(waymark::ReferralSort::Due));
    m_sort->addItem(tr("Newest first"), static_cast<int>(waymark::ReferralSort::Received));
    addFilter(tr("Sor&t:"), m_sort);

    m_overdue = new QCheckBox(tr("O&verdue only"), filterBar);
    m_overdue->setObjectName(QStringLiteral("referralOverdueOnly"));
    m_overdue->setAccessibleName(tr("Overdue only"));
    filters->addWidget(m_overdue);

    m_newButton = new QPushButton(Theme::icon(QStringLiteral("person-add")), tr("&New referral"), filterBar);
    m_newButton->setObjectName(QStringLiteral("newReferralButton"));
    m_newButton->setAccessibleName(tr("New referral"));
    m_newButton->setEnabled(casebook.can(waymark::Action::ReferralCreate));
    if (!m_newButton->isEnabled())
        m_newButton->setToolTip(tr("Your role cannot add referrals."));
    filters->addWidget(m_newButton);

    m_model = new ReferralListModel(casebook, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("referralsTable"));
    m_table->setAccessibleName(tr("Referral list"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    {
        QPalette palette = m_table->palette();
        palette.setColor(QPalette::Inactive, QPalette::Highlight, palette.color(QPalette::Active, QPalette::Highlight));
        palette.setColor(QPalette::Inactive, QPalette::HighlightedText,
                         palette.color(QPalette::Active, QPalette::HighlightedText));
        m_table->setPalette(palette);
    }
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    auto* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics fm = m_table->fontMetrics();
    const auto fit = [&](int col, const QString& sample) {
        const int headerWidth =
            header->fontMetrics().horizontalAdvance(m_model->headerData(col, Qt::Horizontal).toString());
        m_table->setColumnWidth(col, std::max(fm.horizontalAdvance(sample), headerWidth) + 18);
    };
    fit(ReferralListModel::Reference, QStringLiteral("RF-MMMM-2026-00000"));
    fit(ReferralListModel::Person, QStringLiteral("Mmmmmmm Mmmmmmmm"));
    fit(ReferralListModel::Received, QStringLiteral("00/00/0000"));
    fit(ReferralListModel::State, tr("Closure requested"));
    {
        // The overdue text is bold.
        QFont bold = m_table->font();
        bold.setBold(true);
        m_table->setColumnWidth(
            ReferralListModel::Due,
            QFontMetrics(bold).horizontalAdvance(tr("OVERDUE — due %1").arg(QStringLiteral("00/00/0000"))) + 24);
    }
    fit(ReferralListModel::Worker, QStringLiteral("Mmmmmmm Mmmmmmm"));
    fit(ReferralListModel::Source, tr("Children's social care"));
    header->setStretchLastSection(true);
    m_table->installEventFilter(this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("referralsStatus"));
    m_status->setAccessibleName(tr("List status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(filterBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    setTabOrder(m_state, m_source);
    setTabOrder(m_source, m_route);
    setTabOrder(m_route, m_worker);
    setTabOrder(m_worker, m_sort);
    setTabOrder(m_sort, m_overdue);
    setTabOrder(m_overdue, m_newButton);
    setTabOrder(m_newButton, m_table);

    for (QComboBox* box : {m_state, m_source, m_route, m_worker, m_sort})
        connect(box, &QComboBox::currentIndexChanged, this, &ReferralsPage::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &ReferralsPage::applyFilters);
    connect(m_newButton, &QPushButton::clicked, this, &ReferralsPage::newReferralRequested);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_model, &ReferralListModel::reloaded, this, &ReferralsPage::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ReferralsPage::updateStatus);
    connect(m_model, &ReferralListModel::errorOccurred, this, &ReferralsPage::updateStatus);
    updateStatus();
}

void ReferralsPage::applyFilters()
{
    waymark::ReferralListQuery query;
    const QString state = m_state->currentData().toString();
    if (!state.isEmpty())
        if (auto s = waymark::stateFromName(toStd(state)))
            query.state = *s;
    query.source = toStd(m_source->currentData().toString());
    query.route = toStd(m_route->currentData().toString());
    const QString worker = m_worker->currentData().toString();
    if (worker == kUnallocated)
        query.unallocatedOnly = true;
    else if (!worker.isEmpty())
        if (auto id = waymark::Uuid::parse(toStd(worker)))
            query.worker = *id;
    query.overdueOnly = m_overdue->isChecked();
    query.sort = static_cast<waymark::ReferralSort>(m_sort->currentData().toInt());
    m_model->setQuery(std::move(query));
}

void ReferralsPage::focusList()
{
    if (m_model->rowCount() > 0) {
        m_table->setFocus(Qt::OtherFocusReason);
        if (!m_table->currentIndex().isValid())
            m_table->selectRow(0);
    } else {
        m_state->setFocus(Qt::OtherFocusReason);
    }
}

void ReferralsPage::showMessage(const QString& text)
{
    m_status->setText(text);
}

void ReferralsPage::refresh(const waymark::Uuid& select)
{
    m_model->refresh();
    if (select.isNull())
        return;
    int row = m_model->rowOf(select);
    for (int pages = 0; row < 0 && pages < 5 && m_model->canFetchMore({}); ++pages) {
        m_model->fetchMore({});
        row = m_model->rowOf(select);
    }
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void ReferralsPage::openRow(int row)
{
    if (const auto* summary = m_model->summaryAt(row))
        Q_EMIT openReferralRequested(summary->id);
}

bool ReferralsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openRow(m_table->currentIndex().row());
            return true;
        }
    }
    if (watched == m_table && event->type() == QEvent::FocusIn && m_model->rowCount() > 0 &&
        !m_table->selectionModel()->hasSelection())
        m_table->selectRow(m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0);
    return QWidget::eventFilter(watched, event);
}

void ReferralsPage::updateStatus()
{
    if (!m_model->lastError().isEmpty()) {
        m_status->setText(m_model->lastError());
        return;
    }
    const int shown = m_model->rowCount();
    if (shown == 0) {
        m_status->setText(tr("No referrals match these filters."));
        return;
    }
    if (auto total = m_casebook.referrals().count(m_model->query()))
        m_status->setText(tr("Showing %1 of %2.").arg(QLocale().toString(shown), QLocale().toString(*total)));
    else
        m_status->setText(tr("Shown: %1").arg(QLocale().toString(shown)));
}
