#include "ui/pages/MyWorkPage.h"

#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/delivery/TaskDialog.h"
#include "ui/models/ReferralListModel.h"
#include "ui/reports/DashboardPanel.h"
#include "ui/widgets/BackupReminder.h"
#include "ui/widgets/CodeLabels.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/RuleSentences.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

using waymark::convert::toQString;

namespace {

enum Column
{
    ColReference,
    ColPerson,
    ColState,
    ColDue,
    ColWorker,
    ColCount
};

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

} // namespace

MyWorkPage::MyWorkPage(waymark::Casebook& casebook, QWidget* parent)
    : QWidget(parent)
    , m_casebook(casebook)
{
    setAccessibleName(tr("My work"));
    m_team = casebook.user().role == waymark::Role::Coordinator;

    auto* title = new QLabel(tr("My work"), this);
    title->setObjectName(QStringLiteral("myWorkTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("myWorkSubtitle"));
    m_subtitle->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("myWorkError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Theme::errorStyle());
    m_error->hide();

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("myWorkScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("myWorkContent"));
    scroll->setWidget(content);
    auto* body = new QVBoxLayout(content);
    body->setContentsMargins(0, 0, 4, 0);

    // The counts, as tiles that wrap at 800x600.
    m_tiles = new QWidget(content);
    m_tiles->setObjectName(QStringLiteral("myWorkCounts"));
    auto* tiles = new FlowLayout(m_tiles);
    tiles->setContentsMargins(0, 4, 0, 4);
    const auto tile = [&](const char* objectName, const QString& caption, bool alert) {
        auto* label = new QLabel(m_tiles);
        label->setObjectName(QLatin1String(objectName));
        label->setProperty("caption", caption);
        label->setProperty("alert", alert);
        label->setTextFormat(Qt::RichText);
        label->setFrameShape(QFrame::StyledPanel);
        label->setMargin(8);
        label->setFocusPolicy(Qt::NoFocus);
        tiles->addWidget(label);
    };
    tile("countAwaitingScreening", tr("Awaiting screening"), false);
    tile("countDecisionsDue", tr("Decisions due"), false);
    tile("countDecisionsOverdue", tr("Decisions overdue"), true);
    tile("countContactsDue", tr("First contacts due"), false);
    tile("countContactsOverdue", tr("First contacts overdue"), true);
    if (m_team)
        tile("countUnallocated", tr("Unallocated"), true);
    if (casebook.can(waymark::Action::TaskView)) {
        tile("countTasksDue", tr("Tasks due"), false);
        tile("countTasksOverdue", tr("Tasks overdue"), true);
    }
    QSizePolicy tilesPolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    tilesPolicy.setHeightForWidth(true);
    m_tiles->setSizePolicy(tilesPolicy);
    body->addWidget(m_tiles);

    const auto section = [&](const QString& heading, QTableWidget* table, QLabel** titleOut = nullptr) {
        QLabel* label = sectionTitle(heading, content);
        label->setBuddy(table);
        body->addWidget(label);
        auto* empty = new QLabel(tr("Nothing here."), content);
        empty->setObjectName(table->objectName() + QStringLiteral("Empty"));
        empty->setProperty("table", QVariant::fromValue(static_cast<QObject*>(table)));
        m_sectionEmpty << empty;
        body->addWidget(empty);
        body->addWidget(table);
        if (titleOut)
            *titleOut = label;
    };

    if (m_team) {
        m_workers = new QTableWidget(0, 6, content);
        m_workers->setObjectName(QStringLiteral("myWorkWorkers"));
        m_workers->setAccessibleName(tr("Counts per caseworker"));
        m_workers->setHorizontalHeaderLabels({tr("Worker"), tr("Awaiting screening"), tr("Decisions due"),
                                              tr("Decisions overdue"), tr("Contacts due"), tr("Contacts overdue")});
        m_workers->verticalHeader()->setVisible(false);
        m_workers->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_workers->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_workers->setTabKeyNavigation(false);
        m_workers->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_workers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch); // the names take the room
        m_workers->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_workersTitle = sectionTitle(tr("Team"), content);
        body->addWidget(m_workersTitle);
        body->addWidget(m_workers);
    }

    // Tasks due and overdue: the user's own, by hand or from the clocks.
    if (casebook.can(waymark::Action::TaskView)) {
        m_tasks = new QTableWidget(0, 4, content);
        m_tasks->setObjectName(QStringLiteral("myWorkTasks"));
        m_tasks->setAccessibleName(tr("Tasks due and overdue"));
        m_tasks->setHorizontalHeaderLabels({tr("Due"), tr("Task"), tr("Young person"), tr("Referral")});
        m_tasks->verticalHeader()->setVisible(false);
        m_tasks->verticalHeader()->setDefaultSectionSize(m_tasks->fontMetrics().height() + 10);
        m_tasks->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_tasks->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_tasks->setSelectionMode(QAbstractItemView::SingleSelection);
        m_tasks->setTabKeyNavigation(false);
        m_tasks->setWordWrap(false);
        m_tasks->setAlternatingRowColors(true);
        m_tasks->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_tasks->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_tasks->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        m_tasks->installEventFilter(this);
        connect(m_tasks, &QTableWidget::cellActivated, this, [this](int row, int) {
            if (row < 0 || row >= static_cast<int>(m_taskWork.rows.size()))
                return;
            const waymark::Task& t = m_taskWork.rows[static_cast<std::size_t>(row)].task;
            if (!t.referralId.isNull())
                Q_EMIT openReferralRequested(t.referralId);
            else
                Q_EMIT openPersonRequested(t.personId);
        });
        section(tr("Tas&ks due and overdue"), m_tasks);
        m_newTask = new QPushButton(tr("&New task…"), content);
        m_newTask->setObjectName(QStringLiteral("myWorkNewTask"));
        m_newTask->setAutoDefault(false);
        m_newTask->setVisible(casebook.can(waymark::Action::TaskManage));
        connect(m_newTask, &QPushButton::clicked, this, &MyWorkPage::openNewTask);
        body->addWidget(m_newTask, 0, Qt::AlignLeft);
    }

    m_decisions = makeTable(QStringLiteral("myWorkDecisions"), tr("Decisions due and overdue"));
    section(tr("&Decisions due and overdue"), m_decisions);
    m_contacts = makeTable(QStringLiteral("myWorkContacts"), tr("First contacts due and overdue"));
    section(tr("&First contacts due and overdue"), m_contacts);
    m_awaiting = makeTable(QStringLiteral("myWorkAwaiting"), tr("Awaiting screening"));
    section(tr("&Awaiting screening"), m_awaiting);
    if (m_team) {
        m_unallocated = makeTable(QStringLiteral("myWorkUnallocated"), tr("Unallocated referrals"));
        section(tr("&Unallocated referrals"), m_unallocated, &m_unallocatedTitle);
    }
    if (casebook.can(waymark::Action::ReportRun)) { // the dashboard (coordinators and auditors)
        m_dashboard = new DashboardPanel(casebook, content);
        body->addWidget(m_dashboard);
    }
    body->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_error);
    layout->addWidget(new BackupReminder(casebook, this)); // issue 12: warns when the last backup is old
    layout->addWidget(scroll, 1);

    QWidget* previous = m_workers;
    for (QWidget* t :
         std::initializer_list<QWidget*>{m_tasks, m_newTask, m_decisions, m_contacts, m_awaiting, m_unallocated}) {
        if (t == nullptr)
            continue;
        if (previous != nullptr)
            setTabOrder(previous, t);
        previous = t;
    }

    connect(Theme::notifier(), &ThemeNotifier::changed, this, [this] {
        m_error->setStyleSheet(Theme::errorStyle());
        refresh();
    });
    refresh();
}

QTableWidget* MyWorkPage::makeTable(const QString& objectName, const QString& accessibleName)
{
    auto* table = new QTableWidget(0, ColCount);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels({tr("Referral"), tr("Young person"), tr("State"), tr("Due"), tr("Worker")});
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnHidden(ColWorker, !m_team);
    {
        QPalette palette = table->palette();
        palette.setColor(QPalette::Inactive, QPalette::Highlight, palette.color(QPalette::Active, QPalette::Highlight));
        palette.setColor(QPalette::Inactive, QPalette::HighlightedText,
                         palette.color(QPalette::Active, QPalette::HighlightedText));
        table->setPalette(palette);
    }
    table->installEventFilter(this);
    connect(table, &QTableWidget::cellActivated, this, [this, table](int row, int) {
        if (QTableWidgetItem* item = table->item(row, ColReference))
            if (auto id = waymark::Uuid::parse(waymark::convert::toStd(item->data(Qt::UserRole).toString())))
                Q_EMIT openReferralRequested(*id);
    });
    return table;
}

bool MyWorkPage::eventFilter(QObject* watched, QEvent* event)
{
    auto* table = qobject_cast<QTableWidget*>(watched);
    if (table != nullptr && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && table->currentRow() >= 0) {
            Q_EMIT table->cellActivated(table->currentRow(), 0);
            return true;
        }
    }
    if (table != nullptr && event->type() == QEvent::FocusIn && table->rowCount() > 0 &&
        !table->selectionModel()->hasSelection())
        table->selectRow(std::max(table->currentRow(), 0));
    return QWidget::eventFilter(watched, event);
}

void MyWorkPage::setCount(const QString& objectName, std::int64_t value)
{
    auto* label = m_tiles->findChild<QLabel*>(objectName);
    if (label == nullptr)
        return;
    const QString caption = label->property("caption").toString();
    const bool alert = label->property("alert").toBool() && value > 0;
    label->setProperty("count", static_cast<qlonglong>(value));
    // An overdue count says so with a mark, not by colour alone.
    const QString number = QLocale().toString(static_cast<qlonglong>(value));
    label->setText(alert ? QStringLiteral("<b>⚠ %1</b><br>%2").arg(number, caption.toHtmlEscaped())
                         : QStringLiteral("<b>%1</b><br>%2").arg(number, caption.toHtmlEscaped()));
    label->setAccessibleName(alert ? tr("%1: %2, needs attention").arg(caption, number)
                                   : tr("%1: %2").arg(caption, number));
    label->setStyleSheet(alert ? Theme::errorStyle() : QString());
}

qint64 MyWorkPage::shownCount(const QString& objectName) const
{
    auto* label = m_tiles->findChild<QLabel*>(objectName);
    if (label == nullptr || !label->property("count").isValid())
        return -1;
    return label->property("count").toLongLong();
}

void MyWorkPage::fill(QTableWidget* table, const std::vector<waymark::ReferralSummary>& rows, bool clockIsContact)
{
    table->setSortingEnabled(false);
    table->clearContents();
    table->setRowCount(static_cast<int>(rows.size()));
    const waymark::Date today = m_work.today;
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        const auto& r = rows[static_cast<std::size_t>(i)];
        const bool overdue = clockIsContact ? r.contactOverdue : r.decisionOverdue;
        const waymark::Date due = clockIsContact ? r.firstContactDue : r.decisionDue;
        auto* ref = new QTableWidgetItem(toQString(r.reference));
        ref->setData(Qt::UserRole, toQString(r.id.toString()));
        QString person = toQString(r.personName);
        if (r.repeatOrdinal > 1)
            person += QStringLiteral(" · ") + RuleSentences::ordinal(r.repeatOrdinal);
        auto* dueItem = new QTableWidgetItem(RuleSentences::dueShort(due, today, overdue));
        if (overdue) {
            QFont bold = dueItem->font();
            bold.setBold(true);
            dueItem->setFont(bold);
            dueItem->setIcon(Theme::icon(QStringLiteral("flag")));
            dueItem->setToolTip(clockIsContact ? tr("First contact is overdue.") : tr("The decision is overdue."));
        }
        table->setItem(i, ColReference, ref);
        table->setItem(i, ColPerson, new QTableWidgetItem(person));
        table->setItem(i, ColState, new QTableWidgetItem(CodeLabels::stateLabel(r.state)));
        table->setItem(i, ColDue, dueItem);
        table->setItem(i, ColWorker,
                       new QTableWidgetItem(r.allocatedTo.isNull() ? tr("Unallocated") : toQString(r.allocatedName)));
    }
    // Tall enough for every row: the page scrolls, not each table.
    const int height = table->horizontalHeader()->sizeHint().height() +
                       table->verticalHeader()->defaultSectionSize() * table->rowCount() + 2 * table->frameWidth() + 2;
    table->setFixedHeight(height);
    table->setVisible(!rows.empty());
    for (QLabel* empty : std::as_const(m_sectionEmpty))
        if (empty->property("table").value<QObject*>() == table)
            empty->setVisible(rows.empty());
}

