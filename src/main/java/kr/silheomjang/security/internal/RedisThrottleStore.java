package kr.silheomjang.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;

import kr.silheomjang.security.ThrottleStore;

/**
 * The {@link ThrottleStore} every node shares, with {@code silheomjang.live-bus=redis}: one hash per key (count, last)
 * that Redis forgets by itself. A guess from node A counts on node B too. While Redis is away the counting goes on in
 * this node's memory (never "no limit"); the two are not merged when Redis returns: the limits are short-lived.
 */
public class RedisThrottleStore implements ThrottleStore {

    static final String PREFIX = "silheomjang:throttle:";
    private static final Logger log = LoggerFactory.getLogger(RedisThrottleStore.class);
    /** Counts and stamps in one step, so that two nodes counting at once never lose one. */
    private static final DefaultRedisScript<Long> INCREMENT = new DefaultRedisScript<>("""
            local n = redis.call('HINCRBY', KEYS[1], 'count', 1)
            redis.call('HSET', KEYS[1], 'last', ARGV[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return n""", Long.class);

    /** Takes one back only where the entry still exists (never makes an entry without an expiry). */
    private static final DefaultRedisScript<Long> DECREMENT = new DefaultRedisScript<>("""
            if redis.call('EXISTS', KEYS[1]) == 1 then
                return redis.call('HINCRBY', KEYS[1], 'count', -1)
            end
            return 0""", Long.class);

    private final StringRedisTemplate redis;
    private final ThrottleStore whileAway;
    private volatile long lastWarning;

    public RedisThrottleStore(StringRedisTemplate redis, ThrottleStore whileAway) {
        this.redis = redis;
        this.whileAway = whileAway;
    }

    @Override
    public Entry increment(String key, Instant now, Duration forgetAfter) {
        try {
            Long count = redis.execute(INCREMENT, List.of(PREFIX + key), Long.toString(now.toEpochMilli()),
                    Long.toString(Math.max(1, forgetAfter.toMillis())));
            return new Entry(count == null ? 1 : count.intValue(), now);
        } catch (RuntimeException e) {
            away(e);
            return whileAway.increment(key, now, forgetAfter);
        }
    }

    @Override
    public void decrement(String key, Instant now) {
        try {
            redis.execute(DECREMENT, List.of(PREFIX + key));
        } catch (RuntimeException e) {
            away(e);
            whileAway.decrement(key, now);
        }
    }

    @Override
    public Optional<Entry> get(String key, Instant now) {
        try {
            List<Object> values = redis.opsForHash().multiGet(PREFIX + key, List.of("count", "last"));
            if (values.get(0) == null || values.get(1) == null) {
                return whileAway.get(key, now);
            }
            return Optional.of(new Entry(Integer.parseInt((String) values.get(0)),
                    Instant.ofEpochMilli(Long.parseLong((String) values.get(1)))));
        } catch (RuntimeException e) {
            away(e);
            return whileAway.get(key, now);
        }
    }

    @Override
    public void remove(String key) {
        whileAway.remove(key);
        try {
            redis.delete(PREFIX + key);
        } catch (RuntimeException e) {
            away(e);
        }
    }

    private void away(RuntimeException e) {
        long now = System.currentTimeMillis();
        if (now - lastWarning > 60_000) {
            lastWarning = now;
            log.warn("Throttle counters: Redis unreachable ({}); counting on this node meanwhile", e.toString());
        }
    }
}
