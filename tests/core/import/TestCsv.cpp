#include "core/io/Csv.h"

#include <QTest>

#include <string>

using namespace waymark;

class TestCsv : public QObject
{
    Q_OBJECT

private:
    static csv::Table readOk(std::string_view bytes)
    {
        auto table = csv::read(bytes);
        if (!table)
            qWarning("%s", csv::describe(table.error()).c_str());
        return table ? *table : csv::Table{};
    }

    static csv::CsvProblem readFails(std::string_view bytes, const csv::ReadOptions& options = {})
    {
        auto table = csv::read(bytes, options);
        return table ? csv::CsvProblem{"(read)", 0, 0, "no problem found"} : table.error();
    }

private slots:
    void plainCommaFile()
    {
        const auto t = readOk("a,b,c\n1,2,3\n4,5,6\n");
        QCOMPARE(t.delimiter, ',');
        QCOMPARE(t.encoding, csv::Encoding::Utf8);
        QCOMPARE(t.header, (std::vector<std::string>{"a", "b", "c"}));
        QCOMPARE(t.rows.size(), std::size_t(2));
        QCOMPARE(t.rows[1].fields, (std::vector<std::string>{"4", "5", "6"}));
        QCOMPARE(t.rows[0].line, std::size_t(2));
        QCOMPARE(t.rows[1].line, std::size_t(3));
    }

    void quotingAsRfc4180()
    {
        const auto t =
            readOk("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n \"spaced\" ,plain\"quote,\r\n");
        QCOMPARE(t.rows.size(), std::size_t(2));
        QCOMPARE(t.rows[0].fields, (std::vector<std::string>{"x, y", "say \"hi\"", "two\nlines"}));
        QCOMPARE(t.rows[1].fields, (std::vector<std::string>{"spaced", "plain\"quote", ""}));
        // The row after a line break inside quotes starts on line 4.
        QCOMPARE(t.rows[1].line, std::size_t(4));
    }

    void semicolonDetectedFromHeader()
    {
        const auto t = readOk("a;b;c\n\"1,5\";2;3\n");
        QCOMPARE(t.delimiter, ';');
        QCOMPARE(t.rows[0].fields, (std::vector<std::string>{"1,5", "2", "3"}));
        // Commas inside quoted header names do not count.
        const auto q = readOk("\"a,b,c\";d\n1;2\n");
        QCOMPARE(q.delimiter, ';');
        QCOMPARE(q.header.size(), std::size_t(2));
    }

    void encodings()
    {
        const auto bom = readOk("\xEF\xBB\xBFname\nZo\xC3\xAB\n");
        QCOMPARE(bom.encoding, csv::Encoding::Utf8WithBom);
        QCOMPARE(bom.header.front(), std::string("name"));
        QCOMPARE(bom.rows[0].fields[0], std::string("Zo\xC3\xAB"));
        const auto cp1252 = readOk("name\nZo\xEB \x80 \x93\n");
        QCOMPARE(cp1252.encoding, csv::Encoding::Windows1252);
        QCOMPARE(cp1252.rows[0].fields[0], std::string("Zo\xC3\xAB \xE2\x82\xAC \xE2\x80\x9C")); // ë € “
        QCOMPARE(readFails("\xFF\xFEn\0a\0").rule, std::string("utf16"));
    }

    void blankAndEmptyRowsSkipped()
    {
        const auto t = readOk("a,b\n\n1,2\n,\n  ,  \r\n3,4");
        QCOMPARE(t.rows.size(), std::size_t(2));
        QCOMPARE(t.rows[1].line, std::size_t(6));
        QCOMPARE(t.rows[1].fields[1], std::string("4"));
    }

