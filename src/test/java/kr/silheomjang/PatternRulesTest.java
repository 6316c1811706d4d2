package kr.silheomjang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;

import jakarta.persistence.PersistenceException;

import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.collab.LiveKinds;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.security.AdministratorService;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.DueDateSource;
import kr.silheomjang.shared.OverviewSummary;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.ExperimentPage;

/**
 * The one way to build a feature (docs/architecture.md), checked on every build: experiment pages use the shared base,
 * views leave persistence failures to {@link Actions}, services authorize every public method, and every live-update
 * kind is both published and heard.
 */
class PatternRulesTest {

    static final JavaClasses CLASSES = ModuleStructureTest.CLASSES;

    /**
     * Public service methods that need no per-experiment membership check, each with the reason. Everything else a
     * service makes public must reach {@link ExperimentAccess} (directly or through its own private helpers).
     */
    static final Map<String, String> PUBLIC_ON_PURPOSE = Map.ofEntries(
            Map.entry("ExperimentService.listMine", "lists only the caller's own memberships"),
            // Across experiments (portfolio, issue 15): the caller must be a member of every id asked for
            // (ExperimentAccess.requireMemberOfAll; PortfolioServiceTest), so the matrix's empty list returns nothing.
            Map.entry("ExperimentService.dates", "only experiments the caller is a member of, all of them checked"),
            Map.entry("ExperimentService.stageMoves", "only experiments the caller is a member of, all of them checked"),
            Map.entry("ScheduleService.milestones", "only experiments the caller is a member of, as their calendar"),
            Map.entry("PortfolioService.timeline", "lists only the caller's own memberships"),
            Map.entry("SearchService.search", "finds only in the caller's own experiments, as their role may see "
                    + "(SearchServiceTest: a guest never finds what they cannot open)"),
            Map.entry("ExperimentService.countMine", "counts only the caller's own memberships"),
            Map.entry("StageGuideService.listMine", "lists only the caller's own memberships, with their health"),
            Map.entry("ExperimentService.create", "the caller becomes the owner of a new experiment"),
            Map.entry("ExperimentService.canCreate", "about the caller's own account"),
            Map.entry("AccountService.changePassword", "the caller's own account"),
            Map.entry("AccountService.deleteOwnAccount", "the caller's own account, with its password"),
            Map.entry("AccountService.deletionHolds", "what keeps the caller's own account from being deleted"),
            Map.entry("InvitationService.acceptAsSignedIn",
                    "the secret token plus being signed in as the invited address; membership is what it grants"),
            Map.entry("AdministratorService.isAdministrator", "about the caller's own account"),
            Map.entry("AdministratorService.requireAdministrator", "is the organisation-level check itself"),
            Map.entry("SurveyService.publicLink", "builds a link from a token the caller already holds"),
            Map.entry("CardAttachmentService.attachmentPolicy", "the upload rules (size, types), no experiment data"),
            Map.entry("TopicService.canUse", "about the caller's own account (whether the pool is shown at all)"),
            Map.entry("NotificationService.myTopic", "the caller's own inbox topic"),
            Map.entry("NotificationService.inbox",
                    "the caller's own notifications, limited to their current memberships through Audience"),
            Map.entry("NotificationService.countInbox", "counts the caller's own notifications, as inbox does"),
            Map.entry("NotificationService.unreadCount", "counts the caller's own notifications, as inbox does"),
            Map.entry("NotificationService.markRead", "only a notification of the caller's own"),
            Map.entry("NotificationService.markAllRead", "only the caller's own notifications"),
            Map.entry("NotificationService.preferences", "the caller's own choices"),
            Map.entry("NotificationService.savePreferences", "the caller's own choices"));

