#pragma once

// Per-user Ed25519 signing keys and the casebook's authority key (docs/threat-model.md,
// "Signed roster and audit rows"). A signing key is a 32-byte random seed; its secret half
// never reaches the casebook in the clear: it is sealed (crypto_box_seal) to the X25519 public
// key of the owner's key slot, whose secret half only their password unwraps (core/security/
// Keyring.h). So the database key alone signs nothing.

#include "core/Error.h"
#include "core/security/SecureBytes.h"
#include "core/store/AuditLog.h"

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace waymark {

using PublicKey = std::array<std::uint8_t, 32>;
using Signature = std::array<std::uint8_t, 64>;

class SigningKey final : public AuditSigner
{
public:
    static std::unique_ptr<SigningKey> generate();
    // From a 32-byte seed (as opened from its seal); nullptr when the size is wrong.
    static std::unique_ptr<SigningKey> fromSeed(std::span<const std::uint8_t> seed);

    std::unique_ptr<SigningKey> clone() const; // for another connection of the same session
    PublicKey publicKey() const override { return m_public; }
    Signature sign(std::span<const std::uint8_t> message) const override;
    // The seed sealed to an X25519 public key (a key slot's), for its owner alone to open.
    std::vector<std::uint8_t> sealSeedTo(const PublicKey& slotPublicKey) const;

private:
    SigningKey();
    SecureBytes m_seed{32};
    SecureBytes m_secret{64};
    PublicKey m_public{};
};

// Opens a seed sealed to a key slot's X25519 key pair; nullptr when it does not open.
std::unique_ptr<SigningKey> openSealedSeed(std::span<const std::uint8_t> sealed, const PublicKey& slotPublicKey,
                                           const SecureBytes& slotSecretKey);

bool verifySignature(const PublicKey& key, std::span<const std::uint8_t> message, std::span<const std::uint8_t> sig);

} // namespace waymark
