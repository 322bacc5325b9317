#include "ui/dialogs/AboutDialog.h"

#include "ui/convert/Convert.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#ifndef WAYMARK_VERSION
#define WAYMARK_VERSION "0.0.0"
#endif

using waymark::convert::toQString;

AboutDialog::AboutDialog(const std::optional<waymark::CasebookInfo>& info, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Waymark"));
    setAccessibleName(tr("About Waymark"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/waymark.svg")).pixmap(64, 64));
    icon->setAccessibleName(tr("Waymark logo"));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);

    auto* title = new QLabel(this);
    title->setObjectName(QStringLiteral("title"));
    title->setText(tr("<h2>Waymark %1</h2><p>Casework for youth diversion schemes.</p>").arg(applicationVersion()));
    title->setAccessibleName(tr("Waymark version"));
    top->addWidget(title, 1);
    layout->addLayout(top);

    QString cipher = toQString(waymark::Casebook::engineVersion());
    if (info && !info->cipherVersion.empty())
        cipher = toQString(info->cipherVersion);
    if (cipher.isEmpty())
        cipher = tr("not found — Waymark cannot open casebooks");
    const QString sqlite =
        info && !info->sqliteVersion.empty() ? toQString(info->sqliteVersion) : tr("shown when a casebook is open");

    auto* grid = new QGridLayout;
    int row = 0;
    auto addRow = [&](const QString& label, const QString& value, const QString& objectName) {
        auto* name = new QLabel(label, this);
        auto* text = new QLabel(value, this);
        text->setObjectName(objectName);
        text->setAccessibleName(label);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        name->setBuddy(text);
        grid->addWidget(name, row, 0, Qt::AlignRight);
        grid->addWidget(text, row, 1);
        ++row;
        m_versionText += label + QLatin1Char(' ') + value + QLatin1Char('\n');
    };
    addRow(tr("Waymark:"), applicationVersion(), QStringLiteral("waymarkVersion"));
    addRow(tr("Qt:"), tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
           QStringLiteral("qtVersion"));
    addRow(tr("SQLCipher:"), cipher, QStringLiteral("cipherVersion"));
    addRow(tr("SQLite:"), sqlite, QStringLiteral("sqliteVersion"));
    if (info) {
        addRow(tr("Casebook format:"), QString::number(info->schemaVersion), QStringLiteral("schemaVersion"));
        addRow(tr("Device prefix:"), toQString(info->devicePrefix), QStringLiteral("devicePrefix"));
    }
    layout->addLayout(grid);
    layout->addSpacing(6);

    auto* encrypted = new QLabel(this);
    encrypted->setObjectName(QStringLiteral("encryptionNote"));
    encrypted->setWordWrap(true);
    encrypted->setText(tr("All data in a casebook is encrypted on disk (SQLCipher, 256-bit AES). Each user unlocks "
                          "it with their own password; every access to a record is written to the audit log."));
    encrypted->setAccessibleName(tr("Encryption"));
    encrypted->setMinimumWidth(420);
    layout->addWidget(encrypted);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* copy = buttons->addButton(tr("&Copy versions"), QDialogButtonBox::ActionRole);
    copy->setAccessibleName(tr("Copy versions to the clipboard"));
    copy->setAutoDefault(false);
    QPushButton* close = buttons->addButton(tr("C&lose"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);
    close->setFocus();
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_versionText); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AboutDialog::applicationVersion()
{
    return QStringLiteral(WAYMARK_VERSION);
}
