package kr.silheomjang.survey;

import java.time.Instant;

/** One 관찰 기록, tied to an experiment question (or to none). */
public record ObservationView(long id, Long questionId, String questionText, String note, Instant observedAt,
        String authorName, boolean hasPhoto) {
}
