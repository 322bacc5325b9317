// Duplicate people through the real door on a real casebook: the issue's examples, precision
// and recall on a generated set with planted duplicates and look-alikes, and merging two
// records of one person (every row of both survives).

#include "core/domain/Duplicates.h"
#include "core/domain/NameMatch.h"
#include "core/store/Database.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include "core/Clock.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <map>
#include <random>
#include <set>

using namespace waymark;

namespace {

// Synthetic names only (no real people): common given names, several with short forms in the
// table, and invented family names.
const char* const kGiven[] = {
    "Alexander", "Alexandra", "Robert",  "Katherine", "William", "Elizabeth", "Thomas",    "Margaret", "Benjamin",
    "Victoria",  "Samuel",    "Jessica", "Jonathan",  "Rebecca", "Matthew",   "Charlotte", "Nicholas", "Amelia",
    "Joseph",    "Olivia",    "Daniel",  "Isabella",  "Edward",  "Sophia",    "Michael",   "Abigail",  "Harry",
    "Ffion",     "Rhys",      "Owain",   "Cerys",     "Kai",     "Leila",     "Amara",     "Tomasz",   "Zofia",
    "Jayden",    "Maya",      "Omar",    "Layla",     "Kwame",   "Ngozi",     "Priya",     "Arjun",    "Mei",
    "Wei",       "Seren",     "Iwan",    "Noah",      "Poppy",   "Finley",    "Isla",      "Reuben",   "Esme",
    "Theo",      "Freya",     "Arlo",    "Ivy",       "Kian",    "Nia"};
const char* const kFamily[] = {
    "Testwell",  "Sampleton",   "Exampleby",  "Mockford",       "Fixturer",  "Placeholt",    "Dummery",
    "Trialson",  "Specimen",    "Probert",    "Draftley",       "Mockridge", "Stubbings",    "Fakenham",
    "Pretendon", "Quillard",    "Brackwood",  "Fernhollow",     "Ashcombe",  "Pinnerley",    "Rookwell",
    "Thornbury", "Haverleigh",  "Carrowmore", "Dunmarsh",       "Glenroyd",  "Kestleton",    "Larkmoor",
    "Mossgrove", "Nethercott",  "Oakhurst",   "Pellow",         "Quarley",   "Redmarsh",     "Saltbridge",
    "Tallowby",  "Underhay",    "Vantwell",   "Wexcombe",       "Yarrowby",  "Zennor",       "Abbotley",
    "Birchall",  "Coldharbour", "Dewhirst",   "Elmstead",       "Foxley",    "Gorsuch",      "Hartigan",
    "Ilsworth",  "Jessop",      "Kilbride",   "Lowther",        "Marwood",   "Norcott",      "Ollerton",
    "Penhallow", "Quennell",    "Rusholme",   "Sowerby",        "Tregenza",  "Uffington",    "Verity",
    "Wildgoose", "Ap Rhys",     "O'Dowell",   "Smith-Testwell", "McSample",  "De Mockville", "Okafor-Trial"};

struct Rng
{
    std::mt19937_64 engine{20261130};
    int below(int n) { return static_cast<int>(engine() % static_cast<std::uint64_t>(n)); }
    template <typename T, std::size_t N> const char* pick(T (&items)[N]) { return items[below(static_cast<int>(N))]; }
};

std::string hexOf(const Uuid& id)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (auto b : id.bytes()) {
        out += digits[static_cast<unsigned char>(b) >> 4];
        out += digits[static_cast<unsigned char>(b) & 15];
    }
    return out;
}

std::chrono::system_clock::time_point noonOn(int y, int m, int d)
{
    using namespace std::chrono;
    return sys_days{year{y} / month{static_cast<unsigned>(m)} / day{static_cast<unsigned>(d)}} + hours{12};
}

