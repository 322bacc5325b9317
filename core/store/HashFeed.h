#pragma once

#include <sodium/crypto_generichash.h>

#include <cstdint>
#include <span>

namespace waymark::hashfeed {

// How Waymark's BLAKE2b digests over rows take their fields (the change digest, ChangeDigest.h,
// and the audit rows' digest a checkpoint keeps, AuditLog.h): a number as 8 bytes, least
// significant first; bytes after their length as such a number, so no two different
// sequences of fields feed the same bytes.
void number(crypto_generichash_state& st, std::int64_t value);
void bytes(crypto_generichash_state& st, std::span<const std::uint8_t> bytes);

} // namespace waymark::hashfeed
