#pragma once

// Tools › Export calendar…: the signed-in worker's sessions between two dates as an
// iCalendar (.ics) file for their own calendar. Each event says the case reference and the
// session type, never a name; the location only when the worker ticks the box.

#include "core/Casebook.h"

#include <QDialog>

class DateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

class CalendarExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CalendarExportDialog(waymark::Casebook& casebook, QWidget* parent = nullptr);

    DateEdit* fromEdit() const { return m_from; }
    DateEdit* toEdit() const { return m_to; }
    QCheckBox* locationCheck() const { return m_location; }
    QLineEdit* fileEdit() const { return m_file; }
    int exported() const { return m_exported; }

    void accept() override;

private:
    void chooseFile();

    waymark::Casebook& m_casebook;
    DateEdit* m_from = nullptr;
    DateEdit* m_to = nullptr;
    QCheckBox* m_location = nullptr;
    QLineEdit* m_file = nullptr;
    QLabel* m_error = nullptr;
    int m_exported = -1;
};
