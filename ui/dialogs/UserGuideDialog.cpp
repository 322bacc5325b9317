#include "ui/dialogs/UserGuideDialog.h"

#include "ui/app/Theme.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("User guide — Waymark"));
    setWindowIcon(Theme::icon(QStringLiteral("help")));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuide"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setOpenLinks(false); // the guide is read here; nothing goes online
    m_source = guideFor(QLocale());
    QFile file(m_source);
    if (file.open(QIODevice::ReadOnly | QIODevice::Text))
        m_browser->setMarkdown(QString::fromUtf8(file.readAll()));
    m_browser->document()->setDocumentMargin(16);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* close = buttons->addButton(tr("C&lose"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    // 760x640, or less on a small screen (800x600): with its frame, the Close button stays on it.
    QSize size(760, 640);
    if (const QScreen* screen = parent != nullptr ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 80));
    resize(size);
}

QString UserGuideDialog::guideFor(const QLocale& locale)
{
    return locale.language() == QLocale::Welsh ? QStringLiteral(":/docs/user-guide.cy.md")
                                               : QStringLiteral(":/docs/user-guide.md");
}
