// waymark-cli case close|approve|return|reopen, outcome set|show and followup add|list:
// closure with a completion status, outcome snapshots and follow-up after closure (the
// Outcomes desk, core/Outcomes.h; docs/outcomes.md).

#include "app/cli/Command.h"
#include "app/cli/Record.h"
#include "core/Text.h"
#include "core/calendar/TypedDate.h"

#include <string>

namespace waymark::cli {

namespace {

Json idJson(const Uuid& id)
{
    return id.isNull() ? Json() : Json(id.toString());
}

Json textOrNull(const std::string& s)
{
    return s.empty() ? Json() : Json(s);
}

Result<Referral> referralByRef(Casebook& casebook, std::string_view ref)
{
    if (auto id = Uuid::parse(ref))
        return casebook.referrals().view(*id);
    return casebook.referrals().viewByReference(ref);
}

Json closureJson(const Closure& c)
{
    Json o = Json::object();
    o.set("id", idJson(c.id));
    o.set("referral_id", idJson(c.referralId));
    o.set("status", c.status);
    o.set("state", c.state);
    o.set("note", textOrNull(c.note));
    o.set("requested_by", idJson(c.requestedBy));
    o.set("requested_at", c.requestedAt);
    o.set("decided_by", idJson(c.decidedBy));
    o.set("decided_at", textOrNull(c.decidedAt));
    o.set("comment", textOrNull(c.comment));
    o.set("closed_on", dateValue(c.closedOn));
    o.set("follow_up_3m", dateValue(c.followUp3));
    o.set("follow_up_6m", dateValue(c.followUp6));
    o.set("follow_up_12m", dateValue(c.followUp12));
    o.set("reopened_at", textOrNull(c.reopenedAt));
    o.set("reopen_reason", textOrNull(c.reopenReason));
    return o;
}

Json snapshotJson(const std::optional<OutcomeSnapshot>& s)
{
    if (!s)
        return Json();
    Json o = Json::object();
    o.set("stage", s->stage);
    o.set("taken_on", dateValue(s->takenOn));
    for (std::string_view field : snapshotFieldNames()) {
        const std::string v = snapshotFieldValue(*s, field);
        if (field == "ete_hours")
            o.set(field, s->eteHours ? Json(*s->eteHours) : Json());
        else
            o.set(field, textOrNull(v));
    }
    return o;
}

Json followUpJson(const FollowUp& f)
{
    Json o = Json::object();
    o.set("id", idJson(f.id));
    o.set("kind", f.kind);
    o.set("check", textOrNull(f.check));
    o.set(f.kind == "reoffence" ? "offence_date" : "contact_date", dateValue(f.happenedOn));
    o.set("outcome_type", textOrNull(f.outcomeType));
    o.set("outcome_date", dateValue(f.outcomeDate));
    o.set("note", textOrNull(f.note));
    o.set("recorded_at", f.recordedAt);
    return o;
}

std::string followUpLine(const FollowUp& f)
{
    std::string line = f.happenedOn.toIso() + "  " + f.kind;
    if (!f.outcomeType.empty())
        line += "  " + f.outcomeType + (f.outcomeDate.isNull() ? "" : " on " + f.outcomeDate.toIso());
    if (!f.check.empty())
        line += "  (" + f.check + " check)";
    return line;
}

std::string closureText(const std::string& reference, const Closure& c)
{
    if (c.state == "approved" && c.reopenedAt.empty())
        return reference + " closed on " + c.closedOn.toIso() + " (" + c.status + "); checks due " +
               c.followUp3.toIso() + ", " + c.followUp6.toIso() + ", " + c.followUp12.toIso();
    if (c.state == "approved")
        return reference + " reopened";
    if (c.state == "returned")
        return reference + " closure sent back; the referral is active again";
    return reference + " closure requested (" + c.status + "); awaiting a coordinator's approval";
}

// ---- case close|approve|return|reopen -----------------------------------------------------

enum class CaseAction
{
    Close,
    Approve,
    Return,
    Reopen,
};

class CaseCommand : public CasebookCommand
{
public:
    explicit CaseCommand(CaseAction action)
        : m_action(action)
    {}
    std::string_view name() const override
    {
        switch (m_action) {
        case CaseAction::Close:
            return "case close";
        case CaseAction::Approve:
            return "case approve";
        case CaseAction::Return:
            return "case return";
        case CaseAction::Reopen:
            return "case reopen";
        }
        return "case";
    }
    std::string help() const override
    {
        switch (m_action) {
        case CaseAction::Close: {
            std::vector<std::string_view> codes;
            for (const auto& c : completionStatusCodes())
                codes.push_back(c.code);
            return helpEntry("case close REF --status CODE [--note TEXT]",
                             "asks a coordinator to close the referral with its completion status:\n" +
                                 wrapBar(codes, 70, ""));
        }
        case CaseAction::Approve:
            return helpEntry("case approve REF",
                             "approves the closure (coordinators): closed today, checks at 3, 6, 12 months");
        case CaseAction::Return:
            return helpEntry("case return REF --comment TEXT", "sends the closure back (coordinators)");
        case CaseAction::Reopen:
            return helpEntry("case reopen REF [--reason TEXT]",
                             "reopens a closed referral; the reason from --reason or standard input");
        }
        return {};
    }
    std::span<const OptionSpec> options() const override
    {
        switch (m_action) {
        case CaseAction::Close:
            return kClose;
        case CaseAction::Return:
            return kReturn;
        case CaseAction::Reopen:
            return kReopen;
        case CaseAction::Approve:
            break;
        }
        return {};
    }

protected:
    Status prepare(Context& ctx, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, std::string(name()) + " needs one referral reference or id");
        m_text.clear();
        if (m_action == CaseAction::Close) {
            auto status = args.value("status");
            if (!status || status->empty())
                return fail(ErrorCode::InvalidInput, "case close needs --status CODE", "status");
            if (!isKnownCode(completionStatusCodes(), *status))
                return fail(ErrorCode::InvalidInput, "unknown completion status (see: codes completion-status)",
                            "status");
            m_text = args.value("note").value_or("");
        } else if (m_action == CaseAction::Return) {
            m_text = waymark::text::trim(args.value("comment").value_or(""));
            if (m_text.empty())
                return fail(ErrorCode::InvalidInput, "case return needs --comment TEXT", "comment");
        } else if (m_action == CaseAction::Reopen) {
            m_text = waymark::text::trim(args.value("reason").value_or(""));
            if (m_text.empty()) {
                auto lines = ctx.remainingStdinLines();
                if (!lines)
                    return std::unexpected(lines.error());
                for (const auto& line : *lines)
                    if (!waymark::text::trim(line).empty()) {
                        m_text = waymark::text::trim(line);
                        break;
                    }
            }
            if (m_text.empty())
                return fail(ErrorCode::InvalidInput, "case reopen needs a reason (--reason or standard input)",
                            "reason");
        }
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto referral = referralByRef(casebook, args.positionals.front());
        if (!referral)
            return ctx.fail(referral.error());
        Result<Closure> result = std::unexpected(Error{});
        switch (m_action) {
        case CaseAction::Close:
            result = casebook.outcomes().requestClosure(referral->id, args.value("status").value_or(""), m_text);
            break;
        case CaseAction::Approve:
            result = casebook.outcomes().approveClosure(referral->id);
            break;
        case CaseAction::Return:
            result = casebook.outcomes().returnClosure(referral->id, m_text);
            break;
        case CaseAction::Reopen:
            result = casebook.outcomes().reopen(referral->id, m_text);
            break;
        }
        if (!result)
            return ctx.fail(result.error());
        Json doc = closureJson(*result);
        doc.set("referral", referral->reference);
        return ctx.done(doc, closureText(referral->reference, *result));
    }

private:
    static constexpr OptionSpec kClose[] = {{"status", OptionSpec::Value}, {"note", OptionSpec::Value}};
    static constexpr OptionSpec kReturn[] = {{"comment", OptionSpec::Value}};
    static constexpr OptionSpec kReopen[] = {{"reason", OptionSpec::Value}};
    CaseAction m_action;
    std::string m_text;
};

// ---- outcome set|show ---------------------------------------------------------------------

// --accommodation-suitable for the field accommodation_suitable.
std::string optionName(std::string_view field)
{
    std::string out(field);
    for (char& c : out)
        if (c == '_')
            c = '-';
    return out;
}

class OutcomeSetCommand : public CasebookCommand
{
public:
    OutcomeSetCommand()
    {
        m_specs.push_back({"stage", OptionSpec::Value});
        for (std::string_view field : snapshotFieldNames()) {
            m_names.push_back(optionName(field));
        }
        for (const auto& n : m_names)
            m_specs.push_back({n, OptionSpec::Value});
    }
    std::string_view name() const override { return "outcome set"; }
    std::string help() const override
    {
        return helpEntry("outcome set REF --stage start|end [--FIELD yes|no|\"\"]...",
                         "records the start or end outcome snapshot; fields: --accommodation-suitable,\n"
                         "--ete-suitable, --ete-hours N, --send-aln, --send-plan, --mental-health-need,\n"
                         "--mental-health-offered, --mental-health-attending, --substance-use-need,\n"
                         "--substance-use-offered, --substance-use-attending, --victims-contacted,\n"
                         "--victims-consented, --victims-engaged (an empty value clears)");
    }
    std::span<const OptionSpec> options() const override { return m_specs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, "outcome set needs one referral reference or id");
        auto stage = args.value("stage");
        if (!stage || (*stage != "start" && *stage != "end"))
            return fail(ErrorCode::InvalidInput, "outcome set needs --stage start or --stage end", "stage");
        bool any = false;
        for (const auto& n : m_names)
            any = any || args.has(n);
        if (!any)
            return fail(ErrorCode::InvalidInput, "outcome set needs at least one field (see --help)");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto referral = referralByRef(casebook, args.positionals.front());
        if (!referral)
            return ctx.fail(referral.error());
        auto shown = casebook.outcomes().show(referral->id);
        if (!shown)
            return ctx.fail(shown.error());
        const std::string stage = *args.value("stage");
        const auto& current = stage == "start" ? shown->start : shown->end;
        OutcomeSnapshot s = current ? *current : OutcomeSnapshot{};
        s.referralId = referral->id;
        s.stage = stage;
        for (std::string_view field : snapshotFieldNames())
            if (auto v = args.value(optionName(field)))
                if (auto st = setSnapshotField(s, field, *v); !st)
                    return ctx.fail(st.error());
        auto saved = casebook.outcomes().saveSnapshot(s);
        if (!saved)
            return ctx.fail(saved.error());
        return ctx.done(snapshotJson(*saved), referral->reference + " " + stage + " snapshot saved");
    }

private:
    std::vector<std::string> m_names;
    std::vector<OptionSpec> m_specs;
};

class OutcomeShowCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "outcome show"; }
    std::string help() const override
    {
        return helpEntry("outcome show REF", "the closure, the start and end snapshots, follow-up and its checks");
    }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, "outcome show needs one referral reference or id");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto referral = referralByRef(casebook, args.positionals.front());
        if (!referral)
            return ctx.fail(referral.error());
        auto d = casebook.outcomes().show(referral->id);
        if (!d)
            return ctx.fail(d.error());
        Json doc = Json::object();
        doc.set("referral", d->referralReference);
        doc.set("state", std::string(stateName(d->state)));
        doc.set("closure", d->closure ? closureJson(*d->closure) : Json());
        Json closures = Json::array();
        for (const auto& c : d->closures)
            closures.push(closureJson(c));
        doc.set("closures", closures);
        doc.set("start", snapshotJson(d->start));
        doc.set("end", snapshotJson(d->end));
        Json followUps = Json::array();
        for (const auto& f : d->followUps)
            followUps.push(followUpJson(f));
        doc.set("follow_ups", followUps);
        Json checks = Json::array();
        for (const auto& c : d->checks) {
            Json o = Json::object();
            o.set("check", c.check);
            o.set("due", dateValue(c.due));
            o.set("done", c.done);
            o.set("overdue", c.overdue);
            checks.push(o);
        }
        doc.set("checks", checks);

        std::string text = d->referralReference + "  " + std::string(stateName(d->state)) + "\n";
        if (d->closure)
            text += "Closure: " + d->closure->status + ", " + d->closure->state +
                    (d->closure->closedOn.isNull() ? "" : " on " + d->closure->closedOn.toIso()) + "\n";
        for (const auto* s : {d->start ? &*d->start : nullptr, d->end ? &*d->end : nullptr}) {
            if (!s)
                continue;
            text += (s->stage == "start" ? "Start" : "End") + std::string(" snapshot (") + s->takenOn.toIso() + "):";
            for (std::string_view field : snapshotFieldNames()) {
                const std::string v = snapshotFieldValue(*s, field);
                text += "\n  " + std::string(field) + ": " + (v.empty() ? "-" : v);
            }
            text += "\n";
        }
        for (const auto& c : d->checks)
            text += "Check " + c.check + " due " + c.due.toIso() +
                    (c.done      ? " (done)"
                     : c.overdue ? " (overdue)"
                                 : "") +
                    "\n";
        for (const auto& f : d->followUps)
            text += "Follow-up: " + followUpLine(f) + "\n";
        return ctx.done(doc, text);
    }
};

