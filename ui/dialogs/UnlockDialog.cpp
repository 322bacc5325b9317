#include "ui/dialogs/UnlockDialog.h"

#include "ui/app/Theme.h"

#include "ui/app/AppPaths.h"
#include "ui/convert/Convert.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <exception>

namespace {

QString bannerStyle()
{
    return QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #e0c060;"
                          " border-radius: 4px; padding: 8px; }");
}

} // namespace

UnlockDialog::UnlockDialog(const QString& casebookPath, QWidget* parent)
    : QDialog(parent)
    , m_path(casebookPath)
{
    setWindowTitle(tr("Unlock casebook — Waymark"));
    setAccessibleName(tr("Unlock casebook"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/waymark.svg")));
    setObjectName(QStringLiteral("unlockDialog"));

    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/waymark.svg")).pixmap(48, 48));
    icon->setObjectName(QStringLiteral("logo"));
    icon->setFixedSize(48, 48); // never clipped, whatever the message below needs
    icon->setAccessibleName(tr("Waymark logo"));
    icon->setAlignment(Qt::AlignTop);
    header->addWidget(icon);
    auto* titles = new QVBoxLayout;
    const QFileInfo file(casebookPath);
    auto* heading = new QLabel(tr("<b>Unlock %1</b>").arg(file.fileName().toHtmlEscaped()), this);
    heading->setObjectName(QStringLiteral("heading"));
    heading->setAccessibleName(tr("Casebook name"));
    titles->addWidget(heading);
    auto* pathLabel = new QLabel(this);
    pathLabel->setObjectName(QStringLiteral("casebookPath"));
    pathLabel->setText(QDir::toNativeSeparators(file.absoluteFilePath()));
    pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pathLabel->setWordWrap(true);
    pathLabel->setAccessibleName(tr("Casebook file"));
    pathLabel->setStyleSheet(QStringLiteral("QLabel { color: palette(dark); }"));
    titles->addWidget(pathLabel);
    titles->addStretch();
    header->addLayout(titles, 1);
    layout->addLayout(header);

    m_demoBanner = new QLabel(this);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setAccessibleName(tr("Demo sign-in"));
    m_demoBanner->setWordWrap(true);
    m_demoBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoBanner->setStyleSheet(bannerStyle());
    m_demoBanner->hide();
    layout->addWidget(m_demoBanner);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setAccessibleName(tr("Notice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #e3f0fb; color: #0b2e4f; border: 1px solid #9cc3e6;"
                                           " border-radius: 4px; padding: 8px; }"));
    m_notice->hide();
    layout->addWidget(m_notice);

    auto* form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userName"));
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(300);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    // From the theme, so it reads on a dark window too (ui_Look checks the pair).
    m_error->setStyleSheet(Theme::inlineErrorStyle());
    connect(Theme::notifier(), &ThemeNotifier::changed, m_error,
            [this] { m_error->setStyleSheet(Theme::inlineErrorStyle()); });
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);

    layout->addStretch();

    m_buttons = new QDialogButtonBox(this);
    m_unlockButton = m_buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setAccessibleName(tr("Unlock"));
    m_unlockButton->setDefault(true);
    m_otherButton = m_buttons->addButton(tr("&Other casebook…"), QDialogButtonBox::ActionRole);
    m_otherButton->setObjectName(QStringLiteral("otherCasebookButton"));
    m_otherButton->setAccessibleName(tr("Create or open another casebook"));
    m_otherButton->setAutoDefault(false);
    QPushButton* quit = m_buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    quit->setAccessibleName(tr("Quit"));
    quit->setAutoDefault(false);
    layout->addWidget(m_buttons);
    setMinimumWidth(500);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    connect(m_otherButton, &QPushButton::clicked, this, &UnlockDialog::otherCasebookRequested);

    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_unlockButton);
    setTabOrder(m_unlockButton, m_otherButton);
    setTabOrder(m_otherButton, quit);

    m_user->setFocus();
    checkFiles();
}

