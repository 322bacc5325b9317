#include "core/domain/Eligibility.h"

#include "core/Text.h"
#include "core/calendar/Age.h"
#include "core/domain/Codes.h"
#include "core/domain/Referral.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace waymark {

namespace {

constexpr std::string_view kChildBand = "eligibility.child_band";
constexpr std::string_view kYoungAdultBand = "eligibility.young_adult_band";
constexpr std::string_view kWindowMonths = "eligibility.window_months";
constexpr std::string_view kOnceOnly = "eligibility.once_only";
constexpr std::string_view kExcludedRoutes = "eligibility.excluded_routes";
constexpr std::string_view kExcludedStatuses = "eligibility.excluded_statuses";

constexpr int kMinWindowMonths = 1;
constexpr int kMaxWindowMonths = 36;

struct StatusCode
{
    std::string_view code;
    std::string_view label; // English, for the reason sentence
};

// Order here is the order the reasons come out in.
constexpr std::array kStatuses = {
    StatusCode{"statutory_order", "on a statutory order"},
    StatusCode{"looked_after", "a looked-after child"},
    StatusCode{"child_protection_plan", "on a child-protection plan"},
    StatusCode{"child_in_need", "a child in need"},
    StatusCode{"early_help", "receiving Early Help"},
    StatusCode{"care_leaver", "a care leaver"},
    StatusCode{"exploitation_concern", "the subject of an exploitation concern"},
};

constexpr std::array<std::string_view, kStatuses.size()> kStatusCodes = {
    kStatuses[0].code, kStatuses[1].code, kStatuses[2].code, kStatuses[3].code,
    kStatuses[4].code, kStatuses[5].code, kStatuses[6].code};

bool statusApplies(std::string_view code, const EligibilityInput& in)
{
    if (code == "statutory_order")
        return in.statutoryOrder;
    if (code == "looked_after")
        return in.flags.lookedAfter;
    if (code == "child_protection_plan")
        return in.flags.childProtectionPlan;
    if (code == "child_in_need")
        return in.flags.childInNeed;
    if (code == "early_help")
        return in.flags.earlyHelp;
    if (code == "care_leaver")
        return in.flags.careLeaver;
    if (code == "exploitation_concern")
        return in.flags.exploitationConcern;
    return false;
}

bool contains(const std::vector<std::string>& list, std::string_view value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

std::unexpected<Error> invalid(std::string field, std::string detail, std::string rule)
{
    Error e = Error::make(ErrorCode::Validation, std::move(detail), std::move(field));
    e.rule = std::move(rule);
    return std::unexpected(std::move(e));
}

std::string joined(const std::vector<std::string>& list)
{
    std::string out;
    for (const auto& item : list) {
        if (!out.empty())
            out += ',';
        out += item;
    }
    return out;
}

std::string bandsText(const EligibilityRules& rules)
{
    if (rules.childBand && rules.youngAdultBand)
        return std::to_string(kYouthAges.min) + "-" + std::to_string(kYoungAdultAges.max);
    if (rules.youngAdultBand)
        return std::to_string(kYoungAdultAges.min) + "-" + std::to_string(kYoungAdultAges.max);
    return std::to_string(kYouthAges.min) + "-" + std::to_string(kYouthAges.max);
}

bool ageAllowed(const EligibilityRules& rules, int age)
{
    return (rules.childBand && kYouthAges.contains(age)) || (rules.youngAdultBand && kYoungAdultAges.contains(age));
}

std::string plural(long n, std::string_view one, std::string_view many)
{
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

// Whole calendar months from `from` to `to` (to >= from), and the days left over.
std::pair<int, int> monthsAndDays(Date from, Date to)
{
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    while (months > 0 && from.addMonths(months) > to)
        --months;
    return {months, from.addMonths(months).daysUntil(to)};
}

Result<bool> parseBool(std::string_view key, std::string_view value)
{
    if (value == "1" || value == "true")
        return true;
    if (value == "0" || value == "false")
        return false;
    return invalid(std::string(key), "must be 1 or 0", "bad_setting");
}

Result<int> parseInt(std::string_view key, std::string_view value, int min, int max)
{
    int n = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc{} || end != value.data() + value.size())
        return invalid(std::string(key), "must be a whole number", "bad_setting");
    if (n < min || n > max)
        return invalid(std::string(key), "must be from " + std::to_string(min) + " to " + std::to_string(max),
                       "out_of_range");
    return n;
}

std::vector<std::string> parseList(std::string_view value)
{
    std::vector<std::string> out;
    for (auto& part : text::split(value, ',')) {
        auto item = text::trim(part);
        if (!item.empty() && !contains(out, item))
            out.push_back(std::move(item));
    }
    return out;
}

} // namespace

std::span<const std::string_view> exclusionStatusCodes()
{
    return kStatusCodes;
}

std::vector<std::pair<std::string, std::string>> eligibilityToSettings(const EligibilityRules& rules)
{
    return {
        {std::string(kChildBand), rules.childBand ? "1" : "0"},
        {std::string(kYoungAdultBand), rules.youngAdultBand ? "1" : "0"},
        {std::string(kWindowMonths), std::to_string(rules.windowMonths)},
        {std::string(kOnceOnly), rules.onceOnly ? "1" : "0"},
        {std::string(kExcludedRoutes), joined(rules.excludedRoutes)},
        {std::string(kExcludedStatuses), joined(rules.excludedStatuses)},
    };
}

Result<EligibilityRules> eligibilityFromSettings(const std::vector<std::pair<std::string, std::string>>& settings)
{
    EligibilityRules rules;
    for (const auto& [key, value] : settings) {
        if (key == kChildBand) {
            auto b = parseBool(key, value);
            if (!b)
                return std::unexpected(b.error());
            rules.childBand = *b;
        } else if (key == kYoungAdultBand) {
            auto b = parseBool(key, value);
            if (!b)
                return std::unexpected(b.error());
            rules.youngAdultBand = *b;
        } else if (key == kWindowMonths) {
            auto n = parseInt(key, value, kMinWindowMonths, kMaxWindowMonths);
            if (!n)
                return std::unexpected(n.error());
            rules.windowMonths = *n;
        } else if (key == kOnceOnly) {
            auto b = parseBool(key, value);
            if (!b)
                return std::unexpected(b.error());
            rules.onceOnly = *b;
        } else if (key == kExcludedRoutes) {
            rules.excludedRoutes = parseList(value);
            for (const auto& r : rules.excludedRoutes)
                if (!isKnownCode(referralRouteCodes(), r))
                    return invalid(key, "unknown route code", "unknown_code");
        } else if (key == kExcludedStatuses) {
            rules.excludedStatuses = parseList(value);
            for (const auto& s : rules.excludedStatuses)
                if (std::find(kStatusCodes.begin(), kStatusCodes.end(), s) == kStatusCodes.end())
                    return invalid(key, "unknown status code", "unknown_code");
        }
        // Other keys belong to other settings.
    }
    if (!rules.childBand && !rules.youngAdultBand)
        return invalid(std::string(kChildBand), "at least one age band must be on", "no_age_band");
    return rules;
}

Status validateEligibilityRules(const EligibilityRules& rules)
{
    if (!rules.childBand && !rules.youngAdultBand)
        return invalid("age_bands", "at least one age band must be on", "no_age_band");
    if (rules.windowMonths < kMinWindowMonths || rules.windowMonths > kMaxWindowMonths)
        return invalid("window_months",
                       "must be from " + std::to_string(kMinWindowMonths) + " to " + std::to_string(kMaxWindowMonths),
                       "out_of_range");
    for (const auto& r : rules.excludedRoutes)
        if (!isKnownCode(referralRouteCodes(), r))
            return invalid("excluded_routes", "unknown route code", "unknown_code");
    for (const auto& s : rules.excludedStatuses)
        if (std::find(kStatusCodes.begin(), kStatusCodes.end(), s) == kStatusCodes.end())
            return invalid("excluded_statuses", "unknown status code", "unknown_code");
    return {};
}

EligibilityInput eligibilityInputFor(const Referral& referral, const Person& person, int previouslySupported)
{
    EligibilityInput in;
    in.dateOfBirth = person.dateOfBirth;
    in.eventDate = referral.eventDate;
    in.received = referral.received;
    in.route = referral.route;
    in.statutoryOrder = referral.statutoryOrder;
    in.flags = person.flags;
    in.previouslySupported = previouslySupported;
    return in;
}

EligibilityResult assessEligibility(const EligibilityRules& rules, const EligibilityInput& in)
{
    EligibilityResult result;
    auto add = [&](std::string code, std::string message, std::vector<std::pair<std::string, std::string>> values) {
        result.reasons.push_back({std::move(code), std::move(message), std::move(values)});
    };
    const std::string bands = bandsText(rules);

    // 1. Age at the eligibility event. A missing date is a reason of its own, reported once,
    //    at the first rule that needs it.
    bool eventReported = false;
    if (in.dateOfBirth.isNull())
        add("missing_date", "no date of birth is recorded; the scheme takes ages " + bands + " at the event",
            {{"field", "date_of_birth"}, {"bands", bands}});
    if (in.eventDate.isNull()) {
        add("missing_date", "no eligibility event date is recorded", {{"field", "event_date"}});
        eventReported = true;
    }
    if (!in.dateOfBirth.isNull() && !in.eventDate.isNull()) {
        const int age = ageOn(in.dateOfBirth, in.eventDate);
        if (!ageAllowed(rules, age)) {
            const std::string event = in.eventDate.toIso();
            std::string message = age < 0 ? "not yet born on " + event : "aged " + std::to_string(age) + " on " + event;
            add("outside_age_range", message + "; the scheme takes " + bands,
                {{"age", std::to_string(age)}, {"event_date", event}, {"bands", bands}});
        }
    }

    // 2. Received within N calendar months of the event.
    if (in.received.isNull())
        add("missing_date", "no received date is recorded", {{"field", "received"}});
    if (in.eventDate.isNull() && !eventReported)
        add("missing_date", "no eligibility event date is recorded", {{"field", "event_date"}});
    if (!in.received.isNull() && !in.eventDate.isNull()) {
        const std::string event = in.eventDate.toIso();
        const std::string received = in.received.toIso();
        const std::string limit = std::to_string(rules.windowMonths);
        if (in.received < in.eventDate) {
            add("outside_time_window", "received on " + received + ", before the event on " + event,
                {{"received", received}, {"event_date", event}, {"months", "0"}, {"days", "0"}, {"limit", limit}});
        } else if (in.received > in.eventDate.addMonths(rules.windowMonths)) {
            const auto [months, days] = monthsAndDays(in.eventDate, in.received);
            std::string gap = plural(months, "month", "months");
            if (days > 0)
                gap += " and " + plural(days, "day", "days");
            add("outside_time_window",
                "received on " + received + ", " + gap + " after the event on " + event +
                    "; the scheme takes referrals within " + plural(rules.windowMonths, "month", "months"),
                {{"received", received},
                 {"event_date", event},
                 {"months", std::to_string(months)},
                 {"days", std::to_string(days)},
                 {"limit", limit}});
        }
    }

    // 3. Once only.
    if (rules.onceOnly && in.previouslySupported > 0) {
        const std::string count = std::to_string(in.previouslySupported);
        add("previously_diverted",
            "previously supported by this scheme (" +
                plural(in.previouslySupported, "earlier referral", "earlier referrals") +
                " accepted); the scheme supports a young person once",
            {{"count", count}});
    }

    // 4. Excluded route.
    if (!in.route.empty() && contains(rules.excludedRoutes, in.route))
        add("ineligible_offence",
            "the route is " + std::string(codeLabel(referralRouteCodes(), in.route)) +
                ", which the scheme does not take",
            {{"route", in.route}});

    // 5. Excluded statuses, in exclusionStatusCodes() order.
    for (const auto& status : kStatuses)
        if (contains(rules.excludedStatuses, status.code) && statusApplies(status.code, in))
            add("excluded_by_status",
                "the young person is " + std::string(status.label) + ", which the scheme excludes",
                {{"status", std::string(status.code)}});

    result.pass = result.reasons.empty();
    return result;
}

} // namespace waymark
