#include "ui/pages/MainWindow.h"

#include "ui/accounts/AccountsMenu.h"
#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/delivery/CalendarExportDialog.h"
#include "ui/delivery/NoteEditor.h"
#include "ui/delivery/NoteSearchDialog.h"
#include "ui/delivery/ProvidersDialog.h"
#include "ui/dialogs/BackupDialog.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/IntakeDialog.h"
#include "ui/dialogs/UserGuideDialog.h"
#include "ui/pages/MyWorkPage.h"
#include "ui/pages/PeoplePage.h"
#include "ui/pages/PersonPage.h"
#include "ui/pages/ReferralPage.h"
#include "ui/pages/ReferralsPage.h"
#include "ui/reports/ReportsPage.h"
#include "ui/widgets/CodeLabels.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using waymark::convert::toQString;

MainWindow::MainWindow(std::unique_ptr<waymark::Casebook> casebook, QWidget* parent)
    : QMainWindow(parent)
    , m_casebook(std::move(casebook))
{
    Q_ASSERT(m_casebook);
    const QString fileName = toQString(m_casebook->path().filename().string());
    // "casebook.waymark — Waymark": ends with the application's name, so the platform does
    // not append it a second time.
    setWindowTitle(tr("%1 — Waymark", "window title: casebook file name").arg(fileName));
    setObjectName(QStringLiteral("mainWindow"));

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_demoBanner = new QLabel(tr("Synthetic demo data — not real people"), central);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setAccessibleName(tr("Demo data notice"));
    m_demoBanner->setAlignment(Qt::AlignCenter);
    m_demoBanner->setStyleSheet(Theme::bannerStyle());
    connect(Theme::notifier(), &ThemeNotifier::changed, m_demoBanner,
            [this] { m_demoBanner->setStyleSheet(Theme::bannerStyle()); });
    m_demoBanner->setVisible(m_casebook->info().demo);
    outer->addWidget(m_demoBanner);
    outer->addWidget(accounts::makeAnchorBanner(*m_casebook, central)); // rollback / cut trail at sign-in

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    outer->addLayout(body, 1);

    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Sections"));
    m_nav->addItem(new QListWidgetItem(Theme::icon(QStringLiteral("flag")), tr("My work")));
    m_nav->addItem(new QListWidgetItem(Theme::icon(QStringLiteral("people")), tr("People")));
    m_nav->addItem(new QListWidgetItem(Theme::icon(QStringLiteral("list")), tr("Referrals")));
    m_nav->item(0)->setToolTip(tr("My work (Ctrl+1)"));
    m_nav->item(1)->setToolTip(tr("People (Ctrl+2)"));
    m_nav->item(2)->setToolTip(tr("Referrals (Ctrl+3)"));
    if (m_casebook->can(waymark::Action::ReportRun)) { // Reports: coordinators and auditors
        m_reportsItem = new QListWidgetItem(Theme::icon(QStringLiteral("chart")), tr("Reports"));
        m_reportsItem->setToolTip(tr("Reports (Ctrl+4)"));
        m_nav->addItem(m_reportsItem);
    }
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setCurrentRow(0);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setStyleSheet(
        QStringLiteral("QListWidget { background: palette(window); border-right: 1px solid palette(mid); "
                       "padding-top: 8px; } QListWidget::item { padding: 8px 10px; border-radius: 4px; margin: 0 6px; "
                       "color: palette(window-text); } QListWidget::item:selected { background: %1; color: %2; }")
            .arg(Theme::current().highlight.name(), Theme::current().highlightedText.name()));
    // As wide as the longest label needs in the language shown ("Atgyfeiriadau" in Welsh), at
    // least ten M's: the items' own size hint (icon, padding, margins of the style sheet above).
    m_nav->ensurePolished();
    int widest = m_nav->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10 + 24;
    for (int i = 0; i < m_nav->count(); ++i)
        widest = std::max(widest, m_nav->fontMetrics().horizontalAdvance(m_nav->item(i)->text()) +
                                      m_nav->iconSize().width() + 64);
    m_nav->setFixedWidth(std::max(widest, m_nav->sizeHintForColumn(0) + 2 * m_nav->frameWidth() + 4));
    body->addWidget(m_nav);

    m_stack = new QStackedWidget(central);
    m_myWork = new MyWorkPage(*m_casebook, m_stack);
    m_people = new PeoplePage(*m_casebook, m_stack);
    m_person = new PersonPage(*m_casebook, m_stack);
    m_referrals = new ReferralsPage(*m_casebook, m_stack);
    m_referral = new ReferralPage(*m_casebook, m_stack);
    m_stack->addWidget(m_myWork);
    m_stack->addWidget(m_people);
    m_stack->addWidget(m_person);
    m_stack->addWidget(m_referrals);
    m_stack->addWidget(m_referral);
    if (m_reportsItem != nullptr) {
        m_reports = new ReportsPage(*m_casebook, m_stack);
        m_stack->addWidget(m_reports);
    }
    m_backTarget = m_people;
    auto* pageHolder = new QWidget(central);
    auto* pageLayout = new QVBoxLayout(pageHolder);
    pageLayout->setContentsMargins(12, 8, 12, 4);
    pageLayout->addWidget(m_stack);
    body->addWidget(pageHolder, 1);
    setCentralWidget(central);

    // Status bar: who, which casebook, how many people.
    m_userStatus = new QLabel(this);
    m_userStatus->setObjectName(QStringLiteral("userStatus"));
    const auto& user = m_casebook->user();
    const QString userName = toQString(user.displayName.empty() ? user.username : user.displayName);
    m_userStatus->setText(tr("Signed in as %1 (%2)").arg(userName, CodeLabels::roleLabel(user.role)));
    m_userStatus->setAccessibleName(m_userStatus->text());
    m_casebookStatus = new QLabel(tr("Casebook: %1").arg(fileName), this);
    m_casebookStatus->setObjectName(QStringLiteral("casebookStatus"));
    m_casebookStatus->setToolTip(toQString(m_casebook->path().string()));
    m_countStatus = new QLabel(this);
    m_countStatus->setObjectName(QStringLiteral("countStatus"));
    for (QLabel* label : {m_userStatus, m_casebookStatus, m_countStatus})
        label->setContentsMargins(8, 0, 8, 0);
    statusBar()->addWidget(m_userStatus);
    statusBar()->addPermanentWidget(m_casebookStatus);
    statusBar()->addPermanentWidget(m_countStatus);
    updateStatusBar();

    buildMenus();
    accounts::install(*this, *m_casebook, [this] { Q_EMIT lockRequested(); }); // Account menu

    // React to clicks and Enter, not to a change of row (arrows only move the mark).
    const auto goToSection = [this](QListWidgetItem* item) {
        switch (m_nav->row(item)) {
        case 0:
            if (currentPage() != m_myWork)
                showMyWork();
            break;
        case 1:
            if (currentPage() != m_people)
                showPeople();
            break;
        case 2:
            if (currentPage() != m_referrals)
                showReferrals();
            break;
        default:
            if (item == m_reportsItem && currentPage() != m_reports)
                showReports();
            break;
        }
    };
    connect(m_nav, &QListWidget::itemClicked, this, goToSection);
    connect(m_nav, &QListWidget::itemActivated, this, goToSection);
    connect(m_people, &PeoplePage::openPersonRequested, this, [this](const waymark::Uuid& id) { showPerson(id); });
    connect(m_people, &PeoplePage::newPersonRequested, this, &MainWindow::showNewPerson);
    connect(m_person, &PersonPage::backRequested, this, &MainWindow::goBack);
    connect(m_person, &PersonPage::saved, this, [this](const waymark::Uuid& id) {
        m_people->refresh(id);
        updateStatusBar();
    });
    connect(m_person, &PersonPage::merged, this, [this](const waymark::Uuid& id) {
        m_people->refresh(id);
        m_myWork->refresh();
        m_referrals->refresh();
        updateStatusBar();
    });
    connect(m_person, &PersonPage::openReferralRequested, this, [this](const waymark::Uuid& id) { showReferral(id); });
    connect(m_person, &PersonPage::newReferralRequested, this,
            [this](const waymark::Uuid& personId) { showNewReferral(personId); });
    connect(m_myWork, &MyWorkPage::openReferralRequested, this, [this](const waymark::Uuid& id) { showReferral(id); });
    connect(m_myWork, &MyWorkPage::openPersonRequested, this, [this](const waymark::Uuid& id) { showPerson(id); });
    connect(m_referrals, &ReferralsPage::openReferralRequested, this,
            [this](const waymark::Uuid& id) { showReferral(id); });
    connect(m_referrals, &ReferralsPage::newReferralRequested, this, &MainWindow::startNewReferral);
    connect(m_referral, &ReferralPage::backRequested, this, &MainWindow::goBack);
    connect(m_referral, &ReferralPage::openPersonRequested, this, [this](const waymark::Uuid& id) { showPerson(id); });
    const auto referralChanged = [this](const waymark::Uuid& id) {
        m_myWork->refresh();
        m_referrals->refresh(id);
    };
    connect(m_referral, &ReferralPage::saved, this, referralChanged);
    connect(m_referral, &ReferralPage::changed, this, referralChanged);

    // 1200x760, or the whole screen when it is smaller (an 800x600 projector, say): then
    // maximised, so the window manager fits the frame in too and the status bar stays on
    // screen.
    QSize size(1200, 760);
    bool smallScreen = false;
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableGeometry().size();
        smallScreen = available.width() < size.width() + 40 || available.height() < size.height() + 40;
        size = size.boundedTo(available);
    }
    resize(size); // (resizing after maximising would undo it)
    if (smallScreen)
        setWindowState(windowState() | Qt::WindowMaximized);
    // My work is the first page after unlock (a casebook with no one in it yet starts on
    // People, where adding the first person is).
    const auto count = m_casebook->people().count();
    if (count && *count == 0) {
        showPeople();
        m_people->focusSearch();
    } else {
        showMyWork();
    }
}

