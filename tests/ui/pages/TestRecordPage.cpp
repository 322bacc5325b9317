// The record-page base (ui/pages/RecordPage) through a minimal editor of its own: dirty
// tracking, the "Saved." banner going on the next edit, save-before-lock keeping an
// encrypted draft of a form that does not validate, and the draft coming back.

#include "PagesFixture.h"

#include "ui/convert/Convert.h"
#include "ui/pages/RecordPage.h"
#include "ui/widgets/RuleSentences.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

namespace {

// A record with a required title and a free note; "saved" in memory, so the test sees the
// base alone (the drafts go to the real casebook).
class MiniPage : public RecordPage
{
public:
    explicit MiniPage(waymark::Casebook& casebook)
        : RecordPage(casebook, {"test_mini", waymark::Action::PersonCreate, waymark::Action::PersonUpdate},
                     QStringLiteral("mini"))
    {
        auto* layout = new QVBoxLayout(formContainer());
        title = new QLineEdit;
        title->setObjectName(QStringLiteral("title"));
        note = new QLineEdit;
        note->setObjectName(QStringLiteral("note"));
        flag = new QCheckBox(QStringLiteral("Flag"));
        flag->setObjectName(QStringLiteral("flag"));
        layout->addWidget(title);
        layout->addWidget(note);
        layout->addWidget(flag);
        watchForChanges(flag);
        for (QLineEdit* edit : {title, note}) {
            registerField(edit->objectName(), edit);
            watchForChanges(edit);
        }
        setFormTabOrder({title, note});
        load({}, {});
    }

    void load(const QString& t, const QString& n)
    {
        {
            const Loading loading(*this);
            title->setText(t);
            note->setText(n);
        }
        loaded();
    }
    void makeReadOnly(bool readOnly) { setReadOnly(readOnly); }

    QLineEdit* title = nullptr;
    QLineEdit* note = nullptr;
    QCheckBox* flag = nullptr;
    waymark::Uuid id;
    int saves = 0;

protected:
    waymark::Uuid recordId() const override { return id; }
    std::string recordVersion() const override { return m_version; }
    void setRecordVersion(const std::string& version) override { m_version = version; }
    QString draftTitle() const override { return title->text(); }
    QString fieldLabel(const QString& field) const override
    {
        return field == QLatin1String("title") ? QStringLiteral("the title") : field;
    }
    bool saveRecord(bool) override
    {
        if (title->text().trimmed().isEmpty()) {
            showFieldError(
                QStringLiteral("title"),
                RuleSentences::pleaseCheck(fieldLabel(QStringLiteral("title")),
                                           RuleSentences::hint(QStringLiteral("title"), QStringLiteral("required"))));
            return false;
        }
        ++saves;
        if (id.isNull())
            id = waymark::Uuid::v7(std::chrono::system_clock::now());
        m_version = "v" + std::to_string(saves);
        load(title->text(), note->text());
        return true;
    }
    void updateHeading() override { heading()->setText(isDirty() ? QStringLiteral("dirty") : QStringLiteral("clean")); }

private:
    std::string m_version;
};

QLabel* info(const QWidget& page)
{
    return page.findChild<QLabel*>(QStringLiteral("infoMessage"));
}

} // namespace

class TestRecordPage : public QObject
{
    Q_OBJECT

    pagestest::Fixture m_fixture;
    std::unique_ptr<waymark::Casebook> m_casebook;

private Q_SLOTS:
    void initTestCase()
    {
        m_casebook = m_fixture.create();
        QVERIFY(m_casebook);
    }
    void cleanupTestCase() { m_casebook.reset(); }

