#include "core/domain/ReferralRules.h"

#include "core/Text.h"
#include "core/domain/Codes.h"
#include "core/domain/TextRules.h"

#include <span>
#include <utility>

namespace waymark {

namespace {

std::unexpected<Error> bad(std::string field, std::string detail, std::string rule)
{
    Error e = Error::make(ErrorCode::Validation, std::move(detail), std::move(field));
    e.rule = std::move(rule);
    return std::unexpected(std::move(e));
}

std::string lower(std::string s)
{
    for (char& c : s)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return s;
}

std::string upper(std::string s)
{
    for (char& c : s)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return s;
}

// The earliest received date accepted: older lists are typing mistakes.
constexpr int kEarliestYear = 2000;

} // namespace

void normaliseReferral(Referral& r)
{
    for (std::string* s : {&r.referrerName, &r.referrerContact, &r.decisionNote, &r.overrideReason, &r.importSource})
        *s = text::trim(*s);
    r.policeReference = upper(text::trim(r.policeReference));
    for (std::string* s :
         {&r.source, &r.route, &r.offenceCategory, &r.risk, &r.consent, &r.decision, &r.decisionReason})
        *s = lower(text::trim(*s));
    if (r.consent.empty())
        r.consent = "not_asked";
}

Status validateReferral(const Referral& r, Date today)
{
    for (const auto& [field, value] :
         {std::pair<std::string_view, const std::string*>{"referrer_name", &r.referrerName},
          {"referrer_contact", &r.referrerContact},
          {"police_reference", &r.policeReference},
          {"decision_note", &r.decisionNote},
          {"import_source", &r.importSource}})
        if (auto st = checkTextField(field, *value); !st)
            return st;
    if (auto st = checkTextField("referral_note", r.overrideReason, "override_reason"); !st)
        return st;

    struct Coded
    {
        std::string_view field;
        const std::string* value;
        std::span<const CodeOption> codes;
        bool required;
    };
    const Coded coded[] = {
        {"source", &r.source, referralSourceCodes(), true},
        {"route", &r.route, referralRouteCodes(), true},
        {"offence_category", &r.offenceCategory, offenceCategoryCodes(), false},
        {"risk", &r.risk, riskCodes(), false},
        {"consent", &r.consent, consentCodes(), false},
        {"decision", &r.decision, decisionCodes(), false},
        {"decision_reason", &r.decisionReason, notOfferedReasonCodes(), false},
    };
    for (const auto& c : coded)
        if (auto st = checkTextField("code", *c.value, c.field); !st)
            return st;

    if (r.received.isNull())
        return bad("received", "is required", "required");
    if (r.received > today)
        return bad("received", "is in the future", "in_future");
    if (r.received.year() < kEarliestYear)
        return bad("received", "is before " + std::to_string(kEarliestYear), "too_old");

    for (const auto& c : coded) {
        if (c.value->empty()) {
            if (c.required)
                return bad(std::string(c.field), "is required", "required");
            continue;
        }
        if (!isKnownCode(c.codes, *c.value))
            return bad(std::string(c.field), "is not a known value", "unknown_code");
    }

    for (const auto& [field, date] :
         {std::pair<std::string_view, Date>{"event_date", r.eventDate}, {"offence_date", r.offenceDate}}) {
        if (date.isNull())
            continue;
        if (date > today)
            return bad(std::string(field), "is in the future", "in_future");
        if (date > r.received)
            return bad(std::string(field), "is after the referral was received", "after_received");
    }

    if (r.decision == "accepted" && !r.decisionReason.empty())
        return bad("decision_reason", "is only recorded when diversion is not offered", "reason_not_allowed");
    return {};
}

} // namespace waymark
