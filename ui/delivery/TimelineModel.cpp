#include "ui/delivery/TimelineModel.h"

#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/outcomes/OutcomeLabels.h"
#include "ui/widgets/CodeLabels.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QTimeZone>

using waymark::convert::toQString;

TimelineModel::TimelineModel(waymark::Casebook& casebook, QObject* parent)
    : QAbstractTableModel(parent)
    , m_casebook(casebook)
{}

void TimelineModel::clear()
{
    beginResetModel();
    m_active = false;
    m_rows.clear();
    m_next.reset();
    m_pages = 0;
    m_error.clear();
    endResetModel();
}

void TimelineModel::setQuery(const waymark::TimelineQuery& query)
{
    beginResetModel();
    m_query = query;
    m_query.before.reset();
    m_query.limit = kPageSize;
    m_active = true;
    m_rows.clear();
    m_next.reset();
    m_pages = 0;
    m_error.clear();
    endResetModel();
    readPage();
}

bool TimelineModel::readPage()
{
    waymark::TimelineQuery q = m_query;
    q.before = m_next;
    auto page = m_casebook.timeline().page(q);
    if (!page) {
        m_error = waymark::convert::errorMessage(page.error());
        m_next.reset();
        Q_EMIT failed(m_error);
        return false;
    }
    ++m_pages;
    m_next = page->next;
    if (!page->rows.empty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page->rows.size()) - 1);
        m_rows.insert(m_rows.end(), std::make_move_iterator(page->rows.begin()),
                      std::make_move_iterator(page->rows.end()));
        endInsertRows();
    }
    return true;
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColCount;
}

bool TimelineModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_active && m_next.has_value();
}

void TimelineModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        readPage();
}

QString TimelineModel::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("referral"))
        return tr("Referral");
    if (kind == QLatin1String("decision"))
        return tr("Decision");
    if (kind == QLatin1String("assessment"))
        return tr("Assessment");
    if (kind == QLatin1String("plan"))
        return tr("Plan");
    if (kind == QLatin1String("session"))
        return tr("Session");
    if (kind == QLatin1String("note"))
        return tr("Note");
    if (kind == QLatin1String("task"))
        return tr("Task");
    if (kind == QLatin1String("outcome"))
        return tr("Outcome");
    return kind;
}

QString TimelineModel::whenText(const std::string& at)
{
    const QString text = toQString(at);
    if (text.contains(QLatin1Char('T'))) {
        QDateTime utc = QDateTime::fromString(text, Qt::ISODate);
        if (!utc.isValid())
            return text;
        utc.setTimeZone(QTimeZone::utc());
        return QLocale().toString(utc.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
    }
    if (auto d = waymark::Date::fromIso(at))
        return waymark::convert::toDisplay(*d);
    return text;
}

QString TimelineModel::whatText(const waymark::TimelineEvent& e, const waymark::Date& today)
{
    const QString title = toQString(e.title);
    if (e.kind == "referral") {
        if (title == QLatin1String("received"))
            return tr("Referral received");
        if (title == QLatin1String("allocated"))
            return tr("Allocated");
        if (title == QLatin1String("taken"))
            return tr("Taken by a caseworker");
        if (title == QLatin1String("first_contact"))
            return tr("First contact");
        if (title == QLatin1String("override"))
            return tr("Eligibility overridden");
    } else if (e.kind == "decision") {
        if (auto state = waymark::stateFromName(e.title))
            return CodeLabels::stateLabel(*state);
    } else if (e.kind == "task") {
        const auto due = waymark::Date::fromIso(e.at);
        const bool overdue = title != QLatin1String("done") && due && *due < today;
        if (title == QLatin1String("done"))
            return tr("Task done");
        if (title == QLatin1String("assessment_due"))
            return overdue ? tr("⚠ Assessment overdue") : tr("Assessment due");
        if (title == QLatin1String("review_due"))
            return overdue ? tr("⚠ Review overdue") : tr("Review due");
        return overdue ? tr("⚠ Task overdue") : tr("Task due");
    } else if (e.kind == "outcome") { // closures, snapshots, follow-up (ui/outcomes)
        if (title == QLatin1String("closed"))
            return tr("Closed: %1").arg(OutcomeLabels::completionStatus(e.detail));
        if (title == QLatin1String("outcome_start"))
            return tr("Outcomes at the start");
        if (title == QLatin1String("outcome_end"))
            return tr("Outcomes at the end");
        return OutcomeLabels::followUpKind(e.title);
    }
    // Another record's own code: readable words until it has a label of its own.
    QString words = title;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString TimelineModel::detailText(const waymark::TimelineEvent& e)
{
    if (e.detailHidden)
        return tr("(sensitive: hidden)");
    if (e.kind == "decision" && e.title == "closure_requested" && !e.detail.empty())
        return OutcomeLabels::completionStatus(e.detail);
    if (e.kind == "decision" && !e.detail.empty())
        return CodeLabels::label(CodeLabels::List::NotOfferedReason, e.detail);
    if (e.kind == "outcome" && !e.detail.empty())
        return e.title == "closed" ? OutcomeLabels::completionStatus(e.detail)
                                   : OutcomeLabels::reoffenceOutcome(e.detail);
    return toQString(e.detail);
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const auto& e = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case ColWhen:
            return whenText(e.at);
        case ColKind:
            return kindLabel(toQString(e.kind));
        case ColWhat:
            return whatText(e, m_casebook.clock().today());
        case ColDetail:
            return detailText(e);
        case ColBy:
            return toQString(e.authorName);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == ColWhat && whatText(e, m_casebook.clock().today()).startsWith(QStringLiteral("⚠"))) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return detailText(e);
    case KindRole:
        return toQString(e.kind);
    case RecordIdRole:
        return toQString(e.recordId.toString());
    case ReferralIdRole:
        return e.referralId.isNull() ? QString() : toQString(e.referralId.toString());
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColWhen:
        return tr("When");
    case ColKind:
        return tr("Kind");
    case ColWhat:
        return tr("What");
    case ColDetail:
        return tr("Detail");
    case ColBy:
        return tr("By");
    }
    return {};
}
