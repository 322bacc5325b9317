// casebook.imports(): the import desk. Reads a CSV file (core/io/Csv), turns each row into
// drafts with the import rules (core/domain/ReferralImport), decides each row's outcome, and on
// run() writes everything in one transaction through the People and Referrals desks.

#include "core/Imports.h"

#include "core/DeskContext.h"
#include "core/People.h"
#include "core/Referrals.h"
#include "core/Text.h"
#include "core/Users.h"
#include "core/domain/Codes.h"
#include "core/domain/Duplicates.h"
#include "core/domain/PersonRules.h"
#include "core/domain/TextRules.h"
#include "core/io/Csv.h"
#include "core/store/Database.h"
#include "core/store/DuplicateQueries.h"
#include "core/store/ImportStore.h"
#include "core/store/MetaStore.h"
#include "core/store/ReferralStore.h"

#include <sodium.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace waymark {

namespace {

constexpr std::size_t kMaxSourceChars = 60;

Error invalid(std::string field, std::string detail, std::string rule)
{
    Error e = Error::make(ErrorCode::Validation, std::move(detail), std::move(field));
    e.rule = std::move(rule);
    return e;
}

Result<std::string> checkSource(std::string_view sourceIn)
{
    std::string source = text::trim(sourceIn);
    static const FieldRule kRule{"source", kMaxSourceChars, TextShape::SingleLine};
    if (source.empty())
        return std::unexpected(invalid("source", "is required", "required"));
    if (auto problem = textProblem(source, kRule))
        return std::unexpected(invalid("source", textProblemDetail(*problem, kRule), std::string(*problem)));
    return source;
}

std::string mappingKey(std::string_view source)
{
    return "import.mapping." + foldHeaderName(source);
}

std::string hashHex(std::string_view bytes)
{
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                       nullptr, 0);
    return text::toHex(digest, sizeof digest);
}

ImportCodeTables codeTables()
{
    return ImportCodeTables{sexCodes(), referralRouteCodes(), offenceCategoryCodes()};
}

ImportMatch toMatch(DuplicateCandidate candidate)
{
    return ImportMatch{std::move(candidate.person), candidate.score, std::move(candidate.reasons)};
}

bool sameDateOfBirth(const DuplicateCandidate& candidate)
{
    return std::any_of(candidate.reasons.begin(), candidate.reasons.end(),
                       [](const MatchReason& r) { return r.code == match::kSameDateOfBirth; });
}

// What a file would become: the report, and per row its drafts and fingerprint.
struct Planned
{
    ImportReport report;
    std::vector<RowDraft> drafts;          // parallel to report.rows
    std::vector<std::string> fingerprints; // parallel to report.rows
    std::vector<int> newPerson;            // parallel: index into people, or -1
    std::vector<Person> people;            // distinct new people
    std::string referralSource;
};

bool cancelled(const ProgressFn& progress, int percent, std::string_view phrase)
{
    return progress && !progress(std::clamp(percent, 0, 100), phrase);
}

