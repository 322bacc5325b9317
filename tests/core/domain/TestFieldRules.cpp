// Every free-text field has a length limit and a character rule, checked at the door:
// one row per field and per kind of bad input (core/domain/TextRules.h, docs/validation.md).

#include "core/domain/PersonRules.h"
#include "core/domain/TextRules.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include <functional>
#include <string>

using namespace waymark;

Q_DECLARE_METATYPE(std::string)

namespace {

Date today()
{
    return Date::fromYmd(2026, 11, 26).value();
}

Person valid()
{
    Person p;
    p.givenName = "Carys";
    p.familyName = "Exampleton";
    p.dateOfBirth = Date::fromYmd(2011, 5, 4).value();
    return p;
}

// Puts `value` into the person field named `field`.
void setField(Person& p, const std::string& field, const std::string& value)
{
    if (field == "given_name")
        p.givenName = value;
    else if (field == "family_name")
        p.familyName = value;
    else if (field == "preferred_name")
        p.preferredName = value;
    else if (field == "aliases")
        p.aliases = {value};
    else if (field == "gender_identity")
        p.genderIdentity = value;
    else if (field == "first_language")
        p.firstLanguage = value;
    else if (field == "address")
        p.address = value;
    else if (field == "phone")
        p.phone = value;
    else if (field == "school")
        p.school = value;
    else if (field == "pnc_reference")
        p.pncReference = value;
    else if (field == "upn")
        p.upn = value;
    else if (field == "local_authority_id")
        p.localAuthorityId = value;
    else if (field == "contact_name")
        p.contacts = {Contact{{}, value, "mother", "01632 960001", true}};
    else if (field == "contact_phone")
        p.contacts = {Contact{{}, "Rhian Exampleton", "mother", value, true}};
    else if (field == "sex")
        p.sex = value;
    else if (field == "postcode")
        p.postcode = value;
    else
        qFatal("unknown field %s", field.c_str());
}

// The field the error names for `field` (contacts are reported on the table).
std::string reportedField(const std::string& field)
{
    return field.starts_with("contact_") ? "contacts" : field;
}

// A value that the field accepts, `n` characters long.
std::string goodOfLength(const std::string& field, std::size_t n)
{
    std::string out;
    const auto rule = fieldRule(field);
    for (std::size_t i = 0; i < n; ++i) {
        if (rule && rule->shape == TextShape::Phone)
            out += static_cast<char>('0' + i % 10);
        else if (rule && rule->shape == TextShape::Identifier)
            out += static_cast<char>('A' + i % 26);
        else
            out += (i == 0 || i + 1 == n) ? "X" : "\xC3\xA9"; // é: two bytes, one character
    }
    return out;
}

// Text the field accepts, with `inner` in the middle (trimming cannot remove it).
std::string around(const std::string& field, const std::string& inner)
{
    const auto rule = fieldRule(field);
    if (rule && rule->shape == TextShape::Phone)
        return "01632" + inner + "960001";
    if (rule && rule->shape == TextShape::Identifier)
        return "AB" + inner + "12";
    return "Al" + inner + "ex";
}

const char* const kFreeTextFields[] = {
    "given_name", "family_name", "preferred_name", "aliases", "gender_identity",    "first_language", "address",
    "phone",      "school",      "pnc_reference",  "upn",     "local_authority_id", "contact_name",   "contact_phone"};

} // namespace

class TestFieldRules : public QObject
{
    Q_OBJECT

private slots:
    void everyField_data()
    {
        QTest::addColumn<std::string>("field");
        QTest::addColumn<std::string>("value");
        QTest::addColumn<QString>("rule"); // empty: accepted
        for (const char* f : kFreeTextFields) {
            const std::string field = f;
            const auto rule = fieldRule(field);
            QVERIFY2(rule.has_value(), f);
            const bool multiLine = rule->shape == TextShape::MultiLine;
            const auto row = [&](const char* what, const std::string& value, const char* expected) {
                QTest::newRow((field + ": " + what).c_str()) << field << value << QString::fromLatin1(expected);
            };
            row("ESC", around(field, "\x1b[2J"), "control_characters");
            row("BEL", around(field, "\a"), "control_characters");
            row("NUL", around(field, std::string(1, '\0')), "control_characters");
            row("DEL", around(field, "\x7f"), "control_characters");
            row("C1 CSI (U+009B)", around(field, "\xC2\x9B"), "control_characters");
            row("C1 NEL (U+0085)", around(field, "\xC2\x85"), "control_characters");
            row("carriage return alone", around(field, "\r"), multiLine ? "" : "control_characters");
            row("tab", around(field, "\t"), multiLine ? "" : "control_characters");
            row("line feed", around(field, "\n"), multiLine ? "" : "line_break");
            row("line separator U+2028", around(field, "\xE2\x80\xA8"), multiLine ? "" : "line_break");
            row("invalid byte 0xFF", around(field, "\xFF"), "invalid_utf8");
            row("overlong slash", around(field, "\xC0\xAF"), "invalid_utf8");
            row("lone surrogate", around(field, "\xED\xA0\x80"), "invalid_utf8");
            row("truncated sequence", around(field, "\xE2\x82"), "invalid_utf8");
            row("at the limit", goodOfLength(field, rule->maxChars), "");
            row("one over the limit", goodOfLength(field, rule->maxChars + 1), "too_long");
            if (rule->shape == TextShape::Phone) {
                row("letters", "call Sam", "phone_characters");
                row("extension", "01632 960001 ext 12", "");
                row("international", "+44 (0)1632 960001", "");
            }
            if (rule->shape == TextShape::Identifier) {
                row("PNC shape", "26/1234567Z", "");
                row("apostrophe", "AB'12", "identifier_characters");
            }
        }
        // 10 MB is refused by its size without being decoded.
        QTest::newRow("phone: 10 MB") << std::string("phone") << std::string(10'000'000, '7')
                                      << QStringLiteral("too_long");
        QTest::newRow("postcode: ESC") << std::string("postcode")
                                       << std::string("CF10\x1b"
                                                      "1AA")
                                       << QStringLiteral("control_characters");
        QTest::newRow("sex: 1 MB") << std::string("sex") << std::string(1'000'000, 'f') << QStringLiteral("too_long");
    }

