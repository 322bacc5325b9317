// Locking when the desktop says the person went away (ui/app/SessionLock): sleep, screen lock,
// session lock or switch. Runs on a private session bus (dbus-run-session) that stands in for
// both the system bus (logind) and the session bus (screensavers); the signals are sent from
// a second connection exactly as logind and the screensavers send them.

#include "tests/support/TestSupport.h"

#include "core/Casebook.h"
#include "ui/app/AppController.h"
#include "ui/app/AppSettings.h"
#include "ui/app/SessionLock.h"
#include "ui/dialogs/UnlockDialog.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <filesystem>

using namespace waymark;

namespace {

QDBusConnection signalSender()
{
    return QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("waymark-test-sender"));
}

void send(const QString& path, const QString& interface, const QString& name, const QVariantList& args)
{
    QDBusMessage message = QDBusMessage::createSignal(path, interface, name);
    message.setArguments(args);
    QVERIFY(signalSender().send(message));
}

// Qt adds a watcher's match rules without waiting for the bus. One blocking call on the same
// connection afterwards returns only once the bus has handled them (a connection's messages
// are handled in order), so a signal sent after this cannot be missed.
void syncWithBus(const QDBusConnection& bus)
{
    const QDBusMessage reply = bus.call(
        QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                                       QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetId")));
    QCOMPARE(reply.type(), QDBusMessage::ReplyMessage);
}

void sleep(bool start)
{
    send(QStringLiteral("/org/freedesktop/login1"), QStringLiteral("org.freedesktop.login1.Manager"),
         QStringLiteral("PrepareForSleep"), {start});
}

} // namespace

class TestSessionLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run under dbus-run-session");
        QVERIFY(signalSender().isConnected());
        // logind's session "c2" has the object path .../session/c2.
        qputenv("XDG_SESSION_ID", "c2");
    }

    void eachSourceAsksForALock()
    {
        const QDBusConnection bus = QDBusConnection::sessionBus();
        SessionLock watcher(bus, bus);
        QCOMPARE(watcher.watching(),
                 (QStringList{QStringLiteral("sleep"), QStringLiteral("screensaver"), QStringLiteral("session")}));
        QSignalSpy spy(&watcher, &SessionLock::lockRequested);
        syncWithBus(bus);

        sleep(false); // waking up asks for nothing
        sleep(true);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("sleep"));

        send(QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
             QStringLiteral("ActiveChanged"), {false});
        send(QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
             QStringLiteral("ActiveChanged"), {true});
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 20000);
        QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("screensaver"));

        send(QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"),
             QStringLiteral("ActiveChanged"), {true});
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 3, 20000);
        QCOMPARE(spy.at(2).at(0).toString(), QStringLiteral("screensaver"));

        send(QStringLiteral("/org/freedesktop/login1/session/c2"), QStringLiteral("org.freedesktop.login1.Session"),
             QStringLiteral("Lock"), {});
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 4, 20000);
        QCOMPARE(spy.at(3).at(0).toString(), QStringLiteral("session"));

        // Switching to another user's session: logind says this one is no longer Active.
        const QVariantMap changed{{QStringLiteral("Active"), false}};
        send(QStringLiteral("/org/freedesktop/login1/session/c2"), QStringLiteral("org.freedesktop.DBus.Properties"),
             QStringLiteral("PropertiesChanged"),
             {QStringLiteral("org.freedesktop.login1.Session"), changed, QStringList{}});
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 5, 20000);
        QCOMPARE(spy.at(4).at(0).toString(), QStringLiteral("session"));

        // Another session's lock is not ours.
        send(QStringLiteral("/org/freedesktop/login1/session/c7"), QStringLiteral("org.freedesktop.login1.Session"),
             QStringLiteral("Lock"), {});
        QTest::qWait(200);
        QCOMPARE(spy.count(), 5);
        qInfo("sleep, two screensavers, session lock and session switch each asked for a lock; wake-up, screensaver "
              "off and another session's lock did not");
    }

    void sleepLocksTheOpenCasebook()
    {
        test::TempDir dir;
        const auto path = dir.file("sleep.waymark");
        QVERIFY(test::makeCasebook(path));
        AppSettings settings(QString::fromStdString(dir.file("settings.ini").string()));
        settings.setCasebookPath(QString::fromStdString(path.string()));
        AppController controller(settings);
        controller.setKdfStrength(KdfStrength::Minimum);
        const QDBusConnection bus = QDBusConnection::sessionBus();
        controller.setSessionLock(std::make_unique<SessionLock>(bus, bus));
        syncWithBus(bus);
        controller.start();
        UnlockDialog* dialog = controller.unlockDialog();
        QVERIFY(dialog != nullptr);
        auto* user = dialog->findChild<QLineEdit*>(QStringLiteral("userName"));
        user->clear();
        QTest::keyClicks(user, QString::fromLatin1(test::kUser));
        auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("password"));
        QTest::keyClicks(password, QString::fromLatin1(test::kPassword));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(controller.isUnlocked(), 20000);

        sleep(true);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isUnlocked(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(controller.unlockDialog() != nullptr, 20000);
        auto* notice = controller.unlockDialog()->findChild<QLabel*>(QStringLiteral("notice"));
        QVERIFY(notice != nullptr);
        QVERIFY2(notice->text().contains(QStringLiteral("sleep")), qPrintable(notice->text()));
        qInfo("the machine going to sleep locked the open casebook: \"%s\"", qPrintable(notice->text()));
    }
};

QTEST_MAIN(TestSessionLock)
#include "TestSessionLock.moc"
