#include "ui/widgets/DiscardQuestion.h"

#include "ui/widgets/LockClosing.h"

#include <QMessageBox>
#include <QPushButton>

namespace discardquestion {

bool ask(QWidget* parent, const Words& words)
{
    if (lockclosing::isClosing(parent))
        return true; // the lock is closing the window: no question over a locked casebook
    QMessageBox box(QMessageBox::Question, words.title, words.question, QMessageBox::NoButton, parent);
    if (!words.objectName.isEmpty())
        box.setObjectName(words.objectName);
    QPushButton* discard = box.addButton(words.discard, QMessageBox::DestructiveRole);
    QPushButton* keep = box.addButton(words.keep, QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

} // namespace discardquestion
