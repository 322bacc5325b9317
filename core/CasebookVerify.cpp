// Casebook::verify: the pages, the audit chain with every signature, the change log against
// the tables, the trust root and this machine's anchors, in one report.
#include "core/Casebook.h"

#include "core/security/ChangeCoverage.h"
#include "core/security/Roster.h"
#include "core/store/AuditLog.h"
#include "core/store/ChangeReplay.h"
#include "core/store/Database.h"

namespace waymark {

Result<VerifyReport> Casebook::verify(VerifyScope scope)
{
    if (auto st = authorise(Action::AuditVerify); !st)
        return std::unexpected(st.error());
    VerifyReport report;
    AuditChainCheck chain;
    std::vector<std::string> problems;
    // The hash chain, the signed roster and every row's signature in one pass.
    std::string uncovered;
    std::int64_t coveredRecords = -1; // change records checked against the signed rows covering them
    std::string trustRoot;            // empty: this user's slot holds no authority key to compare with
    // `audit verify` reads on from this machine's newest checkpoint; the full verify reads all.
    std::optional<AuditCheckpoint> checkpoint;
    if (scope == VerifyScope::AuditOnly)
        if (const auto verified = anchors().lastVerified(*m_db); verified && !verified->rowsDigest.empty()) {
            checkpoint = AuditCheckpoint{verified->auditSeq, verified->auditHash, verified->rowsDigest};
            report.checkpointAt = verified->at;
        }
    const auto check = [&](Database& db, bool coverage) {
        roster::Verifier signatures(db);
        // Every change record covered by a signed row (Everything only: it reads the whole log).
        std::optional<ChangeCoverage> covered;
        if (coverage)
            covered.emplace(db);
        chain = AuditLog(db).verify(
            [&](const AuditRowSeen& row) {
                std::string problem = signatures.checkRow(row);
                if (problem.empty() && covered)
                    problem = covered->checkRow(row, signatures.lastSigner());
                return problem;
            },
            checkpoint ? &*checkpoint : nullptr);
        if (covered && !chain.firstBroken) {
            uncovered = covered->finish();
            if (covered->active())
                coveredRecords = covered->coveredRecords();
        }
        // The trust root: the authority key the casebook names against the one this user's key
        // slot holds (bound under their password, so the database key alone cannot change it).
        const auto root = roster::trustRoot(db, m_boundAuthority, signatures.active());
        if (!root)
            trustRoot = "the authority key's rotations could not be read (damaged): " + root.error().detail;
        switch (root.value_or(roster::TrustRoot::Unbound)) {
        case roster::TrustRoot::Unbound:
            break;
        case roster::TrustRoot::Stripped:
            trustRoot = "the casebook holds no signed roster, yet the key slot of '" + m_user.username +
                        "' holds its authority key: signing was removed outside Waymark";
            break;
        case roster::TrustRoot::Replaced:
            trustRoot = "the casebook's authority key is not the one the key slot of '" + m_user.username +
                        "' holds, nor does a valid rotation lead to it from that key (replaced outside Waymark): "
                        "the roster and the signatures cannot be trusted";
            if (!signatures.rosterProblem().empty())
                trustRoot += "; " + signatures.rosterProblem();
            break;
        case roster::TrustRoot::Ok:
        case roster::TrustRoot::Rotated:
            trustRoot = "ok";
            break;
        }
        report.signedRows = signatures.signedRows();
        report.unsignedBeforeSigning = signatures.unsignedBefore();
        if (!signatures.rosterProblem().empty()) {
            report.signaturesOk = false;
            report.signatureDetail = signatures.rosterProblem();
        } else if (!signatures.active()) {
            report.signatureDetail = "not signed: signing begins when a coordinator next signs in";
        } else {
            report.signatureDetail = std::to_string(signatures.signedRows()) +
                                     (chain.checkedAfter > 0 ? " rows after the checkpoint signed" : " rows signed") +
                                     ", roster version " + std::to_string(signatures.rosterVersions()) +
                                     " signed by the authority key";
            if (signatures.rotations() > 0)
                report.signatureDetail += " (rotated " + std::to_string(signatures.rotations()) +
                                          (signatures.rotations() == 1 ? " time" : " times") +
                                          ", each rotation signed by the key before it)";
            if (signatures.signingFrom() > 0)
                report.signatureDetail +=
                    "; rows 1-" + std::to_string(signatures.signingFrom()) + " unsigned, before signing";
        }
    };
    // The synced tables against their change log: alongside the page check, on its connection.
    const auto checkChanges = [&](Database& db) {
        auto replayed = replayChangeLog(db);
        if (!replayed) {
            report.changesOk = false;
            report.changesDetail = "the change log could not be read: " + replayed.error().detail;
            return;
        }
        report.changesOk = replayed->ok;
        report.changesDetail = std::move(replayed->detail);
    };
    if (scope == VerifyScope::Everything) {
        problems = m_db->integrityProblems(m_key.get(), [&](Database& db) {
            check(db, true);
            checkChanges(db);
            if (!uncovered.empty()) {
                report.changesDetail = report.changesOk ? uncovered : report.changesDetail + "; " + uncovered;
                report.changesOk = false;
            } else if (report.changesOk && coveredRecords >= 0)
                report.changesDetail +=
                    "; " + std::to_string(coveredRecords) + " since schema 19, each covered by a signed audit row";
        });
    } else {
        check(*m_db, false);
        if (chain.checkpointDeparted) {
            // Rows the checkpoint holds were changed since: every row is checked, to name it.
            checkpoint.reset();
            report = VerifyReport{};
            trustRoot.clear();
            check(*m_db, false);
        }
        report.changesDetail = "not checked";
    }
    if (trustRoot == "ok") {
        if (report.signaturesOk)
            report.signatureDetail += "; the authority key is the one your key slot holds";
    } else if (!trustRoot.empty()) {
        report.signaturesOk = false;
        report.signatureDetail = trustRoot;
    }
    report.integrityOk = problems.empty();
    report.integrityDetail =
        problems.empty() ? (scope == VerifyScope::Everything ? "ok" : "not checked") : problems.front();
    report.auditRows = chain.rows;
    report.firstBrokenAuditRow = chain.firstBroken;
    report.auditDetail = chain.detail;
    report.auditCheckedAfter = chain.checkedAfter;
    if (chain.checkedAfter == 0)
        report.checkpointAt.clear();
    report.anchor = anchors().check(*m_db);
    if (!m_anchorAtOpen.ok() && report.anchor.state != AnchorState::Restored) {
        report.anchor = m_anchorAtOpen;
        report.anchor.detail += " (found when this session signed in)";
    }
    // Whole up to the row read last: the next `audit verify` on this machine starts after it
    // (unless the casebook was written to meanwhile, or the session is held to verify).
    if (report.ok() && chain.rows > 0 && !chain.rowsDigest.empty() && m_trustRootProblem.empty())
        (void)anchors().checkpoint(*m_db, AuditCheckpoint{chain.rows, chain.lastHash, chain.rowsDigest},
                                   formatUtcMillis(m_clock->now()), m_user.id);
    (void)audit("casebook.verified", "casebook", {},
                std::string(report.ok() ? "ok" : "problems found") +
                    (scope == VerifyScope::AuditOnly ? " (audit only)" : ""));
    return report;
}

} // namespace waymark
