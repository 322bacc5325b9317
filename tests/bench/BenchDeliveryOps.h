#pragma once

// The operations bench_delivery measures (BenchDelivery.cpp): each as the desk call and as the
// same reading statements replayed on the connection with no Waymark code ("raw").

#include "BenchRaw.h"

#include "core/Casebook.h"

#include <functional>
#include <string>
#include <vector>

struct sqlite3;

namespace waymark::bench {

struct DeliveryInputs
{
    Uuid busyPerson; // the person with the most notes
    int busyNotes = 0;
    Uuid typicalPerson; // a person with the median number of notes
    int typicalNotes = 0;
    Uuid openReferral; // an active referral (sessions and notes are added on it)
    Uuid openPerson;
    std::int64_t notes = 0;
    std::vector<std::pair<std::string, std::string>> terms; // (kind, words)
};

struct DeliveryOp
{
    std::string id;
    std::string name;
    std::string about;
    bool write = false;
    std::string operation; // the audit row the desk writes (for the raw+door column)
    std::string recordType;
    std::function<void(Casebook&)> prepare;
    std::function<void(Casebook&)> wm;
    std::function<void(Casebook&, RawConn&)> raw; // empty for writes: not measured raw
    std::function<void(Casebook&)> explain;       // prints the query plans of the reading statements
};

DeliveryInputs findInputs(Casebook& casebook);
std::vector<DeliveryOp> deliveryOps(const DeliveryInputs& inputs);

} // namespace waymark::bench
