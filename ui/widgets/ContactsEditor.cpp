#include "ui/widgets/ContactsEditor.h"

#include "ui/convert/Convert.h"
#include "ui/widgets/CodeLabels.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeyEvent>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

using waymark::convert::toQString;
using waymark::convert::toStd;

namespace {

// The relationship column: the item keeps the code (Qt::UserRole) and shows its label; a
// drop-down opens only while the cell is edited, so Tab walks the table cell by cell.
class RelationshipDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* box = new QComboBox(parent);
        box->setObjectName(QStringLiteral("relationshipEditor"));
        CodeLabels::fill(box, CodeLabels::List::Relationship);
        box->setAccessibleName(ContactsEditor::tr("Relationship"));
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        CodeLabels::select(static_cast<QComboBox*>(editor), toStd(index.data(Qt::UserRole).toString()));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        const auto* box = static_cast<QComboBox*>(editor);
        if (box->currentData().toString() == index.data(Qt::UserRole).toString())
            return;
        model->setData(index, box->currentData().toString(), Qt::UserRole);
        model->setData(index, box->currentText(), Qt::DisplayRole);
    }
};

} // namespace

ContactsEditor::ContactsEditor(QWidget* parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("contactsTable"));
    m_table->setAccessibleName(tr("Contacts"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Relationship"), tr("Phone"), tr("Parental responsibility")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(true);
    m_table->setItemDelegateForColumn(Relationship, new RelationshipDelegate(m_table));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(Name, QHeaderView::Stretch);
    header->setSectionResizeMode(Relationship, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Phone, QHeaderView::Stretch);
    header->setSectionResizeMode(ParentalResponsibility, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4);
    m_table->setMaximumHeight(m_table->verticalHeader()->defaultSectionSize() * 7);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });

    m_add = new QPushButton(tr("Add &contact"), this);
    m_add->setObjectName(QStringLiteral("addContactButton"));
    m_add->setAccessibleName(tr("Add contact"));
    m_add->setAutoDefault(false);
    m_remove = new QPushButton(tr("Remove contact"), this);
    m_remove->setObjectName(QStringLiteral("removeContactButton"));
    m_remove->setAccessibleName(tr("Remove selected contact"));
    m_remove->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &ContactsEditor::addContact);
    connect(m_remove, &QPushButton::clicked, this, &ContactsEditor::removeContact);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    setReadOnly(false);
}

void ContactsEditor::addContact()
{
    addRow(waymark::Contact{});
    Q_EMIT changed();
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, Name);
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->editItem(m_table->item(row, Name));
}

void ContactsEditor::removeContact()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    Q_EMIT changed();
}

void ContactsEditor::addRow(const waymark::Contact& contact)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* name = new QTableWidgetItem(toQString(contact.name));
    name->setData(Qt::UserRole, toQString(contact.id.isNull() ? std::string() : contact.id.toString()));
    m_table->setItem(row, Name, name);
    auto* relationship = new QTableWidgetItem(
        contact.relationship.empty() ? QString()
                                     : CodeLabels::label(CodeLabels::List::Relationship, contact.relationship));
    relationship->setData(Qt::UserRole, toQString(contact.relationship));
    relationship->setToolTip(tr("Type or press F2 to choose"));
    m_table->setItem(row, Relationship, relationship);
    m_table->setItem(row, Phone, new QTableWidgetItem(toQString(contact.phone)));
    auto* pr = new QTableWidgetItem;
    pr->setFlags(m_readOnly ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable)
                            : (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable));
    pr->setCheckState(contact.parentalResponsibility ? Qt::Checked : Qt::Unchecked);
    pr->setData(Qt::AccessibleTextRole, tr("Parental responsibility"));
    m_table->setItem(row, ParentalResponsibility, pr);
    m_loading = wasLoading;
}

void ContactsEditor::setContacts(const std::vector<waymark::Contact>& contacts)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_table->setRowCount(0);
    for (const auto& contact : contacts)
        addRow(contact);
    m_loading = wasLoading;
}

