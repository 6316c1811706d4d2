package kr.silheomjang.notification.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kr.silheomjang.security.AccountErasing;

/**
 * A deleted account's notifications, channel choices and digest settings are the person's alone: they go in the
 * deleting transaction, so no digest is made for an account that no longer exists.
 */
@Component
class ErasedAccountNotifications {

    private final NotificationRepository notifications;
    private final NotificationSettingsRepository settings;

    ErasedAccountNotifications(NotificationRepository notifications, NotificationSettingsRepository settings) {
        this.notifications = notifications;
        this.settings = settings;
    }

    @EventListener
    void on(AccountErasing e) {
        notifications.deleteByUserId(e.userId());
        settings.deleteById(e.userId());
    }
}