    void everyField()
    {
        QFETCH(std::string, field);
        QFETCH(std::string, value);
        QFETCH(QString, rule);
        Person p = valid();
        setField(p, field, value);
        normalisePerson(p);
        const auto st = validatePerson(p, today());
        if (rule.isEmpty()) {
            QVERIFY2(st.has_value(), st ? "" : describe(st.error()).c_str());
            return;
        }
        QVERIFY(!st.has_value());
        QCOMPARE(st.error().code, ErrorCode::Validation);
        QCOMPARE(st.error().field, reportedField(field));
        QCOMPARE(QString::fromStdString(st.error().rule), rule);
        // The detail is English and names no part of the value.
        QVERIFY(st.error().detail.find("\x1b") == std::string::npos);
        QVERIFY(st.error().detail.find("Al") == std::string::npos);
    }

    void addressKeepsLineBreaks()
    {
        Person p = valid();
        p.address = "1 Example Street\r\nExampletown\rExampleshire";
        normalisePerson(p);
        QVERIFY(validatePerson(p, today()).has_value());
        QCOMPARE(p.address, std::string("1 Example Street\nExampletown\nExampleshire"));
    }

    void tooManyAliasesAndContacts()
    {
        Person p = valid();
        for (std::size_t i = 0; i <= kMaxAliases; ++i)
            p.aliases.push_back("Alias " + std::to_string(i));
        auto st = validatePerson(p, today());
        QVERIFY(!st);
        QCOMPARE(st.error().field, std::string("aliases"));
        QCOMPARE(st.error().rule, std::string("too_many"));
        p = valid();
        for (std::size_t i = 0; i <= kMaxContacts; ++i)
            p.contacts.push_back(Contact{{}, "Contact " + std::to_string(i), "other", "", false});
        st = validatePerson(p, today());
        QVERIFY(!st);
        QCOMPARE(st.error().field, std::string("contacts"));
        QCOMPARE(st.error().rule, std::string("too_many"));
    }

    // Through the door: nothing is stored, and the users' display names follow the rule too.
    void theDoorRefusesAndStoresNothing()
    {
        test::TempDir dir;
        auto cb = test::makeCasebook(dir.file("rules.waymark"));
        QVERIFY(cb);
        Person p = test::samplePerson(1);
        p.phone = "01632\x1b]0;pwned\a960001";
        auto created = cb->people().create(p);
        QVERIFY(!created);
        QCOMPARE(created.error().field, std::string("phone"));
        QCOMPARE(created.error().rule, std::string("control_characters"));
        QCOMPARE(test::scalar(*cb, "SELECT count(*) FROM people"), 0);

        auto added = cb->users().add("casey", "a long enough passphrase 7", Role::Caseworker, "Casey\x1b[31m Red");
        QVERIFY(!added);
        QCOMPARE(added.error().field, std::string("display_name"));
        QCOMPARE(added.error().rule, std::string("control_characters"));
        added = cb->users().add("casey", "a long enough passphrase 7", Role::Caseworker, std::string(101, 'c'));
        QVERIFY(!added);
        QCOMPARE(added.error().rule, std::string("too_long"));
        added = cb->users().add("ca\x1bsey", "a long enough passphrase 7", Role::Caseworker, "Casey");
        QVERIFY(!added);
        QCOMPARE(added.error().field, std::string("username"));
        QCOMPARE(added.error().rule, std::string("username_characters"));
        added = cb->users().add(std::string(65, 'c'), "a long enough passphrase 7", Role::Caseworker, "Casey");
        QVERIFY(!added);
        QCOMPARE(added.error().rule, std::string("too_long"));
        QCOMPARE(test::scalar(*cb, "SELECT count(*) FROM users"), 1);

        auto found = cb->people().search("al\x1b"
                                         "ex");
        QVERIFY(!found);
        QCOMPARE(found.error().code, ErrorCode::Validation);

        CreateOptions options;
        options.kdf = KdfStrength::Minimum;
        options.displayName = "Sam\nCoordinator";
        auto other = Casebook::create(dir.file("other.waymark"), "sam", "a long enough passphrase 7", options);
        QVERIFY(!other);
        QCOMPARE(other.error().field, std::string("display_name"));
        QVERIFY(!Casebook::exists(dir.file("other.waymark")));
    }
};

QTEST_GUILESS_MAIN(TestFieldRules)
#include "TestFieldRules.moc"
