#pragma once

// The rules of a referral import (core/Imports.h is the desk that uses them): which columns a
// file has, how a source's own layout maps onto them, and what each row becomes — a person
// draft and a referral draft, or the list of every field error in it.
//
// The default layout needs no mapping: a header naming these columns, in any order, any case,
// spaces around a name ignored and spaces or hyphens inside it read as '_' ("Date of birth"
// is date_of_birth). Other columns are ignored.
//
//   police_reference   the force's reference; optional, unique per casebook when given
//   received           date the referral was received; optional (empty: the day of import)
//   given_name         required
//   family_name        required
//   date_of_birth      required
//   sex                optional, a sexCodes() code or its label
//   postcode           optional, a UK postcode
//   event_date         optional: the offence or incident date (the eligibility event)
//   route              required, a referralRouteCodes() code or its label
//   offence_category   optional, an offenceCategoryCodes() code or its label
//
// Dates are typed-date input (core/calendar/TypedDate.h): dd/mm/yyyy (also with '.' or '-') or
// yyyy-mm-dd. Coded values match a code or its English label ignoring case, with spaces and
// hyphens read as '_'.

#include "core/Error.h"
#include "core/calendar/Date.h"
#include "core/domain/Codes.h"
#include "core/domain/Person.h"
#include "core/domain/Referral.h"

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace waymark {

enum class ImportField
{
    PoliceReference,
    Received,
    GivenName,
    FamilyName,
    DateOfBirth,
    Sex,
    Postcode,
    EventDate,
    Route,
    OffenceCategory,
};
inline constexpr std::size_t kImportFieldCount = 10;

struct ImportFieldInfo
{
    ImportField field;
    std::string_view name; // "police_reference", ...: the default layout's header name
    bool required;         // the file must have the column (and each row a value)
};

// The ten fields in the default layout's order.
std::span<const ImportFieldInfo> importFields();
std::string_view importFieldName(ImportField field);
std::optional<ImportField> importFieldFromName(std::string_view name);

// How a header name is compared: trimmed, ASCII lower case, runs of spaces, hyphens and
// underscores as one '_'.
std::string foldHeaderName(std::string_view name);

// A source's own layout: for some fields, the header name its files use. Fields not listed are
// looked for under their default name. Saved per source in the casebook's settings.
struct ColumnMapping
{
    std::vector<std::pair<ImportField, std::string>> columns;

    bool empty() const { return columns.empty(); }
    const std::string* headerFor(ImportField field) const;
    friend bool operator==(const ColumnMapping&, const ColumnMapping&) = default;
};

// Each field at most once, header names non-empty, single-line, at most 100 characters, and no
// header name given to two fields. Validation naming the field otherwise.
Status validateMapping(const ColumnMapping& mapping);
// "field=Header name" lines, in importFields() order: the settings value.
std::string serialiseMapping(const ColumnMapping& mapping);
// The settings value back; InvalidInput for a line that is not field=name of a known field.
Result<ColumnMapping> parseMapping(std::string_view text);

// Where each field is in one file's header.
struct ColumnPlan
{
    std::array<std::optional<std::size_t>, kImportFieldCount> index{}; // 0-based column per field
    std::vector<std::string> header;                                   // the file's header as written
    std::vector<std::string> ignored;                                  // header names no field uses

    std::optional<std::size_t> columnOf(ImportField field) const { return index[static_cast<std::size_t>(field)]; }
};

// Finds every field's column. Validation errors (nothing is imported):
//   rule "unknown_layout"   none of the header's names is a field or a mapped name: the first line
//                           is data, or the source needs a mapping
//   rule "missing_column"   a required field, or a mapped header name, is not in the header
//                           (field names the first such field; detail lists them all)
Result<ColumnPlan> planColumns(const std::vector<std::string>& header, const ColumnMapping& mapping);

// One broken rule in one row.
struct FieldProblem
{
    std::size_t line = 0; // the file's line the row starts on
    std::string column;   // the column's header name as the file writes it
    std::string field;    // importFieldName(), e.g. "date_of_birth"
    std::string rule;     // stable key: "required", "unknown_code", a DateInputProblem key, a person rule...
    std::string detail;   // English, never the value
};

// The code tables a row is checked against (core/domain/Codes.h in the desk; small tables in tests).
struct ImportCodeTables
{
    std::span<const CodeOption> sex;
    std::span<const CodeOption> route;
    std::span<const CodeOption> offenceCategory;
};

// The code of `text` in `codes` (matching a code or a label, ignoring case, spaces and hyphens
// as '_'), or nullopt.
std::optional<std::string> matchCode(std::span<const CodeOption> codes, std::string_view text);

struct RowDraft
{
    std::size_t line = 0;
    Person person;     // given/family name, date of birth, sex, postcode (normalised)
    Referral referral; // received, event date, route, offence category, police reference
    bool receivedGiven = false;
    std::vector<FieldProblem> problems; // every problem of the row; empty when it can be imported

    bool ok() const { return problems.empty(); }
};

// A row's drafts, or its problems, checked on `today`: the dates as typed-date input, coded
// columns against `codes`, then the referral with the referral rules (validateReferral:
// received and event date not in the future, event date not after received, the police
// reference's text rule; normaliseReferral upper-cases the police reference) and the person
// with the person rules (validatePerson). Every rule broken is listed, not only the first.
RowDraft draftRow(std::size_t line, const std::vector<std::string>& fields, const ColumnPlan& plan,
                  const ImportCodeTables& codes, Date today);

// What makes a row the same row again in a later file: a digest (hex) of the source and the
// row's values as read (names folded, dates as ISO). Equal fingerprints are "already imported".
std::string rowFingerprint(std::string_view source, const RowDraft& row);

} // namespace waymark
