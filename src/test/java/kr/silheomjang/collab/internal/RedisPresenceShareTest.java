package kr.silheomjang.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.collab.PresenceRegistry;
import kr.silheomjang.collab.PresenceRegistry.FormUser;
import kr.silheomjang.collab.PresenceRegistry.PresentUser;
import kr.silheomjang.collab.ReadFreshness;
import kr.silheomjang.collab.WorkspaceLive;

/**
 * Presence across two "nodes" on the machine's Redis (see {@link RedisLiveUpdateBusTest} for the nodes): a person
 * opening a page on node A shows on node B, in order of arrival, and leaves there when they leave; open forms and the
 * field someone is in travel the same way; a dead node's seats stop counting; views of one node handling the same
 * announcement share one read.
 */
class RedisPresenceShareTest {

    private RedisLiveUpdateBusTest.Node nodeA;
    private RedisLiveUpdateBusTest.Node nodeB;
    private RedisPresenceShare shareA;
    private RedisPresenceShare shareB;

    @AfterEach
    void stop() {
        for (AutoCloseable c : new AutoCloseable[] {shareA, shareB, nodeA, nodeB}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void whoIsOnOneNodeShowsOnTheOtherAndLeavesThere() throws Exception {
        nodeA = new RedisLiveUpdateBusTest.Node();
        nodeB = new RedisLiveUpdateBusTest.Node();
        RedisLiveUpdateBusTest.awaitSubscribers(nodeA, 2);
        shareA = new RedisPresenceShare(new StringRedisTemplate(nodeA.factory), nodeA.bus, Clock.systemUTC());
        shareB = new RedisPresenceShare(new StringRedisTemplate(nodeB.factory), nodeB.bus, Clock.systemUTC());
        PresenceRegistry onA = new PresenceRegistry(shareA);
        PresenceRegistry onB = new PresenceRegistry(shareB);
        long experiment = ThreadLocalRandom.current().nextLong(1L << 50, 1L << 60);
        BlockingQueue<LiveUpdate> heardOnB = new LinkedBlockingQueue<>();
        BlockingQueue<LiveUpdate> heardOnA = new LinkedBlockingQueue<>();
        nodeB.bus.subscribe(experiment, heardOnB::add);
        nodeA.bus.subscribe(experiment, heardOnA::add);

        LiveUpdateBus.Subscription kim = onA.join(experiment, 1, "김기획", "board");
        awaitKind(heardOnB, WorkspaceLive.PRESENCE);
        await(() -> names(onB.present(experiment)), List.of("김기획"));

        // A hears its own announcement too (through Redis): only what comes after B joins counts.
        awaitKind(heardOnA, WorkspaceLive.PRESENCE);
        heardOnA.clear();
        onB.join(experiment, 2, "이준비", "schedule");
        awaitKind(heardOnA, WorkspaceLive.PRESENCE);
        await(() -> names(onA.present(experiment)), List.of("김기획", "이준비"));
        await(() -> names(onB.present(experiment)), List.of("김기획", "이준비"));

        PresenceRegistry.FormSeat seat = onA.enterForm(experiment, "card:7", 1, "김기획");
        seat.at("title");
        awaitKind(heardOnB, WorkspaceLive.FORMS);
        await(() -> onB.inForm(experiment, "card:7"), List.of(new FormUser(1, "김기획", "title")));

        heardOnB.clear();
        seat.close();
        kim.close();
        awaitKind(heardOnB, WorkspaceLive.PRESENCE);
        await(() -> names(onB.present(experiment)), List.of("이준비"));
        await(() -> onB.inForm(experiment, "card:7"), List.of());
    }

    @Test
    void aDeadNodesSeatsStopCountingAndViewsOfOneNodeShareOneRead() throws Exception {
        nodeB = new RedisLiveUpdateBusTest.Node();
        StringRedisTemplate redis = new StringRedisTemplate(nodeB.factory);
        shareB = new RedisPresenceShare(redis, nodeB.bus, Clock.systemUTC());
        long experiment = ThreadLocalRandom.current().nextLong(1L << 50, 1L << 60);
        String key = RedisPresenceShare.KEY + experiment;
        PresenceShare.Seat seat = new PresenceShare.Seat(1, 1, 5, "박협력", null, "board", null);
        long now = System.currentTimeMillis();
        redis.opsForHash().put(key, "gone-node",
                RedisPresenceShare.encode(now - RedisPresenceShare.STALE.toMillis() - 1000, List.of(seat)));
        redis.opsForHash().put(key, "live-node", RedisPresenceShare.encode(now, List.of(seat)));
        try {
            assertThat(shareB.others(experiment)).containsExactly(seat);

            // Views handling one announcement (arrived before the read began) share the read: a later write is not
            // seen by them, only by a read that must be fresh (a page opening now).
            long arrived = System.nanoTime();
            PresenceShare.Seat other = new PresenceShare.Seat(2, 2, 6, "최새로", null, "board", null);
            ReadFreshness.during(arrived, () -> {
                assertThat(shareB.others(experiment)).containsExactly(seat);
                redis.opsForHash().put(key, "live-node", RedisPresenceShare.encode(now, List.of(seat, other)));
                assertThat(shareB.others(experiment)).containsExactly(seat);
            });
            assertThat(shareB.others(experiment)).containsExactly(seat, other);
        } finally {
            redis.delete(key);
        }
    }

    private static List<String> names(List<PresentUser> users) {
        return users.stream().map(PresentUser::displayName).toList();
    }

    private static void awaitKind(BlockingQueue<LiveUpdate> heard, WorkspaceLive kind) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            LiveUpdate u = heard.poll(100, TimeUnit.MILLISECONDS);
            if (u != null && u.kind() == kind) {
                return;
            }
        }
        throw new AssertionError("no " + kind + " announcement within 10 s");
    }

    private static <T> void await(Supplier<T> actual, T expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        T last = actual.get();
        while (!last.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            last = actual.get();
        }
        assertThat(last).isEqualTo(expected);
    }
}
