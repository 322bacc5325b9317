#include "core/demo/DemoGenerator.h"

#include "core/Users.h"
#include "core/calendar/Date.h"
#include "core/calendar/WorkingCalendar.h"
#include "core/domain/Codes.h"
#include "core/domain/Eligibility.h"
#include "core/domain/Person.h"
#include "core/domain/Referral.h"
#include "core/security/Role.h"

#include <algorithm>
#include <array>
#include <cstdarg>
#include <cstdio>
#include <limits>
#include <span>
#include <unordered_set>
#include <utility>
#include <vector>

namespace waymark::demo {

namespace {

// ---------------------------------------------------------------------------------------
// Randomness: our own generator and helpers, so a seed gives the same people everywhere
// (std::uniform_int_distribution and friends differ between standard libraries).

constexpr std::uint64_t splitmix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// xoshiro256** (Blackman & Vigna), seeded through splitmix64.
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
    {
        for (auto& word : m_s)
            word = splitmix64(seed);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, n), unbiased (rejection). n > 0.
    std::uint64_t below(std::uint64_t n)
    {
        const std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
        const std::uint64_t limit = max - (max % n);
        std::uint64_t x = next();
        while (x >= limit)
            x = next();
        return x % n;
    }

    // Uniform in [lo, hi], inclusive.
    int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::uint64_t>(hi - lo) + 1)); }

    // True with probability perMille / 1000.
    bool chance(int perMille) { return static_cast<int>(below(1000)) < perMille; }

    template <typename T> const T& pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(below(items.size()))];
    }

private:
    static constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<std::uint64_t, 4> m_s{};
};

template <typename T> struct Weighted
{
    T value;
    int weight;
};

template <typename T> const T& pickWeighted(Rng& rng, std::span<const Weighted<T>> items)
{
    int total = 0;
    for (const auto& item : items)
        total += item.weight;
    int roll = static_cast<int>(rng.below(static_cast<std::uint64_t>(total)));
    for (const auto& item : items) {
        if (roll < item.weight)
            return item.value;
        roll -= item.weight;
    }
    return items.back().value;
}

using Sv = std::string_view;

// ---------------------------------------------------------------------------------------
// Embedded lists. Given and family names are common ones; their combinations are random,
// so the people are fictional.

enum class NameGroup
{
    British,
    Welsh,
    SouthAsian,
    AfricanCaribbean,
    European,
    Chinese,
    Arab,
};

struct NamePool
{
    std::span<const Sv> female;
    std::span<const Sv> male;
    std::span<const Sv> family;
};

constexpr Sv kBritishFemale[] = {
    "Olivia",   "Amelia", "Isla",    "Ava",     "Emily",  "Sophie",    "Grace",  "Mia",     "Poppy",  "Ella",
    "Lily",     "Evie",   "Chloe",   "Jessica", "Ruby",   "Freya",     "Holly",  "Megan",   "Lauren", "Paige",
    "Courtney", "Jade",   "Leah",    "Caitlin", "Ellie",  "Amber",     "Niamh",  "Aoife",   "Zoë",    "Erin",
    "Kayleigh", "Keira",  "Shannon", "Summer",  "Millie", "Charlotte", "Hannah", "Abigail", "Molly",  "Phoebe"};
constexpr Sv kBritishMale[] = {"Oliver", "Jack",  "Harry",  "Charlie", "Thomas", "George",  "James",  "William",
                               "Noah",   "Alfie", "Joshua", "Leo",     "Jacob",  "Oscar",   "Archie", "Ethan",
                               "Lewis",  "Kyle",  "Callum", "Connor",  "Liam",   "Ryan",    "Jordan", "Tyler",
                               "Mason",  "Logan", "Riley",  "Kai",     "Reece",  "Bradley", "Daniel", "Samuel",
                               "Joseph", "Max",   "Finley", "Harvey",  "Jayden", "Luke",    "Declan", "Ciarán"};
constexpr Sv kBritishFamily[] = {
    "Smith",   "Jones",    "Taylor",     "Brown",  "Williams", "Wilson",  "Johnson",   "Davies",   "Robinson",
    "Wright",  "Thompson", "Evans",      "Walker", "White",    "Roberts", "Green",     "Hall",     "Wood",
    "Jackson", "Clarke",   "Harris",     "Lewis",  "Martin",   "Cooper",  "King",      "Baker",    "Turner",
    "Hill",    "Ward",     "Morris",     "Moore",  "Clark",    "Lee",     "Watson",    "Parker",   "Bennett",
    "Hughes",  "Edwards",  "Kelly",      "Murphy", "O'Brien",  "O'Neill", "MacDonald", "Campbell", "Stewart",
    "Fraser",  "Shaw",     "Holmes",     "Palmer", "Marsh",    "Barker",  "Fletcher",  "Chapman",  "Mills",
    "Doyle",   "McCarthy", "Ellis-Hunt", "Sutton", "Webb",     "Atkinson"};

