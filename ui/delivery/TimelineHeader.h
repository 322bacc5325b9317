#pragma once

#include "core/Casebook.h"

#include <QFrame>

class QLabel;
class QPushButton;

// The strip at the top of the person page, always in view: the current referral (the open one
// received last, else the last one) with its state and worker, its clocks — decision, first
// contact, assessment — as due dates with working days left or overdue (in words and with a
// mark, not colour alone), repeat demand, and the person's open and overdue tasks
// (Timeline::header). The safeguarding flags are the page's own chips, beside it.
class TimelineHeader : public QFrame
{
    Q_OBJECT

public:
    explicit TimelineHeader(waymark::Casebook& casebook, QWidget* parent = nullptr);

    // Reads the header for `personId` (null: hidden). Hidden for roles that may not see referrals.
    void setPerson(const waymark::Uuid& personId);
    const waymark::PersonHeader& header() const { return m_header; }
    // The text on show, for tests and screen readers.
    QString summaryText() const;

Q_SIGNALS:
    void openReferralRequested(const waymark::Uuid& id);

private:
    waymark::Casebook& m_casebook;
    waymark::PersonHeader m_header;
    QLabel* m_referral = nullptr;
    QLabel* m_clocks = nullptr;
    QLabel* m_tasks = nullptr;
    QPushButton* m_open = nullptr;
};
