package kr.silheomjang.ui;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.shared.Registration;

import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.collab.ReadFreshness;

/**
 * Connects one view to the live updates of one experiment while the view is attached: subscribes on attach,
 * unsubscribes on detach. It hears only the kinds it names: a view names what it shows. The first update after a quiet
 * spell is delivered at once; after a delivery, whatever arrives within {@value #COALESCE_MILLIS} ms waits and arrives
 * as one set when that time is up, so a burst costs a view at most one read and one push per
 * {@value #COALESCE_MILLIS} ms. The handler runs inside {@code ui.access} of this view's own UI, where it re-reads
 * through the service; never queued behind a request of the same session, whose response it would overtake (decision
 * note 0045). While the browser's push connection is gone, nothing enters {@code ui.access}: the updates wait here
 * (bounded) and go out once it is back, or the view re-reads everything if too many came meanwhile (decision note
 * 0057).
 */
public final class LiveSubscription implements AutoCloseable {

    static final long COALESCE_MILLIS = 60;
    /** How soon a delivery tries again while a request of its session is in progress ({@link RequestsInProgress}). */
    private static final long BUSY_RETRY_MILLIS = 10;
    /** How long a delivery waits for its session's request to end before it queues behind it anyway. */
    private static final long BUSY_WAIT_MAX_MILLIS = 2000;
    /** When the pending delivery first found its session busy (System.nanoTime), or 0. */
    private long busySince;
    /**
     * Updates a view keeps while its push connection is gone; past this it keeps only the last one of each kind and
     * re-reads everything once the connection is back.
     */
    static final int HELD_MAX = 256;
    /**
     * How soon a held delivery looks at the push connection again: first soon (a page whose push is still opening, or
     * long polling between two polls, waits at most this), then twice as long each time, up to
     * {@link #GONE_RECHECK_MAX_MILLIS} (a browser that is really gone costs one look every two seconds until the
     * reaper releases its UI).
     */
    static final long GONE_RECHECK_FIRST_MILLIS = 250;
    static final long GONE_RECHECK_MAX_MILLIS = 2000;
    /** The wait before the next look while the delivery is held for a gone push connection; 0 while it is not held. */
    private long goneRecheckMillis;
    /** The next look at the push connection, cancelled when the view is detached. */
    private @Nullable ScheduledFuture<?> goneRecheck;
    /** More than {@link #HELD_MAX} updates came while held: the view re-reads everything once the push is back. */
    private boolean overflowed;
    /**
     * Counts detaches: a delivery belongs to the attachment it was scheduled in, so one that was running when the view
     * detached and came back does not start a second chain of looks beside the new attachment's.
     */
    private long generation;
    /**
     * Threads that deliver coalesced batches into the views' {@code ui.access}: one per core, so one change reaches
     * the last of many open views about that many times sooner than on one thread (decision note 0041). Order per view
     * is kept without pinning a view to a thread: a view has at most one delivery scheduled at a time (the next is
     * scheduled only once its batch was drained), and its batches are drained under its session's lock, in the
     * session's access queue order. Bounded, so a burst of changes to many views never takes more than these threads
     * from request handling.
     */
    static final int DELIVERY_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final ScheduledExecutorService SCHEDULER = Executors.newScheduledThreadPool(DELIVERY_THREADS,
            Thread.ofPlatform().name("live-update-coalescer-", 1).daemon().factory());

