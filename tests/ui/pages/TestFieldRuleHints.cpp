// The person page says each text rule of the door (core/domain/TextRules.h) in a sentence of
// its own, in English and in Welsh, next to the field.

#include "PagesFixture.h"

#include "ui/app/Language.h"
#include "ui/pages/PersonPage.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

namespace {

QLineEdit* edit(const QWidget& page, const QString& name)
{
    auto* widget = page.findChild<QLineEdit*>(name);
    if (!widget)
        qFatal("no line edit named %s", qPrintable(name));
    return widget;
}

} // namespace

class TestFieldRuleHints : public QObject
{
    Q_OBJECT

    pagestest::Fixture m_fixture;
    std::unique_ptr<waymark::Casebook> m_casebook;

    void rows()
    {
        QTest::addColumn<QString>("widget");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("welsh");
        QTest::newRow("phone_characters") << "phone"
                                          << "call Sam after four"
                                          << "Use digits, spaces and + ( ) - only"
                                          << "Defnyddiwch ddigidau";
        QTest::newRow("identifier_characters") << "upn"
                                               << "A12'34"
                                               << "Use letters, digits, spaces and / - . _ only"
                                               << "Defnyddiwch lythrennau";
        QTest::newRow("too_long") << "firstLanguage" << QString(61, QLatin1Char('w')) << "too long: 60 character"
                                  << "60 nod ar y mwyaf";
        QTest::newRow("control_characters")
            << "school" << QStringLiteral("Ysgol") + QChar(0x1b) + QStringLiteral("[2J Gyfun")
            << "characters that cannot be stored"
            << "";
    }

    void check(bool inWelsh)
    {
        QFETCH(QString, widget);
        QFETCH(QString, text);
        QFETCH(QString, english);
        QFETCH(QString, welsh);
        const QString expected = inWelsh ? welsh : english;
        PersonPage page(*m_casebook);
        page.setAskHandler([](const QString&, const QString&) { return false; });
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        edit(page, QStringLiteral("givenName"))->setText(QStringLiteral("Tamsin"));
        edit(page, QStringLiteral("familyName"))->setText(QStringLiteral("Vellacott-Test"));
        edit(page, QStringLiteral("dateOfBirth"))->setFocus();
        QTest::keyClicks(edit(page, QStringLiteral("dateOfBirth")), QStringLiteral("02/03/2012"));
        auto* field = edit(page, widget);
        field->setText(text);
        QVERIFY(!page.save());
        if (!expected.isEmpty())
            QVERIFY2(page.errorText().contains(expected), qPrintable(page.errorText()));
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(field));
        QCOMPARE(field->text(), text); // the typing is kept
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_casebook = m_fixture.create(0);
        QVERIFY(m_casebook);
    }
    void cleanupTestCase() { m_casebook.reset(); }

    void english_data() { rows(); }
    void english() { check(false); }

    // Last: installs the Welsh translator for the rest of the process.
    void welsh_data() { rows(); }
    void welsh()
    {
        if (QTest::currentDataTag() == QLatin1String("phone_characters"))
            QCOMPARE(Language::install(*qApp, QStringLiteral("cy")), QStringLiteral("cy"));
        check(true);
    }
};

QTEST_MAIN(TestFieldRuleHints)
#include "TestFieldRuleHints.moc"