    /**
     * Public service methods open to callers who are not signed in, each with the reason; they need neither
     * {@code @PreAuthorize} nor a membership check. The authorization matrix test exercises them anonymously.
     */
    static final Map<String, String> ANONYMOUS_ON_PURPOSE = Map.ofEntries(
            Map.entry("InvitationService.preview", "the secret invitation token is the credential"),
            Map.entry("InvitationService.acceptWithNewAccount", "the token is the credential"),
            Map.entry("PublicSurveyService.open", "the survey token is the credential"),
            Map.entry("PublicSurveyService.submit", "the survey token is the credential"),
            Map.entry("PublicRecruitmentService.open", "the sign-up form token is the credential"),
            Map.entry("PublicRecruitmentService.apply", "the sign-up form token is the credential"),
            Map.entry("PublicRecruitmentService.personal", "the personal link token is the credential"),
            Map.entry("PublicRecruitmentService.confirm", "the personal link token is the credential"),
            Map.entry("PublicRecruitmentService.cancel", "the personal link token is the credential"),
            Map.entry("PublicResultsService.open", "the results page token is the credential"),
            Map.entry("PublicResultsService.image", "the results page token is the credential"),
            Map.entry("OptOutService.state", "the opt-out token of a mailed link is the credential"),
            Map.entry("OptOutService.optOut", "the opt-out token of a mailed link is the credential"),
            Map.entry("OptOutService.optBackIn", "the opt-out token of a mailed link is the credential"),
            Map.entry("AccountService.createAccount", "used by invitation acceptance and the bootstrap account"),
            Map.entry("AccountService.findByEmail", "used by services for sign-in and invitations, never by views"),
            Map.entry("AccountService.findByIds", "used by services to show members' names, never by views"));

    @Test
    void everyExperimentRouteExtendsTheExperimentPage() {
        classes().that().areAnnotatedWith(Route.class).and(routeUnderAnExperiment())
                .should().beAssignableTo(ExperimentPage.class)
                .because("every page of an experiment gets route id, refusal, header, live updates and presence from "
                        + "one base (docs/architecture.md)")
                .check(CLASSES);
    }

    @Test
    void viewsNeverCatchPersistenceExceptionsThemselves() {
        noClasses().that().resideInAPackage("..ui..").and().doNotBelongToAnyOf(Actions.class)
                .should(catchAnyOf(DataAccessException.class, PersistenceException.class, TransactionException.class,
                        ConflictException.class))
                .because("Actions explains conflicts, lock races and database trouble the same way everywhere")
                .check(CLASSES);
    }

