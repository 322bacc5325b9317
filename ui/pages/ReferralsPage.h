#pragma once

#include "core/Casebook.h"

#include <QWidget>

class ReferralListModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

// The referral queue: filters (state, source, route, worker, overdue only), sort (earliest
// due first or newest first), a lazy table, and "New referral". Enter or double-click opens.
class ReferralsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReferralsPage(waymark::Casebook& casebook, QWidget* parent = nullptr);

    ReferralListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* stateFilter() const { return m_state; }
    QComboBox* sourceFilter() const { return m_source; }
    QComboBox* routeFilter() const { return m_route; }
    QComboBox* workerFilter() const { return m_worker; }
    QCheckBox* overdueOnly() const { return m_overdue; }
    QComboBox* sortCombo() const { return m_sort; }

    void focusList();
    void showMessage(const QString& text);
    // Re-reads, keeping `select` selected when it is among the loaded rows.
    void refresh(const waymark::Uuid& select = {});

Q_SIGNALS:
    void openReferralRequested(const waymark::Uuid& id);
    void newReferralRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilters();
    void openRow(int row);
    void updateStatus();

    waymark::Casebook& m_casebook;
    ReferralListModel* m_model = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_route = nullptr;
    QComboBox* m_worker = nullptr;
    QCheckBox* m_overdue = nullptr;
    QComboBox* m_sort = nullptr;
    QPushButton* m_newButton = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
};
