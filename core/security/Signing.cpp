#include "core/security/Signing.h"

#include <sodium.h>

namespace waymark {

SigningKey::SigningKey() = default;

std::unique_ptr<SigningKey> SigningKey::generate()
{
    initialiseCrypto();
    std::array<std::uint8_t, 32> seed{};
    randombytes_buf(seed.data(), seed.size());
    auto key = fromSeed(seed);
    sodium_memzero(seed.data(), seed.size());
    return key;
}

std::unique_ptr<SigningKey> SigningKey::fromSeed(std::span<const std::uint8_t> seed)
{
    if (seed.size() != crypto_sign_SEEDBYTES)
        return nullptr;
    std::unique_ptr<SigningKey> key(new SigningKey());
    std::copy(seed.begin(), seed.end(), key->m_seed.data());
    crypto_sign_seed_keypair(key->m_public.data(), key->m_secret.data(), key->m_seed.data());
    return key;
}

std::unique_ptr<SigningKey> SigningKey::clone() const
{
    return fromSeed(std::span<const std::uint8_t>(m_seed.data(), m_seed.size()));
}

Signature SigningKey::sign(std::span<const std::uint8_t> message) const
{
    Signature sig{};
    crypto_sign_detached(sig.data(), nullptr, message.data(), message.size(), m_secret.data());
    return sig;
}

std::vector<std::uint8_t> SigningKey::sealSeedTo(const PublicKey& slotPublicKey) const
{
    std::vector<std::uint8_t> sealed(m_seed.size() + crypto_box_SEALBYTES);
    crypto_box_seal(sealed.data(), m_seed.data(), m_seed.size(), slotPublicKey.data());
    return sealed;
}

std::unique_ptr<SigningKey> openSealedSeed(std::span<const std::uint8_t> sealed, const PublicKey& slotPublicKey,
                                           const SecureBytes& slotSecretKey)
{
    if (sealed.size() != crypto_sign_SEEDBYTES + crypto_box_SEALBYTES ||
        slotSecretKey.size() != crypto_box_SECRETKEYBYTES)
        return nullptr;
    SecureBytes seed(crypto_sign_SEEDBYTES);
    if (crypto_box_seal_open(seed.data(), sealed.data(), sealed.size(), slotPublicKey.data(), slotSecretKey.data()) !=
        0)
        return nullptr;
    return SigningKey::fromSeed(std::span<const std::uint8_t>(seed.data(), seed.size()));
}

bool verifySignature(const PublicKey& key, std::span<const std::uint8_t> message, std::span<const std::uint8_t> sig)
{
    return sig.size() == crypto_sign_BYTES &&
           crypto_sign_verify_detached(sig.data(), message.data(), message.size(), key.data()) == 0;
}

} // namespace waymark
