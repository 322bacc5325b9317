// waymark-cli referral add | show | list | screen | decide | allocate | take | contact |
// eligibility (work, My work, is in WorkCommands.cpp)

#include "app/cli/Command.h"
#include "app/cli/Record.h"
#include "app/cli/ReferralRows.h"

#include "core/Text.h"
#include "core/calendar/TypedDate.h"
#include "core/domain/Codes.h"

#include <algorithm>
#include <array>
#include <tuple>

namespace waymark::cli {

namespace {

// ---- Looking up ------------------------------------------------------------------------

Result<Referral> referralByRef(Casebook& casebook, std::string_view ref)
{
    if (auto id = Uuid::parse(ref))
        return casebook.referrals().view(*id);
    return casebook.referrals().viewByReference(ref);
}

// A user's id by user name (or id); the signed-in user's own name needs no user list.
Result<Uuid> userIdByName(Casebook& casebook, std::string_view name)
{
    if (auto id = Uuid::parse(name))
        return *id;
    if (name == casebook.user().username)
        return casebook.user().id;
    auto users = casebook.users().list();
    if (!users)
        return std::unexpected(users.error());
    for (const auto& u : *users)
        if (u.username == name)
            return u.id;
    return fail(ErrorCode::NotFound, "no user with that name", "user");
}

// Personal free text (a note, a reason, a referrer's details) comes from standard input,
// never from the command line: the lines after the password line, joined.
Result<std::string> stdinText(Context& ctx, std::string_view option)
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

Result<Date> optionDate(const ParsedArgs& args, std::string_view option, std::string_view field, Date fallback)
{
    auto text = args.value(option);
    if (!text)
        return fallback;
    return parseTypedDate(*text, std::string(field));
}

Json idValue(const Uuid& id)
{
    return id.isNull() ? Json() : Json(id.toString());
}

std::string stateText(ReferralState s)
{
    return std::string(stateName(s));
}

// ---- The referral record ---------------------------------------------------------------

const Field<Referral> kReferralFields[] = {
    {"reference", "Reference", [](const Referral& r) { return Json(r.reference); }},
    {"id", "Id", [](const Referral& r) { return Json(r.id.toString()); }},
    {"person_id", "", [](const Referral& r) { return Json(r.personId.toString()); }},
    {"state", "State", [](const Referral& r) { return Json(stateName(r.state)); }},
    {"received", "Received", [](const Referral& r) { return dateValue(r.received); }},
    {"source", "Source", [](const Referral& r) { return Json(r.source); }},
    {"referrer_name", "Referrer", [](const Referral& r) { return Json(r.referrerName); }},
    {"referrer_contact", "Referrer contact", [](const Referral& r) { return Json(r.referrerContact); }},
    {"route", "Route", [](const Referral& r) { return Json(r.route); }},
    {"event_date", "Event date", [](const Referral& r) { return dateValue(r.eventDate); }},
    {"offence_category", "Offence category", [](const Referral& r) { return Json(r.offenceCategory); }},
    {"offence_date", "Offence date", [](const Referral& r) { return dateValue(r.offenceDate); }},
    {"police_reference", "Police reference", [](const Referral& r) { return Json(r.policeReference); }},
    {"risk", "Risk", [](const Referral& r) { return Json(r.risk); }},
    {"consent", "Consent", [](const Referral& r) { return Json(r.consent); }},
    {"statutory_order", "Statutory order", [](const Referral& r) { return Json(r.statutoryOrder); }},
    {"decision", "Decision", [](const Referral& r) { return Json(r.decision); }},
    {"decision_reason", "Decision reason", [](const Referral& r) { return Json(r.decisionReason); }},
    {"decision_note", "Decision note", [](const Referral& r) { return Json(r.decisionNote); }},
    {"decision_date", "Decision date", [](const Referral& r) { return dateValue(r.decisionDate); }},
    {"decided_by", "", [](const Referral& r) { return idValue(r.decidedBy); }},
    {"allocated_to", "", [](const Referral& r) { return idValue(r.allocatedTo); }},
    {"first_contact", "First contact", [](const Referral& r) { return dateValue(r.firstContact); }},
    {"decision_due", "", [](const Referral& r) { return dateValue(r.decisionDue); }},
    {"first_contact_due", "", [](const Referral& r) { return dateValue(r.firstContactDue); }},
    {"assessment_due", "", [](const Referral& r) { return dateValue(r.assessmentDue); }},
    {"eligibility_overridden", "Eligibility overridden",
     [](const Referral& r) { return Json(r.eligibilityOverridden); }},
    {"override_reason", "Override reason", [](const Referral& r) { return Json(r.overrideReason); }},
    {"overridden_by", "", [](const Referral& r) { return idValue(r.overriddenBy); }},
    {"overridden_at", "Overridden at", [](const Referral& r) { return Json(r.overriddenAt); }},
    {"import_source", "Import source", [](const Referral& r) { return Json(r.importSource); }},
    {"repeat_ordinal", "", [](const Referral& r) { return Json(r.repeatOrdinal); }},
    {"created_at", "Created", [](const Referral& r) { return Json(r.createdAt); }},
    {"updated_hlc", "", [](const Referral& r) { return Json(r.updatedHlc); }},
};

// ---- One row of a queue or My work -----------------------------------------------------

// The running due date the row is waiting on: the decision, else the first contact.
Date nextDue(const ReferralSummary& s)
{
    return s.decisionDue.isNull() ? s.firstContactDue : s.decisionDue;
}

const Field<ReferralSummary> kSummaryFields[] = {
    {"id", "", [](const ReferralSummary& s) { return Json(s.id.toString()); }},
    {"reference", "Reference", [](const ReferralSummary& s) { return Json(s.reference); }, nullptr, true},
    {"person_id", "", [](const ReferralSummary& s) { return Json(s.personId.toString()); }},
    {"person_reference", "Person", [](const ReferralSummary& s) { return Json(s.personReference); }, nullptr, true},
    {"person_name", "Name", [](const ReferralSummary& s) { return Json(s.personName); }, nullptr, true},
    {"state", "State", [](const ReferralSummary& s) { return Json(stateName(s.state)); }, nullptr, true},
    {"received", "Received", [](const ReferralSummary& s) { return dateValue(s.received); }, nullptr, true},
    {"source", "", [](const ReferralSummary& s) { return Json(s.source); }},
    {"route", "", [](const ReferralSummary& s) { return Json(s.route); }},
    {"allocated_to", "", [](const ReferralSummary& s) { return idValue(s.allocatedTo); }},
    {"allocated_name", "Worker", [](const ReferralSummary& s) { return Json(s.allocatedName); },
     [](const ReferralSummary& s) { return std::vector<std::string>{s.allocatedName.empty() ? "-" : s.allocatedName}; },
     true},
    {"decision_due", "", [](const ReferralSummary& s) { return dateValue(s.decisionDue); }},
    {"first_contact_due", "", [](const ReferralSummary& s) { return dateValue(s.firstContactDue); }},
    {"", "Due", nullptr,
     [](const ReferralSummary& s) {
         const Date due = nextDue(s);
         return std::vector<std::string>{due.isNull() ? "-" : due.toIso()};
     },
     true},
    {"repeat_ordinal", "", [](const ReferralSummary& s) { return Json(s.repeatOrdinal); }},
    {"decision_overdue", "", [](const ReferralSummary& s) { return Json(s.decisionOverdue); }},
    {"contact_overdue", "", [](const ReferralSummary& s) { return Json(s.contactOverdue); }},
    {"", "Overdue", nullptr,
     [](const ReferralSummary& s) {
         std::string what = s.decisionOverdue ? "decision" : "";
         if (s.contactOverdue)
             what += (what.empty() ? "" : ",") + std::string("contact");
         return std::vector<std::string>{what.empty() ? "-" : what};
     },
     true},
};

// ---- Eligibility, clocks, history: what `referral show` adds --------------------------

Json eligibilityJson(const EligibilityResult& result)
{
    Json reasons = Json::array();
    for (const auto& r : result.reasons) {
        Json values = Json::object();
        for (const auto& [k, v] : r.values)
            values.set(k, v);
        Json reason = Json::object();
        reason.set("code", r.code);
        reason.set("message", r.message);
        reason.set("values", std::move(values));
        reasons.push(std::move(reason));
    }
    Json o = Json::object();
    o.set("pass", result.pass);
    o.set("reasons", std::move(reasons));
    return o;
}

std::vector<std::string> eligibilityText(const EligibilityResult& result)
{
    std::vector<std::string> lines{result.pass ? "pass" : "fail"};
    for (const auto& r : result.reasons)
        lines.push_back("fail: " + r.message + " (" + r.code + ")");
    return lines;
}

std::string_view clockStateName(ClockState s)
{
    switch (s) {
    case ClockState::Running:
        return "running";
    case ClockState::Overdue:
        return "overdue";
    case ClockState::Met:
        return "met";
    case ClockState::Missed:
        return "missed";
    }
    return "running";
}

Json clockJson(const ClockStatus& c)
{
    Json o = Json::object();
    o.set("start", dateValue(c.start));
    o.set("due", dateValue(c.due));
    o.set("stopped", dateValue(c.stopped));
    o.set("state", clockStateName(c.state));
    o.set("overdue", c.state == ClockState::Overdue);
    o.set("working_days_taken", c.workingDaysTaken);
    o.set("working_days_left", c.workingDaysLeft);
    return o;
}

// "due 2026-12-14, 6 working days left" / "overdue: due 2026-12-01, 3 working days late" /
// "met on 2026-12-03 (4 working days)".
std::vector<std::string> clockText(const ClockStatus& c)
{
    if (c.due.isNull())
        return {};
    const auto days = [](int n) { return std::to_string(n) + (n == 1 ? " working day" : " working days"); };
    switch (c.state) {
    case ClockState::Running:
        return {"due " + c.due.toIso() + ", " + days(c.workingDaysLeft) + " left"};
    case ClockState::Overdue:
        return {"OVERDUE: due " + c.due.toIso() + ", " + days(-c.workingDaysLeft) + " late"};
    case ClockState::Met:
        return {"met on " + c.stopped.toIso() + " (" + days(c.workingDaysTaken) + ", due " + c.due.toIso() + ")"};
    case ClockState::Missed:
        return {"missed: done on " + c.stopped.toIso() + " (" + days(c.workingDaysTaken) + ", due " + c.due.toIso() +
                ")"};
    }
    return {};
}

const Field<ReferralEvent> kEventFields[] = {
    {"at", "At", [](const ReferralEvent& e) { return Json(e.at); }, nullptr, true},
    {"kind", "Kind", [](const ReferralEvent& e) { return Json(e.kind); }, nullptr, true},
    {"from_state", "From", [](const ReferralEvent& e) { return Json(e.fromState); }},
    {"to_state", "To", [](const ReferralEvent& e) { return Json(e.toState); },
     [](const ReferralEvent& e) {
         if (e.toState.empty())
             return std::vector<std::string>{};
         return std::vector<std::string>{e.fromState.empty() ? e.toState : e.fromState + " -> " + e.toState};
     },
     true},
    {"reason_code", "Reason", [](const ReferralEvent& e) { return Json(e.reasonCode); }, nullptr, true},
    {"note", "Note", [](const ReferralEvent& e) { return Json(e.note); }, nullptr, true},
    {"by", "", [](const ReferralEvent& e) { return idValue(e.by); }},
    {"by_name", "By", [](const ReferralEvent& e) { return Json(e.byName); }, nullptr, true},
    {"allocated_to", "", [](const ReferralEvent& e) { return idValue(e.allocatedTo); }},
};

struct ShowView
{
    const ReferralDetail& detail;
    const ReferralSummary* summary; // the queue row: the person's reference and name, the worker
    int windowMonths = 12;
};

const Field<ShowView> kShowFields[] = {
    {"person_reference", "Person",
     [](const ShowView& v) { return v.summary ? Json(v.summary->personReference) : Json(); },
     [](const ShowView& v) {
         if (!v.summary)
             return std::vector<std::string>{};
         return std::vector<std::string>{v.summary->personReference + " " + v.summary->personName};
     }},
    {"person_name", "", [](const ShowView& v) { return v.summary ? Json(v.summary->personName) : Json(); }},
    {"allocated_name", "Allocated to",
     [](const ShowView& v) { return v.summary ? Json(v.summary->allocatedName) : Json(); },
     [](const ShowView& v) {
         return std::vector<std::string>{v.summary && !v.summary->allocatedName.empty() ? v.summary->allocatedName
                                                                                        : "unallocated"};
     }},
    {"repeat", "Repeat referral",
     [](const ShowView& v) {
         Json o = Json::object();
         o.set("ordinal", v.detail.referral.repeatOrdinal);
         o.set("window_months", v.windowMonths);
         o.set("trigger", v.detail.repeatTrigger);
         o.set("text", repeatText(v.detail.referral.repeatOrdinal, v.windowMonths));
         return o;
     },
     [](const ShowView& v) {
         if (!v.detail.repeatTrigger)
             return std::vector<std::string>{};
         return std::vector<std::string>{repeatText(v.detail.referral.repeatOrdinal, v.windowMonths)};
     }},
    {"eligibility", "Eligibility", [](const ShowView& v) { return eligibilityJson(v.detail.eligibility); },
     [](const ShowView& v) { return eligibilityText(v.detail.eligibility); }},
    {"decision_clock", "Decision", [](const ShowView& v) { return clockJson(v.detail.decisionClock); },
     [](const ShowView& v) { return clockText(v.detail.decisionClock); }},
    {"first_contact_clock", "First contact", [](const ShowView& v) { return clockJson(v.detail.contactClock); },
     [](const ShowView& v) { return clockText(v.detail.contactClock); }},
    {"assessment_clock", "Assessment", [](const ShowView& v) { return clockJson(v.detail.assessmentClock); },
     [](const ShowView& v) { return clockText(v.detail.assessmentClock); }},
    {"steps", "Next steps",
     [](const ShowView& v) {
         Json steps = Json::array();
         for (auto s : v.detail.steps)
             steps.push(stepName(s));
         return steps;
     },
     [](const ShowView& v) {
         std::string text;
         for (auto s : v.detail.steps)
             text += (text.empty() ? "" : ", ") + std::string(stepName(s));
         return std::vector<std::string>{text};
     }},
    {"history", "History",
     [](const ShowView& v) {
         Json events = Json::array();
         for (const auto& e : v.detail.history)
             events.push(recordJson<ReferralEvent>(kEventFields, e));
         return events;
     },
     [](const ShowView& v) {
         std::vector<std::string> lines;
         for (const auto& e : v.detail.history) {
             // The column fields with something in them, two spaces apart.
             std::string line;
             for (const auto& f : kEventFields) {
                 if (!f.column)
                     continue;
                 for (const auto& part : fieldLines(f, e))
                     if (!part.empty())
                         line += (line.empty() ? "" : "  ") + part;
             }
             lines.push_back(std::move(line));
         }
         return lines;
     }},
};

// A referral after a workflow step: "RF-... is now screening" (--json: the record).
int printStepped(Context& ctx, const Referral& r, std::string_view what)
{
    return ctx.done(recordJson<Referral>(kReferralFields, r),
                    r.reference + " " + std::string(what) + " (state " + stateText(r.state) + ")");
}

// A command on one referral named by its first (only) positional.
class OneReferralCommand : public CasebookCommand
{
protected:
    virtual std::size_t positionals() const { return 1; }
    virtual std::string_view positionalsUsage() const { return "one referral reference or id"; }
    Status prepare(Context& ctx, const ParsedArgs& args) override
    {
        if (args.positionals.size() != positionals())
            return fail(ErrorCode::InvalidInput, std::string(name()) + " needs " + std::string(positionalsUsage()));
        return prepareMore(ctx, args);
    }
    virtual Status prepareMore(Context&, const ParsedArgs&) { return {}; }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto referral = referralByRef(casebook, args.positionals.front());
        if (!referral)
            return ctx.fail(referral.error());
        return executeOnReferral(ctx, casebook, *referral, args);
    }
    virtual int executeOnReferral(Context& ctx, Casebook& casebook, const Referral& referral,
                                  const ParsedArgs& args) = 0;
};

// ---- referral add ----------------------------------------------------------------------

class ReferralAddCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "referral add"; }
    std::string help() const override
    {
        return helpEntry("referral add PERSON-REF --source CODE --route CODE [--received DATE]\n"
                         "       [--event-date DATE] [--offence-category CODE] [--offence-date DATE]\n"
                         "       [--police-ref REF] [--risk CODE] [--consent CODE] [--statutory-order[=yes|no]]\n"
                         "       [--referrer-stdin]",
                         "a new referral for the person (received: today unless given); prints its\n"
                         "reference. --referrer-stdin: the referrer's name on the first line of\n"
                         "standard input, their contact details on the second");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context& ctx, const ParsedArgs& args) override
    {
        if (args.positionals.size() != 1)
            return fail(ErrorCode::InvalidInput, "referral add needs one person case reference or id");
        m_draft = Referral{};
        const auto text = [&](std::string_view option, std::string& field) {
            if (auto v = args.value(option))
                field = *v;
        };
        text("source", m_draft.source);
        text("route", m_draft.route);
        text("offence-category", m_draft.offenceCategory);
        text("police-ref", m_draft.policeReference);
        text("risk", m_draft.risk);
        text("consent", m_draft.consent);
        for (auto [option, field, member] : {std::tuple{"received", "received", &Referral::received},
                                             std::tuple{"event-date", "event_date", &Referral::eventDate},
                                             std::tuple{"offence-date", "offence_date", &Referral::offenceDate}}) {
            auto date = optionDate(args, option, field, Date());
            if (!date)
                return std::unexpected(date.error());
            m_draft.*member = *date;
        }
        m_receivedGiven = args.has("received");
        if (args.has("statutory-order")) {
            auto v = parseYesNo(*args.value("statutory-order"), "statutory_order");
            if (!v)
                return std::unexpected(v.error());
            m_draft.statutoryOrder = *v;
        }
        if (args.has("referrer-stdin")) {
            auto lines = ctx.remainingStdinLines();
            if (!lines)
                return std::unexpected(lines.error());
            std::vector<std::string> parts;
            for (const auto& line : *lines)
                if (!waymark::text::trim(line).empty())
                    parts.push_back(waymark::text::trim(line));
            if (parts.empty() || parts.size() > 2)
                return fail(ErrorCode::InvalidInput,
                            "--referrer-stdin reads the referrer's name and, on a second line, their contact details",
                            "referrer-stdin");
            m_draft.referrerName = parts[0];
            if (parts.size() > 1)
                m_draft.referrerContact = parts[1];
        }
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto person = personByRef(casebook, args.positionals.front());
        if (!person)
            return ctx.fail(person.error());
        m_draft.personId = person->id;
        if (!m_receivedGiven)
            m_draft.received = casebook.clock().today();
        auto created = casebook.referrals().create(std::move(m_draft));
        if (!created)
            return ctx.fail(created.error());
        Json doc = recordJson<Referral>(kReferralFields, *created);
        int windowMonths = 12;
        int threshold = 3;
        if (auto settings = casebook.referrals().settings()) {
            windowMonths = settings->limits.repeatWindowMonths;
            threshold = settings->limits.repeatThreshold;
        }
        const bool repeat = created->repeatOrdinal >= threshold;
        doc.set("repeat_trigger", repeat);
        doc.set("repeat_text", repeatText(created->repeatOrdinal, windowMonths));
        if (repeat)
            ctx.warn(person->caseReference + ": " + repeatText(created->repeatOrdinal, windowMonths) +
                     " (repeat demand)");
        return ctx.done(doc, created->reference);
    }

