// waymark-cli plan show | plan goal | plan review, intervention add | update | list | add-type,
// provider add | list | update, and the casebook's own intervention types for
// `codes intervention-type`. Personal free text (goal text, outcome notes, override reasons,
// a provider's contact person) comes from standard input, never from the command line.

#include "app/cli/Command.h"
#include "app/cli/Record.h"

#include "core/Text.h"
#include "core/calendar/TypedDate.h"
#include "core/domain/Codes.h"

#include <algorithm>
#include <array>

namespace waymark::cli {

namespace {

// ---- Looking up ------------------------------------------------------------------------

Result<Referral> referralFor(Casebook& casebook, std::string_view ref)
{
    if (auto id = Uuid::parse(ref))
        return casebook.referrals().view(*id);
    return casebook.referrals().viewByReference(ref);
}

// A provider by id or by its name (without case).
Result<Provider> providerFor(Casebook& casebook, std::string_view ref)
{
    if (auto id = Uuid::parse(ref))
        return casebook.plans().provider(*id);
    auto list = casebook.plans().providers();
    if (!list)
        return std::unexpected(list.error());
    const auto folded = [](std::string_view s) {
        std::string out(waymark::text::trim(s));
        std::ranges::transform(out, out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return out;
    };
    for (auto& p : *list)
        if (folded(p.name) == folded(ref))
            return std::move(p);
    return fail(ErrorCode::NotFound, "no provider with that name or id", "provider");
}

Result<std::string> stdinAll(Context& ctx, std::string_view option)
{
    auto lines = ctx.remainingStdinLines();
    if (!lines)
        return std::unexpected(lines.error());
    std::string text;
    for (const auto& line : *lines)
        text += (text.empty() ? "" : "\n") + line;
    text = waymark::text::trim(text);
    if (text.empty())
        return fail(ErrorCode::InvalidInput, "--" + std::string(option) + " found nothing on standard input",
                    std::string(option));
    return text;
}

Result<Date> dateOption(const ParsedArgs& args, std::string_view option, std::string_view field)
{
    auto text = args.value(option);
    if (!text || text->empty() || *text == "none")
        return Date();
    return parseTypedDate(*text, std::string(field));
}

Json idValue(const Uuid& id)
{
    return id.isNull() ? Json() : Json(id.toString());
}

Json textOrNull(const std::string& s)
{
    return s.empty() ? Json() : Json(s);
}

std::vector<std::string> splitCodes(std::string_view text)
{
    std::vector<std::string> out;
    for (auto& part : waymark::text::split(text, ','))
        if (auto code = waymark::text::trim(part); !code.empty())
            out.push_back(code);
    return out;
}

std::string joined(const std::vector<std::string>& codes)
{
    std::string out;
    for (const auto& c : codes)
        out += (out.empty() ? "" : ",") + c;
    return out;
}

// ---- Records ---------------------------------------------------------------------------

const Field<InterventionItem> kInterventionFields[] = {
    {"id", "Id", [](const InterventionItem& i) { return idValue(i.intervention.id); }, nullptr, true},
    {"referral", "Referral", [](const InterventionItem& i) { return Json(i.referralReference); }, nullptr, true},
    {"type", "Type", [](const InterventionItem& i) { return Json(i.intervention.type); }, nullptr, true},
    {"status", "Status", [](const InterventionItem& i) { return Json(i.intervention.status); }, nullptr, true},
    {"provider", "Provider", [](const InterventionItem& i) { return textOrNull(i.providerName); }, nullptr, true},
    {"provider_id", "", [](const InterventionItem& i) { return idValue(i.intervention.providerId); }},
    {"planned_start", "Planned start", [](const InterventionItem& i) { return dateValue(i.intervention.plannedStart); },
     nullptr, true},
    {"planned_end", "Planned end", [](const InterventionItem& i) { return dateValue(i.intervention.plannedEnd); },
     nullptr, true},
    {"referred_on", "Referred to provider",
     [](const InterventionItem& i) { return dateValue(i.intervention.referredOn); }},
    {"outcome", "Outcome", [](const InterventionItem& i) { return textOrNull(i.intervention.outcome); }},
    {"outcome_note", "Outcome note", [](const InterventionItem& i) { return textOrNull(i.intervention.outcomeNote); }},
    {"consent_overridden", "Consent overridden",
     [](const InterventionItem& i) { return Json(i.intervention.consentOverridden); }},
    {"override_reason", "Override reason",
     [](const InterventionItem& i) { return textOrNull(i.intervention.overrideReason); }},
    {"overridden_at", "", [](const InterventionItem& i) { return textOrNull(i.intervention.overriddenAt); }},
    {"updated_hlc", "", [](const InterventionItem& i) { return Json(i.intervention.updatedHlc); }},
};

const Field<PlanGoal> kGoalFields[] = {
    {"id", "Id", [](const PlanGoal& g) { return idValue(g.id); }, nullptr, true},
    {"status", "Status", [](const PlanGoal& g) { return Json(g.status); }, nullptr, true},
    {"domains", "Domains",
     [](const PlanGoal& g) {
         Json a = Json::array();
         for (const auto& d : g.domains)
             a.push(Json(d));
         return a;
     },
     [](const PlanGoal& g) { return std::vector<std::string>{joined(g.domains)}; }, true},
    {"text", "Goal", [](const PlanGoal& g) { return Json(g.text); }, nullptr, true},
    {"created_at", "", [](const PlanGoal& g) { return Json(g.createdAt); }},
};

const Field<PlanEvent> kEventFields[] = {
    {"at", "At", [](const PlanEvent& e) { return Json(e.at); }, nullptr, true},
    {"kind", "Kind", [](const PlanEvent& e) { return Json(e.kind); }, nullptr, true},
    {"code", "Code", [](const PlanEvent& e) { return textOrNull(e.code); }, nullptr, true},
    {"from_status", "From", [](const PlanEvent& e) { return textOrNull(e.fromStatus); }, nullptr, true},
    {"to_status", "To", [](const PlanEvent& e) { return textOrNull(e.toStatus); }, nullptr, true},
    {"note", "Note", [](const PlanEvent& e) { return textOrNull(e.note); }, nullptr, true},
    {"record_id", "", [](const PlanEvent& e) { return idValue(e.recordId); }},
};

const Field<Provider> kProviderFields[] = {
    {"id", "Id", [](const Provider& p) { return idValue(p.id); }, nullptr, true},
    {"name", "Name", [](const Provider& p) { return Json(p.name); }, nullptr, true},
    {"kind", "Kind", [](const Provider& p) { return textOrNull(p.kind); }, nullptr, true},
    {"funding_source", "Funding source", [](const Provider& p) { return textOrNull(p.fundingSource); }, nullptr, true},
    {"active", "Active", [](const Provider& p) { return Json(p.active); },
     [](const Provider& p) { return std::vector<std::string>{p.active ? "active" : "inactive"}; }, true},
    {"contact_name", "Contact", [](const Provider& p) { return textOrNull(p.contactName); }},
    {"contact_phone", "Phone", [](const Provider& p) { return textOrNull(p.contactPhone); }},
    {"contact_email", "Email", [](const Provider& p) { return textOrNull(p.contactEmail); }},
    {"updated_hlc", "", [](const Provider& p) { return Json(p.updatedHlc); }},
};

const Field<CodeEntry> kTypeFields[] = {
    {"code", "Code", [](const CodeEntry& c) { return Json(c.code); }, nullptr, true},
    {"label", "Label", [](const CodeEntry& c) { return Json(c.label); }, nullptr, true},
    {"built_in", "", [](const CodeEntry& c) { return Json(c.builtIn); }},
};

template <class T> Json jsonList(std::span<const Field<T>> fields, const std::vector<T>& rows)
{
    Json a = Json::array();
    for (const auto& r : rows)
        a.push(recordJson(fields, r));
    return a;
}

// ---- plan show -------------------------------------------------------------------------

class PlanShowCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "plan show"; }
    std::string help() const override
    {
        return helpEntry("plan show REF", "a referral's plan: consent to share, review date, goals,\n"
                                          "interventions and history");
    }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, "plan show needs one referral reference or id");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto referral = referralFor(casebook, args.positionals.front());
        if (!referral)
            return ctx.fail(referral.error());
        auto plan = casebook.plans().show(referral->id);
        if (!plan)
            return ctx.fail(plan.error());
        Json doc = Json::object();
        doc.set("referral", plan->referralReference);
        doc.set("referral_id", plan->referralId.toString());
        doc.set("person_id", plan->personId.toString());
        doc.set("state", std::string(stateName(plan->referralState)));
        doc.set("consent", plan->consent);
        doc.set("consent_to_share", plan->consentToShare);
        doc.set("editable", plan->editable);
        if (plan->plan) {
            Json p = Json::object();
            p.set("id", plan->plan->id.toString());
            p.set("created_at", plan->plan->createdAt);
            p.set("review_date", dateValue(plan->plan->reviewDate));
            doc.set("plan", std::move(p));
        } else {
            doc.set("plan", Json());
        }
        doc.set("goals", jsonList<PlanGoal>(kGoalFields, plan->goals));
        doc.set("interventions", jsonList<InterventionItem>(kInterventionFields, plan->interventions));
        doc.set("history", jsonList<PlanEvent>(kEventFields, plan->history));

