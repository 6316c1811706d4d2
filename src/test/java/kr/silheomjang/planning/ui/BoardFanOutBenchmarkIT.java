package kr.silheomjang.planning.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.server.communication.UidlWriter;
import com.vaadin.flow.shared.communication.PushMode;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.e2e.BenchmarkPing;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.planning.Board;
import kr.silheomjang.planning.Direction;
import kr.silheomjang.planning.PlanningLive;
import kr.silheomjang.planning.PlanningService;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;

/**
 * Benchmark, not a test (only with {@code -Dbenchmark=true}; README "Benchmark: 1,000-view fan-out"): issue #21
 * point 6. Opens 1,000 real {@link BoardView}s of one experiment without browsers, each in its own UI and
 * VaadinSession (signed in as one of {@code benchmark.users} planners), then moves a card through
 * {@link PlanningService} and measures until the LAST view has the card in its new column.
 *
 * <p>The delivery path is the production one: bus → each view's {@code LiveSubscription} (60 ms coalescing) →
 * {@code ui.access} on a coalescer thread (one per core, decision note 0041) → the board re-reads through {@code SharedReads} and patches its
 * components → on unlock Vaadin pushes. Browserless sessions stay locked by the test thread, which would only queue
 * {@code ui.access}; here each session is unlocked once its view is open, so other threads take the lock as a
 * servlet container's would. Instead of a WebSocket, each UI gets a push connection of this benchmark's that builds
 * the same message Atmosphere would send (the UIDL JSON as a string) and then checks the view's components: a view
 * counts when a push shows the card in the target column.
 *
 * <p>The baseline, after the moves: each view also gets the bare push's hidden label ({@link BenchmarkPing}, as the
 * browsers of {@code LiveScaleBenchmarkIT} do) and the same number of pings change only that label, through the same
 * bus, coalescing, {@code ui.access} and push. Its figures, in brackets, are what one change costs 1,000 views with
 * nothing to read and one text to send: the floor of this delivery path.
 *
 * <p>Per change: process CPU (upper bound: includes GC, JIT and the change itself minus the calling thread's own
 * CPU), CPU of the fan-out threads alone (the coalescer and the virtual-thread carriers the bus delivers on), and
 * wall time from the bus publishing the change until the last view's push; plus heap per open view (used heap after
 * GC before opening them and once every view has pushed its first render, as a browser's first response collects it;
 * the figure before any push is printed too). Printed beside the targets, never asserted; written to
 * target/benchmark/fan-out.txt.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class BoardFanOutBenchmarkIT extends BrowserlessSupport {

    static final int VIEWS = Integer.getInteger("benchmark.views", 1000);
    static final int USERS = Integer.getInteger("benchmark.users", 50);
    static final int RUNS = Integer.getInteger("benchmark.runs", 20);
    static final int WARMUPS = Integer.getInteger("benchmark.warmups", 15);

    @Autowired
    ExperimentService experiments;
    @Autowired
    PlanningService planning;
    @Autowired
    LiveUpdateBus bus;

    /** The change being delivered: what a view must show once it has it. */
    private record Round(int no, Predicate<Probe> shows, CountDownLatch remaining, LongAccumulator firstAt,
            LongAccumulator lastAt) {
    }

    /** Per change of one kind: the figures' samples. */
    private record Figures(List<Long> wall, List<Long> first, List<Double> processCpu, List<Double> fanOutCpu,
            List<Double> coalescer, long pushes) {
    }

    private volatile Round round;

    /** Stands in for the WebSocket: builds what Atmosphere would send, then looks at the view. */
    private final class Probe implements PushConnection {
        private final UI ui;
        private final BoardView view;
        /** The bare push's label, once the baseline's rounds begin. */
        private volatile com.vaadin.flow.component.html.Span ping;
        private int doneRound = -1;
        final AtomicLong pushes = new AtomicLong();

        Probe(UI ui, BoardView view) {
            this.ui = ui;
            this.view = view;
        }

        @Override
        public void push() {
            // As AtmospherePushConnection.push: the changes since the last response, as the message text.
            String message = "for(;;);[" + new UidlWriter().createUidl(ui, true) + "]";
            pushes.incrementAndGet();
            Round r = round;
            if (r != null && doneRound != r.no() && !message.isEmpty() && r.shows().test(this)) {
                doneRound = r.no();
                long now = System.nanoTime();
                r.firstAt().accumulate(now);
                r.lastAt().accumulate(now);
                r.remaining().countDown();
            }
        }

        @Override
        public void disconnect() {
        }

        @Override
        public boolean isConnected() {
            return true;
        }
    }

    static boolean shows(BoardView view, long card, long column) {
        // What the view sent its browser (BoardCards): the board with the card in that column.
        List<kr.silheomjang.planning.ColumnView> sent = view.cards.sentColumns();
        return sent != null && sent.stream().anyMatch(c -> c.id() == column
                && c.cards().stream().anyMatch(x -> x.id() == card));
    }

    @Test
    void oneMoveReachesAThousandOpenBoards() throws Exception {
        String owner = newAccount("김기획");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("팬아웃 벤치마크")));
        List<Authentication> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            users.add(signedIn.authentication(teams.joinWithNewAccount(owner, id, "기획" + i, MemberRole.PLANNER)));
        }
        Board board = signedIn.as(owner, () -> planning.board(id));
        long left = board.columns().get(0).id();
        long right = board.columns().get(1).id();
        long card = board.columns().get(0).cards().get(0).id();

        long heapBefore = usedHeapAfterGc();
        List<BrowserlessUIContext> windows = new ArrayList<>();
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < VIEWS; i++) {
            Authentication user = users.get(i % USERS);
            BrowserlessUIContext window = app.newUser(user).newWindow();
            BoardView view = window.navigate(BoardView.class, Map.of("experimentId", String.valueOf(id)));
            // Where a signed-in HTTP session keeps it: Vaadin's holder reads it inside ui.access on other threads.
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(user);
            window.getUI().getSession().getSession()
                    .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            UI ui = window.getUI();
            if (!ui.getPushConfiguration().getPushMode().isEnabled()) {
                ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
            }
            Probe probe = new Probe(ui, view);
            ui.getInternals().setPushConnection(probe);
            windows.add(window);
            probes.add(probe);
        }
        // Before any view has pushed: each still holds its whole first render as pending changes (and its pending
        // JavaScript calls), which a real browser's first response collects at once. Printed too, for comparison.
        long heapPerViewUnsent = Math.max(0, usedHeapAfterGc() - heapBefore) / VIEWS;

        Map<VaadinSession, Integer> holds = new HashMap<>();
        for (BrowserlessUIContext w : windows) {
            VaadinSession session = w.getUI().getSession();
            ReentrantLock lock = (ReentrantLock) session.getLockInstance();
            int held = lock.getHoldCount();
            holds.put(session, held);
            for (int i = 0; i < held; i++) {
                lock.unlock();
            }
        }
        CurrentInstance.clearAll();
        try {
            // What the 1,000 arrivals queued (presence, one update per view at most), then quiet.
            for (BrowserlessUIContext w : windows) {
                VaadinSession session = w.getUI().getSession();
                session.lock();
                session.unlock();
            }
            CurrentInstance.clearAll();
            waitForQuiet(probes);
            // Every view has pushed (its unlock above pushed its first render): what an open board view holds.
            long heapPerView = Math.max(0, usedHeapAfterGc() - heapBefore) / VIEWS;

            AtomicLong publishedAt = new AtomicLong();
            LiveUpdateBus.Subscription heard = bus.subscribe(id, u -> {
                if (u.is(PlanningLive.BOARD) || u.is(BenchmarkPing.Kind.PING)) {
                    // When the bus took it (as every listener is told), not when this listener's turn came.
                    publishedAt.compareAndSet(0, kr.silheomjang.collab.ReadFreshness.requiredStart());
                }
            });
            Figures moves;
            Figures pings;
            try {
                moves = measure(probes, publishedAt, i -> {
                    boolean toRight = i % 2 == 0;
                    long target = toRight ? right : left;
                    Runnable move = () -> signedIn.run(owner,
                            () -> planning.move(id, card, toRight ? Direction.RIGHT : Direction.LEFT));
                    return new Change(move, p -> shows(p.view, card, target));
                });
                // The baseline: each view also gets the bare push's hidden label (as LiveScaleBenchmarkIT's
                // browsers do), and a ping changes only that label, through the same bus, coalescing and push.
                for (int v = 0; v < VIEWS; v++) {
                    UI ui = windows.get(v).getUI();
                    Probe probe = probes.get(v);
                    ui.getSession().lock();
                    try {
                        probe.ping = BenchmarkPing.attach(ui, bus, id);
                    } finally {
                        ui.getSession().unlock();
                    }
                }
                CurrentInstance.clearAll();
                waitForQuiet(probes);
                pings = measure(probes, publishedAt, i -> {
                    String expected = "[" + i + "]";
                    return new Change(() -> bus.publish(LiveUpdate.of(id, BenchmarkPing.Kind.PING, (long) i)),
                            p -> p.ping != null && expected.equals(p.ping.getText()));
                });
            } finally {
                heard.close();
            }

            String report = report(moves, pings, heapPerView, heapPerViewUnsent);
            System.out.println(report);
            Path out = Path.of("target", "benchmark", "fan-out.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        } finally {
            round = null;
            // Browserless closes its sessions expecting the test thread to hold their locks, as it did.
            holds.forEach((session, held) -> {
                for (int i = 0; i < held; i++) {
                    session.getLockInstance().lock();
                }
            });
        }
    }

    /** One change and what every view must show once it has it. */
    private record Change(Runnable make, Predicate<Probe> shows) {
    }

    /** Makes {@code WARMUPS + RUNS} changes one after the other, each once every view showed the one before. */
    private Figures measure(List<Probe> probes, AtomicLong publishedAt, IntFunction<Change> changes)
            throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> wall = new ArrayList<>();
        List<Long> first = new ArrayList<>();
        List<Double> processCpu = new ArrayList<>();
        List<Double> fanOutCpu = new ArrayList<>();
        List<Double> coalescer = new ArrayList<>();
        long pushesBefore = probes.stream().mapToLong(p -> p.pushes.get()).sum();
        for (int i = 0; i < WARMUPS + RUNS; i++) {
            Change change = changes.apply(i);
            Round r = new Round(i, change.shows(), new CountDownLatch(VIEWS),
                    new LongAccumulator(Math::min, Long.MAX_VALUE), new LongAccumulator(Math::max, Long.MIN_VALUE));
            publishedAt.set(0);
            round = r;
            Map<Long, Long> fanOut0 = fanOutThreadCpu(threads);
            long cpu0 = processCpuNanos();
            long self0 = threads.getCurrentThreadCpuTime();
            change.make().run();
            long self = threads.getCurrentThreadCpuTime() - self0;
            if (!r.remaining().await(300, TimeUnit.SECONDS)) {
                throw new AssertionError((VIEWS - r.remaining().getCount()) + " of " + VIEWS
                        + " views showed the change within 300 s");
            }
            long cpu = processCpuNanos() - cpu0 - self;
            Map<Long, Long> fanOut1 = fanOutThreadCpu(threads);
            if (i >= WARMUPS) {
                wall.add(TimeUnit.NANOSECONDS.toMillis(r.lastAt().get() - publishedAt.get()));
                first.add(TimeUnit.NANOSECONDS.toMillis(r.firstAt().get() - publishedAt.get()));
                processCpu.add(cpu / 1e6);
                fanOutCpu.add(delta(fanOut0, fanOut1) / 1e6);
                coalescer.add(delta(fanOut0, fanOut1, "live-update-coalescer") / 1e6);
            }
            round = null;
            waitForQuiet(probes);
        }
        long pushes = probes.stream().mapToLong(p -> p.pushes.get()).sum() - pushesBefore;
        return new Figures(wall, first, processCpu, fanOutCpu, coalescer, pushes);
    }

    private String report(Figures moves, Figures pings, long heapPerView, long heapPerViewUnsent) {
        long perGiB = heapPerView == 0 ? 0 : (1L << 30) / heapPerView;
        String when = ZonedDateTime.now(ZoneId.of("Asia/Seoul")).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return String.format(Locale.ROOT, """
                board fan-out (%d open board views in %d sessions of %d users, one JVM, browserless; %d changes after \
                %d warm-ups; %d cores; %s)
                figure (a card move; in brackets the bare push)    | p50                 | p95                 | target
                server CPU per change, whole process (upper bound) | %s | %s | <= 50 ms
                server CPU per change, fan-out threads only        | %s | %s | <= 50 ms
                  of which the coalescer threads (ui.access, push) | %s | %s |
                publish -> first view pushed (at once when quiet)  | %s | %s | -
                publish -> last view pushed                        | %s | %s | -
                heap per open board view (after its first push)    | %d KiB (%d views per GiB)     | >= 1,000 views per GiB
                  the same before any push (first render unsent)   | %d KiB (%d views per GiB)
                pushes per change: %.1f (bare push %.1f; one per view expected)
                fan-out threads' CPU per change in the order made, ms: moves %s; bare pushes %s
                """, VIEWS, VIEWS, USERS, moves.wall().size(), WARMUPS, Runtime.getRuntime().availableProcessors(),
                when, ms(pctD(moves.processCpu(), 50), pctD(pings.processCpu(), 50)),
                ms(pctD(moves.processCpu(), 95), pctD(pings.processCpu(), 95)),
                ms(pctD(moves.fanOutCpu(), 50), pctD(pings.fanOutCpu(), 50)),
                ms(pctD(moves.fanOutCpu(), 95), pctD(pings.fanOutCpu(), 95)),
                ms(pctD(moves.coalescer(), 50), pctD(pings.coalescer(), 50)),
                ms(pctD(moves.coalescer(), 95), pctD(pings.coalescer(), 95)),
                ms(pct(moves.first(), 50), pct(pings.first(), 50)), ms(pct(moves.first(), 95), pct(pings.first(), 95)),
                ms(pct(moves.wall(), 50), pct(pings.wall(), 50)), ms(pct(moves.wall(), 95), pct(pings.wall(), 95)),
                heapPerView / 1024, perGiB, heapPerViewUnsent / 1024,
                heapPerViewUnsent == 0 ? 0 : (1L << 30) / heapPerViewUnsent,
                moves.pushes() / (double) (moves.wall().size() + WARMUPS),
                pings.pushes() / (double) (pings.wall().size() + WARMUPS), series(moves.fanOutCpu()),
                series(pings.fanOutCpu()));
    }

    /** The samples in the order they were taken: whether the slow ones came early (warm-up) or anywhere. */
    private static String series(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** A change's figure and, in brackets, the bare push's. */
    private static String ms(double change, double bare) {
        return String.format(Locale.ROOT, "%6.1f ms (%6.1f)", change, bare);
    }

    /** Until no view has pushed for 300 ms: the last change (and its echoes) has settled everywhere. */
    private static void waitForQuiet(List<Probe> probes) throws InterruptedException {
        long last = -1;
        while (true) {
            long now = probes.stream().mapToLong(p -> p.pushes.get()).sum();
            if (now == last) {
                return;
            }
            last = now;
            Thread.sleep(300);
        }
    }

    /**
     * CPU of the threads the fan-out runs on: the coalescer threads ({@code live-update-coalescer-N}, one per core
     * since decision note 0041) that run every view's {@code ui.access} and push, and the carriers of the virtual
     * threads the local bus delivers on. Virtual threads themselves report no CPU time.
     */
    private static Map<Long, Long> fanOutThreadCpu(ThreadMXBean threads) {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && (info.getThreadName().startsWith("live-update-coalescer")
                    || info.getThreadName().startsWith("ForkJoinPool-1-worker-"))) {
                cpu.put(info.getThreadId(), threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return cpu;
    }

    private static long delta(Map<Long, Long> before, Map<Long, Long> after) {
        return delta(before, after, null);
    }

    /** The CPU the threads named so (all fan-out threads when {@code name} is null) spent between the two samples. */
    private static long delta(Map<Long, Long> before, Map<Long, Long> after, String name) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            ThreadInfo info = name == null ? null : threads.getThreadInfo(e.getKey());
            if (name != null && (info == null || !info.getThreadName().startsWith(name))) {
                continue;
            }
            if (e.getValue() >= 0) {
                sum += e.getValue() - Math.max(0, before.getOrDefault(e.getKey(), 0L));
            }
        }
        return sum;
    }

    private static long pct(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
    }

    private static double pctD(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
