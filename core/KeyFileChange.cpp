#include "core/KeyFileChange.h"

#include "core/security/Keyring.h"
#include "core/store/AtomicFile.h"
#include "core/store/MetaStore.h"

#include <charconv>
#include <string>
#include <system_error>

namespace waymark::keyfile {

namespace {

constexpr std::string_view kPendingSuffix = ".pending-";
constexpr std::string_view kGenerationKey = "keyring_generation";

std::function<void(std::string_view)>& hook()
{
    static std::function<void(std::string_view)> h;
    return h;
}

std::filesystem::path pendingPath(const std::filesystem::path& keyPath, std::uint64_t generation)
{
    auto p = keyPath;
    p += std::string(kPendingSuffix) + std::to_string(generation);
    return p;
}

} // namespace

void setStepHookForTests(std::function<void(std::string_view step)> h)
{
    hook() = std::move(h);
}

void stepReached(std::string_view step)
{
    if (hook())
        hook()(step);
}

Result<std::uint64_t> recordedGeneration(Database& db)
{
    auto value = MetaStore(db).find(kGenerationKey);
    if (!value)
        return std::unexpected(value.error());
    if (value->empty())
        return std::uint64_t{0};
    std::uint64_t n = 0;
    const auto [p, ec] = std::from_chars(value->data(), value->data() + value->size(), n);
    if (ec != std::errc() || p != value->data() + value->size())
        return fail(ErrorCode::Damaged, "the casebook's key file generation is not a number");
    return n;
}

std::vector<std::pair<std::uint64_t, std::filesystem::path>> pendingFiles(const std::filesystem::path& keyPath)
{
    std::vector<std::pair<std::uint64_t, std::filesystem::path>> out;
    std::error_code ec;
    const auto folder = keyPath.has_parent_path() ? keyPath.parent_path() : std::filesystem::path(".");
    const std::string prefix = keyPath.filename().string() + std::string(kPendingSuffix);
    for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.starts_with(prefix))
            continue;
        const std::string_view number = std::string_view(name).substr(prefix.size());
        std::uint64_t n = 0;
        const auto [p, err] = std::from_chars(number.data(), number.data() + number.size(), n);
        if (err == std::errc() && p == number.data() + number.size() && n > 0)
            out.emplace_back(n, it->path());
    }
    return out;
}

Status recover(Database& db, const std::filesystem::path& keyPath)
{
    const auto pending = pendingFiles(keyPath);
    if (pending.empty())
        return {};
    auto recorded = recordedGeneration(db);
    if (!recorded)
        return std::unexpected(recorded.error());
    for (const auto& [n, path] : pending) {
        std::error_code ec;
        if (n == *recorded) {
            // Committed, not yet in place: finish it.
            auto keyring = Keyring::load(path);
            if (!keyring || keyring->generation() != n) {
                std::filesystem::remove(path, ec);
                return fail(ErrorCode::Damaged,
                            "the casebook's key file change cannot be finished: its file is damaged");
            }
            if (auto st = promote(keyPath, n); !st)
                return st;
        } else {
            // Never committed (the writer stopped before its commit), or long superseded.
            std::filesystem::remove(path, ec);
        }
    }
    return {};
}

Result<Keyring> loadForChange(Database& db, const std::filesystem::path& keyPath)
{
    if (auto st = recover(db, keyPath); !st)
        return std::unexpected(st.error());
    return Keyring::load(keyPath);
}

Result<std::uint64_t> stage(Database& db, Keyring& keyring, const std::filesystem::path& keyPath)
{
    auto recorded = recordedGeneration(db);
    if (!recorded)
        return std::unexpected(recorded.error());
    const std::uint64_t next = std::max(*recorded, keyring.generation()) + 1;
    keyring.setGeneration(next);
    if (auto st = MetaStore(db).set(kGenerationKey, std::to_string(next)); !st)
        return std::unexpected(st.error());
    if (auto st = keyring.save(pendingPath(keyPath, next)); !st)
        return std::unexpected(st.error());
    stepReached("staged");
    return next;
}

Status promote(const std::filesystem::path& keyPath, std::uint64_t generation)
{
    stepReached("committed");
    const auto from = pendingPath(keyPath, generation);
    std::error_code ec;
    if (!std::filesystem::exists(from, ec))
        return {}; // promoted already, by the next change or sign-in
    if (auto st = renameDurably(from, keyPath); !st)
        return st;
    stepReached("promoted");
    return {};
}

} // namespace waymark::keyfile
