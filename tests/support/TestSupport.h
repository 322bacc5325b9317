#pragma once

// Shared helpers for Waymark tests: temporary folders, casebooks with fast key
// derivation, generated (fictional) people, and byte-level file helpers.

#include "core/Casebook.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace waymark::test {

inline constexpr const char* kUser = "coord";
inline constexpr const char* kPassword = "correct horse battery";

class TempDir
{
public:
    TempDir();
    bool isValid() const { return m_dir.isValid(); }
    std::filesystem::path path() const;
    std::filesystem::path file(const std::string& name) const { return path() / name; }

private:
    QTemporaryDir m_dir;
};

// A new casebook (KdfStrength::Minimum) at `path`, signed in as kUser/kPassword (coordinator).
// Aborts the test with QFAIL-style message if it cannot be created.
std::unique_ptr<Casebook> makeCasebook(const std::filesystem::path& path, const char* user = kUser,
                                       const char* password = kPassword, std::shared_ptr<const Clock> clock = {});

// The first column of the first row of `sql` as a number (e.g. a count); -1 if it fails.
std::int64_t scalar(Casebook& casebook, const std::string& sql);

// A valid fictional person (index varies the name and date of birth).
Person samplePerson(int index = 0);

QByteArray readFile(const std::filesystem::path& path);
QByteArray sha256(const std::filesystem::path& path);
void writeFile(const std::filesystem::path& path, const QByteArray& bytes);
// Every file below `dir` whose bytes contain `needle`.
std::vector<std::filesystem::path> filesContaining(const std::filesystem::path& dir, const QByteArray& needle);

} // namespace waymark::test
