package kr.silheomjang.notification.ui;

import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.notification.NotificationLive;
import kr.silheomjang.notification.NotificationService;
import kr.silheomjang.ui.LiveSubscription;

/**
 * The bell in the header: the unread count, kept live through the person's own inbox topic (a notification arriving
 * in another tab or made by a co-planner's action lights it at once). It leads to the inbox.
 */
@StyleSheet("css/notification.css")
final class NotificationBell extends Button {

    private final NotificationService notifications;
    private final Span badge = new Span();

    NotificationBell(NotificationService notifications, LiveUpdateBus bus) {
        this.notifications = notifications;
        setIcon(VaadinIcon.BELL.create());
        setId("notification-bell");
        addClassName("notification-bell");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        badge.setId("notification-count");
        badge.addClassName("notification-count");
        badge.getElement().setAttribute("aria-hidden", "true");
        setSuffixComponent(badge);
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
        LiveSubscription.of(this, bus, notifications.myTopic(), Set.of(NotificationLive.INBOX), updates -> refresh(),
                connected -> {
                    if (connected) {
                        refresh();
                    }
                });
        refresh();
    }

    /** Reads the unread count again and shows it (nothing when zero). */
    void refresh() {
        int unread = notifications.unreadCount();
        badge.setText(unread == 0 ? "" : unread > 99 ? "99+" : Integer.toString(unread));
        badge.setVisible(unread > 0);
        getElement().setAttribute("data-unread", Integer.toString(unread));
        setAriaLabel(unread == 0 ? getTranslation("notification.bell.none")
                : getTranslation("notification.bell.unread", unread));
        setTooltipText(getAriaLabel().orElse(""));
    }
}
