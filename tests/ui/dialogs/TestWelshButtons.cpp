// With Welsh on, no dialog the app shows keeps one of Qt's English standard buttons
// (Yes/No, OK/Cancel, Close ...): the app uses its own verb buttons through tr(), and Qt's
// standard button texts are translated as a safety net.

#include "tests/support/TestSupport.h"

#include "core/Casebook.h"
#include "ui/app/AppSettings.h"
#include "ui/app/Language.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/pages/MainWindow.h"
#include "ui/pages/PersonPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace waymark;

namespace {

const QStringList kEnglish = {
    QStringLiteral("OK"),        QStringLiteral("Cancel"),   QStringLiteral("Close"),
    QStringLiteral("Yes"),       QStringLiteral("No"),       QStringLiteral("Save"),
    QStringLiteral("Discard"),   QStringLiteral("Apply"),    QStringLiteral("Open"),
    QStringLiteral("Help"),      QStringLiteral("Reset"),    QStringLiteral("Abort"),
    QStringLiteral("Retry"),     QStringLiteral("Ignore"),   QStringLiteral("Yes to All"),
    QStringLiteral("No to All"), QStringLiteral("Save All"), QStringLiteral("Restore Defaults"),
};

// The English standard-button texts among the buttons of `w`.
QStringList englishButtons(const QWidget* w)
{
    QStringList found;
    for (const QAbstractButton* b : w->findChildren<QAbstractButton*>()) {
        const QString text = b->text().remove(QLatin1Char('&')).trimmed();
        if (kEnglish.contains(text))
            found << text;
    }
    return found;
}

} // namespace

class TestWelshButtons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(Language::install(*qApp, QStringLiteral("cy")), QStringLiteral("cy"));
        m_path = m_dir.file("welsh.waymark");
        QVERIFY(test::makeCasebook(m_path));
    }

    void standardButtonsAreWelshToo()
    {
        // The safety net: Qt's own standard buttons, should any appear.
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close |
                             QDialogButtonBox::Yes | QDialogButtonBox::No | QDialogButtonBox::Discard);
        QCOMPARE(englishButtons(&box), QStringList());
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Canslo"));
    }

    void settingsAndAbout()
    {
        AppSettings settings(QString::fromStdString(m_dir.file("settings.ini").string()));
        SettingsDialog dialog(settings);
        QCOMPARE(englishButtons(&dialog), QStringList());
        QCOMPARE(dialog.findChild<QPushButton*>(QStringLiteral("saveSettingsButton"))->text(), QStringLiteral("&Cadw"));
        AboutDialog about(std::nullopt);
        QCOMPARE(englishButtons(&about), QStringList());
        QCOMPARE(about.findChild<QPushButton*>(QStringLiteral("closeButton"))->text(), QStringLiteral("&Cau"));
    }

    void leavingUnsavedAsksWithWelshVerbs()
    {
        auto cb = Casebook::open(m_path, test::kUser, test::kPassword);
        QVERIFY(cb);
        ::PersonPage page(**cb);
        page.show();
        QTest::keyClicks(qobject_cast<QLineEdit*>(page.fieldWidget(QStringLiteral("given_name"))),
                         QStringLiteral("Prawf"));
        QVERIFY(page.isDirty());
        QStringList english;
        QStringList buttons;
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box != nullptr);
            english = englishButtons(box);
            for (QAbstractButton* b : box->buttons())
                buttons << b->text();
            box->reject(); // keep editing
        });
        QVERIFY(!page.confirmLeave());
        QCOMPARE(english, QStringList());
        QVERIFY2(buttons.contains(QStringLiteral("&Gwaredu'r newidiadau")), qPrintable(buttons.join(u'|')));
        QVERIFY2(buttons.contains(QStringLiteral("Parhau i &olygu")), qPrintable(buttons.join(u'|')));
    }

    void personPageAccessKeysAreDistinct()
    {
        // Alt+letter reaches one field: no two labels or buttons of the person page share
        // their underlined letter (in Welsh six pairs did, e.g. Enw cyntaf / Cyfenw).
        auto cb = Casebook::open(m_path, test::kUser, test::kPassword);
        QVERIFY(cb);
        ::PersonPage page(**cb);
        QHash<QChar, QString> seen;
        QStringList clashes;
        const auto check = [&](const QString& text) {
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            if (amp < 0 || amp + 1 >= text.size())
                return;
            const QChar key = text.at(amp + 1).toLower();
            if (seen.contains(key))
                clashes << seen.value(key) + QStringLiteral(" / ") + text;
            seen.insert(key, text);
        };
        for (const QLabel* label : page.findChildren<QLabel*>())
            if (label->buddy() != nullptr)
                check(label->text());
        for (const QAbstractButton* button : page.findChildren<QAbstractButton*>())
            check(button->text());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
        qInfo("person page in Welsh: %lld distinct access keys", static_cast<long long>(seen.size()));
    }

    void draftOfferIsWelsh()
    {
        {
            auto cb = Casebook::open(m_path, test::kUser, test::kPassword);
            QVERIFY(cb);
            Draft d;
            d.form = "person";
            d.title = "Prawf Drafft";
            d.payload = "{}";
            d.invalidFields = {"postcode"};
            d.needs = Action::PersonCreate;
            QVERIFY((*cb)->drafts().save(d));
        }
        auto cb = Casebook::open(m_path, test::kUser, test::kPassword);
        QVERIFY(cb);
        MainWindow window(std::move(*cb));
        window.show();
        window.offerDrafts();
        auto* offer = window.findChild<QMessageBox*>(QStringLiteral("draftOffer"));
        QVERIFY(offer != nullptr);
        QCOMPARE(englishButtons(offer), QStringList());
        QVERIFY2(offer->text().contains(QStringLiteral("Prawf Drafft")), qPrintable(offer->text()));
        QVERIFY2(offer->informativeText().contains(QStringLiteral("cod post")), qPrintable(offer->informativeText()));
        offer->reject();
        qInfo("Welsh: settings, about, the unsaved-changes question and the draft offer show no English buttons");
    }

    void pluralsHaveNoBrackets()
    {
        for (int n : {0, 1, 2, 3, 6, 11, 30}) {
            const QString text = QCoreApplication::translate(
                "AppController", "Waymark locked the casebook because nobody used it for %n minute(s).", nullptr, n);
            QVERIFY2(!text.contains(QStringLiteral("(s)")) && text.contains(QStringLiteral("munud")), qPrintable(text));
            QVERIFY(text.contains(QString::number(n)));
        }
    }

private:
    test::TempDir m_dir;
    std::filesystem::path m_path;
};

QTEST_MAIN(TestWelshButtons)
#include "TestWelshButtons.moc"
