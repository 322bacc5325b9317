// waymark-cli: headless administration and automation (docs/cli.md).

#include "app/cli/Cli.h"
#include "app/cli/Escape.h"
#include "core/platform/Process.h"
#include "ui/render/CaseSummaryPdf.h"
#include "ui/render/EnglishLabels.h"
#include "ui/render/ReportCharts.h"
#include "ui/render/ReportPdf.h"

#include <QApplication>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {

// Qt is started only when a PDF is asked for (QtCharts needs a QApplication), on the offscreen
// platform unless the caller chose one: waymark-cli runs with no display.
std::unique_ptr<QApplication> g_app;

// Qt's own chatter (e.g. "XDG_RUNTIME_DIR not set") is not the command's output.
void quietQt(QtMsgType, const QMessageLogContext&, const QString&) {}

void ensureQt()
{
    if (g_app || QCoreApplication::instance())
        return;
    qInstallMessageHandler(quietQt);
    if (std::getenv("QT_QPA_PLATFORM") == nullptr)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "waymark-cli";
    static char* argv[] = {name, nullptr};
    g_app = std::make_unique<QApplication>(argc, argv);
}

} // namespace

int main(int argc, char** argv)
{
    // First: the password read from stdin or the environment, and the casebook's key, must
    // never reach a core file.
    waymark::platform::hardenProcess();
    std::ios::sync_with_stdio(false);
    std::vector<std::string> args;
    args.reserve(static_cast<std::size_t>(argc > 0 ? argc - 1 : 0));
    for (int i = 1; i < argc; ++i)
        args.emplace_back(argv[i]);
    waymark::cli::Renderers renderers;
    renderers.reportPdf = [](const waymark::Report& report) {
        ensureQt();
        waymark::render::ReportPdfOptions options;
        options.words = waymark::render::englishReportWords(); // filter values by their labels
        for (auto& painter : reportChartPainters(report))
            options.charts.push_back(std::move(painter));
        return waymark::render::renderReportPdf(report, options);
    };
    renderers.caseSummaryPdf = [](const waymark::CaseSummary& summary,
                                  const std::vector<waymark::CodeEntry>& interventionTypes) {
        ensureQt();
        waymark::render::CaseSummaryPdfOptions options;
        options.translate = waymark::render::englishSummaryCodes(interventionTypes); // codes by their labels
        return waymark::render::renderCaseSummaryPdf(summary, options);
    };
    waymark::cli::setRenderers(std::move(renderers));
    // Everything printed passes through the escaper: no record can drive the terminal.
    waymark::cli::EscapingStreamBuf outBuf(std::cout.rdbuf());
    waymark::cli::EscapingStreamBuf errBuf(std::cerr.rdbuf());
    std::ostream out(&outBuf);
    std::ostream err(&errBuf);
    const int code = waymark::cli::run(args, std::cin, out, err);
    g_app.reset(); // before the statics go
    return code;
}
