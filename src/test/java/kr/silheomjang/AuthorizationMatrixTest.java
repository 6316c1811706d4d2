package kr.silheomjang;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/**
 * Who may call what: owner / planner / guest of this experiment / guest of another experiment / anonymous, against
 * every public method of every service (found by reflection on the running application, through the same proxies the
 * views call). Each method has a level in {@link #MATRIX} (or is public or anonymous on purpose, the lists of
 * {@link PatternRulesTest}); every role below that level must be refused with an authorization error before anything
 * is returned or written. A new public service method that is not in the matrix fails this test.
 */
@SpringBootTest
@ActiveProfiles("test")
class AuthorizationMatrixTest {

    /** Who is calling, from least to most trusted. */
    enum Role {
        ANONYMOUS, GUEST_OF_ANOTHER, GUEST, PLANNER, OWNER
    }

    /** Who may call a method; every role ranked below it must be refused. */
    enum Level {
        /** Anyone, signed in or not (a token in the arguments is the credential). */
        ANYONE(0),
        /** Any signed-in account, about its own data. */
        SIGNED_IN(1),
        /** Members of the experiment, partner guests included (guests' finer limits are checked by feature tests). */
        MEMBER(2),
        /** Owners and planners. */
        EDITOR(3),
        OWNER(4),
        /** Organisation administrators: none of the five roles is one. */
        ADMINISTRATOR(5);

        final int rank;

        Level(int rank) {
            this.rank = rank;
        }
    }

    static final Map<String, Level> MATRIX = new TreeMap<>();

    static void level(Level level, String... methods) {
        for (String m : methods) {
            MATRIX.put(m, level);
        }
    }

