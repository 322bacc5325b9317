#pragma once

#include <QDialog>

class QTextBrowser;

// Help > User guide (F1): docs/user-guide.md, shipped inside the application (readable
// offline), in Welsh when the interface is Welsh (docs/user-guide.cy.md).
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    // The resource shown (":/docs/user-guide.md" or ":/docs/user-guide.cy.md").
    QString source() const { return m_source; }
    // The guide's resource for the interface language in use.
    static QString guideFor(const QLocale& locale);

private:
    QTextBrowser* m_browser = nullptr;
    QString m_source;
};
