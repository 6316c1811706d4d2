package kr.silheomjang.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.support.RedisProcess;

/**
 * The Redis bus on its own against a private {@code redis-server} that hangs, dies and comes back (two nodes wired as
 * {@link LiveBusConfig} wires them, with the same Lettuce options): publishing returns at once, each node delivers its
 * own updates while Redis is away, both say so and both say when it is back, and then updates cross again.
 */
class RedisOutageBusTest {

    private static final long WAIT_SECONDS = 15;
    private static final LiveUpdate CROSSING = LiveUpdate.of(1, WorkspaceLive.PRESENCE, 99L);

    private RedisProcess redis;
    private Node a;
    private Node b;

    @AfterEach
    void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void eachNodeKeepsDeliveringItsOwnUpdatesWhileRedisIsAwayAndBothHearWhenItIsBack() throws Exception {
        redis = RedisProcess.startOnFreePort();
        a = new Node(redis.port());
        b = new Node(redis.port());
        BlockingQueue<LiveUpdate> onA = new LinkedBlockingQueue<>();
        BlockingQueue<LiveUpdate> onB = new LinkedBlockingQueue<>();
        BlockingQueue<Boolean> linkA = new LinkedBlockingQueue<>();
        BlockingQueue<Boolean> linkB = new LinkedBlockingQueue<>();
        a.bus.subscribe(1, onA::add);
        b.bus.subscribe(1, onB::add);
        a.bus.onConnection(linkA::add);
        b.bus.onConnection(linkB::add);
        awaitCrossing(a, onB);
        onA.clear();

        redis.freeze();
        long started = System.nanoTime();
        LiveUpdate whileFrozen = LiveUpdate.of(1, WorkspaceLive.ACTIVITY, 7L);
        a.bus.publish(whileFrozen);
        a.bus.publish(LiveUpdate.of(1, WorkspaceLive.MEMBERS, 8L));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
        assertThat(linkA.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isFalse();
        assertThat(linkB.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isFalse();
        assertThat(a.bus.connected()).isFalse();
        // A's own views hear both updates (the one a hanging send held, and the one queued behind it), in either
        // order: the local bus calls each listener for each update on a virtual thread of its own.
        assertThat(java.util.Arrays.asList(next(onA), next(onA)))
                .containsExactlyInAnyOrder(whileFrozen, LiveUpdate.of(1, WorkspaceLive.MEMBERS, 8L));
        LiveUpdate onBWhileAway = LiveUpdate.of(1, WorkspaceLive.EXPERIMENT, 9L);
        b.bus.publish(onBWhileAway);
        assertThat(next(onB)).isEqualTo(onBWhileAway);

        redis.kill();
        redis.start();
        // Each hears "back" (from its own probe, or first from the other node's re-sync broadcast) ...
        assertThat(linkA.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(linkB.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        // ... and each is connected again once its own probe came back.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!(a.bus.connected() && b.bus.connected()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(a.bus.connected()).isTrue();
        assertThat(b.bus.connected()).isTrue();
        onA.clear();
        onB.clear();
        awaitCrossing(a, onB);
    }

    /** The next update a node's views hear, leaving out the crossing checks' own. */
    private static LiveUpdate next(BlockingQueue<LiveUpdate> heard) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            LiveUpdate u = heard.poll(100, TimeUnit.MILLISECONDS);
            if (u != null && !u.equals(CROSSING)) {
                return u;
            }
        }
        return null;
    }

    /** Publishes on {@code from} until {@code to} hears it (the listener containers subscribe asynchronously). */
    private static void awaitCrossing(Node from, BlockingQueue<LiveUpdate> to) throws InterruptedException {
        LiveUpdate probe = CROSSING;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            from.bus.publish(probe);
            if (probe.equals(to.poll(500, TimeUnit.MILLISECONDS))) {
                to.clear();
                return;
            }
        }
        throw new AssertionError("An update did not cross between the nodes");
    }

    /** One node: Lettuce configured as the application configures it (fail fast while away, reconnect quickly). */
    static final class Node implements AutoCloseable {
        final ClientResources resources = ClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
                .build();
        final LettuceConnectionFactory factory;
        final LocalLiveUpdateBus local = new LocalLiveUpdateBus();
        final RedisLiveUpdateBus bus;
        final RedisMessageListenerContainer container = new RedisMessageListenerContainer();

        Node(int port) {
            LettuceClientConfiguration client = LettuceClientConfiguration.builder()
                    .clientResources(resources)
                    .commandTimeout(Duration.ofSeconds(10))
                    .clientOptions(ClientOptions.builder().autoReconnect(true)
                            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build())
                    .build();
            factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port), client);
            factory.afterPropertiesSet();
            factory.start();
            bus = new RedisLiveUpdateBus(local, new StringRedisTemplate(factory), Duration.ofMillis(500));
            container.setConnectionFactory(factory);
            container.addMessageListener(bus, new ChannelTopic(RedisLiveUpdateBus.CHANNEL));
            container.addMessageListener(bus, new ChannelTopic(bus.probeChannel()));
            container.afterPropertiesSet();
            container.start();
            // Silence counts only once the node heard its own probe (its subscription works): wait for that.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (!bus.heardOwnProbe() && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            assertThat(bus.heardOwnProbe()).as("the node's subscription started").isTrue();
        }

        @Override
        public void close() {
            bus.close();
            container.stop();
            factory.destroy();
            local.close();
            resources.shutdown();
        }
    }
}
