// waymark-cli audit verify | export (`audit list` is with the casebook commands)

#include "app/cli/Command.h"
#include "app/cli/Record.h"

#include "core/AuditTrail.h"
#include "core/calendar/TypedDate.h"

namespace waymark::cli {

namespace {

// A person's id from a case reference or an id. Resolving the reference is a search, not a
// consultation of the record (auditors may search; they do not open records to filter).
Result<Uuid> personIdForAudit(Casebook& casebook, std::string_view ref)
{
    if (auto id = Uuid::parse(ref))
        return *id;
    auto found = casebook.people().search(ref, 2);
    if (!found)
        return std::unexpected(found.error());
    if (found->size() != 1 || found->front().caseReference != ref)
        return fail(ErrorCode::NotFound, "no person with that case reference", "person");
    return found->front().id;
}

// ---- audit verify --------------------------------------------------------------------

// "row 12 (2026-11-30T09:00:00.000Z, person.viewed by alice)", or "row 12 (no longer there)".
struct NamedRow
{
    Json json;
    std::string text;
};

Result<NamedRow> nameRow(Casebook& casebook, std::int64_t seq)
{
    auto row = casebook.audit().row(seq);
    if (!row)
        return std::unexpected(row.error());
    NamedRow out{Json::object(), "row " + std::to_string(seq)};
    out.json.set("seq", seq);
    if (!*row) {
        out.json.set("missing", true);
        out.text += " (no longer there)";
        return out;
    }
    const AuditEvent& e = (*row)->event;
    out.json.set("missing", false);
    out.json.set("at", e.at);
    out.json.set("operation", e.operation);
    out.json.set("user", e.username);
    out.text += " (" + e.at + ", " + e.operation + (e.username.empty() ? "" : " by " + e.username) + ")";
    return out;
}

class AuditVerifyCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "audit verify"; }
    std::string help() const override
    {
        return helpEntry("audit verify", "check the audit hash chain and this machine's audit anchor, naming\n"
                                         "the first bad row (auditors, coordinators; `verify` adds the\n"
                                         "page-by-page integrity check)");
    }

protected:
    Status prepare(Context& ctx, const ParsedArgs& args) override
    {
        if (!args.positionals.empty())
            return fail(ErrorCode::InvalidInput, "audit verify takes no arguments");
        ctx.openToVerify();
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs&) override
    {
        auto report = casebook.verify(Casebook::VerifyScope::AuditOnly);
        if (!report)
            return ctx.fail(report.error());
        const AnchorCheck& anchor = report->anchor;

        Json chainDoc = Json::object();
        chainDoc.set("ok", !report->firstBrokenAuditRow);
        chainDoc.set("rows", report->auditRows);
        chainDoc.set("detail", report->auditDetail);
        chainDoc.set("checked_after", report->auditCheckedAfter);
        chainDoc.set("checkpoint_at", report->checkpointAt.empty() ? Json() : Json(report->checkpointAt));
        std::string chainLine = "audit chain: ok (" + std::to_string(report->auditRows) + " rows";
        if (report->auditCheckedAfter > 0)
            chainLine += "; rows 1-" + std::to_string(report->auditCheckedAfter) + " verified on this machine at " +
                         report->checkpointAt + ", the " +
                         std::to_string(report->auditRows - report->auditCheckedAfter) +
                         " after them read now; `verify` reads them all";
        chainLine += ")";
        if (report->firstBrokenAuditRow) {
            auto named = nameRow(casebook, *report->firstBrokenAuditRow);
            if (!named)
                return ctx.fail(named.error());
            chainDoc.set("first_bad_row", named->json);
            chainLine = "audit chain: broken at " + named->text + ": " + report->auditDetail;
        } else {
            chainDoc.set("first_bad_row", Json());
        }

        Json anchorDoc = Json::object();
        anchorDoc.set("state", std::string(anchorStateName(anchor.state)));
        anchorDoc.set("ok", anchor.ok());
        anchorDoc.set("detail", anchor.detail);
        anchorDoc.set("missing_rows", anchor.missingRows);
        std::string anchorLine = "audit anchor: " + std::string(anchorStateName(anchor.state));
        if (anchor.firstBadRow) {
            auto named = nameRow(casebook, *anchor.firstBadRow);
            if (!named)
                return ctx.fail(named.error());
            anchorDoc.set("first_bad_row", named->json);
            if (!anchor.ok())
                anchorLine += " at " + named->text;
        } else {
            anchorDoc.set("first_bad_row", Json());
        }
        anchorLine += " (" + anchor.detail + ")";

        Json signaturesDoc = Json::object();
        signaturesDoc.set("ok", report->signaturesOk);
        signaturesDoc.set("detail", report->signatureDetail);
        signaturesDoc.set("signed_rows", report->signedRows);
        signaturesDoc.set("unsigned_before_signing", report->unsignedBeforeSigning);
        const std::string signaturesLine =
            "signatures: " + std::string(report->signaturesOk ? "ok (" : "FAILED (") + report->signatureDetail + ")";

        Json doc = Json::object();
        doc.set("ok", report->ok());
        doc.set("chain", std::move(chainDoc));
        doc.set("signatures", std::move(signaturesDoc));
        doc.set("anchor", std::move(anchorDoc));
        if (report->ok())
            return ctx.done(doc, chainLine + "\n" + signaturesLine + "\n" + anchorLine);

        std::string problem;
        if (report->firstBrokenAuditRow)
            problem = chainLine;
        if (!report->signaturesOk)
            problem += (problem.empty() ? "" : "; ") + signaturesLine;
        if (!anchor.ok())
            problem += (problem.empty() ? "" : "; ") + anchorLine;
        return verifyFailed(ctx, "audit verify", problem, std::move(doc),
                            chainLine + "\n" + signaturesLine + "\n" + anchorLine);
    }
};

