package kr.silheomjang.experiment;

import java.time.LocalDate;

/** A row of "my experiments". */
public record ExperimentSummary(long id, String title, Stage stage, LocalDate eventDate, boolean archived,
        MemberRole myRole) {
}
