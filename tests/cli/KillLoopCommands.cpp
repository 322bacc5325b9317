// The kill test's commands and their setup (tests/cli/KillLoopCommands.h).

#include "tests/cli/KillLoopCommands.h"

#include "tests/cli/CliRunner.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace waymark::test::killloop {

QMap<QString, QString> coordEnv()
{
    return {{QStringLiteral("WAYMARK_PASSWORD"), kCoordPassword}};
}

QString isoDate(int daysFromToday)
{
    return QDate::currentDate().addDays(daysFromToday).toString(Qt::ISODate);
}

QStringList leftovers(const std::filesystem::path& folder)
{
    QStringList found;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        for (const char* marker :
             {".tmp-", ".creating", ".pending-", ".compacting", ".partial", ".restoring", ".checking", ".rekeying"})
            if (name.find(marker) != std::string::npos)
                found << QString::fromStdString(name);
    }
    return found;
}

QString idOf(const QByteArray& out)
{
    const QJsonDocument doc = QJsonDocument::fromJson(out);
    if (doc.isObject())
        return doc.object().value(QStringLiteral("id")).toString();
    return QString::fromUtf8(out).trimmed();
}

std::optional<QJsonObject> findId(const QJsonValue& v, const QString& id)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("id")).toString() == id)
            return o;
        for (const auto& inner : o)
            if (auto found = findId(inner, id))
                return found;
    } else if (v.isArray()) {
        for (const auto& inner : v.toArray())
            if (auto found = findId(inner, id))
                return found;
    }
    return std::nullopt;
}

