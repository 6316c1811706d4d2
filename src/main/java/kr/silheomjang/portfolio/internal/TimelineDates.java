package kr.silheomjang.portfolio.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.Application;
import kr.silheomjang.experiment.ExperimentDates;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.experiment.StageMove;
import kr.silheomjang.portfolio.StagePlanDraft;
import kr.silheomjang.portfolio.StageSpan;

/**
 * The date rules of the timeline (decision 0036), free of the database so they are tested directly.
 *
 * <p>Planned starts the owner left empty follow the guide's backward plan from the event day: 기획 from the proposer
 * meeting (D-120), 준비 from the venue booking (D-60), 진행 on the event day, 후속 작업 the day after; 주제 선정 from the
 * planning start of the form. When the plan does not fit between the planning start and the event day (a short
 * experiment), 기획 and 준비 take a fifth and three fifths of that span instead.
 *
 * <p>Actual starts are the days the experiment entered each stage, from its stage moves: it entered its first stage
 * when it was created; a move forward enters the target (stages jumped over stay unreached); a move back undoes the
 * stages after the target, which keeps the day it first entered it.
 */
public final class TimelineDates {

    static final int PLANNING_OFFSET = -120;
    static final int PREPARATION_OFFSET = -60;

    private TimelineDates() {
    }

    /** The backward plan's starts, for every stage the owner may set. */
    public static StagePlanDraft derived(LocalDate planningStart, LocalDate eventDate) {
        long span = Math.max(0, ChronoUnit.DAYS.between(planningStart, eventDate));
        LocalDate planning = eventDate.plusDays(PLANNING_OFFSET);
        if (!planning.isAfter(planningStart)) {
            planning = planningStart.plusDays(span / 5);
        }
        LocalDate preparation = eventDate.plusDays(PREPARATION_OFFSET);
        if (!preparation.isAfter(planning)) {
            preparation = planningStart.plusDays(span * 3 / 5);
        }
        return new StagePlanDraft(planningStart, planning, preparation, eventDate.plusDays(1));
    }

    /** The planned start of each stage: the owner's date where set, else the derived one. */
    public static Map<Stage, LocalDate> plannedStarts(StagePlanDraft set, StagePlanDraft derived, LocalDate eventDate) {
        Map<Stage, LocalDate> starts = new EnumMap<>(Stage.class);
        starts.put(Stage.TOPIC_SELECTION, or(set.topicSelection(), derived.topicSelection()));
        starts.put(Stage.PLANNING, or(set.planning(), derived.planning()));
        starts.put(Stage.PREPARATION, or(set.preparation(), derived.preparation()));
        starts.put(Stage.RUN_DAY, eventDate);
        starts.put(Stage.FOLLOW_UP, or(set.followUp(), derived.followUp()));
        return starts;
    }

    /** Message keys of what is wrong with the owner's dates (empty: may be saved). */
    public static List<String> problems(StagePlanDraft set, StagePlanDraft derived, LocalDate eventDate) {
        Map<Stage, LocalDate> starts = plannedStarts(set, derived, eventDate);
        List<String> problems = new ArrayList<>();
        Stage[] stages = Stage.values();
        for (int i = 1; i < stages.length; i++) {
            if (!starts.get(stages[i]).isAfter(starts.get(stages[i - 1]))) {
                problems.add("portfolio.error.order");
                break;
            }
        }
        return problems;
    }

    /**
     * The five stages of one experiment. {@code moves} are its own, oldest first; {@code current} its stage now.
     * Planned ends are the day before the next stage's planned start (the follow-up ends with the form's follow-up
     * end); actual ends the day before it entered a later stage.
     */
    public static List<StageSpan> spans(ExperimentDates dates, Stage current, StagePlanDraft set,
            List<StageMove> moves) {
        StagePlanDraft derived = derived(dates.planningStart(), dates.eventDate());
        Map<Stage, LocalDate> planned = plannedStarts(set, derived, dates.eventDate());
        Map<Stage, LocalDate> entered = actualStarts(dates, current, moves);
        List<StageSpan> spans = new ArrayList<>();
        for (Stage s : Stage.values()) {
            LocalDate start = planned.get(s);
            LocalDate end = s.hasNext() ? planned.get(s.next()).minusDays(1) : dates.followUpEnd();
            if (end.isBefore(start)) {
                end = start;
            }
            LocalDate actualStart = entered.get(s);
            LocalDate actualEnd = null;
            if (actualStart != null) {
                for (Stage later = s; later.hasNext(); ) {
                    later = later.next();
                    LocalDate next = entered.get(later);
                    if (next != null) {
                        actualEnd = next.minusDays(1).isBefore(actualStart) ? actualStart : next.minusDays(1);
                        break;
                    }
                }
            }
            spans.add(new StageSpan(s, start, end, isDerived(s, set), actualStart, actualEnd));
        }
        return spans;
    }

    /** The day the experiment entered each stage it is in or went through (see the class comment). */
    static Map<Stage, LocalDate> actualStarts(ExperimentDates dates, Stage current, List<StageMove> moves) {
        Map<Stage, LocalDate> entered = new EnumMap<>(Stage.class);
        LocalDate created = day(dates.createdAt());
        Stage first = current;
        for (StageMove m : moves) {
            if (m.creation()) {
                created = day(m.at());
            } else if (m.from() != null) {
                first = m.from();
                break;
            }
        }
        entered.put(first, created);
        for (StageMove m : moves) {
            Stage to = m.to();
            if (m.creation() || to == null || m.from() == null) {
                continue;
            }
            if (to.ordinal() > m.from().ordinal()) {
                entered.put(to, day(m.at()));
            } else {
                entered.keySet().removeIf(s -> s.ordinal() > to.ordinal());
                entered.putIfAbsent(to, day(m.at()));
            }
        }
        // The record is the truth, but the stage the experiment is in now is always shown as reached.
        entered.putIfAbsent(current, created);
        entered.keySet().removeIf(s -> s.ordinal() > current.ordinal());
        return entered;
    }

    private static boolean isDerived(Stage s, StagePlanDraft set) {
        return switch (s) {
            case TOPIC_SELECTION -> set.topicSelection() == null;
            case PLANNING -> set.planning() == null;
            case PREPARATION -> set.preparation() == null;
            case RUN_DAY -> false;
            case FOLLOW_UP -> set.followUp() == null;
        };
    }

    private static LocalDate day(java.time.Instant at) {
        return LocalDate.ofInstant(at, Application.ZONE);
    }

    private static LocalDate or(@Nullable LocalDate a, @Nullable LocalDate b) {
        return a != null ? a : java.util.Objects.requireNonNull(b);
    }
}
