#include "core/security/Anchor.h"

#include "core/Text.h"
#include "core/platform/ConfigDir.h"
#include "core/platform/FileLock.h"
#include "core/security/SecureBytes.h"
#include "core/store/AnchorQueries.h"
#include "core/store/AtomicFile.h"
#include "core/store/AuditLog.h"
#include "core/store/Database.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>

namespace waymark {

namespace {

constexpr std::string_view kLineTag = "anchor";
constexpr std::string_view kLineVersion = "1";
constexpr std::size_t kFields = 14;
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES] = {'W', 'M', 'A', 'N', 'C', 'H', 'O', 'R'};
constexpr std::uint64_t kKdfSubkeyId = 1;

// Fields never hold a tab or a line break (they separate fields and anchors).
std::string clean(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c == '\t' || c == '\n' || c == '\r')
            c = ' ';
    return out;
}

std::string unsignedPart(const Anchor& a)
{
    std::string out;
    const auto add = [&](std::string_view field) {
        out += clean(field);
        out += '\t';
    };
    add(kLineTag);
    add(kLineVersion);
    add(a.algorithm);
    add(a.casebookId);
    add(std::to_string(a.auditSeq));
    add(a.auditHash);
    add(std::to_string(a.changeSeq));
    add(a.changeHlc);
    add(a.at);
    add(a.userId.isNull() ? std::string() : a.userId.toString());
    add(a.kind);
    add(a.backupMadeAt);
    add(std::to_string(a.backupSeq));
    if (!a.rowsDigest.empty())
        add(a.rowsDigest);
    return out;
}

std::optional<std::int64_t> number(std::string_view s)
{
    std::int64_t v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || v < 0)
        return std::nullopt;
    return v;
}

std::string macOf(const Anchor& a, const SecureBytes& databaseKey)
{
    // The MAC key: a subkey of the database key (crypto_kdf, BLAKE2b), never the key itself.
    std::array<std::uint8_t, crypto_kdf_KEYBYTES> master{};
    if (databaseKey.size() == crypto_kdf_KEYBYTES)
        std::copy(databaseKey.data(), databaseKey.data() + databaseKey.size(), master.begin());
    else
        crypto_generichash(master.data(), master.size(), databaseKey.data(), databaseKey.size(), nullptr, 0);
    SecureBytes subkey(crypto_generichash_KEYBYTES);
    crypto_kdf_derive_from_key(subkey.data(), subkey.size(), kKdfSubkeyId, kKdfContext, master.data());
    sodium_memzero(master.data(), master.size());
    const std::string message = unsignedPart(a);
    std::array<std::uint8_t, crypto_generichash_BYTES> mac{};
    crypto_generichash(mac.data(), mac.size(), reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                       subkey.data(), subkey.size());
    return text::toHex(mac.data(), mac.size());
}

bool validId(std::string_view id)
{
    if (id.empty() || id.size() > 64)
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
    });
}

std::string rowsText(std::int64_t n)
{
    return std::to_string(n) + (n == 1 ? " audit row" : " audit rows");
}

} // namespace

std::string encodeAnchor(const Anchor& anchor)
{
    return unsignedPart(anchor) + clean(anchor.mac);
}

std::optional<Anchor> decodeAnchor(std::string_view lineIn)
{
    const std::string line = text::trim(lineIn);
    const auto f = text::split(line, '\t');
    // A checkpoint carries the rows' digest before its MAC.
    if ((f.size() != kFields && f.size() != kFields + 1) || f[0] != kLineTag || f[1] != kLineVersion)
        return std::nullopt;
    Anchor a;
    a.algorithm = f[2];
    a.casebookId = f[3];
    const auto auditSeq = number(f[4]);
    const auto changeSeq = number(f[6]);
    const auto backupSeq = number(f[12]);
    if (!auditSeq || !changeSeq || !backupSeq)
        return std::nullopt;
    a.auditSeq = *auditSeq;
    a.auditHash = f[5];
    a.changeSeq = *changeSeq;
    a.changeHlc = f[7];
    a.at = f[8];
    if (!f[9].empty()) {
        auto id = Uuid::parse(f[9]);
        if (!id)
            return std::nullopt;
        a.userId = *id;
    }
    a.kind = f[10];
    a.backupMadeAt = f[11];
    a.backupSeq = *backupSeq;
    if (f.size() == kFields + 1) {
        if (f[13].empty() || a.kind != kAnchorVerified)
            return std::nullopt;
        a.rowsDigest = f[13];
    }
    a.mac = f.back();
    return a;
}

