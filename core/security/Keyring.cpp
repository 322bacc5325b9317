#include "core/security/Keyring.h"

#include "core/Text.h"
#include "core/security/SecureBytes.h"
#include "core/store/AtomicFile.h"

#include <sodium.h>

#include <charconv>
#include <cstring>
#include <sstream>

namespace waymark {

namespace {

constexpr std::string_view kMagic = "waymark-keys 2";
constexpr std::string_view kMagicFormat1 = "waymark-keys 1";

std::string slotAssociatedData(const std::array<std::uint8_t, 16>& tag, const KdfParams& p)
{
    return "waymark-slot-v1|" + text::toHex(tag.data(), tag.size()) + "|" + std::to_string(p.opslimit) + "|" +
           std::to_string(p.memlimit);
}

// Format 2 binds the public key too: a slot's halves cannot be swapped for another's.
std::string slotAssociatedData(const std::array<std::uint8_t, 16>& tag, const KdfParams& p,
                               const std::array<std::uint8_t, 32>& publicKey)
{
    return "waymark-slot-v2|" + text::toHex(tag.data(), tag.size()) + "|" + std::to_string(p.opslimit) + "|" +
           std::to_string(p.memlimit) + "|" + text::toHex(publicKey.data(), publicKey.size());
}

// A slot with a bound authority key authenticates it too: changing it in the file makes the
// slot fail to open, like a wrong password.
std::string slotAssociatedData(const std::array<std::uint8_t, 16>& tag, const KdfParams& p,
                               const std::array<std::uint8_t, 32>& publicKey,
                               const std::optional<std::array<std::uint8_t, 32>>& authority)
{
    if (!authority)
        return slotAssociatedData(tag, p, publicKey);
    return "waymark-slot-v3|" + text::toHex(tag.data(), tag.size()) + "|" + std::to_string(p.opslimit) + "|" +
           std::to_string(p.memlimit) + "|" + text::toHex(publicKey.data(), publicKey.size()) + "|" +
           text::toHex(authority->data(), authority->size());
}

std::vector<std::uint8_t> sealTo(const SecureBytes& databaseKey, const std::array<std::uint8_t, 32>& publicKey)
{
    std::vector<std::uint8_t> sealed(databaseKey.size() + crypto_box_SEALBYTES);
    crypto_box_seal(sealed.data(), databaseKey.data(), databaseKey.size(), publicKey.data());
    return sealed;
}

template <std::size_t N> bool decodeInto(std::string_view b64, std::array<std::uint8_t, N>& out)
{
    const auto bytes = text::fromBase64(b64);
    if (!bytes || bytes->size() != N)
        return false;
    std::memcpy(out.data(), bytes->data(), N);
    return true;
}

template <typename T> bool parseNumber(std::string_view s, T& out)
{
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

std::string checksum(std::string_view body)
{
    std::array<std::uint8_t, 32> h{};
    crypto_generichash(h.data(), h.size(), reinterpret_cast<const unsigned char*>(body.data()), body.size(), nullptr,
                       0);
    return text::toHex(h.data(), h.size());
}

Result<std::unique_ptr<SecureBytes>> deriveWrappingKey(std::string_view password,
                                                       const std::array<std::uint8_t, 16>& salt, const KdfParams& p)
{
    auto key = std::make_unique<SecureBytes>(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(key->data(), key->size(), password.data(), password.size(), salt.data(), p.opslimit, p.memlimit,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return fail(ErrorCode::Internal, "Argon2id failed (out of memory?)");
    return key;
}

} // namespace

KdfParams kdfParamsStandard()
{
    // ~0.5-1 s on a laptop; measured figures in docs/storage.md.
    return KdfParams{3, 256u * 1024u * 1024u}; // = libsodium MODERATE
}

KdfParams kdfParamsMinimum()
{
    return KdfParams{2, 19u * 1024u * 1024u};
}

KdfParams kdfParamsNamed(std::string_view name)
{
    return name == "minimum" ? kdfParamsMinimum() : kdfParamsStandard();
}

Keyring Keyring::createNew()
{
    initialiseCrypto();
    Keyring k;
    randombytes_buf(k.m_fileSalt.data(), k.m_fileSalt.size());
    return k;
}

std::array<std::uint8_t, 16> Keyring::userTag(std::string_view username) const
{
    std::array<std::uint8_t, 16> tag{};
    crypto_generichash(tag.data(), tag.size(), reinterpret_cast<const unsigned char*>(username.data()), username.size(),
                       m_fileSalt.data(), m_fileSalt.size());
    return tag;
}

const Keyring::Slot* Keyring::findSlot(std::string_view username) const
{
    const auto tag = userTag(username);
    for (const auto& s : m_slots)
        if (sodium_memcmp(s.userTag.data(), tag.data(), tag.size()) == 0)
            return &s;
    return nullptr;
}

std::string Keyring::accountTag(std::string_view username) const
{
    const auto tag = userTag(username);
    return text::toHex(tag.data(), tag.size());
}

bool Keyring::removeSlot(std::string_view username)
{
    const auto tag = userTag(username);
    for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
        if (it->userTag == tag) {
            m_slots.erase(it);
            return true;
        }
    }
    return false;
}

Status Keyring::setSlot(std::string_view username, std::string_view password, const SecureBytes& databaseKey,
                        const KdfParams& params, const std::optional<std::array<std::uint8_t, 32>>& authority)
{
    Slot slot;
    slot.userTag = userTag(username);
    slot.params = params;
    randombytes_buf(slot.salt.data(), slot.salt.size());
    randombytes_buf(slot.nonce.data(), slot.nonce.size());
    auto wrapKey = deriveWrappingKey(password, slot.salt, params);
    if (!wrapKey)
        return std::unexpected(wrapKey.error());
    // The user's own key pair: the secret half under the password, the database key sealed
    // to the public half (so a rekey can seal a new one without the password).
    std::array<std::uint8_t, crypto_box_PUBLICKEYBYTES> publicKey{};
    SecureBytes secretKey(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(publicKey.data(), secretKey.data());
    slot.publicKey = publicKey;
    slot.authority = authority;
    const std::string ad = slotAssociatedData(slot.userTag, params, publicKey, authority);
    slot.wrapped.resize(secretKey.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long len = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(slot.wrapped.data(), &len, secretKey.data(), secretKey.size(),
                                               reinterpret_cast<const unsigned char*>(ad.data()), ad.size(), nullptr,
                                               slot.nonce.data(), (*wrapKey)->data());
    slot.wrapped.resize(len);
    slot.sealedKey = sealTo(databaseKey, publicKey);
    removeSlot(username);
    m_slots.push_back(std::move(slot));
    return {};
}

std::size_t Keyring::passwordOnlySlotCount() const
{
    std::size_t n = 0;
    for (const auto& s : m_slots)
        if (!s.publicKey)
            ++n;
    return n;
}

Status Keyring::resealAll(const SecureBytes& databaseKey)
{
    if (passwordOnlySlotCount() > 0) {
        auto e = Error::make(ErrorCode::InvalidInput,
                             std::to_string(passwordOnlySlotCount()) +
                                 " account(s) still have a key slot of the old format: each must set a new password "
                                 "(or have it reset) before the casebook can be rekeyed");
        e.rule = "old_slots";
        return std::unexpected(std::move(e));
    }
    for (auto& s : m_slots)
        s.sealedKey = sealTo(databaseKey, *s.publicKey);
    return {};
}

std::optional<std::array<std::uint8_t, 32>> Keyring::slotPublicKey(std::string_view username) const
{
    const Slot* slot = findSlot(username);
    if (!slot)
        return std::nullopt;
    return slot->publicKey;
}

Result<std::unique_ptr<SecureBytes>> Keyring::unlock(std::string_view username, std::string_view password) const
{
    auto unlocked = unlockSlot(username, password);
    if (!unlocked)
        return std::unexpected(unlocked.error());
    return std::move(unlocked->databaseKey);
}

Result<Keyring::Unlocked> Keyring::unlockSlot(std::string_view username, std::string_view password) const
{
    const Slot* slot = findSlot(username);
    if (!slot) {
        // Spend the same effort as a real attempt, so timing does not reveal which names exist.
        std::array<std::uint8_t, 16> salt{};
        (void)deriveWrappingKey(password, salt, m_slots.empty() ? kdfParamsMinimum() : m_slots.front().params);
        return fail(ErrorCode::WrongCredentials, "wrong user name or password");
    }
    auto wrapKey = deriveWrappingKey(password, slot->salt, slot->params);
    if (!wrapKey)
        return std::unexpected(wrapKey.error());
    auto key = std::make_unique<SecureBytes>(kKeySize);
    if (slot->publicKey) {
        if (slot->wrapped.size() != crypto_box_SECRETKEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES ||
            slot->sealedKey.size() != kKeySize + crypto_box_SEALBYTES)
            return fail(ErrorCode::Damaged, "key slot has the wrong size");
        const std::string ad = slotAssociatedData(slot->userTag, slot->params, *slot->publicKey, slot->authority);
        SecureBytes secretKey(crypto_box_SECRETKEYBYTES);
        unsigned long long len = 0;
        if (crypto_aead_xchacha20poly1305_ietf_decrypt(secretKey.data(), &len, nullptr, slot->wrapped.data(),
                                                       slot->wrapped.size(),
                                                       reinterpret_cast<const unsigned char*>(ad.data()), ad.size(),
                                                       slot->nonce.data(), (*wrapKey)->data()) != 0)
            return fail(ErrorCode::WrongCredentials, "wrong user name or password");
        if (crypto_box_seal_open(key->data(), slot->sealedKey.data(), slot->sealedKey.size(), slot->publicKey->data(),
                                 secretKey.data()) != 0)
            return fail(ErrorCode::Damaged, "the casebook's key file is damaged (a key slot does not open)");
        Unlocked out;
        out.databaseKey = std::move(key);
        out.slotSecretKey = std::make_unique<SecureBytes>(crypto_box_SECRETKEYBYTES);
        std::copy(secretKey.data(), secretKey.data() + secretKey.size(), out.slotSecretKey->data());
        out.slotPublicKey = *slot->publicKey;
        out.authority = slot->authority;
        return out;
    }
    if (slot->wrapped.size() != kKeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return fail(ErrorCode::Damaged, "key slot has the wrong size");
    const std::string ad = slotAssociatedData(slot->userTag, slot->params);
    unsigned long long len = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            key->data(), &len, nullptr, slot->wrapped.data(), slot->wrapped.size(),
            reinterpret_cast<const unsigned char*>(ad.data()), ad.size(), slot->nonce.data(), (*wrapKey)->data()) != 0)
        return fail(ErrorCode::WrongCredentials, "wrong user name or password");
    Unlocked out;
    out.databaseKey = std::move(key);
    return out;
}

Status Keyring::save(const std::filesystem::path& path) const
{
    std::ostringstream body;
    body << kMagic << '\n';
    body << "salt " << text::toBase64(m_fileSalt.data(), m_fileSalt.size()) << '\n';
    body << "events " << text::toBase64(m_eventPublicKey.data(), m_eventPublicKey.size()) << '\n';
    if (m_databaseSalt)
        body << "database " << text::toBase64(m_databaseSalt->data(), m_databaseSalt->size()) << '\n';
    if (m_generation > 0)
        body << "generation " << m_generation << '\n';
    for (const auto& s : m_slots) {
        body << "slot " << text::toBase64(s.userTag.data(), s.userTag.size()) << ' ' << s.params.opslimit << ' '
             << s.params.memlimit << ' ' << text::toBase64(s.salt.data(), s.salt.size()) << ' '
             << text::toBase64(s.nonce.data(), s.nonce.size()) << ' '
             << text::toBase64(s.wrapped.data(), s.wrapped.size());
        if (s.publicKey)
            body << ' ' << text::toBase64(s.publicKey->data(), s.publicKey->size()) << ' '
                 << text::toBase64(s.sealedKey.data(), s.sealedKey.size());
        if (s.publicKey && s.authority)
            body << ' ' << text::toBase64(s.authority->data(), s.authority->size());
        body << '\n';
    }
    std::string content = body.str();
    content += "check " + checksum(content) + '\n';
    return writeFileAtomically(path, content);
}

Result<Keyring> Keyring::load(const std::filesystem::path& path)
{
    initialiseCrypto();
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return fail(ErrorCode::NotFound, "the casebook's key file is missing");
    auto content = readWholeFile(path);
    if (!content)
        return std::unexpected(content.error());
    const auto damaged = [] { return fail(ErrorCode::Damaged, "the casebook's key file is damaged"); };

    const auto checkPos = content->rfind("check ");
    if (checkPos == std::string::npos || (checkPos > 0 && (*content)[checkPos - 1] != '\n'))
        return damaged();
    const std::string body = content->substr(0, checkPos);
    const std::string stored = text::trim(std::string_view(*content).substr(checkPos + 6));
    if (stored != checksum(body))
        return damaged();

    Keyring k;
    const auto lines = text::split(body, '\n');
    if (lines.empty() || (lines[0] != kMagic && lines[0] != kMagicFormat1))
        return damaged();
    const bool format1 = lines[0] == kMagicFormat1;
    bool haveSalt = false;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const auto& line = lines[i];
        if (line.empty())
            continue;
        const auto f = text::split(line, ' ');
        if (f[0] == "salt" && f.size() == 2) {
            haveSalt = decodeInto(f[1], k.m_fileSalt);
            if (!haveSalt)
                return damaged();
        } else if (f[0] == "events" && f.size() == 2) {
            if (!decodeInto(f[1], k.m_eventPublicKey))
                return damaged();
        } else if (f[0] == "database" && f.size() == 2) {
            std::array<std::uint8_t, 16> salt{};
            if (!decodeInto(f[1], salt))
                return damaged();
            k.m_databaseSalt = salt;
        } else if (f[0] == "generation" && f.size() == 2) {
            if (!parseNumber(f[1], k.m_generation) || k.m_generation == 0)
                return damaged();
        } else if (f[0] == "slot" && (f.size() == 7 || ((f.size() == 9 || f.size() == 10) && !format1))) {
            Slot s;
            auto wrapped = text::fromBase64(f[6]);
            if (f.size() == 10) {
                std::array<std::uint8_t, 32> authority{};
                if (!decodeInto(f[9], authority))
                    return damaged();
                s.authority = authority;
            }
            if (f.size() >= 9) {
                std::array<std::uint8_t, 32> publicKey{};
                auto sealed = text::fromBase64(f[8]);
                if (!decodeInto(f[7], publicKey) || !sealed)
                    return damaged();
                s.publicKey = publicKey;
                s.sealedKey = std::move(*sealed);
            }
            if (!decodeInto(f[1], s.userTag) || !parseNumber(f[2], s.params.opslimit) ||
                !parseNumber(f[3], s.params.memlimit) || !decodeInto(f[4], s.salt) || !decodeInto(f[5], s.nonce) ||
                !wrapped)
                return damaged();
            if (s.params.opslimit < crypto_pwhash_OPSLIMIT_MIN || s.params.memlimit < crypto_pwhash_MEMLIMIT_MIN)
                return damaged();
            s.wrapped = std::move(*wrapped);
            k.m_slots.push_back(std::move(s));
        } else {
            return damaged();
        }
    }
    if (!haveSalt)
        return damaged();
    return k;
}

} // namespace waymark
