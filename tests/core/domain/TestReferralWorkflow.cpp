// The referral state machine over every (state, step) pair, the names, the decision mapping
// and the referral code tables.

#include "core/domain/Codes.h"
#include "core/domain/Outcome.h"
#include "core/domain/Referral.h"

#include <QTest>

#include <algorithm>
#include <set>
#include <string>

using namespace waymark;

Q_DECLARE_METATYPE(waymark::ReferralState)
Q_DECLARE_METATYPE(waymark::ReferralStep)

namespace {

using S = ReferralState;
using P = ReferralStep;

// The diagram, written out independently of the table under test.
struct Legal
{
    S from;
    P step;
    S to;
};
constexpr Legal kDiagram[] = {
    {S::Received, P::StartScreening, S::Screening},
    {S::Screening, P::Accept, S::Accepted},
    {S::Screening, P::Decline, S::Declined},
    {S::Screening, P::Signpost, S::Signposted},
    {S::Screening, P::Withdraw, S::Withdrawn},
    {S::Accepted, P::Activate, S::Active},
    {S::Active, P::RequestClosure, S::ClosureRequested},
    {S::ClosureRequested, P::ApproveClosure, S::Closed},
    {S::ClosureRequested, P::ReturnClosure, S::Active},
    {S::Closed, P::Reopen, S::Reopened},
    {S::Reopened, P::Activate, S::Active},
    {S::Reopened, P::RequestClosure, S::ClosureRequested},
};

constexpr S kStates[] = {S::Received,  S::Screening, S::Accepted,         S::Declined, S::Signposted,
                         S::Withdrawn, S::Active,    S::ClosureRequested, S::Closed,   S::Reopened};
constexpr P kSteps[] = {P::StartScreening, P::Accept,         P::Decline,        P::Signpost,      P::Withdraw,
                        P::Activate,       P::RequestClosure, P::ApproveClosure, P::ReturnClosure, P::Reopen};

const Legal* legal(S from, P step)
{
    for (const auto& l : kDiagram)
        if (l.from == from && l.step == step)
            return &l;
    return nullptr;
}

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

class TestReferralWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void everyPair_data()
    {
        QTest::addColumn<ReferralState>("from");
        QTest::addColumn<ReferralStep>("step");
        int rows = 0;
        for (S from : kStates)
            for (P step : kSteps) {
                const std::string name = std::string(stateName(from)) + " + " + std::string(stepName(step));
                QTest::newRow(name.c_str()) << from << step;
                ++rows;
            }
        QCOMPARE(rows, 100);
    }

    void everyPair()
    {
        QFETCH(ReferralState, from);
        QFETCH(ReferralStep, step);
        const auto got = findTransition(from, step);
        if (const Legal* l = legal(from, step)) {
            QVERIFY2(got.has_value(), got ? "" : got.error().detail.c_str());
            QCOMPARE(got->from, from);
            QCOMPARE(got->step, step);
            QCOMPARE(got->to, l->to);
        } else {
            QVERIFY(!got.has_value());
            QCOMPARE(got.error().code, ErrorCode::Validation);
            QCOMPARE(q(got.error().rule), QStringLiteral("illegal_transition"));
            QCOMPARE(q(got.error().field), QStringLiteral("state"));
            const QString detail = q(got.error().detail);
            QVERIFY2(detail.startsWith(QStringLiteral("a referral in state '%1' cannot ").arg(q(stateName(from)))),
                     qPrintable(detail));
        }
    }

    void tableIsExactlyTheDiagram()
    {
        const auto table = referralTransitions();
        QCOMPARE(table.size(), std::size(kDiagram));
        std::set<std::pair<S, P>> seen;
        for (const auto& t : table) {
            QVERIFY2(seen.insert({t.from, t.step}).second, "a (from, step) pair is listed twice");
            const Legal* l = legal(t.from, t.step);
            QVERIFY(l != nullptr);
            QCOMPARE(t.to, l->to);
        }
    }

    void errorMessageReadsWell()
    {
        const auto got = findTransition(S::Declined, P::Accept);
        QVERIFY(!got);
        QVERIFY2(got.error().detail.starts_with("a referral in state 'declined' cannot be accepted"),
                 got.error().detail.c_str());
        const auto fromScreening = findTransition(S::Screening, P::Reopen);
        QVERIFY(!fromScreening);
        QVERIFY2(fromScreening.error().detail.find("accept, decline, signpost, withdraw") != std::string::npos,
                 fromScreening.error().detail.c_str());
    }

    void reasonsAndNotes()
    {
        for (const auto& t : referralTransitions()) {
            const bool notOffered = t.step == P::Decline || t.step == P::Signpost || t.step == P::Withdraw;
            // A closure request carries its completion status as the step's code.
            QCOMPARE(t.needsReasonCode, notOffered || t.step == P::RequestClosure);
            QCOMPARE(stepReasonCodes(t.step).data(),
                     (t.step == P::RequestClosure ? completionStatusCodes() : notOfferedReasonCodes()).data());
            QCOMPARE(t.needsNote, t.step == P::Reopen || t.step == P::ReturnClosure);
        }
    }

    void permissions()
    {
        for (const auto& t : referralTransitions()) {
            // Auditors never move a referral on.
            QVERIFY(!roleAllows(Role::Auditor, t.needs));
            QVERIFY(roleAllows(Role::Coordinator, t.needs));
            // Closing (and sending back from closure) is the coordinator's approval.
            const bool coordinatorOnly = t.step == P::ApproveClosure || t.step == P::ReturnClosure;
            QCOMPARE(roleAllows(Role::Caseworker, t.needs), !coordinatorOnly);
        }
    }

