// waymark-cli init | info | compact | verify | audit list | demo | codes

#include "app/cli/Command.h"
#include "app/cli/Record.h"

#include "core/demo/DemoGenerator.h"
#include "core/domain/Codes.h"
#include "core/store/AuditLog.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <ostream>

namespace waymark::cli {

namespace {

constexpr std::array<Choice<KdfStrength>, 2> kKdfs = {
    {{"standard", KdfStrength::Standard}, {"minimum", KdfStrength::Minimum}}};

constexpr std::array<Choice<std::string_view>, 3> kDivisions = {
    {{"england-and-wales", "england-and-wales"}, {"scotland", "scotland"}, {"northern-ireland", "northern-ireland"}}};

Result<KdfStrength> kdfFromName(std::string_view name)
{
    return choose<KdfStrength>(kKdfs, name, "--kdf", "kdf");
}

Status checkDivision(std::string_view division)
{
    if (auto d = choose<std::string_view>(kDivisions, division, "--division", "division"); !d)
        return std::unexpected(d.error());
    return {};
}

// ---- info --------------------------------------------------------------------------

struct InfoView
{
    const Casebook& casebook;
    CasebookInfo info;
};

const Field<InfoView> kInfoFields[] = {
    {"path", "Casebook", [](const InfoView& v) { return Json(v.casebook.path().string()); }},
    {"division", "Division", [](const InfoView& v) { return Json(v.info.division); }},
    {"site_id", "Site id", [](const InfoView& v) { return Json(v.info.siteId); }},
    {"device_prefix", "Case reference prefix", [](const InfoView& v) { return Json(v.info.devicePrefix); }},
    {"schema_version", "Schema version", [](const InfoView& v) { return Json(v.info.schemaVersion); }},
    {"cipher_version", "SQLCipher", [](const InfoView& v) { return Json(v.info.cipherVersion); },
     [](const InfoView& v) {
         return std::vector<std::string>{v.info.cipherVersion + " (SQLite " + v.info.sqliteVersion + ")"};
     }},
    {"sqlite_version", "", [](const InfoView& v) { return Json(v.info.sqliteVersion); }},
    {"created_at", "Created", [](const InfoView& v) { return Json(v.info.createdAt); }},
    {"demo", "Demo data", [](const InfoView& v) { return Json(v.info.demo); },
     [](const InfoView& v) { return std::vector<std::string>{v.info.demo ? "yes" : "no"}; }},
    {"user", "Signed in as",
     [](const InfoView& v) {
         Json user = Json::object();
         user.set("username", v.casebook.user().username);
         user.set("role", roleName(v.casebook.user().role));
         return user;
     },
     [](const InfoView& v) {
         return std::vector<std::string>{v.casebook.user().username + " (" +
                                         std::string(roleName(v.casebook.user().role)) + ")"};
     }},
};

int printInfo(Context& ctx, const Casebook& casebook)
{
    const InfoView view{casebook, casebook.info()};
    return ctx.done(recordJson<InfoView>(kInfoFields, view), recordText<InfoView>(kInfoFields, view));
}

// ---- init ----------------------------------------------------------------------------

class InitCommand : public Command
{
public:
    std::string_view name() const override { return "init"; }
    std::string help() const override
    {
        return helpEntry("init [--division " + choiceBar<std::string_view>(kDivisions) +
                             "] [--display-name NAME]\n       [--kdf " + choiceBar<KdfStrength>(kKdfs) + "]",
                         "create the casebook with --user as its first coordinator");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    int execute(Context& ctx, const ParsedArgs& parsed) override
    {
        const ParsedArgs* args = &parsed;
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
        const InfoView view{**created, (*created)->info()};
        return ctx.done(recordJson<InfoView>(kInfoFields, view), "created casebook " + path->string() + " (" +
                                                                     options.division + "), first coordinator " +
                                                                     *user);
    }

private:
    static constexpr OptionSpec kSpecs[] = {
        {"division", OptionSpec::Value}, {"display-name", OptionSpec::Value}, {"kdf", OptionSpec::Value}};
};

// ---- info [--storage] -----------------------------------------------------------------

const Field<StorageUse> kStorageFields[] = {
    {"name", "Name", [](const StorageUse& s) { return Json(s.name); }},
    {"bytes", "Bytes", [](const StorageUse& s) { return Json(s.bytes); }},
    {"rows", "Rows", [](const StorageUse& s) { return Json(s.rows); }},
};

// info --storage: bytes and rows per table and index, largest first; the text is an aligned
// table with each one's share.
int printStorage(Context& ctx, Casebook& casebook)
{
    auto space = casebook.storage();
    if (!space)
        return ctx.fail(space.error());
    Json doc = Json::array();
    std::int64_t total = 0;
    std::size_t width = 4;
    for (const auto& s : *space) {
        doc.push(recordJson<StorageUse>(kStorageFields, s));
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

class InfoCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "info"; }
    std::string help() const override
    {
        return helpEntry("info", "show the casebook's division, versions and whether it is a demo") +
               helpEntry("info --storage", "bytes and rows per table and index (coordinators, auditors)");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (!args.positionals.empty())
            return fail(ErrorCode::InvalidInput, "info takes no arguments (options: --storage)");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        if (args.has("storage"))
            return printStorage(ctx, casebook);
        return printInfo(ctx, casebook);
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"storage", OptionSpec::Flag}};
};

// A casebook command that takes no arguments.
class NoArgumentsCommand : public CasebookCommand
{
protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (!args.positionals.empty())
            return fail(ErrorCode::InvalidInput, std::string(name()) + " takes no arguments");
        return {};
    }
};

// ---- compact ---------------------------------------------------------------------------

// VACUUM with progress on stderr; crash-safe (see Casebook::compact).
class CompactCommand : public NoArgumentsCommand
{
public:
    std::string_view name() const override { return "compact"; }
    std::string help() const override
    {
        return helpEntry("compact", "rebuild the file to give free space back (coordinators; crash-safe)");
    }

protected:
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs&) override
    {
        int lastPercent = -1;
        std::ostream& err = ctx.err();
        auto report = casebook.compact([&](int percent, std::string_view phrase) {
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
};

// ---- casebook rekey ---------------------------------------------------------------------

// A new database key; every remaining user's key slot sealed to it (see Casebook::rekey).
class RekeyCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "casebook rekey"; }
    std::string help() const override
    {
        return helpEntry("casebook rekey [--reason TEXT]",
                         "a new database key, every remaining user's key slot sealed to it\n"
                         "(coordinators; the reason from --reason or standard input; other\n"
                         "programs must close the casebook first; safe against a kill)");
    }
    std::span<const OptionSpec> options() const override { return kOptions; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (!args.positionals.empty())
            return fail(ErrorCode::InvalidInput, "casebook rekey takes no arguments (the reason goes in --reason)");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        std::string reason = args.value("reason").value_or("");
        if (!args.has("reason")) {
            auto lines = ctx.remainingStdinLines();
            if (!lines)
                return ctx.fail(lines.error());
            for (const auto& line : *lines)
                reason += (reason.empty() ? "" : "\n") + line;
        }
        auto report = rekeyWithProgress(ctx, casebook, reason);
        if (!report)
            return ctx.fail(report.error());
        Json doc = Json::object();
        doc.set("rekeyed", true);
        doc.set("key_slots", static_cast<std::int64_t>(report->keySlots));
        doc.set("bytes", report->bytes);
        return ctx.done(doc,
                        "rekeyed: a new database key, " + std::to_string(report->keySlots) + " key slots sealed to it");
    }

private:
    static constexpr OptionSpec kOptions[] = {{"reason", OptionSpec::Value}};
};

// ---- verify ----------------------------------------------------------------------------

class VerifyCommand : public NoArgumentsCommand
{
public:
    std::string_view name() const override { return "verify"; }
    std::string help() const override
    {
        return helpEntry("verify",
                         "check the database's integrity, the audit hash chain and this machine's audit anchor");
    }

protected:
    Status prepare(Context& ctx, const ParsedArgs& args) override
    {
        ctx.openToVerify(); // also a casebook whose trust root was replaced: that is what it reports
        return NoArgumentsCommand::prepare(ctx, args);
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs&) override
    {
        auto report = casebook.verify();
        if (!report)
            return ctx.fail(report.error());

        Json doc = Json::object();
        doc.set("ok", report->ok());
        doc.set("integrity_ok", report->integrityOk);
        doc.set("integrity_detail", report->integrityDetail);
        doc.set("audit_rows", report->auditRows);
        doc.set("first_broken_audit_row", report->firstBrokenAuditRow ? Json(*report->firstBrokenAuditRow) : Json());
        doc.set("audit_detail", report->auditDetail);
        Json signaturesDoc = Json::object();
        signaturesDoc.set("ok", report->signaturesOk);
        signaturesDoc.set("detail", report->signatureDetail);
        signaturesDoc.set("signed_rows", report->signedRows);
        signaturesDoc.set("unsigned_before_signing", report->unsignedBeforeSigning);
        doc.set("signatures", std::move(signaturesDoc));
        const std::string signaturesLine =
            "signatures: " + std::string(report->signaturesOk ? "ok (" : "FAILED (") + report->signatureDetail + ")";
        Json changesDoc = Json::object();
        changesDoc.set("ok", report->changesOk);
        changesDoc.set("detail", report->changesDetail);
        doc.set("changes", std::move(changesDoc));
        const std::string changesLine =
            "changes: " + std::string(report->changesOk ? "ok (" : "FAILED (") + report->changesDetail + ")";
        const AnchorCheck& anchor = report->anchor;
        Json anchorDoc = Json::object();
        anchorDoc.set("state", std::string(anchorStateName(anchor.state)));
        anchorDoc.set("ok", anchor.ok());
        anchorDoc.set("detail", anchor.detail);
        anchorDoc.set("anchored_at", anchor.anchor ? Json(anchor.anchor->at) : Json());
        anchorDoc.set("anchored_row", anchor.anchor ? Json(anchor.anchor->auditSeq) : Json());
        anchorDoc.set("first_bad_row", anchor.firstBadRow ? Json(*anchor.firstBadRow) : Json());
        anchorDoc.set("missing_rows", anchor.missingRows);
        anchorDoc.set("restored_from_backup_made_at", anchor.restored ? Json(anchor.restored->backupMadeAt) : Json());
        anchorDoc.set("restored_at", anchor.restored ? Json(anchor.restored->at) : Json());
        anchorDoc.set("rejected_entries", anchor.rejected);
        doc.set("anchor", std::move(anchorDoc));
        const std::string anchorLine =
            "audit anchor: " + std::string(anchorStateName(anchor.state)) + " (" + anchor.detail + ")";

        if (report->ok()) {
            return ctx.done(doc, "integrity: ok\naudit chain: ok (" + std::to_string(report->auditRows) + " rows)\n" +
                                     signaturesLine + "\n" + changesLine + "\n" + anchorLine);
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
        if (!report->signaturesOk) {
            if (!problem.empty())
                problem += "; ";
            problem += "signatures: " + report->signatureDetail;
        }
        if (!report->changesOk) {
            if (!problem.empty())
                problem += "; ";
            problem += "changes: " + report->changesDetail;
        }
        if (!anchor.ok()) {
            if (!problem.empty())
                problem += "; ";
            problem += "audit anchor: " + std::string(anchorStateName(anchor.state));
            if (anchor.firstBadRow)
                problem += " at row " + std::to_string(*anchor.firstBadRow);
            problem += " (" + anchor.detail + ")";
        }
        return verifyFailed(
            ctx, "verify", problem, std::move(doc),
            "integrity: " + (report->integrityOk ? std::string("ok") : report->integrityDetail) + "\naudit chain: " +
                (report->firstBrokenAuditRow ? "broken at row " + std::to_string(*report->firstBrokenAuditRow)
                                             : std::string("ok")) +
                "\n" + signaturesLine + "\n" + changesLine + "\n" + anchorLine);
    }
};

// ---- audit list ----------------------------------------------------------------------

const Field<AuditEntry> kAuditFields[] = {
    {"seq", "Seq", [](const AuditEntry& e) { return Json(e.seq); }, nullptr, true},
    {"at", "At", [](const AuditEntry& e) { return Json(e.event.at); }, nullptr, true},
    {"user", "User", [](const AuditEntry& e) { return Json(e.event.username); }, nullptr, true},
    {"operation", "Operation", [](const AuditEntry& e) { return Json(e.event.operation); }, nullptr, true},
    {"record_type", "Record type", [](const AuditEntry& e) { return Json(e.event.recordType); }, nullptr, true},
    {"record_id", "Record id",
     [](const AuditEntry& e) { return e.event.recordId.isNull() ? Json() : Json(e.event.recordId.toString()); },
     nullptr, true},
    {"detail", "Detail", [](const AuditEntry& e) { return Json(e.event.detail); }, nullptr, true},
};

// The audit trail, newest first.
class AuditListCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "audit list"; }
    std::string help() const override
    {
        return helpEntry("audit list [--person REF] [--before SEQ] [--limit N]",
                         "the audit trail, newest first (auditors, coordinators;\nreading it is itself audited)");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (!args.positionals.empty())
            return fail(ErrorCode::InvalidInput, "audit list takes options only");
        auto limit = parseCount(args.value("limit").value_or("100"), "limit");
        if (!limit)
            return std::unexpected(limit.error());
        m_query.limit = static_cast<int>(*limit == 0 ? 1000000 : *limit);
        if (auto before = args.value("before")) {
            auto seq = parseCount(*before, "before");
            if (!seq)
                return std::unexpected(seq.error());
            m_query.beforeSeq = *seq;
        }
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        AuditQuery query = m_query;
        if (auto ref = args.value("person")) {
            // Resolving the reference is a search, not a consultation of the record.
            if (auto id = Uuid::parse(*ref)) {
                query.recordId = *id;
            } else {
                auto found = casebook.people().search(*ref, 2);
                if (!found)
                    return ctx.fail(found.error());
                if (found->size() != 1 || found->front().caseReference != *ref)
                    return ctx.fail(ErrorCode::NotFound, "no person with that case reference", "person");
                query.recordId = found->front().id;
            }
        }
        auto entries = casebook.auditTrail(query);
        if (!entries)
            return ctx.fail(entries.error());
        RecordList<AuditEntry> list;
        for (const auto& e : *entries)
            list.add(kAuditFields, e);
        return ctx.done(list.json, list.text);
    }

private:
    static constexpr OptionSpec kSpecs[] = {
        {"person", OptionSpec::Value}, {"before", OptionSpec::Value}, {"limit", OptionSpec::Value}};
    AuditQuery m_query;
};

