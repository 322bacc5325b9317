#include "ui/pages/PersonPage.h"

#include "core/domain/TextRules.h"
#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/widgets/CodeLabels.h"
#include "ui/widgets/DateEdit.h"
#include "ui/widgets/FormDraft.h"

#include "core/calendar/Age.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStringList>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

using waymark::convert::toQString;
using waymark::convert::toStd;

namespace {

enum ContactColumn
{
    ContactName,
    ContactRelationship,
    ContactPhone,
    ContactParentalResponsibility,
    ContactColumnCount
};

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

const char* const kInvalidStyle = "border: 2px solid #b00020;";

// The form name of person drafts (casebook.drafts()).
constexpr const char* kDraftForm = "person";

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
        box->setAccessibleName(PersonPage::tr("Relationship"));
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

PersonPage::PersonPage(waymark::Casebook& casebook, QWidget* parent)
    : QWidget(parent)
    , m_casebook(casebook)
{
    setAccessibleName(tr("Person record"));

    // Heading: back, who this is, save.
    m_back = new QPushButton(Theme::icon(QStringLiteral("back")), tr("People", "back to the people list"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setAccessibleName(tr("Back to the people list"));
    m_back->setToolTip(tr("Back to the people list (Esc or Alt+Left)"));
    m_back->setAutoDefault(false);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("personHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subheading = new QLabel(this);
    m_subheading->setObjectName(QStringLiteral("personSubheading"));
    m_subheading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save person"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_save->setAutoDefault(false);
    m_save->setIcon(Theme::icon(QStringLiteral("save")));

    m_chips = new QWidget(this);
    m_chips->setObjectName(QStringLiteral("personChips"));
    auto* chipsLayout = new QHBoxLayout(m_chips);
    chipsLayout->setContentsMargins(0, 2, 0, 0);
    chipsLayout->setSpacing(6);
    // Chips never force the page wider than the window (800x600): they give way.
    m_chips->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_heading->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // The record header: back | name | save, then the chips and the unsaved-changes line.
    auto* top = new QGridLayout;
    top->setHorizontalSpacing(12);
    top->setVerticalSpacing(2);
    top->addWidget(m_back, 0, 0, Qt::AlignVCenter);
    top->addWidget(m_heading, 0, 1);
    top->addWidget(m_save, 0, 2, Qt::AlignVCenter);
    top->addWidget(m_chips, 1, 1, 1, 2);
    top->addWidget(m_subheading, 2, 1, 1, 2);
    top->setColumnStretch(1, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorMessage"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(Theme::errorStyle());
    m_error->hide();
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("infoMessage"));
    m_info->setAccessibleName(tr("Information"));
    m_info->setWordWrap(true);
    m_info->setStyleSheet(Theme::infoStyle());
    m_info->hide();

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("personScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    m_compare = new QPushButton(tr("Show &both versions…"), this);
    m_compare->setObjectName(QStringLiteral("compareVersionsButton"));
    m_compare->setAutoDefault(false);
    m_compare->hide();
    connect(m_compare, &QPushButton::clicked, this, &PersonPage::showBothVersions);
    auto* errorRow = new QHBoxLayout;
    errorRow->addWidget(m_error, 1);
    errorRow->addWidget(m_compare, 0, Qt::AlignVCenter);
    layout->addLayout(errorRow);
    layout->addWidget(m_info);
    layout->addWidget(m_scroll, 1);

    buildForm();

    connect(m_back, &QPushButton::clicked, this, &PersonPage::backRequested);
    connect(m_save, &QPushButton::clicked, this, &PersonPage::save);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &PersonPage::save);
    for (const QKeySequence& key : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::ALT | Qt::Key_Left)}) {
        auto* backShortcut = new QShortcut(key, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(backShortcut, &QShortcut::activated, this, &PersonPage::backRequested);
    }

    newPerson();
}

void PersonPage::buildForm()
{
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("personForm"));
    auto* columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_columns = columns;
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(12);
    columns->addLayout(right, 1);
    auto* outer = new QVBoxLayout(content);
    outer->addLayout(columns);

    QList<QWidget*> order; // tab order, top to bottom, left column first

    auto lineEdit = [&](const char* objectName, const QString& field) {
        auto* edit = new QLineEdit;
        edit->setObjectName(QLatin1String(objectName));
        if (!field.isEmpty())
            m_fieldWidgets.insert(field, edit);
        watchForChanges(edit);
        return edit;
    };
    auto combo = [&](const char* objectName, CodeLabels::List list, const QString& field) {
        auto* box = new QComboBox;
        box->setObjectName(QLatin1String(objectName));
        CodeLabels::fill(box, list);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(24);
        m_fieldWidgets.insert(field, box);
        watchForChanges(box);
        return box;
    };
    auto addRow = [&](QFormLayout* form, const QString& label, QWidget* widget, QWidget* focusWidget = nullptr) {
        auto* l = new QLabel(label);
        m_formLabels << l;
        QWidget* target = focusWidget ? focusWidget : widget;
        l->setBuddy(target);
        target->setAccessibleName(withoutMnemonic(label));
        form->addRow(l, widget);
        order << target;
    };
    auto group = [&](const QString& title, QVBoxLayout* column, const char* objectName) {
        auto* box = new QGroupBox(title);
        box->setObjectName(QLatin1String(objectName));
        column->addWidget(box);
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        return form;
    };

    // Name
    auto* names = group(tr("Name"), left, "nameGroup");
    m_givenName = lineEdit("givenName", QStringLiteral("given_name"));
    m_givenName->setPlaceholderText(tr("Required"));
    addRow(names, tr("&Given name:"), m_givenName);
    m_familyName = lineEdit("familyName", QStringLiteral("family_name"));
    m_familyName->setPlaceholderText(tr("Required"));
    addRow(names, tr("&Family name:"), m_familyName);
    m_preferredName = lineEdit("preferredName", QStringLiteral("preferred_name"));
    addRow(names, tr("&Preferred name:"), m_preferredName);
    m_aliases = lineEdit("aliases", QStringLiteral("aliases"));
    m_aliases->setPlaceholderText(tr("Other names, separated by commas"));
    addRow(names, tr("&Aliases:"), m_aliases);

    // About
    auto* about = group(tr("About"), left, "aboutGroup");
    m_dateOfBirth = new DateEdit;
    m_dateOfBirth->setObjectName(QStringLiteral("dateOfBirth"));
    m_fieldWidgets.insert(QStringLiteral("date_of_birth"), m_dateOfBirth);
    watchForChanges(m_dateOfBirth);
    m_dobEstimated = new QCheckBox(tr("&Estimated"));
    m_dobEstimated->setObjectName(QStringLiteral("dateOfBirthEstimated"));
    m_dobEstimated->setAccessibleName(tr("Date of birth is estimated"));
    watchForChanges(m_dobEstimated);
    auto* dobRow = new QWidget;
    auto* dobLayout = new QHBoxLayout(dobRow);
    dobLayout->setContentsMargins(0, 0, 0, 0);
    dobLayout->addWidget(m_dateOfBirth, 1);
    dobLayout->addWidget(m_dobEstimated);
    addRow(about, tr("&Date of birth:"), dobRow, m_dateOfBirth);
    order << m_dobEstimated;
    m_sex = combo("sex", CodeLabels::List::Sex, QStringLiteral("sex"));
    addRow(about, tr("Se&x:"), m_sex);
    m_genderIdentity = lineEdit("genderIdentity", QStringLiteral("gender_identity"));
    m_genderIdentity->setPlaceholderText(tr("Optional, in the young person's words"));
    addRow(about, tr("Gender &identity:"), m_genderIdentity);
    m_ethnicity = combo("ethnicity", CodeLabels::List::Ethnicity, QStringLiteral("ethnicity"));
    addRow(about, tr("E&thnicity:"), m_ethnicity);
    m_firstLanguage = lineEdit("firstLanguage", QStringLiteral("first_language"));
    addRow(about, tr("First &language:"), m_firstLanguage);
    m_interpreter = new QCheckBox(tr("I&nterpreter needed"));
    m_interpreter->setObjectName(QStringLiteral("interpreterNeeded"));
    m_interpreter->setAccessibleName(tr("Interpreter needed"));
    m_fieldWidgets.insert(QStringLiteral("interpreter_needed"), m_interpreter);
    watchForChanges(m_interpreter);
    about->addRow(QString(), m_interpreter);
    order << m_interpreter;

    // Address
    auto* address = group(tr("Address and phone"), left, "addressGroup");
    m_address = new QPlainTextEdit;
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 14);
    m_fieldWidgets.insert(QStringLiteral("address"), m_address);
    watchForChanges(m_address);
    addRow(address, tr("Add&ress:"), m_address);
    m_postcode = lineEdit("postcode", QStringLiteral("postcode"));
    m_postcode->setMaxLength(10);
    addRow(address, tr("P&ostcode:"), m_postcode);
    m_phone = lineEdit("phone", QStringLiteral("phone"));
    addRow(address, tr("P&hone:"), m_phone);
    left->addStretch(1);

    // Education
    auto* ete = group(tr("Education, training or employment"), right, "eteGroup");
    m_school = lineEdit("school", QStringLiteral("school"));
    addRow(ete, tr("School or provider:"), m_school);
    m_eteStatus = combo("eteStatus", CodeLabels::List::EteStatus, QStringLiteral("ete_status"));
    addRow(ete, tr("Stat&us:"), m_eteStatus);

    // Identifiers
    auto* ids = group(tr("Identifiers"), right, "identifiersGroup");
    m_pnc = lineEdit("pncReference", QStringLiteral("pnc_reference"));
    addRow(ids, tr("Police / PNC reference:"), m_pnc);
    m_nhs = lineEdit("nhsNumber", QStringLiteral("nhs_number"));
    m_nhs->setPlaceholderText(tr("10 digits"));
    m_nhs->setMaxLength(14);
    addRow(ids, tr("NHS nu&mber:"), m_nhs);
    m_upn = lineEdit("upn", QStringLiteral("upn"));
    addRow(ids, tr("Unique pupil number:"), m_upn);
    m_laId = lineEdit("localAuthorityId", QStringLiteral("local_authority_id"));
    addRow(ids, tr("Local authority ID:"), m_laId);

    // Flags
    auto* flagsBox = new QGroupBox(tr("Flags"));
    flagsBox->setObjectName(QStringLiteral("flagsGroup"));
    right->addWidget(flagsBox);
    auto* flagsGrid = new QGridLayout(flagsBox);
    int flagIndex = 0;
    auto flag = [&](const char* objectName, const QString& text) {
        auto* box = new QCheckBox(text);
        box->setObjectName(QLatin1String(objectName));
        box->setAccessibleName(withoutMnemonic(text));
        watchForChanges(box);
        flagsGrid->addWidget(box, flagIndex / 2, flagIndex % 2);
        ++flagIndex;
        order << box;
        return box;
    };
    m_lookedAfter = flag("flagLookedAfter", tr("Looked-after child"));
    m_cpPlan = flag("flagChildProtectionPlan", tr("Child-protection plan"));
    m_childInNeed = flag("flagChildInNeed", tr("Child in need"));
    m_earlyHelp = flag("flagEarlyHelp", tr("Early Help"));
    m_careLeaver = flag("flagCareLeaver", tr("Care leaver"));
    m_exploitation = flag("flagExploitation", tr("Exploitation concern"));
    m_sendAln = flag("flagSendAln", tr("SEND/ALN"));
    m_sendAlnPlan = flag("flagSendAlnPlan", tr("SEND/ALN plan in place (EHCP/IDP)"));
    m_restricted = flag("flagRestricted", tr("Restricted record"));
    m_fieldWidgets.insert(QStringLiteral("flags"), m_lookedAfter);
    m_fieldWidgets.insert(QStringLiteral("send_aln_plan"), m_sendAlnPlan);
    right->addStretch(1);

    // Contacts, full width under both columns.
    auto* contactsBox = new QGroupBox(tr("Parents, guardians and contacts"));
    contactsBox->setObjectName(QStringLiteral("contactsGroup"));
    outer->addWidget(contactsBox);
    auto* contactsLayout = new QVBoxLayout(contactsBox);
    m_contacts = new QTableWidget(0, ContactColumnCount);
    m_contacts->setObjectName(QStringLiteral("contactsTable"));
    m_contacts->setAccessibleName(tr("Contacts"));
    m_contacts->setHorizontalHeaderLabels({tr("Name"), tr("Relationship"), tr("Phone"), tr("Parental responsibility")});
    m_contacts->verticalHeader()->setVisible(false);
    // Cell by cell: Tab walks every cell (then leaves the table), typing starts editing,
    // Space ticks parental responsibility.
    m_contacts->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_contacts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contacts->setTabKeyNavigation(true);
    m_contacts->setItemDelegateForColumn(ContactRelationship, new RelationshipDelegate(m_contacts));
    m_contacts->horizontalHeader()->setSectionResizeMode(ContactName, QHeaderView::Stretch);
    m_contacts->horizontalHeader()->setSectionResizeMode(ContactRelationship, QHeaderView::ResizeToContents);
    m_contacts->horizontalHeader()->setSectionResizeMode(ContactPhone, QHeaderView::Stretch);
    m_contacts->horizontalHeader()->setSectionResizeMode(ContactParentalResponsibility, QHeaderView::ResizeToContents);
    m_contacts->setMinimumHeight(m_contacts->verticalHeader()->defaultSectionSize() * 4);
    m_contacts->setMaximumHeight(m_contacts->verticalHeader()->defaultSectionSize() * 7);
    m_fieldWidgets.insert(QStringLiteral("contacts"), m_contacts);
    m_contacts->installEventFilter(this);
    connect(m_contacts, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            setDirty(true);
    });
    contactsLayout->addWidget(m_contacts);
    auto* contactButtons = new QHBoxLayout;
    m_addContact = new QPushButton(tr("Add &contact"));
    m_addContact->setObjectName(QStringLiteral("addContactButton"));
    m_addContact->setAccessibleName(tr("Add contact"));
    m_addContact->setAutoDefault(false);
    m_removeContact = new QPushButton(tr("Remove contact"));
    m_removeContact->setObjectName(QStringLiteral("removeContactButton"));
    m_removeContact->setAccessibleName(tr("Remove selected contact"));
    m_removeContact->setAutoDefault(false);
    contactButtons->addWidget(m_addContact);
    contactButtons->addWidget(m_removeContact);
    contactButtons->addStretch(1);
    contactsLayout->addLayout(contactButtons);
    order << m_contacts << m_addContact << m_removeContact;

