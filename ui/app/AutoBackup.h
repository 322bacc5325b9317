#pragma once

// Automatic backups while the app is open: it only schedules. Core decides whether one is due
// (Backups::automaticDue: automatic backups on, a backup folder set, the last good backup a day
// old — or, on closing, anything saved since) and makes it (Backups::createAutomatic, which
// also prunes to 7 daily and 4 weekly). The backup runs on a worker thread with its own
// connection to the casebook (Casebook::openAnotherConnection), so the window stays usable;
// it can be cancelled, and stop() cancels and waits (locking, closing).

#include "core/Casebook.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

class AutoBackup : public QObject
{
    Q_OBJECT

public:
    explicit AutoBackup(QObject* parent = nullptr);
    // Cancels and waits for the worker.
    ~AutoBackup() override;

    // How often the daily check runs while a casebook is open (default 15 minutes), and how
    // long after start() the first check comes (default 1 minute: not during sign-in).
    void setCheckInterval(std::chrono::milliseconds interval);
    void setFirstCheckDelay(std::chrono::milliseconds delay) { m_firstDelay = delay; }

    // Watches `casebook` (the UI thread's connection, read only for the cheap check) until stop().
    void start(waymark::Casebook& casebook);
    // Cancels a running backup, waits for it, and stops checking.
    void stop();

    // Starts the backup due `when`, off the UI thread; false when none is due, one is already
    // running, or no casebook is watched.
    bool runIfDue(waymark::AutomaticBackup when);
    // Asks a running backup to stop (it leaves nothing behind); finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void started(waymark::AutomaticBackup when);
    void progressed(int percent);
    // ok: `file` is the new backup's file name. Otherwise cancelled, or `error` says why.
    void finished(bool ok, bool cancelled, const QString& file, const QString& error);

private:
    void check();
    void join();

    waymark::Casebook* m_casebook = nullptr;
    QTimer m_timer;
    std::chrono::milliseconds m_firstDelay{60'000};
    std::thread m_worker;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
    int m_generation = 0;
    // After a failed automatic backup the daily check rests for an hour (not every 15 minutes).
    std::chrono::steady_clock::time_point m_restUntil{};
};
