#include "core/domain/Assessment.h"

#include "core/Text.h"
#include "core/domain/TextRules.h"

#include <algorithm>
#include <array>
#include <set>

namespace waymark {

namespace {

Error validation(std::string detail, std::string field, std::string rule)
{
    Error e = Error::make(ErrorCode::Validation, std::move(detail), std::move(field));
    e.rule = std::move(rule);
    return e;
}

const std::array<TemplateDomain, 13> kDefaultDomains = {{
    {"living_arrangements", "Living arrangements"},
    {"family_relationships", "Family and relationships"},
    {"ete", "Education, training and employment"},
    {"neighbourhood", "Neighbourhood"},
    {"peers_lifestyle", "Peers and lifestyle"},
    {"substance_use", "Substance use"},
    {"physical_health", "Physical health"},
    {"emotional_mental_health", "Emotional and mental health"},
    {"speech_language_communication", "Speech, language and communication"},
    {"exploitation_safety", "Exploitation and safety"},
    {"thinking_behaviour", "Thinking and behaviour"},
    {"attitudes_to_offending", "Attitudes to offending"},
    {"motivation_to_change", "Motivation to change"},
}};

} // namespace

const TemplateDomain* AssessmentTemplate::domain(std::string_view c) const
{
    const auto it = std::find_if(domains.begin(), domains.end(), [&](const TemplateDomain& d) { return d.code == c; });
    return it == domains.end() ? nullptr : &*it;
}

std::span<const TemplateDomain> defaultDomains()
{
    return kDefaultDomains;
}

const AssessmentTemplate& defaultTemplate()
{
    static const AssessmentTemplate t = [] {
        AssessmentTemplate out;
        // The same id in every casebook: the built-in version is identical everywhere, so sync
        // never has two different rows for it.
        out.id = Uuid::parse("0190f1a0-0000-7000-8000-000000000001").value();
        out.code = std::string(kDefaultTemplateCode);
        out.version = 1;
        out.name = "Standard assessment";
        out.domains.assign(kDefaultDomains.begin(), kDefaultDomains.end());
        return out;
    }();
    return t;
}

const DomainRating* Assessment::rating(std::string_view domain) const
{
    const auto it =
        std::find_if(ratings.begin(), ratings.end(), [&](const DomainRating& r) { return r.domain == domain; });
    return it == ratings.end() ? nullptr : &*it;
}

int Assessment::totalScore() const
{
    int total = 0;
    for (const auto& r : ratings)
        if (r.rating && !r.notAssessed)
            total += *r.rating;
    return total;
}

int Assessment::ratedCount() const
{
    return static_cast<int>(std::count_if(ratings.begin(), ratings.end(),
                                          [](const DomainRating& r) { return r.rating && !r.notAssessed; }));
}

void normaliseAssessment(Assessment& a)
{
    for (auto& r : a.ratings) {
        r.domain = text::trim(r.domain);
        r.notes = text::trim(r.notes);
        if (r.notAssessed)
            r.rating.reset();
    }
    a.strengths = text::trim(a.strengths);
    a.ownView = text::trim(a.ownView);
    a.goals = text::trim(a.goals);
    a.summary = text::trim(a.summary);
}

bool isTemplateCode(std::string_view code)
{
    if (code.empty() || code.size() > 40)
        return false;
    return std::all_of(code.begin(), code.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

Status validateAssessment(const Assessment& a, const AssessmentTemplate& tmpl, Date received, Date today)
{
    if (a.assessedOn.isNull())
        return std::unexpected(validation("is required", "assessed_on", "required"));
    if (a.assessedOn > today)
        return std::unexpected(validation("is in the future", "assessed_on", "in_future"));
    if (!received.isNull() && a.assessedOn < received)
        return std::unexpected(validation("is before the referral was received", "assessed_on", "before_received"));
    std::set<std::string_view> seen;
    for (const auto& r : a.ratings) {
        const std::string field = "rating." + r.domain;
        if (!tmpl.domain(r.domain))
            return std::unexpected(validation("is not a domain of the template", field, "unknown_domain"));
        if (!seen.insert(r.domain).second)
            return std::unexpected(validation("is given twice", field, "duplicate"));
        if (r.rating && (*r.rating < kMinRating || *r.rating > kMaxRating))
            return std::unexpected(validation("must be 0 to 4", field, "out_of_range"));
        if (auto st = checkTextField("assessment_notes", r.notes, "notes." + r.domain); !st)
            return st;
    }
    for (const auto& d : tmpl.domains) {
        const DomainRating* r = a.rating(d.code);
        if (!r || (!r->rating && !r->notAssessed))
            return std::unexpected(validation("needs a rating or \"not assessed\"", "rating." + d.code, "required"));
    }
    const std::pair<std::string_view, const std::string*> texts[] = {
        {"strengths", &a.strengths}, {"own_view", &a.ownView}, {"goals", &a.goals}, {"summary", &a.summary}};
    for (const auto& [field, value] : texts)
        if (auto st = checkTextField("assessment_text", *value, field); !st)
            return st;
    return {};
}

Status validateTemplate(const AssessmentTemplate& t)
{
    if (!isTemplateCode(t.code))
        return std::unexpected(validation("must be 1 to 40 of a-z, 0-9 and _", "code", "code_characters"));
    if (text::trim(t.name).empty())
        return std::unexpected(validation("is required", "name", "required"));
    if (auto st = checkTextField("template_name", t.name, "name"); !st)
        return st;
    if (t.domains.empty())
        return std::unexpected(validation("needs at least one domain", "domains", "required"));
    if (t.domains.size() > kMaxTemplateDomains)
        return std::unexpected(validation("has more than 40 domains", "domains", "too_many"));
    std::set<std::string_view> seen;
    for (const auto& d : t.domains) {
        if (!isTemplateCode(d.code))
            return std::unexpected(
                validation("a domain code must be 1 to 40 of a-z, 0-9 and _", "domains", "code_characters"));
        if (!seen.insert(d.code).second)
            return std::unexpected(validation("a domain code is given twice", "domains", "duplicate"));
        if (text::trim(d.label).empty())
            return std::unexpected(validation("a domain needs a label", "domains", "required"));
        if (auto st = checkTextField("domain_label", d.label, "domains"); !st)
            return st;
    }
    return {};
}

DistanceTravelled distanceTravelled(const Assessment& previous, const AssessmentTemplate& previousTemplate,
                                    const Assessment& current, const AssessmentTemplate& currentTemplate)
{
    DistanceTravelled out;
    out.previousId = previous.id;
    out.previousDate = previous.assessedOn;
    out.currentDate = current.assessedOn;
    auto ratingOf = [](const Assessment& a, std::string_view code) -> std::optional<int> {
        const DomainRating* r = a.rating(code);
        if (!r || r->notAssessed)
            return std::nullopt;
        return r->rating;
    };
    auto add = [&](const TemplateDomain& d) {
        DomainChange c;
        c.domain = d.code;
        c.label = d.label;
        c.previous = ratingOf(previous, d.code);
        c.current = ratingOf(current, d.code);
        if (c.previous && c.current) {
            c.change = *c.current - *c.previous;
            out.previousTotal += *c.previous;
            out.currentTotal += *c.current;
            ++out.comparedCount;
        }
        out.domains.push_back(std::move(c));
    };
    for (const auto& d : currentTemplate.domains)
        add(d);
    for (const auto& d : previousTemplate.domains)
        if (!currentTemplate.domain(d.code))
            add(d);
    out.totalChange = out.currentTotal - out.previousTotal;
    return out;
}

Assessment reassessmentDraft(const Assessment& previous, const AssessmentTemplate& tmpl)
{
    Assessment a;
    a.personId = previous.personId;
    a.referralId = previous.referralId;
    a.templateId = tmpl.id;
    a.templateCode = tmpl.code;
    a.templateVersion = tmpl.version;
    a.previousAssessmentId = previous.id;
    a.strengths = previous.strengths;
    a.ownView = previous.ownView;
    a.goals = previous.goals;
    for (const auto& d : tmpl.domains) {
        DomainRating r;
        r.domain = d.code;
        if (const DomainRating* before = previous.rating(d.code)) {
            r.rating = before->rating;
            r.notAssessed = before->notAssessed;
            r.notes = before->notes;
        }
        a.ratings.push_back(std::move(r));
    }
    return a;
}

} // namespace waymark
