package kr.silheomjang.ui;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * A form dialog that Esc or a click beside it would close with text typed in it asks first ("작성 중인 내용을
 * 버릴까요?", focus on 계속 쓰기); with nothing typed it closes at once, as before. Its own cancel button still closes
 * without asking: that was a choice, Esc is often a reflex.
 *
 * <p>"Typed" means: differs from what the dialog showed when it opened. A loaded {@link LiveForm} knows that itself
 * (its fields follow a co-planner's saves, which the user did not type); other fields are compared with their value
 * at opening, so a default (today's date, a prefilled text) or merely opening never asks.
 */
public final class KeepTyped {

    private KeepTyped() {
    }

    /** A dialog whose form is a {@link LiveForm}, with {@code outside} fields it does not bind (e.g. a comment box). */
    public static void guard(Dialog dialog, LiveForm<?> form, HasValue<?, ?>... outside) {
        guard(dialog, typed(dialog, form, outside));
    }

    /** A dialog whose typed input is in {@code fields}. */
    public static void guard(Dialog dialog, HasValue<?, ?>... fields) {
        guard(dialog, typed(dialog, fields));
    }

    /**
     * Whether a {@link LiveForm} differs from what it was loaded with (or, never loaded, from what it showed on
     * opening), or an {@code outside} field from what it showed on opening: to combine with the dialog's own state
     * (e.g. a file chosen).
     */
    public static BooleanSupplier typed(Dialog dialog, LiveForm<?> form, HasValue<?, ?>... outside) {
        List<HasValue<?, ?>> all = Stream.concat(form.fields().stream(), Arrays.stream(outside)).toList();
        Opened opened = Opened.of(dialog, all);
        return () -> form.loaded() ? form.edited() || opened.changed(Arrays.asList(outside)) : opened.changed(all);
    }

    /** Whether one of {@code fields} differs from what it showed when the dialog opened. */
    public static BooleanSupplier typed(Dialog dialog, HasValue<?, ?>... fields) {
        List<HasValue<?, ?>> all = List.of(fields);
        Opened opened = Opened.of(dialog, all);
        return () -> opened.changed(all);
    }

    /** {@code typed}: whether the dialog holds something the user typed and did not save. */
    public static void guard(Dialog dialog, BooleanSupplier typed) {
        // Registering a close-action listener stops the dialog from closing by itself: this decides.
        dialog.addDialogCloseActionListener(e -> decide(dialog, typed));
        // A text field sends its text when it is left, and Esc is pressed in it: the field is left first, so that its
        // text reaches the server before the close request (both go in order). 계속 쓰기 goes back into it.
        dialog.addAttachListener(e -> dialog.getElement().executeJs("""
                if (this.__keepTyped) return;
                this.__keepTyped = true;
                this.$.overlay.addEventListener('vaadin-overlay-close', () => {
                  let a = document.activeElement;
                  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
                  this.__keepTypedFocus = a;
                  if (a && a.blur) a.blur();
                });"""));
    }

    private static void decide(Dialog dialog, BooleanSupplier typed) {
        if (!dialog.isOpened()) {
            return;
        }
        if (!typed.getAsBoolean()) {
            dialog.close();
            return;
        }
        ConfirmDialog question = DestructiveQuestion.ask(dialog, "dialog.discard", "discard-keep", dialog::close);
        // 계속 쓰기: back into the field that was being typed in.
        question.addOpenedChangeListener(o -> {
            if (!o.isOpened() && dialog.isOpened()) {
                dialog.getElement().executeJs("""
                        const f = this.__keepTypedFocus;
                        setTimeout(() => f && f.isConnected && f.focus());""");
            }
        });
    }

    /** The fields' values each time the dialog opens (after the code that filled in defaults or a prefill). */
    private static final class Opened {
        private final List<HasValue<?, ?>> fields;
        private final Map<HasValue<?, ?>, @Nullable Object> values = new IdentityHashMap<>();

        private Opened(List<HasValue<?, ?>> fields) {
            this.fields = fields;
        }

        static Opened of(Dialog dialog, List<HasValue<?, ?>> fields) {
            Opened opened = new Opened(fields);
            dialog.addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    opened.remember();
                }
            });
            if (dialog.isOpened()) {
                opened.remember();
            }
            return opened;
        }

        private void remember() {
            values.clear();
            fields.forEach(f -> values.put(f, LiveFormSlot.normal(f.getValue())));
        }

        boolean changed(List<HasValue<?, ?>> which) {
            return which.stream().anyMatch(f -> values.containsKey(f)
                    && !Objects.equals(values.get(f), LiveFormSlot.normal(f.getValue())));
        }
    }
}