    connect(m_addContact, &QPushButton::clicked, this, [this] {
        waymark::Contact contact;
        addContactRow(contact);
        setDirty(true);
        const int row = m_contacts->rowCount() - 1;
        m_contacts->setCurrentCell(row, ContactName);
        m_contacts->setFocus(Qt::OtherFocusReason);
        m_contacts->editItem(m_contacts->item(row, ContactName));
    });
    connect(m_removeContact, &QPushButton::clicked, this, [this] {
        const int row = m_contacts->currentRow();
        if (row < 0)
            return;
        m_contacts->removeRow(row);
        setDirty(true);
    });

    m_scroll->setWidget(content);
    m_scroll->viewport()->installEventFilter(this);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // narrow windows reflow instead

    // One label width for every group, so the fields line up down the page.
    int labelWidth = 0;
    for (QLabel* l : std::as_const(m_formLabels))
        labelWidth = std::max(labelWidth, l->sizeHint().width());
    for (QLabel* l : std::as_const(m_formLabels))
        l->setMinimumWidth(labelWidth);

    QWidget* previous = m_back;
    for (QWidget* w : order) {
        setTabOrder(previous, w);
        previous = w;
    }
    setTabOrder(previous, m_save);
}

bool PersonPage::eventFilter(QObject* watched, QEvent* event)
{
    if (m_scroll != nullptr && watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        updateColumns();
    // Tab walks the contact cells; past the last cell (Shift+Tab: before the first) it
    // leaves the table instead of wrapping round, so the keyboard is never trapped.
    if (watched == m_contacts && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
        const bool back =
            key->key() == Qt::Key_Backtab || (key->key() == Qt::Key_Tab && (key->modifiers() & Qt::ShiftModifier));
        const int rows = m_contacts->rowCount();
        const QModelIndex current = m_contacts->currentIndex();
        const bool atEnd = rows == 0 || !current.isValid() ||
                           (current.row() == rows - 1 && current.column() == ContactColumnCount - 1);
        const bool atStart = rows == 0 || !current.isValid() || (current.row() == 0 && current.column() == 0);
        if ((forward && atEnd) || (back && atStart)) {
            QWidget* next = m_contacts;
            do {
                next = forward ? next->nextInFocusChain() : next->previousInFocusChain();
            } while (next != m_contacts && (m_contacts->isAncestorOf(next) || !(next->focusPolicy() & Qt::TabFocus) ||
                                            !next->isEnabled() || !next->isVisibleTo(this)));
            next->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PersonPage::updateColumns()
{
    // Two columns side by side when they fit; otherwise one under the other (800x600).
    if (m_columns == nullptr || m_columns->count() < 3)
        return;
    int twoColumns = 0;
    for (int i = 0; i < m_columns->count(); ++i) {
        QLayoutItem* item = m_columns->itemAt(i);
        twoColumns += item->layout() != nullptr ? item->layout()->minimumSize().width() : item->minimumSize().width();
    }
    twoColumns += m_scroll->widget()->layout()->contentsMargins().left() +
                  m_scroll->widget()->layout()->contentsMargins().right() + 24;
    const auto direction =
        m_scroll->viewport()->width() >= twoColumns ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_columns->direction() != direction)
        m_columns->setDirection(direction);
}

void PersonPage::watchForChanges(QWidget* widget)
{
    auto changed = [this] {
        if (!m_loading)
            setDirty(true);
    };
    if (auto* edit = qobject_cast<QLineEdit*>(widget))
        connect(edit, &QLineEdit::textChanged, this, changed);
    else if (auto* box = qobject_cast<QComboBox*>(widget))
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    else if (auto* check = qobject_cast<QCheckBox*>(widget))
        connect(check, &QCheckBox::toggled, this, changed);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, changed);
}

void PersonPage::addContactRow(const waymark::Contact& contact)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_contacts->rowCount();
    m_contacts->insertRow(row);
    auto* name = new QTableWidgetItem(toQString(contact.name));
    name->setData(Qt::UserRole, toQString(contact.id.isNull() ? std::string() : contact.id.toString()));
    m_contacts->setItem(row, ContactName, name);
    auto* relationship = new QTableWidgetItem(
        contact.relationship.empty() ? QString()
                                     : CodeLabels::label(CodeLabels::List::Relationship, contact.relationship));
    relationship->setData(Qt::UserRole, toQString(contact.relationship));
    relationship->setToolTip(tr("Type or press F2 to choose"));
    m_contacts->setItem(row, ContactRelationship, relationship);
    m_contacts->setItem(row, ContactPhone, new QTableWidgetItem(toQString(contact.phone)));
    auto* pr = new QTableWidgetItem(tr("Yes"));
    pr->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    pr->setCheckState(contact.parentalResponsibility ? Qt::Checked : Qt::Unchecked);
    pr->setText(QString());
    m_contacts->setItem(row, ContactParentalResponsibility, pr);
    m_loading = wasLoading;
}

void PersonPage::newPerson()
{
    m_person = waymark::Person{};
    loadIntoForm(m_person);
    setReadOnly(!m_casebook.can(waymark::Action::PersonCreate));
    clearMessages();
    if (m_readOnly)
        showInfo(tr("Your role (%1) cannot add people.").arg(CodeLabels::roleLabel(m_casebook.user().role)));
    m_givenName->setFocus(Qt::OtherFocusReason);
}

bool PersonPage::openPerson(const waymark::Uuid& id)
{
    auto person = m_casebook.people().view(id);
    if (!person) {
        showError(person.error());
        return false;
    }
    m_person = std::move(*person);
    loadIntoForm(m_person);
    setReadOnly(!m_casebook.can(waymark::Action::PersonUpdate));
    clearMessages();
    if (m_readOnly)
        showInfo(tr("Read only: your role (%1) can view this record but not change it.")
                     .arg(CodeLabels::roleLabel(m_casebook.user().role)));
    m_givenName->setFocus(Qt::OtherFocusReason);
    return true;
}

void PersonPage::loadIntoForm(const waymark::Person& p)
{
    m_loading = true;
    m_givenName->setText(toQString(p.givenName));
    m_familyName->setText(toQString(p.familyName));
    m_preferredName->setText(toQString(p.preferredName));
    QStringList aliases;
    for (const auto& alias : p.aliases)
        aliases << toQString(alias);
    m_aliases->setText(aliases.join(QStringLiteral(", ")));
    m_dateOfBirth->setDate(p.dateOfBirth);
    m_dobEstimated->setChecked(p.dateOfBirthEstimated);
    CodeLabels::select(m_sex, p.sex);
    m_genderIdentity->setText(toQString(p.genderIdentity));
    CodeLabels::select(m_ethnicity, p.ethnicity);
    m_firstLanguage->setText(toQString(p.firstLanguage));
    m_interpreter->setChecked(p.interpreterNeeded);
    m_address->setPlainText(toQString(p.address));
    m_postcode->setText(toQString(p.postcode));
    m_phone->setText(toQString(p.phone));
    m_school->setText(toQString(p.school));
    CodeLabels::select(m_eteStatus, p.eteStatus);
    m_pnc->setText(toQString(p.pncReference));
    m_nhs->setText(toQString(p.nhsNumber));
    m_upn->setText(toQString(p.upn));
    m_laId->setText(toQString(p.localAuthorityId));
    m_lookedAfter->setChecked(p.flags.lookedAfter);
    m_cpPlan->setChecked(p.flags.childProtectionPlan);
    m_childInNeed->setChecked(p.flags.childInNeed);
    m_earlyHelp->setChecked(p.flags.earlyHelp);
    m_careLeaver->setChecked(p.flags.careLeaver);
    m_sendAln->setChecked(p.flags.sendAln);
    m_sendAlnPlan->setChecked(p.flags.sendAlnPlan);
    m_exploitation->setChecked(p.flags.exploitationConcern);
    m_restricted->setChecked(p.flags.restricted);
    m_contacts->setRowCount(0);
    for (const auto& contact : p.contacts)
        addContactRow(contact);
    m_loading = false;
    setDirty(false);
    updateHeading();
    m_scroll->ensureVisible(0, 0);
}

waymark::Person PersonPage::formPerson() const
{
    waymark::Person p = m_person; // keeps id, case reference and bookkeeping
    p.givenName = toStd(m_givenName->text());
    p.familyName = toStd(m_familyName->text());
    p.preferredName = toStd(m_preferredName->text());
    p.aliases.clear();
    for (const QString& alias : m_aliases->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!alias.trimmed().isEmpty())
            p.aliases.push_back(toStd(alias.trimmed()));
    p.dateOfBirth = m_dateOfBirth->date();
    p.dateOfBirthEstimated = m_dobEstimated->isChecked();
    p.sex = CodeLabels::selectedCode(m_sex);
    p.genderIdentity = toStd(m_genderIdentity->text());
    p.ethnicity = CodeLabels::selectedCode(m_ethnicity);
    p.firstLanguage = toStd(m_firstLanguage->text());
    p.interpreterNeeded = m_interpreter->isChecked();
    p.address = toStd(m_address->toPlainText());
    p.postcode = toStd(m_postcode->text());
    p.phone = toStd(m_phone->text());
    p.school = toStd(m_school->text());
    p.eteStatus = CodeLabels::selectedCode(m_eteStatus);
    p.pncReference = toStd(m_pnc->text());
    p.nhsNumber = toStd(m_nhs->text());
    p.upn = toStd(m_upn->text());
    p.localAuthorityId = toStd(m_laId->text());
    p.flags.lookedAfter = m_lookedAfter->isChecked();
    p.flags.childProtectionPlan = m_cpPlan->isChecked();
    p.flags.childInNeed = m_childInNeed->isChecked();
    p.flags.earlyHelp = m_earlyHelp->isChecked();
    p.flags.careLeaver = m_careLeaver->isChecked();
    p.flags.sendAln = m_sendAln->isChecked();
    p.flags.sendAlnPlan = m_sendAlnPlan->isChecked();
    p.flags.exploitationConcern = m_exploitation->isChecked();
    p.flags.restricted = m_restricted->isChecked();
    p.contacts.clear();
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        waymark::Contact c;
        const QTableWidgetItem* name = m_contacts->item(row, ContactName);
        if (name) {
            c.name = toStd(name->text());
            if (auto id = waymark::Uuid::parse(toStd(name->data(Qt::UserRole).toString())))
                c.id = *id;
        }
        if (const QTableWidgetItem* relationship = m_contacts->item(row, ContactRelationship))
            c.relationship = toStd(relationship->data(Qt::UserRole).toString());
        if (const QTableWidgetItem* phone = m_contacts->item(row, ContactPhone))
            c.phone = toStd(phone->text());
        if (const QTableWidgetItem* pr = m_contacts->item(row, ContactParentalResponsibility))
            c.parentalResponsibility = pr->checkState() == Qt::Checked;
        p.contacts.push_back(std::move(c));
    }
    return p;
}

