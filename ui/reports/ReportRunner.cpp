#include "ui/reports/ReportRunner.h"

#include "core/reports/Reports.h"
#include "core/store/Database.h"
#include "ui/convert/Convert.h"

#include <algorithm>

#include <QPointer>
#include <QThread>

using namespace waymark::convert;

namespace {
std::function<void(waymark::Database&)>& workerHook()
{
    static std::function<void(waymark::Database&)> hook;
    return hook;
}
} // namespace

void ReportRunner::setWorkerHookForTests(std::function<void(waymark::Database&)> hook)
{
    workerHook() = std::move(hook);
}

ReportRunner::ReportRunner(waymark::Casebook& casebook, QObject* parent)
    : QObject(parent)
    , m_casebook(casebook)
{}

ReportRunner::~ReportRunner()
{
    if (m_thread != nullptr) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool ReportRunner::start(std::vector<ReportJob> jobs)
{
    if (m_thread != nullptr) {
        Q_EMIT failed(tr("A report is already running."));
        return false;
    }
    auto connection = m_casebook.openAnotherConnection();
    if (!connection) {
        Q_EMIT failed(errorMessage(connection.error()));
        return false;
    }
    m_control = std::make_shared<Control>();
    std::shared_ptr<waymark::Casebook> casebook = std::move(*connection);
    m_control->database = &casebook->database();
    QPointer<ReportRunner> self(this);
    m_thread =
        QThread::create([self, casebook, jobs = std::move(jobs), control = m_control, hook = workerHook()]() mutable {
            if (hook)
                hook(casebook->database());
            auto reports = std::make_shared<std::vector<waymark::Report>>();
            QString error;
            const int n = static_cast<int>(jobs.size());
            int lastShown = -1;
            for (int i = 0; i < n && error.isEmpty(); ++i) {
                auto progress = [&, i](int percent, std::string_view) {
                    const int overall = (i * 100 + percent) / std::max(n, 1);
                    if (overall != lastShown) {
                        lastShown = overall;
                        QMetaObject::invokeMethod(
                            self, [self, overall] { Q_EMIT self->progressed(overall); }, Qt::QueuedConnection);
                    }
                    return !control->cancel.load();
                };
                auto ran = casebook->reports().run(jobs[static_cast<std::size_t>(i)].name,
                                                   jobs[static_cast<std::size_t>(i)].params, progress);
                if (!ran) {
                    error = ran.error().code == waymark::ErrorCode::Cancelled ? QString() : errorMessage(ran.error());
                    if (error.isEmpty())
                        break;
                } else {
                    reports->push_back(std::move(*ran));
                }
            }
            {
                // No interrupt may reach the connection once it starts closing.
                const std::lock_guard guard(control->lock);
                control->database = nullptr;
            }
            casebook->database().clearInterrupt(); // so closing housekeeps as usual
            casebook.reset();                      // this thread's connection closes here
            QMetaObject::invokeMethod(
                self, [self, reports, error] { self->finish(reports, error); }, Qt::QueuedConnection);
        });
    m_thread->start();
    return true;
}

void ReportRunner::cancel()
{
    if (!m_control)
        return;
    m_control->cancel.store(true);
    const std::lock_guard guard(m_control->lock);
    if (m_control->database != nullptr)
        m_control->database->interrupt();
}

void ReportRunner::finish(std::shared_ptr<std::vector<waymark::Report>> reports, const QString& error)
{
    if (m_thread != nullptr) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    if (m_control && m_control->cancel.load())
        Q_EMIT cancelled();
    else if (!error.isEmpty())
        Q_EMIT failed(error);
    else
        Q_EMIT finished(*reports);
}