    @Test
    void servicePublicMethodsAreAuthorizedAndCheckMembership() {
        List<String> problems = new ArrayList<>();
        for (JavaClass service : services()) {
            boolean classAuthorized = service.isAnnotatedWith(PreAuthorize.class);
            for (JavaMethod m : service.getMethods()) {
                if (!m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.STATIC)
                        || m.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    continue;
                }
                String name = service.getSimpleName() + "." + m.getName();
                if (ANONYMOUS_ON_PURPOSE.containsKey(name)) {
                    continue;
                }
                if (!classAuthorized && !m.isAnnotatedWith(PreAuthorize.class)) {
                    problems.add(name + ": no @PreAuthorize on the method or its class");
                }
                if (!PUBLIC_ON_PURPOSE.containsKey(name) && !reachesMembershipCheck(m)) {
                    problems.add(name + ": never calls ExperimentAccess or requireAdministrator (add the check, or "
                            + "list it in PUBLIC_ON_PURPOSE with the reason)");
                }
            }
        }
        assertThat(problems).as("service methods that skip authorization").isEmpty();
        Set<String> known = new HashSet<>();
        services().forEach(s -> s.getMethods().forEach(m -> known.add(s.getSimpleName() + "." + m.getName())));
        assertThat(known).as("PUBLIC_ON_PURPOSE names only existing methods").containsAll(PUBLIC_ON_PURPOSE.keySet());
        assertThat(known).as("ANONYMOUS_ON_PURPOSE names only existing methods")
                .containsAll(ANONYMOUS_ON_PURPOSE.keySet());
    }

    @Test
    void everyLiveKindIsPublishedAndHeard() {
        Set<String> unpublished = new TreeSet<>();
        Set<String> unheard = new TreeSet<>();
        for (LiveKind kind : LiveKinds.sorted()) {
            Class<?> type = kind.getClass().isAnonymousClass() ? kind.getClass().getSuperclass() : kind.getClass();
            if (!CLASSES.contain(type)) {
                continue; // declared by test code (the benchmarks' bare push)
            }
            JavaClass declaring = CLASSES.get(type);
            JavaField constant = declaring.getField(((Enum<?>) kind).name());
            boolean published = false;
            boolean heard = false;
            for (var access : constant.getAccessesToSelf()) {
                JavaClass user = access.getOriginOwner();
                published |= publishesLiveUpdates(user);
                heard |= user.getPackageName().contains(".ui") || user.isAssignableTo(OverviewSummary.class)
                        || user.isAssignableTo(DueDateSource.class)
                        || user.isAssignableTo(kr.silheomjang.experiment.StageCheckSource.class);
            }
            if (!published) {
                unpublished.add(kind.key());
            }
            if (!heard) {
                unheard.add(kind.key());
            }
        }
        assertThat(unpublished).as("live kinds nobody publishes").isEmpty();
        assertThat(unheard).as("live kinds no view listens to").isEmpty();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static List<JavaClass> services() {
        return CLASSES.stream().filter(c -> c.isAnnotatedWith(Service.class))
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(c -> c.getPackageName().matches("kr\\.silheomjang\\.[a-z]+"))
                .toList();
    }

    /**
     * Follows calls into the service's own methods until one reaches the membership check (or, for organisation-wide
     * things such as shared templates, the organisation-administrator check).
     */
    private static boolean reachesMembershipCheck(JavaMethod start) {
        Deque<JavaCodeUnit> todo = new ArrayDeque<>(List.of(start));
        Set<JavaCodeUnit> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            JavaCodeUnit unit = todo.pop();
            if (!seen.add(unit)) {
                continue;
            }
            for (var call : unit.getCallsFromSelf()) {
                JavaClass target = call.getTargetOwner();
                if (target.isEquivalentTo(ExperimentAccess.class) && checksTheCaller(call.getName())
                        || target.isEquivalentTo(AdministratorService.class)
                        && call.getName().equals("requireAdministrator")) {
                    return true;
                }
                if (target.equals(start.getOwner())) {
                    call.getTarget().resolveMember().ifPresent(todo::push);
                }
            }
            // Lambdas passed to helpers run as synthetic methods of the same class.
            for (var ref : unit.getMethodReferencesFromSelf()) {
                if (ref.getTargetOwner().equals(start.getOwner())) {
                    ref.getTarget().resolveMember().ifPresent(todo::push);
                }
            }
        }
        return false;
    }

    /**
     * The methods of ExperimentAccess that check the caller (deny, or scope to the caller's memberships); not those
     * that only answer something anonymous paths or links need (isClosed, mayStartExperimentsForLinksIn).
     */
    private static boolean checksTheCaller(String method) {
        return method.startsWith("require") || Set.of("myRoles", "visibleDetails", "mayStartExperiments")
                .contains(method);
    }

    /** Makes a LiveUpdate itself, or hands a kind to a helper that does (e.g. the people module's audit). */
    private static boolean publishesLiveUpdates(JavaClass c) {
        return c.getCodeUnits().stream().anyMatch(u -> u.getCallsFromSelf().stream().anyMatch(call ->
                (call.getTargetOwner().isEquivalentTo(LiveUpdate.class)
                        && (call.getName().equals("of") || call.getName().equals("<init>")))
                        || call.getTarget().getRawParameterTypes().stream()
                                .anyMatch(p -> p.isAssignableTo(LiveKind.class))
                        && !call.getTargetOwner().isEquivalentTo(LiveUpdate.class)
                        && !call.getTargetOwner().getPackageName().startsWith("kr.silheomjang.ui")));
    }

    private static DescribedPredicate<JavaClass> routeUnderAnExperiment() {
        // Print sheets (autoLayout = false) stand alone on paper: no header, tabs or live updates.
        return DescribedPredicate.describe("have a route under experiments/:experimentId inside the app shell",
                c -> c.getAnnotationOfType(Route.class).value().startsWith("experiments/:experimentId")
                        && c.getAnnotationOfType(Route.class).autoLayout());
    }

    @SafeVarargs
    private static ArchCondition<JavaClass> catchAnyOf(Class<? extends Throwable>... types) {
        return new ArchCondition<>("catch persistence exceptions") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaCodeUnit unit : c.getCodeUnits()) {
                    for (var block : unit.getTryCatchBlocks()) {
                        for (JavaClass caught : block.getCaughtThrowables()) {
                            for (Class<? extends Throwable> t : types) {
                                if (caught.isAssignableTo(t)) {
                                    events.add(SimpleConditionEvent.satisfied(c, c.getName() + "." + unit.getName()
                                            + " catches " + caught.getSimpleName() + " " + block.getSourceCodeLocation()));
                                }
                            }
                        }
                    }
                }
            }
        };
    }
}
