package kr.silheomjang.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The one question before something that cannot be taken back (removing a member, cancelling a participation): a
 * red confirm button, and the focus on the safe answer, so an Enter pressed out of habit changes nothing.
 */
public final class DestructiveQuestion {

    private DestructiveQuestion() {
    }

    /**
     * The question in the words of {@code keyPrefix}{@code .header}, {@code .text} (with {@code textArguments}),
     * {@code .keep} and {@code .confirm}; its id is {@code keepId} without "-keep" plus "-question".
     */
    public static ConfirmDialog ask(Component where, String keyPrefix, String keepId, Runnable onConfirm,
            Object... textArguments) {
        ConfirmDialog question = open(where.getTranslation(keyPrefix + ".header"),
                where.getTranslation(keyPrefix + ".text", textArguments), where.getTranslation(keyPrefix + ".keep"),
                where.getTranslation(keyPrefix + ".confirm"), keepId, onConfirm);
        question.setId(keepId.replace("-keep", "") + "-question");
        return question;
    }

    /**
     * Opens the question; only its red button runs {@code onConfirm}.
     *
     * @param keepId the id of the safe button (for tests and keyboard users' scripts)
     */
    public static ConfirmDialog open(String header, String text, String keepText, String confirmText, String keepId,
            Runnable onConfirm) {
        ConfirmDialog confirm = new ConfirmDialog();
        Button keep = new Button(keepText, e -> confirm.close());
        keep.setId(keepId);
        confirm.setHeader(header);
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelButton(keep);
        confirm.setConfirmText(confirmText);
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> onConfirm.run());
        // Once open, the web component focuses its confirm button (after the dialog itself): that first focus is moved
        // to the safe answer.
        confirm.getElement().executeJs("""
                const keep = $0;
                this.__keepFirst = true;
                this.addEventListener('focusin', e => {
                  if (this.__keepFirst && e.target.slot === 'confirm-button') {
                    this.__keepFirst = false; keep.focus();
                    const moved = e.target; // its focus() marks the ring after this handler: unmark it afterwards
                    queueMicrotask(() => moved.removeAttribute('focus-ring'));
                  }
                });""", keep);
        confirm.open();
        return confirm;
    }
}
