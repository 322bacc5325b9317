#pragma once

#include "core/Error.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class SecureBytes;

// Argon2id cost of one key slot.
struct KdfParams
{
    std::uint64_t opslimit = 0;
    std::size_t memlimit = 0; // bytes
};

// The key file beside a casebook: one slot per user. Each slot holds the user's own X25519
// key pair, its secret half wrapped (XChaCha20-Poly1305) under Argon2id(password, salt),
// and the casebook's 32-byte database key sealed (crypto_box_seal) to its public half. So a
// coordinator can seal a new database key to every remaining user (rekey) without their
// passwords. Slots of key file format 1 wrap the database key under the password directly;
// they still unlock, and become format-2 slots when their password is next set.
// Slots are found by a keyed hash of the user name, so the file does not list staff names.
// A BLAKE2b checksum over the whole file tells damage apart from a wrong password.
// Format: docs/storage.md.
class Keyring
{
public:
    static constexpr std::size_t kKeySize = 32;

    // A new, empty keyring (fresh file salt and sign-in event key pair).
    static Keyring createNew();
    // Damaged when the file does not parse or its checksum fails; NotFound when missing.
    static Result<Keyring> load(const std::filesystem::path& path);
    Status save(const std::filesystem::path& path) const; // atomic

    // WrongCredentials when there is no slot for the user or the password does not unwrap it.
    Result<std::unique_ptr<SecureBytes>> unlock(std::string_view username, std::string_view password) const;
    // What a sign-in unwraps: the database key and, for a format-2 slot, the slot's own X25519
    // key pair (its secret half opens the user's signing key, core/security/Signing.h).
    struct Unlocked
    {
        std::unique_ptr<SecureBytes> databaseKey;
        std::unique_ptr<SecureBytes> slotSecretKey; // null for a format-1 slot
        std::array<std::uint8_t, 32> slotPublicKey{};
        // The casebook's authority public key as it was when the password was set, bound into
        // the slot (authenticated under the password): the trust root a verifier holds apart
        // from the casebook (docs/threat-model.md, "The trust root"). None for a slot set
        // before signing began or before slots were bound.
        std::optional<std::array<std::uint8_t, 32>> authority;
    };
    Result<Unlocked> unlockSlot(std::string_view username, std::string_view password) const;
    // The public half of a user's slot key pair (format 2), to seal to without their password.
    std::optional<std::array<std::uint8_t, 32>> slotPublicKey(std::string_view username) const;
    // `authority`: the casebook's authority public key, bound into the slot (format 2).
    Status setSlot(std::string_view username, std::string_view password, const SecureBytes& databaseKey,
                   const KdfParams& params,
                   const std::optional<std::array<std::uint8_t, 32>>& authority = std::nullopt);
    // The keyed hash that identifies an account in this key file (hex), for records kept
    // beside the casebook that must not name anyone (sign-in throttling).
    std::string accountTag(std::string_view username) const;
    bool removeSlot(std::string_view username);
    std::size_t slotCount() const { return m_slots.size(); }
    // Slots still in format 1 (the database key wrapped under the password itself): a rekey
    // cannot reach them.
    std::size_t passwordOnlySlotCount() const;
    // Rekey: seals `databaseKey` to every slot's public key, replacing the key each held.
    // Refused (nothing changed) while a format-1 slot remains.
    Status resealAll(const SecureBytes& databaseKey);

    // Public half of the key pair that seals failed sign-in events until the casebook is
    // next unlocked (the secret half lives inside the encrypted database).
    const std::array<std::uint8_t, 32>& eventPublicKey() const { return m_eventPublicKey; }
    void setEventPublicKey(const std::array<std::uint8_t, 32>& key) { m_eventPublicKey = key; }

    // The first 16 bytes of the casebook this key file belongs to (SQLCipher's random file
    // salt, not secret): a key file beside the wrong casebook is told apart before any
    // password is asked for. Empty for key files written before it was recorded.
    const std::optional<std::array<std::uint8_t, 16>>& databaseSalt() const { return m_databaseSalt; }
    void setDatabaseSalt(const std::array<std::uint8_t, 16>& salt) { m_databaseSalt = salt; }

    // How many slot changes the key file has seen; the casebook records the number it expects
    // (core/KeyFileChange.h), so a key file and its casebook that disagree are told apart.
    // 0 for key files written before it was recorded.
    std::uint64_t generation() const { return m_generation; }
    void setGeneration(std::uint64_t generation) { m_generation = generation; }

private:
    struct Slot
    {
        std::array<std::uint8_t, 16> userTag{};
        KdfParams params;
        std::array<std::uint8_t, 16> salt{};
        std::array<std::uint8_t, 24> nonce{};
        // Format 2: the user's X25519 secret key + 16-byte tag; format 1: the database key + tag.
        std::vector<std::uint8_t> wrapped;
        std::optional<std::array<std::uint8_t, 32>> publicKey; // format 2 only
        std::vector<std::uint8_t> sealedKey;                   // format 2: database key sealed to publicKey
        std::optional<std::array<std::uint8_t, 32>> authority; // format 2: bound authority public key
    };
    std::array<std::uint8_t, 16> userTag(std::string_view username) const;
    const Slot* findSlot(std::string_view username) const;

    std::array<std::uint8_t, 16> m_fileSalt{};
    std::array<std::uint8_t, 32> m_eventPublicKey{};
    std::optional<std::array<std::uint8_t, 16>> m_databaseSalt;
    std::uint64_t m_generation = 0;
    std::vector<Slot> m_slots;
};

KdfParams kdfParamsStandard();
KdfParams kdfParamsMinimum(); // OWASP floor: 19 MiB, t = 2
// The strength a casebook records by name in its settings ("kdf"): "minimum" is
// kdfParamsMinimum(), anything else kdfParamsStandard().
KdfParams kdfParamsNamed(std::string_view name);

} // namespace waymark
