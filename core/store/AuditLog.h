#pragma once

#include "core/Error.h"
#include "core/Uuid.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class Database;

// Signs audit rows as they are written: the signed-in user's Ed25519 key
// (core/security/Signing.h). Each row's signature is over "waymark-audit-v1" and the row's
// chain hash, which covers the previous row's hash and the row's content.
class AuditSigner
{
public:
    virtual ~AuditSigner() = default;
    virtual std::array<std::uint8_t, 32> publicKey() const = 0;
    virtual std::array<std::uint8_t, 64> sign(std::span<const std::uint8_t> message) const = 0;
};

// The message an audit row's signature is made over: its chain hash with a domain prefix and,
// from schema 19, the change log's coverage the row records (core/store/ChangeDigest.h): how
// far the log reached and the digest of the change records since the row before.
struct ChangeRange
{
    std::int64_t from = 0; // the change records (from, upto]
    std::int64_t upto = 0;
};
std::vector<std::uint8_t> auditSignedMessage(std::span<const std::uint8_t> rowHash,
                                             std::optional<ChangeRange> changes = std::nullopt,
                                             std::span<const std::uint8_t> changeDigest = {});

// One audit event (DPA 2018 s.62 style: collection, alteration, consultation, disclosure,
// combination, erasure; sign-ins; refusals ...).
struct AuditEvent
{
    std::string at; // UTC ISO 8601 with milliseconds
    Uuid userId;
    std::string username;
    std::string operation;  // e.g. "person.viewed", "signin.failed"
    std::string recordType; // e.g. "person"
    Uuid recordId;
    std::string detail; // no personal data
};

struct AuditEntry
{
    std::int64_t seq = 0;
    AuditEvent event;
};

// Newest first. `recordId` narrows to one record; `beforeSeq` pages back in time.
struct AuditQuery
{
    std::optional<Uuid> recordId;
    std::optional<std::int64_t> beforeSeq;
    int limit = 100;
};

// One audit row as verify reads it, for a check beyond the hash chain (the signatures).
struct AuditRowSeen
{
    std::int64_t seq = 0;
    const AuditEvent* event = nullptr;
    std::span<const std::uint8_t> hash;
    std::span<const std::uint8_t> signer;       // empty when unsigned
    std::span<const std::uint8_t> signature;    // empty when unsigned
    std::optional<ChangeRange> changes;         // none: written before schema 19 (or outside Waymark)
    std::span<const std::uint8_t> changeDigest; // empty when the row covers no change record
};
// Returns an empty string when the row passes, else what is wrong with it.
using AuditRowCheck = std::function<std::string(const AuditRowSeen&)>;

struct AuditChainCheck
{
    std::int64_t rows = 0;                   // rows in the chain as far as it was read (the checkpoint's included)
    std::optional<std::int64_t> firstBroken; // seq
    std::string detail;
    std::int64_t checkedAfter = 0;   // rows up to this one were held to a checkpoint (not checked one by one)
    std::string lastHash;            // the newest row read, hex ("" with no rows)
    std::string rowsDigest;          // with a row check: BLAKE2b of every row's signature and coverage columns, hex
    bool checkpointDeparted = false; // the rows up to the checkpoint are not the ones verified then
};

// A row of the chain verified before (the newest row a verify found whole on this machine).
// verify(check, &from) still reads and hashes every row (so any change to a row's content is
// seen), but asks `check` (the signatures, the expensive part) only about the rows after it,
// when the rows up to it are byte for byte the ones verified: row `seq` has `hash`, and the
// digest of their signature and coverage columns is `digest`. Otherwise it reports
// checkpointDeparted and checks nothing more (the caller verifies again without it).
struct AuditCheckpoint
{
    std::int64_t seq = 0;
    std::string hash;   // hex
    std::string digest; // AuditChainCheck::rowsDigest of rows 1..seq, hex
};

// Append-only table; each row's hash = SHA-256(previous row's hash || this row's content).
// The head (last seq and hash) is mirrored in meta, so deleting the newest rows shows too.
// With a signer (schema 17 on), each row also carries the signer's public key and an Ed25519
// signature over its hash (core/security/Roster.h checks them against the signed roster).
class AuditLog
{
public:
    explicit AuditLog(Database& db, const AuditSigner* signer = nullptr)
        : m_db(db)
        , m_signer(signer)
    {}
    // Call inside the caller's transaction.
    Status append(const AuditEvent& event);
    // The hash chain and the head; `check` (schema 17: the signature columns are read) is
    // asked about every row whose hash matches, and its first complaint is the first bad row.
    AuditChainCheck verify(const AuditRowCheck& check = {}, const AuditCheckpoint* from = nullptr);
    Result<std::vector<AuditEntry>> list(const AuditQuery& query);

private:
    Database& m_db;
    const AuditSigner* m_signer = nullptr;
};

} // namespace waymark
