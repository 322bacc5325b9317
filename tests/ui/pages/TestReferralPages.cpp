// The referral screens through real widgets, offscreen: intake with a candidate match, a
// decision through the dialog, My work's counts against core's queries, the queue's filters,
// and accessible names on every new page.

#include "PagesFixture.h"

#include "core/domain/Codes.h"
#include "ui/app/Language.h"
#include "ui/convert/Convert.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/IntakeDialog.h"
#include "ui/dialogs/MergeDialog.h"
#include "ui/dialogs/ReferralDialogs.h"
#include "ui/models/ReferralListModel.h"
#include "ui/pages/MainWindow.h"
#include "ui/pages/MyWorkPage.h"
#include "ui/pages/PersonPage.h"
#include "ui/pages/ReferralPage.h"
#include "ui/pages/ReferralsPage.h"
#include "ui/widgets/DateEdit.h"
#include "ui/widgets/RuleSentences.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

#include <algorithm>
#include <filesystem>
#include <fstream>

using waymark::convert::toQString;
using waymark::convert::toStd;

namespace {

constexpr const char* kCaseworker = "casey";

waymark::Date day(int y, int m, int d)
{
    return waymark::Date::fromYmd(y, m, d).value();
}

std::string firstCode(std::span<const waymark::CodeOption> codes)
{
    return codes.empty() ? std::string() : std::string(codes.front().code);
}

// A referral of `person` received on `received`, every coded field filled from the tables.
waymark::Referral referralOf(const waymark::Uuid& person, waymark::Date received)
{
    waymark::Referral r;
    r.personId = person;
    r.received = received;
    r.eventDate = received.addDays(-7);
    r.source = firstCode(waymark::referralSourceCodes());
    r.route = firstCode(waymark::referralRouteCodes());
    r.offenceCategory = firstCode(waymark::offenceCategoryCodes());
    r.risk = firstCode(waymark::riskCodes());
    r.consent = "not_asked";
    r.referrerName = "Officer Testfield";
    return r;
}

// Why a result failed; empty when it worked (QVERIFY2 evaluates its message either way).
template <typename R> QString whyNot(const R& result)
{
    return result ? QString() : QString::fromStdString(waymark::describe(result.error()));
}

void checkAccessibleNames(QWidget* page, const char* where)
{
    QSet<QWidget*> labelled;
    for (QLabel* label : page->findChildren<QLabel*>())
        if (label->buddy() != nullptr)
            labelled.insert(label->buddy());
    int controls = 0;
    QStringList unnamed;
    for (QWidget* widget : page->findChildren<QWidget*>()) {
        const bool control = qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) ||
                             qobject_cast<QAbstractButton*>(widget) || qobject_cast<QAbstractItemView*>(widget) ||
                             qobject_cast<QPlainTextEdit*>(widget);
        if (!control || widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(page))
            continue;
        if (qobject_cast<QLineEdit*>(widget) && qobject_cast<QComboBox*>(widget->parentWidget()))
            continue;
        ++controls;
        const bool named =
            !widget->accessibleName().isEmpty() || labelled.contains(widget) ||
            (qobject_cast<QAbstractButton*>(widget) && !qobject_cast<QAbstractButton*>(widget)->text().isEmpty());
        if (!named)
            unnamed << QStringLiteral("%1 '%2'").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                     widget->objectName());
    }
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(where), unnamed.join(QStringLiteral(", ")))));
    QVERIFY(controls > 0);
    qInfo("%s: %d reachable controls, all named", where, controls);
}

