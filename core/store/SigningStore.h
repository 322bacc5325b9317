#pragma once

// SQL for signed audit (schema 17, core/security/Roster.h): the signed roster's versions and
// each user's signing key, sealed to their key slot; and (schema 20) the authority key's
// rotations, an append-only chain beside the roster.

#include "core/Error.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class Database;

struct RosterVersion
{
    std::int64_t version = 0;
    std::int64_t afterSeq = 0; // in force for audit rows after this one
    std::string content;
    std::vector<std::uint8_t> signature; // by the authority key
};

// One rotation of the casebook's authority key (schema 20): `fromKey` hands over to `toKey`
// from roster version `rosterVersion` on. Signed by both (core/security/Roster.h).
struct AuthorityRotation
{
    std::int64_t seq = 0; // 1, 2, ... in the order made
    std::int64_t rosterVersion = 0;
    std::array<std::uint8_t, 32> fromKey{};
    std::array<std::uint8_t, 32> toKey{};
    std::vector<std::uint8_t> succession; // by fromKey
    std::vector<std::uint8_t> possession; // by toKey
    std::string at;
};

struct SigningKeyRow
{
    std::string username;
    std::array<std::uint8_t, 32> publicKey{};     // Ed25519
    std::array<std::uint8_t, 32> slotPublicKey{}; // the X25519 key the seed is sealed to
    std::vector<std::uint8_t> sealedSeed;
    std::vector<std::uint8_t> sealedAuthority; // coordinators: the authority seed, sealed likewise
};

class SigningStore
{
public:
    explicit SigningStore(Database& db)
        : m_db(db)
    {}
    static std::string createTablesSql(int version);

    Result<std::vector<RosterVersion>> roster();
    Result<std::optional<RosterVersion>> latestRoster();
    Status insertRoster(const RosterVersion& v);

    // The rotation chain in the order made; empty before schema 20 or before any rotation.
    Result<std::vector<AuthorityRotation>> rotations();
    Status insertRotation(const AuthorityRotation& r);

    Result<std::vector<SigningKeyRow>> keys();
    Result<std::optional<SigningKeyRow>> key(std::string_view username);
    Status putKey(const SigningKeyRow& row);
    Status setSealedAuthority(std::string_view username, const std::vector<std::uint8_t>& sealed);

    Result<std::int64_t> lastAuditSeq();

private:
    Database& m_db;
};

} // namespace waymark
