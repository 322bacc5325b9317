#pragma once

// Which Waymark this is and what it runs on: Waymark, Qt, SQLCipher and SQLite versions.

#include "core/Casebook.h"

#include <QDialog>

#include <optional>

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    // `info` comes from the open casebook (gives the SQLite version and the casebook's own
    // details); without one the dialog asks the engine for its SQLCipher version only.
    explicit AboutDialog(const std::optional<waymark::CasebookInfo>& info = std::nullopt, QWidget* parent = nullptr);

    static QString applicationVersion();
    // The text of every version line, for tests and "copy to clipboard".
    QString versionText() const { return m_versionText; }

private:
    QString m_versionText;
};
