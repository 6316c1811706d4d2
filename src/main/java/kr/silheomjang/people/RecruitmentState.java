package kr.silheomjang.people;

import java.time.Instant;

/**
 * The sign-up form as planners see it: settings, whether and why it takes sign-ups now, the public link, and the
 * counts behind "capacity used".
 */
public record RecruitmentState(long version, RecruitmentSettings settings, boolean accepting, FormState formState,
        String publicLink, int noticeVersion, long placesHeld, long applied, long waitlisted, long total,
        Instant updatedAt, String updatedByName, ReconfirmPlan reconfirm) {

    public int capacity() {
        return settings.capacity();
    }

    public long placesLeft() {
        return Math.max(0, settings.capacity() - placesHeld);
    }
}