QString flat(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

Expect filled(Expect e, const QString& printed)
{
    if (e.id == kOut)
        e.id = printed;
    e.read.replaceInStrings(kOut, printed);
    return e;
}

bool needsOutput(const Expect& e)
{
    return e.id == kOut || e.read.contains(kOut);
}

QString Harness::prepare(const QStringList& args, const QByteArray& input)
{
    ++m_prepared;
    const CliRun r = runCli(as(kCoord, args), coordEnv(), input);
    if (r.exitCode != 0 && m_prepareFailed.isEmpty())
        m_prepareFailed = args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.describe();
    return r.exitCode == 0 ? idOf(r.out) : QString();
}

QString Harness::fresh(const QString& pool, const std::function<QString()>& make)
{
    QStringList& p = m_known.pools[pool];
    return p.isEmpty() ? make() : p.takeLast();
}

QString Harness::freshReferral(int n)
{
    return fresh(QStringLiteral("referral"), [&] {
        return prepare({"referral", "add", person(n), "--source", "police", "--route", "community_resolution",
                        "--received", isoDate(-7)});
    });
}

void Harness::acknowledge(const Step& s, const QByteArray& out)
{
    if (!s.personFamily.isEmpty())
        m_known.families.insert(s.personFamily);
    if (!s.personRef.isEmpty())
        m_known.phone[s.personRef] = s.personPhone;
    if (!s.user_.isEmpty())
        m_known.users[s.user_] = s.newUserPassword;
    if (s.workerPassword >= 0)
        m_known.workerPasswords = {s.workerPassword};
    if (!s.marker.isEmpty())
        m_known.markers[s.listArgs].insert(s.marker);
    for (const Expect& e : s.expects)
        m_known.expects.push_back(filled(e, idOf(out)));
    if (!s.pool.isEmpty())
        m_known.pools[s.pool] << (idOf(out) + QLatin1Char(' ') + s.poolTag).trimmed();
}

void Harness::maybe(const Step& s)
{
    if (s.workerPassword >= 0)
        m_known.workerPasswords.insert(s.workerPassword);
    if (!s.personRef.isEmpty())
        m_known.maybePhone[s.personRef].insert(s.personPhone);
}

namespace {

// A record type's add command and the list that must show it (the {person}, {n} and {marker}
// words filled in).
Make record(const QStringList& add, const QStringList& list)
{
    return [add, list](const Harness& h, int n, Step& s) {
        const QString marker = QStringLiteral("KL%1x%2").arg(n).arg(add.value(0));
        const auto fill = [&](QStringList words) {
            for (QString& w : words)
                w.replace(QStringLiteral("{person}"), h.person(n))
                    .replace(QStringLiteral("{n}"), QString::number(n))
                    .replace(QStringLiteral("{marker}"), marker);
            return words;
        };
        s.args = fill(add);
        s.listArgs = fill(list);
        s.marker = marker;
    };
}

// init or demo into a folder of its own.
void newCasebook(Harness& h, int n, Step& s, const char* kind)
{
    const auto folder = std::filesystem::path(h.m_fresh.toStdString()) /
                        QStringLiteral("%1-%2").arg(QLatin1String(kind)).arg(n).toStdString();
    std::filesystem::create_directories(folder);
    s.casebook = QString::fromStdString((folder / "new.waymark").string());
}

const QStringList kDomains = {"living_arrangements", "family_relationships",    "ete",
                              "neighbourhood",       "peers_lifestyle",         "substance_use",
                              "physical_health",     "emotional_mental_health", "speech_language_communication",
                              "exploitation_safety", "thinking_behaviour",      "attitudes_to_offending",
                              "motivation_to_change"};

} // namespace

const std::vector<Command> kCommands = {
    {"init",
     [](Harness& h, int n, Step& s) {
         newCasebook(h, n, s, "init");
         s.args = {"init", "--kdf", "minimum"};
     }},
    {"demo",
     [](Harness& h, int n, Step& s) {
         newCasebook(h, n, s, "demo");
         s.user.clear(); // the demo account, as `demo` makes it
         s.env.clear();
         s.demo = true;
         s.args = {"demo", "--scale", "small", "--kdf", "minimum"};
     }},
    {"person add",
     [](Harness&, int n, Step& s) {
         s.personFamily = QStringLiteral("Killtest-%1").arg(n);
         s.args = {"person", "add", "--given", "Alex", "--family", s.personFamily, "--dob", "2011-03-14"};
     }},
    {"person update",
     [](Harness& h, int n, Step& s) {
         s.personRef = h.person(n);
         s.personPhone = QStringLiteral("077009%1").arg(n % 100000, 5, 10, QLatin1Char('0'));
         s.args = {"person", "update", s.personRef, "--phone", s.personPhone};
     }},
    {"referral add",
     [](Harness& h, int n, Step& s) {
         const QString policeRef = QStringLiteral("KL/%1/26").arg(n);
         s.pool = QStringLiteral("referral");
         s.args = {"referral",     "add",     h.person(n),  "--source", "police", "--route", "community_resolution",
                   "--police-ref", policeRef, "--received", isoDate(-7)};
         // The reference it printed shows the referral, with the police reference given.
         s.expects.push_back({{"referral", "show", kOut}, {}, "police_reference", policeRef, std::nullopt});
     }},
    {"referral screen",
     [](Harness& h, int n, Step& s) {
         const QString ref = h.freshReferral(n);
         s.args = {"referral", "screen", ref};
         s.expects.push_back({{"referral", "show", ref}, {}, "state", "screening", QStringLiteral("received")});
     }},
    {"referral decide",
     [](Harness& h, int n, Step& s) {
         const QString ref = h.freshReferral(n);
         h.prepare({"referral", "screen", ref});
         s.args = {"referral", "decide", ref, "--decision", "accepted"};
         s.expects.push_back({{"referral", "show", ref}, {}, "state", "accepted", QStringLiteral("screening")});
     }},
    {"referral allocate",
     [](Harness& h, int n, Step& s) {
         const QString ref = h.freshReferral(n);
         s.args = {"referral", "allocate", ref, kWorker};
         s.expects.push_back({{"referral", "show", ref}, {}, "allocated_to", kAny, QString()});
     }},
    {"referral contact",
     [](Harness& h, int n, Step& s) {
         const QString ref = h.freshReferral(n);
         s.args = {"referral", "contact", ref, "--date", isoDate(-2)};
         s.expects.push_back({{"referral", "show", ref}, {}, "first_contact", isoDate(-2), QString()});
     }},
    {"assessment add",
     [](Harness& h, int n, Step& s) {
         s.args = QStringList{"--json", "assessment", "add", h.m_accepted};
         for (const QString& d : kDomains)
             s.args << "--rating" << QStringLiteral("%1=%2").arg(d).arg((n + d.size()) % 5);
         s.expects.push_back({{"assessment", "list", h.m_accepted}, kOut, {}, {}, std::nullopt});
     }},
    {"template publish",
     [](Harness&, int n, Step& s) {
         const QString name = QStringLiteral("KL template %1").arg(n);
         s.args = {"--json", "template", "publish", "kl", "--name", name, "--domain", "a=Alpha", "--domain", "b=Beta"};
         s.expects.push_back({{"template", "list"}, kOut, "name", name, std::nullopt});
     }},
    {"plan goal add",
     [](Harness& h, int n, Step& s) {
         const QString text = QStringLiteral("KL goal %1").arg(n);
         s.input = text.toUtf8() + '\n';
         s.args = {"--json", "plan", "goal", "add", h.m_accepted, "--domains", "ete", "--text-stdin"};
         s.expects.push_back({{"plan", "show", h.m_accepted}, kOut, "text", text, std::nullopt});
     }},
    {"intervention add",
     [](Harness& h, int, Step& s) {
         s.pool = QStringLiteral("intervention");
         s.args = {"--json", "intervention", "add", h.m_accepted, "--type", "mentoring", "--start", "2027-01-04"};
         s.expects.push_back({{"intervention", "list", h.m_accepted}, kOut, "status", "planned", std::nullopt});
     }},
    {"intervention update",
     [](Harness& h, int n, Step& s) {
         const QString id = h.fresh(QStringLiteral("intervention"), [&] {
             return h.prepare(
                 {"--json", "intervention", "add", h.m_accepted, "--type", "mentoring", "--start", "2027-01-04"});
         });
         const QString end = QStringLiteral("2027-03-%1").arg(1 + n % 28, 2, 10, QLatin1Char('0'));
         s.args = {"--json", "intervention", "update", id, "--end", end};
         s.expects.push_back({{"intervention", "list", h.m_accepted}, id, "planned_end", end, QString()});
     }},
    {"provider add",
     [](Harness&, int n, Step& s) {
         const QString name = QStringLiteral("KL provider %1").arg(n);
         s.pool = QStringLiteral("provider");
         s.args = {"--json", "provider", "add", "--name", name, "--kind", "charity"};
         s.expects.push_back({{"provider", "list"}, kOut, "name", name, std::nullopt});
     }},
    {"provider update",
     [](Harness& h, int n, Step& s) {
         const QString id = h.fresh(QStringLiteral("provider"), [&] {
             return h.prepare({"--json", "provider", "add", "--name",
                               QStringLiteral("KL provider p%1").arg(h.m_prepared), "--kind", "sport_club"});
         });
         const QString funding = QStringLiteral("KL grant %1").arg(n);
         s.args = {"--json", "provider", "update", id, "--funding", funding};
         s.expects.push_back({{"provider", "list"}, id, "funding_source", funding, QString()});
     }},
    {"session add",
     [](Harness& h, int, Step& s) {
         s.pool = QStringLiteral("session");
         s.args = {"--json", "session", "add", h.m_accepted, "--start", "2027-01-05 10:00", "--type", "phone"};
         s.expects.push_back({{"session", "list", "--referral", h.m_accepted, "--limit", "100000"},
                              kOut,
                              "type",
                              "phone",
                              std::nullopt});
     }},
    {"session update",
     [](Harness& h, int n, Step& s) {
         const QString id = h.fresh(QStringLiteral("session"), [&] {
             return h.prepare(
                 {"--json", "session", "add", h.m_accepted, "--start", "2027-01-05 10:00", "--type", "phone"});
         });
         const QString minutes = QString::number(30 + n % 29); // never the 60 it was made with
         s.args = {"--json", "session", "update", id, "--duration", minutes};
         s.expects.push_back({{"session", "list", "--referral", h.m_accepted, "--limit", "100000"},
                              id,
                              "duration_minutes",
                              minutes,
                              QStringLiteral("60")});
     }},
    // Note text and task titles come on stdin.
    {"note add",
     [](Harness& h, int n, Step& s) {
         record({"note", "add", "--person", "{person}"},
                {"note", "list", "--person", "{person}", "--limit", "200"})(h, n, s);
         s.input = s.marker.toUtf8() + '\n';
     }},
    {"task add",
     [](Harness& h, int n, Step& s) {
         record({"task", "add", "{person}", "--due", "2027-01-15"},
                {"task", "list", "--person", "{person}", "--when", "any", "--limit", "500"})(h, n, s);
         s.input = s.marker.toUtf8() + '\n';
         s.pool = QStringLiteral("task");
         s.poolTag = h.person(n);
     }},
    {"task done",
     [](Harness& h, int n, Step& s) {
         const QString entry = h.fresh(QStringLiteral("task"), [&] {
             return h.prepare({"task", "add", h.person(n), "--due", "2027-01-15"},
                              QStringLiteral("KL prepared task %1\n").arg(n).toUtf8()) +
                    QLatin1Char(' ') + h.person(n);
         });
         const QString id = entry.section(QLatin1Char(' '), 0, 0);
         const QString person = entry.section(QLatin1Char(' '), 1, 1);
         s.args = {"task", "done", id};
         s.expects.push_back({{"task", "list", "--person", person, "--when", "any", "--limit", "500"},
                              id,
                              "status",
                              "done",
                              QStringLiteral("open")});
     }},
    {"user add",
     [](Harness&, int n, Step& s) {
         s.user_ = QStringLiteral("worker%1").arg(n);
         s.newUserPassword = QStringLiteral("a quiet lane at dusk %1").arg(n);
         s.env.insert(QStringLiteral("WAYMARK_NEW_PASSWORD"), s.newUserPassword);
         s.args = {"user", "add", s.user_, "--role", "caseworker"};
     }},
    {"user passwd (reset)",
     [](Harness&, int n, Step& s) {
         s.workerPassword = n % 2;
         s.env.insert(QStringLiteral("WAYMARK_NEW_PASSWORD"), kWorkerPasswords[s.workerPassword]);
         s.args = {"user", "passwd", kWorker};
     }},
    {"user passwd (own)",
     [](Harness& h, int, Step& s) {
         const int now = *h.m_known.workerPasswords.begin(); // one known after every check
         s.workerPassword = 1 - now;
         s.user = kWorker;
         s.env = {{QStringLiteral("WAYMARK_PASSWORD"), kWorkerPasswords[now]},
                  {QStringLiteral("WAYMARK_NEW_PASSWORD"), kWorkerPasswords[s.workerPassword]}};
         s.args = {"user", "passwd"};
     }},
    {"compact", [](Harness&, int, Step& s) { s.args = {"compact"}; }},
    {"backup create",
     [](Harness& h, int, Step& s) {
         s.backup = true;
         s.args = {"backup", "create", "--to", h.m_backups};
     }},
    {"backup restore",
     [](Harness& h, int n, Step& s) {
         s.restore = true;
         s.input = QStringLiteral("kill test %1\n").arg(n).toUtf8();
         s.args = {"backup", "restore", h.m_restoreFrom};
     }},
    {"casebook rekey",
     [](Harness&, int n, Step& s) {
         s.rekey = true;
         s.args = {"casebook", "rekey", "--reason", QStringLiteral("kill test %1").arg(n)};
     }},
};

std::unique_ptr<QProcess> start(const Harness& h, const Step& s)
{
    auto process =
        s.input.isEmpty() ? test::startCli(h.argsOf(s), s.env) : test::startCliWithOpenInput(h.argsOf(s), s.env);
    if (!s.input.isEmpty()) {
        // Into the pipe now: QProcess otherwise sends it only from an event loop, and a kill
        // after a plain sleep would always find the command still waiting for its input.
        process->write(s.input);
        process->waitForBytesWritten(10000);
        process->closeWriteChannel();
    }
    return process;
}

Step makeStep(Harness& h, const Command& c, int n)
{
    Step s;
    s.env = coordEnv();
    c.make(h, n, s);
    return s;
}

QSet<QString> familiesIn(const Harness& h)
{
    const CliRun list = runCli(h.as(kCoord, {"--json", "person", "list", "--limit", "0"}), coordEnv());
    QSet<QString> families;
    for (const auto& v : list.json().array())
        families.insert(v.toObject().value(QStringLiteral("family_name")).toString());
    return families;
}

// A casebook with a caseworker (kim), a few people to update and an accepted referral, at `path`.
bool setUp(Harness& h)
{
    if (runCli(h.as(kCoord, {"init", "--kdf", "minimum"}), coordEnv()).exitCode != 0)
        return false;
    if (runCli(h.as(kCoord, {"user", "add", kWorker, "--role", "caseworker"}),
               {{QStringLiteral("WAYMARK_PASSWORD"), kCoordPassword},
                {QStringLiteral("WAYMARK_NEW_PASSWORD"), kWorkerPasswords[0]}})
            .exitCode != 0)
        return false;
    for (int i = 0; i < 5; ++i) {
        CliRun p =
            runCli(h.as(kCoord, {"person", "add", "--given", "Sam", "--family", QStringLiteral("Updatee-%1").arg(i),
                                 "--dob", QStringLiteral("2010-05-0%1").arg(i + 1)}),
                   coordEnv());
        if (p.exitCode != 0)
            return false;
        h.m_people << QString::fromUtf8(p.out).trimmed();
        h.m_known.families.insert(QStringLiteral("Updatee-%1").arg(i));
    }
    h.m_accepted = h.prepare({"referral", "add", h.person(0), "--source", "police", "--route", "community_resolution",
                              "--received", isoDate(-7), "--consent", "given"});
    h.prepare({"referral", "screen", h.m_accepted});
    h.prepare({"referral", "decide", h.m_accepted, "--decision", "accepted"});
    return h.m_prepareFailed.isEmpty();
}

// Makes the backup the restores bring back (outside the backup folder, so retention never
// prunes it) and remembers what it holds.
bool makeRestoreSource(Harness& h, const std::filesystem::path& folder)
{
    std::filesystem::create_directory(folder);
    const CliRun made = runCli(
        h.as(kCoord, {"--json", "backup", "create", "--to", QString::fromStdString(folder.string())}), coordEnv());
    if (made.exitCode != 0)
        return false;
    for (const auto& e : std::filesystem::directory_iterator(folder))
        if (e.path().extension() == ".waymark")
            h.m_restoreFrom = QString::fromStdString(e.path().string());
    // What the backup holds is the casebook as it is. Made again after each rekey, the source
    // is not always made from a quiet casebook: a killed `person add` may have committed without
    // being acknowledged (its family is in the backup), and a killed update may have left one of
    // the phones it might have (kept as possible after a restore too).
    h.m_atBackup = h.m_known;
    h.m_atBackup.families = familiesIn(h);
    return !h.m_restoreFrom.isEmpty();
}

} // namespace waymark::test::killloop
