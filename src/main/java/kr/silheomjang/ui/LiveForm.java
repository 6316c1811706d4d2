package kr.silheomjang.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;

import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.collab.PresenceRegistry;
import kr.silheomjang.collab.PresenceRegistry.FormUser;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.shared.StoredText;

/**
 * The one mechanism for a form that others may change while it is open (issue 18, decision note 0013): a live refresh
 * never writes over a field the user has touched since the form was loaded.
 *
 * <p>Every bound field syncs while the user types ({@link ValueChangeMode#TIMEOUT}) and counts as touched while it has
 * the focus (so even text not yet sent is safe) or while its value differs from the one it was loaded with. On
 * {@link #refresh}, untouched fields take the newer value silently; a touched field that someone else changed is
 * marked, shows who changed it and their value beside it, and offers "그 값 사용" / "내 값 유지". Until every such
 * field is decided, {@link #refusesSave} refuses the save with the form's conflict message; after that the form saves
 * over {@link #latest()}, so only the user's own fields overwrite anything.
 *
 * <p>With {@link #presence}, the form also shows who else has it open and which field they are in (an avatar on the
 * field), through {@link PresenceRegistry#enterForm}.
 *
 * <pre>{@code
 * form = LiveForm.of(this, "planning.conflict").bind("title", title, CardDetails::title)...;
 * form.load(details);                                     // open, and after a successful save
 * form.refresh(latest, latest.updatedByName(), latest.updatedAt());  // a live update
 * if (form.refusesSave(this::showConflict)) return;       // before calling the service with latest().version()
 * }</pre>
 */
public final class LiveForm<S> {

    /** Time between syncs while typing: short enough that the server knows a field is being edited. */
    static final int SYNC_MILLIS = 300;

    /** Where the form is, for presence: the experiment and a key naming the form, e.g. "card:42". */
    public record Presence(PresenceRegistry registry, LiveUpdateBus bus, AppUser me, long experimentId, String form) {
    }

    /** Someone else's saved value of a field the user is editing. */
    public record Change(String who, @Nullable Instant at) {
    }

    private final Component owner;
    private final Map<String, LiveFormSlot<S, ?>> slots = new LinkedHashMap<>();
    private @Nullable S latest;
    private PresenceRegistry.@Nullable FormSeat seat;
    private @Nullable LiveSubscription subscription;
    private boolean listening;
    private @Nullable Presence presence;
    private final Span others = new Span();
    private Runnable decided = () -> { };

    private LiveForm(Component owner) {
        this.owner = owner;
        others.addClassName("live-form-others");
        others.setVisible(false);
    }

    /** A form shown by {@code owner} (its translations and locale are used). */
    public static <S> LiveForm<S> of(Component owner) {
        return new LiveForm<>(owner);
    }

    /** Binds a field: {@code read} gives its value in a loaded state. The value is shown as text when it conflicts. */
    public <V> LiveForm<S> bind(String key, HasValue<?, V> field, Function<S, V> read) {
        return bind(key, field, read, v -> Objects.toString(v, ""));
    }

    /** Binds a field whose value needs its own words when shown beside it (dates, people...). */
    public <V> LiveForm<S> bind(String key, HasValue<?, V> field, Function<S, V> read, Function<V, String> shown) {
        slots.put(key, new LiveFormSlot<>(owner, key, field, read, shown, where -> {
            if (seat != null) {
                seat.at(where);
            }
        }, () -> {
            if (!unresolved()) {
                decided.run();
            }
        }));
        return this;
    }

    /**
     * Shows who else has this form open and which field they are in; joins while {@code owner} is attached (a dialog
     * while it is open).
     */
    public LiveForm<S> presence(Presence where) {
        if (where.equals(presence)) {
            return this; // e.g. a page entered again
        }
        boolean first = !listening;
        listening = true;
        leaveSeat();
        if (subscription != null) {
            subscription.close();
        }
        this.presence = where;
        subscription = LiveSubscription.of(owner, where.bus(), where.experimentId(), Set.of(WorkspaceLive.FORMS),
                batch -> renderPresence());
        if (first) {
            owner.addAttachListener(e -> enter());
            owner.addDetachListener(e -> leaveSeat());
        }
        if (owner.isAttached()) {
            enter();
        }
        return this;
    }

    /** Runs when the last marked field has been decided (e.g. to hide the form's conflict message). */
    public LiveForm<S> whenDecided(Runnable action) {
        this.decided = action;
        return this;
    }

    /** Leaves the form's presence (e.g. an inline row editor closed while its page stays). */
    public void endPresence() {
        leaveSeat();
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        presence = null;
        slots.values().forEach(s -> s.showPresent(List.of()));
    }

    private void leaveSeat() {
        if (seat != null) {
            seat.close();
            seat = null;
        }
    }

    private void enter() {
        Presence where = presence;
        if (where == null) {
            return;
        }
        if (seat == null && where != null) {
            PresenceRegistry.FormSeat entered = where.registry().enterForm(where.experimentId(), where.form(),
                    where.me().id(), where.me().displayName());
            slots.values().stream().filter(s -> s.focused).findFirst().ifPresent(s -> entered.at(s.key));
            seat = entered;
        }
        renderPresence();
    }

