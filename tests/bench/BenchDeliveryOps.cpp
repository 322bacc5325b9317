#include "BenchDeliveryOps.h"

#include "BenchCommon.h"

#include "core/demo/DemoPhrases.h"
#include "core/store/Database.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>

namespace waymark::bench {

namespace {

// The reading statements a desk call issues, captured once per (operation, connection) with
// sqlite3_trace_v2 and replayed as text: the same SQL with the same values, no Waymark code.
// The door's own statements (the user's row, the audit row and its chain, transactions,
// pragmas) are left out: the raw+door column adds them through RawConn::doorForReading.
bool isDoorStatement(const std::string& sql)
{
    static constexpr const char* kDoor[] = {"audit_log", "FROM users", "meta",    "BEGIN",  "COMMIT",
                                            "ROLLBACK",  "SAVEPOINT",  "RELEASE", "PRAGMA", "change_set"};
    return std::any_of(std::begin(kDoor), std::end(kDoor),
                       [&](const char* d) { return sql.find(d) != std::string::npos; });
}

int traceCallback(unsigned, void* ctx, void* p, void*)
{
    auto* out = static_cast<std::vector<std::string>*>(ctx);
    char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(p));
    if (sql) {
        std::string text(sql);
        if (!isDoorStatement(text))
            out->push_back(std::move(text));
        sqlite3_free(sql);
    }
    return 0;
}

std::vector<std::string> capture(Casebook& cb, const std::function<void(Casebook&)>& call)
{
    std::vector<std::string> statements;
    sqlite3* db = cb.database().handle();
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT, traceCallback, &statements);
    call(cb);
    sqlite3_trace_v2(db, 0, nullptr, nullptr);
    return statements;
}

void replay(sqlite3* db, const std::vector<std::string>& statements)
{
    for (const auto& sql : statements) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
            fatal("replay prepare: " + std::string(sqlite3_errmsg(db)) + ": " + sql.substr(0, 200));
        std::vector<std::string> kept;
        while (sqlite3_step(st) == SQLITE_ROW)
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                const auto* t = reinterpret_cast<const char*>(sqlite3_column_blob(st, c));
                kept.emplace_back(t ? t : "", static_cast<std::size_t>(sqlite3_column_bytes(st, c)));
            }
        sqlite3_finalize(st);
    }
}

void explainAll(sqlite3* db, const std::vector<std::string>& statements)
{
    for (const auto& sql : statements) {
        std::printf("%s\n", sql.substr(0, 400).c_str());
        sqlite3_stmt* plan = nullptr;
        if (sqlite3_prepare_v2(db, ("EXPLAIN QUERY PLAN " + sql).c_str(), -1, &plan, nullptr) == SQLITE_OK) {
            while (sqlite3_step(plan) == SQLITE_ROW)
                std::printf("    %s\n", reinterpret_cast<const char*>(sqlite3_column_text(plan, 3)));
            sqlite3_finalize(plan);
        }
    }
}

// A reading op: the desk call, and its captured statements replayed.
DeliveryOp reading(std::string id, std::string name, std::string about, std::string operation, std::string recordType,
                   std::function<void(Casebook&)> call)
{
    DeliveryOp op;
    op.id = std::move(id);
    op.name = std::move(name);
    op.about = std::move(about);
    op.operation = std::move(operation);
    op.recordType = std::move(recordType);
    op.wm = call;
    // Captured on first use on each connection, then replayed (the SQL does not depend on
    // the connection; capturing runs the call once, untimed, outside the samples that use it).
    auto cache = std::make_shared<std::map<sqlite3*, std::vector<std::string>>>();
    op.prepare = [cache, call](Casebook& cb) {
        if (!cache->contains(cb.database().handle()))
            (*cache)[cb.database().handle()] = capture(cb, call);
    };
    op.raw = [cache, call](Casebook& cb, RawConn&) {
        auto it = cache->find(cb.database().handle());
        if (it == cache->end())
            it = cache->emplace(cb.database().handle(), capture(cb, call)).first;
        replay(cb.database().handle(), it->second);
    };
    op.explain = [call](Casebook& cb) { explainAll(cb.database().handle(), capture(cb, call)); };
    return op;
}

} // namespace