// ---- followup add|list --------------------------------------------------------------------

class FollowUpAddCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "followup add"; }
    std::string help() const override
    {
        return helpEntry("followup add REF --kind recontact|reoffence --date DATE [--check 3m|6m|12m]\n"
                         "       [--outcome caution|conviction|community_resolution|none]\n"
                         "       [--outcome-date DATE] [--note TEXT]",
                         "a re-contact (--date: the contact) or a reoffence (--date: the offence)\n"
                         "after closure; --check: the scheduled check it answers");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, "followup add needs one referral reference or id");
        m_draft = FollowUp{};
        m_draft.kind = args.value("kind").value_or("");
        if (m_draft.kind.empty())
            return fail(ErrorCode::InvalidInput, "followup add needs --kind recontact or reoffence", "kind");
        auto date = args.value("date");
        if (!date)
            return fail(ErrorCode::InvalidInput, "followup add needs --date DATE", "date");
        auto on = parseTypedDate(*date, "date");
        if (!on)
            return std::unexpected(on.error());
        m_draft.happenedOn = *on;
        if (auto d = args.value("outcome-date")) {
            auto od = parseTypedDate(*d, "outcome_date");
            if (!od)
                return std::unexpected(od.error());
            m_draft.outcomeDate = *od;
        }
        m_draft.check = args.value("check").value_or("");
        m_draft.outcomeType = args.value("outcome").value_or("");
        m_draft.note = args.value("note").value_or("");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto referral = referralByRef(casebook, args.positionals.front());
        if (!referral)
            return ctx.fail(referral.error());
        m_draft.referralId = referral->id;
        auto added = casebook.outcomes().addFollowUp(m_draft);
        if (!added)
            return ctx.fail(added.error());
        return ctx.done(followUpJson(*added), added->id.toString());
    }