    void stepsFromFollowTheTable()
    {
        for (S s : kStates) {
            std::vector<P> expected;
            for (const auto& l : kDiagram)
                if (l.from == s)
                    expected.push_back(l.step);
            QCOMPARE(stepsFrom(s), expected);
        }
        QVERIFY(stepsFrom(S::Declined).empty());
        QVERIFY(stepsFrom(S::Withdrawn).empty());
    }

    void names()
    {
        QCOMPARE(allReferralStates().size(), std::size(kStates));
        std::set<std::string_view> stateNames;
        for (S s : allReferralStates()) {
            QVERIFY(stateNames.insert(stateName(s)).second);
            QCOMPARE(stateFromName(stateName(s)).value(), s);
        }
        QCOMPARE(stateName(S::ClosureRequested), std::string_view("closure_requested"));
        QVERIFY(!stateFromName("Received"));
        QVERIFY(!stateFromName(""));
        QCOMPARE(stateFromName("bogus").error().code, ErrorCode::InvalidInput);

        QCOMPARE(allReferralSteps().size(), std::size(kSteps));
        std::set<std::string_view> stepNames;
        for (P p : allReferralSteps()) {
            QVERIFY(stepNames.insert(stepName(p)).second);
            QCOMPARE(stepFromName(stepName(p)).value(), p);
        }
        QCOMPARE(stepName(P::StartScreening), std::string_view("start_screening"));
        QVERIFY(!stepFromName("close"));
    }

    void openStates()
    {
        const std::set<S> open = {S::Received, S::Screening, S::Accepted, S::Active, S::ClosureRequested, S::Reopened};
        for (S s : kStates)
            QCOMPARE(isOpenState(s), open.contains(s));
    }

    void decisions()
    {
        QCOMPARE(stepForDecision("accepted").value(), P::Accept);
        QCOMPARE(stepForDecision("declined").value(), P::Decline);
        QCOMPARE(stepForDecision("signposted").value(), P::Signpost);
        QCOMPARE(stepForDecision("withdrawn").value(), P::Withdraw);
        const auto bad = stepForDecision("maybe");
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        QCOMPARE(q(bad.error().field), QStringLiteral("decision"));
        // Every decision code is a step out of screening, and lands in the state of that name.
        for (const auto& d : decisionCodes()) {
            const auto step = stepForDecision(d.code);
            QVERIFY(step);
            const auto t = findTransition(S::Screening, *step);
            QVERIFY(t);
            QCOMPARE(stateName(t->to), d.code);
        }
    }

    void namedTables_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("referral-source") << "referral-source"
                                         << QStringList{"police", "school",           "childrens_social_care",
                                                        "health", "yot_yjs",          "family",
                                                        "self",   "voluntary_sector", "other"};
        QTest::newRow("route") << "route"
                               << QStringList{"community_resolution",
                                              "outcome_22",
                                              "outcome_23_deferred_prosecution",
                                              "youth_caution",
                                              "youth_conditional_caution",
                                              "nfa",
                                              "pre_charge_rui",
                                              "voluntary_interview",
                                              "asb_civil",
                                              "triage",
                                              "prevention",
                                              "other"};
        QTest::newRow("risk") << "risk" << QStringList{"low", "medium", "high"};
        QTest::newRow("decision") << "decision" << QStringList{"accepted", "declined", "signposted", "withdrawn"};
        QTest::newRow("reason") << "reason" << QStringList{"previously_diverted", "young_person_declined",
                                                           "parent_declined",     "ineligible_offence",
                                                           "outside_age_range",   "outside_time_window",
                                                           "excluded_by_status",  "programme_full",
                                                           "moved_out_of_area",   "other"};
        QTest::newRow("consent") << "consent" << QStringList{"not_asked", "given", "refused", "withdrawn"};
    }

    void namedTables()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, codes);
        const auto table = codeTableByName(name.toStdString());
        QVERIFY(table.has_value());
        QStringList got;
        for (const auto& c : table->codes) {
            got << q(c.code);
            QVERIFY(!c.label.empty());
        }
        QCOMPARE(got, codes);
    }

    void offenceCategories()
    {
        const auto table = codeTableByName("offence-category");
        QVERIFY(table);
        QVERIFY(table->codes.size() >= 12);
        for (const char* code : {"violence_against_person", "theft", "criminal_damage", "drugs",
                                 "possession_of_weapons", "online_harm", "other", "none_prevention"})
            QVERIFY2(isKnownCode(table->codes, code), code);
    }

    void everyTableWellFormed()
    {
        std::set<std::string_view> names;
        for (const auto& t : codeTables()) {
            QVERIFY(names.insert(t.name).second);
            QVERIFY(!t.description.empty());
            QVERIFY(!t.codes.empty());
            std::set<std::string_view> codes;
            for (const auto& c : t.codes) {
                QVERIFY2(codes.insert(c.code).second, "a code is listed twice");
                QVERIFY2(std::all_of(
                             c.code.begin(), c.code.end(),
                             [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_'; }),
                         std::string(c.code).c_str());
            }
            QCOMPARE(codeTableByName(t.name)->codes.data(), t.codes.data());
        }
        for (const char* n :
             {"referral-source", "route", "offence-category", "risk", "decision", "reason", "consent", "sex"})
            QVERIFY2(names.contains(n), n);
        QVERIFY(!codeTableByName("routes"));
        QVERIFY(!codeTableByName(""));
        QCOMPARE(codeLabel(referralSourceCodes(), "yot_yjs"),
                 std::string_view("Youth offending team / youth justice service"));
    }
};

QTEST_GUILESS_MAIN(TestReferralWorkflow)
#include "TestReferralWorkflow.moc"
