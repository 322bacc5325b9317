#pragma once

// A person's parents, guardians and other contacts as an editable table, with Add and
// Remove buttons. Cell by cell: Tab walks every cell and then leaves the table (Shift+Tab
// likewise backwards), so the keyboard is never trapped; typing in a cell starts editing;
// Space ticks parental responsibility; the relationship is a drop-down while edited.

#include "core/Casebook.h"

#include <QJsonArray>
#include <QWidget>

#include <vector>

class QPushButton;
class QTableWidget;

class ContactsEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Relationship,
        Phone,
        ParentalResponsibility,
        ColumnCount
    };

    explicit ContactsEditor(QWidget* parent = nullptr);

    // Shows these contacts; not an edit (no changed()).
    void setContacts(const std::vector<waymark::Contact>& contacts);
    std::vector<waymark::Contact> contacts() const;
    // The rows as JSON (for a draft), and back; restoring is not an edit either.
    QJsonArray toJson() const;
    void setFromJson(const QJsonArray& rows);

    void setReadOnly(bool readOnly);
    // A cell still being typed in holds its text in the editor: put it into the table.
    void commitPendingEdit();

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }

Q_SIGNALS:
    // The user changed a cell, added or removed a row.
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addRow(const waymark::Contact& contact);
    void addContact();
    void removeContact();

    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    bool m_loading = false;
    bool m_readOnly = false;
};