    void malformedFilesNameLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("empty") << QByteArray() << "empty" << 0 << 0;
        QTest::newRow("only a BOM and blank lines") << QByteArray("\xEF\xBB\xBF\r\n\r\n") << "empty" << 0 << 0;
        QTest::newRow("blank header") << QByteArray(",,\n1,2,3\n") << "no_header" << 1 << 1;
        QTest::newRow("unbalanced quote")
            << QByteArray("a,b,c\n1,2,3\n4,\"5,6\n7,8,9\n") << "unbalanced_quote" << 3 << 2;
        QTest::newRow("text after quote") << QByteArray("a,b\n1,\"2\"x\n") << "text_after_quote" << 2 << 2;
        QTest::newRow("too few columns") << QByteArray("a,b,c\n1,2,3\n4,5\n") << "column_count" << 3 << 3;
        QTest::newRow("too many columns") << QByteArray("a,b,c\n1,2,3,4\n") << "column_count" << 2 << 4;
        QTest::newRow("NUL byte") << QByteArray("a,b\n1,2\n3,x\0y\n", 14) << "binary" << 3 << 2;
        QTest::newRow("control character") << QByteArray("a,b\n1,\x1b[31m\n") << "control_character" << 2 << 2;
        QTest::newRow("1252 undefined byte") << QByteArray("a,b\n1,\x81\n") << "control_character" << 2 << 2;
        QTest::newRow("duplicate column") << QByteArray("a,B, b \n1,2,3\n") << "duplicate_column" << 1 << 3;
        QTest::newRow("Excel workbook") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) << "spreadsheet" << 0 << 0;
        QByteArray garbage("\x7f\x45\x4c\x46garbage");
        for (int i = 0; i < 4096; ++i)
            garbage.append(static_cast<char>((i * 7919 + 13) % 256));
        QTest::newRow("binary garbage") << garbage << "*" << -1 << -1;
    }

    void malformedFilesNameLineAndColumn()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, rule);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto p = readFails(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        QVERIFY2(p.rule != "(read)", "the file was accepted");
        if (rule != "*")
            QCOMPARE(QString::fromStdString(p.rule), rule);
        if (line >= 0) {
            QCOMPARE(p.line, std::size_t(line));
            QCOMPARE(p.column, std::size_t(column));
        }
        const std::string said = csv::describe(p);
        if (line > 0)
            QVERIFY2(said.starts_with("line " + std::to_string(line) + ", column " + std::to_string(column) + ": "),
                     said.c_str());
        const Error e = csv::toError(p);
        QCOMPARE(e.code, ErrorCode::InvalidInput);
        QCOMPARE(e.rule, "csv_" + p.rule);
        // The message never repeats the file's contents.
        QVERIFY(!said.contains("[31m"));
        qInfo("%s -> %s", QTest::currentDataTag(), said.c_str());
    }

    void sizeLimit()
    {
        QCOMPARE(readFails("a,b\n1,2\n", csv::ReadOptions{5}).rule, std::string("too_large"));
        // 50 MB is the default limit: a file one byte over is refused before it is parsed.
        std::string big(csv::kDefaultMaxBytes + 1, 'x');
        const auto p = readFails(big);
        QCOMPARE(p.rule, std::string("too_large"));
        QCOMPARE(p.line, std::size_t(0));
    }

    void roundTripThroughQuoteField()
    {
        const std::vector<std::string> values{"plain", "with, comma", "say \"x\"", "two\nlines", " lead", ""};
        std::string file;
        for (std::size_t i = 0; i < values.size(); ++i)
            file += (i ? "," : "") + std::string("h") + std::to_string(i);
        file += "\r\n";
        for (std::size_t i = 0; i < values.size(); ++i)
            file += (i ? "," : "") + csv::quoteField(values[i], ',');
        const auto t = readOk(file);
        QCOMPARE(t.rows.size(), std::size_t(1));
        QCOMPARE(t.rows[0].fields, values);
    }

    void fieldStartingWithByteOrderMarkSurvives()
    {
        // Found by fuzz_csv: a first header name that begins with U+FEFF, written back unquoted,
        // was read as a byte-order mark and lost its first character.
        const std::string name = std::string("\xEF\xBB\xBF") + "a*";
        QCOMPARE(csv::quoteField(name, ','), "\"" + name + "\"");
        const auto t = readOk(csv::quoteField(name, ',') + ",b\r\n1,2\r\n");
        QCOMPARE(t.header, (std::vector<std::string>{name, "b"}));
        const auto again = readOk("\xEF\xBB\xBF\"" + name + "\",b\r\n1,2\r\n");
        QCOMPARE(again.header, t.header);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "TestCsv.moc"
