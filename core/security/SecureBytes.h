#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace waymark {

// Key material in locked memory (sodium_malloc: mlock'd, guard pages, never swapped where
// the OS allows), wiped on destruction and on wipe().
class SecureBytes
{
public:
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    std::uint8_t* data() { return m_data; }
    const std::uint8_t* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    void wipe();
    bool isZero() const;

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

// Overwrites a string's characters (e.g. a password once it has been used) so they do not
// linger in freed memory; the string keeps its length.
void wipeString(std::string& text);
void wipeMemory(void* data, std::size_t size);

// Initialises libsodium once and turns off core dumps for the process; false if libsodium
// cannot start (the program must then refuse to run).
bool initialiseCrypto();

} // namespace waymark
