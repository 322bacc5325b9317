#pragma once

#include "core/calendar/Date.h"
#include "core/calendar/TypedDate.h"

#include <QLineEdit>

#include <optional>

// A date typed the UK way, read by core/calendar/TypedDate: dd/mm/yyyy or d/m/yyyy (with
// '/', '.' or '-'), or ISO yyyy-mm-dd. Ambiguous input (two-digit years, no separators) is
// refused, never guessed. Empty means "no date". Text that is not a date stays exactly as
// typed and is marked invalid when the user leaves the box, with the reason as a tooltip.
class DateEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget* parent = nullptr);

    // The typed date; a null Date when the box is empty or does not hold a date.
    waymark::Date date() const;
    void setDate(const waymark::Date& date);
    bool isBlank() const;
    // Empty, or a real date.
    bool hasValidDate() const;
    // Why the text is not a date (translated); empty when it is one or the box is empty.
    QString problemText() const;

    static std::optional<waymark::Date> parse(const QString& text);
    static QString describeProblem(waymark::DateInputProblem problem);

Q_SIGNALS:
    void dateEdited();

private:
    void updateValidity();
};