bool PersonPage::save()
{
    return saveForm(true);
}

PersonPage::LockSave PersonPage::saveBeforeLock()
{
    commitPendingEdit();
    if (!m_dirty || m_readOnly)
        return LockSave::NothingToSave;
    if (saveForm(false))
        return LockSave::Saved;
    return keepDraft() ? LockSave::KeptAsDraft : LockSave::NotSaved;
}

QJsonObject PersonPage::draftPayload() const
{
    QJsonObject payload;
    payload.insert(QStringLiteral("fields"), FormDraft::capture(m_scroll->widget()));
    QJsonArray contacts;
    for (const auto& c : formPerson().contacts)
        contacts.append(QJsonObject{{QStringLiteral("id"), toQString(c.id.isNull() ? std::string() : c.id.toString())},
                                    {QStringLiteral("name"), toQString(c.name)},
                                    {QStringLiteral("relationship"), toQString(c.relationship)},
                                    {QStringLiteral("phone"), toQString(c.phone)},
                                    {QStringLiteral("parental_responsibility"), c.parentalResponsibility}});
    payload.insert(QStringLiteral("contacts"), contacts);
    // The version the edit started from: restoring over a record someone saved meanwhile
    // then reads as a conflict, never as a silent overwrite.
    payload.insert(QStringLiteral("updated_hlc"), toQString(m_person.updatedHlc));
    return payload;
}

