#include "ui/app/DemoBuilder.h"

#include "core/Casebook.h"
#include "ui/app/AppPaths.h"
#include "ui/convert/Convert.h"

#include <QMetaObject>

#include <exception>
#include <filesystem>
#include <system_error>

namespace {

void removeCreatedFiles(const std::filesystem::path& path)
{
    std::error_code ec;
    std::filesystem::remove(path, ec);
    std::filesystem::remove(waymark::Casebook::keyFilePath(path), ec);
    for (const char* suffix : {"-journal", "-wal", "-shm", ".signins"}) {
        std::filesystem::path extra = path;
        extra += suffix;
        std::filesystem::remove(extra, ec);
    }
}

} // namespace

DemoBuilder::DemoBuilder(QObject* parent)
    : QObject(parent)
{}

DemoBuilder::~DemoBuilder()
{
    cancel();
    join();
}

bool DemoBuilder::start(const QString& path, std::shared_ptr<const waymark::Clock> clock)
{
    if (m_running)
        return false;
    join();
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);

    const std::filesystem::path target = AppPaths::toPath(path);
    const waymark::demo::DemoOptions options = m_options;
    auto cancelFlag = m_cancel;

    m_worker = std::thread([this, target, options, cancelFlag, clock] {
        const bool existed = waymark::Casebook::exists(target);
        auto report = [this, cancelFlag](int percent, std::string_view phrase) {
            const QString text = waymark::convert::toQString(phrase);
            // Queued to the UI thread; dropped if this object is gone by then.
            QMetaObject::invokeMethod(
                this, [this, percent, text] { Q_EMIT progressed(percent, text); }, Qt::QueuedConnection);
            return !cancelFlag->load();
        };

        waymark::Result<int> result = waymark::fail(waymark::ErrorCode::Internal, "not attempted");
        try {
            result = waymark::demo::generateDemo(target, options, report, clock);
        } catch (const std::exception& e) {
            result = waymark::fail(waymark::ErrorCode::Internal, e.what());
        } catch (...) {
            result = waymark::fail(waymark::ErrorCode::Internal, "unknown exception");
        }
        const bool cancelled = cancelFlag->load() || (!result && result.error().code == waymark::ErrorCode::Cancelled);
        if ((!result || cancelled) && !existed)
            removeCreatedFiles(target);

        const bool ok = result.has_value() && !cancelled;
        const int people = result.value_or(0);
        const waymark::Error error = result ? waymark::Error{} : result.error();
        QMetaObject::invokeMethod(
            this,
            [this, ok, people, cancelled, error] {
                m_running = false;
                join();
                Q_EMIT finished(ok, people, cancelled,
                                ok || cancelled ? QString() : waymark::convert::errorMessage(error));
            },
            Qt::QueuedConnection);
    });
    return true;
}

void DemoBuilder::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void DemoBuilder::join()
{
    if (m_worker.joinable())
        m_worker.join();
}
