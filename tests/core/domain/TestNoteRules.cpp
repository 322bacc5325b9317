// core/domain/Note: text normalisation and rules, the search expression any typed text
// becomes, snippets and leads.

#include "core/domain/Note.h"

#include <QTest>

using namespace waymark;

class TestNoteRules : public QObject
{
    Q_OBJECT

private slots:
    void normalises()
    {
        QCOMPARE(normaliseNoteText("\r\n  Line one  \r\nLine two\t\rLine three\n\n\n"),
                 std::string("Line one\nLine two\nLine three"));
        QCOMPARE(normaliseNoteText("  \n\t"), std::string());
        QCOMPARE(normaliseNoteText("a\n\n\nb"), std::string("a\n\n\nb")); // paragraphs stay
    }

    void validates()
    {
        QVERIFY(validateNoteText("Fine.\n\tIndented."));
        QCOMPARE(validateNoteText("").error().rule, std::string("required"));
        QCOMPARE(validateNoteText("x\x7fy").error().rule, std::string("control_characters"));
        QCOMPARE(validateNoteText("\xff").error().rule, std::string("invalid_utf8"));
        QCOMPARE(validateNoteText(std::string(kMaxNoteChars + 1, 'a')).error().field, std::string("text"));
        QVERIFY(validateNoteText(std::string(kMaxNoteChars, 'a')));
        QVERIFY(validateNoteText("..."));
    }

    void searchExpressions_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expression");
        QTest::newRow("word") << "school"
                              << "\"school\"";
        QTest::newRow("words") << "school  gates"
                               << "\"school\" \"gates\"";
        QTest::newRow("phrase") << "\"school gates\" zoe"
                                << "\"school gates\" \"zoe\"";
        QTest::newRow("prefix") << "atten*"
                                << "\"atten\"*";
        QTest::newRow("one-letter prefix") << "a*"
                                           << "\"a\"";
        QTest::newRow("star") << "*"
                              << "";
        QTest::newRow("operators") << "a OR b NOT c"
                                   << "\"a\" \"OR\" \"b\" \"NOT\" \"c\"";
        QTest::newRow("near") << "NEAR(a b, 2)"
                              << "\"NEAR(a\" \"b\" \"2\"";
        QTest::newRow("column filter") << "body:x"
                                       << "\"body:x\"";
        QTest::newRow("caret") << "^start"
                               << "\"start\"";
        QTest::newRow("unterminated") << "\"open phrase"
                                      << "\"open phrase\"";
        QTest::newRow("empty quotes") << "\"\""
                                      << "";
        QTest::newRow("punctuation") << "- + : ( ) ' \\"
                                     << "";
        QTest::newRow("unicode") << "Zoë café"
                                 << "\"Zoë\" \"café\"";
        QTest::newRow("empty") << ""
                               << "";
    }

    void searchExpressions()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expression);
        QCOMPARE(QString::fromStdString(noteSearchExpression(typed.toStdString())), expression);
    }

    void snippetsAndLeads()
    {
        const std::string s =
            std::string("met ") + kMatchStart + "Zoë" + kMatchEnd + " at " + kMatchStart + "school" + kMatchEnd;
        const auto parts = splitSnippet(s);
        QCOMPARE(parts.size(), std::size_t(4));
        QCOMPARE(parts[1].text, std::string("Zoë"));
        QVERIFY(parts[1].match && !parts[0].match && parts[3].match);
        QCOMPARE(noteLead("Short note."), std::string("Short note."));
        QCOMPARE(noteLead("One\n\ntwo\tthree"), std::string("One two three"));
        const std::string lead = noteLead("word word word word word word word word word word", 22);
        QCOMPARE(lead, std::string("word word word word\xE2\x80\xA6"));
    }
};

QTEST_GUILESS_MAIN(TestNoteRules)
#include "TestNoteRules.moc"
