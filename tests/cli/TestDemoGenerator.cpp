// The demo generator's API (core/demo/DemoGenerator.h), as the GUI calls it: in-process,
// with a pinned clock, progress and cancellation.
// People, scales, cancellation and refusal here; referrals and casework in TestDemoCasework.cpp.

#include "core/Casebook.h"
#include "core/demo/DemoGenerator.h"
#include "core/domain/Codes.h"
#include "core/domain/PersonRules.h"
#include "core/store/Database.h"
#include "tests/cli/DemoTestSupport.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <tuple>

using namespace waymark;
using test::fastOptions;
using test::pinnedClock;

namespace {

std::vector<Person> allPeople(Casebook& casebook)
{
    PersonListQuery query;
    query.limit = 500;
    std::vector<Person> people;
    for (const auto& row : test::allRows(query, [&](const PersonListQuery& q) { return casebook.people().list(q); }))
        if (auto person = casebook.people().view(row.id))
            people.push_back(*person);
    return people;
}

// The names of the files in a folder, sorted.
std::vector<std::string> filesIn(const std::filesystem::path& folder)
{
    std::vector<std::string> out;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        out.push_back(entry.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

std::string join(const std::vector<std::string>& names)
{
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : ", ") + n;
    return out;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scaleNames()
    {
        for (auto scale : {demo::Scale::Small, demo::Scale::Medium, demo::Scale::Large}) {
            auto back = demo::scaleFromName(demo::scaleName(scale));
            QVERIFY(back.has_value());
            QCOMPARE(*back, scale);
        }
        auto bad = demo::scaleFromName("huge");
        QVERIFY(!bad.has_value());
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        QCOMPARE(bad.error().field, std::string("scale"));
        QCOMPARE(demo::peopleAtScale(demo::Scale::Large), 100000);
        qInfo("scale names round-trip; 'huge' is refused with field 'scale'");
    }

    void generatesValidRealisticPeople()
    {
        test::TempDir dir;
        const auto path = dir.file("demo.waymark");
        std::vector<int> percents;
        auto added = demo::generateDemo(
            path, fastOptions(42),
            [&](int percent, std::string_view) {
                percents.push_back(percent);
                return true;
            },
            pinnedClock());
        QVERIFY2(added.has_value(), added ? "" : describe(added.error()).c_str());
        QCOMPARE(*added, 1000);
        QVERIFY(!percents.empty());
        QCOMPARE(percents.front(), 0);
        QCOMPARE(percents.back(), 100);

        auto casebook = Casebook::open(path, demo::kDemoUser, demo::kDemoPassword, pinnedClock());
        QVERIFY2(casebook.has_value(), casebook ? "" : describe(casebook.error()).c_str());
        QVERIFY((*casebook)->info().demo);
        QCOMPARE((*casebook)->user().role, Role::Coordinator);
        const Date today = (*casebook)->clock().today();

        const std::vector<Person> people = allPeople(**casebook);
        QCOMPARE(people.size(), std::size_t(1000));
        int withNhs = 0, estimated = 0, lookedAfter = 0, cpp = 0, send = 0, exploitation = 0, accented = 0;
        int preferred = 0, aliases = 0, whiteBritish = 0, notStated = 0, teens = 0;
        std::set<std::string> nhsNumbers, ethnicities;
        for (const Person& p : people) {
            QVERIFY2(validatePerson(p, today).has_value(), p.caseReference.c_str());
            int age = today.year() - p.dateOfBirth.year();
            if (today.month() < p.dateOfBirth.month() ||
                (today.month() == p.dateOfBirth.month() && today.day() < p.dateOfBirth.day()))
                --age;
            QVERIFY2(age >= 10 && age <= 25, std::to_string(age).c_str());
            teens += (age >= 14 && age <= 17) ? 1 : 0;
            QVERIFY(normalisePostcode(p.postcode).has_value());
            QVERIFY(p.contacts.size() <= 2);
            if (!p.nhsNumber.empty()) {
                ++withNhs;
                QVERIFY(isValidNhsNumber(p.nhsNumber));
                QVERIFY2(nhsNumbers.insert(p.nhsNumber).second, "NHS numbers are unique");
            }
            estimated += p.dateOfBirthEstimated;
            lookedAfter += p.flags.lookedAfter;
            cpp += p.flags.childProtectionPlan;
            send += p.flags.sendAln;
            exploitation += p.flags.exploitationConcern;
            preferred += !p.preferredName.empty();
            aliases += !p.aliases.empty();
            whiteBritish += p.ethnicity == "white_british";
            notStated += p.ethnicity == "not_stated";
            ethnicities.insert(p.ethnicity);
            const std::string name = p.givenName + p.familyName;
            accented +=
                std::any_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
        }
        // Broad bands around the planned mix (1,000 draws): they fail if a rate is badly off.
        QVERIFY2(withNhs >= 520 && withNhs <= 680, std::to_string(withNhs).c_str());
        QVERIFY2(estimated >= 10 && estimated <= 60, std::to_string(estimated).c_str());
        QVERIFY2(lookedAfter >= 20 && lookedAfter <= 80, std::to_string(lookedAfter).c_str());
        QVERIFY2(cpp >= 8 && cpp <= 50, std::to_string(cpp).c_str());
        QVERIFY2(send >= 150 && send <= 250, std::to_string(send).c_str());
        QVERIFY2(exploitation >= 35 && exploitation <= 100, std::to_string(exploitation).c_str());
        QVERIFY2(whiteBritish >= 700 && whiteBritish <= 860, std::to_string(whiteBritish).c_str());
        QVERIFY(notStated > 0);
        QVERIFY(ethnicities.size() >= 12);
        QVERIFY(accented > 0);
        QVERIFY(preferred > 50 && aliases > 10);
        QVERIFY2(teens >= 550, std::to_string(teens).c_str());
        qInfo("1000 people, all valid on %s: %d aged 14-17, %d NHS numbers (valid, unique), %d estimated DOBs, "
              "%d looked after, %d CP, %d SEND, %d exploitation, %d white British, %zu ethnicities, %d accented names, "
              "%d preferred names, %d with aliases",
              today.toIso().c_str(), teens, withNhs, estimated, lookedAfter, cpp, send, exploitation, whiteBritish,
              ethnicities.size(), accented, preferred, aliases);
    }

    void sameSeedSamePeople()
    {
        test::TempDir dir;
        std::vector<Person> runs[2];
        for (int i = 0; i < 2; ++i) {
            const auto path = dir.file("demo" + std::to_string(i) + ".waymark");
            auto added = demo::generateDemo(path, fastOptions(7), {}, pinnedClock());
            QVERIFY2(added.has_value(), added ? "" : describe(added.error()).c_str());
            auto casebook = Casebook::open(path, demo::kDemoUser, demo::kDemoPassword, pinnedClock());
            QVERIFY(casebook.has_value());
            runs[i] = allPeople(**casebook);
        }
        QCOMPARE(runs[0].size(), std::size_t(1000));
        QCOMPARE(runs[0].size(), runs[1].size());
        // Ids (and so the order of namesakes and of contacts saved in the same millisecond) differ
        // between casebooks: strip them and compare in a content order.
        for (auto& run : runs) {
            for (Person& p : run) {
                p.id = {};
                p.caseReference.clear();
                p.createdAt.clear();
                p.updatedHlc.clear();
                for (auto& c : p.contacts)
                    c.id = {};
                std::sort(p.contacts.begin(), p.contacts.end(), [](const Contact& x, const Contact& y) {
                    return std::tie(x.name, x.relationship, x.phone) < std::tie(y.name, y.relationship, y.phone);
                });
                std::sort(p.aliases.begin(), p.aliases.end());
            }
            std::sort(run.begin(), run.end(), [](const Person& x, const Person& y) {
                return std::tie(x.familyName, x.givenName, x.dateOfBirth, x.address, x.postcode) <
                       std::tie(y.familyName, y.givenName, y.dateOfBirth, y.address, y.postcode);
            });
        }
        for (std::size_t k = 0; k < runs[0].size(); ++k) {
            const Person& a = runs[0][k];
            const Person& b = runs[1][k];
            QCOMPARE(a.givenName, b.givenName);
            QCOMPARE(a.familyName, b.familyName);
            QCOMPARE(a.dateOfBirth, b.dateOfBirth);
            QCOMPARE(a.nhsNumber, b.nhsNumber);
            QCOMPARE(a.address, b.address);
            QCOMPARE(a.flags, b.flags);
            QCOMPARE(a.contacts, b.contacts);
            QCOMPARE(a.aliases, b.aliases);
            QCOMPARE(a.ethnicity, b.ethnicity);
            QCOMPARE(a.sex, b.sex);
            QCOMPARE(a.school, b.school);
            QCOMPARE(a.upn, b.upn);
            QCOMPARE(a.pncReference, b.pncReference);
        }
        qInfo("seed 7 twice with a pinned clock: the same %zu full records", runs[0].size());
    }

    void smallScaleReportsEveryHundredPeople()
    {
        // The GUI's demo is the small scale: its progress bar moves at least every 100 people
        // (it used to jump from 0 to 100 % in one batch of 1,000), then through the team and
        // the referrals; a cancel takes effect at the next step with the people written so far kept.
        test::TempDir dir;
        std::vector<std::pair<int, std::string>> reports;
        auto added = demo::generateDemo(
            dir.file("steps.waymark"), fastOptions(5),
            [&](int percent, std::string_view phrase) {
                reports.emplace_back(percent, std::string(phrase));
                return true;
            },
            pinnedClock());
        QVERIFY2(added.has_value(), added ? "" : describe(added.error()).c_str());
        // Each stage reports 0 to 100 % with its phrase, in order: people every 100 (as before
        // referrals arrived), the team, then referrals every 100 people.
        std::map<std::string, std::vector<int>> byStage;
        std::vector<std::string> order;
        for (const auto& [percent, phrase] : reports) {
            if (order.empty() || order.back() != phrase)
                order.push_back(phrase);
            byStage[phrase].push_back(percent);
        }
        QCOMPARE(order, (std::vector<std::string>{"adding people", "adding the team", "adding referrals",
                                                  "adding casework", "finishing"}));
        QCOMPARE(byStage["adding people"], (std::vector<int>{0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100}));
        QCOMPARE(byStage["adding referrals"], (std::vector<int>{0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100}));
        // Casework: every 100 cases (about 830 at small), ending at 100 %.
        const auto& casework = byStage["adding casework"];
        QVERIFY2(casework.size() >= 8, std::to_string(casework.size()).c_str());
        QCOMPARE(casework.front(), 0);
        QCOMPARE(casework.back(), 100);
        QVERIFY(std::is_sorted(casework.begin(), casework.end()));
        const int peopleReports = static_cast<int>(byStage["adding people"].size());
        const int referralReports = static_cast<int>(byStage["adding referrals"].size());

        const auto& finishing = byStage["finishing"];
        QCOMPARE(finishing.front(), 0);
        QCOMPARE(finishing.back(), 100);
        QVERIFY(std::is_sorted(finishing.begin(), finishing.end()));

        // Into an existing (demo) casebook a cancel keeps what was written so far.
        const auto path = dir.file("stop.waymark");
        {
            CreateOptions create;
            create.kdf = KdfStrength::Minimum;
            create.demo = true;
            QVERIFY(Casebook::create(path, demo::kDemoUser, demo::kDemoPassword, create, pinnedClock()).has_value());
        }
        auto stopped = demo::generateDemo(
            path, fastOptions(5), [](int percent, std::string_view) { return percent < 30; }, pinnedClock());
        QVERIFY(!stopped.has_value());
        QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
        auto casebook = Casebook::open(path, demo::kDemoUser, demo::kDemoPassword, pinnedClock());
        QVERIFY(casebook.has_value());
        QCOMPARE(*(*casebook)->people().count(), std::int64_t(300));
        QCOMPARE(*(*casebook)->referrals().count({}), std::int64_t(0));
        qInfo("small scale: %d progress reports for people (every 100), %d for referrals, %zu for finishing; cancel "
              "after 300 people in an existing casebook keeps the 300 written",
              peopleReports, referralReports, finishing.size());
    }

    void cancelStopsAndSaysSo()
    {
        test::TempDir dir;
        const auto path = dir.file("cancel.waymark");
        auto added = demo::generateDemo(
            path, fastOptions(1), [](int, std::string_view) { return false; }, pinnedClock());
        QVERIFY(!added.has_value());
        QCOMPARE(added.error().code, ErrorCode::Cancelled);
        // A new demo is built under a temporary name: cancelled, it leaves nothing at all.
        QVERIFY(!Casebook::exists(path));
        QVERIFY(filesIn(dir.path()).empty());
        qInfo("progress returning false at 0%%: Cancelled, nothing left in the folder");
    }

    void cancelAndKillLeaveNothing()
    {
        // Cancelled in the middle of the casework: no casebook, no key file, no temporary file.
        test::TempDir dir;
        const auto path = dir.file("half.waymark");
        bool sawTemporary = false;
        bool sawCasebook = false;
        auto stopped = demo::generateDemoCasebook(
            path, fastOptions(4),
            [&](int percent, std::string_view phrase) {
                sawTemporary = sawTemporary || !filesIn(dir.path()).empty();
                sawCasebook = sawCasebook || std::filesystem::exists(path);
                return phrase != "adding casework" || percent < 50;
            },
            pinnedClock());
        QVERIFY(!stopped.has_value());
        QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
        QVERIFY(sawTemporary); // the build was under way beside it
        QVERIFY(!sawCasebook); // and never under the casebook's name
        QVERIFY2(filesIn(dir.path()).empty(), join(filesIn(dir.path())).c_str());

        // The process dies in the middle (here: an exception out of the progress callback, so
        // nothing of the build's own clean-up runs): the files stay under the temporary name,
        // never under the casebook's. The next build clears them and succeeds.
        struct Killed
        {};
        bool killed = false;
        try {
            (void)demo::generateDemoCasebook(
                path, fastOptions(4),
                [](int percent, std::string_view phrase) {
                    if (phrase == "adding casework" && percent >= 50)
                        throw Killed{};
                    return true;
                },
                pinnedClock());
        } catch (const Killed&) {
            killed = true;
        }
        QVERIFY(killed);
        QVERIFY(!std::filesystem::exists(path));
        QVERIFY(!std::filesystem::exists(Casebook::keyFilePath(path)));
        const auto left = filesIn(dir.path());
        QVERIFY2(!left.empty(), "a killed build leaves its temporary files");
        for (const auto& name : left)
            QVERIFY2(name.find(".creating") != std::string::npos, name.c_str());

        auto again = demo::generateDemoCasebook(path, fastOptions(4), {}, pinnedClock());
        QVERIFY2(again.has_value(), again ? "" : describe(again.error()).c_str());
        const auto after = filesIn(dir.path());
        QCOMPARE(after, (std::vector<std::string>{"half.waymark", "half.waymark.keys"}));
        auto casebook = Casebook::open(path, demo::kDemoUser, demo::kDemoPassword, pinnedClock());
        QVERIFY(casebook.has_value());
        auto verified = (*casebook)->verify();
        QVERIFY(verified.has_value() && verified->ok());
        qInfo("cancelled at 50 %% of the casework: nothing left; killed there: only %zu temporary files, which the "
              "next build removed (%d notes, verify ok)",
              left.size(), again->delivery.notes);
    }

    void refusesCasebookWithRealRecords()
    {
        test::TempDir dir;
        auto casebook = test::makeCasebook(dir.file("real.waymark"));
        QVERIFY(casebook);
        auto created = casebook->people().create(test::samplePerson(1));
        QVERIFY(created.has_value());
        auto added = demo::addDemoPeople(*casebook, fastOptions(3), {});
        QVERIFY(!added.has_value());
        QCOMPARE(added.error().code, ErrorCode::Conflict);
        QCOMPARE(*casebook->people().count(), std::int64_t(1));
        QVERIFY(!casebook->info().demo);

        // An empty casebook becomes a demo casebook.
        auto empty = test::makeCasebook(dir.file("empty.waymark"));
        QVERIFY(empty);
        auto ok = demo::addDemoPeople(*empty, fastOptions(3), {});
        QVERIFY2(ok.has_value(), ok ? "" : describe(ok.error()).c_str());
        QVERIFY(empty->info().demo);
        qInfo("a casebook with a real record is refused (Conflict, nothing added); an empty one is marked demo");
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "TestDemoGenerator.moc"
