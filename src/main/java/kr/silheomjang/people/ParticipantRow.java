package kr.silheomjang.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One participant as a grid shows it: the details (what the draft holds) and the bookkeeping around them. The
 * details a caller may not see are {@code null} (partner guests see who takes part, not how to reach them or their
 * health-related needs, unless the owner turned that on), and so is everything identifying after anonymisation.
 * Equality is by id, so grids keep selection across refreshes.
 */
public record ParticipantRow(long id, long version, ParticipantDraft details,
        Map<AttendanceStatus, LocalDate> statusDates, boolean walkIn, boolean anonymised, Instant updatedAt,
        String updatedByName) {

    public ParticipantRow {
        statusDates = Map.copyOf(statusDates);
    }

    /** The date the given step was reached, or null. */
    public @Nullable LocalDate dateOf(AttendanceStatus step) {
        return statusDates.get(step);
    }

    /** The draft that would save this row unchanged (the starting point of an edit). */
    public ParticipantDraft toDraft() {
        return details;
    }

    public String name() {
        return String.valueOf(details.name());
    }

    public @Nullable String phone() {
        return details.phone();
    }

    public @Nullable String email() {
        return details.email();
    }

    public ParticipantGroup group() {
        return Objects.requireNonNull(details.group());
    }

    public AttendanceStatus status() {
        return Objects.requireNonNull(details.status());
    }

    public PhotoConsent photoConsent() {
        return Objects.requireNonNull(details.photoConsent());
    }

    public @Nullable String accessibilityNeeds() {
        return details.accessibilityNeeds();
    }

    public @Nullable String dietaryNeeds() {
        return details.dietaryNeeds();
    }

    public @Nullable String notes() {
        return details.notes();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParticipantRow other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