    static {
        level(Level.MEMBER, "ExperimentHeadingService.heading", "ExperimentHeadingService.roleOf",
                "StageGuideService.checklist", "ExperimentService.activity",
                "ExperimentService.countActivity", "ExperimentService.get",
                // Guests read the observation log only when the owner shows notes (SurveyServiceTest).
                "ObservationService.list", "ObservationService.mayRead", "ObservationService.photo",
                "ObservationService.questions",
                "ObservationService.verdicts",
                "ParticipantService.canEdit", "ParticipantService.count", "ParticipantService.countsByStatus",
                "ParticipantService.list", "ParticipantService.myRole", "ParticipantService.noFilmingList",
                "ParticipantService.page", "ParticipantService.rows", "ParticipantService.visibleDetails",
                "PartnerService.list", "PartnerService.invitedAddresses",
                "ChecklistService.addChecklistItem", "CardAttachmentService.attach", "CardAttachmentService.attachmentBytes",
                "PlanningService.board", "PlanningService.card", "CommentService.comment",
                "PlanningService.dueBetween", "PlanningService.move", "PlanningService.moveDue",
                "CardAttachmentService.removeAttachment", "ChecklistService.removeChecklistItem",
                "PlanningTemplateService.templates", "ChecklistService.tick", "PlanningService.updateCard",
                // Guests edit items only on cards assigned to them, and only their own comments (PlanningServiceTest).
                "ChecklistService.editChecklistItem", "CommentService.editComment",
                // Its author deletes a comment, the owner any comment; planners others' never (PlanningServiceTest).
                "CommentService.deleteComment",
                "ProposerConsentService.get", "ProposerMeetingService.date", "ProposerMeetingService.current",
                "ScheduleService.calendar", "ScheduleService.create", "ScheduleService.delete",
                "ScheduleService.eventDate", "ScheduleService.eventIcs", "CalendarFeedService.feedIcs",
                "CalendarFeedService.feedIssuedAt", "ScheduleService.get", "CalendarFeedService.issueFeedToken",
                "ScheduleService.move", "ScheduleService.moveDue", "ScheduleService.moveTo",
                "CalendarFeedService.revokeFeedToken", "BackwardPlanningService.template", "ScheduleService.update",
                "StaffRosterService.roster",
                "RetrospectiveService.addEntry", "RetrospectiveService.board", "ExperimentService.closing",
                "RetrospectiveService.templates", "SurveyService.answers", "MailingService.wasSent",
                "SurveyService.exportCsv", "SurveyService.get", "SurveyService.list", "SurveyService.results",
                "SurveyService.responseCount",
                // Archive: guests read public items only (ArchiveServiceTest); the results page's state.
                "ArchiveService.list", "ArchiveService.get", "ArchiveService.file", "ArchiveService.dateRange", "ResultsPageService.settings",
                // Cue sheet (issue 14): every member reads; owners and planners mark every segment, a partner guest
                // only those led by a roster line linked to their account alone (CueSheetServiceTest checks a guest
                // is refused on another's segment and on a name linked to someone else too; note 0067).
                "CueSheetService.sheet", "CueSheetService.staffSheets", "CueSheetService.markStarted",
                "CueSheetService.markFinished", "CueSheetService.clearMarks",
                // The roster names linked to the caller's own account (for the marks above).
                "StaffRosterService.namesLinkedToMe");
        level(Level.EDITOR, "ExperimentService.moveStage", "ExperimentService.update",
                "ParticipantService.recordNoFilmingListShared",
                "ObservationService.add",
                "ParticipantService.addWalkIn", "ParticipantService.changeStatus", "ParticipantService.create",
                "ParticipantService.erasePerson", "ParticipantCsvService.exportCsv", "ParticipantService.exportPerson",
                "ParticipantCsvService.importCsv", "ParticipantCsvService.existingInImport",
                "ParticipantCsvService.updateCheck", "ParticipantService.markAttendance",
                "ParticipantService.personalDataLog", "ParticipantCsvService.previewImport", "ParticipantService.update",
                "PartnerService.add", "PartnerService.update",
                "BoardColumnService.addColumn", "PlanningTemplateService.addTemplate", "PlanningService.createCard",
                "PlanningService.deleteCard", "BoardColumnService.moveColumn", "BoardColumnService.removeColumn",
                "BoardColumnService.updateColumn",
                "ProposerConsentService.recordConsent", "ProposerConsentService.save",
                "ProposerConsentService.setCaveatExplained",
                "BackwardPlanningService.applyShift", "BackwardPlanningService.dismissShift",
                "StaffRosterService.add", "StaffRosterService.remove", "StaffRosterService.update",
                // The staff dialog's "계정 연결" picker: the members a line can be linked to.
                "StaffRosterService.linkableAccounts",
                "SurveyService.create", "SurveyService.createForm", "SurveyService.save",
                // Deleting a form takes its answers: owners and planners, never partner guests (SurveyDeletionTest).
                "SurveyService.delete",
                "RetrospectiveService.makeAction", "RetrospectiveService.openLink", "RetrospectiveService.propose",
                "RetrospectiveService.removeAction",
                // Topic selection is organisation-wide: accounts that may start experiments (guest-only accounts
                // of this or another experiment are refused, see ExperimentAccess.requireMayStartExperiments).
                "ScreeningService.addAgencyResponse", "ScreeningService.attachment", "TopicService.count",
                "TopicService.countsByStatus", "TopicService.create", "SelectionService.createExperiment",
                "SelectionService.decide", "TopicService.get", "TopicImportService.importCandidates",
                "TopicService.meeting", "TopicService.moveStatus", "TopicImportService.previewImport",
                "TopicService.page", "ScreeningService.saveNote", "ScreeningService.score", "TopicService.setCheck",
                "TopicService.tags", "TopicService.update", "ScreeningService.updateAgencyResponse",
                "OutreachService.outreach", "OutreachService.logStep", "OutreachService.saveMeetingNotes",
                "OutreachService.saveNotice", "OutreachService.recordConsent",
                "ProposerMeetingService.setDate",
                "MailingService.create", "MailingService.deliveries", "MailingService.deliveryCounts",
                "MailingService.get", "MailingService.list", "MailingService.mailConfigured",
                "MailingService.preview", "MailingService.recipients", "MailingService.recipientsCsv",
                "MailingService.retryFailed", "MailingService.save", "MailingService.send", "MailingService.markSentByHand",
                "MailingService.sendTest",
                // The hand-off report: owners and planners; partner guests are refused (least privilege).
                "ReportService.report", "ReportService.text", "ReportService.save", "ReportService.complete",
                "ReportService.reopen", "ReportService.pdf",
                "ArchiveService.add", "ArchiveService.save", "ArchiveService.withdraw", "ArchiveService.remove", "ArchiveService.noFilmingNames",
                "ResultsPageService.enable", "ResultsPageService.newAddress", "ResultsPageService.save",
                "ResultsPageService.rebuild", "ResultsPageService.disable",
                "ResultsPageService.preview",
                // Recruitment (issue 14): owners and planners; partner guests see none of it.
                "RecruitmentService.state", "RecruitmentService.retentionDays", "RecruitmentService.applicants", "RecruitmentService.applicantCount",
                "RecruitmentService.applicantRows", "RecruitmentService.personalLink", "RecruitmentService.select",
                "RecruitMailService.mailConfigured", "RecruitMailService.recipientCount", "RecruitMailService.send",
                "RecruitMailService.markSentByHand", "RecruitMailService.deliveries",
                "RecruitMailService.deliveryCounts", "RecruitMailService.retryFailed",
                "CueSheetService.setDayStart", "CueSheetService.applyDefaultProgram", "CueSheetService.add",
                "CueSheetService.update", "CueSheetService.move", "CueSheetService.remove");
        level(Level.OWNER, "ExperimentService.changeRole", "ExperimentService.removeMember",
                "ResultsPageService.publish",
                "StageGuideService.markNotApplicable", "StageGuideService.unmarkNotApplicable",
                "ExperimentService.setArchived", "ExperimentService.setGuestScope",
                "InvitationService.invite", "InvitationService.pending", "InvitationService.revoke",
                "ObservationService.saveVerdict",
                "PartnerService.inviteGuest", "PartnerService.revokeGuest",
                "ProposerConsentService.setRetentionDays",
                "BackwardPlanningService.acceptTemplate", "BackwardPlanningService.removeTemplateStep",
                "BackwardPlanningService.saveTemplateStep", "ScheduleService.setGuestsMayAdd",
                "RetrospectiveService.decide", "ExperimentService.close",
                "RecruitmentService.save", "RecruitmentService.setAccepting");
        // Budget (예산 · 결산): guests read only shared lines (BudgetServiceTest); money moves by owners and planners.
        level(Level.MEMBER, "BudgetService.plan");
        // Portfolio (issue 15): every member reads an experiment's planned stage dates; owners set them.
        level(Level.MEMBER, "PortfolioService.plan");
        level(Level.OWNER, "PortfolioService.savePlan");
        level(Level.EDITOR, "BudgetService.addLine", "BudgetService.saveLine", "BudgetService.removeLine",
                "BudgetService.setCap", "BudgetService.copySources", "BudgetService.copyFrom", "ExpenseService.list",
                "ExpenseService.get", "ExpenseService.receipt", "ExpenseService.add", "ExpenseService.save",
                "ExpenseService.remove", "SettlementService.writeXlsx", "SettlementService.csv",
                "SettlementService.writeReceiptsZip");
        level(Level.OWNER, "BudgetService.shares", "BudgetService.share", "ExpenseService.approve",
                "ExpenseService.returnExpense", "SettlementService.close", "SettlementService.reopen",
                "ExperimentService.recordActivity");
        level(Level.ADMINISTRATOR, "AdministratorService.accounts", "AdministratorService.setAdministrator",
                "AdministratorService.deleteAccount",
                "PlanningTemplateService.updateTemplateItem");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;
    @Autowired
    AccountService accounts;
    @Autowired
    ExperimentService experiments;

    /** The level of a discovered method: the matrix, or the lists of methods public or anonymous on purpose. */
    static Level levelOf(String method) {
        if (PatternRulesTest.ANONYMOUS_ON_PURPOSE.containsKey(method)) {
            return Level.ANYONE;
        }
        if (PatternRulesTest.PUBLIC_ON_PURPOSE.containsKey(method)) {
            return Level.SIGNED_IN;
        }
        return MATRIX.get(method);
    }

    /** Every public method of every service bean of the application, by "Service.method". */
    Map<String, List<Method>> serviceMethods() {
        Map<String, List<Method>> found = new TreeMap<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("kr.silheomjang")) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                        && !m.isSynthetic() && !m.isBridge()) {
                    found.computeIfAbsent(type.getSimpleName() + "." + m.getName(), k -> new ArrayList<>()).add(m);
                }
            }
        }
        return found;
    }

    @Test
    void everyPublicServiceMethodIsInTheMatrix() {
        Set<String> missing = serviceMethods().keySet().stream().filter(m -> levelOf(m) == null)
                .filter(m -> !m.startsWith("AccountUserDetailsService.")) // Spring Security's own sign-in hook
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("public service methods without an authorization level: add them to MATRIX "
                + "(or to PatternRulesTest's lists with a reason)").isEmpty();
        assertThat(serviceMethods().keySet()).as("the matrix names only existing methods")
                .containsAll(MATRIX.keySet());
    }

    @Test
    void noRoleBelowAMethodsLevelGetsThrough() {
        String owner = account("소유자");
        String planner = account("기획자");
        String otherOwner = account("다른 소유자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("권한 매트릭스")));
        long other = signedIn.as(otherOwner, () -> experiments.create(Drafts.valid("다른 실험장")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        // Guests come in the way partner people do, with a new account through the invitation (guest-only accounts).
        String guest = teams.joinWithNewAccount(owner, id, "게스트", MemberRole.PARTNER_GUEST);
        String otherGuest = teams.joinWithNewAccount(otherOwner, other, "다른 게스트", MemberRole.PARTNER_GUEST);
        Map<Role, String> accountOf = new EnumMap<>(Map.of(Role.GUEST_OF_ANOTHER, otherGuest, Role.GUEST, guest,
                Role.PLANNER, planner, Role.OWNER, owner));

        List<String> leaks = new ArrayList<>();
        int refusals = 0;
        for (var entry : serviceMethods().entrySet()) {
            Level level = levelOf(entry.getKey());
            if (level == null) {
                continue; // reported by the other test
            }
            for (Method m : entry.getValue()) {
                for (Role role : Role.values()) {
                    if (role.ordinal() >= level.rank) {
                        continue;
                    }
                    Object outcome = call(m, id, role == Role.ANONYMOUS ? null : accountOf.get(role));
                    if (outcome instanceof Refused) {
                        refusals++;
                    } else {
                        leaks.add(entry.getKey() + " as " + role + " (level " + level + "): " + outcome);
                    }
                }
            }
        }
        assertThat(leaks).as("calls that were not refused").isEmpty();
        assertThat(refusals).as("refused calls checked (the matrix is not empty)").isGreaterThan(250);
    }

    /** The outcome of one call: {@link Refused}, or a description of what happened instead. */
    Object call(Method m, long experimentId, String asAccount) {
        Object bean = context.getBean(m.getDeclaringClass());
        Object[] args = arguments(m, experimentId);
        java.util.function.Supplier<Object> invoke = () -> {
            try {
                Object result = bean.getClass().getMethod(m.getName(), m.getParameterTypes()).invoke(bean, args);
                return "returned " + abbreviate(result);
            } catch (InvocationTargetException e) {
                Throwable t = e.getCause();
                if (t instanceof AccessDeniedException || t instanceof AuthenticationException) {
                    return new Refused();
                }
                return "threw " + t;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
        if (asAccount == null) {
            var previous = SecurityContextHolder.getContext();
            SecurityContextHolder.clearContext();
            try {
                return invoke.get();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }
        return signedIn.as(asAccount, invoke);
    }

    record Refused() {
    }

    static String abbreviate(Object o) {
        String s = String.valueOf(o);
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    /** Plausible arguments: the experiment's id for the first long, small values for the rest. */
    static Object[] arguments(Method m, long experimentId) {
        Class<?>[] types = m.getParameterTypes();
        Object[] args = new Object[types.length];
        boolean experimentGiven = false;
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i];
            if ((t == long.class || t == Long.class) && !experimentGiven) {
                args[i] = experimentId;
                experimentGiven = true;
            } else if (t == long.class || t == Long.class) {
                args[i] = 1L;
            } else if (t == int.class || t == Integer.class) {
                args[i] = 1;
            } else if (t == boolean.class || t == Boolean.class) {
                args[i] = true;
            } else if (t == String.class) {
                args[i] = "x";
            } else if (t == byte[].class) {
                args[i] = "이름\n김".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            } else if (t == LocalDate.class) {
                args[i] = LocalDate.of(2027, 3, 1);
            } else if (t == LocalTime.class) {
                args[i] = LocalTime.NOON;
            } else if (t == Instant.class) {
                args[i] = Instant.now();
            } else if (t.isEnum()) {
                args[i] = t.getEnumConstants()[0];
            } else if (List.class.isAssignableFrom(t) || Collection.class.equals(t)) {
                args[i] = List.of();
            } else if (Set.class.isAssignableFrom(t)) {
                args[i] = Set.of();
            } else if (Map.class.isAssignableFrom(t)) {
                args[i] = Map.of();
            } else if (t == Stream.class) {
                args[i] = Stream.empty();
            } else {
                args[i] = null;
            }
        }
        return args;
    }

    String account(String name) {
        String email = "m" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, Teams.PASSWORD);
        return email;
    }
}
