#include "tests/support/TestSupport.h"

#include <QDir>
#include <QTest>

#include <chrono>

using namespace waymark;

// S1: plant marker strings through the door, then scan every file in the casebook folder
// and the temp dir: 0 hits.
class TestNoPlaintext : public QObject
{
    Q_OBJECT

private slots:
    void markersNeverReachTheDisk()
    {
        const auto started = std::filesystem::file_time_type::clock::now() - std::chrono::seconds(2);
        test::TempDir dir;
        const auto path = dir.file("s1.waymark");
        std::vector<QByteArray> markers;
        const auto marker = [&](int i) {
            QByteArray m = "Zqmarker" + QByteArray::number(i) + "x";
            markers.push_back(m);
            return m.toStdString();
        };
        std::size_t filesScanned = 0;
        int hits = 0;
        const auto scan = [&] {
            for (const auto& folder : {dir.path(), std::filesystem::path(QDir::tempPath().toStdString())}) {
                std::error_code ec;
                for (auto it = std::filesystem::recursive_directory_iterator(
                         folder, std::filesystem::directory_options::skip_permission_denied, ec);
                     it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
                    if (ec)
                        break;
                    if (!it->is_regular_file(ec) || it->file_size(ec) > 512u * 1024 * 1024)
                        continue;
                    // In the shared temp dir, only what appeared or changed while this test ran.
                    if (folder != dir.path() && it->last_write_time(ec) < started)
                        continue;
                    const QByteArray bytes = test::readFile(it->path());
                    ++filesScanned;
                    for (const auto& m : markers)
                        if (bytes.contains(m)) {
                            ++hits;
                            qWarning("marker %s found in %s", m.constData(), it->path().c_str());
                        }
                }
            }
        };
        {
            auto cb = test::makeCasebook(path);
            QVERIFY(cb);
            for (int i = 0; i < 20; ++i) {
                Person p = test::samplePerson(i);
                p.givenName = marker(i * 10 + 1);
                p.familyName = marker(i * 10 + 2);
                p.preferredName = marker(i * 10 + 3);
                p.aliases = {marker(i * 10 + 4)};
                p.address = marker(i * 10 + 5) + " Street";
                p.school = marker(i * 10 + 6);
                p.contacts.push_back(
                    Contact{{}, marker(i * 10 + 7), "mother", "07700 900" + std::to_string(100 + i), true});
                auto created = cb->people().create(p);
                QVERIFY2(created, created ? "" : describe(created.error()).c_str());
                auto viewed = cb->people().view(created->person.id);
                QVERIFY(viewed);
                viewed->genderIdentity = marker(i * 10 + 8);
                QVERIFY(cb->people().update(*viewed));
                QVERIFY(cb->people().search(markers.back().toStdString()));
            }
            scan(); // while open: database, WAL and its index
            QVERIFY(std::filesystem::exists(path.string() + "-wal"));
        }
        scan(); // after locking
        QCOMPARE(hits, 0);
        QVERIFY(!test::readFile(path).startsWith("SQLite format 3"));
        qInfo("S1: %zu markers planted, %zu files scanned (casebook folder + files written to the temp dir), %d hits",
              markers.size(), filesScanned, hits);
    }
};

QTEST_GUILESS_MAIN(TestNoPlaintext)
#include "TestNoPlaintext.moc"