// The access key of a label or button text ("C&onsent" -> 'o'); null when it has none.
QChar accessKey(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// Access keys that two visible controls of the referral's own parts share (its person, facts,
// workflow and eligibility groups and the page's Save): Alt+key would then only cycle between
// them. The delivery panels below and the menus are not part of this check.
QStringList accessKeyClashes(QWidget* page)
{
    QHash<QChar, QStringList> byKey;
    const auto note = [&](const QString& text) {
        if (const QChar key = accessKey(text); !key.isNull())
            byKey[key] << text;
    };
    QList<QWidget*> parts;
    for (const char* name :
         {"referralPersonGroup", "referralFactsGroup", "referralWorkflowGroup", "referralEligibilityGroup"})
        if (auto* part = page->findChild<QWidget*>(QLatin1String(name)))
            parts << part;
    if (parts.size() != 4)
        return {QStringLiteral("the referral page's groups were not found")};
    if (auto* save = page->findChild<QAbstractButton*>(QStringLiteral("saveButton")))
        note(save->text());
    for (QWidget* part : std::as_const(parts)) {
        for (QLabel* label : part->findChildren<QLabel*>())
            if (label->buddy() != nullptr && label->isVisibleTo(page))
                note(label->text());
        for (QAbstractButton* button : part->findChildren<QAbstractButton*>())
            if (button->isVisibleTo(page))
                note(button->text());
    }
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1)
            clashes << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(" / ")));
    clashes.sort();
    return clashes;
}

} // namespace

class TestReferralPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void intakeFindsTheCandidateAndLinksTheReferral();
    void intakeCreatesANewPersonWhenNobodyMatches();
    void decisionThroughTheDialog();
    void myWorkCountsEqualCore();
    void caseworkerMyWorkAndTake();
    void queueFiltersAndModel();
    void eligibilitySentencesCarryTheNumbers();
    void everyControlHasAnAccessibleName();
    void pagesFitAt800x600();
    void accessKeysDoNotClash();
    void mergeThroughTheDialogWithPreview();
    void importChecksThenImports();

private:
    std::unique_ptr<MainWindow> window(const char* user = pagestest::kCoordinator);

    pagestest::Fixture m_fixture;
    std::unique_ptr<waymark::Casebook> m_setup;
    waymark::Uuid m_alex; // "Alex Example"
    waymark::Uuid m_caseworker;
};

void TestReferralPages::initTestCase()
{
    // British English plural forms ("12 months", not "12 month(s)").
    QCOMPARE(Language::install(*qApp, QStringLiteral("en_GB")), QStringLiteral("en_GB"));
    m_setup = m_fixture.create(30);
    QVERIFY(m_setup);
    auto worker = m_setup->users().add(kCaseworker, pagestest::kPassword, waymark::Role::Caseworker, "Casey Worker");
    QVERIFY2(worker, qPrintable(whyNot(worker)));
    m_caseworker = worker->id;
    waymark::Person alex;
    alex.givenName = "Alex";
    alex.familyName = "Example";
    alex.dateOfBirth = day(2011, 4, 12);
    alex.sex = "male";
    alex.postcode = "LS6 2AB";
    auto created = m_setup->people().create(alex);
    QVERIFY2(created, qPrintable(whyNot(created)));
    m_alex = created->person.id;
}

std::unique_ptr<MainWindow> TestReferralPages::window(const char* user)
{
    auto casebook = m_fixture.open(user);
    if (!casebook)
        return {};
    auto w = std::make_unique<MainWindow>(std::move(casebook));
    w->resize(1280, 800);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return {};
    w->activateWindow();
    return w;
}

