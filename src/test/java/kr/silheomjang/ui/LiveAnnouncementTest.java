package kr.silheomjang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;

import kr.silheomjang.support.MutableClock;

/**
 * The live region's pacing (at most one sentence a second, the rest coalesced; a waiting sentence rides on the next
 * live push after its slot) and its Korean particle.
 */
class LiveAnnouncementTest {

    private static final Instant T0 = Instant.parse("2026-12-02T01:00:00Z");

    private final AnnouncementPacer pacer = new AnnouncementPacer(Duration.ofSeconds(1), n -> "(외 " + n + "건)");

    @Test
    void theFirstSentenceIsSaidAtOnceAndTheNextWithinASecondWaitsForTheSlot() {
        assertThat(pacer.offer("A님이 '홍보' 카드를 진행 중으로 옮겼습니다", T0))
                .isEqualTo(new AnnouncementPacer.Next.SayNow("A님이 '홍보' 카드를 진행 중으로 옮겼습니다"));
        assertThat(pacer.offer("B", T0.plusMillis(300)))
                .isEqualTo(new AnnouncementPacer.Next.FlushIn(Duration.ofMillis(700)));
        // Already planned: more sentences join that one flush.
        assertThat(pacer.offer("C", T0.plusMillis(500))).isEqualTo(new AnnouncementPacer.Next.Wait());
        assertThat(pacer.offer("D", T0.plusMillis(900))).isEqualTo(new AnnouncementPacer.Next.Wait());
        assertThat(pacer.flush(T0.plusSeconds(1))).contains("D (외 2건)");
        // Right after the flush: the next sentence waits a full second again.
        assertThat(pacer.offer("E", T0.plusMillis(1200)))
                .isEqualTo(new AnnouncementPacer.Next.FlushIn(Duration.ofMillis(800)));
        assertThat(pacer.flush(T0.plusSeconds(2))).contains("E");
        assertThat(pacer.flush(T0.plusSeconds(3))).isEmpty();
    }

    @Test
    void aSentenceAfterAQuietSecondIsSaidAtOnce() {
        pacer.offer("A", T0);
        assertThat(pacer.offer("B", T0.plusMillis(1000))).isEqualTo(new AnnouncementPacer.Next.SayNow("B"));
        assertThat(pacer.offer("C", T0.plusSeconds(5))).isEqualTo(new AnnouncementPacer.Next.SayNow("C"));
    }

    @Test
    void aWaitingSentenceIsSaidByTheFirstFlushAtOrAfterItsSlotAndNotBefore() {
        pacer.offer("A", T0);
        assertThat(pacer.offer("B", T0.plusMillis(300)))
                .isEqualTo(new AnnouncementPacer.Next.FlushIn(Duration.ofMillis(700)));
        assertThat(pacer.plannedFor()).isEqualTo(T0.plusSeconds(1));
        // A push going out before the slot takes nothing along; the sentence keeps waiting.
        assertThat(pacer.flush(T0.plusMillis(800))).isEmpty();
        assertThat(pacer.plannedFor()).isEqualTo(T0.plusSeconds(1));
        // The first push after the slot says it; nothing is left for the planned fallback.
        assertThat(pacer.flush(T0.plusMillis(1200))).contains("B");
        assertThat(pacer.plannedFor()).isNull();
        assertThat(pacer.flush(T0.plusMillis(2200))).isEmpty();
        // A sentence offered after the slot opened says what waited with it, at once.
        assertThat(pacer.offer("C", T0.plusMillis(1500)))
                .isEqualTo(new AnnouncementPacer.Next.FlushIn(Duration.ofMillis(700)));
        assertThat(pacer.offer("D", T0.plusMillis(2300))).isEqualTo(new AnnouncementPacer.Next.SayNow("D (외 1건)"));
        assertThat(pacer.plannedFor()).isNull();
    }

    @Test
    void theSentenceRidesOnTheNextLivePushAndIsPushedAloneOnlyWhenNoneCameByAfterTheGrace() {
        MutableClock clock = new MutableClock(T0);
        List<Planned> planned = new ArrayList<>();
        CountingUi ui = new CountingUi();
        LiveAnnouncer announcer = new LiveAnnouncer(clock, (task, delay) -> planned.add(new Planned(task, delay)));
        ui.add(announcer);

        announcer.say("A");
        assertThat(announcer.said()).isEqualTo("A");
        assertThat(planned).isEmpty();
        clock.set(T0.plusMillis(300));
        announcer.say("B");
        assertThat(announcer.said()).isEqualTo("A");
        // The fallback: the slot (700 ms on) plus the grace.
        assertThat(planned).singleElement().extracting(Planned::delay)
                .isEqualTo(Duration.ofMillis(700).plus(LiveAnnouncer.GRACE));
        // A live batch pushed before the slot: B still waits.
        clock.set(T0.plusMillis(800));
        announcer.beforePush();
        assertThat(announcer.said()).isEqualTo("A");
        // The next live batch after the slot carries B.
        clock.set(T0.plusMillis(1200));
        announcer.beforePush();
        assertThat(announcer.said()).isEqualTo("B");
        // C waits for the slot after B (2,200 ms): a second fallback.
        clock.set(T0.plusMillis(1500));
        announcer.say("C");
        assertThat(planned).hasSize(2);
        // The first fallback comes: its sentence went with the batch, so it does not even take the UI's lock (no
        // push), and it does not say C before C's slot.
        clock.set(T0.plusMillis(2000));
        planned.get(0).task().run();
        assertThat(ui.accesses).isZero();
        assertThat(announcer.said()).isEqualTo("B");
        // No live batch came: C's own fallback pushes it.
        clock.set(T0.plusMillis(3200));
        planned.get(1).task().run();
        assertThat(ui.accesses).isEqualTo(1);
        assertThat(announcer.said()).isEqualTo("C");
        // A batch with nothing waiting changes nothing.
        clock.set(T0.plusMillis(5000));
        announcer.beforePush();
        assertThat(announcer.said()).isEqualTo("C");
    }

    private record Planned(Runnable task, Duration delay) {
    }

    /** Runs {@code access} at once (no session here) and counts how often the lock would have been taken. */
    private static final class CountingUi extends UI {
        int accesses;

        @Override
        public Future<Void> access(Command command) {
            accesses++;
            command.execute();
            return CompletableFuture.completedFuture(null);
        }
    }

    @Test
    void theParticleFollowsTheLastSyllable() {
        assertThat(LiveAnnouncer.ro("진행 중")).isEqualTo("으로");
        assertThat(LiveAnnouncer.ro("완료")).isEqualTo("로");
        assertThat(LiveAnnouncer.ro("할 일")).isEqualTo("로");
        assertThat(LiveAnnouncer.ro("Doing")).isEqualTo("(으)로");
    }
}
