/**
 * Notifications (issue 15 point 1): each person's inbox with a live unread count, per-kind preferences (in-app, daily
 * mail digest, off) and the scheduled scans and digest, each run by one node at a time (decision note 0034).
 * Everything here is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package kr.silheomjang.notification;

import org.jspecify.annotations.NullMarked;
