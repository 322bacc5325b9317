#pragma once

// Runs reports off the UI thread (docs/architecture.md, "Threads and connections"): a worker
// thread with its own connection (Casebook::openAnotherConnection) runs each job in turn with a
// ProgressFn that cancels when cancel() was called. cancel() also interrupts the statement the
// worker's connection is running (Database::interrupt), so even one long query stops within
// milliseconds; the read transaction is rolled back and nothing is audited or shown. Results come
// back on the UI thread. After cancel() nothing but cancelled() is emitted for that run, so no
// half result is ever shown.

#include "core/Casebook.h"
#include "core/reports/Report.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

class QThread;

struct ReportJob
{
    std::string name; // a Reports::available() name, or "referrals-by-month"
    waymark::ReportParams params;
};

class ReportRunner : public QObject
{
    Q_OBJECT

public:
    explicit ReportRunner(waymark::Casebook& casebook, QObject* parent = nullptr);
    // Cancels a run still going and waits for its thread.
    ~ReportRunner() override;

    // Starts the jobs; false (and failed() emitted) when a run is going or no connection opens.
    bool start(std::vector<ReportJob> jobs);
    // Stops the run: the running statement is interrupted at once; cancelled() follows once
    // its thread has ended.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

    // Tests only: called on the worker thread with its connection before the first job (e.g.
    // to make a query run until it is interrupted). Set before start(); empty = none.
    static void setWorkerHookForTests(std::function<void(waymark::Database&)> hook);

Q_SIGNALS:
    void progressed(int percent);
    void finished(const std::vector<waymark::Report>& reports);
    void failed(const QString& message);
    void cancelled();

private:
    // What the UI thread and the worker share: the cancel flag and, while the worker's
    // connection is open, that connection (interrupted under the lock, so never after it closed).
    struct Control
    {
        std::atomic<bool> cancel{false};
        std::mutex lock;
        waymark::Database* database = nullptr;
    };

    void finish(std::shared_ptr<std::vector<waymark::Report>> reports, const QString& error);

    waymark::Casebook& m_casebook;
    QThread* m_thread = nullptr;
    std::shared_ptr<Control> m_control;
};
