// User management, "Change my password", the password a reset requires at next sign-in, the
// audit viewer (filters, paging, Verify naming a tampered row) and the audit-anchor banner,
// driven through the real widgets on the offscreen platform.

#include "../pages/PagesFixture.h"
#include "core/security/Keyring.h"
#include "core/security/SecureBytes.h"
#include "core/store/Database.h"
#include "ui/accounts/AccountsMenu.h"
#include "ui/accounts/AuditViewer.h"
#include "ui/accounts/PasswordDialog.h"
#include "ui/accounts/PasswordMeter.h"
#include "ui/accounts/UsersDialog.h"
#include "ui/pages/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <filesystem>

using namespace waymark;

namespace {

constexpr const char* kNewPassword = "gentle otter under the bridge";
constexpr const char* kTemporary = "temporary lantern meadow";

void selectRole(QComboBox* combo, Role role)
{
    const int i = combo->findData(static_cast<int>(role));
    QVERIFY(i >= 0);
    combo->setCurrentIndex(i);
}

// Types into a field the way a user does (textChanged fires, so the meter follows).
void type(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<pagestest::Fixture>();
        m_setup = m_fixture->create(3);
        QVERIFY(m_setup);
    }
    void cleanup()
    {
        m_setup.reset();
        m_fixture.reset();
    }

