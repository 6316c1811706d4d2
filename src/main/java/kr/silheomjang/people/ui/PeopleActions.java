package kr.silheomjang.people.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;

import kr.silheomjang.ui.Actions;

/** The shared {@link Actions} with the people module's conflict wording ("your input is still there"). */
final class PeopleActions {

    private PeopleActions() {
    }

    /** True when the change went through. {@code onConflict} runs after a conflict was explained. */
    static boolean run(Component where, Runnable change, Runnable onConflict) {
        return Actions.on(where).conflictMessage("people.conflict").afterConflict(onConflict).run(change);
    }

    /** The change's result, or null when it did not go through (the user was told why). */
    static <T> T call(Component where, Supplier<T> change, Runnable onConflict) {
        return Actions.on(where).conflictMessage("people.conflict").afterConflict(onConflict).call(change)
                .orElse(null);
    }
}
