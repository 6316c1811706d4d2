package kr.silheomjang.collab.internal;

import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.collab.LiveKind;

/**
 * Where a node's presence (open pages and forms) is told to the other nodes. On one node ({@link NodePresenceShare})
 * there is nobody to tell; with the Redis live bus ({@link RedisPresenceShare}) every node writes its own seats of an
 * experiment to Redis before announcing the change, and reads the other nodes' seats once per change.
 */
public interface PresenceShare {

    /**
     * This node's seats in an experiment changed: share them (where shared), then announce {@code kind} on the live
     * bus. Never blocks the caller on Redis.
     */
    void changed(long experimentId, LiveKind kind, Supplier<List<Seat>> seatsOfThisNode);

    /** The seats other nodes hold in an experiment (empty on one node, or while Redis is away). */
    List<Seat> others(long experimentId);

    /**
     * One open page ({@code form} null, {@code place} where) or one open form ({@code form} set, {@code field} the
     * field the person is in, or null) of one person; {@code at} orders arrivals across nodes (epoch millis, then seq).
     */
    record Seat(long at, long seq, long userId, String name, @Nullable String form, @Nullable String place,
            @Nullable String field) {
    }
}
