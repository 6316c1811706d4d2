package kr.silheomjang.people;

import java.time.Instant;

/** One personal-data action: EXPORT_ERASE (on request) or RETENTION (the scheduled job). */
public record PersonalDataLogView(String action, String subject, String actorName, Instant at) {
}
