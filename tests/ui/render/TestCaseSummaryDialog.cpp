// "Print case summary…" (ui/dialogs/CaseSummaryDialog) with real widgets offscreen: the recipient
// is required (nothing written, nothing audited without it), then the PDF is written where
// asked and its text (pdftotext) holds the case reference, the recipient, "Page 1 of 1" and the
// codes by their labels (in Welsh too: "Heddlu", not "police");
// the person page shows the button to a coordinator.

#include "tests/core/reports/OutcomeFixtures.h"
#include "ui/app/Language.h"
#include "ui/dialogs/CaseSummaryDialog.h"
#include "ui/render/CaseSummaryPdf.h"

#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace waymark;
using test::ymd;

class TestCaseSummaryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recipientRequiredThenWritten()
    {
        test::TempDir dir;
        test::OutcomeScheme s(dir.file("dialog.waymark"), ymd(2026, 3, 1));
        QVERIFY(s.casebook);
        const Uuid r = s.acceptedReferral();
        QVERIFY(!r.isNull());
        auto referral = s.casebook->referrals().view(r);
        QVERIFY(referral);
        auto person = s.casebook->people().view(referral->personId);
        QVERIFY(person);
        const QString reference = QString::fromStdString(person->caseReference);
        const auto out = dir.file("summary.pdf");

        CaseSummaryDialog dialog(*s.casebook, reference);
        dialog.show();
        dialog.fileEdit()->setText(QString::fromStdString(out.string()));
        QVERIFY(!dialog.saveNow());
        QVERIFY(!dialog.messageText().isEmpty());
        QVERIFY(!std::filesystem::exists(out));
        QCOMPARE(test::scalar(*s.casebook, "SELECT count(*) FROM audit_log WHERE operation = 'case.summary_disclosed'"),
                 0);

        QTest::keyClicks(dialog.recipientEdit(), QStringLiteral("Youth panel, 12 June"));
        // WAYMARK_SHOT=file.png: a picture of the dialog, to look at.
        if (const QString shot = qEnvironmentVariable("WAYMARK_SHOT"); !shot.isEmpty())
            dialog.grab().save(shot);
        QVERIFY2(dialog.saveNow(), qPrintable(dialog.messageText()));
        QVERIFY(std::filesystem::exists(out));
        QProcess p;
        p.start(QStringLiteral(PDFTOTEXT),
                {QStringLiteral("-layout"), QString::fromStdString(out.string()), QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(reference), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Youth panel, 12 June")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
        // Codes by the labels the pages show, never as stored.
        QVERIFY(text.contains(QStringLiteral("Police")));
        QVERIFY(text.contains(QStringLiteral("Community Resolution")));
        QVERIFY(!text.contains(QStringLiteral("police")));
        QVERIFY(!text.contains(QStringLiteral("community_resolution")));
        QCOMPARE(test::scalar(*s.casebook, "SELECT count(*) FROM audit_log WHERE operation = 'case.summary_disclosed' "
                                           "AND detail = 'disclosure: recipient=Youth panel, 12 June'"),
                 1);
    }

    // With Waymark in Welsh the summary's fixed words are Welsh: its title, the headings and
    // "Tudalen 1 o 1" at the foot.
    // A place that cannot be written (a folder that does not exist): the message names the PDF
    // and where it was to go, not the casebook, and the dialog stays open to choose again.
    void unwritablePlaceIsNamed()
    {
        test::TempDir dir;
        test::OutcomeScheme s(dir.file("unwritable.waymark"), ymd(2026, 3, 1));
        QVERIFY(s.casebook);
        const Uuid r = s.acceptedReferral();
        auto referral = s.casebook->referrals().view(r);
        QVERIFY(referral);
        auto person = s.casebook->people().view(referral->personId);
        QVERIFY(person);
        const auto out = dir.file("no-such-folder") / "summary.pdf";
        CaseSummaryDialog dialog(*s.casebook, QString::fromStdString(person->caseReference));
        dialog.show();
        dialog.fileEdit()->setText(QString::fromStdString(out.string()));
        QTest::keyClicks(dialog.recipientEdit(), QStringLiteral("Youth panel"));
        QVERIFY(!dialog.saveNow());
        const QString message = dialog.messageText();
        QVERIFY2(message.contains(QStringLiteral("PDF could not be saved")) &&
                     message.contains(QString::fromStdString(out.string())) &&
                     !message.contains(QStringLiteral("casebook")),
                 qPrintable(message));
        QVERIFY(!std::filesystem::exists(out));
    }

    void welshSummaryIsInWelsh()
    {
        test::TempDir dir;
        test::OutcomeScheme s(dir.file("cy.waymark"), ymd(2026, 3, 1));
        QVERIFY(s.casebook);
        const Uuid r = s.acceptedReferral();
        QVERIFY(!r.isNull());
        auto referral = s.casebook->referrals().view(r);
        QVERIFY(referral);
        auto person = s.casebook->people().view(referral->personId);
        QVERIFY(person);
        const auto out = dir.file("crynodeb.pdf");
        QCOMPARE(Language::install(*qApp, QStringLiteral("cy")), QStringLiteral("cy"));
        QString text;
        {
            CaseSummaryDialog dialog(*s.casebook, QString::fromStdString(person->caseReference));
            dialog.fileEdit()->setText(QString::fromStdString(out.string()));
            QTest::keyClicks(dialog.recipientEdit(), QStringLiteral("Panel ieuenctid"));
            const bool saved = dialog.saveNow();
            QProcess p;
            p.start(QStringLiteral(PDFTOTEXT),
                    {QStringLiteral("-layout"), QString::fromStdString(out.string()), QStringLiteral("-")});
            p.waitForFinished(60000);
            text = QString::fromUtf8(p.readAllStandardOutput());
            if (const QString keep = qEnvironmentVariable("WAYMARK_KEEP_PDF"); !keep.isEmpty())
                QFile::copy(QString::fromStdString(out.string()), keep); // to look at it (pdftoppm)
            QVERIFY2(saved, qPrintable(dialog.messageText()));
        }
        for (auto* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QVERIFY2(text.contains(QStringLiteral("Tudalen 1 o 1")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Page 1 of")));
        QVERIFY(text.contains(QStringLiteral("Crynodeb achos ar gyfer panel")));
        QVERIFY(text.contains(QStringLiteral("Person ifanc")));
        QVERIFY(text.contains(QStringLiteral("Atgyfeiriad presennol")));
        QVERIFY(text.contains(QStringLiteral("Panel ieuenctid")));
        // The codes in Welsh too: the source, the route and the state.
        QVERIFY(text.contains(QStringLiteral("Heddlu")));
        QVERIFY(text.contains(QStringLiteral("Datrysiad Cymunedol")));
        QVERIFY(text.contains(QStringLiteral("Wedi'i dderbyn")));
        QVERIFY(!text.contains(QStringLiteral("police")));
        QVERIFY(!text.contains(QStringLiteral("Police")));
        QVERIFY(!text.contains(QStringLiteral("community_resolution")));
    }

    // A cell longer than its column (a Welsh status with its outcome) wraps inside the column:
    // no word of it reaches into the next column, where the planned dates are.
    void longCellsWrapInsideTheirColumn()
    {
        CaseSummary summary;
        summary.caseReference = "WM-TEST-00001";
        summary.name = "Test Person";
        summary.interventions.push_back(
            {"victim_awareness", "", "completed", ymd(2026, 2, 10), ymd(2026, 3, 31), "goals_met"});
        render::CaseSummaryPdfOptions options;
        options.translate = [](render::SummaryCode kind, const std::string&) -> QString {
            if (kind == render::SummaryCode::InterventionStatus)
                return QStringLiteral("Wedi'i gwblhau yn llawn");
            if (kind == render::SummaryCode::InterventionOutcome)
                return QStringLiteral("Nodau wedi'u cyflawni");
            return {};
        };
        auto pdf = render::renderCaseSummaryPdf(summary, options);
        QVERIFY(pdf);
        test::TempDir dir;
        const auto file = dir.file("wrap.pdf");
        {
            QFile out(QString::fromStdString(file.string()));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(pdf->data(), static_cast<qint64>(pdf->size()));
        }
        QProcess p;
        p.start(QStringLiteral(PDFTOTEXT),
                {QStringLiteral("-bbox"), QString::fromStdString(file.string()), QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString html = QString::fromUtf8(p.readAllStandardOutput());
        // Each word with its box: <word xMin="..." yMin="..." xMax="..." yMax="...">text</word>
        const QRegularExpression word(QStringLiteral(
            "<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\" yMax=\"[0-9.]+\">([^<]*)</word>"));
        double datesLeft = -1;
        QList<std::pair<QString, double>> status; // the status cell's words and their right edges
        const QStringList statusWords = {
            QStringLiteral("Wedi'i"), QStringLiteral("gwblhau"), QStringLiteral("yn"),       QStringLiteral("llawn"),
            QStringLiteral("(Nodau"), QStringLiteral("wedi'u"),  QStringLiteral("cyflawni)")};
        for (auto it = word.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            const QString text = m.captured(3).replace(QStringLiteral("&apos;"), QStringLiteral("'"));
            if (text == QStringLiteral("10/02/2026") && datesLeft < 0)
                datesLeft = m.captured(1).toDouble();
            if (statusWords.contains(text))
                status.append({text, m.captured(2).toDouble()});
        }
        QVERIFY2(datesLeft > 0, qPrintable(html.left(2000)));
        QCOMPARE(status.size(), statusWords.size()); // every word drawn
        for (const auto& [text, right] : status)
            QVERIFY2(
                right < datesLeft,
                qPrintable(QStringLiteral("%1 ends at %2, the dates start at %3").arg(text).arg(right).arg(datesLeft)));
    }
};

QTEST_MAIN(TestCaseSummaryDialog)
#include "TestCaseSummaryDialog.moc"
