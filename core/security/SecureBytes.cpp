#include "core/security/SecureBytes.h"

#include "core/platform/Process.h"

#include <sodium.h>

#include <new>

namespace waymark {

bool initialiseCrypto()
{
    // No core dumps from a process that may hold an unlocked casebook: this runs before every
    // create and unlock, for the GUI and the CLI alike (both also do it first thing in main).
    platform::hardenProcess();
    static const bool ok = sodium_init() >= 0;
    return ok;
}

SecureBytes::SecureBytes(std::size_t size)
    : m_size(size)
{
    initialiseCrypto();
    m_data = static_cast<std::uint8_t*>(sodium_malloc(size == 0 ? 1 : size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecureBytes::~SecureBytes()
{
    if (m_data) {
        sodium_memzero(m_data, m_size);
        sodium_free(m_data);
    }
}

void SecureBytes::wipe()
{
    sodium_memzero(m_data, m_size);
}

void wipeString(std::string& text)
{
    wipeMemory(text.data(), text.size());
}

void wipeMemory(void* data, std::size_t size)
{
    if (data != nullptr && size != 0)
        sodium_memzero(data, size);
}

bool SecureBytes::isZero() const
{
    return sodium_is_zero(m_data, m_size) == 1;
}

} // namespace waymark
