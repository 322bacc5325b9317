// Case notes through real widgets, offscreen: writing a note on the referral page and saving
// it with Ctrl+Enter, editing it ("edited", earlier versions for coordinators), a sensitive
// note as a caseworker sees it, the note search with bold matches, the draft kept while
// typing, and locking mid-note: the draft comes back after unlocking.
// WAYMARK_SCREENSHOT_DIR=folder saves pictures of the notes at 1280x800 and 800x600.

#include "tests/ui/pages/PagesFixture.h"
#include "ui/app/AppController.h"
#include "ui/app/AppSettings.h"
#include "ui/delivery/NoteEditor.h"
#include "ui/delivery/NoteSearchDialog.h"
#include "ui/delivery/NotesPanel.h"
#include "ui/dialogs/UnlockDialog.h"
#include "ui/pages/MainWindow.h"
#include "ui/pages/ReferralPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>

#include <algorithm>

using namespace waymark;

namespace {

constexpr const char* kWorker = "casey";
constexpr const char* kWorkerPassword = "long river walk at noon";

template <typename T> T* child(QObject* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
}

NoteEditor* openEditor()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* e = qobject_cast<NoteEditor*>(w); e && e->isVisible())
            return e;
    return nullptr;
}

void shoot(QWidget* w, const QString& name)
{
    const QByteArray dir = qgetenv("WAYMARK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(QString::fromLocal8Bit(dir));
    w->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestNotesUi : public QObject
{
    Q_OBJECT

private:
    pagestest::Fixture m_fixture;
    Uuid m_person;
    Uuid m_referral;
    std::string m_reference;

    std::unique_ptr<MainWindow> window(const char* user = pagestest::kCoordinator,
                                       const char* password = pagestest::kPassword, QSize size = {1280, 800})
    {
        auto casebook = m_fixture.open(user, password);
        if (!casebook)
            return {};
        auto w = std::make_unique<MainWindow>(std::move(casebook));
        w->resize(size);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return {};
        w->activateWindow();
        return w;
    }

    NotesPanel* openReferral(MainWindow& w)
    {
        if (!w.showReferral(m_referral))
            return nullptr;
        return w.referralPage()->notesPanel();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto cb = m_fixture.create(3);
        QVERIFY(cb);
        auto people = cb->people().list({});
        QVERIFY(people && !people->rows.empty());
        // A record that is not restricted: the caseworker below is not allocated to it.
        const auto open = std::find_if(people->rows.begin(), people->rows.end(),
                                       [](const auto& row) { return !row.flags.restricted; });
        QVERIFY(open != people->rows.end());
        m_person = open->id;
        Referral r;
        r.personId = m_person;
        r.received = Date::fromYmd(2026, 5, 28).value();
        r.source = "school";
        r.eventDate = Date::fromYmd(2026, 5, 20).value();
        r.route = "outcome_22";
        auto referral = cb->referrals().create(r);
        QVERIFY2(referral, referral ? "" : describe(referral.error()).c_str());
        m_referral = referral->id;
        m_reference = referral->reference;
        QVERIFY(cb->users().add(kWorker, kWorkerPassword, Role::Caseworker, "Casey Worker"));
    }

    void writeSaveEditAndEarlierVersions()
    {
        auto w = window();
        QVERIFY(w);
        NotesPanel* panel = openReferral(*w);
        QVERIFY(panel && panel->isVisible());
        const int before = panel->shownCount();
        QTest::mouseClick(child<QPushButton>(panel, "newNoteButton"), Qt::LeftButton);
        NoteEditor* editor = nullptr;
        QTRY_VERIFY((editor = openEditor()) != nullptr);
        QVERIFY(child<QLabel>(editor, "noteHeading")->text().contains(QString::fromStdString(m_reference)));
        QPlainTextEdit* text = editor->textEdit();
        QTRY_VERIFY(text->hasFocus());
        QTest::keyClicks(text, QStringLiteral("Met at the youth club. Talked about college."));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter saves
        QTRY_VERIFY(openEditor() == nullptr);
        QCOMPARE(panel->shownCount(), before + 1);
        QListWidget* list = panel->list();
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Talked about college.")));
        QVERIFY(!list->item(0)->text().contains(QStringLiteral("edited")));
        QVERIFY(w->casebook().drafts().list()->empty()); // saved: no draft left behind

        // Edit it: Enter on the note opens it.
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY((editor = openEditor()) != nullptr);
        QVERIFY(!editor->isReadOnly());
        editor->textEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor->textEdit(), QStringLiteral(" Next: bus pass."));
        QTest::mouseClick(child<QPushButton>(editor, "noteSaveButton"), Qt::LeftButton);
        QTRY_VERIFY(openEditor() == nullptr);
        QTRY_VERIFY(list->item(0)->text().contains(QStringLiteral("edited")));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Next: bus pass.")));

        // Coordinators see the earlier versions.
        auto* history = child<QPushButton>(panel, "noteHistoryButton");
        QVERIFY(history->isVisible() && history->isEnabled());
        QTest::mouseClick(history, Qt::LeftButton);
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w->findChild<QDialog*>(QStringLiteral("noteHistoryDialog"))) != nullptr);
        const QString all = child<QPlainTextEdit>(dialog, "noteHistoryText")->toPlainText();
        QVERIFY2(all.contains(QStringLiteral("Version 1")) && all.contains(QStringLiteral("Talked about college.")),
                 qPrintable(all));
        QVERIFY(all.indexOf(QStringLiteral("Next: bus pass.")) < all.indexOf(QStringLiteral("Version 1")));
        dialog->reject();
        for (QWidget* p = panel->parentWidget(); p; p = p->parentWidget())
            if (auto* scroll = qobject_cast<QScrollArea*>(p)) {
                scroll->ensureWidgetVisible(panel, 0, 0);
                break;
            }
        shoot(w.get(), QStringLiteral("notes-referral-1280x800"));
        w->resize(800, 600);
        QTest::qWait(50);
        panel->ensurePolished();
        shoot(w.get(), QStringLiteral("notes-referral-800x600"));
    }

    void caseworkerSeesSensitiveNotesWithheld()
    {
        {
            auto cb = m_fixture.open();
            NoteInput in;
            in.referralId = m_referral;
            in.text = "Coordinator's sensitive disclosure note.";
            in.sensitive = true;
            QVERIFY(cb->notes().add(in));
        }
        auto w = window(kWorker, kWorkerPassword);
        QVERIFY(w);
        NotesPanel* panel = openReferral(*w);
        QVERIFY(panel);
        QListWidget* list = panel->list();
        QVERIFY(list->count() >= 1);
        const QString first = list->item(0)->text();
        QVERIFY2(first.contains(QStringLiteral("A sensitive note by Casey Coordinator")), qPrintable(first));
        QVERIFY(!first.contains(QStringLiteral("disclosure")));
        list->setCurrentRow(0);
        QVERIFY(!child<QPushButton>(panel, "openNoteButton")->isEnabled());
        QVERIFY(!child<QPushButton>(panel, "noteHistoryButton")->isVisible()); // caseworkers: no history
    }

    void searchShowsBoldMatches()
    {
        {
            auto cb = m_fixture.open();
            NoteInput in;
            in.referralId = m_referral;
            in.text = "Zoë went to the café after the football session.";
            QVERIFY(cb->notes().add(in));
        }
        auto w = window();
        QVERIFY(w);
        QAction* action = w->findChild<QAction*>(QStringLiteral("actionSearchNotes"));
        QVERIFY(action && action->isVisible());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        action->trigger();
        NoteSearchDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w->findChild<NoteSearchDialog*>()) != nullptr);
        QTRY_VERIFY(dialog->queryEdit()->hasFocus());
        QTest::keyClicks(dialog->queryEdit(), QStringLiteral("zoe cafe"));
        QTest::keyClick(dialog->queryEdit(), Qt::Key_Return);
        QCOMPARE(dialog->results()->count(), 1);
        const QString html = dialog->resultHtml(0);
        QVERIFY2(html.contains(QStringLiteral("<b>Zoë</b>")) && html.contains(QStringLiteral("<b>café</b>")),
                 qPrintable(html));
        QVERIFY(dialog->results()->hasFocus()); // Enter moved into the results
        shoot(dialog, QStringLiteral("notes-search"));
        // Odd input is searched, never an error.
        dialog->queryEdit()->setText(QStringLiteral("\"NEAR( * OR"));
        dialog->search();
        QCOMPARE(dialog->results()->count(), 0);
        QCOMPARE(child<QLabel>(dialog, "noteSearchStatus")->text(), QStringLiteral("No notes found."));
        // A snippet's text is escaped: markup typed in a note is shown, never obeyed.
        const std::string snippet = std::string("a <i>b</i> ") + kMatchStart + "x&y" + kMatchEnd;
        QCOMPARE(NoteSearchDialog::snippetHtml(snippet), QStringLiteral("a &lt;i&gt;b&lt;/i&gt; <b>x&amp;y</b>"));
        dialog->reject();
    }

    void draftIsKeptWhileTyping()
    {
        auto w = window();
        QVERIFY(w);
        NotesPanel* panel = openReferral(*w);
        NoteEditor* editor = panel->newNote();
        editor->setAutosaveDelay(50);
        QTest::keyClicks(editor->textEdit(), QStringLiteral("Typing a note that is not saved yet"));
        auto* status = child<QLabel>(editor, "noteDraftStatus");
        QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Draft saved")), qPrintable(status->text()));
        auto drafts = w->casebook().drafts().list();
        QVERIFY(drafts && drafts->size() == 1);
        QCOMPARE((*drafts)[0].form, std::string("note"));
        QCOMPARE((*drafts)[0].recordId, m_referral);
        QVERIFY(test::filesContaining(m_fixture.dir.path(), QByteArrayLiteral("not saved yet")).empty());
        shoot(editor, QStringLiteral("notes-editor"));
        // Esc asks first; "Keep writing" keeps the editor open.
        editor->setAsk([](const QString&, const QString&) { return false; });
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(editor->isVisible());
        // "Discard note" closes it and throws the draft away.
        editor->setAsk([](const QString&, const QString&) { return true; });
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(openEditor() == nullptr);
        QVERIFY(w->casebook().drafts().list()->empty());
    }

    void lockMidNoteAndGetTheDraftBack()
    {
        test::TempDir settingsDir;
        AppSettings settings(QString::fromStdString(settingsDir.file("settings.ini").string()));
        AppController controller(settings);
        controller.setKdfStrength(KdfStrength::Minimum);
        controller.openCasebook(QString::fromStdString(m_fixture.path.string()));
        const auto unlock = [&] {
            UnlockDialog* dialog = controller.unlockDialog();
            QVERIFY(dialog && dialog->isVisible());
            auto* user = child<QLineEdit>(dialog, "userName");
            user->clear();
            QTest::keyClicks(user, QString::fromLatin1(kWorker));
            auto* password = child<QLineEdit>(dialog, "password");
            QTest::keyClicks(password, QString::fromLatin1(kWorkerPassword));
            QTest::keyClick(password, Qt::Key_Return);
        };
        unlock();
        QTRY_VERIFY(controller.isUnlocked());
        QPointer<MainWindow> w = controller.mainWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        NotesPanel* panel = openReferral(*w);
        QVERIFY(panel);
        QTest::mouseClick(child<QPushButton>(panel, "newNoteButton"), Qt::LeftButton);
        NoteEditor* editor = nullptr;
        QTRY_VERIFY((editor = openEditor()) != nullptr);
        const QString typed = QStringLiteral("Half a note about the home visit, then the casebook locked");
        QTest::keyClicks(editor->textEdit(), typed);
        QTest::keyClick(editor->textEdit(), Qt::Key_Tab); // keyboard: Tab to the check box, Space ticks it
        QTRY_VERIFY(child<QCheckBox>(editor, "noteSensitive")->hasFocus());
        QTest::keyClick(child<QCheckBox>(editor, "noteSensitive"), Qt::Key_Space);
        QVERIFY(child<QCheckBox>(editor, "noteSensitive")->isChecked());
        // Locked before any autosave ran (the idle and forced locks take this path).
        controller.lockNow();
        QTRY_VERIFY(w.isNull());
        QVERIFY(openEditor() == nullptr);
        QVERIFY(test::filesContaining(m_fixture.dir.path(), typed.toUtf8()).empty());

        unlock();
        QTRY_VERIFY(controller.isUnlocked());
        w = controller.mainWindow();
        QMessageBox* offer = nullptr;
        QTRY_VERIFY((offer = w->findChild<QMessageBox*>(QStringLiteral("noteDraftOffer"))) != nullptr);
        QVERIFY2(offer->text().contains(QString::fromStdString(m_reference)), qPrintable(offer->text()));
        QTest::mouseClick(child<QPushButton>(offer, "restoreNoteDraftButton"), Qt::LeftButton);
        QTRY_VERIFY((editor = openEditor()) != nullptr);
        QCOMPARE(editor->textEdit()->toPlainText(), typed);
        QVERIFY(child<QCheckBox>(editor, "noteSensitive")->isChecked());
        QTest::keyClick(editor->textEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(openEditor() == nullptr);
        NoteListQuery q;
        q.referralId = m_referral;
        auto page = w->casebook().notes().list(q);
        QVERIFY(page && !page->rows.empty());
        QCOMPARE(QString::fromStdString(page->rows[0].note.text), typed);
        QVERIFY(page->rows[0].note.sensitive);
        QVERIFY(w->casebook().drafts().list()->empty());
        controller.lockNow();
        QTRY_VERIFY(w.isNull());
    }
};

QTEST_MAIN(TestNotesUi)
#include "TestNotesUi.moc"