// ---- audit export --------------------------------------------------------------------

constexpr Choice<AuditExportFormat> kFormats[] = {{"csv", AuditExportFormat::Csv}, {"json", AuditExportFormat::Json}};

class AuditExportCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "audit export"; }
    std::string help() const override
    {
        return helpEntry("audit export --from DATE --to DATE [--user U] [--person REF]\n"
                         "       [--operation OP] --format csv|json --out FILE [--recipient TEXT]",
                         "audit rows between the dates (inclusive, UTC) to a file, oldest first\n"
                         "(auditors, coordinators); audited as a disclosure. OP is an\n"
                         "operation (person.viewed) or a family ending in '.' (person.)");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (!args.positionals.empty())
            return fail(ErrorCode::InvalidInput, "audit export takes options only");
        for (const char* required : {"from", "to", "format", "out"})
            if (!args.has(required))
                return fail(ErrorCode::InvalidInput, "audit export needs --" + std::string(required), required);
        m_filter = AuditFilter{};
        auto from = parseTypedDate(*args.value("from"), "from");
        if (!from)
            return std::unexpected(from.error());
        auto to = parseTypedDate(*args.value("to"), "to");
        if (!to)
            return std::unexpected(to.error());
        if (*to < *from)
            return fail(ErrorCode::InvalidInput, "--to is before --from", "to");
        m_filter.from = *from;
        m_filter.to = *to;
        m_filter.username = args.value("user").value_or("");
        m_filter.operation = args.value("operation").value_or("");
        auto format = choose<AuditExportFormat>(kFormats, *args.value("format"), "format", "format");
        if (!format)
            return std::unexpected(format.error());
        m_format = *format;
        if (args.value("out")->empty())
            return fail(ErrorCode::InvalidInput, "audit export needs a file name after --out", "out");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        // A role that may not export is refused (and audited) by the door below, before any search.
        if (auto ref = args.value("person"); ref && casebook.can(Action::AuditExport)) {
            auto id = personIdForAudit(casebook, *ref);
            if (!id)
                return ctx.fail(id.error());
            m_filter.recordId = *id;
        }
        const std::filesystem::path out = *args.value("out");
        auto result = casebook.audit().exportTo(m_filter, m_format, out, args.value("recipient").value_or(""));
        if (!result)
            return ctx.fail(result.error());
        Json doc = Json::object();
        doc.set("file", out.string());
        doc.set("rows", result->rows);
        doc.set("from", m_filter.from->toIso());
        doc.set("to", m_filter.to->toIso());
        return ctx.done(doc, std::to_string(result->rows) + (result->rows == 1 ? " audit row" : " audit rows") +
                                 " written to " + out.string());
    }

private:
    static constexpr OptionSpec kSpecs[] = {
        {"from", OptionSpec::Value},   {"to", OptionSpec::Value},        {"user", OptionSpec::Value},
        {"person", OptionSpec::Value}, {"operation", OptionSpec::Value}, {"format", OptionSpec::Value},
        {"out", OptionSpec::Value},    {"recipient", OptionSpec::Value},
    };
    AuditFilter m_filter;
    AuditExportFormat m_format = AuditExportFormat::Csv;
};

} // namespace

int verifyFailed(Context& ctx, std::string_view command, const std::string& problem, Json doc, const std::string& text)
{
    ctx.err() << "waymark-cli: " << command << " failed: " << problem << '\n';
    if (ctx.json()) {
        Json error = Json::object();
        error.set("code", errorCodeName(ErrorCode::Damaged));
        error.set("field", Json());
        error.set("message", problem);
        doc.set("error", std::move(error));
        ctx.out() << doc.dump() << '\n';
    } else {
        ctx.out() << text << '\n';
    }
    ctx.out().flush();
    return kExitDamaged;
}

void addAuditCommands(CommandList& list)
{
    list.push_back(std::make_unique<AuditVerifyCommand>());
    list.push_back(std::make_unique<AuditExportCommand>());
}

} // namespace waymark::cli
