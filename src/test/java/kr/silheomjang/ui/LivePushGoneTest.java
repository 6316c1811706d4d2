package kr.silheomjang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.server.communication.UidlWriter;
import com.vaadin.flow.shared.communication.PushMode;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.support.BrowserlessSupport;

/**
 * A view whose browser's push connection is gone takes no changes (nothing enters its {@code ui.access}); the updates
 * wait, bounded, and reach it once the connection is back, or it re-reads everything if too many came (decision note
 * 0057). The window's session stays locked by the test thread, so what other threads hand to {@code ui.access} waits in
 * the session's queue until the test runs it.
 */
class LivePushGoneTest extends BrowserlessSupport {

    private static final long TOPIC = 9_057;

    private final DirectBus bus = new DirectBus();
    private final List<Set<LiveUpdate>> batches = new CopyOnWriteArrayList<>();
    private final List<Boolean> connectionCalls = new CopyOnWriteArrayList<>();

    @Test
    void whileThePushIsGoneNothingEntersTheUiAndEveryUpdateArrivesOnceWhenItIsBack() {
        Opened o = open(true);
        o.push.connected = false;
        List<LiveUpdate> published = new ArrayList<>();
        for (long i = 1; i <= 20; i++) {
            published.add(LiveUpdate.of(TOPIC, WorkspaceLive.FORMS, i));
        }
        published.forEach(bus::publish);
        // The delivery looks at the connection, then again 250 and 500 ms later.
        waitAtMost(Duration.ofSeconds(3), () -> o.push.looks.get() >= 3);

        VaadinSession session = o.ui.getSession();
        assertThat(session.getPendingAccessQueue()).as("nothing handed to ui.access").isEmpty();
        session.getService().runPendingAccessTasks(session);
        assertThat(batches).isEmpty();
        assertThat(o.ui.getInternals().isDirty()).as("no pending changes in the UI").isFalse();

        o.push.connected = true;
        await(o.window, () -> batches.stream().mapToInt(Set::size).sum() >= published.size());
        settle(o.window);
        assertThat(batches.stream().flatMap(Set::stream).toList()).containsExactlyInAnyOrderElementsOf(published);
        assertThat(connectionCalls).isEmpty();
    }

    @Test
    void tooManyWhileGoneAndTheViewReadsEverythingAgainThroughItsConnectionHandler() {
        Opened o = open(true);
        o.push.connected = false;
        bus.publish(LiveUpdate.of(TOPIC, WorkspaceLive.FORMS, 0L));
        waitAtMost(Duration.ofSeconds(3), () -> o.push.looks.get() >= 1);
        for (long i = 1; i <= LiveSubscription.HELD_MAX + 50; i++) {
            bus.publish(LiveUpdate.of(TOPIC, i % 2 == 0 ? WorkspaceLive.FORMS : WorkspaceLive.PRESENCE, i));
        }
        waitAtMost(Duration.ofSeconds(3), () -> o.push.looks.get() >= 2);
        assertThat(o.ui.getSession().getPendingAccessQueue()).isEmpty();

        o.push.connected = true;
        await(o.window, () -> !connectionCalls.isEmpty());
        settle(o.window);
        assertThat(connectionCalls).containsExactly(true);
        assertThat(batches).as("the re-read replaces the updates").isEmpty();
    }

    @Test
    void tooManyWhileGoneAndAViewWithoutConnectionHandlerGetsTheLastUpdateOfEachKind() {
        Opened o = open(false);
        o.push.connected = false;
        int count = LiveSubscription.HELD_MAX + 51;
        for (long i = 1; i <= count; i++) {
            bus.publish(LiveUpdate.of(TOPIC, i % 2 == 0 ? WorkspaceLive.FORMS : WorkspaceLive.PRESENCE, i));
        }
        waitAtMost(Duration.ofSeconds(3), () -> o.push.looks.get() >= 2);
        assertThat(o.ui.getSession().getPendingAccessQueue()).isEmpty();

        o.push.connected = true;
        await(o.window, () -> !batches.isEmpty());
        settle(o.window);
        assertThat(batches).containsExactly(Set.of(LiveUpdate.of(TOPIC, WorkspaceLive.FORMS, (long) count - 1),
                LiveUpdate.of(TOPIC, WorkspaceLive.PRESENCE, (long) count)));
    }