Result<Planned> plan(DeskContext& context, std::string_view bytes, const ImportOptions& options, int progressEnd)
{
    Planned out;
    auto source = checkSource(options.source);
    if (!source)
        return std::unexpected(source.error());
    if (!options.referralSource.empty()) {
        if (!isKnownCode(referralSourceCodes(), options.referralSource))
            return std::unexpected(invalid("referral_source", "is not a known value", "unknown_code"));
        out.referralSource = options.referralSource;
    } else {
        const std::string asCode = foldHeaderName(*source);
        out.referralSource = isKnownCode(referralSourceCodes(), asCode) ? asCode : std::string("police");
    }

    auto table = csv::read(bytes);
    if (!table)
        return std::unexpected(csv::toError(table.error()));

    Database& db = context.database();
    ColumnMapping mapping = options.mapping;
    if (!mapping.empty()) {
        if (auto st = validateMapping(mapping); !st)
            return std::unexpected(st.error());
    } else {
        auto saved = MetaStore(db).find(mappingKey(*source));
        if (!saved)
            return std::unexpected(saved.error());
        if (!saved->empty()) {
            auto parsed = parseMapping(*saved);
            if (!parsed)
                return std::unexpected(parsed.error());
            mapping = std::move(*parsed);
        }
    }
    auto columns = planColumns(table->header, mapping);
    if (!columns)
        return std::unexpected(columns.error());

    ImportReport& report = out.report;
    report.source = *source;
    report.encoding = std::string(csv::encodingName(table->encoding));
    report.delimiter = table->delimiter;
    report.ignoredColumns = columns->ignored;
    report.mappingUsed = !mapping.empty();
    report.fileHash = hashHex(bytes);
    ImportStore store(db);
    auto batch = store.batchByHash(report.fileHash);
    if (!batch)
        return std::unexpected(batch.error());
    report.previouslyImported = batch->has_value();

    const Date today = context.clock().today();
    const ImportCodeTables codes = codeTables();
    DuplicateQueries duplicates(db);
    ReferralStore referrals(db);
    std::map<std::string, std::size_t> fingerprintLine;
    std::map<std::string, std::size_t> policeReferenceLine;
    std::map<std::string, int> newPersonByKey; // folded names and date of birth -> index into out.people
    const std::size_t total = table->rows.size();
    for (std::size_t i = 0; i < total; ++i) {
        const csv::Row& csvRow = table->rows[i];
        if (i % 200 == 0 &&
            cancelled(options.progress, static_cast<int>(progressEnd * i / std::max<std::size_t>(total, 1)),
                      "checking rows"))
            return fail(ErrorCode::Cancelled, "cancelled while checking rows");
        RowDraft draft = draftRow(csvRow.line, csvRow.fields, *columns, codes, today);
        ImportRowResult result;
        result.line = csvRow.line;
        result.policeReference = draft.referral.policeReference;
        std::string fingerprint;
        int personIndex = -1;
        if (!draft.ok()) {
            result.outcome = ImportRowOutcome::Invalid;
            result.problems = draft.problems;
        } else {
            fingerprint = rowFingerprint(*source, draft);
            const std::string& pr = draft.referral.policeReference;
            auto imported = store.rowImported(fingerprint);
            if (!imported)
                return std::unexpected(imported.error());
            auto known = pr.empty() ? Result<std::optional<Uuid>>(std::nullopt) : referrals.findByPoliceReference(pr);
            if (!known)
                return std::unexpected(known.error());
            const bool referenceKnown = known->has_value();
            if (auto seen = fingerprintLine.find(fingerprint); seen != fingerprintLine.end()) {
                result.outcome = ImportRowOutcome::AlreadyImported;
                result.alreadyImportedReason = "the same row is on line " + std::to_string(seen->second);
            } else if (*imported) {
                result.outcome = ImportRowOutcome::AlreadyImported;
                result.alreadyImportedReason = "this row was imported before";
            } else if (referenceKnown) {
                result.outcome = ImportRowOutcome::AlreadyImported;
                result.alreadyImportedReason = "the police reference is already in the casebook";
            } else if (auto other = policeReferenceLine.find(pr); !pr.empty() && other != policeReferenceLine.end()) {
                result.outcome = ImportRowOutcome::Invalid;
                const auto column = columns->columnOf(ImportField::PoliceReference);
                result.problems.push_back(FieldProblem{
                    csvRow.line, column ? text::trim(table->header[*column]) : "police_reference", "police_reference",
                    "repeated_in_file", "the same police reference is on line " + std::to_string(other->second)});
            } else {
                const Person& p = draft.person;
                const std::string key =
                    foldForSearch(p.givenName) + "\x1f" + foldForSearch(p.familyName) + "\x1f" + p.dateOfBirth.toIso();
                if (auto sameNew = newPersonByKey.find(key); sameNew != newPersonByKey.end()) {
                    result.outcome = ImportRowOutcome::NewPerson;
                    personIndex = sameNew->second;
                    for (std::size_t k = 0; k < out.newPerson.size(); ++k)
                        if (out.newPerson[k] == personIndex) {
                            result.samePersonAsLine = out.report.rows[k].line;
                            break;
                        }
                } else {
                    // The duplicate rules of the people desk (core/domain/Duplicates.h), read here
                    // without an audit row per line: the import's own audit row counts them.
                    auto rows = duplicates.candidates(p, dateOfBirthVariants(p.dateOfBirth));
                    if (!rows)
                        return std::unexpected(rows.error());
                    auto ranked = rankCandidates(p, rows->people, rows->aliases);
                    // Only a person with the same date of birth is linked; others who look alike
                    // are listed for the coordinator to check.
                    const auto linked = std::find_if(ranked.begin(), ranked.end(), sameDateOfBirth);
                    if (linked != ranked.end()) {
                        result.outcome = ImportRowOutcome::MatchedPerson;
                        result.personReference = linked->person.caseReference;
                        result.match = toMatch(*linked);
                    } else {
                        result.outcome = ImportRowOutcome::NewPerson;
                        personIndex = static_cast<int>(out.people.size());
                        newPersonByKey.emplace(key, personIndex);
                        out.people.push_back(p);
                    }
                    for (auto& c : ranked)
                        if (linked == ranked.end() || c.person.id != result.match->person.id)
                            result.candidates.push_back(toMatch(std::move(c)));
                }
                fingerprintLine.emplace(fingerprint, csvRow.line);
                if (!pr.empty())
                    policeReferenceLine.emplace(pr, csvRow.line);
            }
        }
        switch (result.outcome) {
        case ImportRowOutcome::NewPerson:
            ++report.counts.newPeople;
            break;
        case ImportRowOutcome::MatchedPerson:
            ++report.counts.matchedPeople;
            break;
        case ImportRowOutcome::AlreadyImported:
            ++report.counts.alreadyImported;
            break;
        case ImportRowOutcome::Invalid:
            ++report.counts.invalid;
            break;
        }
        report.rows.push_back(std::move(result));
        out.drafts.push_back(std::move(draft));
        out.fingerprints.push_back(std::move(fingerprint));
        out.newPerson.push_back(personIndex);
    }
    report.counts.rows = static_cast<int>(total);
    report.counts.peopleToCreate = static_cast<int>(out.people.size());
    return out;
}

