package kr.silheomjang.portfolio;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.schedule.MilestoneView;

/**
 * One experiment's strip: its five stages in order, the milestones its reader may see, and what the phone list shows
 * (current stage, next milestone). {@code planVersion} is what a change of the planned dates must match (-1: the owner
 * never set one); {@code mayEditPlan} for owners of an open experiment.
 */
public record TimelineRow(long experimentId, String title, Stage stage, boolean archived, MemberRole myRole,
        LocalDate eventDate, LocalDate followUpEnd, List<StageSpan> stages, List<MilestoneView> milestones,
        @Nullable MilestoneView nextMilestone, long planVersion, boolean mayEditPlan) {

    public StageSpan span(Stage s) {
        return stages.get(s.ordinal());
    }
}