    @Test
    void aViewDetachedWhileItsPushIsGoneStopsLookingAndGetsNothing() {
        Opened o = open(true);
        o.push.connected = false;
        for (long i = 1; i <= 5; i++) {
            bus.publish(LiveUpdate.of(TOPIC, WorkspaceLive.FORMS, i));
        }
        waitAtMost(Duration.ofSeconds(3), () -> o.push.looks.get() >= 2);
        assertThat(o.ui.getSession().getPendingAccessQueue()).isEmpty();

        // The reaper removes the vanished UI: its views are detached.
        o.ui.remove(o.view);
        int looksAtDetach = o.push.looks.get();
        o.push.connected = true;
        bus.publish(LiveUpdate.of(TOPIC, WorkspaceLive.FORMS, 6L));
        // Longer than the longest wait between two looks.
        long until = System.nanoTime() + Duration.ofMillis(LiveSubscription.GONE_RECHECK_MAX_MILLIS + 500).toNanos();
        while (System.nanoTime() < until) {
            settle(o.window);
        }
        assertThat(batches).isEmpty();
        assertThat(connectionCalls).isEmpty();
        // At most a look already under way when the view was detached.
        assertThat(o.push.looks.get()).isLessThanOrEqualTo(looksAtDetach + 1);
    }

    private record Opened(BrowserlessUIContext window, UI ui, Div view, TestPush push) {
    }

    /** A window with a view listening to {@link #TOPIC}, push on and a connection whose state the test sets. */
    private Opened open(boolean withConnectionHandler) {
        BrowserlessUIContext window = windowOf(newAccount("푸시"));
        window.activate();
        UI ui = window.getUI();
        Div view = new Div();
        Span shown = new Span();
        view.add(shown);
        Consumer<Set<LiveUpdate>> handler = batch -> {
            batches.add(batch);
            shown.setText("batches: " + batches.size());
        };
        if (withConnectionHandler) {
            LiveSubscription.of(view, bus, TOPIC, Set.of(WorkspaceLive.FORMS, WorkspaceLive.PRESENCE), handler,
                    connected -> {
                        connectionCalls.add(connected);
                        shown.setText("re-read");
                    });
        } else {
            LiveSubscription.of(view, bus, TOPIC, Set.of(WorkspaceLive.FORMS, WorkspaceLive.PRESENCE), handler);
        }
        ui.add(view);
        if (!ui.getPushConfiguration().getPushMode().isEnabled()) {
            ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        }
        TestPush push = new TestPush();
        push.connected = true;
        ui.getInternals().setPushConnection(push);
        runQueuedAccess(window);
        pushed(ui);
        assertThat(ui.getInternals().isDirty()).isFalse();
        return new Opened(window, ui, view, push);
    }

    /** What the push does with the UI's pending changes: writes them for the browser, so the UI is clean again. */
    private static void pushed(UI ui) {
        new UidlWriter().createUidl(ui, true);
    }

    /** Waits for a condition that only paces the test; what it waited for is asserted afterwards. */
    private static void waitAtMost(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A browser's push connection as the test sets it; counts how often it was looked at. */
    private static final class TestPush implements PushConnection {
        volatile boolean connected;
        final AtomicInteger looks = new AtomicInteger();

        @Override
        public void push() {
        }

        @Override
        public void disconnect() {
            connected = false;
        }

        @Override
        public boolean isConnected() {
            looks.incrementAndGet();
            return connected;
        }
    }

    /** Hands each update to the listeners on the publishing thread: when publish returns, it has arrived. */
    private static final class DirectBus implements LiveUpdateBus {
        private final List<Consumer<LiveUpdate>> listeners = new CopyOnWriteArrayList<>();

        @Override
        public Subscription subscribe(long experimentId, Consumer<LiveUpdate> listener) {
            Consumer<LiveUpdate> onTopic = u -> {
                if (u.experimentId() == experimentId) {
                    listener.accept(u);
                }
            };
            listeners.add(onTopic);
            return () -> listeners.remove(onTopic);
        }

        @Override
        public void publish(LiveUpdate update) {
            listeners.forEach(l -> l.accept(update));
        }

        @Override
        public Subscription subscribeAll(Consumer<LiveUpdate> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    }
}
