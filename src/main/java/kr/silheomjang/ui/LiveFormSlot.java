package kr.silheomjang.ui;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;

import kr.silheomjang.collab.PresenceRegistry.FormUser;

/**
 * One field of a {@link LiveForm}: the value it was loaded with, whether it is focused, someone else's pending value,
 * and the note and avatars shown in its helper slot.
 */
final class LiveFormSlot<S, V> {
    final String key;
    final HasValue<?, V> field;
    final Function<S, V> read;
    final Function<V, String> shown;
    final Div helper = new Div();
    final Div avatars = new Div();
    final Div note = new Div();
    @Nullable V base;
    boolean focused;
    @Nullable V theirs;
    LiveForm.@Nullable Change change;
    boolean filling;

    private final Component owner;
    private final Consumer<@Nullable String> seatAt;
    private final Runnable cleared;

    /** {@code seatAt} moves the user's presence to a field (null: none); {@code cleared} runs when a mark goes. */
    LiveFormSlot(Component owner, String key, HasValue<?, V> field, Function<S, V> read, Function<V, String> shown,
            Consumer<@Nullable String> seatAt, Runnable cleared) {
        this.owner = owner;
        this.seatAt = seatAt;
        this.cleared = cleared;
        this.key = key;
        this.field = field;
        this.read = read;
        this.shown = shown;
        helper.addClassName("live-form-helper");
        avatars.addClassName("live-form-avatars");
        note.addClassName("live-form-note");
        note.setVisible(false);
        helper.add(avatars, note);
        if (field instanceof HasValueChangeMode typed) {
            typed.setValueChangeMode(ValueChangeMode.TIMEOUT);
            typed.setValueChangeTimeout(LiveForm.SYNC_MILLIS);
        }
        if (field instanceof FocusNotifier<?> f) {
            f.addFocusListener(e -> {
                focused = true;
                seatAt.accept(key);
            });
        }
        if (field instanceof BlurNotifier<?> b) {
            b.addBlurListener(e -> {
                focused = false;
                seatAt.accept(null);
                // Only looked in, typed nothing: the other person's value simply arrives.
                if (theirs != null && same(field.getValue(), base)) {
                    takeTheirs();
                }
            });
        }
        field.addValueChangeListener(e -> {
            if (!filling && theirs != null && same(e.getValue(), theirs)) {
                // Typed the same as the other person: nothing left to decide.
                base = theirs;
                clearMark();
            }
        });
    }

    String label() {
        return field instanceof HasLabel l && l.getLabel() != null ? l.getLabel() : key;
    }

    boolean touched() {
        // A read-only field holds nothing of this user's (a guest looking, selecting text): it always follows.
        return !field.isReadOnly() && (focused || !same(field.getValue(), base));
    }

    boolean edited() {
        return !same(field.getValue(), base);
    }

    void load(S state) {
        V value = read.apply(state);
        set(value);
        base = value;
        clearMark();
    }

    void refresh(S newer, LiveForm.Change by) {
        V value = read.apply(newer);
        if (same(value, base)) {
            if (theirs != null && !same(value, theirs)) {
                clearMark(); // changed back meanwhile
            }
            return;
        }
        if (!touched()) {
            set(value);
            base = value;
            clearMark();
        } else if (same(field.getValue(), value)) {
            base = value;
            clearMark();
        } else {
            theirs = value;
            change = by;
            mark();
        }
    }

    void takeTheirs() {
        if (theirs != null) {
            V value = theirs;
            set(value);
            base = value;
        }
        clearMark();
    }

    void keepMine() {
        if (theirs != null) {
            base = theirs;
        }
        clearMark();
    }

    private void set(@Nullable V value) {
        filling = true;
        try {
            field.setValue(value);
        } finally {
            filling = false;
        }
    }

    String theirsShown() {
        String value = shown.apply(theirs);
        if (value.length() > 200) {
            value = value.substring(0, 200) + "…";
        }
        return value.isBlank() ? t("liveform.empty") : value;
    }

    private void mark() {
        note.removeAll();
        Span what = new Span(t("liveform.changedBy", change.who(), theirsShown()));
        what.addClassName("live-form-theirs");
        Button take = new Button(t("liveform.takeTheirs"), e -> takeTheirs());
        take.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        take.addClassName("live-form-take");
        Button keep = new Button(t("liveform.keepMine"), e -> keepMine());
        keep.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        keep.addClassName("live-form-keep");
        note.add(what, take, keep);
        note.setVisible(true);
        ((Component) field).addClassName("live-form-changed");
        ((Component) field).getElement().setAttribute("data-changed-by", change.who());
        attachHelper();
    }

    private void clearMark() {
        boolean was = theirs != null;
        theirs = null;
        change = null;
        note.removeAll();
        note.setVisible(false);
        ((Component) field).removeClassName("live-form-changed");
        ((Component) field).getElement().removeAttribute("data-changed-by");
        attachHelper();
        if (was) {
            cleared.run();
        }
    }

    void showPresent(List<FormUser> users) {
        avatars.removeAll();
        for (FormUser u : users) {
            Avatar a = ComponentTexts.localize(new Avatar(u.displayName()));
            a.addThemeVariants(AvatarVariant.LUMO_XSMALL);
            a.setColorIndex((int) (u.userId() % 7));
            a.setTooltipEnabled(true);
            a.getElement().setAttribute("aria-label", t("liveform.typing", u.displayName()));
            avatars.add(a);
        }
        avatars.getElement().setAttribute("title", String.join(", ", users.stream().map(u ->
                t("liveform.typing", u.displayName())).toList()));
        avatars.setVisible(!users.isEmpty());
        attachHelper();
    }

    /** The helper slot holds avatars and the note only while there is something to show (helper text returns). */
    private void attachHelper() {
        if (!(field instanceof HasHelper h)) {
            return;
        }
        boolean show = theirs != null || avatars.getChildren().findAny().isPresent();
        if (show && h.getHelperComponent() != helper) {
            h.setHelperComponent(helper);
        } else if (!show && h.getHelperComponent() == helper) {
            h.setHelperComponent(null);
        }
    }

    private boolean same(@Nullable Object a, @Nullable Object b) {
        return Objects.equals(normal(a), normal(b));
    }

    /** Empty text and no value are the same; lists compare without their empty lines, sets as sets. */
    static @Nullable Object normal(@Nullable Object v) {
        if (v instanceof String s) {
            return s.isEmpty() ? null : s;
        }
        if (v instanceof List<?> l) {
            List<?> kept = l.stream().filter(x -> !(x instanceof String text && text.isBlank())).toList();
            return kept.isEmpty() ? null : kept;
        }
        if (v instanceof java.util.Collection<?> c) {
            return c.isEmpty() ? null : Set.copyOf(c);
        }
        return v;
    }

    private String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }
}
