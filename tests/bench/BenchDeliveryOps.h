#pragma once

// The operations bench_delivery measures (BenchDelivery.cpp): each as the desk call, and the
// statements that call issues captured once and replayed on a connection with no Waymark code
// in between ("raw").

#include "BenchRaw.h"

#include "core/Casebook.h"

#include <functional>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace waymark::bench {

// A person whose timeline is read, with how many events of each big kind they have.
struct TimelinePerson
{
    std::string label; // "busiest", "typical", "few events"
    Uuid id;
    int notes = 0;
    int sessions = 0;
};

struct DeliveryInputs
{
    std::vector<TimelinePerson> people;
    Uuid openReferral; // an active referral (sessions and notes are added on it)
    Uuid openPerson;
    std::int64_t notes = 0;
    std::vector<std::pair<std::string, std::string>> terms; // (kind, what is typed)
};

struct DeliveryOp
{
    std::string id;
    std::string name;
    std::string about;
    bool write = false;
    std::string operation; // the audit row the desk writes (for the raw+door column of readings)
    std::string recordType;
    std::function<void(Casebook&)> wm;
};

DeliveryInputs findInputs(Casebook& casebook);
// What is searched for: words, prefixes, phrases from the demo note writer's tables.
void addSearchTerms(DeliveryInputs& inputs);
std::vector<DeliveryOp> deliveryOps(const DeliveryInputs& inputs);

// The statements `call` issues on the casebook's connection, expanded with their values
// (sqlite3_trace_v2). Statements SQLite runs inside another (FTS5's own statements on its
// shadow tables, trigger bodies) are left out: replaying the outer one runs them. With
// `door` false, the door's own statements (the user's row, the audit row and its chain,
// transactions, pragmas) are left out too.
std::vector<std::string> captureStatements(Casebook& casebook, const std::function<void(Casebook&)>& call, bool door);
// Prints each statement with its query plan.
void explainStatements(sqlite3* db, const std::vector<std::string>& statements);

// Captured statements prepared on a connection (untimed), then run once (timed): every row
// stepped and every column copied out. Preparing is kept apart because the stores keep their
// statements prepared per connection.
class Replay
{
public:
    Replay(sqlite3* db, const std::vector<std::string>& statements);
    ~Replay();
    Replay(const Replay&) = delete;
    Replay& operator=(const Replay&) = delete;
    void run();

private:
    sqlite3* m_db;
    std::vector<sqlite3_stmt*> m_statements;
};

} // namespace waymark::bench