DeliveryInputs findInputs(Casebook& cb)
{
    DeliveryInputs in;
    Database& db = cb.database();
    {
        Statement st(db, "SELECT count(*) FROM notes WHERE deleted = 0");
        if (st.step().value_or(false))
            in.notes = st.integer(0);
    }
    {
        Statement st(db, "SELECT person_id, count(*) AS n FROM notes WHERE deleted = 0 GROUP BY person_id ORDER BY n");
        std::vector<std::pair<Uuid, int>> counts;
        (void)st.forEachRow([&] { counts.emplace_back(st.uuid(0), static_cast<int>(st.integer(1))); });
        if (counts.empty())
            fatal("the casebook has no notes");
        in.busyPerson = counts.back().first;
        in.busyNotes = counts.back().second;
        in.typicalPerson = counts[counts.size() / 2].first;
        in.typicalNotes = counts[counts.size() / 2].second;
    }
    {
        Statement st(db, "SELECT id, person_id FROM referrals WHERE state = 'active' AND deleted = 0 LIMIT 1");
        if (!st.step().value_or(false))
            fatal("no active referral");
        in.openReferral = st.uuid(0);
        in.openPerson = st.uuid(1);
    }
    for (auto t : demo::detail::commonSearchTerms())
        in.terms.emplace_back("common", std::string(t));
    in.terms.emplace_back("rare", std::string(demo::detail::rareSearchTerms().front()));
    in.terms.emplace_back("two words", std::string(demo::detail::twoWordSearchTerms().front()));
    return in;
}

std::vector<DeliveryOp> deliveryOps(const DeliveryInputs& in)
{
    std::vector<DeliveryOp> ops;
    for (const auto& [kind, words] : in.terms) {
        const std::string w = words;
        ops.push_back(reading("search." + w, "note search '" + w + "' (" + kind + "), first page",
                              "Notes::search, 20 newest readable matches with snippets", "note.searched", "note",
                              [w](Casebook& cb) {
                                  NoteSearchQuery q;
                                  q.text = w;
                                  need(cb.notes().search(q), "search");
                              }));
    }
    const auto timeline = [](const Uuid& person) {
        return [person](Casebook& cb) {
            TimelineQuery q;
            q.personId = person;
            need(cb.timeline().page(q), "timeline");
        };
    };
    ops.push_back(reading(
        "timeline.busy", "timeline first page, busiest person (" + std::to_string(in.busyNotes) + " notes)",
        "Timeline::page, 50 newest events of every kind", "timeline.viewed", "person", timeline(in.busyPerson)));
    ops.push_back(reading(
        "timeline.typical", "timeline first page, typical person (" + std::to_string(in.typicalNotes) + " notes)",
        "Timeline::page, 50 newest events of every kind", "timeline.viewed", "person", timeline(in.typicalPerson)));
    {
        DeliveryOp op;
        op.id = "add.session";
        op.name = "add a session (one attendee)";
        op.about = "Sessions::add: a face-to-face session booked next week on an active referral";
        op.write = true;
        op.operation = "session.created";
        op.recordType = "session";
        const Uuid referral = in.openReferral;
        op.wm = [referral](Casebook& cb) {
            Session s;
            s.start = toUtcSeconds(std::chrono::system_clock::now()) + std::chrono::hours(24 * 7);
            s.type = "face_to_face";
            s.durationMinutes = 60;
            SessionAttendee a;
            a.referralId = referral;
            s.attendees.push_back(a);
            need(cb.sessions().add(s), "add session");
        };
        ops.push_back(std::move(op));
    }
    {
        DeliveryOp op;
        op.id = "add.note";
        op.name = "add a note (about 120 words)";
        op.about = "Notes::add: a note on an active referral, indexed for search";
        op.write = true;
        op.operation = "note.created";
        op.recordType = "note";
        const Uuid referral = in.openReferral;
        op.wm = [referral](Casebook& cb) {
            NoteInput n;
            n.referralId = referral;
            n.text = "Met at the youth club as planned. We talked about school attendance and what has changed since "
                     "last week. Mum said things at home have been calmer lately. We spent most of the session on "
                     "staying safe online and looked at the plan together; the next session is booked for Tuesday "
                     "at the library. Good engagement throughout and no new concerns. I will ring the head of year "
                     "about the timetable before the next session and send the details of the football group.";
            need(cb.notes().add(n), "add note");
        };
        ops.push_back(std::move(op));
    }
    return ops;
}

} // namespace waymark::bench