void PersonPage::applyDraftPayload(const QJsonObject& payload)
{
    m_loading = true;
    FormDraft::restore(m_scroll->widget(), payload.value(QStringLiteral("fields")).toObject());
    m_contacts->setRowCount(0);
    const QJsonArray contacts = payload.value(QStringLiteral("contacts")).toArray();
    for (const QJsonValue& value : contacts) {
        const QJsonObject o = value.toObject();
        waymark::Contact c;
        if (auto id = waymark::Uuid::parse(toStd(o.value(QStringLiteral("id")).toString())))
            c.id = *id;
        c.name = toStd(o.value(QStringLiteral("name")).toString());
        c.relationship = toStd(o.value(QStringLiteral("relationship")).toString());
        c.phone = toStd(o.value(QStringLiteral("phone")).toString());
        c.parentalResponsibility = o.value(QStringLiteral("parental_responsibility")).toBool();
        addContactRow(c);
    }
    if (!isNew())
        m_person.updatedHlc = toStd(payload.value(QStringLiteral("updated_hlc")).toString());
    m_loading = false;
    setDirty(true);
}

bool PersonPage::keepDraft()
{
    waymark::Draft draft;
    draft.form = kDraftForm;
    draft.recordId = m_person.id;
    draft.title = formPerson().displayName();
    draft.needs = isNew() ? waymark::Action::PersonCreate : waymark::Action::PersonUpdate;
    for (const QString& field : m_invalidFields)
        draft.invalidFields.push_back(toStd(field));
    draft.payload = QJsonDocument(draftPayload()).toJson(QJsonDocument::Compact).toStdString();
    return m_casebook.drafts().save(std::move(draft)).has_value();
}

