#pragma once

// casebook.imports(): importing referral lists (CSV files from police forces and schools).
// A desk of the Casebook door (core/Casebook.h): it reaches the casebook through its
// DeskContext, and writes people and referrals through the People and Referrals desks.
//
// The steps, as the CLI (`referral import FILE --source NAME [--dry-run] [--skip-invalid]`)
// and the import wizard take them:
//
//   1. bytes = csv::loadCsvFile(path)            core/io/Csv.h (included here, so core/Casebook.h
//                                                is still the one include); refuses a file over
//                                                50 MB unread (InvalidInput, rule "csv_too_large")
//   2. report = casebook.imports().dryRun(bytes, options)
//        every row's outcome, nothing written; show it
//   3. report = casebook.imports().run(bytes, options)
//        writes in one transaction; check report.status()
//
// Errors (Result's error; nothing was written, nothing else happened):
//   PermissionDenied            the user may not import (Action::ReferralImport: coordinators)
//   InvalidInput, rule "csv_*"  the file is not a well-formed CSV file: detail says where,
//                               "line 7, column 3: a quoted field is not closed" (core/io/Csv.h
//                               lists the rules: csv_unbalanced_quote, csv_column_count,
//                               csv_binary, csv_empty, csv_too_large, ...)
//   Validation                  the header does not fit: rule "unknown_layout" (no column name
//                               Waymark knows: a header is missing, or the source needs a mapping)
//                               or "missing_column" (field = the first missing field; detail
//                               lists them all); or the options are invalid (field "source")
//   Cancelled                   the progress callback returned false (run: nothing written)
//   Busy / Io / ...             the casebook could not be written; nothing was
//
// Row problems are not errors: they are in the report. run() with rows that have problems
// and without options.skipInvalid writes nothing and returns a report with refused = true;
// report.status() turns that into a Validation error (rule "invalid_rows") for callers that
// want one (the CLI's exit code). Audit: a dry run writes "referral.import_checked", a refused
// run "referral.import_refused", an import "referral.imported" (each with the source name and
// counts only) besides the rows of every person and referral created.

#include "core/Error.h"
#include "core/Progress.h"
#include "core/Uuid.h"
#include "core/domain/Duplicates.h"
#include "core/domain/Person.h"
#include "core/domain/ReferralImport.h"
#include "core/io/Csv.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class DeskContext;
class People;
class Referrals;

struct ImportOptions
{
    // Who sent the file, e.g. "police" or "Example Constabulary": picks the column mapping saved
    // for it (setMapping), and is kept on every imported referral (Referral::importSource).
    // Trimmed; 1 to 60 characters, one line.
    std::string source = "police";
    // The referralSourceCodes() code the referrals get. Empty: `source` when that is a code,
    // else "police".
    std::string referralSource;
    // This file's column mapping. Empty: the mapping saved for `source`, else the default layout.
    ColumnMapping mapping;
    // Import the valid rows and report the others, instead of refusing the whole file.
    bool skipInvalid = false;
    // 0..100 with a phrase, for the progress bar; return false to cancel (nothing is written).
    ProgressFn progress;
};

enum class ImportRowOutcome
{
    NewPerson,       // no one in the casebook with the same date of birth looks like the person: a new person
                     // is created (people who only look alike are listed in `candidates`)
    MatchedPerson,   // a person with the same date of birth looks like them (the duplicate rules): the referral
                     // is added to them
    AlreadyImported, // the police reference is already in the casebook, or the same row was imported before
                     // (or appears earlier in this file): nothing is added
    Invalid,         // field problems (problems lists every one); nothing is added for the row
};
std::string_view importRowOutcomeName(ImportRowOutcome outcome); // "new_person", "matched_person", ...

// A person already in the casebook who looks like the row's person (core/domain/Duplicates.h):
// the score and every reason, each with a stable code for translation and an English sentence
// (which may name the values compared: for the coordinator's eyes, never for logs).
struct ImportMatch
{
    PersonSummary person;
    int score = 0; // 0..100
    std::vector<MatchReason> reasons;
};

struct ImportRowResult
{
    std::size_t line = 0; // the file's line the row starts on (the header is line 1)
    ImportRowOutcome outcome = ImportRowOutcome::NewPerson;
    std::string policeReference;
    std::vector<FieldProblem> problems; // Invalid: every problem of the row
    std::optional<ImportMatch> match;   // MatchedPerson: the person the referral goes to (the best candidate)
    // The other people who look alike, best first. For NewPerson none of them has the same date
    // of birth, so none is linked: the coordinator checks them (and merges later if need be).
    std::vector<ImportMatch> candidates;
    std::size_t samePersonAsLine = 0;  // NewPerson: an earlier row of this file names the same new person
    std::string alreadyImportedReason; // AlreadyImported: "police reference already in the casebook", ...
    std::string personReference;       // after run(): the case reference of the new or matched person
    bool written = false;              // run(): a referral was created for this row
};

struct ImportCounts
{
    int rows = 0;
    int newPeople = 0; // rows with outcome NewPerson (people to create: see peopleToCreate)
    int matchedPeople = 0;
    int alreadyImported = 0;
    int invalid = 0;
    int peopleToCreate = 0; // distinct new people (rows naming the same new person count once)
};

struct ImportReport
{
    std::string source;
    std::string encoding; // "utf-8", "utf-8-bom", "windows-1252"
    char delimiter = ',';
    std::vector<std::string> ignoredColumns; // header names no field uses
    bool mappingUsed = false;                // a column mapping (given or saved) was applied
    std::string fileHash;                    // BLAKE2b-256 of the bytes (hex)
    bool previouslyImported = false;         // this very file was imported before
    std::vector<ImportRowResult> rows;       // in file order
    ImportCounts counts;

    bool dryRun = true;
    bool refused = false; // run(): rows with problems and no skipInvalid; nothing was written
    bool written = false; // run(): the transaction was committed
    int peopleCreated = 0;
    int referralsCreated = 0;

    // Ok, or for a refused run a Validation error (rule "invalid_rows") naming the first
    // problem and how many rows had problems.
    Status status() const;
};

class Imports
{
public:
    Imports(DeskContext& context, People& people, Referrals& referrals)
        : m_context(context)
        , m_people(people)
        , m_referrals(referrals)
    {}

    // Reads and checks the file and decides every row's outcome; writes nothing (one audit row
    // "referral.import_checked" with counts). Needs Action::ReferralImport.
    Result<ImportReport> dryRun(std::string_view bytes, const ImportOptions& options);
    // As dryRun, then, unless refused, in ONE transaction: creates the new people (one per
    // distinct new person), one referral per row that is NewPerson or MatchedPerson (state
    // received, source options.referralSource, importSource options.source, the police
    // reference), remembers the file and its rows so a re-import adds nothing twice, and audits
    // "referral.imported" (counts and the source name only) besides each created record's own
    // row. Needs Action::ReferralImport.
    Result<ImportReport> run(std::string_view bytes, const ImportOptions& options);

    // The column mapping saved for `source` (empty when none). Needs Action::ReferralImport.
    Result<ColumnMapping> mapping(std::string_view source);
    // Saves (or, with an empty mapping, removes) the mapping for `source` in the casebook's
    // settings ("import.mapping.<source>"); audited "import.mapping_saved". Needs
    // Action::ReferralImport.
    Status setMapping(std::string_view source, const ColumnMapping& mapping);

private:
    DeskContext& m_context;
    People& m_people;
    Referrals& m_referrals;
};

} // namespace waymark
