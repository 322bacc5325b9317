// waymark-cli case summary: the one-page case summary for a panel meeting, printed to a PDF
// (core/CaseSummaries.h; the renderer is registered by main.cpp, app/cli/Cli.h Renderers).
// A disclosure: the recipient is required and goes into the audit row.

#include "app/cli/Command.h"
#include "core/Text.h"
#include "core/store/AtomicFile.h"

namespace waymark::cli {

namespace {

class CaseSummaryCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "case summary"; }
    std::string help() const override
    {
        return helpEntry("case summary CASE-REF --recipient TEXT --out FILE",
                         "prints the young person's one-page case summary for a panel to a PDF\n"
                         "(identity, current referral, assessment change, interventions, attendance,\n"
                         "open tasks; never notes). Audited as a disclosure to the recipient. The\n"
                         "allocated caseworker or a coordinator");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, "case summary needs one case reference", "case_reference");
        if (!args.has("out"))
            return fail(ErrorCode::Validation, "case summary needs --out FILE (the PDF)", "out");
        if (waymark::text::trim(args.value("recipient").value_or("")).empty())
            return fail(ErrorCode::Validation, "case summary needs --recipient TEXT (who the panel is)", "recipient");
        return {};
    }

    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        if (!renderers().caseSummaryPdf)
            return ctx.fail(ErrorCode::Internal, "this waymark-cli was built without PDF output");
        auto summary = casebook.caseSummaries().disclose(args.positionals.front(), *args.value("recipient"));
        if (!summary)
            return ctx.fail(summary.error());
        // The types' labels for the interventions (the same roles may view plans); without them
        // the built-in types still print their labels.
        auto types = casebook.plans().interventionTypes();
        auto bytes = renderers().caseSummaryPdf(*summary, types ? *types : std::vector<CodeEntry>{});
        if (!bytes)
            return ctx.fail(bytes.error());
        const std::string out = *args.value("out");
        if (auto st = writeFileAtomically(out, *bytes); !st)
            return ctx.fail(st.error());
        Json doc = Json::object();
        doc.set("case_reference", summary->caseReference);
        doc.set("file", out);
        doc.set("recipient", summary->recipient);
        return ctx.done(doc, "Case summary of " + summary->caseReference + " written to " + out);
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"recipient", OptionSpec::Value}, {"out", OptionSpec::Value}};
};

} // namespace

void addCaseSummaryCommands(CommandList& list)
{
    list.push_back(std::make_unique<CaseSummaryCommand>());
}

} // namespace waymark::cli
