// Assessments through real widgets, offscreen: the referral page's Assessments box, a new
// assessment typed into the real dialog (ratings chosen from the keyboard, notes typed), the
// door's refusal put next to the field, the clock stopping, a reassessment pre-filled with the
// change per domain, Esc asking before discarding, and an old assessment opening in its own
// template version. With WAYMARK_SHOT_DIR set (run under a real X server) the dialog and the
// page are photographed at 1280x800 and 800x600.

#include "../pages/PagesFixture.h"
#include "ui/convert/Convert.h"
#include "ui/delivery/AssessmentDialog.h"
#include "ui/delivery/AssessmentsPanel.h"
#include "ui/pages/ReferralPage.h"
#include "ui/widgets/DateEdit.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QTest>

#include <algorithm>

using waymark::convert::toQString;

namespace {

waymark::Date day(int y, int m, int d)
{
    return waymark::Date::fromYmd(y, m, d).value();
}

QStringList domainCodes()
{
    QStringList out;
    for (const auto& d : waymark::defaultDomains())
        out << toQString(d.code);
    return out;
}

// Saves a picture of the whole screen (window manager and all) when WAYMARK_SHOT_DIR is set.
void shot(const QString& name)
{
    const QString dir = qEnvironmentVariable("WAYMARK_SHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300);
    QScreen* screen = QGuiApplication::primaryScreen();
    const QSize size = screen->size();
    screen->grabWindow(0).save(dir + QLatin1Char('/') + name +
                               QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height()));
}

} // namespace

class TestAssessmentDialog : public QObject
{
    Q_OBJECT

private:
    pagestest::Fixture m_fixture;
    std::unique_ptr<waymark::Casebook> m_casebook;
    waymark::Uuid m_referral;

private Q_SLOTS:
    void initTestCase()
    {
        m_casebook = m_fixture.create(0);
        QVERIFY(m_casebook);
        auto person = m_casebook->people().create(pagestest::generatedPerson(3));
        QVERIFY(person);
        waymark::Referral r;
        r.personId = person->person.id;
        r.received = day(2026, 5, 26);
        r.eventDate = day(2026, 5, 20);
        r.source = "police";
        r.route = "triage";
        auto created = m_casebook->referrals().create(r);
        QVERIFY(created);
        QVERIFY(m_casebook->referrals().startScreening(created->id));
        QVERIFY(m_casebook->referrals().decide(created->id, "accepted", {}, {}));
        m_referral = created->id;
    }

    void recordThroughTheDialog()
    {
        ReferralPage page(*m_casebook);
        page.resize(QGuiApplication::primaryScreen()->availableSize());
        QVERIFY(page.openReferral(m_referral));
        page.show();
        auto* panel = page.findChild<AssessmentsPanel*>();
        QVERIFY(panel);
        QVERIFY(panel->isVisibleTo(&page));
        QVERIFY(panel->newButton()->isEnabled());
        QVERIFY(!panel->reassessButton()->isEnabled()); // nothing to reassess yet
        QCOMPARE(page.detail().assessmentClock.state, waymark::ClockState::Running);
        shot(QStringLiteral("referral-page-assessments-empty"));

        QTest::mouseClick(panel->newButton(), Qt::LeftButton);
        auto* dialog = page.window()->findChild<AssessmentDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->loaded());
        QVERIFY(!dialog->isReassessment());
        QCOMPARE(dialog->dateEdit()->date(), day(2026, 6, 1));
        const QStringList codes = domainCodes();
        QCOMPARE(codes.size(), 13);
        for (const auto& code : codes)
            QVERIFY2(dialog->ratingCombo(code) && dialog->notesEdit(code), qPrintable(code));

        // Ratings from the keyboard: the digit picks the rating, N "not assessed".
        QComboBox* living = dialog->ratingCombo(QStringLiteral("living_arrangements"));
        living->setFocus();
        QTest::keyClick(living, Qt::Key_3);
        QCOMPARE(living->currentData().toInt(), 3);
        QComboBox* motivation = dialog->ratingCombo(QStringLiteral("motivation_to_change"));
        QTest::keyClick(motivation, Qt::Key_N);
        QCOMPARE(motivation->currentData().toInt(), -1);
        QTest::keyClicks(dialog->notesEdit(QStringLiteral("substance_use")), QStringLiteral("Generated note"));
        QTest::keyClicks(dialog->ownViewEdit(), QStringLiteral("Generated view"));
        QVERIFY(dialog->isDirty());