constexpr Sv kWelshFemale[] = {"Siân",      "Cerys", "Ffion",  "Angharad", "Nia",    "Seren", "Elin",    "Lowri",
                               "Gwenllian", "Mali",  "Catrin", "Eluned",   "Bethan", "Alys",  "Branwen", "Megan"};
constexpr Sv kWelshMale[] = {"Dafydd", "Rhys", "Gethin", "Iwan",  "Osian", "Emyr",  "Gruffydd", "Llŷr",
                             "Aled",   "Ioan", "Cai",    "Tomos", "Huw",   "Owain", "Dylan",    "Steffan"};
constexpr Sv kWelshFamily[] = {"Jones", "Williams", "Davies",    "Evans",   "Thomas",    "Roberts", "Hughes",
                               "Lewis", "Morgan",   "Griffiths", "Price",   "Pritchard", "Rees",    "Llewellyn",
                               "Bowen", "Vaughan",  "Parry",     "Prosser", "Gwynne",    "Powell"};

constexpr Sv kSouthAsianFemale[] = {"Aisha",  "Fatima",   "Zara",   "Amira",   "Maryam", "Priya",  "Anaya",
                                    "Simran", "Jaspreet", "Noor",   "Sana",    "Hafsa",  "Ayesha", "Riya",
                                    "Inaya",  "Mehreen",  "Saanvi", "Khadija", "Laila",  "Nusrat"};
constexpr Sv kSouthAsianMale[] = {"Mohammed", "Muhammad", "Ayaan",    "Zain",     "Hamza",  "Ibrahim", "Arjun",
                                  "Rohan",    "Aarav",    "Harpreet", "Gurpreet", "Sanjay", "Imran",   "Bilal",
                                  "Yusuf",    "Kabir",    "Rahul",    "Amir",     "Omar",   "Rayyan"};
constexpr Sv kSouthAsianFamily[] = {"Patel",  "Khan",   "Ahmed",  "Hussain", "Ali",   "Begum", "Singh",
                                    "Kaur",   "Sharma", "Rahman", "Mahmood", "Iqbal", "Shah",  "Chowdhury",
                                    "Akhtar", "Mistry", "Gill",   "Sandhu",  "Uddin", "Miah",  "Qureshi"};

constexpr Sv kAfricanCaribbeanFemale[] = {"Amara",    "Chiamaka", "Ngozi",   "Adaeze", "Ama",    "Abena", "Shanice",
                                          "Tanisha",  "Keisha",   "Aaliyah", "Imani",  "Zainab", "Hodan", "Nia",
                                          "Precious", "Blessing", "Esther",  "Jada",   "Simone", "Grace"};
constexpr Sv kAfricanCaribbeanMale[] = {"Kwame",   "Kofi",    "Tunde", "Chidi",  "Emeka",    "Jamal",    "Malik",
                                        "Tyrone",  "Darnell", "Andre", "Marcus", "Jermaine", "Kemar",    "Abdi",
                                        "Mohamed", "Samuel",  "Isaac", "Elijah", "Joel",     "Nathaniel"};
constexpr Sv kAfricanCaribbeanFamily[] = {"Okafor",  "Adeyemi", "Mensah", "Osei",     "Boateng", "Nwosu",    "Okonkwo",
                                          "Abdi",    "Mohamed", "Hassan", "Campbell", "Brown",   "Williams", "Clarke",
                                          "Francis", "Grant",   "Reid",   "Thomas",   "Bailey",  "Richards", "Forbes"};

constexpr Sv kEuropeanFemale[] = {"Zuzanna", "Julia",  "Maja",       "Alicja",    "Zofia", "Ioana",  "Elena",
                                  "Ana",     "Inês",   "Beatriz",    "Sofía",     "Chloé", "Zeynep", "Elif",
                                  "Lena",    "Amélie", "Małgorzata", "Katarzyna", "Mária", "Zoë"};
constexpr Sv kEuropeanMale[] = {"José",  "Ömer",    "Jakub",  "Kacper", "Mateusz",  "Szymon",    "Andrei",
                                "Ionuț", "Luca",    "Matteo", "João",   "Tiago",    "Miguel",    "Lukas",
                                "Emre",  "Dominik", "Filip",  "Marek",  "François", "Bartłomiej"};
constexpr Sv kEuropeanFamily[] = {"Kowalski",  "Nowak",  "Wiśniewski", "Wójcik",    "Lewandowski", "Popescu",
                                  "Ionescu",   "Rossi",  "Ferreira",   "Silva",     "Santos",      "Müller",
                                  "Schmidt",   "Yılmaz", "Öztürk",     "Kaya",      "Novák",       "García",
                                  "Fernández", "Dubois", "Horváth",    "Jovanović", "Kazlauskas",  "Petrauskas"};

