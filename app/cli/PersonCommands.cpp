// waymark-cli person add | update | show | list | search

#include "app/cli/Command.h"
#include "app/cli/Record.h"
#include "core/Text.h"
#include "core/security/SecureBytes.h"

#include "core/calendar/TypedDate.h"
#include "core/domain/Person.h"

#include <array>

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

Json flagsJson(const PersonFlags& flags)
{
    Json out = Json::array();
    for (const auto& f : kFlags)
        if (flags.*(f.member))
            out.push(f.name);
    return out;
}

std::vector<std::string> flagsText(const PersonFlags& flags)
{
    std::string out;
    for (const auto& f : kFlags) {
        if (flags.*(f.member)) {
            if (!out.empty())
                out += ',';
            out += f.name;
        }
    }
    return {out};
}

template <class T> std::vector<std::string> dobText(const T& p)
{
    return {p.dateOfBirth.toDisplay() + (p.dateOfBirthEstimated ? " (estimated)" : "")};
}

Json aliasesJson(const Person& p)
{
    Json aliases = Json::array();
    for (const auto& a : p.aliases)
        aliases.push(a);
    return aliases;
}

Json contactsJson(const Person& p)
{
    Json contacts = Json::array();
    for (const auto& c : p.contacts) {
        Json contact = Json::object();
        contact.set("name", c.name);
        contact.set("relationship", c.relationship);
        contact.set("phone", c.phone);
        contact.set("parental_responsibility", c.parentalResponsibility);
        contacts.push(std::move(contact));
    }
    return contacts;
}

std::vector<std::string> contactsText(const Person& p)
{
    std::vector<std::string> lines;
    for (const auto& c : p.contacts) {
        std::string contact = c.name;
        if (!c.relationship.empty())
            contact += " (" + c.relationship + ")";
        if (!c.phone.empty())
            contact += ", " + c.phone;
        if (c.parentalResponsibility)
            contact += ", parental responsibility";
        lines.push_back(std::move(contact));
    }
    return lines;
}

// The whole record: `person show` (text), and every command printing a person with --json.
const Field<Person> kPersonFields[] = {
    {"case_reference", "Case reference", [](const Person& p) { return Json(p.caseReference); }},
    {"id", "Id", [](const Person& p) { return Json(p.id.toString()); }},
    {"display_name", "Name", [](const Person& p) { return Json(p.displayName()); }},
    {"given_name", "Given name", [](const Person& p) { return Json(p.givenName); }},
    {"family_name", "Family name", [](const Person& p) { return Json(p.familyName); }},
    {"preferred_name", "Preferred name", [](const Person& p) { return Json(p.preferredName); }},
    {"aliases", "Alias", &aliasesJson},
    {"date_of_birth", "Date of birth", [](const Person& p) { return dateValue(p.dateOfBirth); }, &dobText<Person>},
    {"date_of_birth_estimated", "", [](const Person& p) { return Json(p.dateOfBirthEstimated); }},
    {"sex", "Sex", [](const Person& p) { return Json(p.sex); }},
    {"gender_identity", "Gender identity", [](const Person& p) { return Json(p.genderIdentity); }},
    {"ethnicity", "Ethnicity", [](const Person& p) { return Json(p.ethnicity); }},
    {"first_language", "First language", [](const Person& p) { return Json(p.firstLanguage); }},
    {"interpreter_needed", "Interpreter needed", [](const Person& p) { return Json(p.interpreterNeeded); }},
    {"address", "Address", [](const Person& p) { return Json(p.address); }},
    {"postcode", "Postcode", [](const Person& p) { return Json(p.postcode); }},
    {"phone", "Phone", [](const Person& p) { return Json(p.phone); }},
    {"school", "School or ETE provider", [](const Person& p) { return Json(p.school); }},
    {"ete_status", "ETE status", [](const Person& p) { return Json(p.eteStatus); }},
    {"pnc_reference", "PNC reference", [](const Person& p) { return Json(p.pncReference); }},
    {"nhs_number", "NHS number", [](const Person& p) { return Json(p.nhsNumber); }},
    {"upn", "UPN", [](const Person& p) { return Json(p.upn); }},
    {"local_authority_id", "Local authority id", [](const Person& p) { return Json(p.localAuthorityId); }},
    {"flags", "Flags", [](const Person& p) { return flagsJson(p.flags); },
     [](const Person& p) { return flagsText(p.flags); }},
    {"contacts", "Contact", &contactsJson, &contactsText},
    {"created_at", "Created", [](const Person& p) { return Json(p.createdAt); }},
    {"updated_hlc", "", [](const Person& p) { return Json(p.updatedHlc); }},
};

