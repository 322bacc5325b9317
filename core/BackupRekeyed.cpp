// Why a backup that opens with its own key file is not under the casebook's key: another
// casebook, or this casebook before a rekey replaced its key (core/BackupCheck.h).

#include "core/BackupCheck.h"
#include "core/store/AuditQueries.h"
#include "core/store/Database.h"
#include "core/store/MetaStore.h"

#include <system_error>

namespace waymark::backupcheck {

namespace {

void removeCopy(const std::filesystem::path& p)
{
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        auto file = p;
        file += suffix;
        std::filesystem::remove(file, ec);
    }
}

// The backup's casebook id and its last audit row, read from a copy (the backup itself is
// never written); nullopt when the copy cannot be read.
struct BackupIdentity
{
    std::string siteId;
    std::int64_t lastSeq = 0;
};

std::optional<BackupIdentity> identityOf(const std::filesystem::path& file, const SecureBytes& key,
                                         const std::filesystem::path& scratch)
{
    removeCopy(scratch);
    std::error_code ec;
    std::filesystem::copy_file(file, scratch, std::filesystem::copy_options::overwrite_existing, ec);
    std::optional<BackupIdentity> out;
    if (!ec) {
        auto db = Database::open(scratch, key, false);
        if (db) {
            BackupIdentity id;
            id.siteId = MetaStore(**db).get("site_id");
            AuditFilter last;
            last.limit = 1;
            if (auto rows = auditqueries::list(**db, last); rows && !rows->empty())
                id.lastSeq = rows->front().seq;
            if (!id.siteId.empty())
                out = std::move(id);
        }
    }
    removeCopy(scratch);
    return out;
}

} // namespace

Error foreignKeyError(const std::filesystem::path& file, const SecureBytes& backupKey, Database& live,
                      const std::filesystem::path& scratch)
{
    Error other = Error::make(ErrorCode::KeyFileMismatch, "this backup is of another casebook", "file");
    const auto backup = identityOf(file, backupKey, scratch);
    if (!backup || backup->siteId != MetaStore(live).get("site_id"))
        return other;
    // This casebook: the rekey that replaced the backup's key is the first after its last row.
    AuditFilter rekeys;
    rekeys.operation = "casebook.rekeyed";
    rekeys.oldestFirst = true;
    rekeys.limit = 0;
    auto rows = auditqueries::list(live, rekeys);
    std::string when;
    if (rows) {
        for (const auto& r : *rows) {
            if (r.seq > backup->lastSeq) {
                when = r.event.at.substr(0, 10);
                break;
            }
        }
        if (when.empty() && !rows->empty())
            when = rows->back().event.at.substr(0, 10);
    }
    Error e = Error::make(ErrorCode::KeyFileMismatch,
                          "this backup is of this casebook, but under the key that a rekey" +
                              (when.empty() ? std::string() : " on " + when + " (UTC)") +
                              " replaced, so it cannot be restored over the casebook as it is now. Restore it "
                              "into a new place with the backup's own key file (it opens with the passwords of "
                              "then), or ask your coordinator",
                          "file");
    e.rule = "rekeyed_since_backup";
    return e;
}

} // namespace waymark::backupcheck