constexpr Sv kChineseFemale[] = {"Mei", "Xin", "Ling", "Yan", "Hui", "Grace", "Chloe", "Jasmine", "Yuki", "Wen"};
constexpr Sv kChineseMale[] = {"Wei", "Jun", "Hao", "Ming", "Kai", "Ethan", "Jason", "Leon", "Jian", "Bo"};
constexpr Sv kChineseFamily[] = {"Wang", "Li",     "Zhang", "Chen", "Liu", "Wong",
                                 "Lam",  "Cheung", "Ng",    "Chan", "Ho",  "Yeung"};

constexpr Sv kArabFemale[] = {"Layla", "Yasmin", "Nour", "Rania", "Salma", "Hana", "Mariam", "Lina", "Dina", "Reem"};
constexpr Sv kArabMale[] = {"Omar", "Ahmed", "Youssef", "Khalid", "Karim", "Tariq", "Sami", "Adam", "Hadi", "Zaid"};
constexpr Sv kArabFamily[] = {"Haddad", "Nasser", "Saleh",  "Mansour", "Khalil", "Aziz",
                              "Farouk", "Hamdan", "Rashid", "Darwish", "Sabbagh"};

NamePool poolFor(NameGroup group)
{
    switch (group) {
    case NameGroup::British:
        return {kBritishFemale, kBritishMale, kBritishFamily};
    case NameGroup::Welsh:
        return {kWelshFemale, kWelshMale, kWelshFamily};
    case NameGroup::SouthAsian:
        return {kSouthAsianFemale, kSouthAsianMale, kSouthAsianFamily};
    case NameGroup::AfricanCaribbean:
        return {kAfricanCaribbeanFemale, kAfricanCaribbeanMale, kAfricanCaribbeanFamily};
    case NameGroup::European:
        return {kEuropeanFemale, kEuropeanMale, kEuropeanFamily};
    case NameGroup::Chinese:
        return {kChineseFemale, kChineseMale, kChineseFamily};
    case NameGroup::Arab:
        return {kArabFemale, kArabMale, kArabFamily};
    }
    return {kBritishFemale, kBritishMale, kBritishFamily};
}

// Short forms used as preferred names.
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

[[gnu::format(printf, 1, 2)]] std::string format(const char* fmt, ...)
{
    char buf[160];
    std::va_list args;
    va_start(args, fmt);
    const int n = std::vsnprintf(buf, sizeof buf, fmt, args);
    va_end(args);
    if (n < 0)
        return {};
    return std::string(buf, std::min(static_cast<std::size_t>(n), sizeof buf - 1));
}

std::string str(Sv s)
{
    return std::string(s);
}