    void loadingIsNotAnEditTypingIs()
    {
        MiniPage page(*m_casebook);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.isDirty());
        page.load(QStringLiteral("Loaded"), QStringLiteral("quietly"));
        QVERIFY(!page.isDirty());
        QCOMPARE(page.saveBeforeLock(), RecordPage::LockSave::NothingToSave);
        page.title->setFocus();
        QTest::keyClicks(page.title, QStringLiteral("!"));
        QVERIFY(page.isDirty());
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("miniHeading"))->text(), QStringLiteral("dirty"));
        QSignalSpy saved(&page, &RecordPage::saved);
        QTest::keyClick(page.title, Qt::Key_S, Qt::ControlModifier); // Ctrl+S is the base's
        QCOMPARE(saved.count(), 1);
        QCOMPARE(page.saves, 1);
        QVERIFY(!page.isDirty());
        QCOMPARE(saved.first().first().value<waymark::Uuid>(), page.id);
    }

    void savedBannerGoesOnTheNextEdit()
    {
        MiniPage page(*m_casebook);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.title->setText(QStringLiteral("Banner"));
        QVERIFY(page.save());
        QVERIFY(info(page)->isVisible());
        QCOMPARE(info(page)->text(), QStringLiteral("Saved."));
        page.note->setFocus();
        QTest::keyClicks(page.note, QStringLiteral("x"));
        QVERIFY(page.isDirty());
        QVERIFY(!info(page)->isVisible());
    }

    void failedSaveNamesTheFieldAndKeepsTheTyping()
    {
        MiniPage page(*m_casebook);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.note->setText(QStringLiteral("kept"));
        QVERIFY(!page.save());
        QCOMPARE(page.errorText(), QStringLiteral("Please check the title: It is required."));
        QCOMPARE(page.invalidFields(), QStringList{QStringLiteral("title")});
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(page.title));
        QCOMPARE(page.note->text(), QStringLiteral("kept"));
        QVERIFY(page.isDirty());
        page.title->setText(QStringLiteral("Now valid"));
        QVERIFY(page.save());
        QVERIFY(page.errorText().isEmpty());
        QVERIFY(page.invalidFields().isEmpty());
    }

    void saveBeforeLockKeepsADraftOfAnInvalidForm()
    {
        {
            MiniPage page(*m_casebook);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.note->setFocus();
            QTest::keyClicks(page.note, QStringLiteral("typed before the lock"));
            QCOMPARE(page.saveBeforeLock(), RecordPage::LockSave::KeptAsDraft);
            QCOMPARE(page.saves, 0);
            QCOMPARE(page.invalidFields(), QStringList{QStringLiteral("title")});
            QCOMPARE(page.describeFields(page.invalidFields()), QStringLiteral("the title"));
        }
        // In the casebook, encrypted with it: form name, the invalid field, the typing.
        auto draft = m_casebook->drafts().load("test_mini", waymark::Uuid{});
        QVERIFY(draft && *draft);
        QCOMPARE((*draft)->invalidFields, std::vector<std::string>{"title"});
        QCOMPARE((*draft)->needs, waymark::Action::PersonCreate);
        const QJsonObject payload = QJsonDocument::fromJson(QByteArray::fromStdString((*draft)->payload)).object();
        QCOMPARE(payload.value(QStringLiteral("fields")).toObject().value(QStringLiteral("note")).toString(),
                 QStringLiteral("typed before the lock"));

        // After unlock: back in a fresh page, marked, and gone from the casebook.
        MiniPage again(*m_casebook);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.restoreDraft());
        QCOMPARE(again.note->text(), QStringLiteral("typed before the lock"));
        QVERIFY(again.isDirty());
        QVERIFY2(again.errorText().contains(QStringLiteral("the title")), qPrintable(again.errorText()));
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(again.title));
        auto gone = m_casebook->drafts().load("test_mini", waymark::Uuid{});
        QVERIFY(gone && !*gone);
        QVERIFY(!again.restoreDraft());
    }

    void validFormIsSavedBeforeLock()
    {
        MiniPage page(*m_casebook);
        page.title->setText(QStringLiteral("Complete"));
        QCOMPARE(page.saveBeforeLock(), RecordPage::LockSave::Saved);
        QCOMPARE(page.saves, 1);
        auto draft = m_casebook->drafts().load("test_mini", page.id);
        QVERIFY(draft && !*draft);
    }

    void readOnlyLooksAndActsReadOnly()
    {
        MiniPage page(*m_casebook);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.makeReadOnly(true);
        QVERIFY(page.isReadOnly());
        QVERIFY(page.title->isReadOnly());
        QCOMPARE(page.title->palette().color(QPalette::Base), page.palette().color(QPalette::Window));
        // Ticks are disabled but their labels stay as legible as the fields.
        QVERIFY(!page.flag->isEnabled());
        QCOMPARE(page.flag->palette().color(QPalette::Disabled, QPalette::WindowText),
                 page.palette().color(QPalette::Active, QPalette::WindowText));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("saveButton"))->isVisible());
        QVERIFY(!page.isDirty()); // becoming read-only is not an edit
        QVERIFY(!page.save());
        QCOMPARE(page.saveBeforeLock(), RecordPage::LockSave::NothingToSave);
        page.makeReadOnly(false);
        QVERIFY(!page.title->isReadOnly());
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("saveButton"))->isVisible());
    }

    void leavingAsksOnlyWhenDirty()
    {
        MiniPage page(*m_casebook);
        QStringList asked;
        bool answer = false;
        page.setAskHandler([&](const QString&, const QString& question) {
            asked << question;
            return answer;
        });
        QVERIFY(page.confirmLeave());
        QVERIFY(asked.isEmpty());
        page.note->setText(QStringLiteral("unsaved"));
        QVERIFY(!page.confirmLeave());
        answer = true;
        QVERIFY(page.confirmLeave());
        QCOMPARE(asked.size(), 2);
    }
};

QTEST_MAIN(TestRecordPage)
#include "TestRecordPage.moc"
