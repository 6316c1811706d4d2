package kr.silheomjang.people;

import java.time.LocalDate;
import java.time.LocalTime;

/** One line of the 역할분담표 as typed: role (접수, 진행, 사회자 …), person, time slot, area, duties, contact. */
public record StaffDraft(String role, String person, LocalDate date, LocalTime start, LocalTime end, String area,
        String duties, String contact) {
}