bool PersonPage::restoreDraft()
{
    if (m_readOnly)
        return false;
    auto draft = m_casebook.drafts().load(kDraftForm, m_person.id);
    if (!draft) {
        showError(draft.error());
        return false;
    }
    if (!*draft)
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString((*draft)->payload));
    if (!doc.isObject())
        return false;
    applyDraftPayload(doc.object());
    (void)m_casebook.drafts().discard(kDraftForm, m_person.id);
    clearMessages();
    QStringList fields;
    for (const auto& f : (*draft)->invalidFields)
        fields << toQString(f);
    if (fields.isEmpty()) {
        showInfo(tr("Your unsaved changes are back. They are not saved yet."));
    } else {
        const QString message =
            tr("Your unsaved changes are back. Please check %1, then save.").arg(describeFields(fields));
        showFieldError(fields.first(), message);
        m_invalidFields = fields;
    }
    return true;
}

QString PersonPage::describeFields(const QStringList& fields) const
{
    QStringList labels;
    for (QString field : fields) {
        const qsizetype bracket = field.indexOf(QLatin1Char('['));
        if (bracket > 0)
            field.truncate(bracket); // contacts[1].name -> contacts
        const QString label = fieldLabel(field);
        if (!labels.contains(label))
            labels << label;
    }
    return labels.join(tr(", ", "between field names"));
}