// ---- demo ----------------------------------------------------------------------------

// Opens or creates the casebook itself: a missing one is created as a demo.
class DemoCommand : public Command
{
public:
    std::string_view name() const override { return "demo"; }
    std::string help() const override
    {
        return helpEntry("demo [--scale small|medium|large] [--seed N] [--kdf " + choiceBar<KdfStrength>(kKdfs) +
                             "] [--division D]",
                         "add synthetic people; creates a demo casebook when PATH does not\nexist (then --user "
                         "and the password default to the demo account)");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    int execute(Context& ctx, const ParsedArgs& parsed) override
    {
        const ParsedArgs* args = &parsed;
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

        const bool create = !Casebook::exists(*path);
        int lastPercent = -1;
        std::string lastPhrase;
        std::ostream& err = ctx.err();
        const auto started = std::chrono::steady_clock::now();
        auto phaseStarted = started;
        const auto progress = [&](int percent, std::string_view phrase) {
            if (percent != lastPercent || phrase != lastPhrase) {
                if (phrase != lastPhrase) {
                    // Each phase's wall time, as it ends (docs/demo-data.md).
                    const auto now = std::chrono::steady_clock::now();
                    if (!lastPhrase.empty()) {
                        char took[32];
                        std::snprintf(took, sizeof took, "%.1f",
                                      std::chrono::duration<double>(now - phaseStarted).count());
                        err << "demo: " << lastPhrase << " took " << took << " s\n";
                    }
                    phaseStarted = now;
                    lastPhrase = std::string(phrase);
                }
                err << "demo: " << percent << "% " << phrase << '\n';
                err.flush();
                lastPercent = percent;
            }
            return true;
        };
        Result<demo::DemoSummary> added = fail(ErrorCode::Internal, "not attempted");
        if (create) {
            // Built under a temporary name and renamed into place when complete: an interrupted
            // run leaves no casebook behind (the next run clears its leftovers).
            demo::DemoAccount account;
            account.username = user;
            account.password = password;
            account.displayName = user == demo::kDemoUser ? "Demo coordinator" : "";
            added = demo::buildDemoCasebook(*path, options, account, progress);
        } else {
            auto opened = Casebook::open(*path, user, password);
            if (!opened)
                return ctx.fail(opened.error());
            added = demo::addDemo(**opened, options, progress);
        }
        if (!lastPhrase.empty()) {
            char took[32];
            std::snprintf(took, sizeof took, "%.1f",
                          std::chrono::duration<double>(std::chrono::steady_clock::now() - phaseStarted).count());
            err << "demo: " << lastPhrase << " took " << took << " s\n";
        }
        if (!added)
            return ctx.fail(added.error());
        for (const auto& [step, stepSeconds] : added->delivery.stepSeconds) {
            char took[32];
            std::snprintf(took, sizeof took, "%.1f", stepSeconds);
            err << "demo: casework " << step << " " << took << " s\n";
        }
        for (const auto& [step, stepSeconds] : added->finishingSeconds) {
            char took[32];
            std::snprintf(took, sizeof took, "%.1f", stepSeconds);
            err << "demo: finishing " << step << " " << took << " s\n";
        }
        if (added->searchAlongsideSeconds > 0) {
            char took[32];
            std::snprintf(took, sizeof took, "%.1f", added->searchAlongsideSeconds);
            err << "demo: full-text index built alongside " << took << " s\n";
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

        Json doc = Json::object();
        doc.set("casebook", path->string());
        doc.set("created", create);
        doc.set("scale", demo::scaleName(options.scale));
        doc.set("seed", static_cast<long long>(options.seed));
        doc.set("people_added", added->people);
        doc.set("referrals_added", added->referrals);
        doc.set("caseworkers_added", added->caseworkers);
        const demo::DeliveryCounts& d = added->delivery;
        Json delivery = Json::object();
        delivery.set("providers", d.providers);
        delivery.set("assessments", d.assessments);
        delivery.set("plans", d.plans);
        delivery.set("goals", d.goals);
        delivery.set("interventions", d.interventions);
        delivery.set("sessions", d.sessions);
        delivery.set("attendees", d.attendees);
        delivery.set("notes", d.notes);
        delivery.set("sensitive_notes", d.sensitiveNotes);
        delivery.set("tasks", d.tasks);
        doc.set("casework_added", std::move(delivery));
        doc.set("seconds", seconds);
        char secondsText[32];
        std::snprintf(secondsText, sizeof secondsText, "%.1f", seconds);
        return ctx.done(doc, "added " + std::to_string(added->people) + " demo people, " +
                                 std::to_string(added->referrals) + " referrals and " +
                                 std::to_string(added->caseworkers) + " caseworkers, with " +
                                 std::to_string(d.assessments) + " assessments, " + std::to_string(d.interventions) +
                                 " interventions, " + std::to_string(d.sessions) + " sessions, " +
                                 std::to_string(d.notes) + " notes and " + std::to_string(d.tasks) + " tasks (" +
                                 std::string(demo::scaleName(options.scale)) + ", seed " +
                                 std::to_string(options.seed) + ") in " + secondsText + " s");
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"scale", OptionSpec::Value},
                                            {"seed", OptionSpec::Value},
                                            {"kdf", OptionSpec::Value},
                                            {"division", OptionSpec::Value}};
};

// ---- codes -----------------------------------------------------------------------------

const Field<CodeOption> kCodeFields[] = {
    {"code", "Code", [](const CodeOption& c) { return Json(c.code); }, nullptr, true},
    {"label", "Label", [](const CodeOption& c) { return Json(c.label); }},
};

std::vector<std::string_view> codeListNames()
{
    std::vector<std::string_view> names;
    for (const auto& table : codeTables())
        names.push_back(table.name);
    return names;
}

// codes LIST: one code a line (--json: an array of {code, label}). codes: every list, by name.
class CodesCommand : public Command
{
public:
    std::string_view name() const override { return "codes"; }
    std::string help() const override
    {
        const std::string bar = wrapBar(codeListNames(), 60, "        ");
        return helpEntry("codes [" + bar + "]",
                         "the coded values options accept: one code a line (--json: with labels);\nwithout a "
                         "list name, every list with labels");
    }

protected:
    int execute(Context& ctx, const ParsedArgs& args) override
    {
        if (args.positionals.size() > 1)
            return ctx.usage("codes takes at most one list name");
        if (args.positionals.size() == 1) {
            // With a casebook, the intervention types it added too (app/cli/PlanCommands.cpp).
            if (args.positionals.front() == "intervention-type" && ctx.casebookPath())
                return listCasebookInterventionTypes(ctx);
            const auto table = codeTableByName(args.positionals.front());
            if (!table)
                return ctx.usage("unknown code list (" + joinWords(codeListNames()) + ")");
            RecordList<CodeOption> out;
            for (const auto& c : table->codes)
                out.add(kCodeFields, c);
            return ctx.done(out.json, out.text);
        }
        Json doc = Json::object();
        std::string text;
        for (const auto& list : codeTables()) {
            Json codes = Json::array();
            text += std::string(list.name) + ":\n";
            for (const auto& c : list.codes) {
                codes.push(recordJson<CodeOption>(kCodeFields, c));
                text += "  " + std::string(c.code) + "\t" + std::string(c.label) + "\n";
            }
            doc.set(list.name, std::move(codes));
        }
        return ctx.done(doc, text);
    }
};

} // namespace

Result<RekeyReport> rekeyWithProgress(Context& ctx, Casebook& casebook, std::string_view reason)
{
    int lastPercent = -1;
    std::ostream& err = ctx.err();
    return casebook.rekey(reason, [&](int percent, std::string_view phrase) {
        if (lastPercent < 0 || percent / 10 != lastPercent / 10 || percent == 100) {
            err << "casebook rekey: " << percent << "% " << phrase << '\n';
            err.flush();
        }
        lastPercent = percent;
        return true;
    });
}

void addCasebookCommands(CommandList& list)
{
    list.push_back(std::make_unique<InitCommand>());
    list.push_back(std::make_unique<InfoCommand>());
    list.push_back(std::make_unique<CompactCommand>());
    list.push_back(std::make_unique<RekeyCommand>());
    list.push_back(std::make_unique<VerifyCommand>());
    list.push_back(std::make_unique<AuditListCommand>());
    list.push_back(std::make_unique<DemoCommand>());
    list.push_back(std::make_unique<CodesCommand>());
}

} // namespace waymark::cli
