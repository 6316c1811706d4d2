package kr.silheomjang.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.server.VaadinSession;

import kr.silheomjang.budget.BudgetCategory;
import kr.silheomjang.budget.BudgetLineDraft;
import kr.silheomjang.budget.BudgetService;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.people.PartnerDraft;
import kr.silheomjang.people.PartnerService;
import kr.silheomjang.planning.Direction;
import kr.silheomjang.planning.PlanningService;
import kr.silheomjang.schedule.EventDraft;
import kr.silheomjang.schedule.EventType;
import kr.silheomjang.schedule.ScheduleService;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.ThreadStatements;

/**
 * Issue #21 points 2 and 9, through the open pages themselves: co-planners have the board, the overview, the people
 * page, check-in and the calendar open; one change of each kind reaches every page, and all the pages together read
 * the database as many times for six viewers as for one (statements counted on the thread that runs the pages,
{@link ThreadStatements}). What a page reads on a live update is what its own code
 * does when it hears it, so this opens real views (browserless) instead of calling the services they use.
 */
class OpenViewsFanOutTest extends BrowserlessSupport {

    private static final List<String> PAGES = List.of("board", "", "people", "checkin", "schedule");
    /** The pages that show what each change touches. */
    private static final Set<String> HEARD = Set.of("card move / board", "card move / overview",
            "card move / schedule", "walk-in / overview", "walk-in / people", "walk-in / checkin",
            "calendar event / overview", "calendar event / schedule");

    @Autowired
    ExperimentService experiments;
    @Autowired
    PlanningService planning;
    @Autowired
    ParticipantService participants;
    @Autowired
    ScheduleService schedule;
    @Autowired
    PartnerService partners;
    @Autowired
    InvitationService invitations;
    @Autowired
    BudgetService budget;

    /** The pages a partner guest has open; the overview and the budget show the plan shared with their organisation. */
    private static final List<String> GUEST_PAGES = List.of("", "budget", "board", "people", "schedule");
    /** Guests' pages that read each change themselves (the budget page takes the overview's read of the plan). */
    private static final Set<String> HEARD_BY_GUESTS = Set.of("budget line / overview", "card move / board",
            "card move / overview", "walk-in / people", "calendar event / schedule");

    @Test
    void oneChangeReadsTheSameForSixViewersAsForOne() {
        Map<String, Long> one = statementsPerChange(1);
        assertReadAlike(one, statementsPerChange(6), HEARD, "viewers");
    }

    @Test
    void oneChangeReadsTheSameForSixPartnerGuestsAsForOne() {
        Map<String, Long> one = guestStatementsPerChange(1);
        assertReadAlike(one, guestStatementsPerChange(6), HEARD_BY_GUESTS, "guests");
    }

    /**
     * Every page in {@code heard} read its change (a page that never heard of it would read 0 twice), and six
     * {@code who} cost what one costs.
     */
    private static void assertReadAlike(Map<String, Long> one, Map<String, Long> six, Set<String> heard, String who) {
        assertThat(one).as("pages that read each change").allSatisfy((changeAndPage, statements) -> {
            if (heard.contains(changeAndPage)) {
                assertThat(statements).as(changeAndPage).isPositive();
            }
        });
        assertThat(six).as("statements per change with six %s' pages open vs. one's", who).isEqualTo(one);
    }

