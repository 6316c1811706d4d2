package kr.silheomjang.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One assignment, with the other assignments of the same person that overlap it in time ({@code clashes}: a person
 * cannot be in two places at once). {@code memberUserId} is the member account the line is linked to, for owners and
 * planners only (null for partner guests, as the contact is). Equality by id.
 */
public record StaffRow(long id, long version, String role, String person, LocalDate date, LocalTime start,
        LocalTime end, String area, String duties, String contact, @Nullable Long memberUserId, List<String> clashes,
        Instant updatedAt, String updatedByName) {

    public boolean clashing() {
        return !clashes.isEmpty();
    }

    public boolean linked() {
        return memberUserId != null;
    }

    public StaffDraft toDraft() {
        return new StaffDraft(role, person, date, start, end, area, duties, contact, memberUserId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StaffRow other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
