package kr.silheomjang.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.silheomjang.Application;
import kr.silheomjang.experiment.ExperimentDates;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.experiment.StageMove;
import kr.silheomjang.portfolio.StagePlanDraft;
import kr.silheomjang.portfolio.StageSpan;

/** The date rules of decision 0036, without a database. */
class TimelineDatesTest {

    static final LocalDate EVENT = LocalDate.of(2027, 6, 1);

    static Instant at(LocalDate day, int hour) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(Application.ZONE).toInstant();
    }

    static ExperimentDates dates(LocalDate planningStart) {
        return new ExperimentDates(1, planningStart, EVENT, EVENT.plusDays(30), at(planningStart, 9));
    }

    @Test
    void emptyPlannedDatesFollowTheBackwardPlanFromTheEventDay() {
        StagePlanDraft d = TimelineDates.derived(LocalDate.of(2027, 1, 1), EVENT);
        assertThat(d.topicSelection()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(d.planning()).isEqualTo(EVENT.minusDays(120));
        assertThat(d.preparation()).isEqualTo(EVENT.minusDays(60));
        assertThat(d.followUp()).isEqualTo(EVENT.plusDays(1));
    }

    @Test
    void aShortExperimentSplitsItsSpanWhenTheBackwardPlanDoesNotFit() {
        // 50 days from planning start to the event day: D-120 and D-60 lie before the start.
        LocalDate start = EVENT.minusDays(50);
        StagePlanDraft d = TimelineDates.derived(start, EVENT);
        assertThat(d.planning()).isEqualTo(start.plusDays(10));
        assertThat(d.preparation()).isEqualTo(start.plusDays(30));
        assertThat(TimelineDates.problems(StagePlanDraft.EMPTY, d, EVENT)).isEmpty();
    }

    @Test
    void theOwnersDatesWinAndMustKeepTheStagesInOrder() {
        StagePlanDraft derived = TimelineDates.derived(LocalDate.of(2027, 1, 1), EVENT);
        StagePlanDraft set = new StagePlanDraft(null, LocalDate.of(2027, 2, 15), null, null);
        assertThat(TimelineDates.plannedStarts(set, derived, EVENT).get(Stage.PLANNING))
                .isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(TimelineDates.problems(set, derived, EVENT)).isEmpty();
        // Preparation after the event day, or follow-up before it: refused.
        assertThat(TimelineDates.problems(new StagePlanDraft(null, null, EVENT.plusDays(2), null), derived, EVENT))
                .containsExactly("portfolio.error.order");
        assertThat(TimelineDates.problems(new StagePlanDraft(null, null, null, EVENT), derived, EVENT))
                .containsExactly("portfolio.error.order");
    }

    @Test
    void plannedSpansEndTheDayBeforeTheNextStageAndTheFollowUpWithItsEnd() {
        List<StageSpan> spans = TimelineDates.spans(dates(LocalDate.of(2027, 1, 1)), Stage.TOPIC_SELECTION,
                StagePlanDraft.EMPTY, List.of());
        assertThat(spans).extracting(StageSpan::stage).containsExactly(Stage.values());
        assertThat(spans.get(0).plannedEnd()).isEqualTo(EVENT.minusDays(121));
        assertThat(spans.get(3).plannedStart()).isEqualTo(EVENT);
        assertThat(spans.get(3).plannedEnd()).isEqualTo(EVENT);
        assertThat(spans.get(4).plannedEnd()).isEqualTo(EVENT.plusDays(30));
        assertThat(spans).filteredOn(StageSpan::plannedDerived).extracting(StageSpan::stage)
                .containsExactly(Stage.TOPIC_SELECTION, Stage.PLANNING, Stage.PREPARATION, Stage.FOLLOW_UP);
    }

    @Test
    void actualDatesComeFromTheMovesAndAMoveBackUndoesTheLaterStages() {
        LocalDate jan = LocalDate.of(2027, 1, 5);
        List<StageMove> moves = List.of(
                new StageMove(1, null, null, at(jan, 10)),
                new StageMove(1, Stage.TOPIC_SELECTION, Stage.PLANNING, at(LocalDate.of(2027, 2, 1), 10)),
                new StageMove(1, Stage.PLANNING, Stage.PREPARATION, at(LocalDate.of(2027, 4, 1), 10)),
                new StageMove(1, Stage.PREPARATION, Stage.PLANNING, at(LocalDate.of(2027, 4, 3), 10)));
        List<StageSpan> spans = TimelineDates.spans(dates(jan), Stage.PLANNING, StagePlanDraft.EMPTY, moves);
        assertThat(spans.get(0).actualStart()).isEqualTo(jan);
        assertThat(spans.get(0).actualEnd()).isEqualTo(LocalDate.of(2027, 1, 31));
        // Back in planning: it keeps the day it first entered it, and is ongoing; preparation is not reached.
        assertThat(spans.get(1).actualStart()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(spans.get(1).actualEnd()).isNull();
        assertThat(spans.get(2).reached()).isFalse();
        assertThat(spans.get(3).reached()).isFalse();
    }

    @Test
    void aStageJumpedOverStaysUnreachedAndTheDayIsTakenInSeoul() {
        LocalDate jan = LocalDate.of(2027, 1, 5);
        // 23:30 UTC on 31 March is already 1 April in Seoul.
        Instant lateUtc = LocalDateTime.of(2027, 3, 31, 23, 30).toInstant(java.time.ZoneOffset.UTC);
        List<StageMove> moves = List.of(new StageMove(1, null, null, at(jan, 10)),
                new StageMove(1, Stage.TOPIC_SELECTION, Stage.PREPARATION, lateUtc));
        List<StageSpan> spans = TimelineDates.spans(dates(jan), Stage.PREPARATION, StagePlanDraft.EMPTY, moves);
        assertThat(spans.get(1).reached()).isFalse();
        assertThat(spans.get(2).actualStart()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(spans.get(0).actualEnd()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void anExperimentCreatedInALaterStageStartsThereOnItsCreationDay() {
        // Made from the proposal pool straight into planning, with no move recorded.
        LocalDate created = LocalDate.of(2027, 2, 10);
        List<StageSpan> spans = TimelineDates.spans(dates(created), Stage.PLANNING, StagePlanDraft.EMPTY,
                List.of(new StageMove(1, null, null, at(created, 11))));
        assertThat(spans.get(0).reached()).isFalse();
        assertThat(spans.get(1).actualStart()).isEqualTo(created);
    }
}
