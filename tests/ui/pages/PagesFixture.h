#pragma once

// Shared set-up for the people-page tests: a casebook in a temporary folder with a pinned
// clock (1 June 2026) and, on request, a crowd of generated, obviously fictional people.

#include "core/Casebook.h"
#include "core/Clock.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pagestest {

inline constexpr const char* kCoordinator = "coord";
inline constexpr const char* kPassword = "correct-horse-battery-42";

inline std::shared_ptr<waymark::FixedClock> fixedClock()
{
    using namespace std::chrono;
    return std::make_shared<waymark::FixedClock>(sys_days{year{2026} / June / 1} + hours{12});
}

// The nth generated person: invented names, dates of birth spread over ages 12-18 on the
// pinned date, a few flags set in a pattern the tests can count.
inline waymark::Person generatedPerson(int n)
{
    static const char* const kGiven[] = {"Alder",  "Brio",  "Corvin",  "Dalla",   "Emberly", "Fenwick", "Galen",
                                         "Hesper", "Idris", "Juniper", "Kestrel", "Linnet",  "Marlow",  "Nyx"};
    static const char* const kFamily[] = {"Ashcombe",   "Brackenfold", "Cindervale", "Dunmerrow",   "Eldergrove",
                                          "Fernhollow", "Greywater",   "Hazelmere",  "Ivyreach",    "Juniperly",
                                          "Kettlewick", "Larkspire",   "Mossbury",   "Nettlefield", "Oakhallow"};
    waymark::Person p;
    p.givenName = kGiven[n % 14];
    p.familyName = std::string(kFamily[(n / 14) % 15]) + (n >= 14 * 15 ? "-Test" : "");
    p.dateOfBirth = waymark::Date::fromYmd(2008, 1, 1).value().addDays((n * 5) % 2190);
    p.dateOfBirthEstimated = n % 10 == 3;
    p.sex = n % 2 ? "female" : "male";
    p.postcode = "LS" + std::to_string(n % 20 + 1) + " " + std::to_string(n % 9 + 1) + "AB";
    p.flags.lookedAfter = n % 7 == 0;
    p.flags.childProtectionPlan = n % 11 == 0;
    p.flags.exploitationConcern = n % 13 == 0;
    p.flags.sendAln = n % 5 == 0;
    p.flags.restricted = n % 17 == 0;
    return p;
}

struct Fixture
{
    waymark::test::TempDir dir; // under WAYMARK_TEST_TMP
    std::filesystem::path path;
    std::shared_ptr<waymark::FixedClock> clock = fixedClock();

    // Creates the casebook (coordinator signed in) with `people` generated people.
    std::unique_ptr<waymark::Casebook> create(int people = 0)
    {
        if (!dir.isValid()) {
            qWarning("no temporary folder");
            return {};
        }
        path = dir.file("pages-test.waymark");
        waymark::CreateOptions options;
        options.displayName = "Casey Coordinator";
        options.kdf = waymark::KdfStrength::Minimum;
        auto casebook = waymark::Casebook::create(path, kCoordinator, kPassword, options, clock);
        if (!casebook) {
            qWarning("Casebook::create: %s", waymark::describe(casebook.error()).c_str());
            return {};
        }
        if (people > 0) {
            std::vector<waymark::Person> drafts;
            for (int i = 0; i < people; ++i)
                drafts.push_back(generatedPerson(i));
            auto added = (*casebook)->people().createMany(std::move(drafts));
            if (!added || *added != people) {
                qWarning("createMany: %s", added ? "wrong count" : waymark::describe(added.error()).c_str());
                return {};
            }
        }
        return std::move(*casebook);
    }

    // Signs in again (another connection), as `user`.
    std::unique_ptr<waymark::Casebook> open(const char* user = kCoordinator, const char* password = kPassword)
    {
        auto casebook = waymark::Casebook::open(path, user, password, clock);
        if (!casebook) {
            qWarning("Casebook::open: %s", waymark::describe(casebook.error()).c_str());
            return {};
        }
        return std::move(*casebook);
    }
};

// A police community-resolution referral for the first person found by `name`, received on
// `received` (event six days before), screened and accepted; made active too when `activate`.
// Empty when any step is refused (the reason goes to the test log).
inline std::optional<waymark::Referral> acceptedReferral(waymark::Casebook& casebook, const std::string& name,
                                                         waymark::Date received, bool activate)
{
    auto found = casebook.people().search(name);
    if (!found || found->empty())
        return std::nullopt;
    waymark::Referral r;
    r.personId = found->front().id;
    r.received = received;
    r.eventDate = received.addDays(-6);
    r.source = "police";
    r.route = "community_resolution";
    auto created = casebook.referrals().create(r);
    if (!created || !casebook.referrals().startScreening(created->id) ||
        !casebook.referrals().decide(created->id, "accepted", "", ""))
        return std::nullopt;
    if (activate && !casebook.referrals().step(created->id, waymark::ReferralStep::Activate, {}, {}))
        return std::nullopt;
    return *created;
}

} // namespace pagestest
