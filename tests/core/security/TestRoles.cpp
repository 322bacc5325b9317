#include "core/security/Role.h"
#include "tests/support/TestSupport.h"

#include "core/store/AuditLog.h"
#include "core/store/Database.h"

#include <QTest>

using namespace waymark;

// S8 (first matrix): every action x every role is decided in core; a refused action is
// refused by the Casebook door and audited.
class TestRoles : public QObject
{
    Q_OBJECT

private slots:
    void matrixIsAsDesigned()
    {
        int allowed = 0;
        for (Role r : allRoles())
            for (Action a : allActions())
                allowed += roleAllows(r, a) ? 1 : 0;
        QVERIFY(roleAllows(Role::Coordinator, Action::UserManage));
        QVERIFY(!roleAllows(Role::Caseworker, Action::UserManage));
        QVERIFY(!roleAllows(Role::Auditor, Action::PersonCreate));
        QVERIFY(!roleAllows(Role::Auditor, Action::PersonUpdate));
        QVERIFY(roleAllows(Role::Auditor, Action::AuditVerify));
        QVERIFY(!roleAllows(Role::Caseworker, Action::AuditVerify));
        QVERIFY(roleAllows(Role::Auditor, Action::AuditExport) && roleAllows(Role::Coordinator, Action::AuditExport));
        QVERIFY(!roleAllows(Role::Caseworker, Action::AuditExport) && !roleAllows(Role::Caseworker, Action::AuditRead));
        QVERIFY(roleAllows(Role::Caseworker, Action::BackupCreate));
        QVERIFY(!roleAllows(Role::Auditor, Action::BackupCreate));
        QVERIFY(roleAllows(Role::Coordinator, Action::BackupRestore));
        QVERIFY(!roleAllows(Role::Caseworker, Action::BackupRestore));
        QVERIFY(!roleAllows(Role::Auditor, Action::BackupRestore));
        // Assessments: casework, so not for auditors; publishing templates is a coordinator's.
        for (Action a : {Action::AssessmentRecord, Action::AssessmentView}) {
            QVERIFY(roleAllows(Role::Coordinator, a));
            QVERIFY(roleAllows(Role::Caseworker, a));
            QVERIFY(!roleAllows(Role::Auditor, a));
        }
        QVERIFY(roleAllows(Role::Coordinator, Action::TemplatePublish));
        QVERIFY(!roleAllows(Role::Caseworker, Action::TemplatePublish));
        QVERIFY(!roleAllows(Role::Auditor, Action::TemplatePublish));
        // Plans: caseworkers refer to providers; only coordinators override consent, manage
        // providers and extend code tables; auditors see no case detail.
        QVERIFY(roleAllows(Role::Caseworker, Action::ProviderRefer));
        QVERIFY(!roleAllows(Role::Caseworker, Action::ConsentOverride));
        QVERIFY(!roleAllows(Role::Caseworker, Action::ProviderManage));
        QVERIFY(!roleAllows(Role::Caseworker, Action::CodeExtend));
        QVERIFY(roleAllows(Role::Coordinator, Action::ConsentOverride));
        QVERIFY(!roleAllows(Role::Auditor, Action::PlanView));
        // Closure and outcomes: caseworkers request closure and record outcomes; only
        // coordinators approve or send a closure back; auditors see no case detail.
        QVERIFY(roleAllows(Role::Caseworker, Action::ClosureRequest));
        QVERIFY(!roleAllows(Role::Caseworker, Action::ClosureApprove));
        QVERIFY(roleAllows(Role::Coordinator, Action::ClosureApprove));
        for (Action a : {Action::ClosureRequest, Action::ClosureApprove, Action::OutcomeRecord, Action::OutcomeView})
            QVERIFY(!roleAllows(Role::Auditor, a));
        for (Action a : {Action::OutcomeRecord, Action::OutcomeView}) {
            QVERIFY(roleAllows(Role::Caseworker, a));
            QVERIFY(roleAllows(Role::Coordinator, a));
        }
        // Reports: aggregates for coordinators and auditors (no case detail); not caseworkers.
        QVERIFY(roleAllows(Role::Coordinator, Action::ReportRun));
        QVERIFY(roleAllows(Role::Auditor, Action::ReportRun));
        QVERIFY(!roleAllows(Role::Caseworker, Action::ReportRun));
        QVERIFY(roleAllows(Role::Caseworker, Action::CaseSummary));
        QVERIFY(roleAllows(Role::Coordinator, Action::CaseSummary));
        QVERIFY(!roleAllows(Role::Auditor, Action::CaseSummary));
        qInfo("matrix: %d roles x %d actions, %d allowed", int(allRoles().size()), int(allActions().size()), allowed);
    }

