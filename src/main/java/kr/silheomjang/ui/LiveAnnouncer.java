package kr.silheomjang.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

/**
 * The one polite live region of a UI (it lives in the shell, so it exists before anything is said and survives
 * navigation): pages say in it, in one short sentence, what a co-planner just did. At most one sentence per second;
 * what arrives meanwhile is said together (see {@link AnnouncementPacer}). Visually hidden.
 */
public final class LiveAnnouncer extends Div {

    static final Duration INTERVAL = Duration.ofSeconds(1);
    /** One daemon thread for every UI's delayed sentence; the work itself runs in that UI's {@code access}. */
    private static final ScheduledExecutorService LATER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-announcer");
        t.setDaemon(true);
        return t;
    });

    private final Clock clock;
    private final AnnouncementPacer pacer;

    public LiveAnnouncer() {
        this(Clock.systemUTC());
    }

    LiveAnnouncer(Clock clock) {
        this.clock = clock;
        this.pacer = new AnnouncementPacer(INTERVAL, n -> getTranslation("live.more", n));
        setId("live-announcer");
        addClassName("sr-only");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-atomic", "true");
    }

    /** The live region of the UI a component is in, if the shell has one (pages without the shell have none). */
    public static Optional<LiveAnnouncer> of(UI ui) {
        return Optional.ofNullable(ComponentUtil.getData(ui, LiveAnnouncer.class));
    }

    /** Says the sentence now, or at the next free slot; call inside the UI's lock (live handlers are). */
    public void say(String sentence) {
        switch (pacer.offer(sentence, clock.instant())) {
            case AnnouncementPacer.Next.SayNow now -> setText(now.text());
            case AnnouncementPacer.Next.FlushIn later -> getUI().ifPresent(ui -> LATER.schedule(
                    () -> ui.access(() -> pacer.flush(clock.instant()).ifPresent(this::setText)),
                    later.delay().toMillis(), TimeUnit.MILLISECONDS));
            case AnnouncementPacer.Next.Wait waiting -> {
                // already planned: the sentence joins the next flush
            }
        }
    }

    /**
     * The sentence for a co-planner's change in this UI's language: the actor, the update's arguments, then the Korean
     * particle 으로/로 that follows the last argument (English messages leave it out). An argument marked with
     * {@link kr.silheomjang.collab.LiveUpdate.Said#word} is a message key, said in this UI's language.
     */
    public String sentence(kr.silheomjang.collab.LiveUpdate.Said said) {
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
        if (word.isEmpty()) {
            return "로";
        }
        char last = word.charAt(word.length() - 1);
        if (last < '가' || last > '힣') {
            return "(으)로";
        }
        int coda = (last - '가') % 28;
        return coda == 0 || coda == 8 ? "로" : "으로";
    }

    /** What the region says now (for tests). */
    public String said() {
        return getElement().getText();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ComponentUtil.setData(event.getUI(), LiveAnnouncer.class, this);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (ComponentUtil.getData(event.getUI(), LiveAnnouncer.class) == this) {
            ComponentUtil.setData(event.getUI(), LiveAnnouncer.class, null);
        }
    }
}