// One row of a list or search: the columns of the text listing, a short JSON object.
const Field<PersonSummary> kSummaryFields[] = {
    {"id", "", [](const PersonSummary& s) { return Json(s.id.toString()); }},
    {"case_reference", "", [](const PersonSummary& s) { return Json(s.caseReference); }, nullptr, true},
    {"given_name", "", [](const PersonSummary& s) { return Json(s.givenName); }},
    {"family_name", "", [](const PersonSummary& s) { return Json(s.familyName); }},
    {"preferred_name", "", [](const PersonSummary& s) { return Json(s.preferredName); }},
    {"display_name", "", [](const PersonSummary& s) { return Json(s.displayName()); }, nullptr, true},
    {"date_of_birth", "", [](const PersonSummary& s) { return dateValue(s.dateOfBirth); }, &dobText<PersonSummary>,
     true},
    {"date_of_birth_estimated", "", [](const PersonSummary& s) { return Json(s.dateOfBirthEstimated); }},
    {"postcode", "", [](const PersonSummary& s) { return Json(s.postcode); }, nullptr, true},
    {"flags", "", [](const PersonSummary& s) { return flagsJson(s.flags); },
     [](const PersonSummary& s) { return flagsText(s.flags); }, true},
};

constexpr std::array<Choice<PersonFilter>, 6> kFilters = {{
    {"all", PersonFilter::All},
    {"looked-after", PersonFilter::LookedAfter},
    {"child-protection-plan", PersonFilter::ChildProtectionPlan},
    {"exploitation-concern", PersonFilter::ExploitationConcern},
    {"send-aln", PersonFilter::SendAln},
    {"restricted", PersonFilter::Restricted},
}};

constexpr std::array<Choice<PersonSort>, 3> kSorts = {{
    {"name", PersonSort::Name},
    {"reference", PersonSort::CaseReference},
    {"dob", PersonSort::DateOfBirth},
}};

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

// A command taking the person options, also as lines of stdin with --fields-stdin.
class PersonOptionsCommand : public CasebookCommand
{
public:
    std::span<const OptionSpec> options() const override { return kPersonSpecs; }

protected:
    // With --fields-stdin the record's details come from standard input, one `option=value`
    // per line (the option names without the dashes, e.g. `given=Tegan`, `dob=14/03/2011`,
    // `contact=Name|mother|01632 960000|yes`), so no child's details appear in the process list
    // or the shell history. Blank lines and lines starting with # are skipped.
    Result<ParsedArgs> parse(Context& ctx, std::span<const std::string> argv) override
    {
        std::vector<OptionSpec> specs(std::begin(kPersonSpecs), std::end(kPersonSpecs));
        specs.push_back({"json", OptionSpec::Flag});
        auto args = parseArgs(argv, specs);
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
        return parseArgs(all, specs);
    }
};

class PersonAddCommand : public PersonOptionsCommand
{
public:
    std::string_view name() const override { return "person add"; }
    std::string help() const override
    {
        return helpEntry("person add PERSON-OPTIONS", "prints the new case reference (--json: the whole record)");
    }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (!args.positionals.empty())
            return fail(ErrorCode::InvalidInput, "person add takes options only (see waymark-cli --help)");
        m_draft = Person{};
        return applyPersonOptions(args, m_draft);
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs&) override
    {
        auto created = casebook.people().create(std::move(m_draft));
        if (!created)
            return ctx.fail(created.error());
        Json doc = recordJson<Person>(kPersonFields, created->person);
        // Each possible duplicate with its score and why it matched (codes for scripts, English
        // sentences for people). The warning names the records and the reason codes only.
        Json duplicates = Json::array();
        std::string refs;
        for (const auto& c : created->candidates) {
            Json row = recordJson<PersonSummary>(kSummaryFields, c.person);
            row.set("score", c.score);
            Json reasons = Json::array();
            std::string codes;
            for (const auto& r : c.reasons) {
                Json reason = Json::object();
                reason.set("code", r.code);
                reason.set("text", r.text);
                reasons.push(std::move(reason));
                codes += (codes.empty() ? "" : ", ") + r.code;
            }
            row.set("reasons", std::move(reasons));
            duplicates.push(std::move(row));
            refs += (refs.empty() ? "" : "; ") + c.person.caseReference + (codes.empty() ? "" : " (" + codes + ")");
        }
        doc.set("possible_duplicates", std::move(duplicates));
        if (!created->candidates.empty())
            ctx.warn("saved, but it may duplicate " + refs);
        // A restricted record this user may not see: a marker only, never its name or reference.
        doc.set("restricted_match", created->restrictedMatches > 0);
        if (created->restrictedMatches > 0)
            ctx.warn("a restricted record matches — ask your coordinator");
        return ctx.done(doc, created->person.caseReference);
    }

