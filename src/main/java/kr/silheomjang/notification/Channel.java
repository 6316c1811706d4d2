package kr.silheomjang.notification;

/** How one kind of notification reaches a person. */
public enum Channel {
    /** In the inbox (the bell). The default. */
    IN_APP,
    /** In the inbox and in the daily mail digest. */
    DIGEST,
    /** Not at all. */
    OFF
}
