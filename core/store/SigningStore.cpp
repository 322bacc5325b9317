#include "core/store/SigningStore.h"

#include "core/store/Database.h"

#include <cstring>

namespace waymark {

namespace {

std::array<std::uint8_t, 32> key32(const std::vector<std::uint8_t>& b)
{
    std::array<std::uint8_t, 32> out{};
    if (b.size() == out.size())
        std::memcpy(out.data(), b.data(), out.size());
    return out;
}

SigningKeyRow readKey(Statement& st)
{
    SigningKeyRow r;
    r.username = st.text(0);
    r.publicKey = key32(st.blob(1));
    r.slotPublicKey = key32(st.blob(2));
    r.sealedSeed = st.blob(3);
    r.sealedAuthority = st.blob(4);
    return r;
}

constexpr std::string_view kKeyColumns = "username, public_key, slot_public_key, sealed_seed, sealed_authority";

} // namespace

std::string SigningStore::createTablesSql(int version)
{
    if (version == 20)
        // Append-only: Waymark never changes or deletes a rotation (the triggers stop an
        // accident, not someone holding the database key: verify checks the chain's signatures).
        return R"sql(
CREATE TABLE IF NOT EXISTS authority_rotations (
    seq INTEGER PRIMARY KEY,
    roster_version INTEGER NOT NULL,
    from_key BLOB NOT NULL,
    to_key BLOB NOT NULL,
    succession BLOB NOT NULL,
    possession BLOB NOT NULL,
    at TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS authority_rotations_no_update BEFORE UPDATE ON authority_rotations
BEGIN SELECT RAISE(ABORT, 'authority rotations are append-only'); END;
CREATE TRIGGER IF NOT EXISTS authority_rotations_no_delete BEFORE DELETE ON authority_rotations
BEGIN SELECT RAISE(ABORT, 'authority rotations are append-only'); END;
)sql";
    if (version != 17)
        return {};
    return R"sql(
ALTER TABLE audit_log ADD COLUMN signer BLOB;
ALTER TABLE audit_log ADD COLUMN signature BLOB;
CREATE TABLE roster (
    version INTEGER PRIMARY KEY,
    after_seq INTEGER NOT NULL,
    content TEXT NOT NULL,
    signature BLOB NOT NULL
);
CREATE TABLE signing_keys (
    username TEXT PRIMARY KEY,
    public_key BLOB NOT NULL,
    slot_public_key BLOB NOT NULL,
    sealed_seed BLOB NOT NULL,
    sealed_authority BLOB
) WITHOUT ROWID;
)sql";
}

Result<std::vector<RosterVersion>> SigningStore::roster()
{
    Statement st(m_db, "SELECT version, after_seq, content, signature FROM roster ORDER BY version");
    std::vector<RosterVersion> out;
    if (auto r = st.forEachRow([&] { out.push_back({st.integer(0), st.integer(1), st.text(2), st.blob(3)}); }); !r)
        return std::unexpected(r.error());
    return out;
}

Result<std::optional<RosterVersion>> SigningStore::latestRoster()
{
    Statement st(m_db, "SELECT version, after_seq, content, signature FROM roster ORDER BY version DESC LIMIT 1");
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<RosterVersion>{};
    return std::optional<RosterVersion>(RosterVersion{st.integer(0), st.integer(1), st.text(2), st.blob(3)});
}

Status SigningStore::insertRoster(const RosterVersion& v)
{
    Statement st(m_db, "INSERT INTO roster (version, after_seq, content, signature) VALUES (?, ?, ?, ?)");
    st.bind(1, v.version).bind(2, v.afterSeq).bind(3, v.content).bindBlob(4, v.signature.data(), v.signature.size());
    return st.run();
}

Result<std::vector<AuthorityRotation>> SigningStore::rotations()
{
    Statement st(m_db, "SELECT seq, roster_version, from_key, to_key, succession, possession, at "
                       "FROM authority_rotations ORDER BY seq");
    std::vector<AuthorityRotation> out;
    if (auto r = st.forEachRow([&] {
            out.push_back(AuthorityRotation{st.integer(0), st.integer(1), key32(st.blob(2)), key32(st.blob(3)),
                                            st.blob(4), st.blob(5), st.text(6)});
        });
        !r)
        return std::unexpected(r.error());
    return out;
}

Status SigningStore::insertRotation(const AuthorityRotation& r)
{
    Statement st(m_db, "INSERT INTO authority_rotations (seq, roster_version, from_key, to_key, succession, "
                       "possession, at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, r.seq)
        .bind(2, r.rosterVersion)
        .bindBlob(3, r.fromKey.data(), r.fromKey.size())
        .bindBlob(4, r.toKey.data(), r.toKey.size())
        .bindBlob(5, r.succession.data(), r.succession.size())
        .bindBlob(6, r.possession.data(), r.possession.size())
        .bind(7, r.at);
    return st.run();
}

Result<std::vector<SigningKeyRow>> SigningStore::keys()
{
    Statement st(m_db, "SELECT " + std::string(kKeyColumns) + " FROM signing_keys ORDER BY username");
    std::vector<SigningKeyRow> out;
    if (auto r = st.forEachRow([&] { out.push_back(readKey(st)); }); !r)
        return std::unexpected(r.error());
    return out;
}

Result<std::optional<SigningKeyRow>> SigningStore::key(std::string_view username)
{
    Statement st(m_db, "SELECT " + std::string(kKeyColumns) + " FROM signing_keys WHERE username = ?");
    st.bind(1, std::string(username));
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<SigningKeyRow>{};
    return std::optional<SigningKeyRow>(readKey(st));
}

Status SigningStore::putKey(const SigningKeyRow& r)
{
    Statement st(m_db, "INSERT OR REPLACE INTO signing_keys (" + std::string(kKeyColumns) + ") VALUES (?, ?, ?, ?, ?)");
    st.bind(1, r.username)
        .bindBlob(2, r.publicKey.data(), r.publicKey.size())
        .bindBlob(3, r.slotPublicKey.data(), r.slotPublicKey.size())
        .bindBlob(4, r.sealedSeed.data(), r.sealedSeed.size());
    if (r.sealedAuthority.empty())
        st.bindNull(5);
    else
        st.bindBlob(5, r.sealedAuthority.data(), r.sealedAuthority.size());
    return st.run();
}

Status SigningStore::setSealedAuthority(std::string_view username, const std::vector<std::uint8_t>& sealed)
{
    Statement st(m_db, "UPDATE signing_keys SET sealed_authority = ? WHERE username = ?");
    if (sealed.empty())
        st.bindNull(1);
    else
        st.bindBlob(1, sealed.data(), sealed.size());
    st.bind(2, std::string(username));
    return st.run();
}

Result<std::int64_t> SigningStore::lastAuditSeq()
{
    Statement st(m_db, "SELECT COALESCE(MAX(seq), 0) FROM audit_log");
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? st.integer(0) : 0;
}

} // namespace waymark
