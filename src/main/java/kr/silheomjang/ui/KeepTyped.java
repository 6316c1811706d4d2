package kr.silheomjang.ui;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.dialog.Dialog;

/**
 * A form dialog that Esc or a click beside it would close with text typed in it asks first ("작성 중인 내용을
 * 버릴까요?", focus on 계속 쓰기); with nothing typed it closes at once, as before. Its own cancel button still closes
 * without asking: that was a choice, Esc is often a reflex.
 */
public final class KeepTyped {

    private KeepTyped() {
    }

    /** {@code typed}: whether the dialog holds something the user typed and did not save. */
    public static void guard(Dialog dialog, BooleanSupplier typed) {
        // Registering a close-action listener stops the dialog from closing by itself: this decides.
        dialog.addDialogCloseActionListener(e -> {
            if (typed.getAsBoolean()) {
                DestructiveQuestion.ask(dialog, "dialog.discard", "discard-keep", dialog::close);
            } else {
                dialog.close();
            }
        });
    }
}