bool UnlockDialog::checkFiles()
{
    const auto probed = waymark::Casebook::probe(AppPaths::toPath(m_path));
    if (probed)
        return true;
    m_error->setText(waymark::convert::errorMessage(probed.error()));
    m_error->show();
    // No password is asked for a file that cannot be opened: only "Other casebook…" and Quit.
    m_user->setEnabled(false);
    m_password->setEnabled(false);
    m_unlockButton->setEnabled(false);
    m_otherButton->setDefault(true);
    m_otherButton->setFocus();
    fitToContents();
    return false;
}

void UnlockDialog::fitToContents()
{
    QLayout* top = layout();
    top->activate();
    const int needed = top->hasHeightForWidth() ? top->totalHeightForWidth(width()) : top->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

UnlockDialog::~UnlockDialog()
{
    // An attempt still running finishes first (its result, posted to this dialog, is dropped).
    if (m_worker.joinable())
        m_worker.join();
    if (m_busy)
        QGuiApplication::restoreOverrideCursor();
}

void UnlockDialog::setUserName(const QString& user)
{
    m_user->setText(user);
    if (!user.isEmpty())
        m_password->setFocus();
}

QString UnlockDialog::userName() const
{
    return m_user->text().trimmed();
}

void UnlockDialog::setDemoSignIn(const QString& user, const QString& password)
{
    const auto strong = [](const QString& text) { return QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()); };
    m_demoBanner->setText(tr("<b>Synthetic demo data</b> — every person in this casebook is made up.<br>"
                             "Demo sign-in:<br>user %1, password %2")
                              .arg(strong(user), strong(password)));
    m_demoBanner->show();
    setUserName(user);
}

bool UnlockDialog::showsDemoSignIn() const
{
    return !m_demoBanner->isHidden();
}

void UnlockDialog::setNotice(const QString& notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

std::unique_ptr<waymark::Casebook> UnlockDialog::takeCasebook()
{
    return std::move(m_casebook);
}

QString UnlockDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void UnlockDialog::accept()
{
    if (m_busy)
        return;
    // The file may have changed since the dialog opened: looked at again, still no password work.
    if (!checkFiles()) {
        m_password->setText(QString());
        QApplication::beep();
        return;
    }
    const QString user = userName();
    if (user.isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Type your user name and password."));
        (user.isEmpty() ? m_user : m_password)->setFocus();
        return;
    }

    setBusy(true);
    if (m_worker.joinable())
        m_worker.join();
    auto password = std::make_shared<waymark::convert::SecretUtf8>(m_password->text());
    m_worker = std::thread([this, path = AppPaths::toPath(m_path), name = waymark::convert::toStd(user),
                            password = std::move(password), clock = m_clock] {
        auto opened = std::make_shared<waymark::Result<std::unique_ptr<waymark::Casebook>>>(
            waymark::fail(waymark::ErrorCode::Internal, "not attempted"));
        try {
            *opened = waymark::Casebook::open(path, name, password->value(), clock);
        } catch (const std::exception& e) {
            *opened = waymark::fail(waymark::ErrorCode::Internal, e.what());
        } catch (...) {
            *opened = waymark::fail(waymark::ErrorCode::Internal, "unknown exception");
        }
        // The casebook's connection moves to the UI thread with the result; nothing else uses it.
        QMetaObject::invokeMethod(
            this, [this, opened] { finishUnlock(std::move(*opened)); }, Qt::QueuedConnection);
    });
}

void UnlockDialog::finishUnlock(waymark::Result<std::unique_ptr<waymark::Casebook>> opened)
{
    if (m_worker.joinable())
        m_worker.join();
    setBusy(false);
    if (!opened) {
        showError(waymark::convert::errorMessage(opened.error()));
        m_password->setText(QString()); // clear() would keep the text in the undo history
        m_password->setFocus();
        return;
    }
    m_casebook = std::move(*opened);
    m_password->setText(QString());
    m_error->hide();
    QDialog::accept();
}

void UnlockDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void UnlockDialog::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    for (QWidget* w :
         {static_cast<QWidget*>(m_user), static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_buttons)})
        w->setEnabled(!busy);
    m_unlockButton->setText(busy ? tr("Unlocking…") : tr("&Unlock"));
    if (busy) {
        m_error->hide();
        QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    } else {
        QGuiApplication::restoreOverrideCursor();
    }
}

void UnlockDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    fitToContents();
    QApplication::beep();
}
