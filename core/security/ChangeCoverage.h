#pragma once

// verify's check that every change record is covered by a signed audit row
// (core/store/ChangeDigest.h; docs/threat-model.md, "Signed change sets"). Fed the audit rows
// in order, after each has passed its signature check, it recomputes the digest of the
// change records each row covers and compares it with what the row recorded (and its
// signature covers); it also holds each covered change set to the row's author and the
// author's role. After the last row, finish() reports any change record no row covers.

#include "core/security/Roster.h"
#include "core/store/AuditLog.h"
#include "core/store/ChangeDigest.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace waymark {

class ChangeCoverage
{
public:
    explicit ChangeCoverage(Database& db);
    ~ChangeCoverage();

    // Empty when the row's coverage holds; `signer`: the roster entry that signed it (none
    // for rows written before signing began).
    std::string checkRow(const AuditRowSeen& row, const roster::Entry* signer);
    // After the last row: the first change record that no audit row covers, or empty.
    std::string finish();
    std::int64_t coveredRecords() const { return m_covered; }
    // Change records written before coverage began (schema 19): checked by the replay only.
    std::int64_t recordsBefore() const { return m_from ? m_from->records : 0; }
    bool active() const { return m_from.has_value(); }

private:
    bool advance(); // the next change record into m_records; false at the end
    std::string uncoveredBefore(std::int64_t from);
    std::string tableName(std::int64_t tableId) const;

    Database& m_db;
    std::optional<change_cover::From> m_from;
    std::unique_ptr<ChangeRecordCursor> m_records;
    std::map<std::int64_t, std::string> m_tables;
    bool m_have = false; // m_records holds an unconsumed row
    bool m_done = false;
    std::string m_readError;
    std::int64_t m_after = 0;
    std::int64_t m_covered = 0;
};

} // namespace waymark
