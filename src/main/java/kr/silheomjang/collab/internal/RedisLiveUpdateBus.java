package kr.silheomjang.collab.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;

import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.collab.LiveKinds;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;

/**
 * Across nodes: every publish goes to one Redis channel; every node (this one included) receives it and fans it out to
 * its own open views through the local bus.
 *
 * <p>Redis may go away, and a user's request must not wait for it. {@link #publish} only hands the update to a bounded
 * queue; one sender thread talks to Redis. A probe sent to this node's own probe channel every
 * {@code probeInterval} tells whether the round trip works: when a send fails or no probe came back for three
 * intervals, the bus is disconnected and delivers this node's updates to its own views directly (other nodes cannot
 * hear them). When a probe comes back, the bus is connected again, tells its views to re-read (they may have missed
 * other nodes' updates) and broadcasts a re-sync so that the other nodes' views re-read what this node changed
 * meanwhile.
 */
public class RedisLiveUpdateBus implements LiveUpdateBus, MessageListener, AutoCloseable {

    static final String CHANNEL = "silheomjang:live";
    /** Wire form of "a node is back: every node re-reads"; never a valid update (an update starts with a number). */
    static final String RESYNC = "~resync|";
    static final int QUEUE_CAPACITY = 10_000;
    private static final long OFFER_MILLIS = 20;
    private static final Logger log = LoggerFactory.getLogger(RedisLiveUpdateBus.class);

