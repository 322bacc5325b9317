#include "ui/app/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace AppPaths {

QString defaultDemoPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QDir(dir).filePath(QStringLiteral("demo.waymark"));
}

QString suggestedCasebookPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QDir(dir).filePath(QStringLiteral("casebook.waymark"));
}

} // namespace AppPaths
