#pragma once

// The Sessions box of a referral page: the referral's sessions, newest first (when, type,
// minutes, attendance), with "Add session…" and "Edit…" (Enter or a double-click on a row).
// A session can move the referral on (the first attended one makes it active), so the panel
// says when something was saved and the page re-reads the referral.

#include "core/Casebook.h"

#include <QGroupBox>
#include <QPointer>

class QPushButton;
class QTableWidget;
class SessionDialog;

class SessionsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit SessionsPanel(waymark::Casebook& casebook, QWidget* parent = nullptr);

    // Shows the referral's sessions (a reading of the casebook, audited).
    void setReferral(const waymark::Referral& referral);
    const std::vector<waymark::Session>& sessions() const { return m_sessions; }
    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }

    // The dialogs, shown with open() and returned so a test can fill them in.
    SessionDialog* openAddDialog();
    SessionDialog* openEditDialog(int row);

Q_SIGNALS:
    // A session was saved (the referral may have moved on).
    void saved();

private:
    void reload();
    void watch(SessionDialog* dialog);

    waymark::Casebook& m_casebook;
    waymark::Referral m_referral;
    std::vector<waymark::Session> m_sessions;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPointer<SessionDialog> m_dialog;
};