void PersonPage::commitPendingEdit()
{
    // A contacts cell still being typed in holds its text in the editor, not the item yet.
    QWidget* editor = QApplication::focusWidget();
    if (editor != nullptr && m_contacts->viewport()->isAncestorOf(editor)) {
        Q_EMIT m_contacts->itemDelegate()->commitData(editor);
        Q_EMIT m_contacts->itemDelegate()->closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

bool PersonPage::saveForm(bool interactive)
{
    commitPendingEdit();
    if (m_readOnly)
        return false;
    clearMessages();
    if (!m_dateOfBirth->hasValidDate()) {
        showFieldError(
            QStringLiteral("date_of_birth"),
            tr("Please check %1: %2").arg(fieldLabel(QStringLiteral("date_of_birth")), m_dateOfBirth->problemText()));
        return false;
    }
    // The door validates (create, update, and the duplicate check before a create); its
    // errors name the field, which showError() highlights.
    waymark::Person draft = formPerson();
    if (isNew()) {
        auto duplicates = m_casebook.people().possibleDuplicates(draft);
        if (!duplicates) {
            showError(duplicates.error());
            return false;
        }
        if (!duplicates->empty()) {
            QStringList lines;
            for (const auto& d : *duplicates)
                lines << tr("%1, %2, born %3")
                             .arg(toQString(d.caseReference), toQString(d.displayName()),
                                  waymark::convert::toDisplay(d.dateOfBirth));
            const QString question =
                tr("Possible duplicate: %1 — create anyway?").arg(lines.join(QStringLiteral("; ")));
            if (!interactive || !ask(tr("Possible duplicate"), question, tr("&Create anyway"), tr("&Don't create"))) {
                showInfo(tr("Not saved. Search the list for the existing record, or change the details."));
                return false;
            }
        }
        auto created = m_casebook.people().create(draft);
        if (!created) {
            showError(created.error());
            return false;
        }
        m_person = std::move(created->person);
    } else {
        auto updated = m_casebook.people().update(draft);
        if (!updated) {
            showError(updated.error());
            return false;
        }
        m_person = std::move(*updated);
    }
    loadIntoForm(m_person); // shows the tidied values (postcode spacing, ...)
    showInfo(tr("Saved."));
    m_savedShown = true;
    Q_EMIT saved(m_person.id);
    return true;
}

bool PersonPage::confirmLeave()
{
    commitPendingEdit();
    if (!m_dirty || m_readOnly)
        return true;
    return ask(tr("Unsaved changes"), tr("This record has changes that are not saved. Discard them?"),
               tr("&Discard changes"), tr("&Keep editing"));
}

bool PersonPage::ask(const QString& title, const QString& question, const QString& yes, const QString& no)
{
    if (m_ask)
        return m_ask(title, question);
    // Verb buttons, never Qt's Yes/No (which Qt does not translate into Welsh).
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("personQuestion"));
    QPushButton* yesButton = box.addButton(yes, QMessageBox::AcceptRole);
    QPushButton* noButton = box.addButton(no, QMessageBox::RejectRole);
    box.setDefaultButton(noButton);
    box.setEscapeButton(noButton);
    box.exec();
    return box.clickedButton() == yesButton;
}

void PersonPage::setReadOnly(bool readOnly)
{
    // Changing item flags emits itemChanged: that is not an edit.
    const bool wasLoading = m_loading;
    m_loading = true;
    m_readOnly = readOnly;
    for (QLineEdit* edit :
         {m_givenName, m_familyName, m_preferredName, m_aliases, static_cast<QLineEdit*>(m_dateOfBirth),
          m_genderIdentity, m_firstLanguage, m_postcode, m_phone, m_school, m_pnc, m_nhs, m_upn, m_laId}) {
        edit->setReadOnly(readOnly);
        // "Required", "10 digits"... read as prompts to type: not on a read-only record.
        if (!edit->property("placeholder").isValid())
            edit->setProperty("placeholder", edit->placeholderText());
        edit->setPlaceholderText(readOnly ? QString() : edit->property("placeholder").toString());
    }
    m_address->setReadOnly(readOnly);
    // Read-only fields look read-only (the window's colour, not a white box to type in);
    // drop-downs and ticks are disabled but keep readable text.
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_givenName, m_familyName, m_preferredName, m_aliases, m_dateOfBirth, m_genderIdentity, m_firstLanguage,
             m_postcode, m_phone, m_school, m_pnc, m_nhs, m_upn, m_laId, m_address, m_sex, m_ethnicity, m_eteStatus}) {
        QPalette p = palette();
        if (readOnly) {
            p.setColor(QPalette::Base, p.color(QPalette::Window));
            for (auto role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
                p.setColor(QPalette::Disabled, role, p.color(QPalette::Active, role));
            p.setColor(QPalette::Disabled, QPalette::Base, p.color(QPalette::Window));
        }
        w->setPalette(p);
        w->setProperty("readOnlyLook", readOnly);
    }
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_sex, m_ethnicity, m_eteStatus, m_dobEstimated, m_interpreter, m_lookedAfter,
                                         m_cpPlan, m_childInNeed, m_earlyHelp, m_careLeaver, m_sendAln, m_sendAlnPlan,
                                         m_exploitation, m_restricted, m_addContact, m_removeContact})
        w->setEnabled(!readOnly);
    m_contacts->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                         : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                               QAbstractItemView::AnyKeyPressed);
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        if (QTableWidgetItem* pr = m_contacts->item(row, ContactParentalResponsibility))
            pr->setFlags(readOnly ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable)
                                  : (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable));
    }
    m_save->setVisible(!readOnly);
    m_save->setEnabled(!readOnly);
    m_loading = wasLoading;
}

void PersonPage::setDirty(bool dirty)
{
    m_dirty = dirty;
    if (dirty && m_savedShown) {
        // "Saved." no longer holds once the form changes again.
        m_savedShown = false;
        m_info->clear();
        m_info->hide();
    }
    updateHeading();
}

