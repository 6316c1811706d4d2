package kr.silheomjang.ui;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import kr.silheomjang.shared.UserFacingException;

/**
 * A dialog whose row someone else deleted while it was open: it stays, says so in its message box and offers only
 * closing, so that what was typed into it can still be copied. Its text fields stay writable on purpose: Vaadin answers
 * a value that reaches a read-only field with the server's value, which would wipe the last words still on their way.
 */
public final class DeletedMeanwhile {

    private DeletedMeanwhile() {
    }

    /**
     * Reads a dialog's row again for a live refresh: empty when it is gone (deleted, or hidden from this guest: shown
     * as {@link #show}) or the user may no longer see the experiment (the dialog closes, as the page leaves).
     */
    public static <T> Optional<T> reread(Dialog dialog, Div box, Supplier<T> read, Component... writing) {
        try {
            return Optional.of(read.get());
        } catch (UserFacingException gone) {
            show(box, writing);
        } catch (AccessDeniedException refused) {
            dialog.close();
        }
        return Optional.empty();
    }

    /** Shows the message in {@code box} and hides the actions that would write ({@code save}, delete, …). */
    public static void show(Div box, Component... writing) {
        box.removeAll();
        box.add(new Paragraph(box.getTranslation("dialog.deletedMeanwhile")));
        box.getElement().setAttribute("role", "alert");
        // The same look in every such dialog (styles.css), whatever the box shows otherwise.
        box.addClassName("deleted-meanwhile");
        box.setVisible(true);
        for (Component c : writing) {
            c.setVisible(false);
        }
    }
}
