package kr.silheomjang.collab;

import java.util.function.Consumer;

/**
 * Fans live updates out to the open views of an experiment. One JVM by default ({@code silheomjang.live-bus=local});
 * across nodes through Redis pub/sub with {@code silheomjang.live-bus=redis}. Listeners are called on a bus thread,
 * never on the publisher's, and {@link #publish} never waits for the network.
 *
 * <p>A listener returns at once: it notes the update and hands any work to its own thread (a view's subscription
 * schedules its delivery, the search index queues a slice). It shares its thread with up to 255 other listeners of the
 * same update, so one that blocks delays them all.
 */
public interface LiveUpdateBus {

    Subscription subscribe(long experimentId, Consumer<LiveUpdate> listener);

    void publish(LiveUpdate update);

    /**
     * Delivers an update to this node's open views only, never to other nodes: for what each node finds out by itself
     * (each tells its own views), so that the news is not repeated once per node. The same as {@link #publish} on a
     * single node.
     */
    default void publishHere(LiveUpdate update) {
        publish(update);
    }

    /**
     * Hears every update of every experiment (and the organisation-wide channel), on a bus thread: for read models
     * each node keeps for all experiments, such as the search index. Views subscribe per experiment instead.
     */
    Subscription subscribeAll(Consumer<LiveUpdate> listener);

    /**
     * False while updates of other nodes cannot arrive (the shared channel is unreachable); this node's own updates
     * still reach its own views. Always true on a single node.
     */
    default boolean connected() {
        return true;
    }

    /**
     * Changes whenever the link to the other nodes is lost and whenever it comes back, before {@link #connected()}
     * says so: what a node kept of its own accord before a change of this number may have missed other nodes' news.
     * Always 0 on a single node.
     */
    default long linkEpoch() {
        return 0;
    }

    /**
     * Hears the link to the other nodes, on a bus thread: {@code false} when it is lost, {@code true} when it is back
     * (or another node's is back). Updates may have been missed meanwhile, so on {@code true} a view re-reads what it
     * shows.
     */
    default Subscription onConnection(Consumer<Boolean> listener) {
        return () -> {
        };
    }

    /** Ends a subscription; idempotent. */
    @FunctionalInterface
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
