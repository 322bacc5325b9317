#include "ui/delivery/TimelinePanel.h"

#include "ui/convert/Convert.h"
#include "ui/delivery/TimelineModel.h"
#include "ui/widgets/DateEdit.h"
#include "ui/widgets/FlowLayout.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using waymark::convert::toQString;
using waymark::convert::toStd;

namespace {

QString kindPlural(const QString& kind)
{
    if (kind == QLatin1String("referral"))
        return TimelinePanel::tr("Referrals");
    if (kind == QLatin1String("decision"))
        return TimelinePanel::tr("Decisions");
    if (kind == QLatin1String("assessment"))
        return TimelinePanel::tr("Assessments");
    if (kind == QLatin1String("plan"))
        return TimelinePanel::tr("Plans");
    if (kind == QLatin1String("session"))
        return TimelinePanel::tr("Sessions");
    if (kind == QLatin1String("note"))
        return TimelinePanel::tr("Notes");
    if (kind == QLatin1String("outcome"))
        return TimelinePanel::tr("Outcomes");
    return TimelinePanel::tr("Tasks");
}

} // namespace

TimelinePanel::TimelinePanel(waymark::Casebook& casebook, QWidget* parent)
    : QWidget(parent)
    , m_casebook(casebook)
{
    setObjectName(QStringLiteral("timelinePanel"));
    setAccessibleName(tr("Timeline"));
    m_model = new TimelineModel(casebook, this);

    // Kinds: one tick box for each kind this role may see.
    auto* kinds = new QWidget(this);
    kinds->setObjectName(QStringLiteral("timelineKinds"));
    auto* kindsLayout = new FlowLayout(kinds);
    kindsLayout->setContentsMargins(0, 0, 0, 0);
    auto* showLabel = new QLabel(tr("Show:"), kinds);
    kindsLayout->addWidget(showLabel);
    for (const std::string& k : casebook.timeline().visibleKinds()) {
        const QString kind = toQString(k);
        auto* box = new QCheckBox(kindPlural(kind), kinds);
        box->setObjectName(QStringLiteral("timelineKind_") + kind);
        box->setProperty("kind", kind);
        box->setChecked(true);
        box->setAccessibleName(tr("Show %1 on the timeline").arg(kindPlural(kind).toLower()));
        kindsLayout->addWidget(box);
        m_kinds << box;
        connect(box, &QCheckBox::toggled, this, &TimelinePanel::reload);
    }
    QSizePolicy kindsPolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    kindsPolicy.setHeightForWidth(true);
    kinds->setSizePolicy(kindsPolicy);

    // Date range: either end may be left empty.
    auto* range = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("From"), this);
    m_from = new DateEdit(this);
    m_from->setObjectName(QStringLiteral("timelineFrom"));
    m_from->setAccessibleName(tr("Timeline from date"));
    m_from->setPlaceholderText(tr("any date"));
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("To"), this);
    m_to = new DateEdit(this);
    m_to->setObjectName(QStringLiteral("timelineTo"));
    m_to->setAccessibleName(tr("Timeline to date"));
    m_to->setPlaceholderText(tr("any date"));
    toLabel->setBuddy(m_to);
    range->addWidget(fromLabel);
    range->addWidget(m_from);
    range->addSpacing(8);
    range->addWidget(toLabel);
    range->addWidget(m_to);
    range->addStretch(1);
    for (DateEdit* edit : {m_from, m_to})
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            if (edit->isBlank() || edit->hasValidDate())
                reload();
        });

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setAccessibleName(tr("Timeline, newest first"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(TimelineModel::ColDetail, QHeaderView::Stretch);
    m_view->setColumnWidth(TimelineModel::ColWhen,
                           m_view->fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000 00:00")) + 16);
    m_view->setColumnWidth(TimelineModel::ColKind,
                           m_view->fontMetrics().horizontalAdvance(QStringLiteral("Assessment")) + 16);
    m_view->setColumnWidth(TimelineModel::ColWhat,
                           m_view->fontMetrics().horizontalAdvance(QStringLiteral("Referral received ⚠")) + 16);
    m_view->setColumnWidth(TimelineModel::ColBy,
                           m_view->fontMetrics().horizontalAdvance(QStringLiteral("Casey Coordinator")) + 8);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 10);
    m_view->installEventFilter(this);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("timelineStatus"));
    m_status->setWordWrap(true);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelinePanel::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePanel::updateStatus);
    connect(m_model, &TimelineModel::failed, this, &TimelinePanel::updateStatus);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(kinds);
    layout->addLayout(range);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    QWidget* previous = nullptr;
    for (QWidget* w : QList<QWidget*>(m_kinds.begin(), m_kinds.end()) + QList<QWidget*>{m_from, m_to, m_view}) {
        if (previous != nullptr)
            setTabOrder(previous, w);
        previous = w;
    }
}

QCheckBox* TimelinePanel::kindBox(const QString& kind) const
{
    for (QCheckBox* box : m_kinds)
        if (box->property("kind").toString() == kind)
            return box;
    return nullptr;
}

void TimelinePanel::setPerson(const waymark::Uuid& personId)
{
    m_person = personId;
    reload();
}

void TimelinePanel::reload()
{
    if (m_person.isNull()) {
        m_model->clear();
        return;
    }
    waymark::TimelineQuery q;
    q.personId = m_person;
    bool all = true;
    for (QCheckBox* box : std::as_const(m_kinds)) {
        if (box->isChecked())
            q.kinds.push_back(toStd(box->property("kind").toString()));
        else
            all = false;
    }
    if (q.kinds.empty()) {
        m_model->clear();
        updateStatus();
        return;
    }
    if (all)
        q.kinds.clear();
    q.from = m_from->date();
    q.to = m_to->date();
    m_model->setQuery(q);
}

void TimelinePanel::updateStatus()
{
    if (!m_model->errorText().isEmpty()) {
        m_status->setText(m_model->errorText());
        return;
    }
    const int n = m_model->rowCount();
    if (n == 0)
        m_status->setText(m_person.isNull() ? QString() : tr("Nothing on the timeline for these filters."));
    else if (m_model->atEnd())
        m_status->setText(tr("%n event(s), all shown.", nullptr, n));
    else
        m_status->setText(tr("%n event(s) shown; scroll down for older ones.", nullptr, n));
}

void TimelinePanel::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const auto& e = m_model->event(row);
    Q_EMIT openRecordRequested(toQString(e.kind), e.recordId, e.referralId);
}

bool TimelinePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_view->currentIndex().isValid()) {
            openRow(m_view->currentIndex().row());
            return true;
        }
    }
    if (watched == m_view && event->type() == QEvent::FocusIn && m_model->rowCount() > 0 &&
        !m_view->currentIndex().isValid())
        m_view->selectRow(0);
    return QWidget::eventFilter(watched, event);
}
