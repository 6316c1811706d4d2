package kr.silheomjang.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;

/**
 * The one polite live region of a UI (it lives in the shell, so it exists before anything is said and survives
 * navigation): pages say in it, in one short sentence, what a co-planner just did. At most one sentence per second;
 * what arrives meanwhile is said together (see {@link AnnouncementPacer}). Visually hidden.
 *
 * <p>A sentence that has to wait for its slot rides on the next push that goes out anyway once the slot has opened
 * (a live batch, {@link #beforePush}); only when none has gone by {@link #GRACE} after the slot is it pushed on its
 * own. With 1,000 open boards each push costs the server about 0.15 ms, so a sentence pushed separately nearly
 * doubled the pushes of a burst of changes (README, "Benchmark: 1,000-view fan-out").
 */
public final class LiveAnnouncer extends Div {

    static final Duration INTERVAL = Duration.ofSeconds(1);
    /** How long after its slot a waiting sentence waits for a push to ride on before it is pushed alone. */
    static final Duration GRACE = Duration.ofSeconds(1);
    /** One daemon thread for every UI's delayed sentence; the work itself runs in that UI's {@code access}. */
    private static final ScheduledExecutorService LATER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-announcer");
        t.setDaemon(true);
        return t;
    });

    /** Plans a task after a delay (tests plan by hand). */
    interface Later {
        void schedule(Runnable task, Duration delay);
    }

    private final Clock clock;
    private final Later later;
    private final AnnouncementPacer pacer;
    /**
     * The pacer's planned slot, readable outside the UI's lock: a fallback whose slot is no longer planned (the
     * sentences went out with a live batch) ends without taking the lock, so it neither queues work nor pushes.
     */
    private volatile @Nullable Instant planned;
    /**
     * The UI this region is in while attached: kept rather than found by walking up the parents on every sentence,
     * which with 1,000 open boards was a measurable part of saying one change everywhere.
     */
    private @Nullable UI attachedTo;

    public LiveAnnouncer() {
        this(Clock.systemUTC());
    }

    LiveAnnouncer(Clock clock) {
        this(clock, (task, delay) -> LATER.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    LiveAnnouncer(Clock clock, Later later) {
        this.clock = clock;
        this.later = later;
        this.pacer = new AnnouncementPacer(INTERVAL, n -> getTranslation("live.more", n));
        setId("live-announcer");
        addClassName("sr-only");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-atomic", "true");
        getElement().appendChild(text);
    }

    /**
     * What the region says, as one text node kept in place: {@code setText} on the region made a new node for every
     * sentence (removed, created, attached and filled on every open page of the change), where this sends one value.
     */
    private final com.vaadin.flow.dom.Element text = com.vaadin.flow.dom.Element.createText("");

    private void show(String sentence) {
        text.setText(sentence);
    }

    /** The live region of the UI a component is in, if the shell has one (pages without the shell have none). */
    public static Optional<LiveAnnouncer> of(UI ui) {
        return Optional.ofNullable(ComponentUtil.getData(ui, LiveAnnouncer.class));
    }

    /**
     * Says the sentence now, or with the first push after the next free slot; call inside the UI's lock (live
     * handlers are).
     */
    public void say(String sentence) {
        Instant now = clock.instant();
        switch (pacer.offer(sentence, now)) {
            case AnnouncementPacer.Next.SayNow said -> show(said.text());
            case AnnouncementPacer.Next.FlushIn waits -> {
                Instant slot = now.plus(waits.delay());
                UI ui = attachedTo;
                if (ui != null) {
                    later.schedule(() -> fallback(ui, slot), waits.delay().plus(GRACE));
                }
            }
            case AnnouncementPacer.Next.Wait waiting -> {
                // already planned: the sentence joins the next flush
            }
        }
        planned = pacer.plannedFor();
    }

    /**
     * A sentence that matters less than a co-planner's change (someone arriving or leaving, which the avatars also
     * show): said only when nothing else waits and the slot is open, so it never takes the place of a change's
     * sentence in a merged "(외 n건)".
     */
    public void sayIfQuiet(String sentence) {
        if (pacer.quiet(clock.instant())) {
            say(sentence);
        }
    }

    /**
     * A push is about to go out anyway (a live batch changed this UI): what waits goes with it if its slot has
     * opened. Call inside the UI's lock.
     */
    void beforePush() {
        if (planned == null) {
            return;
        }
        pacer.flush(clock.instant()).ifPresent(this::show);
        planned = pacer.plannedFor();
    }

    /** No push took the sentences of {@code slot} along: say them in a push of their own (unless already said). */
    private void fallback(UI ui, Instant slot) {
        if (!slot.equals(planned)) {
            return;
        }
        try {
            ui.access(() -> {
                if (slot.equals(pacer.plannedFor())) {
                    pacer.flush(clock.instant()).ifPresent(this::show);
                }
                planned = pacer.plannedFor();
            });
        } catch (UIDetachedException closed) {
            // the page is gone, and its sentences with it
        }
    }

    /**
     * The sentence for a co-planner's change in this UI's language: the actor, the update's arguments, then the Korean
     * particle 으로/로 that follows the last argument (English messages leave it out). An argument marked with
     * {@link kr.silheomjang.collab.LiveUpdate.Said#word} is a message key, said in this UI's language.
     */
    public String sentence(kr.silheomjang.collab.LiveUpdate.Said said) {
        java.util.Locale locale = getLocale();
        Made last = LAST_MADE.get(locale);
        if (last != null && last.said().equals(said)) {
            return last.sentence();
        }
        String sentence = compose(said);
        LAST_MADE.put(locale, new Made(said, sentence));
        return sentence;
    }

    /**
     * The last sentence made in each language: one change reaches every open page of the node that hears it, and
     * each made the same sentence again (message look-ups and formatting, about 6 % of a 1,000-view fan-out).
     */
    private static final java.util.Map<java.util.Locale, Made> LAST_MADE =
            new java.util.concurrent.ConcurrentHashMap<>();

    private record Made(kr.silheomjang.collab.LiveUpdate.Said said, String sentence) {
    }

    private String compose(kr.silheomjang.collab.LiveUpdate.Said said) {
        java.util.List<String> words = said.args().stream()
                .map(a -> !a.isEmpty() && a.charAt(0) == kr.silheomjang.collab.LiveUpdate.Said.WORD
                        ? getTranslation(a.substring(1)) : a)
                .toList();
        java.util.List<Object> args = new java.util.ArrayList<>();
        args.add(said.actorName());
        args.addAll(words);
        args.add(ro(words.isEmpty() ? "" : words.getLast()));
        return getTranslation(said.key(), args.toArray());
    }

    /** "진행 중" → "으로", "완료" → "로": 으로 after a final consonant other than ㄹ. */
    static String ro(String word) {
        return kr.silheomjang.shared.KoreanParticles.ro(word);
    }

    /** What the region says now (for tests). */
    public String said() {
        return text.getText();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        attachedTo = event.getUI();
        ComponentUtil.setData(event.getUI(), LiveAnnouncer.class, this);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        attachedTo = null;
        if (ComponentUtil.getData(event.getUI(), LiveAnnouncer.class) == this) {
            ComponentUtil.setData(event.getUI(), LiveAnnouncer.class, null);
        }
    }
}