MainWindow::~MainWindow()
{
    // The pages hold references to the casebook: destroy them before it closes.
    delete takeCentralWidget();
    m_casebook.reset();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newPerson = file->addAction(tr("&New person"));
    newPerson->setObjectName(QStringLiteral("actionNewPerson"));
    newPerson->setShortcut(QKeySequence::New);
    newPerson->setEnabled(m_casebook->can(waymark::Action::PersonCreate));
    newPerson->setIcon(Theme::icon(QStringLiteral("person-add")));
    connect(newPerson, &QAction::triggered, this, &MainWindow::showNewPerson);
    file->addSeparator();
    QAction* newReferral = file->addAction(tr("New &referral…"));
    newReferral->setObjectName(QStringLiteral("actionNewReferral"));
    newReferral->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newReferral->setEnabled(m_casebook->can(waymark::Action::ReferralCreate));
    newReferral->setIcon(Theme::icon(QStringLiteral("list")));
    connect(newReferral, &QAction::triggered, this, &MainWindow::startNewReferral);
    QAction* importReferrals = file->addAction(tr("&Import referrals…"));
    importReferrals->setObjectName(QStringLiteral("actionImportReferrals"));
    importReferrals->setEnabled(m_casebook->can(waymark::Action::ReferralImport));
    connect(importReferrals, &QAction::triggered, this, &MainWindow::openImport);
    file->addSeparator();
    QAction* open = file->addAction(Theme::icon(QStringLiteral("open")), tr("&Open casebook…"));
    open->setObjectName(QStringLiteral("actionOpenCasebook"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::chooseCasebook);
    m_recentMenu = file->addMenu(tr("&Recent casebooks"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentMenu->setEnabled(false);
    file->addSeparator();
    QAction* lock = file->addAction(tr("&Lock"));
    lock->setObjectName(QStringLiteral("actionLock"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setIcon(Theme::icon(QStringLiteral("lock")));
    connect(lock, &QAction::triggered, this, &MainWindow::lockRequested);
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, [this] {
        if (close())
            QCoreApplication::quit();
    });

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Find person"));
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    find->setIcon(Theme::icon(QStringLiteral("search")));
    connect(find, &QAction::triggered, this, [this] {
        if (currentPage() != m_people)
            showPeople();
        if (currentPage() == m_people)
            m_people->focusSearch();
    });

    QAction* searchNotes = edit->addAction(tr("Search &notes…"));
    searchNotes->setObjectName(QStringLiteral("actionSearchNotes"));
    searchNotes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    searchNotes->setVisible(m_casebook->can(waymark::Action::NoteView));
    connect(searchNotes, &QAction::triggered, this, [this] {
        auto* dialog = new NoteSearchDialog(*m_casebook, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &NoteSearchDialog::openReferralRequested, this,
                [this](const waymark::Uuid& id) { showReferral(id); });
        dialog->open();
    });

    // Go: the sections from the keyboard.
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    const auto goAction = [&](const QString& text, const char* objectName, Qt::Key key, auto slot) {
        QAction* action = go->addAction(text);
        action->setObjectName(QLatin1String(objectName));
        action->setShortcut(QKeySequence(Qt::CTRL | key));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    goAction(tr("&My work"), "actionGoMyWork", Qt::Key_1, [this] { showMyWork(); });
    goAction(tr("&People"), "actionGoPeople", Qt::Key_2, [this] { showPeople(); });
    goAction(tr("&Referrals"), "actionGoReferrals", Qt::Key_3, [this] { showReferrals(); });
    if (m_reports != nullptr)
        goAction(tr("Report&s"), "actionGoReports", Qt::Key_4, [this] { showReports(); });

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* settings = tools->addAction(tr("&Settings…"));
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    QAction* backups = tools->addAction(tr("&Backups…"));
    backups->setObjectName(QStringLiteral("actionBackups"));
    connect(backups, &QAction::triggered, this, [this] {
        auto* dialog = new BackupDialog(*m_casebook, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &BackupDialog::restored, this, &MainWindow::lockRequested);
        dialog->open();
    });

    QAction* providers = tools->addAction(tr("&Providers…"));
    providers->setObjectName(QStringLiteral("actionProviders"));
    connect(providers, &QAction::triggered, this, [this] {
        auto* dialog = new ProvidersDialog(*m_casebook, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction* calendar = tools->addAction(tr("Export &calendar…"));
    calendar->setObjectName(QStringLiteral("actionExportCalendar"));
    connect(calendar, &QAction::triggered, this, [this] {
        auto* dialog = new CalendarExportDialog(*m_casebook, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(Theme::icon(QStringLiteral("help")), tr("User &guide"));
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, [this] {
        auto* dialog = new UserGuideDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Waymark"));
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::aboutRequested);

    // A slim toolbar for what is used most, Lock among them (in sight, not only in a menu).
    QToolBar* bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setIconSize(QSize(20, 20));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(newPerson);
    bar->addAction(newReferral);
    bar->addAction(find);
    bar->addSeparator();
    bar->addAction(open);
    bar->addAction(lock);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(guide);
}

void MainWindow::setRecentCasebooks(const QStringList& paths)
{
    m_recentMenu->clear();
    const QString current = QFileInfo(toQString(m_casebook->path().string())).absoluteFilePath();
    for (const QString& path : paths) {
        if (QFileInfo(path).absoluteFilePath() == current)
            continue;
        QAction* action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (!backupRunning())
                Q_EMIT openCasebookRequested(path);
        });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::chooseCasebook()
{
    if (backupRunning())
        return;
    const QString start = QFileInfo(toQString(m_casebook->path().string())).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open casebook"), start, tr("Waymark casebooks (*.waymark)"));
    if (!path.isEmpty())
        Q_EMIT openCasebookRequested(path);
}

QWidget* MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

RecordPage* MainWindow::currentRecord() const
{
    if (currentPage() == m_person)
        return m_person;
    if (currentPage() == m_referral)
        return m_referral;
    return nullptr;
}

bool MainWindow::leaveRecord()
{
    RecordPage* record = currentRecord();
    return record == nullptr || record->confirmLeave();
}

void MainWindow::markSection(int row)
{
    m_nav->setCurrentRow(row);
}

void MainWindow::goBack()
{
    if (m_backTarget == m_myWork)
        showMyWork();
    else if (m_backTarget == m_referrals)
        showReferrals();
    else
        showPeople();
}

QString MainWindow::saveBeforeLock()
{
    RecordPage* record = currentRecord();
    if (record == nullptr)
        return {};
    switch (record->saveBeforeLock()) {
    case RecordPage::LockSave::NothingToSave:
        return {};
    case RecordPage::LockSave::Saved:
        return tr("Your unsaved changes to a record were saved before locking.");
    case RecordPage::LockSave::KeptAsDraft: {
        // Field names only: the unlock screen names no one.
        const QStringList fields = record->invalidFields();
        if (fields.isEmpty())
            return tr("Your unsaved changes to a record could not be saved yet. They are kept, encrypted, in this "
                      "casebook and offered back when you unlock.");
        return tr("Your unsaved changes to a record could not be saved yet (please check %1). They are kept, "
                  "encrypted, in this casebook and offered back when you unlock.")
            .arg(record->describeFields(fields));
    }
    case RecordPage::LockSave::NotSaved:
        return tr("Your unsaved changes to a record were incomplete and could not be saved before locking.");
    }
    return {};
}

void MainWindow::offerDrafts()
{
    offerDraft(std::nullopt);
    if (!m_offering) // a case note being written when the casebook locked (ui/delivery)
        offerNoteDraft(*m_casebook, this);
}

void MainWindow::offerDraft(const std::optional<waymark::Uuid>& recordId, const std::string& form)
{
    if (m_offering)
        return;
    auto drafts = m_casebook->drafts().list();
    if (!drafts)
        return;
    const auto found = std::ranges::find_if(*drafts, [&](const waymark::Draft& d) {
        const bool known = d.form == "person" || d.form == "referral";
        return known && (form.empty() || d.form == form) && (!recordId || d.recordId == *recordId);
    });
    if (found == drafts->end())
        return;
    const waymark::Draft draft = *found;
    QStringList fields;
    for (const auto& f : draft.invalidFields)
        fields << toQString(f);
    const QString title = toQString(draft.title).trimmed();

    auto* box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("draftOffer"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Unsaved changes — Waymark"));
    const bool referral = draft.form == "referral";
    if (referral)
        box->setText(draft.recordId.isNull() ? tr("Restore your unsaved new referral?")
                                             : tr("Restore your unsaved changes to a referral?"));
    else
        box->setText(title.isEmpty()           ? tr("Restore your unsaved changes to a new person?")
                     : draft.recordId.isNull() ? tr("Restore your unsaved new person, %1?").arg(title)
                                               : tr("Restore your unsaved changes to %1?").arg(title));
    box->setInformativeText(
        fields.isEmpty()
            ? tr("They were kept when the casebook locked, before they could be saved.")
            : tr("They were kept when the casebook locked. Please check %1 before saving.")
                  .arg((referral ? static_cast<RecordPage*>(m_referral) : m_person)->describeFields(fields)));
    QPushButton* restore = box->addButton(tr("&Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreDraftButton"));
    QPushButton* discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardDraftButton"));
    QPushButton* later = box->addButton(tr("&Not now"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("laterDraftButton"));
    box->setDefaultButton(restore);
    box->setEscapeButton(later);
    m_offering = true;
    connect(box, &QMessageBox::finished, this, [this, box, restore, discard, draft, referral] {
        const QScopeGuard done([this] { m_offering = false; });
        if (box->clickedButton() == restore && referral) {
            bool shown = false;
            if (draft.recordId.isNull()) {
                // A new referral's draft names its person.
                const QJsonObject payload = QJsonDocument::fromJson(QByteArray::fromStdString(draft.payload)).object();
                const auto personId = waymark::Uuid::parse(
                    waymark::convert::toStd(payload.value(QStringLiteral("person_id")).toString()));
                shown = personId && showNewReferral(*personId);
            } else {
                shown = showReferral(draft.recordId);
            }
            if (shown)
                m_referral->restoreDraft();
        } else if (box->clickedButton() == restore) {
            const bool shown =
                draft.recordId.isNull() ? (showNewPerson(), currentPage() == m_person) : showPerson(draft.recordId);
            if (shown)
                m_person->restoreDraft();
        } else if (box->clickedButton() == discard) {
            (void)m_casebook->drafts().discard(draft.form, draft.recordId);
        }
    });
    box->open();
}

void MainWindow::showMyWork()
{
    if (!leaveRecord())
        return;
    m_myWork->refresh();
    m_stack->setCurrentWidget(m_myWork);
    markSection(0);
    m_backTarget = m_myWork;
    m_myWork->focusFirstList();
}

void MainWindow::showReferrals()
{
    if (!leaveRecord())
        return;
    m_stack->setCurrentWidget(m_referrals);
    markSection(2);
    m_backTarget = m_referrals;
    m_referrals->focusList();
}

bool MainWindow::showReferral(const waymark::Uuid& id)
{
    if (!leaveRecord())
        return false;
    if (!m_referral->openReferral(id)) {
        const QString why = m_referral->errorText();
        if (currentPage() == m_referrals)
            m_referrals->showMessage(why);
        else
            statusBar()->showMessage(why, 8000);
        return false;
    }
    if (currentPage() == m_myWork || currentPage() == m_referrals || currentPage() == m_people)
        m_backTarget = currentPage();
    m_stack->setCurrentWidget(m_referral);
    if (!m_referral->isReadOnly())
        offerDraft(id, "referral");
    return true;
}

QDialog* MainWindow::openImport()
{
    if (!m_casebook->can(waymark::Action::ReferralImport))
        return nullptr;
    auto* dialog = new ImportDialog(*m_casebook, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this] {
        m_people->refresh();
        m_myWork->refresh();
        m_referrals->refresh();
        updateStatusBar();
    });
    dialog->open();
    return dialog;
}

QDialog* MainWindow::startNewReferral()
{
    if (!m_casebook->can(waymark::Action::ReferralCreate))
        return nullptr;
    auto* intake = new IntakeDialog(*m_casebook, this);
    intake->setAttribute(Qt::WA_DeleteOnClose);
    connect(intake, &QDialog::accepted, this, [this, intake] {
        if (intake->createdNewPerson()) {
            m_people->refresh();
            updateStatusBar();
        }
        showNewReferral(intake->personId());
    });
    intake->open();
    return intake;
}

bool MainWindow::showNewReferral(const waymark::Uuid& personId)
{
    if (!m_casebook->can(waymark::Action::ReferralCreate))
        return false;
    if (!leaveRecord())
        return false;
    if (!m_referral->newReferral(personId)) {
        statusBar()->showMessage(m_referral->errorText(), 8000);
        return false;
    }
    if (currentPage() == m_myWork || currentPage() == m_referrals || currentPage() == m_people)
        m_backTarget = currentPage();
    m_stack->setCurrentWidget(m_referral);
    return true;
}

void MainWindow::showReports()
{
    if (m_reports == nullptr || !leaveRecord())
        return;
    m_stack->setCurrentWidget(m_reports);
    m_nav->setCurrentItem(m_reportsItem);
    m_reports->focusFirst();
}

void MainWindow::showPeople()
{
    if (!leaveRecord())
        return;
    m_stack->setCurrentWidget(m_people);
    markSection(1);
    m_backTarget = m_people;
    m_people->table()->setFocus(Qt::OtherFocusReason);
    if (!m_people->table()->currentIndex().isValid())
        m_people->focusSearch();
}

bool MainWindow::showPerson(const waymark::Uuid& id)
{
    if (!leaveRecord())
        return false;
    if (!m_person->openPerson(id)) {
        // Stay on the list and say why.
        m_people->showMessage(m_person->errorText());
        return false;
    }
    if (currentPage() == m_myWork || currentPage() == m_referrals || currentPage() == m_people)
        m_backTarget = currentPage();
    m_stack->setCurrentWidget(m_person);
    // Changes to this record kept when the casebook locked (and put off then): offer them.
    if (!m_person->isReadOnly())
        offerDraft(id, "person");
    return true;
}

void MainWindow::showNewPerson()
{
    if (!m_casebook->can(waymark::Action::PersonCreate))
        return;
    if (!leaveRecord())
        return;
    m_person->newPerson();
    m_backTarget = m_people;
    m_stack->setCurrentWidget(m_person);
}

void MainWindow::updateStatusBar()
{
    auto count = m_casebook->people().count();
    if (count)
        m_countStatus->setText(tr("People: %1").arg(QLocale().toString(*count)));
    else
        m_countStatus->setText(QString());
}

bool MainWindow::backupRunning()
{
    for (BackupDialog* dialog : findChildren<BackupDialog*>()) {
        if (dialog->isBackingUp()) {
            statusBar()->showMessage(tr("A backup is being made. Wait for it to finish, then close the casebook."),
                                     8000);
            dialog->raise();
            dialog->activateWindow();
            return true;
        }
    }
    return false;
}

bool MainWindow::mayClose()
{
    m_closeAgreed = !backupRunning() && leaveRecord();
    return m_closeAgreed;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!std::exchange(m_closeAgreed, false) && !mayClose()) {
        event->ignore();
        return;
    }
    m_closeAgreed = false;
    QMainWindow::closeEvent(event);
}