void MyWorkPage::refresh()
{
    auto work = m_casebook.referrals().myWork();
    if (!work) {
        m_error->setText(waymark::convert::errorMessage(work.error()));
        m_error->show();
        return;
    }
    m_error->hide();
    m_work = std::move(*work);
    const QString today = QLocale().toString(waymark::convert::toQDate(m_work.today), QLocale::LongFormat);
    m_subtitle->setText(m_work.team ? tr("The whole team's referrals, as of %1.").arg(today)
                                    : tr("Referrals allocated to you, as of %1.").arg(today));
    const auto& t = m_work.totals;
    setCount(QStringLiteral("countAwaitingScreening"), t.awaitingScreening);
    setCount(QStringLiteral("countDecisionsDue"), t.decisionsDue);
    setCount(QStringLiteral("countDecisionsOverdue"), t.decisionsOverdue);
    setCount(QStringLiteral("countContactsDue"), t.contactsDue);
    setCount(QStringLiteral("countContactsOverdue"), t.contactsOverdue);
    setCount(QStringLiteral("countUnallocated"), m_work.unallocated);

    fillTasks();
    fill(m_awaiting, m_work.awaitingScreening, false);
    fill(m_decisions, m_work.decisions, false);
    fill(m_contacts, m_work.contacts, true);
    if (m_unallocated != nullptr)
        fill(m_unallocated, m_work.unallocatedRows, false);

    if (m_workers != nullptr) {
        m_workers->clearContents();
        m_workers->setRowCount(static_cast<int>(m_work.perWorker.size()));
        for (int i = 0; i < static_cast<int>(m_work.perWorker.size()); ++i) {
            const auto& w = m_work.perWorker[static_cast<std::size_t>(i)];
            m_workers->setItem(i, 0,
                               new QTableWidgetItem(w.worker.isNull() ? tr("Unallocated") : toQString(w.workerName)));
            const std::int64_t values[] = {w.awaitingScreening, w.decisionsDue, w.decisionsOverdue, w.contactsDue,
                                           w.contactsOverdue};
            for (int c = 0; c < 5; ++c) {
                const bool overdue = (c == 2 || c == 4) && values[c] > 0;
                auto* item =
                    new QTableWidgetItem(overdue ? QStringLiteral("⚠ %1").arg(values[c]) : QString::number(values[c]));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (overdue) {
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                }
                m_workers->setItem(i, c + 1, item);
            }
        }
        m_workers->setFixedHeight(m_workers->horizontalHeader()->sizeHint().height() +
                                  m_workers->verticalHeader()->defaultSectionSize() * m_workers->rowCount() +
                                  2 * m_workers->frameWidth() + 2);
        m_workers->setVisible(!m_work.perWorker.empty());
        m_workersTitle->setVisible(!m_work.perWorker.empty());
    }
}

