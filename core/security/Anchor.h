#pragma once

// Audit anchors: checkpoints of a casebook's audit chain kept OUTSIDE the casebook file, so
// that a casebook put back to an older copy, or an audit trail whose newest rows were cut, is
// reported by `verify` (docs/threat-model.md, "Anchors").
//
// An anchor says: casebook <id> had <auditSeq> audit rows, the newest with hash <auditHash>,
// and <changeSeq> change sets, the newest at clock <changeHlc>, at <at> (UTC), seen by user
// <userId>. It is authenticated by a MAC whose algorithm is named in the anchor
// (kAnchorAlgorithm: BLAKE2b keyed with a key derived from the database key by crypto_kdf),
// so per-user Ed25519 signatures can replace it without changing the format.
//
// Where anchors are kept:
// - on this machine, in the user's configuration folder (core/platform/ConfigDir.h):
//   `<config>/anchors/<casebook id>.anchors`, the newest few anchors of that casebook, written
//   when a casebook is closed, after every backup and after a restore (AnchorBook below);
// - inside every backup (its meta table, encrypted with it), the anchor of the moment it was
//   made (core/Backups.h).

#include "core/Error.h"
#include "core/Uuid.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class Database;
class SecureBytes;
struct ChainPoint;
struct AuditCheckpoint;

inline constexpr std::string_view kAnchorAlgorithm = "blake2b-kdf-dbkey-1";

// What made an anchor.
inline constexpr std::string_view kAnchorClosed = "closed";       // the casebook was closed (signed out, locked)
inline constexpr std::string_view kAnchorBackup = "backup";       // a backup was made (in the casebook and the backup)
inline constexpr std::string_view kAnchorRestored = "restored";   // a backup was restored into the casebook
inline constexpr std::string_view kAnchorRestoring = "restoring"; // a restore about to commit (pending)
// verify found the casebook whole up to this row: the next `audit verify` on this machine reads
// only the rows after it (a checkpoint).
inline constexpr std::string_view kAnchorVerified = "verified";

struct Anchor
{
    std::string algorithm{kAnchorAlgorithm};
    std::string casebookId; // the casebook's site id (meta site_id)
    std::int64_t auditSeq = 0;
    std::string auditHash; // hex
    std::int64_t changeSeq = 0;
    std::string changeHlc;
    std::string at; // UTC, formatUtcMillis
    Uuid userId;    // who was signed in (an id, never a name: the file is not encrypted)
    std::string kind;
    std::string backupMadeAt;   // restored: when the backup restored was made
    std::int64_t backupSeq = 0; // restored: the backup's own anchor's audit row
    // verified: the digest of rows 1..auditSeq's signature and coverage columns as the verify
    // read them (AuditChainCheck::rowsDigest), hex; empty for every other kind. A line that
    // carries it has one field more (older Waymarks read such a line as not authentic).
    std::string rowsDigest;
    std::string mac; // hex
};

// One line of text (no newline); decode() is nullopt for anything that is not one.
std::string encodeAnchor(const Anchor& anchor);
std::optional<Anchor> decodeAnchor(std::string_view line);

// An anchor of `point`, sealed with `databaseKey`.
Anchor makeAnchor(const ChainPoint& point, std::string_view casebookId, std::string_view kind, std::string at,
                  const Uuid& userId, const SecureBytes& databaseKey);
void sealAnchor(Anchor& anchor, const SecureBytes& databaseKey);
// The algorithm is known and the MAC is right for `databaseKey`.
bool anchorAuthentic(const Anchor& anchor, const SecureBytes& databaseKey);

// Whether `db`'s audit chain holds the anchored row: row auditSeq exists with auditHash.
Result<bool> chainExtends(Database& db, const Anchor& anchor);

enum class AnchorState
{
    None,      // no anchor of this casebook on this machine (nothing to compare with)
    Ok,        // the casebook is at or after the newest anchor
    Restored,  // as Ok, and the anchors say it was restored from a backup (a restore, not a rollback)
    Rollback,  // the casebook is older than an anchor: an older copy put back
    TailCut,   // audit rows the anchor holds are missing while the data is not older
    Rewritten, // the anchored row has another hash: history before it was rewritten
    Untrusted, // the anchor file fails its check (altered, or sealed with another key)
};
std::string_view anchorStateName(AnchorState state);