private:
    Person m_draft;
};

class PersonUpdateCommand : public PersonOptionsCommand
{
public:
    std::string_view name() const override { return "person update"; }
    std::string help() const override
    {
        return helpEntry("person update REF PERSON-OPTIONS",
                         "REF is a case reference or id; the options given replace the values");
    }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput,
                        "person update needs one case reference or id, then the options to change");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto person = personByRef(casebook, args.positionals.front());
        if (!person)
            return ctx.fail(person.error());
        if (auto applied = applyPersonOptions(args, *person); !applied)
            return ctx.fail(applied.error());
        auto updated = casebook.people().update(std::move(*person));
        if (!updated)
            return ctx.fail(updated.error());
        return ctx.done(recordJson<Person>(kPersonFields, *updated), "updated " + updated->caseReference);
    }
};

class PersonShowCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "person show"; }
    std::string help() const override { return helpEntry("person show REF", ""); }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, "person show needs one case reference or id");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto person = personByRef(casebook, args.positionals.front());
        if (!person)
            return ctx.fail(person.error());
        return ctx.done(recordJson<Person>(kPersonFields, *person), recordText<Person>(kPersonFields, *person));
    }
};

class PersonListCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "person list"; }
    std::string help() const override
    {
        return helpEntry("person list [--filter " + choiceBar<PersonFilter>(kFilters) + "]\n              [--sort " +
                             choiceBar<PersonSort>(kSorts) + "] [--descending] [--limit N]   (default 100; 0 = all)",
                         "");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (!args.positionals.empty())
            return fail(ErrorCode::InvalidInput,
                        "person list takes options only (--filter, --sort, --descending, --limit)");
        auto filter = choose<PersonFilter>(kFilters, args.value("filter").value_or("all"), "filter", "filter");
        if (!filter)
            return std::unexpected(filter.error());
        auto sort = choose<PersonSort>(kSorts, args.value("sort").value_or("name"), "sort", "sort");
        if (!sort)
            return std::unexpected(sort.error());
        auto limit = parseCount(args.value("limit").value_or("100"), "limit");
        if (!limit)
            return std::unexpected(limit.error());
        m_query = PersonListQuery{};
        m_query.filter = *filter;
        m_query.sort = *sort;
        m_query.descending = args.has("descending");
        m_limit = *limit;
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs&) override
    {
        RecordList<PersonSummary> list;
        long long shown = 0;
        PersonListQuery query = m_query;
        while (true) {
            constexpr long long kPage = 500;
            query.limit = static_cast<int>(m_limit == 0 ? kPage : std::min(kPage, m_limit - shown));
            auto page = casebook.people().list(query);
            if (!page)
                return ctx.fail(page.error());
            for (const auto& row : page->rows) {
                list.add(kSummaryFields, row);
                ++shown;
            }
            if (!page->next || (m_limit != 0 && shown >= m_limit) || page->rows.empty())
                break;
            query.after = page->next;
        }
        return ctx.done(list.json, list.text);
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"filter", OptionSpec::Value},
                                            {"limit", OptionSpec::Value},
                                            {"sort", OptionSpec::Value},
                                            {"descending", OptionSpec::Flag}};
    PersonListQuery m_query;
    long long m_limit = 100;
};

class PersonSearchCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "person search"; }
    std::string help() const override
    {
        return helpEntry("person search [--limit N] [--] QUERY   (name prefixes, case reference or its number,\n"
                         "              postcode, or date of birth; a query may start with '-')",
                         "") +
               helpEntry("person search --query-stdin [--limit N]   the query from standard input (after the\n"
                         "              password line with --password-stdin): keeps it out of the process list",
                         "");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }
    // A query may start with a dash ("-alex"): single-dash words are query words.
    bool dashWordsArePositional() const override { return true; }

