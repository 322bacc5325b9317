#include "BenchDeliveryOps.h"

#include "BenchCommon.h"

#include "core/demo/DemoPhrases.h"
#include "core/store/Database.h"
#include "core/store/NoteStore.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string_view>

namespace waymark::bench {

namespace {

bool isDoorStatement(const std::string& sql)
{
    static constexpr const char* kDoor[] = {"audit_log",
                                            "FROM users WHERE username =",
                                            "meta",
                                            "BEGIN",
                                            "COMMIT",
                                            "ROLLBACK",
                                            "SAVEPOINT",
                                            "RELEASE",
                                            "PRAGMA",
                                            "change_set",
                                            "COALESCE(MAX(seq), 0) FROM change_record"};
    // A long prefix's search works in a savepoint of its own on its TEMP table
    // (NoteStore::search): that is the search's work, not the door's.
    if (sql.find("note_probe") != std::string::npos)
        return false;
    return std::any_of(std::begin(kDoor), std::end(kDoor),
                       [&](const char* d) { return sql.find(d) != std::string::npos; });
}

// A statement SQLite runs inside another: a trigger body ("-- TRIGGER ...") or one of FTS5's
// statements on its shadow tables (it names them 'main'.'note_search_...', or
// 'temp'.'note_probe_...').
bool isNested(const std::string& sql)
{
    return sql.starts_with("--") || sql.find("'main'.'") != std::string::npos ||
           sql.find("'temp'.'") != std::string::npos;
}

struct Capture
{
    std::vector<std::string> statements;
    bool door = false;
};

int traceCallback(unsigned, void* ctx, void* p, void* x)
{
    // At the start of each trigger program SQLite reports the outer statement again, with an
    // "-- TRIGGER name" comment as X: the statement itself was captured when it began.
    if (const auto* text = static_cast<const char*>(x); text != nullptr && std::string_view(text).starts_with("--"))
        return 0;
    auto* out = static_cast<Capture*>(ctx);
    char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(p));
    if (sql) {
        std::string text(sql);
        if (!isNested(text) && (out->door || !isDoorStatement(text)))
            out->statements.push_back(std::move(text));
        sqlite3_free(sql);
    }
    return 0;
}

} // namespace

std::vector<std::string> captureStatements(Casebook& cb, const std::function<void(Casebook&)>& call, bool door)
{
    Capture capture;
    capture.door = door;
    sqlite3* db = cb.database().handle();
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT, traceCallback, &capture);
    call(cb);
    sqlite3_trace_v2(db, 0, nullptr, nullptr);
    return std::move(capture.statements);
}

void explainStatements(sqlite3* db, const std::vector<std::string>& statements)
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

Replay::Replay(sqlite3* db, const std::vector<std::string>& statements)
    : m_db(db)
{
    // A note search with a long prefix checks its candidates in a TEMP table it makes at the
    // connection's first such search (NoteStore::search): made here too, before the captured
    // statements that use it are prepared.
    if (sqlite3_exec(db, NoteStore::probeTableSql().c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
        fatal("replay: " + std::string(sqlite3_errmsg(db)));
    for (const auto& sql : statements) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
            fatal("replay prepare: " + std::string(sqlite3_errmsg(db)) + ": " + sql.substr(0, 200));
        m_statements.push_back(st);
    }
}

Replay::~Replay()
{
    for (auto* st : m_statements)
        sqlite3_finalize(st);
}

void Replay::run()
{
    std::size_t bytes = 0;
    std::vector<std::string> kept;
    for (auto* st : m_statements) {
        sqlite3_reset(st);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                const auto* t = reinterpret_cast<const char*>(sqlite3_column_blob(st, c));
                kept.emplace_back(t ? t : "", static_cast<std::size_t>(sqlite3_column_bytes(st, c)));
                bytes += kept.back().size();
            }
        if (rc != SQLITE_DONE) {
            // Every statement of the list, so a replay that cannot be repeated says why.
            for (auto* each : m_statements)
                std::fprintf(stderr, "%s %s\n", each == st ? "->" : "  ",
                             std::string(sqlite3_sql(each)).substr(0, 160).c_str());
            fatal("replay step: " + std::string(sqlite3_errmsg(m_db)) + ": " +
                  std::string(sqlite3_sql(st)).substr(0, 200));
        }
    }
    if (bytes == static_cast<std::size_t>(-1))
        std::printf("%zu\n", kept.size());
}