    private final Component view;
    private final LiveUpdateBus bus;
    private final long experimentId;
    private final Set<LiveKind> kinds;
    private final Consumer<Set<LiveUpdate>> handler;
    private final @Nullable Consumer<Boolean> connectionHandler;
    private final Set<LiveUpdate> pending = new LinkedHashSet<>();
    /** When the oldest pending update arrived (System.nanoTime), for the delivery-time metric. */
    private long pendingSince;
    /**
     * When the bus took the newest pending update: every change of the batch committed before it, so only a read begun
     * after it has seen them all (the oldest is not enough when a batch waits, e.g. behind a busy UI).
     */
    private long pendingLatest;
    private final BatchWindow window = new BatchWindow(TimeUnit.MILLISECONDS.toNanos(COALESCE_MILLIS),
            System.nanoTime());
    private final Registration attachRegistration;
    private final Registration detachRegistration;
    private LiveUpdateBus.Subscription subscription;
    private LiveUpdateBus.Subscription connection;
    private UI ui;
    /** Where deliveries are counted (found through the first delivery's UI). */
    private @Nullable LiveMetrics metrics;

    private LiveSubscription(Component view, LiveUpdateBus bus, long experimentId, Set<? extends LiveKind> kinds,
            Consumer<Set<LiveUpdate>> handler, @Nullable Consumer<Boolean> connectionHandler) {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("A live subscription must name the kinds it listens to");
        }
        this.view = view;
        this.kinds = Set.copyOf(kinds);
        this.bus = bus;
        this.experimentId = experimentId;
        this.handler = handler;
        this.connectionHandler = connectionHandler;
        attachRegistration = view.addAttachListener(e -> start(e.getUI()));
        detachRegistration = view.addDetachListener(e -> stop());
        view.getUI().ifPresent(this::start);
    }

    /** Starts listening to {@code kinds} now if the view is attached, or as soon as it is. */
    public static LiveSubscription of(Component view, LiveUpdateBus bus, long experimentId,
            Set<? extends LiveKind> kinds, Consumer<Set<LiveUpdate>> handler) {
        return new LiveSubscription(view, bus, experimentId, kinds, handler, null);
    }

    /**
     * Like {@link #of}, and also hears the link between nodes ({@link LiveUpdateBus#onConnection}) inside the view's
     * {@code ui.access}: {@code false} when other nodes' updates stop arriving, {@code true} when they arrive again and
     * the view should re-read, since it may have missed some.
     */
    public static LiveSubscription of(Component view, LiveUpdateBus bus, long experimentId,
            Set<? extends LiveKind> kinds, Consumer<Set<LiveUpdate>> handler, Consumer<Boolean> connectionHandler) {
        return new LiveSubscription(view, bus, experimentId, kinds, handler, connectionHandler);
    }

    /**
     * Keeps one subscription per experiment in {@code now} for a view that lists several experiments: closes those
     * no longer listed and opens the missing ones with {@code open}.
     */
    public static void followOnly(java.util.Map<Long, LiveSubscription> subscriptions, Set<Long> now,
            java.util.function.LongFunction<LiveSubscription> open) {
        subscriptions.entrySet().removeIf(e -> {
            if (now.contains(e.getKey())) {
                return false;
            }
            e.getValue().close();
            return true;
        });
        for (long id : now) {
            subscriptions.computeIfAbsent(id, open::apply);
        }
    }

    private synchronized void start(UI attachedTo) {
        if (subscription != null) {
            return;
        }
        this.ui = attachedTo;
        subscription = bus.subscribe(experimentId, this::onUpdate);
        if (connectionHandler != null) {
            connection = bus.onConnection(this::onConnection);
        }
    }

    private synchronized void stop() {
        // A delivery already under way when the view detaches must not go on looking for it once it is back.
        generation++;
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        if (connection != null) {
            connection.close();
            connection = null;
        }
        pending.clear();
        if (goneRecheck != null) {
            goneRecheck.cancel(false);
            goneRecheck = null;
        }
        goneRecheckMillis = 0;
        overflowed = false;
    }

    private void onUpdate(LiveUpdate update) {
        if (!kinds.contains(update.kind())) {
            return;
        }
        long delay = -1;
        long scheduledIn = 0;
        synchronized (this) {
            if (subscription == null) {
                return;
            }
            long now = System.nanoTime();
            // When the bus took the update (after its change committed), or now: a read begun later has seen it.
            long committedBefore = ReadFreshness.requiredStart();
            pendingLatest = pending.isEmpty() ? committedBefore : Math.max(pendingLatest, committedBefore);
            if (pending.isEmpty()) {
                pendingSince = now;
                delay = window.open(now);
                scheduledIn = generation;
            }
            if (overflowed) {
                pending.removeIf(u -> u.kind() == update.kind());
            }
            pending.add(update);
            if (goneRecheckMillis != 0 && pending.size() > HELD_MAX) {
                keepLastOfEachKind();
            }
        }
        if (delay >= 0) {
            long g = scheduledIn;
            SCHEDULER.schedule(() -> deliver(g), delay, TimeUnit.NANOSECONDS);
        }
    }

    private void onConnection(boolean connected) {
        UI target;
        synchronized (this) {
            target = subscription == null ? null : ui;
        }
        if (target == null) {
            return;
        }
        if (pushGone(target)) {
            // The browser is away: nothing for it now; once its push is back the view re-reads everything (the
            // handler hears true then), which covers whatever the nodes' link missed meanwhile.
            synchronized (this) {
                if (subscription == null) {
                    return;
                }
                overflowed = true;
            }
            onUpdate(LiveUpdate.of(experimentId, kinds.iterator().next()));
            return;
        }
        try {
            target.access(() -> {
                synchronized (this) {
                    if (subscription == null) {
                        return;
                    }
                }
                if (connectionHandler != null) {
                    connectionHandler.accept(connected);
                }
            });
        } catch (UIDetachedException closed) {
            stop();
        }
    }

    /**
     * Past {@link #HELD_MAX}: one update of each kind stays, so the batch still names every kind that changed (a view
     * without a connection handler re-reads on any batch, or per kind as the portfolio does; a view that looks for its
     * own ids has a connection handler), and the view re-reads everything once the push is back. Kinds are few, so
     * what a gone browser's view keeps stays small however long the reaper takes.
     */
    private void keepLastOfEachKind() {
        Map<LiveKind, LiveUpdate> last = new LinkedHashMap<>();
        for (LiveUpdate u : pending) {
            last.remove(u.kind());
            last.put(u.kind(), u);
        }
        pending.clear();
        pending.addAll(last.values());
        overflowed = true;
    }

    private void deliver(long scheduledIn) {
        UI target;
        synchronized (this) {
            target = subscription == null || scheduledIn != generation ? null : ui;
        }
        if (target == null) {
            return;
        }
        if (heldWhilePushGone(target, scheduledIn)) {
            return;
        }
        if (heldBackByRequest(target, scheduledIn)) {
            return;
        }
        try {
            target.access(() -> drainInto(target));
        } catch (UIDetachedException closed) {
            stop();
        }
    }

    /**
     * True, with the delivery tried again after a backoff, while the browser's push connection is gone: what
     * {@code ui.access} changed now would only pile up in the UI's state until the browser comes back or the reaper
     * removes the UI, so the (small) updates wait here instead. Still the only delivery scheduled for this view: no
     * other is scheduled while updates are pending.
     */
    private boolean heldWhilePushGone(UI target, long scheduledIn) {
        boolean gone = pushGone(target);
        synchronized (this) {
            if (subscription == null || scheduledIn != generation) {
                return true; // detached meanwhile: nothing to deliver, no further look
            }
            if (!gone) {
                if (goneRecheckMillis != 0) {
                    goneRecheckMillis = 0;
                    goneRecheck = null;
                    // The time the browser was away is not the server's delivery time (silheomjang.live.delivery).
                    pendingSince = System.nanoTime();
                }
                return false;
            }
            if (pending.size() > HELD_MAX) {
                keepLastOfEachKind(); // a burst that came before this first look
            }
            goneRecheckMillis = goneRecheckMillis == 0 ? GONE_RECHECK_FIRST_MILLIS
                    : Math.min(2 * goneRecheckMillis, GONE_RECHECK_MAX_MILLIS);
            goneRecheck = SCHEDULER.schedule(() -> deliver(scheduledIn), goneRecheckMillis, TimeUnit.MILLISECONDS);
            return true;
        }
    }

    /**
     * Push is on and its connection is not open (not yet, between two long polls, or the browser is gone). Read
     * without the session's lock, so only a hint: a stale "gone" delays a delivery by one look, a stale "open" delivers
     * as before. No connection at all (push off, or a browserless test) counts as open.
     */
    private static boolean pushGone(UI target) {
        PushConnection push = target.getInternals().getPushConnection();
        try {
            return push != null && !push.isConnected() && target.getPushConfiguration().getPushMode().isEnabled();
        } catch (AssertionError | RuntimeException midChange) {
            // Flow's connection asserts that its state and socket agree; seen from this thread they may be mid-change.
            return false;
        }
    }

    /**
     * True, with the delivery tried again shortly, while a request of the view's session is in progress: work queued
     * now would run as it unlocks and be pushed before that request's own response has left, and the browser would get
     * the two out of order. A request that takes longer than the wait gets the work queued behind it anyway.
     */
    private synchronized boolean heldBackByRequest(UI target, long scheduledIn) {
        com.vaadin.flow.server.VaadinSession session = target.getSession();
        long now = System.nanoTime();
        if (session == null || !RequestsInProgress.any(session)) {
            busySince = 0;
            return false;
        }
        if (busySince == 0) {
            busySince = now;
        } else if (now - busySince >= TimeUnit.MILLISECONDS.toNanos(BUSY_WAIT_MAX_MILLIS)) {
            busySince = 0;
            return false;
        }
        SCHEDULER.schedule(() -> deliver(scheduledIn), BUSY_RETRY_MILLIS, TimeUnit.MILLISECONDS);
        return true;
    }

    private void drainInto(UI target) {
        Set<LiveUpdate> batch;
        long since;
        long latest;
        @Nullable Consumer<Boolean> resync;
        synchronized (this) {
            if (subscription == null) {
                return;
            }
            batch = new LinkedHashSet<>(pending);
            pending.clear();
            since = pendingSince;
            latest = pendingLatest;
            resync = overflowed ? connectionHandler : null;
            overflowed = false;
        }
        if (!batch.isEmpty()) {
            // What earlier work of this UI left for the response reads as fresh as it asked, not as this batch.
            target.getInternals().getStateTree().runExecutionsBeforeClientResponse();
            // Every read this batch causes may share one that began after the bus took the batch's last update.
            ReadFreshness.during(latest, () -> {
                if (resync != null) {
                    // Updates were dropped while the push was gone: the view re-reads everything, as when the nodes'
                    // link comes back; if that link is down now, the view is told so again right after.
                    resync.accept(true);
                    if (!bus.connected()) {
                        resync.accept(false);
                    }
                } else {
                    handler.accept(batch);
                }
                // What the view left for the response (a grid's refreshAll fetches its rows then) runs now, inside
                // this batch's freshness, so it shares the read other views make instead of reading for itself.
                target.getInternals().getStateTree().runExecutionsBeforeClientResponse();
            });
            if (metrics == null) {
                // Looked up once per subscription: the bean look-up was about 2 % of one change's fan-out.
                metrics = LiveMetrics.of(target);
            }
            metrics.record(since);
            if (target.getInternals().isDirty()) {
                // This batch will be pushed: a screen-reader sentence whose slot has opened goes along.
                LiveAnnouncer.of(target).ifPresent(LiveAnnouncer::beforePush);
            }
        }
    }

    /** Stops for good, e.g. when the view switches to another experiment. */
    @Override
    public void close() {
        stop();
        attachRegistration.remove();
        detachRegistration.remove();
    }

    /** The kinds this subscription hears. */
    public Set<LiveKind> kinds() {
        return kinds;
    }
}
