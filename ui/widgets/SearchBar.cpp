#include "ui/widgets/SearchBar.h"

#include <QKeyEvent>

SearchBar::SearchBar(QWidget* parent)
    : QLineEdit(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(200);
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Search by name, case reference or its number, postcode, or date of birth (dd/mm/yyyy)"));
    setAccessibleName(tr("Search people"));
    setAccessibleDescription(tr("Type a name, case reference or date of birth. Press Escape to clear."));
    connect(this, &QLineEdit::textChanged, this, [this] { m_timer.start(); });
    connect(&m_timer, &QTimer::timeout, this, &SearchBar::searchNow);
    connect(this, &QLineEdit::returnPressed, this, &SearchBar::searchNow);
}

void SearchBar::searchNow()
{
    m_timer.stop();
    const QString query = text().trimmed();
    if (query == m_lastQuery)
        return;
    m_lastQuery = query;
    Q_EMIT searchRequested(query);
}

void SearchBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        searchNow();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}
