#pragma once

#include "core/Error.h"

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace waymark {

class Database;
class Statement;

// Signed change sets. Every audit row (schema 19 on) records how far the change log had
// reached when it was written (`audit_log.change_upto`, the newest change_record seq) and a
// BLAKE2b-256 digest of the change records written since the row before it, each with its
// change set's clock value and author (`change_digest`, NULL when there were none). The row's
// signature covers both (auditSignedMessage), so a change record added, altered, renumbered
// or removed with the database key breaks the signature of the row that covers it, and one
// added after the newest row is covered by none: verify reports both (ChangeCoverage).
using ChangeDigestValue = std::array<std::uint8_t, 32>;

// One change record as the digest covers it, with its change set's clock value and author.
// The views point into the row a ChangeRecordCursor holds (valid until its next step).
struct ChangeRecordView
{
    std::int64_t seq = 0;
    std::int64_t setSeq = 0;
    std::string_view hlc;
    std::span<const std::uint8_t> author;
    std::int64_t tableId = 0;
    std::span<const std::uint8_t> rowId;
    std::span<const std::uint8_t> columns;
};

class ChangeDigest
{
public:
    ChangeDigest();
    ~ChangeDigest();
    ChangeDigest(const ChangeDigest&) = delete;
    ChangeDigest& operator=(const ChangeDigest&) = delete;

    void add(std::int64_t seq, std::int64_t setSeq, std::string_view hlc, std::span<const std::uint8_t> author,
             std::int64_t tableId, std::span<const std::uint8_t> rowId, std::span<const std::uint8_t> columns);
    void add(const ChangeRecordView& r) { add(r.seq, r.setSeq, r.hlc, r.author, r.tableId, r.rowId, r.columns); }
    ChangeDigestValue finish();
    std::int64_t count() const { return m_count; }

private:
    struct State;
    std::unique_ptr<State> m_state;
    std::int64_t m_count = 0;
};

// A connection's running digest of the change records it writes (ChangeLog::record feeds it),
// so an audit row covering a bulk call does not read back what was just written, and covers
// only what this connection wrote. It holds the records (start, last]; a seq that does not
// follow the last (a rolled-back transaction whose seqs are used again, another connection's
// writes in between) starts it again.
class ChangeTally
{
public:
    void feed(std::int64_t seq, std::int64_t setSeq, std::string_view hlc, std::span<const std::uint8_t> author,
              std::int64_t tableId, std::span<const std::uint8_t> rowId, std::span<const std::uint8_t> columns);
    // The range this connection wrote since the last take() that ends at `upto`, and its
    // digest; none when the newest records are not this connection's. The tally then starts
    // again at `upto`.
    struct Taken
    {
        std::int64_t from = 0;
        ChangeDigestValue digest{};
    };
    std::optional<Taken> take(std::int64_t upto);
    void restartAt(std::int64_t seq);

private:
    std::int64_t m_start = -1;
    std::int64_t m_last = -1;
    std::unique_ptr<ChangeDigest> m_digest;
};

// The change records after `after` (up to `upto` when given), in order, as the digest reads
// them: the one reader of the log that the coverage written (change_cover::compute) and the
// coverage checked (verify's ChangeCoverage) share.
class ChangeRecordCursor
{
public:
    ChangeRecordCursor(Database& db, std::int64_t after, std::optional<std::int64_t> upto = std::nullopt);
    ~ChangeRecordCursor();
    ChangeRecordCursor(const ChangeRecordCursor&) = delete;
    ChangeRecordCursor& operator=(const ChangeRecordCursor&) = delete;

    // True when current() now holds the next record; false at the end.
    Result<bool> step();
    ChangeRecordView current() const;

private:
    std::unique_ptr<Statement> m_st;
};

// The change log's table numbers and the tables' names (change_column).
std::map<std::int64_t, std::string> changeTableNames(Database& db);

namespace change_cover {

// The change log's coverage as the audit row being appended records it: the change records
// (from, upto] this connection wrote since its last row, and their digest. `from` is normally
// the previous row's `upto`; records between the two were written by no Waymark transaction
// that audited them (outside Waymark), are not taken over by this row, and verify reports
// them. A row that wrote nothing covers (upto, upto].
//
// `from` is stored although an honest row's equals the previous row's `upto`: it is what lets
// verify tell "records nobody covered" (a gap between two rows) from "records this row
// covers". Without it, records slipped in between two rows would be read as part of the next
// row's range, and only its digest would fail, naming the wrong row and the wrong cause.
struct Cover
{
    std::int64_t from = 0;
    std::int64_t upto = 0;
    std::optional<ChangeDigestValue> digest;
};
Result<Cover> next(Database& db, std::optional<std::int64_t> previousUpto);

// Change records up to this seq were written before coverage began (meta "change_cover_from",
// "records:auditRow"); audit rows after `auditRow` must all carry coverage.
struct From
{
    std::int64_t records = 0;
    std::int64_t auditRow = 0;
};
std::optional<From> from(Database& db);

// Digest of the change records (after, upto] read from the tables: the reference the tally
// and ChangeCoverage agree with (the attack tests forge with it).
Result<std::optional<ChangeDigestValue>> compute(Database& db, std::int64_t after, std::int64_t upto);

} // namespace change_cover

} // namespace waymark
