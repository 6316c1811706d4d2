package kr.silheomjang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The live region's pacing (at most one sentence a second, the rest coalesced) and its Korean particle. */
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
    void theParticleFollowsTheLastSyllable() {
        assertThat(LiveAnnouncer.ro("진행 중")).isEqualTo("으로");
        assertThat(LiveAnnouncer.ro("완료")).isEqualTo("로");
        assertThat(LiveAnnouncer.ro("할 일")).isEqualTo("로");
        assertThat(LiveAnnouncer.ro("Doing")).isEqualTo("(으)로");
    }
}
