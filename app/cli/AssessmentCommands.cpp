// waymark-cli assessment add | reassess | show | list | due, template list | show | publish
//
// Ratings are numbers and domain codes, so they may be given on the command line
// (--rating substance_use=3, --rating physical_health=na). Everything a person said or a
// worker wrote (domain notes, strengths, the young person's view and goals, the summary)
// comes from standard input with --text-stdin, one key=value a line, never from argv.

#include "app/cli/Command.h"

#include "core/Text.h"
#include "core/calendar/TypedDate.h"

#include <algorithm>
#include <charconv>
#include <map>

namespace waymark::cli {

namespace {

// ---- Looking up ------------------------------------------------------------------------

Result<Referral> referralByRef(Casebook& casebook, std::string_view ref)
{
    if (auto id = Uuid::parse(ref))
        return casebook.referrals().view(*id);
    return casebook.referrals().viewByReference(ref);
}

Result<Uuid> assessmentId(std::string_view text)
{
    auto id = Uuid::parse(text);
    if (!id)
        return fail(ErrorCode::InvalidInput, "an assessment is named by its id (see assessment list)", "assessment");
    return *id;
}

Result<Uuid> userIdByName(Casebook& casebook, std::string_view name)
{
    if (auto id = Uuid::parse(name))
        return *id;
    if (name == casebook.user().username)
        return casebook.user().id;
    auto users = casebook.users().list();
    if (!users)
        return std::unexpected(users.error());
    for (const auto& u : *users)
        if (u.username == name)
            return u.id;
    return fail(ErrorCode::NotFound, "no user with that name", "user");
}

std::string optionalRating(const std::optional<int>& r)
{
    return r ? std::to_string(*r) : std::string("-");
}

Json jsonRating(const std::optional<int>& r)
{
    return r ? Json(*r) : Json(nullptr);
}

// Every line of `text` after `prefix`.
std::string indented(std::string_view text, std::string_view prefix)
{
    std::string out(prefix);
    for (char c : text) {
        out += c;
        if (c == '\n')
            out += prefix;
    }
    return out + "\n";
}

std::string signedChange(int change)
{
    return (change > 0 ? "+" : "") + std::to_string(change);
}

// ---- What the user gave: ratings on argv, texts on stdin ---------------------------------

struct RatingArg
{
    std::optional<int> rating;
    bool notAssessed = false;
};

// --rating DOMAIN=N (0..4) or DOMAIN=na; a domain at most once.
Result<std::map<std::string, RatingArg>> parseRatings(const std::vector<std::string>& values)
{
    std::map<std::string, RatingArg> out;
    for (const auto& v : values) {
        const auto eq = v.find('=');
        if (eq == std::string::npos || eq == 0)
            return fail(ErrorCode::InvalidInput, "--rating needs DOMAIN=N (0 to 4) or DOMAIN=na", "rating");
        const std::string domain = v.substr(0, eq);
        const std::string value = v.substr(eq + 1);
        if (!isTemplateCode(domain))
            return fail(ErrorCode::InvalidInput, "--rating: a domain code is a-z, 0-9 and _ (see template show)",
                        "rating");
        RatingArg r;
        if (value == "na" || value == "not-assessed") {
            r.notAssessed = true;
        } else {
            int n = -1;
            const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
            if (ec != std::errc{} || end != value.data() + value.size() || n < kMinRating || n > kMaxRating)
                return fail(ErrorCode::InvalidInput, "--rating " + domain + ": the rating is 0 to 4, or na",
                            "rating." + domain);
            r.rating = n;
        }
        if (!out.emplace(domain, r).second)
            return fail(ErrorCode::InvalidInput, "--rating " + domain + " is given twice", "rating." + domain);
    }
    return out;
}

// "a\nb" in a stdin value is a line break, "\\" a backslash.
std::string unescape(std::string_view v)
{
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i] == '\\' && i + 1 < v.size() && (v[i + 1] == 'n' || v[i + 1] == '\\')) {
            out += v[i + 1] == 'n' ? '\n' : '\\';
            ++i;
        } else {
            out += v[i];
        }
    }
    return out;
}

// --text-stdin lines: strengths=, own_view=, goals=, summary=, notes.DOMAIN=, and
// rating.DOMAIN= (as --rating). Blank lines and # comments are skipped. A bad line is named
// by its number; its text is never echoed.
struct TextArgs
{
    std::map<std::string, std::string> fields; // strengths, own_view, goals, summary
    std::map<std::string, std::string> notes;  // by domain
    std::vector<std::string> ratings;          // DOMAIN=N
};

