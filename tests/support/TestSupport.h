#pragma once

// Shared helpers for Waymark tests: temporary folders, casebooks with fast key
// derivation, generated (fictional) people, and byte-level file helpers.

#include "core/Casebook.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace waymark {
class Database;
}

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

// One value of the change log, flattened: the mutation's clock and author, the record's
// table and id, the column and its new value (nullopt: cleared). `record` is change_record.seq.
struct LoggedValue
{
    std::int64_t record = 0;
    std::int64_t set = 0;
    std::string hlc;
    std::vector<std::uint8_t> author;
    std::string table;
    std::vector<std::uint8_t> rowId;
    std::string column;
    std::optional<std::string> value;
};
// Every value logged after change_record seq `afterRecord`, in log order.
std::vector<LoggedValue> loggedValues(Database& db, std::int64_t afterRecord = 0);

// A valid fictional person (index varies the name and date of birth).
Person samplePerson(int index = 0);

// Noon UTC on a day (for a FixedClock), and a Date, from year, month and day.
std::chrono::system_clock::time_point noonUtc(int y, int m, int d);
Date ymd(int y, int m, int d);

QByteArray readFile(const std::filesystem::path& path);
QByteArray sha256(const std::filesystem::path& path);
void writeFile(const std::filesystem::path& path, const QByteArray& bytes);
// Every file below `dir` whose bytes contain `needle`.
std::vector<std::filesystem::path> filesContaining(const std::filesystem::path& dir, const QByteArray& needle);

} // namespace waymark::test
