package kr.silheomjang.collab;

import java.util.function.Consumer;

/**
 * Fans live updates out to the open views of an experiment. One JVM by default ({@code silheomjang.live-bus=local});
 * across nodes through Redis pub/sub with {@code silheomjang.live-bus=redis}. Listeners are called on a bus thread,
 * never on the publisher's.
 */
public interface LiveUpdateBus {

    Subscription subscribe(long experimentId, Consumer<LiveUpdate> listener);

    void publish(LiveUpdate update);

    /** Ends a subscription; idempotent. */
    @FunctionalInterface
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