    void doorRefusesAndAudits()
    {
        test::TempDir dir;
        const auto path = dir.file("roles.waymark");
        Uuid personId;
        Uuid caseyId;
        std::vector<Uuid> referrals; // to screen, to allocate, to take, to override
        Session session;             // a session to update and record attendance on
        std::filesystem::path backupFile;
        Uuid taskId; // Casey's task, made by the coordinator
        Uuid assessedReferral;
        Uuid assessmentId;
        Uuid planReferral; // accepted, consent not asked
        Uuid planned;      // a planned intervention on it
        Uuid providerId;
        Note plainNote;
        Note sensitiveNote;
        Uuid activeReferral;    // active: a closure may be requested
        Uuid requestedReferral; // closure requested: to approve
        Uuid closedReferral;    // closed: follow-up may be added
        std::filesystem::create_directory(dir.file("backups"));
        const auto referralDraft = [&] {
            Referral r;
            r.personId = personId;
            r.received = Date::fromYmd(2026, 1, 5).value();
            r.eventDate = Date::fromYmd(2026, 1, 2).value();
            r.source = "police";
            r.route = "community_resolution";
            return r;
        };
        {
            auto cb = test::makeCasebook(path);
            QVERIFY(cb);
            auto casey = cb->users().add("casey", "long river walk at noon", Role::Caseworker);
            QVERIFY(casey);
            caseyId = casey->id;
            QVERIFY(cb->users().add("audrey", "quiet garden path in may", Role::Auditor));
            auto person = cb->people().create(test::samplePerson(1));
            QVERIFY(person);
            personId = person->person.id;
            for (int i = 0; i < 4; ++i) {
                auto r = cb->referrals().create(referralDraft());
                QVERIFY2(r, r ? "" : describe(r.error()).c_str());
                referrals.push_back(r->id);
            }
            Task task;
            task.personId = personId;
            task.title = "Ring the school";
            task.due = Date::fromYmd(2026, 1, 9).value();
            task.owner = caseyId;
            auto made = cb->tasks().add(task);
            QVERIFY(made);
            taskId = made->id;
            auto assessed = cb->referrals().create(referralDraft());
            QVERIFY(assessed);
            assessedReferral = assessed->id;
            auto draft = cb->assessments().startAssessment(assessedReferral);
            QVERIFY(draft);
            for (auto& r : draft->ratings)
                r.rating = 2;
            auto recorded = cb->assessments().record(*draft);
            QVERIFY2(recorded, recorded ? "" : describe(recorded.error()).c_str());
            assessmentId = recorded->id;
            auto accepted = cb->referrals().create(referralDraft());
            QVERIFY(accepted);
            QVERIFY(cb->referrals().startScreening(accepted->id));
            auto decided = cb->referrals().decide(accepted->id, "accepted", {}, {});
            QVERIFY2(decided, decided ? "" : describe(decided.error()).c_str());
            planReferral = accepted->id;
            Provider provider;
            provider.name = "Roles Test Provider";
            auto p = cb->plans().addProvider(provider);
            QVERIFY(p);
            providerId = p->id;
            Intervention i;
            i.type = "mentoring";
            auto added = cb->plans().addIntervention(planReferral, i);
            QVERIFY2(added, added ? "" : describe(added.error()).c_str());
            planned = added->id;
            Session sessionDraft;
            sessionDraft.start = toUtcSeconds(std::chrono::system_clock::now()) - std::chrono::hours{48};
            sessionDraft.type = "face_to_face";
            SessionAttendee attendee;
            attendee.referralId = referrals[2];
            sessionDraft.attendees.push_back(attendee);
            auto sessionAdded = cb->sessions().add(sessionDraft);
            QVERIFY2(sessionAdded, sessionAdded ? "" : describe(sessionAdded.error()).c_str());
            session = *sessionAdded;
            NoteInput note;
            note.referralId = referrals[0];
            note.text = "A note anyone working the case may read.";
            auto plain = cb->notes().add(note);
            QVERIFY(plain);
            plainNote = *plain;
            note.text = "A sensitive note.";
            note.sensitive = true;
            auto sensitive = cb->notes().add(note);
            QVERIFY(sensitive);
            sensitiveNote = *sensitive;
            for (Uuid* target : {&activeReferral, &requestedReferral, &closedReferral}) {
                auto walked = cb->referrals().create(referralDraft());
                QVERIFY(walked);
                QVERIFY(cb->referrals().startScreening(walked->id));
                QVERIFY(cb->referrals().decide(walked->id, "accepted", {}, {}));
                QVERIFY(cb->referrals().step(walked->id, ReferralStep::Activate, {}, {}));
                *target = walked->id;
            }
            QVERIFY(cb->outcomes().requestClosure(requestedReferral, "completed"));
            QVERIFY(cb->outcomes().requestClosure(closedReferral, "completed"));
            QVERIFY(cb->outcomes().approveClosure(closedReferral));
            auto backup = cb->backups().create(dir.file("backups"));
            QVERIFY(backup);
            backupFile = backup->path;
        }
        int refusals = 0;
        int forbiddenAllowed = 0;
        for (const auto& [user, password] :
             {std::pair{"casey", "long river walk at noon"}, {"audrey", "quiet garden path in may"}}) {
            auto cb = Casebook::open(path, user, password);
            QVERIFY2(cb, cb ? "" : describe(cb.error()).c_str());
            const Role role = (*cb)->user().role;
            const auto countRefused = [&] {
                return test::scalar(**cb, "SELECT count(*) FROM audit_log WHERE operation = 'refused'");
            };
            const auto before = countRefused();
            int expectedRefusals = 0;
            // Try each door action the matrix covers.
            const auto check = [&](Action a, bool succeeded, const Error* err) {
                if (roleAllows(role, a))
                    return;
                ++expectedRefusals;
                if (succeeded)
                    ++forbiddenAllowed;
                else
                    QCOMPARE(err->code, ErrorCode::PermissionDenied);
            };
            {
                auto r = (*cb)->people().create(test::samplePerson(50));
                check(Action::PersonCreate, r.has_value(), r ? nullptr : &r.error());
            }
            {
                auto list = (*cb)->people().search("Kai");
                QVERIFY(list && !list->empty());
                auto p = (*cb)->people().view(list->front().id);
                QVERIFY(p);
                p->phone = "01234 000000";
                auto r = (*cb)->people().update(*p);
                check(Action::PersonUpdate, r.has_value(), r ? nullptr : &r.error());
            }
            {
                auto r = (*cb)->users().add("newbie", "a fine new passphrase 3", Role::Caseworker);
                check(Action::UserManage, r.has_value(), r ? nullptr : &r.error());
            }
            {
                auto r = (*cb)->users().list();
                check(Action::UserList, r.has_value(), r ? nullptr : &r.error());
            }
            {
                auto r = (*cb)->verify();
                check(Action::AuditVerify, r.has_value(), r ? nullptr : &r.error());
            }
            {
                auto r = (*cb)->auditTrail(AuditQuery{});
                check(Action::AuditRead, r.has_value(), r ? nullptr : &r.error());
            }
            {
                auto r = (*cb)->audit().list(AuditFilter{});
                check(Action::AuditRead, r.has_value(), r ? nullptr : &r.error());
            }
            {
                auto r = (*cb)->audit().exportTo(AuditFilter{}, AuditExportFormat::Csv, dir.file("audit.csv"));
                check(Action::AuditExport, r.has_value(), r ? nullptr : &r.error());
            }
            {
                auto r = (*cb)->users().setRole("newbie", Role::Auditor);
                check(Action::UserManage, r.has_value(), r ? nullptr : &r.error());
            }
            {
                auto r = (*cb)->markAsDemo();
                check(Action::SettingsChange, r.has_value(), r ? nullptr : &r.error());
            }
            {
                auto r = (*cb)->storage();
                check(Action::StorageInfo, r.has_value(), r ? nullptr : &r.error());
            }
            {
                auto r = (*cb)->compact();
                check(Action::Compact, r.has_value(), r ? nullptr : &r.error());
            }
            // Referrals (core/Referrals.h): every action of the desk.
            {
                auto r = (*cb)->referrals().create(referralDraft());
                check(Action::ReferralCreate, r.has_value(), r ? nullptr : &r.error());
            }
            {
                auto r = (*cb)->referrals().list(ReferralListQuery{});
                check(Action::ReferralView, r.has_value(), r ? nullptr : &r.error());
                auto work = (*cb)->referrals().myWork();
                check(Action::ReferralView, work.has_value(), work ? nullptr : &work.error());
                auto one = (*cb)->referrals().view(referrals[0]);
                check(Action::ReferralView, one.has_value(), one ? nullptr : &one.error());
                if (one) {
                    one->risk = role == Role::Auditor ? "high" : "medium";
                    auto u = (*cb)->referrals().update(*one);
                    check(Action::ReferralUpdate, u.has_value(), u ? nullptr : &u.error());
                }
            }
            {
                auto r = (*cb)->referrals().startScreening(referrals[0]);
                check(Action::ReferralDecide, r.has_value(), r ? nullptr : &r.error());
            }
            {
                auto r = (*cb)->referrals().allocate(referrals[1], caseyId, {});
                check(Action::ReferralAllocate, r.has_value(), r ? nullptr : &r.error());
            }
            {
                auto r = (*cb)->referrals().take(referrals[2]);
                check(Action::ReferralTake, r.has_value(), r ? nullptr : &r.error());
            }
            {
                auto r = (*cb)->referrals().overrideEligibility(referrals[3], "a reason");
                check(Action::EligibilityOverride, r.has_value(), r ? nullptr : &r.error());
            }
            {
                auto r = (*cb)->referrals().recordFirstContact(referrals[1], Date::fromYmd(2026, 1, 6).value());
                check(Action::ReferralUpdate, r.has_value(), r ? nullptr : &r.error());
            }
            {
                auto r = (*cb)->referrals().setSettings(ReferralSettings{});
                check(Action::SettingsChange, r.has_value(), r ? nullptr : &r.error());
            }
            // Sessions (core/Sessions.h): every action of the desk.
            {
                Session draft;
                draft.start = toUtcSeconds(std::chrono::system_clock::now()) - std::chrono::hours{24};
                draft.type = "phone";
                SessionAttendee attendee;
                attendee.referralId = referrals[0];
                attendee.attendance = "attended";
                draft.attendees.push_back(attendee);
                auto r = (*cb)->sessions().add(draft);
                check(Action::SessionRecord, r.has_value(), r ? nullptr : &r.error());
                Session edited = session;
                edited.durationMinutes = role == Role::Auditor ? 30 : 45;
                auto u = (*cb)->sessions().update(edited);
                check(Action::SessionRecord, u.has_value(), u ? nullptr : &u.error());
                auto a =
                    (*cb)->sessions().recordAttendance(session.id, session.attendees[0].personId, "did_not_attend");
                check(Action::SessionRecord, a.has_value(), a ? nullptr : &a.error());
                auto list = (*cb)->sessions().forReferral(referrals[2]);
                check(Action::SessionView, list.has_value(), list ? nullptr : &list.error());
                auto one = (*cb)->sessions().view(session.id);
                check(Action::SessionView, one.has_value(), one ? nullptr : &one.error());
                CalendarExportOptions options;
                options.from = (*cb)->clock().today().addDays(-7);
                options.to = (*cb)->clock().today().addDays(7);
                auto e = (*cb)->sessions().exportCalendar(options, dir.file(std::string("calendar-") + user + ".ics"));
                check(Action::CalendarExport, e.has_value(), e ? nullptr : &e.error());
            }
            // Tasks and the timeline (core/Tasks.h, core/Timeline.h).
            {
                Task t;
                t.personId = personId;
                t.title = "Visit at home";
                t.due = Date::fromYmd(2026, 1, 12).value();
                auto r = (*cb)->tasks().add(t);
                check(Action::TaskManage, r.has_value(), r ? nullptr : &r.error());
                auto list = (*cb)->tasks().list(TaskQuery{});
                check(Action::TaskView, list.has_value(), list ? nullptr : &list.error());
                auto n = (*cb)->tasks().count(TaskQuery{});
                check(Action::TaskView, n.has_value(), n ? nullptr : &n.error());
                auto work = (*cb)->tasks().myWork();
                check(Action::TaskView, work.has_value(), work ? nullptr : &work.error());
                auto one = (*cb)->tasks().view(taskId);
                check(Action::TaskView, one.has_value(), one ? nullptr : &one.error());
                auto done = (*cb)->tasks().complete(taskId);
                check(Action::TaskManage, done.has_value(), done ? nullptr : &done.error());
                auto undone = (*cb)->tasks().reopen(taskId);
                check(Action::TaskManage, undone.has_value(), undone ? nullptr : &undone.error());
                auto workers = (*cb)->tasks().workers();
                check(Action::TaskManage, workers.has_value(), workers ? nullptr : &workers.error());
                auto moved = (*cb)->tasks().reassign(taskId, caseyId);
                check(Action::TaskManage, moved.has_value(), moved ? nullptr : &moved.error());
                TimelineQuery tq;
                tq.personId = personId;
                auto page = (*cb)->timeline().page(tq);
                check(Action::PersonView, page.has_value(), page ? nullptr : &page.error());
                auto header = (*cb)->timeline().header(personId);
                check(Action::ReferralView, header.has_value(), header ? nullptr : &header.error());
            }
            // Import (core/Imports.h) and merge (core/People.h).
            {
                const std::string csv = "police_reference,received,given_name,family_name,date_of_birth,sex,"
                                        "postcode,event_date,route,offence_category\n"
                                        "RC/1/26,05/01/2026,Rowan,Importee,14/03/2011,female,LS1 4AB,02/01/2026,"
                                        "community_resolution,theft\n";
                ImportOptions options;
                options.source = "police";
                auto dry = (*cb)->imports().dryRun(csv, options);
                check(Action::ReferralImport, dry.has_value(), dry ? nullptr : &dry.error());
                auto run = (*cb)->imports().run(csv, options);
                check(Action::ReferralImport, run.has_value(), run ? nullptr : &run.error());
            }
            {
                auto list = (*cb)->people().search("Kai");
                QVERIFY(list && !list->empty());
                auto preview = (*cb)->people().mergePreview(personId, list->front().id);
                check(Action::PersonMerge, preview.has_value(), preview ? nullptr : &preview.error());
                auto merged = (*cb)->people().merge(personId, list->front().id);
                check(Action::PersonMerge, merged.has_value(), merged ? nullptr : &merged.error());
                auto restricted = (*cb)->people().setRestricted(personId, true, "roles test");
                check(Action::PersonRestrict, restricted.has_value(), restricted ? nullptr : &restricted.error());
                if (restricted)
                    QVERIFY((*cb)->people().setRestricted(personId, false, "roles test"));
            }
            // Assessments (core/Assessments.h): every method of the desk. What the role allows
            // must also work.
            const auto tryAction = [&](Action a, bool succeeded, const Error* err) {
                if (roleAllows(role, a))
                    QVERIFY2(succeeded, err ? describe(*err).c_str() : actionName(a).data());
                check(a, succeeded, err);
            };
            {
                auto draft = (*cb)->assessments().startAssessment(assessedReferral);
                tryAction(Action::AssessmentRecord, draft.has_value(), draft ? nullptr : &draft.error());
                Assessment a;
                a.referralId = assessedReferral;
                a.assessedOn = Date::fromYmd(2026, 1, 6).value();
                for (const auto& d : defaultTemplate().domains)
                    a.ratings.push_back(DomainRating{d.code, 1, false, {}});
                auto r = (*cb)->assessments().record(a);
                tryAction(Action::AssessmentRecord, r.has_value(), r ? nullptr : &r.error());
                auto again = (*cb)->assessments().startReassessment(assessmentId);
                tryAction(Action::AssessmentRecord, again.has_value(), again ? nullptr : &again.error());
            }
            {
                auto v = (*cb)->assessments().view(assessmentId);
                tryAction(Action::AssessmentView, v.has_value(), v ? nullptr : &v.error());
                if (v) {
                    v->assessment.summary = "Checked by " + std::string(user);
                    auto u = (*cb)->assessments().update(v->assessment);
                    tryAction(Action::AssessmentRecord, u.has_value(), u ? nullptr : &u.error());
                } else {
                    Assessment stale;
                    stale.id = assessmentId;
                    auto u = (*cb)->assessments().update(stale);
                    tryAction(Action::AssessmentRecord, u.has_value(), u ? nullptr : &u.error());
                }
                auto byReferral = (*cb)->assessments().forReferral(assessedReferral);
                tryAction(Action::AssessmentView, byReferral.has_value(), byReferral ? nullptr : &byReferral.error());
                auto byPerson = (*cb)->assessments().forPerson(personId);
                tryAction(Action::AssessmentView, byPerson.has_value(), byPerson ? nullptr : &byPerson.error());
                auto due = (*cb)->assessments().due();
                tryAction(Action::AssessmentView, due.has_value(), due ? nullptr : &due.error());
                auto templates = (*cb)->assessments().templates();
                tryAction(Action::AssessmentView, templates.has_value(), templates ? nullptr : &templates.error());
                auto one = (*cb)->assessments().findTemplate("default");
                tryAction(Action::AssessmentView, one.has_value(), one ? nullptr : &one.error());
                AssessmentTemplate t = defaultTemplate();
                t.domains.pop_back();
                auto published = (*cb)->assessments().publishTemplate(t);
                tryAction(Action::TemplatePublish, published.has_value(), published ? nullptr : &published.error());
            }
            // Plans (core/Plans.h): every action of the desk.
            {
                auto r = (*cb)->plans().show(planReferral);
                check(Action::PlanView, r.has_value(), r ? nullptr : &r.error());
                auto providers = (*cb)->plans().providers();
                check(Action::PlanView, providers.has_value(), providers ? nullptr : &providers.error());
                auto types = (*cb)->plans().interventionTypes();
                check(Action::PlanView, types.has_value(), types ? nullptr : &types.error());
                auto list = (*cb)->plans().interventions(InterventionQuery{});
                check(Action::PlanView, list.has_value(), list ? nullptr : &list.error());
            }
            {
                PlanGoal goal;
                goal.text = "A goal";
                auto r = (*cb)->plans().addGoal(planReferral, goal);
                check(Action::PlanUpdate, r.has_value(), r ? nullptr : &r.error());
                Intervention i;
                i.type = "family_support";
                auto added = (*cb)->plans().addIntervention(planReferral, i);
                check(Action::PlanUpdate, added.has_value(), added ? nullptr : &added.error());
            }
            {
                Provider provider;
                provider.name = std::string("Provider by ") + user;
                auto r = (*cb)->plans().addProvider(provider);
                check(Action::ProviderManage, r.has_value(), r ? nullptr : &r.error());
                auto type = (*cb)->plans().addInterventionType(std::string("type_") + user, "A type");
                check(Action::CodeExtend, type.has_value(), type ? nullptr : &type.error());
            }
            {
                // No consent on the referral: referring needs ProviderRefer, then ConsentOverride.
                auto current = (*cb)->plans().intervention(planned);
                check(Action::PlanView, current.has_value(), current ? nullptr : &current.error());
                const std::string hlc = current ? current->intervention.updatedHlc : std::string();
                auto r = (*cb)->plans().referToProvider(planned, hlc, providerId, {}, "a reason");
                check(Action::ConsentOverride, r.has_value(), r ? nullptr : &r.error());
            }
            // Case notes (core/Notes.h).
            {
                NoteInput in;
                in.referralId = referrals[0];
                in.text = "Written by whoever may.";
                auto r = (*cb)->notes().add(in);
                check(Action::NoteWrite, r.has_value(), r ? nullptr : &r.error());
                Note own = r ? *r : plainNote;
                own.text = "Edited by its author.";
                auto e = (*cb)->notes().edit(own);
                check(Action::NoteWrite, e.has_value(), e ? nullptr : &e.error());
            }
            {
                auto v = (*cb)->notes().view(plainNote.id);
                check(Action::NoteView, v.has_value(), v ? nullptr : &v.error());
                NoteListQuery q;
                q.referralId = referrals[0];
                auto l = (*cb)->notes().list(q);
                check(Action::NoteView, l.has_value(), l ? nullptr : &l.error());
                NoteSearchQuery sq;
                sq.text = "note";
                auto s = (*cb)->notes().search(sq);
                check(Action::NoteView, s.has_value(), s ? nullptr : &s.error());
            }
            {
                auto v = (*cb)->notes().view(sensitiveNote.id);
                check(Action::NoteViewSensitive, v.has_value(), v ? nullptr : &v.error());
            }
            {
                auto h = (*cb)->notes().history(plainNote.id);
                check(Action::NoteHistory, h.has_value(), h ? nullptr : &h.error());
            }
            // Closure and outcomes (core/Outcomes.h): every action of the desk.
            {
                auto shown = (*cb)->outcomes().show(planReferral);
                tryAction(Action::OutcomeView, shown.has_value(), shown ? nullptr : &shown.error());
                OutcomeSnapshot s;
                s.referralId = planReferral;
                s.stage = "start";
                s.accommodationSuitable = role == Role::Auditor ? "no" : "yes";
                auto saved = (*cb)->outcomes().saveSnapshot(s);
                tryAction(Action::OutcomeRecord, saved.has_value(), saved ? nullptr : &saved.error());
                FollowUp f;
                f.referralId = closedReferral;
                f.kind = "recontact";
                f.happenedOn = (*cb)->clock().today();
                auto added = (*cb)->outcomes().addFollowUp(f);
                tryAction(Action::OutcomeRecord, added.has_value(), added ? nullptr : &added.error());
                auto requested = (*cb)->outcomes().requestClosure(activeReferral, "completed");
                tryAction(Action::ClosureRequest, requested.has_value(), requested ? nullptr : &requested.error());
                auto approved = (*cb)->outcomes().approveClosure(requestedReferral);
                check(Action::ClosureApprove, approved.has_value(), approved ? nullptr : &approved.error());
                auto returned = (*cb)->outcomes().returnClosure(requestedReferral, "Not yet.");
                check(Action::ClosureApprove, returned.has_value(), returned ? nullptr : &returned.error());
            }
            // Backups (core/Backups.h).
            {
                auto r = (*cb)->backups().list(dir.file("backups"));
                check(Action::BackupCreate, r.has_value(), r ? nullptr : &r.error());
            }
            {
                auto r = (*cb)->backups().restore(backupFile, password, "role check");
                check(Action::BackupRestore, r.has_value(), r ? nullptr : &r.error());
            }
            {
                auto r = (*cb)->backups().setAutomatic(true);
                check(Action::SettingsChange, r.has_value(), r ? nullptr : &r.error());
            }
            const auto audited = countRefused() - before;
            QCOMPARE(audited, static_cast<std::int64_t>(expectedRefusals));
            refusals += expectedRefusals;
        }
        QCOMPARE(forbiddenAllowed, 0);
        qInfo("forbidden actions allowed: %d; refusals: %d, audited: 100%%", forbiddenAllowed, refusals);
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "TestRoles.moc"