void addSearchTerms(DeliveryInputs& in)
{
    for (auto t : demo::detail::commonSearchTerms())
        in.terms.emplace_back("common word", std::string(t));
    for (auto t : demo::detail::rareSearchTerms())
        in.terms.emplace_back("rare word", std::string(t));
    // Prefixes as typed with a star: of a common word at 2, 3 and 4 characters (the lengths
    // note_search indexes since schema 14) and at 5 and 8 (not indexed: read through the
    // indexed 4 and each candidate checked); a longer prefix under a common 4 that no note
    // has (the most candidates checked before the index is asked for it directly).
    for (const char* p : {"sc*", "sch*", "scho*", "atten*", "attendan*", "foot*"})
        in.terms.emplace_back("prefix", p);
    in.terms.emplace_back("prefix, no match", "schoz*");
    for (auto t : demo::detail::twoWordSearchTerms())
        in.terms.emplace_back("two words", std::string(t));
    in.terms.emplace_back("phrase", "\"youth club\"");
    in.terms.emplace_back("phrase", "\"school attendance\"");
    in.terms.emplace_back("no match", "zzzzunseen");
}

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
        // Every person with their notes and sessions (the two kinds that run to thousands).
        Statement st(db, "SELECT p.id,"
                         " (SELECT count(*) FROM notes n WHERE n.person_id = p.id AND n.deleted = 0),"
                         " (SELECT count(*) FROM session_attendees a WHERE a.person_id = p.id AND a.deleted = 0)"
                         " FROM people p WHERE p.deleted = 0");
        std::vector<TimelinePerson> all;
        (void)st.forEachRow([&] {
            TimelinePerson p;
            p.id = st.uuid(0);
            p.notes = static_cast<int>(st.integer(1));
            p.sessions = static_cast<int>(st.integer(2));
            all.push_back(p);
        });
        if (all.empty())
            fatal("the casebook has no people");
        std::stable_sort(all.begin(), all.end(),
                         [](const auto& a, const auto& b) { return a.notes + a.sessions < b.notes + b.sessions; });
        auto pick = [&](std::string label, std::size_t at) {
            TimelinePerson p = all[std::min(at, all.size() - 1)];
            p.label = std::move(label);
            in.people.push_back(p);
        };
        pick("busiest", all.size() - 1);
        pick("typical", all.size() / 2);
        // A person with few events, but some: the tenth percentile of those with any.
        std::size_t firstWithAny = 0;
        while (firstWithAny + 1 < all.size() && all[firstWithAny].notes + all[firstWithAny].sessions == 0)
            ++firstWithAny;
        pick("few events", firstWithAny + (all.size() - firstWithAny) / 10);
    }
    {
        Statement st(db, "SELECT id, person_id FROM referrals WHERE state = 'active' AND deleted = 0 LIMIT 1");
        if (!st.step().value_or(false))
            fatal("no active referral");
        in.openReferral = st.uuid(0);
        in.openPerson = st.uuid(1);
    }
    addSearchTerms(in);
    return in;
}

std::vector<DeliveryOp> deliveryOps(const DeliveryInputs& in)
{
    std::vector<DeliveryOp> ops;
    for (const auto& [kind, words] : in.terms) {
        const std::string w = words;
        DeliveryOp op;
        std::string id = w;
        std::replace(id.begin(), id.end(), '"', '\'');
        op.id = "search." + id;
        op.name = "note search " + w + " (" + kind + ")";
        op.about = "Notes::search, the 20 newest readable matches with snippets";
        op.operation = "note.searched";
        op.recordType = "note";
        op.wm = [w](Casebook& cb) {
            NoteSearchQuery q;
            q.text = w;
            need(cb.notes().search(q), "search");
        };
        ops.push_back(std::move(op));
    }
    // One person's notes searched (the person page): a common word, a rare one and one in no
    // note, for the busiest person (thousands of notes) and a typical one.
    for (const auto& person : in.people) {
        if (person.label == "few events")
            continue;
        for (const char* w : {"school", "kayaking", "zzzzunseen"}) {
            DeliveryOp op;
            op.id = "person." + person.label + "." + w;
            op.name = "note search " + std::string(w) + ", " + person.label + " person (" +
                      std::to_string(person.notes) + " notes)";
            op.about = "Notes::search with a person, the 20 newest readable matches with snippets";
            op.operation = "note.searched";
            op.recordType = "person";
            const Uuid id = person.id;
            const std::string text = w;
            op.wm = [id, text](Casebook& cb) {
                NoteSearchQuery q;
                q.text = text;
                q.personId = id;
                need(cb.notes().search(q), "search");
            };
            ops.push_back(std::move(op));
        }
    }
    for (const auto& person : in.people) {
        DeliveryOp op;
        op.id = "timeline." + person.label.substr(0, person.label.find(' '));
        op.name = "timeline first page, " + person.label + " (" + std::to_string(person.notes) + " notes, " +
                  std::to_string(person.sessions) + " sessions)";
        op.about = "Timeline::page, the 50 newest events of every kind";
        op.operation = "timeline.viewed";
        op.recordType = "person";
        const Uuid id = person.id;
        op.wm = [id](Casebook& cb) {
            TimelineQuery q;
            q.personId = id;
            need(cb.timeline().page(q), "timeline");
        };
        ops.push_back(std::move(op));
    }
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
        op.name = "add a note (about 90 words)";
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