        std::string text = "Referral: " + plan->referralReference + " (" + std::string(stateName(plan->referralState)) +
                           ")\nConsent to share: " + plan->consent +
                           (plan->consentToShare ? "" : " (referrals to providers need consent)") + "\n";
        if (!plan->plan)
            text += "No plan yet.\n";
        else if (!plan->plan->reviewDate.isNull())
            text += "Review date: " + plan->plan->reviewDate.toIso() + "\n";
        text += "Goals:\n";
        for (const auto& g : plan->goals)
            text += "  " + recordLine<PlanGoal>(kGoalFields, g) + "\n";
        text += "Interventions:\n";
        for (const auto& i : plan->interventions) {
            text += "  " + recordLine<InterventionItem>(kInterventionFields, i) + "\n";
            if (i.intervention.consentOverridden)
                text += "    consent overridden: " + i.intervention.overrideReason + "\n";
        }
        return ctx.done(doc, text);
    }
};

// ---- plan goal -------------------------------------------------------------------------

class PlanGoalCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "plan goal"; }
    std::string help() const override
    {
        return helpEntry("plan goal add REF [--domains CODE,...] --text-stdin\n"
                         "plan goal update GOAL-ID [--domains CODE,...] [--status CODE] [--text-stdin]",
                         "adds a goal to a referral's plan (the goal's text from standard input;\n"
                         "domains: assessment domain codes, see docs/cli.md), or changes one");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context& ctx, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 2 || (args.positionals[0] != "add" && args.positionals[0] != "update"))
            return fail(ErrorCode::InvalidInput, "plan goal needs add REF or update GOAL-ID");
        m_add = args.positionals[0] == "add";
        if (m_add && !args.has("text-stdin"))
            return fail(ErrorCode::InvalidInput, "plan goal add reads the goal from standard input: give --text-stdin");
        if (m_add && args.has("status"))
            return fail(ErrorCode::InvalidInput, "a new goal is open: --status is for plan goal update");
        m_text.clear();
        if (args.has("text-stdin")) {
            auto text = stdinAll(ctx, "text-stdin");
            if (!text)
                return std::unexpected(text.error());
            m_text = std::move(*text);
        }
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        if (m_add) {
            auto referral = referralFor(casebook, args.positionals[1]);
            if (!referral)
                return ctx.fail(referral.error());
            PlanGoal goal;
            goal.text = m_text;
            if (auto d = args.value("domains"))
                goal.domains = splitCodes(*d);
            auto added = casebook.plans().addGoal(referral->id, goal);
            if (!added)
                return ctx.fail(added.error());
            return ctx.done(recordJson<PlanGoal>(kGoalFields, *added), added->id.toString());
        }
        auto id = Uuid::parse(args.positionals[1]);
        if (!id)
            return ctx.fail(ErrorCode::InvalidInput, "plan goal update needs the goal's id", "goal");
        auto goal = casebook.plans().goal(*id);
        if (!goal)
            return ctx.fail(goal.error());
        PlanGoal edited = *goal;
        if (!m_text.empty())
            edited.text = m_text;
        if (auto d = args.value("domains"))
            edited.domains = splitCodes(*d);
        if (auto s = args.value("status"))
            edited.status = *s;
        auto updated = casebook.plans().updateGoal(edited);
        if (!updated)
            return ctx.fail(updated.error());
        return ctx.done(recordJson<PlanGoal>(kGoalFields, *updated), updated->id.toString() + " " + updated->status);
    }

