package kr.silheomjang.experiment;

import java.time.LocalDate;

/**
 * Published once, inside the transaction that creates the demo workspace (embedded default only): features add their
 * demo content for the guide's case with {@code @EventListener}.
 *
 * @param nightSchoolId the demo experiment "서울역에 일일야학이 열렸다?!" (owner, planner and partner guest are members)
 * @param prioritySeatId the second demo experiment (owner and planner only)
 * @param nightSchoolEventDate the night school's event day (D-day), for what happens on the day (the staff roster)
 */
public record DemoWorkspaceCreated(long nightSchoolId, long prioritySeatId, long ownerUserId, long plannerUserId,
        long partnerUserId, LocalDate nightSchoolEventDate) {
}
