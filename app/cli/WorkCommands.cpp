// waymark-cli work: My work as a table or JSON (Referrals::myWork).

#include "app/cli/Command.h"
#include "app/cli/Record.h"
#include "app/cli/ReferralRows.h"

namespace waymark::cli {

namespace {

Json uuidJson(const Uuid& id)
{
    return id.isNull() ? Json() : Json(id.toString());
}

// ---- work (My work) --------------------------------------------------------------------

const Field<WorkCounts> kCountFields[] = {
    {"worker", "", [](const WorkCounts& c) { return uuidJson(c.worker); }},
    {"worker_name", "Worker", [](const WorkCounts& c) { return Json(c.workerName); },
     [](const WorkCounts& c) { return std::vector<std::string>{c.workerName.empty() ? "-" : c.workerName}; }, true},
    {"awaiting_screening", "Awaiting screening", [](const WorkCounts& c) { return Json(c.awaitingScreening); }, nullptr,
     true},
    {"decisions_due", "Decisions due", [](const WorkCounts& c) { return Json(c.decisionsDue); }, nullptr, true},
    {"decisions_overdue", "Decisions overdue", [](const WorkCounts& c) { return Json(c.decisionsOverdue); }, nullptr,
     true},
    {"contacts_due", "Contacts due", [](const WorkCounts& c) { return Json(c.contactsDue); }, nullptr, true},
    {"contacts_overdue", "Contacts overdue", [](const WorkCounts& c) { return Json(c.contactsOverdue); }, nullptr,
     true},
};

class WorkCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "work"; }
    std::string help() const override
    {
        return helpEntry("work [--user USER]", "My work: referrals awaiting screening, decisions and first contacts\n"
                                               "due and overdue (a coordinator without --user: the team, per worker,\n"
                                               "and the unallocated)");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (!args.positionals.empty())
            return fail(ErrorCode::InvalidInput, "work takes options only (--user)");
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        std::optional<Uuid> worker;
        if (auto name = args.value("user")) {
            auto id = userIdFromName(casebook, *name);
            if (!id)
                return ctx.fail(id.error());
            worker = *id;
        }
        auto work = casebook.referrals().myWork(worker);
        if (!work)
            return ctx.fail(work.error());

        Json doc = Json::object();
        doc.set("today", dateValue(work->today));
        doc.set("team", work->team);
        doc.set("totals", recordJson<WorkCounts>(kCountFields, work->totals));
        Json perWorker = Json::array();
        for (const auto& c : work->perWorker)
            perWorker.push(recordJson<WorkCounts>(kCountFields, c));
        doc.set("per_worker", std::move(perWorker));
        doc.set("unallocated", work->unallocated);

        std::string text = "My work on " + work->today.toIso() + (work->team ? " (team)" : "") + "\n\n";
        std::vector<WorkCounts> table = work->perWorker;
        WorkCounts totals = work->totals;
        totals.workerName = work->team ? "total" : casebook.user().username;
        table.push_back(totals);
        text += recordTable<WorkCounts>(kCountFields, table);
        if (work->team)
            text += "Unallocated: " + std::to_string(work->unallocated) + "\n";

        const auto section = [&](std::string_view key, std::string_view title,
                                 const std::vector<ReferralSummary>& rows) {
            RecordList<ReferralSummary> list;
            for (const auto& row : rows)
                list.add(referralSummaryFields(), row);
            doc.set(key, std::move(list.json));
            if (!rows.empty())
                text += "\n" + std::string(title) + ":\n" + recordTable<ReferralSummary>(referralSummaryFields(), rows);
        };
        section("awaiting_screening", "Awaiting screening", work->awaitingScreening);
        section("decisions", "Decisions due and overdue", work->decisions);
        section("contacts", "First contacts due and overdue", work->contacts);
        if (work->team)
            section("unallocated_referrals", "Unallocated", work->unallocatedRows);
        return ctx.done(doc, text);
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"user", OptionSpec::Value}};
};

} // namespace

void addWorkCommands(CommandList& list)
{
    list.push_back(std::make_unique<WorkCommand>());
}

} // namespace waymark::cli