// Ofcom reserves 07700 900000-900999 for drama: never a real subscriber.
std::string dramaMobile(Rng& rng)
{
    return format("07700 900%03d", rng.between(0, 999));
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

// ---------------------------------------------------------------------------------------
// Referrals. Shares are per 1,000 (or per 10,000) and follow what diversion schemes report:
// the police refer most young people, community resolutions and Outcome 22 are the common
// routes, most referrals are accepted, and a small share of young people account for a
// large share of referrals.

// Referrals per person. Most young people are referred once; a few again and again.
constexpr Weighted<int> kReferralCount[] = {
    {1, 7600}, {2, 1350}, {3, 480}, {4, 240}, {5, 130}, {6, 80}, {7, 50}, {8, 35}, {10, 20}, {12, 15},
};
// Young people who are looked after or at risk of exploitation come back more often.
constexpr Weighted<int> kReferralCountAtRisk[] = {
    {1, 5600}, {2, 2000}, {3, 1000}, {4, 550}, {5, 350}, {6, 200}, {7, 120}, {8, 80}, {10, 60}, {12, 40},
};

constexpr Weighted<Sv> kSource[] = {
    {"police", 560}, {"school", 120}, {"childrens_social_care", 90}, {"yot_yjs", 60}, {"health", 30},
    {"family", 45},  {"self", 15},    {"voluntary_sector", 45},      {"other", 35},
};
constexpr Weighted<Sv> kPoliceRoute[] = {
    {"community_resolution", 300},
    {"outcome_22", 250},
    {"outcome_23_deferred_prosecution", 40},
    {"youth_caution", 40},
    {"youth_conditional_caution", 20},
    {"nfa", 90},
    {"pre_charge_rui", 70},
    {"voluntary_interview", 60},
    {"asb_civil", 40},
    {"triage", 60},
    {"other", 30},
};
// Schools, social care and the youth justice service refer after an out-of-court outcome as
// well as for prevention.
constexpr Weighted<Sv> kOtherRoute[] = {
    {"prevention", 380},           {"asb_civil", 100},  {"triage", 120},
    {"community_resolution", 160}, {"outcome_22", 140}, {"other", 100},
};
constexpr Weighted<Sv> kOffence[] = {
    {"violence_against_person", 260},
    {"theft", 170},
    {"criminal_damage", 110},
    {"drugs", 110},
    {"public_order", 90},
    {"possession_of_weapons", 60},
    {"robbery", 30},
    {"burglary", 30},
    {"vehicle", 25},
    {"sexual", 15},
    {"fraud", 10},
    {"arson", 10},
    {"online_harm", 40},
    {"asb", 40},
    {"other", 20},
};
constexpr Weighted<Sv> kPreventionCategory[] = {
    {"none_prevention", 700}, {"asb", 200}, {"online_harm", 50}, {"other", 50}};
constexpr Weighted<Sv> kRisk[] = {{"low", 550}, {"medium", 350}, {"high", 100}};

// Decisions on an eligible referral, and the reasons when diversion is not offered.
constexpr Weighted<Sv> kDecisionEligible[] = {
    {"accepted", 740}, {"declined", 60}, {"signposted", 110}, {"withdrawn", 90}};
constexpr Weighted<Sv> kDeclinedReason[] = {
    {"young_person_declined", 450}, {"parent_declined", 300}, {"excluded_by_status", 100}, {"other", 150}};
constexpr Weighted<Sv> kSignpostedReason[] = {
    {"programme_full", 300}, {"other", 450}, {"moved_out_of_area", 100}, {"ineligible_offence", 150}};
constexpr Weighted<Sv> kWithdrawnReason[] = {
    {"young_person_declined", 400}, {"parent_declined", 300}, {"moved_out_of_area", 200}, {"other", 100}};

// Working days from receipt to the decision (about nine in ten within the default 10) and to
// first contact.
constexpr Weighted<int> kDecisionDays[] = {
    {1, 80}, {2, 120}, {3, 140}, {4, 130}, {5, 120}, {6, 100}, {7, 80}, {8, 70},
    {9, 50}, {10, 40}, {11, 20}, {12, 20}, {14, 15}, {16, 10}, {20, 5},
};
constexpr Weighted<int> kContactDays[] = {
    {1, 100}, {2, 150}, {3, 180}, {4, 150}, {5, 120}, {6, 80}, {7, 70}, {8, 50}, {10, 50}, {12, 30}, {15, 20},
};

// The scheme has been running this long: the first demo referrals are this old.
constexpr int kHistoryDays = 3 * 365;

constexpr Sv kPoliceRanks[] = {"PC", "PC", "PC", "DC", "PCSO", "Sgt"};
constexpr Sv kReferrerRoles[] = {"Designated safeguarding lead",
                                 "Head of year",
                                 "Social worker",
                                 "School nurse",
                                 "YJS officer",
                                 "Youth worker",
                                 "Pastoral lead"};

std::string utcAt(Date date, int minuteOfDay)
{
    return date.toIso() + format("T%02d:%02d:00.000Z", minuteOfDay / 60, minuteOfDay % 60);
}

// A working-hours time on `date`, from the stream.
std::string workingTime(Rng& rng, Date date)
{
    return utcAt(date, rng.between(8 * 60 + 30, 17 * 60));
}

// "WM-K7QX-2026-00042" -> 2026 * 10^7 + 42: the person's number in the casebook. Person N of a
// fresh demo casebook is number N + 1 of the year, so the referrals follow the seed.
std::uint64_t caseNumber(std::string_view caseReference)
{
    std::uint64_t year = 0;
    std::uint64_t seq = 0;
    const auto last = caseReference.rfind('-');
    if (last == std::string_view::npos || last < 5)
        return 0;
    const auto prev = caseReference.rfind('-', last - 1);
    for (std::size_t i = prev + 1; i < last; ++i)
        year = year * 10 + static_cast<std::uint64_t>(caseReference[i] - '0');
    for (std::size_t i = last + 1; i < caseReference.size(); ++i)
        seq = seq * 10 + static_cast<std::uint64_t>(caseReference[i] - '0');
    return year * 10000000ULL + seq;
}

struct ReferralGenerator
{
    std::uint64_t seed;
    Date today;
    const WorkingCalendar& calendar;
    std::span<const Uuid> workers;     // the demo caseworkers
    std::span<const int> workerWeight; // part-timers hold fewer
    Uuid coordinator;
    EligibilityRules rules; // the casebook's own

    Uuid pickWorker(Rng& rng) const
    {
        int total = 0;
        for (std::size_t i = 0; i < workers.size(); ++i)
            total += workerWeight[i];
        int roll = static_cast<int>(rng.below(static_cast<std::uint64_t>(total)));
        for (std::size_t i = 0; i < workers.size(); ++i) {
            if (roll < workerWeight[i])
                return workers[i];
            roll -= workerWeight[i];
        }
        return workers.back();
    }

    // The person's referrals, oldest first, each with the history that led to its state.
    std::vector<ReferralHistoryDraft> forPerson(const PersonSummary& person) const
    {
        const std::uint64_t number = caseNumber(person.caseReference);
        std::uint64_t mix = seed ^ 0xA0761D6478BD642FULL ^ (number * 0xE7037ED1A0B428DBULL);
        Rng rng(splitmix64(mix));

        const bool atRisk =
            person.flags.lookedAfter || person.flags.exploitationConcern || person.flags.childProtectionPlan;
        int count = pickWeighted<int>(rng, atRisk ? std::span<const Weighted<int>>(kReferralCountAtRisk)
                                                  : std::span<const Weighted<int>>(kReferralCount));

        // Received dates: the last one anywhere in the history; the earlier ones before it,
        // weeks to months apart, squeezed when the young person's history is short.
        const Date historyStart = today.addDays(-kHistoryDays);
        Date earliest = person.dateOfBirth.isNull() ? historyStart : person.dateOfBirth.addYears(10).addDays(30);
        earliest = std::max(earliest, historyStart);
        if (earliest > today)
            earliest = today.addDays(-rng.between(0, 60));
        const int span = earliest.daysUntil(today);
        const Date last = earliest.addDays(rng.between(0, span));
        const int room = earliest.daysUntil(last);
        count = std::max(1, std::min(count, room / 14 + 1));
        std::vector<int> gaps;
        int totalGap = 0;
        for (int i = 1; i < count; ++i) {
            gaps.push_back(rng.chance(550) ? rng.between(21, 120) : rng.between(120, 420));
            totalGap += gaps.back();
        }
        std::vector<Date> received(static_cast<std::size_t>(count));
        received.back() = last;
        for (int i = count - 2; i >= 0; --i) {
            int gap = gaps[static_cast<std::size_t>(i)];
            if (totalGap > room)
                gap = std::max(1, static_cast<int>(static_cast<long long>(gap) * room / totalGap));
            received[static_cast<std::size_t>(i)] = received[static_cast<std::size_t>(i) + 1].addDays(-gap);
        }

        std::vector<ReferralHistoryDraft> out;
        out.reserve(received.size());
        int accepted = 0;
        for (std::size_t k = 0; k < received.size(); ++k)
            out.push_back(referral(rng, person, number, static_cast<int>(k), received[k], accepted));
        return out;
    }

    ReferralHistoryDraft referral(Rng& rng, const PersonSummary& person, std::uint64_t number, int k, Date received,
                                  int& acceptedBefore) const
    {
        ReferralHistoryDraft draft;
        Referral& r = draft.referral;
        r.personId = person.id;
        r.received = received;
        r.source = str(pickWeighted<Sv>(rng, kSource));
        const bool police = r.source == "police";
        r.route = str(pickWeighted<Sv>(rng, police ? std::span<const Weighted<Sv>>(kPoliceRoute)
                                                   : std::span<const Weighted<Sv>>(kOtherRoute)));
        // The eligibility event: days or weeks before the referral, now and then months.
        r.eventDate = received.addDays(rng.chance(40) ? -rng.between(95, 200) : -rng.between(0, 45));
        if (r.route == "prevention") {
            r.offenceCategory = str(pickWeighted<Sv>(rng, kPreventionCategory));
        } else {
            r.offenceCategory = str(pickWeighted<Sv>(rng, kOffence));
            r.offenceDate = r.eventDate;
        }
        r.risk = str(pickWeighted<Sv>(rng, kRisk));
        r.statutoryOrder = rng.chance(15);
        if (police) {
            // Unique in the casebook: the person's number and the referral's place in their history.
            r.policeReference =
                format("CR/%02d%06llu%02d/%02d", static_cast<int>((number / 10000000ULL) % 100),
                       static_cast<unsigned long long>(number % 10000000ULL), k % 100, received.year() % 100);
            r.referrerName = format("%s %s", rng.pick(std::span<const Sv>(kPoliceRanks)).data(),
                                    rng.pick(std::span<const Sv>(kBritishFamily)).data());
            r.referrerContact = "diversion.hub@example.org";
        } else {
            const bool female = rng.chance(650);
            r.referrerName = format(
                "%s %s, %s",
                rng.pick(female ? std::span<const Sv>(kBritishFemale) : std::span<const Sv>(kBritishMale)).data(),
                rng.pick(std::span<const Sv>(kBritishFamily)).data(),
                rng.pick(std::span<const Sv>(kReferrerRoles)).data());
            r.referrerContact = dramaMobile(rng);
        }

        // Where it stands today. Recent referrals may still wait for screening or a decision;
        // a few older ones are overdue.
        const int age = received.daysUntil(today);
        int undecidedPerMille = 0;
        if (age <= 2)
            undecidedPerMille = 950;
        else if (age <= 7)
            undecidedPerMille = 550;
        else if (age <= 14)
            undecidedPerMille = 400;
        else if (age <= 28)
            undecidedPerMille = 120;
        else if (age <= 90)
            undecidedPerMille = 20;
        const Date decisionDate = calendar.addWorkingDays(received, pickWeighted<int>(rng, kDecisionDays));
        const bool decided = !rng.chance(undecidedPerMille) && decisionDate <= today;

        const Uuid worker = pickWorker(rng);
        const bool allocated = decided || rng.chance(age <= 2 ? 450 : 800);
        // Allocated at intake: the "created" row of its history says to whom.
        if (allocated)
            r.allocatedTo = worker;
        auto transition = [&](ReferralState from, ReferralState to, Date on, Uuid by, std::string reason = {}) {
            ReferralEvent e;
            e.kind = "transition";
            e.fromState = std::string(stateName(from));
            e.toState = std::string(stateName(to));
            e.reasonCode = std::move(reason);
            e.by = by;
            e.at = workingTime(rng, on);
            draft.events.push_back(std::move(e));
            r.state = to;
        };

        r.state = ReferralState::Received;
        r.consent = "not_asked";
        if (!decided) {
            // Awaiting screening (recent ones mostly), or in screening.
            if (allocated && !rng.chance(age <= 2 ? 800 : 350))
                transition(ReferralState::Received, ReferralState::Screening,
                           std::min(today, calendar.addWorkingDays(received, rng.between(0, 1))), worker);
            return draft;
        }

        const Uuid decider = rng.chance(200) ? coordinator : worker;
        const Date screening = std::min(decisionDate, calendar.addWorkingDays(received, rng.between(0, 2)));
        transition(ReferralState::Received, ReferralState::Screening, screening, decider);

        // The decision follows the scheme's eligibility rules; a coordinator overrides some fails.
        EligibilityInput in;
        in.dateOfBirth = person.dateOfBirth;
        in.eventDate = r.eventDate;
        in.received = r.received;
        in.route = r.route;
        in.statutoryOrder = r.statutoryOrder;
        in.flags = person.flags;
        in.previouslySupported = acceptedBefore;
        const EligibilityResult eligibility = assessEligibility(rules, in);
        Sv decision;
        Sv reason;
        if (eligibility.pass) {
            decision = pickWeighted<Sv>(rng, kDecisionEligible);
        } else if (rng.chance(eligibility.reasons.front().code == "previously_diverted" ? 450 : 120)) {
            decision = "accepted";
            r.eligibilityOverridden = true;
            r.overrideReason = eligibility.reasons.front().code == "previously_diverted"
                                   ? "A different offence and a new family situation: a second intervention agreed."
                                   : "Circumstances considered at the screening panel: diversion agreed.";
            r.overriddenBy = coordinator;
            r.overriddenAt = workingTime(rng, decisionDate);
            ReferralEvent e;
            e.kind = "override";
            e.note = r.overrideReason;
            for (const auto& why : eligibility.reasons)
                e.reasonCode += (e.reasonCode.empty() ? "" : ",") + why.code;
            e.by = coordinator;
            e.at = r.overriddenAt;
            draft.events.push_back(std::move(e));
        } else {
            decision = rng.chance(650) ? "declined" : "signposted";
            reason = eligibility.reasons.front().code;
            if (reason == "missing_date")
                reason = "other";
        }
        if (decision == "declined" && reason.empty())
            reason = pickWeighted<Sv>(rng, kDeclinedReason);
        else if (decision == "signposted" && reason.empty())
            reason = pickWeighted<Sv>(rng, kSignpostedReason);
        else if (decision == "withdrawn")
            reason = pickWeighted<Sv>(rng, kWithdrawnReason);

        // The state the decision leads to, as the workflow table says.
        ReferralState decidedState = ReferralState::Declined;
        if (const auto step = stepForDecision(decision); step)
            if (const auto t = findTransition(ReferralState::Screening, *step); t)
                decidedState = t->to;
        transition(ReferralState::Screening, decidedState, decisionDate, decider, str(reason));
        r.decision = str(decision);
        r.decisionReason = str(reason);
        r.decisionDate = decisionDate;
        r.decidedBy = decider;
        if (decision != "accepted") {
            r.consent = reason == "young_person_declined" || reason == "parent_declined" ? "refused" : "not_asked";
            return draft;
        }
        ++acceptedBefore;
        r.consent = "given";

        // First contact, then (from the first session) active, then closed after a few months.
        Date contact = calendar.addWorkingDays(received, pickWeighted<int>(rng, kContactDays));
        contact = std::max(contact, decisionDate);
        if (contact > today || (age <= 20 && rng.chance(500)))
            return draft; // first contact still to make: due or overdue on My work
        r.firstContact = contact;
        {
            ReferralEvent e;
            e.kind = "first_contact";
            e.by = worker;
            e.at = workingTime(rng, contact);
            draft.events.push_back(std::move(e));
        }
        const Date firstSession = calendar.addWorkingDays(contact, rng.between(3, 15));
        if (firstSession > today)
            return draft;
        transition(ReferralState::Accepted, ReferralState::Active, firstSession, worker);
        const Date requested = calendar.addWorkingDays(firstSession, rng.between(45, 110));
        if (requested > today)
            return draft;
        transition(ReferralState::Active, ReferralState::ClosureRequested, requested, worker);
        const Date approved = calendar.addWorkingDays(requested, rng.between(1, 8));
        if (approved > today)
            return draft;
        transition(ReferralState::ClosureRequested, ReferralState::Closed, approved, coordinator);
        return draft;
    }
};

// Part-time workers hold fewer referrals.
constexpr int kWorkerWeights[] = {10, 10, 8, 10, 10, 6, 10, 10, 8, 10, 10, 6};

// People are generated kBatchSize at a time and written, one transaction each, in steps of
// kReportEvery people or 1 % of the total, whichever is more: a progress bar moves at least
// every 100 people at the small and medium scales (instead of jumping from busy to 100 % at
// the small one), and every 1 % (the finest a whole-percent report can show) at large, where
// smaller transactions would only add commits.
constexpr int kBatchSize = 1000;
constexpr int kReportEvery = 100;

} // namespace

