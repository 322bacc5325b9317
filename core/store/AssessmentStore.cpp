#include "core/store/AssessmentStore.h"

#include "core/Text.h"
#include "core/domain/Person.h"
#include "core/store/ChangeLog.h"
#include "core/store/Columns.h"
#include "core/store/Database.h"
#include "core/store/Visibility.h"

#include <algorithm>
#include <chrono>
#include <map>

namespace waymark {

namespace {

using columns::Column;
using columns::field;
using columns::Index;
using columns::Info;
using columns::Kind;
using columns::NamedRow;
using columns::Table;
using columns::Value;

constexpr int kSince = 8;

Info info(std::string_view name, Kind kind, bool required = false, bool logged = true)
{
    Info i;
    i.name = name;
    i.kind = kind;
    i.required = required;
    i.logged = logged;
    i.since = kSince;
    return i;
}

Index index(std::string_view name, std::string_view on)
{
    Index i;
    i.name = name;
    i.on = on;
    i.since = kSince;
    return i;
}

template <class R, auto Ref> Column<R> col(std::string_view name, Kind kind, bool required = false)
{
    return field<R, Ref>(info(name, kind, required));
}

// A template's domains in one column, one per line: "code<TAB>label". Codes are [a-z0-9_]
// and labels one line without control characters (validateTemplate), so neither can hold
// the separators.
std::string encodeDomains(const std::vector<TemplateDomain>& domains)
{
    std::string out;
    for (const auto& d : domains) {
        out += d.code;
        out += '\t';
        out += d.label;
        out += '\n';
    }
    return out;
}

std::vector<TemplateDomain> decodeDomains(std::string_view text)
{
    std::vector<TemplateDomain> out;
    for (const auto& line : text::split(text, '\n')) {
        if (line.empty())
            continue;
        const auto tab = line.find('\t');
        TemplateDomain d;
        d.code = line.substr(0, tab);
        if (tab != std::string::npos)
            d.label = line.substr(tab + 1);
        out.push_back(std::move(d));
    }
    return out;
}

const Table<AssessmentTemplate>& templateTable()
{
    static const Table<AssessmentTemplate> table = [] {
        using T = AssessmentTemplate;
        Table<T> t;
        t.name = "assessment_templates";
        t.id = [](const T& r) { return r.id; };
        t.setId = [](T& r, const Uuid& id) { r.id = id; };
        t.columns = {
            col<T, &T::code>("code", Kind::Code, true),
            col<T, &T::version>("version", Kind::Int),
            col<T, &T::name>("name", Kind::Text, true),
            [] {
                Column<T> c;
                c.info = info("domains", Kind::Text, true);
                c.get = [](const T& r) -> Value { return encodeDomains(r.domains); };
                c.set = [](T& r, Value v) { r.domains = decodeDomains(v.value_or("")); };
                return c;
            }(),
            col<T, &T::publishedAt>("published_at", Kind::Text),
            col<T, &T::publishedBy>("published_by", Kind::Uuid),
        };
        // Not unique: two laptops may publish the same next version offline; sync decides.
        t.indexes = {index("assessment_templates_code", "code, version")};
        return t;
    }();
    return table;
}

const Table<Assessment>& assessmentTable()
{
    static const Table<Assessment> table = [] {
        using A = Assessment;
        Table<A> t;
        t.name = "assessments";
        t.id = [](const A& r) { return r.id; };
        t.setId = [](A& r, const Uuid& id) { r.id = id; };
        t.setHlc = [](A& r, std::string hlc) { r.updatedHlc = std::move(hlc); };
        t.columns = {
            col<A, &A::personId>("person_id", Kind::Uuid, true),
            col<A, &A::referralId>("referral_id", Kind::Uuid, true),
            col<A, &A::templateId>("template_id", Kind::Uuid, true),
            col<A, &A::templateCode>("template_code", Kind::Code, true),
            col<A, &A::templateVersion>("template_version", Kind::Int),
            col<A, &A::assessedOn>("assessed_on", Kind::Date, true),
            col<A, &A::assessor>("assessor", Kind::Uuid),
            col<A, &A::strengths>("strengths", Kind::Text),
            col<A, &A::ownView>("own_view", Kind::Text),
            col<A, &A::goals>("goals", Kind::Text),
            col<A, &A::summary>("summary", Kind::Text),
            col<A, &A::previousAssessmentId>("previous_id", Kind::Uuid),
            col<A, &A::createdAt>("created_at", Kind::Text, true),
            // Derived: for lists and the timeline without reading the ratings.
            [] {
                Column<A> c;
                c.info = info("total_score", Kind::Int, false, false);
                c.get = [](const A& r) -> Value { return std::to_string(r.totalScore()); };
                return c;
            }(),
            [] {
                Column<A> c;
                c.info = info("rated_count", Kind::Int, false, false);
                c.get = [](const A& r) -> Value { return std::to_string(r.ratedCount()); };
                return c;
            }(),
            // Derived (schema 15): the rated domains with their ratings, so reports compare two
            // assessments without reading the ratings table (AssessmentStore::ratingsText).
            [] {
                Column<A> c;
                c.info = info("ratings_text", Kind::Text, false, false);
                c.info.since = 15;
                c.get = [](const A& r) -> Value { return AssessmentStore::ratingsText(r); };
                return c;
            }(),
        };
        t.indexes = {index("assessments_person", "person_id, assessed_on"),
                     index("assessments_referral", "referral_id, assessed_on")};
        return t;
    }();
    return table;
}

// One domain's rating as stored.
struct RatingRow
{
    Uuid id;
    Uuid assessmentId;
    int position = 0;
    std::string domain;
    int rating = 0;
    bool notAssessed = false;
    std::string notes;
};

const Table<RatingRow>& ratingTable()
{
    static const Table<RatingRow> table = [] {
        using R = RatingRow;
        Table<R> t;
        t.name = "assessment_ratings";
        t.id = [](const R& r) { return r.id; };
        t.setId = [](R& r, const Uuid& id) { r.id = id; };
        t.columns = {
            col<R, &R::assessmentId>("assessment_id", Kind::Uuid, true),
            col<R, &R::position>("position", Kind::Int),
            col<R, &R::domain>("domain", Kind::Code, true),
            col<R, &R::rating>("rating", Kind::Int),
            col<R, &R::notAssessed>("not_assessed", Kind::Bool),
            col<R, &R::notes>("notes", Kind::Text),
        };
        t.indexes = {index("assessment_ratings_assessment", "assessment_id, position")};
        return t;
    }();
    return table;
}

RatingRow toRow(const Uuid& assessmentId, int position, const DomainRating& r)
{
    RatingRow row;
    row.assessmentId = assessmentId;
    row.position = position;
    row.domain = r.domain;
    row.rating = r.notAssessed ? 0 : r.rating.value_or(0);
    row.notAssessed = r.notAssessed;
    row.notes = r.notes;
    return row;
}

DomainRating fromRow(const RatingRow& row)
{
    DomainRating r;
    r.domain = row.domain;
    r.notAssessed = row.notAssessed;
    if (!row.notAssessed)
        r.rating = row.rating;
    r.notes = row.notes;
    return r;
}

Uuid newId()
{
    return Uuid::v7(std::chrono::system_clock::now());
}

// The assessment clock runs from receipt in every open state but a requested closure (the
// partial index referrals_assessment_due repeats this condition word for word).
constexpr std::string_view kAssessmentDueStates =
    "state IN ('received', 'screening', 'accepted', 'active', 'reopened')";

constexpr TimelineSource kTimeline[] = {
    {"assessment", "SELECT a.assessed_on AS at, a.id AS record_id, a.referral_id AS referral_id, "
                   "CASE WHEN a.previous_id IS NULL THEN 'assessment' ELSE 'reassessment' END AS title, "
                   "a.template_code || ' v' || a.template_version || ', score ' || a.total_score AS detail, "
                   "a.assessor AS author_id, 0 AS sensitive "
                   "FROM assessments a INDEXED BY assessments_person "
                   "WHERE a.person_id = ?1 AND a.deleted = 0 AND a.assessed_on < ?2 AND a.assessed_on >= ?3 "
                   "ORDER BY at DESC LIMIT ?4"},
};

constexpr std::string_view kTables[] = {"assessment_templates", "assessments", "assessment_ratings"};

} // namespace

std::string AssessmentStore::createTablesSql(int version)
{
    return columns::createTableSql(templateTable(), version) + columns::createTableSql(assessmentTable(), version) +
           columns::createTableSql(ratingTable(), version);
}

std::string AssessmentStore::addColumnsSql(int version)
{
    return columns::addColumnsSql(assessmentTable().name, columns::infos(assessmentTable()), assessmentTable().indexes,
                                  version);
}

std::string AssessmentStore::ratingsText(const Assessment& a)
{
    // As the ratings are stored (toRow): a domain not marked "not assessed" is rated, 0 when
    // no rating was given.
    std::string out;
    for (const auto& r : a.ratings) {
        if (r.notAssessed)
            continue;
        if (!out.empty())
            out += ';';
        out += r.domain;
        out += '=';
        out += std::to_string(r.rating.value_or(0));
    }
    return out;
}

std::string AssessmentStore::ratingsTextSql()
{
    return "(SELECT group_concat(domain || '=' || coalesce(rating, 0), ';') FROM (SELECT g.domain, g.rating FROM "
           "assessment_ratings g WHERE g.assessment_id = assessments.id AND g.deleted = 0 AND g.not_assessed = 0 "
           "ORDER BY g.position))";
}

std::vector<std::string> AssessmentStore::columnNames(std::string_view table)
{
    std::vector<columns::Info> infos;
    if (table == "assessment_templates")
        infos = columns::infos(templateTable());
    else if (table == "assessments")
        infos = columns::infos(assessmentTable());
    else if (table == "assessment_ratings")
        infos = columns::infos(ratingTable());
    std::vector<std::string> out;
    for (const auto& i : infos)
        out.emplace_back(i.name);
    return out;
}

std::span<const std::string_view> AssessmentStore::tableNames()
{
    return kTables;
}

std::span<const TimelineSource> AssessmentStore::timelineSources()
{
    return kTimeline;
}

Status AssessmentStore::seedDefaultTemplate()
{
    const AssessmentTemplate& t = defaultTemplate();
    Statement st(m_db, "INSERT INTO assessment_templates (id, code, version, name, domains, updated_hlc) "
                       "VALUES (?, ?, ?, ?, ?, '')");
    st.bind(1, t.id).bind(2, t.code).bind(3, t.version).bind(4, t.name).bind(5, encodeDomains(t.domains));
    return st.run();
}

std::vector<std::pair<std::string, std::optional<std::string>>> AssessmentStore::defaultTemplateValues()
{
    std::vector<std::pair<std::string, std::optional<std::string>>> out;
    for (const auto& c : templateTable().columns) {
        Value v = columns::stored(c.info, c.get(defaultTemplate()));
        if (columns::logsOnInsert(c.info, v))
            out.emplace_back(std::string(c.info.name), std::move(v));
    }
    return out;
}

// --- templates -----------------------------------------------------------------------------

Status AssessmentStore::insertTemplate(AssessmentTemplate& tmpl, ChangeLog& changes)
{
    if (tmpl.id.isNull())
        tmpl.id = newId();
    return columns::insert(m_db, templateTable(), tmpl, changes);
}

namespace {

Result<std::vector<AssessmentTemplate>> readTemplates(Database& db, const std::string& where,
                                                      const std::vector<Value>& binds, Kind firstKind)
{
    static const std::string select =
        "SELECT " + columns::selectList(templateTable(), "t.") +
        ", coalesce(nullif(u.display_name, ''), u.username) AS published_by_name FROM assessment_templates t "
        "LEFT JOIN users u ON u.id = t.published_by WHERE t.deleted = 0";
    Statement st(db, select + where);
    int i = 1;
    for (const auto& v : binds)
        columns::bind(st, i, i == 1 ? firstKind : Kind::Int, v), ++i;
    std::vector<AssessmentTemplate> out;
    const NamedRow named(st);
    if (auto r = st.forEachRow([&] {
            AssessmentTemplate t;
            columns::read(templateTable(), named, t);
            t.publishedByName = named.text("published_by_name");
            out.push_back(std::move(t));
        });
        !r)
        return std::unexpected(r.error());
    return out;
}

} // namespace

Result<std::optional<AssessmentTemplate>> AssessmentStore::loadTemplate(const Uuid& id)
{
    auto found = readTemplates(m_db, " AND t.id = ?", {id.toString()}, Kind::Uuid);
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return std::optional<AssessmentTemplate>{};
    return std::optional<AssessmentTemplate>{std::move(found->front())};
}

Result<std::optional<AssessmentTemplate>> AssessmentStore::findTemplate(std::string_view code,
                                                                        std::optional<int> version)
{
    std::string where = " AND t.code = ?";
    std::vector<Value> binds{std::string(code)};
    if (version) {
        where += " AND t.version = ?";
        binds.emplace_back(std::to_string(*version));
    }
    where += " ORDER BY t.version DESC, t.rowid DESC LIMIT 1";
    auto found = readTemplates(m_db, where, binds, Kind::Code);
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return std::optional<AssessmentTemplate>{};
    return std::optional<AssessmentTemplate>{std::move(found->front())};
}

Result<std::vector<AssessmentTemplate>> AssessmentStore::templates()
{
    return readTemplates(m_db, " ORDER BY t.code, t.version", {}, Kind::Code);
}

Result<int> AssessmentStore::latestVersion(std::string_view code)
{
    Statement st(m_db,
                 "SELECT coalesce(max(version), 0) AS v FROM assessment_templates WHERE code = ? AND deleted = 0");
    st.bind(1, code);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    return static_cast<int>(NamedRow(st).integer("v"));
}

// --- assessments ---------------------------------------------------------------------------

Status AssessmentStore::insert(Assessment& a, ChangeLog& changes)
{
    if (a.id.isNull())
        a.id = newId();
    if (auto st = columns::insert(m_db, assessmentTable(), a, changes); !st)
        return st;
    int position = 0;
    for (const auto& r : a.ratings) {
        RatingRow row = toRow(a.id, position++, r);
        row.id = newId();
        if (auto st = columns::insert(m_db, ratingTable(), row, changes); !st)
            return st;
    }
    a.updatedHlc = changes.hlc();
    return {};
}

namespace {

Result<std::vector<RatingRow>> ratingRows(Database& db, const Uuid& assessmentId)
{
    static const std::string sql = "SELECT " + columns::selectList(ratingTable()) +
                                   " FROM assessment_ratings WHERE assessment_id = ? AND deleted = 0 ORDER BY position";
    Statement st(db, sql, true);
    st.bind(1, assessmentId);
    std::vector<RatingRow> out;
    const NamedRow named(st);
    if (auto r = st.forEachRow([&] {
            RatingRow row;
            columns::read(ratingTable(), named, row);
            out.push_back(std::move(row));
        });
        !r)
        return std::unexpected(r.error());
    return out;
}

} // namespace

Status AssessmentStore::update(const Assessment& before, Assessment& after, ChangeLog& changes)
{
    if (auto st = columns::update(m_db, assessmentTable(), before, after, changes); !st)
        return st;
    auto stored = ratingRows(m_db, after.id);
    if (!stored)
        return std::unexpected(stored.error());
    std::map<std::string, RatingRow> byDomain;
    for (auto& row : *stored)
        byDomain.emplace(row.domain, row);
    int position = 0;
    for (const auto& r : after.ratings) {
        RatingRow row = toRow(after.id, position++, r);
        const auto it = byDomain.find(r.domain);
        if (it == byDomain.end()) {
            row.id = newId();
            if (auto st = columns::insert(m_db, ratingTable(), row, changes); !st)
                return st;
            continue;
        }
        row.id = it->second.id;
        if (auto st = columns::update(m_db, ratingTable(), it->second, row, changes); !st)
            return st;
        byDomain.erase(it);
    }
    // Domains no longer rated (cannot happen through the desk, which rates every domain of
    // the assessment's own template): tombstoned, so the log shows it.
    for (const auto& [domain, row] : byDomain) {
        Statement del(m_db, "UPDATE assessment_ratings SET deleted = 1, updated_hlc = ? WHERE id = ?");
        del.bind(1, changes.hlc()).bind(2, row.id);
        if (auto st = del.run(); !st)
            return st;
        if (auto st = changes.record("assessment_ratings", row.id, "deleted", std::string("1")); !st)
            return st;
    }
    if (changes.recorded() > 0) {
        // A changed rating changes the assessment: its clock moves with it, so a copy read
        // before the change is stale (optimistic concurrency reads the assessment's clock).
        Statement touch(m_db, "UPDATE assessments SET updated_hlc = ? WHERE id = ?");
        touch.bind(1, changes.hlc()).bind(2, after.id);
        if (auto st = touch.run(); !st)
            return st;
        after.updatedHlc = changes.hlc();
    }
    return {};
}

Result<std::optional<Assessment>> AssessmentStore::load(const Uuid& id)
{
    static const std::string sql =
        "SELECT " + columns::selectList(assessmentTable()) + " FROM assessments WHERE id = ? AND deleted = 0";
    Assessment a;
    {
        Statement st(m_db, sql, true);
        st.bind(1, id);
        auto row = st.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return std::optional<Assessment>{};
        columns::read(assessmentTable(), NamedRow(st), a);
        st.reset();
    }
    auto ratings = ratingRows(m_db, id);
    if (!ratings)
        return std::unexpected(ratings.error());
    for (const auto& row : *ratings)
        a.ratings.push_back(fromRow(row));
    return std::optional<Assessment>{std::move(a)};
}

Result<std::vector<AssessmentRow>> AssessmentStore::rows(std::string_view where, const Uuid& id)
{
    std::string sql = "SELECT a.id, a.person_id, a.referral_id, r.reference AS referral_reference, a.template_code, "
                      "a.template_version, a.assessed_on, a.assessor, "
                      "coalesce(nullif(u.display_name, ''), u.username) AS assessor_name, a.total_score, "
                      "a.rated_count, a.previous_id FROM assessments a ";
    sql += where;
    sql += " LEFT JOIN referrals r ON r.id = a.referral_id LEFT JOIN users u ON u.id = a.assessor";
    sql += std::string(where.find("assessments_person") != std::string_view::npos ? " WHERE a.person_id = ?"
                                                                                  : " WHERE a.referral_id = ?");
    sql += " AND a.deleted = 0 ORDER BY a.assessed_on DESC, a.created_at DESC";
    Statement st(m_db, sql);
    st.bind(1, id);
    std::vector<AssessmentRow> out;
    const NamedRow named(st);
    if (auto r = st.forEachRow([&] {
            AssessmentRow row;
            row.id = named.uuid("id");
            row.personId = named.uuid("person_id");
            row.referralId = named.uuid("referral_id");
            row.referralReference = named.text("referral_reference");
            row.templateCode = named.text("template_code");
            row.templateVersion = static_cast<int>(named.integer("template_version"));
            row.assessedOn = named.date("assessed_on");
            row.assessor = named.uuid("assessor");
            row.assessorName = named.text("assessor_name");
            row.totalScore = static_cast<int>(named.integer("total_score"));
            row.ratedCount = static_cast<int>(named.integer("rated_count"));
            row.previousAssessmentId = named.uuid("previous_id");
            out.push_back(std::move(row));
        });
        !r)
        return std::unexpected(r.error());
    return out;
}

Result<std::vector<AssessmentRow>> AssessmentStore::forReferral(const Uuid& referralId)
{
    return rows("INDEXED BY assessments_referral", referralId);
}

Result<std::vector<AssessmentRow>> AssessmentStore::forPerson(const Uuid& personId)
{
    return rows("INDEXED BY assessments_person", personId);
}

Result<Date> AssessmentStore::firstAssessedOn(const Uuid& referralId)
{
    Statement st(m_db, "SELECT min(assessed_on) AS first FROM assessments WHERE referral_id = ? AND deleted = 0");
    st.bind(1, referralId);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    return NamedRow(st).date("first");
}

Result<std::optional<Uuid>> AssessmentStore::latestForReferral(const Uuid& referralId)
{
    Statement st(m_db, "SELECT id FROM assessments WHERE referral_id = ? AND deleted = 0 "
                       "ORDER BY assessed_on DESC, created_at DESC LIMIT 1");
    st.bind(1, referralId);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    std::optional<Uuid> out;
    if (*row)
        out = NamedRow(st).uuid("id");
    return out;
}

// --- the assessment clock ------------------------------------------------------------------

Result<std::vector<AssessmentDueRow>> AssessmentStore::due(std::optional<Uuid> worker, int limit)
{
    std::string sql =
        "SELECT r.id, r.reference, r.person_id, p.case_reference AS person_reference, p.given_name, p.family_name, "
        "p.preferred_name, r.state, r.assessment_due, r.allocated_to, "
        "coalesce(nullif(u.display_name, ''), u.username) AS worker_name "
        "FROM referrals r INDEXED BY referrals_assessment_due JOIN people p ON p.id = r.person_id "
        "LEFT JOIN users u ON u.id = r.allocated_to WHERE r.deleted = 0 AND r.assessed_on IS NULL AND r." +
        std::string(kAssessmentDueStates) + " AND " + visibility::rowVisible("p");
    if (worker)
        sql += " AND r.allocated_to = ?2";
    sql += " ORDER BY r.assessment_due, r.id LIMIT ?1";
    Statement st(m_db, sql);
    st.bind(1, std::clamp(limit, 1, 1000));
    if (worker)
        st.bind(2, *worker);
    std::vector<AssessmentDueRow> out;
    const NamedRow named(st);
    if (auto r = st.forEachRow([&] {
            AssessmentDueRow row;
            row.referralId = named.uuid("id");
            row.referralReference = named.text("reference");
            row.personId = named.uuid("person_id");
            row.personReference = named.text("person_reference");
            PersonSummary person;
            person.givenName = named.text("given_name");
            person.familyName = named.text("family_name");
            person.preferredName = named.text("preferred_name");
            row.personName = person.displayName();
            row.state = named.text("state");
            row.due = named.date("assessment_due");
            row.allocatedTo = named.uuid("allocated_to");
            row.allocatedName = named.text("worker_name");
            out.push_back(std::move(row));
        });
        !r)
        return std::unexpected(r.error());
    return out;
}

Result<std::pair<std::int64_t, std::int64_t>> AssessmentStore::dueCounts(std::optional<Uuid> worker, Date today)
{
    std::string sql = "SELECT coalesce(sum(assessment_due < ?1), 0) AS overdue, "
                      "coalesce(sum(assessment_due >= ?1 OR assessment_due IS NULL), 0) AS due "
                      "FROM referrals INDEXED BY referrals_assessment_due WHERE deleted = 0 AND assessed_on IS NULL "
                      "AND " +
                      std::string(kAssessmentDueStates);
    if (worker)
        sql += " AND allocated_to = ?2";
    Statement st(m_db, sql);
    st.bind(1, today.toIso());
    if (worker)
        st.bind(2, *worker);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    const NamedRow named(st);
    return std::pair{named.integer("overdue"), named.integer("due")};
}

} // namespace waymark
