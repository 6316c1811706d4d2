package kr.silheomjang.search.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.followup.FollowupLive;
import kr.silheomjang.people.PeopleLive;
import kr.silheomjang.planning.PlanningLive;
import kr.silheomjang.schedule.ScheduleLive;
import kr.silheomjang.search.SearchKind;
import kr.silheomjang.survey.SurveyLive;
import kr.silheomjang.topic.TopicLive;

/**
 * Keeps this node's index in step with the database. At start-up (after the demo data) it reads everything; then
 * every live update, from this node or another (the bus carries them across nodes), marks the slice it touches
 * (cards of experiment 3, say) and one thread reads those slices again, coalescing bursts. What the bus can lose is
 * caught up: when the link to the other nodes comes back, and every {@code silheomjang.search.rebuild-every} anyway,
 * the whole index is read again (decision note 0035).
 */
@Component
public class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    /** Which slice each kind of change touches; kinds not listed change nothing the index holds. */
    private static final Map<LiveKind, SearchKind> SLICES = Map.of(
            WorkspaceLive.EXPERIMENT, SearchKind.EXPERIMENT,
            TopicLive.CANDIDATES, SearchKind.PROPOSAL,
            PlanningLive.BOARD, SearchKind.CARD,
            PlanningLive.MENTION, SearchKind.CARD,
            ScheduleLive.EVENTS, SearchKind.EVENT,
            PeopleLive.PARTICIPANTS, SearchKind.PARTICIPANT,
            SurveyLive.RESPONSE, SearchKind.SURVEY_ANSWER,
            SurveyLive.SURVEY, SearchKind.SURVEY_ANSWER,
            FollowupLive.ARCHIVE, SearchKind.ARCHIVE);

    // Made on first use (the worker's first build, normally): opening Lucene's writer costs about 0.3 s of a cold
    // start on two cores, which /login need not wait for.
    private volatile SearchIndex index;
    private final SearchSources sources;
    private final LiveUpdateBus bus;
    private final Duration rebuildEvery;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("search-indexer").factory());
    private final Set<Slice> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private final CountDownLatch built = new CountDownLatch(1);
    private final Map<Long, String> titles = new ConcurrentHashMap<>();
    private final List<LiveUpdateBus.Subscription> subscriptions = new ArrayList<>();

    SearchIndexer(SearchSources sources, LiveUpdateBus bus,
            @Value("${silheomjang.search.rebuild-every:PT10M}") Duration rebuildEvery) {
        this.sources = sources;
        this.bus = bus;
        this.rebuildEvery = rebuildEvery;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        subscriptions.add(bus.subscribeAll(this::changed));
        // Updates of other nodes may have been missed while the link was down: read everything again.
        subscriptions.add(bus.onConnection(up -> {
            if (up) {
                worker.execute(this::rebuild);
            }
        }));
        worker.execute(this::rebuild);
        long every = rebuildEvery.toMillis();
        worker.scheduleWithFixedDelay(this::rebuild, every, every, TimeUnit.MILLISECONDS);
    }

    /** The index searches read; waits (a little) for the first build after start-up. */
    public SearchIndex index() {
        try {
            built.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return opened();
    }

    private SearchIndex opened() {
        SearchIndex made = index;
        if (made == null) {
            synchronized (this) {
                made = index;
                if (made == null) {
                    made = new SearchIndex();
                    index = made;
                }
            }
        }
        return made;
    }

    /** Titles of all experiments by id, as of the last read. */
    public String title(long experimentId) {
        return titles.getOrDefault(experimentId, "");
    }

    /** Re-checks results against the database (see {@link SearchSources#stillVisibleToGuest}). */
    public Set<Long> stillVisibleToGuest(SearchKind kind, java.util.Collection<Long> ids, long userId) {
        return sources.stillVisibleToGuest(kind, ids, userId);
    }

    void changed(LiveUpdate update) {
        SearchKind kind = SLICES.get(update.kind());
        if (kind == null) {
            return;
        }
        if (kind == SearchKind.PROPOSAL) {
            pending.add(new Slice(0, kind));
        } else if (kind == SearchKind.EXPERIMENT) {
            // Created (with its seeded board), renamed or removed: everything of the experiment is read again.
            for (SearchKind k : SearchKind.values()) {
                if (k != SearchKind.PROPOSAL) {
                    pending.add(new Slice(update.experimentId(), k));
                }
            }
        } else {
            pending.add(new Slice(update.experimentId(), kind));
        }
        if (drainQueued.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        drainQueued.set(false);
        List<Slice> batch = new ArrayList<>(pending);
        pending.removeAll(batch);
        // The experiment's own slice first: when it is gone, its other slices are dropped, not read.
        batch.sort(java.util.Comparator.comparing(s -> s.kind() != SearchKind.EXPERIMENT));
        try {
            boolean changed = false;
            for (Slice slice : batch) {
                changed |= reread(slice);
            }
            if (changed) {
                opened().publish();
            }
        } catch (RuntimeException e) {
            // The database may be away for a moment: try these again shortly rather than keep a stale slice.
            log.warn("Search index: could not read {} changed slices ({}); retrying in 5 s", batch.size(), e.toString());
            pending.addAll(batch);
            worker.schedule(() -> {
                if (drainQueued.compareAndSet(false, true)) {
                    drain();
                }
            }, 5, TimeUnit.SECONDS);
        }
    }

    /** Reads one slice again; true when the index changed. */
    private boolean reread(Slice slice) {
        if (slice.kind() != SearchKind.PROPOSAL && !titles.containsKey(slice.experimentId())
                && slice.kind() != SearchKind.EXPERIMENT) {
            // An experiment this node does not know (yet): its titles come with its own slice, read first.
            if (sources.experimentTitles(slice.experimentId()).isEmpty()) {
                opened().dropExperiment(slice.experimentId());
                return true;
            }
        }
        if (slice.kind() == SearchKind.EXPERIMENT) {
            Map<Long, String> now = sources.experimentTitles(slice.experimentId());
            if (now.isEmpty()) {
                titles.remove(slice.experimentId());
                opened().dropExperiment(slice.experimentId());
                return true;
            }
            titles.putAll(now);
        }
        return opened().replace(slice, sources.read(slice.kind(), slice.kind() == SearchKind.PROPOSAL ? null
                : slice.experimentId()));
    }

    /** Reads everything again; searches keep the previous snapshot until the new one is complete. */
    void rebuild() {
        pending.clear();
        try {
            long started = System.nanoTime();
            List<IndexedDoc> all = new ArrayList<>();
            for (SearchKind kind : EnumSet.allOf(SearchKind.class)) {
                all.addAll(sources.read(kind, null));
            }
            Map<Long, String> now = sources.experimentTitles(null);
            opened().replaceAll(all);
            opened().publish();
            titles.keySet().retainAll(now.keySet());
            titles.putAll(now);
            log.info("Search index rebuilt: {} entries in {} ms", all.size(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } catch (RuntimeException e) {
            log.warn("Search index: rebuild failed ({}); the previous index stays, next try at the next rebuild",
                    e.toString());
        } finally {
            built.countDown();
        }
    }

    /** For tests and the benchmark: waits until everything announced so far is in the index. */
    public void awaitIdle(Duration timeout) {
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            do {
                worker.submit(() -> {
                }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } while ((!pending.isEmpty() || drainQueued.get()) && System.nanoTime() < deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("search indexer did not become idle", e);
        }
    }

    /** For the benchmark: reads everything again now and waits for it. */
    public void rebuildNow() {
        try {
            worker.submit(this::rebuild).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void stop() {
        subscriptions.forEach(LiveUpdateBus.Subscription::close);
        worker.shutdownNow();
        SearchIndex made = index;
        if (made != null) {
            made.close();
        }
    }
}