protected:
    Status prepare(Context& ctx, const ParsedArgs& args) override
    {
        m_query.clear();
        if (args.has("query-stdin")) {
            // The query never appears in the process list: the first non-blank line of stdin
            // (after the password line with --password-stdin).
            if (!args.positionals.empty())
                return fail(ErrorCode::InvalidInput,
                            "person search takes the query either as arguments or with --query-stdin, not both");
            auto lines = ctx.remainingStdinLines();
            if (!lines)
                return std::unexpected(lines.error());
            for (const auto& line : *lines) {
                if (waymark::text::trim(line).empty())
                    continue;
                if (!m_query.empty())
                    return fail(ErrorCode::InvalidInput, "--query-stdin reads one query: one line of standard input");
                m_query = waymark::text::trim(line);
            }
            if (m_query.empty())
                return fail(ErrorCode::InvalidInput, "--query-stdin found no query on standard input");
        } else {
            if (args.positionals.empty())
                return fail(ErrorCode::InvalidInput,
                            "person search needs a query (name, case reference or date of birth)");
            for (const auto& word : args.positionals)
                m_query += (m_query.empty() ? "" : " ") + word;
        }
        auto limit = parseCount(args.value("limit").value_or("50"), "limit");
        if (!limit)
            return std::unexpected(limit.error());
        if (*limit == 0 || *limit > 10000)
            return fail(ErrorCode::InvalidInput, "the limit must be 1 to 10000", "limit");
        m_limit = static_cast<int>(*limit);
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs&) override
    {
        auto found = casebook.people().search(m_query, m_limit);
        waymark::wipeString(m_query);
        if (!found)
            return ctx.fail(found.error());
        RecordList<PersonSummary> list;
        for (const auto& row : *found)
            list.add(kSummaryFields, row);
        return ctx.done(list.json, list.text);
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"limit", OptionSpec::Value}, {"query-stdin", OptionSpec::Flag}};
    std::string m_query;
    int m_limit = 50;
};

// person merge SURVIVOR OTHER [--preview]: the other record's rows move to the survivor.
const Field<MergeMove> kMoveFields[] = {
    {"table", "", [](const MergeMove& m) { return Json(m.table); }},
    {"what", "What", [](const MergeMove& m) { return Json(m.what); }, nullptr, true},
    {"rows", "Rows", [](const MergeMove& m) { return Json(static_cast<long long>(m.rows)); }, nullptr, true},
    {"with_deleted", "", [](const MergeMove& m) { return Json(static_cast<long long>(m.withDeleted)); }},
};

class PersonMergeCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "person merge"; }
    std::string help() const override
    {
        return helpEntry("person merge SURVIVOR OTHER [--preview]",
                         "combine two records of one person (coordinators): every referral, contact\n"
                         "and alias of OTHER moves to SURVIVOR, OTHER's names become aliases and\n"
                         "OTHER a tombstone naming SURVIVOR. --preview: what would move, nothing changed");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 2)
            return fail(ErrorCode::InvalidInput, "person merge needs two case references or ids: SURVIVOR OTHER");
        if (args.positionals[0] == args.positionals[1])
            return fail(ErrorCode::InvalidInput, "person merge needs two different records");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto survivor = idByRef(casebook, args.positionals[0]);
        if (!survivor)
            return ctx.fail(survivor.error());
        auto other = idByRef(casebook, args.positionals[1]);
        if (!other)
            return ctx.fail(other.error());
        const auto movesOf = [](const std::vector<MergeMove>& moves, std::string& text) {
            Json out = Json::array();
            for (const auto& m : moves) {
                out.push(recordJson<MergeMove>(kMoveFields, m));
                text += "  " + m.what + ": " + std::to_string(m.rows) + "\n";
            }
            return out;
        };
        const auto aliasesOf = [](const std::vector<std::string>& aliases) {
            Json out = Json::array();
            for (const auto& a : aliases)
                out.push(a);
            return out;
        };
        if (args.has("preview")) {
            auto preview = casebook.people().mergePreview(*survivor, *other);
            if (!preview)
                return ctx.fail(preview.error());
            std::string text =
                "merge " + preview->other.caseReference + " into " + preview->survivor.caseReference + " would move:\n";
            Json doc = Json::object();
            doc.set("preview", true);
            doc.set("survivor", recordJson<Person>(kPersonFields, preview->survivor));
            doc.set("other", recordJson<Person>(kPersonFields, preview->other));
            doc.set("moves", movesOf(preview->moves, text));
            doc.set("new_aliases", aliasesOf(preview->newAliases));
            if (preview->moves.empty())
                text += "  nothing but the names\n";
            text += "and give " + preview->survivor.caseReference + " " + std::to_string(preview->newAliases.size()) +
                    " new alias(es); nothing was changed";
            return ctx.done(doc, text);
        }
        auto merged = casebook.people().merge(*survivor, *other);
        if (!merged)
            return ctx.fail(merged.error());
        std::string text = "merged into " + merged->survivor.caseReference + ":\n";
        Json doc = Json::object();
        doc.set("preview", false);
        doc.set("survivor", recordJson<Person>(kPersonFields, merged->survivor));
        doc.set("merged", other->toString());
        doc.set("moves", movesOf(merged->moved, text));
        doc.set("new_aliases", aliasesOf(merged->newAliases));
        return ctx.done(doc, text);
    }