// Every row that belongs to a person, in every table that has a person_id: (table, id) ->
// person_id; and the two people rows.
std::map<std::pair<std::string, std::string>, std::string> rowsOfPeople(Database& db, const std::vector<Uuid>& people)
{
    std::map<std::pair<std::string, std::string>, std::string> out;
    std::vector<std::string> tables;
    Statement t(db, "SELECT m.name FROM sqlite_schema m WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM "
                    "pragma_table_info(m.name) c WHERE c.name = 'person_id')");
    (void)t.forEachRow([&] { tables.push_back(t.text(0)); });
    for (const auto& table : tables)
        for (const auto& p : people) {
            Statement st(db, "SELECT id, person_id FROM " + table + " WHERE person_id = ?");
            st.bind(1, p);
            (void)st.forEachRow([&] { out[{table, st.uuid(0).toString()}] = st.uuid(1).toString(); });
        }
    for (const auto& p : people)
        out[{"people", p.toString()}] = p.toString();
    return out;
}

std::string typo(Rng& rng, std::string name)
{
    // One slip on a name: a letter dropped, doubled, changed, or two neighbours swapped (never
    // the first letter, as people rarely mistype it).
    if (name.size() < 4)
        return name + "e";
    const std::size_t at = 1 + static_cast<std::size_t>(rng.below(static_cast<int>(name.size()) - 2));
    switch (rng.below(4)) {
    case 0:
        name.erase(at, 1);
        break;
    case 1:
        name.insert(at, 1, name[at]);
        break;
    case 2:
        name[at] = name[at] == 'e' ? 'a' : 'e';
        break;
    default:
        std::swap(name[at], name[at + 1]);
        break;
    }
    return name;
}

const std::map<std::string, std::vector<std::string>> kShortForms = {{"Alexander", {"Alex", "Sandy"}},
                                                                     {"Alexandra", {"Alex", "Lexi"}},
                                                                     {"Robert", {"Bobby", "Rob"}},
                                                                     {"Katherine", {"Kate", "Katie"}},
                                                                     {"William", {"Will", "Liam"}},
                                                                     {"Elizabeth", {"Beth", "Liz"}},
                                                                     {"Thomas", {"Tom", "Tommy"}},
                                                                     {"Margaret", {"Maggie", "Meg"}},
                                                                     {"Benjamin", {"Ben", "Benji"}},
                                                                     {"Victoria", {"Vicky", "Tori"}},
                                                                     {"Samuel", {"Sam"}},
                                                                     {"Jessica", {"Jess"}},
                                                                     {"Jonathan", {"Jon", "Jonny"}},
                                                                     {"Rebecca", {"Becky"}},
                                                                     {"Matthew", {"Matt"}},
                                                                     {"Charlotte", {"Lottie"}},
                                                                     {"Nicholas", {"Nick"}},
                                                                     {"Amelia", {"Millie"}},
                                                                     {"Joseph", {"Joe"}},
                                                                     {"Olivia", {"Liv"}},
                                                                     {"Daniel", {"Dan", "Danny"}},
                                                                     {"Isabella", {"Bella", "Izzy"}},
                                                                     {"Edward", {"Ed", "Ted"}},
                                                                     {"Sophia", {"Sophie"}},
                                                                     {"Michael", {"Mike"}},
                                                                     {"Abigail", {"Abbie"}}};

} // namespace

class TestDuplicates : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Casebook> m_cb;

