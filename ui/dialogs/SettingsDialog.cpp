#include "ui/dialogs/SettingsDialog.h"

#include "ui/app/AppSettings.h"
#include "ui/app/Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings — Waymark"));
    setAccessibleName(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    for (const Language::Choice& choice : Language::choices())
        m_language->addItem(choice.name, choice.code);
    const int current = m_language->findData(settings.language());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    form->addRow(tr("&Language:"), m_language);

    auto* languageNote = new QLabel(tr("A new language is used the next time Waymark starts."), this);
    languageNote->setWordWrap(true);
    languageNote->setAccessibleName(tr("Language note"));
    form->addRow(QString(), languageNote);

    m_idleMinutes = new QSpinBox(this);
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutes"));
    m_idleMinutes->setAccessibleName(tr("Lock after minutes without use"));
    m_idleMinutes->setRange(AppSettings::kMinIdleLockMinutes, AppSettings::kMaxIdleLockMinutes);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setValue(settings.idleLockMinutes());
    form->addRow(tr("Lock &after:"), m_idleMinutes);

    auto* idleNote = new QLabel(tr("Waymark locks the casebook when nobody has used it for this long. "
                                   "Press Ctrl+L to lock it at once."),
                                this);
    idleNote->setWordWrap(true);
    idleNote->setAccessibleName(tr("Auto-lock note"));
    form->addRow(QString(), idleNote);
    layout->addLayout(form);

    // Verb buttons, never Qt's OK/Cancel (which Qt does not translate into Welsh).
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveSettingsButton"));
    save->setAccessibleName(tr("Save settings"));
    save->setDefault(true);
    QPushButton* cancel = buttons->addButton(tr("&Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelSettingsButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);

    setTabOrder(m_language, m_idleMinutes);
    m_language->setFocus();
    setMinimumWidth(440);
}

void SettingsDialog::accept()
{
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setIdleLockMinutes(m_idleMinutes->value());
    m_settings.sync();
    QDialog::accept();
}