void sealAnchor(Anchor& anchor, const SecureBytes& databaseKey)
{
    anchor.algorithm = std::string(kAnchorAlgorithm);
    anchor.mac = macOf(anchor, databaseKey);
}

bool anchorAuthentic(const Anchor& anchor, const SecureBytes& databaseKey)
{
    if (anchor.algorithm != kAnchorAlgorithm || anchor.mac.size() != 2 * crypto_generichash_BYTES)
        return false;
    const std::string expected = macOf(anchor, databaseKey);
    return sodium_memcmp(expected.data(), anchor.mac.data(), expected.size()) == 0;
}

Anchor makeAnchor(const ChainPoint& point, std::string_view casebookId, std::string_view kind, std::string at,
                  const Uuid& userId, const SecureBytes& databaseKey)
{
    Anchor a;
    a.casebookId = std::string(casebookId);
    a.auditSeq = point.auditSeq;
    a.auditHash = point.auditHash;
    a.changeSeq = point.changeSeq;
    a.changeHlc = point.changeHlc;
    a.at = std::move(at);
    a.userId = userId;
    a.kind = std::string(kind);
    sealAnchor(a, databaseKey);
    return a;
}

Result<bool> chainExtends(Database& db, const Anchor& anchor)
{
    if (anchor.auditSeq == 0)
        return true;
    auto hash = anchorqueries::auditHashAt(db, anchor.auditSeq);
    if (!hash)
        return std::unexpected(hash.error());
    return *hash && *hash == anchor.auditHash;
}

std::string_view anchorStateName(AnchorState state)
{
    switch (state) {
    case AnchorState::None:
        return "none";
    case AnchorState::Ok:
        return "ok";
    case AnchorState::Restored:
        return "restored";
    case AnchorState::Rollback:
        return "rollback";
    case AnchorState::TailCut:
        return "tail_cut";
    case AnchorState::Rewritten:
        return "rewritten";
    case AnchorState::Untrusted:
        return "untrusted";
    }
    return "none";
}

AnchorBook::AnchorBook(std::filesystem::path folder, std::string casebookId, const SecureBytes& databaseKey)
    : m_folder(std::move(folder))
    , m_casebookId(std::move(casebookId))
    , m_key(databaseKey)
{}

std::filesystem::path AnchorBook::machineFolder()
{
    const auto dir = platform::configDir();
    return dir.empty() ? dir : dir / "anchors";
}

Anchor AnchorBook::make(const ChainPoint& point, std::string_view kind, std::string at, const Uuid& userId) const
{
    return makeAnchor(point, m_casebookId, kind, std::move(at), userId, m_key);
}

void AnchorBook::seal(Anchor& anchor) const
{
    sealAnchor(anchor, m_key);
}

bool AnchorBook::authentic(const Anchor& anchor) const
{
    return anchor.casebookId == m_casebookId && anchorAuthentic(anchor, m_key);
}

std::filesystem::path AnchorBook::file() const
{
    if (m_folder.empty() || !validId(m_casebookId))
        return {};
    return m_folder / (m_casebookId + ".anchors");
}

AnchorBook::Loaded AnchorBook::load() const
{
    Loaded out;
    const auto path = file();
    std::error_code ec;
    if (path.empty() || !std::filesystem::exists(path, ec))
        return out;
    out.exists = true;
    auto content = readWholeFile(path);
    if (!content) {
        out.unreadable = true;
        return out;
    }
    for (const auto& line : text::split(*content, '\n')) {
        const std::string trimmed = text::trim(line);
        if (trimmed.empty() || trimmed.front() == '#')
            continue;
        auto anchor = decodeAnchor(trimmed);
        if (!anchor) {
            ++out.rejected;
            continue;
        }
        if (anchor->casebookId != m_casebookId) {
            ++out.ignored; // another casebook's: not ours to trust or to judge
            continue;
        }
        if (!anchorAuthentic(*anchor, m_key)) {
            ++out.rejected;
            continue;
        }
        out.trusted.push_back(std::move(*anchor));
    }
    return out;
}

