#pragma once

#include <QString>

class QWidget;

// "Throw away what was typed?": the one question every form asks before Esc or Cancel drops
// unsaved input. Verb buttons (Qt's Yes/No are not translated into Welsh), "keep" is the
// default and Esc's answer, and no question is asked over a window the casebook's lock is
// closing (ui/widgets/LockClosing.h): then the answer is "discard".
namespace discardquestion {

struct Words
{
    QString title;
    QString question;
    QString discard;    // "&Discard changes"
    QString keep;       // "&Keep editing"
    QString objectName; // for tests: the question box's object name
};

// True when the user chose to discard (or a lock is closing `parent`).
bool ask(QWidget* parent, const Words& words);

} // namespace discardquestion
