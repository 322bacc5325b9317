// casebook.referrals(): lists, counts and My work (the rest of the desk is core/Referrals.cpp).
// Every list goes through ReferralStore, whose queries apply the restricted-record rule
// (core/store/Visibility.h); each is audited as a consultation.

#include "core/Referrals.h"

#include "core/DeskContext.h"
#include "core/Users.h"
#include "core/store/ReferralStore.h"

#include <algorithm>

namespace waymark {

Result<ReferralPage> Referrals::list(const ReferralListQuery& query)
{
    if (auto st = m_context.authorise(Action::ReferralView); !st)
        return std::unexpected(st.error());
    auto page = ReferralStore(m_context.database()).list(query, m_context.clock().today());
    if (!page)
        return page;
    if (auto st = m_context.auditConsultation("referral.listed", "referral", {},
                                              std::string(query.after ? "next page, " : "first page, ") +
                                                  std::to_string(page->rows.size()) + " shown");
        !st)
        return std::unexpected(st.error());
    return page;
}

Result<std::int64_t> Referrals::count(const ReferralListQuery& query)
{
    if (auto st = m_context.authorise(Action::ReferralView); !st)
        return std::unexpected(st.error());
    return ReferralStore(m_context.database()).count(query, m_context.clock().today());
}

Result<std::vector<ReferralSummary>> Referrals::forPerson(const Uuid& personId)
{
    if (auto st = m_context.authorise(Action::ReferralView, "person", personId); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayRead(personId); !st)
        return std::unexpected(st.error());
    ReferralListQuery q;
    q.personId = personId;
    q.sort = ReferralSort::Received;
    q.limit = 1000;
    auto page = ReferralStore(m_context.database()).list(q, m_context.clock().today());
    if (!page)
        return std::unexpected(page.error());
    if (auto st = m_context.auditConsultation("referral.listed", "person", personId,
                                              "a person's referrals, " + std::to_string(page->rows.size()) + " shown");
        !st)
        return std::unexpected(st.error());
    return std::move(page->rows);
}

Result<MyWork> Referrals::myWork(std::optional<Uuid> worker)
{
    if (auto st = m_context.authorise(Action::ReferralView); !st)
        return std::unexpected(st.error());
    ReferralStore store(m_context.database());
    MyWork work;
    work.today = m_context.clock().today();
    work.team = !worker && m_context.user().role == Role::Coordinator;
    if (!worker && !work.team)
        worker = m_context.user().id;
    auto counts = store.workCounts(work.today, worker);
    if (!counts)
        return std::unexpected(counts.error());
    work.totals.worker = worker.value_or(Uuid{});
    for (const auto& c : *counts) {
        work.totals.awaitingScreening += c.awaitingScreening;
        work.totals.decisionsDue += c.decisionsDue;
        work.totals.decisionsOverdue += c.decisionsOverdue;
        work.totals.contactsDue += c.contactsDue;
        work.totals.contactsOverdue += c.contactsOverdue;
        if (worker && c.worker == *worker)
            work.totals.workerName = c.workerName;
        if (work.team) {
            if (c.worker.isNull())
                continue;
            work.perWorker.push_back(c);
        }
    }
    if (work.team) {
        ReferralListQuery q;
        q.unallocatedOnly = true;
        q.openOnly = true;
        auto n = store.count(q, work.today);
        if (!n)
            return std::unexpected(n.error());
        work.unallocated = *n;
        q.limit = 50;
        auto rows = store.list(q, work.today);
        if (!rows)
            return std::unexpected(rows.error());
        work.unallocatedRows = std::move(rows->rows);
        std::sort(work.perWorker.begin(), work.perWorker.end(),
                  [](const WorkCounts& a, const WorkCounts& b) { return a.workerName < b.workerName; });
    }
    const auto rowsOf = [&](WorkBucket bucket) -> Result<std::vector<ReferralSummary>> {
        ReferralListQuery q;
        q.worker = worker;
        q.bucket = bucket;
        q.limit = 50;
        auto page = store.list(q, work.today);
        if (!page)
            return std::unexpected(page.error());
        return std::move(page->rows);
    };
    auto awaiting = rowsOf(WorkBucket::AwaitingScreening);
    auto decisions = rowsOf(WorkBucket::DecisionRunning);
    auto contacts = rowsOf(WorkBucket::ContactRunning);
    if (!awaiting || !decisions || !contacts)
        return std::unexpected(!awaiting ? awaiting.error() : !decisions ? decisions.error() : contacts.error());
    work.awaitingScreening = std::move(*awaiting);
    work.decisions = std::move(*decisions);
    work.contacts = std::move(*contacts);
    if (auto st = m_context.auditConsultation("referral.my_work", "referral", {},
                                              work.team ? "team view" : "one worker's view");
        !st)
        return std::unexpected(st.error());
    return work;
}

} // namespace waymark
