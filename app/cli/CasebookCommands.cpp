// waymark-cli init | info | verify | audit | demo | codes

#include "app/cli/Cli.h"

#include "core/demo/DemoGenerator.h"
#include "core/domain/Codes.h"
#include "core/store/AuditLog.h"

#include <chrono>
#include <cstdio>
#include <ostream>

namespace waymark::cli {

namespace {

Result<KdfStrength> kdfFromName(std::string_view name)
{
    if (name == "standard")
        return KdfStrength::Standard;
    if (name == "minimum")
        return KdfStrength::Minimum;
    return fail(ErrorCode::InvalidInput, "unknown --kdf (expected standard or minimum)", "kdf");
}

Status checkDivision(std::string_view division)
{
    if (division == "england-and-wales" || division == "scotland" || division == "northern-ireland")
        return {};
    return fail(ErrorCode::InvalidInput,
                "unknown --division (expected england-and-wales, scotland or northern-ireland)", "division");
}

Json infoJson(const Casebook& casebook)
{
    const CasebookInfo info = casebook.info();
    Json o = Json::object();
    o.set("path", casebook.path().string());
    o.set("division", info.division);
    o.set("site_id", info.siteId);
    o.set("device_prefix", info.devicePrefix);
    o.set("schema_version", info.schemaVersion);
    o.set("cipher_version", info.cipherVersion);
    o.set("sqlite_version", info.sqliteVersion);
    o.set("created_at", info.createdAt);
    o.set("demo", info.demo);
    Json user = Json::object();
    user.set("username", casebook.user().username);
    user.set("role", roleName(casebook.user().role));
    o.set("user", std::move(user));
    return o;
}

std::string infoText(const Casebook& casebook)
{
    const CasebookInfo info = casebook.info();
    std::string text;
    text += "Casebook: " + casebook.path().string() + "\n";
    text += "Division: " + info.division + "\n";
    text += "Site id: " + info.siteId + "\n";
    text += "Case reference prefix: " + info.devicePrefix + "\n";
    text += "Schema version: " + std::to_string(info.schemaVersion) + "\n";
    text += "SQLCipher: " + info.cipherVersion + " (SQLite " + info.sqliteVersion + ")\n";
    text += "Created: " + info.createdAt + "\n";
    text += std::string("Demo data: ") + (info.demo ? "yes" : "no") + "\n";
    text += "Signed in as: " + casebook.user().username + " (" + std::string(roleName(casebook.user().role)) + ")\n";
    return text;
}

} // namespace

int runInit(Context& ctx, std::span<const std::string> argv)
{
    static constexpr OptionSpec kSpecs[] = {
        {"division", OptionSpec::Value}, {"display-name", OptionSpec::Value}, {"kdf", OptionSpec::Value}};
    auto args = parseArgs(argv, kSpecs);
    if (!args)
        return ctx.fail(args.error());
    if (!args->positionals.empty())
        return ctx.usage("init takes options only; give the file with --casebook PATH before the command");
    CreateOptions options;
    options.division = args->value("division").value_or("england-and-wales");
    if (auto ok = checkDivision(options.division); !ok)
        return ctx.fail(ok.error());
    options.displayName = args->value("display-name").value_or(std::string());
    auto kdf = kdfFromName(args->value("kdf").value_or("standard"));
    if (!kdf)
        return ctx.fail(kdf.error());
    options.kdf = *kdf;

    auto path = ctx.casebookPath();
    if (!path)
        return ctx.fail(path.error());
    auto user = ctx.userName();
    if (!user)
        return ctx.fail(user.error());
    if (Casebook::exists(*path))
        return ctx.fail(ErrorCode::AlreadyExists, "there is already a casebook at " + path->string());
    auto password = ctx.password();
    if (!password)
        return ctx.fail(password.error());
    auto created = Casebook::create(*path, *user, *password, options);
    if (!created)
        return ctx.fail(created.error());
    return ctx.done(infoJson(**created),
                    "created casebook " + path->string() + " (" + options.division + "), first coordinator " + *user);
}

// info --storage: bytes and rows per table and index, largest first.
int printStorage(Context& ctx, Casebook& casebook)
{
    auto space = casebook.storage();
    if (!space)
        return ctx.fail(space.error());
    Json doc = Json::array();
    std::int64_t total = 0;
    std::size_t width = 4;
    for (const auto& s : *space) {
        Json o = Json::object();
        o.set("name", s.name);
        o.set("bytes", s.bytes);
        o.set("rows", s.rows);
        doc.push(std::move(o));
        total += s.bytes;
        width = std::max(width, s.name.size());
    }
    std::string text;
    char line[256];
    std::snprintf(line, sizeof line, "%-*s %14s %12s %6s\n", static_cast<int>(width), "name", "bytes", "rows", "share");
    text += line;
    for (const auto& s : *space) {
        std::snprintf(line, sizeof line, "%-*s %14lld %12lld %5.1f%%\n", static_cast<int>(width), s.name.c_str(),
                      static_cast<long long>(s.bytes), static_cast<long long>(s.rows),
                      total ? 100.0 * static_cast<double>(s.bytes) / static_cast<double>(total) : 0.0);
        text += line;
    }
    std::snprintf(line, sizeof line, "%-*s %14lld", static_cast<int>(width), "total", static_cast<long long>(total));
    text += line;
    return ctx.done(doc, text);
}

int runInfo(Context& ctx, std::span<const std::string> argv)
{
    static constexpr OptionSpec kSpecs[] = {{"storage", OptionSpec::Flag}};
    auto args = parseArgs(argv, kSpecs);
    if (!args)
        return ctx.fail(args.error());
    if (!args->positionals.empty())
        return ctx.usage("info takes no arguments (options: --storage)");
    auto casebook = ctx.open();
    if (!casebook)
        return ctx.fail(casebook.error());
    if (args->has("storage"))
        return printStorage(ctx, **casebook);
    return ctx.done(infoJson(**casebook), infoText(**casebook));
}

// compact: VACUUM with progress on stderr; crash-safe (see Casebook::compact).
int runCompact(Context& ctx, std::span<const std::string> argv)
{
    auto args = parseArgs(argv, {});
    if (!args)
        return ctx.fail(args.error());
    if (!args->positionals.empty())
        return ctx.usage("compact takes no arguments");
    auto casebook = ctx.open();
    if (!casebook)
        return ctx.fail(casebook.error());
    int lastPercent = -1;
    std::ostream& err = ctx.err();
    auto report = (*casebook)->compact([&](int percent, std::string_view phrase) {
        if (lastPercent < 0 || percent / 10 != lastPercent / 10 || percent == 100) {
            err << "compact: " << percent << "% " << phrase << '\n';
            err.flush();
        }
        lastPercent = percent;
        return true;
    });
    if (!report)
        return ctx.fail(report.error());
    Json doc = Json::object();
    doc.set("bytes_before", report->bytesBefore);
    doc.set("bytes_after", report->bytesAfter);
    return ctx.done(doc, "compacted: " + std::to_string(report->bytesBefore) + " -> " +
                             std::to_string(report->bytesAfter) + " bytes");
}

int runVerify(Context& ctx, std::span<const std::string> argv)
{
    auto args = parseArgs(argv, {});
    if (!args)
        return ctx.fail(args.error());
    if (!args->positionals.empty())
        return ctx.usage("verify takes no arguments");
    auto casebook = ctx.open();
    if (!casebook)
        return ctx.fail(casebook.error());
    auto report = (*casebook)->verify();
    if (!report)
        return ctx.fail(report.error());

    Json doc = Json::object();
    doc.set("ok", report->ok());
    doc.set("integrity_ok", report->integrityOk);
    doc.set("integrity_detail", report->integrityDetail);
    doc.set("audit_rows", report->auditRows);
    doc.set("first_broken_audit_row", report->firstBrokenAuditRow ? Json(*report->firstBrokenAuditRow) : Json());
    doc.set("audit_detail", report->auditDetail);

    if (report->ok()) {
        return ctx.done(doc, "integrity: ok\naudit chain: ok (" + std::to_string(report->auditRows) + " rows)");
    }
    std::string problem;
    if (!report->integrityOk)
        problem = "integrity check failed: " + report->integrityDetail;
    if (report->firstBrokenAuditRow) {
        if (!problem.empty())
            problem += "; ";
        problem += "audit chain broken at row " + std::to_string(*report->firstBrokenAuditRow);
        if (!report->auditDetail.empty())
            problem += " (" + report->auditDetail + ")";
    }
    ctx.err() << "waymark-cli: verify failed: " << problem << '\n';
    if (ctx.json()) {
        Json error = Json::object();
        error.set("code", errorCodeName(ErrorCode::Damaged));
        error.set("field", Json());
        error.set("message", problem);
        doc.set("error", std::move(error));
        ctx.out() << doc.dump() << '\n';
    } else {
        ctx.out() << "integrity: " << (report->integrityOk ? "ok" : report->integrityDetail) << '\n';
        ctx.out() << "audit chain: "
                  << (report->firstBrokenAuditRow ? "broken at row " + std::to_string(*report->firstBrokenAuditRow)
                                                  : std::string("ok"))
                  << '\n';
    }
    ctx.out().flush();
    return kExitDamaged;
}

// audit list [--person REF] [--before SEQ] [--limit N]: the audit trail, newest first.
int runAudit(Context& ctx, std::span<const std::string> argv)
{
    if (argv.empty() || argv.front() != "list")
        return ctx.usage("audit needs a subcommand: audit list [--person REF] [--before SEQ] [--limit N]");
    static constexpr OptionSpec kSpecs[] = {
        {"person", OptionSpec::Value}, {"before", OptionSpec::Value}, {"limit", OptionSpec::Value}};
    auto args = parseArgs(argv.subspan(1), kSpecs);
    if (!args)
        return ctx.fail(args.error());
    if (!args->positionals.empty())
        return ctx.usage("audit list takes options only");
    auto limit = parseCount(args->value("limit").value_or("100"), "limit");
    if (!limit)
        return ctx.fail(limit.error());
    AuditQuery query;
    query.limit = static_cast<int>(*limit == 0 ? 1000000 : *limit);
    if (auto before = args->value("before")) {
        auto seq = parseCount(*before, "before");
        if (!seq)
            return ctx.fail(seq.error());
        query.beforeSeq = *seq;
    }
    auto casebook = ctx.open();
    if (!casebook)
        return ctx.fail(casebook.error());
    if (auto ref = args->value("person")) {
        // Resolving the reference is a search, not a consultation of the record.
        if (auto id = Uuid::parse(*ref)) {
            query.recordId = *id;
        } else {
            auto found = (*casebook)->people().search(*ref, 2);
            if (!found)
                return ctx.fail(found.error());
            if (found->size() != 1 || found->front().caseReference != *ref)
                return ctx.fail(ErrorCode::NotFound, "no person with that case reference", "person");
            query.recordId = found->front().id;
        }
    }
    auto entries = (*casebook)->auditTrail(query);
    if (!entries)
        return ctx.fail(entries.error());
    Json doc = Json::array();
    std::string text;
    for (const auto& e : *entries) {
        Json row = Json::object();
        row.set("seq", e.seq);
        row.set("at", e.event.at);
        row.set("user", e.event.username);
        row.set("operation", e.event.operation);
        row.set("record_type", e.event.recordType);
        row.set("record_id", e.event.recordId.isNull() ? Json() : Json(e.event.recordId.toString()));
        row.set("detail", e.event.detail);
        doc.push(std::move(row));
        text += std::to_string(e.seq) + '\t' + e.event.at + '\t' + e.event.username + '\t' + e.event.operation + '\t' +
                e.event.recordType + '\t' + (e.event.recordId.isNull() ? "" : e.event.recordId.toString()) + '\t' +
                e.event.detail + '\n';
    }
    if (!text.empty())
        text.pop_back();
    return ctx.done(doc, text);
}

int runDemo(Context& ctx, std::span<const std::string> argv)
{
    static constexpr OptionSpec kSpecs[] = {{"scale", OptionSpec::Value},
                                            {"seed", OptionSpec::Value},
                                            {"kdf", OptionSpec::Value},
                                            {"division", OptionSpec::Value}};
    auto args = parseArgs(argv, kSpecs);
    if (!args)
        return ctx.fail(args.error());
    if (!args->positionals.empty())
        return ctx.usage("demo takes options only (--scale, --seed, --kdf, --division)");
    demo::DemoOptions options;
    auto scale = demo::scaleFromName(args->value("scale").value_or("small"));
    if (!scale)
        return ctx.fail(scale.error());
    options.scale = *scale;
    if (auto seed = args->value("seed")) {
        auto n = parseCount(*seed, "seed");
        if (!n)
            return ctx.fail(n.error());
        options.seed = static_cast<std::uint64_t>(*n);
    }
    auto kdf = kdfFromName(args->value("kdf").value_or("standard"));
    if (!kdf)
        return ctx.fail(kdf.error());
    options.kdf = *kdf;
    options.division = args->value("division").value_or("england-and-wales");
    if (auto ok = checkDivision(options.division); !ok)
        return ctx.fail(ok.error());

    auto path = ctx.casebookPath();
    if (!path)
        return ctx.fail(path.error());
    // The demo account is the default sign-in for demo casebooks.
    const std::string user = ctx.globals().user.value_or(std::string(demo::kDemoUser));
    std::string password;
    if (user == demo::kDemoUser && !ctx.hasPasswordSource()) {
        password = demo::kDemoPassword;
    } else {
        auto pw = ctx.password();
        if (!pw)
            return ctx.fail(pw.error());
        password = *pw;
    }

    std::unique_ptr<Casebook> casebook;
    const bool create = !Casebook::exists(*path);
    if (create) {
        CreateOptions createOptions;
        createOptions.division = options.division;
        createOptions.displayName = user == demo::kDemoUser ? "Demo coordinator" : "";
        createOptions.kdf = options.kdf;
        createOptions.demo = true; // marked from the first commit: a retry after a crash may add to it
        auto created = Casebook::create(*path, user, password, createOptions);
        if (!created)
            return ctx.fail(created.error());
        casebook = std::move(*created);
    } else {
        auto opened = Casebook::open(*path, user, password);
        if (!opened)
            return ctx.fail(opened.error());
        casebook = std::move(*opened);
    }

    int lastPercent = -1;
    std::ostream& err = ctx.err();
    const auto progress = [&](int percent, std::string_view phrase) {
        if (percent != lastPercent) {
            err << "demo: " << percent << "% " << phrase << '\n';
            err.flush();
            lastPercent = percent;
        }
        return true;
    };
    const auto started = std::chrono::steady_clock::now();
    auto added = demo::addDemoPeople(*casebook, options, progress);
    if (!added)
        return ctx.fail(added.error());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    Json doc = Json::object();
    doc.set("casebook", path->string());
    doc.set("created", create);
    doc.set("scale", demo::scaleName(options.scale));
    doc.set("seed", static_cast<long long>(options.seed));
    doc.set("people_added", *added);
    doc.set("seconds", seconds);
    char secondsText[32];
    std::snprintf(secondsText, sizeof secondsText, "%.1f", seconds);
    return ctx.done(doc, "added " + std::to_string(*added) + " demo people (" +
                             std::string(demo::scaleName(options.scale)) + ", seed " + std::to_string(options.seed) +
                             ") in " + secondsText + " s");
}

int runCodes(Context& ctx, std::span<const std::string> argv)
{
    auto args = parseArgs(argv, {});
    if (!args)
        return ctx.fail(args.error());
    struct List
    {
        std::string_view name;
        std::span<const CodeOption> codes;
    };
    const List lists[] = {{"sex", sexCodes()},
                          {"ethnicity", ethnicityCodes()},
                          {"ete-status", eteStatusCodes()},
                          {"relationship", relationshipCodes()}};
    if (args->positionals.size() > 1)
        return ctx.usage("codes takes at most one list name");
    const std::string wanted = args->positionals.empty() ? std::string() : args->positionals.front();
    Json doc = Json::object();
    std::string text;
    bool found = wanted.empty();
    for (const auto& list : lists) {
        if (!wanted.empty() && list.name != wanted)
            continue;
        found = true;
        Json codes = Json::array();
        text += std::string(list.name) + ":\n";
        for (const auto& c : list.codes) {
            Json code = Json::object();
            code.set("code", c.code);
            code.set("label", c.label);
            codes.push(std::move(code));
            text += "  " + std::string(c.code) + "\t" + std::string(c.label) + "\n";
        }
        doc.set(list.name, std::move(codes));
    }
    if (!found)
        return ctx.usage("unknown code list (sex, ethnicity, ete-status or relationship)");
    return ctx.done(doc, text);
}

} // namespace waymark::cli