void TestReferralPages::intakeFindsTheCandidateAndLinksTheReferral()
{
    auto w = window();
    QVERIFY(w);
    QCOMPARE(w->currentPage(), static_cast<QWidget*>(w->myWorkPage())); // the page after unlock
    const auto before = w->casebook().people().count();
    QVERIFY(before);

    auto* intake = qobject_cast<IntakeDialog*>(w->startNewReferral());
    QVERIFY(intake);
    QTRY_VERIFY(intake->isVisible());
    QTest::keyClicks(intake->givenNameEdit(), QStringLiteral("Alexander"));
    QTest::keyClicks(intake->familyNameEdit(), QStringLiteral("Example"));
    QTest::keyClicks(intake->dateOfBirthEdit(), QStringLiteral("12/04/2011"));
    intake->activateWindow();
    intake->dateOfBirthEdit()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(intake->dateOfBirthEdit()));
    QTest::keyClick(intake->dateOfBirthEdit(), Qt::Key_Return); // Enter looks for matches
    QVERIFY2(!intake->candidates().empty(), qPrintable(intake->errorText()));
    QCOMPARE(intake->candidates().front().person.id, m_alex);
    QVERIFY(intake->candidatesTable()->isVisible());
    QCOMPARE(intake->candidatesTable()->item(0, 1)->text(), QStringLiteral("Alex Example"));
    // The reasons, translated: the same date of birth and the short form of the name.
    const QString reasons = intake->candidatesTable()->item(0, 4)->text();
    QVERIFY2(reasons.contains(QStringLiteral("Same date of birth")) && reasons.contains(QStringLiteral("short form")),
             qPrintable(reasons));
    qInfo("intake: 'Alexander Example' born 12/04/2011 -> %d candidate(s), first %s, why: %s",
          static_cast<int>(intake->candidates().size()), qPrintable(intake->candidatesTable()->item(0, 0)->text()),
          qPrintable(intake->candidatesTable()->item(0, 4)->text()));

    // Use the existing record: nobody new is created and the referral form opens for Alex.
    QTest::mouseClick(intake->findChild<QPushButton*>(QStringLiteral("useCandidateButton")), Qt::LeftButton);
    QTRY_COMPARE(w->currentPage(), static_cast<QWidget*>(w->referralPage()));
    QCOMPARE(*w->casebook().people().count(), *before);
    ReferralPage* page = w->referralPage();
    QVERIFY(page->isNew());
    QCOMPARE(page->formReferral().personId, m_alex);

    auto* source = page->findChild<QComboBox*>(QStringLiteral("referralSource"));
    source->setCurrentIndex(1);
    page->findChild<DateEdit*>(QStringLiteral("referralEventDate"))->setDate(day(2026, 5, 20));
    auto* route = page->findChild<QComboBox*>(QStringLiteral("referralRoute"));
    route->setCurrentIndex(1);
    QVERIFY(page->isDirty());
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY2(!page->isNew(), qPrintable(page->errorText()));
    auto mine = w->casebook().referrals().forPerson(m_alex);
    QVERIFY(mine);
    QVERIFY(std::ranges::any_of(*mine, [&](const auto& r) { return r.id == page->referral().id; }));
    QCOMPARE(page->referral().state, waymark::ReferralState::Received);
    // The new referral's steps: start screening is offered.
    QVERIFY(page->actionButton(QStringLiteral("stepButton_start_screening")));

    // The person page lists it.
    QVERIFY(w->showPerson(m_alex));
    QTableWidget* list = w->personPage()->referralsTable();
    QVERIFY(list->isVisibleTo(w->personPage()));
    bool listed = false;
    for (int row = 0; row < list->rowCount(); ++row)
        listed |= list->item(row, 0)->text() == toQString(page->referral().reference);
    QVERIFY(listed);
}

void TestReferralPages::intakeCreatesANewPersonWhenNobodyMatches()
{
    auto w = window();
    QVERIFY(w);
    const auto before = *w->casebook().people().count();
    auto* intake = qobject_cast<IntakeDialog*>(w->startNewReferral());
    QVERIFY(intake);
    QTest::keyClicks(intake->givenNameEdit(), QStringLiteral("Quillon"));
    QTest::keyClicks(intake->familyNameEdit(), QStringLiteral("Zephyrmoor"));
    QTest::keyClicks(intake->dateOfBirthEdit(), QStringLiteral("03/09/2012"));
    QCOMPARE(intake->findMatches(), 0);
    QVERIFY(!intake->candidatesTable()->isVisible());
    QVERIFY2(intake->createNew(), qPrintable(intake->errorText()));
    QVERIFY(intake->createdNewPerson());
    QTRY_COMPARE(w->currentPage(), static_cast<QWidget*>(w->referralPage()));
    QCOMPARE(*w->casebook().people().count(), before + 1);
    QCOMPARE(w->referralPage()->formReferral().personId, intake->personId());
}

