#pragma once

#include "core/Casebook.h"

#include <QWidget>

class DateEdit;
class QCheckBox;
class QLabel;
class QTableView;
class TimelineModel;

// The person's one timeline: every kind of event the user may see, newest first, filtered by
// kind (a tick box each) and by a date range, read lazily a page at a time as the list scrolls
// (TimelineModel). Keyboard: Tab through the filters to the list; Enter opens the row's record.
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePanel(waymark::Casebook& casebook, QWidget* parent = nullptr);

    // Shows `personId`'s timeline (null: empty).
    void setPerson(const waymark::Uuid& personId);
    // Reads the timeline again with the filters as they are.
    void reload();

    TimelineModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QCheckBox* kindBox(const QString& kind) const;
    DateEdit* fromEdit() const { return m_from; }
    DateEdit* toEdit() const { return m_to; }

Q_SIGNALS:
    // The user opened a row (Enter or double-click): the record, its kind and its referral.
    void openRecordRequested(const QString& kind, const waymark::Uuid& recordId, const waymark::Uuid& referralId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateStatus();
    void openRow(int row);

    waymark::Casebook& m_casebook;
    waymark::Uuid m_person;
    TimelineModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QList<QCheckBox*> m_kinds;
    DateEdit* m_from = nullptr;
    DateEdit* m_to = nullptr;
    QLabel* m_status = nullptr;
};
