#pragma once

// Watches the whole application for user input and says when nobody has touched it for
// the configured time. Any key, click, wheel or touch (and mouse movement) starts the
// wait again. The owner decides what "lock" means (AppController closes the casebook).

#include <QObject>
#include <QTimer>

#include <chrono>

class IdleLock : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(QObject* parent = nullptr);
    ~IdleLock() override;

    // How long without input before idle() is emitted. Tests use a few milliseconds.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;

    // Starts (or restarts) watching; stop() watches nothing until the next start().
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Time left before idle(); zero when not running.
    std::chrono::milliseconds remaining() const;

    // Counts as user input: the wait starts again.
    void poke();

Q_SIGNALS:
    // Nobody touched the application for timeout(). Emitted once per start().
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTimeout();

    QTimer m_timer;
    QTimer m_wallCheck;
    qint64 m_lastInput = 0; // wall clock, ms since the epoch
    bool m_running = false;
    bool m_filterInstalled = false;
};
