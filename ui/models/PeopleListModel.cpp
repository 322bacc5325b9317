#include "ui/models/PeopleListModel.h"

#include "core/calendar/Age.h"
#include "ui/convert/Convert.h"

#include <QStringList>

#include <algorithm>

using waymark::convert::toQString;
using waymark::convert::toStd;

PeopleListModel::PeopleListModel(waymark::Casebook& casebook, QObject* parent)
    : QAbstractTableModel(parent)
    , m_casebook(casebook)
{
    reload();
}

int PeopleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PeopleListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PeopleListModel::ageOn(const waymark::Date& dob, const waymark::Date& today)
{
    if (dob.isNull() || today.isNull())
        return -1;
    const int age = waymark::ageOn(dob, today);
    return age < 0 ? -1 : age;
}

QString PeopleListModel::flagsShort(const waymark::PersonFlags& f)
{
    QStringList parts;
    if (f.lookedAfter)
        parts << tr("LAC", "looked-after child, short");
    if (f.childProtectionPlan)
        parts << tr("CP", "child-protection plan, short");
    if (f.childInNeed)
        parts << tr("CIN", "child in need, short");
    if (f.earlyHelp)
        parts << tr("EH", "Early Help, short");
    if (f.careLeaver)
        parts << tr("CL", "care leaver, short");
    if (f.exploitationConcern)
        parts << tr("Exploitation", "exploitation concern, short");
    if (f.sendAln)
        parts << tr("SEND", "special educational needs, short");
    if (f.restricted)
        parts << tr("Restricted", "restricted record, short");
    return parts.join(QStringLiteral(", "));
}

QString PeopleListModel::flagsLong(const waymark::PersonFlags& f)
{
    QStringList parts;
    if (f.lookedAfter)
        parts << tr("Looked-after child");
    if (f.childProtectionPlan)
        parts << tr("Child-protection plan");
    if (f.childInNeed)
        parts << tr("Child in need");
    if (f.earlyHelp)
        parts << tr("Early Help");
    if (f.careLeaver)
        parts << tr("Care leaver");
    if (f.sendAln)
        parts << (f.sendAlnPlan ? tr("SEND/ALN with a plan") : tr("SEND/ALN"));
    if (f.exploitationConcern)
        parts << tr("Exploitation concern");
    if (f.restricted)
        parts << tr("Restricted record");
    return parts.join(QLatin1Char('\n'));
}

QVariant PeopleListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const waymark::PersonSummary& p = m_rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());

    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (column) {
        case CaseReference:
            return toQString(p.caseReference);
        case Name:
            return toQString(p.displayName());
        case DateOfBirth:
            if (p.dateOfBirth.isNull())
                return QString();
            return p.dateOfBirthEstimated
                       ? tr("%1 (est.)", "estimated date of birth").arg(waymark::convert::toDisplay(p.dateOfBirth))
                       : waymark::convert::toDisplay(p.dateOfBirth);
        case Age: {
            const int age = ageOn(p.dateOfBirth, m_today);
            return age < 0 ? QVariant(QString()) : QVariant(age);
        }
        case Postcode:
            return toQString(p.postcode);
        case Flags:
            return flagsShort(p.flags);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == Flags)
            return flagsLong(p.flags);
        if (column == DateOfBirth && p.dateOfBirthEstimated)
            return tr("The date of birth is estimated.");
        return {};
    }
    if (role == Qt::TextAlignmentRole && column == Age)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return toQString(p.id.toString());
    return {};
}

QVariant PeopleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case CaseReference:
        return tr("Case reference");
    case Name:
        return tr("Name");
    case DateOfBirth:
        return tr("Date of birth");
    case Age:
        return tr("Age");
    case Postcode:
        return tr("Postcode");
    case Flags:
        return tr("Flags");
    case ColumnCount:
        break;
    }
    return {};
}

bool PeopleListModel::canFetchMore(const QModelIndex& parent) const
{
    // Not while this model is announcing a change: a view or tester that asks for more from
    // inside a reset or an insertion would nest one change inside another.
    return !parent.isValid() && !isSearching() && !m_atEnd && !m_changing;
}

void PeopleListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    waymark::PersonListQuery query = listQuery();
    query.after = m_next;
    auto page = m_casebook.people().list(query);
    if (!page) {
        m_atEnd = true; // do not let a view retry a failing read in a loop
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

bool PeopleListModel::isSortable(int column)
{
    return column == CaseReference || column == Name || column == DateOfBirth || column == Age;
}

void PeopleListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

waymark::PersonListQuery PeopleListModel::listQuery() const
{
    waymark::PersonListQuery query;
    query.filter = m_filter;
    query.limit = kPageSize;
    query.descending = m_sortOrder == Qt::DescendingOrder;
    switch (m_sortColumn) {
    case CaseReference:
        query.sort = waymark::PersonSort::CaseReference;
        break;
    case DateOfBirth:
        query.sort = waymark::PersonSort::DateOfBirth;
        break;
    case Age: // youngest first is the latest date of birth first
        query.sort = waymark::PersonSort::DateOfBirth;
        query.descending = !query.descending;
        break;
    default:
        query.sort = waymark::PersonSort::Name;
        break;
    }
    return query;
}

void PeopleListModel::sortSearchResults()
{
    const waymark::PersonListQuery query = listQuery();
    if (query.sort == waymark::PersonSort::Name && !query.descending)
        return; // the order search returns
    const auto key = [&](const waymark::PersonSummary& p) {
        switch (query.sort) {
        case waymark::PersonSort::CaseReference:
            return p.caseReference;
        case waymark::PersonSort::DateOfBirth:
            return p.dateOfBirth.toIso();
        default:
            return std::string();
        }
    };
    // Stable: people with equal keys keep the name order search gave them.
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const auto& a, const auto& b) { return key(a) < key(b); });
    if (query.descending)
        std::reverse(m_rows.begin(), m_rows.end());
}

void PeopleListModel::setFilter(waymark::PersonFilter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void PeopleListModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    reload();
}

void PeopleListModel::refresh()
{
    reload();
}

void PeopleListModel::reload()
{
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    m_atEnd = true;
    m_lastError.clear();
    m_today = m_casebook.clock().today();
    std::optional<waymark::Error> error;
    if (isSearching()) {
        auto found = m_casebook.people().search(toStd(m_search), kSearchLimit);
        if (found) {
            m_rows = std::move(*found);
            sortSearchResults();
        } else {
            error = found.error();
        }
    } else {
        // The first page inside the reset, so the view has rows at once; the rest as it scrolls.
        if (auto page = m_casebook.people().list(listQuery())) {
            m_rows = std::move(page->rows);
            m_next = page->next;
            m_atEnd = !m_next.has_value();
        } else {
            error = page.error();
        }
    }
    endResetModel();
    m_changing = false;
    if (error)
        setError(*error);
    Q_EMIT reloaded();
}

void PeopleListModel::setError(const waymark::Error& error)
{
    m_lastError = waymark::convert::errorMessage(error);
    Q_EMIT errorOccurred(m_lastError);
}

const waymark::PersonSummary* PeopleListModel::summaryAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int PeopleListModel::rowOf(const waymark::Uuid& id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}