private:
    static constexpr OptionSpec kSpecs[] = {
        {"domains", OptionSpec::Value}, {"status", OptionSpec::Value}, {"text-stdin", OptionSpec::Flag}};
    bool m_add = true;
    std::string m_text;
};

// ---- plan review -----------------------------------------------------------------------

class PlanReviewCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "plan review"; }
    std::string help() const override
    {
        return helpEntry("plan review REF --date DATE|none", "sets (or clears) the plan's review date");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1 || !args.has("date"))
            return fail(ErrorCode::InvalidInput, "plan review needs one referral reference and --date");
        auto date = dateOption(args, "date", "review_date");
        if (!date)
            return std::unexpected(date.error());
        m_date = *date;
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto referral = referralFor(casebook, args.positionals.front());
        if (!referral)
            return ctx.fail(referral.error());
        auto plan = casebook.plans().setReviewDate(referral->id, m_date);
        if (!plan)
            return ctx.fail(plan.error());
        Json doc = Json::object();
        doc.set("referral", referral->reference);
        doc.set("review_date", dateValue(plan->reviewDate));
        return ctx.done(doc, referral->reference + " review " +
                                 (plan->reviewDate.isNull() ? std::string("cleared") : plan->reviewDate.toIso()));
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"date", OptionSpec::Value}};
    Date m_date;
};

