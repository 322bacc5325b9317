#include "core/demo/DemoGenerator.h"
#include "core/demo/DemoNames.h"
#include "core/demo/DemoRandom.h"
#include "core/demo/DemoStages.h"

#include "core/domain/Codes.h"
#include "core/domain/Person.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace waymark::demo::detail {

namespace {

constexpr std::pair<Sv, Sv> kShortForms[] = {
    {"Thomas", "Tom"},     {"William", "Will"},     {"Joshua", "Josh"},     {"Samuel", "Sam"},
    {"Daniel", "Dan"},     {"Joseph", "Joe"},       {"Jacob", "Jake"},      {"Oliver", "Ollie"},
    {"James", "Jim"},      {"Nathaniel", "Nate"},   {"Jessica", "Jess"},    {"Olivia", "Liv"},
    {"Abigail", "Abbie"},  {"Charlotte", "Lottie"}, {"Katarzyna", "Kasia"}, {"Małgorzata", "Gosia"},
    {"Mohammed", "Mo"},    {"Muhammad", "Mo"},      {"Gruffydd", "Gruff"},  {"Bartłomiej", "Bartek"},
    {"Alexander", "Alex"}, {"Gwenllian", "Gwen"},   {"Mateusz", "Mati"},    {"Ibrahim", "Ibby"},
    {"Elijah", "Eli"},     {"Angharad", "Anga"},    {"Dafydd", "Dai"},      {"Bradley", "Brad"},
    {"Harvey", "Harv"},    {"Millie", "Mil"}};

// Ethnicity codes (core/domain/Codes.h) with a UK-county-like mix, per 1,000.
constexpr Weighted<Sv> kEthnicity[] = {
    {"white_british", 785},
    {"white_irish", 5},
    {"white_gypsy_traveller", 8},
    {"white_roma", 3},
    {"white_other", 35},
    {"asian_indian", 20},
    {"asian_pakistani", 25},
    {"asian_bangladeshi", 8},
    {"asian_chinese", 4},
    {"asian_other", 8},
    {"mixed_white_black_caribbean", 20},
    {"mixed_white_black_african", 6},
    {"mixed_white_asian", 8},
    {"mixed_other", 10},
    {"black_african", 15},
    {"black_caribbean", 10},
    {"black_other", 4},
    {"other_arab", 4},
    {"other_any", 6},
    {"not_stated", 16},
};

// Youth justice caseloads are mostly boys.
constexpr Weighted<Sv> kSex[] = {
    {"male", 720}, {"female", 262}, {"not_stated", 10}, {"not_known", 5}, {"intersex", 3},
};

// Ages 10-25, skewed to 14-17.
constexpr Weighted<int> kAge[] = {
    {10, 2}, {11, 3}, {12, 5}, {13, 8}, {14, 13}, {15, 16}, {16, 16}, {17, 14},
    {18, 6}, {19, 4}, {20, 3}, {21, 2}, {22, 2},  {23, 2},  {24, 2},  {25, 2},
};

constexpr Weighted<Sv> kEteUnder16[] = {
    {"school_full_time", 690},
    {"school_part_time", 90},
    {"alternative_provision", 90},
    {"excluded", 40},
    {"elective_home_education", 40},
    {"not_known", 30},
    {"neet", 20},
};
constexpr Weighted<Sv> kEte16To17[] = {
    {"college", 350}, {"school_full_time", 150},     {"training", 150},        {"employed", 50},
    {"neet", 170},    {"alternative_provision", 60}, {"school_part_time", 20}, {"not_known", 50},
};
constexpr Weighted<Sv> kEteAdult[] = {
    {"employed", 330}, {"college", 150}, {"training", 150}, {"neet", 310}, {"not_known", 60},
};

constexpr Sv kGenderIdentities[] = {"Non-binary", "Trans boy", "Trans girl", "Questioning", "Gender fluid"};

struct Town
{
    Sv name;
    Sv outward; // postcode outward code
};

// Fictional towns; outward codes are only there to give well-formed postcodes.
constexpr Town kTownsEnglandWales[] = {
    {"Wyvernham", "LE4"},   {"Elmsford", "LE11"},     {"Kettlebrook", "LE65"},   {"Harrowby", "NG10"},
    {"Thornleigh", "LE12"}, {"Brackenfield", "DE74"}, {"Castle Amwell", "LE67"}, {"Oakhurst", "CV9"},
    {"Millbridge", "LE2"},  {"Fenwick Green", "LE5"}, {"Larkstone", "LE18"},     {"Redmere", "LE19"},
};
constexpr Town kTownsScotland[] = {
    {"Kilbrannan", "EH4"},        {"Stravaig", "EH11"},  {"Glenmorrow", "G31"}, {"Inverlarig", "KY1"},
    {"Balquhidder Mains", "FK2"}, {"Dunmorrach", "DD3"}, {"Craigavie", "AB24"}, {"Portlachie", "G72"},
};
constexpr Town kTownsNorthernIreland[] = {
    {"Ballykeel", "BT5"}, {"Drumnaquill", "BT12"}, {"Carrickmore Bridge", "BT36"}, {"Lisnagarvey Hill", "BT47"},
    {"Tullyree", "BT60"}, {"Annaghmore", "BT71"},  {"Kilmacrew", "BT34"},          {"Glenariff Cross", "BT44"},
};

constexpr Sv kStreets[] = {"Oak",     "Mill",     "Church",   "Station", "Victoria", "Meadow", "Chapel",   "Park",
                           "Queen's", "King's",   "Willow",   "Beech",   "Orchard",  "Brook",  "Hazel",    "Elm",
                           "Newton",  "Cromwell", "Hawthorn", "Granby",  "Marlow",   "Linden", "Ashfield", "Sycamore"};
constexpr Sv kStreetKinds[] = {"Road", "Street",   "Close", "Avenue",  "Lane",
                               "Way",  "Crescent", "Drive", "Gardens", "Court"};
constexpr Sv kSaints[] = {"Mary", "Joseph",      "Paul",   "Peter",   "David",
                          "Bede", "Thomas More", "Teresa", "Columba", "Patrick"};

// Inward-code letters never include C, I, K, M, O or V.
constexpr char kInwardLetters[] = "ABDEFGHJLNPQRSTUWXYZ";

struct LanguageMix
{
    std::span<const Weighted<Sv>> languages;
};

constexpr Weighted<Sv> kLangBritish[] = {{"English", 1000}};
constexpr Weighted<Sv> kLangWelsh[] = {{"English", 700}, {"Welsh", 300}};
constexpr Weighted<Sv> kLangSouthAsian[] = {
    {"English", 700}, {"Urdu", 110}, {"Punjabi", 90}, {"Bengali", 60}, {"Gujarati", 40}};
constexpr Weighted<Sv> kLangAfricanCaribbean[] = {{"English", 780}, {"Somali", 80}, {"Yoruba", 40},
                                                  {"Tigrinya", 40}, {"Arabic", 30}, {"French", 30}};
constexpr Weighted<Sv> kLangEuropean[] = {{"English", 380}, {"Polish", 180},    {"Romanian", 140}, {"Portuguese", 90},
                                          {"Turkish", 80},  {"Lithuanian", 60}, {"Spanish", 40},   {"Romani", 30}};
constexpr Weighted<Sv> kLangChinese[] = {{"English", 600}, {"Cantonese", 200}, {"Mandarin", 200}};
constexpr Weighted<Sv> kLangArab[] = {{"English", 500}, {"Arabic", 400}, {"Kurdish", 100}};

std::span<const Weighted<Sv>> languagesFor(NameGroup group)
{
    switch (group) {
    case NameGroup::British:
        return kLangBritish;
    case NameGroup::Welsh:
        return kLangWelsh;
    case NameGroup::SouthAsian:
        return kLangSouthAsian;
    case NameGroup::AfricanCaribbean:
        return kLangAfricanCaribbean;
    case NameGroup::European:
        return kLangEuropean;
    case NameGroup::Chinese:
        return kLangChinese;
    case NameGroup::Arab:
        return kLangArab;
    }
    return kLangBritish;
}

// Which naming tradition a person's names come from, given their ethnicity.
NameGroup nameGroupFor(Rng& rng, Sv ethnicity, Sv division)
{
    static constexpr Weighted<NameGroup> kWhiteBritishEW[] = {
        {NameGroup::British, 860}, {NameGroup::Welsh, 120}, {NameGroup::European, 20}};
    static constexpr Weighted<NameGroup> kWhiteBritishOther[] = {{NameGroup::British, 980}, {NameGroup::European, 20}};
    static constexpr Weighted<NameGroup> kMixed[] = {{NameGroup::British, 550},
                                                     {NameGroup::AfricanCaribbean, 250},
                                                     {NameGroup::SouthAsian, 150},
                                                     {NameGroup::European, 50}};
    static constexpr Weighted<NameGroup> kAny[] = {{NameGroup::British, 500},    {NameGroup::European, 150},
                                                   {NameGroup::SouthAsian, 100}, {NameGroup::AfricanCaribbean, 100},
                                                   {NameGroup::Arab, 80},        {NameGroup::Chinese, 70}};

    if (ethnicity == "white_british")
        return division == "england-and-wales" ? pickWeighted<NameGroup>(rng, kWhiteBritishEW)
                                               : pickWeighted<NameGroup>(rng, kWhiteBritishOther);
    if (ethnicity == "white_irish" || ethnicity == "white_gypsy_traveller")
        return NameGroup::British;
    if (ethnicity == "white_other" || ethnicity == "white_roma")
        return NameGroup::European;
    if (ethnicity == "asian_chinese")
        return NameGroup::Chinese;
    if (ethnicity.starts_with("asian_"))
        return NameGroup::SouthAsian;
    if (ethnicity.starts_with("black_"))
        return NameGroup::AfricanCaribbean;
    if (ethnicity == "other_arab")
        return NameGroup::Arab;
    if (ethnicity.starts_with("mixed_"))
        return pickWeighted<NameGroup>(rng, kMixed);
    return pickWeighted<NameGroup>(rng, kAny);
}

std::span<const Town> townsFor(Sv division)
{
    if (division == "scotland")
        return kTownsScotland;
    if (division == "northern-ireland")
        return kTownsNorthernIreland;
    return kTownsEnglandWales;
}

// NHS number check digit (modulus 11); -1 when the nine digits cannot take one.
int nhsCheckDigit(const std::array<int, 9>& digits)
{
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digits[static_cast<std::size_t>(i)] * (10 - i);
    const int check = 11 - (sum % 11);
    if (check == 11)
        return 0;
    if (check == 10)
        return -1;
    return check;
}

// A valid NHS number in the 999 range that the NHS keeps for testing. The six free digits
// come from a bijection of the person's index, so no two people of one run share one.
std::string demoNhsNumber(std::uint64_t seed, std::uint64_t index)
{
    const std::uint64_t serial = (index * 7919 + (seed % 1000000)) % 1000000; // 7919 is prime: a bijection mod 10^6
    std::array<int, 9> digits{9, 9, 9};
    std::uint64_t rest = serial;
    for (int i = 8; i >= 3; --i) {
        digits[static_cast<std::size_t>(i)] = static_cast<int>(rest % 10);
        rest /= 10;
    }
    const int check = nhsCheckDigit(digits);
    if (check < 0)
        return {};
    std::string out;
    for (int d : digits)
        out += static_cast<char>('0' + d);
    out += static_cast<char>('0' + check);
    return out;
}

// Unique pupil number: check letter + LA (3) + establishment (4) + year (2) + serial (3).
std::string demoUpn(Rng& rng, int yearOfIssue)
{
    const std::string body = format("%03d%04d%02d%03d", rng.between(800, 899), rng.between(2000, 5999),
                                    yearOfIssue % 100, rng.between(0, 999));
    static constexpr char kLetters[] = "ABCDEFGHJKLMNPQRTUVWXYZ"; // 23 letters: no I, O, S
    int sum = 0;
    for (std::size_t i = 0; i < body.size(); ++i)
        sum += (body[i] - '0') * static_cast<int>(i + 2);
    return std::string(1, kLetters[sum % 23]) + body;
}

// PNC-style reference: YY/NNNNNNN + check letter.
std::string demoPnc(Rng& rng, int year)
{
    const int yy = year % 100;
    const int serial = rng.between(1, 9999999);
    static constexpr char kLetters[] = "ZABCDEFGHJKLMNPQRTUVWXY";
    const long long number = static_cast<long long>(yy) * 10000000LL + serial;
    return format("%02d/%07d%c", yy, serial, kLetters[number % 23]);
}

struct Generator
{
    std::uint64_t seed;
    Date today;
    std::string division;