Result<TextArgs> parseTextLines(const std::vector<std::string>& lines)
{
    TextArgs out;
    int number = 0;
    for (const auto& raw : lines) {
        ++number;
        const std::string line = text::trim(raw);
        if (line.empty() || line.front() == '#')
            continue;
        const auto eq = line.find('=');
        const std::string where = "standard input line " + std::to_string(number);
        if (eq == std::string::npos)
            return fail(ErrorCode::InvalidInput, where + " is not key=value", "text-stdin");
        const std::string key = text::trim(line.substr(0, eq));
        const std::string value = unescape(line.substr(eq + 1));
        if (key == "strengths" || key == "own_view" || key == "goals" || key == "summary") {
            out.fields[key] = value;
        } else if (key.starts_with("notes.") && isTemplateCode(key.substr(6))) {
            out.notes[key.substr(6)] = value;
        } else if (key.starts_with("rating.") && isTemplateCode(key.substr(7))) {
            out.ratings.push_back(key.substr(7) + "=" + text::trim(value));
        } else {
            return fail(ErrorCode::InvalidInput,
                        where + ": unknown key (expected strengths, own_view, goals, summary, notes.DOMAIN or "
                                "rating.DOMAIN)",
                        "text-stdin");
        }
    }
    return out;
}

// Applies ratings and texts to a draft; a rating for a domain the draft's template does not
// have is added as given (the core refuses it as unknown_domain).
void apply(Assessment& a, const std::map<std::string, RatingArg>& ratings, const TextArgs& texts)
{
    auto slot = [&](const std::string& domain) -> DomainRating& {
        for (auto& r : a.ratings)
            if (r.domain == domain)
                return r;
        a.ratings.push_back(DomainRating{domain, std::nullopt, false, {}});
        return a.ratings.back();
    };
    for (const auto& [domain, r] : ratings) {
        DomainRating& s = slot(domain);
        s.rating = r.rating;
        s.notAssessed = r.notAssessed;
    }
    for (const auto& [domain, notes] : texts.notes)
        slot(domain).notes = notes;
    for (const auto& [key, value] : texts.fields) {
        if (key == "strengths")
            a.strengths = value;
        else if (key == "own_view")
            a.ownView = value;
        else if (key == "goals")
            a.goals = value;
        else if (key == "summary")
            a.summary = value;
    }
}

// ---- Printing ----------------------------------------------------------------------------

Json rowJson(const AssessmentRow& r)
{
    Json o = Json::object();
    o.set("id", r.id.toString());
    o.set("referral", r.referralReference);
    o.set("assessed_on", r.assessedOn.toIso());
    o.set("template", r.templateCode);
    o.set("template_version", r.templateVersion);
    o.set("assessor", r.assessorName);
    o.set("total_score", r.totalScore);
    o.set("rated", r.ratedCount);
    o.set("reassessment_of", r.previousAssessmentId.isNull() ? Json(nullptr) : Json(r.previousAssessmentId.toString()));
    return o;
}

std::string rowText(const AssessmentRow& r)
{
    return r.id.toString() + "  " + r.assessedOn.toIso() + "  " + r.referralReference + "  " + r.templateCode + " v" +
           std::to_string(r.templateVersion) + "  score " + std::to_string(r.totalScore) + " (" +
           std::to_string(r.ratedCount) + " rated)" + (r.previousAssessmentId.isNull() ? "" : "  reassessment") + "  " +
           r.assessorName + "\n";
}

Json templateJson(const AssessmentTemplate& t, bool withDomains)
{
    Json o = Json::object();
    o.set("id", t.id.toString());
    o.set("code", t.code);
    o.set("version", t.version);
    o.set("name", t.name);
    o.set("published_at", t.publishedAt.empty() ? Json(nullptr) : Json(t.publishedAt));
    o.set("published_by", t.publishedByName.empty() ? Json(nullptr) : Json(t.publishedByName));
    if (withDomains) {
        Json domains = Json::array();
        for (const auto& d : t.domains)
            domains.push(Json::object().set("code", d.code).set("label", d.label));
        o.set("domains", std::move(domains));
    } else {
        o.set("domain_count", static_cast<int>(t.domains.size()));
    }
    return o;
}

