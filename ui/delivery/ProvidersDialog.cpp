#include "ui/delivery/ProvidersDialog.h"

#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/delivery/PlanLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using waymark::convert::toQString;
using waymark::convert::toStd;

namespace {

QLineEdit* lineEdit(const char* objectName, const QString& accessibleName, const std::string& value)
{
    auto* edit = new QLineEdit(toQString(value));
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    return edit;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

// --- one provider ---

ProviderEditDialog::ProviderEditDialog(waymark::Casebook& casebook, const waymark::Provider* provider, QWidget* parent)
    : QDialog(parent)
    , m_casebook(casebook)
    , m_new(provider == nullptr)
{
    if (provider)
        m_before = *provider;
    setObjectName(QStringLiteral("providerEditDialog"));
    setWindowTitle(m_new ? tr("Add a provider") : tr("Change a provider"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    m_name = lineEdit("providerName", tr("Name"), m_before.name);
    form->addRow(buddyLabel(tr("&Name:"), m_name), m_name);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("providerKind"));
    m_kind->setAccessibleName(tr("Kind of organisation"));
    PlanLabels::fill(m_kind, waymark::providerKindCodes(), &PlanLabels::providerKind, tr("Not recorded"));
    PlanLabels::select(m_kind, m_before.kind);
    form->addRow(buddyLabel(tr("&Kind:"), m_kind), m_kind);
    m_funding = lineEdit("providerFunding", tr("Funding source"), m_before.fundingSource);
    m_funding->setPlaceholderText(tr("for example PCC grant"));
    form->addRow(buddyLabel(tr("&Funding source:"), m_funding), m_funding);
    m_contactName = lineEdit("providerContactName", tr("Contact person"), m_before.contactName);
    form->addRow(buddyLabel(tr("&Contact person:"), m_contactName), m_contactName);
    m_phone = lineEdit("providerPhone", tr("Phone"), m_before.contactPhone);
    form->addRow(buddyLabel(tr("&Phone:"), m_phone), m_phone);
    m_email = lineEdit("providerEmail", tr("Email"), m_before.contactEmail);
    form->addRow(buddyLabel(tr("&Email:"), m_email), m_email);
    m_active = new QCheckBox(tr("&Takes new referrals"));
    m_active->setObjectName(QStringLiteral("providerActive"));
    m_active->setAccessibleName(tr("Takes new referrals"));
    m_active->setChecked(m_before.active);
    form->addRow(QString(), m_active);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Theme::errorStyle());
    m_error->hide();
    layout->addWidget(m_error);
    auto* box = new QDialogButtonBox(this);
    m_ok = box->addButton(m_new ? tr("&Add provider") : tr("&Save"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    QPushButton* cancel = box->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(box, &QDialogButtonBox::accepted, this, &ProviderEditDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &ProviderEditDialog::reject);
    layout->addWidget(box);
    QWidget* order[] = {m_name, m_kind, m_funding, m_contactName, m_phone, m_email, m_active, m_ok, cancel};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    resize(460, sizeHint().height());
}

waymark::Provider ProviderEditDialog::formProvider() const
{
    waymark::Provider p = m_before;
    p.name = toStd(m_name->text());
    p.kind = PlanLabels::selectedCode(m_kind);
    p.fundingSource = toStd(m_funding->text());
    p.contactName = toStd(m_contactName->text());
    p.contactPhone = toStd(m_phone->text());
    p.contactEmail = toStd(m_email->text());
    p.active = m_active->isChecked();
    return p;
}

void ProviderEditDialog::accept()
{
    const waymark::Provider p = formProvider();
    auto result = m_new ? m_casebook.plans().addProvider(p) : m_casebook.plans().updateProvider(p);
    if (!result) {
        const auto& e = result.error();
        QString label;
        if (e.field == "name")
            label = tr("the name");
        else if (e.field == "contact_phone")
            label = tr("the phone number");
        else if (e.field == "funding_source")
            label = tr("the funding source");
        else if (e.field == "contact_name")
            label = tr("the contact person");
        m_error->setText(PlanLabels::errorText(e, label));
        m_error->show();
        if (e.field == "name")
            m_name->setFocus();
        return;
    }
    m_saved = *result;
    QDialog::accept();
}

void ProviderEditDialog::reject()
{
    const waymark::Provider p = formProvider();
    const waymark::Provider& b = m_before;
    const bool dirty = p.name != b.name || p.kind != b.kind || p.fundingSource != b.fundingSource ||
                       p.contactName != b.contactName || p.contactPhone != b.contactPhone ||
                       p.contactEmail != b.contactEmail || p.active != b.active;
    if (dirty && !PlanLabels::confirmDiscard(this))
        return;
    QDialog::reject();
}

// --- the list ---

ProvidersDialog::ProvidersDialog(waymark::Casebook& casebook, QWidget* parent)
    : QDialog(parent)
    , m_casebook(casebook)
{
    setObjectName(QStringLiteral("providersDialog"));
    setWindowTitle(tr("Providers"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Partner organisations young people are referred to for interventions."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("providersTable"));
    m_table->setAccessibleName(tr("Providers"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Funding source"), tr("Contact"), tr("Status")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("providersMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto* box = new QDialogButtonBox(this);
    m_add = box->addButton(tr("&Add…"), QDialogButtonBox::ActionRole);
    m_add->setObjectName(QStringLiteral("addProviderButton"));
    m_edit = box->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    m_edit->setObjectName(QStringLiteral("editProviderButton"));
    QPushButton* close = box->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setDefault(true);
    const bool manage = casebook.can(waymark::Action::ProviderManage);
    m_add->setVisible(manage);
    m_edit->setVisible(manage);
    connect(m_add, &QPushButton::clicked, this, &ProvidersDialog::openAdd);
    connect(m_edit, &QPushButton::clicked, this, &ProvidersDialog::openEdit);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this, manage] {
        if (manage)
            openEdit();
    });
    layout->addWidget(box);
    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, close);
    reload();
    resize(720, 420);
}

void ProvidersDialog::reload()
{
    const int row = m_table->currentRow();
    auto list = m_casebook.plans().providers();
    if (!list) {
        m_message->setText(PlanLabels::errorText(list.error()));
        m_message->show();
        return;
    }
    m_providers = std::move(*list);
    m_table->setRowCount(static_cast<int>(m_providers.size()));
    for (int i = 0; i < static_cast<int>(m_providers.size()); ++i) {
        const auto& p = m_providers[static_cast<std::size_t>(i)];
        QStringList contact;
        for (const auto* part : {&p.contactName, &p.contactPhone, &p.contactEmail})
            if (!part->empty())
                contact << toQString(*part);
        m_table->setItem(i, 0, new QTableWidgetItem(toQString(p.name)));
        m_table->setItem(i, 1, new QTableWidgetItem(p.kind.empty() ? QString() : PlanLabels::providerKind(p.kind)));
        m_table->setItem(i, 2, new QTableWidgetItem(toQString(p.fundingSource)));
        m_table->setItem(i, 3, new QTableWidgetItem(contact.join(QStringLiteral(", "))));
        m_table->setItem(i, 4, new QTableWidgetItem(p.active ? tr("Takes new referrals") : tr("Inactive")));
    }
    m_message->setVisible(m_providers.empty());
    if (m_providers.empty())
        m_message->setText(tr("No providers yet."));
    if (!m_providers.empty())
        m_table->selectRow(std::clamp(row, 0, static_cast<int>(m_providers.size()) - 1));
    m_edit->setEnabled(!m_providers.empty());
}

ProviderEditDialog* ProvidersDialog::openAdd()
{
    auto* dialog = new ProviderEditDialog(m_casebook, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ProvidersDialog::reload);
    dialog->open();
    return dialog;
}

ProviderEditDialog* ProvidersDialog::openEdit()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_providers.size()))
        return nullptr;
    auto* dialog = new ProviderEditDialog(m_casebook, &m_providers[static_cast<std::size_t>(row)], this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ProvidersDialog::reload);
    dialog->open();
    return dialog;
}
