#include "ui/pages/PeoplePage.h"

#include "ui/app/Theme.h"
#include "ui/models/PeopleListModel.h"
#include "ui/widgets/SearchBar.h"

#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using waymark::PersonFilter;

PeoplePage::PeoplePage(waymark::Casebook& casebook, QWidget* parent)
    : QWidget(parent)
    , m_casebook(casebook)
{
    setAccessibleName(tr("People"));

    auto* title = new QLabel(tr("People"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_search = new SearchBar(this);
    m_search->setObjectName(QStringLiteral("peopleSearch"));

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("peopleFilter"));
    m_filter->setAccessibleName(tr("Show"));
    m_filter->addItem(tr("All people"), static_cast<int>(PersonFilter::All));
    m_filter->addItem(tr("Looked-after"), static_cast<int>(PersonFilter::LookedAfter));
    m_filter->addItem(tr("Child-protection plan"), static_cast<int>(PersonFilter::ChildProtectionPlan));
    m_filter->addItem(tr("Exploitation concern"), static_cast<int>(PersonFilter::ExploitationConcern));
    m_filter->addItem(tr("SEND/ALN"), static_cast<int>(PersonFilter::SendAln));
    m_filter->addItem(tr("Restricted"), static_cast<int>(PersonFilter::Restricted));
    auto* filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);

    m_newButton = new QPushButton(tr("&New person"), this);
    m_newButton->setObjectName(QStringLiteral("newPersonButton"));
    m_newButton->setAccessibleName(tr("New person"));
    m_newButton->setIcon(Theme::icon(QStringLiteral("person-add")));
    m_search->addAction(Theme::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_newButton->setEnabled(casebook.can(waymark::Action::PersonCreate));
    if (!m_newButton->isEnabled())
        m_newButton->setToolTip(tr("Your role cannot add people."));

    m_model = new PeopleListModel(casebook, this);
    if (auto total = casebook.people().count())
        m_total = *total;

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setAccessibleName(tr("People list"));
    m_table->setModel(m_model);
    // Sorting is done by the store, a page at a time (PeopleListModel::sort); the columns it
    // cannot sort by keep the previous order and indicator.
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(PeopleListModel::Name, Qt::AscendingOrder);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (PeopleListModel::isSortable(column))
            return;
        QSignalBlocker blocker(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    // The row with the keyboard focus is clearly marked, focused or not.
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
    // Wide enough for the longest usual value, so nothing is cut off with "...".
    const QFontMetrics fm = m_table->fontMetrics();
    const auto fit = [&](int column, const QString& sample) {
        const int headerWidth =
            header->fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        m_table->setColumnWidth(column, std::max(fm.horizontalAdvance(sample), headerWidth) + 18);
    };
    fit(PeopleListModel::CaseReference, QStringLiteral("WM-MMM-2026-000000"));
    fit(PeopleListModel::Name, QStringLiteral("Mmmmmmm (Mmmmm) Mmmmmmmmm"));
    fit(PeopleListModel::DateOfBirth, tr("%1 (est.)", "estimated date of birth").arg(QStringLiteral("00/00/0000")));
    fit(PeopleListModel::Age, QStringLiteral("00"));
    fit(PeopleListModel::Postcode, QStringLiteral("MM00 0MM"));
    fit(PeopleListModel::Flags, tr("LAC, CP, CIN, SEND, Restricted"));
    header->setStretchLastSection(true);
    m_table->installEventFilter(this);
    m_search->installEventFilter(this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("peopleStatus"));
    m_status->setAccessibleName(tr("List status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addSpacing(12);
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    top->addSpacing(12);
    top->addWidget(m_newButton);

    // The empty state: what to do next, with the button to do it.
    m_empty = new QWidget(this);
    m_empty->setObjectName(QStringLiteral("peopleEmpty"));
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    auto* emptyTitle = new QLabel(tr("No young people in this casebook yet"), m_empty);
    QFont emptyFont = emptyTitle->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.25);
    emptyFont.setBold(true);
    emptyTitle->setFont(emptyFont);
    emptyTitle->setAlignment(Qt::AlignCenter);
    auto* emptyText = new QLabel(tr("Add the first young person referred to the scheme. Their record is "
                                    "encrypted in this casebook, and every look at it is audited."),
                                 m_empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setMaximumWidth(520);
    auto* emptyButton = new QPushButton(tr("Add the first person"), m_empty);
    emptyButton->setObjectName(QStringLiteral("emptyNewPersonButton"));
    emptyButton->setIcon(Theme::icon(QStringLiteral("person-add")));
    emptyButton->setEnabled(casebook.can(waymark::Action::PersonCreate));
    connect(emptyButton, &QPushButton::clicked, this, &PeoplePage::newPersonRequested);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_empty->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_status);

    setTabOrder(m_search, m_filter);
    setTabOrder(m_filter, m_newButton);
    setTabOrder(m_newButton, m_table);

    connect(m_search, &SearchBar::searchRequested, m_model, &PeopleListModel::setSearchText);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_model->setFilter(static_cast<PersonFilter>(m_filter->itemData(index).toInt())); });
    connect(m_newButton, &QPushButton::clicked, this, &PeoplePage::newPersonRequested);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_model, &PeopleListModel::reloaded, this, [this] {
        // One count per reload (not per page scrolled in).
        m_total.reset();
        if (!m_model->isSearching())
            if (auto total = m_casebook.people().count(m_model->filter()))
                m_total = *total;
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PeoplePage::updateStatus);
    connect(m_model, &PeopleListModel::errorOccurred, this, &PeoplePage::updateStatus);
    updateStatus();
}

void PeoplePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PeoplePage::showMessage(const QString& text)
{
    m_status->setText(text);
}

void PeoplePage::refresh(const waymark::Uuid& select)
{
    m_model->refresh();
    if (select.isNull())
        return;
    // The person may sit beyond the first page: stop after a few pages rather than read everything.
    int row = m_model->rowOf(select);
    for (int pages = 0; row < 0 && pages < 10 && m_model->canFetchMore({}); ++pages) {
        m_model->fetchMore({});
        row = m_model->rowOf(select);
    }
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void PeoplePage::openRow(int row)
{
    if (const auto* summary = m_model->summaryAt(row))
        Q_EMIT openPersonRequested(summary->id);
}

bool PeoplePage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_table && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            openRow(m_table->currentIndex().row());
            return true;
        }
        if (watched == m_table && key->key() == Qt::Key_End && (key->modifiers() & Qt::ControlModifier)) {
            goToEnd();
            return true;
        }
        if (watched == m_search && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            // Enter searches at once, then opens the single (or first) match; with nothing
            // typed it moves to the list.
            m_search->searchNow();
            if (m_model->isSearching() && m_model->rowCount() > 0) {
                m_table->selectRow(0);
                openRow(0);
            } else if (!m_model->isSearching() && m_model->rowCount() > 0) {
                m_table->setFocus(Qt::TabFocusReason);
            }
            return true;
        }
        if (watched == m_search && key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            // From the search box straight into the results.
            m_search->searchNow();
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid())
                m_table->selectRow(0);
            return true;
        }
    }
    if (watched == m_table && event->type() == QEvent::FocusIn && m_model->rowCount() > 0 &&
        !m_table->selectionModel()->hasSelection()) {
        // Arriving by Tab: mark the row the keyboard is on, not just a faint outline.
        const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0;
        m_table->selectRow(row);
    }
    return QWidget::eventFilter(watched, event);
}