std::string templateLine(const AssessmentTemplate& t)
{
    return t.code + " v" + std::to_string(t.version) + "  " + t.name + "  " + std::to_string(t.domains.size()) +
           " domains  " + (t.publishedAt.empty() ? std::string("built in") : "published " + t.publishedAt) +
           (t.publishedByName.empty() ? "" : " by " + t.publishedByName) + "\n";
}

std::string templateText(const AssessmentTemplate& t)
{
    std::string text = templateLine(t);
    int i = 0;
    for (const auto& d : t.domains)
        text += "  " + std::to_string(++i) + ". " + d.code + "  " + d.label + "\n";
    return text;
}

int printDetail(Context& ctx, const AssessmentDetail& d, std::string_view lead = {})
{
    const Assessment& a = d.assessment;
    Json doc = Json::object();
    doc.set("id", a.id.toString());
    doc.set("referral", d.referralReference);
    doc.set("assessed_on", a.assessedOn.toIso());
    doc.set("assessor", d.assessorName);
    doc.set("template", a.templateCode);
    doc.set("template_version", a.templateVersion);
    doc.set("newest_template_version", d.newestTemplateVersion);
    doc.set("total_score", a.totalScore());
    doc.set("rated", a.ratedCount());
    doc.set("reassessment_of",
            a.previousAssessmentId.isNull() ? Json(nullptr) : Json(a.previousAssessmentId.toString()));
    Json domains = Json::array();
    std::string text;
    if (!lead.empty())
        text += std::string(lead) + "\n";
    text += "Assessment " + a.id.toString() + "\n";
    text += "  referral:    " + d.referralReference + "\n";
    text += "  date:        " + a.assessedOn.toIso() + "\n";
    text += "  assessor:    " + d.assessorName + "\n";
    text +=
        "  template:    " + a.templateCode + " v" + std::to_string(a.templateVersion) +
        (d.newestTemplateVersion > a.templateVersion ? " (newest is v" + std::to_string(d.newestTemplateVersion) + ")"
                                                     : std::string()) +
        "\n";
    text += "  score:       " + std::to_string(a.totalScore()) + " over " + std::to_string(a.ratedCount()) +
            " rated domains (0 no concern .. 4 very high concern)\n";
    text += "Domains:\n";
    for (const auto& td : d.tmpl.domains) {
        const DomainRating* r = a.rating(td.code);
        Json o = Json::object();
        o.set("code", td.code);
        o.set("label", td.label);
        o.set("rating", r ? jsonRating(r->rating) : Json(nullptr));
        o.set("not_assessed", r && r->notAssessed);
        o.set("notes", r ? r->notes : std::string());
        domains.push(std::move(o));
        text += "  " + td.label + ": " +
                (r && r->notAssessed ? std::string("not assessed") : optionalRating(r ? r->rating : std::nullopt)) +
                "\n";
        if (r && !r->notes.empty())
            text += indented(r->notes, "      ");
    }
    doc.set("domains", std::move(domains));
    const std::pair<const char*, const std::string*> texts[] = {
        {"strengths", &a.strengths}, {"own_view", &a.ownView}, {"goals", &a.goals}, {"summary", &a.summary}};
    const char* labels[] = {"Strengths", "Young person's view", "Goals", "Summary"};
    int k = 0;
    for (const auto& [key, value] : texts) {
        doc.set(key, *value);
        if (!value->empty())
            text += std::string(labels[k]) + ":\n" + indented(*value, "  ");
        ++k;
    }
    if (d.distance) {
        const DistanceTravelled& dt = *d.distance;
        Json dist = Json::object();
        dist.set("previous", dt.previousId.toString());
        dist.set("previous_date", dt.previousDate.toIso());
        dist.set("previous_total", dt.previousTotal);
        dist.set("current_total", dt.currentTotal);
        dist.set("total_change", dt.totalChange);
        dist.set("compared", dt.comparedCount);
        Json rows = Json::array();
        text += "Distance travelled since " + dt.previousDate.toIso() + " (negative = less concern):\n";
        for (const auto& c : dt.domains) {
            rows.push(Json::object()
                          .set("code", c.domain)
                          .set("label", c.label)
                          .set("previous", jsonRating(c.previous))
                          .set("current", jsonRating(c.current))
                          .set("change", jsonRating(c.change)));
            text += "  " + c.label + ": " + optionalRating(c.previous) + " -> " + optionalRating(c.current) +
                    (c.change ? "  (" + signedChange(*c.change) + ")" : std::string()) + "\n";
        }
        text += "  total over " + std::to_string(dt.comparedCount) +
                " domains rated both times: " + std::to_string(dt.previousTotal) + " -> " +
                std::to_string(dt.currentTotal) + "  (" + signedChange(dt.totalChange) + ")\n";
        dist.set("domains", std::move(rows));
        doc.set("distance", std::move(dist));
    }
    return ctx.done(doc, text);
}