        // Saving with domains unrated: refused, the sentence shown, the focus on the first one.
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorLabel()->isVisible());
        QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("Family and relationships")),
                 qPrintable(dialog->errorLabel()->text()));
        QCOMPARE(dialog->focusWidget(), dialog->ratingCombo(QStringLiteral("family_relationships")));

        int value = 0;
        for (const auto& code : codes) {
            QComboBox* combo = dialog->ratingCombo(code);
            if (combo->currentData().toInt() == -2) {
                combo->setFocus();
                QTest::keyClick(combo, Qt::Key(Qt::Key_0 + (value++ % 5)));
            }
        }
        QVERIFY2(dialog->totalLabel()->text().contains(QStringLiteral("12")), qPrintable(dialog->totalLabel()->text()));
        const QSize screen = QGuiApplication::primaryScreen()->availableSize();
        dialog->resize(std::min(1000, screen.width() - 40), std::min(720, screen.height() - 60));
        shot(QStringLiteral("assessment-dialog"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY2(!dialog->errorLabel()->isVisible(), qPrintable(dialog->errorLabel()->text()));
        QTRY_VERIFY(!page.window()->findChild<AssessmentDialog*>() ||
                    !page.window()->findChild<AssessmentDialog*>()->isVisible());

        // Stored as typed; the list shows it; the clock stopped on the page.
        QCOMPARE(panel->table()->rowCount(), 1);
        auto rows = m_casebook->assessments().forReferral(m_referral);
        QVERIFY(rows && rows->size() == 1);
        auto stored = m_casebook->assessments().view(rows->front().id);
        QVERIFY(stored);
        QCOMPARE(stored->assessment.rating("living_arrangements")->rating, std::optional<int>(3));
        QVERIFY(stored->assessment.rating("motivation_to_change")->notAssessed);
        QCOMPARE(stored->assessment.rating("substance_use")->notes, std::string("Generated note"));
        QCOMPARE(stored->assessment.ownView, std::string("Generated view"));
        QCOMPARE(page.detail().assessmentClock.stopped, day(2026, 6, 1));
        QVERIFY(panel->reassessButton()->isEnabled());
        shot(QStringLiteral("referral-page-assessments"));
    }

    void reassessShowsTheChange()
    {
        ReferralPage page(*m_casebook);
        QVERIFY(page.openReferral(m_referral));
        auto* panel = page.findChild<AssessmentsPanel*>();
        QVERIFY(panel);
        m_fixture.clock->advance(std::chrono::hours(24 * 30));
        AssessmentDialog* dialog = panel->openReassessment();
        QVERIFY(dialog);
        QVERIFY(dialog->isReassessment());
        QComboBox* living = dialog->ratingCombo(QStringLiteral("living_arrangements"));
        QCOMPARE(living->currentData().toInt(), 3); // carried over
        QCOMPARE(dialog->notesEdit(QStringLiteral("substance_use"))->toPlainText(), QStringLiteral("Generated note"));
        QLabel* change = dialog->changeLabel(QStringLiteral("living_arrangements"));
        QVERIFY(change);
        QVERIFY2(change->text().contains(QStringLiteral("3 \u2192 3")), qPrintable(change->text()));
        living->setFocus();
        QTest::keyClick(living, Qt::Key_1);
        QVERIFY2(change->text().contains(QStringLiteral("\u22122")), qPrintable(change->text()));
        QVERIFY2(change->text().contains(QStringLiteral("less concern")), qPrintable(change->text()));
        QVERIFY2(dialog->changeLabel(QStringLiteral("motivation_to_change"))->text().contains(QStringLiteral("not")),
                 qPrintable(dialog->changeLabel(QStringLiteral("motivation_to_change"))->text()));
        QVERIFY2(dialog->totalLabel()->text().contains(QStringLiteral("\u22122")),
                 qPrintable(dialog->totalLabel()->text()));
        const QSize screen = QGuiApplication::primaryScreen()->availableSize();
        dialog->resize(std::min(1000, screen.width() - 40), std::min(720, screen.height() - 60));
        shot(QStringLiteral("reassessment-dialog"));

        // Esc with changes asks first; keeping editing keeps the dialog.
        int asked = 0;
        dialog->setAskFn([&](const QString&, const QString&) {
            ++asked;
            return false;
        });
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(asked, 1);
        QVERIFY(dialog->isVisible());
        // Enter saves.
        dialog->saveButton()->setFocus();
        QTest::keyClick(dialog->saveButton(), Qt::Key_Return);
        QVERIFY2(!dialog->errorLabel()->isVisible(), qPrintable(dialog->errorLabel()->text()));
        QCOMPARE(panel->table()->rowCount(), 2);
        auto rows = m_casebook->assessments().forReferral(m_referral);
        QVERIFY(rows && rows->size() == 2);
        auto distance = m_casebook->assessments().distance(rows->front().id);
        QVERIFY(distance);
        QCOMPARE(distance->totalChange, -2);
    }

    // The casebook locking closes dialogs through reject(): an incomplete assessment is kept
    // as an encrypted draft (never asked about, never lost) and offered back on the page.
    void lockKeepsTheUnsavedAssessment()
    {
        QString notes;
        {
            ReferralPage page(*m_casebook);
            QVERIFY(page.openReferral(m_referral));
            auto* panel = page.findChild<AssessmentsPanel*>();
            QVERIFY(!panel->resumeButton()->isVisibleTo(panel));
            AssessmentDialog* dialog = panel->openNewAssessment();
            QVERIFY(dialog);
            int asked = 0;
            dialog->setAskFn([&](const QString&, const QString&) {
                ++asked;
                return false;
            });
            QComboBox* peers = dialog->ratingCombo(QStringLiteral("peers_lifestyle"));
            peers->setFocus();
            QTest::keyClick(peers, Qt::Key_4);
            notes = QStringLiteral("Generated words typed before the lock\nsecond line");
            dialog->notesEdit(QStringLiteral("thinking_behaviour"))->setPlainText(notes);
            QTest::keyClicks(dialog->summaryEdit(), QStringLiteral("Generated summary"));
            dialog->reject(); // what AppController::closeDialogsOf does on lock
            QCOMPARE(asked, 0);
            QVERIFY(!dialog->isVisible());
        }
        auto drafts = m_casebook->drafts().list();
        QVERIFY(drafts);
        const auto kept = std::ranges::find_if(*drafts, [](const waymark::Draft& d) { return d.form == "assessment"; });
        QVERIFY(kept != drafts->end());
        QCOMPARE(kept->recordId, m_referral);
        QVERIFY(std::ranges::count(kept->invalidFields, std::string("rating.living_arrangements")) == 1);

        // After unlock: the referral page offers it back, as typed.
        ReferralPage page(*m_casebook);
        QVERIFY(page.openReferral(m_referral));
        auto* panel = page.findChild<AssessmentsPanel*>();
        QVERIFY(panel->resumeButton()->isVisibleTo(panel));
        const int before = panel->table()->rowCount();
        AssessmentDialog* restored = panel->openKeptDraft();
        QVERIFY(restored);
        QCOMPARE(restored->ratingCombo(QStringLiteral("peers_lifestyle"))->currentData().toInt(), 4);
        QCOMPARE(restored->notesEdit(QStringLiteral("thinking_behaviour"))->toPlainText(), notes);
        QCOMPARE(restored->summaryEdit()->toPlainText(), QStringLiteral("Generated summary"));
        QVERIFY(restored->isDirty()); // Esc would ask
        for (const auto& code : domainCodes()) {
            QComboBox* combo = restored->ratingCombo(code);
            if (combo->currentData().toInt() == -2)
                combo->setCurrentIndex(combo->findData(1));
        }
        QTest::mouseClick(restored->saveButton(), Qt::LeftButton);
        QVERIFY2(!restored->errorLabel()->isVisible(), qPrintable(restored->errorLabel()->text()));
        QCOMPARE(panel->table()->rowCount(), before + 1);
        QTRY_VERIFY(!panel->resumeButton()->isVisibleTo(panel));
        drafts = m_casebook->drafts().list();
        QVERIFY(std::ranges::none_of(*drafts, [](const waymark::Draft& d) { return d.form == "assessment"; }));
    }

    void escWithoutChangesAndOldTemplateVersion()
    {
        // Version 2 of the template drops a domain; the first assessment still opens with v1's 13.
        waymark::AssessmentTemplate v2 = waymark::defaultTemplate();
        v2.domains.pop_back();
        QVERIFY(m_casebook->assessments().publishTemplate(v2));
        ReferralPage page(*m_casebook);
        QVERIFY(page.openReferral(m_referral));
        auto* panel = page.findChild<AssessmentsPanel*>();
        auto rows = m_casebook->assessments().forReferral(m_referral);
        QVERIFY(rows && !rows->empty());
        AssessmentDialog* old = panel->openAssessment(rows->back().id);
        QVERIFY(old);
        QVERIFY(old->ratingCombo(QStringLiteral("motivation_to_change")));
        QVERIFY(!old->isDirty());
        int asked = 0;
        old->setAskFn([&](const QString&, const QString&) {
            ++asked;
            return true;
        });
        QTest::keyClick(old, Qt::Key_Escape);
        QCOMPARE(asked, 0); // nothing typed: closes at once
        QVERIFY(!old->isVisible());
        AssessmentDialog* fresh = panel->openNewAssessment();
        QVERIFY(fresh);
        QVERIFY(!fresh->ratingCombo(QStringLiteral("motivation_to_change")));
        QVERIFY(fresh->ratingCombo(QStringLiteral("living_arrangements")));
    }
};

QTEST_MAIN(TestAssessmentDialog)
#include "TestAssessmentDialog.moc"
