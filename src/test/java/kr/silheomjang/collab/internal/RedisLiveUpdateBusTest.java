package kr.silheomjang.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.api.async.BaseRedisAsyncCommands;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.DefaultMessage;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.planning.PlanningLive;
import kr.silheomjang.collab.WorkspaceLive;

/**
 * Two "nodes" on the machine's Redis (127.0.0.1:6379, or {@code SILHEOMJANG_TEST_REDIS_HOST}/{@code _PORT}), each with
 * its own connection factory, listener container and local bus, wired as {@link LiveBusConfig} wires one node. No
 * Spring context. Fails (no skip) when Redis is not reachable. Experiment ids are random and huge, so a dev server
 * sharing this Redis never hears of an experiment it has.
 */
class RedisLiveUpdateBusTest {

    private static final String HOST = env("SILHEOMJANG_TEST_REDIS_HOST", "127.0.0.1");
    private static final int PORT = Integer.parseInt(env("SILHEOMJANG_TEST_REDIS_PORT", "6379"));
    private static final long WAIT_MILLIS = 5_000;

    private Node nodeA;
    private Node nodeB;

    @AfterEach
    void stopNodes() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void updatePublishedOnOneNodeReachesSubscribersOfThatExperimentOnEveryNode() throws Exception {
        nodeA = new Node();
        nodeB = new Node();
        awaitSubscribers(nodeA, 2);
        long experiment = randomExperimentId();
        long otherExperiment = experiment + 1;
        long sentinelExperiment = experiment + 2;

        BlockingQueue<LiveUpdate> onB = new LinkedBlockingQueue<>();
        BlockingQueue<LiveUpdate> onA = new LinkedBlockingQueue<>();
        BlockingQueue<LiveUpdate> otherOnB = new LinkedBlockingQueue<>();
        BlockingQueue<LiveUpdate> sentinelOnB = new LinkedBlockingQueue<>();
        nodeB.bus.subscribe(experiment, onB::add);
        nodeA.bus.subscribe(experiment, onA::add);
        nodeB.bus.subscribe(otherExperiment, otherOnB::add);
        nodeB.bus.subscribe(sentinelExperiment, sentinelOnB::add);

        LiveUpdate update = LiveUpdate.of(experiment, WorkspaceLive.MEMBER_REMOVED, 42L);
        nodeA.bus.publish(update);

        // node B hears it through Redis, and so does node A itself (its own fan-out also goes through Redis)
        assertThat(onB.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isEqualTo(update);
        assertThat(onA.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isEqualTo(update);

        // a later message for a third experiment arrives; by then the first one would have reached the other
        // experiment's subscriber if it was going to
        nodeA.bus.publish(LiveUpdate.of(sentinelExperiment, WorkspaceLive.EXPERIMENT));
        assertThat(sentinelOnB.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isNotNull();
        assertThat(otherOnB.poll(200, TimeUnit.MILLISECONDS)).isNull();
        assertThat(onB).isEmpty();
        assertThat(onA).isEmpty();
    }

    @Test
    void publishHereReachesThisNodesSubscribersOnly() throws Exception {
        nodeA = new Node();
        nodeB = new Node();
        awaitSubscribers(nodeA, 2);
        long experiment = randomExperimentId();
        BlockingQueue<LiveUpdate> onA = new LinkedBlockingQueue<>();
        BlockingQueue<LiveUpdate> onB = new LinkedBlockingQueue<>();
        nodeA.bus.subscribe(experiment, onA::add);
        nodeB.bus.subscribe(experiment, onB::add);

        LiveUpdate here = LiveUpdate.of(experiment, WorkspaceLive.MEMBER_REMOVED, 7L);
        nodeA.bus.publishHere(here);
        assertThat(onA.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isEqualTo(here);
        // A later update through Redis reaches B; the one before it, had it gone through Redis, would have come first.
        LiveUpdate everywhere = LiveUpdate.of(experiment, WorkspaceLive.ACTIVITY);
        nodeA.bus.publish(everywhere);
        assertThat(onB.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isEqualTo(everywhere);
        assertThat(onA.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isEqualTo(everywhere);
        assertThat(onB).isEmpty();
    }

    @Test
    void closedSubscriptionHearsNothingMore() throws Exception {
        nodeA = new Node();
        nodeB = new Node();
        awaitSubscribers(nodeA, 2);
        long experiment = randomExperimentId();
        BlockingQueue<LiveUpdate> closed = new LinkedBlockingQueue<>();
        BlockingQueue<LiveUpdate> open = new LinkedBlockingQueue<>();
        nodeB.bus.subscribe(experiment, closed::add).close();
        nodeB.bus.subscribe(experiment, open::add);

        nodeA.bus.publish(LiveUpdate.of(experiment, WorkspaceLive.ACTIVITY));

        assertThat(open.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isNotNull();
        assertThat(closed.poll(200, TimeUnit.MILLISECONDS)).isNull();
        assertThat(nodeB.local.listenerCount(experiment)).isEqualTo(1);
    }

    @Test
    void encodeAndDecodeRoundTrip() {
        for (LiveUpdate u : List.of(
                LiveUpdate.of(7, WorkspaceLive.EXPERIMENT),
                LiveUpdate.of(7, WorkspaceLive.MEMBER_REMOVED, 3L),
                LiveUpdate.of(Long.MAX_VALUE, PlanningLive.BOARD, 1L, 22L, 333L),
                new LiveUpdate(-5, WorkspaceLive.PRESENCE, null),
                // what a screen reader says to the others travels too, whatever characters the names hold
                LiveUpdate.of(9, PlanningLive.BOARD, 4L).saying(2, "이|준비", "planning.said.moved", "홍보, 1", "진행 중", ""))) {
            assertThat(RedisLiveUpdateBus.decode(RedisLiveUpdateBus.encode(u))).isEqualTo(u);
        }
        assertThat(RedisLiveUpdateBus.encode(LiveUpdate.of(12, WorkspaceLive.MEMBERS))).isEqualTo("12|members|");
        assertThat(RedisLiveUpdateBus.encode(LiveUpdate.of(12, PlanningLive.BOARD, 1L, 2L))).isEqualTo("12|planning|1,2");
        assertThat(RedisLiveUpdateBus.decode("12|planning|1,2")).isEqualTo(LiveUpdate.of(12, PlanningLive.BOARD, 1L, 2L));
    }

    @Test
    void decodeRejectsMalformedMessages() {
        for (String bad : List.of("", "12", "x|experiment|", "12|experiment|a,b", "12|no-such-kind|")) {
            assertThatThrownBy(() -> RedisLiveUpdateBus.decode(bad)).isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void malformedMessageFromRedisIsIgnoredWithoutStoppingDelivery() throws Exception {
        LocalLiveUpdateBus local = new LocalLiveUpdateBus();
        try {
            RedisLiveUpdateBus bus = new RedisLiveUpdateBus(local, null);
            BlockingQueue<LiveUpdate> heard = new LinkedBlockingQueue<>();
            bus.subscribe(9, heard::add);

            bus.onMessage(message("garbage"), null);
            bus.onMessage(message("9|activity|"), null);

            assertThat(heard.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isEqualTo(LiveUpdate.of(9, WorkspaceLive.ACTIVITY));
            assertThat(heard.poll(100, TimeUnit.MILLISECONDS)).isNull();
            bus.close();
        } finally {
            local.close();
        }
    }

    private static DefaultMessage message(String body) {
        return new DefaultMessage(RedisLiveUpdateBus.CHANNEL.getBytes(StandardCharsets.UTF_8),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static long randomExperimentId() {
        return ThreadLocalRandom.current().nextLong(1L << 50, 1L << 60);
    }

    /** Until at least {@code n} clients listen on the channel (the containers subscribe asynchronously). */
    static void awaitSubscribers(Node node, long n) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMillis(WAIT_MILLIS).toNanos();
        long count = 0;
        while (System.nanoTime() < deadline) {
            try (RedisConnection c = node.factory.getConnection()) {
                @SuppressWarnings("unchecked")
                var lettuce = (BaseRedisAsyncCommands<byte[], byte[]>) c.getNativeConnection();
                count = lettuce.pubsubNumsub(RedisLiveUpdateBus.CHANNEL.getBytes(StandardCharsets.UTF_8))
                        .get(WAIT_MILLIS, TimeUnit.MILLISECONDS).values().stream().mapToLong(Long::longValue).sum();
            }
            if (count >= n) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Only " + count + " subscriber(s) on " + RedisLiveUpdateBus.CHANNEL + ", expected " + n);
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** One application node: its own Redis connections, listener container and local fan-out. */
    static final class Node implements AutoCloseable {

        final LettuceConnectionFactory factory;
        final LocalLiveUpdateBus local = new LocalLiveUpdateBus();
        final RedisLiveUpdateBus bus;
        final RedisMessageListenerContainer container = new RedisMessageListenerContainer();

        Node() {
            factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(HOST, PORT));
            factory.afterPropertiesSet();
            factory.start();
            try (RedisConnection c = factory.getConnection()) {
                c.ping();
            } catch (RuntimeException e) {
                factory.destroy();
                local.close();
                throw new IllegalStateException("Redis at " + HOST + ":" + PORT
                        + " is not reachable; RedisLiveUpdateBusTest needs it running", e);
            }
            bus = new RedisLiveUpdateBus(local, new StringRedisTemplate(factory));
            container.setConnectionFactory(factory);
            container.addMessageListener(bus, new ChannelTopic(RedisLiveUpdateBus.CHANNEL));
            container.addMessageListener(bus, new ChannelTopic(bus.probeChannel()));
            container.afterPropertiesSet();
            container.start();
            // Other clients of the machine's Redis may listen on the channel too, so counting subscribers is not
            // enough: wait until this node's own probe came back through its subscription.
            long deadline = System.nanoTime() + Duration.ofMillis(WAIT_MILLIS).toNanos();
            while (!bus.heardOwnProbe()) {
                if (System.nanoTime() > deadline) {
                    close();
                    throw new IllegalStateException("The node's subscription did not start");
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }

        @Override
        public void close() {
            bus.close();
            try {
                container.destroy();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                factory.destroy();
                local.close();
            }
        }
    }
}
