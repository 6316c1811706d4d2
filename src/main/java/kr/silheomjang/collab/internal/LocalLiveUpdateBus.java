package kr.silheomjang.collab.internal;

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

/** In-JVM fan-out. Delivery runs on virtual threads so a publisher holding its own UI lock never waits for others. */
public class LocalLiveUpdateBus implements LiveUpdateBus, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalLiveUpdateBus.class);

    private final Map<Long, List<Consumer<LiveUpdate>>> listeners = new ConcurrentHashMap<>();
    private final List<Consumer<LiveUpdate>> everything = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    @Override
    public Subscription subscribe(long experimentId, Consumer<LiveUpdate> listener) {
        listeners.computeIfAbsent(experimentId, id -> new CopyOnWriteArrayList<>()).add(listener);
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
        for (Consumer<LiveUpdate> listener : everything) {
            deliver(listener, update, publishedAt);
        }
        for (Consumer<LiveUpdate> listener : listeners.getOrDefault(update.experimentId(), List.of())) {
            deliver(listener, update, publishedAt);
        }
    }

    private void deliver(Consumer<LiveUpdate> listener, LiveUpdate update, long publishedAt) {
        executor.execute(() -> {
            try {
                ReadFreshness.during(publishedAt, () -> listener.accept(update));
            } catch (RuntimeException e) {
                log.warn("Live update listener failed for {}", update, e);
            }
        });
    }

    int listenerCount(long experimentId) {
        return listeners.getOrDefault(experimentId, List.of()).size();
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
