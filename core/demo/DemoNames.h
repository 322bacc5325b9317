#pragma once

// Internal to core/demo: the name lists the generator draws from (common given and family
// names; their combinations are random, so the people are fictional). People, referrers,
// notes and providers' contacts all take their names from here and nowhere else.

#include "core/demo/DemoRandom.h"

namespace waymark::demo::detail {

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

inline constexpr Sv kBritishFemale[] = {
    "Olivia",   "Amelia", "Isla",    "Ava",     "Emily",  "Sophie",    "Grace",  "Mia",     "Poppy",  "Ella",
    "Lily",     "Evie",   "Chloe",   "Jessica", "Ruby",   "Freya",     "Holly",  "Megan",   "Lauren", "Paige",
    "Courtney", "Jade",   "Leah",    "Caitlin", "Ellie",  "Amber",     "Niamh",  "Aoife",   "Zoë",    "Erin",
    "Kayleigh", "Keira",  "Shannon", "Summer",  "Millie", "Charlotte", "Hannah", "Abigail", "Molly",  "Phoebe"};
inline constexpr Sv kBritishMale[] = {"Oliver", "Jack",  "Harry",  "Charlie", "Thomas", "George",  "James",  "William",
                                      "Noah",   "Alfie", "Joshua", "Leo",     "Jacob",  "Oscar",   "Archie", "Ethan",
                                      "Lewis",  "Kyle",  "Callum", "Connor",  "Liam",   "Ryan",    "Jordan", "Tyler",
                                      "Mason",  "Logan", "Riley",  "Kai",     "Reece",  "Bradley", "Daniel", "Samuel",
                                      "Joseph", "Max",   "Finley", "Harvey",  "Jayden", "Luke",    "Declan", "Ciarán"};
inline constexpr Sv kBritishFamily[] = {
    "Smith",   "Jones",    "Taylor",     "Brown",  "Williams", "Wilson",  "Johnson",   "Davies",   "Robinson",
    "Wright",  "Thompson", "Evans",      "Walker", "White",    "Roberts", "Green",     "Hall",     "Wood",
    "Jackson", "Clarke",   "Harris",     "Lewis",  "Martin",   "Cooper",  "King",      "Baker",    "Turner",
    "Hill",    "Ward",     "Morris",     "Moore",  "Clark",    "Lee",     "Watson",    "Parker",   "Bennett",
    "Hughes",  "Edwards",  "Kelly",      "Murphy", "O'Brien",  "O'Neill", "MacDonald", "Campbell", "Stewart",
    "Fraser",  "Shaw",     "Holmes",     "Palmer", "Marsh",    "Barker",  "Fletcher",  "Chapman",  "Mills",
    "Doyle",   "McCarthy", "Ellis-Hunt", "Sutton", "Webb",     "Atkinson"};

inline constexpr Sv kWelshFemale[] = {"Siân",   "Cerys", "Ffion",     "Angharad", "Nia",    "Seren",
                                      "Elin",   "Lowri", "Gwenllian", "Mali",     "Catrin", "Eluned",
                                      "Bethan", "Alys",  "Branwen",   "Megan"};
inline constexpr Sv kWelshMale[] = {"Dafydd", "Rhys", "Gethin", "Iwan",  "Osian", "Emyr",  "Gruffydd", "Llŷr",
                                    "Aled",   "Ioan", "Cai",    "Tomos", "Huw",   "Owain", "Dylan",    "Steffan"};
inline constexpr Sv kWelshFamily[] = {"Jones", "Williams", "Davies",    "Evans",   "Thomas",    "Roberts", "Hughes",
                                      "Lewis", "Morgan",   "Griffiths", "Price",   "Pritchard", "Rees",    "Llewellyn",
                                      "Bowen", "Vaughan",  "Parry",     "Prosser", "Gwynne",    "Powell"};

inline constexpr Sv kSouthAsianFemale[] = {"Aisha",  "Fatima",   "Zara",   "Amira",   "Maryam", "Priya",  "Anaya",
                                           "Simran", "Jaspreet", "Noor",   "Sana",    "Hafsa",  "Ayesha", "Riya",
                                           "Inaya",  "Mehreen",  "Saanvi", "Khadija", "Laila",  "Nusrat"};
inline constexpr Sv kSouthAsianMale[] = {"Mohammed", "Muhammad", "Ayaan",    "Zain",     "Hamza",  "Ibrahim", "Arjun",
                                         "Rohan",    "Aarav",    "Harpreet", "Gurpreet", "Sanjay", "Imran",   "Bilal",
                                         "Yusuf",    "Kabir",    "Rahul",    "Amir",     "Omar",   "Rayyan"};
inline constexpr Sv kSouthAsianFamily[] = {"Patel",  "Khan",   "Ahmed",  "Hussain", "Ali",   "Begum", "Singh",
                                           "Kaur",   "Sharma", "Rahman", "Mahmood", "Iqbal", "Shah",  "Chowdhury",
                                           "Akhtar", "Mistry", "Gill",   "Sandhu",  "Uddin", "Miah",  "Qureshi"};

inline constexpr Sv kAfricanCaribbeanFemale[] = {
    "Amara", "Chiamaka", "Ngozi", "Adaeze", "Ama",      "Abena",    "Shanice", "Tanisha", "Keisha", "Aaliyah",
    "Imani", "Zainab",   "Hodan", "Nia",    "Precious", "Blessing", "Esther",  "Jada",    "Simone", "Grace"};
inline constexpr Sv kAfricanCaribbeanMale[] = {"Kwame",   "Kofi",    "Tunde", "Chidi",  "Emeka",    "Jamal",    "Malik",
                                               "Tyrone",  "Darnell", "Andre", "Marcus", "Jermaine", "Kemar",    "Abdi",
                                               "Mohamed", "Samuel",  "Isaac", "Elijah", "Joel",     "Nathaniel"};
inline constexpr Sv kAfricanCaribbeanFamily[] = {"Okafor",   "Adeyemi",  "Mensah",  "Osei",   "Boateng",  "Nwosu",
                                                 "Okonkwo",  "Abdi",     "Mohamed", "Hassan", "Campbell", "Brown",
                                                 "Williams", "Clarke",   "Francis", "Grant",  "Reid",     "Thomas",
                                                 "Bailey",   "Richards", "Forbes"};

inline constexpr Sv kEuropeanFemale[] = {"Zuzanna", "Julia",  "Maja",       "Alicja",    "Zofia", "Ioana",  "Elena",
                                         "Ana",     "Inês",   "Beatriz",    "Sofía",     "Chloé", "Zeynep", "Elif",
                                         "Lena",    "Amélie", "Małgorzata", "Katarzyna", "Mária", "Zoë"};
inline constexpr Sv kEuropeanMale[] = {"José",  "Ömer",    "Jakub",  "Kacper", "Mateusz",  "Szymon",    "Andrei",
                                       "Ionuț", "Luca",    "Matteo", "João",   "Tiago",    "Miguel",    "Lukas",
                                       "Emre",  "Dominik", "Filip",  "Marek",  "François", "Bartłomiej"};
inline constexpr Sv kEuropeanFamily[] = {"Kowalski",  "Nowak",  "Wiśniewski", "Wójcik",    "Lewandowski", "Popescu",
                                         "Ionescu",   "Rossi",  "Ferreira",   "Silva",     "Santos",      "Müller",
                                         "Schmidt",   "Yılmaz", "Öztürk",     "Kaya",      "Novák",       "García",
                                         "Fernández", "Dubois", "Horváth",    "Jovanović", "Kazlauskas",  "Petrauskas"};

inline constexpr Sv kChineseFemale[] = {"Mei", "Xin", "Ling", "Yan", "Hui", "Grace", "Chloe", "Jasmine", "Yuki", "Wen"};
inline constexpr Sv kChineseMale[] = {"Wei", "Jun", "Hao", "Ming", "Kai", "Ethan", "Jason", "Leon", "Jian", "Bo"};
inline constexpr Sv kChineseFamily[] = {"Wang", "Li",     "Zhang", "Chen", "Liu", "Wong",
                                        "Lam",  "Cheung", "Ng",    "Chan", "Ho",  "Yeung"};

inline constexpr Sv kArabFemale[] = {"Layla", "Yasmin", "Nour", "Rania", "Salma",
                                     "Hana",  "Mariam", "Lina", "Dina",  "Reem"};
inline constexpr Sv kArabMale[] = {"Omar",  "Ahmed", "Youssef", "Khalid", "Karim",
                                   "Tariq", "Sami",  "Adam",    "Hadi",   "Zaid"};
inline constexpr Sv kArabFamily[] = {"Haddad", "Nasser", "Saleh",  "Mansour", "Khalil", "Aziz",
                                     "Farouk", "Hamdan", "Rashid", "Darwish", "Sabbagh"};

inline NamePool poolFor(NameGroup group)
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

} // namespace waymark::demo::detail
