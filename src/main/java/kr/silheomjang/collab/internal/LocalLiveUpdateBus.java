package kr.silheomjang.collab.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.collab.ReadFreshness;

/**
 * In-JVM fan-out. Delivery runs on virtual threads so a publisher holding its own UI lock never waits for others.
 * Listeners only note the update and hand any work to their own threads (a view's {@code LiveSubscription} schedules
 * its delivery, the search index queues a slice), so one virtual thread calls a run of up to {@value #PER_THREAD}
 * of them in turn: one thread per listener made a change cost a thousand open views a thousand thread starts, about a
 * sixth of the fan-out's CPU (issue #21).
 */
public class LocalLiveUpdateBus implements LiveUpdateBus, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalLiveUpdateBus.class);

    private final Map<Long, List<Consumer<LiveUpdate>>> listeners = new ConcurrentHashMap<>();
    private final List<Consumer<LiveUpdate>> everything = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    /** Listeners one delivery thread calls: a large fan-out still starts on every core at once. */
    static final int PER_THREAD = 256;

    @Override
    public Subscription subscribe(long experimentId, Consumer<LiveUpdate> listener) {
        // Added inside the map's compute: an unsubscribe emptying the list at the same time cannot drop it with this one.
        listeners.compute(experimentId, (id, list) -> {
            List<Consumer<LiveUpdate>> to = list == null ? new CopyOnWriteArrayList<>() : list;
            to.add(listener);
            return to;
        });
        return () -> listeners.computeIfPresent(experimentId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    @Override
    public Subscription subscribeAll(Consumer<LiveUpdate> listener) {
        everything.add(listener);
        return () -> everything.remove(listener);
    }

    @Override
    public void publish(LiveUpdate update) {
        // The change committed before this (wherever it was made): listeners' reads may share one begun after it.
        long publishedAt = System.nanoTime();
        List<Consumer<LiveUpdate>> perExperiment = listeners.getOrDefault(update.experimentId(), List.of());
        List<Consumer<LiveUpdate>> all = new ArrayList<>(everything.size() + perExperiment.size());
        all.addAll(everything);
        all.addAll(perExperiment);
        for (int from = 0; from < all.size(); from += PER_THREAD) {
            List<Consumer<LiveUpdate>> run = all.subList(from, Math.min(all.size(), from + PER_THREAD));
            executor.execute(() -> ReadFreshness.during(publishedAt, () -> run.forEach(l -> deliver(l, update))));
        }
    }

    private static void deliver(Consumer<LiveUpdate> listener, LiveUpdate update) {
        try {
            listener.accept(update);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            // One listener's failure (an assertion too) leaves the others of its run their update.
            log.warn("Live update listener failed for {}", update, e);
        } finally {
            // Nor does one listener's interrupt reach the next.
            Thread.interrupted();
        }
    }

    int listenerCount(long experimentId) {
        return listeners.getOrDefault(experimentId, List.of()).size();
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