    /**
     * Guests of one partner organisation whose budget lines the owner shares have the overview and the budget open;
     * the owner adds a line for that organisation.
     */
    private Map<String, Long> guestStatementsPerChange(int guestsCount) {
        String owner = newAccount("김기획");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("협력기관 팬아웃")));
        long partner = signedIn.as(owner, () -> partners.add(id, new PartnerDraft("동네 도서관", null, null, null, null)));
        signedIn.run(owner, () -> budget.share(id, partner, true));
        Map<String, List<BrowserlessUIContext>> windows = new LinkedHashMap<>();
        for (int g = 0; g < guestsCount; g++) {
            String guest = newAccount("협력" + g);
            String link = signedIn.as(owner, () -> partners.inviteGuest(id, partner, guest).link());
            signedIn.run(guest, () -> invitations.acceptAsSignedIn(link.substring(link.lastIndexOf('/') + 1)));
            open(windows, guest, id, GUEST_PAGES);
        }
        settle(windows, "opening");
        Map<String, Long> read = new LinkedHashMap<>(heard(windows, "budget line", () -> signedIn.as(owner,
                () -> budget.addLine(id, new BudgetLineDraft(BudgetCategory.VENUE, "동네 도서관 대관료", 300_000L, null,
                        partner)))));
        assertThat(windows.get("budget")).as("every guest's budget page shows the new shared line")
                .allSatisfy(w -> assertThat(w.getCurrentView().getElement().getTextRecursively()).contains("동네 도서관 대관료"));
        long card = signedIn.as(owner, () -> planning.board(id)).columns().get(0).cards().get(0).id();
        read.putAll(heard(windows, "card move",
                () -> signedIn.run(owner, () -> planning.move(id, card, Direction.RIGHT))));
        read.putAll(heard(windows, "walk-in",
                () -> signedIn.as(owner, () -> participants.addWalkIn(id, "현장 참가자", "", ""))));
        LocalDate day = LocalDate.now().plusDays(3);
        read.putAll(heard(windows, "calendar event", () -> signedIn.as(owner, () -> schedule.create(id,
                new EventDraft("사전 답사", EventType.MILESTONE, day, null, day, null, "서울역", Set.of(), null)))));
        return read;
    }

    /** Opens each page for {@code viewer}, each in a session of its own, grouped by page. */
    private void open(Map<String, List<BrowserlessUIContext>> windows, String viewer, long id, List<String> pages) {
        for (String page : pages) {
            // A session per page: a session's queued work runs for all its windows at once, so the pages' reads
            // could not be told apart.
            BrowserlessUIContext window = withOpenPush(app.newUser(signedIn.authentication(viewer)).newWindow());
            window.activate();
            window.getUI().navigate("experiments/" + id + (page.isEmpty() ? "" : "/" + page));
            runQueuedAccess(window);
            windows.computeIfAbsent(page.isEmpty() ? "overview" : page, p -> new ArrayList<>()).add(window);
        }
    }

    /** For each kind of change and each page, the statements that page's open windows ran on hearing it. */
    private Map<String, Long> statementsPerChange(int viewersCount) {
        String owner = newAccount("김기획");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("열린 화면 팬아웃")));
        Map<String, List<BrowserlessUIContext>> windows = new LinkedHashMap<>();
        for (int v = 0; v < viewersCount; v++) {
            open(windows, teams.joinWithNewAccount(owner, id, "기획" + v, MemberRole.PLANNER), id, PAGES);
        }
        settle(windows, "opening");
        var board = signedIn.as(owner, () -> planning.board(id));
        long card = board.columns().get(0).cards().get(0).id();
        Map<String, Long> read = new LinkedHashMap<>();
        read.putAll(heard(windows, "card move",
                () -> signedIn.run(owner, () -> planning.move(id, card, Direction.RIGHT))));
        read.putAll(heard(windows, "walk-in",
                () -> signedIn.as(owner, () -> participants.addWalkIn(id, "현장 참가자", "", ""))));
        LocalDate day = LocalDate.now().plusDays(3);
        read.putAll(heard(windows, "calendar event", () -> signedIn.as(owner, () -> schedule.create(id,
                new EventDraft("사전 답사", EventType.MILESTONE, day, null, day, null, "서울역", Set.of(), null)))));
        return read;
    }

    /**
     * Makes the change, then lets each page handle its live update and counts what it read: the pages read only
     * inside their windows' queued access, which runs on this thread (the test thread holds every session).
     */
    private static Map<String, Long> heard(Map<String, List<BrowserlessUIContext>> windows,
            String change, Runnable making) {
        making.run();
        return settle(windows, change);
    }

    /**
     * Lets every window handle what arrives until nothing more does for a while (coalesced follow-ups included);
     * returns the statements per page, keyed "change / page".
     */
    private static Map<String, Long> settle(Map<String, List<BrowserlessUIContext>> windows,
            String change) {
        Map<String, Long> read = new LinkedHashMap<>();
        windows.keySet().forEach(page -> read.put(change + " / " + page, 0L));
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < Duration.ofMillis(300).toNanos()) {
            for (var group : windows.entrySet()) {
                for (BrowserlessUIContext w : group.getValue()) {
                    VaadinSession session = w.getUI().getSession();
                    if (!session.getPendingAccessQueue().isEmpty()) {
                        // This thread's statements only: the pages read here (their shared reads too), while other
                        // threads of the application (the search index catching up) read what they read meanwhile.
                        List<String> statements = ThreadStatements.recordedDuring(() -> runQueuedAccess(w));
                        read.merge(change + " / " + group.getKey(), (long) statements.size(), Long::sum);
                        if (Boolean.getBoolean("fanout.debug") && !statements.isEmpty()) {
                            System.out.println("FANOUT " + change + " / " + group.getKey() + ": "
                                    + String.join("\n    ", statements));
                        }
                        quietSince = System.nanoTime();
                    }
                }
            }
            pause(10);
        }
        return read;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