// ---- assessment add / reassess -----------------------------------------------------------

constexpr OptionSpec kAddSpecs[] = {
    {"date", OptionSpec::Value},      {"template", OptionSpec::Value}, {"template-version", OptionSpec::Value},
    {"rating", OptionSpec::Repeated}, {"assessor", OptionSpec::Value}, {"text-stdin", OptionSpec::Flag},
};

class AssessmentWriteCommand : public CasebookCommand
{
public:
    std::span<const OptionSpec> options() const override { return kAddSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, std::string(name()) + " needs " + std::string(what()));
        if (auto d = args.value("date")) {
            auto date = parseTypedDate(*d, "assessed_on");
            if (!date)
                return std::unexpected(date.error());
            m_date = *date;
        }
        if (auto v = args.value("template-version")) {
            auto n = parseCount(*v, "template-version");
            if (!n)
                return std::unexpected(n.error());
            m_version = static_cast<int>(*n);
        }
        auto ratings = parseRatings(args.values("rating"));
        if (!ratings)
            return std::unexpected(ratings.error());
        m_ratings = std::move(*ratings);
        return {};
    }
    virtual std::string_view what() const = 0;
    virtual Result<Assessment> start(Casebook& casebook, const ParsedArgs& args) = 0;

    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        TextArgs texts;
        if (args.has("text-stdin")) {
            auto lines = ctx.remainingStdinLines();
            if (!lines)
                return ctx.fail(lines.error());
            auto parsed = parseTextLines(*lines);
            if (!parsed)
                return ctx.fail(parsed.error());
            texts = std::move(*parsed);
            auto more = parseRatings(texts.ratings);
            if (!more)
                return ctx.fail(more.error());
            for (auto& [domain, r] : *more)
                if (!m_ratings.emplace(domain, r).second)
                    return ctx.fail(ErrorCode::InvalidInput, "rating " + domain + " is given twice",
                                    "rating." + domain);
        }
        auto draft = start(casebook, args);
        if (!draft)
            return ctx.fail(draft.error());
        if (!m_date.isNull())
            draft->assessedOn = m_date;
        if (auto assessor = args.value("assessor")) {
            auto id = userIdByName(casebook, *assessor);
            if (!id)
                return ctx.fail(id.error());
            draft->assessor = *id;
        }
        apply(*draft, m_ratings, texts);
        auto recorded = casebook.assessments().record(*draft);
        if (!recorded)
            return ctx.fail(recorded.error());
        auto detail = casebook.assessments().view(recorded->id);
        if (!detail)
            return ctx.fail(detail.error());
        return printDetail(ctx, *detail, "Recorded.");
    }

    Date m_date;
    std::optional<int> m_version;
    std::map<std::string, RatingArg> m_ratings;
};

class AssessmentAddCommand : public AssessmentWriteCommand
{
public:
    std::string_view name() const override { return "assessment add"; }
    std::string help() const override
    {
        return helpEntry("assessment add REFERRAL-REF [--rating DOMAIN=N|na]... [--date DATE]\n"
                         "    [--template CODE] [--assessor USER] [--text-stdin]",
                         "record an assessment: every domain of the template rated 0 (no concern)\n"
                         "to 4 (very high concern) or na (not assessed); the first one stops the\n"
                         "referral's assessment clock; texts with --text-stdin (docs/cli.md)");
    }

protected:
    std::string_view what() const override { return "one referral reference or id"; }
    Result<Assessment> start(Casebook& casebook, const ParsedArgs& args) override
    {
        auto referral = referralByRef(casebook, args.positionals.front());
        if (!referral)
            return std::unexpected(referral.error());
        const std::string code = args.value("template").value_or(std::string(kDefaultTemplateCode));
        auto draft = casebook.assessments().startAssessment(referral->id, code);
        if (!draft)
            return draft;
        if (m_version) {
            auto t = casebook.assessments().findTemplate(code, m_version);
            if (!t)
                return std::unexpected(t.error());
            draft->templateId = t->id;
            draft->ratings.clear();
            for (const auto& d : t->domains)
                draft->ratings.push_back(DomainRating{d.code, std::nullopt, false, {}});
        }
        return draft;
    }
};

