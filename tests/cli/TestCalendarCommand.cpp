// `waymark-cli calendar ...` through runCalendarCommand(): output, JSON and exit codes.

#include "app/cli/CalendarCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sstream>

using namespace waymark::cli;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(std::vector<std::string> args, bool json = false)
{
    std::ostringstream out;
    std::ostringstream err;
    Run r;
    r.code = runCalendarCommand(args, json, out, err);
    r.out = QString::fromStdString(out.str());
    r.err = QString::fromStdString(err.str());
    return r;
}

} // namespace

class TestCalendarCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holidaysPlain();
    void holidaysJson();
    void addWorkingDays();
    void workingDays();
    void isWorkingDay();
    void badInput_data();
    void badInput();
    void help();
};

void TestCalendarCommand::holidaysPlain()
{
    const Run r = run({"holidays", "--division", "scotland", "--from", "2022", "--to", "2022"});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QString());
    const QStringList expected = {"2022-01-03", "2022-01-04", "2022-04-15", "2022-05-02", "2022-06-02", "2022-06-03",
                                  "2022-08-01", "2022-09-19", "2022-11-30", "2022-12-26", "2022-12-27", ""};
    QCOMPARE(r.out.split(QLatin1Char('\n')), expected);
    const Run all = run({"holidays", "--division=northern-ireland", "--from=2019", "--to=2027"});
    QCOMPARE(all.code, 0);
    QCOMPARE(all.out.count(QLatin1Char('\n')), 9 * 10 + 3); // 10 a year + 2022 jubilee, state funeral + 2023 coronation
    qInfo("plain holiday list: Scotland 2022 and NI 2019-2027 (%lld lines)",
          static_cast<long long>(all.out.count(QLatin1Char('\n'))));
}

void TestCalendarCommand::holidaysJson()
{
    const Run r = run({"holidays", "--division", "england-and-wales", "--from", "2026", "--to", "2027"}, true);
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    const QJsonArray a = doc.array();
    QCOMPARE(a.size(), 16);
    QCOMPARE(a[0].toObject()[QStringLiteral("date")].toString(), QStringLiteral("2026-01-01"));
    QCOMPARE(a[0].toObject()[QStringLiteral("name")].toString(), QStringLiteral("New Year\u2019s Day"));
    QCOMPARE(a[0].toObject()[QStringLiteral("substitute")].toBool(), false);
    QCOMPARE(a[7].toObject()[QStringLiteral("date")].toString(), QStringLiteral("2026-12-28"));
    QCOMPARE(a[7].toObject()[QStringLiteral("name")].toString(), QStringLiteral("Boxing Day"));
    QCOMPARE(a[7].toObject()[QStringLiteral("substitute")].toBool(), true);
    for (const auto& v : a)
        QCOMPARE(v.toObject().keys(), (QStringList{"date", "name", "substitute"}));
    // --json among the words works too; an empty result is still valid JSON.
    const Run same = run({"holidays", "--json", "--division", "england-and-wales", "--from", "2026", "--to", "2027"});
    QCOMPARE(same.out, r.out);
    qInfo("JSON holiday list parses: %lld entries", static_cast<long long>(a.size()));
}

void TestCalendarCommand::addWorkingDays()
{
    QCOMPARE(run({"add-working-days", "2026-12-24", "4", "--division", "england-and-wales"}).out,
             QStringLiteral("2027-01-04\n"));
    QCOMPARE(run({"add-working-days", "24/12/2026", "4", "--division", "scotland"}).out,
             QStringLiteral("2027-01-05\n"));
    QCOMPARE(run({"add-working-days", "2027-01-04", "-4", "--division", "england-and-wales"}).out,
             QStringLiteral("2026-12-24\n"));
    QCOMPARE(run({"add-working-days", "2026-12-26", "0", "--division", "england-and-wales"}).out,
             QStringLiteral("2026-12-26\n"));
    QCOMPARE(run({"add-working-days", "2026-12-24", "1", "--division", "england-and-wales", "--closure",
                  "2026-12-29..2026-12-31"})
                 .out,
             QStringLiteral("2027-01-04\n"));
    QCOMPARE(run({"add-working-days", "2026-12-24", "1", "--division", "england-and-wales", "--annual-closure",
                  "12-29..12-31"})
                 .out,
             QStringLiteral("2027-01-04\n"));
    const Run j = run({"add-working-days", "2026-12-24", "4", "--division", "england-and-wales"}, true);
    const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
    QCOMPARE(o[QStringLiteral("date")].toString(), QStringLiteral("2027-01-04"));
    QCOMPARE(o[QStringLiteral("working_days")].toInt(), 4);
}