void PeoplePage::goToEnd()
{
    if (m_model->canFetchMore({})) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        while (m_model->canFetchMore({}))
            m_model->fetchMore({});
        QGuiApplication::restoreOverrideCursor();
    }
    const int last = m_model->rowCount() - 1;
    if (last < 0)
        return;
    m_table->selectRow(last);
    m_table->scrollTo(m_model->index(last, 0), QAbstractItemView::PositionAtBottom);
}

void PeoplePage::updateStatus()
{
    if (!m_model->lastError().isEmpty()) {
        m_status->setText(m_model->lastError());
        return;
    }
    const int shown = m_model->rowCount();
    if (m_model->isSearching()) {
        m_empty->hide();
        m_table->show();
        if (shown == 0)
            m_status->setText(tr("No one matches “%1”.").arg(m_model->searchText()));
        else if (shown >= PeopleListModel::kSearchLimit)
            m_status->setText(tr("Showing the first %1 matches. Type more to narrow the search.").arg(shown));
        else
            m_status->setText(tr("Matches: %1").arg(shown));
        return;
    }
    const auto& total = m_total;
    if (!total) {
        m_status->setText(tr("Shown: %1").arg(QLocale().toString(shown)));
        return;
    }
    const bool empty = *total == 0 && m_model->filter() == PersonFilter::All;
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    if (*total == 0)
        m_status->setText(empty ? QString() : tr("No one matches this filter."));
    else
        m_status->setText(tr("Showing %1 of %2.").arg(QLocale().toString(shown), QLocale().toString(*total)));
}
