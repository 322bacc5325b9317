#pragma once

// The contents of a form as JSON, and back: every named input below a widget (line edits,
// multi-line text, drop-downs, check boxes), keyed by object name. Editors use it to keep a
// draft of an unsaved form in the casebook (casebook.drafts()) and to restore it later;
// anything that is not a plain input (a table, say) the editor adds to the JSON itself.

#include <QJsonObject>

class QWidget;

namespace FormDraft {

// Values of the named inputs under `root`. Qt's own inner widgets ("qt_...") are skipped.
QJsonObject capture(const QWidget* root);
// Puts captured values back into the inputs with the same names; unknown names are skipped.
void restore(QWidget* root, const QJsonObject& values);

} // namespace FormDraft