std::string countsDetail(const ImportReport& r)
{
    return "source " + r.source + ": " + std::to_string(r.counts.rows) + " rows, " +
           std::to_string(r.counts.newPeople) + " new person, " + std::to_string(r.counts.matchedPeople) +
           " matched person, " + std::to_string(r.counts.alreadyImported) + " already imported, " +
           std::to_string(r.counts.invalid) + " invalid";
}

} // namespace

std::string_view importRowOutcomeName(ImportRowOutcome outcome)
{
    switch (outcome) {
    case ImportRowOutcome::NewPerson:
        return "new_person";
    case ImportRowOutcome::MatchedPerson:
        return "matched_person";
    case ImportRowOutcome::AlreadyImported:
        return "already_imported";
    case ImportRowOutcome::Invalid:
        return "invalid";
    }
    return "invalid";
}

Status ImportReport::status() const
{
    if (!refused)
        return {};
    std::string first;
    for (const auto& row : rows)
        if (!row.problems.empty()) {
            const auto& p = row.problems.front();
            first = "line " + std::to_string(p.line) + ", " + p.column + ": " + p.detail;
            break;
        }
    Error e = Error::make(ErrorCode::Validation, std::to_string(counts.invalid) +
                                                     (counts.invalid == 1 ? " row has" : " rows have") +
                                                     " field errors, nothing was imported (first: " + first + ")");
    e.rule = "invalid_rows";
    return std::unexpected(std::move(e));
}

Result<ImportReport> Imports::dryRun(std::string_view bytes, const ImportOptions& options)
{
    if (auto st = m_context.authorise(Action::ReferralImport, "import"); !st)
        return std::unexpected(st.error());
    auto planned = plan(m_context, bytes, options, 100);
    if (!planned)
        return std::unexpected(planned.error());
    if (auto st = m_context.auditConsultation("referral.import_checked", "import", {}, countsDetail(planned->report));
        !st)
        return std::unexpected(st.error());
    (void)cancelled(options.progress, 100, "checked");
    return std::move(planned->report);
}