    Person person(std::uint64_t index) const
    {
        // One stream per person: person N is the same whatever the batch size or scale.
        std::uint64_t mix = seed ^ (index * 0xD1B54A32D192ED03ULL);
        Rng rng(splitmix64(mix));
        Person p;

        const int age = pickWeighted<int>(rng, kAge);
        const Sv sex = pickWeighted<Sv>(rng, kSex);
        const Sv ethnicity = pickWeighted<Sv>(rng, kEthnicity);
        const NameGroup group = nameGroupFor(rng, ethnicity, division);
        const NamePool pool = poolFor(group);
        const bool female = sex == "female" || ((sex != "male") && rng.chance(500));

        p.sex = str(sex);
        p.ethnicity = str(ethnicity);
        p.givenName = str(rng.pick(female ? pool.female : pool.male));
        p.familyName = str(rng.pick(pool.family));

        // Date of birth: `age` today, anywhere in that year of life.
        const Date latest = today.addYears(-age);
        const Date earliest = today.addYears(-age - 1).addDays(1);
        p.dateOfBirth = earliest.addDays(rng.between(0, earliest.daysUntil(latest)));
        p.dateOfBirthEstimated = rng.chance(30);

        if (rng.chance(120)) {
            Sv preferred = {};
            for (const auto& [full, shortForm] : kShortForms)
                if (full == p.givenName)
                    preferred = shortForm;
            if (preferred.empty())
                preferred = rng.pick(female ? pool.female : pool.male);
            if (preferred != p.givenName)
                p.preferredName = str(preferred);
        }
        if (rng.chance(40)) {
            const NamePool other = rng.chance(500) ? pool : poolFor(NameGroup::British);
            p.aliases.push_back(rng.chance(500)
                                    ? p.givenName + " " + str(rng.pick(other.family))
                                    : str(rng.pick(female ? other.female : other.male)) + " " + p.familyName);
            if (rng.chance(150))
                p.aliases.push_back(str(rng.pick(female ? pool.female : pool.male)) + " " + str(rng.pick(pool.family)));
        }
        if (rng.chance(15))
            p.genderIdentity = str(rng.pick(std::span<const Sv>(kGenderIdentities)));

        p.firstLanguage = str(pickWeighted<Sv>(rng, languagesFor(group)));
        p.interpreterNeeded = p.firstLanguage != "English" && p.firstLanguage != "Welsh" && rng.chance(250);

        const Town& town = rng.pick(townsFor(division));
        if (rng.chance(850))
            p.address = format("%d %s %s, %s", rng.between(1, 240), rng.pick(std::span<const Sv>(kStreets)).data(),
                               rng.pick(std::span<const Sv>(kStreetKinds)).data(), town.name.data());
        else
            p.address = format("Flat %d, %s House, %s", rng.between(1, 60),
                               rng.pick(std::span<const Sv>(kStreets)).data(), town.name.data());
        p.postcode = format("%s %d%c%c", town.outward.data(), rng.between(0, 9), kInwardLetters[rng.below(20)],
                            kInwardLetters[rng.below(20)]);
        if (rng.chance(age >= 14 ? 650 : 300))
            p.phone = dramaMobile(rng);

        // Education, training or employment.
        if (age < 16)
            p.eteStatus = str(pickWeighted<Sv>(rng, kEteUnder16));
        else if (age < 18)
            p.eteStatus = str(pickWeighted<Sv>(rng, kEte16To17));
        else
            p.eteStatus = str(pickWeighted<Sv>(rng, kEteAdult));
        const Sv ete = p.eteStatus;
        if (ete == "school_full_time" || ete == "school_part_time" || ete == "excluded") {
            if (rng.chance(250))
                p.school = format("St %s's Catholic %s School", rng.pick(std::span<const Sv>(kSaints)).data(),
                                  age < 11 ? "Primary" : "High");
            else
                p.school = format("%s %s", town.name.data(),
                                  age < 11 ? "Primary School" : (rng.chance(500) ? "Academy" : "High School"));
        } else if (ete == "alternative_provision") {
            p.school = format("%s Learning Centre", town.name.data());
        } else if (ete == "college") {
            p.school = format("%s College", town.name.data());
        } else if (ete == "training") {
            p.school = format("%s Skills and Apprenticeships", town.name.data());
        } else if (ete == "employed") {
            static constexpr Sv kEmployers[] = {"Motors", "Building Services", "Logistics", "Kitchen", "Garden Centre"};
            p.school = format("%s %s", town.name.data(), rng.pick(std::span<const Sv>(kEmployers)).data());
        }

        // Identifiers.
        if (rng.chance(660))
            p.nhsNumber = demoNhsNumber(seed, index);
        if (age <= 18 && rng.chance(500))
            p.upn = demoUpn(rng, p.dateOfBirth.year() + 5);
        if (rng.chance(age >= 14 ? 250 : 80))
            p.pncReference = demoPnc(rng, today.year() - rng.between(0, 2));

        // Flags.
        PersonFlags& f = p.flags;
        if (age < 18) {
            f.lookedAfter = rng.chance(50);
            f.childProtectionPlan = !f.lookedAfter && rng.chance(31);
            f.childInNeed = !f.lookedAfter && !f.childProtectionPlan && rng.chance(60);
            f.earlyHelp = !f.childInNeed && !f.childProtectionPlan && rng.chance(80);
            f.careLeaver = age >= 16 && f.lookedAfter && rng.chance(400);
        } else {
            f.careLeaver = rng.chance(60);
        }
        f.sendAln = rng.chance(200);
        f.sendAlnPlan = f.sendAln && rng.chance(300);
        f.exploitationConcern = rng.chance(age >= 13 ? 70 : 30);
        f.restricted = rng.chance(5);
        if (f.lookedAfter || f.childProtectionPlan || f.childInNeed || f.careLeaver || rng.chance(80))
            p.localAuthorityId = format("%07d", rng.between(1000000, 9999999));

        addContacts(rng, p, pool, age);
        return p;
    }

