#include "ui/app/IdleLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>

#include <algorithm>

IdleLock::IdleLock(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    setTimeout(std::chrono::minutes(5));
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::onTimeout);
    // QTimer counts on a monotonic clock that stops while the laptop sleeps; the wall clock
    // does not. Checking it every second locks at once after a resume that outlasted the wait.
    m_wallCheck.setInterval(1000);
    connect(&m_wallCheck, &QTimer::timeout, this, [this] {
        if (m_running && QDateTime::currentMSecsSinceEpoch() - m_lastInput >= m_timer.interval())
            onTimeout();
    });
}

IdleLock::~IdleLock()
{
    if (m_filterInstalled && QCoreApplication::instance() != nullptr)
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::setTimeout(std::chrono::milliseconds timeout)
{
    m_timer.setInterval(std::max(timeout, std::chrono::milliseconds(1)));
    if (m_running)
        m_timer.start();
}

std::chrono::milliseconds IdleLock::timeout() const
{
    return m_timer.intervalAsDuration();
}

std::chrono::milliseconds IdleLock::remaining() const
{
    if (!m_running || !m_timer.isActive())
        return std::chrono::milliseconds(0);
    return m_timer.remainingTimeAsDuration();
}

void IdleLock::start()
{
    if (!m_filterInstalled && QCoreApplication::instance() != nullptr) {
        QCoreApplication::instance()->installEventFilter(this);
        m_filterInstalled = true;
    }
    m_running = true;
    m_lastInput = QDateTime::currentMSecsSinceEpoch();
    m_timer.start();
    m_wallCheck.start();
}

void IdleLock::stop()
{
    m_running = false;
    m_timer.stop();
    m_wallCheck.stop();
}

void IdleLock::poke()
{
    if (m_running) {
        m_lastInput = QDateTime::currentMSecsSinceEpoch();
        m_timer.start();
    }
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    if (m_running) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TabletPress:
        case QEvent::InputMethod:
        case QEvent::ShortcutOverride:
            poke();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::onTimeout()
{
    if (!m_running)
        return;
    m_running = false;
    m_wallCheck.stop();
    Q_EMIT idle();
}
