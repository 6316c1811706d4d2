package kr.silheomjang.support;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;

import kr.silheomjang.ui.LiveForm;

/**
 * What a browser sends while someone types in a live form without leaving the field: the focus event, then the value
 * as synced while typing. And the two choices beside a field someone else changed.
 */
public final class Typing {

    private Typing() {
    }

    /** Clicks into the field (focus reaches the server) and types {@code text}, staying in the field. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public static <V> void typeWithoutLeaving(BrowserlessUIContext window, HasValue<?, V> field, V text) {
        window.activate();
        Component c = (Component) field;
        ComponentUtil.fireEvent(c, new FocusNotifier.FocusEvent(c, true));
        setFromClient(field, text);
        window.roundTrip();
    }

    /** Leaves the field (blur). */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public static void leave(BrowserlessUIContext window, HasValue<?, ?> field) {
        window.activate();
        Component c = (Component) field;
        ComponentUtil.fireEvent(c, new BlurNotifier.BlurEvent(c, true));
        window.roundTrip();
    }

    /** The text beside a marked field ("X님이 바꾼 값: …"), or "" when the field is not marked. */
    public static String note(LiveForm<?> form, String key) {
        Component note = form.noteOf(key);
        return note == null ? "" : note.getElement().getTextRecursively();
    }

    /** Clicks "그 값 사용" beside the field. */
    public static void takeTheirs(BrowserlessUIContext window, LiveForm<?> form, String key) {
        click(window, form, key, "live-form-take");
    }

    /** Clicks "내 값 유지" beside the field. */
    public static void keepMine(BrowserlessUIContext window, LiveForm<?> form, String key) {
        click(window, form, key, "live-form-keep");
    }

    private static void click(BrowserlessUIContext window, LiveForm<?> form, String key, String className) {
        Component note = form.noteOf(key);
        if (note == null) {
            throw new AssertionError("The field " + key + " is not marked");
        }
        Button button = note.getChildren().filter(c -> c instanceof Button b && b.hasClassName(className))
                .map(Button.class::cast).findFirst().orElseThrow();
        window.activate();
        window.test(button).click();
    }

    /** Sets a value as the browser would (a value change from the client), through the browserless tester. */
    private static <V> void setFromClient(HasValue<?, V> field, V value) {
        new ComponentTester<Component>((Component) field) {
            void type() {
                setValueAsUser(value);
            }
        }.type();
    }
}
