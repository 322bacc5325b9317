#pragma once

// Locks when the desktop says the person went away: the machine is about to sleep (logind's
// PrepareForSleep), the screen locker came on (the freedesktop or GNOME screensaver's
// ActiveChanged; KDE uses the freedesktop one), or the login session was locked or switched
// away from (logind's Session.Lock, or the session's Active property turning false).
//
// This is the desktop's side of the platform seam: on Linux it listens on D-Bus (Qt D-Bus);
// where there is no D-Bus it watches nothing and says so (watching() is empty). The owner
// decides what "lock" means (AppController closes the casebook).

#include <QObject>
#include <QStringList>

#include <memory>

class QDBusConnection;

class SessionLock : public QObject
{
    Q_OBJECT

public:
    // Watches the real system bus (logind) and session bus (screensavers).
    explicit SessionLock(QObject* parent = nullptr);
    // Tests: watch the given connections instead (e.g. one private bus standing in for both).
    SessionLock(const QDBusConnection& systemBus, const QDBusConnection& sessionBus, QObject* parent = nullptr);
    ~SessionLock() override;

    // What is being watched ("sleep", "screensaver", "session"): empty without D-Bus.
    QStringList watching() const { return m_watching; }

Q_SIGNALS:
    // why: "sleep", "screensaver" or "session".
    void lockRequested(const QString& why);

private Q_SLOTS:
    void onPrepareForSleep(bool start);
    void onScreenSaverActive(bool active);
    void onSessionLock();
    void onSessionProperties(const QString& interface, const QVariantMap& changed, const QStringList& invalidated);

private:
    void watch(const QDBusConnection& systemBus, const QDBusConnection& sessionBus);
    QStringList m_watching;
};