private:
    static constexpr OptionSpec kSpecs[] = {
        {"received", OptionSpec::Value},
        {"source", OptionSpec::Value},
        {"route", OptionSpec::Value},
        {"event-date", OptionSpec::Value},
        {"offence-category", OptionSpec::Value},
        {"offence-date", OptionSpec::Value},
        {"police-ref", OptionSpec::Value},
        {"risk", OptionSpec::Value},
        {"consent", OptionSpec::Value},
        {"statutory-order", OptionSpec::OptionalValue},
        {"referrer-stdin", OptionSpec::Flag},
    };
    Referral m_draft;
    bool m_receivedGiven = false;
};

// ---- referral show ---------------------------------------------------------------------

class ReferralShowCommand : public OneReferralCommand
{
public:
    std::string_view name() const override { return "referral show"; }
    std::string help() const override
    {
        return helpEntry("referral show REF", "the whole referral with its eligibility, clocks (due dates, working\n"
                                              "days left, overdue), next steps, history and repeat flag");
    }

protected:
    int executeOnReferral(Context& ctx, Casebook& casebook, const Referral& referral, const ParsedArgs&) override
    {
        auto detail = casebook.referrals().detail(referral.id);
        if (!detail)
            return ctx.fail(detail.error());
        std::optional<ReferralSummary> summary;
        if (auto rows = casebook.referrals().forPerson(detail->referral.personId))
            for (const auto& row : *rows)
                if (row.id == detail->referral.id)
                    summary = row;
        ShowView view{*detail, summary ? &*summary : nullptr};
        if (auto settings = casebook.referrals().settings())
            view.windowMonths = settings->limits.repeatWindowMonths;
        Json doc = recordJson<Referral>(kReferralFields, detail->referral);
        for (const auto& f : kShowFields)
            if (!f.key.empty())
                doc.set(f.key, f.value(view));
        std::string text = recordText<Referral>(kReferralFields, detail->referral);
        text += recordText<ShowView>(kShowFields, view);
        return ctx.done(doc, text);
    }
};