Status AnchorBook::save(const std::vector<Anchor>& anchors) const
{
    const auto path = file();
    if (path.empty())
        return {};
    // What a write killed half-way left (an hour old: never one being written now).
    std::error_code ec;
    const std::string tmpPrefix = path.filename().string() + ".tmp-";
    for (std::filesystem::directory_iterator it(m_folder, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code ignored;
        if (it->path().filename().string().starts_with(tmpPrefix) &&
            std::filesystem::file_time_type::clock::now() - std::filesystem::last_write_time(it->path(), ignored) >
                std::chrono::hours(1))
            std::filesystem::remove(it->path(), ignored);
    }
    std::string text = "# Waymark audit anchors of one casebook: checkpoints of its audit chain (one per line)\n";
    for (const auto& a : anchors)
        text += encodeAnchor(a) + "\n";
    return writeFileAtomically(path, text);
}

namespace {

// Changes to one casebook's anchor file (read, decide, write) take turns, between processes
// and threads: a close racing a restore cannot put back the anchors the restore replaced.
Result<platform::FileLock> lockFor(const std::filesystem::path& folder, const std::filesystem::path& file)
{
    if (!platform::makePrivateDir(folder))
        return fail(ErrorCode::Io, "cannot create the folder for audit anchors");
    auto lock = file;
    lock += ".lock";
    return platform::FileLock::exclusive(lock);
}

} // namespace

AnchorCheck AnchorBook::check(Database& db) const
{
    return evaluate(db, load());
}

AnchorCheck AnchorBook::evaluate(Database& db, const Loaded& loaded) const
{
    AnchorCheck c;
    c.file = file();
    c.rejected = loaded.rejected;
    c.ignored = loaded.ignored;
    if (c.file.empty()) {
        c.detail = "no configuration folder on this machine: no anchors are kept";
        return c;
    }
    if (!loaded.exists) {
        c.detail = "no anchor of this casebook on this machine yet";
        return c;
    }
    if (loaded.unreadable) {
        c.state = AnchorState::Untrusted;
        c.detail = "the anchor file cannot be read";
        return c;
    }
    const auto failed = [&](const Error& e) {
        AnchorCheck bad = c;
        bad.state = AnchorState::Untrusted;
        bad.detail = "cannot compare the casebook with its anchors: " + e.detail;
        return bad;
    };
    auto head = anchorqueries::head(db);
    if (!head)
        return failed(head.error());

    std::vector<const Anchor*> normal;
    const Anchor* pending = nullptr;
    for (const auto& a : loaded.trusted) {
        if (a.kind == kAnchorRestoring)
            pending = &a;
        else
            normal.push_back(&a);
    }
    bool decided = false;
    if (pending) {
        auto extends = chainExtends(db, *pending);
        if (!extends)
            return failed(extends.error());
        if (*extends) {
            c.state = AnchorState::Restored;
            c.anchor = *pending;
            c.restored = *pending;
            c.detail = "restored from a backup made at " + pending->backupMadeAt + " (its audit row " +
                       std::to_string(pending->backupSeq) + "), on " + pending->at;
            decided = true;
        }
    }
    if (!decided && normal.empty()) {
        c.detail = "no anchor of this casebook on this machine yet";
        decided = true;
    }
    if (!decided) {
        const Anchor& n = *normal.back();
        c.anchor = n;
        const auto dataOlder = [&]() -> Result<bool> {
            if (n.changeSeq == 0)
                return false;
            auto hlc = anchorqueries::changeHlcAt(db, n.changeSeq);
            if (!hlc)
                return std::unexpected(hlc.error());
            return !*hlc || *hlc != n.changeHlc;
        };
        auto extends = chainExtends(db, n);
        if (!extends)
            return failed(extends.error());
        if (head->auditSeq < n.auditSeq) {
            auto older = dataOlder();
            if (!older)
                return failed(older.error());
            c.missingRows = n.auditSeq - head->auditSeq;
            c.firstBadRow = head->auditSeq + 1;
            if (*older) {
                c.state = AnchorState::Rollback;
                c.detail = "the casebook is older than an anchor made on this machine at " + n.at + ": " +
                           rowsText(c.missingRows) + " missing (it has " + std::to_string(head->auditSeq) +
                           ", the anchor holds " + std::to_string(n.auditSeq) + ")";
            } else {
                c.state = AnchorState::TailCut;
                c.detail = "audit rows " + std::to_string(head->auditSeq + 1) + " to " + std::to_string(n.auditSeq) +
                           " are missing: an anchor made on this machine at " + n.at + " holds " +
                           rowsText(n.auditSeq) + " and the data is not older (the tail of the audit trail was cut)";
            }
        } else if (!*extends) {
            auto older = dataOlder();
            if (!older)
                return failed(older.error());
            std::int64_t agreed = 0;
            for (auto it = normal.rbegin() + 1; it != normal.rend(); ++it) {
                auto e = chainExtends(db, **it);
                if (!e)
                    return failed(e.error());
                if (*e) {
                    agreed = (*it)->auditSeq;
                    break;
                }
            }
            c.firstBadRow = n.auditSeq;
            const Anchor* restore = nullptr;
            for (auto it = normal.rbegin(); it != normal.rend() && !restore; ++it) {
                if ((*it)->kind != kAnchorRestored)
                    continue;
                auto e = chainExtends(db, **it);
                if (!e)
                    return failed(e.error());
                if (!*e)
                    restore = *it;
                break; // only the newest restore counts
            }
            const std::string since =
                agreed > 0 ? "after audit row " + std::to_string(agreed) + " (the newest anchor it agrees with)"
                           : "at or before that row";
            if (restore) {
                // It departs before the restore this machine made: the casebook as it was before
                // that restore, put back by hand.
                c.state = AnchorState::Rollback;
                c.firstBadRow = restore->auditSeq;
                c.detail = "the casebook is not the one restored on this machine at " + restore->at +
                           " from a backup made at " + restore->backupMadeAt + " (audit row " +
                           std::to_string(restore->auditSeq) +
                           " has another hash): a copy from before that restore was put back";
            } else if (*older) {
                c.state = AnchorState::Rollback;
                c.detail = "the casebook is older than an anchor made on this machine at " + n.at +
                           ": an older copy was put back and used since (audit row " + std::to_string(n.auditSeq) +
                           " has another hash and the data of that moment is gone; it departs " + since + ")";
            } else {
                c.state = AnchorState::Rewritten;
                c.detail = "audit row " + std::to_string(n.auditSeq) +
                           " does not have the hash anchored on this machine at " + n.at +
                           ": the audit trail was rewritten " + since;
            }
        } else {
            c.state = AnchorState::Ok;
            c.detail = "at or after the anchor made on this machine at " + n.at + " (audit row " +
                       std::to_string(n.auditSeq) + ")";
            for (auto it = normal.rbegin(); it != normal.rend(); ++it) {
                if ((*it)->kind != kAnchorRestored)
                    continue;
                c.state = AnchorState::Restored;
                c.restored = **it;
                c.detail += "; restored from a backup made at " + (*it)->backupMadeAt + " (its audit row " +
                            std::to_string((*it)->backupSeq) + "), on " + (*it)->at;
                break;
            }
        }
    }
    if (loaded.rejected > 0) {
        const std::string untrusted = std::to_string(loaded.rejected) + (loaded.rejected == 1 ? " entry" : " entries") +
                                      " of the anchor file " + (loaded.rejected == 1 ? "fails" : "fail") +
                                      " its check (altered, or sealed with another key): not trusted";
        if (c.ok()) {
            c.detail = c.anchor ? untrusted + "; " + c.detail : untrusted;
            c.state = AnchorState::Untrusted;
        } else {
            c.detail += "; also " + untrusted;
        }
    }
    return c;
}

Status AnchorBook::resealWith(const SecureBytes& newKey) const
{
    const auto path = file();
    std::error_code ec;
    if (path.empty() || !std::filesystem::exists(path, ec))
        return {};
    auto lock = lockFor(m_folder, path);
    if (!lock)
        return std::unexpected(lock.error());
    auto content = readWholeFile(path);
    if (!content)
        return std::unexpected(content.error());
    std::string text;
    bool changed = false;
    for (const auto& line : text::split(*content, '\n')) {
        const std::string trimmed = text::trim(line);
        if (trimmed.empty())
            continue;
        auto anchor = trimmed.front() == '#' ? std::nullopt : decodeAnchor(trimmed);
        if (anchor && anchor->casebookId == m_casebookId && anchorAuthentic(*anchor, m_key) &&
            !anchorAuthentic(*anchor, newKey)) {
            sealAnchor(*anchor, newKey);
            text += encodeAnchor(*anchor) + "\n";
            changed = true;
        } else {
            text += trimmed + "\n";
        }
    }
    if (!changed)
        return {};
    return writeFileAtomically(path, text);
}

std::optional<Anchor> AnchorBook::lastVerified(Database& db) const
{
    if (file().empty())
        return std::nullopt;
    const Loaded loaded = load();
    for (auto it = loaded.trusted.rbegin(); it != loaded.trusted.rend(); ++it) {
        if (it->kind != kAnchorVerified)
            continue;
        if (auto extends = chainExtends(db, *it); extends && *extends)
            return *it;
    }
    return std::nullopt;
}

Status AnchorBook::checkpoint(Database& db, const AuditCheckpoint& reached, std::string at, const Uuid& userId) const
{
    return advance(db, kAnchorVerified, std::move(at), userId, &reached);
}

Status AnchorBook::advance(Database& db, std::string_view kind, std::string at, const Uuid& userId,
                           const AuditCheckpoint* expected) const
{
    if (file().empty())
        return {};
    auto lock = lockFor(m_folder, file());
    if (!lock)
        return std::unexpected(lock.error());
    const Loaded loaded = load();
    if (loaded.unreadable || loaded.rejected > 0)
        return {}; // the evidence stays for verify to report
    const AnchorCheck c = evaluate(db, loaded);
    if (!c.ok())
        return {};
    auto head = anchorqueries::head(db);
    if (!head)
        return std::unexpected(head.error());
    if (expected && (head->auditSeq != expected->seq || head->auditHash != expected->hash))
        return {}; // written to since that row was read: no checkpoint this time
    std::vector<Anchor> out;
    if (c.restored && c.restored->kind == kAnchorRestoring) {
        // A restore killed before it could finish its anchor: the casebook carries on from it.
        Anchor finished = *c.restored;
        finished.kind = std::string(kAnchorRestored);
        sealAnchor(finished, m_key);
        out.push_back(std::move(finished));
    } else {
        for (const auto& a : loaded.trusted)
            if (a.kind != kAnchorRestoring)
                out.push_back(a);
        // Nothing new; but a checkpoint is kept even where another anchor holds the same row.
        if (!out.empty() && out.back().auditSeq == head->auditSeq && out.back().auditHash == head->auditHash &&
            (kind != kAnchorVerified || out.back().kind == kAnchorVerified))
            return {};
    }
    Anchor made = makeAnchor(*head, m_casebookId, kind, std::move(at), userId, m_key);
    if (expected) {
        made.rowsDigest = expected->digest;
        sealAnchor(made, m_key);
    }
    out.push_back(std::move(made));
    // A restore in flight (its pending anchor written, its copy not yet committed) keeps it.
    std::optional<Anchor> pending;
    for (const auto& a : loaded.trusted)
        if (a.kind == kAnchorRestoring)
            pending = a;
    while (out.size() > kKept) {
        // The oldest goes, except the newest restore (so verify can still say it was one).
        std::size_t newestRestore = out.size();
        for (std::size_t i = 0; i < out.size(); ++i)
            if (out[i].kind == kAnchorRestored)
                newestRestore = i;
        out.erase(out.begin() + (newestRestore == 0 ? 1 : 0));
    }
    if (pending && !(c.restored && c.restored->kind == kAnchorRestoring))
        out.push_back(std::move(*pending));
    return save(out);
}

Status AnchorBook::addPending(const Anchor& restoring) const
{
    if (file().empty())
        return {};
    auto lock = lockFor(m_folder, file());
    if (!lock)
        return std::unexpected(lock.error());
    const Loaded loaded = load();
    std::vector<Anchor> out = loaded.trusted;
    Anchor pending = restoring;
    pending.kind = std::string(kAnchorRestoring);
    sealAnchor(pending, m_key);
    out.push_back(std::move(pending));
    return save(out);
}

Status AnchorBook::dropPending(const Anchor& restoring) const
{
    if (file().empty())
        return {};
    auto lock = lockFor(m_folder, file());
    if (!lock)
        return std::unexpected(lock.error());
    const Loaded loaded = load();
    std::vector<Anchor> out;
    for (const auto& a : loaded.trusted)
        if (!(a.kind == kAnchorRestoring && a.auditSeq == restoring.auditSeq && a.auditHash == restoring.auditHash))
            out.push_back(a);
    if (out.size() == loaded.trusted.size())
        return {};
    return save(out);
}

Status AnchorBook::resetTo(Anchor restored) const
{
    if (file().empty())
        return {};
    auto lock = lockFor(m_folder, file());
    if (!lock)
        return std::unexpected(lock.error());
    restored.kind = std::string(kAnchorRestored);
    sealAnchor(restored, m_key);
    return save({restored});
}

} // namespace waymark
