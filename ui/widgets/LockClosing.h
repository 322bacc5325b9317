#pragma once

#include <QVariant>
#include <QWidget>

// A dialog that the casebook's lock is closing (AppController::closeDialogsOf) is marked
// first, so its reject() neither asks "Discard what you typed?" nor waits for an answer: the
// window behind it is going, and a question left open would hold the lock up. What was typed
// is dropped (or kept as a draft, by the dialogs that keep drafts), never saved.
namespace lockclosing {

inline constexpr const char* kProperty = "waymarkClosingForLock";

inline void mark(QWidget* dialog)
{
    dialog->setProperty(kProperty, true);
}

// True when `widget` or a window it belongs to is being closed by a lock.
inline bool isClosing(const QWidget* widget)
{
    for (const QWidget* w = widget; w != nullptr; w = w->parentWidget())
        if (w->property(kProperty).toBool())
            return true;
    return false;
}

} // namespace lockclosing