void MyWorkPage::fillTasks()
{
    if (m_tasks == nullptr)
        return;
    auto work = m_casebook.tasks().myWork();
    if (!work) {
        m_error->setText(waymark::convert::errorMessage(work.error()));
        m_error->show();
        return;
    }
    m_taskWork = std::move(*work);
    setCount(QStringLiteral("countTasksDue"), m_taskWork.due);
    setCount(QStringLiteral("countTasksOverdue"), m_taskWork.overdue);
    const auto& rows = m_taskWork.rows;
    m_tasks->clearContents();
    m_tasks->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        const auto& s = rows[static_cast<std::size_t>(i)];
        auto* due = new QTableWidgetItem(RuleSentences::dueShort(s.task.due, m_taskWork.today, s.overdue));
        if (s.overdue) {
            // Overdue in words and with a mark, not by colour alone.
            QFont bold = due->font();
            bold.setBold(true);
            due->setFont(bold);
            due->setIcon(Theme::icon(QStringLiteral("flag")));
            due->setToolTip(tr("This task is overdue."));
        }
        QString title = toQString(s.task.title);
        if (s.task.source == "assessment_due")
            title = tr("Assessment due");
        else if (s.task.source == "review_due")
            title = tr("Plan review due");
        else if (s.task.source.starts_with("follow_up_")) // 3, 6, 12 months after closure
            title = tr("Follow-up check due (%1 months)")
                        .arg(toQString(s.task.source.substr(10, s.task.source.size() - 11)));
        auto* what = new QTableWidgetItem(title);
        if (s.task.fromClock())
            what->setToolTip(tr("From the referral's clock: done when the work is recorded."));
        m_tasks->setItem(i, 0, due);
        m_tasks->setItem(i, 1, what);
        m_tasks->setItem(
            i, 2, new QTableWidgetItem(tr("%1 (%2)").arg(toQString(s.personName), toQString(s.personReference))));
        m_tasks->setItem(
            i, 3,
            new QTableWidgetItem(s.referralReference.empty() ? QStringLiteral("—") : toQString(s.referralReference)));
    }
    const int height = m_tasks->horizontalHeader()->sizeHint().height() +
                       m_tasks->verticalHeader()->defaultSectionSize() * m_tasks->rowCount() +
                       2 * m_tasks->frameWidth() + 2;
    m_tasks->setFixedHeight(height);
    m_tasks->setVisible(!rows.empty());
    for (QLabel* empty : std::as_const(m_sectionEmpty))
        if (empty->property("table").value<QObject*>() == m_tasks)
            empty->setVisible(rows.empty());
}

QDialog* MyWorkPage::openNewTask()
{
    auto* dialog = new TaskDialog(m_casebook, waymark::Uuid{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MyWorkPage::refresh);
    dialog->open();
    return dialog;
}

void MyWorkPage::focusFirstList()
{
    for (QTableWidget* t : {m_tasks, m_decisions, m_contacts, m_awaiting, m_unallocated}) {
        if (t != nullptr && t->rowCount() > 0) {
            t->setFocus(Qt::OtherFocusReason);
            t->selectRow(0);
            return;
        }
    }
    setFocus(Qt::OtherFocusReason);
}
