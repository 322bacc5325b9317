#pragma once

// A session (contact) with its attendees: date and time in Europe/London, duration, type,
// location, who came (the referral's young person by default; "Add attendee" for a group,
// each with their own attendance), the domains it addressed and a short note. Keyboard-first:
// every field has an access key, Tab goes in visual order, Enter saves, Esc cancels (asking
// first when something was typed). The dialog saves through the door itself and stays open,
// with the reason beside the form, when the door refuses.

#include "core/Casebook.h"

#include <QDialog>

#include <functional>

class DateEdit;
class QComboBox;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

class SessionDialog : public QDialog
{
    Q_OBJECT

public:
    // A new session for `referral` (its young person the first attendee), starting today at
    // the next whole hour.
    SessionDialog(waymark::Casebook& casebook, const waymark::Referral& referral, QWidget* parent = nullptr);
    // Editing a saved session.
    SessionDialog(waymark::Casebook& casebook, const waymark::Session& session, QWidget* parent = nullptr);

    // The session as saved (after accept()).
    const waymark::Session& session() const { return m_saved; }
    // The form as a session (not saved); start is unset when the date or time is not valid.
    waymark::Session formSession(QString* problem = nullptr) const;

    DateEdit* dateEdit() const { return m_date; }
    QTimeEdit* timeEdit() const { return m_time; }
    QSpinBox* durationSpin() const { return m_duration; }
    QComboBox* typeCombo() const { return m_type; }
    QLineEdit* locationEdit() const { return m_location; }
    QTableWidget* attendeeTable() const { return m_attendees; }
    QLineEdit* attendeeReferenceEdit() const { return m_attendeeRef; }
    QListWidget* domainList() const { return m_domains; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* errorLabel() const { return m_error; }

    // Adds the young person of a referral (referral or case reference); false with the reason
    // shown when there is none or they are already here.
    bool addAttendee(const QString& reference);
    // The attendance combo of row `row`.
    QComboBox* attendanceCombo(int row) const;
    // Replaces the question asked before discarding typed changes (tests answer it).
    void setAsk(std::function<bool()> ask) { m_ask = std::move(ask); }

    void accept() override;
    void reject() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void build();
    void load(const waymark::Session& session);
    void addRow(const waymark::SessionAttendee& attendee);
    void showError(const QString& text);
    void markDirty() { m_dirty = true; }

    waymark::Casebook& m_casebook;
    waymark::Session m_session; // as loaded (or the new draft)
    waymark::Session m_saved;
    bool m_editing = false;
    bool m_dirty = false;
    std::function<bool()> m_ask;
    std::vector<waymark::SessionAttendee> m_people; // one per table row

    DateEdit* m_date = nullptr;
    QTimeEdit* m_time = nullptr;
    QSpinBox* m_duration = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_location = nullptr;
    QTableWidget* m_attendees = nullptr;
    QLineEdit* m_attendeeRef = nullptr;
    QPushButton* m_addAttendee = nullptr;
    QPushButton* m_removeAttendee = nullptr;
    QListWidget* m_domains = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

// Labels for the session code lists (stored codes are never translated; labels are).
namespace SessionLabels {
QString type(std::string_view code);
QString attendance(std::string_view code);
QString domain(std::string_view code);
} // namespace SessionLabels