// ---- referral list ---------------------------------------------------------------------

constexpr std::array<Choice<ReferralSort>, 2> kReferralSorts = {{
    {"due", ReferralSort::Due},
    {"received", ReferralSort::Received},
}};

std::vector<Choice<ReferralState>> stateChoices()
{
    std::vector<Choice<ReferralState>> out;
    for (auto s : allReferralStates())
        out.push_back({stateName(s), s});
    return out;
}

class ReferralListCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "referral list"; }
    std::string help() const override
    {
        return helpEntry("referral list [--state S] [--worker USER] [--unallocated] [--overdue] [--source CODE]\n"
                         "              [--route CODE] [--sort " +
                             choiceBar<ReferralSort>(kReferralSorts) + "] [--limit N]   (default 200; 0 = all)",
                         "") +
               helpEntry("", "S: " + wrapBar(choiceNames<ReferralState>(stateChoices()), 60, "   "));
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (!args.positionals.empty())
            return fail(ErrorCode::InvalidInput, "referral list takes options only (see waymark-cli --help)");
        m_query = ReferralListQuery{};
        if (auto state = args.value("state")) {
            const auto choices = stateChoices();
            auto s = choose<ReferralState>(choices, *state, "state", "state");
            if (!s)
                return std::unexpected(s.error());
            m_query.state = *s;
        }
        auto sort = choose<ReferralSort>(kReferralSorts, args.value("sort").value_or("due"), "sort", "sort");
        if (!sort)
            return std::unexpected(sort.error());
        m_query.sort = *sort;
        m_query.source = args.value("source").value_or("");
        m_query.route = args.value("route").value_or("");
        m_query.overdueOnly = args.has("overdue");
        m_query.unallocatedOnly = args.has("unallocated");
        if (m_query.unallocatedOnly && args.has("worker"))
            return fail(ErrorCode::InvalidInput, "give --worker or --unallocated, not both");
        auto limit = parseCount(args.value("limit").value_or("200"), "limit");
        if (!limit)
            return std::unexpected(limit.error());
        m_limit = *limit;
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        ReferralListQuery query = m_query;
        if (auto worker = args.value("worker")) {
            auto id = userIdByName(casebook, *worker);
            if (!id)
                return ctx.fail(id.error());
            query.worker = *id;
        }
        RecordList<ReferralSummary> list;
        long long shown = 0;
        while (true) {
            constexpr long long kPage = 500;
            query.limit = static_cast<int>(m_limit == 0 ? kPage : std::min(kPage, m_limit - shown));
            auto page = casebook.referrals().list(query);
            if (!page)
                return ctx.fail(page.error());
            for (const auto& row : page->rows) {
                list.add(kSummaryFields, row);
                ++shown;
            }
            if (!page->next || (m_limit != 0 && shown >= m_limit) || page->rows.empty())
                break;
            query.after = page->next;
        }
        return ctx.done(list.json, list.text);
    }

