#include "ui/widgets/FormDraft.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace {

bool isOwnInput(const QWidget* w)
{
    const QString name = w->objectName();
    return !name.isEmpty() && !name.startsWith(QLatin1String("qt_"));
}

} // namespace

namespace FormDraft {

QJsonObject capture(const QWidget* root)
{
    QJsonObject out;
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (!isOwnInput(w))
            continue;
        if (const auto* edit = qobject_cast<const QLineEdit*>(w)) {
            // A drop-down's own line edit belongs to the drop-down.
            if (qobject_cast<const QComboBox*>(w->parentWidget()) == nullptr)
                out.insert(w->objectName(), edit->text());
        } else if (const auto* plain = qobject_cast<const QPlainTextEdit*>(w)) {
            out.insert(w->objectName(), plain->toPlainText());
        } else if (const auto* rich = qobject_cast<const QTextEdit*>(w)) {
            out.insert(w->objectName(), rich->toPlainText());
        } else if (const auto* check = qobject_cast<const QCheckBox*>(w)) {
            out.insert(w->objectName(), check->isChecked());
        } else if (const auto* combo = qobject_cast<const QComboBox*>(w)) {
            const QVariant data = combo->currentData();
            out.insert(w->objectName(), data.isValid() ? QJsonObject{{QStringLiteral("data"), data.toString()}}
                                                       : QJsonObject{{QStringLiteral("index"), combo->currentIndex()}});
        }
    }
    return out;
}

void restore(QWidget* root, const QJsonObject& values)
{
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!isOwnInput(w) || !values.contains(w->objectName()))
            continue;
        const QJsonValue v = values.value(w->objectName());
        if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            edit->setText(v.toString());
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
            plain->setPlainText(v.toString());
        } else if (auto* rich = qobject_cast<QTextEdit*>(w)) {
            rich->setPlainText(v.toString());
        } else if (auto* check = qobject_cast<QCheckBox*>(w)) {
            check->setChecked(v.toBool());
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            const QJsonObject o = v.toObject();
            int index = o.contains(QStringLiteral("data")) ? combo->findData(o.value(QStringLiteral("data")).toString())
                                                           : o.value(QStringLiteral("index")).toInt(-1);
            if (index >= 0 && index < combo->count())
                combo->setCurrentIndex(index);
        }
    }
}

} // namespace FormDraft
