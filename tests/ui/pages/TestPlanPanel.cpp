// The plan box of a referral's page, its goal and intervention dialogs and Tools › Providers…,
// through real widgets offscreen: a goal with domains typed in, an intervention referred to a
// provider without consent (refused with the sentence, then a coordinator's override with a
// reason shown on the row), a caseworker refused, and a provider added in the list.
// WAYMARK_SCREENSHOT_DIR=<dir> saves pictures of the page and dialogs at 1280x800 and 800x600.

#include "PagesFixture.h"

#include "ui/convert/Convert.h"
#include "ui/delivery/InterventionDialog.h"
#include "ui/delivery/PlanGoalDialog.h"
#include "ui/delivery/PlanPanel.h"
#include "ui/delivery/ProvidersDialog.h"
#include "ui/pages/ReferralPage.h"
#include "ui/widgets/DateEdit.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTest>

using waymark::convert::toQString;

namespace {

constexpr const char* kWorker = "casey";
constexpr const char* kWorkerPassword = "long river walk at noon";

void selectData(QComboBox* combo, const QString& data)
{
    const int i = combo->findData(data);
    QVERIFY2(i >= 0, qPrintable(data));
    combo->setCurrentIndex(i);
}

void shoot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QApplication::processEvents();
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestPlanPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<pagestest::Fixture> m_fixture;
    std::unique_ptr<waymark::Casebook> m_cb;
    waymark::Uuid m_referral;
    std::string m_reference;

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<pagestest::Fixture>();
        m_cb = m_fixture->create(1);
        QVERIFY(m_cb);
        QVERIFY(m_cb->users().add(kWorker, kWorkerPassword, waymark::Role::Caseworker, "Casey Worker"));
        auto people = m_cb->people().search("Alder");
        QVERIFY(people && !people->empty());
        // Not restricted: the caseworker of the last test is not allocated to the referral.
        const waymark::Uuid personId = people->front().id;
        if (people->front().flags.restricted)
            QVERIFY(m_cb->people().setRestricted(personId, false, "plan panel tests"));
        waymark::Referral r;
        r.personId = personId;
        r.received = waymark::Date::fromYmd(2026, 5, 28).value();
        r.eventDate = waymark::Date::fromYmd(2026, 5, 20).value();
        r.source = "police";
        r.route = "community_resolution";
        r.consent = "not_asked";
        auto created = m_cb->referrals().create(r);
        QVERIFY(created);
        QVERIFY(m_cb->referrals().startScreening(created->id));
        auto accepted = m_cb->referrals().decide(created->id, "accepted", {}, {});
        QVERIFY2(accepted, accepted ? "" : waymark::describe(accepted.error()).c_str());
        m_referral = created->id;
        m_reference = created->reference;
        waymark::Provider p;
        p.name = "Northside Youth Mentors";
        p.kind = "charity";
        p.fundingSource = "PCC grant";
        QVERIFY(m_cb->plans().addProvider(p));
    }

    void cleanup()
    {
        m_cb.reset();
        m_fixture.reset();
    }

    void goalAndInterventionWithConsentOverride()
    {
        ReferralPage page(*m_cb);
        QVERIFY(page.openReferral(m_referral));
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        PlanPanel* plan = page.planPanel();
        QVERIFY(plan && plan->isVisible());
        QVERIFY(plan->consentLabel()->text().contains(QStringLiteral("need consent")));
        QVERIFY(plan->addGoalButton()->isVisible());

        // A goal, typed in: text, two domains by keyboard, Enter saves.
        QTest::mouseClick(plan->addGoalButton(), Qt::LeftButton);
        auto* goal = page.findChild<PlanGoalDialog*>();
        QVERIFY(goal);
        QVERIFY(QTest::qWaitForWindowExposed(goal));
        QTest::keyClicks(goal->textEdit(), QStringLiteral("Back into full-time school"));
        QListWidget* domains = goal->domainList();
        for (const char* code : {"ete", "peers_lifestyle"})
            for (int i = 0; i < domains->count(); ++i)
                if (domains->item(i)->data(Qt::UserRole).toString() == QLatin1String(code)) {
                    domains->setCurrentRow(i);
                    domains->item(i)->setCheckState(Qt::Checked);
                }
        shoot(goal, QStringLiteral("plan-goal-dialog"));
        QTest::keyClick(goal->textEdit(), Qt::Key_Return);
        QTRY_VERIFY(!page.findChild<PlanGoalDialog*>());
        QCOMPARE(plan->goalsTable()->rowCount(), 1);
        QCOMPARE(plan->goalsTable()->item(0, 0)->text(), QStringLiteral("Back into full-time school"));
        QVERIFY(plan->goalsTable()->item(0, 1)->text().contains(QStringLiteral("Peers and lifestyle")));

        // An intervention referred to the provider: the dialog warns before saving and offers
        // a coordinator the reason box; saving without a reason is refused by the door.
        QTest::mouseClick(plan->addInterventionButton(), Qt::LeftButton);
        auto* dialog = page.findChild<InterventionDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!dialog->consentLabel()->isVisible());
        selectData(dialog->typeCombo(), QStringLiteral("mentoring"));
        dialog->providerCombo()->setCurrentIndex(1);
        QTest::keyClicks(dialog->startEdit(), QStringLiteral("08/06/2026"));
        selectData(dialog->statusCombo(), QStringLiteral("referred"));
        QVERIFY(dialog->consentLabel()->isVisible());
        QVERIFY(dialog->consentLabel()->text().contains(toQString(m_reference)));
        QVERIFY(dialog->overrideReasonEdit()->isVisible());
        QCOMPARE(dialog->referredEdit()->date(), m_cb->clock().today());
        dialog->overrideReasonEdit()->clear();
        // Hide the reason box as if nothing was typed: the door refuses, the dialog stays.
        dialog->overrideReasonEdit()->setVisible(false);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorLabel()->isVisible());
        QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("reason")));
        QVERIFY(dialog->overrideReasonEdit()->isVisible());
        QTest::keyClicks(dialog->overrideReasonEdit(), QStringLiteral("Parent agreed by phone"));
        shoot(dialog, QStringLiteral("plan-intervention-dialog"));
        QTest::keyClick(dialog->overrideReasonEdit(), Qt::Key_Return);
        QTRY_VERIFY(!page.findChild<InterventionDialog*>());
        QCOMPARE(plan->interventionsTable()->rowCount(), 1);
        QCOMPARE(plan->interventionsTable()->item(0, 1)->text(), QStringLiteral("Northside Youth Mentors"));
        QVERIFY(plan->interventionsTable()->item(0, 4)->text().contains(QStringLiteral("consent overridden")));
        QVERIFY(plan->interventionsTable()->item(0, 4)->toolTip().contains(QStringLiteral("Parent agreed by phone")));
        auto stored = m_cb->plans().interventions(waymark::InterventionQuery{});
        QVERIFY(stored && stored->size() == 1);
        QVERIFY(stored->front().intervention.consentOverridden);
        QCOMPARE(stored->front().intervention.overrideReason, std::string("Parent agreed by phone"));

        // Opening the row shows the override and offers the next statuses only.
        plan->interventionsTable()->setFocus();
        plan->interventionsTable()->setCurrentCell(0, 0);
        InterventionDialog* again = plan->openInterventionDialog(0);
        QVERIFY(again);
        QVERIFY(again->findChild<QLabel*>(QStringLiteral("consentOverridden"))->isVisibleTo(again));
        QCOMPARE(again->statusCombo()->findData(QStringLiteral("planned")), -1);
        QVERIFY(again->statusCombo()->findData(QStringLiteral("active")) >= 0);
        again->reject();

        shoot(&page, QStringLiteral("referral-plan-1280x800"));
        page.resize(800, 600);
        if (auto* scroll = page.findChild<QScrollArea*>())
            scroll->ensureWidgetVisible(plan);
        shoot(&page, QStringLiteral("referral-plan-800x600"));
    }

    void caseworkerIsRefusedWithTheSentence()
    {
        m_cb.reset();
        auto worker = m_fixture->open(kWorker, kWorkerPassword);
        QVERIFY(worker);
        ReferralPage page(*worker);
        QVERIFY(page.openReferral(m_referral));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        InterventionDialog* dialog = page.planPanel()->openInterventionDialog();
        QVERIFY(dialog);
        dialog->providerCombo()->setCurrentIndex(1);
        selectData(dialog->statusCombo(), QStringLiteral("referred"));
        QVERIFY(dialog->consentLabel()->isVisible());
        QVERIFY(!dialog->overrideReasonEdit()->isVisible()); // not for caseworkers
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->consentLabel()->text().contains(toQString(m_reference)));
        QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("until consent")));
        auto stored = worker->plans().interventions(waymark::InterventionQuery{});
        QVERIFY(stored && stored->empty());
        // Planned, it saves.
        selectData(dialog->statusCombo(), QStringLiteral("planned"));
        dialog->referredEdit()->setDate({});
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<InterventionDialog*>());
        QCOMPARE(page.planPanel()->interventionsTable()->rowCount(), 1);
    }

    void providersDialogListsAndAdds()
    {
        ProvidersDialog dialog(*m_cb);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 2)->text(), QStringLiteral("PCC grant"));
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        auto* edit = dialog.findChild<ProviderEditDialog*>();
        QVERIFY(edit);
        QTest::keyClicks(edit->nameEdit(), QStringLiteral("Eastgate Boxing Club"));
        selectData(edit->kindCombo(), QStringLiteral("sport_club"));
        QTest::keyClicks(edit->fundingEdit(), QStringLiteral("Local authority"));
        QTest::keyClicks(edit->emailEdit(), QStringLiteral("not-an-email"));
        QTest::keyClick(edit->nameEdit(), Qt::Key_Return);
        QVERIFY(edit->isVisible());
        QVERIFY(edit->errorLabel()->text().contains(QStringLiteral("@")));
        edit->emailEdit()->clear();
        QTest::keyClicks(edit->emailEdit(), QStringLiteral("coach@example.org"));
        shoot(edit, QStringLiteral("provider-edit-dialog"));
        QTest::keyClick(edit->nameEdit(), Qt::Key_Return);
        QTRY_VERIFY(!dialog.findChild<ProviderEditDialog*>());
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(dialog.table()->item(0, 0)->text(), QStringLiteral("Eastgate Boxing Club"));
        shoot(&dialog, QStringLiteral("providers-dialog"));

        // A caseworker sees the list without the buttons.
        auto worker = m_fixture->open(kWorker, kWorkerPassword);
        QVERIFY(worker);
        ProvidersDialog readOnly(*worker);
        readOnly.show();
        QCOMPARE(readOnly.table()->rowCount(), 2);
        QVERIFY(!readOnly.addButton()->isVisible());
        QVERIFY(!readOnly.editButton()->isVisible());
    }
};

QTEST_MAIN(TestPlanPanel)
#include "TestPlanPanel.moc"
