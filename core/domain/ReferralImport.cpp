#include "core/domain/ReferralImport.h"

#include "core/Text.h"
#include "core/calendar/TypedDate.h"
#include "core/domain/PersonRules.h"
#include "core/domain/ReferralRules.h"
#include "core/domain/TextRules.h"

#include <sodium.h>

#include <algorithm>

namespace waymark {

namespace {

constexpr ImportFieldInfo kFields[kImportFieldCount] = {
    {ImportField::PoliceReference, "police_reference", false},
    {ImportField::Received, "received", false},
    {ImportField::GivenName, "given_name", true},
    {ImportField::FamilyName, "family_name", true},
    {ImportField::DateOfBirth, "date_of_birth", true},
    {ImportField::Sex, "sex", false},
    {ImportField::Postcode, "postcode", false},
    {ImportField::EventDate, "event_date", false},
    {ImportField::Route, "route", true},
    {ImportField::OffenceCategory, "offence_category", false},
};

constexpr std::size_t kMaxHeaderChars = 100;

Error validation(std::string field, std::string detail, std::string rule)
{
    Error e = Error::make(ErrorCode::Validation, std::move(detail), std::move(field));
    e.rule = std::move(rule);
    return e;
}

std::size_t slot(ImportField field)
{
    return static_cast<std::size_t>(field);
}

} // namespace

std::span<const ImportFieldInfo> importFields()
{
    return kFields;
}

std::string_view importFieldName(ImportField field)
{
    return kFields[slot(field)].name;
}

std::optional<ImportField> importFieldFromName(std::string_view name)
{
    const std::string folded = foldHeaderName(name);
    for (const auto& f : kFields)
        if (f.name == folded)
            return f.field;
    return std::nullopt;
}

std::string foldHeaderName(std::string_view name)
{
    const std::string trimmed = text::trim(name);
    std::string out;
    for (char c : trimmed) {
        if (c == ' ' || c == '-' || c == '_' || c == '\t') {
            if (!out.empty() && out.back() != '_')
                out += '_';
            continue;
        }
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    while (!out.empty() && out.back() == '_')
        out.pop_back();
    return out;
}

const std::string* ColumnMapping::headerFor(ImportField field) const
{
    for (const auto& [f, header] : columns)
        if (f == field)
            return &header;
    return nullptr;
}

Status validateMapping(const ColumnMapping& mapping)
{
    static const FieldRule kHeaderRule{"column_mapping", kMaxHeaderChars, TextShape::SingleLine};
    for (std::size_t i = 0; i < mapping.columns.size(); ++i) {
        const auto& [field, header] = mapping.columns[i];
        const std::string name(importFieldName(field));
        if (text::trim(header).empty())
            return std::unexpected(validation(name, "needs a column name", "required"));
        if (auto problem = textProblem(header, kHeaderRule))
            return std::unexpected(validation(name, textProblemDetail(*problem, kHeaderRule), std::string(*problem)));
        for (std::size_t j = 0; j < i; ++j) {
            if (mapping.columns[j].first == field)
                return std::unexpected(validation(name, "is mapped twice", "mapped_twice"));
            if (foldHeaderName(mapping.columns[j].second) == foldHeaderName(header))
                return std::unexpected(validation(
                    name, "uses the same column as " + std::string(importFieldName(mapping.columns[j].first)),
                    "column_used_twice"));
        }
    }
    return {};
}

std::string serialiseMapping(const ColumnMapping& mapping)
{
    std::string out;
    for (const auto& info : kFields)
        if (const std::string* header = mapping.headerFor(info.field))
            out += std::string(info.name) + "=" + text::trim(*header) + "\n";
    return out;
}

Result<ColumnMapping> parseMapping(std::string_view textIn)
{
    ColumnMapping mapping;
    for (const auto& line : text::split(textIn, '\n')) {
        if (text::trim(line).empty())
            continue;
        const auto eq = line.find('=');
        if (eq == std::string::npos)
            return fail(ErrorCode::InvalidInput, "a mapping line is not field=column");
        const auto field = importFieldFromName(line.substr(0, eq));
        if (!field)
            return fail(ErrorCode::InvalidInput, "a mapping names a field that does not exist");
        mapping.columns.emplace_back(*field, text::trim(line.substr(eq + 1)));
    }
    if (auto st = validateMapping(mapping); !st)
        return std::unexpected(st.error());
    return mapping;
}

Result<ColumnPlan> planColumns(const std::vector<std::string>& header, const ColumnMapping& mapping)
{
    ColumnPlan plan;
    plan.header = header;
    std::vector<std::string> folded;
    folded.reserve(header.size());
    for (const auto& h : header)
        folded.push_back(foldHeaderName(h));
    std::vector<bool> used(header.size(), false);
    std::vector<std::string> missing;
    for (const auto& info : kFields) {
        const std::string* mapped = mapping.headerFor(info.field);
        const std::string wanted = mapped ? foldHeaderName(*mapped) : std::string(info.name);
        const auto at = std::find(folded.begin(), folded.end(), wanted);
        if (at != folded.end() && !wanted.empty()) {
            const auto column = static_cast<std::size_t>(at - folded.begin());
            plan.index[slot(info.field)] = column;
            used[column] = true;
        } else if (info.required || mapped) {
            missing.emplace_back(info.name);
        }
    }
    if (std::none_of(used.begin(), used.end(), [](bool u) { return u; }))
        return std::unexpected(
            validation("",
                       "none of the header's column names is one Waymark knows: the first line may be data, or "
                       "this source needs a column mapping",
                       "unknown_layout"));
    if (!missing.empty()) {
        std::string list;
        for (const auto& m : missing)
            list += (list.empty() ? "" : ", ") + m;
        return std::unexpected(validation(missing.front(), "the file has no column for: " + list, "missing_column"));
    }
    for (std::size_t i = 0; i < header.size(); ++i)
        if (!used[i] && !folded[i].empty())
            plan.ignored.push_back(header[i]);
    return plan;
}

std::optional<std::string> matchCode(std::span<const CodeOption> codes, std::string_view textIn)
{
    const std::string wanted = foldHeaderName(textIn);
    if (wanted.empty())
        return std::nullopt;
    for (const auto& c : codes)
        if (foldHeaderName(c.code) == wanted || foldHeaderName(c.label) == wanted)
            return std::string(c.code);
    return std::nullopt;
}

RowDraft draftRow(std::size_t line, const std::vector<std::string>& fields, const ColumnPlan& plan,
                  const ImportCodeTables& codes, Date today)
{
    RowDraft row;
    row.line = line;
    const auto value = [&](ImportField f) -> std::string {
        const auto column = plan.columnOf(f);
        return column && *column < fields.size() ? text::trim(fields[*column]) : std::string();
    };
    const auto columnName = [&](ImportField f) -> std::string {
        const auto column = plan.columnOf(f);
        return column && *column < plan.header.size() ? text::trim(plan.header[*column])
                                                      : std::string(importFieldName(f));
    };
    const auto problem = [&](ImportField f, std::string rule, std::string detail) {
        row.problems.push_back(
            FieldProblem{line, columnName(f), std::string(importFieldName(f)), std::move(rule), std::move(detail)});
    };
    const auto date = [&](ImportField f, bool required) -> Date {
        const std::string v = value(f);
        if (v.empty()) {
            if (required)
                problem(f, "required", "is required");
            return {};
        }
        const auto check = checkTypedDate(v);
        if (!check.ok()) {
            problem(f, std::string(dateInputProblemKey(check.problem)),
                    std::string(describeDateInputProblem(check.problem)));
            return {};
        }
        return check.date;
    };
    const auto code = [&](ImportField f, std::span<const CodeOption> table) -> std::string {
        const std::string v = value(f);
        if (v.empty())
            return {};
        if (auto st = checkTextField("code", v, importFieldName(f)); !st) {
            problem(f, st.error().rule, st.error().detail);
            return {};
        }
        auto matched = matchCode(table, v);
        if (!matched) {
            problem(f, "unknown_code", "is not a known value");
            return {};
        }
        return *matched;
    };

    // The referral's facts.
    Referral& r = row.referral;
    r.policeReference = value(ImportField::PoliceReference);
    row.receivedGiven = !value(ImportField::Received).empty();
    r.received = date(ImportField::Received, false);
    if (!row.receivedGiven)
        r.received = today;
    r.eventDate = date(ImportField::EventDate, false);
    r.route = code(ImportField::Route, codes.route);
    if (value(ImportField::Route).empty())
        problem(ImportField::Route, "required", "is required");
    r.offenceCategory = code(ImportField::OffenceCategory, codes.offenceCategory);
    normaliseReferral(r);
    // Then the referral rules (validateReferral), every broken one, as for the person below.
    // The desk fills in the source; a placeholder stands in for it here.
    Referral probeReferral = r;
    probeReferral.source = "police";
    const auto reported = [&](std::string_view field) {
        return std::any_of(row.problems.begin(), row.problems.end(),
                           [&](const FieldProblem& p) { return p.field == field; });
    };
    for (int round = 0; round < 8; ++round) {
        auto st = validateReferral(probeReferral, today);
        if (st)
            break;
        const Error& e = st.error();
        const auto field = importFieldFromName(e.field);
        if (!field)
            break; // a field the import does not fill: cannot happen, stop rather than loop
        if (!reported(e.field))
            problem(*field, e.rule, e.detail);
        switch (*field) {
        case ImportField::PoliceReference:
            probeReferral.policeReference.clear();
            break;
        case ImportField::Received:
            probeReferral.received = today;
            break;
        case ImportField::EventDate:
            probeReferral.eventDate = {};
            break;
        case ImportField::Route:
            probeReferral.route = std::string(referralRouteCodes().front().code);
            break;
        case ImportField::OffenceCategory:
            probeReferral.offenceCategory.clear();
            break;
        default:
            round = 8;
            break;
        }
    }

    // The person, checked with the person rules. validatePerson() reports the first broken rule;
    // each reported field is set aside and the rest checked again, so every rule broken is listed.
    Person& p = row.person;
    p.givenName = value(ImportField::GivenName);
    p.familyName = value(ImportField::FamilyName);
    p.dateOfBirth = date(ImportField::DateOfBirth, true);
    const bool dobProblem = p.dateOfBirth.isNull();
    p.sex = code(ImportField::Sex, codes.sex);
    p.postcode = value(ImportField::Postcode);
    normalisePerson(p);
    Person probe = p;
    if (dobProblem)
        probe.dateOfBirth = today.addYears(-15);
    for (int round = 0; round < 8; ++round) {
        auto st = validatePerson(probe, today);
        if (st)
            break;
        const Error& e = st.error();
        const auto field = importFieldFromName(e.field);
        if (!field)
            break; // a rule of a field the import does not fill: cannot happen, stop rather than loop
        problem(*field, e.rule, e.detail);
        switch (*field) {
        case ImportField::GivenName:
            probe.givenName = "X";
            break;
        case ImportField::FamilyName:
            probe.familyName = "X";
            break;
        case ImportField::DateOfBirth:
            probe.dateOfBirth = today.addYears(-15);
            break;
        case ImportField::Sex:
            probe.sex.clear();
            break;
        case ImportField::Postcode:
            probe.postcode.clear();
            break;
        default:
            round = 8;
            break;
        }
    }
    return row;
}

std::string rowFingerprint(std::string_view source, const RowDraft& row)
{
    std::string canonical = foldHeaderName(source);
    const auto add = [&](std::string_view v) {
        canonical += '\x1f';
        canonical += v;
    };
    add(foldForSearch(row.person.givenName));
    add(foldForSearch(row.person.familyName));
    add(row.person.dateOfBirth.toIso());
    add(row.referral.policeReference);
    add(row.receivedGiven ? row.referral.received.toIso() : std::string());
    add(row.referral.eventDate.toIso());
    add(row.referral.route);
    add(row.referral.offenceCategory);
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(canonical.data()),
                       canonical.size(), nullptr, 0);
    return text::toHex(digest, sizeof digest);
}

} // namespace waymark
