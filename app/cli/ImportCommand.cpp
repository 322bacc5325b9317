// waymark-cli referral import FILE [--source NAME] [--dry-run] [--skip-invalid]

#include "app/cli/Command.h"
#include "app/cli/Record.h"

#include "core/Imports.h"
#include "core/io/Csv.h"

#include <filesystem>
#include <ostream>

namespace waymark::cli {

namespace {

// ---- referral import -------------------------------------------------------------------

const Field<FieldProblem> kProblemFields[] = {
    {"line", "Line", [](const FieldProblem& p) { return Json(static_cast<long long>(p.line)); }},
    {"column", "Column", [](const FieldProblem& p) { return Json(p.column); }},
    {"field", "Field", [](const FieldProblem& p) { return Json(p.field); }},
    {"rule", "Rule", [](const FieldProblem& p) { return Json(p.rule); }},
    {"detail", "Detail", [](const FieldProblem& p) { return Json(p.detail); }},
};

Json sizeValue(std::size_t n)
{
    return n == 0 ? Json() : Json(static_cast<long long>(n));
}

const Field<ImportRowResult> kImportRowFields[] = {
    {"line", "", [](const ImportRowResult& r) { return Json(static_cast<long long>(r.line)); }},
    {"outcome", "", [](const ImportRowResult& r) { return Json(importRowOutcomeName(r.outcome)); }},
    {"police_reference", "", [](const ImportRowResult& r) { return Json(r.policeReference); }},
    {"problems", "",
     [](const ImportRowResult& r) {
         Json out = Json::array();
         for (const auto& p : r.problems)
             out.push(recordJson<FieldProblem>(kProblemFields, p));
         return out;
     }},
    {"match", "",
     [](const ImportRowResult& r) {
         if (!r.match)
             return Json();
         Json reasons = Json::array();
         for (const auto& reason : r.match->reasons) {
             Json one = Json::object();
             one.set("code", reason.code);
             one.set("text", reason.text);
             reasons.push(std::move(one));
         }
         Json o = Json::object();
         o.set("person_id", r.match->person.id.toString());
         o.set("case_reference", r.match->person.caseReference);
         o.set("display_name", r.match->person.displayName());
         o.set("reasons", std::move(reasons));
         return o;
     }},
    {"same_person_as_line", "", [](const ImportRowResult& r) { return sizeValue(r.samePersonAsLine); }},
    {"already_imported_reason", "", [](const ImportRowResult& r) { return Json(r.alreadyImportedReason); }},
    {"person_reference", "", [](const ImportRowResult& r) { return Json(r.personReference); }},
    {"written", "", [](const ImportRowResult& r) { return Json(r.written); }},
};

// "line 4: matched WM-K7QX-2026-00042 (same date of birth, similar family name)".
std::string importRowText(const ImportRowResult& r)
{
    std::string line = "line " + std::to_string(r.line) + ": " + std::string(importRowOutcomeName(r.outcome));
    switch (r.outcome) {
    case ImportRowOutcome::NewPerson:
        if (r.samePersonAsLine != 0)
            line += " (the same person as line " + std::to_string(r.samePersonAsLine) + ")";
        break;
    case ImportRowOutcome::MatchedPerson:
        if (r.match) {
            line += " " + r.match->person.caseReference;
            std::string reasons;
            for (const auto& reason : r.match->reasons)
                reasons += (reasons.empty() ? "" : ", ") + reason.text;
            if (!reasons.empty())
                line += " (" + reasons + ")";
        }
        break;
    case ImportRowOutcome::AlreadyImported:
        if (!r.alreadyImportedReason.empty())
            line += " (" + r.alreadyImportedReason + ")";
        break;
    case ImportRowOutcome::Invalid:
        for (const auto& p : r.problems)
            line += "\n  " + p.field + (p.column.empty() ? "" : " (column '" + p.column + "')") + ": " + p.rule +
                    (p.detail.empty() ? "" : ", " + p.detail);
        break;
    }
    if (!r.personReference.empty() && r.outcome == ImportRowOutcome::NewPerson)
        line += " -> " + r.personReference;
    return line;
}

Json importReportJson(const ImportReport& report)
{
    Json ignored = Json::array();
    for (const auto& c : report.ignoredColumns)
        ignored.push(c);
    Json counts = Json::object();
    counts.set("rows", report.counts.rows);
    counts.set("new_people", report.counts.newPeople);
    counts.set("matched_people", report.counts.matchedPeople);
    counts.set("already_imported", report.counts.alreadyImported);
    counts.set("invalid", report.counts.invalid);
    counts.set("people_to_create", report.counts.peopleToCreate);
    Json rows = Json::array();
    for (const auto& r : report.rows)
        rows.push(recordJson<ImportRowResult>(kImportRowFields, r));
    Json o = Json::object();
    o.set("source", report.source);
    o.set("encoding", report.encoding);
    o.set("delimiter", std::string(1, report.delimiter));
    o.set("ignored_columns", std::move(ignored));
    o.set("mapping_used", report.mappingUsed);
    o.set("file_hash", report.fileHash);
    o.set("previously_imported", report.previouslyImported);
    o.set("dry_run", report.dryRun);
    o.set("refused", report.refused);
    o.set("written", report.written);
    o.set("people_created", report.peopleCreated);
    o.set("referrals_created", report.referralsCreated);
    o.set("counts", std::move(counts));
    o.set("rows", std::move(rows));
    return o;
}

std::string importReportText(const ImportReport& report)
{
    std::string text;
    for (const auto& r : report.rows)
        text += importRowText(r) + '\n';
    if (!report.ignoredColumns.empty()) {
        std::string names;
        for (const auto& c : report.ignoredColumns)
            names += (names.empty() ? "'" : ", '") + c + "'";
        text += "ignored columns: " + names + '\n';
    }
    if (report.previouslyImported)
        text += "this file was imported before\n";
    const auto& c = report.counts;
    text += std::to_string(c.rows) + " rows: " + std::to_string(c.newPeople) + " new person (" +
            std::to_string(c.peopleToCreate) + " people to create), " + std::to_string(c.matchedPeople) + " matched, " +
            std::to_string(c.alreadyImported) + " already imported, " + std::to_string(c.invalid) + " invalid\n";
    if (report.dryRun)
        text += "dry run: nothing was written\n";
    else if (report.refused)
        text += "refused: nothing was written (rows with problems; --skip-invalid imports the others)\n";
    else
        text += "imported: " + std::to_string(report.referralsCreated) + " referrals, " +
                std::to_string(report.peopleCreated) + " new people\n";
    return text;
}

class ReferralImportCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "referral import"; }
    std::string help() const override
    {
        return helpEntry("referral import FILE [--source NAME] [--referral-source CODE] [--dry-run] [--skip-invalid]",
                         "import a CSV referral list (coordinators; docs/import.md): --dry-run shows\n"
                         "every row's outcome and writes nothing; one transaction per file");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, "referral import needs one file");
        auto bytes = csv::loadCsvFile(std::filesystem::path(args.positionals.front()));
        if (!bytes)
            return std::unexpected(bytes.error());
        m_bytes = std::move(*bytes);
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        ImportOptions options;
        options.source = args.value("source").value_or("police");
        options.referralSource = args.value("referral-source").value_or("");
        options.skipInvalid = args.has("skip-invalid");
        int lastPercent = -1;
        std::ostream& err = ctx.err();
        options.progress = [&](int percent, std::string_view phrase) {
            if (percent / 10 != lastPercent / 10 || percent == 100) {
                err << "import: " << percent << "% " << phrase << '\n';
                err.flush();
            }
            lastPercent = percent;
            return true;
        };
        auto report = args.has("dry-run") ? casebook.imports().dryRun(m_bytes, options)
                                          : casebook.imports().run(m_bytes, options);
        if (!report)
            return ctx.fail(report.error());
        if (auto status = report->status(); !status) {
            // The report first (every row's problems), then the error and its exit code.
            Json doc = importReportJson(*report);
            if (ctx.json()) {
                Json error = Json::object();
                error.set("code", errorCodeName(status.error().code));
                error.set("field", status.error().field.empty() ? Json() : Json(status.error().field));
                error.set("rule", status.error().rule);
                error.set("message", status.error().detail);
                doc.set("error", std::move(error));
                ctx.out() << doc.dump() << '\n';
            } else {
                ctx.out() << importReportText(*report);
            }
            ctx.out().flush();
            ctx.err() << "waymark-cli: not imported: " << status.error().detail << '\n';
            return exitCodeFor(status.error().code);
        }
        return ctx.done(importReportJson(*report), importReportText(*report));
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"source", OptionSpec::Value},
                                            {"referral-source", OptionSpec::Value},
                                            {"dry-run", OptionSpec::Flag},
                                            {"skip-invalid", OptionSpec::Flag}};
    std::string m_bytes;
};

} // namespace

void addImportCommands(CommandList& list)
{
    list.push_back(std::make_unique<ReferralImportCommand>());
}

} // namespace waymark::cli