void TestReferralPages::decisionThroughTheDialog()
{
    auto created = m_setup->referrals().create(referralOf(m_alex, day(2026, 5, 28)));
    QVERIFY2(created, qPrintable(whyNot(created)));
    auto w = window();
    QVERIFY(w);
    QVERIFY(w->showReferral(created->id));
    ReferralPage* page = w->referralPage();
    QCOMPARE(page->referral().state, waymark::ReferralState::Received);

    // Received -> screening by its button.
    QPushButton* screen = page->actionButton(QStringLiteral("stepButton_start_screening"));
    QVERIFY(screen);
    QTest::mouseClick(screen, Qt::LeftButton);
    QCOMPARE(page->referral().state, waymark::ReferralState::Screening);
    QPushButton* decide = page->actionButton(QStringLiteral("decideButton"));
    QVERIFY(decide);
    QVERIFY(!page->actionButton(QStringLiteral("stepButton_start_screening")));

    // The dialog refuses a decline without a reason, then records it with one.
    QTest::mouseClick(decide, Qt::LeftButton);
    auto* dialog = page->findChild<DecisionDialog*>(QStringLiteral("decisionDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->decisionCombo()->setCurrentIndex(dialog->decisionCombo()->findData(QStringLiteral("declined")));
    QVERIFY(dialog->reasonCombo()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("dialogError"))->isVisible());
    dialog->reasonCombo()->setCurrentIndex(dialog->reasonCombo()->findData(QStringLiteral("young_person_declined")));
    QTest::keyClicks(dialog->noteEdit(), QStringLiteral("Said no at the first call."));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(page->findChild<DecisionDialog*>(QStringLiteral("decisionDialog")) == nullptr ||
                !page->findChild<DecisionDialog*>(QStringLiteral("decisionDialog"))->isVisible());

    auto stored = w->casebook().referrals().view(created->id);
    QVERIFY2(stored, qPrintable(whyNot(stored)));
    QCOMPARE(stored->state, waymark::ReferralState::Declined);
    QCOMPARE(stored->decision, std::string("declined"));
    QCOMPARE(stored->decisionReason, std::string("young_person_declined"));
    QCOMPARE(stored->decisionNote, std::string("Said no at the first call."));
    QCOMPARE(page->referral().state, waymark::ReferralState::Declined);
    const QString decision = page->findChild<QLabel*>(QStringLiteral("referralDecision"))->text();
    QVERIFY2(decision.contains(QStringLiteral("Declined")) &&
                 decision.contains(QStringLiteral("Young person declined")),
             qPrintable(decision));
    QVERIFY(page->findChild<QTableWidget*>(QStringLiteral("referralHistory"))->rowCount() >= 3);
    QVERIFY(!page->actionButton(QStringLiteral("decideButton")));
    qInfo("decision dialog: declined with reason and note -> %s", qPrintable(decision));
}

void TestReferralPages::myWorkCountsEqualCore()
{
    // Some overdue (received a month before the pinned 1 June 2026), some due, some allocated.
    std::vector<waymark::Uuid> ids;
    for (int i = 0; i < 6; ++i) {
        auto people = m_setup->people().search("Ashcombe", 10);
        QVERIFY(people && people->size() > static_cast<std::size_t>(i % 3));
        const waymark::Date received = i % 2 ? day(2026, 5, 1) : day(2026, 5, 29);
        auto r = m_setup->referrals().create(referralOf((*people)[static_cast<std::size_t>(i % 3)].id, received));
        QVERIFY2(r, qPrintable(whyNot(r)));
        ids.push_back(r->id);
    }
    QVERIFY(m_setup->referrals().allocate(ids[0], m_caseworker, ""));
    QVERIFY(m_setup->referrals().allocate(ids[1], m_caseworker, ""));
    QVERIFY(m_setup->referrals().startScreening(ids[2]));

    auto w = window();
    QVERIFY(w);
    MyWorkPage* page = w->myWorkPage();
    page->refresh();
    auto core = w->casebook().referrals().myWork();
    QVERIFY2(core, qPrintable(whyNot(core)));
    QVERIFY(core->team);
    const auto& t = core->totals;
    QCOMPARE(page->shownCount(QStringLiteral("countAwaitingScreening")), t.awaitingScreening);
    QCOMPARE(page->shownCount(QStringLiteral("countDecisionsDue")), t.decisionsDue);
    QCOMPARE(page->shownCount(QStringLiteral("countDecisionsOverdue")), t.decisionsOverdue);
    QCOMPARE(page->shownCount(QStringLiteral("countContactsDue")), t.contactsDue);
    QCOMPARE(page->shownCount(QStringLiteral("countContactsOverdue")), t.contactsOverdue);
    QCOMPARE(page->shownCount(QStringLiteral("countUnallocated")), core->unallocated);
    // And core's list queries agree with the tiles.
    waymark::ReferralListQuery received;
    received.state = waymark::ReferralState::Received;
    QCOMPARE(page->shownCount(QStringLiteral("countAwaitingScreening")), *w->casebook().referrals().count(received));
    QVERIFY(t.decisionsOverdue >= 3); // the three received on 1 May
    QVERIFY(t.awaitingScreening >= 5);
    QCOMPARE(page->decisionsTable()->rowCount(),
             static_cast<int>(std::min<std::int64_t>(50, t.decisionsDue + t.decisionsOverdue)));
    QCOMPARE(page->workersTable()->rowCount(), static_cast<int>(core->perWorker.size()));
    // Overdue is said in words, not colour alone.
    bool overdueWord = false;
    for (int row = 0; row < page->decisionsTable()->rowCount(); ++row)
        overdueWord |= page->decisionsTable()->item(row, 3)->text().contains(QStringLiteral("OVERDUE"));
    QVERIFY(overdueWord);
    qInfo("My work (team): awaiting %lld, decisions due %lld / overdue %lld, contacts due %lld / overdue %lld, "
          "unallocated %lld",
          static_cast<long long>(t.awaitingScreening), static_cast<long long>(t.decisionsDue),
          static_cast<long long>(t.decisionsOverdue), static_cast<long long>(t.contactsDue),
          static_cast<long long>(t.contactsOverdue), static_cast<long long>(core->unallocated));

    // Enter on a row opens that referral.
    QTableWidget* decisions = page->decisionsTable();
    decisions->setFocus();
    decisions->selectRow(0);
    const QString reference = decisions->item(0, 0)->text();
    QTest::keyClick(decisions, Qt::Key_Return);
    QCOMPARE(w->currentPage(), static_cast<QWidget*>(w->referralPage()));
    QCOMPARE(toQString(w->referralPage()->referral().reference), reference);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(w->currentPage(), static_cast<QWidget*>(w->myWorkPage()));
}

void TestReferralPages::caseworkerMyWorkAndTake()
{
    auto w = window(kCaseworker);
    QVERIFY(w);
    MyWorkPage* page = w->myWorkPage();
    auto core = w->casebook().referrals().myWork();
    QVERIFY2(core, qPrintable(whyNot(core)));
    QVERIFY(!core->team);
    QCOMPARE(page->shownCount(QStringLiteral("countAwaitingScreening")), core->totals.awaitingScreening);
    QCOMPARE(page->shownCount(QStringLiteral("countDecisionsOverdue")), core->totals.decisionsOverdue);
    QCOMPARE(page->shownCount(QStringLiteral("countUnallocated")), -1); // not a caseworker's tile
    QVERIFY(page->unallocatedTable() == nullptr);

    // An unallocated referral: the caseworker may take it.
    auto r = m_setup->referrals().create(referralOf(m_alex, day(2026, 5, 30)));
    QVERIFY2(r, qPrintable(whyNot(r)));
    QVERIFY(w->showReferral(r->id));
    QVERIFY(!w->referralPage()->actionButton(QStringLiteral("allocateButton")));
    QPushButton* take = w->referralPage()->actionButton(QStringLiteral("takeButton"));
    if (take == nullptr)
        QSKIP("this casebook does not let caseworkers take referrals");
    QTest::mouseClick(take, Qt::LeftButton);
    QCOMPARE(w->referralPage()->referral().allocatedTo, w->casebook().user().id);
    w->showMyWork();
    auto after = w->casebook().referrals().myWork();
    QVERIFY(after);
    QCOMPARE(page->shownCount(QStringLiteral("countAwaitingScreening")), after->totals.awaitingScreening);
    QCOMPARE(after->totals.awaitingScreening, core->totals.awaitingScreening + 1);
}

void TestReferralPages::queueFiltersAndModel()
{
    auto w = window();
    QVERIFY(w);
    w->showReferrals();
    ReferralsPage* page = w->referralsPage();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto all = w->casebook().referrals().count({});
    QVERIFY(all && *all > 0);
    QCOMPARE(page->model()->rowCount(), static_cast<int>(std::min<std::int64_t>(*all, ReferralListModel::kPageSize)));

    page->stateFilter()->setCurrentIndex(page->stateFilter()->findData(QStringLiteral("received")));
    waymark::ReferralListQuery received;
    received.state = waymark::ReferralState::Received;
    QCOMPARE(page->model()->rowCount(), static_cast<int>(*w->casebook().referrals().count(received)));
    for (int row = 0; row < page->model()->rowCount(); ++row)
        QCOMPARE(page->model()->summaryAt(row)->state, waymark::ReferralState::Received);

    page->overdueOnly()->setChecked(true);
    received.overdueOnly = true;
    QCOMPARE(page->model()->rowCount(), static_cast<int>(*w->casebook().referrals().count(received)));
    QVERIFY(page->model()->rowCount() > 0);
    for (int row = 0; row < page->model()->rowCount(); ++row)
        QVERIFY(page->model()
                    ->data(page->model()->index(row, ReferralListModel::Due))
                    .toString()
                    .contains(QStringLiteral("OVERDUE")));

    page->workerFilter()->setCurrentIndex(page->workerFilter()->findData(QStringLiteral("-")));
    received.unallocatedOnly = true;
    QCOMPARE(page->model()->rowCount(), static_cast<int>(*w->casebook().referrals().count(received)));

    // Enter opens the current row.
    page->stateFilter()->setCurrentIndex(0);
    page->overdueOnly()->setChecked(false);
    page->workerFilter()->setCurrentIndex(0);
    page->table()->setFocus();
    page->table()->selectRow(0);
    const waymark::Uuid first = page->model()->summaryAt(0)->id;
    QTest::keyClick(page->table(), Qt::Key_Return);
    QCOMPARE(w->currentPage(), static_cast<QWidget*>(w->referralPage()));
    QCOMPARE(w->referralPage()->referral().id, first);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(w->currentPage(), static_cast<QWidget*>(w->referralsPage()));
}

void TestReferralPages::eligibilitySentencesCarryTheNumbers()
{
    waymark::EligibilityReason age;
    age.code = "outside_age_range";
    age.message = "aged 18 on 2026-03-02; the scheme takes 10-17";
    age.values = {{"age", "18"}, {"event_date", "2026-03-02"}, {"bands", "10-17"}};
    const QString sentence = RuleSentences::eligibilityReason(age);
    QVERIFY2(sentence.contains(QStringLiteral("18")) && sentence.contains(QStringLiteral("02/03/2026")) &&
                 sentence.contains(QStringLiteral("10 to 17")),
             qPrintable(sentence));
    waymark::EligibilityReason window;
    window.code = "outside_time_window";
    window.values = {
        {"received", "2026-07-10"}, {"event_date", "2026-03-02"}, {"months", "4"}, {"days", "8"}, {"limit", "3"}};
    const QString late = RuleSentences::eligibilityReason(window);
    QVERIFY2(late.contains(QStringLiteral("4")) && late.contains(QStringLiteral("3")), qPrintable(late));
    waymark::EligibilityReason unknown;
    unknown.code = "something_new";
    unknown.message = "core's own words";
    QCOMPARE(RuleSentences::eligibilityReason(unknown), QStringLiteral("core's own words"));
    QCOMPARE(RuleSentences::repeatReferral(3, 12), QStringLiteral("3rd referral in 12 months"));
    qInfo("'%s' / '%s' / '%s'", qPrintable(sentence), qPrintable(late),
          qPrintable(RuleSentences::repeatReferral(3, 12)));
}

void TestReferralPages::everyControlHasAnAccessibleName()
{
    auto w = window();
    QVERIFY(w);
    w->showMyWork();
    checkAccessibleNames(w->myWorkPage(), "my work");
    w->showReferrals();
    checkAccessibleNames(w->referralsPage(), "referral queue");
    auto r = m_setup->referrals().create(referralOf(m_alex, day(2026, 5, 31)));
    QVERIFY2(r, qPrintable(whyNot(r)));
    QVERIFY(w->showReferral(r->id));
    checkAccessibleNames(w->referralPage(), "referral page");
    auto* dialog = qobject_cast<IntakeDialog*>(w->startNewReferral());
    QVERIFY(dialog);
    checkAccessibleNames(dialog, "intake");
    dialog->reject();
}

// At 800x600 (a small laptop or projector) the new pages reflow instead of pushing the window
// wider than the screen.
void TestReferralPages::pagesFitAt800x600()
{
    auto w = window();
    QVERIFY(w);
    auto r = m_setup->referrals().create(referralOf(m_alex, day(2026, 5, 31)));
    QVERIFY2(r, qPrintable(whyNot(r)));
    QVERIFY(w->showReferral(r->id));
    for (QWidget* page : {static_cast<QWidget*>(w->myWorkPage()), static_cast<QWidget*>(w->referralsPage()),
                          static_cast<QWidget*>(w->referralPage()), static_cast<QWidget*>(w->personPage())}) {
        const int width = page->minimumSizeHint().width();
        qInfo("%s: minimum width %d", page->metaObject()->className(), width);
        QVERIFY2(width <= 620, page->metaObject()->className());
    }
    QVERIFY2(w->minimumSizeHint().width() <= 800, qPrintable(QString::number(w->minimumSizeHint().width())));
}

// Every label and button of the referral itself, with its actions shown for an accepted
// referral (outcomes, allocation, first contact), has an access key of its own, in English
// and in Welsh.
void TestReferralPages::accessKeysDoNotClash()
{
    auto r = m_setup->referrals().create(referralOf(m_alex, day(2026, 5, 30)));
    QVERIFY2(r, qPrintable(whyNot(r)));
    QVERIFY(m_setup->referrals().startScreening(r->id));
    auto decided = m_setup->referrals().decide(r->id, "accepted", "", "");
    QVERIFY2(decided, qPrintable(whyNot(decided)));
    for (const char* language : {"en_GB", "cy"}) {
        QCOMPARE(Language::install(*qApp, QString::fromLatin1(language)), QString::fromLatin1(language));
        auto w = window();
        QVERIFY(w);
        QVERIFY(w->showReferral(r->id));
        ReferralPage* page = w->referralPage();
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("outcomesButton")));
        const QStringList clashes = accessKeyClashes(page);
        QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(language),
                                                                            clashes.join(QStringLiteral("; ")))));
    }
    // Back to English for the tests after this one: Welsh's catalogue goes first (English's
    // holds only plural forms, so Welsh would still answer the rest).
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QCOMPARE(Language::install(*qApp, QStringLiteral("en_GB")), QStringLiteral("en_GB"));
    QCOMPARE(ReferralPage::tr("C&onsent:"), QStringLiteral("C&onsent:"));
}

