#pragma once

#include "core/Error.h"
#include "core/Uuid.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace waymark {

class Database;

// One imported file (the import_batches table, schema 7).
struct ImportBatch
{
    Uuid id;
    std::string source;
    std::string fileHash; // BLAKE2b-256 of the file's bytes (hex)
    std::int64_t rows = 0;
    std::int64_t referrals = 0;
    std::int64_t people = 0;
    std::string importedAt; // UTC
    Uuid importedBy;
};

// SQL of the referral import (core/Imports.h): the files imported and the fingerprints of
// their rows (import_batches, import_rows), and the police references already in the
// casebook. Local bookkeeping of this casebook, like drafts: not synced, no change log.
class ImportStore
{
public:
    explicit ImportStore(Database& db)
        : m_db(db)
    {}

    // A row with this fingerprint (core/domain/ReferralImport.h, rowFingerprint) was imported.
    Result<bool> rowImported(std::string_view fingerprint);
    // The latest import of a file with these bytes.
    Result<std::optional<ImportBatch>> batchByHash(std::string_view fileHash);

    Status addBatch(const ImportBatch& batch);
    Status addRow(std::string_view fingerprint, const Uuid& batchId, std::int64_t line);

    // The tables (schema 7, core/store/Migrations.cpp).
    static const char* createTablesSql();

private:
    Database& m_db;
};

} // namespace waymark