Result<Scale> scaleFromName(std::string_view name)
{
    if (name == "small")
        return Scale::Small;
    if (name == "medium")
        return Scale::Medium;
    if (name == "large")
        return Scale::Large;
    return fail(ErrorCode::InvalidInput, "unknown scale (expected small, medium or large)", "scale");
}

std::string_view scaleName(Scale scale)
{
    switch (scale) {
    case Scale::Small:
        return "small";
    case Scale::Medium:
        return "medium";
    case Scale::Large:
        return "large";
    }
    return "small";
}

int peopleAtScale(Scale scale)
{
    switch (scale) {
    case Scale::Small:
        return 1000;
    case Scale::Medium:
        return 10000;
    case Scale::Large:
        return 100000;
    }
    return 1000;
}

int caseworkersAtScale(Scale scale)
{
    switch (scale) {
    case Scale::Small:
        return 4;
    case Scale::Medium:
        return 8;
    case Scale::Large:
        return 12;
    }
    return 4;
}

namespace {

// Shares of the progress bar: people, then the team, then referrals (about the time each takes).
constexpr int kPeopleEnd = 45;
constexpr int kTeamEnd = 50;

// Progress over [from, to] of the whole run.
int scaled(int from, int to, long long done, long long total)
{
    if (total <= 0)
        return to;
    return from + static_cast<int>((to - from) * done / total);
}

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
            if (progress && !progress(scaled(0, kPeopleEnd, added, total), "adding people"))
                return fail(ErrorCode::Cancelled, "demo generation cancelled");
        }
    }
    return added;
}

