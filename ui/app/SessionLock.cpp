#include "ui/app/SessionLock.h"

#include <QByteArray>
#include <QVariantMap>

#ifdef WAYMARK_HAVE_DBUS
#include <QDBusConnection>
#endif

namespace {

#ifdef WAYMARK_HAVE_DBUS
// logind's object path for a session id: each byte that is not a letter or digit (and a
// leading digit) becomes _xx in hex, as logind itself escapes it ("2" -> "_32").
QString sessionPath(const QByteArray& id)
{
    QString path = QStringLiteral("/org/freedesktop/login1/session/");
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char c = id.at(i);
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool digit = c >= '0' && c <= '9';
        if (letter || (digit && i > 0))
            path += QLatin1Char(c);
        else
            path += QStringLiteral("_%1").arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0'));
    }
    return path;
}
#endif

} // namespace

SessionLock::SessionLock(QObject* parent)
    : QObject(parent)
{
#ifdef WAYMARK_HAVE_DBUS
    watch(QDBusConnection::systemBus(), QDBusConnection::sessionBus());
#endif
}

SessionLock::SessionLock(const QDBusConnection& systemBus, const QDBusConnection& sessionBus, QObject* parent)
    : QObject(parent)
{
#ifdef WAYMARK_HAVE_DBUS
    watch(systemBus, sessionBus);
#else
    Q_UNUSED(systemBus)
    Q_UNUSED(sessionBus)
#endif
}

SessionLock::~SessionLock() = default;

void SessionLock::watch(const QDBusConnection& systemBus, const QDBusConnection& sessionBus)
{
#ifdef WAYMARK_HAVE_DBUS
    QDBusConnection system = systemBus;
    QDBusConnection session = sessionBus;
    if (system.isConnected() && system.connect(QString(), QStringLiteral("/org/freedesktop/login1"),
                                               QStringLiteral("org.freedesktop.login1.Manager"),
                                               QStringLiteral("PrepareForSleep"), this, SLOT(onPrepareForSleep(bool))))
        m_watching << QStringLiteral("sleep");
    if (session.isConnected()) {
        bool any = false;
        any |= session.connect(QString(), QStringLiteral("/org/freedesktop/ScreenSaver"),
                               QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"), this,
                               SLOT(onScreenSaverActive(bool)));
        any |= session.connect(QString(), QStringLiteral("/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
                               QStringLiteral("ActiveChanged"), this, SLOT(onScreenSaverActive(bool)));
        any |= session.connect(QString(), QStringLiteral("/org/gnome/ScreenSaver"),
                               QStringLiteral("org.gnome.ScreenSaver"), QStringLiteral("ActiveChanged"), this,
                               SLOT(onScreenSaverActive(bool)));
        if (any)
            m_watching << QStringLiteral("screensaver");
    }
    const QByteArray id = qgetenv("XDG_SESSION_ID");
    if (system.isConnected() && !id.isEmpty()) {
        const QString path = sessionPath(id);
        const bool locked = system.connect(QString(), path, QStringLiteral("org.freedesktop.login1.Session"),
                                           QStringLiteral("Lock"), this, SLOT(onSessionLock()));
        const bool switched = system.connect(QString(), path, QStringLiteral("org.freedesktop.DBus.Properties"),
                                             QStringLiteral("PropertiesChanged"), this,
                                             SLOT(onSessionProperties(QString, QVariantMap, QStringList)));
        if (locked || switched)
            m_watching << QStringLiteral("session");
    }
#else
    Q_UNUSED(systemBus)
    Q_UNUSED(sessionBus)
#endif
}

void SessionLock::onPrepareForSleep(bool start)
{
    if (start)
        Q_EMIT lockRequested(QStringLiteral("sleep"));
}

void SessionLock::onScreenSaverActive(bool active)
{
    if (active)
        Q_EMIT lockRequested(QStringLiteral("screensaver"));
}

void SessionLock::onSessionLock()
{
    Q_EMIT lockRequested(QStringLiteral("session"));
}

void SessionLock::onSessionProperties(const QString& interface, const QVariantMap& changed, const QStringList&)
{
    if (interface != QLatin1String("org.freedesktop.login1.Session"))
        return;
    const auto active = changed.constFind(QStringLiteral("Active"));
    if (active != changed.constEnd() && !active->toBool())
        Q_EMIT lockRequested(QStringLiteral("session"));
}