void TestReferralPages::mergeThroughTheDialogWithPreview()
{
    // A second record of one young person, with a referral of its own.
    waymark::Person twin;
    twin.givenName = "Brio";
    twin.familyName = "Mergewell";
    twin.dateOfBirth = day(2012, 2, 3);
    twin.postcode = "LS7 1AB";
    auto keep = m_setup->people().create(twin);
    QVERIFY2(keep, qPrintable(whyNot(keep)));
    twin.givenName = "Brian";
    twin.phone = "01632 960222";
    auto other = m_setup->people().create(twin);
    QVERIFY2(other, qPrintable(whyNot(other)));
    auto moved = m_setup->referrals().create(referralOf(other->person.id, day(2026, 5, 25)));
    QVERIFY2(moved, qPrintable(whyNot(moved)));

    auto w = window();
    QVERIFY(w);
    QVERIFY(w->showPerson(keep->person.id));
    PersonPage* page = w->personPage();
    QVERIFY(page->mergeButton()->isVisible());
    auto* dialog = qobject_cast<MergeDialog*>(page->openMergeDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->search(toQString(other->person.caseReference)), 1);
    QVERIFY(dialog->preview(0));
    const QString preview = dialog->previewText()->toPlainText();
    QVERIFY2(preview.contains(QStringLiteral("referrals: 1")) && preview.contains(QStringLiteral("Brian")),
             qPrintable(preview));
    QVERIFY(dialog->mergeButton()->isEnabled());
    QTest::mouseClick(dialog->mergeButton(), Qt::LeftButton);
    QVERIFY(dialog->result().has_value());

    auto referrals = w->casebook().referrals().forPerson(keep->person.id);
    QVERIFY(referrals);
    QVERIFY(std::ranges::any_of(*referrals, [&](const auto& r) { return r.id == moved->id; }));
    QCOMPARE(w->currentPage(), static_cast<QWidget*>(page));
    bool listed = false;
    for (int row = 0; row < page->referralsTable()->rowCount(); ++row)
        listed |= page->referralsTable()->item(row, 0)->text() == toQString(moved->reference);
    QVERIFY(listed);
    qInfo("merge preview: %s", qPrintable(preview.simplified()));

    // A caseworker has no merge button.
    auto cw = window(kCaseworker);
    QVERIFY(cw);
    QVERIFY(cw->showPerson(keep->person.id));
    QVERIFY(!cw->personPage()->mergeButton()->isVisibleTo(cw->personPage()));
    QVERIFY(cw->personPage()->openMergeDialog() == nullptr);
}

