#pragma once

#include "core/Casebook.h"

#include <QWidget>

#include <vector>

class DashboardPanel;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableWidget;

// "My work", the page shown after unlock. For a caseworker: their referrals awaiting
// screening, decisions due and overdue, first contacts due and overdue. For a coordinator
// the same across the team, plus the unallocated referrals and the counts per caseworker
// (Referrals::myWork). Every row opens its referral (Enter or double-click); overdue rows
// say "OVERDUE" in words and a mark, not only in colour. "Tasks due and overdue" lists the
// user's own tasks (Tasks::myWork: made by hand or by the clocks, e.g. an assessment due);
// Enter opens the referral or person a task is about; "New task…" adds one (TaskDialog).
class MyWorkPage : public QWidget
{
    Q_OBJECT

public:
    explicit MyWorkPage(waymark::Casebook& casebook, QWidget* parent = nullptr);

    // Re-reads My work from the casebook.
    void refresh();
    // What the page shows (as core returned it at the last refresh).
    const waymark::MyWork& work() const { return m_work; }
    // The count shown in the tile named `objectName` ("countDecisionsOverdue", ...); -1 when absent.
    qint64 shownCount(const QString& objectName) const;
    QTableWidget* awaitingTable() const { return m_awaiting; }
    QTableWidget* decisionsTable() const { return m_decisions; }
    QTableWidget* contactsTable() const { return m_contacts; }
    QTableWidget* unallocatedTable() const { return m_unallocated; }
    QTableWidget* workersTable() const { return m_workers; }
    QTableWidget* tasksTable() const { return m_tasks; }
    QPushButton* newTaskButton() const { return m_newTask; }
    // The headline figures and charts (coordinators and auditors; nullptr for a caseworker).
    DashboardPanel* dashboard() const { return m_dashboard; }
    const waymark::TaskWork& taskWork() const { return m_taskWork; }
    // Opens "New task" (shown with open() and returned); My work refreshes when it is saved.
    QDialog* openNewTask();
    void focusFirstList();

Q_SIGNALS:
    void openReferralRequested(const waymark::Uuid& id);
    void openPersonRequested(const waymark::Uuid& id);
    // "See all" on a count: the queue filtered that way.
    void showQueueRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableWidget* makeTable(const QString& objectName, const QString& accessibleName);
    void fill(QTableWidget* table, const std::vector<waymark::ReferralSummary>& rows, bool clockIsContact);
    void setCount(const QString& objectName, std::int64_t value);
    void fillTasks();

    waymark::Casebook& m_casebook;
    waymark::MyWork m_work;
    bool m_team = false;
    QLabel* m_subtitle = nullptr;
    QLabel* m_error = nullptr;
    QWidget* m_tiles = nullptr;
    QTableWidget* m_workers = nullptr;
    QLabel* m_workersTitle = nullptr;
    QTableWidget* m_awaiting = nullptr;
    QTableWidget* m_decisions = nullptr;
    QTableWidget* m_contacts = nullptr;
    QTableWidget* m_unallocated = nullptr;
    QLabel* m_unallocatedTitle = nullptr;
    QList<QLabel*> m_sectionEmpty;
    waymark::TaskWork m_taskWork;
    QTableWidget* m_tasks = nullptr;
    QPushButton* m_newTask = nullptr;
    DashboardPanel* m_dashboard = nullptr;
};