void PersonPage::updateHeading()
{
    if (isNew()) {
        const QString typed = toQString(formPerson().displayName()).trimmed();
        m_heading->setText(tr("New person"));
        m_subheading->setText(typed.isEmpty() ? tr("Not saved yet") : tr("%1 — not saved yet").arg(typed));
    } else {
        m_heading->setText(toQString(m_person.displayName()));
        m_subheading->setText(m_dirty ? tr("Unsaved changes") : QString());
    }
    m_subheading->setVisible(!m_subheading->text().isEmpty());

    // Who this is at a glance: age, case reference and the safeguarding flags as chips.
    auto* chipsLayout = static_cast<QHBoxLayout*>(m_chips->layout());
    while (QLayoutItem* item = chipsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto chip = [&](const QString& text, bool alert, const QString& accessible = {}) {
        auto* label = new QLabel(text, m_chips);
        label->setObjectName(QStringLiteral("chip"));
        label->setStyleSheet(Theme::chipStyle(alert));
        label->setAccessibleName(accessible.isEmpty() ? text : accessible);
        chipsLayout->addWidget(label);
    };
    if (!isNew()) {
        const int age =
            m_person.dateOfBirth.isNull() ? -1 : waymark::ageOn(m_person.dateOfBirth, m_casebook.clock().today());
        if (age >= 0)
            chip(m_person.dateOfBirthEstimated ? tr("Age %1 (est.)").arg(age) : tr("Age %1").arg(age), false);
        chip(toQString(m_person.caseReference), false, tr("Case reference %1").arg(toQString(m_person.caseReference)));
        const auto& f = m_person.flags;
        for (const auto& [on, label] :
             {std::pair{f.lookedAfter, tr("Looked-after child")},
              std::pair{f.childProtectionPlan, tr("Child-protection plan")},
              std::pair{f.childInNeed, tr("Child in need")}, std::pair{f.earlyHelp, tr("Early Help")},
              std::pair{f.careLeaver, tr("Care leaver")},
              std::pair{f.sendAln, f.sendAlnPlan ? tr("SEND/ALN with a plan") : tr("SEND/ALN")},
              std::pair{f.exploitationConcern, tr("Exploitation concern")},
              std::pair{f.restricted, tr("Restricted record")}})
            if (on)
                chip(label, true);
    }
    chipsLayout->addStretch(1);
    m_chips->setVisible(!isNew());
}

QString PersonPage::fieldLabel(const QString& field) const
{
    static const QHash<QString, const char*> kLabels = {
        {QStringLiteral("given_name"), QT_TR_NOOP("the given name")},
        {QStringLiteral("family_name"), QT_TR_NOOP("the family name")},
        {QStringLiteral("preferred_name"), QT_TR_NOOP("the preferred name")},
        {QStringLiteral("aliases"), QT_TR_NOOP("the aliases")},
        {QStringLiteral("date_of_birth"), QT_TR_NOOP("the date of birth")},
        {QStringLiteral("sex"), QT_TR_NOOP("sex")},
        {QStringLiteral("gender_identity"), QT_TR_NOOP("gender identity")},
        {QStringLiteral("ethnicity"), QT_TR_NOOP("ethnicity")},
        {QStringLiteral("first_language"), QT_TR_NOOP("the first language")},
        {QStringLiteral("address"), QT_TR_NOOP("the address")},
        {QStringLiteral("postcode"), QT_TR_NOOP("the postcode")},
        {QStringLiteral("phone"), QT_TR_NOOP("the phone number")},
        {QStringLiteral("school"), QT_TR_NOOP("the school or provider")},
        {QStringLiteral("ete_status"), QT_TR_NOOP("the education, training or employment status")},
        {QStringLiteral("pnc_reference"), QT_TR_NOOP("the police / PNC reference")},
        {QStringLiteral("nhs_number"), QT_TR_NOOP("the NHS number")},
        {QStringLiteral("upn"), QT_TR_NOOP("the unique pupil number")},
        {QStringLiteral("local_authority_id"), QT_TR_NOOP("the local authority ID")},
        {QStringLiteral("contacts"), QT_TR_NOOP("the contacts")},
        {QStringLiteral("send_aln_plan"), QT_TR_NOOP("the SEND/ALN plan")},
    };
    if (const char* label = kLabels.value(field, nullptr))
        return tr(label);
    return field;
}

QString PersonPage::ruleHint(const QString& field, const QString& rule) const
{
    if (field == QLatin1String("postcode"))
        return tr("Enter a UK postcode, for example SW1A 1AA.");
    if (field == QLatin1String("nhs_number"))
        return tr("An NHS number has 10 digits and ends with a check digit; check it was copied correctly.");
    if (rule == QLatin1String("required"))
        return tr("It is required.");
    if (rule == QLatin1String("in_future"))
        return tr("It is in the future.");
    if (rule == QLatin1String("age_out_of_range"))
        return tr("It gives an age outside 8 to 30 years today.");
    if (rule == QLatin1String("unknown_code"))
        return tr("Choose one of the listed values.");
    if (rule == QLatin1String("too_long")) {
        // A contact's name and phone have different limits; the table says only "too long".
        const auto limit = field == QLatin1String("contacts") ? std::nullopt : waymark::fieldRule(toStd(field));
        if (limit)
            return tr("It is too long: %n character(s) at most.", nullptr, static_cast<int>(limit->maxChars));
        return tr("It is too long.");
    }
    if (rule == QLatin1String("too_many"))
        return tr("There are too many: remove some.");
    if (rule == QLatin1String("control_characters") || rule == QLatin1String("invalid_utf8"))
        return tr("It contains characters that cannot be stored; retype it.");
    if (rule == QLatin1String("line_break"))
        return tr("It must fit on one line.");
    if (rule == QLatin1String("phone_characters"))
        return tr("Use digits, spaces and + ( ) - only; write an extension as \"ext 123\".");
    if (rule == QLatin1String("identifier_characters"))
        return tr("Use letters, digits, spaces and / - . _ only.");
    if (rule == QLatin1String("contact_needs_name"))
        return tr("Every contact needs a name.");
    if (rule == QLatin1String("plan_needs_send_flag"))
        return tr("Tick SEND/ALN as well when a plan is in place.");
    return {};
}

void PersonPage::showError(const waymark::Error& error)
{
    const QString field = toQString(error.field);
    if ((error.code == waymark::ErrorCode::Validation || error.code == waymark::ErrorCode::InvalidInput) &&
        !field.isEmpty()) {
        // A translated hint for the broken rule; the core's English detail stays in the tooltip.
        QString hint = ruleHint(field, toQString(error.rule));
        if (hint.isEmpty())
            hint = toQString(error.detail);
        showFieldError(field, tr("Please check %1: %2").arg(fieldLabel(field), hint));
        if (m_error->toolTip().isEmpty())
            m_error->setToolTip(toQString(error.detail));
        return;
    }
    if (error.code == waymark::ErrorCode::Conflict && !isNew()) {
        showConflict();
        return;
    }
    m_error->setText(waymark::convert::errorMessage(error));
    m_error->show();
}

void PersonPage::showConflict()
{
    QString message = tr("Someone else saved this record while you were editing it. Your changes are not saved yet.");
    auto last = m_casebook.people().lastSave(m_person.id);
    if (last && *last) {
        const QString who = toQString((*last)->displayName.empty() ? (*last)->username : (*last)->displayName);
        const QDateTime at = QDateTime::fromString(toQString((*last)->at), Qt::ISODateWithMs).toLocalTime();
        message = tr("Someone else saved this record while you were editing it: %1, at %2. Your changes are not "
                     "saved yet.")
                      .arg(who, QLocale().toString(at, QLocale::ShortFormat));
    }
    m_error->setText(message);
    m_error->show();
    m_compare->show();
}

QDialog* PersonPage::showBothVersions()
{
    if (isNew())
        return nullptr;
    auto stored = m_casebook.people().view(m_person.id);
    if (!stored) {
        showError(stored.error());
        return nullptr;
    }
    const waymark::Person mine = formPerson();
    const waymark::Person theirs = *stored;

    struct Row
    {
        QString label, yours, saved;
    };
    QList<Row> rows;
    const auto add = [&](const QString& label, const QString& a, const QString& b) {
        if (a != b)
            rows.append({label, a, b});
    };
    const auto join = [](const std::vector<std::string>& v) {
        QStringList out;
        for (const auto& s : v)
            out << toQString(s);
        return out.join(QStringLiteral(", "));
    };
    const auto contacts = [](const waymark::Person& p) {
        QStringList out;
        for (const auto& c : p.contacts)
            out << QStringLiteral("%1 (%2) %3")
                       .arg(toQString(c.name), CodeLabels::label(CodeLabels::List::Relationship, c.relationship),
                            toQString(c.phone))
                       .trimmed();
        return out.join(QStringLiteral("; "));
    };
    const auto flags = [](const waymark::Person& p) {
        QStringList out;
        const auto& f = p.flags;
        for (const auto& [on, label] :
             {std::pair{f.lookedAfter, tr("Looked-after child")},
              std::pair{f.childProtectionPlan, tr("Child-protection plan")},
              std::pair{f.childInNeed, tr("Child in need")}, std::pair{f.earlyHelp, tr("Early Help")},
              std::pair{f.careLeaver, tr("Care leaver")}, std::pair{f.sendAln, tr("SEND/ALN")},
              std::pair{f.sendAlnPlan, tr("SEND/ALN plan in place (EHCP/IDP)")},
              std::pair{f.exploitationConcern, tr("Exploitation concern")},
              std::pair{f.restricted, tr("Restricted record")}})
            if (on)
                out << label;
        return out.join(QStringLiteral(", "));
    };
    const auto code = [](CodeLabels::List list, const std::string& c) {
        return c.empty() ? QString() : CodeLabels::label(list, c);
    };
    add(tr("Given name"), toQString(mine.givenName), toQString(theirs.givenName));
    add(tr("Family name"), toQString(mine.familyName), toQString(theirs.familyName));
    add(tr("Preferred name"), toQString(mine.preferredName), toQString(theirs.preferredName));
    add(tr("Aliases"), join(mine.aliases), join(theirs.aliases));
    add(tr("Date of birth"), waymark::convert::toDisplay(mine.dateOfBirth),
        waymark::convert::toDisplay(theirs.dateOfBirth));
    add(tr("Sex"), code(CodeLabels::List::Sex, mine.sex), code(CodeLabels::List::Sex, theirs.sex));
    add(tr("Gender identity"), toQString(mine.genderIdentity), toQString(theirs.genderIdentity));
    add(tr("Ethnicity"), code(CodeLabels::List::Ethnicity, mine.ethnicity),
        code(CodeLabels::List::Ethnicity, theirs.ethnicity));
    add(tr("First language"), toQString(mine.firstLanguage), toQString(theirs.firstLanguage));
    add(tr("Address"), toQString(mine.address), toQString(theirs.address));
    add(tr("Postcode"), toQString(mine.postcode), toQString(theirs.postcode));
    add(tr("Phone"), toQString(mine.phone), toQString(theirs.phone));
    add(tr("School or provider"), toQString(mine.school), toQString(theirs.school));
    add(tr("Education, training or employment"), code(CodeLabels::List::EteStatus, mine.eteStatus),
        code(CodeLabels::List::EteStatus, theirs.eteStatus));
    add(tr("Police / PNC reference"), toQString(mine.pncReference), toQString(theirs.pncReference));
    add(tr("NHS number"), toQString(mine.nhsNumber), toQString(theirs.nhsNumber));
    add(tr("Unique pupil number"), toQString(mine.upn), toQString(theirs.upn));
    add(tr("Local authority ID"), toQString(mine.localAuthorityId), toQString(theirs.localAuthorityId));
    add(tr("Flags"), flags(mine), flags(theirs));
    add(tr("Contacts"), contacts(mine), contacts(theirs));

    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("conflictDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Both versions — Waymark"));
    auto* layout = new QVBoxLayout(dialog);
    auto* intro = new QLabel(rows.isEmpty() ? tr("The saved version has the same details as yours.")
                                            : tr("These fields differ between your version and the one saved "
                                                 "meanwhile:"),
                             dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* table = new QTableWidget(static_cast<int>(rows.size()), 3, dialog);
    table->setObjectName(QStringLiteral("conflictTable"));
    table->setAccessibleName(tr("Differences"));
    table->setHorizontalHeaderLabels({tr("Field"), tr("Your version"), tr("Saved version")});
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows[i].label));
        table->setItem(i, 1, new QTableWidgetItem(rows[i].yours));
        table->setItem(i, 2, new QTableWidgetItem(rows[i].saved));
    }
    table->resizeRowsToContents();
    layout->addWidget(table, 1);
    auto* buttons = new QDialogButtonBox(dialog);
    QPushButton* saveMine = buttons->addButton(tr("&Save mine anyway"), QDialogButtonBox::AcceptRole);
    saveMine->setObjectName(QStringLiteral("saveMineButton"));
    QPushButton* useSaved = buttons->addButton(tr("&Use the saved version"), QDialogButtonBox::DestructiveRole);
    useSaved->setObjectName(QStringLiteral("useSavedButton"));
    QPushButton* keepEditing = buttons->addButton(tr("&Keep editing"), QDialogButtonBox::RejectRole);
    keepEditing->setObjectName(QStringLiteral("keepEditingButton"));
    keepEditing->setDefault(true);
    layout->addWidget(buttons);
    dialog->resize(720, 420);
    connect(saveMine, &QPushButton::clicked, dialog, [this, dialog, theirs] {
        dialog->accept();
        // On top of the saved version, deliberately: the form as it is now wins.
        m_person.updatedHlc = theirs.updatedHlc;
        m_compare->hide();
        save();
    });
    connect(useSaved, &QPushButton::clicked, dialog, [this, dialog, theirs] {
        dialog->accept();
        m_person = theirs;
        loadIntoForm(m_person);
        clearMessages();
        m_compare->hide();
        showInfo(tr("Showing the saved version. Your changes were set aside."));
    });
    connect(keepEditing, &QPushButton::clicked, dialog, &QDialog::reject);
    dialog->open();
    return dialog;
}