// The demo caseworkers of the scale, adding those missing. Returns their ids and how many were added.
Result<std::pair<std::vector<Uuid>, int>> ensureTeam(Casebook& casebook, const DemoOptions& options)
{
    auto users = casebook.users().list();
    if (!users)
        return std::unexpected(users.error());
    std::vector<Uuid> ids;
    int added = 0;
    const int wanted = caseworkersAtScale(options.scale);
    for (int i = 0; i < wanted; ++i) {
        const DemoWorker& worker = kDemoCaseworkers[static_cast<std::size_t>(i)];
        const auto it = std::find_if(users->begin(), users->end(),
                                     [&](const UserInfo& u) { return u.username == worker.username; });
        if (it != users->end()) {
            if (it->active)
                ids.push_back(it->id);
            continue;
        }
        auto made = casebook.users().add(worker.username, kDemoPassword, Role::Caseworker, worker.displayName);
        if (!made)
            return std::unexpected(made.error());
        ids.push_back(made->id);
        ++added;
    }
    return std::pair{std::move(ids), added};
}

Result<int> addReferralStage(Casebook& casebook, const DemoOptions& options, std::span<const Uuid> workers,
                             const ProgressFn& progress)
{
    if (workers.empty())
        return 0;
    Referrals& desk = casebook.referrals();
    auto settings = desk.settings();
    if (!settings)
        return std::unexpected(settings.error());

    // People who already have referrals (a run cut short, then resumed) keep theirs.
    std::unordered_set<std::string> done;
    auto existing = desk.count({});
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing > 0) {
        ReferralListQuery query;
        query.sort = ReferralSort::Received;
        query.limit = 20000;
        while (true) {
            auto page = desk.list(query);
            if (!page)
                return std::unexpected(page.error());
            for (const auto& row : page->rows)
                done.insert(row.personId.toString());
            if (!page->next)
                break;
            query.after = page->next;
        }
    }

    // Everyone, in case-reference order (the order they were added in).
    std::vector<PersonSummary> people;
    {
        PersonListQuery query;
        query.sort = PersonSort::CaseReference;
        query.limit = 20000;
        while (true) {
            auto page = casebook.people().list(query);
            if (!page)
                return std::unexpected(page.error());
            for (auto& row : page->rows)
                if (!done.contains(row.id.toString()))
                    people.push_back(std::move(row));
            if (!page->next)
                break;
            query.after = page->next;
        }
    }
    std::sort(people.begin(), people.end(), [](const PersonSummary& a, const PersonSummary& b) {
        return caseNumber(a.caseReference) < caseNumber(b.caseReference);
    });

    auto division = divisionFromName(casebook.info().division);
    const WorkingCalendar calendar(division ? *division : Division::EnglandAndWales);
    const ReferralGenerator generator{options.seed,
                                      casebook.clock().today(),
                                      calendar,
                                      workers,
                                      std::span<const int>(kWorkerWeights).first(workers.size()),
                                      casebook.user().id,
                                      settings->eligibility};

    // Batches of people's referrals (each person's in one batch, oldest first): every 100
    // people or 1 % of them, whichever is more, as for the people.
    const std::size_t total = people.size();
    const std::size_t step = std::max<std::size_t>(kReportEvery, total / 100);
    int added = 0;
    std::vector<ReferralHistoryDraft> batch;
    for (std::size_t i = 0; i < total; ++i) {
        for (auto& draft : generator.forPerson(people[i]))
            batch.push_back(std::move(draft));
        if ((i + 1) % step != 0 && i + 1 < total)
            continue;
        auto saved = desk.addHistory(std::move(batch));
        if (!saved)
            return std::unexpected(saved.error());
        added += *saved;
        batch = {};
        if (progress &&
            !progress(scaled(kTeamEnd, 100, static_cast<long long>(i + 1), static_cast<long long>(total)),
                      "adding referrals") &&
            i + 1 < total)
            return fail(ErrorCode::Cancelled, "demo generation cancelled");
    }
    return added;
}

} // namespace

