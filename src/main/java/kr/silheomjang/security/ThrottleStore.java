package kr.silheomjang.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the sign-in throttle keeps its counters: small, expiring entries under string keys. The default keeps them in
 * this JVM's memory ({@code security.internal.InMemoryThrottleStore}); a store shared by every node (e.g. Redis: one hash
 * per key with {@code HINCRBY}, {@code HSET} and {@code PEXPIRE}) replaces it by being declared {@code @Primary}.
 * Keys never contain a password; they contain an account's address, a client address or a user id.
 */
public interface ThrottleStore {

    /**
     * Counts one more occurrence under {@code key} at {@code now}. The entry is forgotten {@code forgetAfter} after its
     * last occurrence.
     *
     * @return the entry after counting
     */
    Entry increment(String key, Instant now, Duration forgetAfter);

    /**
     * Takes back one occurrence counted under {@code key} (a counted attempt that was then refused), keeping when it
     * is forgotten. Nothing happens when the entry is gone.
     */
    void decrement(String key, Instant now);

    /** The entry under {@code key}, unless it has been forgotten by {@code now}. */
    Optional<Entry> get(String key, Instant now);

    /** Forgets the entry under {@code key}. */
    void remove(String key);

    /** How often something happened and when it last did. */
    record Entry(int count, Instant last) {
    }
}
