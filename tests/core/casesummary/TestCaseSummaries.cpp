// casebook.caseSummaries().disclose(): what a panel's one-page summary holds (identity, the
// current referral, the latest assessment's ratings and change, interventions, attendance, open
// tasks), what it never holds (a sensitive note's text, any note), who may print it (the
// allocated caseworker and coordinators; not another caseworker, never an auditor) and the
// exact audit row with its recipient. Built through the desks on a fixed clock.

#include "tests/core/reports/OutcomeFixtures.h"

#include <QTest>

using namespace waymark;
using test::ymd;

namespace {
constexpr const char* kSecret = "Zebra-quartz sensitive disclosure text";
constexpr const char* kPlainNote = "Ordinary case note about the bus fare";

// Every string the summary holds, one after another, to look for text that must not be there.
std::string everything(const CaseSummary& s)
{
    std::string all = s.caseReference + s.name + s.referralReference + s.state + s.route + s.source +
                      s.offenceCategory + s.worker + s.recipient + s.preparedBy + s.preparedAt;
    for (const auto& f : s.flags)
        all += f;
    for (const auto& d : s.domains)
        all += d.domain + d.label;
    for (const auto& i : s.interventions)
        all += i.type + i.provider + i.status + i.outcome;
    for (const auto& t : s.openTasks)
        all += t.title;
    return all;
}
} // namespace

