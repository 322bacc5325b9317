#pragma once

// Small hand-made casebooks for the report tests, built through the desks (people, referrals
// with their steps, sessions), whose right answers the tests work out by hand. Generated
// names only (test::samplePerson).

#include "core/Casebook.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include <chrono>
#include <memory>
#include <string>

namespace waymark::test {

inline std::chrono::system_clock::time_point noonUtc(int y, int m, int d)
{
    using namespace std::chrono;
    return sys_days{year{y} / month{static_cast<unsigned>(m)} / day{static_cast<unsigned>(d)}} + hours{12};
}

inline Date ymd(int y, int m, int d)
{
    return Date::fromYmd(y, m, d).value();
}

class ReportScheme
{
public:
    ReportScheme(const std::filesystem::path& path, Date today)
        : clock(std::make_shared<FixedClock>(noonUtc(today.year(), today.month(), today.day())))
    {
        casebook = makeCasebook(path, kUser, kPassword, clock);
    }

    void setToday(Date d) { clock->set(noonUtc(d.year(), d.month(), d.day())); }

    // A person with this sex, ethnicity and date of birth; null id on failure (the test checks).
    Uuid person(const std::string& sex, const std::string& ethnicity, Date dateOfBirth)
    {
        Person p = samplePerson(++m_people);
        p.sex = sex;
        p.ethnicity = ethnicity;
        p.dateOfBirth = dateOfBirth;
        auto created = casebook->people().create(p);
        if (!created) {
            qWarning("person: %s", describe(created.error()).c_str());
            return {};
        }
        return created->person.id;
    }

    // A referral received on `received` (the clock is moved there), event three days before.
    Uuid referral(const Uuid& personId, Date received, const std::string& source = "police")
    {
        setToday(received);
        Referral r;
        r.personId = personId;
        r.received = received;
        r.source = source;
        r.eventDate = received.addDays(-3);
        r.route = "community_resolution";
        r.offenceCategory = "theft";
        r.risk = "low";
        auto created = casebook->referrals().create(r);
        if (!created) {
            qWarning("referral: %s", describe(created.error()).c_str());
            return {};
        }
        return created->id;
    }

    // Screens and decides on `on` (the decision date is the day it is made).
    bool decide(const Uuid& id, Date on, const std::string& decision, const std::string& reason = {})
    {
        setToday(on);
        auto screened = casebook->referrals().startScreening(id);
        auto decided = casebook->referrals().decide(id, decision, reason, "");
        if (!screened || !decided) {
            qWarning("decide: %s", describe(!screened ? screened.error() : decided.error()).c_str());
            return false;
        }
        return true;
    }

    // One session on `on` at 10:00 with the referral's young person, attended or not.
    bool session(const Uuid& referralId, Date on, const std::string& attendance = "attended", int minutes = 45)
    {
        setToday(on.addDays(1));
        Session s;
        s.start = londonToUtc(LocalDateTime{on, 10 * 60}).value();
        s.durationMinutes = minutes;
        s.type = "face_to_face";
        SessionAttendee a;
        a.referralId = referralId;
        a.attendance = attendance;
        s.attendees.push_back(a);
        auto added = casebook->sessions().add(s);
        if (!added) {
            qWarning("session: %s", describe(added.error()).c_str());
            return false;
        }
        return true;
    }

    std::shared_ptr<FixedClock> clock;
    std::unique_ptr<Casebook> casebook;

private:
    int m_people = 0;
};

// A report's parameters for from..to, without filters.
inline ReportParams period(Date from, Date to)
{
    ReportParams p;
    p.from = from;
    p.to = to;
    return p;
}

// The date of birth that makes someone `age` on every day from April to August 2026.
inline Date bornForAge2026(int age)
{
    return ymd(2026 - age - 1, 9, 1);
}

} // namespace waymark::test