std::vector<waymark::Contact> ContactsEditor::contacts() const
{
    std::vector<waymark::Contact> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        waymark::Contact c;
        if (const QTableWidgetItem* name = m_table->item(row, Name)) {
            c.name = toStd(name->text());
            if (auto id = waymark::Uuid::parse(toStd(name->data(Qt::UserRole).toString())))
                c.id = *id;
        }
        if (const QTableWidgetItem* relationship = m_table->item(row, Relationship))
            c.relationship = toStd(relationship->data(Qt::UserRole).toString());
        if (const QTableWidgetItem* phone = m_table->item(row, Phone))
            c.phone = toStd(phone->text());
        if (const QTableWidgetItem* pr = m_table->item(row, ParentalResponsibility))
            c.parentalResponsibility = pr->checkState() == Qt::Checked;
        out.push_back(std::move(c));
    }
    return out;
}

QJsonArray ContactsEditor::toJson() const
{
    QJsonArray rows;
    for (const auto& c : contacts())
        rows.append(QJsonObject{{QStringLiteral("id"), toQString(c.id.isNull() ? std::string() : c.id.toString())},
                                {QStringLiteral("name"), toQString(c.name)},
                                {QStringLiteral("relationship"), toQString(c.relationship)},
                                {QStringLiteral("phone"), toQString(c.phone)},
                                {QStringLiteral("parental_responsibility"), c.parentalResponsibility}});
    return rows;
}

void ContactsEditor::setFromJson(const QJsonArray& rows)
{
    std::vector<waymark::Contact> contacts;
    for (const QJsonValue& value : rows) {
        const QJsonObject o = value.toObject();
        waymark::Contact c;
        if (auto id = waymark::Uuid::parse(toStd(o.value(QStringLiteral("id")).toString())))
            c.id = *id;
        c.name = toStd(o.value(QStringLiteral("name")).toString());
        c.relationship = toStd(o.value(QStringLiteral("relationship")).toString());
        c.phone = toStd(o.value(QStringLiteral("phone")).toString());
        c.parentalResponsibility = o.value(QStringLiteral("parental_responsibility")).toBool();
        contacts.push_back(std::move(c));
    }
    setContacts(contacts);
}

void ContactsEditor::setReadOnly(bool readOnly)
{
    // Changing item flags emits itemChanged: that is not an edit.
    const bool wasLoading = m_loading;
    m_loading = true;
    m_readOnly = readOnly;
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly);
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                            QAbstractItemView::AnyKeyPressed);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QTableWidgetItem* pr = m_table->item(row, ParentalResponsibility))
            pr->setFlags(readOnly ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable)
                                  : (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable));
    }
    m_loading = wasLoading;
}

void ContactsEditor::commitPendingEdit()
{
    QWidget* editor = QApplication::focusWidget();
    if (editor != nullptr && m_table->viewport()->isAncestorOf(editor)) {
        Q_EMIT m_table->itemDelegate()->commitData(editor);
        Q_EMIT m_table->itemDelegate()->closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

bool ContactsEditor::eventFilter(QObject* watched, QEvent* event)
{
    // Tab walks the contact cells; past the last cell (Shift+Tab: before the first) it
    // leaves the table instead of wrapping round, so the keyboard is never trapped.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
        const bool back =
            key->key() == Qt::Key_Backtab || (key->key() == Qt::Key_Tab && (key->modifiers() & Qt::ShiftModifier));
        const int rows = m_table->rowCount();
        const QModelIndex current = m_table->currentIndex();
        const bool atEnd =
            rows == 0 || !current.isValid() || (current.row() == rows - 1 && current.column() == ColumnCount - 1);
        const bool atStart = rows == 0 || !current.isValid() || (current.row() == 0 && current.column() == 0);
        if ((forward && atEnd) || (back && atStart)) {
            QWidget* next = m_table;
            do {
                next = forward ? next->nextInFocusChain() : next->previousInFocusChain();
            } while (next != m_table && (m_table->isAncestorOf(next) || !(next->focusPolicy() & Qt::TabFocus) ||
                                         !next->isEnabled() || !next->isVisibleTo(window())));
            next->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
