// waymark: the desktop application. Everything interesting lives in ui/ (AppController).

#include "core/platform/Process.h"
#include "ui/app/AppController.h"
#include "ui/app/AppPaths.h"
#include "ui/app/AppSettings.h"
#include "ui/app/Language.h"
#include "ui/app/Theme.h"
#include "ui/dialogs/AboutDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

bool hasArgument(int argc, char** argv, const char* name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

bool envSet(const char* name)
{
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0';
}

// On Linux without a display Qt would abort with a cryptic message; say what to do instead.
bool displayMissing(int argc, char** argv)
{
#if defined(__linux__)
    if (envSet("DISPLAY") || envSet("WAYLAND_DISPLAY") || envSet("QT_QPA_PLATFORM"))
        return false;
    return !hasArgument(argc, argv, "-platform");
#else
    (void)argc;
    (void)argv;
    return false;
#endif
}

} // namespace

int main(int argc, char** argv)
{
    // First: a typed password or an unlocked casebook's key must never reach a core file.
    waymark::platform::hardenProcess();

    if (displayMissing(argc, argv)) {
        std::fputs("waymark: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                   "  Run the desktop application on a virtual display:  xvfb-run -a waymark ...\n"
                   "  or use the command-line tool instead:              waymark-cli --help\n",
                   stderr);
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Waymark"));
    QApplication::setApplicationDisplayName(QStringLiteral("Waymark"));
    QApplication::setApplicationVersion(AboutDialog::applicationVersion());
    // No organisation name: data goes to ~/.local/share/Waymark (QStandardPaths::AppDataLocation).
    QApplication::setOrganizationDomain(QStringLiteral("waymark.org"));
    QApplication::setDesktopFileName(QStringLiteral("org.waymark.Waymark"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/waymark.svg")));
    // The controller decides when to quit (a window closing may be a lock, not an exit).
    QApplication::setQuitOnLastWindowClosed(false);

    Theme::apply(app);

    AppSettings settings;
    Language::install(app, settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Waymark: casework for youth diversion schemes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the demo casebook of made-up people (made first if missing). "
                                            "Default place: %1")
            .arg(AppPaths::defaultDemoPath()));
    parser.addOption(demoOption);
    parser.addPositionalArgument(QStringLiteral("casebook"),
                                 QCoreApplication::translate("main", "The casebook file to open (optional)."),
                                 QStringLiteral("[casebook]"));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        parser.showHelp(2);

    AppController controller(settings);
    QObject::connect(&controller, &AppController::quitRequested, &app, [](int code) { QCoreApplication::exit(code); });

    if (parser.isSet(demoOption))
        controller.startDemo(positional.isEmpty() ? AppPaths::defaultDemoPath() : positional.first());
    else if (!positional.isEmpty())
        controller.openCasebook(positional.first());
    else
        controller.start();

    return QApplication::exec();
}