struct AnchorCheck
{
    AnchorState state = AnchorState::None;
    std::string detail;
    std::optional<Anchor> anchor;   // the newest trusted anchor the casebook was checked against
    std::optional<Anchor> restored; // Restored: the restore the casebook carries on from
    std::optional<std::int64_t> firstBadRow;
    std::int64_t missingRows = 0;
    int rejected = 0; // entries that fail their MAC
    int ignored = 0;  // entries of another casebook
    std::filesystem::path file;
    bool ok() const { return state == AnchorState::None || state == AnchorState::Ok || state == AnchorState::Restored; }
};

// This machine's anchors of one casebook: `<folder>/<casebook id>.anchors`, the newest few
// anchors (and the newest restore), one per line, each sealed on its own. Written atomically.
class AnchorBook
{
public:
    static constexpr std::size_t kKept = 8;

    AnchorBook(std::filesystem::path folder, std::string casebookId, const SecureBytes& databaseKey);
    // `<config folder>/anchors` (core/platform/ConfigDir.h); empty when there is none.
    static std::filesystem::path machineFolder();

    std::filesystem::path file() const;
    const std::string& casebookId() const { return m_casebookId; }

    // An anchor of this casebook at `point`, sealed; (re)sealing one whose fields were set;
    // whether one is this casebook's and sealed with its key.
    Anchor make(const ChainPoint& point, std::string_view kind, std::string at, const Uuid& userId) const;
    void seal(Anchor& anchor) const;
    bool authentic(const Anchor& anchor) const;

    // The casebook `db` against the anchors kept here.
    AnchorCheck check(Database& db) const;
    // Records `db`'s head as a new anchor of `kind` when the casebook is at or after the
    // anchors kept (or there are none). Never overwrites evidence: when the casebook is older
    // than, or departs from, the anchors, or the file fails its check, nothing is written.
    // With `expected`, only when the head is still that row (the one a verify read last).
    Status advance(Database& db, std::string_view kind, std::string at, const Uuid& userId,
                   const AuditCheckpoint* expected = nullptr) const;
    // A checkpoint: as advance(db, "verified", ...) at `reached` (the head a verify read last,
    // with its rows' digest), when the head is still that row.
    Status checkpoint(Database& db, const AuditCheckpoint& reached, std::string at, const Uuid& userId) const;
    // The newest checkpoint kept here (kind "verified", authentic) whose row the casebook's
    // chain still holds with its hash; none when there is none.
    std::optional<Anchor> lastVerified(Database& db) const;
    // A restore: first a pending anchor of the restored casebook (before its copy commits),
    // then, once restored, the file is reset to that anchor alone (kind "restored"); a
    // restore that failed drops its pending anchor. A pending anchor the casebook carries on
    // from counts as a restore (a restore killed between its commit and resetTo()).
    Status addPending(const Anchor& restoring) const;
    Status dropPending(const Anchor& restoring) const;
    Status resetTo(Anchor restored) const;
    // A rekey (core/Casebook.h, rekey()): every entry sealed with this book's key is sealed
    // again with `newKey`; entries already sealed with `newKey` stay (so finishing a rekey
    // twice changes nothing), and entries that fail both stay as the evidence they are.
    Status resealWith(const SecureBytes& newKey) const;

private:
    struct Loaded
    {
        bool exists = false;
        bool unreadable = false;
        std::vector<Anchor> trusted; // file order (oldest first)
        int rejected = 0;
        int ignored = 0;
    };
    Loaded load() const;
    Status save(const std::vector<Anchor>& anchors) const;
    AnchorCheck evaluate(Database& db, const Loaded& loaded) const;

    std::filesystem::path m_folder;
    std::string m_casebookId;
    const SecureBytes& m_key;
};

} // namespace waymark
