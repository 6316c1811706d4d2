package kr.silheomjang.collab.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.collab.ReadFreshness;
import kr.silheomjang.collab.WorkspaceLive;

/**
 * Presence across nodes (decision note 0031). Each node writes its own seats of an experiment into one Redis hash per
 * experiment (field = node id, value = a time stamp and the seats) and only then announces the change on the bus, so
 * that a node hearing the announcement reads what it announces. Reads of the other nodes' seats are shared by every
 * view of this node that handles the same announcement ({@link ReadFreshness}), so one change costs one Redis read per
 * node, not per open view.
 *
 * <p>A node that dies stops refreshing its stamp; after {@link #STALE} its seats are ignored and the nodes that showed
 * them announce the change. While Redis is away, writes and reads fail fast and each node shows its own seats.
 */
public class RedisPresenceShare implements PresenceShare, AutoCloseable {

    static final String KEY = "silheomjang:presence:";
    static final Duration STALE = Duration.ofSeconds(45);
    static final Duration REFRESH = Duration.ofSeconds(15);
    private static final String FIELD_SEPARATOR = "\u001f";
    private static final Logger log = LoggerFactory.getLogger(RedisPresenceShare.class);

    private record Cached(long readStartNanos, List<Seat> seats, long oldestStamp) {
    }

    private final StringRedisTemplate redis;
    private final LiveUpdateBus bus;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();
    /** Experiments whose seats wait to be written, with the kinds to announce after the write (coalesced). */
    private final Map<Long, Set<LiveKind>> pending = new ConcurrentHashMap<>();
    /** Where this node has seats: refreshed every {@link #REFRESH} so that the others know this node is alive. */
    private final Map<Long, Supplier<List<Seat>>> held = new ConcurrentHashMap<>();
    private final Map<Long, Cached> others = new ConcurrentHashMap<>();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("presence-share").factory());
    private volatile long lastWarning;

    public RedisPresenceShare(StringRedisTemplate redis, LiveUpdateBus bus, Clock clock) {
        this.redis = redis;
        this.bus = bus;
        this.clock = clock;
        long millis = REFRESH.toMillis();
        writer.scheduleWithFixedDelay(this::refresh, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void changed(long experimentId, LiveKind kind, Supplier<List<Seat>> seatsOfThisNode) {
        held.put(experimentId, seatsOfThisNode);
        boolean[] first = {false};
        pending.compute(experimentId, (id, kinds) -> {
            Set<LiveKind> set = kinds == null ? ConcurrentHashMap.newKeySet() : kinds;
            first[0] = kinds == null;
            set.add(kind);
            return set;
        });
        if (first[0]) {
            writer.execute(() -> flush(experimentId));
        }
    }

    private void flush(long experimentId) {
        Set<LiveKind> kinds = pending.remove(experimentId);
        if (kinds == null) {
            return;
        }
        write(experimentId);
        for (LiveKind kind : kinds) {
            bus.publish(LiveUpdate.of(experimentId, kind));
        }
    }

    private void write(long experimentId) {
        Supplier<List<Seat>> seats = held.get(experimentId);
        List<Seat> now = seats == null ? List.of() : seats.get();
        try {
            if (now.isEmpty()) {
                held.remove(experimentId);
                redis.opsForHash().delete(KEY + experimentId, node);
            } else {
                redis.opsForHash().put(KEY + experimentId, node, encode(clock.millis(), now));
                redis.expire(KEY + experimentId, STALE.multipliedBy(2));
            }
        } catch (RuntimeException e) {
            warn(e);
        }
    }

    /** Tells the others this node is alive, and drops other nodes' seats that went stale (a node died). */
    private void refresh() {
        try {
            held.keySet().forEach(this::write);
            long staleBefore = clock.millis() - STALE.toMillis();
            for (var entry : others.entrySet()) {
                if (!entry.getValue().seats().isEmpty() && entry.getValue().oldestStamp() < staleBefore
                        && others.remove(entry.getKey(), entry.getValue())) {
                    bus.publish(LiveUpdate.of(entry.getKey(), WorkspaceLive.PRESENCE));
                    bus.publish(LiveUpdate.of(entry.getKey(), WorkspaceLive.FORMS));
                }
            }
        } catch (RuntimeException e) {
            warn(e);
        }
    }

    @Override
    public List<Seat> others(long experimentId) {
        Cached cached = others.get(experimentId);
        if (cached != null && cached.readStartNanos() >= ReadFreshness.requiredStart()) {
            return cached.seats();
        }
        long start = System.nanoTime();
        List<Seat> seats = new ArrayList<>();
        long oldest = Long.MAX_VALUE;
        try {
            long staleBefore = clock.millis() - STALE.toMillis();
            for (var e : redis.<String, String>opsForHash().entries(KEY + experimentId).entrySet()) {
                if (e.getKey().equals(node)) {
                    continue;
                }
                int cut = e.getValue().indexOf('\n');
                long stamp = Long.parseLong(cut < 0 ? e.getValue() : e.getValue().substring(0, cut));
                if (stamp >= staleBefore) {
                    oldest = Math.min(oldest, stamp);
                    seats.addAll(decode(e.getValue()));
                }
            }
        } catch (RuntimeException e) {
            warn(e);
            return List.of();
        }
        List<Seat> result = List.copyOf(seats);
        others.merge(experimentId, new Cached(start, result, oldest),
                (old, fresh) -> old.readStartNanos() > fresh.readStartNanos() ? old : fresh);
        return result;
    }

    private void warn(RuntimeException e) {
        long now = System.currentTimeMillis();
        if (now - lastWarning > 60_000) {
            lastWarning = now;
            log.warn("Presence across nodes unavailable ({}); each node shows its own", e.toString());
        }
    }

    static String encode(long stamp, List<Seat> seats) {
        StringBuilder sb = new StringBuilder().append(stamp);
        for (Seat s : seats) {
            sb.append('\n').append(String.join(FIELD_SEPARATOR, Long.toString(s.at()), Long.toString(s.seq()),
                    Long.toString(s.userId()), clean(s.name()), clean(s.form()), clean(s.place()), clean(s.field())));
        }
        return sb.toString();
    }

    static List<Seat> decode(String value) {
        List<Seat> seats = new ArrayList<>();
        String[] lines = value.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(FIELD_SEPARATOR, -1);
            seats.add(new Seat(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), f[3], blankToNull(f[4]),
                    blankToNull(f[5]), blankToNull(f[6])));
        }
        return seats;
    }

    private static String clean(@Nullable String s) {
        return s == null ? "" : s.replace('\n', ' ').replace(FIELD_SEPARATOR, " ");
    }

    private static @Nullable String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** The experiments this node currently shares seats of (tests). */
    Set<Long> sharing() {
        return new LinkedHashSet<>(held.keySet());
    }

    @Override
    public void close() {
        writer.shutdownNow();
        for (Long experimentId : held.keySet()) {
            try {
                redis.opsForHash().delete(KEY + experimentId, node);
            } catch (RuntimeException e) {
                break;
            }
        }
    }
}
