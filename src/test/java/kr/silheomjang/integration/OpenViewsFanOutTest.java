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

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.people.ParticipantService;
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

    @Test
    void oneChangeReadsTheSameForSixViewersAsForOne() {
        Map<String, Long> one = statementsPerChange(1);
        Map<String, Long> six = statementsPerChange(6);
        // Every page that shows what a change touched reads it (a page that never heard of it would read 0 twice).
        assertThat(one).as("pages that read each change").allSatisfy((changeAndPage, statements) -> {
            if (HEARD.contains(changeAndPage)) {
                assertThat(statements).as(changeAndPage).isPositive();
            }
        });
        assertThat(six).as("statements per change with six viewers' pages open vs. one viewer's").isEqualTo(one);
    }

    /** For each kind of change and each page, the statements that page's open windows ran on hearing it. */
    private Map<String, Long> statementsPerChange(int viewersCount) {
        String owner = newAccount("김기획");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("열린 화면 팬아웃")));
        Map<String, List<BrowserlessUIContext>> windows = new LinkedHashMap<>();
        for (int v = 0; v < viewersCount; v++) {
            String viewer = teams.joinWithNewAccount(owner, id, "기획" + v, MemberRole.PLANNER);
            for (String page : PAGES) {
                // A session per page: a session's queued work runs for all its windows at once, so the pages' reads
                // could not be told apart.
                BrowserlessUIContext window = withOpenPush(app.newUser(signedIn.authentication(viewer)).newWindow());
                window.activate();
                window.getUI().navigate("experiments/" + id + (page.isEmpty() ? "" : "/" + page));
                runQueuedAccess(window);
                windows.computeIfAbsent(page.isEmpty() ? "overview" : page, p -> new ArrayList<>()).add(window);
            }
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
                        long before = ThreadStatements.onThisThread();
                        runQueuedAccess(w);
                        read.merge(change + " / " + group.getKey(), ThreadStatements.onThisThread() - before,
                                Long::sum);
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
