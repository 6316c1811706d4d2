package kr.silheomjang.notification;

import java.time.Instant;

import kr.silheomjang.shared.Notable;

/**
 * One inbox row as the person sees it.
 *
 * @param subject  the card, event or survey title then; for a stage move the stage's name, for a consent the kind
 * @param count    how many answers a batched survey notification stands for (1 otherwise)
 * @param href     the exact place, relative to the app (a router link)
 */
public record NotificationView(long id, Notable.Kind kind, long experimentId, String experimentTitle, String subject,
        String actorName, int count, Instant at, boolean read, String href) {
}