Result<DemoSummary> addDemo(Casebook& casebook, const DemoOptions& options, const ProgressFn& progress)
{
    if (auto allowed = casebook.authorise(Action::DemoGenerate); !allowed)
        return std::unexpected(allowed.error());

    // Synthetic people never go into a casebook that holds real records.
    if (!casebook.info().demo) {
        auto existing = casebook.people().count();
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing > 0)
            return fail(ErrorCode::Conflict,
                        "the casebook holds real records; demo people go only into a demo casebook");
        if (auto marked = casebook.markAsDemo(); !marked)
            return std::unexpected(marked.error());
    }

    if (progress && !progress(0, "adding people"))
        return fail(ErrorCode::Cancelled, "demo generation cancelled");
    DemoSummary summary;
    auto people = addPeopleStage(casebook, options, progress);
    if (!people)
        return std::unexpected(people.error());
    summary.people = *people;

    auto team = ensureTeam(casebook, options);
    if (!team)
        return std::unexpected(team.error());
    summary.caseworkers = team->second;
    if (progress && !progress(kTeamEnd, "adding the team"))
        return fail(ErrorCode::Cancelled, "demo generation cancelled");

    auto referrals = addReferralStage(casebook, options, team->first, progress);
    if (!referrals)
        return std::unexpected(referrals.error());
    summary.referrals = *referrals;
    if (progress)
        progress(100, "done");
    return summary;
}

