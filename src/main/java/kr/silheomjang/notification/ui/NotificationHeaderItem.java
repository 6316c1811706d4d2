package kr.silheomjang.notification.ui;

import org.springframework.stereotype.Component;

import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.notification.NotificationService;
import kr.silheomjang.ui.HeaderItem;

/** Puts the notification bell into the app header. */
@Component
class NotificationHeaderItem implements HeaderItem {

    private final NotificationService notifications;
    private final LiveUpdateBus bus;

    NotificationHeaderItem(NotificationService notifications, LiveUpdateBus bus) {
        this.notifications = notifications;
        this.bus = bus;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new NotificationBell(notifications, bus);
    }
}
