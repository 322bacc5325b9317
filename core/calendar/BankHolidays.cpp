#include "core/calendar/BankHolidays.h"

#include "core/calendar/HolidayIndex.h"
#include "core/calendar/Proclamations.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cctype>
#include <set>

namespace waymark {
namespace {

namespace bg = boost::gregorian;
namespace data = calendar_data;
using calendar_detail::isWeekend;

constexpr int kMinYear = 1400;
constexpr int kMaxYear = 9999;

// ---------------------------------------------------------------------------------------------
// Rules (Banking and Financial Dealings Act 1971, Schedule 1, as gov.uk applies it)
// ---------------------------------------------------------------------------------------------

enum class RuleKind
{
    Fixed,       // month/day; moves to a substitute weekday when it falls on a weekend
    NthMonday,   // nth Monday of month
    LastMonday,  // last Monday of month
    EasterOffset // days from Easter Sunday
};

struct Rule
{
    const char* key;
    const char* name;
    unsigned divisions;
    RuleKind kind;
    int month;
    int value; // Fixed: day of month; NthMonday: n; EasterOffset: offset in days
    int fromYear;
};

constexpr unsigned kEW = data::kEnglandAndWales;
constexpr unsigned kSC = data::kScotland;
constexpr unsigned kNI = data::kNorthernIreland;
constexpr unsigned kAll = data::kAllDivisions;

// clang-format off
constexpr Rule kRules[] = {
    {"new_years_day",          "New Year\u2019s Day",                        kAll,       RuleKind::Fixed,        1,  1,  kMinYear},
    {"second_january",         "2nd January",                                kSC,        RuleKind::Fixed,        1,  2,  kMinYear},
    {"st_patricks_day",        "St Patrick\u2019s Day",                      kNI,        RuleKind::Fixed,        3,  17, kMinYear},
    {"good_friday",            "Good Friday",                                kAll,       RuleKind::EasterOffset, 0,  -2, kMinYear},
    {"easter_monday",          "Easter Monday",                              kEW | kNI,  RuleKind::EasterOffset, 0,  1,  kMinYear},
    {"early_may_bank_holiday", "Early May bank holiday",                     kAll,       RuleKind::NthMonday,    5,  1,  1978},
    {"spring_bank_holiday",    "Spring bank holiday",                        kAll,       RuleKind::LastMonday,   5,  0,  kMinYear},
    {"battle_of_the_boyne",    "Battle of the Boyne (Orangemen\u2019s Day)", kNI,        RuleKind::Fixed,        7,  12, kMinYear},
    {"summer_bank_holiday",    "Summer bank holiday",                        kSC,        RuleKind::NthMonday,    8,  1,  kMinYear},
    {"summer_bank_holiday",    "Summer bank holiday",                        kEW | kNI,  RuleKind::LastMonday,   8,  0,  kMinYear},
    {"st_andrews_day",         "St Andrew\u2019s Day",                       kSC,        RuleKind::Fixed,        11, 30, 2007},
    {"christmas_day",          "Christmas Day",                              kAll,       RuleKind::Fixed,        12, 25, kMinYear},
    {"boxing_day",             "Boxing Day",                                 kAll,       RuleKind::Fixed,        12, 26, kMinYear},
};
// clang-format on

unsigned divisionBit(Division division)
{
    switch (division) {
    case Division::EnglandAndWales:
        return kEW;
    case Division::Scotland:
        return kSC;
    case Division::NorthernIreland:
        return kNI;
    }
    return 0;
}

std::int32_t dayNumber(int year, int month, int day)
{
    static const bg::date epoch(1970, 1, 1);
    const bg::date d(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                     static_cast<unsigned short>(day));
    return static_cast<std::int32_t>((d - epoch).days());
}

std::int32_t nthMonday(int year, int month, int n)
{
    const std::int32_t first = dayNumber(year, month, 1);
    const int offset = (8 - calendar_detail::isoWeekday(first)) % 7; // days to the first Monday
    return first + offset + 7 * (n - 1);
}

std::int32_t lastMonday(int year, int month)
{
    const std::int32_t last = dayNumber(year, month, daysInMonth(year, month));
    return last - (calendar_detail::isoWeekday(last) - 1);
}

struct Item
{
    std::int32_t day;
    std::int32_t originalDay;
    const char* key;
    const char* name;
    bool substitute;
    bool substitutable; // a fixed-date rule holiday: moves off a weekend
};

std::vector<BankHoliday> compute(Division division, int year)
{
    std::vector<BankHoliday> out;
    if (year < kMinYear || year > kMaxYear)
        return out;
    const unsigned bit = divisionBit(division);
    const Date easter = easterSunday(year);

    std::vector<Item> items;
    for (const Rule& rule : kRules) {
        if (!(rule.divisions & bit) || year < rule.fromYear)
            continue;
        std::int32_t day = 0;
        switch (rule.kind) {
        case RuleKind::Fixed:
            day = dayNumber(year, rule.month, rule.value);
            break;
        case RuleKind::NthMonday:
            day = nthMonday(year, rule.month, rule.value);
            break;
        case RuleKind::LastMonday:
            day = lastMonday(year, rule.month);
            break;
        case RuleKind::EasterOffset:
            if (easter.isNull())
                continue;
            day = easter.daysSinceEpoch() + rule.value;
            break;
        }
        items.push_back({day, day, rule.key, rule.name, false, rule.kind == RuleKind::Fixed});
    }

    // One-off proclamations (data table): moves first, then extra days.
    for (const data::Proclamation& p : data::proclamations()) {
        if (p.year != year || !(p.divisions & bit))
            continue;
        const std::int32_t day = dayNumber(p.year, p.month, p.day);
        if (p.kind == data::ProclamationKind::Move) {
            for (Item& item : items) {
                if (std::string_view(item.key) == p.key) {
                    item.day = day;
                    item.originalDay = day;
                    if (p.name)
                        item.name = p.name;
                    item.substitute = p.substitute;
                    item.substitutable = false;
                }
            }
        } else {
            items.push_back({day, day, p.key, p.name, p.substitute, false});
        }
    }

    // Substitute days. Holidays on weekdays (and those not substitutable) keep their day. Then
    // each fixed-date holiday on a weekend, in date order, takes the first weekday after it that
    // is not already a holiday. This gives the knock-on gov.uk publishes:
    //   25 Dec Sat -> Christmas Mon 27, Boxing Day Tue 28 (both substitutes);
    //   25 Dec Sun -> Boxing Day Mon 26 (not a substitute), Christmas Tue 27 (substitute);
    //   Scotland 1 Jan Sat -> 3 and 4 Jan; 1 Jan Sun -> 2nd January Mon 2, New Year's Day Tue 3.
    std::set<std::int32_t> taken;
    for (const Item& item : items)
        if (!(item.substitutable && isWeekend(item.day)))
            taken.insert(item.day);
    std::vector<Item*> moving;
    for (Item& item : items)
        if (item.substitutable && isWeekend(item.day))
            moving.push_back(&item);
    std::sort(moving.begin(), moving.end(), [](const Item* a, const Item* b) { return a->day < b->day; });
    for (Item* item : moving) {
        std::int32_t d = item->day + 1;
        while (isWeekend(d) || taken.contains(d))
            ++d;
        item->day = d;
        item->substitute = true;
        taken.insert(d);
    }

    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.day < b.day; });
    out.reserve(items.size());
    for (const Item& item : items)
        out.push_back({Date::fromDaysSinceEpoch(item.day), item.key, item.name, item.substitute});
    return out;
}

