package kr.silheomjang.people;

import org.jspecify.annotations.Nullable;

/**
 * What a person sees behind their personal link: their own name and step, their place on the waitlist, the event
 * information once confirmed, and what they may do now.
 */
public record PersonalStatus(String title, String name, AttendanceStatus status, int waitlistPosition,
        @Nullable String eventInfo, boolean mayConfirm, boolean mayReconfirm, boolean mayCancel) {
}