    void addContacts(Rng& rng, Person& p, const NamePool& pool, int age) const
    {
        auto contactName = [&](bool female, bool sameFamily) {
            const NamePool& names = rng.chance(850) ? pool : poolFor(NameGroup::British);
            return str(rng.pick(female ? names.female : names.male)) + " " +
                   (sameFamily ? p.familyName : str(rng.pick(names.family)));
        };
        auto add = [&](Sv relationship, bool female, bool sameFamily, int prPerMille) {
            Contact c;
            c.name = contactName(female, sameFamily);
            c.relationship = str(relationship);
            c.phone = dramaMobile(rng);
            c.parentalResponsibility = rng.chance(prPerMille);
            p.contacts.push_back(std::move(c));
        };

        if (p.flags.lookedAfter) {
            static constexpr Weighted<Sv> kCarer[] = {
                {"foster_carer", 500}, {"kinship_carer", 200}, {"social_worker", 300}};
            const Sv who = pickWeighted<Sv>(rng, kCarer);
            add(who, rng.chance(650), false, who == "kinship_carer" ? 500 : 0);
            if (rng.chance(500))
                add("mother", true, rng.chance(700), 900);
            return;
        }

        static constexpr Weighted<int> kCountChild[] = {{0, 120}, {1, 480}, {2, 400}};
        static constexpr Weighted<int> kCountAdult[] = {{0, 400}, {1, 450}, {2, 150}};
        const int count = pickWeighted<int>(rng, age >= 18 ? std::span<const Weighted<int>>(kCountAdult)
                                                           : std::span<const Weighted<int>>(kCountChild));
        static constexpr Weighted<Sv> kFirst[] = {{"mother", 650},     {"father", 150},       {"grandparent", 80},
                                                  {"step_parent", 40}, {"kinship_carer", 40}, {"other_relative", 40}};
        static constexpr Weighted<Sv> kSecond[] = {
            {"father", 550}, {"step_parent", 150}, {"grandparent", 150}, {"sibling", 80}, {"other_relative", 70}};
        Sv first;
        for (int i = 0; i < count; ++i) {
            Sv relationship = pickWeighted<Sv>(rng, i == 0 ? std::span<const Weighted<Sv>>(kFirst)
                                                           : std::span<const Weighted<Sv>>(kSecond));
            if (i > 0 && relationship == first)
                relationship = "other_relative";
            if (i == 0)
                first = relationship;
            const bool female = relationship == "mother" || (relationship != "father" && rng.chance(600));
            int pr = 0;
            if (relationship == "mother" || relationship == "father")
                pr = 950;
            else if (relationship == "step_parent")
                pr = 200;
            else if (relationship == "kinship_carer")
                pr = 500;
            else if (relationship == "grandparent")
                pr = 100;
            add(relationship, female, relationship != "other_relative" && rng.chance(750), age >= 18 ? 0 : pr);
        }
    }
};

} // namespace

Result<int> addPeopleStage(Casebook& casebook, const DemoOptions& options, const ProgressFn& progress)
{
    // Towns and name mix follow the casebook's own division.
    const Generator generator{options.seed, casebook.clock().today(), casebook.info().division};
    const int total = peopleAtScale(options.scale);
    const int step = std::max(kReportEvery, total / 100);
    int added = 0;
    while (added < total) {
        const int batch = std::min(kBatchSize, total - added);
        std::vector<Person> drafts;
        drafts.reserve(static_cast<std::size_t>(batch));
        for (int i = 0; i < batch; ++i)
            drafts.push_back(generator.person(static_cast<std::uint64_t>(added + i)));
        for (int start = 0; start < batch; start += step) {
            const int end = std::min(batch, start + step);
            std::vector<Person> chunk(std::make_move_iterator(drafts.begin() + start),
                                      std::make_move_iterator(drafts.begin() + end));
            auto saved = casebook.people().createMany(std::move(chunk));
            if (!saved)
                return std::unexpected(saved.error());
            added += end - start;
            if (progress && !progress(percentOf(added, total), "adding people"))
                return fail(ErrorCode::Cancelled, "demo generation cancelled");
        }
    }
    return added;
}

} // namespace waymark::demo::detail