    private final LocalLiveUpdateBus local;
    private final StringRedisTemplate redis;
    private final String node = UUID.randomUUID().toString();
    private final String probeChannel = CHANNEL + ":probe:" + node;
    private final long silenceLimitNanos;
    private final BlockingQueue<LiveUpdate> outbox = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final List<Consumer<Boolean>> connectionListeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean connected = new AtomicBoolean(true);
    /** Counts losses and returns of the link (see {@link #linkEpoch()}). */
    private final AtomicLong linkEpoch = new AtomicLong();
    private final AtomicLong probes = new AtomicLong();
    /** Counts reconnections: a send that started before the last one and fails late says nothing about now. */
    private final AtomicLong generation = new AtomicLong();
    /** The update the sender is handing to Redis right now (a hung Redis holds it until the command times out). */
    private final AtomicReference<@Nullable LiveUpdate> inFlight = new AtomicReference<>();
    private volatile long lastEcho = System.nanoTime();
    /** Silence counts only once a probe came back: until the listener container runs, none can. */
    private volatile boolean echoed;
    private volatile boolean running = true;
    private final Thread sender;
    private final ScheduledExecutorService prober;
    private final ExecutorService announcer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("live-bus-redis-link").factory());

    public RedisLiveUpdateBus(LocalLiveUpdateBus local, StringRedisTemplate redis) {
        this(local, redis, Duration.ofSeconds(1));
    }

    public RedisLiveUpdateBus(LocalLiveUpdateBus local, StringRedisTemplate redis, Duration probeInterval) {
        this.local = local;
        this.redis = redis;
        this.silenceLimitNanos = probeInterval.multipliedBy(3).toNanos();
        sender = Thread.ofPlatform().daemon().name("live-bus-redis-sender").start(this::sendLoop);
        // Two threads: a probe send that hangs (Redis stopped, not closed) must not delay noticing the silence.
        prober = Executors.newScheduledThreadPool(2, Thread.ofPlatform().daemon().name("live-bus-redis-probe-", 0)
                .factory());
        long millis = probeInterval.toMillis();
        prober.scheduleWithFixedDelay(this::sendProbe, millis, millis, TimeUnit.MILLISECONDS);
        prober.scheduleAtFixedRate(this::checkEcho, millis, millis / 2, TimeUnit.MILLISECONDS);
    }

    /** True once a probe came back: this node's subscription works (tests wait for it instead of sleeping). */
    boolean heardOwnProbe() {
        return echoed;
    }

    /** The channel this node's probes travel on (the listener container must subscribe to it). */
    String probeChannel() {
        return probeChannel;
    }

    @Override
    public Subscription subscribe(long experimentId, Consumer<LiveUpdate> listener) {
        return local.subscribe(experimentId, listener);
    }

    @Override
    public Subscription subscribeAll(Consumer<LiveUpdate> listener) {
        return local.subscribeAll(listener);
    }

    @Override
    public void publish(LiveUpdate update) {
        if (!connected.get()) {
            local.publish(update);
            return;
        }
        boolean queued;
        try {
            queued = outbox.offer(update, OFFER_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            queued = false;
        }
        if (!queued) {
            // Redis is too slow to keep up: this node's views still hear it; the other nodes' miss it.
            log.warn("Live bus queue full; {} delivered on this node only", update.kind().key());
            local.publish(update);
        }
    }

    @Override
    public void publishHere(LiveUpdate update) {
        local.publish(update);
    }

    @Override
    public long linkEpoch() {
        return linkEpoch.get();
    }

    @Override
    public boolean connected() {
        return connected.get();
    }

    @Override
    public Subscription onConnection(Consumer<Boolean> listener) {
        connectionListeners.add(listener);
        return () -> connectionListeners.remove(listener);
    }

    private void sendLoop() {
        while (running) {
            LiveUpdate update;
            try {
                update = outbox.take();
            } catch (InterruptedException e) {
                return;
            }
            if (!connected.get()) {
                local.publish(update);
                continue;
            }
            inFlight.set(update);
            long sentIn = generation.get();
            try {
                redis.convertAndSend(CHANNEL, encode(update));
                inFlight.compareAndSet(update, null);
            } catch (RuntimeException e) {
                disconnected(sentIn, e.toString());
                if (inFlight.compareAndSet(update, null)) {
                    local.publish(update);
                }
            }
        }
    }

    private void sendProbe() {
        long sentIn = generation.get();
        try {
            redis.convertAndSend(probeChannel, Long.toString(probes.incrementAndGet()));
        } catch (RuntimeException e) {
            disconnected(sentIn, e.toString());
        }
    }

    private void checkEcho() {
        long silent = System.nanoTime() - lastEcho;
        if (echoed && connected.get() && silent > silenceLimitNanos) {
            disconnected(generation.get(), "no probe came back for " + TimeUnit.NANOSECONDS.toMillis(silent) + " ms");
        }
    }

    private synchronized void disconnected(long seenIn, String reason) {
        if (seenIn != generation.get()) {
            return;
        }
        if (connected.compareAndSet(true, false)) {
            linkEpoch.incrementAndGet();
            log.warn("Live bus: Redis unreachable ({}); updates reach this node's views only until it returns",
                    reason);
            announce(false);
        }
        // What a hanging send holds, and what waits behind it, goes to this node's views now.
        LiveUpdate held = inFlight.getAndSet(null);
        if (held != null) {
            local.publish(held);
        }
        for (LiveUpdate u; (u = outbox.poll()) != null; ) {
            local.publish(u);
        }
    }

    private synchronized void reconnected() {
        if (!connected.get()) {
            // Before "connected" says so: whatever was kept from before is out of date from this moment on.
            linkEpoch.incrementAndGet();
            connected.set(true);
            long now = generation.incrementAndGet();
            log.info("Live bus: Redis reachable again; open views re-read");
            announce(true);
            // The other nodes never heard what this node changed while it was cut off.
            Thread.ofVirtual().start(() -> {
                try {
                    redis.convertAndSend(CHANNEL, RESYNC + node);
                } catch (RuntimeException e) {
                    disconnected(now, e.toString());
                }
            });
        }
    }

    private void announce(boolean nowConnected) {
        // One thread, so that every listener hears "lost" and "back" in the order they happened.
        announcer.execute(() -> {
            for (Consumer<Boolean> listener : connectionListeners) {
                try {
                    listener.accept(nowConnected);
                } catch (RuntimeException e) {
                    log.warn("Live bus connection listener failed", e);
                }
            }
        });
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        String channel = new String(message.getChannel(), StandardCharsets.UTF_8);
        String body = new String(message.getBody(), StandardCharsets.UTF_8);
        if (channel.equals(probeChannel)) {
            lastEcho = System.nanoTime();
            echoed = true;
            reconnected();
            return;
        }
        if (body.startsWith(RESYNC)) {
            if (!body.substring(RESYNC.length()).equals(node)) {
                announce(true);
            }
            return;
        }
        try {
            local.publish(decode(body));
        } catch (RuntimeException e) {
            log.warn("Ignoring malformed live update message", e);
        }
    }

    @Override
    public void close() {
        running = false;
        sender.interrupt();
        prober.shutdownNow();
        announcer.shutdownNow();
        connectionListeners.clear();
    }

    static String encode(LiveUpdate u) {
        StringBuilder sb = new StringBuilder().append(u.experimentId()).append('|').append(u.kind().key()).append('|');
        for (int i = 0; i < u.ids().size(); i++) {
            sb.append(i == 0 ? "" : ",").append(u.ids().get(i));
        }
        LiveUpdate.Said said = u.said();
        if (said != null) {
            // Names and titles may hold any character: one Base64 field, its parts split by the unit separator.
            List<String> parts = new java.util.ArrayList<>(List.of(String.valueOf(said.actorId()), said.actorName(),
                    said.key()));
            parts.addAll(said.args());
            sb.append('|').append(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    String.join(SEPARATOR, parts).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return sb.toString();
    }

    private static final String SEPARATOR = "\u001f";

    static LiveUpdate decode(String s) {
        String[] parts = s.split("\\|", -1);
        List<Long> ids = parts[2].isEmpty() ? List.of() : Arrays.stream(parts[2].split(",")).map(Long::valueOf).toList();
        LiveKind kind = LiveKinds.byKey(parts[1])
                .orElseThrow(() -> new IllegalArgumentException("unknown live kind " + parts[1]));
        LiveUpdate update = new LiveUpdate(Long.parseLong(parts[0]), kind, ids);
        if (parts.length > 3 && !parts[3].isEmpty()) {
            String[] said = new String(java.util.Base64.getUrlDecoder().decode(parts[3]),
                    java.nio.charset.StandardCharsets.UTF_8).split(SEPARATOR, -1);
            update = update.saying(Long.parseLong(said[0]), said[1], said[2],
                    Arrays.copyOfRange(said, 3, said.length));
        }
        return update;
    }
}
