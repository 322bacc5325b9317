#include "ui/widgets/DateEdit.h"

#include "ui/app/Theme.h"

#include "ui/convert/Convert.h"

DateEdit::DateEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("dd/mm/yyyy"));
    setMaxLength(12);
    setAccessibleDescription(tr("Type the date as day/month/year, for example 23/04/2011."));
    connect(this, &QLineEdit::textEdited, this, &DateEdit::dateEdited);
    connect(Theme::notifier(), &ThemeNotifier::changed, this, [this] {
        if (property("invalidDate").toBool())
            setStyleSheet(QStringLiteral("QLineEdit { %1 }").arg(Theme::invalidFieldStyle()));
    });
    // Half-typed dates are not flagged while typing; a fixed one is unflagged at once.
    connect(this, &QLineEdit::textChanged, this, [this] {
        if (hasValidDate())
            updateValidity();
    });
    connect(this, &QLineEdit::editingFinished, this, [this] {
        // Tidy a good date into the display form; leave anything else exactly as typed.
        if (const auto d = parse(text()); d && text() != waymark::convert::toDisplay(*d))
            setText(waymark::convert::toDisplay(*d));
        updateValidity();
    });
}

std::optional<waymark::Date> DateEdit::parse(const QString& text)
{
    const auto check = waymark::checkTypedDate(waymark::convert::toStd(text));
    if (!check.ok())
        return std::nullopt;
    return check.date;
}

QString DateEdit::describeProblem(waymark::DateInputProblem problem)
{
    using P = waymark::DateInputProblem;
    switch (problem) {
    case P::None:
        return {};
    case P::Empty:
        return tr("No date was typed.");
    case P::UnexpectedCharacter:
        return tr("Use only digits and / . or - between day, month and year.");
    case P::NoSeparators:
        return tr("Put / between day, month and year, for example 07/03/2011.");
    case P::MixedSeparators:
        return tr("Use the same separator twice, for example 07/03/2011.");
    case P::WrongNumberOfParts:
        return tr("Type a day, a month and a year.");
    case P::MissingPart:
        return tr("The day, month or year is missing.");
    case P::TwoDigitYear:
        return tr("Type the year in full (four digits), for example 2011.");
    case P::YearNotFourDigits:
        return tr("The year must have four digits.");
    case P::DayOrMonthTooLong:
        return tr("The day and month have at most two digits.");
    case P::YearFirstNotIso:
        return tr("A date that starts with the year must be written yyyy-mm-dd.");
    case P::MonthOutOfRange:
        return tr("There is no such month. Dates are day first: dd/mm/yyyy.");
    case P::DayOutOfRange:
        return tr("That day does not exist in that month.");
    case P::YearOutOfRange:
        return tr("The year is out of range.");
    }
    return tr("Not a date. Type it as dd/mm/yyyy.");
}

waymark::Date DateEdit::date() const
{
    return parse(text()).value_or(waymark::Date{});
}

void DateEdit::setDate(const waymark::Date& date)
{
    setText(date.isNull() ? QString() : waymark::convert::toDisplay(date));
    updateValidity();
}

bool DateEdit::isBlank() const
{
    return text().trimmed().isEmpty();
}

bool DateEdit::hasValidDate() const
{
    return isBlank() || parse(text()).has_value();
}

QString DateEdit::problemText() const
{
    if (isBlank())
        return {};
    return describeProblem(waymark::checkTypedDate(waymark::convert::toStd(text())).problem);
}

void DateEdit::updateValidity()
{
    const bool invalid = !hasValidDate();
    if (property("invalidDate").toBool() == invalid)
        return;
    setProperty("invalidDate", invalid);
    setStyleSheet(invalid ? QStringLiteral("QLineEdit { %1 }").arg(Theme::invalidFieldStyle()) : QString());
    setToolTip(invalid ? problemText() : QString());
}