private:
    static constexpr OptionSpec kSpecs[] = {
        {"kind", OptionSpec::Value},    {"date", OptionSpec::Value},         {"check", OptionSpec::Value},
        {"outcome", OptionSpec::Value}, {"outcome-date", OptionSpec::Value}, {"note", OptionSpec::Value},
    };
    FollowUp m_draft;
};

class FollowUpListCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "followup list"; }
    std::string help() const override
    {
        return helpEntry("followup list REF", "the referral's re-contacts and reoffences, oldest first");
    }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, "followup list needs one referral reference or id");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto referral = referralByRef(casebook, args.positionals.front());
        if (!referral)
            return ctx.fail(referral.error());
        auto d = casebook.outcomes().show(referral->id);
        if (!d)
            return ctx.fail(d.error());
        Json list = Json::array();
        std::string text;
        for (const auto& f : d->followUps) {
            list.push(followUpJson(f));
            text += followUpLine(f) + "\n";
        }
        if (text.empty())
            text = "no follow-up records";
        return ctx.done(list, text);
    }
};

} // namespace

void addCaseCommands(CommandList& list)
{
    for (CaseAction a : {CaseAction::Close, CaseAction::Approve, CaseAction::Return, CaseAction::Reopen})
        list.push_back(std::make_unique<CaseCommand>(a));
    list.push_back(std::make_unique<OutcomeSetCommand>());
    list.push_back(std::make_unique<OutcomeShowCommand>());
    list.push_back(std::make_unique<FollowUpAddCommand>());
    list.push_back(std::make_unique<FollowUpListCommand>());
}

} // namespace waymark::cli