void TestReferralPages::importChecksThenImports()
{
    // The default layout: a new person, Alex Example again (same date of birth), a bad date.
    const std::filesystem::path csv = m_fixture.dir.file("referrals.csv");
    {
        std::ofstream out(csv, std::ios::binary);
        out << "police_reference,received,given_name,family_name,date_of_birth,sex,postcode,event_date,route,"
               "offence_category\r\n"
               "PR-UI-001,2026-05-20,Quintessa,Importfield,2011-09-14,female,LS8 1AB,2026-05-10,community_resolution,"
               "theft\r\n"
               "PR-UI-002,2026-05-21,Alex,Example,2011-04-12,male,LS6 2AB,2026-05-11,community_resolution,theft\r\n"
               "PR-UI-003,2026-05-22,Bad,Dateson,31/02/2011,male,LS6 2AB,2026-05-12,community_resolution,theft\r\n";
    }
    auto w = window();
    QVERIFY(w);
    const auto before = w->casebook().referrals().count({});
    QVERIFY(before);
    auto* dialog = qobject_cast<ImportDialog*>(w->openImport());
    QVERIFY(dialog);
    dialog->setFile(toQString(csv.string()));
    QVERIFY(dialog->check());
    QCOMPARE(dialog->rowsTable()->rowCount(), 3);
    QCOMPARE(dialog->rowsTable()->item(0, 1)->text(), QStringLiteral("New person"));
    QCOMPARE(dialog->rowsTable()->item(1, 1)->text(), QStringLiteral("Matched person"));
    QVERIFY2(dialog->rowsTable()->item(1, 3)->text().contains(QStringLiteral("Same date of birth")),
             qPrintable(dialog->rowsTable()->item(1, 3)->text()));
    QCOMPARE(dialog->rowsTable()->item(2, 1)->text(), QStringLiteral("Problems"));
    QVERIFY(!dialog->importButton()->isEnabled());           // a row with problems stops the import
    QCOMPARE(*w->casebook().referrals().count({}), *before); // the check wrote nothing

    dialog->skipInvalidBox()->setChecked(true);
    QVERIFY(dialog->check());
    QVERIFY(dialog->importButton()->isEnabled());
    QVERIFY(dialog->importNow());
    QCOMPARE(*w->casebook().referrals().count({}), *before + 2);
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("Imported: 2 referrals, 1 new person.")),
             qPrintable(dialog->summaryText()));
    qInfo("import: %s", qPrintable(dialog->summaryText()));

    // The same file again adds nothing.
    QVERIFY(dialog->check());
    QVERIFY(!dialog->importButton()->isEnabled());
    dialog->reject();
}

QTEST_MAIN(TestReferralPages)
#include "TestReferralPages.moc"
