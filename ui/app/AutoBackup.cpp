#include "ui/app/AutoBackup.h"

#include "ui/convert/Convert.h"

#include <QMetaObject>

#include <exception>

AutoBackup::AutoBackup(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(std::chrono::minutes(15));
    connect(&m_timer, &QTimer::timeout, this, &AutoBackup::check);
}

AutoBackup::~AutoBackup()
{
    stop();
}

void AutoBackup::setCheckInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void AutoBackup::start(waymark::Casebook& casebook)
{
    stop();
    m_casebook = &casebook;
    m_restUntil = {};
    QTimer::singleShot(m_firstDelay, this, [this, watched = m_casebook] {
        if (m_casebook == watched)
            check();
    });
    m_timer.start();
}

void AutoBackup::stop()
{
    m_timer.stop();
    cancel();
    join();
    m_running = false;
    m_casebook = nullptr;
    ++m_generation; // what the stopped worker still has queued is dropped
}

void AutoBackup::check()
{
    if (m_casebook == nullptr || m_running || std::chrono::steady_clock::now() < m_restUntil)
        return;
    (void)runIfDue(waymark::AutomaticBackup::Daily);
}

bool AutoBackup::runIfDue(waymark::AutomaticBackup when)
{
    if (m_casebook == nullptr || m_running || !m_casebook->backups().automaticDue(when))
        return false;
    auto connection = m_casebook->openAnotherConnection();
    if (!connection) {
        Q_EMIT finished(false, false, QString(), waymark::convert::errorMessage(connection.error()));
        return false;
    }
    join();
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancelFlag = m_cancel;
    const int generation = m_generation;
    Q_EMIT started(when);
    m_worker = std::thread([this, when, cancelFlag, generation, casebook = std::move(*connection)]() mutable {
        auto report = [this, cancelFlag, generation](int percent, std::string_view) {
            QMetaObject::invokeMethod(
                this,
                [this, percent, generation] {
                    if (generation == m_generation)
                        Q_EMIT progressed(percent);
                },
                Qt::QueuedConnection);
            return !cancelFlag->load();
        };
        waymark::Result<std::optional<waymark::BackupFile>> result =
            waymark::fail(waymark::ErrorCode::Internal, "not attempted");
        try {
            result = casebook->backups().createAutomatic(when, report);
        } catch (const std::exception& e) {
            result = waymark::fail(waymark::ErrorCode::Internal, e.what());
        }
        casebook.reset(); // this thread's connection closes here
        const bool cancelled = cancelFlag->load() || (!result && result.error().code == waymark::ErrorCode::Cancelled);
        const bool ok = result.has_value() && result->has_value() && !cancelled;
        const QString file = ok ? waymark::convert::toQString((*result)->path.filename().string()) : QString();
        const waymark::Error error = result ? waymark::Error{} : result.error();
        const bool nothingDue = result.has_value() && !result->has_value();
        QMetaObject::invokeMethod(
            this,
            [this, ok, cancelled, nothingDue, file, error, generation] {
                if (generation != m_generation)
                    return;
                m_running = false;
                join();
                if (!ok && !cancelled && !nothingDue)
                    m_restUntil = std::chrono::steady_clock::now() + std::chrono::hours(1);
                Q_EMIT finished(ok || nothingDue, cancelled, file,
                                ok || cancelled || nothingDue ? QString() : waymark::convert::errorMessage(error));
            },
            Qt::QueuedConnection);
    });
    return true;
}

void AutoBackup::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void AutoBackup::join()
{
    if (m_worker.joinable())
        m_worker.join();
}