class AssessmentReassessCommand : public AssessmentWriteCommand
{
public:
    std::string_view name() const override { return "assessment reassess"; }
    std::string help() const override
    {
        return helpEntry("assessment reassess ASSESSMENT-ID [--rating DOMAIN=N|na]... [--date DATE]\n"
                         "    [--template-version N] [--assessor USER] [--text-stdin]",
                         "a reassessment: starts from that assessment's ratings, notes, strengths,\n"
                         "view and goals on the newest template version (or --template-version),\n"
                         "then applies what is given; prints the distance travelled");
    }

protected:
    std::string_view what() const override { return "the id of the assessment to follow"; }
    Result<Assessment> start(Casebook& casebook, const ParsedArgs& args) override
    {
        auto id = assessmentId(args.positionals.front());
        if (!id)
            return std::unexpected(id.error());
        return casebook.assessments().startReassessment(*id, m_version);
    }
};

// ---- assessment show / list / due ---------------------------------------------------------

class AssessmentShowCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "assessment show"; }
    std::string help() const override
    {
        return helpEntry("assessment show ASSESSMENT-ID",
                         "one assessment with its own template version's domains, and for a\n"
                         "reassessment the change per domain and in total (distance travelled)");
    }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, "assessment show needs one assessment id");
        auto id = assessmentId(args.positionals.front());
        if (!id)
            return std::unexpected(id.error());
        m_id = *id;
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs&) override
    {
        auto detail = casebook.assessments().view(m_id);
        if (!detail)
            return ctx.fail(detail.error());
        return printDetail(ctx, *detail);
    }

private:
    Uuid m_id;
};

class AssessmentListCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "assessment list"; }
    std::string help() const override
    {
        return helpEntry("assessment list REFERRAL-REF|PERSON-REF",
                         "a referral's or a person's assessments, newest first");
    }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, "assessment list needs a referral or person reference");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        const std::string& ref = args.positionals.front();
        Result<std::vector<AssessmentRow>> rows =
            fail(ErrorCode::NotFound, "no referral or person with that reference");
        if (auto referral = referralByRef(casebook, ref)) {
            rows = casebook.assessments().forReferral(referral->id);
        } else if (referral.error().code != ErrorCode::NotFound) {
            return ctx.fail(referral.error());
        } else if (auto person = personByRef(casebook, ref)) {
            rows = casebook.assessments().forPerson(person->id);
        } else if (person.error().code != ErrorCode::NotFound) {
            return ctx.fail(person.error());
        }
        if (!rows)
            return ctx.fail(rows.error());
        Json doc = Json::array();
        std::string text;
        for (const auto& r : *rows) {
            doc.push(rowJson(r));
            text += rowText(r);
        }
        if (rows->empty())
            text = "No assessments.\n";
        return ctx.done(doc, text);
    }
};

class AssessmentDueCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "assessment due"; }
    std::string help() const override
    {
        return helpEntry("assessment due [--worker USER] [--limit N]",
                         "referrals (accepted, active, reopened) with no assessment yet, earliest\n"
                         "due first: yours, or the team's for a coordinator");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (!args.positionals.empty())
            return fail(ErrorCode::InvalidInput, "assessment due takes no positional arguments");
        if (auto v = args.value("limit")) {
            auto n = parseCount(*v, "limit");
            if (!n)
                return std::unexpected(n.error());
            m_limit = static_cast<int>(std::clamp<long long>(*n, 1, 1000));
        }
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        std::optional<Uuid> worker;
        if (auto name = args.value("worker")) {
            auto id = userIdByName(casebook, *name);
            if (!id)
                return ctx.fail(id.error());
            worker = *id;
        }
        auto due = casebook.assessments().due(worker, m_limit);
        if (!due)
            return ctx.fail(due.error());
        Json doc = Json::array();
        std::string text = std::to_string(due->overdue) + " overdue, " + std::to_string(due->due) + " due\n";
        for (const auto& r : due->rows) {
            const bool overdue = !r.due.isNull() && r.due < due->today;
            doc.push(Json::object()
                         .set("referral", r.referralReference)
                         .set("person", r.personReference)
                         .set("name", r.personName)
                         .set("state", r.state)
                         .set("due", r.due.isNull() ? Json(nullptr) : Json(r.due.toIso()))
                         .set("overdue", overdue)
                         .set("worker", r.allocatedName.empty() ? Json(nullptr) : Json(r.allocatedName)));
            text += r.due.toIso() + (overdue ? " OVERDUE  " : "  ") + r.referralReference + "  " + r.personReference +
                    "  " + r.personName + "  " +
                    (r.allocatedName.empty() ? std::string("unallocated") : r.allocatedName) + "\n";
        }
        return ctx.done(doc, text);
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"worker", OptionSpec::Value}, {"limit", OptionSpec::Value}};
    int m_limit = 50;
};

