#pragma once

#include <QLineEdit>
#include <QTimer>

// A search box that waits for a short pause in typing before it asks for results, so a
// fast typist does not run one search per key. Esc clears it (and searches at once).
class SearchBar : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchBar(QWidget* parent = nullptr);

    int debounceMs() const { return m_timer.interval(); }
    void setDebounceMs(int ms) { m_timer.setInterval(ms); }
    // The text the last searchRequested() carried (trimmed).
    QString currentQuery() const { return m_lastQuery; }

public Q_SLOTS:
    // Emits searchRequested() now with the current text, skipping the pause.
    void searchNow();

Q_SIGNALS:
    // Trimmed query; empty when the box was cleared.
    void searchRequested(const QString& query);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QTimer m_timer;
    QString m_lastQuery;
};