struct DivisionCache
{
    std::vector<std::vector<BankHoliday>> byYear; // index: year - kCacheFirstYear
    std::vector<std::int32_t> days;               // every holiday, sorted
};

const DivisionCache& cache(Division division)
{
    static const std::array<DivisionCache, 3> caches = [] {
        std::array<DivisionCache, 3> all;
        for (Division d : kAllDivisions) {
            DivisionCache& c = all[static_cast<std::size_t>(d)];
            for (int y = calendar_detail::kCacheFirstYear; y <= calendar_detail::kCacheLastYear; ++y) {
                c.byYear.push_back(compute(d, y));
                for (const BankHoliday& h : c.byYear.back())
                    c.days.push_back(h.date.daysSinceEpoch());
            }
            std::sort(c.days.begin(), c.days.end());
            c.days.erase(std::unique(c.days.begin(), c.days.end()), c.days.end());
        }
        return all;
    }();
    return caches[static_cast<std::size_t>(division)];
}

bool inCache(int year)
{
    return year >= calendar_detail::kCacheFirstYear && year <= calendar_detail::kCacheLastYear;
}

} // namespace

std::string_view divisionName(Division division)
{
    switch (division) {
    case Division::EnglandAndWales:
        return "england-and-wales";
    case Division::Scotland:
        return "scotland";
    case Division::NorthernIreland:
        return "northern-ireland";
    }
    return "england-and-wales";
}

std::string_view divisionDisplayName(Division division)
{
    switch (division) {
    case Division::EnglandAndWales:
        return "England and Wales";
    case Division::Scotland:
        return "Scotland";
    case Division::NorthernIreland:
        return "Northern Ireland";
    }
    return "England and Wales";
}

Result<Division> divisionFromName(std::string_view name)
{
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (Division d : kAllDivisions)
        if (lower == divisionName(d))
            return d;
    return fail(ErrorCode::InvalidInput, "unknown division: expected england-and-wales, scotland or northern-ireland",
                "division");
}

Date easterSunday(int year)
{
    if (year < 1583 || year > kMaxYear)
        return {};
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return Date::fromYmd(year, month, day).value_or(Date{});
}

std::vector<BankHoliday> bankHolidays(Division division, int year)
{
    if (inCache(year))
        return cache(division).byYear[static_cast<std::size_t>(year - calendar_detail::kCacheFirstYear)];
    return compute(division, year);
}

std::optional<BankHoliday> bankHolidayOn(Division division, Date date)
{
    if (date.isNull())
        return std::nullopt;
    const int year = date.year();
    auto find = [&](const std::vector<BankHoliday>& list) -> std::optional<BankHoliday> {
        for (const BankHoliday& h : list)
            if (h.date == date)
                return h;
        return std::nullopt;
    };
    if (inCache(year))
        return find(cache(division).byYear[static_cast<std::size_t>(year - calendar_detail::kCacheFirstYear)]);
    return find(compute(division, year));
}

bool isBankHoliday(Division division, Date date)
{
    if (date.isNull())
        return false;
    const int year = date.year();
    if (inCache(year)) {
        const auto& days = cache(division).days;
        return std::binary_search(days.begin(), days.end(), date.daysSinceEpoch());
    }
    for (const BankHoliday& h : compute(division, year))
        if (h.date == date)
            return true;
    return false;
}

namespace calendar_detail {

const std::vector<std::int32_t>& cachedHolidayDays(Division division)
{
    return cache(division).days;
}

std::vector<std::int32_t> holidayDays(Division division, int year)
{
    std::vector<std::int32_t> days;
    const auto list = bankHolidays(division, year);
    days.reserve(list.size());
    for (const BankHoliday& h : list)
        days.push_back(h.date.daysSinceEpoch());
    std::sort(days.begin(), days.end());
    return days;
}

} // namespace calendar_detail

} // namespace waymark
