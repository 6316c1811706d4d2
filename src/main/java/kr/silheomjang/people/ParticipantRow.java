package kr.silheomjang.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One participant as a grid shows it. Contacts, needs and notes are {@code null} for partner guests unless the owner
 * let guests see them (they see who takes part, not how to reach them or their health-related needs), and after
 * anonymisation. Equality is by id, so grids keep selection across refreshes.
 */
public record ParticipantRow(long id, long version, String name, String phone, String email, ParticipantGroup group,
        AttendanceStatus status, Map<AttendanceStatus, LocalDate> statusDates, PhotoConsent photoConsent,
        String accessibilityNeeds, String dietaryNeeds, String notes, boolean walkIn, boolean anonymised,
        Instant updatedAt, String updatedByName) {

    public ParticipantRow {
        statusDates = statusDates == null ? Map.of() : Map.copyOf(statusDates);
    }

    /** The date the given step was reached, or null. */
    public LocalDate dateOf(AttendanceStatus step) {
        return statusDates.get(step);
    }

    /** The draft that would save this row unchanged (the starting point of an edit). */
    public ParticipantDraft toDraft() {
        return new ParticipantDraft(name, phone, email, group, status, photoConsent, accessibilityNeeds, dietaryNeeds,
                notes);
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
