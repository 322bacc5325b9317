#include "ui/accounts/AccountsMenu.h"

#include "ui/accounts/AuditViewer.h"
#include "ui/accounts/PasswordDialog.h"
#include "ui/accounts/UsersDialog.h"
#include "ui/app/Theme.h"

#include <QCoreApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>

namespace accounts {

void install(QMainWindow& window, waymark::Casebook& casebook, std::function<void()> lock)
{
    auto* menu = new QMenu(QCoreApplication::translate("AccountsMenu", "&Account"), &window);
    menu->setObjectName(QStringLiteral("accountMenu"));
    QAction* own = menu->addAction(QCoreApplication::translate("AccountsMenu", "&Change my password…"));
    own->setObjectName(QStringLiteral("actionChangePassword"));
    QObject::connect(own, &QAction::triggered, &window, [&window, &casebook] {
        auto* dialog = new PasswordDialog(casebook, PasswordDialog::Mode::ChangeOwn, {}, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::accepted, &window, [&window] {
            window.statusBar()->showMessage(
                QCoreApplication::translate("AccountsMenu", "Your password was changed. Use the new one from now on."),
                10000);
        });
        dialog->open();
    });
    const bool users = casebook.can(waymark::Action::UserManage);
    const bool audit = casebook.can(waymark::Action::AuditRead);
    if (users || audit)
        menu->addSeparator();
    if (users) {
        QAction* action = menu->addAction(QCoreApplication::translate("AccountsMenu", "&Users…"));
        action->setObjectName(QStringLiteral("actionUsers"));
        QObject::connect(action, &QAction::triggered, &window, [&window, &casebook] {
            auto* dialog = new UsersDialog(casebook, &window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    }
    if (audit) {
        QAction* action = menu->addAction(QCoreApplication::translate("AccountsMenu", "&Audit trail…"));
        action->setObjectName(QStringLiteral("actionAuditTrail"));
        QObject::connect(action, &QAction::triggered, &window, [&window, &casebook] {
            auto* dialog = new AuditViewer(casebook, &window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    }
    // Before Help, which stays last.
    const QList<QAction*> top = window.menuBar()->actions();
    if (top.isEmpty())
        window.menuBar()->addMenu(menu);
    else
        window.menuBar()->insertMenu(top.last(), menu);

    // After a reset: a password of their own before anything else.
    if (auto must = casebook.users().mustChangePassword(); must && *must) {
        QPointer<QMainWindow> guard(&window);
        QTimer::singleShot(0, &window, [guard, &casebook, lock = std::move(lock)] {
            if (guard.isNull())
                return;
            auto* dialog = new PasswordDialog(casebook, PasswordDialog::Mode::Required, {}, guard.data());
            dialog->setObjectName(QStringLiteral("requiredPasswordDialog"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(dialog, &QDialog::rejected, guard.data(), [lock] {
                if (lock)
                    lock();
            });
            dialog->open();
        });
    }
}

QString anchorWarning(const waymark::AnchorCheck& check)
{
    switch (check.state) {
    case waymark::AnchorState::Rollback:
        return QCoreApplication::translate(
            "AccountsMenu",
            "Warning: this casebook is older than a copy this computer has seen. An older copy may have been "
            "put back, and recent work may be missing. Tell your coordinator (Account › Audit trail › Verify).");
    case waymark::AnchorState::TailCut:
        return QCoreApplication::translate(
            "AccountsMenu",
            "Warning: audit rows this computer has seen are missing from this casebook. Tell your coordinator "
            "(Account › Audit trail › Verify).");
    case waymark::AnchorState::Rewritten:
        return QCoreApplication::translate(
            "AccountsMenu",
            "Warning: the audit trail of this casebook was rewritten. Tell your coordinator (Account › Audit "
            "trail › Verify).");
    case waymark::AnchorState::Untrusted:
        return QCoreApplication::translate(
            "AccountsMenu", "Warning: this computer's record of the casebook's audit trail fails its check. Tell your "
                            "coordinator.");
    case waymark::AnchorState::None:
    case waymark::AnchorState::Ok:
    case waymark::AnchorState::Restored:
        break;
    }
    return {};
}

QLabel* makeAnchorBanner(const waymark::Casebook& casebook, QWidget* parent)
{
    auto* banner = new QLabel(parent);
    banner->setObjectName(QStringLiteral("anchorBanner"));
    banner->setAccessibleName(QCoreApplication::translate("AccountsMenu", "Audit warning"));
    banner->setWordWrap(true);
    banner->setAlignment(Qt::AlignCenter);
    banner->setContentsMargins(8, 4, 8, 4);
    const Theme::Colors& c = Theme::current();
    banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-bottom: 2px solid %3; "
                                         "font-weight: bold; }")
                              .arg(c.errorBackground.name(), c.errorText.name(), c.errorBorder.name()));
    const QString text = anchorWarning(casebook.anchorAtOpen());
    banner->setText(text);
    banner->setVisible(!text.isEmpty());
    return banner;
}

} // namespace accounts