private slots:
    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_cb = test::makeCasebook(m_dir->file("dupes.waymark"));
        QVERIFY(m_cb);
    }

    void cleanup()
    {
        m_cb.reset();
        m_dir.reset();
    }

    void theIssueExamplesAreCaught()
    {
        Person existing = test::samplePerson(3);
        existing.givenName = "Alex";
        existing.familyName = "Example";
        auto stored = m_cb->people().create(existing);
        QVERIFY(stored);
        QVERIFY(stored->possibleDuplicates.empty());
        for (const auto& [given, family] : {std::pair{"Alex", "Exampel"}, std::pair{"Alexander", "Example"}}) {
            Person intake = existing;
            intake.givenName = given;
            intake.familyName = family;
            intake.postcode = "LS1 4AB"; // another address: the names and the birthday are enough
            auto found = m_cb->people().duplicateCandidates(intake);
            QVERIFY2(found, found ? "" : describe(found.error()).c_str());
            // The first intake, once saved, is a candidate for the second one too.
            const auto it = std::find_if(found->begin(), found->end(),
                                         [&](const DuplicateCandidate& c) { return c.person.id == stored->person.id; });
            QVERIFY(it != found->end());
            QStringList reasons;
            for (const auto& r : it->reasons)
                reasons << QString::fromStdString(r.text);
            QVERIFY(reasons.contains(QStringLiteral("same date of birth")));
            qInfo("%s %s: score %d, %s", given, family, it->score, qPrintable(reasons.join("; ")));
            // The same check runs before every create (CLI `person add` prints these).
            auto created = m_cb->people().create(intake);
            QVERIFY(created);
            QCOMPARE(created->possibleDuplicates.size(), found->size());
            QCOMPARE(created->possibleDuplicates.front().id, found->front().person.id);
            QCOMPARE(created->candidates.front().reasons, found->front().reasons);
        }
        // Audited as a consultation, with how many were shown and never the names.
        QVERIFY(test::scalar(*m_cb, "SELECT count(*) FROM audit_log WHERE operation = 'person.duplicate_check'") >= 4);
        QCOMPARE(test::scalar(*m_cb, "SELECT count(*) FROM audit_log WHERE detail LIKE '%Exampel%'"), std::int64_t(0));
    }

    void candidatesFoundOnEveryLookup()
    {
        // Found by a date of birth variant, by the postcode, by the name.
        Person a = test::samplePerson(1);
        a.givenName = "Bobby";
        a.familyName = "Sampleton";
        a.dateOfBirth = Date::fromIso("2011-03-07").value();
        a.postcode = "LS1 4AB";
        Person b = a; // swapped day and month, other address
        b.givenName = "Robert";
        b.dateOfBirth = Date::fromIso("2011-07-03").value();
        b.postcode = "M1 1AA";
        Person c = a; // born years apart, same name and address
        c.dateOfBirth = Date::fromIso("2013-11-20").value();
        Person d = a; // estimated date of birth, same name, elsewhere
        d.dateOfBirth = Date::fromIso("2012-06-01").value();
        d.dateOfBirthEstimated = true;
        d.postcode = "B1 1AA";
        QCOMPARE(m_cb->people().createMany({b, c, d}).value_or(0), 3);
        auto found = m_cb->people().duplicateCandidates(a);
        QVERIFY(found);
        std::set<std::string> codes;
        for (const auto& f : *found)
            for (const auto& r : f.reasons)
                codes.insert(r.code);
        QCOMPARE(found->size(), std::size_t(3));
        QVERIFY(codes.contains(std::string(match::kDayMonthSwapped)));
        QVERIFY(codes.contains(std::string(match::kSamePostcode)));
        QVERIFY(codes.contains(std::string(match::kEstimatedDateOfBirth)));
    }

    void mergeKeepsEveryRowOfBothPeople()
    {
        // Referrals need a working calendar day: a fixed Monday.
        m_cb.reset();
        auto clock = std::make_shared<FixedClock>(noonOn(2026, 3, 2));
        m_cb = test::makeCasebook(m_dir->file("merge.waymark"), test::kUser, test::kPassword, clock);
        QVERIFY(m_cb);
        Person a = test::samplePerson(2);
        a.givenName = "Alex";
        a.familyName = "Example";
        a.aliases = {"Lexi Example"};
        a.contacts = {Contact{{}, "Parent Example", "mother", "07700 900111", true}};
        Person b = a;
        b.givenName = "Alexander";
        b.familyName = "Exampel";
        b.preferredName = "Xander";
        b.aliases = {"Alex Oldname", "Sandy Example"};
        b.contacts = {Contact{{}, "Carer Example", "foster_carer", "07700 900222", false},
                      Contact{{}, "Aunt Example", "other", "", false}};
        // What only the other record knew stays in view: a flag, an identifier, a phone number.
        a.school = "Fictional Academy";
        b.school = "Imaginary High";
        b.flags.childProtectionPlan = true;
        b.nhsNumber = "9990000018";
        b.phone = "01632 960123";
        auto survivor = m_cb->people().create(a);
        auto other = m_cb->people().create(b);
        QVERIFY2(survivor, survivor ? "" : describe(survivor.error()).c_str());
        QVERIFY2(other, other ? "" : describe(other.error()).c_str());
        QVERIFY(!other->possibleDuplicates.empty());
        const Uuid sid = survivor->person.id;
        const Uuid oid = other->person.id;
        // A contact removed earlier (a tombstoned row) moves too: nothing is left behind.
        {
            Person edit = other->person;
            edit.contacts.pop_back();
            QVERIFY(m_cb->people().update(edit));
        }
        const auto referral = [&](const Uuid& person, int daysAgo, const char* police) {
            Referral r;
            r.personId = person;
            r.received = Date::fromYmd(2026, 3, 2).value().addDays(-daysAgo);
            r.source = "police";
            r.eventDate = r.received.addDays(-7);
            r.route = "community_resolution";
            r.offenceCategory = "theft";
            r.risk = "low";
            r.policeReference = police;
            auto made = m_cb->referrals().create(r);
            if (!made)
                qWarning("referral: %s", describe(made.error()).c_str());
            return made.has_value();
        };
        QVERIFY(referral(sid, 30, "PR-0001"));
        QVERIFY(referral(oid, 20, "PR-0002"));
        QVERIFY(referral(oid, 10, "PR-0003"));
        const auto before = rowsOfPeople(m_cb->database(), {sid, oid});
        const auto countBefore = m_cb->people().count().value();
        const auto eventsBefore = test::scalar(*m_cb, "SELECT count(*) FROM referral_events");

        // The preview says what moves and which names the survivor gains.
        auto preview = m_cb->people().mergePreview(sid, oid);
        QVERIFY2(preview, preview ? "" : describe(preview.error()).c_str());
        std::map<std::string, std::int64_t> moves;
        for (const auto& m : preview->moves)
            moves[m.what] = m.rows;
        QCOMPARE(moves["referrals"], std::int64_t(2));
        QCOMPARE(moves["contacts"], std::int64_t(1));
        QCOMPARE(moves["aliases"], std::int64_t(2));
        QCOMPARE(preview->newAliases, (std::vector<std::string>{"Alexander Exampel", "Xander Exampel"}));
        QCOMPARE(preview->filled, (std::vector<std::string>{"phone", "nhs_number", "child_protection_plan"}));
        QCOMPARE(preview->differing, (std::vector<std::string>{"school"}));
        for (const auto& m : preview->moves)
            qInfo("preview: %lld %s move (%lld with removed ones)", static_cast<long long>(m.rows), m.what.c_str(),
                  static_cast<long long>(m.withDeleted));

        // A caseworker may not merge; the refusal is audited.
        QVERIFY(m_cb->users().add("casey", "caseworker password", Role::Caseworker, "Casey Worker"));
        {
            auto cw = Casebook::open(m_dir->file("merge.waymark"), "casey", "caseworker password", clock);
            QVERIFY(cw);
            auto refused = (*cw)->people().merge(sid, oid);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
            QVERIFY(!(*cw)->people().mergePreview(sid, oid));
        }
        QVERIFY(!m_cb->people().merge(sid, sid));

        auto merged = m_cb->people().merge(sid, oid);
        QVERIFY2(merged, merged ? "" : describe(merged.error()).c_str());
        // Every row of both people is still there; the other's now belong to the survivor.
        const auto after = rowsOfPeople(m_cb->database(), {sid, oid});
        int rows = 0;
        for (const auto& [key, owner] : before) {
            if (key.first == "people")
                continue;
            ++rows;
            const auto it = after.find(key);
            QVERIFY2(it != after.end(), (key.first + " " + key.second).c_str());
            QCOMPARE(it->second, sid.toString());
        }
        QCOMPARE(test::scalar(*m_cb,
                              "SELECT count(*) FROM people WHERE id IN (x'" + hexOf(sid) + "', x'" + hexOf(oid) + "')"),
                 std::int64_t(2));
        QCOMPARE(test::scalar(*m_cb, "SELECT count(*) FROM people WHERE id = x'" + hexOf(oid) +
                                         "' AND deleted = 1 AND merged_into = x'" + hexOf(sid) + "'"),
                 std::int64_t(1));
        // The survivor holds everything: both sets of contacts, aliases, referrals, and the
        // other's names as aliases.
        const Person& s = merged->survivor;
        QCOMPARE(s.id, sid);
        QCOMPARE(s.contacts.size(), std::size_t(2));
        QVERIFY(s.flags.childProtectionPlan);
        QCOMPARE(s.nhsNumber, std::string("9990000018"));
        QCOMPARE(s.school, std::string("Fictional Academy"));
        QCOMPARE(m_cb->people().count(PersonFilter::ChildProtectionPlan).value(), std::int64_t(1));
        for (const char* alias :
             {"Lexi Example", "Alex Oldname", "Sandy Example", "Alexander Exampel", "Xander Exampel"})
            QVERIFY2(std::find(s.aliases.begin(), s.aliases.end(), alias) != s.aliases.end(), alias);
        auto referrals = m_cb->referrals().forPerson(sid);
        QVERIFY(referrals);
        QCOMPARE(referrals->size(), std::size_t(3));
        QVERIFY(m_cb->referrals().forPerson(oid)->empty());

        // The tombstone is gone from search, lists and counts; opening it opens the survivor.
        QCOMPARE(m_cb->people().count().value(), countBefore - 1);
        auto found = m_cb->people().search("Exampel");
        QVERIFY(found);
        QCOMPARE(found->size(), std::size_t(1)); // the survivor, through its new alias
        QCOMPARE(found->front().id, sid);
        auto page = m_cb->people().list({});
        QVERIFY(page);
        QVERIFY(
            std::none_of(page->rows.begin(), page->rows.end(), [&](const PersonSummary& p) { return p.id == oid; }));
        auto opened = m_cb->people().view(oid);
        QVERIFY(opened);
        QCOMPARE(opened->id, sid);
        auto byReference = m_cb->people().viewByReference(other->person.caseReference);
        QVERIFY(byReference);
        QCOMPARE(byReference->id, sid);
        // A page still holding the merged record cannot save over it.
        auto stale = m_cb->people().update(other->person);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        // A later intake under the merged-away name finds the survivor.
        Person again = b;
        again.aliases.clear();
        again.contacts.clear();
        auto candidates = m_cb->people().duplicateCandidates(again);
        QVERIFY(candidates && !candidates->empty());
        QCOMPARE(candidates->front().person.id, sid);

        // Audited as a combination on both records; the casebook verifies.
        QCOMPARE(test::scalar(*m_cb, "SELECT count(*) FROM audit_log WHERE operation IN ('person.merged', "
                                     "'person.merged_away') AND detail = 'combination'"),
                 std::int64_t(2));
        auto report = m_cb->verify();
        QVERIFY(report && report->ok());
        // Merging the tombstone again is refused.
        QVERIFY(!m_cb->people().merge(sid, oid));
        qInfo("merge: all %d aliases, contacts and referrals of both people kept (the other's now the survivor's), "
              "%lld referral events kept; the other is a tombstone naming the survivor",
              rows, static_cast<long long>(eventsBefore));
    }

    void precisionAndRecallOnAGeneratedSet()
    {
        Rng rng;
        // A population of 3,000 born over four years (about two a day), living at 600 addresses
        // (about five a postcode), none of them related.
        std::vector<Person> base;
        std::set<std::string> seenNames;
        const auto postcodeOf = [](int i) {
            static const char* outward[] = {"CF10", "LS1", "M14", "B23", "NP20", "SA1"};
            const char letters[] = "ABDEFGHJLNPQRSTUWXYZ";
            return std::string(outward[i % 6]) + " " + std::to_string(i % 10) + letters[(i / 10) % 20] +
                   letters[(i / 200) % 20];
        };
        const Date first = Date::fromIso("2009-01-01").value();
        while (base.size() < 3000) {
            Person p;
            p.givenName = rng.pick(kGiven);
            p.familyName = rng.pick(kFamily);
            p.dateOfBirth = first.addDays(rng.below(4 * 365));
            p.postcode = postcodeOf(rng.below(600));
            p.sex = "not_stated";
            p.ethnicity = "not_stated";
            // The same name on the same birthday would be a duplicate already.
            if (!seenNames.insert(p.givenName + p.familyName + p.dateOfBirth.toIso()).second)
                continue;
            base.push_back(p);
        }
        auto added = m_cb->people().createMany(base);
        QVERIFY(added && *added == 3000);
        // The stored ids, by name and birthday (unique by construction).
        {
            std::map<std::string, Uuid> ids;
            PersonListQuery q;
            q.limit = 1000;
            for (;;) {
                auto page = m_cb->people().list(q);
                QVERIFY(page);
                for (const auto& s : page->rows)
                    ids[s.givenName + s.familyName + s.dateOfBirth.toIso()] = s.id;
                if (!page->next)
                    break;
                q.after = page->next;
            }
            for (auto& p : base)
                p.id = ids.at(p.givenName + p.familyName + p.dateOfBirth.toIso());
        }

        struct Probe
        {
            Person draft;
            std::optional<Uuid> original; // a planted duplicate of this person; none: not anyone
            std::string kind;
        };
        std::vector<Probe> probes;
        const auto baseDraft = [&](const Person& p) {
            Person d = p;
            d.id = {};
            d.caseReference.clear();
            return d;
        };
        const char* const dupKinds[] = {"family typo",    "given typo",         "short form",  "day/month swapped",
                                        "day off",        "month off",          "year off",    "changed surname",
                                        "transposed",     "case and accents",   "moved, typo", "short form, day off",
                                        "year off, typo", "swapped, given typo"};
        for (int i = 0; i < 540; ++i) {
            const Person& orig = base[static_cast<std::size_t>(rng.below(3000))];
            Person d = baseDraft(orig);
            // One in 30: married and moved (only the birthday and the given name stay): the hard
            // case, which the rules miss on purpose (a shared birthday and first name are common).
            const std::string kind = i % 30 == 29 ? "changed surname and moved" : dupKinds[i % std::size(dupKinds)];
            const int y = d.dateOfBirth.year(), m = d.dateOfBirth.month(), day = d.dateOfBirth.day();
            if (kind == "family typo") {
                d.familyName = typo(rng, d.familyName);
            } else if (kind == "given typo") {
                d.givenName = typo(rng, d.givenName);
            } else if (kind == "short form" || kind == "short form, day off") {
                const auto it = kShortForms.find(d.givenName);
                if (it == kShortForms.end())
                    continue;
                d.givenName = it->second[static_cast<std::size_t>(rng.below(static_cast<int>(it->second.size())))];
                if (kind == "short form, day off")
                    d.dateOfBirth = Date::fromYmd(y, m, day == 1 ? 2 : day - 1).value();
            } else if (kind == "day/month swapped") {
                if (day > 12 || day == m)
                    continue;
                d.dateOfBirth = Date::fromYmd(y, day, m).value();
            } else if (kind == "day off") {
                d.dateOfBirth = Date::fromYmd(y, m, day >= 28 ? day - 1 : day + 1).value();
            } else if (kind == "month off") {
                d.dateOfBirth = Date::fromYmd(y, m == 12 ? 11 : m + 1, std::min(day, 28)).value();
                if (day > 28)
                    continue;
            } else if (kind == "year off") {
                d.dateOfBirth = Date::fromYmd(y + 1, m, std::min(day, 28)).value();
                if (day > 28)
                    continue;
            } else if (kind == "year off, typo") {
                if (day > 28)
                    continue;
                d.dateOfBirth = Date::fromYmd(y - 1, m, day).value();
                d.familyName = typo(rng, d.familyName);
            } else if (kind == "swapped, given typo") {
                if (day > 12 || day == m)
                    continue;
                d.dateOfBirth = Date::fromYmd(y, day, m).value();
                d.givenName = typo(rng, d.givenName);
            } else if (kind == "changed surname and moved") {
                d.familyName = rng.pick(kFamily);
                d.postcode = postcodeOf(rng.below(600));
                if (nameKey(d.familyName) == nameKey(orig.familyName) || d.postcode == orig.postcode)
                    continue;
            } else if (kind == "changed surname") {
                d.familyName = rng.pick(kFamily); // a new family name, same birthday and address
                if (nameKey(d.familyName) == nameKey(orig.familyName))
                    continue;
            } else if (kind == "transposed") {
                std::swap(d.givenName, d.familyName);
                d.postcode = postcodeOf(rng.below(600));
            } else if (kind == "case and accents") {
                std::string upper = d.familyName;
                for (auto& c : upper)
                    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
                d.familyName = upper;
                if (d.givenName == "Zofia")
                    d.givenName = "Zófia";
                else if (d.givenName == "Esme")
                    d.givenName = "Esmé";
                else
                    d.givenName = "  " + d.givenName;
                d.postcode.clear();
            } else if (kind == "moved, typo") {
                d.familyName = typo(rng, d.familyName);
                d.postcode = postcodeOf(rng.below(600));
            }
            probes.push_back({d, orig.id, kind});
        }
        // Look-alikes that are other people.
        const char* const otherKinds[] = {"twin", "namesake", "same birthday, same first name", "sibling",
                                          "new person"};
        for (int i = 0; i < 400; ++i) {
            const Person& near = base[static_cast<std::size_t>(rng.below(3000))];
            Person d = baseDraft(near);
            const std::string kind = otherKinds[i % std::size(otherKinds)];
            const auto otherGiven = [&] {
                for (;;) {
                    const std::string g = rng.pick(kGiven);
                    if (compareNames(g, near.givenName, true).likeness == NameLikeness::Different)
                        return g;
                }
            };
            if (kind == "twin") {
                d.givenName = otherGiven(); // same birthday, family name and address
            } else if (kind == "namesake") {
                d.dateOfBirth = first.addDays(rng.below(4 * 365)); // same name, elsewhere, another birthday
                d.postcode = postcodeOf(rng.below(600));
            } else if (kind == "same birthday, same first name") {
                d.familyName = rng.pick(kFamily);
                d.postcode = postcodeOf(rng.below(600));
            } else if (kind == "sibling") {
                d.givenName = otherGiven();
                d.dateOfBirth = d.dateOfBirth.addDays(400 + rng.below(800));
            } else {
                d.givenName = rng.pick(kGiven);
                d.familyName = rng.pick(kFamily);
                d.dateOfBirth = first.addDays(rng.below(4 * 365));
                d.postcode = postcodeOf(rng.below(600));
            }
            probes.push_back({d, std::nullopt, kind});
        }

        int planted = 0, found = 0, shown = 0, wrong = 0;
        std::map<std::string, std::pair<int, int>> byKind; // found / planted, or wrong / probes
        std::vector<double> times;
        for (const auto& probe : probes) {
            const auto t0 = std::chrono::steady_clock::now();
            auto candidates = m_cb->people().duplicateCandidates(probe.draft);
            times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
            QVERIFY2(candidates, candidates ? "" : describe(candidates.error()).c_str());
            auto& tally = byKind[probe.kind];
            ++tally.second;
            bool hit = false;
            for (const auto& c : *candidates) {
                ++shown;
                if (probe.original && c.person.id == *probe.original)
                    hit = true;
                else
                    ++wrong;
            }
            if (probe.original) {
                ++planted;
                found += hit ? 1 : 0;
                tally.first += hit ? 1 : 0;
            } else {
                tally.first += candidates->empty() ? 0 : 1;
            }
        }
        std::sort(times.begin(), times.end());
        const double recall = static_cast<double>(found) / planted;
        const double precision = shown ? static_cast<double>(shown - wrong) / shown : 1.0;
        for (const auto& [kind, t] : byKind)
            qInfo("  %-32s %3d of %3d %s", kind.c_str(), t.first, t.second,
                  std::any_of(std::begin(otherKinds), std::end(otherKinds), [&](const char* k) { return kind == k; })
                      ? "probes shown someone"
                      : "found");
        qInfo("precision %.3f (%d of %d candidates shown were the planted person), recall %.3f (%d of %d planted "
              "duplicates found); %zu probes against 3,000 people, each check (with its audit row) %.2f ms median, "
              "%.2f ms p90",
              precision, shown - wrong, shown, recall, found, planted, probes.size(), times[times.size() / 2],
              times[times.size() * 9 / 10]);
        QVERIFY2(recall >= 0.95, qPrintable(QString::number(recall)));
        QVERIFY2(precision >= 0.9, qPrintable(QString::number(precision)));
    }
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "TestDuplicates.moc"