Result<int> addDemoPeople(Casebook& casebook, const DemoOptions& options, const ProgressFn& progress)
{
    auto summary = addDemo(casebook, options, progress);
    if (!summary)
        return std::unexpected(summary.error());
    return summary->people;
}

Result<DemoSummary> generateDemoCasebook(const std::filesystem::path& path, const DemoOptions& options,
                                         const ProgressFn& progress, std::shared_ptr<const Clock> clock)
{
    std::unique_ptr<Casebook> casebook;
    if (!Casebook::exists(path)) {
        CreateOptions create;
        create.division = options.division;
        create.displayName = "Demo coordinator";
        create.kdf = options.kdf;
        create.demo = true; // marked from the first commit, so an interrupted run can be resumed
        auto created = Casebook::create(path, kDemoUser, kDemoPassword, create, std::move(clock));
        if (!created)
            return std::unexpected(created.error());
        casebook = std::move(*created);
    } else {
        auto opened = Casebook::open(path, kDemoUser, kDemoPassword, std::move(clock));
        if (!opened)
            return std::unexpected(opened.error());
        casebook = std::move(*opened);
    }
    return addDemo(*casebook, options, progress);
}

Result<int> generateDemo(const std::filesystem::path& path, const DemoOptions& options, const ProgressFn& progress,
                         std::shared_ptr<const Clock> clock)
{
    auto summary = generateDemoCasebook(path, options, progress, std::move(clock));
    if (!summary)
        return std::unexpected(summary.error());
    return summary->people;
}

} // namespace waymark::demo
