#include "ui/models/ReferralListModel.h"

#include "ui/convert/Convert.h"
#include "ui/widgets/CodeLabels.h"
#include "ui/widgets/RuleSentences.h"

#include <QFont>

using waymark::convert::toQString;

ReferralListModel::ReferralListModel(waymark::Casebook& casebook, QObject* parent)
    : QAbstractTableModel(parent)
    , m_casebook(casebook)
{
    reload();
}

int ReferralListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReferralListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReferralListModel::dueText(const waymark::ReferralSummary& r, const waymark::Date& today)
{
    // The clock that runs: the decision first, then first contact.
    if (!r.decisionDue.isNull())
        return RuleSentences::dueShort(r.decisionDue, today, r.decisionOverdue);
    if (!r.firstContactDue.isNull() && waymark::isOpenState(r.state))
        return RuleSentences::dueShort(r.firstContactDue, today, r.contactOverdue);
    return {};
}

QVariant ReferralListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const waymark::ReferralSummary& r = m_rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (column) {
        case Reference:
            return toQString(r.reference);
        case Person:
            return toQString(r.personName);
        case Received:
            return waymark::convert::toDisplay(r.received);
        case State:
            return CodeLabels::stateLabel(r.state);
        case Due:
            return dueText(r, m_today);
        case Worker:
            return r.allocatedTo.isNull() ? tr("Unallocated") : toQString(r.allocatedName);
        case Source:
            return r.source.empty() ? QString() : CodeLabels::label(CodeLabels::List::ReferralSource, r.source);
        case Route:
            return r.route.empty() ? QString() : CodeLabels::label(CodeLabels::List::ReferralRoute, r.route);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == Due && !r.decisionDue.isNull())
            return r.decisionOverdue ? tr("The decision is overdue.") : tr("The decision is due.");
        if (column == Due && !r.firstContactDue.isNull())
            return r.contactOverdue ? tr("First contact is overdue.") : tr("First contact is due.");
        if (column == Person && r.repeatOrdinal > 1)
            return RuleSentences::ordinal(r.repeatOrdinal);
        return {};
    }
    if (role == Qt::FontRole && column == Due && isOverdue(r)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::UserRole)
        return toQString(r.id.toString());
    return {};
}

QVariant ReferralListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Reference:
        return tr("Referral");
    case Person:
        return tr("Young person");
    case Received:
        return tr("Received");
    case State:
        return tr("State");
    case Due:
        return tr("Due");
    case Worker:
        return tr("Worker");
    case Source:
        return tr("Source");
    case Route:
        return tr("Route");
    case ColumnCount:
        break;
    }
    return {};
}

bool ReferralListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void ReferralListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    waymark::ReferralListQuery query = m_query;
    query.after = m_next;
    query.limit = kPageSize;
    auto page = m_casebook.referrals().list(query);
    if (!page) {
        m_atEnd = true;
        setError(page.error());
        return;
    }
    m_lastError.clear();
    m_next = page->next;
    m_atEnd = !m_next.has_value();
    if (page->rows.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(page->rows.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page->rows.begin()), std::make_move_iterator(page->rows.end()));
    endInsertRows();
    m_changing = false;
}

void ReferralListModel::setQuery(waymark::ReferralListQuery query)
{
    query.after.reset();
    query.limit = kPageSize;
    m_query = std::move(query);
    reload();
}

void ReferralListModel::refresh()
{
    reload();
}

void ReferralListModel::reload()
{
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    m_atEnd = true;
    m_lastError.clear();
    m_today = m_casebook.clock().today();
    std::optional<waymark::Error> error;
    waymark::ReferralListQuery query = m_query;
    query.limit = kPageSize;
    if (auto page = m_casebook.referrals().list(query)) {
        m_rows = std::move(page->rows);
        m_next = page->next;
        m_atEnd = !m_next.has_value();
    } else {
        error = page.error();
    }
    endResetModel();
    m_changing = false;
    if (error)
        setError(*error);
    Q_EMIT reloaded();
}

void ReferralListModel::setError(const waymark::Error& error)
{
    m_lastError = waymark::convert::errorMessage(error);
    Q_EMIT errorOccurred(m_lastError);
}

const waymark::ReferralSummary* ReferralListModel::summaryAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int ReferralListModel::rowOf(const waymark::Uuid& id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}
