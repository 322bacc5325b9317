// waymark-cli person add | update | show | list | search

#include "app/cli/Cli.h"
#include "core/Text.h"

#include "core/calendar/TypedDate.h"
#include "core/domain/Person.h"

#include <array>
#include <ostream>
#include <sstream>

namespace waymark::cli {

namespace {

struct FlagName
{
    std::string_view name;
    bool PersonFlags::*member;
};

constexpr std::array<FlagName, 9> kFlags = {{
    {"looked-after", &PersonFlags::lookedAfter},
    {"child-protection-plan", &PersonFlags::childProtectionPlan},
    {"child-in-need", &PersonFlags::childInNeed},
    {"early-help", &PersonFlags::earlyHelp},
    {"care-leaver", &PersonFlags::careLeaver},
    {"send-aln", &PersonFlags::sendAln},
    {"send-aln-plan", &PersonFlags::sendAlnPlan},
    {"exploitation-concern", &PersonFlags::exploitationConcern},
    {"restricted", &PersonFlags::restricted},
}};

constexpr OptionSpec kPersonSpecs[] = {
    {"given", OptionSpec::Value},
    {"family", OptionSpec::Value},
    {"preferred", OptionSpec::Value},
    {"alias", OptionSpec::Repeated},
    {"dob", OptionSpec::Value},
    {"dob-estimated", OptionSpec::OptionalValue},
    {"sex", OptionSpec::Value},
    {"gender-identity", OptionSpec::Value},
    {"ethnicity", OptionSpec::Value},
    {"first-language", OptionSpec::Value},
    {"interpreter", OptionSpec::OptionalValue},
    {"address", OptionSpec::Value},
    {"postcode", OptionSpec::Value},
    {"phone", OptionSpec::Value},
    {"school", OptionSpec::Value},
    {"ete-status", OptionSpec::Value},
    {"pnc", OptionSpec::Value},
    {"nhs", OptionSpec::Value},
    {"upn", OptionSpec::Value},
    {"la-id", OptionSpec::Value},
    {"flag", OptionSpec::Repeated},
    {"contact", OptionSpec::Repeated},
    {"fields-stdin", OptionSpec::Flag},
};

} // namespace

Result<std::vector<std::string>> parseFieldLines(const std::vector<std::string>& lines)
{
    std::vector<std::string> args;
    for (std::size_t n = 0; n < lines.size(); ++n) {
        const std::string item = waymark::text::trim(lines[n]);
        if (item.empty() || item.front() == '#')
            continue;
        // Errors name the line, never its text: the line may hold a child's details.
        const std::string where = "line " + std::to_string(n + 1) + " of --fields-stdin";
        const auto eq = item.find('=');
        if (eq == std::string::npos || eq == 0)
            return waymark::fail(ErrorCode::InvalidInput, where + " is not option=value (e.g. given=Tegan)",
                                 "fields-stdin");
        const std::string name = item.substr(0, eq);
        const bool known = std::any_of(std::begin(kPersonSpecs), std::end(kPersonSpecs),
                                       [&](const OptionSpec& s) { return s.name == name; });
        if (!known || name == "fields-stdin")
            return waymark::fail(ErrorCode::InvalidInput, where + " names an unknown option (see waymark-cli --help)",
                                 "fields-stdin");
        args.push_back("--" + name + "=" + item.substr(eq + 1));
    }
    return args;
}

namespace {

// With --fields-stdin the record's details come from standard input, one `option=value` per
// line (the option names above without the dashes, e.g. `given=Tegan`, `dob=14/03/2011`,
// `contact=Name|mother|01632 960000|yes`), so no child's details appear in the process list
// or the shell history. Blank lines and lines starting with # are skipped.
Result<ParsedArgs> parsePersonArgs(Context& ctx, std::span<const std::string> argv)
{
    auto args = parseArgs(argv, kPersonSpecs);
    if (!args || !args->has("fields-stdin"))
        return args;
    auto lines = ctx.remainingStdinLines();
    if (!lines)
        return std::unexpected(lines.error());
    auto fromStdin = parseFieldLines(*lines);
    if (!fromStdin)
        return std::unexpected(fromStdin.error());
    std::vector<std::string> all(argv.begin(), argv.end());
    all.insert(all.end(), fromStdin->begin(), fromStdin->end());
    return parseArgs(all, kPersonSpecs);
}

Json flagsJson(const PersonFlags& flags)
{
    Json out = Json::array();
    for (const auto& f : kFlags)
        if (flags.*(f.member))
            out.push(f.name);
    return out;
}

std::string flagsText(const PersonFlags& flags)
{
    std::string out;
    for (const auto& f : kFlags) {
        if (flags.*(f.member)) {
            if (!out.empty())
                out += ',';
            out += f.name;
        }
    }
    return out;
}

Json dateJson(const Date& d)
{
    return d.isNull() ? Json() : Json(d.toIso());
}

Json personJson(const Person& p)
{
    Json aliases = Json::array();
    for (const auto& a : p.aliases)
        aliases.push(a);
    Json contacts = Json::array();
    for (const auto& c : p.contacts) {
        Json contact = Json::object();
        contact.set("name", c.name);
        contact.set("relationship", c.relationship);
        contact.set("phone", c.phone);
        contact.set("parental_responsibility", c.parentalResponsibility);
        contacts.push(std::move(contact));
    }
    Json o = Json::object();
    o.set("id", p.id.toString());
    o.set("case_reference", p.caseReference);
    o.set("given_name", p.givenName);
    o.set("family_name", p.familyName);
    o.set("preferred_name", p.preferredName);
    o.set("display_name", p.displayName());
    o.set("aliases", std::move(aliases));
    o.set("date_of_birth", dateJson(p.dateOfBirth));
    o.set("date_of_birth_estimated", p.dateOfBirthEstimated);
    o.set("sex", p.sex);
    o.set("gender_identity", p.genderIdentity);
    o.set("ethnicity", p.ethnicity);
    o.set("first_language", p.firstLanguage);
    o.set("interpreter_needed", p.interpreterNeeded);
    o.set("address", p.address);
    o.set("postcode", p.postcode);
    o.set("phone", p.phone);
    o.set("school", p.school);
    o.set("ete_status", p.eteStatus);
    o.set("pnc_reference", p.pncReference);
    o.set("nhs_number", p.nhsNumber);
    o.set("upn", p.upn);
    o.set("local_authority_id", p.localAuthorityId);
    o.set("flags", flagsJson(p.flags));
    o.set("contacts", std::move(contacts));
    o.set("created_at", p.createdAt);
    o.set("updated_hlc", p.updatedHlc);
    return o;
}

Json summaryJson(const PersonSummary& s)
{
    Json o = Json::object();
    o.set("id", s.id.toString());
    o.set("case_reference", s.caseReference);
    o.set("given_name", s.givenName);
    o.set("family_name", s.familyName);
    o.set("preferred_name", s.preferredName);
    o.set("display_name", s.displayName());
    o.set("date_of_birth", dateJson(s.dateOfBirth));
    o.set("date_of_birth_estimated", s.dateOfBirthEstimated);
    o.set("postcode", s.postcode);
    o.set("flags", flagsJson(s.flags));
    return o;
}

std::string summaryLine(const PersonSummary& s)
{
    std::string line = s.caseReference;
    line += '\t';
    line += s.displayName();
    line += '\t';
    line += s.dateOfBirth.toDisplay();
    if (s.dateOfBirthEstimated)
        line += " (estimated)";
    line += '\t';
    line += s.postcode;
    line += '\t';
    line += flagsText(s.flags);
    return line;
}

std::string personText(const Person& p)
{
    std::ostringstream out;
    const auto row = [&](std::string_view label, std::string_view value) {
        if (!value.empty())
            out << label << ": " << value << '\n';
    };
    row("Case reference", p.caseReference);
    row("Id", p.id.toString());
    row("Name", p.displayName());
    row("Given name", p.givenName);
    row("Family name", p.familyName);
    row("Preferred name", p.preferredName);
    for (const auto& a : p.aliases)
        row("Alias", a);
    row("Date of birth", p.dateOfBirth.toDisplay() + (p.dateOfBirthEstimated ? " (estimated)" : ""));
    row("Sex", p.sex);
    row("Gender identity", p.genderIdentity);
    row("Ethnicity", p.ethnicity);
    row("First language", p.firstLanguage);
    row("Interpreter needed", p.interpreterNeeded ? "yes" : "");
    row("Address", p.address);
    row("Postcode", p.postcode);
    row("Phone", p.phone);
    row("School or ETE provider", p.school);
    row("ETE status", p.eteStatus);
    row("PNC reference", p.pncReference);
    row("NHS number", p.nhsNumber);
    row("UPN", p.upn);
    row("Local authority id", p.localAuthorityId);
    row("Flags", flagsText(p.flags));
    for (const auto& c : p.contacts) {
        std::string contact = c.name;
        if (!c.relationship.empty())
            contact += " (" + c.relationship + ")";
        if (!c.phone.empty())
            contact += ", " + c.phone;
        if (c.parentalResponsibility)
            contact += ", parental responsibility";
        row("Contact", contact);
    }
    row("Created", p.createdAt);
    return out.str();
}

// "name|relationship|phone|pr"; missing trailing parts are empty (pr: no).
Result<Contact> parseContact(std::string_view text)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t bar = text.find('|', start);
        parts.emplace_back(text.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
        if (bar == std::string_view::npos)
            break;
        start = bar + 1;
    }
    if (parts.size() > 4)
        return fail(ErrorCode::InvalidInput, "a contact is \"name|relationship|phone|pr\" (at most 4 parts)",
                    "contacts");
    parts.resize(4);
    Contact c;
    c.name = parts[0];
    c.relationship = parts[1];
    c.phone = parts[2];
    if (!parts[3].empty()) {
        auto pr = parseYesNo(parts[3], "contacts");
        if (!pr)
            return fail(ErrorCode::InvalidInput, "a contact's parental responsibility must be yes or no", "contacts");
        c.parentalResponsibility = *pr;
    }
    return c;
}

// Applies the options that were given to `p` (a draft or a record read for update).
Status applyPersonOptions(const ParsedArgs& args, Person& p)
{
    const auto text = [&](std::string_view option, std::string& field) {
        if (auto v = args.value(option))
            field = *v;
    };
    text("given", p.givenName);
    text("family", p.familyName);
    text("preferred", p.preferredName);
    text("sex", p.sex);
    text("gender-identity", p.genderIdentity);
    text("ethnicity", p.ethnicity);
    text("first-language", p.firstLanguage);
    text("address", p.address);
    text("postcode", p.postcode);
    text("phone", p.phone);
    text("school", p.school);
    text("ete-status", p.eteStatus);
    text("pnc", p.pncReference);
    text("nhs", p.nhsNumber);
    text("upn", p.upn);
    text("la-id", p.localAuthorityId);

    if (args.has("alias"))
        p.aliases = args.values("alias"); // empty values are dropped by normalisePerson
    if (auto dob = args.value("dob")) {
        auto date = parseTypedDate(*dob, "date_of_birth");
        if (!date)
            return std::unexpected(date.error());
        p.dateOfBirth = *date;
    }
    if (args.has("dob-estimated")) {
        auto v = parseYesNo(*args.value("dob-estimated"), "date_of_birth_estimated");
        if (!v)
            return std::unexpected(v.error());
        p.dateOfBirthEstimated = *v;
    }
    if (args.has("interpreter")) {
        auto v = parseYesNo(*args.value("interpreter"), "interpreter_needed");
        if (!v)
            return std::unexpected(v.error());
        p.interpreterNeeded = *v;
    }
    if (args.has("flag")) {
        PersonFlags flags;
        const auto names = args.values("flag");
        for (std::size_t i = 0; i < names.size(); ++i) {
            const std::string& name = names[i];
            if (name == "none")
                continue;
            const auto it =
                std::find_if(kFlags.begin(), kFlags.end(), [&](const FlagName& f) { return f.name == name; });
            // The message names the option and which --flag it was, never the value: a value
            // typed in the wrong place may be a child's name.
            if (it == kFlags.end())
                return fail(ErrorCode::InvalidInput,
                            "unknown flag in --flag number " + std::to_string(i + 1) + " (see waymark-cli --help)",
                            "flags");
            flags.*(it->member) = true;
        }
        p.flags = flags;
    }
    if (args.has("contact")) {
        std::vector<Contact> contacts;
        for (const auto& c : args.values("contact")) {
            if (c.empty())
                continue;
            auto contact = parseContact(c);
            if (!contact)
                return std::unexpected(contact.error());
            contacts.push_back(std::move(*contact));
        }
        p.contacts = std::move(contacts);
    }
    return {};
}

Result<Person> viewByRef(Casebook& casebook, std::string_view ref)
{
    if (auto id = Uuid::parse(ref))
        return casebook.people().view(*id);
    return casebook.people().viewByReference(ref);
}

int personAdd(Context& ctx, std::span<const std::string> argv)
{
    auto args = parsePersonArgs(ctx, argv);
    if (!args)
        return ctx.fail(args.error());
    if (!args->positionals.empty())
        return ctx.usage("person add takes options only (see waymark-cli --help)");
    Person draft;
    if (auto applied = applyPersonOptions(*args, draft); !applied)
        return ctx.fail(applied.error());
    auto casebook = ctx.open();
    if (!casebook)
        return ctx.fail(casebook.error());
    auto created = (*casebook)->people().create(std::move(draft));
    if (!created)
        return ctx.fail(created.error());

    Json doc = personJson(created->person);
    Json duplicates = Json::array();
    std::string refs;
    for (const auto& d : created->possibleDuplicates) {
        duplicates.push(summaryJson(d));
        refs += (refs.empty() ? "" : ", ") + d.caseReference;
    }
    doc.set("possible_duplicates", std::move(duplicates));
    if (!created->possibleDuplicates.empty())
        ctx.warn("saved, but it may duplicate " + refs + " (same date of birth and a similar name)");
    return ctx.done(doc, created->person.caseReference);
}

int personUpdate(Context& ctx, std::span<const std::string> argv)
{
    auto args = parsePersonArgs(ctx, argv);
    if (!args)
        return ctx.fail(args.error());
    if (args->positionals.size() != 1)
        return ctx.usage("person update needs one case reference or id, then the options to change");
    auto casebook = ctx.open();
    if (!casebook)
        return ctx.fail(casebook.error());
    auto person = viewByRef(**casebook, args->positionals.front());
    if (!person)
        return ctx.fail(person.error());
    if (auto applied = applyPersonOptions(*args, *person); !applied)
        return ctx.fail(applied.error());
    auto updated = (*casebook)->people().update(std::move(*person));
    if (!updated)
        return ctx.fail(updated.error());
    return ctx.done(personJson(*updated), "updated " + updated->caseReference);
}

int personShow(Context& ctx, std::span<const std::string> argv)
{
    auto args = parseArgs(argv, {});
    if (!args)
        return ctx.fail(args.error());
    if (args->positionals.size() != 1)
        return ctx.usage("person show needs one case reference or id");
    auto casebook = ctx.open();
    if (!casebook)
        return ctx.fail(casebook.error());
    auto person = viewByRef(**casebook, args->positionals.front());
    if (!person)
        return ctx.fail(person.error());
    return ctx.done(personJson(*person), personText(*person));
}

Result<PersonFilter> filterFromName(std::string_view name)
{
    if (name == "all")
        return PersonFilter::All;
    if (name == "looked-after")
        return PersonFilter::LookedAfter;
    if (name == "child-protection-plan")
        return PersonFilter::ChildProtectionPlan;
    if (name == "exploitation-concern")
        return PersonFilter::ExploitationConcern;
    if (name == "send-aln")
        return PersonFilter::SendAln;
    if (name == "restricted")
        return PersonFilter::Restricted;
    return fail(ErrorCode::InvalidInput,
                "unknown filter (expected all, looked-after, child-protection-plan, exploitation-concern, send-aln "
                "or restricted)",
                "filter");
}

Result<PersonSort> sortFromName(std::string_view name)
{
    if (name == "name")
        return PersonSort::Name;
    if (name == "reference")
        return PersonSort::CaseReference;
    if (name == "dob")
        return PersonSort::DateOfBirth;
    return fail(ErrorCode::InvalidInput, "unknown sort (expected name, reference or dob)", "sort");
}

int personList(Context& ctx, std::span<const std::string> argv)
{
    static constexpr OptionSpec kSpecs[] = {{"filter", OptionSpec::Value},
                                            {"limit", OptionSpec::Value},
                                            {"sort", OptionSpec::Value},
                                            {"descending", OptionSpec::Flag}};
    auto args = parseArgs(argv, kSpecs);
    if (!args)
        return ctx.fail(args.error());
    if (!args->positionals.empty())
        return ctx.usage("person list takes options only (--filter, --sort, --descending, --limit)");
    auto filter = filterFromName(args->value("filter").value_or("all"));
    if (!filter)
        return ctx.fail(filter.error());
    auto sort = sortFromName(args->value("sort").value_or("name"));
    if (!sort)
        return ctx.fail(sort.error());
    auto limit = parseCount(args->value("limit").value_or("100"), "limit");
    if (!limit)
        return ctx.fail(limit.error());
    auto casebook = ctx.open();
    if (!casebook)
        return ctx.fail(casebook.error());

    Json doc = Json::array();
    std::string text;
    long long shown = 0;
    PersonListQuery query;
    query.filter = *filter;
    query.sort = *sort;
    query.descending = args->has("descending");
    while (true) {
        constexpr long long kPage = 500;
        query.limit = static_cast<int>(*limit == 0 ? kPage : std::min(kPage, *limit - shown));
        auto page = (*casebook)->people().list(query);
        if (!page)
            return ctx.fail(page.error());
        for (const auto& row : page->rows) {
            doc.push(summaryJson(row));
            text += summaryLine(row) + '\n';
            ++shown;
        }
        if (!page->next || (*limit != 0 && shown >= *limit) || page->rows.empty())
            break;
        query.after = page->next;
    }
    return ctx.done(doc, text.empty() ? std::string() : text);
}

int personSearch(Context& ctx, std::span<const std::string> argv)
{
    static constexpr OptionSpec kSpecs[] = {{"limit", OptionSpec::Value}, {"query-stdin", OptionSpec::Flag}};
    // A query may start with a dash ("-alex"): single-dash words are query words.
    auto args = parseArgs(argv, kSpecs, true);
    if (!args)
        return ctx.fail(args.error());
    std::string query;
    if (args->has("query-stdin")) {
        // The query never appears in the process list: the first non-blank line of stdin
        // (after the password line with --password-stdin).
        if (!args->positionals.empty())
            return ctx.usage("person search takes the query either as arguments or with --query-stdin, not both");
        auto lines = ctx.remainingStdinLines();
        if (!lines)
            return ctx.fail(lines.error());
        for (const auto& line : *lines) {
            if (waymark::text::trim(line).empty())
                continue;
            if (!query.empty())
                return ctx.usage("--query-stdin reads one query: one line of standard input");
            query = waymark::text::trim(line);
        }
        if (query.empty())
            return ctx.usage("--query-stdin found no query on standard input");
    } else {
        if (args->positionals.empty())
            return ctx.usage("person search needs a query (name, case reference or date of birth)");
        for (const auto& word : args->positionals)
            query += (query.empty() ? "" : " ") + word;
    }
    auto limit = parseCount(args->value("limit").value_or("50"), "limit");
    if (!limit)
        return ctx.fail(limit.error());
    if (*limit == 0 || *limit > 10000)
        return ctx.fail(ErrorCode::InvalidInput, "the limit must be 1 to 10000", "limit");
    auto casebook = ctx.open();
    if (!casebook)
        return ctx.fail(casebook.error());
    auto found = (*casebook)->people().search(query, static_cast<int>(*limit));
    if (!found)
        return ctx.fail(found.error());
    Json doc = Json::array();
    std::string text;
    for (const auto& row : *found) {
        doc.push(summaryJson(row));
        text += summaryLine(row) + '\n';
    }
    return ctx.done(doc, text);
}

} // namespace

int runPerson(Context& ctx, std::span<const std::string> args)
{
    if (args.empty())
        return ctx.usage("person needs a subcommand: add, update, show, list or search");
    const std::string& sub = args.front();
    const auto rest = args.subspan(1);
    if (sub == "add")
        return personAdd(ctx, rest);
    if (sub == "update")
        return personUpdate(ctx, rest);
    if (sub == "show")
        return personShow(ctx, rest);
    if (sub == "list")
        return personList(ctx, rest);
    if (sub == "search")
        return personSearch(ctx, rest);
    const std::string quoted = quotedIfName(sub);
    return ctx.usage("unknown person subcommand" + (quoted.empty() ? std::string() : " " + quoted) +
                     " (add, update, show, list or search)");
}

} // namespace waymark::cli
