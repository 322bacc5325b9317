#include "ui/widgets/BackupReminder.h"

#include "ui/app/Theme.h"
#include "ui/dialogs/BackupDialog.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

BackupReminder::BackupReminder(waymark::Casebook& casebook, QWidget* parent)
    : QFrame(parent)
    , m_casebook(casebook)
{
    setObjectName(QStringLiteral("backupReminder"));
    setAccessibleName(tr("Backup warning"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("backupReminderText"));
    m_text->setWordWrap(true);
    m_button = new QPushButton(tr("Back &up now"), this);
    m_button->setObjectName(QStringLiteral("backupReminderButton"));
    m_button->setAccessibleDescription(tr("Opens Backups and makes a backup of the casebook"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    const auto restyle = [this] { setStyleSheet(Theme::errorStyle()); };
    restyle();
    connect(Theme::notifier(), &ThemeNotifier::changed, this, restyle);
    connect(m_button, &QPushButton::clicked, this, &BackupReminder::backUpNow);
    auto* timer = new QTimer(this);
    timer->setInterval(std::chrono::minutes(1));
    connect(timer, &QTimer::timeout, this, &BackupReminder::refresh);
    timer->start();
    refresh();
}

QString BackupReminder::text() const
{
    return m_text->text();
}

void BackupReminder::refresh()
{
    auto& backups = m_casebook.backups();
    if (!m_casebook.can(waymark::Action::BackupCreate) || !backups.overdue(7)) {
        hide();
        return;
    }
    const auto last = backups.lastBackup();
    if (!last) {
        m_text->setText(tr("This casebook has never been backed up. If this computer is lost or breaks, "
                           "everything in it is lost."));
    } else {
        const auto days = std::chrono::duration_cast<std::chrono::hours>(m_casebook.clock().now() - *last).count() / 24;
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(last->time_since_epoch()).count();
        const QString when =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date(), QLocale::LongFormat);
        m_text->setText(
            tr("The last good backup of this casebook was made %n day(s) ago (%1).", nullptr, int(days)).arg(when));
    }
    show();
}

void BackupReminder::backUpNow()
{
    auto* dialog = new BackupDialog(m_casebook, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &BackupReminder::refresh);
    dialog->open();
    if (!m_casebook.backups().folder().empty())
        QTimer::singleShot(0, dialog, [dialog] { (void)dialog->backUpNow(); });
}
