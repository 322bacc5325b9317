#pragma once

// The Account menu of the main window (Change my password for everyone; Users for
// coordinators; Audit trail for coordinators and auditors), the password change a reset
// requires before the casebook can be used, and the warning when this machine's audit
// anchors flagged the casebook at sign-in (an older copy put back, a cut trail).

#include "core/Casebook.h"

#include <QString>

#include <functional>

class QLabel;
class QMainWindow;
class QWidget;

namespace accounts {

// Adds the menu (before Help) and, when a coordinator reset the user's password, asks for a
// new one as soon as the window is on screen; `lock` is called when they cancel.
void install(QMainWindow& window, waymark::Casebook& casebook, std::function<void()> lock);
// The warning banner: visible only when the anchor check at sign-in found a problem.
QLabel* makeAnchorBanner(const waymark::Casebook& casebook, QWidget* parent);
// The banner's sentence for a check (empty when all is well).
QString anchorWarning(const waymark::AnchorCheck& check);

} // namespace accounts