// ---- intervention add / update ---------------------------------------------------------

constexpr OptionSpec kInterventionSpecs[] = {
    {"type", OptionSpec::Value},
    {"provider", OptionSpec::Value},
    {"start", OptionSpec::Value},
    {"end", OptionSpec::Value},
    {"status", OptionSpec::Value},
    {"referred-on", OptionSpec::Value},
    {"outcome", OptionSpec::Value},
    {"outcome-note-stdin", OptionSpec::Flag},
    {"override-reason-stdin", OptionSpec::Flag},
};

// Options shared by add and update, applied to `i` (only those given).
class InterventionCommandBase : public CasebookCommand
{
public:
    std::span<const OptionSpec> options() const override { return kInterventionSpecs; }

protected:
    Status readCommon(Context& ctx, const ParsedArgs& args)
    {
        if (args.has("outcome-note-stdin") && args.has("override-reason-stdin"))
            return fail(ErrorCode::InvalidInput,
                        "standard input holds one text: give --outcome-note-stdin or --override-reason-stdin");
        m_note.clear();
        m_reason.clear();
        if (args.has("outcome-note-stdin")) {
            auto text = stdinAll(ctx, "outcome-note-stdin");
            if (!text)
                return std::unexpected(text.error());
            m_note = std::move(*text);
        }
        if (args.has("override-reason-stdin")) {
            auto text = stdinAll(ctx, "override-reason-stdin");
            if (!text)
                return std::unexpected(text.error());
            m_reason = std::move(*text);
        }
        for (auto [option, field] :
             {std::pair{"start", "planned_start"}, {"end", "planned_end"}, {"referred-on", "referred_on"}})
            if (auto date = dateOption(args, option, field); !date)
                return std::unexpected(date.error());
        return {};
    }
    Status apply(Casebook& casebook, const ParsedArgs& args, Intervention& i)
    {
        if (auto v = args.value("type"))
            i.type = *v;
        if (auto v = args.value("status"))
            i.status = *v;
        if (auto v = args.value("outcome"))
            i.outcome = *v;
        if (args.has("outcome-note-stdin"))
            i.outcomeNote = m_note;
        if (auto v = args.value("provider")) {
            if (*v == "none") {
                i.providerId = {};
            } else {
                auto provider = providerFor(casebook, *v);
                if (!provider)
                    return std::unexpected(provider.error());
                i.providerId = provider->id;
            }
        }
        for (auto [option, field, member] : {std::tuple{"start", "planned_start", &Intervention::plannedStart},
                                             std::tuple{"end", "planned_end", &Intervention::plannedEnd},
                                             std::tuple{"referred-on", "referred_on", &Intervention::referredOn}})
            if (args.has(option)) {
                auto date = dateOption(args, option, field);
                if (!date)
                    return std::unexpected(date.error());
                i.*member = *date;
            }
        return {};
    }
    int print(Context& ctx, Casebook& casebook, const Intervention& saved)
    {
        auto item = casebook.plans().intervention(saved.id);
        if (!item)
            return ctx.fail(item.error());
        std::string text = saved.id.toString() + " " + saved.type + " " + saved.status;
        if (saved.consentOverridden)
            text += " (consent overridden)";
        return ctx.done(recordJson<InterventionItem>(kInterventionFields, *item), text);
    }
    std::string m_note;
    std::string m_reason;
};

