// waymark-cli report list|run: the reports funders ask for (Reports desk, docs/measures.md).
// A table on the terminal shows true counts; CSV and JSON, and anything written with --out,
// leave the scheme: small numbers are suppressed and the export is audited as a disclosure.

#include "app/cli/Command.h"
#include "core/calendar/TypedDate.h"
#include "core/reports/ReportExport.h"
#include "core/store/AtomicFile.h"

namespace waymark::cli {

namespace {

std::string_view kindName(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Text:
        return "text";
    case ColumnKind::Count:
        return "count";
    case ColumnKind::Number:
        return "number";
    case ColumnKind::Days:
        return "days";
    case ColumnKind::Percent:
        return "percent";
    case ColumnKind::Ratio:
        return "ratio";
    case ColumnKind::Rate:
        return "rate";
    case ColumnKind::Mean:
        return "mean";
    }
    return "text";
}

Json cellJson(const ReportColumn& column, const ReportCell& cell, bool suppressed)
{
    if (suppressed && cell.suppressed)
        return Json();
    if (column.kind == ColumnKind::Text)
        return Json(cell.text);
    if (!cell.number)
        return Json();
    if (column.kind == ColumnKind::Count || column.kind == ColumnKind::Number)
        return Json(static_cast<long long>(*cell.number));
    // Rounded as the CSV shows it, so the two exports agree.
    return Json(std::stod(formatCell(column, cell, false)));
}

Json rowJson(const Report& report, const ReportTable& table, const ReportRow& row)
{
    Json o = Json::object();
    if (!row.section.empty())
        o.set("section", row.section);
    Json hidden = Json::array();
    for (std::size_t c = 0; c < table.columns.size() && c < row.cells.size(); ++c) {
        o.set(table.columns[c].key, cellJson(table.columns[c], row.cells[c], report.suppressed));
        if (report.suppressed && row.cells[c].suppressed)
            hidden.push(Json(table.columns[c].key));
    }
    if (const auto* a = hidden.asArray(); a && !a->empty())
        o.set("suppressed", hidden);
    return o;
}

Json reportJson(const Report& report)
{
    Json doc = Json::object();
    doc.set("report", report.name);
    doc.set("title", report.title);
    doc.set("definition", report.definition);
    doc.set("from", report.params.from.toIso());
    doc.set("to", report.params.to.toIso());
    Json filters = Json::object();
    const auto& f = report.params.filters;
    for (const auto& [k, v] : {std::pair<const char*, const std::string*>{"worker", &f.worker},
                               {"source", &f.source},
                               {"route", &f.route},
                               {"provider", &f.provider},
                               {"age_band", &f.ageBand}})
        if (!v->empty())
            filters.set(k, *v);
    doc.set("filters", filters);
    doc.set("generated_at", report.generatedAt);
    Json suppression = Json::object();
    suppression.set("applied", report.suppressed);
    suppression.set("threshold", report.threshold);
    doc.set("suppression", suppression);
    Json tables = Json::array();
    for (const auto& table : report.tables) {
        Json t = Json::object();
        t.set("name", table.name);
        t.set("title", table.title);
        Json columns = Json::array();
        for (const auto& c : table.columns) {
            Json col = Json::object();
            col.set("key", c.key);
            col.set("title", c.title);
            col.set("kind", kindName(c.kind));
            columns.push(col);
        }
        t.set("columns", columns);
        Json rows = Json::array();
        for (const auto& row : table.rows)
            rows.push(rowJson(report, table, row));
        t.set("rows", rows);
        t.set("totals", table.totals ? rowJson(report, table, *table.totals) : Json());
        tables.push(t);
    }
    doc.set("tables", tables);
    return doc;
}

// ---- report list --------------------------------------------------------------------------

class ReportListCommand : public Command
{
public:
    std::string_view name() const override { return "report list"; }
    std::string help() const override { return helpEntry("report list", "the reports there are, in order"); }

protected:
    int execute(Context& ctx, const ParsedArgs& args) override
    {
        if (!args.positionals.empty())
            return ctx.usage("report list takes no arguments");
        Json doc = Json::array();
        std::string text;
        for (const auto& r : Reports::available()) {
            Json o = Json::object();
            o.set("name", r.name);
            o.set("title", r.title);
            o.set("definition", r.definition);
            doc.push(o);
            text += r.name + std::string(r.name.size() < 16 ? 16 - r.name.size() : 1, ' ') + r.title + "\n";
        }
        return ctx.done(doc, text);
    }
};

// ---- report run ---------------------------------------------------------------------------

enum class Format
{
    Table,
    Csv,
    Json,
    Pdf,
};

constexpr Choice<Format> kFormats[] = {
    {"table", Format::Table}, {"csv", Format::Csv}, {"json", Format::Json}, {"pdf", Format::Pdf}};

class ReportRunCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "report run"; }
    std::string help() const override
    {
        return helpEntry("report run NAME --from DATE --to DATE [--filter KEY=VALUE]... [--format table|csv|json|pdf]\n"
                         "    [--out FILE] [--bom] [--table NAME] [--recipient TEXT]",
                         "runs a report (report list). Filters: worker, source, route, provider, age-band.\n"
                         "A table on the terminal shows true counts; csv, json and --out are exports:\n"
                         "counts below the casebook's threshold are suppressed (\"*\" / null) and the\n"
                         "export is audited as a disclosure. --bom: a byte-order mark for Excel;\n"
                         "--table: one table of the report as plain CSV; pdf (needs --out): a printable A4\n"
                         "report with the title, definition, parameters and page numbers");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, "report run needs one report name (see report list)", "report");
        m_name = args.positionals.front();
        for (const char* required : {"from", "to"})
            if (!args.has(required))
                return fail(ErrorCode::InvalidInput, "report run needs --" + std::string(required), required);
        auto from = parseTypedDate(*args.value("from"), "from");
        if (!from)
            return std::unexpected(from.error());
        auto to = parseTypedDate(*args.value("to"), "to");
        if (!to)
            return std::unexpected(to.error());
        m_params = ReportParams{};
        m_params.from = *from;
        m_params.to = *to;
        for (const auto& filter : args.values("filter")) {
            const auto eq = filter.find('=');
            if (eq == std::string::npos || eq == 0 || eq + 1 == filter.size())
                return fail(ErrorCode::InvalidInput, "a filter is KEY=VALUE", "filter");
            const std::string key = filter.substr(0, eq);
            std::string value = filter.substr(eq + 1);
            auto& f = m_params.filters;
            std::string* slot = key == "worker"                          ? &f.worker
                                : key == "source"                        ? &f.source
                                : key == "route"                         ? &f.route
                                : key == "provider"                      ? &f.provider
                                : key == "age-band" || key == "age_band" ? &f.ageBand
                                                                         : nullptr;
            if (!slot)
                return fail(ErrorCode::InvalidInput,
                            "unknown filter " + quotedIfName(key) +
                                " (expected worker, source, route, provider or age-band)",
                            "filter");
            if (!slot->empty())
                return fail(ErrorCode::InvalidInput, "filter " + key + " given twice", "filter");
            *slot = std::move(value);
        }
        m_format = Format::Table;
        if (auto format = args.value("format")) {
            auto chosen = choose<Format>(kFormats, *format, "format", "format");
            if (!chosen)
                return std::unexpected(chosen.error());
            m_format = *chosen;
        }
        if (m_format == Format::Pdf && !args.has("out"))
            return fail(ErrorCode::Validation, "--format pdf needs --out FILE (a PDF is not printed on the terminal)",
                        "out");
        if (args.has("table") && m_format != Format::Csv)
            return fail(ErrorCode::InvalidInput, "--table goes with --format csv", "table");
        return {};
    }

    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        if (m_format == Format::Pdf && !renderers().reportPdf)
            return ctx.fail(ErrorCode::Internal, "this waymark-cli was built without PDF output");
        auto report = casebook.reports().run(m_name, m_params);
        if (!report)
            return ctx.fail(report.error());
        const auto out = args.value("out");
        const bool isExport = out || m_format != Format::Table;
        if (isExport) {
            const std::string_view format = m_format == Format::Csv    ? "csv"
                                            : m_format == Format::Json ? "json"
                                            : m_format == Format::Pdf  ? "pdf"
                                                                       : "table";
            if (auto st = casebook.reports().prepareExport(*report, format, args.value("recipient").value_or("")); !st)
                return ctx.fail(st.error());
        }
        std::string body;
        switch (m_format) {
        case Format::Table:
            body = reportToText(*report);
            break;
        case Format::Json:
            body = reportJson(*report).dump() + "\n";
            break;
        case Format::Csv: {
            CsvOptions options;
            options.byteOrderMark = args.has("bom");
            // The terminal gets LF: waymark-cli prints no control characters (app/cli/Escape.h).
            if (!out)
                options.lineEnd = "\n";
            if (auto tableName = args.value("table")) {
                const ReportTable* table = report->table(*tableName);
                if (!table)
                    return ctx.fail(ErrorCode::InvalidInput, "the report has no table " + quotedIfName(*tableName),
                                    "table");
                body = tableToCsv(*report, *table, options);
            } else {
                body = reportToCsv(*report, options);
            }
            break;
        }
        case Format::Pdf: {
            auto bytes = renderers().reportPdf(*report);
            if (!bytes)
                return ctx.fail(bytes.error());
            body = std::move(*bytes);
            break;
        }
        }
        if (!out) {
            ctx.out() << body;
            ctx.out().flush();
            return kExitOk;
        }
        if (auto st = writeFileAtomically(*out, body); !st)
            return ctx.fail(st.error());
        Json doc = Json::object();
        doc.set("report", report->name);
        doc.set("file", *out);
        doc.set("suppressed", report->suppressed);
        doc.set("threshold", report->threshold);
        return ctx.done(doc, report->title + " written to " + *out);
    }

private:
    static constexpr OptionSpec kSpecs[] = {
        {"from", OptionSpec::Value},   {"to", OptionSpec::Value},        {"filter", OptionSpec::Repeated},
        {"format", OptionSpec::Value}, {"out", OptionSpec::Value},       {"bom", OptionSpec::Flag},
        {"table", OptionSpec::Value},  {"recipient", OptionSpec::Value},
    };
    std::string m_name;
    ReportParams m_params;
    Format m_format = Format::Table;
};

} // namespace

void addReportCommands(CommandList& list)
{
    list.push_back(std::make_unique<ReportListCommand>());
    list.push_back(std::make_unique<ReportRunCommand>());
}

} // namespace waymark::cli
