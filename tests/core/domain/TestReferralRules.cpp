// A referral's recorded facts: normalising and the first broken rule, field by field.

#include "core/domain/ReferralRules.h"

#include <QTest>

using namespace waymark;

namespace {

Date d(const char* iso)
{
    return Date::fromIso(iso).value();
}

Date today()
{
    return d("2026-11-26");
}

Referral valid()
{
    Referral r;
    r.received = d("2026-11-20");
    r.source = "police";
    r.route = "community_resolution";
    r.eventDate = d("2026-11-01");
    r.offenceCategory = "theft";
    r.offenceDate = d("2026-11-01");
    r.risk = "low";
    r.consent = "not_asked";
    r.policeReference = "CR/12345/26";
    r.referrerName = "PC Example";
    return r;
}

} // namespace

class TestReferralRules : public QObject
{
    Q_OBJECT

private slots:
    void normalise()
    {
        Referral r = valid();
        r.source = " Police ";
        r.route = "NFA";
        r.policeReference = "  cr/12345/26 ";
        r.consent = "";
        r.referrerName = "  PC Example ";
        normaliseReferral(r);
        QCOMPARE(QString::fromStdString(r.source), QStringLiteral("police"));
        QCOMPARE(QString::fromStdString(r.route), QStringLiteral("nfa"));
        QCOMPARE(QString::fromStdString(r.policeReference), QStringLiteral("CR/12345/26"));
        QCOMPARE(QString::fromStdString(r.consent), QStringLiteral("not_asked"));
        QCOMPARE(QString::fromStdString(r.referrerName), QStringLiteral("PC Example"));
        QVERIFY(validateReferral(r, today()));
    }

    void rules_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule");
        QTest::newRow("valid") << 0 << ""
                               << "";
        QTest::newRow("no received date") << 1 << "received"
                                          << "required";
        QTest::newRow("received tomorrow") << 2 << "received"
                                           << "in_future";
        QTest::newRow("received in 1999") << 3 << "received"
                                          << "too_old";
        QTest::newRow("no source") << 4 << "source"
                                   << "required";
        QTest::newRow("unknown source") << 5 << "source"
                                        << "unknown_code";
        QTest::newRow("no route") << 6 << "route"
                                  << "required";
        QTest::newRow("unknown route") << 7 << "route"
                                       << "unknown_code";
        QTest::newRow("unknown offence category") << 8 << "offence_category"
                                                  << "unknown_code";
        QTest::newRow("unknown risk") << 9 << "risk"
                                      << "unknown_code";
        QTest::newRow("unknown consent") << 10 << "consent"
                                         << "unknown_code";
        QTest::newRow("event after received") << 11 << "event_date"
                                              << "after_received";
        QTest::newRow("offence date in future") << 12 << "offence_date"
                                                << "in_future";
        QTest::newRow("no event date is allowed") << 13 << ""
                                                  << "";
        QTest::newRow("police reference with a line break") << 14 << "police_reference"
                                                            << "line_break";
        QTest::newRow("police reference with odd characters") << 15 << "police_reference"
                                                              << "identifier_characters";
        QTest::newRow("referrer name too long") << 16 << "referrer_name"
                                                << "too_long";
        QTest::newRow("accepted with a reason") << 17 << "decision_reason"
                                                << "reason_not_allowed";
        QTest::newRow("declined with a reason") << 18 << ""
                                                << "";
        QTest::newRow("unknown reason") << 19 << "decision_reason"
                                        << "unknown_code";
        QTest::newRow("control character in the note") << 20 << "decision_note"
                                                       << "control_characters";
        QTest::newRow("event on the day received") << 21 << ""
                                                   << "";
    }

    void rules()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        Referral r = valid();
        switch (which) {
        case 1:
            r.received = {};
            break;
        case 2:
            r.received = d("2026-11-27");
            break;
        case 3:
            r.received = d("1999-12-31");
            break;
        case 4:
            r.source = "";
            break;
        case 5:
            r.source = "newspaper";
            break;
        case 6:
            r.route = "";
            break;
        case 7:
            r.route = "speeding_fine";
            break;
        case 8:
            r.offenceCategory = "jaywalking";
            break;
        case 9:
            r.risk = "extreme";
            break;
        case 10:
            r.consent = "maybe";
            break;
        case 11:
            r.eventDate = d("2026-11-21");
            break;
        case 12:
            r.offenceDate = d("2026-11-27");
            break;
        case 13:
            r.eventDate = {};
            break;
        case 14:
            r.policeReference = "CR/1\n2";
            break;
        case 15:
            r.policeReference = "CR#12";
            break;
        case 16:
            r.referrerName = std::string(101, 'a');
            break;
        case 17:
            r.decision = "accepted";
            r.decisionReason = "other";
            break;
        case 18:
            r.decision = "declined";
            r.decisionReason = "parent_declined";
            break;
        case 19:
            r.decision = "declined";
            r.decisionReason = "busy";
            break;
        case 20:
            r.decisionNote = "a\x1b[2Jb";
            break;
        case 21:
            r.eventDate = r.received;
            break;
        default:
            break;
        }
        const auto got = validateReferral(r, today());
        QCOMPARE(got.has_value(), field.isEmpty());
        if (!got) {
            QCOMPARE(got.error().code, ErrorCode::Validation);
            QCOMPARE(QString::fromStdString(got.error().field), field);
            QCOMPARE(QString::fromStdString(got.error().rule), rule);
        }
    }
};

QTEST_GUILESS_MAIN(TestReferralRules)
#include "TestReferralRules.moc"