class InterventionAddCommand : public InterventionCommandBase
{
public:
    std::string_view name() const override { return "intervention add"; }
    std::string help() const override
    {
        return helpEntry("intervention add REF --type CODE [--provider NAME|ID] [--start DATE] [--end DATE]\n"
                         "       [--status planned|referred|active] [--referred-on DATE]\n"
                         "       [--override-reason-stdin]",
                         "adds an intervention to a referral's plan; prints its id. Referring to a\n"
                         "provider needs consent to share on the referral, or (coordinators) a\n"
                         "reason to override from standard input");
    }

protected:
    Status prepare(Context& ctx, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1 || !args.has("type"))
            return fail(ErrorCode::InvalidInput, "intervention add needs one referral reference and --type");
        if (args.has("outcome") || args.has("outcome-note-stdin"))
            return fail(ErrorCode::InvalidInput, "an outcome is recorded with intervention update");
        return readCommon(ctx, args);
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto referral = referralFor(casebook, args.positionals.front());
        if (!referral)
            return ctx.fail(referral.error());
        Intervention draft;
        if (auto st = apply(casebook, args, draft); !st)
            return ctx.fail(st.error());
        auto added = casebook.plans().addIntervention(referral->id, draft, m_reason);
        if (!added)
            return ctx.fail(added.error());
        return print(ctx, casebook, *added);
    }
};

class InterventionUpdateCommand : public InterventionCommandBase
{
public:
    std::string_view name() const override { return "intervention update"; }
    std::string help() const override
    {
        return helpEntry("intervention update ID [--type CODE] [--provider NAME|ID|none] [--start DATE]\n"
                         "       [--end DATE] [--status CODE] [--referred-on DATE] [--outcome CODE]\n"
                         "       [--outcome-note-stdin | --override-reason-stdin]",
                         "changes an intervention: status (planned, referred, active, completed,\n"
                         "ended_early, cancelled), dates, provider, outcome. --status referred is\n"
                         "the referral to the provider (consent gate as for add)");
    }

protected:
    Status prepare(Context& ctx, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1 || !Uuid::parse(args.positionals.front()))
            return fail(ErrorCode::InvalidInput, "intervention update needs the intervention's id");
        return readCommon(ctx, args);
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto current = casebook.plans().intervention(*Uuid::parse(args.positionals.front()));
        if (!current)
            return ctx.fail(current.error());
        Intervention edited = current->intervention;
        if (auto st = apply(casebook, args, edited); !st)
            return ctx.fail(st.error());
        auto saved = casebook.plans().updateIntervention(edited, m_reason);
        if (!saved)
            return ctx.fail(saved.error());
        return print(ctx, casebook, *saved);
    }
};

