package kr.silheomjang.people;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * One line of the 역할분담표 as typed: role (접수, 진행, 사회자 …), person, time slot, area, duties, contact, and the
 * account of the experiment's member the line is linked to ({@code memberUserId}, null: none). A linked partner guest
 * marks the run-sheet segments led by the line's name on the run day (decision note 0067).
 */
public record StaffDraft(String role, String person, LocalDate date, LocalTime start, LocalTime end, String area,
        String duties, String contact, @Nullable Long memberUserId) {

    /** A line linked to no account. */
    public StaffDraft(String role, String person, LocalDate date, LocalTime start, LocalTime end, String area,
            String duties, String contact) {
        this(role, person, date, start, end, area, duties, contact, null);
    }
}
