// The look: palette contrast (WCAG AA) in light and dark, the record header, the one-column
// reflow of the person page in a narrow window, the stale "Saved." banner, the user guide,
// and following the system between light and dark while the app runs.

#include "PagesFixture.h"

#include "core/calendar/Age.h"
#include "ui/app/Language.h"
#include "ui/app/Theme.h"
#include "ui/dialogs/UserGuideDialog.h"
#include "ui/pages/MainWindow.h"
#include "ui/pages/PersonPage.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

class TestLook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_casebook = m_fixture.create(3);
        QVERIFY(m_casebook);
    }
    void cleanupTestCase() { m_casebook.reset(); }

    void paletteMeetsWcagAa_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void paletteMeetsWcagAa()
    {
        QFETCH(bool, dark);
        const Theme::Colors colors = dark ? Theme::dark() : Theme::light();
        QCOMPARE(colors.dark, dark);
        const auto pairs = Theme::textPairs(colors);
        QVERIFY(pairs.size() >= 10);
        for (const auto& pair : pairs) {
            const double ratio = Theme::contrastRatio(pair.foreground, pair.background);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                                  .arg(pair.name, pair.foreground.name(), pair.background.name())
                                                  .arg(ratio, 0, 'f', 2)));
        }
        // The palette Qt gets carries those colours.
        const QPalette p = Theme::palette(colors);
        QVERIFY(Theme::contrastRatio(p.color(QPalette::Text), p.color(QPalette::Base)) >= 4.5);
        QVERIFY(Theme::contrastRatio(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 4.5);
        QVERIFY(Theme::contrastRatio(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 4.5);
        // The formula itself: black on white is 21:1, a colour on itself 1:1.
        QCOMPARE(qRound(Theme::contrastRatio(Qt::black, Qt::white)), 21);
        QCOMPARE(Theme::contrastRatio(colors.window, colors.window), 1.0);
    }

    void recordHeaderShowsAgeReferenceAndFlags()
    {
        waymark::Person p = pagestest::generatedPerson(0); // looked after (0 % 7 == 0)
        p.givenName = "Chipper";
        p.flags.childInNeed = true;
        auto created = m_casebook->people().create(p);
        QVERIFY(created);
        PersonPage page(*m_casebook);
        page.show();
        QVERIFY(page.openPerson(created->person.id));
        QStringList chips;
        for (const QLabel* chip : page.findChildren<QLabel*>(QStringLiteral("chip")))
            chips << chip->text();
        const int age = waymark::ageOn(p.dateOfBirth, m_fixture.clock->today());
        QVERIFY2(chips.contains(QStringLiteral("Age %1").arg(age)), qPrintable(chips.join(u'|')));
        QVERIFY(chips.contains(QString::fromStdString(created->person.caseReference)));
        QVERIFY(chips.contains(QStringLiteral("Looked-after child")));
        QVERIFY(chips.contains(QStringLiteral("Child in need")));
    }

    void narrowWindowReflowsToOneColumn()
    {
        PersonPage page(*m_casebook);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* name = page.findChild<QWidget*>(QStringLiteral("nameGroup"));
        auto* flags = page.findChild<QWidget*>(QStringLiteral("flagsGroup"));
        QVERIFY(name && flags);
        QTRY_VERIFY(flags->mapTo(&page, QPoint()).x() > name->mapTo(&page, QPoint()).x() + name->width() / 2);
        page.resize(640, 560); // what is left of 800x600 beside the sidebar
        QTRY_VERIFY(flags->mapTo(&page, QPoint()).y() > name->mapTo(&page, QPoint()).y() + name->height());
        auto* scroll = page.findChild<QScrollArea*>(QStringLiteral("personScroll"));
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        QVERIFY(scroll->widget()->width() <= scroll->viewport()->width());
        qInfo("1100 px: two columns; 640 px: one column, no sideways scrolling");
    }

    void chipsWrapInANarrowWindow()
    {
        waymark::Person p = pagestest::generatedPerson(1);
        p.givenName = "Wrapper-Maximiliana Bartholomew-Featherstonehaugh";
        p.flags = {};
        p.flags.lookedAfter = p.flags.childProtectionPlan = p.flags.childInNeed = p.flags.careLeaver = true;
        p.flags.exploitationConcern = p.flags.sendAln = true;
        auto created = m_casebook->people().create(p);
        QVERIFY(created);
        PersonPage page(*m_casebook);
        page.resize(640, 560); // what is left of 800x600 beside the sidebar
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.openPerson(created->person.id));
        auto* chips = page.findChild<QWidget*>(QStringLiteral("personChips"));
        const QList<QLabel*> labels = chips->findChildren<QLabel*>(QStringLiteral("chip"));
        QVERIFY(labels.size() >= 7);
        // Every chip whole and inside the row (none clipped or drawn over another); more than one line.
        QTRY_VERIFY(labels.last()->geometry().bottom() > labels.first()->geometry().bottom());
        for (const QLabel* chip : labels) {
            QVERIFY2(chips->rect().contains(chip->geometry()), qPrintable(chip->text()));
            QCOMPARE(chip->width(), chip->sizeHint().width());
            for (const QLabel* other : labels)
                QVERIFY(chip == other || !chip->geometry().intersects(other->geometry()));
        }
        // A long name wraps in the heading rather than being cut off.
        auto* heading = page.findChild<QLabel*>(QStringLiteral("personHeading"));
        QVERIFY(chips->geometry().top() >= heading->geometry().bottom());
        const QRect needed = QFontMetrics(heading->font())
                                 .boundingRect(QRect(0, 0, heading->width(), 10000), Qt::TextWordWrap, heading->text());
        QVERIFY2(needed.height() <= heading->height() && needed.width() <= heading->width(),
                 qPrintable(QStringLiteral("%1x%2 in %3x%4")
                                .arg(needed.width())
                                .arg(needed.height())
                                .arg(heading->width())
                                .arg(heading->height())));
        qInfo("640 px: %lld chips on more than one line, none clipped", static_cast<long long>(labels.size()));
    }

    void smallScreenMaximisesTheWindow()
    {
        // On a screen smaller than the window's 1200x760 (an 800x600 projector) the window is
        // maximised, so the window manager keeps its frame and status bar on the screen; on
        // a larger one it is not.
        const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
        auto casebook = m_fixture.open();
        QVERIFY(casebook);
        MainWindow window(std::move(casebook));
        const bool small = screen.width() < 1240 || screen.height() < 800;
        QCOMPARE(bool(window.windowState() & Qt::WindowMaximized), small);
        qInfo("screen %dx%d: maximised %s", screen.width(), screen.height(), small ? "yes" : "no");
    }

    void savedBannerGoesWhenTheFormChanges()
    {
        auto created = m_casebook->people().create(pagestest::generatedPerson(5));
        QVERIFY(created);
        PersonPage page(*m_casebook);
        page.show();
        QVERIFY(page.openPerson(created->person.id));
        auto* phone = qobject_cast<QLineEdit*>(page.fieldWidget(QStringLiteral("phone")));
        phone->setFocus();
        QTest::keyClicks(phone, QStringLiteral("01632 960123"));
        QVERIFY(page.save());
        auto* info = page.findChild<QLabel*>(QStringLiteral("infoMessage"));
        QVERIFY(info->isVisible());
        QCOMPARE(info->text(), QStringLiteral("Saved."));
        QTest::keyClick(phone, Qt::Key_4);
        QVERIFY(page.isDirty());
        QVERIFY(!info->isVisible());
    }

    void userGuideOpensFromHelpInEnglishAndWelsh()
    {
        auto casebook = m_fixture.open();
        QVERIFY(casebook);
        MainWindow window(std::move(casebook));
        window.show();
        auto* action = window.findChild<QAction*>(QStringLiteral("actionUserGuide"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
        action->trigger();
        auto* guide = window.findChild<UserGuideDialog*>();
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        QCOMPARE(guide->source(), QStringLiteral(":/docs/user-guide.md"));
        QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("Waymark user guide")));
        QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("Restore your unsaved changes")));
        // Never taller or wider than the screen leaves room for (800x600: Close stays on it).
        const QSize screen = guide->screen()->availableGeometry().size();
        QVERIFY(guide->width() <= screen.width() - 40 && guide->height() <= screen.height() - 80);
        guide->close();

        UserGuideDialog welsh;
        QCOMPARE(UserGuideDialog::guideFor(QLocale(QLocale::Welsh)), QStringLiteral(":/docs/user-guide.cy.md"));
        QFile file(UserGuideDialog::guideFor(QLocale(QLocale::Welsh)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("Canllaw defnyddiwr Waymark")));
    }

    void fileOpenAndRecentAskForAnotherCasebook()
    {
        auto casebook = m_fixture.open();
        QVERIFY(casebook);
        MainWindow window(std::move(casebook));
        QSignalSpy open(&window, &MainWindow::openCasebookRequested);
        window.setRecentCasebooks(
            {QStringLiteral("/tmp/other.waymark"), QString::fromStdString(m_fixture.path.string())});
        auto* recent = window.findChild<QMenu*>(QStringLiteral("recentMenu"));
        QVERIFY(recent && recent->isEnabled());
        QCOMPARE(recent->actions().size(), 1); // not the casebook already open
        recent->actions().first()->trigger();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), QStringLiteral("/tmp/other.waymark"));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionOpenCasebook")));
    }

    void openingARecordOffersItsPutOffDraft()
    {
        auto created = m_casebook->people().create(pagestest::generatedPerson(9));
        QVERIFY(created);
        const waymark::Uuid id = created->person.id;
        auto casebook = m_fixture.open();
        QVERIFY(casebook);
        waymark::Draft draft;
        draft.form = "person";
        draft.recordId = id;
        draft.title = "Later Person";
        draft.payload = R"({"fields":{"phone":"01632 960555"},"contacts":[]})";
        draft.needs = waymark::Action::PersonUpdate;
        QVERIFY(casebook->drafts().save(draft));
        MainWindow window(std::move(casebook));
        window.show();
        QVERIFY(window.showPerson(id));
        auto* offer = window.findChild<QMessageBox*>(QStringLiteral("draftOffer"));
        QVERIFY(offer != nullptr);
        QTest::mouseClick(offer->findChild<QPushButton*>(QStringLiteral("restoreDraftButton")), Qt::LeftButton);
        QTRY_COMPARE(qobject_cast<QLineEdit*>(window.personPage()->fieldWidget(QStringLiteral("phone")))->text(),
                     QStringLiteral("01632 960555"));
        QVERIFY(window.personPage()->isDirty());
        for (const QMessageBox* box : window.findChildren<QMessageBox*>(QStringLiteral("draftOffer")))
            QVERIFY(!box->isVisible()); // offered once, not again when the restore opens the record
        QVERIFY(window.casebook().drafts().list()->empty());
    }

    // The navigation list is as wide as its longest label needs, in Welsh too ("Atgyfeiriadau"
    // was cut at 800x600), and still leaves the page most of an 800-pixel window.
    void navigationFitsItsLabelsInWelsh()
    {
        for (const char* language : {"cy", "en_GB"}) {
            for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
            QCOMPARE(Language::install(*qApp, QString::fromLatin1(language)), QString::fromLatin1(language));
            auto casebook = m_fixture.open();
            QVERIFY(casebook);
            MainWindow window(std::move(casebook));
            window.setWindowState(Qt::WindowNoState);
            window.resize(800, 600);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
            QVERIFY(nav);
            if (QString::fromLatin1(language) == QStringLiteral("cy"))
                QCOMPARE(nav->item(2)->text(), QStringLiteral("Atgyfeiriadau"));
            for (int i = 0; i < nav->count(); ++i) {
                const QRect cell = nav->visualItemRect(nav->item(i));
                const int needs = nav->sizeHintForIndex(nav->model()->index(i, 0)).width();
                QVERIFY2(needs <= cell.width() && cell.right() < nav->viewport()->width(),
                         qPrintable(QStringLiteral("%1: %2 needs %3, has %4")
                                        .arg(QString::fromLatin1(language), nav->item(i)->text())
                                        .arg(needs)
                                        .arg(cell.width())));
            }
            QVERIFY2(nav->width() <= 200, qPrintable(QString::number(nav->width())));
            qInfo("%s: navigation %d px wide", language, nav->width());
            if (!qEnvironmentVariableIsEmpty("WAYMARK_SHOTS"))
                window.grab().save(qEnvironmentVariable("WAYMARK_SHOTS") +
                                   QStringLiteral("/nav-%1.png").arg(QString::fromLatin1(language)));
        }
        QCOMPARE(MainWindow::tr("Referrals"), QStringLiteral("Referrals"));
    }

    void englishPluralsOnAnyEnglishSystem()
    {
        // Even when the system asks for US English (no catalogue of its own), the British
        // English catalogue supplies the plural forms.
        QCOMPARE(Language::install(*qApp, QStringLiteral("en_US")), QStringLiteral("en_GB"));
        const char* source = "Waymark locked the casebook because nobody used it for %n minute(s).";
        QCOMPARE(QCoreApplication::translate("AppController", source, nullptr, 1),
                 QStringLiteral("Waymark locked the casebook because nobody used it for 1 minute."));
        QCOMPARE(QCoreApplication::translate("AppController", source, nullptr, 5),
                 QStringLiteral("Waymark locked the casebook because nobody used it for 5 minutes."));
    }

    void followsTheSystemBetweenLightAndDark()
    {
        // The desktop switches to dark while Waymark runs: Qt 6.4 sends ThemeChange (and the
        // platform's palette changes); the app palette, the icons already on screen and the
        // banners follow. WAYMARK_COLOR_SCHEME stands in for the desktop setting here.
        qputenv("WAYMARK_COLOR_SCHEME", "light");
        Theme::apply(*qApp);
        Theme::refresh();
        QVERIFY(!Theme::current().dark);
        PersonPage page(*m_casebook);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.save()); // an empty form: the error banner is up
        auto* error = page.findChild<QLabel*>(QStringLiteral("errorMessage"));
        QVERIFY(error->isVisible());
        const QIcon icon = Theme::icon(QStringLiteral("save")); // made while light
        const auto drawsIn = [](const QIcon& i, const QColor& ink, QIcon::Mode mode = QIcon::Normal) {
            const QImage image = i.pixmap(QSize(48, 48), mode).toImage().convertToFormat(QImage::Format_ARGB32);
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (c.alpha() == 255 && c.rgb() == ink.rgb())
                        return true;
                }
            return false;
        };
        QVERIFY(drawsIn(icon, Theme::light().windowText));
        // On a selected row (the sidebar's current page) every stroke takes the highlighted
        // text's colour: the accent is the selection's own background.
        const QIcon flag = Theme::icon(QStringLiteral("flag"));
        QVERIFY(drawsIn(flag, Theme::light().accent));
        QVERIFY(drawsIn(flag, Theme::light().highlightedText, QIcon::Selected));
        QVERIFY(!drawsIn(flag, Theme::light().accent, QIcon::Selected));
        QVERIFY(!drawsIn(flag, Theme::light().windowText, QIcon::Selected));
        QSignalSpy changed(Theme::notifier(), &ThemeNotifier::changed);

        qputenv("WAYMARK_COLOR_SCHEME", "dark");
        QEvent themeChange(QEvent::ThemeChange);
        QApplication::sendEvent(&page, &themeChange);
        QTRY_COMPARE(changed.count(), 1);
        QVERIFY(Theme::current().dark);
        QCOMPARE(qApp->palette().color(QPalette::Window), Theme::dark().window);
        QTRY_COMPARE(page.palette().color(QPalette::Window), Theme::dark().window);
        QVERIFY(drawsIn(icon, Theme::dark().windowText));
        QVERIFY(!drawsIn(icon, Theme::light().windowText));
        QVERIFY2(error->styleSheet().contains(Theme::dark().errorBackground.name()), qPrintable(error->styleSheet()));

        qputenv("WAYMARK_COLOR_SCHEME", "light");
        QApplication::sendEvent(&page, &themeChange);
        QTRY_COMPARE(changed.count(), 2);
        QVERIFY(!Theme::current().dark);
        QCOMPARE(qApp->palette().color(QPalette::Window), Theme::light().window);
        QVERIFY(drawsIn(icon, Theme::light().windowText));
        QVERIFY(error->styleSheet().contains(Theme::light().errorBackground.name()));
        qunsetenv("WAYMARK_COLOR_SCHEME");
        qInfo("light -> dark -> light at runtime: palette, an icon already made, and the error banner followed");
    }

private:
    pagestest::Fixture m_fixture;
    std::unique_ptr<waymark::Casebook> m_casebook;
};

QTEST_MAIN(TestLook)
#include "TestLook.moc"