// ---- intervention list -----------------------------------------------------------------

class InterventionListCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "intervention list"; }
    std::string help() const override
    {
        return helpEntry("intervention list [REF] [--person PERSON-REF] [--provider NAME|ID]\n"
                         "       [--status CODE]",
                         "interventions of a referral, a person or a provider (--json: an array)");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() > 1)
            return fail(ErrorCode::InvalidInput, "intervention list takes at most one referral reference");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        InterventionQuery q;
        if (!args.positionals.empty()) {
            auto referral = referralFor(casebook, args.positionals.front());
            if (!referral)
                return ctx.fail(referral.error());
            q.referralId = referral->id;
        }
        if (auto v = args.value("person")) {
            auto person = personByRef(casebook, *v);
            if (!person)
                return ctx.fail(person.error());
            q.personId = person->id;
        }
        if (auto v = args.value("provider")) {
            auto provider = providerFor(casebook, *v);
            if (!provider)
                return ctx.fail(provider.error());
            q.providerId = provider->id;
        }
        if (auto v = args.value("status"))
            q.status = *v;
        auto rows = casebook.plans().interventions(q);
        if (!rows)
            return ctx.fail(rows.error());
        RecordList<InterventionItem> out;
        for (const auto& r : *rows)
            out.add(kInterventionFields, r);
        return ctx.done(out.json, out.text);
    }

private:
    static constexpr OptionSpec kSpecs[] = {
        {"person", OptionSpec::Value}, {"provider", OptionSpec::Value}, {"status", OptionSpec::Value}};
};

// ---- intervention add-type -------------------------------------------------------------

class InterventionAddTypeCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "intervention add-type"; }
    std::string help() const override
    {
        return helpEntry("intervention add-type CODE --label TEXT",
                         "adds an intervention type to this casebook (coordinators): a code of a-z,\n"
                         "0-9 and _; listed by waymark-cli --casebook PATH codes intervention-type");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1 || !args.has("label"))
            return fail(ErrorCode::InvalidInput, "intervention add-type needs a code and --label");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto added = casebook.plans().addInterventionType(args.positionals.front(), *args.value("label"));
        if (!added)
            return ctx.fail(added.error());
        return ctx.done(recordJson<CodeEntry>(kTypeFields, *added), added->code);
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"label", OptionSpec::Value}};
};

// ---- provider add / update / list ------------------------------------------------------

constexpr OptionSpec kProviderSpecs[] = {
    {"name", OptionSpec::Value},           {"kind", OptionSpec::Value},  {"funding", OptionSpec::Value},
    {"phone", OptionSpec::Value},          {"email", OptionSpec::Value}, {"contact-stdin", OptionSpec::Flag},
    {"active", OptionSpec::OptionalValue},
};

class ProviderCommandBase : public CasebookCommand
{
public:
    std::span<const OptionSpec> options() const override { return kProviderSpecs; }

protected:
    Status readCommon(Context& ctx, const ParsedArgs& args)
    {
        m_contact.reset();
        if (args.has("contact-stdin")) {
            auto text = stdinAll(ctx, "contact-stdin");
            if (!text)
                return std::unexpected(text.error());
            m_contact = std::move(*text);
        }
        if (args.has("active")) {
            auto v = parseYesNo(*args.value("active"), "active");
            if (!v)
                return std::unexpected(v.error());
            m_active = *v;
        }
        return {};
    }
    void apply(const ParsedArgs& args, Provider& p)
    {
        if (auto v = args.value("name"))
            p.name = *v;
        if (auto v = args.value("kind"))
            p.kind = *v;
        if (auto v = args.value("funding"))
            p.fundingSource = *v;
        if (auto v = args.value("phone"))
            p.contactPhone = *v;
        if (auto v = args.value("email"))
            p.contactEmail = *v;
        if (m_contact)
            p.contactName = *m_contact;
        if (args.has("active"))
            p.active = m_active;
    }
    std::optional<std::string> m_contact;
    bool m_active = true;
};