void PersonPage::showFieldError(const QString& field, const QString& message)
{
    if (!m_invalidFields.contains(field))
        m_invalidFields << field;
    m_error->setText(message);
    m_error->setToolTip(QString());
    m_error->show();
    QWidget* widget = m_fieldWidgets.value(field);
    if (!widget) {
        // "contacts[1].name" and the like
        for (auto it = m_fieldWidgets.cbegin(); it != m_fieldWidgets.cend(); ++it)
            if (field.startsWith(it.key()))
                widget = it.value();
    }
    if (!widget)
        return;
    m_invalidWidget = widget;
    widget->setStyleSheet(QString::fromLatin1(kInvalidStyle));
    widget->setAccessibleDescription(message);
    m_scroll->ensureWidgetVisible(widget, 50, 50);
    widget->setFocus(Qt::OtherFocusReason);
}

void PersonPage::clearMessages()
{
    if (m_compare)
        m_compare->hide();
    m_invalidFields.clear();
    m_savedShown = false;
    m_error->clear();
    m_error->setToolTip(QString());
    m_error->hide();
    m_info->clear();
    m_info->hide();
    if (m_invalidWidget) {
        m_invalidWidget->setStyleSheet(QString());
        m_invalidWidget->setAccessibleDescription(QString());
        m_invalidWidget = nullptr;
    }
}

void PersonPage::showInfo(const QString& text)
{
    m_info->setText(text);
    m_info->show();
}

QString PersonPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}
