package kr.silheomjang.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DDayTest {

    LocalDate eventDay = LocalDate.of(2027, 1, 11);

    @Test
    void countsDownToTheEventDayAndUpAfterIt() {
        assertThat(DDay.label(eventDay, eventDay.minusDays(45))).isEqualTo("D-45");
        assertThat(DDay.label(eventDay, eventDay)).isEqualTo("D-day");
        assertThat(DDay.label(eventDay, eventDay.plusDays(3))).isEqualTo("D+3");
    }

    @Test
    void stagesRunInTheGuidesOrderAndStopAtTheEnds() {
        assertThat(Stage.TOPIC_SELECTION.next()).isEqualTo(Stage.PLANNING);
        assertThat(Stage.RUN_DAY.next()).isEqualTo(Stage.FOLLOW_UP);
        assertThat(Stage.FOLLOW_UP.hasNext()).isFalse();
        assertThat(Stage.TOPIC_SELECTION.hasPrevious()).isFalse();
        assertThat(Stage.PLANNING.previous()).isEqualTo(Stage.TOPIC_SELECTION);
    }
}