// ---- template list / show / publish -------------------------------------------------------

class TemplateListCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "template list"; }
    std::string help() const override
    {
        return helpEntry("template list", "every version of every assessment template");
    }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (!args.positionals.empty())
            return fail(ErrorCode::InvalidInput, "template list takes no positional arguments");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs&) override
    {
        auto all = casebook.assessments().templates();
        if (!all)
            return ctx.fail(all.error());
        Json doc = Json::array();
        std::string text;
        for (const auto& t : *all) {
            doc.push(templateJson(t, false));
            text += templateLine(t);
        }
        return ctx.done(doc, text);
    }
};

class TemplateShowCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "template show"; }
    std::string help() const override
    {
        return helpEntry("template show CODE [--version N]", "a template's domains (the newest version, or N)");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, "template show needs a template code");
        if (auto v = args.value("version")) {
            auto n = parseCount(*v, "version");
            if (!n)
                return std::unexpected(n.error());
            m_version = static_cast<int>(*n);
        }
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto t = casebook.assessments().findTemplate(args.positionals.front(), m_version);
        if (!t)
            return ctx.fail(t.error());
        return ctx.done(templateJson(*t, true), templateText(*t));
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"version", OptionSpec::Value}};
    std::optional<int> m_version;
};

class TemplatePublishCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "template publish"; }
    std::string help() const override
    {
        return helpEntry("template publish CODE [--name TEXT] (--domain CODE=LABEL... | --domains-stdin)",
                         "publish the next version of a template (coordinators): the domains in\n"
                         "order; a published version never changes; without --name the newest\n"
                         "version's name is kept");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, "template publish needs a template code");
        if (args.has("domain") == args.has("domains-stdin"))
            return fail(ErrorCode::InvalidInput, "template publish needs --domain CODE=LABEL (repeated) or "
                                                 "--domains-stdin");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        std::vector<std::string> lines = args.values("domain");
        if (args.has("domains-stdin")) {
            auto in = ctx.remainingStdinLines();
            if (!in)
                return ctx.fail(in.error());
            lines.clear();
            for (const auto& l : *in) {
                const std::string t = text::trim(l);
                if (!t.empty() && t.front() != '#')
                    lines.push_back(t);
            }
        }
        AssessmentTemplate draft;
        draft.code = args.positionals.front();
        int number = 0;
        for (const auto& l : lines) {
            ++number;
            const auto eq = l.find('=');
            if (eq == std::string::npos)
                return ctx.fail(ErrorCode::InvalidInput, "domain " + std::to_string(number) + " is not CODE=LABEL",
                                "domains");
            draft.domains.push_back({text::trim(l.substr(0, eq)), text::trim(l.substr(eq + 1))});
        }
        if (auto name = args.value("name")) {
            draft.name = *name;
        } else if (auto newest = casebook.assessments().findTemplate(draft.code)) {
            draft.name = newest->name;
        } else if (newest.error().code != ErrorCode::NotFound) {
            return ctx.fail(newest.error());
        }
        auto published = casebook.assessments().publishTemplate(draft);
        if (!published)
            return ctx.fail(published.error());
        return ctx.done(templateJson(*published, true), "Published " + templateText(*published));
    }

private:
    static constexpr OptionSpec kSpecs[] = {
        {"name", OptionSpec::Value}, {"domain", OptionSpec::Repeated}, {"domains-stdin", OptionSpec::Flag}};
};

} // namespace

void addAssessmentCommands(CommandList& list)
{
    list.push_back(std::make_unique<AssessmentAddCommand>());
    list.push_back(std::make_unique<AssessmentReassessCommand>());
    list.push_back(std::make_unique<AssessmentShowCommand>());
    list.push_back(std::make_unique<AssessmentListCommand>());
    list.push_back(std::make_unique<AssessmentDueCommand>());
    list.push_back(std::make_unique<TemplateListCommand>());
    list.push_back(std::make_unique<TemplateShowCommand>());
    list.push_back(std::make_unique<TemplatePublishCommand>());
}

} // namespace waymark::cli