class TestCaseSummaries : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDir> m_dir;
    std::filesystem::path m_path;
    std::string m_reference;
    Uuid m_personId;

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_path = m_dir->file("summary.waymark");
        test::OutcomeScheme s(m_path, ymd(2026, 3, 1));
        QVERIFY(s.casebook);
        auto worker = s.casebook->users().add("alex", "worker password 2026", Role::Caseworker, "Alex Morgan");
        QVERIFY(worker);
        QVERIFY(s.casebook->users().add("other", "worker password 2026", Role::Caseworker, "Sam Other"));
        auto dpo = s.casebook->users().add("dpo", "lantern auditor walnut 2026", Role::Auditor, "Dana Auditor");
        QVERIFY2(dpo, dpo ? "" : describe(dpo.error()).c_str());

        const Uuid r = s.acceptedReferral();
        QVERIFY(!r.isNull());
        QVERIFY(s.casebook->referrals().allocate(r, worker->id, ""));
        auto referral = s.casebook->referrals().view(r);
        QVERIFY(referral);
        m_personId = referral->personId;
        const Uuid first = s.assessment(r, ymd(2026, 3, 10), 3);
        QVERIFY(!first.isNull());
        QVERIFY(!s.assessment(r, ymd(2026, 5, 10), 2, {{"substance_use", 4}}, first).isNull());
        const Uuid provider = s.provider("Northside Youth Trust");
        const Uuid mentoring = s.intervention(r, "mentoring", provider);
        QVERIFY(!mentoring.isNull());
        QVERIFY(s.setStatus(mentoring, "completed"));
        QVERIFY(!s.intervention(r, "positive_activities", Uuid{}).isNull());
        QVERIFY(s.session(r, ymd(2026, 3, 12)));
        QVERIFY(s.session(r, ymd(2026, 3, 19)));
        QVERIFY(s.session(r, ymd(2026, 3, 26), "did_not_attend"));
        s.setToday(ymd(2026, 5, 20));
        NoteInput secret;
        secret.referralId = r;
        secret.sensitive = true;
        secret.text = kSecret;
        QVERIFY(s.casebook->notes().add(secret));
        NoteInput plain;
        plain.referralId = r;
        plain.text = kPlainNote;
        QVERIFY(s.casebook->notes().add(plain));
        auto person = s.casebook->people().view(m_personId);
        QVERIFY(person);
        m_reference = person->caseReference;
    }
    void cleanupTestCase() { m_dir.reset(); }

    void coordinatorGetsTheSummaryAudited()
    {
        auto clock = std::make_shared<FixedClock>(test::noonUtc(2026, 5, 21));
        auto cb = Casebook::open(m_path, test::kUser, test::kPassword, clock);
        QVERIFY(cb);
        auto s = (*cb)->caseSummaries().disclose(m_reference, "  Youth panel, 21 May  ");
        QVERIFY2(s, s ? "" : describe(s.error()).c_str());
        QCOMPARE(s->caseReference, m_reference);
        QVERIFY(!s->name.empty());
        QCOMPARE(s->age, 15);
        QCOMPARE(QString::fromStdString(s->state), QString("active")); // the first attended session made it active
        QCOMPARE(s->route, std::string("community_resolution"));
        QCOMPARE(s->offenceCategory, std::string("theft"));
        QCOMPARE(s->received, ymd(2026, 3, 2));
        QCOMPARE(s->worker, std::string("Alex Morgan"));
        QCOMPARE(s->referrals, 1);
        QCOMPARE(s->assessedOn, ymd(2026, 5, 10));
        QCOMPARE(s->previousAssessedOn, ymd(2026, 3, 10));
        QVERIFY(!s->domains.empty());
        bool sawSubstance = false;
        int total = 0;
        for (const auto& d : s->domains) {
            QVERIFY(d.previous && d.current && d.change);
            QCOMPARE(*d.previous, 3);
            QCOMPARE(*d.current, d.domain == "substance_use" ? 4 : 2);
            QCOMPARE(*d.change, *d.current - 3);
            total += *d.change;
            sawSubstance = sawSubstance || d.domain == "substance_use";
        }
        QVERIFY(sawSubstance);
        QCOMPARE(s->totalChange, std::optional<int>(total));
        QCOMPARE(s->interventions.size(), std::size_t(2));
        int completed = 0;
        for (const auto& i : s->interventions)
            if (i.type == "mentoring") {
                QCOMPARE(i.provider, std::string("Northside Youth Trust"));
                QCOMPARE(i.status, std::string("completed"));
                ++completed;
            }
        QCOMPARE(completed, 1);
        QCOMPARE(s->sessionsAttended, 2);
        QCOMPARE(s->sessionsMissed, 1);
        QCOMPARE(s->recipient, std::string("Youth panel, 21 May"));
        QCOMPARE(s->preparedOn, ymd(2026, 5, 21));
        // No note text at all, sensitive or not.
        const std::string all = everything(*s);
        QVERIFY(all.find(kSecret) == std::string::npos);
        QVERIFY(all.find("Zebra") == std::string::npos);
        QVERIFY(all.find(kPlainNote) == std::string::npos);
        // The audit row, exactly.
        QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM audit_log WHERE operation = 'case.summary_disclosed' AND "
                                    "record_type = 'person' AND detail = 'disclosure: recipient=Youth panel, 21 May'"),
                 1);
    }

    void allocatedCaseworkerMayOthersMayNot()
    {
        auto count = [&]() {
            auto cb = Casebook::open(m_path, test::kUser, test::kPassword);
            return cb ? test::scalar(**cb, "SELECT count(*) FROM audit_log WHERE operation = 'case.summary_disclosed'")
                      : -1;
        };
        const auto before = count();
        {
            auto cb = Casebook::open(m_path, "alex", "worker password 2026");
            QVERIFY(cb);
            QVERIFY((*cb)->caseSummaries().disclose(m_reference, "Panel"));
        }
        QCOMPARE(count(), before + 1);
        for (const auto& [user, password] :
             {std::pair{"other", "worker password 2026"}, {"dpo", "lantern auditor walnut 2026"}}) {
            auto cb = Casebook::open(m_path, user, password);
            QVERIFY(cb);
            auto refused = (*cb)->caseSummaries().disclose(m_reference, "Panel");
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        }
        QCOMPARE(count(), before + 1);
        auto cb = Casebook::open(m_path, test::kUser, test::kPassword);
        QVERIFY(cb);
        QVERIFY(test::scalar(**cb, "SELECT count(*) FROM audit_log WHERE operation = 'refused' AND detail LIKE "
                                   "'case.summary%'") >= 2);
        // A recipient is required; no such person is NotFound; neither is audited as a disclosure.
        auto noRecipient = (*cb)->caseSummaries().disclose(m_reference, "  ");
        QVERIFY(!noRecipient);
        QCOMPARE(noRecipient.error().code, ErrorCode::Validation);
        auto twoLines = (*cb)->caseSummaries().disclose(m_reference, "Panel\nsecond line");
        QVERIFY(!twoLines);
        auto nobody = (*cb)->caseSummaries().disclose("WM-NONE-2026-99999", "Panel");
        QVERIFY(!nobody);
        QCOMPARE(nobody.error().code, ErrorCode::NotFound);
        QCOMPARE(test::scalar(**cb, "SELECT count(*) FROM audit_log WHERE operation = 'case.summary_disclosed'"),
                 before + 1);
    }
};

QTEST_GUILESS_MAIN(TestCaseSummaries)
#include "TestCaseSummaries.moc"
