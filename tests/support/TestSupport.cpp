#include "tests/support/TestSupport.h"

#include "core/store/ChangeLog.h"
#include "core/store/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

#include <map>

namespace waymark::test {

namespace {

// Each run of a test starts on a machine that has seen no casebook: CTest gives every test its
// own config folder (WAYMARK_CONFIG_DIR, under the build's test-tmp), and the audit anchors a
// previous run left there would make a fresh copy of a fixture look rolled back.
const bool g_freshConfig = [] {
    const QByteArray config = qgetenv("WAYMARK_CONFIG_DIR");
    const QByteArray tmp = qgetenv("WAYMARK_TEST_TMP");
    if (!config.isEmpty() && !tmp.isEmpty() && config.startsWith(tmp))
        QDir(QString::fromLocal8Bit(config)).removeRecursively();
    return true;
}();
QString tempRoot()
{
    const QByteArray fromEnv = qgetenv("WAYMARK_TEST_TMP");
    const QString root = fromEnv.isEmpty() ? QDir::tempPath() : QString::fromLocal8Bit(fromEnv);
    QDir().mkpath(root);
    return root + QStringLiteral("/waymark-XXXXXX");
}
} // namespace

TempDir::TempDir()
    : m_dir(tempRoot())
{}

std::filesystem::path TempDir::path() const
{
    return std::filesystem::path(m_dir.path().toStdString());
}

std::vector<LoggedValue> loggedValues(Database& db, std::int64_t afterRecord)
{
    std::map<std::int64_t, std::string> columns;
    {
        Statement st(db, "SELECT id, column_name FROM change_column");
        (void)st.forEachRow([&] { columns[st.integer(0)] = st.text(1); });
    }
    std::vector<LoggedValue> out;
    Statement st(db, "SELECT r.seq, s.seq, s.hlc, s.author, t.table_name, r.row_id, r.columns FROM change_record r "
                     "JOIN change_set s ON s.seq = r.set_seq JOIN change_column t ON t.id = r.table_id "
                     "WHERE r.seq > ? ORDER BY r.seq");
    st.bind(1, afterRecord);
    (void)st.forEachRow([&] {
        const auto bytes = st.blob(6);
        auto values = ChangeLog::decodeValues(bytes);
        if (!values) {
            qCritical("loggedValues: change record %lld is not readable", static_cast<long long>(st.integer(0)));
            return;
        }
        for (auto& [column, value] : *values)
            out.push_back(LoggedValue{st.integer(0), st.integer(1), st.text(2), st.blob(3), st.text(4), st.blob(5),
                                      columns[column], std::move(value)});
    });
    return out;
}

std::unique_ptr<Casebook> makeCasebook(const std::filesystem::path& path, const char* user, const char* password,
                                       std::shared_ptr<const Clock> clock)
{
    CreateOptions options;
    options.kdf = KdfStrength::Minimum;
    options.displayName = "Test Coordinator";
    auto cb = Casebook::create(path, user, password, options, std::move(clock));
    if (!cb) {
        qCritical("makeCasebook: %s", describe(cb.error()).c_str());
        return nullptr;
    }
    return std::move(*cb);
}

std::int64_t scalar(Casebook& casebook, const std::string& sql)
{
    Statement st(casebook.database(), sql);
    auto row = st.step();
    return row && *row ? st.integer(0) : -1;
}

std::chrono::system_clock::time_point noonUtc(int y, int m, int d)
{
    using namespace std::chrono;
    return sys_days{year{y} / month{static_cast<unsigned>(m)} / day{static_cast<unsigned>(d)}} + hours{12};
}

Date ymd(int y, int m, int d)
{
    return Date::fromYmd(y, m, d).value();
}

Person samplePerson(int index)
{
    static const char* given[] = {"Ffion", "Kai", "Amara", "Tomasz", "Zoë", "Rhys", "Leila", "Owain", "Maya", "Jayden"};
    static const char* family[] = {"Testwell",  "Sampleton", "Exampleby", "Mockford", "Fixturer",
                                   "Placeholt", "Dummery",   "Trialson",  "Specimen", "Probert-Test"};
    Person p;
    p.givenName = given[index % 10];
    p.familyName = family[(index / 10) % 10];
    if (index >= 100)
        p.familyName += std::to_string(index / 100);
    p.dateOfBirth = Date::fromYmd(2010 + index % 5, 1 + index % 12, 1 + index % 28).value();
    p.sex = index % 2 ? "male" : "female";
    p.ethnicity = "not_stated";
    p.postcode = "CF10 1AA";
    return p;
}

QByteArray readFile(const std::filesystem::path& path)
{
    QFile f(QString::fromStdString(path.string()));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray sha256(const std::filesystem::path& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

void writeFile(const std::filesystem::path& path, const QByteArray& bytes)
{
    QFile f(QString::fromStdString(path.string()));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
}

std::vector<std::filesystem::path> filesContaining(const std::filesystem::path& dir, const QByteArray& needle)
{
    std::vector<std::filesystem::path> hits;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
         it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (ec)
            break;
        if (it->is_regular_file(ec) && readFile(it->path()).contains(needle))
            hits.push_back(it->path());
    }
    return hits;
}

} // namespace waymark::test