private:
    // The id behind a case reference or id (opening the record, as a merge's preview shows it).
    static Result<Uuid> idByRef(Casebook& casebook, std::string_view ref)
    {
        if (auto id = Uuid::parse(ref))
            return *id;
        auto person = casebook.people().viewByReference(ref);
        if (!person)
            return std::unexpected(person.error());
        return person->id;
    }
    static constexpr OptionSpec kSpecs[] = {{"preview", OptionSpec::Flag}};
};

// person restrict | unrestrict REF: need-to-know (coordinators). The reason, kept in the audit
// row, comes from --reason or the first lines of standard input after the password line.
class PersonRestrictCommand : public CasebookCommand
{
public:
    explicit PersonRestrictCommand(bool restrict)
        : m_restrict(restrict)
    {}
    std::string_view name() const override { return m_restrict ? "person restrict" : "person unrestrict"; }
    std::string help() const override
    {
        return m_restrict ? helpEntry("person restrict REF [--reason TEXT | --reason-stdin]",
                                      "coordinators: only the caseworker(s) allocated to one of the person's\n"
                                      "referrals and coordinators see the record and everything under it;\n"
                                      "a reason (no names) is required and kept in the audit row")
                          : helpEntry("person unrestrict REF [--reason TEXT | --reason-stdin]",
                                      "coordinators: lift the restriction, with a reason");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context& ctx, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, std::string(name()) + " needs one case reference or id");
        m_reason = args.value("reason").value_or("");
        if (args.has("reason-stdin")) {
            auto lines = ctx.remainingStdinLines();
            if (!lines)
                return std::unexpected(lines.error());
            m_reason.clear();
            for (const auto& line : *lines)
                m_reason += (m_reason.empty() ? "" : " ") + line;
        }
        if (waymark::text::trim(m_reason).empty())
            return fail(ErrorCode::InvalidInput, "a reason is required: --reason TEXT or --reason-stdin", "reason");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto person = personByRef(casebook, args.positionals.front());
        if (!person)
            return ctx.fail(person.error());
        auto changed = casebook.people().setRestricted(person->id, m_restrict, m_reason);
        if (!changed)
            return ctx.fail(changed.error());
        return ctx.done(recordJson<Person>(kPersonFields, *changed),
                        std::string(m_restrict ? "restricted " : "unrestricted ") + changed->caseReference);
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"reason", OptionSpec::Value}, {"reason-stdin", OptionSpec::Flag}};
    bool m_restrict;
    std::string m_reason;
};

} // namespace

Result<Person> personByRef(Casebook& casebook, std::string_view ref)
{
    if (auto id = Uuid::parse(ref))
        return casebook.people().view(*id);
    return casebook.people().viewByReference(ref);
}

void addPersonCommands(CommandList& list)
{
    list.push_back(std::make_unique<PersonAddCommand>());
    list.push_back(std::make_unique<PersonUpdateCommand>());
    list.push_back(std::make_unique<PersonShowCommand>());
    list.push_back(std::make_unique<PersonListCommand>());
    list.push_back(std::make_unique<PersonSearchCommand>());
    list.push_back(std::make_unique<PersonMergeCommand>());
    list.push_back(std::make_unique<PersonRestrictCommand>(true));
    list.push_back(std::make_unique<PersonRestrictCommand>(false));
}

} // namespace waymark::cli