    void addUserThenSignInAsThem()
    {
        UsersDialog dialog(*m_setup);
        QCOMPARE(dialog.table()->rowCount(), 1);
        AddUserDialog* add = dialog.openAdd();
        QVERIFY(add);
        type(add->usernameEdit(), QStringLiteral("gwen"));
        type(add->displayNameEdit(), QStringLiteral("Gwen Example"));
        selectRole(add->roleCombo(), Role::Caseworker);
        type(add->passwordEdit(), QStringLiteral("Password123!"));
        QVERIFY(!add->meter()->acceptable()); // a well-known pattern: refused as typed
        QVERIFY(!add->okButton()->isEnabled());
        type(add->passwordEdit(), QString::fromLatin1(kNewPassword));
        QVERIFY(!add->okButton()->isEnabled()); // not typed twice yet
        type(add->repeatEdit(), QString::fromLatin1(kNewPassword));
        QVERIFY(add->meter()->acceptable());
        QVERIFY(add->meter()->meter()->value() >= 2);
        QVERIFY(add->okButton()->isEnabled());
        QTest::mouseClick(add->okButton(), Qt::LeftButton);
        QCOMPARE(dialog.table()->rowCount(), 2);
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("gwen")));
        QCOMPARE(dialog.table()->item(dialog.table()->currentRow(), 0)->text(), QStringLiteral("gwen"));
        auto gwen = m_fixture->open("gwen", kNewPassword);
        QVERIFY(gwen);
        QCOMPARE(gwen->user().role, Role::Caseworker);
        QCOMPARE(gwen->user().displayName, std::string("Gwen Example"));
    }

    void duplicateNameIsRefusedWithAMessage()
    {
        QVERIFY(m_setup->users().add("gwen", kNewPassword, Role::Caseworker));
        UsersDialog dialog(*m_setup);
        AddUserDialog* add = dialog.openAdd();
        type(add->usernameEdit(), QStringLiteral("gwen"));
        type(add->passwordEdit(), QStringLiteral("another calm river at noon"));
        type(add->repeatEdit(), QStringLiteral("another calm river at noon"));
        QTest::mouseClick(add->okButton(), Qt::LeftButton);
        QVERIFY(add->isVisible());
        QVERIFY(add->errorLabel()->isVisible());
        QVERIFY(add->errorLabel()->text().contains(QStringLiteral("already exists")));
        add->passwordEdit()->setText(QString());
        add->repeatEdit()->setText(QString());
        add->usernameEdit()->setText(QString());
        add->displayNameEdit()->setText(QString());
        add->reject();
    }

    void changeRoleAndLastCoordinatorRefused()
    {
        QVERIFY(m_setup->users().add("gwen", kNewPassword, Role::Caseworker));
        UsersDialog dialog(*m_setup);
        // The only coordinator cannot step down: the core's refusal is shown, nothing changes.
        dialog.selectUser(QString::fromLatin1(pagestest::kCoordinator));
        ChangeRoleDialog* self = dialog.openChangeRole();
        QVERIFY(self);
        selectRole(self->roleCombo(), Role::Caseworker);
        self->accept();
        QVERIFY(self->isVisible());
        QVERIFY(self->errorLabel()->isVisible());
        QVERIFY2(self->errorLabel()->text().contains(QStringLiteral("last active coordinator")),
                 qPrintable(self->errorLabel()->text()));
        self->reject();
        QCOMPARE(m_fixture->open()->user().role, Role::Coordinator);

        dialog.selectUser(QStringLiteral("gwen"));
        ChangeRoleDialog* change = dialog.openChangeRole();
        QVERIFY(change);
        selectRole(change->roleCombo(), Role::Auditor);
        change->accept();
        QVERIFY(!change->isVisible());
        QCOMPARE(dialog.table()->item(dialog.table()->currentRow(), 2)->text(), QStringLiteral("Auditor"));
        QCOMPARE(m_fixture->open("gwen", kNewPassword)->user().role, Role::Auditor);
    }

    void deactivateUser()
    {
        QVERIFY(m_setup->users().add("gwen", kNewPassword, Role::Caseworker));
        UsersDialog dialog(*m_setup);
        dialog.selectUser(QString::fromLatin1(pagestest::kCoordinator));
        QVERIFY(!dialog.removeButton()->isEnabled()); // not your own account
        dialog.selectUser(QStringLiteral("gwen"));
        QVERIFY(dialog.removeButton()->isEnabled());
        QVERIFY(dialog.removeSelected());
        QVERIFY(!Casebook::open(m_fixture->path, "gwen", kNewPassword, m_fixture->clock));
        dialog.selectUser(QStringLiteral("gwen"));
        QVERIFY(!dialog.resetButton()->isEnabled());
        QVERIFY(dialog.table()->item(dialog.table()->currentRow(), 3)->text().startsWith(QStringLiteral("No")));
    }

    // A reset through the dialog; the user's next sign-in asks for a password of their own
    // before the window can be used; Cancel there locks; changing it clears the demand.
    void resetForcesAChangeAtNextSignIn()
    {
        QVERIFY(m_setup->users().add("gwen", kNewPassword, Role::Caseworker));
        {
            UsersDialog dialog(*m_setup);
            dialog.selectUser(QStringLiteral("gwen"));
            PasswordDialog* reset = dialog.openReset();
            QVERIFY(reset);
            QVERIFY(reset->currentEdit() == nullptr);
            type(reset->newEdit(), QString::fromLatin1(kTemporary));
            type(reset->repeatEdit(), QString::fromLatin1(kTemporary));
            QTest::mouseClick(reset->okButton(), Qt::LeftButton);
            QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("reset")));
        }
        {
            MainWindow window(m_fixture->open("gwen", kTemporary));
            QSignalSpy lock(&window, &MainWindow::lockRequested);
            window.show();
            QTRY_VERIFY(window.findChild<PasswordDialog*>(QStringLiteral("requiredPasswordDialog")) != nullptr);
            auto* required = window.findChild<PasswordDialog*>(QStringLiteral("requiredPasswordDialog"));
            QTRY_VERIFY(required->isVisible());
            QVERIFY(required->isModal());
            required->reject(); // Lock
            QCOMPARE(lock.count(), 1);
        }
        {
            MainWindow window(m_fixture->open("gwen", kTemporary));
            window.show();
            QTRY_VERIFY(window.findChild<PasswordDialog*>(QStringLiteral("requiredPasswordDialog")) != nullptr);
            auto* required = window.findChild<PasswordDialog*>(QStringLiteral("requiredPasswordDialog"));
            type(required->currentEdit(), QStringLiteral("not the temporary one"));
            type(required->newEdit(), QStringLiteral("her very own quiet harbour"));
            type(required->repeatEdit(), QStringLiteral("her very own quiet harbour"));
            QTest::mouseClick(required->okButton(), Qt::LeftButton);
            QVERIFY(required->errorLabel()->isVisible()); // the current one was wrong
            QVERIFY(required->errorLabel()->text().contains(QStringLiteral("current password")));
            type(required->currentEdit(), QString::fromLatin1(kTemporary));
            QTest::mouseClick(required->okButton(), Qt::LeftButton);
            QTRY_VERIFY(window.findChild<PasswordDialog*>(QStringLiteral("requiredPasswordDialog")) == nullptr);
        }
        auto again = m_fixture->open("gwen", "her very own quiet harbour");
        QVERIFY(again);
        QCOMPARE(again->users().mustChangePassword().value(), false);
        MainWindow window(std::move(again));
        window.show();
        QTest::qWait(50);
        QVERIFY(window.findChild<PasswordDialog*>(QStringLiteral("requiredPasswordDialog")) == nullptr);
    }

    void changeOwnPasswordFromTheMenu()
    {
        QVERIFY(m_setup->users().add("gwen", kNewPassword, Role::Caseworker));
        MainWindow window(m_fixture->open("gwen", kNewPassword));
        window.show();
        auto* action = window.findChild<QAction*>(QStringLiteral("actionChangePassword"));
        QVERIFY(action);
        action->trigger();
        auto* dialog = window.findChild<PasswordDialog*>(QStringLiteral("passwordDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->currentEdit());
        type(dialog->currentEdit(), QString::fromLatin1(kNewPassword));
        type(dialog->newEdit(), QStringLiteral("gwen"));
        QVERIFY(!dialog->okButton()->isEnabled());
        type(dialog->newEdit(), QStringLiteral("a second gentle otter story"));
        type(dialog->repeatEdit(), QStringLiteral("a second gentle otter story"));
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->accept();
        QVERIFY(!dialog->isVisible());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("password was changed")));
        QVERIFY(!Casebook::open(m_fixture->path, "gwen", kNewPassword, m_fixture->clock));
        QVERIFY(m_fixture->open("gwen", "a second gentle otter story"));
    }

    void menuEntriesFollowTheRole()
    {
        QVERIFY(m_setup->users().add("gwen", kNewPassword, Role::Caseworker));
        QVERIFY(m_setup->users().add("audrey", kTemporary, Role::Auditor));
        {
            MainWindow window(m_fixture->open("gwen", kNewPassword));
            QVERIFY(window.findChild<QAction*>(QStringLiteral("actionChangePassword")));
            QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionUsers")));
            QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionAuditTrail")));
        }
        {
            MainWindow window(m_fixture->open("audrey", kTemporary));
            QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionUsers")));
            QVERIFY(window.findChild<QAction*>(QStringLiteral("actionAuditTrail")));
        }
        MainWindow window(m_fixture->open());
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionUsers")));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionAuditTrail")));
        window.findChild<QAction*>(QStringLiteral("actionUsers"))->trigger();
        QVERIFY(window.findChild<UsersDialog*>());
    }

    void auditFilterByOperationShowsOnlyThoseRows()
    {
        auto found = m_setup->people().search("Alder");
        QVERIFY(found && !found->empty());
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_setup->people().view(found->front().id));
        AuditViewer viewer(*m_setup);
        const int all = viewer.model()->rowCount();
        viewer.operationCombo()->setCurrentText(QStringLiteral("person.viewed"));
        QVERIFY(viewer.applyFilters());
        QCOMPARE(viewer.model()->rowCount(), 3);
        QVERIFY(all > 3);
        for (int row = 0; row < viewer.model()->rowCount(); ++row)
            QCOMPARE(viewer.model()->entry(row).event.operation, std::string("person.viewed"));
        // A family, and the person filter by case reference.
        viewer.operationCombo()->setCurrentText(QStringLiteral("person."));
        viewer.personEdit()->setText(QString::fromStdString(found->front().caseReference));
        QVERIFY(viewer.applyFilters());
        QVERIFY(viewer.model()->rowCount() >= 4); // created + three views
        for (int row = 0; row < viewer.model()->rowCount(); ++row)
            QCOMPARE(viewer.model()->entry(row).event.recordId, found->front().id);
        viewer.personEdit()->setText(QStringLiteral("NO-SUCH-REF"));
        QVERIFY(!viewer.applyFilters());
        QVERIFY(viewer.statusLabel()->text().contains(QStringLiteral("NO-SUCH-REF")));
        viewer.personEdit()->setText(QString());
        viewer.operationCombo()->setCurrentText(QString());
        viewer.userCombo()->setCurrentText(QStringLiteral("nobody"));
        QVERIFY(!viewer.applyFilters());
        QCOMPARE(viewer.model()->rowCount(), 0);
        QVERIFY(viewer.statusLabel()->text().contains(QStringLiteral("nobody")));
    }

    // A row about no record (a reading of the trail, a sign-in) shows a blank Record cell, not
    // a null id.
    void rowWithoutRecordShowsBlank()
    {
        QVERIFY(m_setup->audit().list(AuditFilter{})); // an audit.read row about no record
        AuditViewer viewer(*m_setup);
        viewer.operationCombo()->setCurrentText(QStringLiteral("audit.read"));
        QVERIFY(viewer.applyFilters());
        QVERIFY(viewer.model()->rowCount() >= 1);
        bool blank = false;
        for (int row = 0; row < viewer.model()->rowCount(); ++row) {
            const QString cell = viewer.model()->index(row, AuditTableModel::Record).data(Qt::DisplayRole).toString();
            QVERIFY2(!cell.contains(QStringLiteral("00000000")), qPrintable(cell));
            if (viewer.model()->entry(row).event.recordId.isNull())
                blank = blank || cell.isEmpty();
        }
        QVERIFY(blank);
        // A row about a record still names it.
        auto found = m_setup->people().search("Alder");
        QVERIFY(found && !found->empty());
        QVERIFY(m_setup->people().view(found->front().id));
        viewer.operationCombo()->setCurrentText(QStringLiteral("person.viewed"));
        QVERIFY(viewer.applyFilters());
        QVERIFY(viewer.model()->rowCount() >= 1);
        QCOMPARE(viewer.model()->index(0, AuditTableModel::Record).data(Qt::DisplayRole).toString(),
                 QStringLiteral("person ") + QString::fromStdString(found->front().id.toString()).left(8));
    }

    // A long trail is read a page at a time: opening stays quick, scrolling reads on.
    void longTrailIsPaged()
    {
        std::vector<Person> drafts;
        for (int i = 0; i < 2600; ++i)
            drafts.push_back(pagestest::generatedPerson(i + 10));
        QVERIFY(m_setup->people().createMany(std::move(drafts)));
        const auto reads = [&] {
            Statement st(m_setup->database(), "SELECT count(*) FROM audit_log WHERE operation = 'audit.read'");
            return st.step() ? st.integer(0) : -1;
        };
        const auto readsBefore = reads();
        QElapsedTimer timer;
        timer.start();
        AuditViewer viewer(*m_setup);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        const qint64 openMs = timer.elapsed();
        QCOMPARE(viewer.model()->rowCount(), AuditTableModel::kPage);
        QVERIFY(viewer.model()->canFetchMore({}));
        timer.restart();
        viewer.table()->scrollToBottom();
        QTRY_VERIFY(viewer.model()->rowCount() > AuditTableModel::kPage);
        const qint64 pageMs = timer.elapsed();
        viewer.table()->scrollToBottom();
        QTRY_VERIFY(viewer.model()->rowCount() > 2 * AuditTableModel::kPage);
        // One audit row for the search, however many pages the table reads.
        QCOMPARE(reads(), readsBefore + 1);
        // A new search is a new row.
        viewer.operationCombo()->setCurrentText(QStringLiteral("person."));
        QVERIFY(viewer.applyFilters());
        QCOMPARE(reads(), readsBefore + 2);
        qInfo("audit viewer over %d+ rows: open %lld ms, next page %lld ms", 2600, openMs, pageMs);
        QVERIFY2(openMs < 3000, "opening the audit viewer took too long");
    }

    // The attack: an audit row altered with the raw database key (unwrapped from a slot, as
    // any user can). Verify names the row and selects it in the table.
    void verifyNamesATamperedRow()
    {
        auto found = m_setup->people().search("Brio");
        QVERIFY(found && !found->empty());
        QVERIFY(m_setup->people().view(found->front().id));
        const std::int64_t seq =
            test::scalar(*m_setup, "SELECT max(seq) FROM audit_log WHERE operation = 'person.viewed'");
        QVERIFY(seq > 0);
        for (int i = 0; i < 3; ++i) // rows after it, so it is not the newest
            QVERIFY(m_setup->people().view(found->front().id));
        m_setup.reset();
        {
            auto keyring = Keyring::load(Casebook::keyFilePath(m_fixture->path));
            QVERIFY(keyring);
            auto key = keyring->unlock(pagestest::kCoordinator, pagestest::kPassword);
            QVERIFY(key);
            auto db = Database::open(m_fixture->path, **key, false);
            QVERIFY(db);
            QVERIFY((*db)->exec("UPDATE audit_log SET username = 'someone else' WHERE seq = " + std::to_string(seq)));
        }
        m_setup = m_fixture->open();
        QVERIFY(m_setup);
        AuditViewer viewer(*m_setup);
        viewer.operationCombo()->setCurrentText(QStringLiteral("signin."));
        QVERIFY(viewer.applyFilters()); // the bad row is not among the rows shown
        QVERIFY(!viewer.verifyNow());
        const QString text = viewer.verifyLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("row %1 (").arg(seq)) && text.contains(QStringLiteral("person.viewed by "
                                                                                                    "someone else")),
                 qPrintable(text));
        const QModelIndexList selected = viewer.table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(viewer.model()->entry(selected.front().row()).seq, seq);
    }

    void exportIsRecordedAsADisclosure()
    {
        AuditViewer viewer(*m_setup);
        viewer.operationCombo()->setCurrentText(QStringLiteral("signin."));
        const auto out = m_fixture->dir.file("audit.csv");
        QVERIFY(viewer.exportRows(QString::fromStdString(out.string()), AuditExportFormat::Csv,
                                  QStringLiteral("Data protection officer")));
        QVERIFY(std::filesystem::exists(out));
        QVERIFY(viewer.statusLabel()->text().contains(QStringLiteral("audit.csv")));
        AuditFilter f;
        f.operation = "audit.exported";
        auto rows = m_setup->audit().list(f);
        QVERIFY(rows);
        QCOMPARE(rows->size(), std::size_t(1));
        QVERIFY(rows->front().event.detail.find("recipient=Data protection officer") != std::string::npos);
    }

    // An older copy put back: the window shows the warning from the first moment.
    void rollbackShowsTheBanner()
    {
        {
            MainWindow window(m_fixture->open());
            auto* banner = window.findChild<QLabel*>(QStringLiteral("anchorBanner"));
            QVERIFY(banner);
            QVERIFY(banner->isHidden());
        }
        m_setup.reset();
        const auto aside = m_fixture->dir.file("aside.waymark");
        std::filesystem::copy_file(m_fixture->path, aside);
        {
            auto cb = m_fixture->open();
            QVERIFY(cb);
            QVERIFY(cb->people().create(pagestest::generatedPerson(40)));
        }
        for (const char* suffix : {"-wal", "-shm"}) {
            std::error_code ec;
            std::filesystem::remove(m_fixture->path.string() + suffix, ec);
        }
        std::filesystem::copy_file(aside, m_fixture->path, std::filesystem::copy_options::overwrite_existing);
        MainWindow window(m_fixture->open());
        window.show();
        auto* banner = window.findChild<QLabel*>(QStringLiteral("anchorBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("older")), qPrintable(banner->text()));
    }

private:
    std::unique_ptr<pagestest::Fixture> m_fixture;
    std::unique_ptr<Casebook> m_setup;
};

QTEST_MAIN(TestAccounts)
#include "TestAccounts.moc"
