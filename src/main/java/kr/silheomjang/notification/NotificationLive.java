package kr.silheomjang.notification;

import kr.silheomjang.collab.LiveKind;

/**
 * A person's inbox changed (a notification arrived, was read). Published on the person's own topic
 * ({@link NotificationService#topicOf}), not an experiment's: ids hold the notification ids.
 */
public enum NotificationLive implements LiveKind {
    INBOX("notification-inbox");

    private final String key;

    NotificationLive(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
