#include "ui/pages/RecordPage.h"

#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/widgets/CodeLabels.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/FormDraft.h"
#include "ui/widgets/RuleSentences.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

using waymark::convert::toQString;
using waymark::convert::toStd;

namespace {

// Inputs of the form the user types into (not Qt's own inner widgets, not a drop-down's edit).
bool isOwnLineEdit(const QLineEdit* edit)
{
    return !edit->objectName().startsWith(QLatin1String("qt_")) &&
           qobject_cast<const QComboBox*>(edit->parentWidget()) == nullptr;
}

} // namespace

RecordPage::RecordPage(waymark::Casebook& casebook, DraftSpec draft, const QString& namePrefix, QWidget* parent)
    : QWidget(parent)
    , m_casebook(casebook)
    , m_draft(std::move(draft))
{
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setAutoDefault(false);

    m_heading = new QLabel(this);
    m_heading->setObjectName(namePrefix + QStringLiteral("Heading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setWordWrap(true); // a long name goes onto a second line, never cut off
    m_subheading = new QLabel(this);
    m_subheading->setObjectName(namePrefix + QStringLiteral("Subheading"));
    m_subheading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_save = new QPushButton(Theme::icon(QStringLiteral("save")), tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_save->setAutoDefault(false);

    m_chips = new QWidget(this);
    m_chips->setObjectName(namePrefix + QStringLiteral("Chips"));
    // Chips wrap onto a second line rather than force the page wider (800x600) or clip.
    auto* chipsLayout = new FlowLayout(m_chips);
    chipsLayout->setContentsMargins(0, 2, 0, 0);
    QSizePolicy chipsPolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    chipsPolicy.setHeightForWidth(true);
    m_chips->setSizePolicy(chipsPolicy);
    QSizePolicy headingPolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    headingPolicy.setHeightForWidth(true);
    m_heading->setSizePolicy(headingPolicy);
    // The record header: back | title | save, then the chips and the unsaved-changes line.
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
    // Messages carry what people typed (a name, a file's path): never read as markup.
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(Theme::errorStyle());
    m_error->hide();
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("infoMessage"));
    m_info->setAccessibleName(tr("Information"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    m_info->setStyleSheet(Theme::infoStyle());
    m_info->hide();
    m_compare = new QPushButton(tr("Show &both versions…"), this);
    m_compare->setObjectName(QStringLiteral("compareVersionsButton"));
    m_compare->setAutoDefault(false);
    m_compare->hide();
    connect(m_compare, &QPushButton::clicked, this, &RecordPage::compareVersions);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(namePrefix + QStringLiteral("Scroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // narrow windows reflow instead
    m_form = new QWidget;
    m_form->setObjectName(namePrefix + QStringLiteral("Form"));
    m_scroll->setWidget(m_form);
    m_scroll->viewport()->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    auto* errorRow = new QHBoxLayout;
    errorRow->addWidget(m_error, 1);
    errorRow->addWidget(m_compare, 0, Qt::AlignVCenter);
    layout->addLayout(errorRow);
    layout->addWidget(m_info);
    layout->addWidget(m_scroll, 1);

    // The system went dark or light: the banner, chips, field marks and read-only look again.
    connect(Theme::notifier(), &ThemeNotifier::changed, this, [this] {
        m_error->setStyleSheet(Theme::errorStyle());
        m_info->setStyleSheet(Theme::infoStyle());
        if (m_invalidWidget)
            m_invalidWidget->setStyleSheet(Theme::invalidFieldStyle());
        setReadOnly(m_readOnly);
        updateHeading();
    });

    connect(m_back, &QPushButton::clicked, this, &RecordPage::backRequested);
    connect(m_save, &QPushButton::clicked, this, &RecordPage::save);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &RecordPage::save);
    for (const QKeySequence& key : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::ALT | Qt::Key_Left)}) {
        auto* backShortcut = new QShortcut(key, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(backShortcut, &QShortcut::activated, this, &RecordPage::backRequested);
    }
}

// --- header ---

void RecordPage::clearChips()
{
    QLayout* chipsLayout = m_chips->layout();
    while (QLayoutItem* item = chipsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void RecordPage::addChip(const QString& text, bool alert, const QString& accessibleName)
{
    auto* label = new QLabel(text, m_chips);
    label->setObjectName(QStringLiteral("chip"));
    label->setStyleSheet(Theme::chipStyle(alert));
    label->setAccessibleName(accessibleName.isEmpty() ? text : accessibleName);
    m_chips->layout()->addWidget(label);
}

void RecordPage::finishChips(bool visible)
{
    m_chips->setVisible(visible);
    m_chips->updateGeometry();
}

// --- the form ---

void RecordPage::registerField(const QString& field, QWidget* widget)
{
    m_fieldWidgets.insert(field, widget);
}

void RecordPage::watchForChanges(QWidget* widget)
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

void RecordPage::setReflowColumns(QBoxLayout* columns)
{
    m_columns = columns;
}

void RecordPage::setFormTabOrder(const QList<QWidget*>& order)
{
    QWidget* previous = m_back;
    for (QWidget* w : order) {
        setTabOrder(previous, w);
        previous = w;
    }
    setTabOrder(previous, m_save);
}

bool RecordPage::eventFilter(QObject* watched, QEvent* event)
{
    if (m_scroll != nullptr && watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        updateColumns();
    return QWidget::eventFilter(watched, event);
}

void RecordPage::updateColumns()
{
    // Two columns side by side when they fit; otherwise one under the other (800x600).
    if (m_columns == nullptr || m_columns->count() < 3)
        return;
    int twoColumns = 0;
    for (int i = 0; i < m_columns->count(); ++i) {
        QLayoutItem* item = m_columns->itemAt(i);
        twoColumns += item->layout() != nullptr ? item->layout()->minimumSize().width() : item->minimumSize().width();
    }
    if (const QLayout* outer = m_form->layout())
        twoColumns += outer->contentsMargins().left() + outer->contentsMargins().right();
    twoColumns += 24;
    const auto direction =
        m_scroll->viewport()->width() >= twoColumns ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_columns->direction() != direction)
        m_columns->setDirection(direction);
}

void RecordPage::loaded()
{
    setDirty(false);
    m_scroll->ensureVisible(0, 0);
}

void RecordPage::setDirty(bool dirty)
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

void RecordPage::setReadOnly(bool readOnly)
{
    const Loading loading(*this); // flags and palettes changing are not edits
    m_readOnly = readOnly;
    // Read-only fields look read-only (the window's colour, not a white box to type in);
    // drop-downs and ticks are disabled but keep readable text.
    const auto look = [&](QWidget* w) {
        QPalette p = palette();
        if (readOnly) {
            p.setColor(QPalette::Base, p.color(QPalette::Window));
            for (auto role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
                p.setColor(QPalette::Disabled, role, p.color(QPalette::Active, role));
            p.setColor(QPalette::Disabled, QPalette::Base, p.color(QPalette::Window));
            // A disabled drop-down keeps the button colour, so it would look more editable
            // than the read-only fields around it: the window's colour, like them.
            p.setColor(QPalette::Disabled, QPalette::Button, p.color(QPalette::Window));
        }
        w->setPalette(p);
        w->setProperty("readOnlyLook", readOnly);
    };
    for (QLineEdit* edit : m_form->findChildren<QLineEdit*>()) {
        if (!isOwnLineEdit(edit))
            continue;
        edit->setReadOnly(readOnly);
        // "Required", "10 digits"... read as prompts to type: not on a read-only record.
        if (!edit->property("placeholder").isValid())
            edit->setProperty("placeholder", edit->placeholderText());
        edit->setPlaceholderText(readOnly ? QString() : edit->property("placeholder").toString());
        look(edit);
    }
    for (QPlainTextEdit* text : m_form->findChildren<QPlainTextEdit*>()) {
        text->setReadOnly(readOnly);
        look(text);
    }
    for (QComboBox* box : m_form->findChildren<QComboBox*>()) {
        box->setEnabled(!readOnly);
        look(box);
    }
    for (QAbstractButton* button : m_form->findChildren<QAbstractButton*>()) {
        if (button->objectName().startsWith(QLatin1String("qt_")))
            continue;
        button->setEnabled(!readOnly);
        // A tick's label is part of the record: as legible as the fields (not greyed).
        if (qobject_cast<QCheckBox*>(button) != nullptr)
            look(button);
    }
    applyReadOnly(readOnly);
    m_save->setVisible(!readOnly);
    m_save->setEnabled(!readOnly);
}

// --- saving, drafts, leaving ---

bool RecordPage::save()
{
    return saveForm(true);
}

bool RecordPage::saveForm(bool interactive)
{
    commitPendingEdit();
    if (m_readOnly)
        return false;
    clearMessages();
    if (!saveRecord(interactive))
        return false;
    showInfo(tr("Saved."));
    m_savedShown = true;
    Q_EMIT saved(recordId());
    return true;
}

RecordPage::LockSave RecordPage::saveBeforeLock()
{
    commitPendingEdit();
    if (!m_dirty || m_readOnly)
        return LockSave::NothingToSave;
    if (saveForm(false))
        return LockSave::Saved;
    return keepDraft() ? LockSave::KeptAsDraft : LockSave::NotSaved;
}

QJsonObject RecordPage::draftPayload() const
{
    QJsonObject payload;
    payload.insert(QStringLiteral("fields"), FormDraft::capture(m_form));
    // The version the edit started from: restoring over a record someone saved meanwhile
    // then reads as a conflict, never as a silent overwrite.
    payload.insert(QStringLiteral("updated_hlc"), toQString(recordVersion()));
    return payload;
}

void RecordPage::applyDraftPayload(const QJsonObject& payload)
{
    FormDraft::restore(m_form, payload.value(QStringLiteral("fields")).toObject());
    if (!isNew())
        setRecordVersion(toStd(payload.value(QStringLiteral("updated_hlc")).toString()));
}

bool RecordPage::keepDraft()
{
    waymark::Draft draft;
    draft.form = m_draft.form;
    draft.recordId = recordId();
    draft.title = toStd(draftTitle());
    draft.needs = isNew() ? m_draft.createAction : m_draft.updateAction;
    for (const QString& field : std::as_const(m_invalidFields))
        draft.invalidFields.push_back(toStd(field));
    draft.payload = QJsonDocument(draftPayload()).toJson(QJsonDocument::Compact).toStdString();
    return m_casebook.drafts().save(std::move(draft)).has_value();
}

bool RecordPage::restoreDraft()
{
    if (m_readOnly)
        return false;
    auto draft = m_casebook.drafts().load(m_draft.form, recordId());
    if (!draft) {
        showError(draft.error());
        return false;
    }
    if (!*draft)
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString((*draft)->payload));
    if (!doc.isObject())
        return false;
    {
        const Loading loading(*this);
        applyDraftPayload(doc.object());
    }
    setDirty(true);
    (void)m_casebook.drafts().discard(m_draft.form, recordId());
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

QString RecordPage::describeFields(const QStringList& fields) const
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
    return RuleSentences::joinLabels(labels);
}

bool RecordPage::confirmLeave()
{
    commitPendingEdit();
    if (!m_dirty || m_readOnly)
        return true;
    return ask(tr("Unsaved changes"), tr("This record has changes that are not saved. Discard them?"),
               tr("&Discard changes"), tr("&Keep editing"));
}

bool RecordPage::ask(const QString& title, const QString& question, const QString& yes, const QString& no)
{
    if (m_ask)
        return m_ask(title, question);
    // Verb buttons, never Qt's Yes/No (which Qt does not translate into Welsh).
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("recordQuestion"));
    QPushButton* yesButton = box.addButton(yes, QMessageBox::AcceptRole);
    QPushButton* noButton = box.addButton(no, QMessageBox::RejectRole);
    box.setDefaultButton(noButton);
    box.setEscapeButton(noButton);
    box.exec();
    return box.clickedButton() == yesButton;
}

// --- the banner ---

void RecordPage::showError(const waymark::Error& error)
{
    const QString field = toQString(error.field);
    if ((error.code == waymark::ErrorCode::Validation || error.code == waymark::ErrorCode::InvalidInput) &&
        !field.isEmpty()) {
        // A translated hint for the broken rule; the core's English detail stays in the tooltip.
        QString hint = RuleSentences::hint(field, toQString(error.rule));
        if (hint.isEmpty())
            hint = toQString(error.detail);
        showFieldError(field, RuleSentences::pleaseCheck(fieldLabel(field), hint));
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

void RecordPage::showConflict()
{
    QString message = tr("Someone else saved this record while you were editing it. Your changes are not saved yet.");
    if (const auto last = lastSaveOfRecord()) {
        const QString who = toQString(last->displayName.empty() ? last->username : last->displayName);
        message = tr("Someone else saved this record while you were editing it: %1, at %2. Your changes are not "
                     "saved yet.")
                      .arg(who, waymark::convert::toLocalDisplay(last->at));
    }
    m_error->setText(message);
    m_error->show();
    m_compare->show();
}

void RecordPage::showFieldError(const QString& field, const QString& message)
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
    widget->setStyleSheet(Theme::invalidFieldStyle());
    widget->setAccessibleDescription(message);
    m_scroll->ensureWidgetVisible(widget, 50, 50);
    widget->setFocus(Qt::OtherFocusReason);
}

void RecordPage::clearMessages()
{
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

void RecordPage::showInfo(const QString& text)
{
    m_info->setText(text);
    m_info->show();
}

QString RecordPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QDialog* RecordPage::openVersionsDialog(const QList<VersionRow>& rows, std::function<void()> saveMine,
                                        std::function<void()> useSaved)
{
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
    // Read, not chosen from: no cell looks picked when the dialog opens.
    table->setSelectionMode(QAbstractItemView::NoSelection);
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
    QPushButton* mine = buttons->addButton(tr("&Save mine anyway"), QDialogButtonBox::AcceptRole);
    mine->setObjectName(QStringLiteral("saveMineButton"));
    QPushButton* theirs = buttons->addButton(tr("&Use the saved version"), QDialogButtonBox::DestructiveRole);
    theirs->setObjectName(QStringLiteral("useSavedButton"));
    QPushButton* keepEditing = buttons->addButton(tr("&Keep editing"), QDialogButtonBox::RejectRole);
    keepEditing->setObjectName(QStringLiteral("keepEditingButton"));
    keepEditing->setDefault(true);
    layout->addWidget(buttons);
    dialog->resize(720, 420);
    connect(mine, &QPushButton::clicked, dialog, [this, dialog, saveMine = std::move(saveMine)] {
        dialog->accept();
        m_compare->hide();
        saveMine();
        save();
    });
    connect(theirs, &QPushButton::clicked, dialog, [this, dialog, useSaved = std::move(useSaved)] {
        dialog->accept();
        useSaved();
        clearMessages();
        showInfo(tr("Showing the saved version. Your changes were set aside."));
    });
    connect(keepEditing, &QPushButton::clicked, dialog, &QDialog::reject);
    dialog->open();
    return dialog;
}