Result<ImportReport> Imports::run(std::string_view bytes, const ImportOptions& options)
{
    if (auto st = m_context.authorise(Action::ReferralImport, "import"); !st)
        return std::unexpected(st.error());
    // Planned inside the write transaction, so what is written matches what the casebook holds.
    // The desks' own transactions below become savepoints of this one: one transaction per file.
    Database& db = m_context.database();
    std::optional<Transaction> tx;
    tx.emplace(db);
    if (!tx->begun())
        return std::unexpected(tx->begun().error());
    auto planned = plan(m_context, bytes, options, 30);
    if (!planned)
        return std::unexpected(planned.error());
    ImportReport& report = planned->report;
    report.dryRun = false;
    if (report.counts.invalid > 0 && !options.skipInvalid) {
        report.refused = true;
        tx.reset(); // nothing written
        (void)m_context.audit("referral.import_refused", "import", {}, countsDetail(report));
        return std::move(report);
    }

    // New people, one per distinct person of the file.
    std::vector<Uuid> personIds(planned->people.size());
    std::vector<std::string> personRefs(planned->people.size());
    for (std::size_t i = 0; i < planned->people.size(); ++i) {
        if (i % 50 == 0 &&
            cancelled(options.progress, 30 + static_cast<int>(30 * i / planned->people.size()), "adding people"))
            return fail(ErrorCode::Cancelled, "cancelled; nothing was imported");
        auto created = m_people.create(planned->people[i]);
        if (!created)
            return std::unexpected(created.error());
        personIds[i] = created->person.id;
        personRefs[i] = created->person.caseReference;
    }

    std::vector<Referral> referrals;
    std::vector<std::size_t> referralRow;
    for (std::size_t i = 0; i < report.rows.size(); ++i) {
        ImportRowResult& row = report.rows[i];
        if (row.outcome != ImportRowOutcome::NewPerson && row.outcome != ImportRowOutcome::MatchedPerson)
            continue;
        Referral r = planned->drafts[i].referral;
        if (row.outcome == ImportRowOutcome::NewPerson) {
            const auto index = static_cast<std::size_t>(planned->newPerson[i]);
            r.personId = personIds[index];
            row.personReference = personRefs[index];
        } else {
            r.personId = row.match->person.id;
        }
        r.source = planned->referralSource;
        r.importSource = report.source;
        referrals.push_back(std::move(r));
        referralRow.push_back(i);
    }
    const ProgressFn referralProgress = [&](int percent, std::string_view) {
        return !cancelled(options.progress, 60 + percent * 35 / 100, "adding referrals");
    };
    if (!referrals.empty()) {
        auto written = m_referrals.createMany(std::move(referrals), referralProgress);
        if (!written)
            return std::unexpected(written.error());
        report.referralsCreated = *written;
    }
    report.peopleCreated = static_cast<int>(planned->people.size());

    ImportBatch batch;
    batch.id = Uuid::v7(m_context.clock().now());
    batch.source = report.source;
    batch.fileHash = report.fileHash;
    batch.rows = report.counts.rows;
    batch.referrals = report.referralsCreated;
    batch.people = report.peopleCreated;
    batch.importedAt = formatUtcMillis(m_context.clock().now());
    batch.importedBy = m_context.user().id;
    ImportStore store(db);
    if (auto st = store.addBatch(batch); !st)
        return std::unexpected(st.error());
    for (std::size_t i : referralRow) {
        if (auto st = store.addRow(planned->fingerprints[i], batch.id, static_cast<std::int64_t>(report.rows[i].line));
            !st)
            return std::unexpected(st.error());
        report.rows[i].written = true;
    }
    if (auto st = m_context.audit("referral.imported", "import", batch.id,
                                  countsDetail(report) + "; " + std::to_string(report.referralsCreated) +
                                      " referrals and " + std::to_string(report.peopleCreated) + " people created");
        !st)
        return std::unexpected(st.error());
    if (cancelled(options.progress, 97, "saving"))
        return fail(ErrorCode::Cancelled, "cancelled; nothing was imported");
    if (auto st = tx->commit(); !st)
        return std::unexpected(st.error());
    report.written = true;
    (void)cancelled(options.progress, 100, "imported");
    return std::move(report);
}

Result<ColumnMapping> Imports::mapping(std::string_view sourceIn)
{
    if (auto st = m_context.authorise(Action::ReferralImport, "import"); !st)
        return std::unexpected(st.error());
    auto source = checkSource(sourceIn);
    if (!source)
        return std::unexpected(source.error());
    auto saved = MetaStore(m_context.database()).find(mappingKey(*source));
    if (!saved)
        return std::unexpected(saved.error());
    if (saved->empty())
        return ColumnMapping{};
    return parseMapping(*saved);
}

Status Imports::setMapping(std::string_view sourceIn, const ColumnMapping& mapping)
{
    if (auto st = m_context.authorise(Action::ReferralImport, "import"); !st)
        return st;
    auto source = checkSource(sourceIn);
    if (!source)
        return std::unexpected(source.error());
    if (auto st = validateMapping(mapping); !st)
        return st;
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    if (auto st = MetaStore(db).set(mappingKey(*source), serialiseMapping(mapping)); !st)
        return st;
    if (auto st =
            m_context.audit("import.mapping_saved", "import", {},
                            "source " + *source + ": " + std::to_string(mapping.columns.size()) + " columns mapped");
        !st)
        return st;
    return tx.commit();
}

} // namespace waymark