private:
    static constexpr OptionSpec kSpecs[] = {
        {"state", OptionSpec::Value},  {"worker", OptionSpec::Value}, {"unallocated", OptionSpec::Flag},
        {"overdue", OptionSpec::Flag}, {"source", OptionSpec::Value}, {"route", OptionSpec::Value},
        {"sort", OptionSpec::Value},   {"limit", OptionSpec::Value},
    };
    ReferralListQuery m_query;
    long long m_limit = 200;
};

// ---- workflow steps --------------------------------------------------------------------

class ReferralScreenCommand : public OneReferralCommand
{
public:
    std::string_view name() const override { return "referral screen"; }
    std::string help() const override
    {
        return helpEntry("referral screen REF", "start screening (received -> screening)");
    }

protected:
    int executeOnReferral(Context& ctx, Casebook& casebook, const Referral& referral, const ParsedArgs&) override
    {
        auto stepped = casebook.referrals().startScreening(referral.id);
        if (!stepped)
            return ctx.fail(stepped.error());
        return printStepped(ctx, *stepped, "is being screened");
    }
};

class ReferralDecideCommand : public OneReferralCommand
{
public:
    std::string_view name() const override { return "referral decide"; }
    std::string help() const override
    {
        return helpEntry("referral decide REF --decision D [--reason CODE] [--note-stdin]",
                         "the decision after screening (codes decision); a reason (codes reason) unless\n"
                         "accepted; --note-stdin: a note from standard input");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepareMore(Context& ctx, const ParsedArgs& args) override
    {
        if (!args.value("decision"))
            return fail(ErrorCode::InvalidInput, "referral decide needs --decision (see waymark-cli codes decision)");
        m_note.clear();
        if (args.has("note-stdin")) {
            auto note = stdinText(ctx, "note-stdin");
            if (!note)
                return std::unexpected(note.error());
            m_note = std::move(*note);
        }
        return {};
    }
    int executeOnReferral(Context& ctx, Casebook& casebook, const Referral& referral, const ParsedArgs& args) override
    {
        auto decided = casebook.referrals().decide(referral.id, *args.value("decision"),
                                                   args.value("reason").value_or(""), m_note);
        if (!decided)
            return ctx.fail(decided.error());
        return printStepped(ctx, *decided, "decided: " + decided->decision);
    }

private:
    static constexpr OptionSpec kSpecs[] = {
        {"decision", OptionSpec::Value}, {"reason", OptionSpec::Value}, {"note-stdin", OptionSpec::Flag}};
    std::string m_note;
};

class ReferralAllocateCommand : public OneReferralCommand
{
public:
    std::string_view name() const override { return "referral allocate"; }
    std::string help() const override
    {
        return helpEntry("referral allocate REF USER [--reason-stdin]",
                         "allocate to a caseworker or coordinator (coordinators); a re-allocation\n"
                         "needs a reason from standard input");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    std::size_t positionals() const override { return 2; }
    std::string_view positionalsUsage() const override { return "a referral reference and a user name"; }
    Status prepareMore(Context& ctx, const ParsedArgs& args) override
    {
        m_reason.clear();
        if (args.has("reason-stdin")) {
            auto reason = stdinText(ctx, "reason-stdin");
            if (!reason)
                return std::unexpected(reason.error());
            m_reason = std::move(*reason);
        }
        return {};
    }
    int executeOnReferral(Context& ctx, Casebook& casebook, const Referral& referral, const ParsedArgs& args) override
    {
        auto worker = userIdByName(casebook, args.positionals.at(1));
        if (!worker)
            return ctx.fail(worker.error());
        auto allocated = casebook.referrals().allocate(referral.id, *worker, m_reason);
        if (!allocated)
            return ctx.fail(allocated.error());
        return printStepped(ctx, *allocated, "allocated to " + args.positionals.at(1));
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"reason-stdin", OptionSpec::Flag}};
    std::string m_reason;
};

class ReferralTakeCommand : public OneReferralCommand
{
public:
    std::string_view name() const override { return "referral take"; }
    std::string help() const override
    {
        return helpEntry("referral take REF", "take an unallocated referral (when the casebook allows it)");
    }

protected:
    int executeOnReferral(Context& ctx, Casebook& casebook, const Referral& referral, const ParsedArgs&) override
    {
        auto taken = casebook.referrals().take(referral.id);
        if (!taken)
            return ctx.fail(taken.error());
        return printStepped(ctx, *taken, "taken by " + casebook.user().username);
    }
};

class ReferralContactCommand : public OneReferralCommand
{
public:
    std::string_view name() const override { return "referral contact"; }
    std::string help() const override
    {
        return helpEntry("referral contact REF --date DATE", "record first contact (stops the first-contact clock)");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepareMore(Context&, const ParsedArgs& args) override
    {
        auto text = args.value("date");
        if (!text)
            return fail(ErrorCode::InvalidInput, "referral contact needs --date DATE");
        auto date = parseTypedDate(*text, "first_contact");
        if (!date)
            return std::unexpected(date.error());
        m_date = *date;
        return {};
    }
    int executeOnReferral(Context& ctx, Casebook& casebook, const Referral& referral, const ParsedArgs&) override
    {
        auto recorded = casebook.referrals().recordFirstContact(referral.id, m_date);
        if (!recorded)
            return ctx.fail(recorded.error());
        return printStepped(ctx, *recorded, "first contact on " + m_date.toIso());
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"date", OptionSpec::Value}};
    Date m_date;
};

class ReferralEligibilityCommand : public OneReferralCommand
{
public:
    std::string_view name() const override { return "referral eligibility"; }
    std::string help() const override
    {
        return helpEntry("referral eligibility REF [--override --reason-stdin]",
                         "the eligibility result with every reason; --override (coordinators)\n"
                         "overrides a fail with a reason from standard input");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepareMore(Context& ctx, const ParsedArgs& args) override
    {
        m_reason.clear();
        if (args.has("override") != args.has("reason-stdin"))
            return fail(ErrorCode::InvalidInput, "--override needs --reason-stdin (and --reason-stdin --override)");
        if (args.has("override")) {
            auto reason = stdinText(ctx, "reason-stdin");
            if (!reason)
                return std::unexpected(reason.error());
            m_reason = std::move(*reason);
        }
        return {};
    }
    int executeOnReferral(Context& ctx, Casebook& casebook, const Referral& referral, const ParsedArgs& args) override
    {
        Referral current = referral;
        if (args.has("override")) {
            auto overridden = casebook.referrals().overrideEligibility(referral.id, m_reason);
            if (!overridden)
                return ctx.fail(overridden.error());
            current = *overridden;
        }
        auto result = casebook.referrals().assessEligibility(referral.id);
        if (!result)
            return ctx.fail(result.error());
        Json doc = eligibilityJson(*result);
        doc.set("reference", current.reference);
        doc.set("overridden", current.eligibilityOverridden);
        doc.set("override_reason", current.overrideReason);
        std::string text;
        for (const auto& line : eligibilityText(*result))
            text += line + '\n';
        if (current.eligibilityOverridden)
            text += "overridden: " + current.overrideReason + '\n';
        return ctx.done(doc, text);
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"override", OptionSpec::Flag}, {"reason-stdin", OptionSpec::Flag}};
    std::string m_reason;
};

} // namespace

std::span<const Field<ReferralSummary>> referralSummaryFields()
{
    return kSummaryFields;
}

Result<Uuid> userIdFromName(Casebook& casebook, std::string_view name)
{
    return userIdByName(casebook, name);
}

void addReferralCommands(CommandList& list)
{
    list.push_back(std::make_unique<ReferralAddCommand>());
    list.push_back(std::make_unique<ReferralShowCommand>());
    list.push_back(std::make_unique<ReferralListCommand>());
    list.push_back(std::make_unique<ReferralScreenCommand>());
    list.push_back(std::make_unique<ReferralDecideCommand>());
    list.push_back(std::make_unique<ReferralAllocateCommand>());
    list.push_back(std::make_unique<ReferralTakeCommand>());
    list.push_back(std::make_unique<ReferralContactCommand>());
    list.push_back(std::make_unique<ReferralEligibilityCommand>());
    addImportCommands(list);
    addWorkCommands(list);
    addSettingsCommands(list);
}

} // namespace waymark::cli
