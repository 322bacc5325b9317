#pragma once

// Makes a demo casebook of synthetic people off the UI thread (core/demo/DemoGenerator),
// reporting progress through queued signals; cancellable. If it created the file and the
// work fails or is cancelled, it removes what it created, so no half-made demo is left.

#include "core/Clock.h"
#include "core/Error.h"
#include "core/demo/DemoGenerator.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

class DemoBuilder : public QObject
{
    Q_OBJECT

public:
    explicit DemoBuilder(QObject* parent = nullptr);
    // Cancels and waits for the worker.
    ~DemoBuilder() override;

    void setOptions(const waymark::demo::DemoOptions& options) { m_options = options; }
    const waymark::demo::DemoOptions& options() const { return m_options; }

    // Starts the worker; false if one is already running.
    bool start(const QString& path, std::shared_ptr<const waymark::Clock> clock = {});
    // Asks the worker to stop after its current batch; finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }
    bool cancelRequested() const { return m_cancel && m_cancel->load(); }

Q_SIGNALS:
    void progressed(int percent, const QString& phrase);
    // ok: people added. cancelled: the user stopped it. Otherwise `error` says why.
    void finished(bool ok, int people, bool cancelled, const QString& error);

private:
    void join();

    waymark::demo::DemoOptions m_options;
    std::thread m_worker;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
};
