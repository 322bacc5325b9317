#pragma once

// The kill test's commands (tests/cli/TestKillLoop.cpp): the steps it runs — kCommands, every
// command that writes — what each acknowledges (an Expect: the read that must show the record,
// by the id it printed, and the field it set), the Harness that prepares them and remembers
// what the casebook holds, and the setup of the casebook they run against.
//
// Adding a command is one entry in kCommands (KillLoopCommands.cpp).

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QProcess;

namespace waymark::test::killloop {

inline const QString kCoord = QStringLiteral("coord");
inline const QString kCoordPassword = QStringLiteral("correct horse battery staple");
inline const QString kWorker = QStringLiteral("kim");
// The two passwords kim's is changed to, alternately (by a coordinator's reset or by herself).
inline const QString kWorkerPasswords[2] = {QStringLiteral("kestrel over the moor"),
                                            QStringLiteral("heron by the weir")};
// A demo casebook's own account (core/demo/DemoGenerator.h).
inline const QString kDemoUser = QStringLiteral("demo");
inline const QString kDemoPassword = QStringLiteral("sample-password-2026");
// Expect::id: the id the command printed; Expect::value: anything but empty.
inline const QString kOut = QStringLiteral("{out}");
inline const QString kAny = QStringLiteral("{any}");

QMap<QString, QString> coordEnv();
QString isoDate(int daysFromToday);

// Leftovers a finished or recovered command must not leave: temporary files of atomic writes,
// half-made casebooks and copies, staged restores, key-file changes not yet finished after a
// sign-in.
QStringList leftovers(const std::filesystem::path& folder);

// What a command printed: the id of the record in its JSON, or its one line (a reference).
QString idOf(const QByteArray& out);
// The object whose "id" is `id` anywhere in `v` (lists, nested goals...).
std::optional<QJsonObject> findId(const QJsonValue& v, const QString& id);
// A JSON scalar as text ("" for anything else).
QString flat(const QJsonValue& v);

// One thing an acknowledged command wrote: the read (run with --json as the coordinator) must
// show the object with `id` (or the read's own object when empty) and, with `field`, `value`.
struct Expect
{
    QStringList read;
    QString id;
    QString field;
    QString value;
    std::optional<QString> before; // killed: the field may still hold this (or the new value)
};

// `e` with kOut (in its id or its read) replaced by what the command printed.
Expect filled(Expect e, const QString& printed);
bool needsOutput(const Expect& e);

// One run of a command: what it is, and what it acknowledges when it exits 0.
struct Step
{
    QStringList args; // after --casebook/--user
    QMap<QString, QString> env;
    QByteArray input;        // standard input (text of notes and tasks, a restore's reason...)
    QString user = kCoord;   // who runs it; empty: no --user (demo's own account)
    QString casebook;        // init, demo: a new casebook of their own
    bool demo = false;       // demo: the new casebook is the demo account's
    QString personFamily;    // person add: its unique family name
    QString personRef;       // person update: which person
    QString personPhone;     // person update: the phone written
    QString user_;           // user add
    QString newUserPassword; // user add
    int workerPassword = -1; // kim's password change: index into kWorkerPasswords
    QString marker;          // record(): the text its list must show
    QStringList listArgs;    // record(): the list command
    std::vector<Expect> expects;
    QString pool;         // acknowledged: the id it printed joins this pool of untouched records
    QString poolTag;      // kept with it (a task's person)
    bool backup = false;  // backup create: the list of backups is not empty
    bool restore = false; // backup restore: the casebook is the backup's or as it was
    bool rekey = false;   // casebook rekey: backups made before it are of the old key
};

// What the casebook holds as far as the loop knows.
struct Known
{
    QSet<QString> families;
    std::map<QString, QString> phone;             // acknowledged phone of each person
    std::map<QString, QSet<QString>> maybePhone;  // phones a killed update may have left
    std::map<QString, QString> users;             // acknowledged user -> password
    std::map<QStringList, QSet<QString>> markers; // list command -> markers it must show
    QSet<int> workerPasswords{0};
    std::vector<Expect> expects;          // acknowledged writes (ids filled in)
    std::map<QString, QStringList> pools; // untouched records ("id tag") a later step may change
};

class Harness
{
public:
    explicit Harness(const std::filesystem::path& casebook)
        : m_path(QString::fromStdString(casebook.string()))
    {}

    QStringList as(const QString& user, const QStringList& args) const
    {
        return QStringList{QStringLiteral("--casebook"), m_path, QStringLiteral("--user"), user} + args;
    }
    QStringList argsOf(const Step& s) const
    {
        QStringList a{QStringLiteral("--casebook"), s.casebook.isEmpty() ? m_path : s.casebook};
        if (!s.user.isEmpty())
            a << QStringLiteral("--user") << s.user;
        return a + s.args;
    }
    QString person(int n) const { return m_people.isEmpty() ? QString() : m_people.value(n % m_people.size()); }

    // An unkilled run (as the coordinator) making what a step then changes: what it printed.
    QString prepare(const QStringList& args, const QByteArray& input = {});
    // An untouched record from `pool` (made by an acknowledged add), or a new one.
    QString fresh(const QString& pool, const std::function<QString()>& make);
    QString freshReferral(int n);

    void acknowledge(const Step& s, const QByteArray& out);
    // A killed command may or may not have landed: both outcomes stay possible until checked.
    void maybe(const Step& s);

    QString m_path;
    QStringList m_people;  // case references to update
    QString m_accepted;    // an accepted referral (made before the restore source: every restore keeps it)
    QString m_backups;     // the backup folder
    QString m_restoreFrom; // the backup the restores bring back
    QString m_fresh;       // the folder new casebooks (init, demo) go into, one folder each
    Known m_known;
    Known m_atBackup; // what m_restoreFrom holds
    int m_prepared = 0;
    QString m_prepareFailed;
};

using Make = std::function<void(Harness&, int n, Step&)>;

struct Command
{
    const char* name;
    Make make;
};

// The commands the loop runs, every one that writes.
extern const std::vector<Command> kCommands;

// Starts a step's command (its input written and closed).
std::unique_ptr<QProcess> start(const Harness& h, const Step& s);
Step makeStep(Harness& h, const Command& c, int n);
// The family names of everyone in the casebook.
QSet<QString> familiesIn(const Harness& h);

// A casebook with a caseworker (kim), a few people to update and an accepted referral, at `path`.
bool setUp(Harness& h);
// Makes the backup the restores bring back (outside the backup folder, so retention never
// prunes it) and remembers what it holds.
bool makeRestoreSource(Harness& h, const std::filesystem::path& folder);

} // namespace waymark::test::killloop