class ProviderAddCommand : public ProviderCommandBase
{
public:
    std::string_view name() const override { return "provider add"; }
    std::string help() const override
    {
        return helpEntry("provider add --name NAME [--kind CODE] [--funding TEXT] [--phone PHONE]\n"
                         "       [--email EMAIL] [--contact-stdin]",
                         "adds a partner organisation (coordinators); the contact person's name from\n"
                         "standard input. Kinds: waymark-cli codes provider-kind");
    }

protected:
    Status prepare(Context& ctx, const ParsedArgs& args) override
    {
        if (!args.positionals.empty() || !args.has("name"))
            return fail(ErrorCode::InvalidInput, "provider add needs --name");
        return readCommon(ctx, args);
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        Provider p;
        apply(args, p);
        auto added = casebook.plans().addProvider(p);
        if (!added)
            return ctx.fail(added.error());
        return ctx.done(recordJson<Provider>(kProviderFields, *added), added->id.toString());
    }
};

class ProviderUpdateCommand : public ProviderCommandBase
{
public:
    std::string_view name() const override { return "provider update"; }
    std::string help() const override
    {
        return helpEntry("provider update NAME|ID [--name NAME] [--kind CODE] [--funding TEXT]\n"
                         "       [--phone PHONE] [--email EMAIL] [--contact-stdin] [--active[=yes|no]]",
                         "changes a partner organisation (coordinators); --active=no keeps it on\n"
                         "past interventions but takes it off the list for new ones");
    }

protected:
    Status prepare(Context& ctx, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, "provider update needs one provider name or id");
        return readCommon(ctx, args);
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto current = providerFor(casebook, args.positionals.front());
        if (!current)
            return ctx.fail(current.error());
        Provider edited = *current;
        apply(args, edited);
        auto saved = casebook.plans().updateProvider(edited);
        if (!saved)
            return ctx.fail(saved.error());
        return ctx.done(recordJson<Provider>(kProviderFields, *saved), saved->id.toString());
    }
};

class ProviderListCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "provider list"; }
    std::string help() const override
    {
        return helpEntry("provider list [--active]", "partner organisations by name (--json: an array); --active:\n"
                                                     "only those taking new referrals");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (!args.positionals.empty())
            return fail(ErrorCode::InvalidInput, "provider list takes no arguments");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto rows = casebook.plans().providers(args.has("active"));
        if (!rows)
            return ctx.fail(rows.error());
        RecordList<Provider> out;
        for (const auto& r : *rows)
            out.add(kProviderFields, r);
        return ctx.done(out.json, out.text);
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"active", OptionSpec::Flag}};
};

} // namespace

int listCasebookInterventionTypes(Context& ctx)
{
    auto casebook = ctx.open();
    if (!casebook)
        return ctx.fail(casebook.error());
    auto types = (*casebook)->plans().interventionTypes();
    if (!types)
        return ctx.fail(types.error());
    // Text as `codes LIST` prints it: one code a line; --json with labels.
    RecordList<CodeEntry> out;
    std::string text;
    for (const auto& t : *types) {
        out.add(kTypeFields, t);
        text += t.code + "\n";
    }
    return ctx.done(out.json, text);
}

void addPlanCommands(CommandList& list)
{
    list.push_back(std::make_unique<PlanShowCommand>());
    list.push_back(std::make_unique<PlanGoalCommand>());
    list.push_back(std::make_unique<PlanReviewCommand>());
    list.push_back(std::make_unique<InterventionAddCommand>());
    list.push_back(std::make_unique<InterventionUpdateCommand>());
    list.push_back(std::make_unique<InterventionListCommand>());
    list.push_back(std::make_unique<InterventionAddTypeCommand>());
    list.push_back(std::make_unique<ProviderAddCommand>());
    list.push_back(std::make_unique<ProviderListCommand>());
    list.push_back(std::make_unique<ProviderUpdateCommand>());
}

} // namespace waymark::cli
