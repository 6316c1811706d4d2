package kr.silheomjang.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import kr.silheomjang.shared.UserFacingException;

/** Shows a service's refusal to the user in their language: a clear message, never a stack trace. */
public final class Messages {

    private Messages() {
    }

    public static List<String> translate(Component where, UserFacingException e) {
        return e.messageKeys().stream().map(where::getTranslation).toList();
    }

    public static Notification showError(Component where, UserFacingException e) {
        return showError(String.join("\n", translate(where, e)));
    }

    public static Notification showError(String text) {
        Notification n = new Notification(text, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("error-notification");
        n.open();
        return n;
    }

    /**
     * An error notice for the eyes only: a notification card is a live region (role "alert") that screen readers read
     * out, so when the page's live region already says the same event in its own sentence (LiveAnnouncer), the card's
     * text is hidden from them and the event is heard once.
     */
    public static Notification showErrorSeen(String text) {
        Span seen = new Span(text);
        seen.getElement().setAttribute("aria-hidden", "true");
        Notification n = new Notification(seen);
        n.setDuration(6000);
        n.setPosition(Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("error-notification");
        n.open();
        return n;
    }

    public static Notification showSuccess(String text) {
        Notification n = new Notification(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.open();
        return n;
    }
}
