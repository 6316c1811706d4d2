package kr.silheomjang.people;

import java.time.Instant;

/** One personal-data action: EXPORT then ERASE (on request; EXPORT_ERASE in older entries) or RETENTION (the job). */
public record PersonalDataLogView(String action, String subject, String actorName, Instant at) {
}
