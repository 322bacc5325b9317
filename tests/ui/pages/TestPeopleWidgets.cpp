#include "core/domain/Codes.h"
#include "ui/convert/Convert.h"
#include "ui/widgets/CodeLabels.h"
#include "ui/widgets/DateEdit.h"
#include "ui/widgets/SearchBar.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

// The small widgets of the people pages: SearchBar, DateEdit, CodeLabels.
class TestPeopleWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchBarWaitsForAPauseAndEscClears();
    void dateEditReadsUkDates_data();
    void dateEditReadsUkDates();
    void dateEditKeepsBadTextAndSaysWhy();
    void everyCodeHasALabel();
    void unknownCodeIsKeptNotLost();
};

void TestPeopleWidgets::searchBarWaitsForAPauseAndEscClears()
{
    SearchBar bar;
    bar.setDebounceMs(50);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QSignalSpy spy(&bar, &SearchBar::searchRequested);
    QTest::keyClicks(&bar, QStringLiteral("ashc"));
    QCOMPARE(spy.count(), 0); // not once per key
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("ashc"));
    QTest::keyClick(&bar, Qt::Key_Escape);
    QVERIFY(bar.text().isEmpty());
    QCOMPARE(spy.count(), 2); // at once, no pause
    QCOMPARE(spy.at(1).at(0).toString(), QString());
    QTest::qWait(100);
    QCOMPARE(spy.count(), 2); // the pending pause did not search again
    QVERIFY(!bar.accessibleName().isEmpty());
    qInfo("four keys -> one search after the pause; Esc clears and searches at once");
}

void TestPeopleWidgets::dateEditReadsUkDates_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("iso"); // empty: not a date
    QTest::newRow("dd/mm/yyyy") << QStringLiteral("23/04/2011") << QStringLiteral("2011-04-23");
    QTest::newRow("d/m/yyyy") << QStringLiteral("3/4/2011") << QStringLiteral("2011-04-03");
    QTest::newRow("dots") << QStringLiteral("03.04.2011") << QStringLiteral("2011-04-03");
    QTest::newRow("ISO") << QStringLiteral("2011-04-03") << QStringLiteral("2011-04-03");
    QTest::newRow("spaces around") << QStringLiteral("  03/04/2011 ") << QStringLiteral("2011-04-03");
    QTest::newRow("29 Feb leap year") << QStringLiteral("29/02/2012") << QStringLiteral("2012-02-29");
    QTest::newRow("29 Feb common year") << QStringLiteral("29/02/2011") << QString();
    QTest::newRow("two-digit year") << QStringLiteral("03/04/11") << QString();
    QTest::newRow("US order") << QStringLiteral("04/23/2011") << QString();
    QTest::newRow("no separators") << QStringLiteral("03042011") << QString();
    QTest::newRow("words") << QStringLiteral("yesterday") << QString();
}

void TestPeopleWidgets::dateEditReadsUkDates()
{
    QFETCH(QString, typed);
    QFETCH(QString, iso);
    const auto parsed = DateEdit::parse(typed);
    QCOMPARE(parsed.has_value(), !iso.isEmpty());
    if (parsed)
        QCOMPARE(waymark::convert::toQString(parsed->toIso()), iso);
    qInfo("'%s' -> %s", qPrintable(typed), parsed ? qPrintable(iso) : "refused");
}

void TestPeopleWidgets::dateEditKeepsBadTextAndSaysWhy()
{
    DateEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setFocus();
    QTest::keyClicks(&edit, QStringLiteral("3/4/11"));
    QVERIFY(!edit.hasValidDate());
    QVERIFY(edit.date().isNull());
    Q_EMIT edit.editingFinished();
    QCOMPARE(edit.text(), QStringLiteral("3/4/11")); // kept as typed
    QVERIFY(edit.property("invalidDate").toBool());
    QVERIFY2(edit.problemText().contains(QStringLiteral("four digits")), qPrintable(edit.problemText()));
    QCOMPARE(edit.toolTip(), edit.problemText());

    edit.selectAll();
    QTest::keyClicks(&edit, QStringLiteral("3/4/2011"));
    QVERIFY(edit.hasValidDate());
    QVERIFY(!edit.property("invalidDate").toBool());
    Q_EMIT edit.editingFinished();
    QCOMPARE(edit.text(), QStringLiteral("03/04/2011")); // tidied to the display form
    QCOMPARE(edit.date(), waymark::Date::fromYmd(2011, 4, 3).value());

    edit.clear();
    QVERIFY(edit.isBlank());
    QVERIFY(edit.hasValidDate()); // empty is "no date", not an error
    qInfo("bad date kept and flagged with its reason; good date tidied to 03/04/2011; empty is allowed");
}

void TestPeopleWidgets::everyCodeHasALabel()
{
    using L = CodeLabels::List;
    int checked = 0;
    for (L list : {L::Sex, L::Ethnicity, L::EteStatus, L::Relationship}) {
        for (const auto& option : CodeLabels::codes(list)) {
            const QString label = CodeLabels::label(list, option.code);
            // The UI's own (translatable) label, which in English matches the core's.
            QCOMPARE(label, waymark::convert::toQString(option.label));
            ++checked;
        }
        QComboBox combo;
        CodeLabels::fill(&combo, list);
        QCOMPARE(combo.count(), int(CodeLabels::codes(list).size()) + 1);
        QCOMPARE(CodeLabels::selectedCode(&combo), std::string()); // "Not recorded"
    }
    qInfo("%d codes each have a translatable label equal to the core's English label", checked);
}

void TestPeopleWidgets::unknownCodeIsKeptNotLost()
{
    QComboBox combo;
    CodeLabels::fill(&combo, CodeLabels::List::Sex);
    CodeLabels::select(&combo, "female");
    QCOMPARE(CodeLabels::selectedCode(&combo), std::string("female"));
    CodeLabels::select(&combo, "code_from_a_newer_version");
    QCOMPARE(CodeLabels::selectedCode(&combo), std::string("code_from_a_newer_version"));
    qInfo("a code this version does not know is shown and saved back unchanged");
}

QTEST_MAIN(TestPeopleWidgets)
#include "TestPeopleWidgets.moc"
