#include "ui/delivery/SessionsPanel.h"

#include "ui/convert/Convert.h"
#include "ui/delivery/SessionDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using waymark::convert::toQDate;
using waymark::convert::toQString;

SessionsPanel::SessionsPanel(waymark::Casebook& casebook, QWidget* parent)
    : QGroupBox(tr("Sessions"), parent)
    , m_casebook(casebook)
{
    setObjectName(QStringLiteral("referralSessionsGroup"));
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("referralSessions"));
    m_table->setAccessibleName(tr("Sessions"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Type"), tr("Minutes"), tr("Attendance")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    for (int c = 0; c < 3; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(110);
    layout->addWidget(m_table);
    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Ne&w session…"), this);
    m_add->setObjectName(QStringLiteral("addSessionButton"));
    m_add->setAccessibleName(tr("Add a session"));
    m_add->setAutoDefault(false);
    m_edit = new QPushButton(tr("Open session…"), this);
    m_edit->setObjectName(QStringLiteral("editSessionButton"));
    m_edit->setAccessibleName(tr("Open the selected session"));
    m_edit->setAutoDefault(false);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_edit);
    connect(m_add, &QPushButton::clicked, this, &SessionsPanel::openAddDialog);
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditDialog(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openEditDialog(row); });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) { openEditDialog(row); });
}

void SessionsPanel::setReferral(const waymark::Referral& referral)
{
    m_referral = referral;
    const bool may = m_casebook.can(waymark::Action::SessionView);
    setVisible(may);
    if (may)
        reload();
}

void SessionsPanel::reload()
{
    m_table->setRowCount(0);
    m_sessions.clear();
    auto list = m_casebook.sessions().forReferral(m_referral.id);
    if (!list)
        return;
    m_sessions = std::move(*list);
    m_table->setRowCount(static_cast<int>(m_sessions.size()));
    for (int i = 0; i < static_cast<int>(m_sessions.size()); ++i) {
        const auto& s = m_sessions[static_cast<std::size_t>(i)];
        const auto local = waymark::utcToLondon(s.start);
        const QString when = QLocale().toString(toQDate(local.date), QLocale::ShortFormat) + QStringLiteral(" ") +
                             QStringLiteral("%1:%2")
                                 .arg(local.minutes / 60, 2, 10, QLatin1Char('0'))
                                 .arg(local.minutes % 60, 2, 10, QLatin1Char('0'));
        QString attendance;
        for (const auto& a : s.attendees)
            if (a.referralId == m_referral.id)
                attendance = SessionLabels::attendance(a.attendance);
        if (s.attendees.size() > 1)
            attendance += tr(" (group of %n)", nullptr, static_cast<int>(s.attendees.size()));
        m_table->setItem(i, 0, new QTableWidgetItem(when));
        m_table->setItem(i, 1, new QTableWidgetItem(SessionLabels::type(s.type)));
        m_table->setItem(i, 2, new QTableWidgetItem(QString::number(s.durationMinutes)));
        m_table->setItem(i, 3, new QTableWidgetItem(attendance));
    }
    const bool mayRecord = m_casebook.can(waymark::Action::SessionRecord) && waymark::isOpenState(m_referral.state);
    m_add->setEnabled(mayRecord);
    m_edit->setEnabled(!m_sessions.empty());
}

void SessionsPanel::watch(SessionDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT saved();
    });
    m_dialog = dialog;
    dialog->open();
}

SessionDialog* SessionsPanel::openAddDialog()
{
    auto* dialog = new SessionDialog(m_casebook, m_referral, window());
    watch(dialog);
    return dialog;
}

SessionDialog* SessionsPanel::openEditDialog(int row)
{
    if (row < 0 || row >= static_cast<int>(m_sessions.size()))
        return nullptr;
    auto* dialog = new SessionDialog(m_casebook, m_sessions[static_cast<std::size_t>(row)], window());
    if (!m_casebook.can(waymark::Action::SessionRecord))
        dialog->saveButton()->setEnabled(false);
    watch(dialog);
    return dialog;
}