    /** The line "함께 보는 사람: …" for the form's header. */
    public Component others() {
        return others;
    }

    /** Fills every field from a fresh state and forgets what was touched: on open and after a successful save. */
    public void load(S state) {
        latest = state;
        slots.values().forEach(s -> s.load(state));
    }

    /**
     * Someone changed the thing this form shows: untouched fields follow silently, touched fields that changed are
     * marked with {@code who} and their value. Call it with every newer state the form hears of.
     */
    public void refresh(S newer, String who, @Nullable Instant at) {
        latest = newer;
        Change change = new Change(StoredText.show(who, owner::getTranslation), at);
        slots.values().forEach(s -> s.refresh(newer, change));
    }

    /** The latest state heard of: save with its version (the user's touched fields go over it). */
    public S latest() {
        return Objects.requireNonNull(latest, "load first");
    }

    /**
     * True while a field holds something the user changed and has not saved: what is stored is not what they see, so
     * acting on the stored state (sending it) would act on something else.
     */
    public boolean edited() {
        return slots.values().stream().anyMatch(LiveFormSlot::edited);
    }

    /** Whether {@link #load} was called: a form for a new item may never be. */
    public boolean loaded() {
        return latest != null;
    }

    /** The bound fields, in binding order. */
    public List<HasValue<?, ?>> fields() {
        return slots.values().stream().<HasValue<?, ?>>map(s -> s.field).toList();
    }

    /** True while a field still waits for "take theirs" / "keep mine". */
    public boolean unresolved() {
        return slots.values().stream().anyMatch(s -> s.theirs != null);
    }

    /**
     * Refuses a save while a field waits for a decision: hands who saved first and when (formatted) to the form's
     * conflict display and returns true. The user's text stays as it is.
     */
    public boolean refusesSave(BiConsumer<String, String> whoAndWhen) {
        Optional<Change> first = slots.values().stream().filter(s -> s.theirs != null).map(s -> s.change)
                .filter(Objects::nonNull).findFirst();
        first.ifPresent(c -> whoAndWhen.accept(c.who(),
                c.at() == null ? "" : Formats.dateTime(c.at(), locale())));
        return first.isPresent();
    }

    /**
     * The conflict message to show: the form's own ({@code formKey} with who and when), or, while a field waits for a
     * choice, the one that asks for it.
     */
    public String conflictText(String formKey, String who, String when) {
        return unresolved() ? t("liveform.conflict", who, when) : t(formKey, who, when);
    }

    /** Fields waiting for a decision: their label and the other person's value as shown beside them. */
    public Map<String, String> theirValues() {
        Map<String, String> values = new LinkedHashMap<>();
        slots.values().stream().filter(s -> s.theirs != null).forEach(s -> values.put(s.label(), s.theirsShown()));
        return values;
    }

    /** Keys of the fields waiting for a decision (for tests and messages). */
    public List<String> marked() {
        return slots.values().stream().filter(s -> s.theirs != null).map(s -> s.key).toList();
    }

    /** Whether a field counts as being edited (focused, or changed since loaded). */
    public boolean touched(String key) {
        return slot(key).touched();
    }

    /** "그 값 사용": the field takes the other person's value. */
    public void takeTheirs(String key) {
        slot(key).takeTheirs();
    }

    /** "내 값 유지": the user's value stays and will knowingly replace theirs on save. */
    public void keepMine(String key) {
        slot(key).keepMine();
    }

    /** The note beside a marked field (null when it is not marked), e.g. to read it in tests. */
    public @Nullable Component noteOf(String key) {
        return slot(key).theirs == null ? null : slot(key).note;
    }

    /** Names of the others in a field, as shown on it. */
    public List<String> inField(String key) {
        return slot(key).avatars.getChildren().map(c -> ((Avatar) c).getName()).toList();
    }

    private LiveFormSlot<S, ?> slot(String key) {
        return Objects.requireNonNull(slots.get(key), key);
    }

    private static java.util.Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? java.util.Locale.KOREAN : ui.getLocale();
    }

    private String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    private void renderPresence() {
        if (presence == null) {
            return;
        }
        Map<String, List<FormUser>> byField = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (FormUser u : presence.registry().inForm(presence.experimentId(), presence.form())) {
            if (u.userId() == presence.me().id()) {
                continue;
            }
            LiveFormSlot<S, ?> in = u.field() == null ? null : slots.get(u.field());
            names.add(in == null ? u.displayName() : t("liveform.inField", u.displayName(), in.label()));
            if (in != null) {
                byField.computeIfAbsent(in.key, k -> new ArrayList<>()).add(u);
            }
        }
        others.setText(names.isEmpty() ? "" : t("liveform.others", String.join(", ", names)));
        others.setVisible(!names.isEmpty());
        slots.values().forEach(s -> s.showPresent(byField.getOrDefault(s.key, List.of())));
    }
}