void TestCalendarCommand::workingDays()
{
    QCOMPARE(run({"working-days", "2026-04-01", "2026-04-10", "--division", "england-and-wales"}).out,
             QStringLiteral("5\n"));
    QCOMPARE(run({"working-days", "2026-04-01", "2026-04-10", "--division", "scotland"}).out, QStringLiteral("6\n"));
    QCOMPARE(run({"working-days", "2026-04-10", "2026-04-01", "--division", "scotland"}).out, QStringLiteral("-6\n"));
    const Run j = run({"working-days", "2026-04-01", "2026-04-10", "--division", "scotland"}, true);
    QCOMPARE(QJsonDocument::fromJson(j.out.toUtf8()).object()[QStringLiteral("working_days")].toInt(), 6);
}

void TestCalendarCommand::isWorkingDay()
{
    QCOMPARE(run({"is-working-day", "2026-12-28", "--division", "england-and-wales"}).out,
             QStringLiteral("no\nBoxing Day (substitute day)\n"));
    QCOMPARE(run({"is-working-day", "2026-12-29", "--division", "england-and-wales"}).out, QStringLiteral("yes\n"));
    QCOMPARE(run({"is-working-day", "2026-12-27", "--division", "england-and-wales"}).out,
             QStringLiteral("no\nweekend\n"));
}

void TestCalendarCommand::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    auto row = [](const char* name, QStringList args, const char* message) {
        QTest::newRow(name) << args << QString::fromLatin1(message);
    };
    row("no words", {}, "usage");
    row("unknown command", {"feasts"}, "unknown calendar command");
    row("unknown division", {"holidays", "--division", "wales", "--from", "2026"}, "unknown division 'wales'");
    row("missing division", {"holidays", "--from", "2026"}, "--division is required");
    row("missing from", {"holidays", "--division", "scotland"}, "--from YEAR is required");
    row("bad year", {"holidays", "--division", "scotland", "--from", "twenty"}, "invalid year 'twenty'");
    row("year too small", {"holidays", "--division", "scotland", "--from", "26"}, "invalid year '26'");
    row("to before from", {"holidays", "--division", "scotland", "--from", "2027", "--to", "2026"}, "before --from");
    row("option without value", {"holidays", "--division"}, "--division needs a value");
    row("unknown option", {"holidays", "--region", "x"}, "unknown option --region");
    row("impossible date", {"add-working-days", "31/02/2026", "3", "--division", "scotland"},
        "invalid DATE '31/02/2026': that day does not exist");
    row("two-digit year", {"add-working-days", "2/3/26", "3", "--division", "scotland"}, "century is never guessed");
    row("bad N", {"add-working-days", "2026-03-02", "three", "--division", "scotland"}, "invalid N 'three'");
    row("missing N", {"add-working-days", "2026-03-02", "--division", "scotland"}, "usage: calendar add-working-days");
    row("bad TO", {"working-days", "2026-03-02", "130801", "--division", "scotland"}, "invalid TO date '130801'");
    row("bad closure", {"working-days", "2026-03-02", "2026-03-09", "--division", "scotland", "--closure", "x"},
        "invalid closure date 'x'");
    row("bad annual closure",
        {"working-days", "2026-03-02", "2026-03-09", "--division", "scotland", "--annual-closure", "12-32"},
        "invalid annual closure '12-32'");
}

void TestCalendarCommand::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    std::vector<std::string> words;
    for (const QString& a : args)
        words.push_back(a.toStdString());
    const Run r = run(words);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    qInfo("exit 2: %s", qPrintable(r.err.section(QLatin1Char('\n'), 0, 0)));
}

void TestCalendarCommand::help()
{
    const Run r = run({"help"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("add-working-days")));
}

QTEST_APPLESS_MAIN(TestCalendarCommand)
#include "TestCalendarCommand.moc"
